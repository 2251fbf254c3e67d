package kz.gov.dnr;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Digital Nomad Residency workflow server: Camunda engine, webapps, engine REST and {@code /api/v1}. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class DnrApplication {

  public static void main(String[] args) {
    SpringApplication.run(DnrApplication.class, args);
  }
}
