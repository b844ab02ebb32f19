//! Every label of the shared vocabulary exists in every shipped language.

use passerelle_core::vocab::*;

#[test]
fn every_label_exists_in_every_language() {
    let ids = Gender::ALL
        .iter()
        .map(|v| v.label_id())
        .chain(SocialStatus::ALL.iter().map(|v| v.label_id()))
        .chain(AgeBracket::ALL.iter().map(|v| v.label_id()))
        .chain(ActivityType::ALL.iter().map(|v| v.label_id()))
        .chain(Canal::ALL.iter().map(|v| v.label_id()))
        .chain(Equipment::ALL.iter().map(|v| v.label_id()))
        .chain(Theme::ALL.iter().map(|v| v.label_id()))
        .chain(ProcedureTheme::ALL.iter().map(|v| v.label_id()))
        .chain(Autonomy::ALL.iter().map(|v| v.label_id()))
        .chain(ReferralCategory::ALL.iter().map(|v| v.label_id()))
        .chain(WorkshopLevel::ALL.iter().map(|v| v.label_id()))
        .chain(ConsentScope::ALL.iter().map(|v| v.label_id()))
        .chain(PartnerCategory::ALL.iter().map(|v| v.label_id()));
    for id in ids {
        for lang in ["fr", "en", "ar"] {
            let t = passerelle_locales::Translator::new(lang, false);
            assert!(t.try_format(id, None).is_some(), "{lang}: no {id}");
        }
    }
}
