//! Tests of the demo generator on the small data set (the stress set is measured by hand
//! with `passerelle demo --size stress`, never in a test).

use super::*;
use crate::store::device::NoDeviceStore;
use crate::store::ids::SupportSessionId;
use crate::store::journal::Verdict;
use crate::store::settings::{valid_insee_code, valid_postal_code};
use crate::store::{support, workshop};
use std::collections::BTreeMap;
use std::path::PathBuf;

fn end() -> jiff::civil::Date {
    jiff::civil::date(2025, 12, 31)
}

fn small(seed: u64) -> (tempfile::TempDir, Session, DemoReport) {
    let d = tempfile::tempdir().unwrap();
    let options = DemoOptions {
        size: DemoSize::Small,
        seed,
        end: end(),
    };
    let (s, _, r) = generate_with(d.path(), &options, KdfParams::TESTING).unwrap();
    (d, s, r)
}

/// (month `YYYY-MM`, theme or procedure theme code) → sessions.
fn month_theme_counts(s: &Session) -> BTreeMap<(String, String), u32> {
    let mut st = s
        .conn
        .prepare("SELECT substr(date, 1, 7), themes, procedure_themes FROM support_session")
        .unwrap();
    let mut out = BTreeMap::new();
    let rows = st
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })
        .unwrap();
    for row in rows {
        let (month, themes, procedures) = row.unwrap();
        for code in themes.split(',').chain(procedures.split(',')) {
            if !code.is_empty() {
                *out.entry((month.clone(), code.to_owned())).or_insert(0) += 1;
            }
        }
    }
    out
}

fn ids(s: &Session, sql: &str) -> Vec<String> {
    let mut st = s.conn.prepare(sql).unwrap();
    let rows = st.query_map([], |r| r.get(0)).unwrap();
    rows.collect::<Result<_, _>>().unwrap()
}

#[test]
fn the_same_seed_gives_the_same_content_and_another_seed_another() {
    let (_a, a, ra) = small(7);
    let (_b, b, rb) = small(7);
    let (_c, c, _) = small(8);
    assert_eq!(a.demo_names().unwrap(), b.demo_names().unwrap());
    assert_eq!(month_theme_counts(&a), month_theme_counts(&b));
    assert_eq!(ra.counts, rb.counts);
    assert_eq!(ra.staff, rb.staff);
    assert_eq!(content_digest(&a).unwrap(), content_digest(&b).unwrap());
    // The ids are fresh in each store: the digest leaves them out.
    assert_ne!(
        ids(&a, "SELECT id FROM person ORDER BY num LIMIT 1"),
        ids(&b, "SELECT id FROM person ORDER BY num LIMIT 1")
    );

    assert_ne!(a.demo_names().unwrap(), c.demo_names().unwrap());
    assert_ne!(month_theme_counts(&a), month_theme_counts(&c));
    assert_ne!(content_digest(&a).unwrap(), content_digest(&c).unwrap());
}

