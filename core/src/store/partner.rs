//! The centre's partner directory: the services people are referred to (name, address, phone,
//! hours, Soliguide category, notes). A session's referral may point at one. Partners are
//! archived, never deleted, so past referrals keep their name.

use super::error::StoreError;
use super::ids::{InstallationId, PartnerId};
use super::journal::Action;
use super::session::{now_ms, Permission, Session};
use passerelle_api::follow::PartnerInput;
use passerelle_api::vocab::PartnerCategory;
use rusqlite::{params, Connection, OptionalExtension, Row};

const MAX_NAME: usize = 120;
const MAX_FIELD: usize = 200;
const MAX_NOTES: usize = 1000;

/// A partner as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Partner {
    pub id: PartnerId,
    pub input: PartnerInput,
    pub archived: bool,
    pub referrals: u32,
}

fn invalid(field: &'static str) -> StoreError {
    StoreError::InvalidField { field }
}

pub(crate) fn validate(input: &PartnerInput) -> Result<PartnerInput, StoreError> {
    let mut p = input.clone();
    for v in [
        &mut p.name,
        &mut p.address,
        &mut p.phone,
        &mut p.email,
        &mut p.hours,
        &mut p.notes,
    ] {
        *v = v.trim().to_owned();
    }
    if p.name.is_empty() || p.name.chars().count() > MAX_NAME {
        return Err(invalid("partner_name"));
    }
    if p.category.is_none() {
        return Err(invalid("partner_category"));
    }
    for (v, field) in [
        (&p.address, "partner_address"),
        (&p.phone, "partner_phone"),
        (&p.email, "partner_email"),
        (&p.hours, "partner_hours"),
    ] {
        if v.chars().count() > MAX_FIELD {
            return Err(invalid(field));
        }
    }
    if !p.email.is_empty() && !is_email(&p.email) {
        return Err(invalid("partner_email"));
    }
    if p.notes.chars().count() > MAX_NOTES {
        return Err(invalid("partner_notes"));
    }
    Ok(p)
}

fn is_email(s: &str) -> bool {
    match s.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !s.chars().any(char::is_whitespace)
        }
        None => false,
    }
}

const COLUMNS: &str = "p.id, p.name, p.category, p.address, p.phone, p.email, p.hours, p.notes,
    p.archived,
    (SELECT COUNT(*) FROM support_session s WHERE s.partner_id = p.id AND s.deleted_at IS NULL)";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Partner> {
    let category: String = r.get(2)?;
    Ok(Partner {
        id: r.get(0)?,
        input: PartnerInput {
            name: r.get(1)?,
            category: PartnerCategory::parse(&category),
            address: r.get(3)?,
            phone: r.get(4)?,
            email: r.get(5)?,
            hours: r.get(6)?,
            notes: r.get(7)?,
        },
        archived: r.get(8)?,
        referrals: r.get(9)?,
    })
}

pub(crate) fn insert(
    conn: &Connection,
    installation: InstallationId,
    p: &PartnerInput,
    now_ms: i64,
) -> Result<PartnerId, StoreError> {
    let id = PartnerId::new();
    conn.execute(
        "INSERT INTO partner (id, installation_id, name, category, address, phone, email, hours,
             notes, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
        params![
            id,
            installation,
            p.name,
            p.category.map(PartnerCategory::code),
            p.address,
            p.phone,
            p.email,
            p.hours,
            p.notes,
            now_ms
        ],
    )?;
    Ok(id)
}

pub(crate) fn get(conn: &Connection, id: PartnerId) -> Result<Partner, StoreError> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM partner p WHERE p.id = ?1"),
        [id],
        from_row,
    )
    .optional()?
    .ok_or(StoreError::PartnerNotFound)
}

/// Every partner, active ones first, by name.
pub(crate) fn all(conn: &Connection) -> Result<Vec<Partner>, StoreError> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM partner p ORDER BY p.archived, p.name COLLATE NOCASE"
    ))?;
    let rows = st.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

impl Session {
    pub fn add_partner(&mut self, input: &PartnerInput) -> Result<PartnerId, StoreError> {
        self.require(Permission::RecordActivity)?;
        let p = validate(input)?;
        let installation = self.installation();
        self.write_journaled(Action::PartnerAdded, |c| {
            let id = insert(c, installation, &p, now_ms())?;
            Ok((id, Some(id.to_string())))
        })
    }

