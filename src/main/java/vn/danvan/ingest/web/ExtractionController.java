package vn.danvan.ingest.web;

import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.danvan.ingest.Extraction;
import vn.danvan.ingest.HighlightedText;
import vn.danvan.ingest.TextSource;
import vn.danvan.system.RuleViolation;

/** "Đọc văn bản": paste or upload a text, see its document citations and figures highlighted. */
@Controller
class ExtractionController {

    static final int MAX_CHARACTERS = 2_000_000;

    private final CitationLinks links;
    private final MessageSource messages;

    ExtractionController(CitationLinks links, MessageSource messages) {
        this.links = links;
        this.messages = messages;
    }

    @GetMapping("/extract")
    String form() {
        return "ingest/extract";
    }

    @PostMapping("/extract")
    String extract(@RequestParam(required = false) String text,
                   @RequestParam(required = false) MultipartFile file,
                   Model model) throws IOException {
        try {
            String input = input(text, file);
            Extraction extraction = Extraction.of(input);
            model.addAttribute("text", file != null && !file.isEmpty() ? null : input);
            model.addAttribute("fileName", file != null && !file.isEmpty() ? file.getOriginalFilename() : null);
            model.addAttribute("extraction", extraction);
            model.addAttribute("highlighted", HighlightedText.of(input, extraction));
            model.addAttribute("citations", links.resolve(extraction.documents()));
        } catch (RuleViolation violation) {
            model.addAttribute("text", text);
            model.addAttribute("formError", messages.getMessage(violation.messageKey(), violation.arguments(),
                    violation.messageKey(), org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        }
        return "ingest/extract";
    }

    static String input(String text, MultipartFile file) throws IOException {
        String input = file != null && !file.isEmpty() ? TextSource.read(file.getOriginalFilename(), file.getBytes()) : text;
        if (input == null || input.isBlank()) {
            throw new RuleViolation("ingest.text.required");
        }
        if (input.length() > MAX_CHARACTERS) {
            throw new RuleViolation("ingest.text.tooLong", MAX_CHARACTERS);
        }
        return input;
    }
}
