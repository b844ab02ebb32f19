//! The audit journal: an append-only table of sensitive actions, each row hash-chained to the
//! previous one. The head (sequence number and hash) is also written to the seal file, so
//! deleting the newest rows is detected too. Rows hold ids and codes only, never personal text.

use super::error::StoreError;
use super::ids::{InstallationId, StaffId};
use super::seal::Anchor;
use passerelle_locales::fluent_id;
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// Who did it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    Staff(StaffId),
    /// Someone who opened the store with the recovery key.
    Recovery,
    /// Passerelle itself (setup).
    System,
}

impl Actor {
    pub fn code(&self) -> String {
        match self {
            Actor::Staff(id) => id.to_string(),
            Actor::Recovery => "recovery".into(),
            Actor::System => "system".into(),
        }
    }
}

/// Stable action codes (never renamed: they are hashed into the chain).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    StoreCreated,
    Unlock,
    RecoveryUnlock,
    StaffAdded,
    StaffDisabled,
    StaffRemoved,
    DeviceBound,
    DeviceUnbound,
    PassphraseChanged,
    Rekey,
    RecoveryRegenerated,
    SettingsChanged,
    PlaceAdded,
    PlaceChanged,
    /// A test write of `passerelle debug write-loop`.
    DebugWrite,
    StaffRoleChanged,
    /// The journal was exported to a file (CSV).
    JournalExported,
    PersonCreated,
    PersonChanged,
    SessionCreated,
    SessionChanged,
    SessionDeleted,
    SessionRestored,
    TagAdded,
    TagChanged,
    PersonMerged,
    PersonUnmerged,
    WorkshopCreated,
    ConsentGiven,
    ConsentWithdrawn,
    FollowUpAdded,
    FollowUpDone,
    FollowUpPostponed,
    PartnerAdded,
    PartnerChanged,
    PersonExported,
    PersonErased,
    RetentionPurged,
    PeopleImported,
    ActivitiesImported,
    SessionsExported,
    /// A training store was filled with demo data (`passerelle demo`).
    DemoGenerated,
    /// An activity report was generated (format, period, counts; no name).
    ReportGenerated,
    VaultOpened,
    DocumentAdded,
    DocumentViewed,
    DocumentChanged,
    DocumentDeleted,
    DocumentExported,
    PrivateVaultEnrolled,
    /// A document was sent to the OS print dialog from the viewer (a plaintext exit).
    DocumentPrinted,
}

impl Action {
    /// Every action, in the order the journal screen's filter menu lists them.
    pub const ALL: [Action; 51] = [
        Action::StoreCreated,
        Action::Unlock,
        Action::RecoveryUnlock,
        Action::StaffAdded,
        Action::StaffRoleChanged,
        Action::StaffDisabled,
        Action::StaffRemoved,
        Action::PassphraseChanged,
        Action::DeviceBound,
        Action::DeviceUnbound,
        Action::Rekey,
        Action::RecoveryRegenerated,
        Action::SettingsChanged,
        Action::PlaceAdded,
        Action::PlaceChanged,
        Action::JournalExported,
        Action::PersonCreated,
        Action::PersonChanged,
        Action::PersonMerged,
        Action::PersonUnmerged,
        Action::ConsentGiven,
        Action::ConsentWithdrawn,
        Action::SessionCreated,
        Action::SessionChanged,
        Action::SessionDeleted,
        Action::SessionRestored,
        Action::WorkshopCreated,
        Action::TagAdded,
        Action::TagChanged,
        Action::FollowUpAdded,
        Action::FollowUpDone,
        Action::FollowUpPostponed,
        Action::PartnerAdded,
        Action::PartnerChanged,
        Action::PersonExported,
        Action::PersonErased,
        Action::RetentionPurged,
        Action::PeopleImported,
        Action::ActivitiesImported,
        Action::SessionsExported,
        Action::ReportGenerated,
        Action::VaultOpened,
        Action::DocumentAdded,
        Action::DocumentViewed,
        Action::DocumentChanged,
        Action::DocumentDeleted,
        Action::DocumentExported,
        Action::DocumentPrinted,
        Action::PrivateVaultEnrolled,
        Action::DemoGenerated,
        Action::DebugWrite,
    ];

