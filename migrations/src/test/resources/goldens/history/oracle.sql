-- history table
CREATE TABLE ormdantic_migrations (
  revision VARCHAR2(255) NOT NULL PRIMARY KEY,
  description CLOB,
  checksum VARCHAR2(64) NOT NULL,
  applied_at VARCHAR2(32) NOT NULL,
  execution_time_ms NUMBER(19) DEFAULT 0 NOT NULL,
  status VARCHAR2(16) DEFAULT 'applied' NOT NULL,
  dirty NUMBER(10) DEFAULT 0 NOT NULL,
  steps_completed NUMBER(10) DEFAULT 0 NOT NULL,
  steps_total NUMBER(10) DEFAULT 0 NOT NULL,
  artifact_version NUMBER(10) DEFAULT 1 NOT NULL,
  ormdantic_version VARCHAR2(64),
  metadata CLOB
);

-- lease table
CREATE TABLE ormdantic_migration_lock (
  lock_name VARCHAR2(255) NOT NULL PRIMARY KEY,
  owner VARCHAR2(255) NOT NULL,
  acquired_at NUMBER(19) NOT NULL,
  expires_at NUMBER(19) NOT NULL
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
DECLARE
  lock_handle VARCHAR2(128);
BEGIN
  DBMS_LOCK.ALLOCATE_UNIQUE(?, lock_handle);
  ? := DBMS_LOCK.REQUEST(lock_handle, DBMS_LOCK.X_MODE, ?, FALSE);
END;;
DECLARE
  lock_handle VARCHAR2(128);
BEGIN
  DBMS_LOCK.ALLOCATE_UNIQUE(?, lock_handle);
  ? := DBMS_LOCK.REQUEST(lock_handle, DBMS_LOCK.X_MODE, ?, FALSE);
END;;
DECLARE
  lock_handle VARCHAR2(128);
BEGIN
  DBMS_LOCK.ALLOCATE_UNIQUE(?, lock_handle);
  ? := DBMS_LOCK.RELEASE(lock_handle);
END;;
