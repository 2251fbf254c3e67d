package kz.gov.dnr.engine;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Makes a commit on the embedded H2 file database durable before it returns (§ "Nothing is lost on a crash" in
 * the README). H2 writes committed transactions to its file in the background, within half a second, so a server
 * killed in between loses what it had already answered. H2's own remedy, {@code WRITE_DELAY=0}, writes on every
 * commit but also stops the background thread that compacts the file (78 MB over a burst of 150 applications,
 * against 19 MB). Here the background thread stays, and each commit is followed by a {@code CHECKPOINT} on the
 * same connection, which writes the committed changes to the file at once. Connections in auto-commit mode get
 * the checkpoint when they are handed back. PostgreSQL is not touched: its commits are durable.
 */
@Component
public class H2Durability implements BeanPostProcessor {

  private static final Logger LOG = LoggerFactory.getLogger(H2Durability.class);

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource hikari && storesInH2File(hikari.getJdbcUrl())) {
      return durable(hikari);
    }
    return bean;
  }

  /** An H2 database kept in a file, here or by an H2 server; not one in memory, nor any other database. */
  static boolean storesInH2File(String url) {
    return url != null && url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:");
  }

  /** The data source whose connections write each commit to the file before the commit returns. */
  static DataSource durable(DataSource target) {
    return new Durable(target);
  }

  /**
   * Hands out connections that checkpoint after each commit. A checkpoint that fails does not fail the commit,
   * which has happened: it is logged, and H2's background writes remain. A user without H2's administrator right
   * may not checkpoint at all; then the data source says so once and stops trying.
   */
  private static final class Durable extends DelegatingDataSource {

    private volatile boolean checkpointing = true;

    Durable(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
      return writingThrough(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return writingThrough(super.getConnection(username, password));
    }

    private Connection writingThrough(Connection connection) {
      return (Connection) Proxy.newProxyInstance(H2Durability.class.getClassLoader(),
          new Class<?>[] {Connection.class}, new WriteThrough(connection, this));
    }

    void checkpoint(Connection connection) {
      if (!checkpointing) {
        return;
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("CHECKPOINT");
      } catch (SQLException e) {
        if (e.getErrorCode() == ErrorCode.ADMIN_RIGHTS_REQUIRED) {
          checkpointing = false;
          LOG.warn("The H2 database user is no administrator and may not write commits to the file at once: a"
              + " killed server can lose the commits of its last half second (README, \"Nothing is lost on a"
              + " crash\"). Connect as the database's owner, or use PostgreSQL.");
        } else {
          LOG.warn("A committed transaction was not written to the H2 file at once (H2 error {}); H2 writes it"
              + " in the background", e.getErrorCode());
        }
      }
    }
  }

  /** Checkpoints after each commit, and on closing an auto-commit connection that ran statements since. */
  private static final class WriteThrough implements InvocationHandler {

    private final Connection target;
    private final Durable source;
    private boolean unwritten;

    WriteThrough(Connection target, Durable source) {
      this.target = target;
      this.source = source;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      if (name.equals("close") && unwritten && !target.isClosed() && target.getAutoCommit()) {
        checkpoint();
      }
      Object result;
      try {
        result = method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      switch (name) {
        case "commit" -> checkpoint();
        case "createStatement", "prepareStatement", "prepareCall" -> unwritten = true;
        default -> {
          // nothing written
        }
      }
      return result;
    }

    private void checkpoint() {
      source.checkpoint(target);
      unwritten = false;
    }
  }
}
