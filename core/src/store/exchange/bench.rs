//! Fixtures for `passerelle bench`: a file of people to import (CSV or XLSX) and a store filled
//! with sessions and workshops to export, deterministic from a seed, in seconds. Bench fixtures
//! only: no journal rows, never a way to import anyone. (`passerelle bench --demo` exports the
//! stress demo data set instead: see `cli/src/bench_exchange.rs`.)

use super::super::error::StoreError;
use super::super::ids::{PlaceId, SupportSessionId, TagId, WorkshopId};
use super::super::session::Session;
use super::super::settings::{self, NewPlace};
use super::super::support;
use passerelle_api::exchange::ExportFormat;
use passerelle_api::vocab::{AgeBracket, Canal, Equipment, Gender, Theme};
use rusqlite::params;

/// A small deterministic generator (the same LCG as the people fixture).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.next() % items.len()]
    }
}

use crate::store::bench::{FIRST_NAMES as FIRST, LAST_NAMES as LAST};
const COMMUNES: &[(&str, &str)] = &[
    ("Montreuil", "93100"),
    ("Bagnolet", "93170"),
    ("Saint-Denis", "93200"),
    ("Aubervilliers", "93300"),
    ("L'Île-Saint-Denis", "93450"),
];
const HEADER: [&str; 8] = [
    "Nom",
    "Prénom",
    "Année de naissance",
    "Commune",
    "N° de téléphone",
    "E-mail",
    "Genre",
    "Notes supplémentaires",
];

/// `n` people as a mediator's spreadsheet lists them (every name distinct).
pub fn people_rows(n: usize, seed: u64) -> Vec<[String; 8]> {
    let mut g = Lcg(seed);
    (0..n)
        .map(|i| {
            let (commune, _) = g.pick(COMMUNES);
            [
                format!("{}-{i}", g.pick(LAST)),
                (*g.pick(FIRST)).to_owned(),
                (1940 + g.next() % 70).to_string(),
                (*commune).to_owned(),
                format!(
                    "06 {:02} {:02} {:02} {:02}",
                    g.next() % 100,
                    g.next() % 100,
                    g.next() % 100,
                    i % 100
                ),
                if i % 3 == 0 {
                    format!("personne{i}@exemple.fr")
                } else {
                    String::new()
                },
                (*g.pick(&["Femme", "Homme", "F", "H", ""])).to_owned(),
                if i % 10 == 0 {
                    "Vient le mardi; préfère l'après-midi".to_owned()
                } else {
                    String::new()
                },
            ]
        })
        .collect()
}

/// The file of [`people_rows`] as CSV (UTF-8 with a mark, `;`, CRLF) or XLSX.
pub fn people_file(n: usize, seed: u64, format: ExportFormat) -> Result<Vec<u8>, StoreError> {
    let rows = people_rows(n, seed);
    match format {
        ExportFormat::Csv => {
            let mut out = String::from("\u{feff}");
            for r in std::iter::once(HEADER.map(str::to_owned)).chain(rows) {
                let cells: Vec<String> = r
                    .iter()
                    .map(|c| super::super::journal_csv::cell(c))
                    .collect();
                out.push_str(&cells.join(";"));
                out.push_str("\r\n");
            }
            Ok(out.into_bytes())
        }
        ExportFormat::Xlsx => {
            let mut wb = rust_xlsxwriter::Workbook::new();
            let ws = wb.add_worksheet();
            let err = |e: rust_xlsxwriter::XlsxError| StoreError::Internal(e.to_string());
            for (c, h) in HEADER.iter().enumerate() {
                ws.write_string(0, c as u16, *h).map_err(err)?;
            }
            for (i, r) in rows.iter().enumerate() {
                for (c, v) in r.iter().enumerate() {
                    if !v.is_empty() {
                        ws.write_string(i as u32 + 1, c as u16, v).map_err(err)?;
                    }
                }
            }
            wb.save_to_buffer().map_err(err)
        }
    }
}

