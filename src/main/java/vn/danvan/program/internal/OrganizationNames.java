package vn.danvan.program.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.danvan.org.Organization;
import vn.danvan.system.VietnameseText;

/**
 * Finds an organization by what a person wrote in a file: its code ("TN-SNV"), its name ("Sở Nội vụ tỉnh Thái
 * Nguyên") or its short name ("Sở Nội vụ"), whatever the case and spacing.
 *
 * <p>Diacritics are compared as far as they were typed. A text typed without any ("So Noi vu") is compared
 * without them, as people often type on a keyboard without Vietnamese input. A text typed with them must carry
 * the right ones, in old or new tone placement ("Hoà" and "Hòa" are the same): "Sở Nôi vụ" is not taken for
 * "Sở Nội vụ" silently, it is refused with that name offered, since a wrong mark can make another word.
 */
public final class OrganizationNames {

    /** At most this many names are offered for a name not found. */
    static final int MAX_SUGGESTIONS = 3;

    private final Map<String, List<Organization>> byCode = new HashMap<>();
    private final Map<String, List<Organization>> byMarkedName = new HashMap<>();
    private final Map<String, List<Organization>> byFoldedName = new HashMap<>();
    private final List<Named> names = new ArrayList<>();

    /** A name (full or short) of an organization, folded for distances. */
    private record Named(Organization organization, String name, String folded) {
    }

    /** What a text names: one organization, several, or none, then with the nearest names. */
    public sealed interface Match {
    }

    public record Found(Organization organization) implements Match {
    }

    public record Ambiguous(List<Organization> organizations) implements Match {
    }

    /** @param suggestions the nearest organizations, each with the form of its name that came nearest */
    public record NotFound(Map<Organization, String> suggestions) implements Match {
    }

    public OrganizationNames(Collection<Organization> organizations) {
        for (Organization organization : organizations) {
            add(byCode, organization.code().toLowerCase(Locale.ROOT).strip(), organization);
            for (String name : new String[] {organization.name(), organization.shortName()}) {
                if (name == null || name.isBlank()) {
                    continue;
                }
                add(byMarkedName, markedKey(name), organization);
                add(byFoldedName, foldedKey(name), organization);
                names.add(new Named(organization, name, foldedKey(name)));
            }
        }
    }

    private static void add(Map<String, List<Organization>> index, String key, Organization organization) {
        List<Organization> list = index.computeIfAbsent(key, k -> new ArrayList<>());
        if (list.stream().noneMatch(o -> o.id() == organization.id())) {
            list.add(organization);
        }
    }

    public Match match(String text) {
        String written = VietnameseText.normalize(text);
        if (written == null || written.isEmpty()) {
            return new NotFound(Map.of());
        }
        List<Organization> found = byCode.get(written.toLowerCase(Locale.ROOT));
        if (found == null) {
            found = byMarkedName.get(markedKey(written));
        }
        if (found == null && !hasDiacritics(written)) {
            found = byFoldedName.get(foldedKey(written));
        }
        if (found != null && found.size() == 1) {
            return new Found(found.get(0));
        }
        if (found != null) {
            return new Ambiguous(List.copyOf(found));
        }
        return new NotFound(suggestions(written));
    }

    /** The names nearest to the text: the same letters with other marks first, then by edit distance. */
    private Map<Organization, String> suggestions(String written) {
        String folded = foldedKey(written);
        int tolerance = Math.max(2, folded.length() / 4);
        record Near(Named named, int distance) {
        }
        List<Near> near = new ArrayList<>();
        for (Named named : names) {
            int distance = distance(folded, named.folded(), tolerance);
            boolean contains = folded.length() >= 4 && (named.folded().contains(folded) || folded.contains(named.folded()));
            if (distance <= tolerance) {
                near.add(new Near(named, distance));
            } else if (contains) {
                near.add(new Near(named, tolerance + 1));
            }
        }
        near.sort(Comparator.comparingInt(Near::distance).thenComparing(n -> n.named().name(), VietnameseText.order()));
        Map<Organization, String> suggestions = new LinkedHashMap<>();
        for (Near n : near) {
            if (suggestions.size() == MAX_SUGGESTIONS) {
                break;
            }
            if (suggestions.keySet().stream().noneMatch(o -> o.id() == n.named().organization().id())) {
                suggestions.put(n.named().organization(), n.named().name());
            }
        }
        return suggestions;
    }

    /** Lower case, punctuation as spaces, and each word's marks in a fixed order whatever their placement. */
    static String markedKey(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder();
        for (String word : decomposed.split("[^\\p{L}\\p{M}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            StringBuilder letters = new StringBuilder();
            List<Character> marks = new ArrayList<>();
            for (char c : word.toCharArray()) {
                if (Character.getType(c) == Character.NON_SPACING_MARK) {
                    marks.add(c);
                } else {
                    letters.append(c);
                }
            }
            marks.sort(Comparator.naturalOrder());
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(letters);
            marks.forEach(key::append);
        }
        return key.toString();
    }

    static String foldedKey(String text) {
        return VietnameseText.fold(text).replaceAll("[^a-z0-9]+", " ").strip();
    }

    static boolean hasDiacritics(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.chars().anyMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK || c == 'đ' || c == 'Đ');
    }

    /** Levenshtein distance, giving up (answering more than the limit) once it cannot be within it. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int best = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                best = Math.min(best, current[j]);
            }
            if (best > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
