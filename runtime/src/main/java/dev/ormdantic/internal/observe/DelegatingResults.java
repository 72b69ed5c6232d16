package dev.ormdantic.internal.observe;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Map;

/**
 * A result set that hands every call to the driver's result set, made to be extended by one that watches some of them
 * ({@link ObservedStatement}'s counted results): a plain class, so that watching costs a virtual call per method
 * rather than a reflective one. Written out for every method of {@link ResultSet} and its supertypes as of Java 25.
 */
abstract class DelegatingResults implements ResultSet {

    /** The driver's result set, which every method calls. */
    final ResultSet target;

    DelegatingResults(ResultSet target) {
        this.target = target;
    }

    @Override
    public boolean absolute(int arg0) throws SQLException {
        return target.absolute(arg0);
    }

    @Override
    public void afterLast() throws SQLException {
        target.afterLast();
    }

    @Override
    public void beforeFirst() throws SQLException {
        target.beforeFirst();
    }

    @Override
    public void cancelRowUpdates() throws SQLException {
        target.cancelRowUpdates();
    }

    @Override
    public void clearWarnings() throws SQLException {
        target.clearWarnings();
    }

    @Override
    public void close() throws SQLException {
        target.close();
    }

    @Override
    public void deleteRow() throws SQLException {
        target.deleteRow();
    }

    @Override
    public int findColumn(String arg0) throws SQLException {
        return target.findColumn(arg0);
    }

    @Override
    public boolean first() throws SQLException {
        return target.first();
    }

    @Override
    public Array getArray(String arg0) throws SQLException {
        return target.getArray(arg0);
    }

    @Override
    public Array getArray(int arg0) throws SQLException {
        return target.getArray(arg0);
    }

    @Override
    public InputStream getAsciiStream(String arg0) throws SQLException {
        return target.getAsciiStream(arg0);
    }

    @Override
    public InputStream getAsciiStream(int arg0) throws SQLException {
        return target.getAsciiStream(arg0);
    }

    @Deprecated
    @Override
    public BigDecimal getBigDecimal(String arg0, int arg1) throws SQLException {
        return target.getBigDecimal(arg0, arg1);
    }

    @Override
    public BigDecimal getBigDecimal(String arg0) throws SQLException {
        return target.getBigDecimal(arg0);
    }

    @Deprecated
    @Override
    public BigDecimal getBigDecimal(int arg0, int arg1) throws SQLException {
        return target.getBigDecimal(arg0, arg1);
    }

    @Override
    public BigDecimal getBigDecimal(int arg0) throws SQLException {
        return target.getBigDecimal(arg0);
    }

    @Override
    public InputStream getBinaryStream(String arg0) throws SQLException {
        return target.getBinaryStream(arg0);
    }

    @Override
    public InputStream getBinaryStream(int arg0) throws SQLException {
        return target.getBinaryStream(arg0);
    }

    @Override
    public Blob getBlob(String arg0) throws SQLException {
        return target.getBlob(arg0);
    }

    @Override
    public Blob getBlob(int arg0) throws SQLException {
        return target.getBlob(arg0);
    }

    @Override
    public boolean getBoolean(String arg0) throws SQLException {
        return target.getBoolean(arg0);
    }

    @Override
    public boolean getBoolean(int arg0) throws SQLException {
        return target.getBoolean(arg0);
    }

    @Override
    public byte getByte(String arg0) throws SQLException {
        return target.getByte(arg0);
    }

    @Override
    public byte getByte(int arg0) throws SQLException {
        return target.getByte(arg0);
    }

    @Override
    public byte[] getBytes(String arg0) throws SQLException {
        return target.getBytes(arg0);
    }

    @Override
    public byte[] getBytes(int arg0) throws SQLException {
        return target.getBytes(arg0);
    }

    @Override
    public Reader getCharacterStream(String arg0) throws SQLException {
        return target.getCharacterStream(arg0);
    }

    @Override
    public Reader getCharacterStream(int arg0) throws SQLException {
        return target.getCharacterStream(arg0);
    }

    @Override
    public Clob getClob(String arg0) throws SQLException {
        return target.getClob(arg0);
    }

