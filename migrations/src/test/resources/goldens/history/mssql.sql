-- history table
CREATE TABLE ormdantic_migrations (
  revision NVARCHAR(255) NOT NULL PRIMARY KEY,
  description NVARCHAR(MAX),
  checksum NVARCHAR(64) NOT NULL,
  applied_at NVARCHAR(32) NOT NULL,
  execution_time_ms BIGINT DEFAULT 0 NOT NULL,
  status NVARCHAR(16) DEFAULT 'applied' NOT NULL,
  dirty INT DEFAULT 0 NOT NULL,
  steps_completed INT DEFAULT 0 NOT NULL,
  steps_total INT DEFAULT 0 NOT NULL,
  artifact_version INT DEFAULT 1 NOT NULL,
  ormdantic_version NVARCHAR(64),
  metadata NVARCHAR(MAX)
);

-- lease table
CREATE TABLE ormdantic_migration_lock (
  lock_name NVARCHAR(255) NOT NULL PRIMARY KEY,
  owner NVARCHAR(255) NOT NULL,
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
{? = call sp_getapplock(?, 'Exclusive', 'Session', ?)};
{? = call sp_getapplock(?, 'Exclusive', 'Session', ?)};
{? = call sp_releaseapplock(?, 'Session')};
