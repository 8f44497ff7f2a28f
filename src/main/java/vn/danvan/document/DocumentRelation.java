package vn.danvan.document;

/**
 * A relation seen from one document.
 *
 * @param outgoing true when the document seen from is the "from" side ("this implements other")
 */
public record DocumentRelation(RelationKind kind, boolean outgoing, Document other) {
}
