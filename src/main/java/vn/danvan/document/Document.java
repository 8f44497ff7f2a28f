package vn.danvan.document;

import java.time.LocalDate;

/** A registered document (văn bản): directive, resolution, program, plan … */
public record Document(
        long id,
        DocumentType type,
        String typeLabel,
        String number,
        String symbol,
        DocumentStyle style,
        boolean yearInNumber,
        Integer year,
        String partyTerm,
        Long issuerOrganizationId,
        String issuerName,
        LocalDate issueDate,
        String title,
        DocumentStatus status,
        int version) {

    /** "16/CT-TTg", "107/2020/NĐ-CP", "27-KH/BDVTU". */
    public String numberSymbol() {
        return DocumentNumber.format(number, symbol, style, yearInNumber ? year : null);
    }

    /** "Chương trình phối hợp", else the type's name in this style ("Thông tri" for a Party TT). */
    public String typeName() {
        return typeLabel != null && !typeLabel.isBlank() ? typeLabel : type.nameFor(style);
    }

    /** How a later mention cites it: "Chỉ thị số 16/CT-TTg". */
    public String shortCitation() {
        String numberSymbol = numberSymbol();
        return numberSymbol.isEmpty() ? typeName() : typeName() + " số " + numberSymbol;
    }

    public String issuerPart() {
        return DocumentNumber.issuerPartOf(symbol, style, type);
    }
}
