//! Support sessions: the national fields, validation, "same as last time", delete and undo,
//! tags, and role checks.

use super::*;
use crate::store::device::NoDeviceStore;
use crate::store::ids::PlaceId;
use crate::store::secret::Passphrase;
use crate::store::settings::NewPlace;
use crate::store::test_desk::setup;
use crate::store::{PersonInput, Role, Session};
use passerelle_api::ErrorCode;

fn today() -> jiff::civil::Date {
    jiff::Zoned::now().date()
}

fn procedure_session(person: Option<PersonId>, place: Option<PlaceId>) -> SupportSessionInput {
    SupportSessionInput {
        person: person.map(|p| p.to_string()),
        date: today().to_string(),
        duration_min: 45,
        canal: Canal::Place,
        place: place.map(|p| p.to_string()),
        equipment: vec![Equipment::Computer],
        themes: vec![Theme::Email, Theme::AdministrativeProcedures],
        procedure_themes: vec![ProcedureTheme::SocialAndHealth],
        procedure_name: "Demande de complémentaire santé solidaire".into(),
        autonomy: Some(Autonomy::PartlyAutonomous),
        referral: Some(ReferralCategory::SocialSupport),
        referral_to: "CCAS de Montreuil".into(),
        partner: None,
        tags: vec![],
        notes: "Revenir avec l'avis d'imposition".into(),
    }
}

fn person(s: &mut Session) -> PersonId {
    s.add_person(&PersonInput {
        first_name: "Hélène".into(),
        last_name: "Lefèvre".into(),
        ..Default::default()
    })
    .unwrap()
}

fn place(s: &mut Session) -> PlaceId {
    s.add_place(&NewPlace {
        name: "Médiathèque".into(),
        ..Default::default()
    })
    .unwrap()
}

#[test]
fn a_session_keeps_every_national_field_and_the_person_is_seen() {
    let (_d, mut s) = setup();
    let who = person(&mut s);
    let other = s
        .add_person(&PersonInput {
            last_name: "Martin".into(),
            ..Default::default()
        })
        .unwrap();
    let at = place(&mut s);
    let tag = s.add_tag("Conseiller numérique").unwrap();
    let mut input = procedure_session(Some(who), Some(at));
    input.tags = vec![tag.to_string(), tag.to_string()];
    input.themes.push(Theme::Email);
    let id = s.add_support_session(&input).unwrap();
    let got = s.support_session(id).unwrap();
    assert_eq!(
        got.input.themes,
        [Theme::Email, Theme::AdministrativeProcedures],
        "deduplicated"
    );
    assert_eq!(got.input.tags, [tag.to_string()]);
    assert_eq!(
        got.input.procedure_themes,
        [ProcedureTheme::SocialAndHealth]
    );
    assert_eq!(got.input.autonomy.map(Autonomy::level), Some(2));
    assert_eq!(got.input.referral, Some(ReferralCategory::SocialSupport));
    assert_eq!(got.input.place, Some(at.to_string()));
    assert_eq!(got.input.date, today().to_string());
    assert!(got.staff.is_some(), "the mediator who recorded it");
    // Recording a session with someone puts them first in the recent list.
    let recent = s.recent_people(5).unwrap();
    assert_eq!(recent[0].id, who, "{recent:?}");
    assert_ne!(recent[0].id, other);
    // An anonymous session: no record attached.
    let mut anon = procedure_session(None, None);
    anon.canal = Canal::Remote;
    anon.place = Some(at.to_string());
    let anon_id = s.add_support_session(&anon).unwrap();
    let anon = s.support_session(anon_id).unwrap();
    assert_eq!(
        (anon.input.person, anon.input.place),
        (None, None),
        "no place when remote"
    );
}

#[test]
fn bad_forms_are_refused_with_their_field_and_write_nothing() {
    let (_d, mut s) = setup();
    let who = person(&mut s);
    let before = s.journal().unwrap().len();
    let field = |s: &mut Session, f: &dyn Fn(&mut SupportSessionInput)| -> String {
        let mut i = procedure_session(Some(who), None);
        i.canal = Canal::Home;
        f(&mut i);
        match s.add_support_session(&i).unwrap_err() {
            StoreError::InvalidField { field } => field.to_owned(),
            other => panic!("{other:?}"),
        }
    };
    let tomorrow = today().tomorrow().unwrap().to_string();
    assert_eq!(field(&mut s, &|i| i.date = tomorrow.clone()), "date");
    assert_eq!(field(&mut s, &|i| i.date = "2026-02-30".into()), "date");
    assert_eq!(field(&mut s, &|i| i.date = "1999-12-31".into()), "date");
    assert_eq!(field(&mut s, &|i| i.duration_min = 0), "duration");
    assert_eq!(field(&mut s, &|i| i.duration_min = 601), "duration");
    assert_eq!(field(&mut s, &|i| i.themes.clear()), "themes");
    assert_eq!(
        field(&mut s, &|i| i.equipment =
            vec![Equipment::None, Equipment::Phone]),
        "equipment"
    );
    assert_eq!(
        field(&mut s, &|i| i.procedure_name = "x".repeat(201)),
        "procedure_name"
    );
    assert_eq!(
        field(&mut s, &|i| i.notes = "x".repeat(MAX_NOTES + 1)),
        "notes"
    );
    assert_eq!(
        field(&mut s, &|i| i.tags = vec![TagId::new().to_string()]),
        "tags"
    );
    assert_eq!(
        field(&mut s, &|i| i.tags = vec!["pas-un-id".into()]),
        "tags"
    );
    assert_eq!(
        field(&mut s, &|i| {
            i.canal = Canal::Place;
            i.place = Some(PlaceId::new().to_string());
        }),
        "place"
    );
    let mut i = procedure_session(Some(PersonId::new()), None);
    i.canal = Canal::Home;
    assert_eq!(
        s.add_support_session(&i).unwrap_err().code(),
        ErrorCode::PersonNotFound
    );
    assert_eq!(s.journal().unwrap().len(), before, "nothing written");
}