#[test]
fn the_small_set_has_its_counts_valid_codes_and_names_of_every_kind() {
    let (_d, s, r) = small(1);
    let c = &r.counts;
    assert_eq!(c.people, 300);
    assert_eq!(c.sessions, 2_000);
    assert_eq!(c.staff, 4);
    assert_eq!(c.places, 2);
    assert_eq!(s.staff().len(), 4);
    assert!(c.anonymous_people > 0 && c.anonymous_sessions > 0);
    assert!(c.workshops > 50 && c.workshop_named_participants > 0);
    assert!(c.workshop_anonymous_participants > 0);
    assert!(c.follow_ups > 20 && c.partners > 5 && c.consents > 200);
    let count = |sql: &str| -> i64 { s.conn.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(count("SELECT count(*) FROM person"), 300);
    assert_eq!(count("SELECT count(*) FROM support_session"), 2_000);
    assert_eq!(count("SELECT count(*) FROM workshop"), c.workshops as i64);
    assert_eq!(count("SELECT count(*) FROM follow_up"), c.follow_ups as i64);
    assert_eq!(count("SELECT count(*) FROM partner"), c.partners as i64);
    assert!(count("SELECT count(*) FROM support_session WHERE partner_id IS NOT NULL") > 0);
    assert!(count("SELECT count(*) FROM support_session_tag") > 0);
    assert!(count("SELECT count(*) FROM follow_up WHERE done_at IS NULL") > 0);
    // Named people are in the search index, anonymous ones are not.
    assert_eq!(
        count("SELECT count(*) FROM person_search"),
        (c.people - c.anonymous_people) as i64
    );

    let this_year = i32::from(end().year());
    let mut with_commune = 0;
    let mut names = Vec::new();
    for id in ids(&s, "SELECT id FROM person ORDER BY num") {
        let p = s.person(id.parse().unwrap()).unwrap();
        assert!(
            valid_postal_code(&p.profile.postal_code),
            "{}",
            p.profile.postal_code
        );
        assert!(
            valid_insee_code(&p.profile.insee_code),
            "{}",
            p.profile.insee_code
        );
        assert_eq!(
            p.profile.postal_code.is_empty(),
            p.profile.insee_code.is_empty()
        );
        with_commune += usize::from(!p.profile.commune.is_empty());
        // Every record is one the registration form would accept as it is.
        assert_eq!(people::validate(&p.profile, this_year).unwrap(), p.profile);
        assert!(p.profile.email.is_empty() || p.profile.email.contains("@example."));
        assert!(p.created_at_ms <= p.last_seen_at_ms);
        if !p.profile.anonymous {
            names.push(format!("{} {}", p.profile.first_name, p.profile.last_name));
        }
    }
    assert!(with_commune > 250, "{with_commune}");
    assert!(names
        .iter()
        .any(|n| n.chars().any(|c| "éèêëïîôöüçàâÿ".contains(c))));
    assert!(names.iter().any(|n| n.contains('\'')));
    assert!(names.iter().any(|n| n.contains('-')));
    // Every commune of the table passes the validators, not only the ones drawn.
    for (name, pc, insee) in COMMUNES {
        assert!(valid_postal_code(pc) && valid_insee_code(insee), "{name}");
        assert_eq!(pc.len(), 5);
    }

    // Every session and workshop is one the forms would accept as it is.
    for id in ids(&s, "SELECT id FROM support_session ORDER BY num") {
        let id: SupportSessionId = id.parse().unwrap();
        let got = support::get(&s.conn, id).unwrap();
        let checked = support::validate(&s.conn, &got.input, end()).unwrap();
        assert_eq!(checked, got.input);
    }
    let workshops = s.workshops(10_000).unwrap();
    assert_eq!(workshops.len(), c.workshops);
    for w in workshops {
        let checked = workshop::validate(&s.conn, &w.input, end()).unwrap();
        assert_eq!(checked, w.input);
    }
}

#[test]
fn an_accented_name_is_found_typed_without_accents() {
    let (_d, s, _) = small(3);
    let (first, last) = s
        .demo_names()
        .unwrap()
        .into_iter()
        .find(|(f, l)| {
            let n = format!("{f}{l}");
            !n.is_ascii() && fold(f).is_ascii() && fold(l).is_ascii()
        })
        .expect("an accented name");
    let typed = format!("{} {}", fold(&first), fold(&last));
    assert!(typed.is_ascii());
    let found = s.search_people(&typed).unwrap();
    assert!(
        found
            .iter()
            .any(|m| m.first_name == first && m.last_name == last),
        "{typed:?} did not find the accented name"
    );
}

#[test]
fn months_follow_the_seasons_and_no_activity_falls_on_a_weekend() {
    let (_d, s, _) = small(5);
    let counts = month_theme_counts(&s);
    let per_month = |months: &[&str], code: &str| -> (u32, u32) {
        let mut theme = 0;
        let mut all = 0;
        let mut st = s
            .conn
            .prepare("SELECT count(*) FROM support_session WHERE substr(date, 6, 2) = ?1")
            .unwrap();
        for m in months {
            all += st.query_row([m], |r| r.get::<_, u32>(0)).unwrap();
            theme += counts
                .iter()
                .filter(|((month, c), _)| &month[5..] == *m && c == code)
                .map(|(_, n)| n)
                .sum::<u32>();
        }
        (theme, all)
    };
    let share = |(t, a): (u32, u32)| f64::from(t) / f64::from(a.max(1));
    let taxes_spring = share(per_month(&["04", "05", "06"], "argent_impots"));
    let taxes_winter = share(per_month(&["01", "02", "03"], "argent_impots"));
    assert!(
        taxes_spring > 2.0 * taxes_winter,
        "{taxes_spring} vs {taxes_winter}"
    );
    let school_september = share(per_month(&["09"], "famille_scolarite"));
    let school_rest = share(per_month(
        &["01", "02", "03", "04", "05", "11"],
        "famille_scolarite",
    ));
    assert!(
        school_september > school_rest,
        "{school_september} vs {school_rest}"
    );
    let volume = |m: &str| per_month(&[m], "").1;
    assert!(volume("08") * 3 < volume("09") * 2, "August dips");
    assert!(volume("12") < volume("11"), "December dips");

    for date in ids(
        &s,
        "SELECT date FROM support_session UNION SELECT date FROM workshop",
    ) {
        let d: jiff::civil::Date = date.parse().unwrap();
        assert!(
            d.weekday().to_monday_zero_offset() < 5,
            "{date} is a weekend"
        );
        assert!(d <= end());
    }
}

#[test]
fn one_journal_row_for_the_data_and_the_journal_verifies() {
    let (_d, s, r) = small(2);
    let report = s.verify().unwrap();
    assert!(report.is_ok(), "{report:?}");
    assert!(matches!(report.journal, Verdict::Intact { .. }));
    let entries = s.journal().unwrap();
    let demo: Vec<_> = entries
        .iter()
        .filter(|e| e.action == "demo.generated")
        .collect();
    assert_eq!(demo.len(), 1);
    // Staff additions are journaled one by one; the data set is one row.
    assert_eq!(
        entries.iter().filter(|e| e.action == "staff.added").count(),
        r.counts.staff
    );
    assert!(!entries.iter().any(|e| e.action == "person.created"
        || e.action == "session_record.created"
        || e.action == "workshop.created"));
    // Counts and codes only, never a name.
    let text = demo[0].record_id.clone().unwrap();
    assert!(
        text.starts_with("small seed=2 people=300 sessions=2000"),
        "{text}"
    );
    assert!(text.split(' ').skip(1).all(|kv| kv
        .split_once('=')
        .is_some_and(|(_, v)| v.parse::<u64>().is_ok())));
}

#[test]
fn every_staff_member_signs_in_with_the_demo_passphrase_and_the_store_is_marked() {
    let (d, s, r) = small(4);
    assert!(is_training(d.path()));
    assert!(s.is_training().unwrap());
    let locked = s.lock().unwrap();
    assert!(is_training(&locked.data_dir()));
    let pass = Passphrase::new(DEMO_PASSPHRASE.to_owned());
    let staff = locked.staff();
    assert_eq!(
        staff
            .iter()
            .map(|x| (x.display_name.clone(), x.role))
            .collect::<Vec<_>>(),
        r.staff
    );
    for member in &staff {
        let s = locked.unlock(member.id, &pass, &NoDeviceStore).unwrap();
        assert!(!s.must_change_passphrase(), "{}", member.display_name);
        assert!(s.is_training().unwrap());
        drop(s);
    }

    // The marker lost (a copy without it): the journal says so, and the marker comes back.
    let marker = d.path().join("store").join(TRAINING_MARKER);
    std::fs::remove_file(&marker).unwrap();
    assert!(!is_training(d.path()));
    let s = locked.unlock(staff[0].id, &pass, &NoDeviceStore).unwrap();
    assert!(s.is_training().unwrap());
    assert!(marker.is_file() && is_training(d.path()));
}

#[test]
fn an_ordinary_store_is_not_a_training_store() {
    let (d, s) = crate::store::test_desk::setup();
    assert!(!is_training(d.path()));
    assert!(!s.is_training().unwrap());
    assert!(matches!(s.demo_names(), Err(StoreError::RoleRefused)));
    assert!(!d.path().join("store").join(TRAINING_MARKER).exists());
}

fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut todo = vec![dir.to_owned()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                todo.push(p.clone());
                out.insert(p, Vec::new());
            } else {
                let bytes = std::fs::read(&p).unwrap();
                out.insert(p, bytes);
            }
        }
    }
    out
}

