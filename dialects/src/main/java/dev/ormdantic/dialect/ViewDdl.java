package dev.ormdantic.dialect;

import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.schema.ViewSpec;
import java.util.Objects;

/**
 * Renders {@code CREATE VIEW} and {@code DROP VIEW} for a table declared {@code @View}, each safe to run twice:
 * {@code CREATE OR REPLACE} where the dialect has it, {@code IF NOT EXISTS} on SQLite, {@code CREATE OR ALTER} on SQL
 * Server and a PL/SQL block for Oracle's materialized views. Materialized views exist only on PostgreSQL and Oracle.
 */
final class ViewDdl {

    /** Oracle: ORA-12003 "materialized view does not exist". */
    private static final String ORACLE_NO_MATERIALIZED_VIEW = "SQLCODE <> -12003";

    private final Dialect dialect;

    ViewDdl(Dialect dialect) {
        this.dialect = dialect;
    }

    String create(TableSpec table) {
        ViewSpec view = Objects.requireNonNull(table.view(), "view");
        String name = dialect.tableName(table);
        String as = " AS " + view.query();
        if (view.materialized()) {
            return switch (dialect.id()) {
                case POSTGRESQL -> "CREATE MATERIALIZED VIEW IF NOT EXISTS " + name + as;
                case ORACLE ->
                    DdlRenderer.ignoringErrors(
                            "CREATE MATERIALIZED VIEW " + name + as, DdlRenderer.ORACLE_ALREADY_EXISTS);
                case SQLITE, MYSQL, MARIADB, MSSQL -> throw materializedUnsupported(table);
            };
        }
        return switch (dialect.id()) {
            case SQLITE -> "CREATE VIEW IF NOT EXISTS " + name + as;
            case POSTGRESQL, MYSQL, MARIADB, ORACLE -> "CREATE OR REPLACE VIEW " + name + as;
            case MSSQL -> "CREATE OR ALTER VIEW " + name + as;
        };
    }

    String drop(TableSpec table) {
        ViewSpec view = Objects.requireNonNull(table.view(), "view");
        String name = dialect.tableName(table);
        if (view.materialized()) {
            return switch (dialect.id()) {
                case POSTGRESQL -> "DROP MATERIALIZED VIEW IF EXISTS " + name;
                case ORACLE ->
                    DdlRenderer.ignoringErrors("DROP MATERIALIZED VIEW " + name, ORACLE_NO_MATERIALIZED_VIEW);
                case SQLITE, MYSQL, MARIADB, MSSQL -> throw materializedUnsupported(table);
            };
        }
        return switch (dialect.id()) {
            case SQLITE, POSTGRESQL, MYSQL, MARIADB -> "DROP VIEW IF EXISTS " + name;
            case MSSQL -> "IF OBJECT_ID(" + DdlRenderer.nationalLiteral(name) + ", N'V') IS NOT NULL DROP VIEW " + name;
            case ORACLE -> DdlRenderer.ignoringErrors("DROP VIEW " + name, DdlRenderer.ORACLE_DOES_NOT_EXIST);
        };
    }

    String refresh(TableSpec table) {
        ViewSpec view = table.view();
        if (view == null || !view.materialized()) {
            throw new IllegalArgumentException(table.name() + " is not a materialized view");
        }
        String name = dialect.tableName(table);
        return switch (dialect.id()) {
            case POSTGRESQL -> "REFRESH MATERIALIZED VIEW " + name;
            case ORACLE -> "BEGIN DBMS_MVIEW.REFRESH('" + name.replace("'", "''") + "'); END;";
            case SQLITE, MYSQL, MARIADB, MSSQL -> throw materializedUnsupported(table);
        };
    }

    private UnsupportedFeatureException materializedUnsupported(TableSpec table) {
        return new UnsupportedFeatureException(
                dialect.id(),
                "materialized views (view " + table.name() + ")",
                "Declare @View(materialized = false), or keep this record on PostgreSQL or Oracle.");
    }
}
