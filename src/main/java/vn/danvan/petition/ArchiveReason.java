package vn.danvan.petition;

/** Why a petition is not eligible and is archived. Label key {@code petition.archive.<name>}. */
public enum ArchiveReason {
    /** Anonymous or impersonated denunciation (Luật Tố cáo 2018, Art. 25). */
    ANONYMOUS,
    /** Content missing or unclear. */
    MISSING_CONTENT,
    /** Already resolved with final legal effect. */
    ALREADY_RESOLVED,
    /** Filed out of time (Luật Khiếu nại 2011, Art. 9). */
    OUT_OF_TIME,
    OTHER
}
