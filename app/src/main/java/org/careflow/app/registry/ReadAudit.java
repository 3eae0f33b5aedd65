package org.careflow.app.registry;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The audit log of reads: every time a child's record, timeline or listing is shown, who saw which
 * child, when, through which door and from which address. It holds record numbers, never the
 * record's contents, so the log is no second copy of personal data.
 */
@Component
class ReadAudit {

  enum Channel {
    PAGE, API,
    /** the child cards Tasklist shows in its task list and task view */
    TASKLIST
  }

  enum What {
    RECORD, TIMELINE, SEARCH, LEDGER, LEDGER_EXPORT, AUDIT_LOG,
    /** the child named on a task: in Tasklist's task list and task view, the API, the My work page */
    TASK_CARD,
    /** the village's or township's children listed on the My work page */
    MY_WORK
  }

  record Entry(long childId, String readBy, LocalDateTime readAt, String remoteAddress, String channel, String what) {
  }

  private final JdbcTemplate jdbc;

  ReadAudit(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void record(String userId, Collection<Long> childIds, Channel channel, What what, String remoteAddress) {
    if (childIds.isEmpty()) {
      return;
    }
    Timestamp now = Timestamp.valueOf(LocalDateTime.now());
    jdbc.batchUpdate("""
        insert into careflow.child_record_read (child_id, read_by, read_at, remote_address, channel, what)
        values (?, ?, ?, ?, ?, ?)""",
        childIds.stream().map(id -> new Object[] {id, userId, now, remoteAddress, channel.name(), what.name()}).toList());
  }

  void record(String userId, long childId, Channel channel, What what, String remoteAddress) {
    record(userId, List.of(childId), channel, what, remoteAddress);
  }

  List<Entry> of(long childId) {
    return jdbc.query("select * from careflow.child_record_read where child_id = ? order by read_at desc, id desc",
        (rs, i) -> new Entry(rs.getLong("child_id"), rs.getString("read_by"), rs.getTimestamp("read_at").toLocalDateTime(),
            rs.getString("remote_address"), rs.getString("channel"), rs.getString("what")), childId);
  }
}
