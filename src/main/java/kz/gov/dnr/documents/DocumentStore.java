package kz.gov.dnr.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import kz.gov.dnr.casefile.Upload;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Uploaded and generated files, kept in the database beside the engine (not in process variables), so
 * every node sharing the database sees the same files and a file commits or rolls back with the step
 * that stored it. Each file carries its SHA-256, checked again on every read.
 */
@Repository
public class DocumentStore {

  private static final String COLUMNS = "id, case_number, document_code, file_name, content_type, size_bytes, sha256,"
      + " source, created_at, process_instance_id";

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public DocumentStore(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A file and its bytes, as read back (already checked against its SHA-256). */
  public record Content(StoredDocument document, byte[] bytes) {
  }

  /** Stores the files of an accepted request as received by {@code processInstanceId}; returns their ids in order. */
  public List<Long> storeUploads(String caseNumber, List<Upload> files, String processInstanceId) {
    return files.stream().map(u -> store(caseNumber, u.code().code(), u.fileName(), u.contentType(), u.bytes(),
        DocumentSource.UPLOADED, processInstanceId).id()).toList();
  }

  public StoredDocument store(String caseNumber, String code, String fileName, String contentType, byte[] bytes,
      DocumentSource source, String processInstanceId) {
    String sha = sha256(bytes);
    Instant now = clock.instant();
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(c -> {
      PreparedStatement ps = c.prepareStatement("insert into dnr_document (case_number, document_code, file_name,"
          + " content_type, size_bytes, sha256, source, created_at, process_instance_id, content)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
      ps.setString(1, caseNumber);
      ps.setString(2, code);
      ps.setString(3, fileName);
      ps.setString(4, contentType);
      ps.setLong(5, bytes.length);
      ps.setString(6, sha);
      ps.setString(7, source.name());
      ps.setTimestamp(8, Timestamp.from(now));
      ps.setString(9, processInstanceId);
      ps.setBytes(10, bytes);
      return ps;
    }, key);
    long id = key.getKey().longValue();
    return new StoredDocument(id, caseNumber, code, fileName, contentType, bytes.length, sha, source, now,
        processInstanceId);
  }

  public List<StoredDocument> list(String caseNumber) {
    return jdbc.query("select " + COLUMNS + " from dnr_document where case_number = ? order by id",
        DocumentStore::metadata, caseNumber);
  }

  public Optional<StoredDocument> find(String caseNumber, long id) {
    return jdbc.query("select " + COLUMNS + " from dnr_document where case_number = ? and id = ?",
        DocumentStore::metadata, caseNumber, id).stream().findFirst();
  }

  /** The latest file of a code in a case. */
  public Optional<StoredDocument> latest(String caseNumber, String code) {
    return jdbc.query("select " + COLUMNS + " from dnr_document where case_number = ? and document_code = ?"
        + " order by id desc", DocumentStore::metadata, caseNumber, code).stream().findFirst();
  }

  /** Reads a file byte for byte; a file whose bytes no longer match its SHA-256 is refused. */
  public Optional<Content> read(String caseNumber, long id) {
    return jdbc.query("select " + COLUMNS + ", content from dnr_document where case_number = ? and id = ?",
        (rs, n) -> new Content(metadata(rs, n), rs.getBytes("content")), caseNumber, id).stream().findFirst()
        .map(c -> {
          String actual = sha256(c.bytes());
          if (!actual.equals(c.document().sha256())) {
            throw new DocumentIntegrityException("Document " + id + " of case " + caseNumber
                + " does not match its SHA-256 (stored " + c.document().sha256() + ", read " + actual + ")");
          }
          return c;
        });
  }

  /** How many documents of a code the workflow generated for a case: numbers their references. */
  public int countGenerated(String caseNumber, String code) {
    Integer n = jdbc.queryForObject("select count(*) from dnr_document where case_number = ? and document_code = ?"
        + " and source = 'GENERATED'", Integer.class, caseNumber, code);
    return n == null ? 0 : n;
  }

  /** Removes a case's files for good (§12: a deleted e-application). Returns how many were removed. */
  public int deleteAll(String caseNumber) {
    return jdbc.update("delete from dnr_document where case_number = ?", caseNumber);
  }

  /** Removes the given files of a case for good (§12: the documents of a deleted e-application). */
  public int delete(String caseNumber, java.util.Collection<Long> ids) {
    int n = 0;
    for (Long id : ids) {
      n += jdbc.update("delete from dnr_document where case_number = ? and id = ?", caseNumber, id);
    }
    return n;
  }

  /** Removes the files a given process instance received or produced. */
  public int deleteOfProcessInstance(String caseNumber, String processInstanceId) {
    return jdbc.update("delete from dnr_document where case_number = ? and process_instance_id = ?",
        caseNumber, processInstanceId);
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static StoredDocument metadata(ResultSet rs, int row) throws SQLException {
    String pi = rs.getString("process_instance_id");
    return new StoredDocument(rs.getLong("id"), rs.getString("case_number"), rs.getString("document_code"),
        rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
        DocumentSource.valueOf(rs.getString("source")), rs.getTimestamp("created_at").toInstant(), pi);
  }

}
