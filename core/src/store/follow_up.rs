//! Follow-ups: the next step planned with a person ("revenir avec l'avis d'imposition"), an
//! appointment when it has a time; done or postponed. The Today list is built from them.

use super::error::StoreError;
use super::ids::{FollowUpId, InstallationId, PersonId, StaffId};
use super::journal::Action;
use super::session::{now_ms, today, Permission, Session};
use passerelle_api::follow::FollowUpInput;
use rusqlite::{params, Connection, OptionalExtension, Row};

/// Longest "what" (it must fit on the slip).
pub const MAX_WHAT: usize = 200;
/// Longest "what to bring".
pub const MAX_BRING: usize = 500;

/// A follow-up as stored.
#[derive(Clone, PartialEq, Eq)]
pub struct FollowUp {
    pub id: FollowUpId,
    pub input: FollowUpInput,
    pub staff: Option<StaffId>,
    pub created_at_ms: i64,
    pub done_at_ms: Option<i64>,
    pub postponed: u32,
}

impl std::fmt::Debug for FollowUp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FollowUp")
            .field("id", &self.id)
            .field("due_date", &self.input.due_date)
            .finish_non_exhaustive()
    }
}

fn invalid(field: &'static str) -> StoreError {
    StoreError::InvalidField { field }
}

fn valid_date(s: &str) -> Result<String, StoreError> {
    let d: jiff::civil::Date = s.trim().parse().map_err(|_| invalid("due_date"))?;
    if d.year() < 2000 || d.year() > 2100 {
        return Err(invalid("due_date"));
    }
    Ok(d.to_string())
}

fn valid_time(t: Option<&str>) -> Result<Option<String>, StoreError> {
    match t.map(str::trim).filter(|t| !t.is_empty()) {
        None => Ok(None),
        Some(t) => {
            // "14:00", "9:05", and the French "14h", "14 h 30".
            let t: String = t.chars().filter(|c| !c.is_whitespace()).collect();
            let (h, m) = t.split_once([':', 'h', 'H']).unwrap_or((t.as_str(), ""));
            let h: u8 = h.parse().map_err(|_| invalid("due_time"))?;
            let m: u8 = if m.is_empty() {
                0
            } else if m.len() == 2 {
                m.parse().map_err(|_| invalid("due_time"))?
            } else {
                return Err(invalid("due_time"));
            };
            if h > 23 || m > 59 {
                return Err(invalid("due_time"));
            }
            Ok(Some(format!("{h:02}:{m:02}")))
        }
    }
}

/// Checks and normalises a follow-up. A past date is allowed: a forgotten next step can be
/// written down late, and shows as overdue.
pub(crate) fn validate(
    conn: &Connection,
    input: &FollowUpInput,
) -> Result<FollowUpInput, StoreError> {
    let mut f = input.clone();
    let person: PersonId = f.person.parse().map_err(|_| StoreError::PersonNotFound)?;
    let anonymous: Option<bool> = conn
        .query_row(
            "SELECT anonymous FROM person WHERE id = ?1 AND merged_into IS NULL",
            [person],
            |r| r.get(0),
        )
        .optional()?;
    match anonymous {
        None => return Err(StoreError::PersonNotFound),
        // Nobody to call back: an anonymous record keeps no identity.
        Some(true) => return Err(invalid("follow_up_person")),
        Some(false) => {}
    }
    f.person = person.to_string();
    f.due_date = valid_date(&f.due_date)?;
    f.due_time = valid_time(f.due_time.as_deref())?;
    f.what = f.what.trim().to_owned();
    if f.what.is_empty() || f.what.chars().count() > MAX_WHAT {
        return Err(invalid("what"));
    }
    f.bring = f
        .bring
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    if f.bring.chars().count() > MAX_BRING {
        return Err(invalid("bring"));
    }
    if let Some(place) = &f.place {
        f.place = Some(super::settings::known_place(conn, place, "place")?);
    }
    Ok(f)
}

pub(crate) fn insert(
    conn: &Connection,
    installation: InstallationId,
    staff: Option<StaffId>,
    f: &FollowUpInput,
    now_ms: i64,
) -> Result<FollowUpId, StoreError> {
    let id = FollowUpId::new();
    conn.execute(
        "INSERT INTO follow_up (id, installation_id, person_id, staff_id, due_date, due_time,
             what, bring, place_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
        params![
            id,
            installation,
            f.person,
            staff,
            f.due_date,
            f.due_time,
            f.what,
            f.bring,
            f.place,
            now_ms
        ],
    )?;
    Ok(id)
}

const COLUMNS: &str = "id, person_id, staff_id, due_date, due_time, what, bring, place_id,
    created_at, done_at, postponed";

fn from_row(r: &Row<'_>) -> rusqlite::Result<FollowUp> {
    Ok(FollowUp {
        id: r.get(0)?,
        staff: r.get(2)?,
        created_at_ms: r.get(8)?,
        done_at_ms: r.get(9)?,
        postponed: r.get(10)?,
        input: FollowUpInput {
            person: r.get(1)?,
            due_date: r.get(3)?,
            due_time: r.get(4)?,
            what: r.get(5)?,
            bring: r.get(6)?,
            place: r.get(7)?,
        },
    })
}

