package kz.gov.dnr.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import kz.gov.dnr.support.DnrPostgresTest;
import kz.gov.dnr.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two applications racing on PostgreSQL, as a portal's parallel requests do: the first holds its transaction
 * open while the second reaches the same row. PostgreSQL aborts a transaction on a duplicate key, where H2 lets it
 * go on; before the registry took its inserts under a savepoint, the loser of either race answered 500 (seen when
 * {@code CrashRecoveryIT} filed the year's first applications from four connections).
 */
@DnrPostgresTest
class CaseRegistryPostgresTest {

  @Autowired
  CaseRegistry registry;
  @Autowired
  PlatformTransactionManager transactions;

  final ExecutorService two = Executors.newFixedThreadPool(2);

  @AfterEach
  void stop() {
    two.shutdownNow();
  }

  @Test
  void theYearsFirstTwoApplicationsBothGetACaseNumber() throws Exception {
    int year = 2099; // no case of this year anywhere: both requests find the year without its counter row
    Future<String> first = firstHoldingItsTransaction(() -> registry.nextCaseNumber(year));
    Future<String> second = meanwhile(() -> registry.nextCaseNumber(year));

    assertThat(new String[] {first.get(), second.get()}).containsExactly("DNR-2099-000001", "DNR-2099-000002");
  }

  @Test
  void v12TheSecondOfTwoRacingApplicationsOfOnePersonIsRefusedNamingTheFirstCase() throws Exception {
    String iin = Fixtures.iin();
    Future<String> first = firstHoldingItsTransaction(() -> opened("DNR-2098-000001", iin));
    Throwable second = catchThrowable(() -> meanwhile(() -> opened("DNR-2098-000002", iin)).get());
    first.get();

    assertThat(second).as("the request's answer: 409 naming the live case, not 500").hasCauseInstanceOf(
        CaseRegistry.LiveCaseExists.class);
    assertThat(((CaseRegistry.LiveCaseExists) second.getCause()).caseNumber()).isEqualTo("DNR-2098-000001");
  }

  private String opened(String caseNumber, String iin) {
    registry.open(caseNumber, iin, Fixtures.passport(), "ASTANA");
    return caseNumber;
  }

  /** Runs {@code work} in a transaction held open a moment after it is done; returns once the work is done. */
  private <T> Future<T> firstHoldingItsTransaction(Supplier<T> work) throws InterruptedException {
    CountDownLatch done = new CountDownLatch(1);
    Future<T> first = two.submit(() -> new TransactionTemplate(transactions).execute(s -> {
      T result = work.get();
      done.countDown();
      pause();
      return result;
    }));
    assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
    return first;
  }

  /** Runs {@code work} in a transaction of its own while the first one is still open. */
  private <T> Future<T> meanwhile(Supplier<T> work) {
    return two.submit(() -> new TransactionTemplate(transactions).execute(s -> work.get()));
  }

  /** Long enough for the other transaction to reach the row and wait for this one. */
  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
