//! Import and export, headless: all or nothing, CSV as French Excel writes it, the national
//! activity export and our own export round-tripping with the same counts, the export's shape
//! and filters, and the refusals.

use super::bench::people_rows;
use super::import_activities::national_headers;
use super::problem;
use crate::store::test_desk::setup;
use crate::store::{PersonInput, Session, StoreError};
use passerelle_api::exchange::{
    ExportFormat, ImportCounts, ImportKind, ImportOutcome, ImportProgress, ImportStage,
    SessionsFilter,
};
use passerelle_api::people::WorkshopInput;
use passerelle_api::vocab::{
    ActivityType, AgeBracket, Canal, Gender, SocialStatus, Theme, WorkshopLevel,
};
use std::path::Path;

fn count(s: &Session, sql: &str) -> i64 {
    s.conn().query_row(sql, [], |r| r.get(0)).unwrap()
}

fn people(s: &Session) -> i64 {
    count(s, "SELECT count(*) FROM person")
}

fn journal_len(s: &Session) -> usize {
    s.journal().unwrap().len()
}

fn import(s: &mut Session, kind: ImportKind, name: &str, bytes: &[u8]) -> ImportOutcome {
    let mut seen: Vec<ImportProgress> = Vec::new();
    let out = s
        .import_file(kind, name, bytes, &mut |p| seen.push(p))
        .unwrap();
    if let Some(last) = seen.last() {
        assert_eq!(last.done, last.total, "progress ends complete");
    }
    if matches!(out, ImportOutcome::Imported { .. }) {
        assert_eq!(seen.last().map(|p| p.stage), Some(ImportStage::Writing));
    }
    out
}

fn imported(out: ImportOutcome) -> ImportCounts {
    match out {
        ImportOutcome::Imported { counts } => counts,
        ImportOutcome::Problems { problems, .. } => panic!("problems: {problems:#?}"),
    }
}

/// A people CSV: header, then the rows (cells quoted as needed), `;`, CRLF, with a BOM.
fn people_csv(rows: &[[String; 8]]) -> Vec<u8> {
    let mut out = String::from(
        "\u{feff}Nom;Prénom;Année de naissance;Commune;N° de téléphone;E-mail;Genre;\
         Notes supplémentaires\r\n",
    );
    for r in rows {
        let cells: Vec<String> = r
            .iter()
            .map(|c| crate::store::journal_csv::cell(c))
            .collect();
        out.push_str(&cells.join(";"));
        out.push_str("\r\n");
    }
    out.into_bytes()
}

#[test]
fn three_bad_rows_of_200_write_nothing_and_are_each_reported() {
    let (_d, mut s) = setup();
    let mut rows = people_rows(200, 11);
    // Spreadsheet rows: the header is row 1, so data row i is row i + 2.
    rows[10][5] = "pas-une-adresse".into();
    rows[57][2] = "1850".into();
    rows[150][6] = "Licorne".into();
    let (before, journal) = (people(&s), journal_len(&s));
    let out = import(
        &mut s,
        ImportKind::People,
        "personnes.csv",
        &people_csv(&rows),
    );
    let ImportOutcome::Problems {
        problems,
        more_problems,
        rows: read,
    } = out
    else {
        panic!("three bad rows must be refused");
    };
    let got: Vec<(u32, Option<&str>, &str)> = problems
        .iter()
        .map(|p| (p.row, p.column.as_deref(), p.problem.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (12, Some("E-mail"), problem::EMAIL),
            (59, Some("Année de naissance"), problem::BIRTH_YEAR),
            (152, Some("Genre"), problem::GENDER),
        ]
    );
    assert_eq!((more_problems, read), (0, 200));
    assert_eq!(people(&s), before, "nothing written");
    assert_eq!(journal_len(&s), journal, "journal unchanged");

    // Fixed, the file goes in whole, with one journal row holding counts only.
    rows[10][5] = "personne10@exemple.fr".into();
    rows[57][2] = "1950".into();
    rows[150][6] = "Femme".into();
    let counts = imported(import(
        &mut s,
        ImportKind::People,
        "personnes.csv",
        &people_csv(&rows),
    ));
    assert_eq!((counts.people_created, counts.already_present), (200, 0));
    assert_eq!(people(&s), before + 200);
    let j = s.journal().unwrap();
    assert_eq!(j.len(), journal + 1);
    let last = j.last().unwrap();
    assert_eq!(last.action, "import.people");
    assert_eq!(
        last.record_id.as_deref(),
        Some("people_created=200 already_present=0")
    );
    // The same file again adds nobody.
    let again = imported(import(
        &mut s,
        ImportKind::People,
        "personnes.csv",
        &people_csv(&rows),
    ));
    assert_eq!((again.people_created, again.already_present), (0, 200));
    assert_eq!(people(&s), before + 200);
}

