package dev.ormdantic.internal.observe;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import org.jspecify.annotations.Nullable;

/**
 * A prepared statement that hands every call to the driver's statement, made to be extended by one that watches some
 * of them ({@link ObservedStatement}): a plain class, so that a watched statement costs a virtual call per method
 * rather than a reflective one. It also tells {@link #bound} of every value bound to a parameter. Written out for
 * every method of {@link PreparedStatement} and its supertypes as of Java 25.
 */
abstract class DelegatingStatement implements PreparedStatement {

    /** The driver's statement, which every method calls. */
    final PreparedStatement target;

    DelegatingStatement(PreparedStatement target) {
        this.target = target;
    }

    /**
     * Hears of a value bound to a parameter, before it is bound.
     *
     * @param index the parameter's position, from 1
     * @param value the value, {@code null} for {@code setNull}
     */
    abstract void bound(int index, @Nullable Object value);

    @Override
    public void addBatch() throws SQLException {
        target.addBatch();
    }

    @Override
    public void addBatch(String arg0) throws SQLException {
        target.addBatch(arg0);
    }

    @Override
    public void cancel() throws SQLException {
        target.cancel();
    }

    @Override
    public void clearBatch() throws SQLException {
        target.clearBatch();
    }

    @Override
    public void clearParameters() throws SQLException {
        target.clearParameters();
    }

    @Override
    public void clearWarnings() throws SQLException {
        target.clearWarnings();
    }

    @Override
    public void closeOnCompletion() throws SQLException {
        target.closeOnCompletion();
    }

    @Override
    public void close() throws SQLException {
        target.close();
    }

    @Override
    public String enquoteIdentifier(String arg0, boolean arg1) throws SQLException {
        return target.enquoteIdentifier(arg0, arg1);
    }

    @Override
    public String enquoteLiteral(String arg0) throws SQLException {
        return target.enquoteLiteral(arg0);
    }

    @Override
    public String enquoteNCharLiteral(String arg0) throws SQLException {
        return target.enquoteNCharLiteral(arg0);
    }

    @Override
    public int[] executeBatch() throws SQLException {
        return target.executeBatch();
    }

    @Override
    public long[] executeLargeBatch() throws SQLException {
        return target.executeLargeBatch();
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        return target.executeLargeUpdate();
    }

    @Override
    public long executeLargeUpdate(String arg0, int[] arg1) throws SQLException {
        return target.executeLargeUpdate(arg0, arg1);
    }

    @Override
    public long executeLargeUpdate(String arg0, String[] arg1) throws SQLException {
        return target.executeLargeUpdate(arg0, arg1);
    }

    @Override
    public long executeLargeUpdate(String arg0, int arg1) throws SQLException {
        return target.executeLargeUpdate(arg0, arg1);
    }

    @Override
    public long executeLargeUpdate(String arg0) throws SQLException {
        return target.executeLargeUpdate(arg0);
    }

    @Override
    public ResultSet executeQuery() throws SQLException {
        return target.executeQuery();
    }

    @Override
    public ResultSet executeQuery(String arg0) throws SQLException {
        return target.executeQuery(arg0);
    }

    @Override
    public int executeUpdate() throws SQLException {
        return target.executeUpdate();
    }

    @Override
    public int executeUpdate(String arg0, int[] arg1) throws SQLException {
        return target.executeUpdate(arg0, arg1);
    }

    @Override
    public int executeUpdate(String arg0, String[] arg1) throws SQLException {
        return target.executeUpdate(arg0, arg1);
    }

    @Override
    public int executeUpdate(String arg0, int arg1) throws SQLException {
        return target.executeUpdate(arg0, arg1);
    }

    @Override
    public int executeUpdate(String arg0) throws SQLException {
        return target.executeUpdate(arg0);
    }

    @Override
    public boolean execute() throws SQLException {
        return target.execute();
    }

    @Override
    public boolean execute(String arg0, int[] arg1) throws SQLException {
        return target.execute(arg0, arg1);
    }

    @Override
    public boolean execute(String arg0, String[] arg1) throws SQLException {
        return target.execute(arg0, arg1);
    }

    @Override
    public boolean execute(String arg0, int arg1) throws SQLException {
        return target.execute(arg0, arg1);
    }

    @Override
    public boolean execute(String arg0) throws SQLException {
        return target.execute(arg0);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target.getConnection();
    }

    @Override
    public int getFetchDirection() throws SQLException {
        return target.getFetchDirection();
    }

    @Override
    public int getFetchSize() throws SQLException {
        return target.getFetchSize();
    }

    @Override
    public ResultSet getGeneratedKeys() throws SQLException {
        return target.getGeneratedKeys();
    }

    @Override
    public long getLargeMaxRows() throws SQLException {
        return target.getLargeMaxRows();
    }

    @Override
    public long getLargeUpdateCount() throws SQLException {
        return target.getLargeUpdateCount();
    }

    @Override
    public int getMaxFieldSize() throws SQLException {
        return target.getMaxFieldSize();
    }

