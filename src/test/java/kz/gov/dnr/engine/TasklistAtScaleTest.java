package kz.gov.dnr.engine;

import static org.assertj.core.api.Assertions.assertThat;

import kz.gov.dnr.support.DnrPostgresTest;
import org.junit.jupiter.api.Tag;

/**
 * Tasklist at scale on PostgreSQL, the production database, on a server of its own. Beyond the ceiling: the
 * statistics {@link EngineIndexes} keeps on the authorizations' permission bits exist, and the officer's filter
 * and the API's task query, planned for the officer ({@link TaskQueryPlanning}), are each at least twice as fast
 * as the same query planned generically, which compares every task with every authorization row.
 */
@DnrPostgresTest
@Tag("isolated")
class TasklistAtScaleTest extends TasklistAtScale {

  @Override
  String databaseSpecifics(double[] hubPage, double[] hubApi, double[] hubGeneric) {
    boolean statistics = jdbc().queryForObject(
        "select count(*) from pg_statistic_ext where stxname = 'dnr_auth_perms'", Integer.class) == 1;
    assertThat(statistics).as("dnr_auth_perms (EngineIndexes)").isTrue();
    // about 4 times slower here without TaskQueryPlanning and the statistics
    assertThat(hubPage[0] * 2).as("an officer's filter page, planned for the officer, against the generic plan (ms)")
        .isLessThan(hubGeneric[0]);
    assertThat(hubApi[0] * 2).as("the API's task query, planned for the officer, against the generic plan (ms)")
        .isLessThan(hubGeneric[0]);
    return "Statistics on the authorizations' permission bits: present.";
  }
}
