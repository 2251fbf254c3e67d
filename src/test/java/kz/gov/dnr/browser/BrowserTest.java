package kz.gov.dnr.browser;

import kz.gov.dnr.documents.DocumentStore;
import kz.gov.dnr.outside.simulator.Simulators;
import kz.gov.dnr.support.CaseDriver;
import kz.gov.dnr.support.DnrSpringTest;
import kz.gov.dnr.support.Http;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The running application on a random port and one Chromium per test class: the webapps as officers,
 * supervisors and analysts use them, the HTTP API as portals do, the engine to prepare and check cases.
 */
@DnrSpringTest
abstract class BrowserTest {

  @RegisterExtension
  static Chromium chromium = new Chromium();

  @Autowired
  CaseDriver driver;
  @Autowired
  ProcessEngine engine;
  @Autowired
  DocumentStore store;
  @Autowired
  Simulators.Payments payments;
  @LocalServerPort
  int port;

  String base() {
    return "http://localhost:" + port;
  }

  Http http() {
    return new Http(port);
  }

  Tasklist tasklist() {
    return new Tasklist(chromium.driver(), base());
  }

  Cockpit cockpit() {
    return new Cockpit(chromium.driver(), base());
  }

  /** Officers who work in the given Tasklist. */
  BrowserOfficers officersIn(Tasklist tasklist) {
    return new BrowserOfficers(tasklist, driver, engine, store);
  }
}
