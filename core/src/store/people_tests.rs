//! People: validation, the search a mediator types, and nothing of it readable on disk.

use super::*;
use crate::store::device::NoDeviceStore;
use crate::store::secret::Passphrase;
use crate::store::test_desk::{setup, PASS};
use crate::store::{LockedStore, Session};
use passerelle_api::vocab::{Gender, SocialStatus};
use passerelle_api::ErrorCode;

fn named(first: &str, last: &str, year: Option<u16>, commune: &str) -> PersonInput {
    PersonInput {
        first_name: first.into(),
        last_name: last.into(),
        birth_year: year,
        commune: commune.into(),
        ..Default::default()
    }
}

/// "First Last" of each result, in order.
fn names(s: &Session, q: &str) -> Vec<String> {
    s.search_people(q)
        .unwrap()
        .iter()
        .map(|m| format!("{} {}", m.first_name, m.last_name))
        .collect()
}

fn people(s: &mut Session) -> Vec<PersonId> {
    [
        named("Hélène", "Lefèvre", Some(1984), "Montreuil"),
        named("Hélène", "Leroy", Some(1990), "Bagnolet"),
        named("Lætitia", "Martin", Some(2001), "Montreuil"),
        named("Awa", "N'Diaye", Some(1979), "Saint-Denis"),
        named("Yann", "Le Gall", None, ""),
    ]
    .iter()
    .map(|p| s.add_person(p).unwrap())
    .collect()
}

#[test]
fn search_ignores_accents_case_ligatures_apostrophes_and_one_typo() {
    let (_d, mut s) = setup();
    people(&mut s);
    // An anonymous person born the same year as Hélène Lefèvre: never found.
    s.add_person(&PersonInput {
        anonymous: true,
        first_name: "Ignoré".into(),
        birth_year: Some(1984),
        ..Default::default()
    })
    .unwrap();

    let helenes = names(&s, "helene");
    assert_eq!(helenes.len(), 2, "{helenes:?}");
    assert!(helenes.contains(&"Hélène Lefèvre".to_owned()));
    assert_eq!(names(&s, "LEFEVRE"), ["Hélène Lefèvre"]);
    let typo = s.search_people("lefvre").unwrap();
    assert_eq!(typo.len(), 1, "one typo: {typo:?}");
    assert_eq!(typo[0].last_name, "Lefèvre");
    assert!(typo[0].approximate, "found through the typo tolerance");
    assert_eq!(names(&s, "helene lefvre "), ["Hélène Lefèvre"]);
    assert_eq!(names(&s, "laetitia"), ["Lætitia Martin"]);
    assert_eq!(names(&s, "ndiaye"), ["Awa N'Diaye"]);
    assert_eq!(
        names(&s, "N’Diaye"),
        ["Awa N'Diaye"],
        "typographic apostrophe"
    );
    assert_eq!(names(&s, "diaye"), ["Awa N'Diaye"], "part of a name");
    assert_eq!(
        names(&s, "legall"),
        ["Yann Le Gall"],
        "a name typed without its space"
    );
    assert_eq!(names(&s, "le gall"), ["Yann Le Gall"]);
    assert_eq!(
        names(&s, "1984"),
        ["Hélène Lefèvre"],
        "the anonymous one is never found"
    );
    assert_eq!(names(&s, "Le").len(), 3, "short words: beginnings of words");
    assert!(names(&s, "xyzt").is_empty());
    assert!(names(&s, "  ").is_empty());
    // Two edits are too many; a three-letter word is never corrected.
    assert!(names(&s, "lfvre ").is_empty());
    assert!(names(&s, "awz ").is_empty());
}

#[test]
fn exact_matches_come_before_approximate_ones_and_homonyms_are_told_apart() {
    let (_d, mut s) = setup();
    s.add_person(&named("Marie", "Dubois", Some(1950), "Montreuil"))
        .unwrap();
    s.add_person(&named("Marie", "Dubois", Some(1988), "Pantin"))
        .unwrap();
    s.add_person(&named("Marie", "Dubos", Some(1970), "Pantin"))
        .unwrap();
    let found = s.search_people("dubois").unwrap();
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(!found[0].approximate && !found[1].approximate && found[2].approximate);
    assert_eq!(found[2].last_name, "Dubos");
    let years: Vec<Option<u16>> = found[..2].iter().map(|m| m.birth_year).collect();
    assert!(years.contains(&Some(1950)) && years.contains(&Some(1988)));
    let communes: Vec<&str> = found.iter().map(|m| m.commune.as_str()).collect();
    assert!(communes.contains(&"Montreuil") && communes.contains(&"Pantin"));
    // The most recently seen first among exact matches.
    assert_eq!(found[0].birth_year, Some(1988));
}

