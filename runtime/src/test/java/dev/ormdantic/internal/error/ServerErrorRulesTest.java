package dev.ormdantic.internal.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Each server's error rules on the exceptions its driver raises: SQLSTATE, vendor code and, where a code is shared,
 * the message fragment that tells the meanings apart. PostgreSQL, MariaDB and MySQL are also exercised live by the
 * integration tests; SQL Server's and Oracle's are checked here only.
 */
class ServerErrorRulesTest {

    private static SqlErrorKind postgres(String state, String message) {
        return ServerErrorRules.postgresql().classify(new SQLException(message, state));
    }

    private static SqlErrorKind mysql(int code, String state, String message) {
        return ServerErrorRules.mysql().classify(new SQLException(message, state, code));
    }

    private static SqlErrorKind mssql(int code, String message) {
        return ServerErrorRules.sqlServer().classify(new SQLException(message, "S0001", code));
    }

    private static SqlErrorKind oracle(int code, String message) {
        return ServerErrorRules.oracle().classify(new SQLException(message, "72000", code));
    }

    @Test
    void postgresql() {
        assertEquals(
                SqlErrorKind.PRIMARY_KEY,
                postgres("23505", "duplicate key value violates unique constraint \"flavor_pkey\""));
        assertEquals(
                SqlErrorKind.UNIQUE,
                postgres("23505", "duplicate key value violates unique constraint \"flavor_code_unique_idx\""));
        assertEquals(SqlErrorKind.FOREIGN_KEY, postgres("23503", "insert or update violates foreign key constraint"));
        assertEquals(SqlErrorKind.NOT_NULL, postgres("23502", "null value"));
        assertEquals(SqlErrorKind.CHECK, postgres("23514", "check"));
        assertEquals(SqlErrorKind.CONFLICT, postgres("40001", "could not serialize access"));
        assertEquals(SqlErrorKind.CONFLICT, postgres("40P01", "deadlock detected"));
        assertEquals(SqlErrorKind.TIMEOUT, postgres("57014", "canceling statement due to statement timeout"));
        assertEquals(SqlErrorKind.TIMEOUT, postgres("55P03", "canceling statement due to lock timeout"));
        assertEquals(SqlErrorKind.CONNECTION, postgres("57P01", "terminating connection due to administrator command"));
        assertEquals(SqlErrorKind.CONNECTION, postgres("08006", "An I/O error occurred"));
        assertEquals(SqlErrorKind.PERMISSION, postgres("42501", "permission denied for table flavor"));
        assertEquals(SqlErrorKind.PERMISSION, postgres("28P01", "password authentication failed"));
        assertEquals(SqlErrorKind.OTHER, postgres("42601", "syntax error"));
    }

    @Test
    void mysqlAndMariaDb() {
        assertEquals(SqlErrorKind.PRIMARY_KEY, mysql(1062, "23000", "Duplicate entry 'a' for key 'PRIMARY'"));
        assertEquals(SqlErrorKind.PRIMARY_KEY, mysql(1062, "23000", "Duplicate entry 'a' for key 'flavor.PRIMARY'"));
        assertEquals(SqlErrorKind.UNIQUE, mysql(1062, "23000", "Duplicate entry 'a' for key 'flavor_code_unique_idx'"));
        assertEquals(SqlErrorKind.FOREIGN_KEY, mysql(1452, "23000", "Cannot add or update a child row"));
        assertEquals(SqlErrorKind.FOREIGN_KEY, mysql(1451, "23000", "Cannot delete or update a parent row"));
        assertEquals(SqlErrorKind.NOT_NULL, mysql(1048, "23000", "Column 'name' cannot be null"));
        assertEquals(SqlErrorKind.CHECK, mysql(3819, "HY000", "Check constraint is violated"));
        assertEquals(SqlErrorKind.CHECK, mysql(4025, "23000", "CONSTRAINT failed"));
        assertEquals(SqlErrorKind.CONFLICT, mysql(1213, "40001", "Deadlock found"));
        // TiDB's retryable transaction errors, so that TransactionOptions.retry re-runs the callback there too
        assertEquals(SqlErrorKind.CONFLICT, mysql(9007, "HY000", "Write conflict, txnStartTS=1 [try again later]"));
        assertEquals(SqlErrorKind.CONFLICT, mysql(8022, "HY000", "Error: KV error safe to retry [try again later]"));
        assertEquals(SqlErrorKind.CONFLICT, mysql(8028, "HY000", "Information schema is changed [try again later]"));
        assertEquals(SqlErrorKind.TIMEOUT, mysql(1205, "HY000", "Lock wait timeout exceeded"));
        assertEquals(SqlErrorKind.TIMEOUT, mysql(1969, "70100", "max_statement_time exceeded"));
        assertEquals(SqlErrorKind.PERMISSION, mysql(1142, "42000", "INSERT command denied"));
        assertEquals(SqlErrorKind.CONNECTION, mysql(0, "08S01", "Communications link failure"));
        assertEquals(SqlErrorKind.CONNECTION, mysql(2013, "HY000", "Lost connection to MySQL server during query"));
    }

