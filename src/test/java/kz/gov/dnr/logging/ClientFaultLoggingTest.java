package kz.gov.dnr.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.gov.dnr.support.DnrSpringTest;
import kz.gov.dnr.support.Http;
import org.apache.catalina.connector.ClientAbortException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.glassfish.jersey.server.internal.process.MappableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The running application's console log (logback-spring.xml): an officer's browser leaving Cockpit while the
 * engine's REST API answers leaves no ERROR; any other failure to write an answer still does. The records are
 * written as Jersey writes them (java.util.logging, its logger, its exception), through the same bridge. (A form
 * the rules refuse, another fault that is not the server's, is proven where an officer submits one:
 * PetitionProcessTest.)
 */
@DnrSpringTest
@ExtendWith(OutputCaptureExtension.class)
class ClientFaultLoggingTest {

  private static final Logger JERSEY = Logger.getLogger("org.glassfish.jersey.server.ServerRuntime$Responder");

  @LocalServerPort
  int port;

  @Test
  void aBrowserThatLeftMidAnswerIsNoErrorButAnyOtherWriteFailureIs(CapturedOutput output) {
    JERSEY.log(Level.SEVERE, "An I/O error has occurred while writing a response message entity to the container output stream.",
        new MappableException(new ClientAbortException(new IOException("Broken pipe"))));
    JERSEY.log(Level.SEVERE, "Error while closing the output stream in order to commit response.",
        new ClientAbortException(new IOException("Connection reset by peer")));
    JERSEY.log(Level.SEVERE, "An I/O error has occurred while writing a response message entity to the container output stream.",
        new MappableException(new IOException("No space left on device")));

    assertThat(output.getOut()).doesNotContain("Broken pipe").doesNotContain("Connection reset by peer")
        .doesNotContain("Error while closing the output stream")
        .contains("ERROR").contains("An I/O error has occurred while writing a response message entity")
        .contains("No space left on device");
  }

  @Test
  void aMessageSentToNoCaseWaitingForItIsRefusedToTheCallerAndNoErrorOfTheServer(CapturedOutput output) {
    Http.Response refused = new Http(port).postJson("/engine-rest/message", "officer",
        Map.of("messageName", "NscDecision", "businessKey", "DNR-2026-999999"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("Cannot correlate message 'NscDecision'");
    assertThat(output.getOut()).doesNotContain("Cannot correlate message").doesNotContain("ENGINE-16004");
  }

  @Test
  void aMessageThatCannotBeCorrelatedInsideAJobIsStillTheServersError(CapturedOutput output) {
    org.slf4j.LoggerFactory.getLogger("org.camunda.bpm.engine.jobexecutor").warn("ENGINE-14006 Exception while executing job",
        new MismatchingMessageCorrelationException("Cannot correlate message 'NscDecision'"));

    assertThat(output.getOut()).contains("WARN").contains("ENGINE-14006").contains("Cannot correlate message 'NscDecision'");
  }
}
