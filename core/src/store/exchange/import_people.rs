//! People from a spreadsheet with the columns mediators already keep: Nom, Prénom, Année de
//! naissance, Commune, N° de téléphone, E-mail, Genre, Notes supplémentaires (and, when there,
//! Code postal, Code Insee, Statut). Each row is checked by the same validation as the
//! registration form; a person already recorded (same folded first and last name and year of
//! birth), or twice in the file, is counted and skipped.

use super::super::error::StoreError;
use super::super::journal::Action;
use super::super::people::{self, PersonInput};
use super::super::search_key::fold;
use super::super::session::Session;
use super::table::{find_header, ColumnRef, ColumnSpec, Columns, Sheet};
use super::words::Vocabulary;
use super::{civil_date, problem, restore_zero, Problems, Progress, PROGRESS_EVERY};
use passerelle_api::exchange::{ImportCounts, ImportOutcome};
use std::collections::HashSet;

const NOM: &str = "Nom";
const PRENOM: &str = "Prénom";
const NAISSANCE: &str = "Année de naissance";
const COMMUNE: &str = "Commune";
const CODE_POSTAL: &str = "Code postal";
const CODE_INSEE: &str = "Code Insee";
const TELEPHONE: &str = "N° de téléphone";
const EMAIL: &str = "E-mail";
const GENRE: &str = "Genre";
const STATUT: &str = "Statut";
const NOTES: &str = "Notes supplémentaires";

/// The columns read; any other column is ignored, and every one may be missing except a name.
pub(crate) const COLUMNS: &[ColumnSpec] = &[
    ColumnSpec {
        header: NOM,
        aliases: &["Nom de famille", "Nom de naissance", "Nom d'usage"],
    },
    ColumnSpec {
        header: PRENOM,
        aliases: &["Prénoms"],
    },
    ColumnSpec {
        header: NAISSANCE,
        aliases: &["Naissance", "Date de naissance", "Année"],
    },
    ColumnSpec {
        header: COMMUNE,
        aliases: &["Ville", "Commune de résidence"],
    },
    ColumnSpec {
        header: CODE_POSTAL,
        aliases: &["CP"],
    },
    ColumnSpec {
        header: CODE_INSEE,
        aliases: &["Code commune", "Insee"],
    },
    ColumnSpec {
        header: TELEPHONE,
        aliases: &[
            "Téléphone",
            "Tél",
            "N° de tél",
            "N° tél",
            "Numéro de téléphone",
            "Numéro de tél",
            "Téléphone portable",
            "Portable",
            "N° de portable",
        ],
    },
    ColumnSpec {
        header: EMAIL,
        aliases: &[
            "Courriel",
            "Adresse e-mail",
            "Adresse mail",
            "Mail",
            "Adresse électronique",
        ],
    },
    ColumnSpec {
        header: GENRE,
        aliases: &["Sexe", "Civilité"],
    },
    ColumnSpec {
        header: STATUT,
        aliases: &["Statut social", "Situation"],
    },
    ColumnSpec {
        header: NOTES,
        aliases: &["Notes", "Remarques", "Commentaire", "Commentaires"],
    },
];

/// "1985", or a full date of birth of which only the year is kept.
fn birth_year(cell: &str) -> Result<Option<u16>, ()> {
    if cell.is_empty() {
        return Ok(None);
    }
    if let Ok(y) = cell.parse::<u16>() {
        return Ok(Some(y));
    }
    civil_date(cell)
        .and_then(|d| u16::try_from(d.year()).ok())
        .map(Some)
        .ok_or(())
}

/// Who is the same person for an import: folded names and year of birth.
fn identity(p: &PersonInput) -> String {
    format!(
        "{}\u{1f}{}\u{1f}{}",
        fold(&p.first_name),
        fold(&p.last_name),
        p.birth_year.map(|y| y.to_string()).unwrap_or_default()
    )
}

