use super::*;
use crate::store::settings::NewPlace;
use crate::store::test_desk::email_session;
/// The store fixture, for the report's tests too.
pub(crate) use crate::store::test_desk::setup;
use crate::store::{PersonInput, SupportSessionInput};
use passerelle_api::follow::FollowUpInput;
use passerelle_api::people::WorkshopInput;
use passerelle_api::vocab::{Equipment as Eq_, ReferralCategory as Ref};

/// The figures of a dimension as (key, count, per mille), in its order.
fn cells(d: &Dimension) -> Vec<(&str, u64, u32)> {
    d.rows
        .iter()
        .map(|r| (r.key.as_str(), r.count, r.per_mille))
        .collect()
}

pub(crate) fn all_dimensions(s: &Statistics) -> Vec<(&'static str, &Dimension)> {
    vec![
        ("per_month", &s.per_month),
        ("accompaniments_by_type", &s.accompaniments_by_type),
        ("activity_types", &s.activity_types),
        ("themes", &s.themes),
        ("procedure_themes", &s.procedure_themes),
        ("tags", &s.tags),
        ("equipment", &s.equipment),
        ("canal", &s.canal),
        ("durations", &s.durations),
        ("places", &s.places),
        ("referrals", &s.referrals),
        ("genders", &s.genders),
        ("age_brackets", &s.age_brackets),
        ("statuses", &s.statuses),
        ("communes", &s.communes),
    ]
}

pub(crate) fn query(from: &str, to: &str) -> StatsQuery {
    StatsQuery {
        from: from.into(),
        to: to.into(),
        ..Default::default()
    }
}

fn local_ms(y: i16, m: i8, d: i8) -> i64 {
    jiff::civil::date(y, m, d)
        .at(12, 0, 0, 0)
        .to_zoned(jiff::tz::TimeZone::system())
        .unwrap()
        .timestamp()
        .as_millisecond()
}

/// Ids the assertions need.
pub(crate) struct March {
    pub place_a: String,
    pub place_b: String,
    pub tag: String,
}