#[test]
fn a_row_with_several_problems_reports_each_of_them() {
    let (_d, mut s) = setup();
    let csv = "Prénom;Nom;E-mail;N° de téléphone\n;;x@;12\nAwa;Diallo;;\n";
    let out = import(&mut s, ImportKind::People, "p.csv", csv.as_bytes());
    let ImportOutcome::Problems { problems, .. } = out else {
        panic!("refused")
    };
    let got: Vec<(u32, Option<&str>, &str)> = problems
        .iter()
        .map(|p| (p.row, p.column.as_deref(), p.problem.as_str()))
        .collect();
    assert_eq!(got.len(), 3, "{got:?}");
    assert!(got.contains(&(2, Some("Nom"), problem::NAME_MISSING)));
    assert!(got.contains(&(2, Some("E-mail"), problem::EMAIL)));
    assert!(got.contains(&(2, Some("N° de téléphone"), problem::PHONE)));
}

#[test]
fn a_french_excel_csv_is_read_with_its_accents_apostrophes_and_hyphens() {
    let (_d, mut s) = setup();
    let csv = "\u{feff}NOM;prénom;Année de naissance;Commune;N° de tél;E-mail;Genre;\
               Notes supplémentaires;Colonne en trop\r\n\
               N'Diaye-Martin;Hélène;1984;L'Haÿ-les-Roses;06 12 34 56 78;helene@exemple.fr;\
               Femme;\"Préfère l'après-midi; vient avec sa fille\";x\r\n\
               \r\n\
               Le Gall;Jean-Pierre;;Saint-Étienne;;;H;;\r\n\
               Œuvray;Zoé;2001;Aubervilliers;612345678;;F;\"Sur\r\ndeux lignes\";\r\n";
    let counts = imported(import(
        &mut s,
        ImportKind::People,
        "export Excel.csv",
        csv.as_bytes(),
    ));
    assert_eq!(counts.people_created, 3);
    assert_eq!(counts.rows, 3, "the blank row is no one");
    let find = |s: &Session, q: &str| {
        let m = s.search_people(q).unwrap();
        assert_eq!(m.len(), 1, "{q}");
        s.person(m[0].id).unwrap().profile
    };
    let h = find(&s, "ndiaye");
    assert_eq!(
        (h.first_name.as_str(), h.last_name.as_str()),
        ("Hélène", "N'Diaye-Martin")
    );
    assert_eq!(h.commune, "L'Haÿ-les-Roses");
    assert_eq!(h.birth_year, Some(1984));
    assert_eq!(h.gender, Some(Gender::Female));
    assert_eq!(h.phone, "06 12 34 56 78");
    assert_eq!(h.notes, "Préfère l'après-midi; vient avec sa fille");
    let j = find(&s, "le gall");
    assert_eq!(
        (j.first_name.as_str(), j.commune.as_str(), j.gender),
        ("Jean-Pierre", "Saint-Étienne", Some(Gender::Male))
    );
    let z = find(&s, "oeuvray");
    assert_eq!(z.last_name, "Œuvray");
    assert_eq!(
        z.phone, "0612345678",
        "the leading zero a spreadsheet dropped"
    );
    assert_eq!(z.notes, "Sur\r\ndeux lignes");

    // Comma-separated, Unix line ends, only two columns: read too.
    let csv = "Prénom,Nom\nChloé,\"Da Silva, épouse Moreau\"\n";
    let counts = imported(import(&mut s, ImportKind::People, "b.csv", csv.as_bytes()));
    assert_eq!(counts.people_created, 1);
    assert_eq!(find(&s, "chloe").last_name, "Da Silva, épouse Moreau");
}