#[test]
fn demo_refuses_an_existing_store_and_changes_nothing() {
    let (d, s) = crate::store::test_desk::setup();
    drop(s);
    let before = snapshot(d.path());
    assert!(before.len() > 3);
    let options = DemoOptions {
        size: DemoSize::Small,
        seed: 1,
        end: end(),
    };
    let err = generate_with(d.path(), &options, KdfParams::TESTING).unwrap_err();
    assert!(matches!(err, StoreError::AlreadyExists), "{err:?}");
    assert_eq!(snapshot(d.path()), before);
    assert!(!is_training(d.path()));
}

#[test]
fn an_end_date_after_today_is_refused_before_anything_is_written() {
    let d = tempfile::tempdir().unwrap();
    let options = DemoOptions {
        size: DemoSize::Small,
        seed: 1,
        end: jiff::Zoned::now().date().tomorrow().unwrap(),
    };
    let err = generate_with(d.path(), &options, KdfParams::TESTING).unwrap_err();
    assert!(
        matches!(err, StoreError::InvalidField { field: "date" }),
        "{err:?}"
    );
    assert!(!crate::store::exists(d.path()));
    assert_eq!(DemoSize::parse("stress"), Some(DemoSize::Stress));
    assert_eq!(DemoSize::parse("huge"), None);
}

#[test]
fn follow_ups_and_partners_pass_their_forms_checks() {
    use crate::store::{follow_up, partner};
    let (_d, s, r) = small(6);
    let mut open = 0;
    for id in ids(&s, "SELECT id FROM follow_up ORDER BY num") {
        let f = follow_up::get(&s.conn, id.parse().unwrap()).unwrap();
        // Only named records are followed up, and each reads back as the form would save it.
        assert_eq!(follow_up::validate(&s.conn, &f.input).unwrap(), f.input);
        open += usize::from(f.done_at_ms.is_none());
    }
    assert!(open > 0 && open < r.counts.follow_ups);
    let partners = partner::all(&s.conn).unwrap();
    assert_eq!(partners.len(), r.counts.partners);
    for p in partners {
        assert!(p.input.category.is_some(), "{:?}", p.input);
        assert_eq!(partner::validate(&p.input).unwrap(), p.input);
        assert!(p.input.email.ends_with("@example.org"));
    }
    // The referrals that name a partner name one of the directory.
    let dangling: i64 = s
        .conn
        .query_row(
            "SELECT count(*) FROM support_session
             WHERE partner_id IS NOT NULL AND partner_id NOT IN (SELECT id FROM partner)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(dangling, 0);
}