/// Fills an unlocked store with `people` people, `sessions` individual sessions and
/// `workshops` workshops of 10 (4 named, 6 anonymous) over the ten years before `last_year`,
/// at 5 places, in one transaction and without journal rows.
pub fn seed_activity(
    session: &Session,
    people: usize,
    sessions: usize,
    workshops: usize,
    seed: u64,
) -> Result<(), StoreError> {
    super::super::bench::seed_people(session, people, seed)?;
    let conn = &session.conn;
    let inst = session.installation();
    let tx = conn.unchecked_transaction()?;
    let mut places: Vec<PlaceId> = Vec::new();
    for (i, (commune, postal)) in COMMUNES.iter().enumerate() {
        places.push(settings::add_place(
            &tx,
            inst,
            &NewPlace {
                name: format!("Antenne {} ({commune})", i + 1),
                commune: (*commune).to_owned(),
                postal_code: (*postal).to_owned(),
                ..Default::default()
            },
            0,
        )?);
    }
    let tags: Vec<TagId> = [
        "Conseiller numérique",
        "Pass numérique",
        "Quartier prioritaire",
    ]
    .iter()
    .map(|t| support::add_tag(&tx, t))
    .collect::<Result<_, _>>()?;
    let ids: Vec<String> = {
        let mut st = tx.prepare("SELECT id FROM person")?;
        let rows = st.query_map([], |r| r.get(0))?;
        rows.collect::<Result<_, _>>()?
    };
    let mut g = Lcg(seed ^ 0x5eed);
    let last = jiff::Zoned::now().date();
    let day = |g: &mut Lcg| {
        last.checked_sub(jiff::Span::new().days((g.next() % 3650) as i64))
            .unwrap_or(last)
            .to_string()
    };
    let themes = Theme::ALL;
    let staff = session.staff_id();
    {
        let mut st = tx.prepare(
            "INSERT INTO support_session (id, installation_id, person_id, staff_id, date,
                 duration_min, canal, place_id, equipment, themes, procedure_themes,
                 procedure_name, autonomy, referral, referral_to, notes, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, NULL, '', '', ?14, ?14)",
        )?;
        let mut tag =
            tx.prepare("INSERT INTO support_session_tag (session_id, tag_id) VALUES (?1, ?2)")?;
        for i in 0..sessions {
            let id = SupportSessionId::new();
            let theme = *g.pick(themes);
            let procedures = theme == Theme::AdministrativeProcedures;
            st.execute(params![
                id,
                inst,
                (i % 5 != 0).then(|| g.pick(&ids).clone()),
                staff,
                day(&mut g),
                *g.pick(&[15u16, 30, 45, 60, 90]),
                Canal::Place.code(),
                g.pick(&places),
                Equipment::Computer.code(),
                theme.code(),
                if procedures { "logement" } else { "" },
                if procedures {
                    "Demande de logement social"
                } else {
                    ""
                },
                *g.pick(&[
                    "entierement_accompagne",
                    "partiellement_autonome",
                    "autonome"
                ]),
                i as i64,
            ])?;
            if i % 4 == 0 {
                tag.execute(params![id, g.pick(&tags)])?;
            }
        }
        let mut ws = tx.prepare(
            "INSERT INTO workshop (id, installation_id, staff_id, title, level, date,
                 duration_min, place_id, themes, anonymous, anonymous_by_gender,
                 anonymous_by_age, anonymous_by_status, notes, created_at, updated_at)
             VALUES (?1, ?2, ?3, 'Premiers pas sur la tablette', 'debutant', ?4, 120, ?5,
                 'prendre_en_main_du_materiel,securite_numerique', 6, ?6, ?7, '[]', '', ?8, ?8)",
        )?;
        let mut wp = tx.prepare(
            "INSERT OR IGNORE INTO workshop_participant (workshop_id, person_id) VALUES (?1, ?2)",
        )?;
        let by_gender =
            serde_json::to_string(&[(Gender::Female, 4), (Gender::Male, 2)]).unwrap_or_default();
        let by_age = serde_json::to_string(&[(AgeBracket::From60To69, 3)]).unwrap_or_default();
        for i in 0..workshops {
            let id = WorkshopId::new();
            ws.execute(params![
                id,
                inst,
                staff,
                day(&mut g),
                g.pick(&places),
                by_gender,
                by_age,
                i as i64
            ])?;
            for _ in 0..4 {
                wp.execute(params![id, g.pick(&ids)])?;
            }
        }
    }
    tx.commit()?;
    Ok(())
}