#[test]
fn files_refused_before_reading_write_nothing() {
    let (_d, mut s) = setup();
    let (before, journal) = (people(&s), journal_len(&s));
    let refuse = |s: &mut Session, name: &str, bytes: &[u8]| {
        s.import_file(ImportKind::People, name, bytes, &mut |_| {})
            .unwrap_err()
    };
    assert!(matches!(
        refuse(&mut s, "personnes.pdf", b"%PDF-1.7"),
        StoreError::UnknownFileFormat
    ));
    assert!(matches!(
        refuse(&mut s, "personnes.xls", b"\xD0\xCF\x11\xE0"),
        StoreError::UnknownFileFormat
    ));
    assert!(matches!(
        refuse(&mut s, "personnes.csv", b""),
        StoreError::EmptyFile
    ));
    assert!(matches!(
        refuse(&mut s, "personnes.csv", "\u{feff}\r\n;;\r\n".as_bytes()),
        StoreError::EmptyFile
    ));
    let huge = vec![b'a'; passerelle_api::exchange::MAX_IMPORT_BYTES + 1];
    let e = refuse(&mut s, "personnes.csv", &huge);
    assert!(matches!(e, StoreError::FileTooLarge { .. }));
    assert_eq!(
        passerelle_api::ApiError::from(&e).args,
        [("max_mb".to_owned(), "50".to_owned())]
    );
    assert!(matches!(
        refuse(
            &mut s,
            "personnes.xlsx",
            b"PK\x03\x04 not really a workbook"
        ),
        StoreError::UnreadableFile(_)
    ));
    assert!(matches!(
        refuse(&mut s, "activites.csv", b"\x00\x01\x02binary"),
        StoreError::UnreadableFile(_)
    ));
    // A file without the expected header is a problem of the file, reported like the others.
    let out = import(
        &mut s,
        ImportKind::People,
        "p.csv",
        b"Couleur;Taille\nbleu;M\n",
    );
    let ImportOutcome::Problems { problems, .. } = out else {
        panic!()
    };
    assert_eq!(problems[0].problem, problem::NO_HEADER);
    assert_eq!((people(&s), journal_len(&s)), (before, journal));
}

#[test]
fn only_coordinators_import_and_export() {
    use crate::store::{Permission, Role};
    assert!(Role::Coordinator.allows(Permission::ExchangeData));
    assert!(!Role::Mediator.allows(Permission::ExchangeData));
    assert!(!Role::Volunteer.allows(Permission::ExchangeData));
}

// ---- the national activity export ----

/// One row in the national column order from (header, value) pairs.
fn national(values: &[(&str, String)]) -> Vec<String> {
    let headers = national_headers();
    let mut row = vec![String::new(); headers.len()];
    for (h, v) in values {
        let i = headers
            .iter()
            .position(|x| x == h)
            .expect("a national column");
        row[i] = v.clone();
    }
    row
}

fn days_ago(n: i64) -> jiff::civil::Date {
    jiff::Zoned::now()
        .date()
        .checked_sub(jiff::Span::new().days(n))
        .unwrap()
}

fn fr(d: jiff::civil::Date) -> String {
    d.strftime("%d/%m/%Y").to_string()
}

