package kz.gov.dnr.outside;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import kz.gov.dnr.outside.simulator.NscAutoAnswer;
import kz.gov.dnr.outside.simulator.OutsideSystem;
import kz.gov.dnr.outside.simulator.SimulatorControl;
import kz.gov.dnr.outside.simulator.SimulatorData;
import kz.gov.dnr.outside.simulator.SimulatorProperties;
import kz.gov.dnr.outside.simulator.Simulators;
import org.junit.jupiter.api.Test;

/** The simulators answer from their data file, and fail or time out when told to. */
class SimulatorsTest {

  final SimulatorProperties properties = new SimulatorProperties(
      Path.of("src/test/resources/simulators/test-outside-systems.json"), Duration.ofMillis(50), null, null);
  final SimulatorData data = new SimulatorData(properties);
  final SimulatorControl control = new SimulatorControl(properties);

  @Test
  void answersComeFromTheDataFile() {
    var bank = new Simulators.RecordBank(data, control);
    assertThat(bank.check("921120401235", "P1").hits()).extracting(CriminalRecordBank.RecordHit::kind).containsExactly("WANTED");
    assertThat(bank.check("850315300128", "P2").hits()).isEmpty();
    var adis = new Simulators.Adis(data, control);
    assertThat(adis.lookup("921120401235").registered()).isTrue();
    assertThat(adis.lookup("850315300128").registered()).isFalse();
    var berkut = new Simulators.Berkut(data, control, new NscAutoAnswer(properties, null));
    assertThat(berkut.borderCrossings("921120401235", "P1")).extracting(BerkutGateway.BorderCrossing::direction)
        .containsExactly("ENTRY");
    assertThat(berkut.requestNscApproval("DNR-2026-000001", "921120401235", "P1", "GBR")).startsWith("BRK-");
  }

  @Test
  void aPaymentIsUsedOnce() {
    var gateway = new Simulators.Payments(data, control);
    assertThat(gateway.find("PAY-T1")).hasValueSatisfying(p -> {
      assertThat(p.payerIin()).isEqualTo("921120401235");
      assertThat(p.amountKzt()).isEqualByComparingTo(new BigDecimal("4325"));
      assertThat(p.used()).isFalse();
    });
    gateway.markUsed("PAY-T1", "DNR-2026-000001");
    assertThat(gateway.find("PAY-T1").orElseThrow().used()).isTrue();
    assertThat(gateway.find("PAY-UNKNOWN")).isEmpty();
  }

  @Test
  void aSimulatorToldToFailFailsAndOneToldToTimeOutWaitsFirst() {
    var bank = new Simulators.RecordBank(data, control);
    control.next(OutsideSystem.IDB, SimulatorControl.Mode.FAIL, 2);
    assertThatThrownBy(() -> bank.check("921120401235", "P1")).isInstanceOf(OutsideSystemUnavailable.class)
        .hasMessageContaining("IDB");
    assertThatThrownBy(() -> bank.check("921120401235", "P1")).isInstanceOf(OutsideSystemUnavailable.class);
    assertThat(bank.check("921120401235", "P1").hits()).hasSize(1);

    control.set(OutsideSystem.ADIS, SimulatorControl.Mode.TIME_OUT);
    long start = System.nanoTime();
    assertThatThrownBy(() -> new Simulators.Adis(data, control).lookup("921120401235"))
        .isInstanceOf(OutsideSystemUnavailable.class).hasMessageContaining("no answer within");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
    control.reset();
    assertThat(new Simulators.Adis(data, control).lookup("921120401235").registered()).isTrue();
  }
}