/// March 2025 at one centre (see `the_hand_built_month_adds_up` for the people and activities).
pub(crate) fn march(s: &mut Session) -> March {
    let place = |s: &mut Session, name: &str, commune: &str, postal: &str| {
        s.add_place(&NewPlace {
            name: name.into(),
            address: String::new(),
            commune: commune.into(),
            postal_code: postal.into(),
            insee_code: String::new(),
        })
        .unwrap()
        .to_string()
    };
    let place_a = place(s, "Médiathèque", "Lyon", "69001");
    let place_b = place(s, "Mairie annexe", "Villeurbanne", "69100");
    let tag = s.add_tag("Conseiller numérique").unwrap().to_string();
    let person = |s: &mut Session, p: PersonInput| s.add_person(&p).unwrap();
    let awa = person(
        s,
        PersonInput {
            first_name: "Awa".into(),
            last_name: "Diallo".into(),
            birth_year: Some(1960),
            gender: Some(Gender::Female),
            social_status: Some(SocialStatus::Retired),
            commune: "Lyon".into(),
            ..Default::default()
        },
    );
    let bruno = person(
        s,
        PersonInput {
            first_name: "Bruno".into(),
            last_name: "Martin".into(),
            gender: Some(Gender::Male),
            social_status: Some(SocialStatus::Employed),
            ..Default::default()
        },
    );
    // Bruno came from an import that knew his bracket but not his year of birth.
    s.conn()
        .execute(
            "UPDATE person SET age_bracket = 'quarante_cinquante_neuf' WHERE id = ?1",
            [bruno],
        )
        .unwrap();
    let chloe = person(
        s,
        PersonInput {
            first_name: "Chloé".into(),
            last_name: "Bernard".into(),
            birth_year: Some(2000),
            commune: "Villeurbanne".into(),
            ..Default::default()
        },
    );
    let anonymous = person(
        s,
        PersonInput {
            anonymous: true,
            birth_year: Some(1990),
            gender: Some(Gender::Female),
            social_status: Some(SocialStatus::Unemployed),
            ..Default::default()
        },
    );
    let dina = person(
        s,
        PersonInput {
            first_name: "Dina".into(),
            last_name: "Petit".into(),
            birth_year: Some(2010),
            gender: Some(Gender::Female),
            social_status: Some(SocialStatus::Student),
            commune: "Lyon".into(),
            ..Default::default()
        },
    );

    let session = |s: &mut Session,
                   who: Option<crate::store::ids::PersonId>,
                   date: &str,
                   minutes: u16,
                   f: &dyn Fn(&mut SupportSessionInput)| {
        let mut i = email_session(who, date);
        i.duration_min = minutes;
        f(&mut i);
        s.add_support_session(&i).unwrap()
    };
    let (pa, pb, t) = (place_a.clone(), place_b.clone(), tag.clone());
    // S1: two themes, a procedure, a referral, the tag.
    session(s, Some(awa), "2025-03-03", 29, &|i| {
        i.canal = Canal::Place;
        i.place = Some(pa.clone());
        i.equipment = vec![Eq_::Computer];
        i.themes = vec![Theme::Email, Theme::AdministrativeProcedures];
        i.procedure_themes = vec![ProcedureTheme::SocialAndHealth];
        i.referral = Some(Ref::SocialSupport);
        i.tags = vec![t.clone()];
    });
    // S2: at a distance, so the place is dropped.
    session(s, Some(awa), "2025-03-10", 30, &|i| {
        i.place = Some(pa.clone());
        i.equipment = vec![Eq_::Phone];
    });
    // S3: no place.
    session(s, Some(bruno), "2025-03-12", 59, &|i| {
        i.canal = Canal::Home;
        i.themes = vec![Theme::Browsing];
        i.referral = Some(Ref::Administration);
    });
    // S4
    session(s, Some(chloe), "2025-03-14", 60, &|i| {
        i.canal = Canal::Place;
        i.place = Some(pb.clone());
        i.equipment = vec![Eq_::Computer, Eq_::Phone];
        i.themes = vec![Theme::OfficeSoftware];
    });
    // S5: the anonymous record.
    session(s, Some(anonymous), "2025-03-20", 119, &|i| {
        i.canal = Canal::Place;
        i.place = Some(pa.clone());
        i.themes = vec![Theme::Health];
    });
    // S6: nobody recorded.
    session(s, None, "2025-03-21", 120, &|i| {
        i.canal = Canal::Place;
        i.place = Some(pb.clone());
    });
    // S7: deleted.
    let deleted = session(s, Some(awa), "2025-03-25", 45, &|i| {
        i.themes = vec![Theme::Security];
    });
    s.delete_support_session(deleted).unwrap();
    // Out of the period: Chloé already came in January, Bruno comes back in April.
    session(s, Some(chloe), "2025-01-10", 30, &|_| {});
    session(s, Some(bruno), "2025-04-01", 30, &|_| {});

    let w = s
        .add_workshop(&WorkshopInput {
            title: "Se protéger en ligne".into(),
            level: None,
            date: "2025-03-18".into(),
            duration_min: 90,
            place: Some(place_a.clone()),
            themes: vec![Theme::DigitalCulture, Theme::Security],
            tags: vec![tag.clone()],
            participants: vec![awa.to_string(), dina.to_string()],
            anonymous: 8,
            anonymous_by_gender: vec![(Gender::Female, 3), (Gender::Male, 4)],
            anonymous_by_age: vec![(AgeBracket::From70, 5), (AgeBracket::From40To59, 2)],
            anonymous_by_status: vec![(SocialStatus::Retired, 6)],
            notes: String::new(),
        })
        .unwrap();
    // No canal (recorded here), a tablet (as an import would record it).
    s.conn()
        .execute(
            "UPDATE workshop SET equipment = 'tablette' WHERE id = ?1",
            [w],
        )
        .unwrap();

    let follow_up = |s: &mut Session, done_ms: i64| {
        let f = s
            .add_follow_up(&FollowUpInput {
                person: awa.to_string(),
                due_date: "2025-03-15".into(),
                due_time: None,
                what: "Rendez-vous CAF".into(),
                bring: String::new(),
                place: None,
            })
            .unwrap();
        s.follow_up_done(f).unwrap();
        s.conn()
            .execute(
                "UPDATE follow_up SET done_at = ?2 WHERE id = ?1",
                rusqlite::params![f, done_ms],
            )
            .unwrap();
    };
    follow_up(s, local_ms(2025, 3, 15));
    follow_up(s, local_ms(2025, 4, 2));

    // The vault: Awa's two documents (February, March) and Dina's private one (March) are
    // stored at the end of March; Bruno's came in April; Chloé's was deleted.
    let document = |s: &mut Session, who, created_ms: i64, private: bool| {
        s.record_consent(
            who,
            &[
                passerelle_api::vocab::ConsentScope::Record,
                passerelle_api::vocab::ConsentScope::Vault,
            ],
            // Dina, born in 2010, consents through a guardian.
            who == dina,
        )
        .unwrap();
        let input = crate::store::vault::DocumentInput {
            title: String::new(),
            category: passerelle_api::vault::DocumentCategory::Autre,
            original_name: "piece.txt".into(),
            issued_on: None,
            expires_on: None,
            notes: String::new(),
            private: false,
        };
        let d = s.add_document(who, &input, b"x").unwrap().document.id;
        // A private document as the statistics see it: a row flagged private (enrolling a
        // card is the vault's own tests' business).
        s.conn()
            .execute(
                "UPDATE vault_document SET created_at = ?2, private = ?3 WHERE id = ?1",
                rusqlite::params![d, created_ms, private],
            )
            .unwrap();
        d
    };
    document(s, awa, local_ms(2025, 2, 10), false);
    document(s, awa, local_ms(2025, 3, 5), false);
    document(s, dina, local_ms(2025, 3, 31), true);
    document(s, bruno, local_ms(2025, 4, 5), false);
    let gone = document(s, chloe, local_ms(2025, 3, 2), false);
    s.delete_document(gone).unwrap();
    March {
        place_a,
        place_b,
        tag,
    }
}