/// What the national tool's XLSX export looks like: its heading block, then one row per
/// participant (two individual sessions named, one anonymous, a workshop of 5 with named and
/// anonymous participants, a workshop that counts 4 participants on 2 rows), at 3 places.
fn national_workbook() -> Vec<u8> {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut rows: Vec<Vec<String>> = Vec::new();
    let base = |date: jiff::civil::Date, kind: &str, n: &str, id: &str| {
        vec![
            ("Date", fr(date)),
            ("Enregistré le", format!("{} 17:45", fr(date))),
            ("Médiateur", "Sandrine Coop".into()),
            ("Type", kind.into()),
            ("Participants", n.into()),
            ("Durée (min)", "45".into()),
            ("Identifiant", id.into()),
        ]
    };
    let place = |name: &str, postal: &str| {
        vec![
            ("Canaux d'accompagnement", "Lieu d'activité".to_owned()),
            ("Nom du lieu", name.to_owned()),
            ("Adresse", "1 rue de la République".to_owned()),
            ("Commune", "Montreuil".to_owned()),
            ("Code postal", postal.to_owned()),
            ("Code Insee", "93048".to_owned()),
        ]
    };
    let mut r = base(days_ago(40), "Accompagnement individuel", "1", "coop-1");
    r.extend(place("Médiathèque Denis-Diderot", "93100"));
    r.extend([
        ("Bénéficiaire", "Hélène Lefèvre".to_owned()),
        (
            "Thématique(s) d'accompagnement",
            "E-mail, Aide aux démarches administratives, Papiers, élections, citoyenneté".into(),
        ),
        ("Matériel numérique utilisé", "Ordinateur, Téléphone".into()),
        (
            "Nom de la démarche administrative",
            "Renouvellement de la carte d'identité".into(),
        ),
        ("Niveau d'autonomie (ou de l'atelier)", "2/3".into()),
        ("Bénéficiaire réorienté", "Oui".into()),
        ("Structure de redirection", "Aide sociale".into()),
        ("Commune du bénéficiaire", "Montreuil".into()),
        ("Code postal du bénéficiaire", "93100".into()),
        ("Genre du bénéficiaire", "Féminin".into()),
        ("Tranche d'âge du bénéficiaire", "40 à 59 ans".into()),
        ("Statut du bénéficiaire", "En emploi".into()),
        ("Tags", "Pass numérique".into()),
    ]);
    rows.push(national(&r));
    let mut r = base(days_ago(30), "individuel", "1", "coop-2");
    r.extend([
        ("Canaux d'accompagnement", "À domicile".to_owned()),
        ("Bénéficiaire", "Anonyme".into()),
        (
            "Thématique(s) d'accompagnement",
            "Navigation sur internet".into(),
        ),
        ("Genre du bénéficiaire", "Masculin".into()),
        ("Tranche d'âge du bénéficiaire", "70 ans et plus".into()),
        ("Statut du bénéficiaire", "Retraité".into()),
        ("Bénéficiaire réorienté", "Non".into()),
    ]);
    rows.push(national(&r));
    let mut r = base(days_ago(20), "Accompagnement individuel", "1", "coop-3");
    r.extend(place("Maison France Services", "93100"));
    r.extend([
        ("Bénéficiaire", "Mamadou DIALLO".to_owned()),
        (
            "Thématique(s) d'accompagnement",
            "Sécurité numérique".into(),
        ),
        ("Commune du bénéficiaire", "Bagnolet".into()),
        ("Genre du bénéficiaire", "Masculin".into()),
        ("Niveau d'autonomie (ou de l'atelier)", "3/3".into()),
    ]);
    rows.push(national(&r));
    // A workshop of 5: Mamadou again, Awa, three anonymous.
    let workshop = |who: &str, gender: &str, age: &str, status: &str, commune: &str| {
        let mut r = base(days_ago(10), "Atelier collectif", "5", "coop-4");
        r.extend(place("Médiathèque Denis-Diderot", "93100"));
        r.extend([
            (
                "Nom de l'atelier",
                "Premiers pas sur la tablette".to_owned(),
            ),
            (
                "Thématique(s) d'accompagnement",
                "Prendre en main du matériel, Sécurité numérique".into(),
            ),
            ("Matériel numérique utilisé", "Tablette".into()),
            ("Niveau d'autonomie (ou de l'atelier)", "1/3".into()),
            ("Tags", "Pass numérique; Quartier prioritaire".into()),
            ("Bénéficiaire", who.into()),
            ("Genre du bénéficiaire", gender.into()),
            ("Tranche d'âge du bénéficiaire", age.into()),
            ("Statut du bénéficiaire", status.into()),
            ("Commune du bénéficiaire", commune.into()),
        ]);
        national(&r)
    };
    rows.push(workshop("Mamadou DIALLO", "Masculin", "", "", "Bagnolet"));
    rows.push(workshop(
        "Awa Traoré",
        "Féminin",
        "25 à 39 ans",
        "Sans emploi",
        "",
    ));
    rows.push(workshop(
        "Anonyme",
        "Féminin",
        "60 à 69 ans",
        "Retraité",
        "",
    ));
    rows.push(workshop("Anonyme", "Féminin", "60 à 69 ans", "", ""));
    rows.push(workshop("Anonyme", "Masculin", "", "", ""));
    // A workshop counting 4 participants on 2 anonymous rows.
    for _ in 0..2 {
        let mut r = base(days_ago(5), "collectif", "4", "coop-5");
        r.extend(place("Centre social des Tilleuls", "93170"));
        r.extend([
            ("Nom de l'atelier", "Sécurité en ligne".to_owned()),
            (
                "Thématique(s) d'accompagnement",
                "securite_numerique".into(),
            ),
            ("Bénéficiaire", String::new()),
        ]);
        rows.push(national(&r));
    }

    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.write_string(0, 0, "Exporté par").unwrap();
    ws.write_string(0, 1, "Sandrine Coop").unwrap();
    ws.write_string(1, 0, "Exporté le").unwrap();
    ws.write_string(1, 1, fr(days_ago(1))).unwrap();
    ws.write_string(2, 0, "Filtres").unwrap();
    ws.write_string(2, 1, "Période : toute").unwrap();
    let header_row = 4u32;
    for (c, h) in national_headers().iter().enumerate() {
        ws.write_string(header_row, c as u16, *h).unwrap();
    }
    let date_format = Format::new().set_num_format("dd/mm/yyyy");
    for (i, row) in rows.iter().enumerate() {
        let r = header_row + 1 + i as u32;
        for (c, v) in row.iter().enumerate() {
            if v.is_empty() {
                continue;
            }
            // Dates as real date cells on some rows, numbers as numbers, like the real export.
            if c == 0 && i % 2 == 0 {
                let d: jiff::civil::Date = super::civil_date(v).unwrap();
                let x = ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8)
                    .unwrap();
                ws.write_datetime_with_format(r, 0, &x, &date_format)
                    .unwrap();
            } else if let (true, Ok(n)) = ([5, 13].contains(&c), v.parse::<f64>()) {
                ws.write_number(r, c as u16, n).unwrap();
            } else {
                ws.write_string(r, c as u16, v).unwrap();
            }
        }
    }
    wb.save_to_buffer().unwrap()
}

