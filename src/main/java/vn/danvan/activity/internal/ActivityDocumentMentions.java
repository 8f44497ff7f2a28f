package vn.danvan.activity.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.activity.ActivityKind;
import vn.danvan.document.DocumentMentions;
import vn.danvan.system.VietnameseFormat;

/** The conferences, delegations and dialogues that dealt with a document, for the document's page. */
@Component
class ActivityDocumentMentions implements DocumentMentions {

    private final ActivityRepository repository;

    ActivityDocumentMentions(ActivityRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Mention> mentionsOf(long documentId) {
        return repository.eventsNaming(documentId).stream()
                .map(row -> new Mention("activity.kind." + ((ActivityKind) row[1]).name(),
                        row[2] + " (" + VietnameseFormat.date((LocalDate) row[3]) + ")", "/activities/" + row[0]))
                .toList();
    }
}