    pub const fn code(self) -> &'static str {
        match self {
            Action::StoreCreated => "store.created",
            Action::Unlock => "session.unlock",
            Action::RecoveryUnlock => "session.recovery_unlock",
            Action::StaffAdded => "staff.added",
            Action::StaffDisabled => "staff.disabled",
            Action::StaffRemoved => "staff.removed",
            Action::DeviceBound => "staff.device_bound",
            Action::DeviceUnbound => "staff.device_unbound",
            Action::PassphraseChanged => "staff.passphrase_changed",
            Action::Rekey => "store.rekey",
            Action::RecoveryRegenerated => "store.recovery_regenerated",
            Action::SettingsChanged => "settings.changed",
            Action::PlaceAdded => "place.added",
            Action::PlaceChanged => "place.changed",
            Action::DebugWrite => "debug.write",
            Action::StaffRoleChanged => "staff.role_changed",
            Action::JournalExported => "journal.exported",
            Action::PersonCreated => "person.created",
            Action::PersonChanged => "person.changed",
            Action::SessionCreated => "session_record.created",
            Action::SessionChanged => "session_record.changed",
            Action::SessionDeleted => "session_record.deleted",
            Action::SessionRestored => "session_record.restored",
            Action::TagAdded => "tag.added",
            Action::TagChanged => "tag.changed",
            Action::PersonMerged => "person.merged",
            Action::PersonUnmerged => "person.unmerged",
            Action::WorkshopCreated => "workshop.created",
            Action::ConsentGiven => "consent.given",
            Action::ConsentWithdrawn => "consent.withdrawn",
            Action::FollowUpAdded => "follow_up.added",
            Action::FollowUpDone => "follow_up.done",
            Action::FollowUpPostponed => "follow_up.postponed",
            Action::PartnerAdded => "partner.added",
            Action::PartnerChanged => "partner.changed",
            Action::PersonExported => "person.exported",
            Action::PersonErased => "person.erased",
            Action::RetentionPurged => "retention.purged",
            Action::PeopleImported => "import.people",
            Action::ActivitiesImported => "import.activities",
            Action::SessionsExported => "export.sessions",
            Action::DemoGenerated => "demo.generated",
            Action::ReportGenerated => "report.generated",
            Action::VaultOpened => "vault.opened",
            Action::DocumentAdded => "document.added",
            Action::DocumentViewed => "document.viewed",
            Action::DocumentChanged => "document.changed",
            Action::DocumentDeleted => "document.deleted",
            Action::DocumentExported => "document.exported",
            Action::DocumentPrinted => "document.printed",
            Action::PrivateVaultEnrolled => "vault.private_enrolled",
        }
    }

    /// The Fluent id of the action's label (`journal-action-` and the code with `-` for `.`
    /// and `_`, which Fluent ids cannot hold or which read badly).
    pub fn label_id(self) -> &'static str {
        match self {
            Action::StoreCreated => fluent_id!("journal-action-store-created"),
            Action::Unlock => fluent_id!("journal-action-session-unlock"),
            Action::RecoveryUnlock => fluent_id!("journal-action-session-recovery-unlock"),
            Action::StaffAdded => fluent_id!("journal-action-staff-added"),
            Action::StaffDisabled => fluent_id!("journal-action-staff-disabled"),
            Action::StaffRemoved => fluent_id!("journal-action-staff-removed"),
            Action::DeviceBound => fluent_id!("journal-action-staff-device-bound"),
            Action::DeviceUnbound => fluent_id!("journal-action-staff-device-unbound"),
            Action::PassphraseChanged => fluent_id!("journal-action-staff-passphrase-changed"),
            Action::Rekey => fluent_id!("journal-action-store-rekey"),
            Action::RecoveryRegenerated => {
                fluent_id!("journal-action-store-recovery-regenerated")
            }
            Action::SettingsChanged => fluent_id!("journal-action-settings-changed"),
            Action::PlaceAdded => fluent_id!("journal-action-place-added"),
            Action::PlaceChanged => fluent_id!("journal-action-place-changed"),
            Action::DebugWrite => fluent_id!("journal-action-debug-write"),
            Action::StaffRoleChanged => fluent_id!("journal-action-staff-role-changed"),
            Action::JournalExported => fluent_id!("journal-action-journal-exported"),
            Action::PersonCreated => fluent_id!("journal-action-person-created"),
            Action::PersonChanged => fluent_id!("journal-action-person-changed"),
            Action::SessionCreated => fluent_id!("journal-action-session-record-created"),
            Action::SessionChanged => fluent_id!("journal-action-session-record-changed"),
            Action::SessionDeleted => fluent_id!("journal-action-session-record-deleted"),
            Action::SessionRestored => fluent_id!("journal-action-session-record-restored"),
            Action::TagAdded => fluent_id!("journal-action-tag-added"),
            Action::TagChanged => fluent_id!("journal-action-tag-changed"),
            Action::PersonMerged => fluent_id!("journal-action-person-merged"),
            Action::PersonUnmerged => fluent_id!("journal-action-person-unmerged"),
            Action::WorkshopCreated => fluent_id!("journal-action-workshop-created"),
            Action::ConsentGiven => fluent_id!("journal-action-consent-given"),
            Action::ConsentWithdrawn => fluent_id!("journal-action-consent-withdrawn"),
            Action::FollowUpAdded => fluent_id!("journal-action-follow-up-added"),
            Action::FollowUpDone => fluent_id!("journal-action-follow-up-done"),
            Action::FollowUpPostponed => fluent_id!("journal-action-follow-up-postponed"),
            Action::PartnerAdded => fluent_id!("journal-action-partner-added"),
            Action::PartnerChanged => fluent_id!("journal-action-partner-changed"),
            Action::PersonExported => fluent_id!("journal-action-person-exported"),
            Action::PersonErased => fluent_id!("journal-action-person-erased"),
            Action::RetentionPurged => fluent_id!("journal-action-retention-purged"),
            Action::PeopleImported => fluent_id!("journal-action-import-people"),
            Action::ActivitiesImported => fluent_id!("journal-action-import-activities"),
            Action::SessionsExported => fluent_id!("journal-action-export-sessions"),
            Action::DemoGenerated => fluent_id!("journal-action-demo-generated"),
            Action::ReportGenerated => fluent_id!("journal-action-report-generated"),
            Action::VaultOpened => fluent_id!("journal-action-vault-opened"),
            Action::DocumentAdded => fluent_id!("journal-action-document-added"),
            Action::DocumentViewed => fluent_id!("journal-action-document-viewed"),
            Action::DocumentChanged => fluent_id!("journal-action-document-changed"),
            Action::DocumentDeleted => fluent_id!("journal-action-document-deleted"),
            Action::DocumentExported => fluent_id!("journal-action-document-exported"),
            Action::DocumentPrinted => fluent_id!("journal-action-document-printed"),
            Action::PrivateVaultEnrolled => fluent_id!("journal-action-vault-private-enrolled"),
        }
    }

    /// The action with this stable code.
    pub fn from_code(code: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.code() == code)
    }
}