/// What counts in an annual report, straight from the tables.
fn report(s: &Session) -> (i64, i64, i64) {
    let activities = count(
        s,
        "SELECT (SELECT count(*) FROM support_session WHERE deleted_at IS NULL)
              + (SELECT count(*) FROM workshop WHERE deleted_at IS NULL)",
    );
    let accompaniments = count(
        s,
        "SELECT (SELECT count(*) FROM support_session WHERE deleted_at IS NULL)
              + (SELECT coalesce(sum(anonymous), 0) FROM workshop WHERE deleted_at IS NULL)
              + (SELECT count(*) FROM workshop_participant)",
    );
    (activities, accompaniments, people(s))
}

fn same_counts(a: &ImportCounts, b: &ImportCounts) {
    let key = |c: &ImportCounts| {
        (
            c.activities,
            c.individual_sessions,
            c.workshops,
            c.accompaniments,
            c.people_created,
            c.places_created,
            c.tags_created,
        )
    };
    assert_eq!(key(a), key(b));
}

#[test]
fn the_national_export_and_our_own_round_trip_with_the_same_counts() {
    let (d, mut a) = setup();
    let file = national_workbook();
    let counts = imported(import(
        &mut a,
        ImportKind::Activities,
        "export-coop.xlsx",
        &file,
    ));
    assert_eq!(counts.rows, 10);
    assert_eq!(
        (
            counts.activities,
            counts.individual_sessions,
            counts.workshops
        ),
        (5, 3, 2)
    );
    assert_eq!(
        counts.accompaniments,
        3 + 5 + 4,
        "accompaniments = participants"
    );
    assert_eq!(
        counts.people_created, 4,
        "Hélène, Mamadou (once for two activities), Awa, and the anonymous man's profile"
    );
    assert_eq!((counts.places_created, counts.tags_created), (3, 2));
    assert_eq!(report(&a), (5, 12, 4));
    let j = a.journal().unwrap();
    assert_eq!(j.last().unwrap().action, "import.activities");
    assert_eq!(
        j.last().unwrap().record_id.as_deref(),
        Some("activities=5 accompaniments=12 people_created=4 already_present=0")
    );

    // What was kept: provenance, the procedure, the referral, the anonymous counts.
    let (mediator, procedure, autonomy, referral): (String, String, String, String) = a
        .conn()
        .query_row(
            "SELECT mediator_name, procedure_themes, autonomy, referral FROM support_session
             WHERE import_ref = 'coop-1'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!(
        (
            mediator.as_str(),
            procedure.as_str(),
            autonomy.as_str(),
            referral.as_str()
        ),
        (
            "Sandrine Coop",
            "papiers_elections_citoyennete",
            "partiellement_autonome",
            "aide_sociale"
        )
    );
    let w = a
        .workshops(10)
        .unwrap()
        .into_iter()
        .find(|w| w.input.title == "Premiers pas sur la tablette")
        .unwrap();
    assert_eq!(w.input.participants.len(), 2);
    assert_eq!(w.input.anonymous, 3);
    assert_eq!(
        w.input.anonymous_by_gender,
        [(Gender::Female, 2), (Gender::Male, 1)]
    );
    assert_eq!(w.input.anonymous_by_age, [(AgeBracket::From60To69, 2)]);
    assert_eq!(w.input.anonymous_by_status, [(SocialStatus::Retired, 1)]);
    assert_eq!(w.input.level, Some(WorkshopLevel::Beginner));
    let mamadou = a.search_people("diallo").unwrap();
    assert_eq!(mamadou.len(), 1);
    assert_eq!(
        (
            mamadou[0].first_name.as_str(),
            mamadou[0].last_name.as_str()
        ),
        ("Mamadou", "DIALLO")
    );
    assert_eq!(a.sessions_of_person(mamadou[0].id).unwrap().len(), 1);
    assert_eq!(a.workshops_of_person(mamadou[0].id).unwrap().len(), 1);
    assert_eq!(
        count(
            &a,
            "SELECT count(*) FROM person WHERE anonymous = 1 AND age_bracket = 'soixante_dix_plus'"
        ),
        1,
        "an age bracket without a year of birth is kept"
    );

    // The same file again: every Identifiant is already there, nothing added.
    let again = imported(import(
        &mut a,
        ImportKind::Activities,
        "export-coop.xlsx",
        &file,
    ));
    assert_eq!((again.activities, again.already_present), (0, 5));
    assert_eq!(report(&a), (5, 12, 4));

    // Our own exports, XLSX and CSV, into fresh stores: the same counts.
    for format in [ExportFormat::Xlsx, ExportFormat::Csv] {
        let summary = a
            .export_sessions(format, &SessionsFilter::default(), d.path())
            .unwrap();
        assert_eq!(summary.rows, 12, "one row per participant");
        let bytes = std::fs::read(&summary.path).unwrap();
        let (_d2, mut b) = setup();
        let name = Path::new(&summary.path)
            .file_name()
            .unwrap()
            .to_string_lossy();
        let back = imported(import(&mut b, ImportKind::Activities, &name, &bytes));
        same_counts(&back, &counts);
        assert_eq!(report(&b), (5, 12, 4), "{format:?}");
        // And back into the store it came from: already there.
        let home = imported(import(&mut a, ImportKind::Activities, &name, &bytes));
        assert_eq!((home.activities, home.already_present), (0, 5));
    }
}

// ---- export ----

fn workshop_of_ten(s: &mut Session, date: &str, place: Option<String>) {
    let named: Vec<String> = ["Martin", "Diallo", "Nguyen"]
        .iter()
        .map(|n| {
            s.add_person(&PersonInput {
                first_name: "Camille".into(),
                last_name: (*n).into(),
                birth_year: Some(1960),
                gender: Some(Gender::Female),
                ..Default::default()
            })
            .unwrap()
            .to_string()
        })
        .collect();
    s.add_workshop(&WorkshopInput {
        title: "Premiers pas sur la tablette".into(),
        level: Some(WorkshopLevel::Beginner),
        date: date.into(),
        duration_min: 120,
        place,
        themes: vec![Theme::DeviceHandling],
        tags: vec![],
        participants: named,
        anonymous: 7,
        anonymous_by_gender: vec![(Gender::Female, 4), (Gender::Male, 2)],
        anonymous_by_age: vec![(AgeBracket::From60To69, 7)],
        anonymous_by_status: vec![],
        notes: String::new(),
    })
    .unwrap();
}

/// An individual session, written as the form would (the form's own type may grow fields).
fn session_on(s: &Session, date: &str, place: Option<&str>) -> String {
    let id = crate::store::ids::SupportSessionId::new();
    s.conn()
        .execute(
            "INSERT INTO support_session (id, installation_id, date, duration_min, canal,
                 place_id, themes, created_at, updated_at, staff_id)
             VALUES (?1, ?2, ?3, 30, ?4, ?5, 'email', 1, 1, ?6)",
            rusqlite::params![
                id,
                s.installation(),
                date,
                if place.is_some() {
                    Canal::Place.code()
                } else {
                    Canal::Remote.code()
                },
                place,
                s.staff_id()
            ],
        )
        .unwrap();
    id.to_string()
}