#[test]
fn the_hand_built_month_adds_up() {
    let (_d, mut s) = setup();
    let m = march(&mut s);
    let st = s.statistics(&query("2025-03-01", "2025-03-31")).unwrap();

    // Activities: S1–S6 and the workshop = 7 (S7 deleted, January and April outside).
    // Accompaniments: 6 sessions × 1 + workshop 2 named + 8 anonymous = 16.
    // People: records Awa, Bruno, Chloé, the anonymous record, Dina = 5; nobody recorded on S6
    // = 1; the workshop's 8 anonymous = 8; 5 + 1 + 8 = 14. Named: Awa, Bruno, Chloé, Dina = 4;
    // anonymous: 1 + 1 + 8 = 10. New: all records but Chloé (January) = 4.
    // Anonymous accompaniments: S5 + S6 + 8 = 10. Follow-ups: 15 March yes, 2 April no = 1.
    // Vault at the end of March: Awa 2, Dina 1 (private) = 3 documents of 2 people (Bruno's
    // came in April, Chloé's was deleted).
    assert_eq!(
        st.totals,
        Totals {
            accompaniments: 16,
            activities: 7,
            people: 14,
            named_people: 4,
            anonymous_people: 10,
            new_people: 4,
            anonymous_accompaniments: 10,
            follow_ups_done: 1,
            people_with_documents: 2,
            documents_stored: 3,
        }
    );
    assert_eq!(cells(&st.per_month), [("2025-03", 16, 1000)]);
    // 6/16 = 37.5 %, 10/16 = 62.5 %: the workshop weighs 10.
    assert_eq!(
        cells(&st.accompaniments_by_type),
        [("individuel", 6, 375), ("collectif", 10, 625)]
    );
    // 6/7 = 857.14 (r 1), 1/7 = 142.86 (r 6): the missing unit goes to the workshop.
    assert_eq!(
        cells(&st.activity_types),
        [("individuel", 6, 857), ("collectif", 1, 143)]
    );
    // email S1 S2 S6 = 3, the others once (S1's second theme, the workshop's two): 9 > 7.
    // 3/9 = 333.33 (r 3), 1/9 = 111.11 (r 1): the one missing unit goes to email.
    assert_eq!(
        cells(&st.themes),
        [
            ("navigation_sur_internet", 1, 111),
            ("email", 3, 334),
            ("bureautique", 1, 111),
            ("sante", 1, 111),
            ("securite_numerique", 1, 111),
            ("culture_numerique", 1, 111),
            ("aide_aux_demarches_administratives", 1, 111),
        ]
    );
    assert!(st.themes.total > st.totals.activities);
    assert_eq!(cells(&st.procedure_themes), [("social_sante", 1, 1000)]);
    // S1 and the workshop.
    assert_eq!(cells(&st.tags), [(m.tag.as_str(), 2, 1000)]);
    assert_eq!(
        st.tags.rows[0].label,
        RowLabel::Text("Conseiller numérique".into())
    );
    // Computer S1 S4, phone S2 S4, tablet the workshop: 2, 2, 1 of 5.
    assert_eq!(
        cells(&st.equipment),
        [
            ("ordinateur", 2, 400),
            ("telephone", 2, 400),
            ("tablette", 1, 200)
        ]
    );
    // Place S1 S4 S5 S6 + the workshop (no canal) = 5, home S3, remote S2. 5/7 = 714.29 (r 2),
    // 1/7 = 142.86 (r 6) twice: both get a unit.
    assert_eq!(
        cells(&st.canal),
        [
            ("lieu_activite", 5, 714),
            ("domicile", 1, 143),
            ("a_distance", 1, 143)
        ]
    );
    // 29 → first; 30, 59 → second; 60, 119, workshop 90 → third; 120 → fourth.
    // 1/7 = 142 r 6, 2/7 = 285 r 5, 3/7 = 428 r 4, 1/7 = 142 r 6: 997, units to r 6, r 6, r 5.
    assert_eq!(
        cells(&st.durations),
        [
            ("moins_de_30_min", 1, 143),
            ("30_min_a_1_h", 2, 286),
            ("1_h_a_2_h", 3, 428),
            ("2_h_et_plus", 1, 143),
        ]
    );
    // A remote or home session has no place (the form drops it): A: S1 S5 workshop = 3
    // (428 r 4); B: S4 S6 = 2 (285 r 5); none: S2 S3 = 2 (285 r 5). Both r 5 get a unit.
    assert_eq!(
        cells(&st.places),
        [
            (m.place_a.as_str(), 3, 428),
            (m.place_b.as_str(), 2, 286),
            (NO_PLACE, 2, 286)
        ]
    );
    assert_eq!(
        st.places.rows[0].label,
        RowLabel::Text("Médiathèque".into())
    );
    assert_eq!(
        cells(&st.referrals),
        [("administration", 1, 500), ("aide_sociale", 1, 500)]
    );

    // People (14). Women: Awa, the anonymous record, Dina, 3 in the group = 6; men: Bruno,
    // 4 in the group = 5; undisclosed: Chloé, S6, the group's 8 − 7 = 1 → 3.
    // 6/14 = 428 r 8, 5/14 = 357 r 2, 3/14 = 214 r 4: the unit goes to women.
    assert_eq!(
        cells(&st.genders),
        [
            ("feminin", 6, 429),
            ("masculin", 5, 357),
            ("non_communique", 3, 214)
        ]
    );
    // In 2025: Dina 15 → 12–17; Chloé 25 and the anonymous record 35 → 25–39; Bruno by his
    // imported bracket + 2 in the group → 40–59 = 3; Awa 65 → 60–69; 5 in the group → 70+;
    // S6 and the group's 8 − 7 = 1 → undisclosed 2. Of 14: 1 → 71 r 6, 2 → 142 r 12,
    // 3 → 214 r 4, 5 → 357 r 2: 997, units to the two r 12 then the first r 6.
    assert_eq!(
        cells(&st.age_brackets),
        [
            ("douze_dix_huit", 1, 72),
            ("vingt_cinq_trente_neuf", 2, 143),
            ("quarante_cinquante_neuf", 3, 214),
            ("soixante_soixante_neuf", 1, 71),
            ("soixante_dix_plus", 5, 357),
            ("non_communique", 2, 143),
        ]
    );
    // Retired: Awa + 6 = 7; unemployed: the anonymous record; employed: Bruno; student: Dina;
    // undisclosed: Chloé, S6, the group's 8 − 6 = 2 → 4. 7 → 500 r 0, 1 → 71 r 6, 4 → 285 r 10.
    assert_eq!(
        cells(&st.statuses),
        [
            ("retraite", 7, 500),
            ("sans_emploi", 1, 72),
            ("en_emploi", 1, 71),
            ("scolarise", 1, 71),
            ("non_communique", 4, 286),
        ]
    );
    // Lyon: Awa, Dina; Villeurbanne: Chloé; undisclosed: Bruno, the anonymous record, S6, the
    // group's 8 = 11. 11 → 785 r 10, 2 → 142 r 12, 1 → 71 r 6.
    assert_eq!(
        cells(&st.communes),
        [
            ("non_communique", 11, 786),
            ("Lyon", 2, 143),
            ("Villeurbanne", 1, 71)
        ]
    );

    for (name, d) in all_dimensions(&st) {
        let shares: u32 = d.rows.iter().map(|r| r.per_mille).sum();
        assert_eq!(shares, 1000, "{name}");
        assert_eq!(
            d.total,
            d.rows.iter().map(|r| r.count).sum::<u64>(),
            "{name}"
        );
        assert!(d.rows.iter().all(|r| !r.masked), "{name}: no masking asked");
    }
    for d in [&st.genders, &st.age_brackets, &st.statuses, &st.communes] {
        assert_eq!(d.total, st.totals.people);
    }
    for d in [&st.activity_types, &st.canal, &st.durations, &st.places] {
        assert_eq!(d.total, st.totals.activities);
    }
}

