package kz.gov.dnr.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.gov.dnr.documents.DocumentSource;
import kz.gov.dnr.documents.DocumentStore;
import kz.gov.dnr.notifications.Channel;
import kz.gov.dnr.notifications.Outbox;
import kz.gov.dnr.support.DnrSpringTest;
import kz.gov.dnr.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application's own tables follow the engine's history cleanup: a case closed longer than its retention
 * (1825 days, the models' historyTimeToLive) is removed with its files, messages, journal and bars; recent
 * and open cases are untouched; stored idempotent answers expire after 30 days.
 */
@DnrSpringTest
class CaseRetentionTest {

  @Autowired
  CaseRetention retention;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  DocumentStore documents;
  @Autowired
  Outbox outbox;
  @Autowired
  CaseJournal journal;

  @Test
  void aCaseClosedLongerThanItsRetentionIsRemovedWithEverythingItHeld() {
    Instant now = Instant.now();
    String old = caseClosed("DNR-2020-900001", now.minus(Duration.ofDays(1826)));
    String recent = caseClosed("DNR-2025-900002", now.minus(Duration.ofDays(1800)));
    String open = caseClosed("DNR-2026-900003", null);
    jdbc.update("insert into dnr_idempotency (client_id, idempotency_key, request_sha256, response_status, response_body,"
        + " created_at) values ('egov-portal', 'old-retry', 'x', 201, '{}', ?), ('egov-portal', 'new-retry', 'x', 201, '{}', ?)",
        Timestamp.from(now.minus(Duration.ofDays(31))), Timestamp.from(now.minus(Duration.ofDays(1))));

    assertThat(retention.purge(now)).isGreaterThanOrEqualTo(1);

    assertThat(rows(old)).as("rows left of %s", old).containsOnly(0);
    assertThat(documents.list(old)).isEmpty();
    assertThat(rows(recent)).as("rows of %s", recent).doesNotContain(0);
    assertThat(rows(open)).as("rows of %s", open).doesNotContain(0);
    assertThat(jdbc.queryForList("select idempotency_key from dnr_idempotency where idempotency_key in ('old-retry',"
        + " 'new-retry')", String.class)).containsExactly("new-retry");
    assertThat(retention.purge(now)).as("a second run, as on a second node").isZero();
  }

  /** A case with a document, a message, a journal entry and a bar; closed at {@code closedAt} (null: open). */
  private String caseClosed(String caseNumber, Instant closedAt) {
    Instant opened = closedAt == null ? Instant.now() : closedAt.minus(Duration.ofDays(60));
    jdbc.update("insert into dnr_case (case_number, iin, passport_number, city, opened_at, closed_at, outcome)"
        + " values (?, ?, ?, 'ASTANA', ?, ?, ?)", caseNumber, Fixtures.iin(), Fixtures.passport(), Timestamp.from(opened),
        closedAt == null ? null : Timestamp.from(closedAt), closedAt == null ? null : "REFUSED_PRELIMINARY");
    documents.store(caseNumber, "passport", "passport.pdf", "application/pdf", Fixtures.pdf("Passport"),
        DocumentSource.UPLOADED, null);
    outbox.enqueue(caseNumber, Channel.EGOV_CABINET, null, caseNumber + ": notice", "text", List.of());
    journal.record(caseNumber, "CASE_CLOSED", null, "closed");
    LocalDate decided = LocalDate.ofInstant(opened, java.time.ZoneOffset.UTC);
    jdbc.update("insert into dnr_bar (case_number, bar_kind, iin, passport_number, decided_on, applicable_from, created_at)"
        + " values (?, 'B1', '000000000000', 'X', ?, ?, ?)", caseNumber, decided, decided.plusYears(1), Timestamp.from(opened));
    return caseNumber;
  }

  /** Rows of the case in dnr_case, dnr_document, dnr_notification, dnr_case_event, dnr_bar. */
  private List<Integer> rows(String caseNumber) {
    return List.of("dnr_case", "dnr_document", "dnr_notification", "dnr_case_event", "dnr_bar").stream()
        .map(t -> jdbc.queryForObject("select count(*) from " + t + " where case_number = ?", Integer.class, caseNumber))
        .toList();
  }
}
