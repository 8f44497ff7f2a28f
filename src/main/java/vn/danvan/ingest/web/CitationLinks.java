package vn.danvan.ingest.web;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.danvan.document.Document;
import vn.danvan.document.DocumentRegistry;
import vn.danvan.ingest.DocumentCitation;
import vn.danvan.system.VietnameseFormat;

/**
 * Links each citation found in a text to the registry by number, symbol and year or date: one match is
 * resolved, several are ambiguous (16/CT-TTg without a date: 2016 or 2020), none is unresolved and can be
 * registered from the extraction page.
 */
@Component
class CitationLinks {

    private final DocumentRegistry registry;

    CitationLinks(DocumentRegistry registry) {
        this.registry = registry;
    }

    List<LinkedCitation> resolve(List<DocumentCitation> citations) {
        return citations.stream().map(this::resolve).toList();
    }

    private LinkedCitation resolve(DocumentCitation citation) {
        List<RegistryEntry> matches = registry.candidates(citation.number(), citation.symbol(), citation.year(), citation.date())
                .stream().map(CitationLinks::entry).toList();
        Resolution resolution = switch (matches.size()) {
            case 0 -> Resolution.UNRESOLVED;
            case 1 -> Resolution.RESOLVED;
            default -> Resolution.AMBIGUOUS;
        };
        return new LinkedCitation(citation, resolution, matches);
    }

    private static RegistryEntry entry(Document document) {
        String date = document.issueDate() == null ? "" : " ngày " + VietnameseFormat.date(document.issueDate());
        return new RegistryEntry(document.id(), document.shortCitation() + date);
    }

    enum Resolution { RESOLVED, UNRESOLVED, AMBIGUOUS }

    /** A citation and the registry entries it may mean. */
    record LinkedCitation(DocumentCitation citation, Resolution resolution, List<RegistryEntry> matches) {

        /** The number and symbol as the registry form takes them: "107/2020/NĐ-CP", "27-KH/BDVTU"; null for a law by name. */
        public String numberSymbol() {
            if (citation.number() == null) {
                return null;
            }
            if (citation.style() == vn.danvan.ingest.DocumentNumber.Style.PARTY) {
                return citation.number() + "-" + citation.symbol();
            }
            return citation.number() + (citation.year() == null ? "" : "/" + citation.year()) + "/" + citation.symbol();
        }
    }

    /** A registry entry as the extraction page shows it. */
    record RegistryEntry(long id, String label) {
    }
}
