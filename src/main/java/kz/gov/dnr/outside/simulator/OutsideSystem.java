package kz.gov.dnr.outside.simulator;

/** The outside systems the simulators stand in for. */
public enum OutsideSystem {
  IDB, BERKUT, ADIS, PAYMENT_GATEWAY, COURIER, PORTALS, EMAIL
}
