package vn.danvan.document;

/** How one document refers to another: "from" implements / replaces / amends / cites "to". */
public enum RelationKind {
    IMPLEMENTS, REPLACES, AMENDS, CITES
}