    @Override
    public int getMaxRows() throws SQLException {
        return target.getMaxRows();
    }

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        return target.getMetaData();
    }

    @Override
    public boolean getMoreResults() throws SQLException {
        return target.getMoreResults();
    }

    @Override
    public boolean getMoreResults(int arg0) throws SQLException {
        return target.getMoreResults(arg0);
    }

    @Override
    public ParameterMetaData getParameterMetaData() throws SQLException {
        return target.getParameterMetaData();
    }

    @Override
    public int getQueryTimeout() throws SQLException {
        return target.getQueryTimeout();
    }

    @Override
    public int getResultSetConcurrency() throws SQLException {
        return target.getResultSetConcurrency();
    }

    @Override
    public int getResultSetHoldability() throws SQLException {
        return target.getResultSetHoldability();
    }

    @Override
    public int getResultSetType() throws SQLException {
        return target.getResultSetType();
    }

    @Override
    public ResultSet getResultSet() throws SQLException {
        return target.getResultSet();
    }

    @Override
    public int getUpdateCount() throws SQLException {
        return target.getUpdateCount();
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        return target.getWarnings();
    }

    @Override
    public boolean isCloseOnCompletion() throws SQLException {
        return target.isCloseOnCompletion();
    }

    @Override
    public boolean isClosed() throws SQLException {
        return target.isClosed();
    }

    @Override
    public boolean isPoolable() throws SQLException {
        return target.isPoolable();
    }

    @Override
    public boolean isSimpleIdentifier(String arg0) throws SQLException {
        return target.isSimpleIdentifier(arg0);
    }

    @Override
    public boolean isWrapperFor(Class<?> arg0) throws SQLException {
        return target.isWrapperFor(arg0);
    }

    @Override
    public void setArray(int index, Array value) throws SQLException {
        bound(index, value);
        target.setArray(index, value);
    }

    @Override
    public void setAsciiStream(int index, InputStream value, int arg2) throws SQLException {
        bound(index, value);
        target.setAsciiStream(index, value, arg2);
    }

    @Override
    public void setAsciiStream(int index, InputStream value, long arg2) throws SQLException {
        bound(index, value);
        target.setAsciiStream(index, value, arg2);
    }

    @Override
    public void setAsciiStream(int index, InputStream value) throws SQLException {
        bound(index, value);
        target.setAsciiStream(index, value);
    }

    @Override
    public void setBigDecimal(int index, BigDecimal value) throws SQLException {
        bound(index, value);
        target.setBigDecimal(index, value);
    }

    @Override
    public void setBinaryStream(int index, InputStream value, int arg2) throws SQLException {
        bound(index, value);
        target.setBinaryStream(index, value, arg2);
    }

    @Override
    public void setBinaryStream(int index, InputStream value, long arg2) throws SQLException {
        bound(index, value);
        target.setBinaryStream(index, value, arg2);
    }

    @Override
    public void setBinaryStream(int index, InputStream value) throws SQLException {
        bound(index, value);
        target.setBinaryStream(index, value);
    }

    @Override
    public void setBlob(int index, InputStream value, long arg2) throws SQLException {
        bound(index, value);
        target.setBlob(index, value, arg2);
    }

    @Override
    public void setBlob(int index, InputStream value) throws SQLException {
        bound(index, value);
        target.setBlob(index, value);
    }

    @Override
    public void setBlob(int index, Blob value) throws SQLException {
        bound(index, value);
        target.setBlob(index, value);
    }

    @Override
    public void setBoolean(int index, boolean value) throws SQLException {
        bound(index, value);
        target.setBoolean(index, value);
    }

    @Override
    public void setByte(int index, byte value) throws SQLException {
        bound(index, value);
        target.setByte(index, value);
    }

    @Override
    public void setBytes(int index, byte[] value) throws SQLException {
        bound(index, value);
        target.setBytes(index, value);
    }

    @Override
    public void setCharacterStream(int index, Reader value, int arg2) throws SQLException {
        bound(index, value);
        target.setCharacterStream(index, value, arg2);
    }

    @Override
    public void setCharacterStream(int index, Reader value, long arg2) throws SQLException {
        bound(index, value);
        target.setCharacterStream(index, value, arg2);
    }

    @Override
    public void setCharacterStream(int index, Reader value) throws SQLException {
        bound(index, value);
        target.setCharacterStream(index, value);
    }

    @Override
    public void setClob(int index, Reader value, long arg2) throws SQLException {
        bound(index, value);
        target.setClob(index, value, arg2);
    }

    @Override
    public void setClob(int index, Reader value) throws SQLException {
        bound(index, value);
        target.setClob(index, value);
    }

    @Override
    public void setClob(int index, Clob value) throws SQLException {
        bound(index, value);
        target.setClob(index, value);
    }

    @Override
    public void setCursorName(String arg0) throws SQLException {
        target.setCursorName(arg0);
    }

    @Override
    public void setDate(int index, Date value, Calendar arg2) throws SQLException {
        bound(index, value);
        target.setDate(index, value, arg2);
    }

    @Override
    public void setDate(int index, Date value) throws SQLException {
        bound(index, value);
        target.setDate(index, value);
    }

    @Override
    public void setDouble(int index, double value) throws SQLException {
        bound(index, value);
        target.setDouble(index, value);
    }

    @Override
    public void setEscapeProcessing(boolean arg0) throws SQLException {
        target.setEscapeProcessing(arg0);
    }

    @Override
    public void setFetchDirection(int arg0) throws SQLException {
        target.setFetchDirection(arg0);
    }

    @Override
    public void setFetchSize(int arg0) throws SQLException {
        target.setFetchSize(arg0);
    }

    @Override
    public void setFloat(int index, float value) throws SQLException {
        bound(index, value);
        target.setFloat(index, value);
    }

    @Override
    public void setInt(int index, int value) throws SQLException {
        bound(index, value);
        target.setInt(index, value);
    }

    @Override
    public void setLargeMaxRows(long arg0) throws SQLException {
        target.setLargeMaxRows(arg0);
    }

    @Override
    public void setLong(int index, long value) throws SQLException {
        bound(index, value);
        target.setLong(index, value);
    }

    @Override
    public void setMaxFieldSize(int arg0) throws SQLException {
        target.setMaxFieldSize(arg0);
    }

    @Override
    public void setMaxRows(int arg0) throws SQLException {
        target.setMaxRows(arg0);
    }

    @Override
    public void setNCharacterStream(int index, Reader value, long arg2) throws SQLException {
        bound(index, value);
        target.setNCharacterStream(index, value, arg2);
    }

    @Override
    public void setNCharacterStream(int index, Reader value) throws SQLException {
        bound(index, value);
        target.setNCharacterStream(index, value);
    }

    @Override
    public void setNClob(int index, Reader value, long arg2) throws SQLException {
        bound(index, value);
        target.setNClob(index, value, arg2);
    }

    @Override
    public void setNClob(int index, Reader value) throws SQLException {
        bound(index, value);
        target.setNClob(index, value);
    }

    @Override
    public void setNClob(int index, NClob value) throws SQLException {
        bound(index, value);
        target.setNClob(index, value);
    }

    @Override
    public void setNString(int index, String value) throws SQLException {
        bound(index, value);
        target.setNString(index, value);
    }

    @Override
    public void setNull(int index, int value, String arg2) throws SQLException {
        bound(index, null);
        target.setNull(index, value, arg2);
    }

    @Override
    public void setNull(int index, int value) throws SQLException {
        bound(index, null);
        target.setNull(index, value);
    }

    @Override
    public void setObject(int index, Object value, int arg2, int arg3) throws SQLException {
        bound(index, value);
        target.setObject(index, value, arg2, arg3);
    }

    @Override
    public void setObject(int index, Object value, int arg2) throws SQLException {
        bound(index, value);
        target.setObject(index, value, arg2);
    }

    @Override
    public void setObject(int index, Object value, SQLType arg2, int arg3) throws SQLException {
        bound(index, value);
        target.setObject(index, value, arg2, arg3);
    }

    @Override
    public void setObject(int index, Object value, SQLType arg2) throws SQLException {
        bound(index, value);
        target.setObject(index, value, arg2);
    }

    @Override
    public void setObject(int index, Object value) throws SQLException {
        bound(index, value);
        target.setObject(index, value);
    }

    @Override
    public void setPoolable(boolean arg0) throws SQLException {
        target.setPoolable(arg0);
    }

    @Override
    public void setQueryTimeout(int arg0) throws SQLException {
        target.setQueryTimeout(arg0);
    }

    @Override
    public void setRef(int index, Ref value) throws SQLException {
        bound(index, value);
        target.setRef(index, value);
    }

    @Override
    public void setRowId(int index, RowId value) throws SQLException {
        bound(index, value);
        target.setRowId(index, value);
    }

    @Override
    public void setSQLXML(int index, SQLXML value) throws SQLException {
        bound(index, value);
        target.setSQLXML(index, value);
    }

    @Override
    public void setShort(int index, short value) throws SQLException {
        bound(index, value);
        target.setShort(index, value);
    }

    @Override
    public void setString(int index, String value) throws SQLException {
        bound(index, value);
        target.setString(index, value);
    }

    @Override
    public void setTime(int index, Time value, Calendar arg2) throws SQLException {
        bound(index, value);
        target.setTime(index, value, arg2);
    }

    @Override
    public void setTime(int index, Time value) throws SQLException {
        bound(index, value);
        target.setTime(index, value);
    }

    @Override
    public void setTimestamp(int index, Timestamp value, Calendar arg2) throws SQLException {
        bound(index, value);
        target.setTimestamp(index, value, arg2);
    }

    @Override
    public void setTimestamp(int index, Timestamp value) throws SQLException {
        bound(index, value);
        target.setTimestamp(index, value);
    }

    @Override
    public void setURL(int index, URL value) throws SQLException {
        bound(index, value);
        target.setURL(index, value);
    }

    @Deprecated
    @Override
    public void setUnicodeStream(int index, InputStream value, int arg2) throws SQLException {
        bound(index, value);
        target.setUnicodeStream(index, value, arg2);
    }

    @Override
    public <T> T unwrap(Class<T> arg0) throws SQLException {
        return target.unwrap(arg0);
    }
}