pub(crate) fn get(conn: &Connection, id: FollowUpId) -> Result<FollowUp, StoreError> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM follow_up WHERE id = ?1"),
        [id],
        from_row,
    )
    .optional()?
    .ok_or(StoreError::FollowUpNotFound)
}

/// A person's follow-ups, the latest due first.
pub(crate) fn of_person(conn: &Connection, person: PersonId) -> Result<Vec<FollowUp>, StoreError> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM follow_up WHERE person_id = ?1
         ORDER BY due_date DESC, due_time DESC"
    ))?;
    let rows = st.query_map([person], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Open follow-ups due on or before `day` (overdue ones included), earliest first,
/// appointments by time; and those done on `day` (by the done instant's civil date, which the
/// caller passes as a millisecond range).
pub(crate) fn open_until(conn: &Connection, day: &str) -> Result<Vec<FollowUp>, StoreError> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM follow_up WHERE done_at IS NULL AND due_date <= ?1
         ORDER BY due_date, due_time IS NULL, due_time"
    ))?;
    let rows = st.query_map([day], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn done_between(
    conn: &Connection,
    from_ms: i64,
    to_ms: i64,
) -> Result<Vec<FollowUp>, StoreError> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM follow_up WHERE done_at >= ?1 AND done_at < ?2
         ORDER BY done_at"
    ))?;
    let rows = st.query_map([from_ms, to_ms], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

impl Session {
    /// Plans a next step or an appointment with a person.
    pub fn add_follow_up(&mut self, input: &FollowUpInput) -> Result<FollowUpId, StoreError> {
        self.require(Permission::RecordActivity)?;
        let installation = self.installation();
        let staff = self.staff_id();
        self.write_journaled(Action::FollowUpAdded, |c| {
            let f = validate(c, input)?;
            let id = insert(c, installation, staff, &f, now_ms())?;
            Ok((id, Some(id.to_string())))
        })
    }

    /// Marks a follow-up done (done twice is refused, so a double click records nothing).
    pub fn follow_up_done(&mut self, id: FollowUpId) -> Result<(), StoreError> {
        self.require(Permission::RecordActivity)?;
        self.write_journaled(Action::FollowUpDone, |c| {
            let now = now_ms();
            let n = c.execute(
                "UPDATE follow_up SET done_at = ?2, updated_at = ?2
                 WHERE id = ?1 AND done_at IS NULL",
                params![id, now],
            )?;
            if n == 0 {
                get(c, id)?;
                return Err(invalid("follow_up_done"));
            }
            Ok(((), Some(id.to_string())))
        })
    }

    /// Moves an open follow-up to another day (and time).
    pub fn postpone_follow_up(
        &mut self,
        id: FollowUpId,
        due_date: &str,
        due_time: Option<&str>,
    ) -> Result<(), StoreError> {
        self.require(Permission::RecordActivity)?;
        let date = valid_date(due_date)?;
        if date < today().to_string() {
            return Err(invalid("due_date"));
        }
        let time = valid_time(due_time)?;
        self.write_journaled(Action::FollowUpPostponed, |c| {
            let n = c.execute(
                "UPDATE follow_up SET due_date = ?2, due_time = ?3, postponed = postponed + 1,
                     updated_at = ?4
                 WHERE id = ?1 AND done_at IS NULL",
                params![id, date, time, now_ms()],
            )?;
            if n == 0 {
                get(c, id)?;
                return Err(invalid("follow_up_done"));
            }
            Ok(((), Some(id.to_string())))
        })
    }

    pub fn follow_up(&self, id: FollowUpId) -> Result<FollowUp, StoreError> {
        self.require(Permission::RecordActivity)?;
        get(self.conn(), id)
    }

    pub fn follow_ups_of_person(&self, person: PersonId) -> Result<Vec<FollowUp>, StoreError> {
        self.require(Permission::RecordActivity)?;
        of_person(self.conn(), person)
    }

    /// Open follow-ups due today or overdue, and those done today.
    pub fn today_follow_ups(
        &self,
    ) -> Result<(jiff::civil::Date, Vec<FollowUp>, Vec<FollowUp>), StoreError> {
        self.require(Permission::RecordActivity)?;
        let zoned = jiff::Zoned::now();
        let day = zoned.date();
        let start = zoned
            .start_of_day()
            .map(|z| z.timestamp().as_millisecond())
            .unwrap_or(0);
        let open = open_until(self.conn(), &day.to_string())?;
        let done = done_between(self.conn(), start, start + 36 * 3_600_000)?
            .into_iter()
            .filter(|f| {
                f.done_at_ms.is_some_and(|ms| {
                    jiff::Timestamp::from_millisecond(ms)
                        .map(|t| t.to_zoned(zoned.time_zone().clone()).date() == day)
                        .unwrap_or(false)
                })
            })
            .collect();
        Ok((day, open, done))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::test_desk::setup;
    use crate::store::PersonInput;
    use passerelle_api::ErrorCode;

    fn named(s: &mut Session, first: &str) -> PersonId {
        s.add_person(&PersonInput {
            first_name: first.into(),
            last_name: "Benali".into(),
            ..Default::default()
        })
        .unwrap()
    }

    fn input(person: PersonId, date: &str, time: Option<&str>) -> FollowUpInput {
        FollowUpInput {
            person: person.to_string(),
            due_date: date.into(),
            due_time: time.map(Into::into),
            what: "Revenir avec l'avis d'imposition".into(),
            bring: "  Avis d'imposition 2025 \n\n Carte Vitale ".into(),
            place: None,
        }
    }

    #[test]
    fn a_follow_up_is_listed_on_today_then_done_once() {
        let (_d, mut s) = setup();
        let p = named(&mut s, "Aïcha");
        let today = today();
        let yesterday = today.yesterday().unwrap().to_string();
        let tomorrow = today.tomorrow().unwrap().to_string();
        let due = s
            .add_follow_up(&input(p, &today.to_string(), Some("14:00")))
            .unwrap();
        let late = s.add_follow_up(&input(p, &yesterday, None)).unwrap();
        let later = s.add_follow_up(&input(p, &tomorrow, Some("9:05"))).unwrap();
        let french = s
            .add_follow_up(&input(p, &tomorrow, Some("14 h 30")))
            .unwrap();
        assert_eq!(
            s.follow_up(french).unwrap().input.due_time.as_deref(),
            Some("14:30")
        );
        let (_, open, done) = s.today_follow_ups().unwrap();
        let ids: Vec<_> = open.iter().map(|f| f.id).collect();
        assert_eq!(ids, [late, due], "overdue first, tomorrow's not yet");
        assert!(done.is_empty());
        assert_eq!(
            s.follow_up(later).unwrap().input.due_time.as_deref(),
            Some("09:05")
        );
        assert_eq!(
            s.follow_up(due).unwrap().input.bring,
            "Avis d'imposition 2025\nCarte Vitale",
            "one paper per line, blank lines dropped"
        );

        s.follow_up_done(due).unwrap();
        let err = s.follow_up_done(due).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidField);
        let (_, open, done) = s.today_follow_ups().unwrap();
        assert_eq!(open.iter().map(|f| f.id).collect::<Vec<_>>(), [late]);
        assert_eq!(done.iter().map(|f| f.id).collect::<Vec<_>>(), [due]);
    }

    #[test]
    fn postponing_moves_the_date_and_counts() {
        let (_d, mut s) = setup();
        let p = named(&mut s, "Marc");
        let yesterday = today().yesterday().unwrap().to_string();
        let id = s.add_follow_up(&input(p, &yesterday, None)).unwrap();
        let next_week = (today() + jiff::Span::new().days(7)).to_string();
        assert_eq!(
            s.postpone_follow_up(id, &yesterday, None)
                .unwrap_err()
                .code(),
            ErrorCode::InvalidField,
            "postponing into the past is refused"
        );
        s.postpone_follow_up(id, &next_week, Some("10:30")).unwrap();
        let f = s.follow_up(id).unwrap();
        assert_eq!(f.input.due_date, next_week);
        assert_eq!(f.input.due_time.as_deref(), Some("10:30"));
        assert_eq!(f.postponed, 1);
        let (_, open, _) = s.today_follow_ups().unwrap();
        assert!(open.is_empty());
        let actions: Vec<String> = s.journal().unwrap().into_iter().map(|e| e.action).collect();
        assert!(
            actions.iter().any(|a| a == "follow_up.postponed"),
            "{actions:?}"
        );
    }

    #[test]
    fn bad_follow_ups_are_refused_with_their_field() {
        let (_d, mut s) = setup();
        let p = named(&mut s, "Ana");
        let field = |r: Result<FollowUpId, StoreError>| match r.unwrap_err() {
            StoreError::InvalidField { field } => field,
            e => panic!("{e:?}"),
        };
        let mut f = input(p, "2026-13-01", None);
        assert_eq!(field(s.add_follow_up(&f)), "due_date");
        f.due_date = today().to_string();
        f.due_time = Some("25:00".into());
        assert_eq!(field(s.add_follow_up(&f)), "due_time");
        f.due_time = None;
        f.what = "   ".into();
        assert_eq!(field(s.add_follow_up(&f)), "what");
        f.what = "x".repeat(MAX_WHAT + 1);
        assert_eq!(field(s.add_follow_up(&f)), "what");
        let anon = s
            .add_person(&PersonInput {
                anonymous: true,
                ..Default::default()
            })
            .unwrap();
        let g = input(anon, &today().to_string(), None);
        assert_eq!(field(s.add_follow_up(&g)), "follow_up_person");
        let h = input(PersonId::new(), &today().to_string(), None);
        assert_eq!(
            s.add_follow_up(&h).unwrap_err().code(),
            ErrorCode::PersonNotFound
        );
    }
}
