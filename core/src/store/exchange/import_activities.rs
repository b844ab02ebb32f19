//! Past activities from the national activity tool's export (XLSX, or CSV), so that a centre
//! that switches to Passerelle mid-year still gets a correct annual report.
//!
//! One row per participant; rows sharing an "Identifiant" are one activity. An individual row
//! becomes a support session; the rows of a collective activity become one workshop with its
//! participants: named ones are matched to the people already recorded (same folded name, same
//! commune unless one of them is unknown) or created; anonymous ones are counted by gender, age
//! bracket and status, as the workshop form counts them. Places are matched by folded name or
//! created, tags likewise. The national Identifiant is kept (`import_ref`, unique) with the
//! mediator's name: an activity already imported (or exported from this very store) is
//! skipped, so importing the same file twice adds nothing.

use super::super::error::StoreError;
use super::super::ids::{PersonId, PlaceId, SupportSessionId, TagId, WorkshopId};
use super::super::journal::Action;
use super::super::people::{self, PersonInput, MAX_TEXT};
use super::super::search_key::fold;
use super::super::session::Session;
use super::super::settings::{self, valid_insee_code, valid_postal_code, NewPlace};
use super::super::support::{self, MAX_DURATION_MIN, MAX_SHORT_TEXT, MAX_TAGS};
use super::super::workshop::MAX_PARTICIPANTS;
use super::table::{find_header, ColumnSpec, Columns, Row, Sheet};
use super::words::{level_of_three, yes_no, Kind, Topic, Vocabulary};
use super::{
    civil_date, civil_datetime, problem, restore_zero, Problems, Progress, PROGRESS_EVERY,
};
use passerelle_api::exchange::{ImportCounts, ImportOutcome};
use passerelle_api::vocab::{
    AgeBracket, Autonomy, Canal, Equipment, Gender, ProcedureTheme, ReferralCategory, SocialStatus,
    Theme, WorkshopLevel,
};
use passerelle_locales::fluent_id;
use rusqlite::{params, Connection};
use std::collections::{HashMap, HashSet};

pub const DATE: &str = "Date";
pub const RECORDED: &str = "Enregistré le";
pub const MODIFIED: &str = "Dernière modification le";
pub const MEDIATOR: &str = "Médiateur";
pub const TYPE: &str = "Type";
pub const PARTICIPANTS: &str = "Participants";
pub const BENEFICIARY: &str = "Bénéficiaire";
pub const CANAL: &str = "Canaux d'accompagnement";
pub const PLACE_NAME: &str = "Nom du lieu";
pub const PLACE_ADDRESS: &str = "Adresse";
pub const PLACE_COMMUNE: &str = "Commune";
pub const PLACE_POSTAL: &str = "Code postal";
pub const PLACE_INSEE: &str = "Code Insee";
pub const DURATION: &str = "Durée (min)";
pub const TITLE: &str = "Nom de l'atelier";
pub const EQUIPMENT: &str = "Matériel numérique utilisé";
pub const THEMES: &str = "Thématique(s) d'accompagnement";
pub const TAGS: &str = "Tags";
pub const PROCEDURE: &str = "Nom de la démarche administrative";
pub const LEVEL: &str = "Niveau d'autonomie (ou de l'atelier)";
pub const REFERRED: &str = "Bénéficiaire réorienté";
pub const REFERRED_TO: &str = "Structure de redirection";
pub const PERSON_COMMUNE: &str = "Commune du bénéficiaire";
pub const PERSON_POSTAL: &str = "Code postal du bénéficiaire";
pub const PERSON_INSEE: &str = "Code Insee du bénéficiaire";
pub const GENDER: &str = "Genre du bénéficiaire";
pub const AGE: &str = "Tranche d'âge du bénéficiaire";
pub const STATUS: &str = "Statut du bénéficiaire";
pub const IDENTIFIER: &str = "Identifiant";