#[test]
fn every_month_of_the_period_is_listed_zeros_included() {
    let (_d, mut s) = setup();
    march(&mut s);
    let st = s.statistics(&query("2025-01-01", "2025-04-30")).unwrap();
    // January: Chloé's session; February nothing; March 16; April: Bruno's session.
    assert_eq!(
        st.per_month
            .rows
            .iter()
            .map(|r| (r.key.as_str(), r.count))
            .collect::<Vec<_>>(),
        [
            ("2025-01", 1),
            ("2025-02", 0),
            ("2025-03", 16),
            ("2025-04", 1)
        ]
    );
    // Over four months Chloé's first activity is in the period: 5 new records.
    assert_eq!(st.totals.new_people, 5);
    assert_eq!(st.totals.follow_ups_done, 2);
}

#[test]
fn filters_apply_to_every_figure() {
    let (_d, mut s) = setup();
    let m = march(&mut s);
    let march_with = |f: &dyn Fn(&mut StatsQuery)| {
        let mut q = query("2025-03-01", "2025-03-31");
        f(&mut q);
        s.statistics(&q).unwrap()
    };
    let workshops = march_with(&|q| q.types = vec![ActivityType::Workshop]);
    assert_eq!(
        (workshops.totals.activities, workshops.totals.accompaniments),
        (1, 10)
    );
    // Awa, Dina and the group of 8.
    assert_eq!(workshops.totals.people, 10);
    assert_eq!(workshops.genders.total, 10);
    // S1, S2, S6.
    let email = march_with(&|q| q.themes = vec![Theme::Email]);
    assert_eq!(email.totals.activities, 3);
    // S1 and the workshop: 1 + 10.
    let tagged = march_with(&|q| q.tags = vec![m.tag.clone()]);
    assert_eq!(
        (tagged.totals.activities, tagged.totals.accompaniments),
        (2, 11)
    );
    // S4 and S6 are at the Villeurbanne place.
    let b = march_with(&|q| q.places = vec![m.place_b.clone()]);
    assert_eq!(b.totals.activities, 2);
    let villeurbanne = march_with(&|q| q.commune = Some(" villeurbanne ".into()));
    assert_eq!(villeurbanne.totals, b.totals);
    let by_postal_code = march_with(&|q| q.commune = Some("69001".into()));
    // S1, S5 and the workshop at the Lyon place.
    assert_eq!(by_postal_code.totals.activities, 3);
    let nobody = march_with(&|q| q.mediators = vec!["someone-else".into()]);
    // The filters select activities: the vault's figures are the installation's.
    assert_eq!(
        nobody.totals,
        Totals {
            people_with_documents: 2,
            documents_stored: 3,
            ..Totals::default()
        }
    );
    for filtered in [
        &workshops,
        &email,
        &tagged,
        &b,
        &villeurbanne,
        &by_postal_code,
    ] {
        assert_eq!(
            (
                filtered.totals.people_with_documents,
                filtered.totals.documents_stored
            ),
            (2, 3)
        );
    }
}

