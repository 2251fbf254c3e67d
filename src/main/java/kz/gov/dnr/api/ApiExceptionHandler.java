package kz.gov.dnr.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error of {@code /api/v1} as an RFC 9457 problem ({@code application/problem+json}). Clients never
 * see a stack trace; an unexpected failure is logged with an incident id the answer quotes.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);
  private static final MediaType PROBLEM = MediaType.parseMediaType(Problem.MEDIA_TYPE);

  @ExceptionHandler(ApiException.class)
  ResponseEntity<Problem> api(ApiException e, HttpServletRequest request) {
    return respond(e.toProblem(request.getRequestURI()));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Problem> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
    return respond(Problem.of(ProblemKind.PAYLOAD_TOO_LARGE, "The upload exceeds the limits: " + UploadLimits.describe()
        + ". Nothing was stored.", request.getRequestURI(), null));
  }

  @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
      HttpMessageNotReadableException.class, MissingServletRequestPartException.class, MultipartException.class})
  ResponseEntity<Problem> malformed(Exception e, HttpServletRequest request) {
    List<FieldError> errors = List.of();
    String detail = "The request cannot be read";
    if (e instanceof MissingServletRequestParameterException m) {
      errors = List.of(new FieldError(m.getParameterName(), "is required", m.getParameterType()));
    } else if (e instanceof MissingServletRequestPartException m) {
      errors = List.of(new FieldError(m.getRequestPartName(), "part is missing", "a multipart/form-data part of that name"));
    } else if (e instanceof MethodArgumentTypeMismatchException m) {
      errors = List.of(new FieldError(m.getName(), "'" + m.getValue() + "' has the wrong type",
          m.getRequiredType() == null ? "see the API description" : m.getRequiredType().getSimpleName()));
    } else if (e instanceof HttpMessageNotReadableException) {
      detail = "The body is not valid JSON of the expected shape";
    } else if (e instanceof MultipartException) {
      detail = "The body is not a valid multipart/form-data request";
    }
    return respond(Problem.of(ProblemKind.MALFORMED_REQUEST, detail, request.getRequestURI(), errors));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<Problem> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
    String sent = e.getContentType() == null ? "The request has no Content-Type"
        : "Content-Type " + e.getContentType() + " is not accepted here";
    return respond(Problem.of(ProblemKind.UNSUPPORTED_MEDIA_TYPE, sent + "; accepted: " + e.getSupportedMediaTypes(),
        request.getRequestURI(), null));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<Problem> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
    return respond(Problem.of("method-not-allowed", "Method not allowed", 405,
        e.getMethod() + " is not allowed here; allowed: " + e.getSupportedHttpMethods(), request.getRequestURI()));
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<Problem> noSuchPath(NoResourceFoundException e, HttpServletRequest request) {
    return respond(Problem.of(ProblemKind.NOT_FOUND, "No such endpoint: " + request.getRequestURI(),
        request.getRequestURI(), null));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Problem> unexpected(Exception e, HttpServletRequest request) {
    String incident = java.util.UUID.randomUUID().toString();
    LOG.error("Unexpected failure, incident {} on {} {}", incident, request.getMethod(), request.getRequestURI(), e);
    return respond(Problem.of(ProblemKind.INTERNAL, "An internal error occurred (incident " + incident
        + "); nothing was changed. Retry later or report the incident id.", request.getRequestURI(), null));
  }

  static ResponseEntity<Problem> respond(Problem p) {
    return ResponseEntity.status(p.status()).contentType(PROBLEM).body(p);
  }
}
