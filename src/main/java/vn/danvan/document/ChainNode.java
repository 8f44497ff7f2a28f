package vn.danvan.document;

import java.util.List;

/** A document and the documents that implement it, recursively: the chain down. */
public record ChainNode(Document document, List<ChainNode> implementers) {
}
