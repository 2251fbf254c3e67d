package kz.gov.dnr.demo;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A demo certification authority issuing applicants' EDS certificates in the national CA's subject form
 * ({@code SERIALNUMBER=IIN...}) and signing questionnaires with them: for the demo data and the tests.
 * Its certificates have no value outside them.
 *
 * <p>Each applicant gets a certificate of their own, but the holders' key pairs are made once per algorithm and
 * shared: an RSA key pair takes up to a second to make, and which key a certificate certifies does not matter
 * to the checks the demo shows (signature, certificate validity, IIN, chain).
 */
public final class DemoEds {

  /** Which key algorithm the applicant's EDS uses. */
  public enum Algorithm {
    RSA, ECDSA
  }

  private final KeyPair caKeys;
  private final X509CertificateHolder caCertificate;
  private final Map<Algorithm, KeyPair> holderKeys = new EnumMap<>(Algorithm.class);

  public DemoEds() {
    try {
      caKeys = rsa();
      Instant now = Instant.now();
      X500Name ca = new X500Name("CN=DNR demo EDS CA (NOT VALID), O=Digital Nomad Residency demo, C=KZ");
      JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(ca, BigInteger.ONE,
          Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), ca, caKeys.getPublic());
      b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
      caCertificate = b.build(new JcaContentSignerBuilder("SHA256withRSA").build(caKeys.getPrivate()));
    } catch (Exception e) {
      throw new IllegalStateException("Cannot create the demo EDS CA", e);
    }
  }

  public X509CertificateHolder caCertificate() {
    return caCertificate;
  }

  /** A detached CMS signature of {@code document} by the holder of {@code iin}. */
  public byte[] sign(byte[] document, String iin, String name, Algorithm algorithm) {
    try {
      KeyPair keys = holderKeys(algorithm);
      Instant now = Instant.now();
      X500Name subject = new X500Name("CN=" + name + ", SERIALNUMBER=IIN" + iin + ", C=KZ");
      X509CertificateHolder cert = new JcaX509v3CertificateBuilder(caCertificate.getSubject(),
          BigInteger.valueOf(System.nanoTime()), Date.from(now.minus(Duration.ofDays(1))),
          Date.from(now.plus(Duration.ofDays(365))), subject, keys.getPublic())
          .build(new JcaContentSignerBuilder("SHA256withRSA").build(caKeys.getPrivate()));
      CMSSignedDataGenerator g = new CMSSignedDataGenerator();
      g.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
          .build(new JcaContentSignerBuilder(algorithm == Algorithm.ECDSA ? "SHA256withECDSA" : "SHA256withRSA")
              .build(keys.getPrivate()), cert));
      g.addCertificates(new JcaCertStore(List.of(cert, caCertificate)));
      return g.generate(new CMSProcessableByteArray(document), false).getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException("Cannot sign with the demo EDS", e);
    }
  }

  private synchronized KeyPair holderKeys(Algorithm algorithm) throws GeneralSecurityException {
    KeyPair keys = holderKeys.get(algorithm);
    if (keys == null) {
      keys = algorithm == Algorithm.ECDSA ? ec() : rsa();
      holderKeys.put(algorithm, keys);
    }
    return keys;
  }

  private static KeyPair rsa() throws GeneralSecurityException {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    return g.generateKeyPair();
  }

  private static KeyPair ec() throws GeneralSecurityException {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec("secp256r1"));
    return g.generateKeyPair();
  }
}