#[test]
fn unticking_procedures_drops_what_depended_on_them() {
    let (_d, mut s) = setup();
    let mut i = procedure_session(None, None);
    i.themes = vec![Theme::Browsing];
    i.referral = None;
    let id = s.add_support_session(&i).unwrap();
    let got = s.support_session(id).unwrap().input;
    assert!(got.procedure_themes.is_empty() && got.procedure_name.is_empty());
    assert!(got.referral_to.is_empty(), "no referral, no partner named");
}

#[test]
fn same_as_last_time_delete_and_undo() {
    let (_d, mut s) = setup();
    let who = person(&mut s);
    assert_eq!(s.same_as_last_time(who).unwrap(), None);
    let mut first = procedure_session(Some(who), None);
    first.canal = Canal::Home;
    first.date = today().yesterday().unwrap().to_string();
    let a = s.add_support_session(&first).unwrap();
    let mut second = first.clone();
    second.date = today().to_string();
    second.duration_min = 30;
    second.themes = vec![Theme::Security];
    let b = s.add_support_session(&second).unwrap();
    let again = s.same_as_last_time(who).unwrap().unwrap();
    assert_eq!(again.themes, [Theme::Security], "the latest session");
    assert_eq!(again.duration_min, 30);
    assert_eq!(again.date, today().to_string());
    assert!(again.notes.is_empty(), "notes belong to that visit");

    let ids = |s: &Session| -> Vec<SupportSessionId> {
        s.sessions_of_person(who)
            .unwrap()
            .iter()
            .map(|x| x.id)
            .collect()
    };
    assert_eq!(ids(&s), [b, a], "newest first");
    s.delete_support_session(b).unwrap();
    assert_eq!(ids(&s), [a]);
    assert_eq!(
        s.support_session(b).unwrap_err().code(),
        ErrorCode::SessionNotFound
    );
    assert_eq!(
        s.delete_support_session(b).unwrap_err().code(),
        ErrorCode::SessionNotFound,
        "deleting twice"
    );
    assert_eq!(
        s.update_support_session(b, &second).unwrap_err().code(),
        ErrorCode::SessionNotFound,
        "a deleted session cannot be edited"
    );
    s.restore_support_session(b).unwrap();
    assert_eq!(ids(&s), [b, a], "undo brings it back");
    let mut edited = second.clone();
    edited.duration_min = 90;
    s.update_support_session(b, &edited).unwrap();
    assert_eq!(s.support_session(b).unwrap().input.duration_min, 90);
    let actions: Vec<String> = s
        .journal()
        .unwrap()
        .iter()
        .map(|e| e.action.clone())
        .collect();
    for code in [
        "session_record.created",
        "session_record.deleted",
        "session_record.restored",
        "session_record.changed",
    ] {
        assert!(actions.iter().any(|a| a == code), "{code} journaled");
    }
}

#[test]
fn tags_are_the_coordinators_and_one_per_spelling() {
    let (d, mut s) = setup();
    let t = s.add_tag("Conseiller numérique").unwrap();
    assert_eq!(
        s.add_tag(" conseiller NUMERIQUE ").unwrap_err().code(),
        ErrorCode::InvalidField
    );
    assert_eq!(s.add_tag("  ").unwrap_err().code(), ErrorCode::InvalidField);
    s.add_tag("Appel à projets 2026").unwrap();
    let names: Vec<String> = s.tags().unwrap().into_iter().map(|t| t.name).collect();
    assert_eq!(names, ["Appel à projets 2026", "Conseiller numérique"]);
    s.set_tag_archived(t, true).unwrap();
    assert!(s.tags().unwrap().iter().any(|x| x.id == t && x.archived));

    // A mediator records sessions and reads tags, but does not define them.
    let mediator = s
        .add_staff(
            "Bastien",
            Role::Mediator,
            &Passphrase::new("phrase temporaire longue".into()),
        )
        .unwrap();
    let locked = s.lock().unwrap();
    let mut m = locked
        .unlock(
            mediator,
            &Passphrase::new("phrase temporaire longue".into()),
            &NoDeviceStore,
        )
        .unwrap();
    m.set_passphrase(
        mediator,
        &Passphrase::new("ma propre phrase de passe".into()),
    )
    .unwrap();
    assert_eq!(
        m.add_tag("Autre").unwrap_err().code(),
        ErrorCode::RoleRefused
    );
    assert_eq!(m.tags().unwrap().len(), 2);
    let mut i = procedure_session(None, None);
    i.canal = Canal::Remote;
    i.tags = vec![t.to_string()];
    m.add_support_session(&i).unwrap();
    drop(d);
}