#[test]
fn vault_usage_is_the_documents_stored_at_the_end_of_the_period() {
    let (_d, mut s) = setup();
    march(&mut s);
    let vault = |s: &Session, from: &str, to: &str| {
        let t = s.statistics(&query(from, to)).unwrap().totals;
        (t.people_with_documents, t.documents_stored)
    };
    // Before any document; Awa's February one; the end of March (Chloé's deleted one never
    // counts); April adds Bruno's. The start of the period does not matter.
    assert_eq!(vault(&s, "2025-01-01", "2025-01-31"), (0, 0));
    assert_eq!(vault(&s, "2025-02-01", "2025-02-28"), (1, 1));
    assert_eq!(vault(&s, "2025-03-01", "2025-03-31"), (2, 3));
    assert_eq!(vault(&s, "2020-01-01", "2025-03-31"), (2, 3));
    assert_eq!(vault(&s, "2025-04-01", "2025-04-30"), (3, 4));
    // The figures are the vault's own hook's.
    let end = jiff::civil::date(2025, 3, 31);
    assert_eq!(s.vault_counts(end).unwrap(), (2, 3));
}

#[test]
fn small_counts_are_flagged_and_totals_kept() {
    let (_d, mut s) = setup();
    march(&mut s);
    let plain = s.statistics(&query("2025-03-01", "2025-03-31")).unwrap();
    let mut q = query("2025-03-01", "2025-03-31");
    q.mask_below = Some(5);
    let masked = s.statistics(&q).unwrap();
    assert_eq!(masked.totals, plain.totals);
    let mut seen = 0;
    for ((name, d), (_, p)) in all_dimensions(&masked)
        .into_iter()
        .zip(all_dimensions(&plain))
    {
        assert_eq!(d.total, p.total, "{name}");
        for (r, pr) in d.rows.iter().zip(&p.rows) {
            assert_eq!((r.count, r.per_mille), (pr.count, pr.per_mille), "{name}");
            assert_eq!(r.masked, r.count > 0 && r.count < 5, "{name} {}", r.key);
            seen += usize::from(r.masked);
        }
    }
    assert!(seen > 10, "the month has many small cells");
    // The workshop's 10 and the 16 of the month stay visible.
    assert!(!masked.accompaniments_by_type.rows[1].masked);
    assert!(!masked.per_month.rows[0].masked);
}

#[test]
fn an_empty_period_is_all_zeros() {
    let (_d, mut s) = setup();
    march(&mut s);
    let st = s.statistics(&query("2024-06-01", "2024-07-31")).unwrap();
    assert_eq!(st.totals, Totals::default());
    assert_eq!(cells(&st.per_month), [("2024-06", 0, 0), ("2024-07", 0, 0)]);
    for (name, d) in all_dimensions(&st).into_iter().skip(1) {
        assert!(d.rows.is_empty(), "{name}");
        assert_eq!(d.total, 0, "{name}");
    }
}

#[test]
fn a_period_must_be_two_dates_in_order() {
    let (_d, s) = setup();
    for (from, to) in [
        ("2025-03-31", "2025-03-01"),
        ("mars", "2025-03-01"),
        ("2025-03-01", ""),
    ] {
        let err = s.statistics(&query(from, to)).unwrap_err();
        assert!(matches!(err, StoreError::InvalidField { .. }), "{err:?}");
    }
}

