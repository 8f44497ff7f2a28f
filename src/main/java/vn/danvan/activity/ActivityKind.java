package vn.danvan.activity;

/** What kind of event an activity is, in the words of the reports. */
public enum ActivityKind {
    /** Hội nghị sơ kết, tổng kết (a review conference, interim or final). */
    CONFERENCE,
    /** Hội nghị ký kết chương trình, kế hoạch phối hợp. */
    SIGNING,
    /** Đoàn kiểm tra: checks how a directive, program or plan is carried out. */
    INSPECTION,
    /** Đoàn công tác (liên ngành): works with a body on its tasks. */
    WORKING_DELEGATION,
    /** Đối thoại của người đứng đầu với Nhân dân. */
    DIALOGUE,
    /** Tiếp xúc cử tri của đại biểu dân cử. */
    VOTER_MEETING
}
