package kz.gov.dnr.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dnr.identity.*}.
 *
 * @param demoUsers create the demo users and system clients of CONTRACT.md with the demo password
 *     (demo profile only)
 * @param demoPassword their password, set in the demo profile and nowhere else
 * @param adminId the administrator outside the demo profile ({@code DNR_ADMIN_ID})
 * @param adminPassword the administrator's initial password ({@code DNR_ADMIN_PASSWORD})
 */
@ConfigurationProperties("dnr.identity")
public record IdentityProperties(boolean demoUsers, String demoPassword, String adminId, String adminPassword) {
}
