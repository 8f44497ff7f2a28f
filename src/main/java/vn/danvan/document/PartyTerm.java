package vn.danvan.document;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * Party-committee terms (nhiệm kỳ), through which Party document numbers run (Hướng dẫn 36-HD/VPTW).
 *
 * <p><b>Assumption to verify:</b> provincial and lower committees' terms start with the provincial congresses
 * held in autumn (taken as 1 October 2010, 2015, 2020, 2025); central bodies' terms (issuer part ending in
 * "TW": TW, VPTW, BDVTW …) start with the national congresses (taken as 1 February 2011, 2016, 2021 and
 * 1 January 2026). A document issued in a gap of a few weeks between congresses may be assigned to the
 * wrong term; the form lets the user state the term explicitly.
 */
public enum PartyTerm {
    PROVINCIAL_2010("2010-2015", false, LocalDate.of(2010, 10, 1), LocalDate.of(2015, 10, 1)),
    PROVINCIAL_2015("2015-2020", false, LocalDate.of(2015, 10, 1), LocalDate.of(2020, 10, 1)),
    PROVINCIAL_2020("2020-2025", false, LocalDate.of(2020, 10, 1), LocalDate.of(2025, 10, 1)),
    PROVINCIAL_2025("2025-2030", false, LocalDate.of(2025, 10, 1), LocalDate.of(2030, 10, 1)),
    CENTRAL_XI("2011-2016", true, LocalDate.of(2011, 2, 1), LocalDate.of(2016, 2, 1)),
    CENTRAL_XII("2016-2021", true, LocalDate.of(2016, 2, 1), LocalDate.of(2021, 2, 1)),
    CENTRAL_XIII("2021-2026", true, LocalDate.of(2021, 2, 1), LocalDate.of(2026, 1, 1)),
    CENTRAL_XIV("2026-2031", true, LocalDate.of(2026, 1, 1), LocalDate.of(2031, 1, 1));

    private final String label;
    private final boolean central;
    private final LocalDate from;
    private final LocalDate until;

    PartyTerm(String label, boolean central, LocalDate from, LocalDate until) {
        this.label = label;
        this.central = central;
        this.from = from;
        this.until = until;
    }

    public String label() {
        return label;
    }

    /** The term of a Party document issued on this day by this issuer (symbol's issuer part). */
    public static Optional<String> of(LocalDate issueDate, String issuerPart) {
        if (issueDate == null) {
            return Optional.empty();
        }
        boolean isCentral = isCentralIssuer(issuerPart);
        return Arrays.stream(values())
                .filter(t -> t.central == isCentral && !issueDate.isBefore(t.from) && issueDate.isBefore(t.until))
                .map(PartyTerm::label).findFirst();
    }

    /** "TW", "VPTW", "BDVTW-BCSĐCP": central bodies of the Party. */
    static boolean isCentralIssuer(String issuerPart) {
        if (issuerPart == null) {
            return false;
        }
        String first = issuerPart.toUpperCase(java.util.Locale.ROOT).split("-")[0];
        return first.endsWith("TW");
    }

    /** "2020-2025" (spaces and dashes as typed): the normalised label, or empty when it is not a term. */
    public static Optional<String> normalize(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String compact = text.replaceAll("\\s", "").replace('–', '-').replace('—', '-');
        return compact.matches("\\d{4}-\\d{4}") ? Optional.of(compact) : Optional.empty();
    }
}
