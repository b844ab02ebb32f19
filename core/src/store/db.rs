//! The SQLCipher database: opening it with the raw installation key, its pragmas, and the
//! append-only numbered migrations. This module (and its siblings) is the only place with SQL.

use super::error::StoreError;
use super::secret::InstallationKey;
use rusqlite::{Connection, OpenFlags};
use sha2::{Digest, Sha256};
use std::path::Path;

/// The database file inside a generation folder.
pub const DB_FILE: &str = "store.db";

/// Numbered migrations. Append only: never edit or reorder a shipped one (a test and the
/// check at open compare each applied migration's hash).
pub const MIGRATIONS: &[&str] = &[
    // 1: installation, settings, places, audit journal.
    r#"
CREATE TABLE installation (
    id TEXT PRIMARY KEY NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE TABLE settings (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    structure_name TEXT NOT NULL,
    staff_idle_minutes INTEGER NOT NULL DEFAULT 10 CHECK (staff_idle_minutes BETWEEN 1 AND 240),
    kiosk_idle_minutes INTEGER NOT NULL DEFAULT 10 CHECK (kiosk_idle_minutes BETWEEN 1 AND 240),
    language TEXT NOT NULL DEFAULT 'fr'
);
CREATE TABLE place (
    id TEXT PRIMARY KEY NOT NULL,
    installation_id TEXT NOT NULL REFERENCES installation(id),
    name TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    commune TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    insee_code TEXT NOT NULL DEFAULT '',
    archived INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE TABLE journal (
    seq INTEGER PRIMARY KEY NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    record_id TEXT,
    at INTEGER NOT NULL,
    prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL
);
CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
BEGIN SELECT RAISE(ABORT, 'the audit journal is append-only'); END;
CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
BEGIN SELECT RAISE(ABORT, 'the audit journal is append-only'); END;
"#,
    // 2: drafts (one per staff member), and journal indexes for the filters of the journal
    // screen (by person, by action, by date).
    r#"
CREATE TABLE drafts (
    staff_id TEXT PRIMARY KEY NOT NULL,
    form TEXT NOT NULL,
    fields TEXT NOT NULL,
    saved_at INTEGER NOT NULL
);
CREATE INDEX journal_actor ON journal (actor, seq);
CREATE INDEX journal_action ON journal (action, seq);
CREATE INDEX journal_at ON journal (at);
"#,
    // 3: people supported, and the folded search index over the named ones (FTS5 trigram;
    // explicit INTEGER rowid so VACUUM cannot renumber it under the index).
    r#"
CREATE TABLE person (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    installation_id TEXT NOT NULL REFERENCES installation(id),
    anonymous INTEGER NOT NULL DEFAULT 0,
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    birth_year INTEGER,
    gender TEXT,
    social_status TEXT,
    commune TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    insee_code TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    merged_into TEXT
);
CREATE INDEX person_seen ON person (last_seen_at) WHERE anonymous = 0 AND merged_into IS NULL;
CREATE VIRTUAL TABLE person_search USING fts5(key, tokenize = 'trigram');
"#,
    // 4: individual support sessions and the centre's tags. Lists of vocabulary codes are
    // stored comma-separated (codes never hold a comma).
    r#"
CREATE TABLE support_session (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    installation_id TEXT NOT NULL REFERENCES installation(id),
    person_id TEXT REFERENCES person(id),
    staff_id TEXT,
    date TEXT NOT NULL,
    duration_min INTEGER NOT NULL CHECK (duration_min BETWEEN 1 AND 600),
    canal TEXT NOT NULL,
    place_id TEXT REFERENCES place(id),
    equipment TEXT NOT NULL DEFAULT '',
    themes TEXT NOT NULL,
    procedure_themes TEXT NOT NULL DEFAULT '',
    procedure_name TEXT NOT NULL DEFAULT '',
    autonomy TEXT,
    referral TEXT,
    referral_to TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER
);
CREATE INDEX support_session_person ON support_session (person_id, date);
CREATE INDEX support_session_date ON support_session (date);
CREATE TABLE tag (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    archived INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE support_session_tag (
    session_id TEXT NOT NULL REFERENCES support_session(id),
    tag_id TEXT NOT NULL REFERENCES tag(id),
    PRIMARY KEY (session_id, tag_id)
);
"#,
    // 5: merges of duplicate person records, kept so each can be undone exactly.
    r#"
CREATE TABLE person_merge (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    merged_id TEXT NOT NULL REFERENCES person(id),
    kept_id TEXT NOT NULL REFERENCES person(id),
    moved_sessions TEXT NOT NULL,
    actor TEXT NOT NULL,
    at INTEGER NOT NULL,
    undone_at INTEGER
);
"#,
    // 6: group workshops, their tags and named participants; anonymous participants are
    // counted per gender, age bracket and status (JSON lists of [code, count]).
    r#"
CREATE TABLE workshop (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    installation_id TEXT NOT NULL REFERENCES installation(id),
    staff_id TEXT,
    title TEXT NOT NULL,
    level TEXT,
    date TEXT NOT NULL,
    duration_min INTEGER NOT NULL CHECK (duration_min BETWEEN 1 AND 600),
    place_id TEXT REFERENCES place(id),
    themes TEXT NOT NULL,
    anonymous INTEGER NOT NULL DEFAULT 0,
    anonymous_by_gender TEXT NOT NULL DEFAULT '[]',
    anonymous_by_age TEXT NOT NULL DEFAULT '[]',
    anonymous_by_status TEXT NOT NULL DEFAULT '[]',
    notes TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted_at INTEGER
);
CREATE INDEX workshop_date ON workshop (date);
CREATE TABLE workshop_tag (
    workshop_id TEXT NOT NULL REFERENCES workshop(id),
    tag_id TEXT NOT NULL REFERENCES tag(id),
    PRIMARY KEY (workshop_id, tag_id)
);
CREATE TABLE workshop_participant (
    workshop_id TEXT NOT NULL REFERENCES workshop(id),
    person_id TEXT NOT NULL REFERENCES person(id),
    PRIMARY KEY (workshop_id, person_id)
);
CREATE INDEX workshop_participant_person ON workshop_participant (person_id);
"#,
    // 7: consents (history kept; the one in force is the latest not withdrawn).
    r#"
CREATE TABLE consent (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    person_id TEXT NOT NULL REFERENCES person(id),
    scopes TEXT NOT NULL,
    given_on TEXT NOT NULL,
    collected_by TEXT NOT NULL,
    by_guardian INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    withdrawn_on TEXT,
    withdrawn_at INTEGER
);
CREATE INDEX consent_person ON consent (person_id, created_at);
"#,
    // 8: a merge also moves workshop participation: which rows moved, and which were dropped
    // because both records attended the same workshop (an undo puts both back).
    r#"
ALTER TABLE person_merge ADD COLUMN moved_workshops TEXT NOT NULL DEFAULT '';
ALTER TABLE person_merge ADD COLUMN shared_workshops TEXT NOT NULL DEFAULT '';
"#,
    // 9: follow-ups (next steps and appointments), the centre's partner directory (a session's
    // referral may point at one), and the retention period for inactive records.
    r#"
CREATE TABLE partner (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    installation_id TEXT NOT NULL REFERENCES installation(id),
    name TEXT NOT NULL,
    category TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    hours TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    archived INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE TABLE follow_up (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    installation_id TEXT NOT NULL REFERENCES installation(id),
    person_id TEXT NOT NULL REFERENCES person(id),
    staff_id TEXT,
    due_date TEXT NOT NULL,
    due_time TEXT,
    what TEXT NOT NULL,
    bring TEXT NOT NULL DEFAULT '',
    place_id TEXT REFERENCES place(id),
    done_at INTEGER,
    postponed INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX follow_up_open ON follow_up (done_at, due_date);
CREATE INDEX follow_up_person ON follow_up (person_id, due_date);
ALTER TABLE support_session ADD COLUMN partner_id TEXT REFERENCES partner(id);
ALTER TABLE settings ADD COLUMN retention_months INTEGER NOT NULL DEFAULT 24
    CHECK (retention_months BETWEEN 6 AND 120);
"#,
    // 10: where imported activities come from: the national tool's Identifiant (unique, so a
    // second import of the same file skips what is already there) and its mediator's name
    // (not one of our staff); what a workshop records like a session (canal, equipment); and an
    // age bracket told without a year of birth (people created from an activity export).
    r#"
ALTER TABLE support_session ADD COLUMN import_ref TEXT;
ALTER TABLE support_session ADD COLUMN mediator_name TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX support_session_import_ref ON support_session (import_ref)
    WHERE import_ref IS NOT NULL;
ALTER TABLE workshop ADD COLUMN import_ref TEXT;
ALTER TABLE workshop ADD COLUMN mediator_name TEXT NOT NULL DEFAULT '';
ALTER TABLE workshop ADD COLUMN canal TEXT;
ALTER TABLE workshop ADD COLUMN equipment TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX workshop_import_ref ON workshop (import_ref) WHERE import_ref IS NOT NULL;
ALTER TABLE person ADD COLUMN age_bracket TEXT;
"#,
    // 11: the document vault. The installation's vault identity (one row, made by code on
    // first use: it lives only inside this encrypted database); one row per document (its age
    // file in the vault folder has a random name; no thumbnail for a private document, which
    // staff must not see); a person's private-vault recipient and wrapped identity; failed
    // PIN attempts per person; the quota per person and the expiry reminder window.
    r#"
CREATE TABLE vault_key (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    identity TEXT NOT NULL,
    recipient TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE TABLE vault_document (
    num INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    installation_id TEXT NOT NULL REFERENCES installation(id),
    person_id TEXT NOT NULL REFERENCES person(id),
    file_name TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    category TEXT NOT NULL,
    original_name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL CHECK (size > 0),
    sha256 TEXT NOT NULL,
    issued_on TEXT,
    expires_on TEXT,
    notes TEXT NOT NULL DEFAULT '',
    private INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1)),
    thumbnail BLOB,
    staff_id TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    CHECK (private = 0 OR thumbnail IS NULL)
);
CREATE INDEX vault_document_person ON vault_document (person_id, created_at);
CREATE INDEX vault_document_expiry ON vault_document (expires_on) WHERE expires_on IS NOT NULL;
CREATE TABLE person_vault_key (
    person_id TEXT PRIMARY KEY NOT NULL REFERENCES person(id),
    recipient TEXT NOT NULL,
    wrapped BLOB NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE TABLE vault_pin_attempt (
    person_id TEXT PRIMARY KEY NOT NULL REFERENCES person(id),
    failures INTEGER NOT NULL DEFAULT 0,
    last_failure_at INTEGER
);
ALTER TABLE settings ADD COLUMN vault_quota_mb INTEGER NOT NULL DEFAULT 600
    CHECK (vault_quota_mb BETWEEN 1 AND 100000);
ALTER TABLE settings ADD COLUMN expiry_window_days INTEGER NOT NULL DEFAULT 60
    CHECK (expiry_window_days BETWEEN 1 AND 366);
"#,
    // 12: the statistics' "new people": whether someone had a session (not deleted) before a
    // day is answered from this index alone; through `support_session_person` each answer also
    // read a table row for `deleted_at`, a random page per person.
    r#"
CREATE INDEX support_session_person_live ON support_session (person_id, date)
    WHERE deleted_at IS NULL;
"#,
    // 13: the statistics' "new people": each person's first activity (the earliest live
    // session or live workshop they took part in), kept by triggers so every path that writes
    // sessions or participants (desk, merge and its undo, erasure, import) keeps it right. The
    // statistics read this small table instead of seeking once per person of the period.
    r#"
CREATE TABLE person_first_activity (
    person_id TEXT PRIMARY KEY NOT NULL,
    date TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO person_first_activity (person_id, date)
    SELECT person_id, min(d) FROM (
        SELECT person_id, date AS d FROM support_session
            WHERE person_id IS NOT NULL AND deleted_at IS NULL
        UNION ALL
        SELECT p.person_id, w.date FROM workshop_participant p
            JOIN workshop w ON w.id = p.workshop_id WHERE w.deleted_at IS NULL)
    GROUP BY person_id;
CREATE VIEW person_first_activity_of AS
    SELECT x.id AS person_id, (SELECT min(d) FROM (
        SELECT min(s.date) AS d FROM support_session s
            WHERE s.person_id = x.id AND s.deleted_at IS NULL
        UNION ALL
        SELECT min(w.date) FROM workshop_participant p JOIN workshop w ON w.id = p.workshop_id
            WHERE p.person_id = x.id AND w.deleted_at IS NULL)) AS date
    FROM person x;
CREATE TRIGGER first_activity_session_insert AFTER INSERT ON support_session
    WHEN new.person_id IS NOT NULL AND new.deleted_at IS NULL
BEGIN
    INSERT INTO person_first_activity (person_id, date) VALUES (new.person_id, new.date)
        ON CONFLICT (person_id) DO UPDATE SET date = min(date, excluded.date);
END;
CREATE TRIGGER first_activity_session_update
    AFTER UPDATE OF person_id, date, deleted_at ON support_session
    WHEN old.person_id IS NOT new.person_id OR old.date IS NOT new.date
        OR old.deleted_at IS NOT new.deleted_at
BEGIN
    DELETE FROM person_first_activity WHERE person_id IN (old.person_id, new.person_id);
    INSERT INTO person_first_activity (person_id, date)
        SELECT person_id, date FROM person_first_activity_of
        WHERE person_id IN (old.person_id, new.person_id) AND date IS NOT NULL;
END;
CREATE TRIGGER first_activity_session_delete AFTER DELETE ON support_session
    WHEN old.person_id IS NOT NULL
BEGIN
    DELETE FROM person_first_activity WHERE person_id = old.person_id;
    INSERT INTO person_first_activity (person_id, date)
        SELECT person_id, date FROM person_first_activity_of
        WHERE person_id = old.person_id AND date IS NOT NULL;
END;
CREATE TRIGGER first_activity_participant_insert AFTER INSERT ON workshop_participant
BEGIN
    INSERT INTO person_first_activity (person_id, date)
        SELECT new.person_id, w.date FROM workshop w
        WHERE w.id = new.workshop_id AND w.deleted_at IS NULL
        ON CONFLICT (person_id) DO UPDATE SET date = min(date, excluded.date);
END;
CREATE TRIGGER first_activity_participant_update AFTER UPDATE ON workshop_participant
BEGIN
    DELETE FROM person_first_activity WHERE person_id IN (old.person_id, new.person_id);
    INSERT INTO person_first_activity (person_id, date)
        SELECT person_id, date FROM person_first_activity_of
        WHERE person_id IN (old.person_id, new.person_id) AND date IS NOT NULL;
END;
CREATE TRIGGER first_activity_participant_delete AFTER DELETE ON workshop_participant
BEGIN
    DELETE FROM person_first_activity WHERE person_id = old.person_id;
    INSERT INTO person_first_activity (person_id, date)
        SELECT person_id, date FROM person_first_activity_of
        WHERE person_id = old.person_id AND date IS NOT NULL;
END;
CREATE TRIGGER first_activity_workshop_update AFTER UPDATE OF date, deleted_at ON workshop
    WHEN old.date IS NOT new.date OR old.deleted_at IS NOT new.deleted_at
BEGIN
    DELETE FROM person_first_activity
        WHERE person_id IN (SELECT person_id FROM workshop_participant WHERE workshop_id = new.id);
    INSERT INTO person_first_activity (person_id, date)
        SELECT person_id, date FROM person_first_activity_of
        WHERE person_id IN (SELECT person_id FROM workshop_participant WHERE workshop_id = new.id)
            AND date IS NOT NULL;
END;
CREATE TRIGGER first_activity_person_delete AFTER DELETE ON person
BEGIN
    DELETE FROM person_first_activity WHERE person_id = old.id;
END;
"#,
];

/// The schema version this build writes.
pub fn schema_version() -> u64 {
    MIGRATIONS.len() as u64
}

fn migration_hash(sql: &str) -> String {
    hex::encode(Sha256::digest(sql.as_bytes()))
}

/// Applies the pragmas every connection needs. The log level is set before the key so a
/// wrong key prints nothing on stderr.
fn key_connection(conn: &Connection, key: &InstallationKey) -> Result<(), StoreError> {
    conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
    conn.execute_batch(key.pragma(None).as_str())?;
    Ok(())
}

fn tune(conn: &Connection) -> Result<(), StoreError> {
    conn.execute_batch(
        "PRAGMA journal_mode = WAL;
         PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON;
         PRAGMA cache_size = -65536;
         PRAGMA secure_delete = ON;
         PRAGMA busy_timeout = 5000;",
    )?;
    Ok(())
}

/// Whether an error is SQLite's "file is not a database", which is what a wrong key gives.
fn is_not_a_database(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::NotADatabase)
    )
}

/// Opens an existing store with `key`; a wrong key or a damaged file is
/// [`StoreError::StoreDamaged`], a store from a newer version [`StoreError::TooNew`]. Nothing
/// is written before the version check.
pub(crate) fn open_existing(path: &Path, key: &InstallationKey) -> Result<Connection, StoreError> {
    if !path.is_file() {
        return Err(StoreError::StoreDamaged("database file missing".into()));
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    key_connection(&conn, key)?;
    let version: i64 = match conn.query_row("PRAGMA user_version", [], |r| r.get(0)) {
        Ok(v) => v,
        Err(e) if is_not_a_database(&e) => {
            return Err(StoreError::StoreDamaged(
                "wrong key or not a database".into(),
            ))
        }
        Err(e) => return Err(e.into()),
    };
    if version as u64 > schema_version() {
        return Err(StoreError::TooNew {
            found: version as u64,
            known: schema_version(),
        });
    }
    tune(&conn)?;
    migrate(&conn)?;
    Ok(conn)
}

/// Creates a new, empty, keyed store at `path` and applies every migration.
pub(crate) fn create(path: &Path, key: &InstallationKey) -> Result<Connection, StoreError> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    key_connection(&conn, key)?;
    tune(&conn)?;
    migrate(&conn)?;
    Ok(conn)
}

/// Applies the missing migrations in one transaction and checks the applied ones are the
/// ones this build knows (same text hash).
pub(crate) fn migrate(conn: &Connection) -> Result<(), StoreError> {
    let tx = conn.unchecked_transaction()?;
    tx.execute_batch(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
            version INTEGER PRIMARY KEY NOT NULL,
            sha256 TEXT NOT NULL
        );",
    )?;
    let current: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let current = current as u64;
    if current > schema_version() {
        return Err(StoreError::TooNew {
            found: current,
            known: schema_version(),
        });
    }
    {
        let mut st =
            tx.prepare("SELECT version, sha256 FROM schema_migrations ORDER BY version")?;
        let rows = st.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
        for row in rows {
            let (v, h) = row?;
            let known = MIGRATIONS
                .get((v as usize).wrapping_sub(1))
                .ok_or_else(|| StoreError::StoreDamaged(format!("unknown migration {v}")))?;
            if migration_hash(known) != h {
                return Err(StoreError::StoreDamaged(format!(
                    "migration {v} differs from this build's"
                )));
            }
        }
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        let v = i as u64 + 1;
        tx.execute_batch(sql)?;
        tx.execute(
            "INSERT INTO schema_migrations (version, sha256) VALUES (?1, ?2)",
            rusqlite::params![v as i64, migration_hash(sql)],
        )?;
        tx.execute_batch(&format!("PRAGMA user_version = {v};"))?;
    }
    tx.commit()?;
    Ok(())
}

/// Re-encrypts the whole database into a new file under a new key (`sqlcipher_export`), then
/// fsyncs it. The destination must not exist.
pub(crate) fn export_to(
    conn: &Connection,
    dest: &Path,
    new_key: &InstallationKey,
) -> Result<(), StoreError> {
    let dest_str = dest
        .to_str()
        .ok_or_else(|| StoreError::Internal("non-UTF-8 data folder path".into()))?;
    let attach = zeroize::Zeroizing::new(format!(
        "ATTACH DATABASE '{}' AS rekeyed KEY {};",
        dest_str.replace('\'', "''"),
        new_key.attach_clause().as_str()
    ));
    // The connection was opened without CREATE, which ATTACH inherits: an empty file is a
    // new database to SQLite.
    std::fs::File::create_new(dest).map_err(|e| StoreError::io(dest, e))?;
    conn.execute_batch(attach.as_str())?;
    let result = (|| -> Result<(), StoreError> {
        conn.query_row("SELECT sqlcipher_export('rekeyed')", [], |_| Ok(()))?;
        let v: i64 = conn.query_row("PRAGMA main.user_version", [], |r| r.get(0))?;
        conn.execute_batch(&format!("PRAGMA rekeyed.user_version = {v};"))?;
        Ok(())
    })();
    let detach = conn.execute_batch("DETACH DATABASE rekeyed;");
    result?;
    detach?;
    std::fs::File::open(dest)
        .and_then(|f| f.sync_all())
        .map_err(|e| StoreError::io(dest, e))?;
    Ok(())
}

/// Full integrity checks of the open database (SQLite's and SQLCipher's page MACs).
pub(crate) fn integrity_problems(conn: &Connection) -> Result<Vec<String>, StoreError> {
    let mut out = Vec::new();
    let mut st = conn.prepare("PRAGMA integrity_check")?;
    for r in st.query_map([], |r| r.get::<_, String>(0))? {
        let r = r?;
        if r != "ok" {
            out.push(r);
        }
    }
    let mut st = conn.prepare("PRAGMA cipher_integrity_check")?;
    for r in st.query_map([], |r| r.get::<_, String>(0))? {
        out.push(r?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_migrations_keep_their_hash() {
        // Editing a shipped migration breaks every existing store: append a new one instead
        // (and add its hash here).
        let shipped = [
            "010bc6b93995e7608065cd433c89a30a99a0c75f8ee33fec8690b7017c81acc4",
            "fcf6b73998390718059448da66b628da5e199c7f06cd1c57af9122ba003d7be6",
            "62e1843ec645fe579c64d6efa9d971280f48d43b60e6e14038d64155bcc54918",
            "254ba6d31cdb5616e735002afbc48870e3a1ee86e93a3f32cde88c7fd6ae4cf6",
            "c60db80b8c03474d2216758427520bba52abe12dfe77d9955e7dfcf2a62ff17c",
            "49f64a27011703a98850a04cd440382eebee7ceda491dc7e5807f5b4fd608f19",
            "87593958d3840cccc622b1e7d9d5ea0de1a0be24a9de6216b9874cba218a1ded",
            "5713f5ea529105ae9f7d923a7bfc2eca71993646ca8ba20cdf38d51af4305c5c",
            "5f4c0244a7b46ab0e4aa66df06f3210a167f0dbd35656e90e2c050cbaba8866a",
            "b53152b0aada710f8cada301d257fbaf32731464a2f972f3bca1d351ec3bd910",
            "ffd5b3895249c740df7c17cede28eab0660ae41e2b6c1783424bdc07081c712b",
            "aaac082d375187568e3bf0cfef989e6e3ae0fc541fff4372868f3fc7618d79de",
            "3762e93cfdaaef06e8c52841ca5f4be820e39b7ea1b809dc873aa8a344ed1dac",
        ];
        for (i, h) in shipped.iter().enumerate() {
            assert_eq!(
                &migration_hash(MIGRATIONS[i]),
                h,
                "migration {} was edited",
                i + 1
            );
        }
        assert_eq!(
            MIGRATIONS.len(),
            shipped.len(),
            "add the new migration's hash"
        );
    }

    #[test]
    fn a_store_from_a_newer_version_is_refused_before_any_write() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join(DB_FILE);
        let k = InstallationKey::generate();
        let c = create(&p, &k).unwrap();
        c.execute_batch(&format!("PRAGMA user_version = {};", schema_version() + 1))
            .unwrap();
        drop(c);
        let before = std::fs::read(&p).unwrap();
        let err = open_existing(&p, &k).unwrap_err();
        assert!(matches!(err, StoreError::TooNew { .. }), "{err:?}");
        assert_eq!(std::fs::read(&p).unwrap(), before);
    }

    #[test]
    fn a_wrong_key_is_refused() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join(DB_FILE);
        drop(create(&p, &InstallationKey::generate()).unwrap());
        let err = open_existing(&p, &InstallationKey::generate()).unwrap_err();
        assert!(matches!(err, StoreError::StoreDamaged(_)), "{err:?}");
    }
}
