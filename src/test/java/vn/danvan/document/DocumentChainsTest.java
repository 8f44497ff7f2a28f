package vn.danvan.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentChainsTest {

    // 4 (27-KH) implements 3 (06-CTr) implements 2 (79-CTr) implements 1 (16/CT-TTg); 5 also implements 3
    private static final Map<Long, List<Long>> IMPLEMENTS = Map.of(4L, List.of(3L), 3L, List.of(2L), 2L, List.of(1L), 5L, List.of(3L));
    private static final Map<Long, List<Long>> IMPLEMENTED_BY = Map.of(1L, List.of(2L), 2L, List.of(3L), 3L, List.of(4L, 5L));

    @Test
    void upFollowsImplementsToTheRoot() {
        assertThat(DocumentChains.up(4, id -> IMPLEMENTS.getOrDefault(id, List.of()))).containsExactly(4L, 3L, 2L, 1L);
        assertThat(DocumentChains.up(1, id -> IMPLEMENTS.getOrDefault(id, List.of()))).containsExactly(1L);
    }

    @Test
    void downIsATreeOfImplementers() {
        List<DocumentChains.Node> tree = DocumentChains.down(1, id -> IMPLEMENTED_BY.getOrDefault(id, List.of()));
        assertThat(tree).hasSize(1);
        assertThat(tree.get(0).id()).isEqualTo(2L);
        assertThat(tree.get(0).children().get(0).children()).extracting(DocumentChains.Node::id).containsExactly(4L, 5L);
    }

    @Test
    void cyclesEndTheWalkInsteadOfLoopingForever() {
        Map<Long, List<Long>> cycle = Map.of(1L, List.of(2L), 2L, List.of(3L), 3L, List.of(1L));
        assertThat(DocumentChains.up(1, id -> cycle.getOrDefault(id, List.of()))).containsExactly(1L, 2L, 3L);
        List<DocumentChains.Node> tree = DocumentChains.down(1, id -> cycle.getOrDefault(id, List.of()));
        assertThat(tree.get(0).id()).isEqualTo(2L);
        assertThat(tree.get(0).children().get(0).id()).isEqualTo(3L);
        assertThat(tree.get(0).children().get(0).children()).isEmpty();
        assertThat(DocumentChains.up(7, id -> List.of(id))).containsExactly(7L);
    }
}
