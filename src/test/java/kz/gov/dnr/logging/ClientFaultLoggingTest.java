package kz.gov.dnr.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.gov.dnr.support.DnrSpringTest;
import org.apache.catalina.connector.ClientAbortException;
import org.glassfish.jersey.server.internal.process.MappableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The running application's console log (logback-spring.xml): an officer's browser leaving Cockpit while the
 * engine's REST API answers leaves no ERROR; any other failure to write an answer still does. The records are
 * written as Jersey writes them (java.util.logging, its logger, its exception), through the same bridge. (A form
 * the rules refuse, the other fault that is not the server's, is proven where an officer submits one:
 * PetitionProcessTest.)
 */
@DnrSpringTest
@ExtendWith(OutputCaptureExtension.class)
class ClientFaultLoggingTest {

  private static final Logger JERSEY = Logger.getLogger("org.glassfish.jersey.server.ServerRuntime$Responder");

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
}
