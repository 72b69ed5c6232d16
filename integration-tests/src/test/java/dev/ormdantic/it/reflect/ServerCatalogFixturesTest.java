package dev.ormdantic.it.reflect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.dialect.Dialect;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.Dialects;
import dev.ormdantic.dialect.reflect.Difference;
import dev.ormdantic.dialect.reflect.LiveSchema;
import dev.ormdantic.dialect.reflect.LiveTable;
import dev.ormdantic.dialect.reflect.Normalization;
import dev.ormdantic.dialect.reflect.SchemaComparison;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.internal.schema.CatalogRow;
import dev.ormdantic.internal.schema.OracleCatalog;
import dev.ormdantic.internal.schema.SqlServerCatalog;
import dev.ormdantic.support.GeneratedTable;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The SQL Server and Oracle catalog readers against the rows those catalogs hold for the tables our own DDL creates
 * ({@link VendorCatalogs}: every integration model's {@code CREATE TABLE} parsed and stored as the vendors document
 * their catalogs). No server runs here: this verifies the readers and the normalization against documentation-shaped
 * rows, not against a live database.
 */
class ServerCatalogFixturesTest {

    /** The integration models a dialect can create, without views (their definitions are not simulated). */
    private static List<TableSpec> models(DialectId dialect) {
        List<TableSpec> specs = new ArrayList<>();
        for (Object found : ServiceLoader.load(GeneratedTable.class)) {
            GeneratedTable<?, ?> table = (GeneratedTable<?, ?>) found;
            if (!table.spec().schema().isEmpty() || table.spec().isView()) {
                continue;
            }
            try {
                table.statements(dialect);
            } catch (ConfigurationException e) {
                continue; // a feature the dialect lacks, as TestDatabase leaves it out
            }
            specs.add(table.spec());
        }
        return specs;
    }

    private static VendorCatalogs created(DialectId dialect, List<TableSpec> models) {
        VendorCatalogs catalogs = new VendorCatalogs(dialect);
        Dialect rendering = Dialects.of(dialect);
        for (TableSpec spec : models) {
            rendering.statements(spec).createTable().forEach(catalogs::run);
        }
        return catalogs;
    }

    private static LiveSchema read(DialectId dialect, VendorCatalogs catalogs) throws SQLException {
        return dialect == DialectId.MSSQL ? SqlServerCatalog.read(catalogs, "") : OracleCatalog.read(catalogs, "");
    }

    private static List<String> drift(DialectId dialect, TableSpec spec, LiveSchema live) {
        LiveTable found = live.table(spec.name());
        if (found == null) {
            return List.of("MISSING_TABLE " + spec.name());
        }
        return SchemaComparison.compare(dialect, Normalization.expected(Dialects.of(dialect), spec), found).stream()
                .map(d -> d.kind() + " " + d.object() + ": " + d.message())
                .toList();
    }

    @ParameterizedTest
    @EnumSource(
            value = DialectId.class,
            names = {"MSSQL", "ORACLE"})
    void everyIntegrationModelReadsBackWithZeroDrift(DialectId dialect) throws SQLException {
        List<TableSpec> models = models(dialect);
        assertTrue(models.size() >= 30, "models: " + models.size());
        LiveSchema live = read(dialect, created(dialect, models));
        assertEquals(
                models.stream().map(TableSpec::name).sorted().toList(),
                live.tables().stream().map(LiveTable::name).toList());
        List<String> differences = new ArrayList<>();
        for (TableSpec spec : models) {
            drift(dialect, spec, live).forEach(d -> differences.add(spec.name() + ": " + d));
        }
        assertEquals(List.of(), differences);
    }

    @Test
    void aWidenedColumnAndAMissingIndexAreExactlyTheDriftOnSqlServer() throws SQLException {
        List<TableSpec> models = models(DialectId.MSSQL);
        VendorCatalogs catalogs = created(DialectId.MSSQL, models);
        List<CatalogRow> columns = catalogs.of(SqlServerCatalog.COLUMNS);
        for (int i = 0; i < columns.size(); i++) {
            CatalogRow row = columns.get(i);
            if (row.text(1).equals("flavor") && row.text(2).equals("name")) {
                List<Object> values = new ArrayList<>(row.values());
                values.set(3, 240); // NVARCHAR(120): 240 bytes
                columns.set(i, new CatalogRow(values));
            }
        }
        catalogs.of(SqlServerCatalog.INDEXES).removeIf(row -> row.text(2).equals("flavor_name_idx"));
        TableSpec flavor = models.stream()
                .filter(s -> s.name().equals("flavor"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of(
                        "COLUMN_TYPE name: column 'name' is nvarchar(120), the model's is NVARCHAR(80)",
                        "MISSING_INDEX flavor_name_idx: index 'flavor_name_idx' (name) is missing"),
                drift(DialectId.MSSQL, flavor, read(DialectId.MSSQL, catalogs)));
    }

    @Test
    void aWidenedColumnAndAMissingIndexAreExactlyTheDriftOnOracle() throws SQLException {
        List<TableSpec> models = models(DialectId.ORACLE);
        VendorCatalogs catalogs = created(DialectId.ORACLE, models);
        List<CatalogRow> columns = catalogs.of(OracleCatalog.COLUMNS);
        for (int i = 0; i < columns.size(); i++) {
            CatalogRow row = columns.get(i);
            if (row.text(1).equals("flavor") && row.text(2).equals("name")) {
                List<Object> values = new ArrayList<>(row.values());
                values.set(3, 480); // DATA_LENGTH in bytes, four a character
                values.set(6, 120); // CHAR_LENGTH
                columns.set(i, new CatalogRow(values));
            }
        }
        catalogs.of(OracleCatalog.INDEXES).removeIf(row -> row.text(2).equals("flavor_name_idx"));
        TableSpec flavor = models.stream()
                .filter(s -> s.name().equals("flavor"))
                .findFirst()
                .orElseThrow();
        List<String> drift = drift(DialectId.ORACLE, flavor, read(DialectId.ORACLE, catalogs));
        assertEquals(
                List.of(
                        "COLUMN_TYPE name: column 'name' is VARCHAR2(120 CHAR), the model's is VARCHAR2(80 CHAR)",
                        "MISSING_INDEX flavor_name_idx: index 'flavor_name_idx' (name) is missing"),
                drift);
        Difference widened = SchemaComparison.compare(
                        DialectId.ORACLE,
                        Normalization.expected(Dialects.of(DialectId.ORACLE), flavor),
                        read(DialectId.ORACLE, catalogs).table("flavor"))
                .get(0);
        assertEquals(false, widened.blocking(), "a wider column holds every value of the model");
    }
}
