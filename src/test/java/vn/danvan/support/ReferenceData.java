package vn.danvan.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The reference files under {@code shared/data/} (see its README): next to the project as {@code ../shared/data},
 * or, from a worktree or a nested folder, in a parent directory. Absent in a fresh clone; tests then skip.
 */
public final class ReferenceData {

    private ReferenceData() {
    }

    public static Optional<Path> find(String fileName) {
        Path sibling = Path.of("..", "shared", "data", fileName);
        if (Files.isRegularFile(sibling)) {
            return Optional.of(sibling.toAbsolutePath().normalize());
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data").resolve(fileName);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
