package dev.ormdantic.migrations;

import static dev.ormdantic.migrations.Tables.flavor;
import static dev.ormdantic.migrations.Tables.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.EnumSpec;
import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL native enum changes as exact SQL: a value added at its place, a value removed (the type replaced behind a
 * guard that fails on rows holding it), and a column added with a type of its own (the type created first).
 */
class EnumPlanTest {

    private static ColumnSpec mood(String... values) {
        List<String> list = List.of(values);
        return new ColumnSpec("mood", ColumnType.string(10), false)
                .with(
                        List.of(new CheckSpec.OneOf("flavor_mood_enum_values_check", "mood", list)),
                        new EnumSpec(
                                list.stream()
                                        .map(v -> v.toUpperCase(java.util.Locale.ROOT))
                                        .toList(),
                                list,
                                "flavor_mood"));
    }

    private static MigrationPlan plan(SchemaSnapshot from, SchemaSnapshot to, DialectId dialect) {
        return MigrationPlan.of(SchemaDiff.between(from, to), dialect);
    }

    @Test
    void anAddedValueGoesToItsPlaceAndItsRollbackReplacesTheType() {
        MigrationPlan plan = plan(
                snapshot(flavor(mood("happy", "sad"))),
                snapshot(flavor(mood("glad", "happy", "calm", "sad", "mad"))),
                DialectId.POSTGRESQL);
        assertEquals(
                List.of(
                        "ALTER TYPE \"flavor_mood\" ADD VALUE IF NOT EXISTS 'glad' BEFORE 'happy'",
                        "ALTER TYPE \"flavor_mood\" ADD VALUE IF NOT EXISTS 'calm' AFTER 'happy'",
                        "ALTER TYPE \"flavor_mood\" ADD VALUE IF NOT EXISTS 'mad' AFTER 'sad'"),
                plan.dryRun());
        assertEquals(
                List.of(
                        "DO $ormdantic$ BEGIN IF EXISTS (SELECT 1 FROM \"flavor\" WHERE \"mood\"::text IN ('glad',"
                                + " 'calm', 'mad')) THEN RAISE EXCEPTION 'column flavor.mood holds values being removed"
                                + " from enum type flavor_mood [glad, calm, mad]: change those rows first' USING ERRCODE"
                                + " = '23514'; END IF; END $ormdantic$",
                        "CREATE TYPE \"flavor_mood__ormdantic_new\" AS ENUM ('happy', 'sad')",
                        "ALTER TABLE \"flavor\" ALTER COLUMN \"mood\" TYPE \"flavor_mood__ormdantic_new\" USING"
                                + " \"mood\"::text::\"flavor_mood__ormdantic_new\"",
                        "DROP TYPE \"flavor_mood\"",
                        "ALTER TYPE \"flavor_mood__ormdantic_new\" RENAME TO \"flavor_mood\""),
                plan.rollbackSql());
    }

    @Test
    void aRemovedValueReplacesTheTypeBehindAGuard() {
        MigrationPlan plan = plan(
                snapshot(flavor(Tables.withDefault(mood("happy", "sad", "calm"), "'calm'"))),
                snapshot(flavor(Tables.withDefault(mood("calm", "happy"), "'calm'"))),
                DialectId.POSTGRESQL);
        assertEquals(
                List.of(
                        "DO $ormdantic$ BEGIN IF EXISTS (SELECT 1 FROM \"flavor\" WHERE \"mood\"::text IN ('sad'))"
                                + " THEN RAISE EXCEPTION 'column flavor.mood holds values being removed from enum type"
                                + " flavor_mood [sad]: change those rows first' USING ERRCODE = '23514'; END IF; END"
                                + " $ormdantic$",
                        "CREATE TYPE \"flavor_mood__ormdantic_new\" AS ENUM ('calm', 'happy')",
                        "ALTER TABLE \"flavor\" ALTER COLUMN \"mood\" DROP DEFAULT",
                        "ALTER TABLE \"flavor\" ALTER COLUMN \"mood\" TYPE \"flavor_mood__ormdantic_new\" USING"
                                + " \"mood\"::text::\"flavor_mood__ormdantic_new\"",
                        "ALTER TABLE \"flavor\" ALTER COLUMN \"mood\" SET DEFAULT 'calm'",
                        "DROP TYPE \"flavor_mood\"",
                        "ALTER TYPE \"flavor_mood__ormdantic_new\" RENAME TO \"flavor_mood\""),
                plan.dryRun());
        assertEquals(List.of(), plan.diff().destructiveChanges(), "a guard refuses, nothing is lost");
    }

    @Test
    void aColumnAddedWithANativeEnumCreatesItsTypeFirst() {
        MigrationPlan plan = plan(snapshot(flavor()), snapshot(flavor(mood("happy", "sad"))), DialectId.POSTGRESQL);
        List<String> sql = plan.dryRun();
        assertEquals(2, sql.size(), String.join("\n", sql));
        assertEquals(true, sql.get(0).startsWith("DO $ormdantic$ DECLARE found oid;"), sql.get(0));
        assertEquals(true, sql.get(0).contains("CREATE TYPE \"flavor_mood\" AS ENUM ('happy', 'sad')"), sql.get(0));
        assertEquals("ALTER TABLE \"flavor\" ADD COLUMN \"mood\" \"flavor_mood\" NOT NULL", sql.get(1));
    }

    @Test
    void elsewhereAnEnumIsTextWithItsCheck() {
        MigrationPlan plan = plan(
                snapshot(flavor(mood("happy", "sad"))),
                snapshot(flavor(mood("happy", "calm", "sad"))),
                DialectId.MARIADB);
        assertEquals(
                List.of(
                        "ALTER TABLE `flavor` DROP CONSTRAINT `flavor_mood_enum_values_check`",
                        "ALTER TABLE `flavor` MODIFY COLUMN `mood` VARCHAR(10) NOT NULL",
                        "ALTER TABLE `flavor` ADD CONSTRAINT `flavor_mood_enum_values_check` CHECK (`mood` IN"
                                + " ('happy', 'calm', 'sad'))"),
                plan.dryRun());
    }
}