#[test]
fn record_ids_round_trip_through_their_keys() {
    let mut text = String::new();
    for id in [
        "0199a3f2-7c1e-7d44-9b2a-5f0e8c3d2a10",
        "00000000-0000-0000-0000-000000000000",
        "ffffffff-ffff-ffff-ffff-ffffffffffff",
    ] {
        let k = Key::of(id);
        assert!(matches!(k, Key::Uuid(_)), "{id}");
        k.write_text(&mut text);
        assert_eq!(text, id);
    }
    // Anything else stays text, exactly.
    for id in [
        "p-1",
        "0199A3F2-7C1E-7D44-9B2A-5F0E8C3D2A10",
        "0199a3f2x7c1e-7d44-9b2a-5f0e8c3d2a10",
        "",
    ] {
        let k = Key::of(id);
        assert_eq!(k, Key::Text(id.into()));
        k.write_text(&mut text);
        assert_eq!(text, id);
    }
    // Keys sort as their text does (the newcomers' seeks follow the index's order).
    let a = "0199a3f2-7c1e-7d44-9b2a-5f0e8c3d2a10";
    let b = "0199a3f2-7c1e-7d44-9b2a-5f0e8c3d2a1f";
    let c = "1199a3f2-0000-7d44-9b2a-5f0e8c3d2a10";
    assert!(Key::of(a) < Key::of(b) && Key::of(b) < Key::of(c));
    let mut m: IdMap<u64> = IdMap::default();
    *m.entry(Key::of(a)).or_insert(0) += 2;
    *m.entry(Key::of(a)).or_insert(0) += 3;
    assert_eq!(m.get(&Key::of(a)), Some(&5));
    assert_eq!(m.get(&Key::of(b)), None);
}

#[test]
fn largest_remainder_adds_up_to_the_scale() {
    assert_eq!(largest_remainder(&[1, 1, 1], 1000), [334, 333, 333]);
    assert_eq!(largest_remainder(&[1, 1, 1], 100), [34, 33, 33]);
    assert_eq!(largest_remainder(&[1, 2], 1000), [333, 667]);
    assert_eq!(largest_remainder(&[0, 0], 1000), [0, 0]);
    assert_eq!(largest_remainder(&[], 1000), Vec::<u32>::new());
    assert_eq!(largest_remainder(&[0, 5], 1000), [0, 1000]);
    // 100/7 = 14 r 2, 200/7 = 28 r 4, 400/7 = 57 r 1: the missing unit to r 4.
    assert_eq!(largest_remainder(&[1, 2, 4], 100), [14, 29, 57]);
    // 100/6 = 16 r 4 twice, 400/6 = 66 r 4: equal remainders, the larger count first, then
    // the earlier row.
    assert_eq!(largest_remainder(&[1, 1, 4], 100), [17, 16, 67]);
    for counts in [
        vec![7, 7, 7, 7, 7, 7, 7],
        vec![1, 999_999, 3],
        vec![13, 17, 19, 23],
    ] {
        assert_eq!(largest_remainder(&counts, 1000).iter().sum::<u32>(), 1000);
    }
}