#[test]
fn phone_email_and_year_find_a_person() {
    let (_d, mut s) = setup();
    let id = s
        .add_person(&PersonInput {
            phone: "+33 6 12 34 56 78".into(),
            email: "awa.ndiaye@exemple.fr".into(),
            ..named("Awa", "N'Diaye", Some(1979), "")
        })
        .unwrap();
    for q in [
        "06 12 34 56 78",
        "0612345678",
        "+33612345678",
        "awa.ndiaye@",
        "exemple.fr",
        "1979",
    ] {
        let found = s.search_people(q).unwrap();
        assert_eq!(found.len(), 1, "{q}");
        assert_eq!(found[0].id, id, "{q}");
    }
}

#[test]
fn forms_are_checked_and_anonymous_records_keep_no_identity() {
    let (_d, mut s) = setup();
    let bad = |s: &mut Session, p: PersonInput| -> String {
        let e = s.add_person(&p).unwrap_err();
        assert_eq!(e.code(), ErrorCode::InvalidField);
        match e {
            StoreError::InvalidField { field } => field.to_owned(),
            other => panic!("{other:?}"),
        }
    };
    assert_eq!(bad(&mut s, named("", " ", None, "")), "last_name");
    assert_eq!(bad(&mut s, named("A", "B", Some(1850), "")), "birth_year");
    assert_eq!(bad(&mut s, named("A", "B", Some(2999), "")), "birth_year");
    let p = |f: fn(&mut PersonInput)| {
        let mut p = named("Awa", "Diallo", None, "");
        f(&mut p);
        p
    };
    assert_eq!(bad(&mut s, p(|p| p.email = "awa@".into())), "email");
    assert_eq!(bad(&mut s, p(|p| p.email = "a wa@x.fr".into())), "email");
    assert_eq!(bad(&mut s, p(|p| p.phone = "06 12".into())), "phone");
    assert_eq!(
        bad(&mut s, p(|p| p.phone = "06 12 34 56 7a".into())),
        "phone"
    );
    assert_eq!(
        bad(&mut s, p(|p| p.postal_code = "9310".into())),
        "postal_code"
    );
    assert_eq!(
        bad(&mut s, p(|p| p.insee_code = "ABCDE".into())),
        "insee_code"
    );
    assert_eq!(
        bad(&mut s, p(|p| p.languages = vec!["français".into()])),
        "languages"
    );
    assert_eq!(
        bad(&mut s, p(|p| p.notes = "x".repeat(MAX_NOTES + 1))),
        "notes"
    );
    assert_eq!(
        bad(&mut s, p(|p| p.last_name = "x".repeat(MAX_TEXT + 1))),
        "last_name"
    );
    let refused = s.journal().unwrap().len();

    let id = s
        .add_person(&PersonInput {
            anonymous: true,
            first_name: "Zoé".into(),
            last_name: "Garnier".into(),
            phone: "06 00 00 00 00".into(),
            birth_year: Some(1962),
            gender: Some(Gender::Female),
            social_status: Some(SocialStatus::Retired),
            insee_code: "2a004".into(),
            languages: vec!["FR".into(), "ar".into(), "fr".into()],
            ..Default::default()
        })
        .unwrap();
    let p = s.person(id).unwrap().profile;
    assert!(p.anonymous && p.first_name.is_empty() && p.last_name.is_empty() && p.phone.is_empty());
    assert_eq!(
        (p.gender, p.social_status),
        (Some(Gender::Female), Some(SocialStatus::Retired))
    );
    assert_eq!(p.insee_code, "2A004");
    assert_eq!(p.languages, ["fr", "ar"]);
    assert_eq!(
        s.journal().unwrap().len(),
        refused + 1,
        "refused forms wrote nothing"
    );
}

