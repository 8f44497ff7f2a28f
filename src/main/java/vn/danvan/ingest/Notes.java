package vn.danvan.ingest;

/** Joins the free-text notes of one citation or figure ("a; b"). */
final class Notes {

    private Notes() {
    }

    static String join(String first, String second) {
        if (first == null || first.isEmpty()) {
            return second;
        }
        if (second == null || second.isEmpty()) {
            return first;
        }
        return first + "; " + second;
    }
}
