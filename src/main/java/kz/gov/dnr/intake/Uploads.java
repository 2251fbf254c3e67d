package kz.gov.dnr.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.gov.dnr.casefile.Upload;
import kz.gov.dnr.documents.UploadedDocument;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** Accepts a submission's files: each inspected by content (V4), the photo also checked against V3. */
@Component
public class Uploads {

  private final FileInspector inspector;

  public Uploads(FileInspector inspector) {
    this.inspector = inspector;
  }

  public List<Upload> accept(Submission submission, Violations v) {
    List<Upload> accepted = new ArrayList<>();
    for (Map.Entry<UploadedDocument, MultipartFile> e : submission.files().entrySet()) {
      UploadedDocument code = e.getKey();
      byte[] bytes;
      try {
        bytes = e.getValue().getBytes();
      } catch (IOException io) {
        throw new UncheckedIOException(io);
      }
      Optional<FileInspector.InspectedFile> file = inspector.inspect(code.code(), code, bytes, v);
      if (file.isEmpty()) {
        continue;
      }
      if (code == UploadedDocument.PHOTO) {
        PhotoRule.problem(file.get().width(), file.get().height()).ifPresent(p -> v.refused("photo", p, PhotoRule.ACCEPTED));
      }
      accepted.add(new Upload(code, Upload.cleanFileName(e.getValue().getOriginalFilename(), code, file.get().contentType()),
          file.get().contentType(), bytes));
    }
    return accepted;
  }
}
