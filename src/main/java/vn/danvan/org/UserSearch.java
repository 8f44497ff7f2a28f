package vn.danvan.org;

/** Filters of the user list. */
public record UserSearch(String text, Role role, Boolean enabled) {
}
