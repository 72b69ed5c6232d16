package dev.ormdantic.internal.connect;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.sqlite.Collation;

/**
 * Opens SQLite connections with the driver's properties and registers Ormdantic's collation on each:
 * {@code ormdantic_decimal} compares the text of two exact numbers by their value ({@code 9.5 < 10.25}, {@code -2 <
 * -1.5}, {@code 1.2 = 1.20}), which the dialect appends to every comparison and ordering of a decimal or big-integer
 * column, since SQLite stores those as text so that no digit is lost.
 */
final class SqliteDataSource implements DataSource {

    private final String url;
    private final Properties properties;
    private @Nullable PrintWriter logWriter;
    private int loginTimeout;

    SqliteDataSource(String url, Properties properties) {
        this.url = url;
        this.properties = (Properties) properties.clone();
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = DriverManager.getConnection(url, properties);
        try {
            SqliteFunctions.register(connection);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public @Nullable PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(@Nullable PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    /**
     * Orders decimal text by value. Text that is not a number (written by something else) sorts after every number,
     * by its characters, so that the order stays total.
     */
    static final class DecimalCollation extends Collation {
        @Override
        protected int xCompare(String left, String right) {
            BigDecimal a = parse(left);
            BigDecimal b = parse(right);
            if (a != null && b != null) {
                return a.compareTo(b);
            }
            if (a != null) {
                return -1;
            }
            if (b != null) {
                return 1;
            }
            return left.compareTo(right);
        }

        private static @Nullable BigDecimal parse(String text) {
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
