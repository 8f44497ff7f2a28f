package vn.danvan.system;

/**
 * A request for one page, sorted by a named column. Sizes are bounded so that no request can ask for the
 * whole table; unknown sort names fall back to the list's default.
 */
public record PageQuery(int page, int size, String sort, boolean descending) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public PageQuery {
        page = Math.max(page, 0);
        size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        sort = sort == null ? "" : sort;
    }

    public static PageQuery of(Integer page, Integer size, String sort, String direction) {
        return new PageQuery(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size, sort,
                "desc".equalsIgnoreCase(direction));
    }

    public long offset() {
        return (long) page * size;
    }
}
