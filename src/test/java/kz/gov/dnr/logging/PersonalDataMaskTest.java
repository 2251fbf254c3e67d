package kz.gov.dnr.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the log mask hides and what it leaves readable; engine-free. */
class PersonalDataMaskTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      550 5.1.1 <anna.smith+dnr@mail.example.org>: Recipient address rejected | 550 5.1.1 <<e-mail>>: Recipient address rejected
      Key (iin)=(850315300128) already exists                                 | Key (iin)=(<IIN>) already exists
      passport X1234567 of IIN 850315300128                                   | passport <passport> of IIN <IIN>
      passport N12345678, valid                                               | passport <passport>, valid
      """)
  void masksEmailAddressesIinsAndPassportNumbers(String line, String masked) {
    assertThat(PersonalDataMask.mask(line)).isEqualTo(masked);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Demo data: cases DNR-2026-000002 (Astana Hub), DNR-2026-000003 (ministry)
      incident 9f1c2a4e-1b2c-4d5e-8f90-123456789012 on POST /api/v1/petition-applications
      NSC (simulated) answered request BRK-957556CB: approved
      Retention: removed 3 cases closed before 2021-11-26 03:30:00.0 and 12 stored idempotent answers
      job 1764115200123 due at 2026-11-26T19:00:00Z, next try in PT5M
      ENGINE-14006 Exception while executing job 4f1a0c2e-99aa-11ef-b864-0242ac120002
      """)
  void leavesCaseNumbersIdsDatesAndTimesReadable(String line) {
    assertThat(PersonalDataMask.mask(line)).isEqualTo(line);
  }
}