/// Every action code, for the journal screen's filter menu (same order as [`Action::ALL`]).
pub fn action_codes() -> &'static [&'static str] {
    const CODES: [&str; Action::ALL.len()] = {
        let mut out = [""; Action::ALL.len()];
        let mut i = 0;
        while i < Action::ALL.len() {
            out[i] = Action::ALL[i].code();
            i += 1;
        }
        out
    };
    &CODES
}

/// The Fluent id of the label of an action code as stored in a row (`None` for a code this
/// version does not know).
pub fn action_label_id(code: &str) -> Option<&'static str> {
    Action::from_code(code).map(Action::label_id)
}

/// Which rows of the journal to show. Every criterion is optional; `limit` 0 means no limit.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalFilter {
    /// [`Actor::code`]: a staff id, `recovery` or `system`.
    pub actor: Option<String>,
    /// [`Action::code`].
    pub action: Option<String>,
    /// Unix milliseconds, inclusive.
    pub from_ms: Option<i64>,
    /// Unix milliseconds, exclusive.
    pub to_ms: Option<i64>,
    pub limit: u32,
    pub offset: u32,
}

/// One row as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub seq: u64,
    pub actor: String,
    pub action: String,
    pub record_id: Option<String>,
    /// Unix milliseconds.
    pub at: i64,
    pub prev_hash: Vec<u8>,
    pub hash: Vec<u8>,
}

/// Where and how the chain is broken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BreakKind {
    /// A row's content does not match its hash (edited).
    Altered,
    /// A row's link to the previous one does not match (a row before it was removed or edited).
    Unlinked,
    /// A sequence number is missing (a middle row was deleted).
    Missing,
    /// The newest rows are gone: the table ends before the anchor in the seal file.
    Truncated,
    /// The row at the anchor's sequence number is not the anchored one.
    AnchorMismatch,
}

