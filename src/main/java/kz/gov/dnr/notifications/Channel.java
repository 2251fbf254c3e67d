package kz.gov.dnr.notifications;

/** Where the applicant is told something. */
public enum Channel {
  /** The personal cabinet on astanahub.com (stage 1). */
  ASTANAHUB_CABINET,
  /** The personal cabinet on egov.kz (from stage 2). */
  EGOV_CABINET,
  /** The applicant's e-mail address. */
  EMAIL
}
