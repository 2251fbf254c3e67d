package kz.gov.dnr.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import kz.gov.dnr.documents.DocumentStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a submission in one transaction with the engine, and honours the {@code Idempotency-Key} header: the
 * first successful answer is stored with the request's hash in the same transaction, and a retry with the
 * same key and the same request gets that answer again and creates nothing new. The same key with a
 * different request is refused.
 */
@Component
public class Idempotency {

  public static final String HEADER = "Idempotency-Key";
  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final ObjectMapper json;
  private final Clock clock;

  public Idempotency(JdbcTemplate jdbc, TransactionTemplate tx, ObjectMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.json = json;
    this.clock = clock;
  }

  /** A successful answer: status, body, and the created resource's location if any. */
  public record Answer(int status, Object body, String location) {
  }

  private record Stored(String requestSha256, int status, String body, String location) {
  }

  /** The hash a JSON request about a case is known by: the same body for the same case is the same request. */
  public static String sha256(String caseNumber, JsonNode body) {
    return DocumentStore.sha256((caseNumber + "|" + body).getBytes(StandardCharsets.UTF_8));
  }

  /** The stored answer to an earlier submission with this key, checked before any validation of the retry. */
  public Optional<ResponseEntity<Object>> replay(String clientId, String key, String requestSha256) {
    if (key == null) {
      return Optional.empty();
    }
    checkKey(key);
    return find(clientId, key).map(stored -> replay(stored, requestSha256));
  }

  public ResponseEntity<Object> submit(String clientId, String key, String requestSha256, Supplier<Answer> action) {
    checkKey(key);
    if (key == null) {
      return respond(tx.execute(s -> action.get()), false);
    }
    Optional<Stored> earlier = find(clientId, key);
    if (earlier.isPresent()) {
      return replay(earlier.get(), requestSha256);
    }
    try {
      return tx.execute(s -> {
        Answer answer = action.get();
        try {
          jdbc.update("insert into dnr_idempotency (client_id, idempotency_key, request_sha256, response_status,"
              + " response_body, response_location, created_at) values (?, ?, ?, ?, ?, ?, ?)", clientId, key,
              requestSha256, answer.status(), json.writeValueAsString(answer.body()), answer.location(),
              Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException raced) {
          throw new RaceLost();
        } catch (JsonProcessingException e) {
          throw new IllegalStateException(e);
        }
        return respond(answer, false);
      });
    } catch (RaceLost lost) {
      // Another request with the same key committed first: this one rolled back entirely.
      return replay(find(clientId, key).orElseThrow(), requestSha256);
    }
  }

  private static void checkKey(String key) {
    if (key != null && (key.isBlank() || key.length() > 200 || !key.chars().allMatch(c -> c > 32 && c < 127))) {
      throw new ApiException(ProblemKind.MALFORMED_REQUEST, "The Idempotency-Key header is not usable",
          List.of(new FieldError(HEADER, "must be 1 to 200 visible ASCII characters", "for example a UUID")));
    }
  }

  private ResponseEntity<Object> replay(Stored stored, String requestSha256) {
    if (!stored.requestSha256().equals(requestSha256)) {
      throw new ApiException(ProblemKind.REFUSED_BY_RULES, "This Idempotency-Key was used for a different request",
          List.of(new FieldError(HEADER, "was already used with other content", "a new key for a new request")));
    }
    try {
      JsonNode body = json.readTree(stored.body());
      return respond(new Answer(stored.status(), body, stored.location()), true);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Optional<Stored> find(String clientId, String key) {
    return jdbc.query("select request_sha256, response_status, response_body, response_location from dnr_idempotency"
        + " where client_id = ? and idempotency_key = ?", (rs, n) -> new Stored(rs.getString(1), rs.getInt(2),
        rs.getString(3), rs.getString(4)), clientId, key).stream().findFirst();
  }

  private static ResponseEntity<Object> respond(Answer a, boolean replayed) {
    ResponseEntity.BodyBuilder b = ResponseEntity.status(a.status());
    if (a.location() != null) {
      b.location(URI.create(a.location()));
    }
    if (replayed) {
      b.header("Idempotent-Replayed", "true");
    }
    return b.body(a.body());
  }

  private static final class RaceLost extends RuntimeException {
    RaceLost() {
      super(null, null, false, false);
    }
  }
}
