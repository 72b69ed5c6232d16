package dev.ormdantic.migrations.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.migrations.MigrationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationFilesTest {

    static final String FUNCTION = """
            CREATE FUNCTION bump() RETURNS trigger AS $$
            BEGIN
              NEW.note := 'a;b';  -- a semicolon inside a dollar-quoted body
              RETURN NEW;
            END;
            $$ LANGUAGE plpgsql""";

    static Migration sample() {
        return Migration.builder("0002", "Add rating, and a trigger!")
                .createdAt(Instant.parse("2026-12-06T23:48:10.123Z"))
                .dependsOn("0001")
                .up(DialectId.POSTGRESQL, List.of("ALTER TABLE \"flavor\" ADD COLUMN \"rating\" INTEGER", FUNCTION))
                .down(
                        DialectId.POSTGRESQL,
                        List.of("DROP FUNCTION bump()", "ALTER TABLE \"flavor\" DROP COLUMN \"rating\""))
                .up(
                        DialectId.MARIADB,
                        List.of(
                                "ALTER TABLE `flavor` ADD COLUMN `rating` INTEGER  \r\n",
                                "INSERT INTO `note` VALUES (';')"))
                .allow(new Allowance(Allowance.Kind.DESTRUCTIVE_ROLLBACK, "the column is new; nothing to keep"))
                .snapshots("{\"tables\": []}\n", "{\"tables\": [\"flavor\"]}\n")
                .metadata("author", "h6")
                .build();
    }

    @Test
    void writeReadWriteGivesTheSameBytes(@TempDir Path first, @TempDir Path second) throws IOException {
        Migration migration = sample();
        List<String> written = MigrationFiles.write(first, migration);
        assertEquals(
                List.of(
                        "0002__add_rating_and_a_trigger.json",
                        "0002__add_rating_and_a_trigger.up.postgresql.sql",
                        "0002__add_rating_and_a_trigger.down.postgresql.sql",
                        "0002__add_rating_and_a_trigger.up.mariadb.sql",
                        "0002__add_rating_and_a_trigger.from.json",
                        "0002__add_rating_and_a_trigger.to.json"),
                written);
        Migration read = MigrationFiles.read(first.resolve(written.getFirst()));
        assertEquals(migration, read);
        MigrationFiles.write(second, read);
        for (String name : written) {
            assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name);
        }
        assertEquals(
                FUNCTION, read.script(DialectId.POSTGRESQL).orElseThrow().up().get(1));
        assertEquals(
                List.of("ALTER TABLE `flavor` ADD COLUMN `rating` INTEGER", "INSERT INTO `note` VALUES (';')"),
                read.script(DialectId.MARIADB).orElseThrow().up());
        assertTrue(read.destructiveRollback());
        assertFalse(read.destructive());
    }

    @Test
    void theFilesAreReadable(@TempDir Path dir) throws IOException {
        Migration migration = sample();
        MigrationFiles.write(dir, migration);
        String checksum = migration.checksum(DialectId.POSTGRESQL).orElseThrow();
        String mariadb = migration.checksum(DialectId.MARIADB).orElseThrow();
        assertEquals(
                """
                {
                  "format": 1,
                  "revision": "0002",
                  "description": "Add rating, and a trigger!",
                  "created_at": "2026-12-06T23:48:10Z",
                  "depends_on": [
                    "0001"
                  ],
                  "destructive": false,
                  "destructive_rollback": true,
                  "allowances": [
                    {
                      "kind": "destructive_rollback",
                      "reason": "the column is new; nothing to keep"
                    }
                  ],
                  "checksum_version": 1,
                  "dialects": {
                    "postgresql": {
                      "up": "0002__add_rating_and_a_trigger.up.postgresql.sql",
                      "down": "0002__add_rating_and_a_trigger.down.postgresql.sql",
                      "checksum": "%s"
                    },
                    "mariadb": {
                      "up": "0002__add_rating_and_a_trigger.up.mariadb.sql",
                      "checksum": "%s"
                    }
                  },
                  "snapshots": {
                    "from": "0002__add_rating_and_a_trigger.from.json",
                    "to": "0002__add_rating_and_a_trigger.to.json"
                  },
                  "metadata": {
                    "author": "h6"
                  }
                }
                """.formatted(checksum, mariadb), Files.readString(dir.resolve("0002__add_rating_and_a_trigger.json")));
        assertEquals(
                """
                -- Migration 0002 (Add rating, and a trigger!), up, PostgreSQL.

                -- ormdantic:statement
                ALTER TABLE "flavor" ADD COLUMN "rating" INTEGER

                -- ormdantic:statement
                %s
                """.formatted(FUNCTION),
                Files.readString(dir.resolve("0002__add_rating_and_a_trigger.up.postgresql.sql")));
    }

    @Test
    void checksumIgnoresLineEndingsAndTrailingWhitespaceOnly() {
        String plain = new Script(List.of("CREATE TABLE t (\n  a INT\n)"), List.of()).checksum();
        assertEquals(
                plain, new Script(List.of("\r\nCREATE TABLE t (  \r\n  a INT\t\r\n)\r\n\r\n"), List.of()).checksum());
        assertNotEquals(plain, new Script(List.of("CREATE TABLE t (\n  a  INT\n)"), List.of()).checksum());
        assertNotEquals(plain, new Script(List.of("CREATE TABLE t (\n  a INT\n)"), List.of("DROP TABLE t")).checksum());
        // statement boundaries count: one statement of two lines is not two statements
        assertNotEquals(
                new Script(List.of("A\nB"), List.of()).checksum(), new Script(List.of("A", "B"), List.of()).checksum());
        assertEquals(64, plain.length());
    }

    @Test
    void destructiveStatementsAreRecognised() {
        assertTrue(Statements.destructive("DROP TABLE \"flavor\""));
        assertTrue(Statements.destructive("  alter table `flavor` drop column `rating`"));
        assertTrue(Statements.destructive("ALTER TABLE \"flavor\" DROP (\"rating\")"));
        assertTrue(Statements.destructive("TRUNCATE TABLE flavor"));
        assertTrue(Statements.destructive("DELETE FROM flavor"));
        assertFalse(Statements.destructive("ALTER TABLE flavor DROP CONSTRAINT flavor_ck"));
        assertFalse(Statements.destructive("ALTER TABLE flavor ADD COLUMN dropped INTEGER"));
        assertFalse(Statements.destructive("CREATE TABLE drop_table_log (id INT)"));
        Migration migration = Migration.builder("0003", "drop")
                .up(DialectId.SQLITE, List.of("DROP TABLE flavor"))
                .build();
        assertTrue(migration.destructive());
        assertFalse(Migration.builder("0003", "rebuild")
                .up(DialectId.SQLITE, List.of("DROP TABLE flavor"))
                .destructive(false)
                .build()
                .destructive());
    }

    @Test
    void aStatementHoldingTheSeparatorIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Script(List.of("SELECT 1\n-- ormdantic:statement\nSELECT 2"), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Script(List.of("  \n "), List.of()));
    }

    @Test
    void anEditedStatementFileIsNamedEvenWithoutTheSumFile(@TempDir Path dir) throws IOException {
        MigrationFiles.write(dir, sample());
        Path up = dir.resolve("0002__add_rating_and_a_trigger.up.mariadb.sql");
        Files.writeString(up, Files.readString(up).replace("INTEGER", "BIGINT"));
        MigrationException e = assertThrows(
                MigrationException.class,
                () -> MigrationFiles.read(dir.resolve("0002__add_rating_and_a_trigger.json")));
        assertEquals(ErrorCode.MIGRATION_FILE_EDITED, e.code());
        assertTrue(
                e.getMessage()
                        .startsWith("[ORM2741] migration file 0002__add_rating_and_a_trigger.up.mariadb.sql"
                                + " was edited: 0002__add_rating_and_a_trigger.json records checksum "),
                e.getMessage());
    }

    @Test
    void aManifestWithAnUnknownKeyOrAWrongFileNameIsInvalid(@TempDir Path dir) throws IOException {
        MigrationFiles.write(dir, sample());
        Path manifest = dir.resolve("0002__add_rating_and_a_trigger.json");
        String text = Files.readString(manifest);
        Files.writeString(manifest, text.replace("\"metadata\"", "\"extra\": 1,\n  \"metadata\""));
        MigrationException unknown = assertThrows(MigrationException.class, () -> MigrationFiles.read(manifest));
        assertEquals(ErrorCode.MIGRATION_FILE_INVALID, unknown.code());
        assertTrue(unknown.getMessage().contains("0002__add_rating_and_a_trigger.json has the unknown key 'extra'"));
        Files.writeString(manifest, text.replace("\"description\": \"Add rating", "\"description\": \"Add ratings"));
        MigrationException renamed = assertThrows(MigrationException.class, () -> MigrationFiles.read(manifest));
        assertEquals(ErrorCode.MIGRATION_FILE_INVALID, renamed.code());
        assertTrue(renamed.getMessage().contains("does not match its file name"), renamed.getMessage());
        Files.delete(dir.resolve("0002__add_rating_and_a_trigger.to.json"));
        Files.writeString(manifest, text);
        MigrationException missing = assertThrows(MigrationException.class, () -> MigrationFiles.read(manifest));
        assertEquals(ErrorCode.MIGRATION_FILE_MISSING, missing.code());
        assertTrue(missing.getMessage().contains("0002__add_rating_and_a_trigger.to.json is missing"));
        assertEquals(Map.of("author", "h6"), sample().metadata());
    }
}
