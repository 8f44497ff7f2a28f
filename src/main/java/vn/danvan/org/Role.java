package vn.danvan.org;

/** What a user may do; how far they see is given by {@link #scopeBreadth()}. */
public enum Role {
    /** The installation's administrator: users, catalogue, everything. */
    ADMIN(Scope.Breadth.ALL),
    /** Province-level planning and monitoring (Ban Tuyên giáo và Dân vận, Văn phòng UBND). */
    COORDINATOR(Scope.Breadth.UNIT),
    /** Updates their own unit's work. */
    UNIT_OFFICER(Scope.Breadth.ORGANIZATION),
    /** Citizen reception and petitions. */
    CASE_HANDLER(Scope.Breadth.ORGANIZATION),
    /** Reads everything in their administrative unit, approves. */
    LEADER(Scope.Breadth.UNIT),
    /** Fatherland Front supervision. */
    FRONT_OFFICER(Scope.Breadth.ORGANIZATION),
    /** Reads their organization's records. */
    VIEWER(Scope.Breadth.ORGANIZATION);

    private final Scope.Breadth scopeBreadth;

    Role(Scope.Breadth scopeBreadth) {
        this.scopeBreadth = scopeBreadth;
    }

    public Scope.Breadth scopeBreadth() {
        return scopeBreadth;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
