package vn.danvan.org;

/** The three parts of the political system an organization belongs to. */
public enum Sector {
    /** Đảng: Tỉnh ủy, its commissions, Đảng ủy. */
    PARTY,
    /** Nhà nước: HĐND, UBND and their agencies. */
    STATE,
    /** Mặt trận Tổ quốc and the socio-political organizations under it. */
    FRONT
}
