package kz.gov.dnr.logging;

import static org.assertj.core.api.Assertions.assertThat;

import kz.gov.dnr.support.DnrSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The running application's console log (logback-spring.xml) masks personal data in messages and stack traces
 * written by any code, ours or a library's: here a mail server's refusal and a database error as they would
 * be logged.
 */
@DnrSpringTest
@ExtendWith(OutputCaptureExtension.class)
class LogMaskingTest {

  @Test
  void theLogNeverShowsAnApplicantsEmailIinOrPassportNumber(CapturedOutput output) {
    var log = LoggerFactory.getLogger("org.example.library");
    log.warn("Notification 17 not delivered: 550 Recipient address rejected: anna@example.org");
    log.error("Job failed", new IllegalStateException("duplicate key: Key (iin, passport)=(850315300128, X1234567)",
        new RuntimeException("caused by anna@example.org")));

    assertThat(output.getOut()).contains("Recipient address rejected: <e-mail>")
        .contains("Key (iin, passport)=(<IIN>, <passport>)").contains("caused by <e-mail>")
        .contains("java.lang.IllegalStateException").contains("at kz.gov.dnr.logging.LogMaskingTest")
        .doesNotContain("anna@example.org").doesNotContain("850315300128").doesNotContain("X1234567");
  }
}
