package vn.danvan.system;

/**
 * A request that breaks a business rule. It carries a message key and arguments so that the user sees a
 * Vietnamese sentence, and the API a problem detail with the same sentence; nothing is changed.
 */
public class RuleViolation extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolation(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