    @Override
    public Clob getClob(int arg0) throws SQLException {
        return target.getClob(arg0);
    }

    @Override
    public int getConcurrency() throws SQLException {
        return target.getConcurrency();
    }

    @Override
    public String getCursorName() throws SQLException {
        return target.getCursorName();
    }

    @Override
    public Date getDate(String arg0, Calendar arg1) throws SQLException {
        return target.getDate(arg0, arg1);
    }

    @Override
    public Date getDate(String arg0) throws SQLException {
        return target.getDate(arg0);
    }

    @Override
    public Date getDate(int arg0, Calendar arg1) throws SQLException {
        return target.getDate(arg0, arg1);
    }

    @Override
    public Date getDate(int arg0) throws SQLException {
        return target.getDate(arg0);
    }

    @Override
    public double getDouble(String arg0) throws SQLException {
        return target.getDouble(arg0);
    }

    @Override
    public double getDouble(int arg0) throws SQLException {
        return target.getDouble(arg0);
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
    public float getFloat(String arg0) throws SQLException {
        return target.getFloat(arg0);
    }

    @Override
    public float getFloat(int arg0) throws SQLException {
        return target.getFloat(arg0);
    }

    @Override
    public int getHoldability() throws SQLException {
        return target.getHoldability();
    }

    @Override
    public int getInt(String arg0) throws SQLException {
        return target.getInt(arg0);
    }

    @Override
    public int getInt(int arg0) throws SQLException {
        return target.getInt(arg0);
    }

    @Override
    public long getLong(String arg0) throws SQLException {
        return target.getLong(arg0);
    }

    @Override
    public long getLong(int arg0) throws SQLException {
        return target.getLong(arg0);
    }

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        return target.getMetaData();
    }

    @Override
    public Reader getNCharacterStream(String arg0) throws SQLException {
        return target.getNCharacterStream(arg0);
    }

    @Override
    public Reader getNCharacterStream(int arg0) throws SQLException {
        return target.getNCharacterStream(arg0);
    }

    @Override
    public NClob getNClob(String arg0) throws SQLException {
        return target.getNClob(arg0);
    }

    @Override
    public NClob getNClob(int arg0) throws SQLException {
        return target.getNClob(arg0);
    }

    @Override
    public String getNString(String arg0) throws SQLException {
        return target.getNString(arg0);
    }

    @Override
    public String getNString(int arg0) throws SQLException {
        return target.getNString(arg0);
    }

    @Override
    public <T> T getObject(String arg0, Class<T> arg1) throws SQLException {
        return target.getObject(arg0, arg1);
    }

    @Override
    public Object getObject(String arg0, Map<String, Class<?>> arg1) throws SQLException {
        return target.getObject(arg0, arg1);
    }

    @Override
    public Object getObject(String arg0) throws SQLException {
        return target.getObject(arg0);
    }

    @Override
    public <T> T getObject(int arg0, Class<T> arg1) throws SQLException {
        return target.getObject(arg0, arg1);
    }

    @Override
    public Object getObject(int arg0, Map<String, Class<?>> arg1) throws SQLException {
        return target.getObject(arg0, arg1);
    }

    @Override
    public Object getObject(int arg0) throws SQLException {
        return target.getObject(arg0);
    }

    @Override
    public Ref getRef(String arg0) throws SQLException {
        return target.getRef(arg0);
    }

    @Override
    public Ref getRef(int arg0) throws SQLException {
        return target.getRef(arg0);
    }

    @Override
    public RowId getRowId(String arg0) throws SQLException {
        return target.getRowId(arg0);
    }

    @Override
    public RowId getRowId(int arg0) throws SQLException {
        return target.getRowId(arg0);
    }

    @Override
    public int getRow() throws SQLException {
        return target.getRow();
    }

    @Override
    public SQLXML getSQLXML(String arg0) throws SQLException {
        return target.getSQLXML(arg0);
    }

    @Override
    public SQLXML getSQLXML(int arg0) throws SQLException {
        return target.getSQLXML(arg0);
    }

    @Override
    public short getShort(String arg0) throws SQLException {
        return target.getShort(arg0);
    }

    @Override
    public short getShort(int arg0) throws SQLException {
        return target.getShort(arg0);
    }

