package vn.danvan.document;

/**
 * How a document is numbered. State documents (Nghị định 30/2020/NĐ-CP): "44/KH-UBND", number then slash,
 * numbers restart every 1 January. Party documents (Hướng dẫn 36-HD/VPTW): "27-KH/BDVTU", number then hyphen,
 * numbers run through a Party-committee term.
 */
public enum DocumentStyle {
    STATE, PARTY
}
