package vn.danvan.system;

/**
 * A record that does not exist or that the caller may not see. Both answer 404, so that changing an id in a
 * URL does not even reveal whether another unit's record exists.
 */
public class NotFoundException extends RuntimeException {

    private final String messageKey;

    public NotFoundException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
