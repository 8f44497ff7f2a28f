package vn.danvan.ingest.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.danvan.ingest.DocumentCitation;

/** Links each citation found in a text to the registry: resolved, unresolved or ambiguous. */
@Component
class CitationLinks {

    List<LinkedCitation> resolve(List<DocumentCitation> citations) {
        return citations.stream().map(c -> new LinkedCitation(c, Resolution.UNRESOLVED, List.of())).toList();
    }

    enum Resolution { RESOLVED, UNRESOLVED, AMBIGUOUS }

    /** A citation and the registry entries it may mean. */
    record LinkedCitation(DocumentCitation citation, Resolution resolution, List<RegistryEntry> matches) {
    }

    /** A registry entry as the extraction page shows it. */
    record RegistryEntry(long id, String label) {
    }
}
