//! Workloads for `passerelle bench`: the cost of SQLCipher over an unkeyed database of the same
//! build, with the same pragmas and queries. Timed by the caller; never a test.

use super::error::StoreError;
use super::secret::InstallationKey;
use rusqlite::{params, Connection};
use std::path::Path;
use std::time::{Duration, Instant};

/// Insert and aggregate timings of one database.
#[derive(Debug, Clone, Copy)]
pub struct Workload {
    pub insert: Duration,
    pub aggregate: Duration,
}

fn open(path: &Path, key: Option<&InstallationKey>) -> Result<Connection, StoreError> {
    let c = Connection::open(path)?;
    if let Some(k) = key {
        c.execute_batch("PRAGMA cipher_log_level = NONE;")?;
        c.execute_batch(k.pragma(None).as_str())?;
    }
    c.execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;
         PRAGMA cache_size = -65536; PRAGMA secure_delete = ON;",
    )?;
    Ok(c)
}

/// `rows` session-like rows in transactions of 1 000, then 12-month aggregates.
fn run(c: &Connection, rows: usize) -> Result<Workload, StoreError> {
    c.execute_batch(
        "CREATE TABLE s (id INTEGER PRIMARY KEY, place INTEGER, day INTEGER, kind INTEGER,
                         minutes INTEGER, note TEXT);
         CREATE INDEX s_day ON s(day);",
    )?;
    let t = Instant::now();
    let mut i = 0usize;
    while i < rows {
        let tx = c.unchecked_transaction()?;
        {
            let mut st = tx.prepare_cached(
                "INSERT INTO s (place, day, kind, minutes, note) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            for j in i..(i + 1000).min(rows) {
                st.execute(params![
                    (j % 5) as i64,
                    (j % 3650) as i64,
                    (j % 12) as i64,
                    (15 + j % 60) as i64,
                    format!("accompagnement numéro {j} pour une démarche en ligne")
                ])?;
            }
        }
        tx.commit()?;
        i += 1000;
    }
    let insert = t.elapsed();
    let t = Instant::now();
    for _ in 0..5 {
        let mut st = c.prepare(
            "SELECT place, kind, count(*), sum(minutes) FROM s WHERE day >= ?1
             GROUP BY place, kind",
        )?;
        let n = st.query_map([3650 - 365], |r| r.get::<_, i64>(2))?.count();
        std::hint::black_box(n);
        let total: i64 = c.query_row("SELECT sum(length(note)) FROM s", [], |r| r.get(0))?;
        std::hint::black_box(total);
    }
    Ok(Workload {
        insert,
        aggregate: t.elapsed(),
    })
}

/// Runs the same workload on a SQLCipher database (raw key) and an unkeyed one in `dir`.
pub fn cipher_overhead(dir: &Path, rows: usize) -> Result<(Workload, Workload), StoreError> {
    let key = InstallationKey::generate();
    let keyed = run(&open(&dir.join("bench-keyed.db"), Some(&key))?, rows)?;
    let plain = run(&open(&dir.join("bench-plain.db"), None)?, rows)?;
    Ok((keyed, plain))
}

/// First and last names of the bench fixtures: accents, ligatures, apostrophes, hyphens,
/// several origins — what the search has to fold.
pub(crate) const FIRST_NAMES: &[&str] = &[
    "Hélène",
    "Awa",
    "Karim",
    "Lætitia",
    "Mamadou",
    "Chloé",
    "Yasmina",
    "Jean-Pierre",
    "Olena",
    "Thi Mai",
    "Fatoumata",
    "Gérard",
    "Inès",
    "Noël",
    "Zoé",
    "Bogdan",
    "Aïcha",
    "Loïc",
    "Marie-Thérèse",
    "Samir",
];
pub(crate) const LAST_NAMES: &[&str] = &[
    "Lefèvre",
    "N'Diaye",
    "Martin",
    "Benali",
    "Le Gall",
    "Dupont-Marchand",
    "Traoré",
    "Nguyen",
    "Kowalczyk",
    "Da Silva",
    "Bernard",
    "Moreau",
    "Œuvray",
    "Diallo",
    "Petit",
    "Kovalenko",
    "Haddad",
    "Rousseau",
    "Garnier",
    "Lemaître",
];

/// Fills an unlocked store with `n` named people of made-up French names (deterministic from
/// `seed`), in one transaction and without journal rows: a bench fixture, not a way to
/// import anyone. Returns the (first name, last name) pairs written, in order.
pub fn seed_people(
    session: &super::Session,
    n: usize,
    seed: u64,
) -> Result<Vec<(String, String)>, StoreError> {
    let mut state = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    let mut next = move || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) as usize
    };
    let conn = session.conn();
    let tx = conn.unchecked_transaction()?;
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let first = FIRST_NAMES[next() % FIRST_NAMES.len()].to_owned();
        // A suffix keeps names varied, as in a real city (Martin, Martinez, Martineau…).
        let last = format!(
            "{}{}",
            LAST_NAMES[next() % LAST_NAMES.len()],
            ["", "", "", "e", "ot", "ez"][next() % 6]
        );
        let p = super::PersonInput {
            first_name: first.clone(),
            last_name: last.clone(),
            birth_year: Some(1940 + (next() % 70) as u16),
            phone: format!(
                "06 {:02} {:02} {:02} {:02}",
                next() % 100,
                next() % 100,
                next() % 100,
                i % 100
            ),
            ..Default::default()
        };
        super::people::insert(&tx, session.installation(), &p, "system", i as i64)?;
        out.push((first, last));
    }
    tx.commit()?;
    Ok(out)
}
