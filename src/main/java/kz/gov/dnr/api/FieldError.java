package kz.gov.dnr.api;

/**
 * One field at fault: which field (a JSON property of {@code application}, a document code, a query
 * parameter or a header), why, and what would be accepted.
 */
public record FieldError(String field, String reason, String accepted) {
}
