package kz.gov.dnr.documents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import kz.gov.dnr.api.ApiException;
import kz.gov.dnr.api.ProblemKind;
import kz.gov.dnr.casefile.CaseAccess;
import kz.gov.dnr.security.ApiCaller;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/cases/{caseNumber}/documents[/{id}]}: uploaded and generated documents of a case. */
@RestController
@RequestMapping("/api/v1/cases/{caseNumber}/documents")
@Tag(name = "Documents", description = "Uploaded and generated documents of a case")
public class DocumentController {

  private final DocumentStore store;
  private final CaseAccess access;

  public DocumentController(DocumentStore store, CaseAccess access) {
    this.store = store;
    this.access = access;
  }

  /** A document as listed. */
  public record DocumentEntry(long id, String code, String title, String source, String fileName, String contentType,
      long sizeBytes, String sha256, Instant createdAt, String url) {

    static DocumentEntry of(StoredDocument d) {
      return new DocumentEntry(d.id(), d.code(), UploadedDocument.titleOf(d.code(), d.source()), d.source().name(),
          d.fileName(), d.contentType(), d.sizeBytes(), d.sha256(), d.createdAt(), d.url());
    }
  }

  @GetMapping
  @Operation(summary = "List a case's documents")
  public List<DocumentEntry> list(@PathVariable String caseNumber, HttpServletRequest request) {
    ApiCaller caller = ApiCaller.of(request);
    access.requireRead(caller, caseNumber, CaseAccess.Reading.DOCUMENTS);
    return store.list(caseNumber).stream().filter(d -> access.readsDocument(caller, d.code()))
        .map(DocumentEntry::of).toList();
  }

  @GetMapping("/{id}")
  @Operation(summary = "Read one document, byte for byte as stored (its SHA-256 is checked on every read)")
  public ResponseEntity<byte[]> read(@PathVariable String caseNumber, @PathVariable String id,
      HttpServletRequest request) {
    ApiCaller caller = ApiCaller.of(request);
    access.requireRead(caller, caseNumber, CaseAccess.Reading.DOCUMENTS);
    long documentId;
    try {
      documentId = Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new ApiException(ProblemKind.NOT_FOUND, "No document " + id + " in case " + caseNumber);
    }
    DocumentStore.Content content = store.read(caseNumber, documentId)
        .orElseThrow(() -> new ApiException(ProblemKind.NOT_FOUND, "No document " + id + " in case " + caseNumber));
    StoredDocument d = content.document();
    access.requireDocument(caller, d.code());
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType(d.contentType()));
    headers.setContentDisposition(ContentDisposition.inline().filename(d.fileName()).build());
    headers.setETag("\"" + d.sha256() + "\"");
    headers.set("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(d.sha256())) + ":");
    headers.set("X-Content-Type-Options", "nosniff");
    headers.setCacheControl(CacheControl.noStore());
    return ResponseEntity.ok().headers(headers).body(content.bytes());
  }
}
