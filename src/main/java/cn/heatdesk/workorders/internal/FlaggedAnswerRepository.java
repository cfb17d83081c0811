package cn.heatdesk.workorders.internal;

import static cn.heatdesk.workorders.internal.WorkOrderRepository.instant;
import static cn.heatdesk.workorders.internal.WorkOrderRepository.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.heatdesk.workorders.FlaggedAnswer;
import cn.heatdesk.workorders.domain.TimelineEvent;

/** R-BUTLER-4: answers flagged for a forbidden expression, one per timeline entry. */
@Repository
public class FlaggedAnswerRepository {

    private static final String SELECT = """
            SELECT f.id, f.order_id, o.number, f.what, f.answer_text, f.expressions, f.actor, f.recorded_at
            FROM work_order_flagged_answer f JOIN work_order o ON o.id = f.order_id
            """;

    private final JdbcClient jdbc;

    FlaggedAnswerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long orderId, int timelineSeq, TimelineEvent what, String text, List<String> expressions,
                       String actor, Instant at) {
        jdbc.sql("""
                INSERT INTO work_order_flagged_answer (order_id, timeline_seq, what, answer_text, expressions, actor,
                       recorded_at)
                VALUES (:o, :seq, :what, :text, :expressions, :actor, :at)
                """)
                .param("o", orderId).param("seq", timelineSeq).param("what", what.name()).param("text", text)
                .param("expressions", String.join("、", expressions)).param("actor", actor).param("at", ts(at))
                .update();
    }

    public List<FlaggedAnswer> ofOrder(long orderId) {
        return jdbc.sql(SELECT + " WHERE f.order_id = :o ORDER BY f.timeline_seq").param("o", orderId)
                .query((rs, n) -> map(rs)).list();
    }

    /** Newest first. */
    public List<FlaggedAnswer> recent(int limit) {
        return jdbc.sql(SELECT + " ORDER BY f.recorded_at DESC, f.id DESC FETCH FIRST :limit ROWS ONLY")
                .param("limit", limit).query((rs, n) -> map(rs)).list();
    }

    private static FlaggedAnswer map(ResultSet rs) throws SQLException {
        return new FlaggedAnswer(rs.getLong("id"), rs.getLong("order_id"), rs.getString("number"),
                TimelineEvent.valueOf(rs.getString("what")), rs.getString("answer_text"),
                Arrays.asList(rs.getString("expressions").split("、")), rs.getString("actor"),
                instant(rs, "recorded_at"));
    }
}
