package kz.gov.dnr.casefile;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** {@code GET /api/v1/cases/{n}}: where a case stands, what it waits for, its open deadlines and decisions. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseStatus(String caseNumber, String status, String outcome, Instant openedAt, Instant closedAt,
    Stage stage, List<Waiting> waitingFor, List<Deadline> openDeadlines, List<Decision> decisions) {

  /** The stage process the case is in. */
  public record Stage(String process, String name) {
  }

  /** A task or an expected message the case waits for. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Waiting(String element, String name, String kind, String group, Instant due) {
  }

  /** A running deadline (a timer of the model): D1–D8 or the model's own. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Deadline(String deadline, String element, String name, Instant endsAt) {
  }

  /** A journal entry; the acting user is shown to officers only. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Decision(Instant at, String kind, String actor, String summary) {
  }
}
