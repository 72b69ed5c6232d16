-- history table
CREATE TABLE ormdantic_migrations (
  revision VARCHAR(255) NOT NULL PRIMARY KEY,
  description TEXT,
  checksum VARCHAR(64) NOT NULL,
  applied_at VARCHAR(32) NOT NULL,
  execution_time_ms BIGINT DEFAULT 0 NOT NULL,
  status VARCHAR(16) DEFAULT 'applied' NOT NULL,
  dirty INTEGER DEFAULT 0 NOT NULL,
  steps_completed INTEGER DEFAULT 0 NOT NULL,
  steps_total INTEGER DEFAULT 0 NOT NULL,
  artifact_version INTEGER DEFAULT 1 NOT NULL,
  ormdantic_version VARCHAR(64),
  metadata TEXT
);

-- lease table
CREATE TABLE ormdantic_migration_lock (
  lock_name VARCHAR(255) NOT NULL PRIMARY KEY,
  owner VARCHAR(255) NOT NULL,
  acquired_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
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
SELECT GET_LOCK(?, 0);
SELECT GET_LOCK(?, ?);
SELECT RELEASE_LOCK(?);