    @Test
    void sqlServer() {
        assertEquals(SqlErrorKind.PRIMARY_KEY, mssql(2627, "Violation of PRIMARY KEY constraint 'flavor_pkey'"));
        assertEquals(SqlErrorKind.UNIQUE, mssql(2627, "Violation of UNIQUE KEY constraint 'uq'"));
        assertEquals(SqlErrorKind.UNIQUE, mssql(2601, "Cannot insert duplicate key row"));
        assertEquals(
                SqlErrorKind.FOREIGN_KEY,
                mssql(547, "The INSERT statement conflicted with the FOREIGN KEY constraint"));
        assertEquals(
                SqlErrorKind.FOREIGN_KEY, mssql(547, "The DELETE statement conflicted with the REFERENCE constraint"));
        assertEquals(SqlErrorKind.CHECK, mssql(547, "The INSERT statement conflicted with the CHECK constraint"));
        assertEquals(SqlErrorKind.NOT_NULL, mssql(515, "Cannot insert the value NULL into column"));
        assertEquals(SqlErrorKind.CONFLICT, mssql(1205, "was deadlocked on lock resources"));
        assertEquals(SqlErrorKind.TIMEOUT, mssql(1222, "Lock request time out period exceeded"));
        assertEquals(SqlErrorKind.PERMISSION, mssql(229, "The INSERT permission was denied"));
        assertEquals(SqlErrorKind.PERMISSION, mssql(18456, "Login failed for user"));
    }

    @Test
    void oracle() {
        assertEquals(SqlErrorKind.PRIMARY_KEY, oracle(1, "ORA-00001: unique constraint (APP.flavor_pkey) violated"));
        assertEquals(
                SqlErrorKind.UNIQUE, oracle(1, "ORA-00001: unique constraint (APP.flavor_code_unique_idx) violated"));
        assertEquals(
                SqlErrorKind.FOREIGN_KEY,
                oracle(2291, "ORA-02291: integrity constraint violated - parent key not found"));
        assertEquals(SqlErrorKind.FOREIGN_KEY, oracle(2292, "ORA-02292: child record found"));
        assertEquals(SqlErrorKind.NOT_NULL, oracle(1400, "ORA-01400: cannot insert NULL"));
        assertEquals(SqlErrorKind.CHECK, oracle(2290, "ORA-02290: check constraint violated"));
        assertEquals(SqlErrorKind.CONFLICT, oracle(60, "ORA-00060: deadlock detected"));
        assertEquals(SqlErrorKind.CONFLICT, oracle(8177, "ORA-08177: can't serialize access"));
        assertEquals(
                SqlErrorKind.TIMEOUT, oracle(30006, "ORA-30006: resource busy; acquire with WAIT timeout expired"));
        assertEquals(SqlErrorKind.PERMISSION, oracle(1031, "ORA-01031: insufficient privileges"));
        assertEquals(SqlErrorKind.CONNECTION, oracle(17002, "IO Error"));
        assertEquals(SqlErrorKind.CONNECTION, oracle(3113, "ORA-03113: end-of-file on communication channel"));
    }
}
