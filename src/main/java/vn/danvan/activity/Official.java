package vn.danvan.activity;

/**
 * A named official at an event, as the report writes them: "đồng chí Nguyễn Văn A, Phó Chủ tịch UBND tỉnh".
 *
 * @param positionTitle    chức vụ, as written
 * @param organizationId   the body in the system, when there is one
 * @param organizationName the body's name as written, for bodies outside the system ("Bộ Nội vụ")
 */
public record Official(String fullName, String positionTitle, Long organizationId, String organizationName, Role role) {

    /** Chủ trì; dự và chỉ đạo; trưởng đoàn; thành viên đoàn; tham dự. */
    public enum Role { CHAIR, GUEST, HEAD, MEMBER, ATTENDEE }
}
