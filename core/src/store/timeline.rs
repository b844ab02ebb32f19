//! A person's history at a glance: sessions, workshops, follow-ups and consent changes,
//! newest first. (Documents and guides join it when the vault and the guides exist.)

use super::consent::Consent;
use super::error::StoreError;
use super::follow_up::{self, FollowUp};
use super::ids::PersonId;
use super::people;
use super::session::{Permission, Session};
use super::support::{self, SupportSession};
use super::workshop::{self, Workshop};
use passerelle_api::vocab::ConsentScope;
use rusqlite::Connection;

/// One line of the timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimelineItem {
    Session(SupportSession),
    Workshop(Workshop),
    FollowUp(FollowUp),
    ConsentGiven(Consent),
    ConsentWithdrawn { on: String },
}

impl TimelineItem {
    /// The civil date it sorts by.
    pub fn date(&self) -> &str {
        match self {
            TimelineItem::Session(s) => &s.input.date,
            TimelineItem::Workshop(w) => &w.input.date,
            TimelineItem::FollowUp(f) => &f.input.due_date,
            TimelineItem::ConsentGiven(c) => &c.given_on,
            TimelineItem::ConsentWithdrawn { on } => on,
        }
    }

    /// Within a day: what was recorded last comes first.
    fn recorded_ms(&self) -> i64 {
        match self {
            TimelineItem::Session(s) => s.created_at_ms,
            TimelineItem::Workshop(w) => w.created_at_ms,
            TimelineItem::FollowUp(f) => f.created_at_ms,
            TimelineItem::ConsentGiven(_) | TimelineItem::ConsentWithdrawn { .. } => 0,
        }
    }
}

/// Every consent given, and every withdrawal, oldest first.
fn consent_history(conn: &Connection, person: PersonId) -> Result<Vec<TimelineItem>, StoreError> {
    let mut st = conn.prepare_cached(
        "SELECT id, scopes, given_on, collected_by, by_guardian, withdrawn_on FROM consent
         WHERE person_id = ?1 ORDER BY created_at",
    )?;
    let rows = st.query_map([person], |r| {
        let scopes: String = r.get(1)?;
        Ok((
            Consent {
                id: r.get(0)?,
                scopes: scopes.split(',').filter_map(ConsentScope::parse).collect(),
                given_on: r.get(2)?,
                collected_by: r.get(3)?,
                by_guardian: r.get(4)?,
            },
            r.get::<_, Option<String>>(5)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (c, withdrawn) = row?;
        out.push(TimelineItem::ConsentGiven(c));
        if let Some(on) = withdrawn {
            out.push(TimelineItem::ConsentWithdrawn { on });
        }
    }
    Ok(out)
}

pub(crate) fn of_person(
    conn: &Connection,
    person: PersonId,
) -> Result<Vec<TimelineItem>, StoreError> {
    people::get(conn, person)?;
    let mut items: Vec<TimelineItem> = support::of_person(conn, person)?
        .into_iter()
        .map(TimelineItem::Session)
        .collect();
    items.extend(
        workshop::of_person(conn, person)?
            .into_iter()
            .map(TimelineItem::Workshop),
    );
    items.extend(
        follow_up::of_person(conn, person)?
            .into_iter()
            .map(TimelineItem::FollowUp),
    );
    // A withdrawal and the consent given again the same day: keep their order (stable sort).
    let mut consents = consent_history(conn, person)?;
    consents.reverse();
    items.extend(consents);
    items.sort_by(|a, b| {
        b.date()
            .cmp(a.date())
            .then_with(|| b.recorded_ms().cmp(&a.recorded_ms()))
    });
    Ok(items)
}

impl Session {
    /// The person's timeline, newest first.
    pub fn timeline(&self, person: PersonId) -> Result<Vec<TimelineItem>, StoreError> {
        self.require(Permission::RecordActivity)?;
        of_person(self.conn(), person)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_desk::setup;
    use crate::store::{PersonInput, SupportSessionInput};
    use passerelle_api::follow::FollowUpInput;
    use passerelle_api::people::WorkshopInput;
    use passerelle_api::vocab::Theme;

    fn session(person: PersonId, date: &str) -> SupportSessionInput {
        crate::store::test_desk::email_session(Some(person), date)
    }

    #[test]
    fn the_timeline_holds_everything_newest_first_and_nothing_of_others() {
        let (_d, mut s) = setup();
        let named = |s: &mut Session, first: &str| {
            s.add_person(&PersonInput {
                first_name: first.into(),
                last_name: "Diallo".into(),
                ..Default::default()
            })
            .unwrap()
        };
        let p = named(&mut s, "Awa");
        let other = named(&mut s, "Moussa");
        let old = s.add_support_session(&session(p, "2024-03-04")).unwrap();
        let recent = s.add_support_session(&session(p, "2025-06-02")).unwrap();
        s.add_support_session(&session(other, "2025-06-03"))
            .unwrap();
        let w = s
            .add_workshop(&WorkshopInput {
                title: "Découvrir la messagerie".into(),
                level: None,
                date: "2025-01-15".into(),
                duration_min: 90,
                place: None,
                themes: vec![Theme::Email],
                tags: vec![],
                participants: vec![p.to_string(), other.to_string()],
                anonymous: 0,
                anonymous_by_gender: vec![],
                anonymous_by_age: vec![],
                anonymous_by_status: vec![],
                notes: String::new(),
            })
            .unwrap();
        let f = s
            .add_follow_up(&FollowUpInput {
                person: p.to_string(),
                due_date: "2099-01-05".into(),
                due_time: None,
                what: "Rendez-vous CAF".into(),
                bring: String::new(),
                place: None,
            })
            .unwrap();
        s.record_consent(p, &[ConsentScope::Record], false).unwrap();
        s.withdraw_consent(p).unwrap();

        let items = s.timeline(p).unwrap();
        let dates: Vec<&str> = items.iter().map(TimelineItem::date).collect();
        let mut sorted = dates.clone();
        sorted.sort_by(|a, b| b.cmp(a));
        assert_eq!(dates, sorted, "newest first");
        assert!(matches!(&items[0], TimelineItem::FollowUp(x) if x.id == f));
        let sessions: Vec<_> = items
            .iter()
            .filter_map(|i| match i {
                TimelineItem::Session(x) => Some(x.id),
                _ => None,
            })
            .collect();
        assert_eq!(sessions, [recent, old], "only her sessions");
        assert!(items
            .iter()
            .any(|i| matches!(i, TimelineItem::Workshop(x) if x.id == w)));
        let given = items
            .iter()
            .position(|i| matches!(i, TimelineItem::ConsentGiven(_)))
            .expect("consent given");
        let withdrawn = items
            .iter()
            .position(|i| matches!(i, TimelineItem::ConsentWithdrawn { .. }))
            .expect("consent withdrawn");
        assert!(
            withdrawn < given,
            "the withdrawal shows above the consent it ends"
        );
        assert_eq!(items.len(), 6);
    }
}
