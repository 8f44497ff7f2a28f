package vn.danvan.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Walking the "implements" relation, safe against cycles (a wrong relation must not hang a page): up from a
 * document to the central directive it ultimately implements, and down to everything that implements it.
 */
public final class DocumentChains {

    /** Deep enough for any real chain (central → ministry → province → commune …). */
    public static final int MAX_DEPTH = 12;

    private DocumentChains() {
    }

    /**
     * The ids from the start up to the root, start first: each step follows the first document the current one
     * implements. Stops at a document seen before.
     */
    public static List<Long> up(long start, Function<Long, List<Long>> implemented) {
        List<Long> chain = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Long current = start;
        while (current != null && seen.add(current) && chain.size() <= MAX_DEPTH) {
            chain.add(current);
            List<Long> parents = implemented.apply(current);
            current = parents.stream().filter(p -> !seen.contains(p)).findFirst().orElse(null);
        }
        return chain;
    }

    /** The tree of implementers below the start (start excluded); a document appears once at most. */
    public static List<Node> down(long start, Function<Long, List<Long>> implementers) {
        Set<Long> seen = new HashSet<>();
        seen.add(start);
        return children(start, implementers, seen, 1);
    }

    private static List<Node> children(long id, Function<Long, List<Long>> implementers, Set<Long> seen, int depth) {
        List<Node> nodes = new ArrayList<>();
        if (depth > MAX_DEPTH) {
            return nodes;
        }
        for (Long child : implementers.apply(id)) {
            if (seen.add(child)) {
                nodes.add(new Node(child, children(child, implementers, seen, depth + 1)));
            }
        }
        return nodes;
    }

    /** One id of the tree with its implementers. */
    public record Node(long id, List<Node> children) {
    }
}
