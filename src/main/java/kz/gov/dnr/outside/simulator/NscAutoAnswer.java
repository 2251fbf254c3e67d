package kz.gov.dnr.outside.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The demo's NSC: once a request to Berkut has committed, the answer from the data file is posted to the
 * case's {@code nsc-decision} endpoint after a configured delay, as the real Berkut gateway would post it,
 * so a demo case moves on by itself. Off when no delay is configured.
 */
public class NscAutoAnswer implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(NscAutoAnswer.class);
  private final SimulatorProperties properties;
  private final ApplicationContext context;
  private final ScheduledExecutorService scheduler;

  public NscAutoAnswer(SimulatorProperties properties, ApplicationContext context) {
    this.properties = properties;
    this.context = context;
    this.scheduler = properties.nscAnswerDelay() == null ? null : Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "nsc-simulator");
      t.setDaemon(true);
      return t;
    });
  }

  void scheduleAfterCommit(String caseNumber, String reference, SimulatorData.NscAnswer answer) {
    if (scheduler == null) {
      return;
    }
    Runnable post = () -> scheduler.schedule(() -> post(caseNumber, reference, answer),
        properties.nscAnswerDelay().toMillis(), TimeUnit.MILLISECONDS);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          post.run();
        }
      });
    } else {
      post.run();
    }
  }

  private void post(String caseNumber, String reference, SimulatorData.NscAnswer answer) {
    MDC.put("caseNumber", caseNumber);
    try {
      int port = ((WebServerApplicationContext) context).getWebServer().getPort();
      String auth = Base64.getEncoder().encodeToString(("berkut-gateway:" + properties.berkutPassword())
          .getBytes(StandardCharsets.UTF_8));
      RestClient.create().post().uri("http://localhost:" + port + "/api/v1/cases/" + caseNumber + "/nsc-decision")
          .header("Authorization", "Basic " + auth).contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("approved", answer.approved(), "reference", reference, "comment", answer.comment()))
          .retrieve().toBodilessEntity();
      LOG.info("NSC (simulated) answered request {}: {}", reference, answer.approved() ? "approved" : "refused");
    } catch (org.springframework.web.client.HttpClientErrorException.Conflict e) {
      LOG.info("NSC (simulated): request {} was already answered", reference);
    } catch (RestClientException | ClassCastException e) {
      LOG.warn("NSC (simulated) could not post the answer to request {}: {}", reference, e.getMessage());
    } finally {
      MDC.remove("caseNumber");
    }
  }

  @Override
  public void destroy() {
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
  }

}
