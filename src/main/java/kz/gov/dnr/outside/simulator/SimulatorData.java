package kz.gov.dnr.outside.simulator;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kz.gov.dnr.outside.BerkutGateway.BorderCrossing;
import kz.gov.dnr.outside.CriminalRecordBank.RecordHit;
import kz.gov.dnr.outside.FingerprintRegistry.FingerprintRecord;
import kz.gov.dnr.outside.PaymentGateway.Payment;

/**
 * What the simulated outside systems know, from a data file (records per IIN, payments per reference).
 * Tests add their own records; no answer is hidden in code.
 */
public class SimulatorData {

  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** What the outside systems hold about one person. */
  @JsonIgnoreProperties(ignoreUnknown = false)
  public record Person(List<RecordHit> recordHits, List<BorderCrossing> borderCrossings, FingerprintRecord fingerprints,
      NscAnswer nsc) {

    public List<RecordHit> recordHits() {
      return recordHits == null ? List.of() : recordHits;
    }

    public List<BorderCrossing> borderCrossings() {
      return borderCrossings == null ? List.of() : borderCrossings;
    }

    public FingerprintRecord fingerprints() {
      return fingerprints == null ? new FingerprintRecord(false, null, null) : fingerprints;
    }

    public NscAnswer nsc() {
      return nsc == null ? new NscAnswer(true, "No objections") : nsc;
    }
  }

  /** The NSC's answer the Berkut simulator posts. */
  public record NscAnswer(boolean approved, String comment) {
  }

  /** The file's shape. */
  @JsonIgnoreProperties(ignoreUnknown = false)
  record File(Map<String, Person> people, Person defaultPerson, List<Payment> payments, String description) {
  }

  private final Map<String, Person> people = new ConcurrentHashMap<>();
  private final Map<String, Payment> payments = new ConcurrentHashMap<>();
  private final Person defaultPerson;

  public SimulatorData(SimulatorProperties properties) {
    File file = read(properties);
    if (file.people() != null) {
      people.putAll(file.people());
    }
    if (file.payments() != null) {
      file.payments().forEach(p -> payments.put(p.reference(), p));
    }
    defaultPerson = file.defaultPerson() == null ? new Person(null, null, null, null) : file.defaultPerson();
  }

  private static File read(SimulatorProperties properties) {
    try (InputStream in = properties.dataFile() != null ? Files.newInputStream(properties.dataFile())
        : SimulatorData.class.getResourceAsStream("/simulators/outside-systems.json")) {
      if (in == null) {
        throw new IllegalStateException("simulators/outside-systems.json is missing");
      }
      return JSON.readValue(in, File.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the simulators' data file: " + e.getMessage(), e);
    }
  }

  public Person person(String iin) {
    return people.getOrDefault(iin, defaultPerson);
  }

  public void putPerson(String iin, Person person) {
    people.put(iin, person);
  }

  public Optional<Payment> payment(String reference) {
    return Optional.ofNullable(payments.get(reference));
  }

  public void putPayment(Payment payment) {
    payments.put(payment.reference(), payment);
  }
}
