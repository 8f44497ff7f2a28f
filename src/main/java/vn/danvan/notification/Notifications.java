package vn.danvan.notification;

import java.util.Collection;
import java.util.Set;

/**
 * Sends in-app notifications (and e-mail when {@code spring.mail.host} is configured). Implemented by the
 * notification module.
 */
public interface Notifications {

    /**
     * Stores the notices not sent before (by recipient and dedup key) and mails them when mail is configured.
     *
     * @return how many notices were new
     */
    int send(Collection<Notice> notices);

    /** Active users who work for the organization (not its subtree): the officers a reminder goes to. */
    Set<Long> officersOf(long organizationId);

    /** Active users holding a coordinating role (COORDINATOR or LEADER) whose scope covers the organization. */
    Set<Long> coordinatorsOver(long organizationId);
}