/// The figure the report screen promises: a year of 600 000 sessions (and 5 000 workshops) in
/// well under 300 ms. Slow to fill in a debug build, hence ignored; run it in release:
/// `cargo test --release -p passerelle-core --lib stats_of_a_big_year -- --ignored --nocapture`.
#[test]
#[ignore]
fn stats_of_a_big_year() {
    let (_d, mut s) = setup();
    let tag = s.add_tag("Programme").unwrap().to_string();
    s.conn()
        .execute_batch(
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 59999)
             INSERT INTO person (id, installation_id, birth_year, gender, social_status, commune,
                                 created_by, created_at, updated_at, last_seen_at)
             SELECT 'p-' || i, (SELECT id FROM installation), 1940 + i % 70,
                    CASE i % 3 WHEN 0 THEN 'feminin' WHEN 1 THEN 'masculin' ELSE NULL END,
                    'retraite', 'Commune ' || (i % 40), 'bench', 0, 0, 0 FROM n;
             WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 599999)
             INSERT INTO support_session (id, installation_id, person_id, date, duration_min,
                                          canal, equipment, themes, procedure_themes, referral,
                                          created_at, updated_at)
             SELECT 's-' || i, (SELECT id FROM installation),
                    CASE WHEN i % 7 = 0 THEN NULL ELSE 'p-' || (i % 60000) END,
                    date('2025-01-01', '+' || (i % 365) || ' days'), 15 + i % 120,
                    'lieu_activite', 'ordinateur,telephone', 'email,aide_aux_demarches_administratives',
                    'social_sante', CASE WHEN i % 5 = 0 THEN 'aide_sociale' END, 0, 0 FROM n;
             WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 4999)
             INSERT INTO workshop (id, installation_id, title, date, duration_min, themes,
                                   anonymous, anonymous_by_gender, created_at, updated_at)
             SELECT 'w-' || i, (SELECT id FROM installation), 'Atelier',
                    date('2025-01-01', '+' || (i % 365) || ' days'), 90, 'email', 6,
                    '[[\"feminin\",3]]', 0, 0 FROM n;
             INSERT INTO workshop_participant (workshop_id, person_id)
             SELECT 'w-' || (i % 5000), 'p-' || i FROM
                 (WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 19999)
                  SELECT i FROM n);",
        )
        .unwrap();
    s.conn()
        .execute(
            "INSERT INTO support_session_tag (session_id, tag_id)
             SELECT id, ?1 FROM support_session WHERE num % 10 = 0",
            [&tag],
        )
        .unwrap();
    let q = query("2025-01-01", "2025-12-31");
    // The floor: SQLCipher decrypting the period's pages, with nothing counted.
    let t = std::time::Instant::now();
    let _: i64 = s
        .conn()
        .query_row(
            "SELECT sum(length(themes)) FROM support_session
             WHERE deleted_at IS NULL AND +date BETWEEN '2025-01-01' AND '2025-12-31'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    println!("reading the sessions alone: {:?}", t.elapsed());
    s.statistics(&q).unwrap();
    let t = std::time::Instant::now();
    let st = s.statistics(&q).unwrap();
    let took = t.elapsed();
    println!("12 months, 600 000 sessions, 5 000 workshops: {took:?}");
    assert_eq!(st.totals.activities, 605_000);
    assert_eq!(st.totals.accompaniments, 600_000 + 5_000 * 6 + 20_000);
}

/// The statistics of a real data folder, step by step, for profiling (the stress demo set:
/// `passerelle demo --size stress` into a folder first):
/// `STATS_DIR=… STATS_AS=… STATS_PASS=… STATS_FROM=… STATS_TO=… cargo test --release -p
/// passerelle-core --lib stats_of_a_data_dir -- --ignored --nocapture`.
#[test]
#[ignore]
fn stats_of_a_data_dir() {
    use crate::store::device::NoDeviceStore;
    use crate::store::secret::Passphrase;
    use crate::store::LockedStore;
    let var = |k: &str| std::env::var(k).unwrap_or_else(|_| panic!("{k} not set"));
    let locked = LockedStore::open(std::path::Path::new(&var("STATS_DIR"))).unwrap();
    let id = locked.staff_by_name(&var("STATS_AS")).unwrap();
    let s = locked
        .unlock(id, &Passphrase::new(var("STATS_PASS")), &NoDeviceStore)
        .unwrap();
    let q = query(&var("STATS_FROM"), &var("STATS_TO"));
    for round in 0..4 {
        let t = std::time::Instant::now();
        let (st, steps) = s.statistics_timed(&q).unwrap();
        println!(
            "round {round}: {:?} ({} activities) {steps:?}",
            t.elapsed(),
            st.totals.activities
        );
    }
}

/// Runs the SQL of `STATS_SQL` (statements separated by `;;`) on a data folder opened as in
/// [`stats_of_a_data_dir`], printing each row and its time: for measuring plans and sizes
/// (`SELECT name, count(*) FROM dbstat GROUP BY name`, `EXPLAIN QUERY PLAN …`).
#[test]
#[ignore]
fn sql_of_a_data_dir() {
    use crate::store::device::NoDeviceStore;
    use crate::store::secret::Passphrase;
    use crate::store::LockedStore;
    let var = |k: &str| std::env::var(k).unwrap_or_else(|_| panic!("{k} not set"));
    let locked = LockedStore::open(std::path::Path::new(&var("STATS_DIR"))).unwrap();
    let id = locked.staff_by_name(&var("STATS_AS")).unwrap();
    let s = locked
        .unlock(id, &Passphrase::new(var("STATS_PASS")), &NoDeviceStore)
        .unwrap();
    for sql in var("STATS_SQL").split(";;") {
        let t = std::time::Instant::now();
        let mut st = s.conn().prepare(sql).unwrap();
        let n = st.column_count();
        let mut rows = st.query([]).unwrap();
        let mut count = 0;
        while let Some(r) = rows.next().unwrap() {
            count += 1;
            if count <= 40 {
                let cells: Vec<String> = (0..n)
                    .map(|i| match r.get_ref(i).unwrap() {
                        rusqlite::types::ValueRef::Text(t) => {
                            String::from_utf8_lossy(t).into_owned()
                        }
                        v => format!("{v:?}"),
                    })
                    .collect();
                println!("{}", cells.join(" | "));
            }
        }
        println!("-- {count} rows, {:?}: {sql}", t.elapsed());
    }
}

