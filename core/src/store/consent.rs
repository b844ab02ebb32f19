//! A person's consent: what they agreed to (a record in their name, being contacted, the
//! document vault), when, collected by whom, given by a legal guardian for a minor; and its
//! withdrawal. Every consent ever given stays as history; the one in force is the latest not
//! withdrawn.

use super::error::StoreError;
use super::ids::{ConsentId, PersonId};
use passerelle_api::vocab::{self, ConsentScope};
use rusqlite::{params, Connection, OptionalExtension};

/// A consent as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consent {
    pub id: ConsentId,
    pub scopes: Vec<ConsentScope>,
    pub given_on: String,
    /// The actor code of who collected it.
    pub collected_by: String,
    pub by_guardian: bool,
}

fn invalid(field: &'static str) -> StoreError {
    StoreError::InvalidField { field }
}

/// Records a new consent for `person` (replacing the one in force).
pub(crate) fn record(
    conn: &Connection,
    person: PersonId,
    scopes: &[ConsentScope],
    by_guardian: bool,
    actor: &str,
    today: jiff::civil::Date,
    now_ms: i64,
) -> Result<ConsentId, StoreError> {
    let p = super::people::get(conn, person)?;
    if p.profile.anonymous {
        // Nothing is kept in an anonymous person's name: there is nothing to consent to.
        return Err(invalid("consent"));
    }
    let mut scopes: Vec<ConsentScope> = scopes.to_vec();
    scopes.sort();
    scopes.dedup();
    if scopes.is_empty() {
        return Err(invalid("consent_scopes"));
    }
    if vocab::may_be_minor(p.profile.birth_year, i32::from(today.year())) && !by_guardian {
        return Err(invalid("consent_guardian"));
    }
    withdraw(conn, person, today, now_ms).or_else(|e| match e {
        StoreError::InvalidField { .. } => Ok(()),
        e => Err(e),
    })?;
    let id = ConsentId::new();
    let codes: Vec<&str> = scopes.iter().map(|s| s.code()).collect();
    conn.execute(
        "INSERT INTO consent (id, person_id, scopes, given_on, collected_by, by_guardian,
                              created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            id,
            person,
            codes.join(","),
            today.to_string(),
            actor,
            by_guardian,
            now_ms
        ],
    )?;
    Ok(id)
}

/// Withdraws the consent in force; refused when there is none.
pub(crate) fn withdraw(
    conn: &Connection,
    person: PersonId,
    today: jiff::civil::Date,
    now_ms: i64,
) -> Result<(), StoreError> {
    let n = conn.execute(
        "UPDATE consent SET withdrawn_on = ?2, withdrawn_at = ?3
         WHERE person_id = ?1 AND withdrawn_on IS NULL",
        params![person, today.to_string(), now_ms],
    )?;
    if n == 0 {
        return Err(invalid("consent"));
    }
    Ok(())
}

/// The consent in force, if any.
pub(crate) fn current(conn: &Connection, person: PersonId) -> Result<Option<Consent>, StoreError> {
    Ok(conn
        .query_row(
            "SELECT id, scopes, given_on, collected_by, by_guardian FROM consent
             WHERE person_id = ?1 AND withdrawn_on IS NULL
             ORDER BY created_at DESC LIMIT 1",
            [person],
            |r| {
                let scopes: String = r.get(1)?;
                Ok(Consent {
                    id: r.get(0)?,
                    scopes: scopes.split(',').filter_map(ConsentScope::parse).collect(),
                    given_on: r.get(2)?,
                    collected_by: r.get(3)?,
                    by_guardian: r.get(4)?,
                })
            },
        )
        .optional()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_desk::setup;
    use crate::store::PersonInput;
    use passerelle_api::ErrorCode;

    #[test]
    fn consent_is_given_replaced_and_withdrawn_and_a_minor_needs_a_guardian() {
        let (_d, mut s) = setup();
        let adult = s
            .add_person(&PersonInput {
                last_name: "Martin".into(),
                birth_year: Some(1980),
                ..Default::default()
            })
            .unwrap();
        let minor = s
            .add_person(&PersonInput {
                last_name: "Diallo".into(),
                birth_year: Some(2012),
                ..Default::default()
            })
            .unwrap();
        let anon = s
            .add_person(&PersonInput {
                anonymous: true,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(s.consent_of(adult).unwrap(), None);
        let field = |e: StoreError| match e {
            StoreError::InvalidField { field } => field,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            field(s.record_consent(adult, &[], false).unwrap_err()),
            "consent_scopes"
        );
        assert_eq!(
            field(
                s.record_consent(minor, &[ConsentScope::Record], false)
                    .unwrap_err()
            ),
            "consent_guardian"
        );
        assert_eq!(
            field(
                s.record_consent(anon, &[ConsentScope::Record], false)
                    .unwrap_err()
            ),
            "consent"
        );
        assert_eq!(
            field(s.withdraw_consent(adult).unwrap_err()),
            "consent",
            "nothing to withdraw"
        );

        s.record_consent(
            adult,
            &[
                ConsentScope::Vault,
                ConsentScope::Record,
                ConsentScope::Record,
            ],
            false,
        )
        .unwrap();
        let c = s.consent_of(adult).unwrap().unwrap();
        assert_eq!(c.scopes, [ConsentScope::Record, ConsentScope::Vault]);
        assert!(!c.by_guardian);
        // A new consent replaces the one in force.
        s.record_consent(adult, &[ConsentScope::Record], false)
            .unwrap();
        assert_eq!(
            s.consent_of(adult).unwrap().unwrap().scopes,
            [ConsentScope::Record]
        );
        s.record_consent(minor, &[ConsentScope::Record], true)
            .unwrap();
        assert!(s.consent_of(minor).unwrap().unwrap().by_guardian);
        s.withdraw_consent(adult).unwrap();
        assert_eq!(s.consent_of(adult).unwrap(), None);
        let given: i64 = s
            .conn()
            .query_row(
                "SELECT COUNT(*) FROM consent WHERE person_id = ?1",
                [adult],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(given, 2, "the history stays");
        let actions: Vec<String> = s
            .journal()
            .unwrap()
            .iter()
            .map(|e| e.action.clone())
            .collect();
        assert_eq!(actions.iter().filter(|a| *a == "consent.given").count(), 3);
        assert_eq!(
            actions.iter().filter(|a| *a == "consent.withdrawn").count(),
            1
        );
        assert_eq!(
            s.consent_of(PersonId::new()).unwrap_err().code(),
            ErrorCode::PersonNotFound
        );
    }
}
