package vn.danvan.program;

import java.util.List;
import java.util.Map;

/** A coordination or action program (chương trình phối hợp / hành động) for a phase of years. */
public record Program(long id, Long documentId, Kind kind, String title, int fromYear, int toYear, String note,
                      List<Long> partyIds, List<Content> contents, int version) {

    public enum Kind { COORDINATION, ACTION }

    /** A content (nội dung) and what each party answers for in it, by organization id. */
    public record Content(long id, int ordinal, String title, Map<Long, String> responsibilities) {
    }
}
