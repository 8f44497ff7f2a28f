package vn.danvan.system.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The current page's URL with some query parameters changed, for pagers and sortable headers. Immutable:
 * every call returns a new link and leaves the others alone.
 */
public final class CurrentUrl {

    private final String path;
    private final Map<String, String[]> parameters;

    CurrentUrl(HttpServletRequest request) {
        this.path = request.getRequestURI();
        this.parameters = new LinkedHashMap<>(request.getParameterMap());
        this.parameters.remove("_csrf");
    }

    /** This URL with one parameter set (or removed when the value is null). */
    public String with(String name, Object value) {
        return build(Map.of(name, value == null ? "" : String.valueOf(value)));
    }

    public String with(String name, Object value, String otherName, Object otherValue) {
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put(name, value == null ? "" : String.valueOf(value));
        changes.put(otherName, otherValue == null ? "" : String.valueOf(otherValue));
        return build(changes);
    }

    /** A link that sorts by {@code key}, flipping the direction when the list is already sorted by it. */
    public String sortBy(String key) {
        boolean sortedByKey = key.equals(first("sort"));
        boolean ascending = !"desc".equals(first("dir"));
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put("sort", key);
        changes.put("dir", sortedByKey && ascending ? "desc" : "asc");
        changes.put("page", "");
        return build(changes);
    }

    public boolean isSortedBy(String key) {
        return key.equals(first("sort"));
    }

    public boolean isDescending() {
        return "desc".equals(first("dir"));
    }

    private String first(String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private String build(Map<String, String> changes) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        List<String> changed = new ArrayList<>(changes.keySet());
        parameters.forEach((name, values) -> {
            if (!changed.contains(name)) {
                for (String value : values) {
                    builder.queryParam(name, value);
                }
            }
        });
        changes.forEach((name, value) -> {
            if (!value.isEmpty()) {
                builder.queryParam(name, value);
            }
        });
        return builder.encode().build().toUriString();
    }
}
