package vn.danvan.program.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.util.MultiValueMap;

/**
 * The fields of a posted form, read by name, with the parsing errors of each field: a year typed "2O25" is
 * kept as typed and shown again with "Giá trị không hợp lệ" under the field instead of a 400 page.
 */
final class FormInput {

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final MultiValueMap<String, String> params;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Function<String, String> text;

    FormInput(MultiValueMap<String, String> params, Function<String, String> text) {
        this.params = params;
        this.text = text;
    }

    String text(String name) {
        String value = params.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    boolean has(String name) {
        return params.containsKey(name);
    }

    Integer integer(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.replace(".", ""));
        } catch (NumberFormatException e) {
            errors.putIfAbsent(name, text.apply("programForm.invalidValue"));
            return null;
        }
    }

    Long id(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            errors.putIfAbsent(name, text.apply("programForm.invalidValue"));
            return null;
        }
    }

    /** Every id posted under the name (checked boxes of a picker), in order, without repeats. */
    List<Long> ids(String name) {
        List<Long> ids = new ArrayList<>();
        // ticked boxes send the name once per id; a script may also send "12,15"
        List<String> values = params.getOrDefault(name, List.of()).stream().filter(v -> v != null)
                .flatMap(v -> java.util.Arrays.stream(v.split(","))).toList();
        for (String value : values) {
            if (value.isBlank()) {
                continue;
            }
            try {
                Long id = Long.valueOf(value.strip());
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            } catch (NumberFormatException e) {
                errors.putIfAbsent(name, text.apply("programForm.invalidValue"));
            }
        }
        return ids;
    }

    <E extends Enum<E>> E choice(String name, Class<E> type) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.putIfAbsent(name, text.apply("programForm.invalidValue"));
            return null;
        }
    }

    /** A date as the browser's date box sends it (2025-06-30) or as typed (30/06/2025). */
    LocalDate date(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return value.contains("-") ? LocalDate.parse(value) : LocalDate.parse(value, VIETNAMESE_DATE);
        } catch (DateTimeParseException e) {
            errors.putIfAbsent(name, text.apply("programForm.invalidDate"));
            return null;
        }
    }

    /** Indexes of repeated rows posted as prefix.N.field ("content.0.title"), in ascending order. */
    List<Integer> rows(String prefix) {
        return params.keySet().stream().filter(k -> k.startsWith(prefix + "."))
                .map(k -> k.substring(prefix.length() + 1))
                .map(k -> k.contains(".") ? k.substring(0, k.indexOf('.')) : k)
                .filter(k -> k.matches("\\d{1,4}")).map(Integer::valueOf).distinct().sorted().toList();
    }

    /** The fields posted as prefix.suffix (responsibilities "content.0.resp.123"), by the suffix. */
    Map<String, String> suffixed(String prefix) {
        Map<String, String> found = new LinkedHashMap<>();
        params.forEach((key, values) -> {
            if (key.startsWith(prefix) && !values.isEmpty()) {
                found.put(key.substring(prefix.length()), values.get(0));
            }
        });
        return found;
    }

    void error(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    Map<String, String> errors() {
        return errors;
    }
}
