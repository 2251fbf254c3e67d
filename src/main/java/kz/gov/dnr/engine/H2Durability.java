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
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Makes a commit on the embedded H2 file database durable before it returns (§ "Nothing is lost on a crash" in
 * the README). H2 writes committed transactions to its file in the background, within half a second, so a server
 * killed in between loses what it had already answered. H2's own remedy, {@code WRITE_DELAY=0}, writes on every
 * commit but also stops the background thread that compacts the file (it grew 6 times over a burst of
 * applications). Here the background thread stays, and each commit is followed by a {@code CHECKPOINT} on the
 * same connection, which writes the committed changes to the file at once. Connections in auto-commit mode get
 * the checkpoint when they are handed back. PostgreSQL is not touched: its commits are durable.
 */
@Component
public class H2Durability implements BeanPostProcessor {

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
    return new DelegatingDataSource(target) {
      @Override
      public Connection getConnection() throws SQLException {
        return writingThrough(super.getConnection());
      }

      @Override
      public Connection getConnection(String username, String password) throws SQLException {
        return writingThrough(super.getConnection(username, password));
      }
    };
  }

  private static Connection writingThrough(Connection connection) {
    return (Connection) Proxy.newProxyInstance(H2Durability.class.getClassLoader(), new Class<?>[] {Connection.class},
        new WriteThrough(connection));
  }

  /** Checkpoints after each commit, and on closing an auto-commit connection that ran statements since. */
  private static final class WriteThrough implements InvocationHandler {

    private final Connection target;
    private boolean unwritten;

    WriteThrough(Connection target) {
      this.target = target;
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

    private void checkpoint() throws SQLException {
      try (Statement statement = target.createStatement()) {
        statement.execute("CHECKPOINT");
      }
      unwritten = false;
    }
  }
}