const fn col(header: &'static str, aliases: &'static [&'static str]) -> ColumnSpec {
    ColumnSpec { header, aliases }
}

/// The national activity export's headers, in its order (the export writes exactly these).
pub fn national_headers() -> [&'static str; 29] {
    COLUMNS.map(|c| c.header)
}

/// The national activity export's columns, in its order, with the other spellings read.
pub(crate) const COLUMNS: [ColumnSpec; 29] = [
    col(DATE, &["Date de l'activité", "Date de l'accompagnement"]),
    col(RECORDED, &["Enregistrée le", "Créé le", "Créée le"]),
    col(
        MODIFIED,
        &["Modifié le", "Modifiée le", "Dernière modification"],
    ),
    col(MEDIATOR, &["Médiatrice", "Médiateur ou médiatrice"]),
    col(TYPE, &["Type d'activité", "Type d'accompagnement"]),
    col(PARTICIPANTS, &["Nombre de participants"]),
    col(BENEFICIARY, &["Bénéficiaires"]),
    col(
        CANAL,
        &["Canal", "Canal d'accompagnement", "Lieu d'accompagnement"],
    ),
    col(PLACE_NAME, &["Lieu", "Lieu d'activité"]),
    col(PLACE_ADDRESS, &["Adresse du lieu"]),
    col(PLACE_COMMUNE, &["Commune du lieu"]),
    col(PLACE_POSTAL, &["Code postal du lieu"]),
    col(PLACE_INSEE, &["Code Insee du lieu"]),
    col(DURATION, &["Durée", "Durée en minutes"]),
    col(TITLE, &["Titre de l'atelier", "Atelier"]),
    col(EQUIPMENT, &["Matériel utilisé", "Matériel"]),
    // "Thématique(s)" folds to "thematiques": "Thématiques d'accompagnement" is the same.
    col(THEMES, &["Thématiques", "Thématique"]),
    col(TAGS, &["Étiquettes"]),
    col(
        PROCEDURE,
        &["Nom de la démarche", "Démarche administrative"],
    ),
    col(
        LEVEL,
        &[
            "Niveau d'autonomie (ou de l'atelier) (n/3)",
            "Niveau d'autonomie",
            "Niveau",
        ],
    ),
    col(REFERRED, &["Réorienté", "Réorientation", "Orientation"]),
    col(REFERRED_TO, &["Structure de réorientation", "Orienté vers"]),
    col(PERSON_COMMUNE, &["Commune de résidence"]),
    col(PERSON_POSTAL, &[]),
    col(PERSON_INSEE, &[]),
    col(GENDER, &["Genre"]),
    col(AGE, &["Tranche d'âge"]),
    col(STATUS, &["Statut"]),
    col(
        IDENTIFIER,
        &["ID", "Id de l'activité", "Identifiant de l'activité"],
    ),
];

/// The columns without which no activity can be read.
const REQUIRED: [&str; 4] = [DATE, TYPE, DURATION, IDENTIFIER];

/// How an anonymous participant is named in exports.
pub(crate) const ANONYMOUS_ID: &str = fluent_id!("exchange-anonymous");

/// A participant as one row tells it.
#[derive(Debug, Clone, Default)]
struct Profile {
    /// The name as written ("Prénom Nom"); empty for an anonymous participant.
    name: String,
    commune: String,
    postal_code: String,
    insee_code: String,
    gender: Option<Gender>,
    age: Option<AgeBracket>,
    status: Option<SocialStatus>,
}

impl Profile {
    /// Anything statistics can use about an anonymous participant.
    fn tells_something(&self) -> bool {
        !self.commune.is_empty()
            || !self.postal_code.is_empty()
            || !self.insee_code.is_empty()
            || self.gender.is_some_and(|g| g != Gender::Undisclosed)
            || self.age.is_some_and(|a| a != AgeBracket::Undisclosed)
            || self.status.is_some_and(|s| s != SocialStatus::Undisclosed)
    }

    /// Where the person lives, for telling homonyms apart (postal code first).
    fn location(&self) -> String {
        if self.postal_code.is_empty() {
            fold(&self.commune)
        } else {
            self.postal_code.clone()
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Level {
    Number(u8),
    Autonomy(Autonomy),
    Workshop(WorkshopLevel),
}

/// One row, read and checked.
#[derive(Debug, Clone)]
struct Parsed {
    sheet: Option<String>,
    row: u32,
    date: jiff::civil::Date,
    recorded: Option<jiff::civil::DateTime>,
    modified: Option<jiff::civil::DateTime>,
    mediator: String,
    kind: Kind,
    participants: Option<u32>,
    canal: Option<Canal>,
    place: Option<NewPlace>,
    duration: u16,
    title: String,
    equipment: Vec<Equipment>,
    themes: Vec<Theme>,
    procedures: Vec<ProcedureTheme>,
    tags: Vec<String>,
    procedure_name: String,
    level: Option<Level>,
    referral: Option<(ReferralCategory, String)>,
    person: Profile,
    identifier: String,
}

/// Reads one data row, reporting each problem with its column.
fn parse_row(
    v: &Vocabulary,
    anonymous_words: &[String],
    columns: &Columns,
    sheet: &Option<String>,
    row: &Row,
    today: jiff::civil::Date,
    problems: &mut Problems,
) -> Option<Parsed> {
    let get = |h: &str| columns.get(row, h);
    let mut ok = true;
    let mut bad = |h: &'static str, id: &'static str| {
        ok = false;
        problems.push(sheet, row.number, Some(columns.column(h)), id);
    };
    let date = match civil_date(get(DATE)) {
        Some(d) if d <= today && d.year() >= 2000 => Some(d),
        _ => {
            bad(DATE, problem::DATE);
            None
        }
    };
    let mut when = |h: &'static str| {
        let cell = get(h);
        if cell.is_empty() {
            return None;
        }
        let dt = civil_datetime(cell);
        if dt.is_none() {
            bad(h, problem::DATE_TIME);
        }
        dt
    };
    let recorded = when(RECORDED);
    let modified = when(MODIFIED);
    let mediator = get(MEDIATOR).to_owned();
    if mediator.chars().count() > MAX_SHORT_TEXT {
        bad(MEDIATOR, problem::TOO_LONG);
    }
    let kind = match v.kind.one(get(TYPE)) {
        Ok(Some(k)) => Some(k),
        _ => {
            bad(TYPE, problem::TYPE);
            None
        }
    };
    let participants = match get(PARTICIPANTS) {
        "" => None,
        p => match p.parse::<u32>() {
            Ok(n) if n <= MAX_PARTICIPANTS => Some(n),
            _ => {
                bad(PARTICIPANTS, problem::PARTICIPANTS);
                None
            }
        },
    };
    let canal = v.canal.one(get(CANAL)).unwrap_or_else(|()| {
        bad(CANAL, problem::CANAL);
        None
    });
    let place = match get(PLACE_NAME) {
        "" => None,
        name => {
            let p = NewPlace {
                name: name.to_owned(),
                address: get(PLACE_ADDRESS).to_owned(),
                commune: get(PLACE_COMMUNE).to_owned(),
                postal_code: restore_zero(get(PLACE_POSTAL), 4),
                insee_code: get(PLACE_INSEE).to_owned(),
            };
            if !valid_postal_code(&p.postal_code) {
                bad(PLACE_POSTAL, problem::POSTAL_CODE);
            }
            if !valid_insee_code(&p.insee_code) {
                bad(PLACE_INSEE, problem::INSEE_CODE);
            }
            if [&p.name, &p.address, &p.commune]
                .iter()
                .any(|s| s.chars().count() > MAX_SHORT_TEXT)
            {
                bad(PLACE_NAME, problem::TOO_LONG);
            }
            Some(p)
        }
    };
    let duration = match duration_minutes(get(DURATION)) {
        Some(d) if (1..=MAX_DURATION_MIN).contains(&d) => d,
        _ => {
            bad(DURATION, problem::DURATION);
            0
        }
    };
    let title = get(TITLE).to_owned();
    let procedure_name = get(PROCEDURE).to_owned();
    if title.chars().count() > MAX_SHORT_TEXT {
        bad(TITLE, problem::TOO_LONG);
    }
    if procedure_name.chars().count() > MAX_SHORT_TEXT {
        bad(PROCEDURE, problem::TOO_LONG);
    }
    let equipment = v.equipment.many(get(EQUIPMENT)).unwrap_or_else(|()| {
        bad(EQUIPMENT, problem::EQUIPMENT);
        Vec::new()
    });
    if equipment.contains(&Equipment::None) && equipment.len() > 1 {
        bad(EQUIPMENT, problem::EQUIPMENT);
    }
    let topics = v.topic.many(get(THEMES)).unwrap_or_else(|()| {
        bad(THEMES, problem::THEMES);
        Vec::new()
    });
    let mut themes: Vec<Theme> = Vec::new();
    let mut procedures: Vec<ProcedureTheme> = Vec::new();
    for t in topics {
        match t {
            Topic::Theme(t) => themes.push(t),
            Topic::Procedure(p) => procedures.push(p),
        }
    }
    // A procedure named, or one of its themes, says the procedures theme was ticked.
    if (kind == Some(Kind::Procedure) || !procedures.is_empty() || !procedure_name.is_empty())
        && !themes.contains(&Theme::AdministrativeProcedures)
    {
        themes.push(Theme::AdministrativeProcedures);
    }
    if themes.is_empty() && get(THEMES).is_empty() {
        bad(THEMES, problem::THEMES_MISSING);
    }
    let mut tags: Vec<String> = Vec::new();
    for t in get(TAGS).split([';', ',']).map(str::trim) {
        if !t.is_empty() && !tags.iter().any(|x| fold(x) == fold(t)) {
            tags.push(t.to_owned());
        }
    }
    if tags.len() > MAX_TAGS || tags.iter().any(|t| t.chars().count() > MAX_SHORT_TEXT) {
        bad(TAGS, problem::TAGS);
    }
    let level_cell = get(LEVEL);
    let level = if level_cell.is_empty() {
        None
    } else if let Some(n) = level_of_three(level_cell) {
        Some(Level::Number(n))
    } else if let Ok(Some(a)) = v.autonomy.one(level_cell) {
        Some(Level::Autonomy(a))
    } else if let Ok(Some(l)) = v.level.one(level_cell) {
        Some(Level::Workshop(l))
    } else {
        bad(LEVEL, problem::LEVEL);
        None
    };
    let referred = yes_no(get(REFERRED)).unwrap_or_else(|()| {
        bad(REFERRED, problem::REFERRAL);
        None
    });
    let to = get(REFERRED_TO);
    let referral = match (referred, to) {
        (Some(false), _) | (None, "") => None,
        (_, "") => Some((ReferralCategory::Other, String::new())),
        (_, to) => match v.referral.one(to) {
            Ok(Some(c)) => Some((c, String::new())),
            _ if to.chars().count() > MAX_SHORT_TEXT => {
                bad(REFERRED_TO, problem::TOO_LONG);
                None
            }
            // A structure named rather than a category: kept in words.
            _ => Some((ReferralCategory::Other, to.to_owned())),
        },
    };
    let name = get(BENEFICIARY);
    let name = if name.is_empty() || anonymous_words.contains(&fold(name)) {
        String::new()
    } else {
        name.to_owned()
    };
    let (first, last) = split_name(&name);
    if first.chars().count() > MAX_TEXT || last.chars().count() > MAX_TEXT {
        bad(BENEFICIARY, problem::TOO_LONG);
    }
    let person = Profile {
        name,
        commune: get(PERSON_COMMUNE).to_owned(),
        postal_code: restore_zero(get(PERSON_POSTAL), 4),
        insee_code: get(PERSON_INSEE).to_ascii_uppercase(),
        gender: v.gender.one(get(GENDER)).unwrap_or_else(|()| {
            bad(GENDER, problem::GENDER);
            None
        }),
        age: v.age.one(get(AGE)).unwrap_or_else(|()| {
            bad(AGE, problem::AGE_BRACKET);
            None
        }),
        status: v.status.one(get(STATUS)).unwrap_or_else(|()| {
            bad(STATUS, problem::STATUS);
            None
        }),
    };
    if person.commune.chars().count() > MAX_TEXT {
        bad(PERSON_COMMUNE, problem::TOO_LONG);
    }
    if !valid_postal_code(&person.postal_code) {
        bad(PERSON_POSTAL, problem::POSTAL_CODE);
    }
    if !valid_insee_code(&person.insee_code) {
        bad(PERSON_INSEE, problem::INSEE_CODE);
    }
    let identifier = get(IDENTIFIER).to_owned();
    if identifier.is_empty() {
        bad(IDENTIFIER, problem::IDENTIFIER_MISSING);
    } else if identifier.chars().count() > MAX_SHORT_TEXT {
        bad(IDENTIFIER, problem::TOO_LONG);
    }
    if !ok {
        return None;
    }
    Some(Parsed {
        sheet: sheet.clone(),
        row: row.number,
        date: date?,
        recorded,
        modified,
        mediator,
        kind: kind?,
        participants,
        canal,
        place,
        duration,
        title,
        equipment,
        themes,
        procedures,
        tags,
        procedure_name,
        level,
        referral,
        person,
        identifier,
    })
}

/// Minutes: "30", "30.0", or a time of day written "1:30" / "01:30" (90).
fn duration_minutes(cell: &str) -> Option<u16> {
    if let Some((h, m)) = cell.split_once(':') {
        let h: u16 = h.trim().parse().ok()?;
        let m: u16 = m.trim().get(..2).unwrap_or(m.trim()).parse().ok()?;
        return h.checked_mul(60)?.checked_add(m);
    }
    let f: f64 = cell.replace(',', ".").parse().ok()?;
    (f.is_finite() && (0.0..=f64::from(u16::MAX)).contains(&f)).then(|| f.round() as u16)
}

/// "Prénom Nom" → (first name, last name). Words written in capitals are the last name
/// ("Thi Mai NGUYEN"); otherwise the first word is the first name. One word is a last name.
pub(crate) fn split_name(full: &str) -> (String, String) {
    let words: Vec<&str> = full.split_whitespace().collect();
    let caps = |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(char::is_lowercase)
    };
    let n_caps = words.iter().filter(|w| caps(w)).count();
    if n_caps > 0 && n_caps < words.len() {
        let (last, first): (Vec<&str>, Vec<&str>) = words.iter().partition(|w| caps(w));
        return (first.join(" "), last.join(" "));
    }
    match words.split_first() {
        None => (String::new(), String::new()),
        Some((only, [])) => (String::new(), (*only).to_owned()),
        Some((first, rest)) => ((*first).to_owned(), rest.join(" ")),
    }
}

/// A participant of an activity to write: someone recorded, someone created by this import,
/// or nobody (an anonymous session telling nothing).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    Known(PersonId),
    New(usize),
    Nobody,
}

struct NewPerson {
    input: PersonInput,
    age: Option<AgeBracket>,
    /// When they were first met (their record's creation time).
    at_ms: i64,
}

/// People already recorded, by folded name ("first last" and "last first").
struct Directory {
    known: HashMap<String, Vec<(PersonId, Traits)>>,
    created: HashMap<String, Vec<(usize, Traits)>>,
    new: Vec<NewPerson>,
    matched: HashSet<PersonId>,
}

/// What tells two people of the same name apart: where they live, gender, age.
#[derive(Debug, Clone, Default)]
struct Traits {
    location: String,
    gender: Option<Gender>,
    birth_year: Option<u16>,
    age: Option<AgeBracket>,
}

impl Traits {
    fn of(p: &Profile) -> Traits {
        Traits {
            location: p.location(),
            gender: p.gender,
            birth_year: None,
            age: p.age,
        }
    }

    /// Whether a row, in `year`, may be this person: nothing known on both sides differs.
    fn agree(&self, row: &Profile, year: i32) -> bool {
        fn same<T: PartialEq>(a: Option<T>, b: Option<T>, unknown: T) -> bool {
            match (a, b) {
                (Some(a), Some(b)) => a == b || a == unknown || b == unknown,
                _ => true,
            }
        }
        let age = match self.birth_year {
            Some(_) => Some(AgeBracket::of(self.birth_year, year)),
            None => self.age,
        };
        let location = row.location();
        (self.location.is_empty() || location.is_empty() || self.location == location)
            && same(self.gender, row.gender, Gender::Undisclosed)
            && same(age, row.age, AgeBracket::Undisclosed)
    }
}

impl Directory {
    fn load(conn: &Connection) -> Result<Directory, StoreError> {
        let mut st = conn.prepare(
            "SELECT id, first_name, last_name, commune, postal_code, gender, birth_year,
                    age_bracket
             FROM person WHERE anonymous = 0 AND merged_into IS NULL
             ORDER BY last_seen_at DESC",
        )?;
        let mut known: HashMap<String, Vec<(PersonId, Traits)>> = HashMap::new();
        let rows = st.query_map([], |r| {
            let (first, last): (String, String) = (r.get(1)?, r.get(2)?);
            let (commune, postal): (String, String) = (r.get(3)?, r.get(4)?);
            let gender: Option<String> = r.get(5)?;
            let age: Option<String> = r.get(7)?;
            let traits = Traits {
                location: if postal.is_empty() {
                    fold(&commune)
                } else {
                    postal
                },
                gender: gender.as_deref().and_then(Gender::parse),
                birth_year: r.get(6)?,
                age: age.as_deref().and_then(AgeBracket::parse),
            };
            Ok((r.get::<_, PersonId>(0)?, first, last, traits))
        })?;
        for row in rows {
            let (id, first, last, traits) = row?;
            let mut keys = vec![fold(&format!("{first} {last}"))];
            if !first.is_empty() && !last.is_empty() {
                keys.push(fold(&format!("{last} {first}")));
            }
            for key in keys {
                known.entry(key).or_default().push((id, traits.clone()));
            }
        }
        Ok(Directory {
            known,
            created: HashMap::new(),
            new: Vec::new(),
            matched: HashSet::new(),
        })
    }

    /// The person a named row is about, in `year`: someone recorded, or created earlier in
    /// this import (same folded name, nothing known that differs), or someone new.
    fn named(&mut self, p: &Profile, year: i32, at_ms: i64) -> Who {
        let key = fold(&p.name);
        if let Some((id, _)) = self
            .known
            .get(&key)
            .and_then(|c| c.iter().find(|(_, t)| t.agree(p, year)))
        {
            self.matched.insert(*id);
            return Who::Known(*id);
        }
        if let Some((i, _)) = self
            .created
            .get(&key)
            .and_then(|c| c.iter().find(|(_, t)| t.agree(p, year)))
        {
            return Who::New(*i);
        }
        let (first_name, last_name) = split_name(&p.name);
        let i = self.create(
            PersonInput {
                anonymous: false,
                first_name,
                last_name,
                ..Self::profile(p)
            },
            p.age,
            at_ms,
        );
        self.created
            .entry(key)
            .or_default()
            .push((i, Traits::of(p)));
        Who::New(i)
    }

    /// An anonymous participant of an individual session: a record without a name, kept
    /// for statistics, when the row tells anything about them.
    fn anonymous(&mut self, p: &Profile, at_ms: i64) -> Who {
        if !p.tells_something() {
            return Who::Nobody;
        }
        Who::New(self.create(
            PersonInput {
                anonymous: true,
                ..Self::profile(p)
            },
            p.age,
            at_ms,
        ))
    }

    fn profile(p: &Profile) -> PersonInput {
        PersonInput {
            gender: p.gender,
            social_status: p.status,
            commune: p.commune.clone(),
            postal_code: p.postal_code.clone(),
            insee_code: p.insee_code.clone(),
            ..Default::default()
        }
    }

    fn create(&mut self, input: PersonInput, age: Option<AgeBracket>, at_ms: i64) -> usize {
        self.new.push(NewPerson {
            input,
            age: age.filter(|a| *a != AgeBracket::Undisclosed),
            at_ms,
        });
        self.new.len() - 1
    }
}

/// An activity ready to write.
struct Activity {
    first: Parsed,
    created_ms: i64,
    updated_ms: i64,
    what: What,
}

enum What {
    Session {
        who: Who,
        autonomy: Option<Autonomy>,
    },
    Workshop {
        named: Vec<Who>,
        anonymous: u16,
        by_gender: Vec<(Gender, u16)>,
        by_age: Vec<(AgeBracket, u16)>,
        by_status: Vec<(SocialStatus, u16)>,
        level: Option<WorkshopLevel>,
    },
}

fn bump<K: PartialEq + Copy>(counts: &mut Vec<(K, u16)>, k: Option<K>, undisclosed: K) {
    if let Some(k) = k.filter(|k| *k != undisclosed) {
        match counts.iter_mut().find(|(x, _)| *x == k) {
            Some((_, n)) => *n += 1,
            None => counts.push((k, 1)),
        }
    }
}

/// Local time of a civil date-time, as unix ms.
fn local_ms(dt: jiff::civil::DateTime, tz: &jiff::tz::TimeZone) -> i64 {
    dt.to_zoned(tz.clone())
        .map(|z| z.timestamp().as_millisecond())
        .unwrap_or_else(|_| super::now_ms())
}

/// Identifiants already in the store: imported ones, and the ids of this store's own
/// sessions and workshops (an export of this store, imported back, adds nothing).
fn known_refs(conn: &Connection) -> Result<HashSet<String>, StoreError> {
    let mut st = conn.prepare(
        "SELECT import_ref FROM support_session WHERE import_ref IS NOT NULL
         UNION ALL SELECT import_ref FROM workshop WHERE import_ref IS NOT NULL
         UNION ALL SELECT id FROM support_session
         UNION ALL SELECT id FROM workshop",
    )?;
    let rows = st.query_map([], |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub(crate) fn import(
    session: &mut Session,
    sheets: &[Sheet],
    progress: &mut Progress<'_>,
) -> Result<ImportOutcome, StoreError> {
    let v = Vocabulary::french();
    let anonymous_words: Vec<String> = [
        v.t.t(ANONYMOUS_ID),
        "Anonyme".into(),
        "Bénéficiaire anonyme".into(),
        "Non communiqué".into(),
    ]
    .iter()
    .map(|w| fold(w))
    .collect();
    let today = jiff::Zoned::now().date();
    let tz = jiff::tz::TimeZone::try_system().unwrap_or(jiff::tz::TimeZone::UTC);
    let mut problems = Problems::default();

    // Every sheet with the national header (a year per sheet in large exports).
    let found: Vec<(&Sheet, usize, Columns)> = sheets
        .iter()
        .filter_map(|s| {
            find_header(s, &COLUMNS, |c| {
                [DATE, TYPE, IDENTIFIER].iter().all(|h| c.has(h))
            })
            .map(|(i, c)| (s, i, c))
        })
        .collect();
    if found.is_empty() {
        let first = &sheets[0];
        problems.push(
            &first.name,
            first.rows.first().map_or(1, |r| r.number),
            None,
            problem::NO_HEADER,
        );
        return Ok(problems.into_outcome(0));
    }
    for (sheet, header, columns) in &found {
        for h in REQUIRED.iter().filter(|h| !columns.has(h)) {
            problems.push(
                &sheet.name,
                sheet.rows[*header].number,
                Some(columns.column(h)),
                problem::MISSING_COLUMN,
            );
        }
    }
    if !problems.is_empty() {
        return Ok(problems.into_outcome(0));
    }

    let total: u64 = found
        .iter()
        .map(|(s, h, _)| (s.rows.len() - h - 1) as u64)
        .sum();
    let mut parsed: Vec<Parsed> = Vec::new();
    let mut done = 0u64;
    for (sheet, header, columns) in &found {
        for row in &sheet.rows[header + 1..] {
            if done.is_multiple_of(PROGRESS_EVERY as u64) {
                progress.validating(done, total);
            }
            done += 1;
            if let Some(p) = parse_row(
                &v,
                &anonymous_words,
                columns,
                &sheet.name,
                row,
                today,
                &mut problems,
            ) {
                parsed.push(p);
            }
        }
    }
    progress.validating(total, total);

    // Rows sharing an Identifiant are one activity, in the order first met.
    let mut groups: Vec<Vec<Parsed>> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for p in parsed {
        match index.get(&p.identifier) {
            Some(&i) => groups[i].push(p),
            None => {
                index.insert(p.identifier.clone(), groups.len());
                groups.push(vec![p]);
            }
        }
    }
    // A column's header as the row's sheet writes it.
    let name = |p: &Parsed, h: &'static str| {
        found
            .iter()
            .find(|(s, _, _)| s.name == p.sheet)
            .map(|(_, _, c)| c.column(h))
    };
    for g in &groups {
        let first = &g[0];
        let individual = first.kind != Kind::Workshop;
        for p in &g[1..] {
            let name = |h: &'static str| name(p, h);
            if p.kind != first.kind {
                problems.push(&p.sheet, p.row, name(TYPE), problem::INCONSISTENT);
            } else if p.date != first.date {
                problems.push(&p.sheet, p.row, name(DATE), problem::INCONSISTENT);
            } else if individual {
                problems.push(
                    &p.sheet,
                    p.row,
                    name(IDENTIFIER),
                    problem::INDIVIDUAL_SEVERAL_ROWS,
                );
            }
        }
        let declared = first.participants.unwrap_or(0);
        if !individual && (g.len() as u32).max(declared) > MAX_PARTICIPANTS {
            let column = name(first, PARTICIPANTS);
            problems.push(&first.sheet, first.row, column, problem::PARTICIPANTS);
        }
        // An autonomy for a workshop, or a workshop's level for an individual session.
        if matches!(
            (individual, first.level),
            (true, Some(Level::Workshop(_))) | (false, Some(Level::Autonomy(_)))
        ) {
            problems.push(&first.sheet, first.row, name(first, LEVEL), problem::LEVEL);
        }
    }
    if !problems.is_empty() {
        return Ok(problems.into_outcome(total));
    }

    // Plan: who took part, what is already there.
    let refs = known_refs(&session.conn)?;
    let mut directory = Directory::load(&session.conn)?;
    let mut activities: Vec<Activity> = Vec::new();
    let mut counts = ImportCounts {
        rows: total,
        ..Default::default()
    };
    for g in groups {
        if refs.contains(&g[0].identifier) {
            counts.already_present += 1;
            continue;
        }
        let first = g[0].clone();
        let created_ms = local_ms(
            first.recorded.unwrap_or_else(|| first.date.at(12, 0, 0, 0)),
            &tz,
        );
        let updated_ms = first
            .modified
            .map_or(created_ms, |m| local_ms(m, &tz).max(created_ms));
        let year = i32::from(first.date.year());
        let what = if first.kind == Kind::Workshop {
            let mut named: Vec<Who> = Vec::new();
            let (mut anonymous, mut by_gender, mut by_age, mut by_status) =
                (0u16, Vec::new(), Vec::new(), Vec::new());
            for p in &g {
                if p.person.name.is_empty() {
                    anonymous += 1;
                    bump(&mut by_gender, p.person.gender, Gender::Undisclosed);
                    bump(&mut by_age, p.person.age, AgeBracket::Undisclosed);
                    bump(&mut by_status, p.person.status, SocialStatus::Undisclosed);
                } else {
                    let who = directory.named(&p.person, year, created_ms);
                    if !named.contains(&who) {
                        named.push(who);
                    }
                }
            }
            // Participants the file counts but does not list: anonymous, nothing told.
            let listed = named.len() as u32 + u32::from(anonymous);
            anonymous += first.participants.unwrap_or(0).saturating_sub(listed) as u16;
            let level = match first.level {
                Some(Level::Number(1)) => Some(WorkshopLevel::Beginner),
                Some(Level::Number(2)) => Some(WorkshopLevel::Intermediate),
                Some(Level::Number(_)) => Some(WorkshopLevel::Advanced),
                Some(Level::Workshop(l)) => Some(l),
                _ => None,
            };
            counts.workshops += 1;
            counts.accompaniments += named.len() as u64 + u64::from(anonymous);
            What::Workshop {
                named,
                anonymous,
                by_gender,
                by_age,
                by_status,
                level,
            }
        } else {
            let who = if first.person.name.is_empty() {
                directory.anonymous(&first.person, created_ms)
            } else {
                directory.named(&first.person, year, created_ms)
            };
            let autonomy = match first.level {
                Some(Level::Number(n)) => Autonomy::ALL.iter().copied().find(|a| a.level() == n),
                Some(Level::Autonomy(a)) => Some(a),
                _ => None,
            };
            counts.individual_sessions += 1;
            counts.accompaniments += 1;
            What::Session { who, autonomy }
        };
        activities.push(Activity {
            first,
            created_ms,
            updated_ms,
            what,
        });
    }
    counts.activities = activities.len() as u64;
    counts.people_created = directory.new.len() as u64;
    counts.people_matched = directory.matched.len() as u64;
    // The registration form's rules hold for everyone created (checked above column by
    // column; this is the last word).
    let this_year = i32::from(today.year());
    for p in &mut directory.new {
        p.input = people::validate(&p.input, this_year)?;
    }

    let record = format!(
        "activities={} accompaniments={} people_created={} already_present={}",
        counts.activities, counts.accompaniments, counts.people_created, counts.already_present
    );
    let inst = session.installation();
    let actor = session.actor().code();
    let now = super::now_ms();
    let total_writes = activities.len() as u64;
    let mut written = counts.clone();
    session.write_journaled(Action::ActivitiesImported, |c| {
        progress.writing(0, total_writes);
        // Places and tags by folded name: the centre's own, or new.
        let mut places: HashMap<String, PlaceId> = settings::places(c)?
            .into_iter()
            .map(|p| (fold(&p.name), p.id))
            .collect();
        let mut tags: HashMap<String, TagId> = support::tags(c)?
            .into_iter()
            .map(|t| (fold(&t.name), t.id))
            .collect();
        let mut ids: Vec<PersonId> = Vec::with_capacity(directory.new.len());
        for p in &directory.new {
            let id = people::insert(c, inst, &p.input, &actor, p.at_ms)?;
            if let Some(a) = p.age {
                c.execute(
                    "UPDATE person SET age_bracket = ?2 WHERE id = ?1",
                    params![id, a.code()],
                )?;
            }
            ids.push(id);
        }
        let person = |w: Who| match w {
            Who::Known(id) => Some(id),
            Who::New(i) => Some(ids[i]),
            Who::Nobody => None,
        };
        for (n, a) in activities.iter().enumerate() {
            if n.is_multiple_of(PROGRESS_EVERY) {
                progress.writing(n as u64, total_writes);
            }
            let f = &a.first;
            let at_place = matches!(f.canal, None | Some(Canal::Place));
            let place = match (&f.place, at_place) {
                (Some(p), true) => Some(match places.get(&fold(&p.name)) {
                    Some(id) => *id,
                    None => {
                        let id = settings::add_place(c, inst, p, now)?;
                        places.insert(fold(&p.name), id);
                        written.places_created += 1;
                        id
                    }
                }),
                _ => None,
            };
            let mut tag_ids: Vec<TagId> = Vec::new();
            for t in &f.tags {
                let id = match tags.get(&fold(t)) {
                    Some(id) => *id,
                    None => {
                        let id = support::add_tag(c, t)?;
                        tags.insert(fold(t), id);
                        written.tags_created += 1;
                        id
                    }
                };
                tag_ids.push(id);
            }
            let equipment = codes(&f.equipment, Equipment::code);
            let themes = codes(&f.themes, Theme::code);
            match &a.what {
                What::Session { who, autonomy } => {
                    let id = SupportSessionId::new();
                    let (referral, referral_to) = match &f.referral {
                        Some((r, to)) => (Some(r.code()), to.as_str()),
                        None => (None, ""),
                    };
                    let procedures = codes(&f.procedures, ProcedureTheme::code);
                    let who = person(*who);
                    c.execute(
                        "INSERT INTO support_session (id, installation_id, person_id, staff_id,
                             date, duration_min, canal, place_id, equipment, themes,
                             procedure_themes, procedure_name, autonomy, referral, referral_to,
                             notes, created_at, updated_at, import_ref, mediator_name)
                         VALUES (?1, ?2, ?3, NULL, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13,
                             ?14, '', ?15, ?16, ?17, ?18)",
                        params![
                            id,
                            inst,
                            who,
                            f.date.to_string(),
                            f.duration,
                            f.canal.unwrap_or(Canal::Other).code(),
                            if f.canal == Some(Canal::Place) {
                                place
                            } else {
                                None
                            },
                            equipment,
                            themes,
                            procedures,
                            f.procedure_name,
                            autonomy.map(Autonomy::code),
                            referral,
                            referral_to,
                            a.created_ms,
                            a.updated_ms,
                            f.identifier,
                            f.mediator
                        ],
                    )?;
                    for t in &tag_ids {
                        c.execute(
                            "INSERT OR IGNORE INTO support_session_tag (session_id, tag_id)
                             VALUES (?1, ?2)",
                            params![id, t],
                        )?;
                    }
                    seen(c, who, a.created_ms)?;
                }
                What::Workshop {
                    named,
                    anonymous,
                    by_gender,
                    by_age,
                    by_status,
                    level,
                } => {
                    let id = WorkshopId::new();
                    let title = if f.title.is_empty() {
                        f.procedure_name.clone()
                    } else {
                        f.title.clone()
                    };
                    let title = if title.is_empty() {
                        v.t.t(fluent_id!("activity-collectif"))
                    } else {
                        title
                    };
                    c.execute(
                        "INSERT INTO workshop (id, installation_id, staff_id, title, level, date,
                             duration_min, place_id, themes, anonymous, anonymous_by_gender,
                             anonymous_by_age, anonymous_by_status, notes, created_at,
                             updated_at, import_ref, mediator_name, canal, equipment)
                         VALUES (?1, ?2, NULL, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, '',
                             ?13, ?14, ?15, ?16, ?17, ?18)",
                        params![
                            id,
                            inst,
                            title,
                            level.map(WorkshopLevel::code),
                            f.date.to_string(),
                            f.duration,
                            place,
                            themes,
                            anonymous,
                            json(by_gender),
                            json(by_age),
                            json(by_status),
                            a.created_ms,
                            a.updated_ms,
                            f.identifier,
                            f.mediator,
                            f.canal.map(Canal::code),
                            equipment
                        ],
                    )?;
                    for t in &tag_ids {
                        c.execute(
                            "INSERT OR IGNORE INTO workshop_tag (workshop_id, tag_id)
                             VALUES (?1, ?2)",
                            params![id, t],
                        )?;
                    }
                    for w in named {
                        let p = person(*w);
                        c.execute(
                            "INSERT OR IGNORE INTO workshop_participant (workshop_id, person_id)
                             VALUES (?1, ?2)",
                            params![id, p],
                        )?;
                        seen(c, p, a.created_ms)?;
                    }
                }
            }
        }
        progress.writing(total_writes, total_writes);
        Ok(((), Some(record)))
    })?;
    Ok(ImportOutcome::Imported { counts: written })
}

