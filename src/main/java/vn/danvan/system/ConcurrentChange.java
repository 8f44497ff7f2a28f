package vn.danvan.system;

/** Someone else saved the record since it was opened; the second writer must reload and reapply. */
public class ConcurrentChange extends RuleViolation {

    public ConcurrentChange() {
        super("error.concurrentChange");
    }
}