    @Override
    public Statement getStatement() throws SQLException {
        return target.getStatement();
    }

    @Override
    public String getString(String arg0) throws SQLException {
        return target.getString(arg0);
    }

    @Override
    public String getString(int arg0) throws SQLException {
        return target.getString(arg0);
    }

    @Override
    public Time getTime(String arg0, Calendar arg1) throws SQLException {
        return target.getTime(arg0, arg1);
    }

    @Override
    public Time getTime(String arg0) throws SQLException {
        return target.getTime(arg0);
    }

    @Override
    public Time getTime(int arg0, Calendar arg1) throws SQLException {
        return target.getTime(arg0, arg1);
    }

    @Override
    public Time getTime(int arg0) throws SQLException {
        return target.getTime(arg0);
    }

    @Override
    public Timestamp getTimestamp(String arg0, Calendar arg1) throws SQLException {
        return target.getTimestamp(arg0, arg1);
    }

    @Override
    public Timestamp getTimestamp(String arg0) throws SQLException {
        return target.getTimestamp(arg0);
    }

    @Override
    public Timestamp getTimestamp(int arg0, Calendar arg1) throws SQLException {
        return target.getTimestamp(arg0, arg1);
    }

    @Override
    public Timestamp getTimestamp(int arg0) throws SQLException {
        return target.getTimestamp(arg0);
    }

    @Override
    public int getType() throws SQLException {
        return target.getType();
    }

    @Override
    public URL getURL(String arg0) throws SQLException {
        return target.getURL(arg0);
    }

    @Override
    public URL getURL(int arg0) throws SQLException {
        return target.getURL(arg0);
    }

    @Deprecated
    @Override
    public InputStream getUnicodeStream(String arg0) throws SQLException {
        return target.getUnicodeStream(arg0);
    }

    @Deprecated
    @Override
    public InputStream getUnicodeStream(int arg0) throws SQLException {
        return target.getUnicodeStream(arg0);
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        return target.getWarnings();
    }

    @Override
    public void insertRow() throws SQLException {
        target.insertRow();
    }

    @Override
    public boolean isAfterLast() throws SQLException {
        return target.isAfterLast();
    }

    @Override
    public boolean isBeforeFirst() throws SQLException {
        return target.isBeforeFirst();
    }

    @Override
    public boolean isClosed() throws SQLException {
        return target.isClosed();
    }

    @Override
    public boolean isFirst() throws SQLException {
        return target.isFirst();
    }

    @Override
    public boolean isLast() throws SQLException {
        return target.isLast();
    }

    @Override
    public boolean isWrapperFor(Class<?> arg0) throws SQLException {
        return target.isWrapperFor(arg0);
    }

    @Override
    public boolean last() throws SQLException {
        return target.last();
    }

    @Override
    public void moveToCurrentRow() throws SQLException {
        target.moveToCurrentRow();
    }

    @Override
    public void moveToInsertRow() throws SQLException {
        target.moveToInsertRow();
    }

    @Override
    public boolean next() throws SQLException {
        return target.next();
    }

    @Override
    public boolean previous() throws SQLException {
        return target.previous();
    }

    @Override
    public void refreshRow() throws SQLException {
        target.refreshRow();
    }

    @Override
    public boolean relative(int arg0) throws SQLException {
        return target.relative(arg0);
    }

    @Override
    public boolean rowDeleted() throws SQLException {
        return target.rowDeleted();
    }

    @Override
    public boolean rowInserted() throws SQLException {
        return target.rowInserted();
    }