#[test]
fn changes_reindex_and_an_unknown_id_is_a_clear_error() {
    let (_d, mut s) = setup();
    let ids = people(&mut s);
    let mut p = s.person(ids[0]).unwrap().profile;
    p.last_name = "Lefebvre-Roussel".into();
    s.update_person(ids[0], &p).unwrap();
    assert!(names(&s, "lefevre ").iter().all(|n| n != "Hélène Lefèvre"));
    assert_eq!(names(&s, "roussel"), ["Hélène Lefebvre-Roussel"]);
    assert_eq!(names(&s, "lefebvreroussel"), ["Hélène Lefebvre-Roussel"]);
    p.anonymous = true;
    s.update_person(ids[0], &p).unwrap();
    assert!(
        names(&s, "roussel").is_empty(),
        "anonymous now: out of the index"
    );
    let recent = s.recent_people(10).unwrap();
    assert_eq!(
        recent.len(),
        4,
        "anonymous people are not in the recent list"
    );
    assert_eq!(recent[0].last_name, "Le Gall", "newest first");

    let unknown = PersonId::new();
    assert_eq!(
        s.person(unknown).unwrap_err().code(),
        ErrorCode::PersonNotFound
    );
    assert_eq!(
        s.update_person(unknown, &named("A", "B", None, ""))
            .unwrap_err()
            .code(),
        ErrorCode::PersonNotFound
    );
    let codes: Vec<String> = s
        .journal()
        .unwrap()
        .iter()
        .map(|e| e.action.clone())
        .collect();
    assert_eq!(codes.iter().filter(|c| *c == "person.created").count(), 5);
    assert_eq!(codes.iter().filter(|c| *c == "person.changed").count(), 2);
}

#[test]
fn names_and_their_folded_keys_are_not_on_disk_in_clear() {
    let (d, mut s) = setup();
    people(&mut s);
    let locked: LockedStore = s.lock().unwrap();
    let needles = [
        "Lefèvre",
        "lefevre",
        "helene lefevre",
        "ndiaye",
        "N'Diaye",
        "laetitia",
    ];
    let mut seen = 0;
    let mut stack = vec![d.path().to_owned()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let path = e.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let bytes = std::fs::read(&path).unwrap();
            seen += 1;
            for n in needles {
                assert!(
                    !bytes.windows(n.len()).any(|w| w == n.as_bytes()),
                    "{n:?} in clear in {}",
                    path.display()
                );
            }
        }
    }
    assert!(seen >= 3, "the scan saw the store's files");
    // And they are all there after unlocking again.
    let me = locked.staff_by_name("Camille").unwrap();
    let s = locked
        .unlock(me, &Passphrase::new(PASS.to_owned()), &NoDeviceStore)
        .unwrap();
    assert_eq!(names(&s, "lefevre"), ["Hélène Lefèvre"]);
}

fn session_for(person: PersonId) -> crate::store::SupportSessionInput {
    let today = jiff::Zoned::now().date().to_string();
    crate::store::test_desk::email_session(Some(person), &today)
}

#[test]
fn possible_duplicates_are_shown_before_registering() {
    let (_d, mut s) = setup();
    let ids = people(&mut s);
    let phone = s
        .add_person(&PersonInput {
            phone: "06 11 22 33 44".into(),
            ..named("Karim", "Benali", None, "")
        })
        .unwrap();
    let dup = |s: &Session, p: PersonInput| -> Vec<PersonId> {
        s.possible_duplicates(&p)
            .unwrap()
            .iter()
            .map(|m| m.id)
            .collect()
    };
    assert_eq!(dup(&s, named("Helene", "LEFEVRE", None, "")), [ids[0]]);
    assert_eq!(
        dup(&s, named("Hélène", "Lefèvres", None, "")),
        [ids[0]],
        "one typo"
    );
    assert_eq!(
        dup(&s, named("Hél", "Lefèvre", None, "")),
        [ids[0]],
        "a shortened first name"
    );
    assert!(
        dup(&s, named("Paul", "Lefèvre", None, "")).is_empty(),
        "another first name"
    );
    assert_eq!(
        dup(
            &s,
            PersonInput {
                phone: "+33 6 11 22 33 44".into(),
                ..named("K.", "B.", None, "")
            }
        ),
        [phone],
        "same phone"
    );
    let anon = PersonInput {
        anonymous: true,
        ..named("Hélène", "Lefèvre", None, "")
    };
    assert!(dup(&s, anon).is_empty(), "anonymous: nothing to compare");
}

