package vn.danvan.program.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.danvan.document.DocumentMentions;

/** The programs and plans issued as a document, and the tasks that cite it as legal basis. */
@Component
class ProgramDocumentMentions implements DocumentMentions {

    private final JdbcClient jdbc;

    ProgramDocumentMentions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Mention> mentionsOf(long documentId) {
        return jdbc.sql("""
                SELECT 'program.mention.program' AS kind_key, p.title AS title, '/programs/' || p.id AS path, 1 AS rank_order, p.id AS id
                  FROM program p WHERE p.document_id = :id
                UNION ALL
                SELECT 'program.mention.plan', pl.title, '/plans/' || pl.id, 2, pl.id
                  FROM plan pl WHERE pl.document_id = :id
                UNION ALL
                SELECT 'program.mention.task', t.title, '/tasks/' || t.id, 3, t.id
                  FROM task t JOIN task_legal_basis b ON b.task_id = t.id WHERE b.document_id = :id
                ORDER BY rank_order, id""")
                .param("id", documentId)
                .query((rs, row) -> new Mention(rs.getString("kind_key"), rs.getString("title"), rs.getString("path")))
                .list();
    }
}
