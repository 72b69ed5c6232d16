-- history table
CREATE TABLE ormdantic_migrations (
  revision TEXT NOT NULL PRIMARY KEY,
  description TEXT,
  checksum TEXT NOT NULL,
  applied_at TEXT NOT NULL,
  execution_time_ms INTEGER DEFAULT 0 NOT NULL,
  status TEXT DEFAULT 'applied' NOT NULL,
  dirty INTEGER DEFAULT 0 NOT NULL,
  steps_completed INTEGER DEFAULT 0 NOT NULL,
  steps_total INTEGER DEFAULT 0 NOT NULL,
  artifact_version INTEGER DEFAULT 1 NOT NULL,
  ormdantic_version TEXT,
  metadata TEXT
);

-- lease table
CREATE TABLE ormdantic_migration_lock (
  lock_name TEXT NOT NULL PRIMARY KEY,
  owner TEXT NOT NULL,
  acquired_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);

-- rows
SELECT revision, description, checksum, applied_at, execution_time_ms, status, dirty, steps_completed, steps_total, artifact_version, ormdantic_version, metadata FROM ormdantic_migrations;
DELETE FROM ormdantic_migrations WHERE revision = ?;
INSERT INTO ormdantic_migrations (revision, description, checksum, applied_at, execution_time_ms, status, dirty, steps_completed, steps_total, artifact_version, ormdantic_version, metadata) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
UPDATE ormdantic_migrations SET steps_completed = ?, metadata = ? WHERE revision = ?;

-- lease
DELETE FROM ormdantic_migration_lock WHERE lock_name = ? AND expires_at < ?;
INSERT INTO ormdantic_migration_lock (lock_name, owner, acquired_at, expires_at) VALUES (?, ?, ?, ?);
UPDATE ormdantic_migration_lock SET expires_at = ? WHERE lock_name = ? AND owner = ?;
DELETE FROM ormdantic_migration_lock WHERE lock_name = ? AND owner = ?;

-- session lock: try, wait, release
BEGIN EXCLUSIVE;
BEGIN EXCLUSIVE;
COMMIT;