    /// Changes a partner's details, or archives it (it then leaves the referral menu but
    /// past referrals keep showing its name).
    pub fn update_partner(
        &mut self,
        id: PartnerId,
        input: &PartnerInput,
        archived: bool,
    ) -> Result<(), StoreError> {
        self.require(Permission::RecordActivity)?;
        let p = validate(input)?;
        self.write_journaled(Action::PartnerChanged, |c| {
            let n = c.execute(
                "UPDATE partner SET name = ?2, category = ?3, address = ?4, phone = ?5,
                     email = ?6, hours = ?7, notes = ?8, archived = ?9, updated_at = ?10
                 WHERE id = ?1",
                params![
                    id,
                    p.name,
                    p.category.map(PartnerCategory::code),
                    p.address,
                    p.phone,
                    p.email,
                    p.hours,
                    p.notes,
                    archived,
                    now_ms()
                ],
            )?;
            if n == 0 {
                return Err(StoreError::PartnerNotFound);
            }
            Ok(((), Some(id.to_string())))
        })
    }

    pub fn partner(&self, id: PartnerId) -> Result<Partner, StoreError> {
        self.require(Permission::RecordActivity)?;
        get(self.conn(), id)
    }

    pub fn partners(&self) -> Result<Vec<Partner>, StoreError> {
        self.require(Permission::RecordActivity)?;
        all(self.conn())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_desk::setup;
    use crate::store::PersonInput;
    use passerelle_api::vocab::{Canal, ReferralCategory};
    use passerelle_api::ErrorCode;

    fn ccas() -> PartnerInput {
        PartnerInput {
            name: " CCAS de Montreuil ".into(),
            category: Some(PartnerCategory::Counseling),
            address: "1 place Jean-Jaurès, 93100 Montreuil".into(),
            phone: "01 48 70 60 00".into(),
            email: "accueil@ccas.example.org".into(),
            hours: "lun.–ven. 9 h–12 h".into(),
            notes: String::new(),
        }
    }

    #[test]
    fn a_session_refers_to_a_partner_who_counts_it() {
        let (_d, mut s) = setup();
        let id = s.add_partner(&ccas()).unwrap();
        assert_eq!(s.partner(id).unwrap().input.name, "CCAS de Montreuil");
        let person = s
            .add_person(&PersonInput {
                first_name: "Lina".into(),
                last_name: "Haddad".into(),
                ..Default::default()
            })
            .unwrap();
        let mut session = crate::store::test_desk::email_session(
            Some(person),
            &crate::store::session::today().to_string(),
        );
        session.canal = Canal::Place;
        session.referral = Some(ReferralCategory::SocialSupport);
        session.partner = Some(id.to_string());
        let sid = s.add_support_session(&session).unwrap();
        assert_eq!(
            s.support_session(sid).unwrap().input.partner,
            Some(id.to_string())
        );
        assert_eq!(s.partners().unwrap()[0].referrals, 1);

        // No referral category: no partner either.
        session.referral = None;
        let other = s.add_support_session(&session).unwrap();
        assert_eq!(s.support_session(other).unwrap().input.partner, None);
        // An unknown partner is refused.
        session.referral = Some(ReferralCategory::Other);
        session.partner = Some(PartnerId::new().to_string());
        assert!(matches!(
            s.add_support_session(&session).unwrap_err(),
            StoreError::InvalidField { field: "partner" }
        ));

        // Archived partners keep their referrals and sort last.
        let b = s
            .add_partner(&PartnerInput {
                name: "Mission locale".into(),
                category: Some(PartnerCategory::TrainingAndJobs),
                ..Default::default()
            })
            .unwrap();
        s.update_partner(id, &ccas(), true).unwrap();
        let all = s.partners().unwrap();
        assert_eq!(all.iter().map(|p| p.id).collect::<Vec<_>>(), [b, id]);
        assert!(all[1].archived);
        assert_eq!(all[1].referrals, 1);
    }

    #[test]
    fn bad_partners_are_refused_with_their_field() {
        let (_d, mut s) = setup();
        let field = |r: Result<PartnerId, StoreError>| match r.unwrap_err() {
            StoreError::InvalidField { field } => field,
            e => panic!("{e:?}"),
        };
        let mut p = ccas();
        p.name = "  ".into();
        assert_eq!(field(s.add_partner(&p)), "partner_name");
        p = ccas();
        p.category = None;
        assert_eq!(field(s.add_partner(&p)), "partner_category");
        p = ccas();
        p.email = "accueil at ccas".into();
        assert_eq!(field(s.add_partner(&p)), "partner_email");
        assert_eq!(
            s.update_partner(PartnerId::new(), &ccas(), false)
                .unwrap_err()
                .code(),
            ErrorCode::PartnerNotFound
        );
        assert!(s.partners().unwrap().is_empty(), "nothing half-written");
    }
}
