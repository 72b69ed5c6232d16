package dev.ormdantic.internal.error;

import static dev.ormdantic.internal.error.ErrorRules.sqlState;
import static dev.ormdantic.internal.error.ErrorRules.vendorCode;

import java.util.List;

/**
 * The error rules of each database server, in front of the SQLSTATE rules every driver shares: vendor error numbers
 * where the SQLSTATE is too coarse (MySQL reports every constraint as {@code 23000}), and the primary-key constraint
 * name {@code <table>_pkey} where a state covers both key and unique clashes.
 */
public final class ServerErrorRules {

    /** The suffix of every primary-key constraint Ormdantic creates. */
    private static final String PRIMARY_KEY_NAME = "_pkey";

    private ServerErrorRules() {}

    /**
     * PostgreSQL: SQLSTATEs, plus timeouts and the key constraint's name.
     *
     * @return the rules
     */
    public static ErrorRules postgresql() {
        return ErrorRules.standard()
                .after(List.of(
                        // in_failed_sql_transaction, first: pgjdbc chains the failure that aborted the transaction
                        // as its cause, which the other rules would match (a duplicate key of another row).
                        sqlState("25P02", SqlErrorKind.TRANSACTION_ABORTED),
                        sqlState("23505", PRIMARY_KEY_NAME + "\"", SqlErrorKind.PRIMARY_KEY),
                        sqlState("OR125", SqlErrorKind.NATIVE_ENUM_MISMATCH), // raised by init()'s CREATE TYPE block
                        sqlState("57014", SqlErrorKind.TIMEOUT), // query_canceled: statement_timeout
                        sqlState("55P03", SqlErrorKind.TIMEOUT), // lock_not_available: lock_timeout, NOWAIT
                        sqlState("57P01", SqlErrorKind.CONNECTION), // admin_shutdown: the backend was terminated
                        sqlState("57P02", SqlErrorKind.CONNECTION),
                        sqlState("57P03", SqlErrorKind.CONNECTION)));
    }

    /**
     * MySQL and MariaDB: their error numbers.
     *
     * @return the rules
     */
    public static ErrorRules mysql() {
        return ErrorRules.standard()
                .after(List.of(
                        // A statement over the server's max_allowed_packet, refused by Connector/J before sending:
                        // a value too large, not a broken connection (the message names the limit).
                        ErrorRules.message("'max_allowed_packet'", SqlErrorKind.DATA),
                        // The same, refused by MariaDB Connector/J once told the limit (ServerDataSource).
                        ErrorRules.message("max_allowed_packet value", SqlErrorKind.DATA),
                        vendorCode(1062, "PRIMARY'", SqlErrorKind.PRIMARY_KEY), // Duplicate entry .. for key 'PRIMARY'
                        vendorCode(1062, SqlErrorKind.UNIQUE),
                        vendorCode(1586, SqlErrorKind.UNIQUE),
                        vendorCode(1242, SqlErrorKind.UPSERT_GUARD), // subquery returns more than 1 row
                        vendorCode(1451, SqlErrorKind.FOREIGN_KEY), // a child row refers to it
                        vendorCode(1452, SqlErrorKind.FOREIGN_KEY), // no parent row
                        vendorCode(1216, SqlErrorKind.FOREIGN_KEY),
                        vendorCode(1217, SqlErrorKind.FOREIGN_KEY),
                        vendorCode(1048, SqlErrorKind.NOT_NULL), // column cannot be null
                        vendorCode(1364, SqlErrorKind.NOT_NULL), // field doesn't have a default value
                        vendorCode(3819, SqlErrorKind.CHECK), // MySQL
                        vendorCode(4025, SqlErrorKind.CHECK), // MariaDB
                        vendorCode(1213, SqlErrorKind.CONFLICT), // deadlock
                        // TiDB (MySQL-compatible; codes MySQL and MariaDB do not use): write conflict, KV error
                        // safe to retry, schema changed during the transaction. Each says "try again later".
                        vendorCode(9007, SqlErrorKind.CONFLICT),
                        vendorCode(8022, SqlErrorKind.CONFLICT),
                        vendorCode(8028, SqlErrorKind.CONFLICT),
                        vendorCode(1205, SqlErrorKind.TIMEOUT), // lock wait timeout; MariaDB's NOWAIT too
                        vendorCode(3572, SqlErrorKind.TIMEOUT), // MySQL: a row to lock NOWAIT is locked
                        vendorCode(3024, SqlErrorKind.TIMEOUT), // MySQL max_execution_time
                        vendorCode(1969, SqlErrorKind.TIMEOUT), // MariaDB max_statement_time
                        vendorCode(1044, SqlErrorKind.PERMISSION),
                        vendorCode(1045, SqlErrorKind.PERMISSION),
                        vendorCode(1142, SqlErrorKind.PERMISSION),
                        vendorCode(1143, SqlErrorKind.PERMISSION),
                        vendorCode(2006, SqlErrorKind.CONNECTION), // server has gone away
                        vendorCode(2013, SqlErrorKind.CONNECTION), // lost connection during query
                        vendorCode(1927, SqlErrorKind.CONNECTION))); // MariaDB connection was killed
    }

