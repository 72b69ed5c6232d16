/**
 * Ormdantic's migrations and reflection: schema snapshots the annotation processor writes at compile time, diffs and
 * lint without a database, per-dialect plans, migration files with checksums, the history table and the migrator
 * lock, and reflection of live databases.
 */
module dev.ormdantic.migrations {
    requires transitive dev.ormdantic;
    requires transitive dev.ormdantic.dialect;
    requires com.fasterxml.jackson.databind;

    exports dev.ormdantic.migrations;
    exports dev.ormdantic.migrations.file;
    exports dev.ormdantic.migrations.history;
    exports dev.ormdantic.migrations.reflect;
}
