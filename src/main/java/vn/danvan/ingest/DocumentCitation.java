package vn.danvan.ingest;

import java.time.LocalDate;
import java.util.List;
import vn.danvan.document.DocumentNumber;
import vn.danvan.document.DocumentStyle;

/**
 * One citation of a document in a text, as Nghị định 30/2020 asks it to be written: type, number and symbol,
 * date, issuer — "Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ" — or, for a law, its name and
 * year — "Luật Dân chủ cơ sở năm 2022".
 *
 * @param surface        the original text from the type word through the date and the issuer when they follow
 * @param start          offset of the surface in the original text (a Java String index)
 * @param end            offset just after the surface
 * @param type           the document type the citation names
 * @param documentNumber number and symbol; null for a citation by name and year
 * @param year           the year inside the number ({@code 107/2020/NĐ-CP}) or of a law cited by name; else null
 * @param date           the date written after the citation; null when none is written or it is impossible
 * @param issuer         the body named after "của" (or "giữa X và Y", kept as "X và Y"); null otherwise
 * @param note           free text explaining an unusual case, or null
 * @param warnings       what was irregular in the written citation
 */
public record DocumentCitation(String surface, int start, int end, DocumentType type, DocumentNumber documentNumber,
                               Integer year, LocalDate date, String issuer, String note, List<ReadingWarning> warnings) {

    public DocumentCitation {
        warnings = List.copyOf(warnings);
    }

    /** The number as written, leading zeros kept ("06"), or null. */
    public String number() {
        return documentNumber == null ? null : documentNumber.number();
    }

    /** The symbol without stray spaces ("CTr/BDVTU-BCSĐUBND", "NĐ-CP"), or null. */
    public String symbol() {
        return documentNumber == null ? null : documentNumber.symbol();
    }

    /** State or Party numbering; null for a citation by name. */
    public DocumentStyle style() {
        return documentNumber == null ? null : documentNumber.style();
    }

    DocumentCitation withIssuer(String sharedIssuer, String extraNote) {
        return new DocumentCitation(surface, start, end, type, documentNumber, year, date, sharedIssuer,
                Notes.join(note, extraNote), warnings);
    }
}