#[test]
fn a_merge_keeps_every_session_and_undo_restores_both_records() {
    let (_d, mut s) = setup();
    let kept = s
        .add_person(&named("Hélène", "Lefèvre", Some(1984), "Montreuil"))
        .unwrap();
    let merged = s.add_person(&named("Helene", "Lefevre", None, "")).unwrap();
    let k1 = s.add_support_session(&session_for(kept)).unwrap();
    let m1 = s.add_support_session(&session_for(merged)).unwrap();
    let m2 = s.add_support_session(&session_for(merged)).unwrap();
    s.delete_support_session(m2).unwrap();
    let live = |s: &Session, p: PersonId| -> Vec<crate::store::ids::SupportSessionId> {
        let mut v: Vec<_> = s
            .sessions_of_person(p)
            .unwrap()
            .iter()
            .map(|x| x.id)
            .collect();
        v.sort();
        v
    };

    let preview = s.merge_preview(merged, kept).unwrap();
    assert_eq!((preview.sessions_moving, preview.sessions_kept), (1, 1));
    assert_eq!(
        s.merge_preview(kept, kept).unwrap_err().code(),
        ErrorCode::InvalidField
    );

    // Workshops: one attended by both records, one by the merged record only.
    let workshop = |people: Vec<String>| passerelle_api::people::WorkshopInput {
        title: "Premiers pas".into(),
        level: None,
        date: jiff::Zoned::now().date().to_string(),
        duration_min: 60,
        place: None,
        themes: vec![crate::vocab::Theme::Email],
        tags: vec![],
        participants: people,
        anonymous: 0,
        anonymous_by_gender: vec![],
        anonymous_by_age: vec![],
        anonymous_by_status: vec![],
        notes: String::new(),
    };
    s.add_workshop(&workshop(vec![kept.to_string(), merged.to_string()]))
        .unwrap();
    s.add_workshop(&workshop(vec![merged.to_string()])).unwrap();
    let count = |s: &Session, p: PersonId| s.workshops_of_person(p).unwrap().len();
    assert_eq!((count(&s, kept), count(&s, merged)), (1, 2));

    let merge = s.merge_people(merged, kept).unwrap();
    assert_eq!(
        count(&s, kept),
        2,
        "the workshops moved, the shared one counted once"
    );
    assert_eq!(count(&s, merged), 0);
    let shared = &s.workshops(10).unwrap()[1];
    assert_eq!(shared.input.participants.len(), 1, "one person, one seat");
    let mut both = vec![k1, m1];
    both.sort();
    assert_eq!(live(&s, kept), both, "every session of both records");
    assert_eq!(
        s.person(merged).unwrap_err().code(),
        ErrorCode::PersonNotFound
    );
    assert_eq!(
        names(&s, "lefevre"),
        ["Hélène Lefèvre"],
        "one record left in the search"
    );
    assert!(s.recent_people(10).unwrap().iter().all(|m| m.id != merged));
    // A session deleted before the merge moved too: undoing its deletion shows it on the kept one.
    s.restore_support_session(m2).unwrap();
    assert_eq!(live(&s, kept).len(), 3);
    s.delete_support_session(m2).unwrap();

    let back = s.unmerge_people(merge).unwrap();
    assert_eq!(back, merged);
    assert_eq!(
        (count(&s, kept), count(&s, merged)),
        (1, 2),
        "workshops as before"
    );
    assert_eq!(live(&s, kept), [k1]);
    assert_eq!(live(&s, merged), [m1]);
    s.restore_support_session(m2).unwrap();
    let mut m = vec![m1, m2];
    m.sort();
    assert_eq!(live(&s, merged), m, "the deleted one went back too");
    assert_eq!(names(&s, "lefevre").len(), 2, "both records found again");
    assert_eq!(
        s.unmerge_people(merge).unwrap_err().code(),
        ErrorCode::InvalidField,
        "undo once"
    );
    let actions: Vec<String> = s
        .journal()
        .unwrap()
        .iter()
        .map(|e| e.action.clone())
        .collect();
    assert!(actions.iter().any(|a| a == "person.merged"));
    assert!(actions.iter().any(|a| a == "person.unmerged"));
}

#[test]
fn an_imported_age_bracket_stands_in_for_a_missing_year_of_birth() {
    use passerelle_api::vocab::AgeBracket;
    let (_d, mut s) = setup();
    let p = s
        .add_person(&PersonInput {
            first_name: "Zoé".into(),
            last_name: "Marchal".into(),
            ..Default::default()
        })
        .unwrap();
    let person = s.person(p).unwrap();
    assert_eq!(s.age_bracket_of(&person).unwrap(), AgeBracket::Undisclosed);
    s.conn()
        .execute(
            "UPDATE person SET age_bracket = 'soixante_dix_plus' WHERE id = ?1",
            [p],
        )
        .unwrap();
    assert_eq!(s.age_bracket_of(&person).unwrap(), AgeBracket::From70);
    // A year of birth wins over a recorded bracket.
    let mut input = person.profile.clone();
    input.birth_year = Some(1990);
    s.update_person(p, &input).unwrap();
    let person = s.person(p).unwrap();
    assert_ne!(s.age_bracket_of(&person).unwrap(), AgeBracket::From70);
}