/// The CSV's lines, BOM checked and removed.
fn csv_lines(path: &str) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap();
    let text = text
        .strip_prefix('\u{feff}')
        .expect("a UTF-8 byte-order mark");
    assert!(text.ends_with("\r\n"));
    text.split("\r\n")
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn an_export_has_one_row_per_participant_its_heading_and_the_national_header() {
    let (d, mut s) = setup();
    let place = s
        .add_place(&crate::store::settings::NewPlace {
            name: "Médiathèque".into(),
            ..Default::default()
        })
        .unwrap()
        .to_string();
    let today = jiff::Zoned::now().date();
    let last_year = days_ago(400).to_string();
    workshop_of_ten(&mut s, &today.to_string(), Some(place.clone()));
    let kept = session_on(&s, &last_year, None);
    let deleted = session_on(&s, &last_year, Some(&place));
    s.delete_support_session(deleted.parse().unwrap()).unwrap();
    let journal = journal_len(&s);

    let dest = d.path().join("export.csv");
    let summary = s
        .export_sessions(ExportFormat::Csv, &SessionsFilter::default(), &dest)
        .unwrap();
    assert_eq!(
        summary.rows, 11,
        "a workshop of 10 gives 10 rows, plus one session"
    );
    let lines = csv_lines(&summary.path);
    assert!(lines[0].starts_with("Exporté par;Camille"), "{}", lines[0]);
    assert!(lines[1].starts_with("Exporté le;"));
    assert_eq!(lines[2], "Filtre : période;toutes les dates");
    assert_eq!(lines[3], "Filtre : lieu;tous les lieux");
    let header = lines
        .iter()
        .position(|l| l.starts_with("Date;"))
        .expect("the header row");
    assert_eq!(lines[header], national_headers().join(";"));
    let data = &lines[header + 1..];
    assert_eq!(data.len(), 11);
    assert!(data.iter().any(|l| l.ends_with(&kept)));
    assert!(
        !lines.iter().any(|l| l.contains(&deleted)),
        "deleted sessions never count"
    );
    let workshop_rows: Vec<&String> = data
        .iter()
        .filter(|l| l.contains("Atelier collectif"))
        .collect();
    assert_eq!(workshop_rows.len(), 10);
    assert!(
        workshop_rows.iter().all(|l| l.contains(";10;")),
        "Participants: 10"
    );
    assert_eq!(
        workshop_rows
            .iter()
            .filter(|l| l.contains(";Anonyme;"))
            .count(),
        7
    );
    assert_eq!(
        workshop_rows
            .iter()
            .filter(|l| l.contains("Camille Diallo"))
            .count(),
        1
    );
    assert_eq!(
        workshop_rows
            .iter()
            .filter(|l| l.contains(";Féminin;"))
            .count(),
        3 + 4
    );
    let j = s.journal().unwrap();
    assert_eq!(j.len(), journal + 1);
    let record = j.last().unwrap().record_id.clone().unwrap();
    assert_eq!(j.last().unwrap().action, "export.sessions");
    assert!(record.starts_with("rows=11 format=csv"), "{record}");
    assert!(!record.contains("Camille"), "no names in the journal");

    // Filters: type, place, period.
    let only = |s: &mut Session, f: SessionsFilter, name: &str| {
        s.export_sessions(ExportFormat::Csv, &f, &d.path().join(name))
            .unwrap()
            .rows
    };
    let workshops = SessionsFilter {
        activity_type: Some(ActivityType::Workshop),
        ..Default::default()
    };
    assert_eq!(only(&mut s, workshops, "w.csv"), 10);
    let at_place = SessionsFilter {
        place: Some(place.clone()),
        ..Default::default()
    };
    assert_eq!(
        only(&mut s, at_place, "p.csv"),
        10,
        "the remote session has no place"
    );
    let last_year_only = SessionsFilter {
        from: Some(days_ago(500).to_string()),
        to: Some(days_ago(300).to_string()),
        ..Default::default()
    };
    assert_eq!(only(&mut s, last_year_only, "y.csv"), 1);
    let mediator = SessionsFilter {
        mediator: Some("camille".into()),
        ..Default::default()
    };
    assert_eq!(only(&mut s, mediator, "m.csv"), 11);
    let nobody = SessionsFilter {
        mediator: Some("Personne".into()),
        ..Default::default()
    };
    assert_eq!(only(&mut s, nobody, "n.csv"), 0);
    let period = SessionsFilter {
        from: Some(days_ago(500).to_string()),
        to: Some(today.to_string()),
        ..Default::default()
    };
    let lines = {
        let p = s
            .export_sessions(ExportFormat::Csv, &period, &d.path().join("period.csv"))
            .unwrap()
            .path;
        csv_lines(&p)
    };
    assert_eq!(
        lines[2],
        format!("Filtre : période;du {} au {}", fr(days_ago(500)), fr(today))
    );

    // An existing file is never replaced, and nothing is left behind.
    let files = || std::fs::read_dir(d.path()).unwrap().count();
    let before = files();
    assert!(matches!(
        s.export_sessions(ExportFormat::Csv, &SessionsFilter::default(), &dest),
        Err(StoreError::FileExists)
    ));
    assert_eq!(files(), before);

    // XLSX: the same header and rows, read back.
    let x = s
        .export_sessions(ExportFormat::Xlsx, &SessionsFilter::default(), d.path())
        .unwrap();
    assert!(Path::new(&x.path)
        .file_name()
        .unwrap()
        .to_string_lossy()
        .starts_with("passerelle-accompagnements-"));
    let sheets = super::table::read("x.xlsx", &std::fs::read(&x.path).unwrap()).unwrap();
    assert_eq!(sheets.len(), 1);
    let rows = &sheets[0].rows;
    let h = rows.iter().position(|r| r.cells[0] == "Date").unwrap();
    assert_eq!(rows[h].cells, national_headers());
    assert_eq!(rows.len() - h - 1, 11);
    assert_eq!(
        rows[h + 1].cells[0],
        last_year,
        "dates are date cells, oldest first"
    );
    assert!(
        !std::fs::read_dir(d.path()).unwrap().any(|e| e
            .unwrap()
            .file_name()
            .to_string_lossy()
            .contains(".tmp-")),
        "no temporary file left"
    );
}