    /**
     * SQL Server: its error numbers.
     *
     * @return the rules
     */
    public static ErrorRules sqlServer() {
        return ErrorRules.standard()
                .after(List.of(
                        vendorCode(2627, "PRIMARY KEY", SqlErrorKind.PRIMARY_KEY),
                        vendorCode(2627, SqlErrorKind.UNIQUE),
                        vendorCode(2601, SqlErrorKind.UNIQUE), // duplicate key in a unique index
                        vendorCode(547, "FOREIGN KEY", SqlErrorKind.FOREIGN_KEY),
                        vendorCode(547, "REFERENCE", SqlErrorKind.FOREIGN_KEY),
                        vendorCode(547, "CHECK", SqlErrorKind.CHECK),
                        vendorCode(515, SqlErrorKind.NOT_NULL),
                        vendorCode(1205, SqlErrorKind.CONFLICT), // deadlock victim
                        vendorCode(3960, SqlErrorKind.CONFLICT), // snapshot isolation update conflict
                        vendorCode(1222, SqlErrorKind.TIMEOUT), // lock request time out, NOWAIT hint
                        vendorCode(229, SqlErrorKind.PERMISSION),
                        vendorCode(230, SqlErrorKind.PERMISSION),
                        vendorCode(18456, SqlErrorKind.PERMISSION))); // login failed
    }

    /**
     * Oracle: its ORA- numbers.
     *
     * @return the rules
     */
    public static ErrorRules oracle() {
        return ErrorRules.standard()
                .after(List.of(
                        vendorCode(1, PRIMARY_KEY_NAME + ")", SqlErrorKind.PRIMARY_KEY), // ORA-00001 (..._pkey)
                        vendorCode(1, SqlErrorKind.UNIQUE),
                        vendorCode(2291, SqlErrorKind.FOREIGN_KEY), // parent key not found
                        vendorCode(2292, SqlErrorKind.FOREIGN_KEY), // child record found
                        vendorCode(1400, SqlErrorKind.NOT_NULL),
                        vendorCode(1407, SqlErrorKind.NOT_NULL),
                        vendorCode(2290, SqlErrorKind.CHECK),
                        vendorCode(60, SqlErrorKind.CONFLICT), // deadlock detected
                        vendorCode(8177, SqlErrorKind.CONFLICT), // can't serialize access
                        vendorCode(54, SqlErrorKind.TIMEOUT), // resource busy, NOWAIT
                        vendorCode(30006, SqlErrorKind.TIMEOUT), // resource busy, WAIT timeout
                        vendorCode(1013, SqlErrorKind.TIMEOUT), // user requested cancel (query timeout)
                        vendorCode(1031, SqlErrorKind.PERMISSION),
                        vendorCode(1017, SqlErrorKind.PERMISSION),
                        vendorCode(17002, SqlErrorKind.CONNECTION), // driver: I/O error
                        vendorCode(17008, SqlErrorKind.CONNECTION), // driver: closed connection
                        vendorCode(3113, SqlErrorKind.CONNECTION), // end-of-file on communication channel
                        vendorCode(3114, SqlErrorKind.CONNECTION))); // not connected
    }
}
