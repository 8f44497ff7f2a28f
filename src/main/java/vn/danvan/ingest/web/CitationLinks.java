package vn.danvan.ingest.web;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.danvan.document.Document;
import vn.danvan.document.DocumentRegistry;
import vn.danvan.ingest.DocumentCitation;
import vn.danvan.ingest.ReadingWarning;
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
        List<Document> candidates = registry.candidates(citation.number(), citation.symbol(), citation.year(), citation.date());
        LocalDate suggestedDate = null;
        if (citation.warnings().contains(ReadingWarning.INVALID_DATE)) {
            // "ngày 16/5/20216": the day and month are usually right; where they single out one registered
            // document (or only one is registered), its issue date is what the writer meant
            List<Document> sameDay = sameDayAndMonth(candidates, citation.note());
            List<Document> likely = candidates.size() == 1 ? candidates : sameDay;
            if (likely.size() == 1 && likely.get(0).issueDate() != null) {
                candidates = likely;
                suggestedDate = likely.get(0).issueDate();
            }
        }
        List<RegistryEntry> matches = candidates.stream().map(CitationLinks::entry).toList();
        Resolution resolution = switch (matches.size()) {
            case 0 -> Resolution.UNRESOLVED;
            case 1 -> Resolution.RESOLVED;
            default -> Resolution.AMBIGUOUS;
        };
        return new LinkedCitation(citation, resolution, matches, suggestedDate);
    }

    private static final Pattern WRITTEN_DAY_MONTH = Pattern.compile("(\\d{1,2})\\s*(?:/|-|\\.|\\s+tháng\\s+)\\s*(\\d{1,2})");

    private static List<Document> sameDayAndMonth(List<Document> candidates, String note) {
        Matcher written = WRITTEN_DAY_MONTH.matcher(note == null ? "" : note);
        if (!written.find()) {
            return List.of();
        }
        int day = Integer.parseInt(written.group(1));
        int month = Integer.parseInt(written.group(2));
        return candidates.stream()
                .filter(d -> d.issueDate() != null && d.issueDate().getDayOfMonth() == day && d.issueDate().getMonthValue() == month)
                .toList();
    }

    private static RegistryEntry entry(Document document) {
        String date = document.issueDate() == null ? "" : " ngày " + VietnameseFormat.date(document.issueDate());
        return new RegistryEntry(document.id(), document.shortCitation() + date);
    }

    enum Resolution { RESOLVED, UNRESOLVED, AMBIGUOUS }

    /** A citation and the registry entries it may mean. */
    record LinkedCitation(DocumentCitation citation, Resolution resolution, List<RegistryEntry> matches,
                          LocalDate suggestedDate) {

        /** The number and symbol as the registry form takes them: "107/2020/NĐ-CP", "27-KH/BDVTU"; null for a law by name. */
        public String numberSymbol() {
            return citation.documentNumber() == null ? null : citation.documentNumber().display();
        }
    }

    /** A registry entry as the extraction page shows it. */
    record RegistryEntry(long id, String label) {
    }
}