#[test]
fn a_sheet_too_small_for_the_rows_splits_by_year_then_continues() {
    let (d, mut s) = setup();
    let today = jiff::Zoned::now().date();
    let last_year = days_ago(400);
    workshop_of_ten(&mut s, &today.to_string(), None);
    session_on(&s, &last_year.to_string(), None);
    session_on(&s, &last_year.to_string(), None);
    // Heading (6 lines), a blank row, the header, and 4 rows per sheet.
    let summary = s
        .export_sessions_with(
            ExportFormat::Xlsx,
            &SessionsFilter::default(),
            &d.path().join("split.xlsx"),
            6 + 2 + 4,
        )
        .unwrap();
    let (y0, y1) = (last_year.year().to_string(), today.year().to_string());
    // 400 days ago is always another year.
    assert_eq!(
        summary.sheets,
        [y0, y1.clone(), format!("{y1} (2)"), format!("{y1} (3)")]
    );
    let bytes = std::fs::read(&summary.path).unwrap();
    let sheets = super::table::read("split.xlsx", &bytes).unwrap();
    assert_eq!(sheets.len(), summary.sheets.len());
    assert!(sheets.iter().all(|s| s.rows.len() <= 6 + 1 + 4));
    // Every sheet is read back: the same activities in a fresh store.
    let (_d2, mut b) = setup();
    let back = imported(import(&mut b, ImportKind::Activities, "split.xlsx", &bytes));
    assert_eq!(
        (back.activities, back.accompaniments, back.workshops),
        (3, 12, 1)
    );
}

#[test]
fn named_participants_are_found_among_the_people_already_recorded() {
    let (_d, mut s) = setup();
    let helene = |postal: &str, year: u16| PersonInput {
        first_name: "Hélène".into(),
        last_name: "Lefèvre".into(),
        birth_year: Some(year),
        postal_code: postal.into(),
        gender: Some(Gender::Female),
        ..Default::default()
    };
    // A homonym elsewhere, another one of another age, and the one of the file.
    s.add_person(&helene("75011", 1984)).unwrap();
    s.add_person(&helene("93100", 1950)).unwrap();
    let same = s.add_person(&helene("93100", 1984)).unwrap();
    let counts = imported(import(
        &mut s,
        ImportKind::Activities,
        "export-coop.xlsx",
        &national_workbook(),
    ));
    assert_eq!((counts.people_matched, counts.people_created), (1, 3));
    assert_eq!(s.sessions_of_person(same).unwrap().len(), 1);
}