/// The identities of the named people already recorded.
fn known_identities(conn: &rusqlite::Connection) -> Result<HashSet<String>, StoreError> {
    let mut st = conn.prepare(
        "SELECT first_name, last_name, birth_year FROM person
         WHERE anonymous = 0 AND merged_into IS NULL",
    )?;
    let rows = st.query_map([], |r| {
        Ok(identity(&PersonInput {
            first_name: r.get(0)?,
            last_name: r.get(1)?,
            birth_year: r.get(2)?,
            ..Default::default()
        }))
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Checks `input` with the registration form's rules, reporting every refused field (each is
/// then emptied so the next one can be seen). Returns the tidied record when all is well.
fn check(
    mut input: PersonInput,
    columns: &Columns,
    this_year: i32,
    mut report: impl FnMut(Option<ColumnRef>, &'static str),
) -> Option<PersonInput> {
    let mut ok = true;
    for _ in 0..12 {
        match people::validate(&input, this_year) {
            Ok(p) => return ok.then_some(p),
            Err(StoreError::InvalidField { field }) => {
                ok = false;
                let (column, id) = match field {
                    "last_name" if input.last_name.trim().is_empty() => {
                        input.last_name = "-".into();
                        (NOM, problem::NAME_MISSING)
                    }
                    "last_name" => {
                        input.last_name = "-".into();
                        (NOM, problem::TOO_LONG)
                    }
                    "first_name" => {
                        input.first_name.clear();
                        (PRENOM, problem::TOO_LONG)
                    }
                    "birth_year" => {
                        input.birth_year = None;
                        (NAISSANCE, problem::BIRTH_YEAR)
                    }
                    "commune" => {
                        input.commune.clear();
                        (COMMUNE, problem::TOO_LONG)
                    }
                    "postal_code" => {
                        input.postal_code.clear();
                        (CODE_POSTAL, problem::POSTAL_CODE)
                    }
                    "insee_code" => {
                        input.insee_code.clear();
                        (CODE_INSEE, problem::INSEE_CODE)
                    }
                    "phone" => {
                        input.phone.clear();
                        (TELEPHONE, problem::PHONE)
                    }
                    "email" => {
                        input.email.clear();
                        (EMAIL, problem::EMAIL)
                    }
                    "notes" => {
                        input.notes.clear();
                        (NOTES, problem::TOO_LONG)
                    }
                    _ => {
                        report(None, problem::INVALID_ROW);
                        return None;
                    }
                };
                report(Some(columns.column(column)), id);
            }
            Err(_) => return None,
        }
    }
    None
}

pub(crate) fn import(
    session: &mut Session,
    sheets: &[Sheet],
    progress: &mut Progress<'_>,
) -> Result<ImportOutcome, StoreError> {
    let vocab = Vocabulary::french();
    let this_year = i32::from(jiff::Zoned::now().year());
    let mut problems = Problems::default();
    // The first sheet with a name column: a workbook's other sheets are notes, lists…
    let found = sheets.iter().find_map(|s| {
        find_header(s, COLUMNS, |c| c.has(NOM) || c.has(PRENOM)).map(|(i, c)| (s, i, c))
    });
    let Some((sheet, header, columns)) = found else {
        let first = &sheets[0];
        problems.push(
            &first.name,
            first.rows.first().map_or(1, |r| r.number),
            None,
            problem::NO_HEADER,
        );
        return Ok(problems.into_outcome(0));
    };
    let rows = &sheet.rows[header + 1..];
    let total = rows.len() as u64;
    let mut known = known_identities(&session.conn)?;
    let mut to_write: Vec<PersonInput> = Vec::new();
    let mut already_present = 0u64;
    for (n, row) in rows.iter().enumerate() {
        if n.is_multiple_of(PROGRESS_EVERY) {
            progress.validating(n as u64, total);
        }
        let get = |h: &str| columns.get(row, h).to_owned();
        let mut report = |column: Option<ColumnRef>, id: &'static str| {
            problems.push(&sheet.name, row.number, column, id)
        };
        let mut ok = true;
        let year = birth_year(&get(NAISSANCE)).unwrap_or_else(|()| {
            report(Some(columns.column(NAISSANCE)), problem::BIRTH_YEAR);
            ok = false;
            None
        });
        let gender = vocab.gender.one(&get(GENRE)).unwrap_or_else(|()| {
            report(Some(columns.column(GENRE)), problem::GENDER);
            ok = false;
            None
        });
        let social_status = vocab.status.one(&get(STATUT)).unwrap_or_else(|()| {
            report(Some(columns.column(STATUT)), problem::STATUS);
            ok = false;
            None
        });
        let input = PersonInput {
            anonymous: false,
            first_name: get(PRENOM),
            last_name: get(NOM),
            birth_year: year,
            gender,
            social_status,
            commune: get(COMMUNE),
            postal_code: restore_zero(&get(CODE_POSTAL), 4),
            insee_code: get(CODE_INSEE),
            languages: Vec::new(),
            phone: restore_zero(&get(TELEPHONE), 9),
            email: get(EMAIL),
            notes: get(NOTES),
        };
        let Some(p) = check(input, &columns, this_year, &mut report) else {
            continue;
        };
        if !ok {
            continue;
        }
        if known.insert(identity(&p)) {
            to_write.push(p);
        } else {
            already_present += 1;
        }
    }
    progress.validating(total, total);
    if !problems.is_empty() {
        return Ok(problems.into_outcome(total));
    }

    let counts = ImportCounts {
        rows: total,
        people_created: to_write.len() as u64,
        already_present,
        ..Default::default()
    };
    let record = format!(
        "people_created={} already_present={}",
        counts.people_created, counts.already_present
    );
    let (inst, actor) = (session.installation(), session.actor().code());
    let now = super::now_ms();
    let written = to_write.len() as u64;
    session.write_journaled(Action::PeopleImported, |c| {
        for (i, p) in to_write.iter().enumerate() {
            if i.is_multiple_of(PROGRESS_EVERY) {
                progress.writing(i as u64, written);
            }
            people::insert(c, inst, p, &actor, now)?;
        }
        progress.writing(written, written);
        Ok(((), Some(record)))
    })?;
    Ok(ImportOutcome::Imported { counts })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_year_or_a_date_of_birth() {
        assert_eq!(birth_year("1985"), Ok(Some(1985)));
        assert_eq!(birth_year("12/03/1985"), Ok(Some(1985)));
        assert_eq!(birth_year("1985-03-12"), Ok(Some(1985)));
        assert_eq!(birth_year(""), Ok(None));
        assert_eq!(birth_year("quatre-vingt"), Err(()));
    }
}
