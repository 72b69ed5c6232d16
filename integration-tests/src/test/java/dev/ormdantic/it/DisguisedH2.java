package dev.ormdantic.it;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.support.GeneratedTable;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.provider.Arguments;

/**
 * An H2 database whose connections say they are {@code product}: a test double for the dialect check, so that the SQL
 * Server and Oracle dialects run through Ormdantic on H2's {@code MODE=MSSQLServer} and {@code MODE=Oracle}.
 *
 * @param url the H2 URL
 * @param product the product name the metadata reports
 * @param version the product version the metadata reports
 */
record DisguisedH2(String url, String product, String version) implements DataSource {

    /**
     * The two databases the H2-mode tests stand in for, as a parameterized test's arguments: the dialect, H2's mode,
     * and the product name and version the metadata reports. Use with
     * {@code @MethodSource("dev.ormdantic.it.DisguisedH2#modes")}.
     *
     * @return SQL Server in {@code MSSQLServer} mode and Oracle in {@code Oracle} mode
     */
    static Stream<Arguments> modes() {
        return Stream.of(
                Arguments.of(DialectId.MSSQL, "MSSQLServer", "Microsoft SQL Server", "16.00.4135"),
                Arguments.of(DialectId.ORACLE, "Oracle", "Oracle", "Oracle Database 23ai Free Release 23.0.0.0.0"));
    }

    /**
     * A URL of a new in-memory H2 database in a mode, kept until the JVM ends.
     *
     * @param mode H2's mode
     * @return the URL
     */
    static String newUrl(String mode) {
        return "jdbc:h2:mem:" + java.util.UUID.randomUUID() + ";MODE=" + mode + ";DB_CLOSE_DELAY=-1";
    }

    /**
     * Creates tables from a dialect's own DDL, each statement without its idempotence guard, which H2 does not run: SQL
     * Server's {@code IF OBJECT_ID(...) IS NULL} and Oracle's {@code BEGIN EXECUTE IMMEDIATE '...'; EXCEPTION ...}.
     *
     * @param statement a statement of a connection to the H2 database
     * @param dialect the dialect whose DDL is run
     * @param tables the tables, parents first
     * @throws SQLException when H2 refuses a statement
     */
    static void createTables(Statement statement, DialectId dialect, GeneratedTable<?, ?>... tables)
            throws SQLException {
        for (GeneratedTable<?, ?> table : tables) {
            for (String ddl : table.statements(dialect).createTable()) {
                statement.execute(unguarded(dialect, ddl));
            }
        }
    }

    private static String unguarded(DialectId dialect, String ddl) {
        if (dialect == DialectId.MSSQL && ddl.startsWith("IF ")) {
            return ddl.substring(ddl.indexOf("CREATE "));
        }
        if (dialect == DialectId.ORACLE && ddl.startsWith("BEGIN")) {
            int start = ddl.indexOf('\'') + 1;
            int end = ddl.lastIndexOf("'; EXCEPTION");
            return ddl.substring(start, end).replace("''", "'");
        }
        return ddl;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection h2 = DriverManager.getConnection(url);
        return (Connection) Proxy.newProxyInstance(
                DisguisedH2.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    Object result = invoke(h2, method, args);
                    return result instanceof DatabaseMetaData h2Metadata ? metadata(h2Metadata) : result;
                });
    }

    private DatabaseMetaData metadata(DatabaseMetaData h2) {
        return (DatabaseMetaData) Proxy.newProxyInstance(
                DisguisedH2.class.getClassLoader(),
                new Class<?>[] {DatabaseMetaData.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getDatabaseProductName" -> product;
                    case "getDatabaseProductVersion" -> version;
                    default -> invoke(h2, method, args);
                });
    }

    private static @Nullable Object invoke(Object target, java.lang.reflect.Method method, Object @Nullable [] args)
            throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public @Nullable PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
