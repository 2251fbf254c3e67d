package kz.gov.dnr.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import kz.gov.dnr.calendar.Kazakhstan;
import kz.gov.dnr.support.CaseDriver;
import kz.gov.dnr.support.Fixtures;
import kz.gov.dnr.support.Http;
import kz.gov.dnr.support.Officers;

/** Steps of stage 1 as the portal and the officers take them, shared by the stage-1 tests. */
public final class PetitionJourney {

  private final Http http;
  private final CaseDriver driver;
  private Officers officers;

  public PetitionJourney(Http http, CaseDriver driver) {
    this.http = http;
    this.driver = driver;
    this.officers = driver;
  }

  /** Who completes the officers' tasks: the engine's API (the default) or a browser. */
  public PetitionJourney by(Officers people) {
    this.officers = people;
    return this;
  }

  /** Posts a valid application and runs the pre-checks; returns the case number. */
  public String apply(String iin, String passport) {
    Http.Response r = http.postMultipart("/api/v1/petition-applications", "astanahub-portal",
        Fixtures.application(iin, passport), Fixtures.petitionDocuments(), Map.of());
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    String caseNumber = r.json().get("caseNumber").asText();
    driver.runJobs(caseNumber);
    return caseNumber;
  }

  public void approveScreening(String n) {
    officers.complete(n, PetitionModel.TASK_SCREEN, "hub", Map.of("screeningDecision", "APPROVE"));
  }

  /** Three times on the coming days at 10:00, 11:00 and 15:30 in Astana. */
  public static List<String> slots(Instant now) {
    LocalDate day = now.atZone(Kazakhstan.ZONE).toLocalDate().plusDays(3);
    return List.of(day + "T10:00", day + "T11:00", day.plusDays(1) + "T15:30");
  }

  public List<String> offerSlots(String n, Instant now) {
    List<String> s = slots(now);
    officers.complete(n, PetitionModel.TASK_OFFER_SLOTS, "hub", Map.of("slot1", s.get(0), "slot2", s.get(1), "slot3", s.get(2)));
    return s;
  }

  public Http.Response book(String n, String localSlot) {
    return http.postJson("/api/v1/cases/" + n + "/interview-booking", "astanahub-portal",
        Map.of("slot", localSlot + ":00+05:00"));
  }

  public void interview(String n) {
    officers.complete(n, PetitionModel.TASK_INTERVIEW, "hub", Map.of("interviewAssessment", "EXCELLENT",
        "interviewRecommendation", "RECOMMEND", "interviewNotes", "Strong distributed-systems background.",
        "interviewRecording", "https://meet.astanahub.com/rec/123"));
  }

  public void ministryApproves(String n) {
    officers.complete(n, PetitionModel.TASK_MINISTRY, "ministry", Map.of("ministryDecision", "APPROVE"));
  }

  /** From application to signed petition; returns the case number. */
  public String toSignedPetition(String iin, String passport) {
    String n = apply(iin, passport);
    approveScreening(n);
    List<String> s = offerSlots(n, Instant.now().truncatedTo(ChronoUnit.MINUTES));
    assertThat(book(n, s.get(1)).status()).isEqualTo(200);
    driver.runJobs(n);
    interview(n);
    ministryApproves(n);
    return n;
  }
}
