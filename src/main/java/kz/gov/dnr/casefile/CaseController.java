package kz.gov.dnr.casefile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.gov.dnr.documents.DocumentStore;
import kz.gov.dnr.documents.StoredDocument;
import kz.gov.dnr.notifications.Notification;
import kz.gov.dnr.notifications.Outbox;
import kz.gov.dnr.security.ApiCaller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/cases/{caseNumber}} and {@code …/notifications}. */
@RestController
@RequestMapping("/api/v1/cases/{caseNumber}")
@Tag(name = "Cases", description = "Where a case stands and what the applicant was told")
public class CaseController {

  private final CaseAccess access;
  private final CaseStatusService status;
  private final Outbox outbox;
  private final DocumentStore documents;

  public CaseController(CaseAccess access, CaseStatusService status, Outbox outbox, DocumentStore documents) {
    this.access = access;
    this.status = status;
    this.outbox = outbox;
    this.documents = documents;
  }

  @GetMapping
  @Operation(summary = "Status, stage, what the case waits for, open deadlines, decisions")
  public CaseStatus get(@PathVariable String caseNumber, HttpServletRequest request) {
    ApiCaller caller = ApiCaller.of(request);
    CaseRecord c = access.requireRead(caller, caseNumber, CaseAccess.Reading.CASE);
    return status.status(c, !caller.isSystemClient(), kind -> access.readsEntry(caller, kind));
  }

  /** A message as listed. */
  public record NotificationEntry(long id, String channel, String recipient, Instant createdAt, Instant deliveredAt,
      String status, int attempts, String lastError, String subject, String text, List<DocumentLink> documents) {
  }

  /** A document sent with a message. */
  public record DocumentLink(long id, String url) {
  }

  @GetMapping("/notifications")
  @Operation(summary = "What the applicant was told, when, where, with which documents")
  public List<NotificationEntry> notifications(@PathVariable String caseNumber, HttpServletRequest request) {
    ApiCaller caller = ApiCaller.of(request);
    access.requireRead(caller, caseNumber, CaseAccess.Reading.NOTIFICATIONS);
    List<Notification> messages = outbox.forCase(caseNumber);
    if (!access.readsEveryDocument(caller)) {
      // R0.4: a message that sent documents is read by an officer who reads one of them; one whose documents were
      // deleted with the e-application (R12.3) stays listed.
      Map<Long, String> codes = documents.list(caseNumber).stream()
          .collect(Collectors.toMap(StoredDocument::id, StoredDocument::code));
      messages = messages.stream().filter(n -> n.documentIds().isEmpty() || n.documentIds().stream()
          .anyMatch(id -> !codes.containsKey(id) || access.readsDocument(caller, codes.get(id)))).toList();
    }
    return messages.stream().map(n -> entry(n, caseNumber)).toList();
  }

  private static NotificationEntry entry(Notification n, String caseNumber) {
    return new NotificationEntry(n.id(), n.channel().name(), n.recipient(), n.createdAt(), n.deliveredAt(), n.status(),
        n.attempts(), n.lastError(), n.subject(), n.body(),
        n.documentIds().stream().map(id -> new DocumentLink(id, "/api/v1/cases/" + caseNumber + "/documents/" + id)).toList());
  }
}
