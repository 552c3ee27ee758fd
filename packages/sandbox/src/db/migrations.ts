// Versioned schema. Append a migration, never edit one that shipped: sandbox databases
// on agencies' machines are upgraded in place (PRAGMA user_version is the version).
export const MIGRATIONS: readonly string[] = [
  /* 1: initial */ `
  CREATE TABLE regions (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    level TEXT NOT NULL,
    parent_code TEXT,
    search TEXT NOT NULL
  );
  CREATE INDEX regions_parent ON regions(parent_code, code);
  CREATE INDEX regions_search ON regions(search);

  CREATE TABLE institutions (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    short_name TEXT,
    type TEXT NOT NULL,
    region_code TEXT,
    search TEXT NOT NULL
  );

  CREATE TABLE categories (
    id TEXT PRIMARY KEY,
    parent_id TEXT,
    name TEXT NOT NULL,
    position INTEGER NOT NULL
  );

  CREATE TABLE api_keys (
    key TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('publishable', 'secret')),
    institution_id TEXT,
    origins TEXT NOT NULL DEFAULT '[]',
    created_at INTEGER NOT NULL
  );

  CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY,
    data BLOB NOT NULL
  );

  CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL REFERENCES blobs(sha256),
    name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    api_key TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX attachments_dedup ON attachments(api_key, sha256, name);

  CREATE TABLE complaints (
    tracking_id TEXT PRIMARY KEY,
    classification TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    incident_date TEXT,
    region_code TEXT,
    address TEXT,
    lat REAL,
    lng REAL,
    origin_region_code TEXT,
    suggested_institution_id TEXT,
    institution_id TEXT,
    category_id TEXT,
    anonymous INTEGER NOT NULL,
    confidential INTEGER NOT NULL,
    reporter_name TEXT NOT NULL,
    reporter_email TEXT,
    reporter_phone TEXT,
    channel TEXT NOT NULL,
    source_institution_id TEXT,
    source_ref TEXT,
    api_key TEXT NOT NULL,
    reporter_token_hash TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    due_verification TEXT,
    due_follow_up TEXT,
    due_auto_close TEXT,
    auto_close_at INTEGER,
    escalation_at INTEGER NOT NULL,
    due_escalation TEXT NOT NULL
  );
  CREATE UNIQUE INDEX complaints_source_ref ON complaints(source_institution_id, source_ref) WHERE source_ref IS NOT NULL;
  CREATE INDEX complaints_institution ON complaints(institution_id, updated_at, tracking_id);
  CREATE INDEX complaints_source ON complaints(source_institution_id, updated_at, tracking_id);
  CREATE INDEX complaints_auto_close ON complaints(auto_close_at) WHERE auto_close_at IS NOT NULL;
  CREATE INDEX complaints_escalation ON complaints(escalation_at) WHERE status NOT IN ('closed', 'archived', 'escalated');

  CREATE TABLE complaint_attachments (
    tracking_id TEXT NOT NULL,
    attachment_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (tracking_id, attachment_id)
  );

  CREATE TABLE events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL,
    tracking_id TEXT NOT NULL,
    type TEXT NOT NULL,
    status TEXT NOT NULL,
    at INTEGER NOT NULL,
    data TEXT NOT NULL
  );
  CREATE INDEX events_complaint ON events(tracking_id, seq);

  CREATE TABLE idempotency (
    api_key TEXT NOT NULL,
    key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    status INTEGER NOT NULL,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (api_key, key)
  );
  CREATE INDEX idempotency_age ON idempotency(created_at);

  CREATE TABLE webhook_endpoints (
    id TEXT PRIMARY KEY,
    institution_id TEXT NOT NULL,
    url TEXT NOT NULL,
    events TEXT NOT NULL,
    description TEXT,
    secret TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    deleted_at INTEGER
  );

  CREATE TABLE webhook_deliveries (
    id TEXT PRIMARY KEY,
    endpoint_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    type TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_status INTEGER,
    last_error TEXT,
    created_at INTEGER NOT NULL,
    delivered_at INTEGER
  );
  CREATE INDEX webhook_deliveries_due ON webhook_deliveries(next_attempt_at) WHERE status = 'pending';

  CREATE TABLE settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  `,
  /* 2: complaints without an institution (most citizen submissions) stay out of the agency indexes */ `
  DROP INDEX complaints_institution;
  DROP INDEX complaints_source;
  CREATE INDEX complaints_institution ON complaints(institution_id, updated_at, tracking_id) WHERE institution_id IS NOT NULL;
  CREATE INDEX complaints_source ON complaints(source_institution_id, updated_at, tracking_id) WHERE source_institution_id IS NOT NULL;
  `,
  /* 3: no readable secrets in stored answers: idempotency.key holds the SHA-256 of the
     Idempotency-Key, secret fields are sealed under a key derived from it (http/idempotency.ts).
     Older records held reporter tokens in plain text: they go (a retry across the upgrade
     is answered as a new request), overwritten rather than left in free pages of the file.
     secure_delete is on for this deletion only: on for every write it made each submission
     measurably slower, and later records hold no plain-text secret to overwrite. */ `
  PRAGMA secure_delete = ON;
  DELETE FROM idempotency;
  PRAGMA secure_delete = OFF;
  ALTER TABLE idempotency ADD COLUMN sealed TEXT;
  `,
  /* 4: the reporter's rating after closing, once per report (its `rated` event is the record
     webhooks and statistics read; the columns make "once" and the views a plain read) */ `
  ALTER TABLE complaints ADD COLUMN rating INTEGER;
  ALTER TABLE complaints ADD COLUMN rating_comment TEXT;
  ALTER TABLE complaints ADD COLUMN rated_at INTEGER;
  `,
  /* 5: one-time codes to follow a report from another device (domain/recovery.ts): only a
     salted hash of each code is stored; the message with the code lives in memory only */ `
  CREATE TABLE access_codes (
    id TEXT PRIMARY KEY,
    tracking_id TEXT NOT NULL,
    matched INTEGER NOT NULL,
    salt TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
  );
  CREATE INDEX access_codes_complaint ON access_codes(tracking_id, matched);
  `,
];
