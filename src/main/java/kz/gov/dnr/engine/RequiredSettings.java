package kz.gov.dnr.engine;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import kz.gov.dnr.documents.signing.PetitionSigner;
import kz.gov.dnr.intake.QuestionnaireSignature;
import kz.gov.dnr.security.IdentitySetup;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile nothing has a default: the administrator, the ministry's key for signing petitions
 * (R8.1) and the trust anchors for applicants' EDS certificates (R10.1 item 5) come from the environment. The
 * server checks all three before it deploys or opens anything, and refuses to start naming everything that is
 * missing at once, rather than failing later on the first petition or accepting any self-made certificate.
 */
@Component
public class RequiredSettings {

  private final IdentitySetup identity;
  private final PetitionSigner signer;
  private final QuestionnaireSignature questionnaires;

  public RequiredSettings(IdentitySetup identity, PetitionSigner signer, QuestionnaireSignature questionnaires) {
    this.identity = identity;
    this.signer = signer;
    this.questionnaires = questionnaires;
  }

  /** Throws, naming every missing or unusable setting, when the server cannot work as configured. */
  public void check() {
    List<String> problems = Stream.of(identity.administratorProblem(), signer.keyProblem(),
        questionnaires.trustProblem()).flatMap(Optional::stream).toList();
    if (!problems.isEmpty()) {
      throw new IllegalStateException("The server cannot start as configured. " + String.join(". ", problems)
          + ". (The demo profile needs none of these.)");
    }
  }
}