    @Override
    public boolean rowUpdated() throws SQLException {
        return target.rowUpdated();
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
    public <T> T unwrap(Class<T> arg0) throws SQLException {
        return target.unwrap(arg0);
    }

    @Override
    public void updateArray(String arg0, Array arg1) throws SQLException {
        target.updateArray(arg0, arg1);
    }

    @Override
    public void updateArray(int arg0, Array arg1) throws SQLException {
        target.updateArray(arg0, arg1);
    }

    @Override
    public void updateAsciiStream(String arg0, InputStream arg1, int arg2) throws SQLException {
        target.updateAsciiStream(arg0, arg1, arg2);
    }

    @Override
    public void updateAsciiStream(String arg0, InputStream arg1, long arg2) throws SQLException {
        target.updateAsciiStream(arg0, arg1, arg2);
    }

    @Override
    public void updateAsciiStream(String arg0, InputStream arg1) throws SQLException {
        target.updateAsciiStream(arg0, arg1);
    }

    @Override
    public void updateAsciiStream(int arg0, InputStream arg1, int arg2) throws SQLException {
        target.updateAsciiStream(arg0, arg1, arg2);
    }

    @Override
    public void updateAsciiStream(int arg0, InputStream arg1, long arg2) throws SQLException {
        target.updateAsciiStream(arg0, arg1, arg2);
    }

    @Override
    public void updateAsciiStream(int arg0, InputStream arg1) throws SQLException {
        target.updateAsciiStream(arg0, arg1);
    }

    @Override
    public void updateBigDecimal(String arg0, BigDecimal arg1) throws SQLException {
        target.updateBigDecimal(arg0, arg1);
    }

    @Override
    public void updateBigDecimal(int arg0, BigDecimal arg1) throws SQLException {
        target.updateBigDecimal(arg0, arg1);
    }

    @Override
    public void updateBinaryStream(String arg0, InputStream arg1, int arg2) throws SQLException {
        target.updateBinaryStream(arg0, arg1, arg2);
    }

    @Override
    public void updateBinaryStream(String arg0, InputStream arg1, long arg2) throws SQLException {
        target.updateBinaryStream(arg0, arg1, arg2);
    }

    @Override
    public void updateBinaryStream(String arg0, InputStream arg1) throws SQLException {
        target.updateBinaryStream(arg0, arg1);
    }

    @Override
    public void updateBinaryStream(int arg0, InputStream arg1, int arg2) throws SQLException {
        target.updateBinaryStream(arg0, arg1, arg2);
    }

    @Override
    public void updateBinaryStream(int arg0, InputStream arg1, long arg2) throws SQLException {
        target.updateBinaryStream(arg0, arg1, arg2);
    }

    @Override
    public void updateBinaryStream(int arg0, InputStream arg1) throws SQLException {
        target.updateBinaryStream(arg0, arg1);
    }

    @Override
    public void updateBlob(String arg0, InputStream arg1, long arg2) throws SQLException {
        target.updateBlob(arg0, arg1, arg2);
    }

    @Override
    public void updateBlob(String arg0, InputStream arg1) throws SQLException {
        target.updateBlob(arg0, arg1);
    }

    @Override
    public void updateBlob(String arg0, Blob arg1) throws SQLException {
        target.updateBlob(arg0, arg1);
    }

    @Override
    public void updateBlob(int arg0, InputStream arg1, long arg2) throws SQLException {
        target.updateBlob(arg0, arg1, arg2);
    }

    @Override
    public void updateBlob(int arg0, InputStream arg1) throws SQLException {
        target.updateBlob(arg0, arg1);
    }

    @Override
    public void updateBlob(int arg0, Blob arg1) throws SQLException {
        target.updateBlob(arg0, arg1);
    }

    @Override
    public void updateBoolean(String arg0, boolean arg1) throws SQLException {
        target.updateBoolean(arg0, arg1);
    }

    @Override
    public void updateBoolean(int arg0, boolean arg1) throws SQLException {
        target.updateBoolean(arg0, arg1);
    }

    @Override
    public void updateByte(String arg0, byte arg1) throws SQLException {
        target.updateByte(arg0, arg1);
    }

    @Override
    public void updateByte(int arg0, byte arg1) throws SQLException {
        target.updateByte(arg0, arg1);
    }

    @Override
    public void updateBytes(String arg0, byte[] arg1) throws SQLException {
        target.updateBytes(arg0, arg1);
    }

    @Override
    public void updateBytes(int arg0, byte[] arg1) throws SQLException {
        target.updateBytes(arg0, arg1);
    }

    @Override
    public void updateCharacterStream(String arg0, Reader arg1, int arg2) throws SQLException {
        target.updateCharacterStream(arg0, arg1, arg2);
    }

    @Override
    public void updateCharacterStream(String arg0, Reader arg1, long arg2) throws SQLException {
        target.updateCharacterStream(arg0, arg1, arg2);
    }

    @Override
    public void updateCharacterStream(String arg0, Reader arg1) throws SQLException {
        target.updateCharacterStream(arg0, arg1);
    }

    @Override
    public void updateCharacterStream(int arg0, Reader arg1, int arg2) throws SQLException {
        target.updateCharacterStream(arg0, arg1, arg2);
    }

    @Override
    public void updateCharacterStream(int arg0, Reader arg1, long arg2) throws SQLException {
        target.updateCharacterStream(arg0, arg1, arg2);
    }

    @Override
    public void updateCharacterStream(int arg0, Reader arg1) throws SQLException {
        target.updateCharacterStream(arg0, arg1);
    }

    @Override
    public void updateClob(String arg0, Reader arg1, long arg2) throws SQLException {
        target.updateClob(arg0, arg1, arg2);
    }

    @Override
    public void updateClob(String arg0, Reader arg1) throws SQLException {
        target.updateClob(arg0, arg1);
    }

    @Override
    public void updateClob(String arg0, Clob arg1) throws SQLException {
        target.updateClob(arg0, arg1);
    }

    @Override
    public void updateClob(int arg0, Reader arg1, long arg2) throws SQLException {
        target.updateClob(arg0, arg1, arg2);
    }

    @Override
    public void updateClob(int arg0, Reader arg1) throws SQLException {
        target.updateClob(arg0, arg1);
    }

    @Override
    public void updateClob(int arg0, Clob arg1) throws SQLException {
        target.updateClob(arg0, arg1);
    }

    @Override
    public void updateDate(String arg0, Date arg1) throws SQLException {
        target.updateDate(arg0, arg1);
    }

    @Override
    public void updateDate(int arg0, Date arg1) throws SQLException {
        target.updateDate(arg0, arg1);
    }

    @Override
    public void updateDouble(String arg0, double arg1) throws SQLException {
        target.updateDouble(arg0, arg1);
    }

    @Override
    public void updateDouble(int arg0, double arg1) throws SQLException {
        target.updateDouble(arg0, arg1);
    }

    @Override
    public void updateFloat(String arg0, float arg1) throws SQLException {
        target.updateFloat(arg0, arg1);
    }

    @Override
    public void updateFloat(int arg0, float arg1) throws SQLException {
        target.updateFloat(arg0, arg1);
    }

    @Override
    public void updateInt(String arg0, int arg1) throws SQLException {
        target.updateInt(arg0, arg1);
    }

    @Override
    public void updateInt(int arg0, int arg1) throws SQLException {
        target.updateInt(arg0, arg1);
    }

    @Override
    public void updateLong(String arg0, long arg1) throws SQLException {
        target.updateLong(arg0, arg1);
    }

    @Override
    public void updateLong(int arg0, long arg1) throws SQLException {
        target.updateLong(arg0, arg1);
    }

    @Override
    public void updateNCharacterStream(String arg0, Reader arg1, long arg2) throws SQLException {
        target.updateNCharacterStream(arg0, arg1, arg2);
    }

    @Override
    public void updateNCharacterStream(String arg0, Reader arg1) throws SQLException {
        target.updateNCharacterStream(arg0, arg1);
    }

    @Override
    public void updateNCharacterStream(int arg0, Reader arg1, long arg2) throws SQLException {
        target.updateNCharacterStream(arg0, arg1, arg2);
    }

    @Override
    public void updateNCharacterStream(int arg0, Reader arg1) throws SQLException {
        target.updateNCharacterStream(arg0, arg1);
    }

    @Override
    public void updateNClob(String arg0, Reader arg1, long arg2) throws SQLException {
        target.updateNClob(arg0, arg1, arg2);
    }

    @Override
    public void updateNClob(String arg0, Reader arg1) throws SQLException {
        target.updateNClob(arg0, arg1);
    }

    @Override
    public void updateNClob(String arg0, NClob arg1) throws SQLException {
        target.updateNClob(arg0, arg1);
    }

    @Override
    public void updateNClob(int arg0, Reader arg1, long arg2) throws SQLException {
        target.updateNClob(arg0, arg1, arg2);
    }

    @Override
    public void updateNClob(int arg0, Reader arg1) throws SQLException {
        target.updateNClob(arg0, arg1);
    }

    @Override
    public void updateNClob(int arg0, NClob arg1) throws SQLException {
        target.updateNClob(arg0, arg1);
    }

    @Override
    public void updateNString(String arg0, String arg1) throws SQLException {
        target.updateNString(arg0, arg1);
    }

    @Override
    public void updateNString(int arg0, String arg1) throws SQLException {
        target.updateNString(arg0, arg1);
    }

    @Override
    public void updateNull(String arg0) throws SQLException {
        target.updateNull(arg0);
    }

    @Override
    public void updateNull(int arg0) throws SQLException {
        target.updateNull(arg0);
    }

    @Override
    public void updateObject(String arg0, Object arg1, int arg2) throws SQLException {
        target.updateObject(arg0, arg1, arg2);
    }

    @Override
    public void updateObject(String arg0, Object arg1, SQLType arg2, int arg3) throws SQLException {
        target.updateObject(arg0, arg1, arg2, arg3);
    }

    @Override
    public void updateObject(String arg0, Object arg1, SQLType arg2) throws SQLException {
        target.updateObject(arg0, arg1, arg2);
    }

    @Override
    public void updateObject(String arg0, Object arg1) throws SQLException {
        target.updateObject(arg0, arg1);
    }

    @Override
    public void updateObject(int arg0, Object arg1, int arg2) throws SQLException {
        target.updateObject(arg0, arg1, arg2);
    }

    @Override
    public void updateObject(int arg0, Object arg1, SQLType arg2, int arg3) throws SQLException {
        target.updateObject(arg0, arg1, arg2, arg3);
    }

    @Override
    public void updateObject(int arg0, Object arg1, SQLType arg2) throws SQLException {
        target.updateObject(arg0, arg1, arg2);
    }

    @Override
    public void updateObject(int arg0, Object arg1) throws SQLException {
        target.updateObject(arg0, arg1);
    }

    @Override
    public void updateRef(String arg0, Ref arg1) throws SQLException {
        target.updateRef(arg0, arg1);
    }

    @Override
    public void updateRef(int arg0, Ref arg1) throws SQLException {
        target.updateRef(arg0, arg1);
    }

    @Override
    public void updateRowId(String arg0, RowId arg1) throws SQLException {
        target.updateRowId(arg0, arg1);
    }

    @Override
    public void updateRowId(int arg0, RowId arg1) throws SQLException {
        target.updateRowId(arg0, arg1);
    }

    @Override
    public void updateRow() throws SQLException {
        target.updateRow();
    }

    @Override
    public void updateSQLXML(String arg0, SQLXML arg1) throws SQLException {
        target.updateSQLXML(arg0, arg1);
    }

    @Override
    public void updateSQLXML(int arg0, SQLXML arg1) throws SQLException {
        target.updateSQLXML(arg0, arg1);
    }

    @Override
    public void updateShort(String arg0, short arg1) throws SQLException {
        target.updateShort(arg0, arg1);
    }

    @Override
    public void updateShort(int arg0, short arg1) throws SQLException {
        target.updateShort(arg0, arg1);
    }

    @Override
    public void updateString(String arg0, String arg1) throws SQLException {
        target.updateString(arg0, arg1);
    }

    @Override
    public void updateString(int arg0, String arg1) throws SQLException {
        target.updateString(arg0, arg1);
    }

    @Override
    public void updateTime(String arg0, Time arg1) throws SQLException {
        target.updateTime(arg0, arg1);
    }

    @Override
    public void updateTime(int arg0, Time arg1) throws SQLException {
        target.updateTime(arg0, arg1);
    }

    @Override
    public void updateTimestamp(String arg0, Timestamp arg1) throws SQLException {
        target.updateTimestamp(arg0, arg1);
    }

    @Override
    public void updateTimestamp(int arg0, Timestamp arg1) throws SQLException {
        target.updateTimestamp(arg0, arg1);
    }

    @Override
    public boolean wasNull() throws SQLException {
        return target.wasNull();
    }
}
