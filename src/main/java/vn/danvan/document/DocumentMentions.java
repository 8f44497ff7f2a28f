package vn.danvan.document;

import java.util.List;

/**
 * Work that names a document: programs, plans and tasks of later modules. Those modules depend on the
 * registry, not the other way round, so they contribute implementations of this interface and the document
 * page lists what they answer.
 */
public interface DocumentMentions {

    /** What names the document, in the order to show it. */
    List<Mention> mentionsOf(long documentId);

    /** One piece of work naming a document: its kind as a message key, its title and where to open it. */
    record Mention(String kindKey, String title, String path) {
    }
}