/// The first activities kept by migration 13's triggers, as (person, date), sorted.
fn first_activities(s: &Session) -> Vec<(String, String)> {
    let mut st = s
        .conn()
        .prepare("SELECT person_id, date FROM person_first_activity ORDER BY 1")
        .unwrap();
    let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    rows.collect::<rusqlite::Result<_>>().unwrap()
}

/// The same, computed from scratch from the live sessions and workshops.
fn first_activities_recomputed(s: &Session) -> Vec<(String, String)> {
    let mut st = s
        .conn()
        .prepare(
            "SELECT person_id, min(d) FROM (
                 SELECT person_id, date AS d FROM support_session
                     WHERE person_id IS NOT NULL AND deleted_at IS NULL
                 UNION ALL
                 SELECT p.person_id, w.date FROM workshop_participant p
                     JOIN workshop w ON w.id = p.workshop_id WHERE w.deleted_at IS NULL)
             GROUP BY person_id ORDER BY 1",
        )
        .unwrap();
    let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    rows.collect::<rusqlite::Result<_>>().unwrap()
}

/// After each write, the kept first activities equal a recomputation, and the newcomers
/// read from them equal the newcomers found by seeks, for several period starts.
fn check_first_activities(s: &Session, step: &str) {
    assert_eq!(
        first_activities(s),
        first_activities_recomputed(s),
        "after {step}"
    );
    let mut people = IdMap::default();
    for (id, _) in first_activities_recomputed(s) {
        people.insert(Key::of(&id), 1);
    }
    for from in [
        "2025-01-01",
        "2025-03-01",
        "2025-03-15",
        "2025-04-01",
        "2026-01-01",
    ] {
        assert_eq!(
            newcomers(s.conn(), &people, from).unwrap(),
            newcomers_by_seeks(s.conn(), &people, from).unwrap(),
            "after {step}, from {from}"
        );
    }
}

#[test]
fn first_activities_follow_every_write() {
    let (_d, mut s) = setup();
    march(&mut s);
    check_first_activities(&s, "the hand-built month");
    let person = |s: &mut Session, first: &str| {
        s.add_person(&PersonInput {
            first_name: first.into(),
            last_name: "Essai".into(),
            ..Default::default()
        })
        .unwrap()
    };
    let (eve, yann) = (person(&mut s, "Ève"), person(&mut s, "Yann"));
    let late = s
        .add_support_session(&email_session(Some(eve), "2025-05-10"))
        .unwrap();
    let early = s
        .add_support_session(&email_session(Some(eve), "2025-02-01"))
        .unwrap();
    check_first_activities(&s, "two sessions, the later one first");
    assert_eq!(
        first_activities(&s)
            .iter()
            .find(|(p, _)| *p == eve.to_string())
            .unwrap()
            .1,
        "2025-02-01"
    );
    s.delete_support_session(early).unwrap();
    check_first_activities(&s, "deleting the earliest session");
    s.restore_support_session(early).unwrap();
    check_first_activities(&s, "restoring it");
    let mut moved = email_session(Some(yann), "2024-12-24");
    moved.themes = vec![Theme::Health];
    s.update_support_session(late, &moved).unwrap();
    check_first_activities(&s, "a session moved to someone else and to an earlier day");
    let w = s
        .add_workshop(&WorkshopInput {
            title: "Atelier".into(),
            level: None,
            date: "2024-06-01".into(),
            duration_min: 60,
            place: None,
            themes: vec![Theme::Email],
            tags: vec![],
            participants: vec![eve.to_string(), yann.to_string()],
            anonymous: 0,
            anonymous_by_gender: vec![],
            anonymous_by_age: vec![],
            anonymous_by_status: vec![],
            notes: String::new(),
        })
        .unwrap();
    check_first_activities(&s, "a workshop before their sessions");
    s.conn()
        .execute("UPDATE workshop SET date = '2025-06-01' WHERE id = ?1", [w])
        .unwrap();
    check_first_activities(&s, "the workshop moved later");
    s.conn()
        .execute("UPDATE workshop SET date = '2023-01-01' WHERE id = ?1", [w])
        .unwrap();
    s.conn()
        .execute(
            "DELETE FROM workshop_participant WHERE workshop_id = ?1 AND person_id = ?2",
            rusqlite::params![w, eve],
        )
        .unwrap();
    check_first_activities(&s, "a participant removed");
    s.conn()
        .execute("UPDATE workshop SET deleted_at = 1 WHERE id = ?1", [w])
        .unwrap();
    check_first_activities(&s, "the workshop deleted");
    let merge = s.merge_people(eve, yann).unwrap();
    check_first_activities(&s, "a merge");
    s.unmerge_people(merge).unwrap();
    check_first_activities(&s, "its undoing");
    s.erase_person(eve).unwrap();
    check_first_activities(&s, "an erasure");
    assert!(!first_activities(&s)
        .iter()
        .any(|(p, _)| *p == eve.to_string()));
}
