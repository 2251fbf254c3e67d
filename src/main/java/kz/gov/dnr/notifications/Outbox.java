package kz.gov.dnr.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The outbox of messages to applicants. A step writes its messages here in its own transaction, so a
 * message exists exactly when the step that causes it committed; {@link NotificationDelivery} sends them.
 */
@Repository
public class Outbox {

  private static final String COLUMNS = "id, case_number, channel, recipient, subject, body, document_ids, created_at,"
      + " delivered_at, attempts, next_attempt_at, last_error";
  private final JdbcTemplate jdbc;
  private final Clock clock;

  public Outbox(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void enqueue(String caseNumber, Channel channel, String recipient, String subject, String body,
      List<Long> documentIds) {
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.update("insert into dnr_notification (case_number, channel, recipient, subject, body, document_ids, created_at,"
        + " attempts, next_attempt_at) values (?, ?, ?, ?, ?, ?, ?, 0, ?)", caseNumber, channel.name(), recipient,
        subject.length() > 500 ? subject.substring(0, 500) : subject, body,
        documentIds.stream().map(String::valueOf).collect(Collectors.joining(",")), now, now);
  }

  public List<Notification> forCase(String caseNumber) {
    return jdbc.query("select " + COLUMNS + " from dnr_notification where case_number = ? order by created_at, id",
        Outbox::row, caseNumber);
  }

  /** Ids of messages due for a (first or further) attempt. */
  List<Long> due(Instant now, int limit) {
    return jdbc.queryForList("select id from dnr_notification where delivered_at is null and next_attempt_at <= ?"
        + " and (claimed_until is null or claimed_until < ?) order by next_attempt_at", Long.class,
        Timestamp.from(now), Timestamp.from(now)).stream().limit(limit).toList();
  }

  /** Takes a message for one node; false if another node has it. */
  boolean claim(long id, String owner, Instant now, Instant until) {
    return jdbc.update("update dnr_notification set claimed_by = ?, claimed_until = ? where id = ? and delivered_at is null"
        + " and (claimed_until is null or claimed_until < ?)", owner, Timestamp.from(until), id, Timestamp.from(now)) == 1;
  }

  Notification get(long id) {
    return jdbc.queryForObject("select " + COLUMNS + " from dnr_notification where id = ?", Outbox::row, id);
  }

  void delivered(long id, Instant at) {
    jdbc.update("update dnr_notification set delivered_at = ?, attempts = attempts + 1, last_error = null,"
        + " claimed_by = null, claimed_until = null where id = ?", Timestamp.from(at), id);
  }

  void failed(long id, String error, Instant nextAttempt) {
    jdbc.update("update dnr_notification set attempts = attempts + 1, last_error = ?, next_attempt_at = ?,"
        + " claimed_by = null, claimed_until = null where id = ?",
        error.length() > 1000 ? error.substring(0, 1000) : error, Timestamp.from(nextAttempt), id);
  }

  private static Notification row(ResultSet rs, int n) throws SQLException {
    String ids = rs.getString("document_ids");
    return new Notification(rs.getLong("id"), rs.getString("case_number"), Channel.valueOf(rs.getString("channel")),
        rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
        ids == null || ids.isBlank() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList(),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("delivered_at") == null ? null : rs.getTimestamp("delivered_at").toInstant(),
        rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error"));
  }
}
