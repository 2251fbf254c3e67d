package kz.gov.dnr.journey;

import kz.gov.dnr.finaldecision.FinalJourney;
import kz.gov.dnr.outside.simulator.Simulators;
import kz.gov.dnr.petition.PetitionJourney;
import kz.gov.dnr.preliminary.PrpJourney;
import kz.gov.dnr.support.CaseDriver;
import kz.gov.dnr.support.Http;
import kz.gov.dnr.support.Officers;

/** One case through the whole order, §4 to §27: portals through the HTTP API, people as {@code officers}. */
public final class WholeJourney {

  private WholeJourney() {
  }

  /** From the petition application to the residence card; returns the case number. */
  public static String toResidenceCard(Http http, CaseDriver driver, Officers officers, Simulators.Payments payments,
      String iin, String passport) {
    String n = new PetitionJourney(http, driver).by(officers).toSignedPetition(iin, passport);
    new PrpJourney(http, driver, payments).by(officers).toApproval(n, iin, passport);
    FinalJourney last = new FinalJourney(http, driver, payments).by(officers);
    last.toGrant(n, iin, passport);
    last.toCard(n, iin, passport);
    return n;
  }
}
