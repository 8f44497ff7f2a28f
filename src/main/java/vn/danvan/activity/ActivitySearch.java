package vn.danvan.activity;

/**
 * Filters of the list: words (diacritics ignored) over title, place, organizer, officials and conclusions; kind;
 * year; an organization that organized or took part.
 */
public record ActivitySearch(String text, ActivityKind kind, Integer year, Long organizationId) {

    public static ActivitySearch all() {
        return new ActivitySearch(null, null, null, null);
    }
}
