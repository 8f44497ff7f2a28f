package vn.danvan.notification.web;

import vn.danvan.notification.StoredNotice;

/** A notice with its sentence in the reader's language. */
record NoticeLine(StoredNotice notice, String text) {
}
