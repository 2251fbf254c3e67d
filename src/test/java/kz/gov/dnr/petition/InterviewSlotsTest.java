package kz.gov.dnr.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R6.1: the interview times a screener may offer, without the engine. Now is 1 December 2026, 09:00 in Astana. */
class InterviewSlotsTest {

  static final Instant NOW = Instant.parse("2026-12-01T04:00:00Z");

  @Test
  void r6_1TimesAreReadInAstanaTimeSortedAndShownWithTheirOffset() {
    List<Instant> slots = InterviewSlots.parse(List.of("2026-12-03T15:00", "2026-12-02T10:30:00+05:00", ""), NOW);

    assertThat(slots).containsExactly(Instant.parse("2026-12-02T05:30:00Z"), Instant.parse("2026-12-03T10:00:00Z"));
    assertThat(InterviewSlots.iso(slots.get(0))).isEqualTo("2026-12-02T10:30+05:00");
    assertThat(InterviewSlots.show(slots.get(1))).isEqualTo("03.12.2026 15:00 (UTC+5)");
  }

  @Test
  void r6_1ATimeNeedsAnHoursNoticeAndAtMostSixtyDays() {
    assertThat(InterviewSlots.parse(List.of("2026-12-01T10:01"), NOW)).hasSize(1);
    assertThat(InterviewSlots.parse(List.of("2027-01-30T09:00"), NOW)).hasSize(1);
    assertThatThrownBy(() -> InterviewSlots.parse(List.of("2026-12-01T10:00"), NOW))
        .hasMessage("01.12.2026 10:00 (UTC+5): кемінде бір сағаттан кейін / не ранее чем через час / at least an hour from now");
    assertThatThrownBy(() -> InterviewSlots.parse(List.of("2027-01-30T09:01"), NOW))
        .hasMessage("30.01.2027 09:01 (UTC+5): 60 күннен кешіктірмей / не позднее чем через 60 дней / within 60 days");
  }

  @Test
  void r6_1EveryProblemOfAnOfferIsReportedAtOnce() {
    assertThatThrownBy(() -> InterviewSlots.parse(List.of("tomorrow", "2026-11-30T10:00", "2026-12-02T10:00",
        "2026-12-02T10:00"), NOW))
        .hasMessage("'tomorrow': күн мен уақыт емес / не дата и время / is not a date and time (e.g. 2026-12-01T10:00,"
            + " Astana time); 30.11.2026 10:00 (UTC+5): кемінде бір сағаттан кейін / не ранее чем через час / at least an"
            + " hour from now; 02.12.2026 10:00 (UTC+5): екі рет ұсынылған / предложено дважды / offered twice");
  }

  @Test
  void r6_1AtLeastOneTimeIsOffered() {
    assertThatThrownBy(() -> InterviewSlots.parse(Arrays.asList("", null, " "), NOW))
        .hasMessage("Кемінде бір уақыт ұсыныңыз / Предложите хотя бы одно время / Offer at least one time");
  }
}