impl BreakKind {
    pub fn as_str(self) -> &'static str {
        match self {
            BreakKind::Altered => "row altered",
            BreakKind::Unlinked => "link to previous row broken",
            BreakKind::Missing => "row missing",
            BreakKind::Truncated => "newest rows deleted",
            BreakKind::AnchorMismatch => "head differs from the anchor",
        }
    }
}

/// The result of a chain check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Intact { head: Anchor },
    Broken { seq: u64, kind: BreakKind },
}

impl Verdict {
    pub fn into_result(self) -> Result<Anchor, StoreError> {
        match self {
            Verdict::Intact { head } => Ok(head),
            Verdict::Broken { seq, kind } => Err(StoreError::JournalBroken {
                seq,
                kind: kind.as_str(),
            }),
        }
    }
}

/// The `prev_hash` of the first row: bound to the installation.
pub fn genesis(installation: InstallationId) -> Vec<u8> {
    let mut h = Sha256::new();
    h.update(b"passerelle/journal/genesis/v1");
    h.update(installation.as_uuid().as_bytes());
    h.finalize().to_vec()
}

fn field(h: &mut Sha256, b: &[u8]) {
    h.update((b.len() as u64).to_be_bytes());
    h.update(b);
}

/// The hash of a row: every field, length-prefixed, and the previous hash.
pub fn row_hash(
    seq: u64,
    actor: &str,
    action: &str,
    record_id: Option<&str>,
    at: i64,
    prev: &[u8],
) -> Vec<u8> {
    let mut h = Sha256::new();
    h.update(b"passerelle/journal/row/v1");
    h.update(seq.to_be_bytes());
    field(&mut h, actor.as_bytes());
    field(&mut h, action.as_bytes());
    match record_id {
        Some(r) => {
            h.update([1]);
            field(&mut h, r.as_bytes());
        }
        None => h.update([0]),
    }
    h.update(at.to_be_bytes());
    field(&mut h, prev);
    h.finalize().to_vec()
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// Appends a row inside the caller's transaction (or alone) and returns the new head.
pub(crate) fn append(
    conn: &Connection,
    installation: InstallationId,
    actor: Actor,
    action: Action,
    record_id: Option<&str>,
) -> Result<Anchor, StoreError> {
    let last: Option<(i64, Vec<u8>)> = conn
        .query_row(
            "SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let (seq, prev) = match last {
        Some((s, h)) => (s as u64 + 1, h),
        None => (1, genesis(installation)),
    };
    let at = now_ms();
    let actor = actor.code();
    let hash = row_hash(seq, &actor, action.code(), record_id, at, &prev);
    conn.execute(
        "INSERT INTO journal (seq, actor, action, record_id, at, prev_hash, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![seq as i64, actor, action.code(), record_id, at, prev, hash],
    )?;
    Ok(Anchor {
        seq,
        hash: hex::encode(&hash),
    })
}

/// Whether the anchored row is still in the table, unchanged. The anchor only moves forward
/// while this holds, so a tampered table never gets a fresh anchor that would hide the damage.
pub(crate) fn anchor_holds(conn: &Connection, anchor: &Anchor) -> Result<bool, StoreError> {
    if anchor.seq == 0 {
        return Ok(true);
    }
    let h: Option<Vec<u8>> = conn
        .query_row(
            "SELECT hash FROM journal WHERE seq = ?1",
            [anchor.seq as i64],
            |r| r.get(0),
        )
        .optional()?;
    Ok(h.is_some_and(|h| hex::encode(h) == anchor.hash))
}

/// Every row, oldest first.
pub(crate) fn entries(conn: &Connection) -> Result<Vec<Entry>, StoreError> {
    let mut st = conn.prepare(
        "SELECT seq, actor, action, record_id, at, prev_hash, hash FROM journal ORDER BY seq",
    )?;
    let rows = st.query_map([], entry_of)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn entry_of(r: &rusqlite::Row<'_>) -> rusqlite::Result<Entry> {
    Ok(Entry {
        seq: r.get::<_, i64>(0)? as u64,
        actor: r.get(1)?,
        action: r.get(2)?,
        record_id: r.get(3)?,
        at: r.get(4)?,
        prev_hash: r.get(5)?,
        hash: r.get(6)?,
    })
}

/// The `WHERE` clause of a filter and its parameters (values are always bound, never spliced).
fn filter_sql(f: &JournalFilter) -> (String, Vec<rusqlite::types::Value>) {
    use rusqlite::types::Value;
    let mut clauses = Vec::new();
    let mut values = Vec::new();
    if let Some(a) = &f.actor {
        clauses.push("actor = ?");
        values.push(Value::Text(a.clone()));
    }
    if let Some(a) = &f.action {
        clauses.push("action = ?");
        values.push(Value::Text(a.clone()));
    }
    if let Some(t) = f.from_ms {
        clauses.push("at >= ?");
        values.push(Value::Integer(t));
    }
    if let Some(t) = f.to_ms {
        clauses.push("at < ?");
        values.push(Value::Integer(t));
    }
    let sql = if clauses.is_empty() {
        String::new()
    } else {
        format!(" WHERE {}", clauses.join(" AND "))
    };
    (sql, values)
}

/// One page of matching rows, newest first, and the number of matching rows.
pub(crate) fn query(conn: &Connection, f: &JournalFilter) -> Result<(Vec<Entry>, u64), StoreError> {
    let (clause, mut values) = filter_sql(f);
    let total: i64 = conn.query_row(
        &format!("SELECT count(*) FROM journal{clause}"),
        rusqlite::params_from_iter(values.iter()),
        |r| r.get(0),
    )?;
    // SQLite reads LIMIT -1 as "no limit".
    let limit = if f.limit == 0 { -1 } else { i64::from(f.limit) };
    values.push(rusqlite::types::Value::Integer(limit));
    values.push(rusqlite::types::Value::Integer(i64::from(f.offset)));
    let mut st = conn.prepare(&format!(
        "SELECT seq, actor, action, record_id, at, prev_hash, hash FROM journal{clause}
         ORDER BY seq DESC LIMIT ? OFFSET ?"
    ))?;
    let rows = st.query_map(rusqlite::params_from_iter(values.iter()), entry_of)?;
    Ok((rows.collect::<Result<_, _>>()?, total as u64))
}

/// Every matching row, oldest first (for exports: a file reads top to bottom in time).
pub(crate) fn matching(conn: &Connection, f: &JournalFilter) -> Result<Vec<Entry>, StoreError> {
    let (clause, values) = filter_sql(f);
    let mut st = conn.prepare(&format!(
        "SELECT seq, actor, action, record_id, at, prev_hash, hash FROM journal{clause}
         ORDER BY seq"
    ))?;
    let rows = st.query_map(rusqlite::params_from_iter(values.iter()), entry_of)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Checks the whole chain against the anchor kept in the seal file, naming the first broken
/// link. An anchor one step behind the table is accepted (a kill between the row's commit and
/// the seal write); an anchor ahead of it means rows were deleted.
pub(crate) fn verify(
    conn: &Connection,
    installation: InstallationId,
    anchor: &Anchor,
) -> Result<Verdict, StoreError> {
    let rows = entries(conn)?;
    let mut prev = genesis(installation);
    let mut expected = 1u64;
    let mut anchored_seen = anchor.seq == 0;
    for e in &rows {
        if e.seq != expected {
            return Ok(Verdict::Broken {
                seq: expected,
                kind: BreakKind::Missing,
            });
        }
        if e.prev_hash != prev {
            return Ok(Verdict::Broken {
                seq: e.seq,
                kind: BreakKind::Unlinked,
            });
        }
        let h = row_hash(
            e.seq,
            &e.actor,
            &e.action,
            e.record_id.as_deref(),
            e.at,
            &e.prev_hash,
        );
        if h != e.hash {
            return Ok(Verdict::Broken {
                seq: e.seq,
                kind: BreakKind::Altered,
            });
        }
        if e.seq == anchor.seq {
            if hex::encode(&e.hash) != anchor.hash {
                return Ok(Verdict::Broken {
                    seq: e.seq,
                    kind: BreakKind::AnchorMismatch,
                });
            }
            anchored_seen = true;
        }
        prev = e.hash.clone();
        expected += 1;
    }
    let head_seq = expected - 1;
    if !anchored_seen || head_seq < anchor.seq {
        return Ok(Verdict::Broken {
            seq: head_seq + 1,
            kind: BreakKind::Truncated,
        });
    }
    Ok(Verdict::Intact {
        head: Anchor {
            seq: head_seq,
            hash: hex::encode(prev),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::db;
    use crate::store::secret::InstallationKey;

    fn journal_with(n: usize) -> (tempfile::TempDir, Connection, InstallationId, Anchor) {
        let d = tempfile::tempdir().unwrap();
        let c = db::create(&d.path().join("j.db"), &InstallationKey::generate()).unwrap();
        let inst = InstallationId::new();
        let mut a = Anchor::default();
        for i in 0..n {
            a = append(
                &c,
                inst,
                Actor::Staff(StaffId::new()),
                Action::DebugWrite,
                Some(&format!("r{i}")),
            )
            .unwrap();
        }
        (d, c, inst, a)
    }

    fn unprotect(c: &Connection) {
        c.execute_batch("DROP TRIGGER journal_no_update; DROP TRIGGER journal_no_delete;")
            .unwrap();
    }

    #[test]
    fn an_intact_chain_verifies_and_the_table_refuses_edits() {
        let (_d, c, inst, a) = journal_with(5);
        assert_eq!(
            verify(&c, inst, &a).unwrap(),
            Verdict::Intact { head: a.clone() }
        );
        assert!(c.execute("DELETE FROM journal WHERE seq = 2", []).is_err());
        assert!(c
            .execute("UPDATE journal SET action = 'x' WHERE seq = 2", [])
            .is_err());
    }

    #[test]
    fn an_edited_row_is_named() {
        let (_d, c, inst, a) = journal_with(6);
        unprotect(&c);
        c.execute(
            "UPDATE journal SET action = 'staff.removed' WHERE seq = 3",
            [],
        )
        .unwrap();
        assert_eq!(
            verify(&c, inst, &a).unwrap(),
            Verdict::Broken {
                seq: 3,
                kind: BreakKind::Altered
            }
        );
    }

    #[test]
    fn an_edited_row_with_recomputed_hash_breaks_the_next_link() {
        let (_d, c, inst, a) = journal_with(6);
        unprotect(&c);
        let e = &entries(&c).unwrap()[2];
        let h = row_hash(
            e.seq,
            &e.actor,
            "x",
            e.record_id.as_deref(),
            e.at,
            &e.prev_hash,
        );
        c.execute(
            "UPDATE journal SET action = 'x', hash = ?1 WHERE seq = 3",
            params![h],
        )
        .unwrap();
        assert_eq!(
            verify(&c, inst, &a).unwrap(),
            Verdict::Broken {
                seq: 4,
                kind: BreakKind::Unlinked
            }
        );
    }

    #[test]
    fn a_deleted_middle_row_is_named() {
        let (_d, c, inst, a) = journal_with(6);
        unprotect(&c);
        c.execute("DELETE FROM journal WHERE seq = 4", []).unwrap();
        assert_eq!(
            verify(&c, inst, &a).unwrap(),
            Verdict::Broken {
                seq: 4,
                kind: BreakKind::Missing
            }
        );
    }

    #[test]
    fn deleted_newest_rows_are_caught_by_the_anchor() {
        let (_d, c, inst, a) = journal_with(6);
        unprotect(&c);
        c.execute("DELETE FROM journal WHERE seq >= 5", []).unwrap();
        assert_eq!(
            verify(&c, inst, &a).unwrap(),
            Verdict::Broken {
                seq: 5,
                kind: BreakKind::Truncated
            }
        );
        // Even the whole table.
        c.execute("DELETE FROM journal", []).unwrap();
        assert_eq!(
            verify(&c, inst, &a).unwrap(),
            Verdict::Broken {
                seq: 1,
                kind: BreakKind::Truncated
            }
        );
    }

    #[test]
    fn every_action_is_listed_once_with_a_label_in_every_language() {
        let codes = action_codes();
        assert_eq!(codes.len(), Action::ALL.len());
        let unique: std::collections::BTreeSet<_> = codes.iter().collect();
        assert_eq!(unique.len(), codes.len(), "duplicate action in Action::ALL");
        // Adding a variant breaks this exhaustive match: add it to `Action::ALL` too.
        let listed = |a: Action| match a {
            Action::StoreCreated
            | Action::Unlock
            | Action::RecoveryUnlock
            | Action::StaffAdded
            | Action::StaffRoleChanged
            | Action::StaffDisabled
            | Action::StaffRemoved
            | Action::PassphraseChanged
            | Action::DeviceBound
            | Action::DeviceUnbound
            | Action::Rekey
            | Action::RecoveryRegenerated
            | Action::SettingsChanged
            | Action::PlaceAdded
            | Action::PlaceChanged
            | Action::JournalExported
            | Action::PersonCreated
            | Action::PersonChanged
            | Action::SessionCreated
            | Action::SessionChanged
            | Action::SessionDeleted
            | Action::SessionRestored
            | Action::TagAdded
            | Action::TagChanged
            | Action::PersonMerged
            | Action::PersonUnmerged
            | Action::WorkshopCreated
            | Action::ConsentGiven
            | Action::ConsentWithdrawn
            | Action::FollowUpAdded
            | Action::FollowUpDone
            | Action::FollowUpPostponed
            | Action::PartnerAdded
            | Action::PartnerChanged
            | Action::PersonExported
            | Action::PersonErased
            | Action::RetentionPurged
            | Action::PeopleImported
            | Action::ActivitiesImported
            | Action::SessionsExported
            | Action::DemoGenerated
            | Action::ReportGenerated
            | Action::VaultOpened
            | Action::DocumentAdded
            | Action::DocumentViewed
            | Action::DocumentChanged
            | Action::DocumentDeleted
            | Action::DocumentExported
            | Action::DocumentPrinted
            | Action::PrivateVaultEnrolled
            | Action::DebugWrite => Action::ALL.contains(&a),
        };
        for a in Action::ALL {
            assert!(listed(a));
            assert_eq!(Action::from_code(a.code()), Some(a));
            assert_eq!(action_label_id(a.code()), Some(a.label_id()));
            for lang in ["fr", "en", "ar"] {
                let t = passerelle_locales::Translator::new(lang, false);
                assert!(
                    t.try_format(a.label_id(), None).is_some(),
                    "{lang}: no {}",
                    a.label_id()
                );
            }
        }
        assert_eq!(action_label_id("no.such_action"), None);
    }

    #[test]
    fn queries_filter_page_and_count_newest_first() {
        let d = tempfile::tempdir().unwrap();
        let c = db::create(&d.path().join("j.db"), &InstallationKey::generate()).unwrap();
        let inst = InstallationId::new();
        let a = Actor::Staff(StaffId::new());
        for i in 0..10 {
            let (who, what) = if i % 2 == 0 {
                (a, Action::PlaceAdded)
            } else {
                (Actor::Recovery, Action::Unlock)
            };
            append(&c, inst, who, what, Some(&format!("r{i}"))).unwrap();
        }
        let all = entries(&c).unwrap();
        let (rows, total) = query(&c, &JournalFilter::default()).unwrap();
        assert_eq!(total, 10);
        assert_eq!(rows.first().unwrap().seq, 10);
        assert_eq!(rows.last().unwrap().seq, 1);

        let mine = JournalFilter {
            actor: Some(a.code()),
            limit: 2,
            offset: 1,
            ..Default::default()
        };
        let (rows, total) = query(&c, &mine).unwrap();
        assert_eq!(total, 5);
        assert_eq!(rows.iter().map(|e| e.seq).collect::<Vec<_>>(), vec![7, 5]);

        let unlocks = JournalFilter {
            action: Some("session.unlock".into()),
            from_ms: Some(all[3].at),
            to_ms: Some(all[7].at + 1),
            ..Default::default()
        };
        let (rows, total) = query(&c, &unlocks).unwrap();
        assert!(rows.iter().all(|e| e.action == "session.unlock"));
        assert!(rows.iter().all(|e| e.at >= all[3].at && e.at <= all[7].at));
        assert_eq!(total as usize, rows.len());
        assert!(rows.iter().any(|e| e.seq == 8) && rows.iter().any(|e| e.seq == 4));

        // Values are bound, never spliced into the SQL.
        let odd = JournalFilter {
            actor: Some("x' OR '1'='1".into()),
            ..Default::default()
        };
        assert_eq!(query(&c, &odd).unwrap().1, 0);
        assert_eq!(matching(&c, &JournalFilter::default()).unwrap(), all);
    }

    #[test]
    fn an_anchor_one_row_behind_is_accepted_but_not_a_foreign_one() {
        let (_d, c, inst, a) = journal_with(3);
        append(&c, inst, Actor::System, Action::DebugWrite, None).unwrap();
        assert!(matches!(
            verify(&c, inst, &a).unwrap(),
            Verdict::Intact { .. }
        ));
        let forged = Anchor {
            seq: 2,
            hash: "00".repeat(32),
        };
        assert_eq!(
            verify(&c, inst, &forged).unwrap(),
            Verdict::Broken {
                seq: 2,
                kind: BreakKind::AnchorMismatch
            }
        );
    }
}
