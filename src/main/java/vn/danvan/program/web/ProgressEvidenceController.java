package vn.danvan.program.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.multipart.MultipartFile;
import vn.danvan.org.DanVanUser;
import vn.danvan.program.ProgressEvidence;

/** Downloading a progress update's evidence file, within the task's scope (out of scope: 404). */
@Controller
class ProgressEvidenceController {

    private final ProgressEvidence evidence;

    ProgressEvidenceController(ProgressEvidence evidence) {
        this.evidence = evidence;
    }

    @GetMapping({"/tasks/{taskId}/evidence/{evidenceId}", "/api/v1/tasks/{taskId}/evidence/{evidenceId}"})
    void download(@PathVariable long taskId, @PathVariable long evidenceId, @AuthenticationPrincipal DanVanUser user,
                  HttpServletResponse response) throws IOException {
        ProgressEvidence.Content file = evidence.content(taskId, evidenceId, user.scope());
        response.setContentType(file.evidence().contentType());
        response.setContentLengthLong(file.bytes().length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file.evidence().fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.getOutputStream().write(file.bytes());
    }

    /** The uploaded parts as the domain takes them; empty parts (a file box left empty) are no file. */
    static List<ProgressEvidence.Upload> uploads(List<MultipartFile> files) throws IOException {
        List<ProgressEvidence.Upload> uploads = new ArrayList<>();
        if (files != null) {
            for (MultipartFile file : files) {
                if (file != null && !file.isEmpty()) {
                    uploads.add(new ProgressEvidence.Upload(file.getOriginalFilename(), file.getBytes()));
                }
            }
        }
        return uploads;
    }
}