fn codes<T: Copy>(items: &[T], code: fn(T) -> &'static str) -> String {
    items.iter().map(|i| code(*i)).collect::<Vec<_>>().join(",")
}

fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "[]".into())
}

/// A recorded person took part: they count among the people seen recently.
fn seen(c: &Connection, who: Option<PersonId>, at_ms: i64) -> Result<(), StoreError> {
    if let Some(p) = who {
        c.execute(
            "UPDATE person SET last_seen_at = MAX(last_seen_at, ?2) WHERE id = ?1",
            params![p, at_ms],
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_split_as_forms_write_them() {
        let s = |n: &str| split_name(n);
        assert_eq!(s("Hélène Lefèvre"), ("Hélène".into(), "Lefèvre".into()));
        assert_eq!(s("Thi Mai NGUYEN"), ("Thi Mai".into(), "NGUYEN".into()));
        assert_eq!(s("LE GALL Yann"), ("Yann".into(), "LE GALL".into()));
        assert_eq!(
            s("Jean-Pierre Da Silva"),
            ("Jean-Pierre".into(), "Da Silva".into())
        );
        assert_eq!(s("Diallo"), (String::new(), "Diallo".into()));
    }

    #[test]
    fn durations_in_minutes_or_hours() {
        assert_eq!(duration_minutes("30"), Some(30));
        assert_eq!(duration_minutes("45.0"), Some(45));
        assert_eq!(duration_minutes("1:30"), Some(90));
        assert_eq!(duration_minutes("01:30:00"), Some(90));
        assert_eq!(duration_minutes("une heure"), None);
    }

    #[test]
    fn the_national_columns_are_29_distinct_headers() {
        let mut keys: Vec<String> = COLUMNS
            .iter()
            .flat_map(|c| std::iter::once(c.header).chain(c.aliases.iter().copied()))
            .map(super::super::table::header_key)
            .collect();
        keys.sort();
        let twice: Vec<&String> = keys
            .windows(2)
            .filter(|w| w[0] == w[1])
            .map(|w| &w[0])
            .collect();
        assert!(twice.is_empty(), "one spelling, one column: {twice:?}");
    }
}
