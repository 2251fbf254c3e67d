package kz.gov.dnr.engine;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import kz.gov.dnr.documents.signing.PetitionSigner;
import kz.gov.dnr.intake.QuestionnaireSignature;
import kz.gov.dnr.outside.OutsideSystemsConfiguration;
import kz.gov.dnr.security.IdentitySetup;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile nothing has a default: the administrator, the ministry's key for signing petitions
 * (R8.1) and the trust anchors for applicants' EDS certificates (R10.1 item 5) come from the environment, and
 * each outside system needs its real adapter (and e-mail an SMTP server). The server checks all of them before
 * it deploys or opens anything, and refuses to start naming everything that is missing at once (Spring Boot's
 * failure report, {@link SettingsMissingFailureAnalyzer}), rather than failing later on the first petition,
 * accepting any self-made certificate, or stopping at the first missing adapter.
 */
@Component
public class RequiredSettings {

  private final IdentitySetup identity;
  private final PetitionSigner signer;
  private final QuestionnaireSignature questionnaires;
  private final ListableBeanFactory beans;
  private final Environment env;

  public RequiredSettings(IdentitySetup identity, PetitionSigner signer, QuestionnaireSignature questionnaires,
      ListableBeanFactory beans, Environment env) {
    this.identity = identity;
    this.signer = signer;
    this.questionnaires = questionnaires;
    this.beans = beans;
    this.env = env;
  }

  /** Throws, naming every missing or unusable setting, when the server cannot work as configured. */
  public void check() {
    List<String> problems = Stream.concat(Stream.of(identity.administratorProblem(), signer.keyProblem(),
        questionnaires.trustProblem()).flatMap(Optional::stream),
        OutsideSystemsConfiguration.missingAdapters(beans, env).stream()).toList();
    if (!problems.isEmpty()) {
      throw new SettingsMissing(problems);
    }
  }
}
