package kz.gov.dnr.documents;

/** Whether a file came in from outside or was produced by the workflow. */
public enum DocumentSource {
  UPLOADED, GENERATED
}
