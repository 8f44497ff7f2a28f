package vn.danvan.system;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with what a pager needs. Pages are numbered from 0. */
public record Paged<T>(List<T> items, int page, int size, long total) {

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** 1-based number of the first item on this page, for "Hiển thị 21–40 / 3.321". */
    public long firstItemNumber() {
        return items.isEmpty() ? 0 : (long) page * size + 1;
    }

    public long lastItemNumber() {
        return (long) page * size + items.size();
    }

    public <R> Paged<R> map(Function<T, R> mapper) {
        return new Paged<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
