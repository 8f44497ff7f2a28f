package vn.danvan.org;

/** Filters of the unit browser: folded text, level, subtree of a unit, and whether former units are shown. */
public record UnitSearch(String text, UnitLevel level, String withinPath, boolean includeFormer) {

    public static UnitSearch current(String text) {
        return new UnitSearch(text, null, null, false);
    }
}
