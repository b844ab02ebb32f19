//! The national vocabulary as spreadsheet text: the French labels written in exports (read from
//! `locales/fr` through Fluent, so an export and the screens say the same thing), and what is
//! recognised when reading — labels, codes and the usual spellings ("Homme", "F", "12-17 ans"),
//! all compared folded (case, accents and punctuation ignored).

use super::super::search_key::fold;
use passerelle_api::vocab::{
    AgeBracket, Autonomy, Canal, Equipment, Gender, ProcedureTheme, ReferralCategory, SocialStatus,
    Theme, WorkshopLevel,
};
use passerelle_locales::{fluent_id, Translator};

/// A theme of the "Thématique(s)" column: digital mediation or administrative procedure (the
/// national export lists both in one cell).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Topic {
    Theme(Theme),
    Procedure(ProcedureTheme),
}

/// What the "Type" column says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Individual,
    Workshop,
    /// The national tool's former third type, "Aide aux démarches administratives": an
    /// individual session whose themes include the procedures theme.
    Procedure,
}

/// Labels to write and spellings to recognise for one list of values.
pub(crate) struct Words<T> {
    labels: Vec<(T, String)>,
    /// Folded words of each spelling, longest first (so "Social, santé" wins over "Santé").
    keys: Vec<(Vec<String>, T)>,
}

fn words_of(text: &str) -> Vec<String> {
    fold(text)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

impl<T: Copy + PartialEq> Words<T> {
    fn new() -> Self {
        Words {
            labels: Vec::new(),
            keys: Vec::new(),
        }
    }

    fn spelling(mut self, text: &str, v: T) -> Self {
        let w = words_of(text);
        if !w.is_empty() && !self.keys.iter().any(|(k, _)| *k == w) {
            self.keys.push((w, v));
            self.keys.sort_by_key(|(k, _)| std::cmp::Reverse(k.len()));
        }
        self
    }

    /// Every value of a vocabulary: its French label (written), its code and its label (read),
    /// and the label without its parenthesis ("Aide sociale (centre social…)" → "Aide sociale").
    fn vocab<V: Copy>(
        mut self,
        t: &Translator,
        all: &[V],
        code: fn(V) -> &'static str,
        label_id: fn(V) -> &'static str,
        wrap: fn(V) -> T,
    ) -> Self {
        for v in all.iter().copied() {
            let label = t.t(label_id(v));
            self = self.spelling(code(v), wrap(v)).spelling(&label, wrap(v));
            if let Some((short, _)) = label.split_once(" (") {
                self = self.spelling(short, wrap(v));
            }
            self.labels.push((wrap(v), label));
        }
        self
    }

    fn aliases(mut self, list: &[(&str, T)]) -> Self {
        for (text, v) in list {
            self = self.spelling(text, *v);
        }
        self
    }

    /// The French label, as the national tool writes it.
    pub fn label(&self, v: T) -> &str {
        self.labels
            .iter()
            .find(|(x, _)| *x == v)
            .map_or("", |(_, l)| l.as_str())
    }

    /// One value: `Ok(None)` for an empty cell, `Err` for text that is no known spelling.
    pub fn one(&self, cell: &str) -> Result<Option<T>, ()> {
        let w = words_of(cell);
        if w.is_empty() {
            return Ok(None);
        }
        self.keys
            .iter()
            .find(|(k, _)| *k == w)
            .map(|(_, v)| Some(*v))
            .ok_or(())
    }

    /// Several values in one cell, whatever separates them (commas, semicolons, slashes):
    /// known spellings are taken longest first, left to right; anything else is an error.
    pub fn many(&self, cell: &str) -> Result<Vec<T>, ()> {
        let w = words_of(cell);
        let mut out = Vec::new();
        let mut i = 0;
        'next: while i < w.len() {
            for (k, v) in &self.keys {
                if w.len() - i >= k.len() && k.iter().zip(&w[i..]).all(|(a, b)| a == b) {
                    if !out.contains(v) {
                        out.push(*v);
                    }
                    i += k.len();
                    continue 'next;
                }
            }
            return Err(());
        }
        Ok(out)
    }
}

/// Every list of the national activity export, with its French labels.
pub(crate) struct Vocabulary {
    pub t: Translator,
    pub gender: Words<Gender>,
    pub status: Words<SocialStatus>,
    pub age: Words<AgeBracket>,
    pub kind: Words<Kind>,
    pub canal: Words<Canal>,
    pub equipment: Words<Equipment>,
    pub topic: Words<Topic>,
    pub autonomy: Words<Autonomy>,
    pub level: Words<WorkshopLevel>,
    pub referral: Words<ReferralCategory>,
}

fn same<T>(v: T) -> T {
    v
}

impl Vocabulary {
    /// Labels in French (the national tool's language), whatever the screens' language.
    pub fn french() -> Vocabulary {
        let t = Translator::new("fr", false);
        use AgeBracket as A;
        use Gender as G;
        use SocialStatus as S;
        let gender = Words::new()
            .vocab(&t, Gender::ALL, Gender::code, Gender::label_id, same)
            .aliases(&[
                ("Femme", G::Female),
                ("F", G::Female),
                ("Féminine", G::Female),
                ("Mme", G::Female),
                ("Madame", G::Female),
                ("Mlle", G::Female),
                ("Homme", G::Male),
                ("H", G::Male),
                ("M", G::Male),
                ("M.", G::Male),
                ("Mr", G::Male),
                ("Monsieur", G::Male),
                ("NC", G::Undisclosed),
                ("Non renseigné", G::Undisclosed),
                ("Non précisé", G::Undisclosed),
                ("Ne se prononce pas", G::Undisclosed),
            ]);
        let status = Words::new()
            .vocab(
                &t,
                SocialStatus::ALL,
                SocialStatus::code,
                SocialStatus::label_id,
                same,
            )
            .aliases(&[
                ("Retraité", S::Retired),
                ("Retraitée", S::Retired),
                ("Retraité(e)", S::Retired),
                ("Demandeur d'emploi", S::Unemployed),
                ("Demandeuse d'emploi", S::Unemployed),
                ("Salarié", S::Employed),
                ("Salariée", S::Employed),
                ("Scolarisé", S::Student),
                ("Scolarisée", S::Student),
                ("Scolarisé(e)", S::Student),
                ("Étudiant", S::Student),
                ("Étudiante", S::Student),
                ("NC", S::Undisclosed),
                ("Non renseigné", S::Undisclosed),
            ]);
        let age = Words::new()
            .vocab(
                &t,
                AgeBracket::ALL,
                AgeBracket::code,
                AgeBracket::label_id,
                same,
            )
            .aliases(&[
                ("-12 ans", A::Under12),
                ("Moins de 12 ans", A::Under12),
                ("12-17 ans", A::From12To17),
                ("12-18 ans", A::From12To17),
                ("18-24 ans", A::From18To24),
                ("25-39 ans", A::From25To39),
                ("40-59 ans", A::From40To59),
                ("60-69 ans", A::From60To69),
                ("70 ans ou plus", A::From70),
                ("Plus de 70 ans", A::From70),
                ("70+", A::From70),
                ("NC", A::Undisclosed),
                ("Non renseigné", A::Undisclosed),
            ]);
        let kind = Words::new()
            .spelling(&t.t(fluent_id!("activity-individuel")), Kind::Individual)
            .spelling(&t.t(fluent_id!("activity-collectif")), Kind::Workshop)
            .aliases(&[
                ("individuel", Kind::Individual),
                ("Individuel", Kind::Individual),
                ("Accompagnement", Kind::Individual),
                ("collectif", Kind::Workshop),
                ("Atelier", Kind::Workshop),
                ("Démarche administrative", Kind::Procedure),
                ("Aide aux démarches administratives", Kind::Procedure),
            ]);
        let canal = Words::new()
            .vocab(&t, Canal::ALL, Canal::code, Canal::label_id, same)
            .aliases(&[
                ("Sur place", Canal::Place),
                ("Domicile", Canal::Home),
                ("Autre", Canal::Other),
            ]);
        let equipment = Words::new()
            .vocab(
                &t,
                Equipment::ALL,
                Equipment::code,
                Equipment::label_id,
                same,
            )
            .aliases(&[
                ("Smartphone", Equipment::Phone),
                ("Téléphone portable", Equipment::Phone),
                ("Aucun", Equipment::None),
                ("Sans matériel", Equipment::None),
            ]);
        let topic = Words::new()
            .vocab(&t, Theme::ALL, Theme::code, Theme::label_id, Topic::Theme)
            .vocab(
                &t,
                ProcedureTheme::ALL,
                ProcedureTheme::code,
                ProcedureTheme::label_id,
                Topic::Procedure,
            );
        let autonomy =
            Words::new().vocab(&t, Autonomy::ALL, Autonomy::code, Autonomy::label_id, same);
        let level = Words::new().vocab(
            &t,
            WorkshopLevel::ALL,
            WorkshopLevel::code,
            WorkshopLevel::label_id,
            same,
        );
        let referral = Words::new().vocab(
            &t,
            ReferralCategory::ALL,
            ReferralCategory::code,
            ReferralCategory::label_id,
            same,
        );
        Vocabulary {
            t,
            gender,
            status,
            age,
            kind,
            canal,
            equipment,
            topic,
            autonomy,
            level,
            referral,
        }
    }
}

/// "n/3" (or just "n") for levels 1 to 3.
pub(crate) fn level_of_three(cell: &str) -> Option<u8> {
    let compact: String = cell.chars().filter(|c| !c.is_whitespace()).collect();
    let n = compact.strip_suffix("/3").unwrap_or(&compact);
    match n {
        "1" => Some(1),
        "2" => Some(2),
        "3" => Some(3),
        _ => None,
    }
}

/// "Oui" / "Non" and their usual spellings; `Ok(None)` for an empty cell.
pub(crate) fn yes_no(cell: &str) -> Result<Option<bool>, ()> {
    match fold(cell).as_str() {
        "" => Ok(None),
        "oui" | "o" | "yes" | "y" | "vrai" | "true" | "1" | "x" => Ok(Some(true)),
        "non" | "n" | "no" | "faux" | "false" | "0" => Ok(Some(false)),
        _ => Err(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_codes_and_usual_spellings_are_recognised() {
        let v = Vocabulary::french();
        assert_eq!(v.gender.one("Homme"), Ok(Some(Gender::Male)));
        assert_eq!(v.gender.one(" f "), Ok(Some(Gender::Female)));
        assert_eq!(v.gender.one("FÉMININ"), Ok(Some(Gender::Female)));
        assert_eq!(
            v.gender.one("non_communique"),
            Ok(Some(Gender::Undisclosed))
        );
        assert_eq!(v.gender.one(""), Ok(None));
        assert_eq!(v.gender.one("Licorne"), Err(()));
        assert_eq!(v.age.one("12 à 17 ans"), Ok(Some(AgeBracket::From12To17)));
        assert_eq!(v.age.one("60-69 ans"), Ok(Some(AgeBracket::From60To69)));
        assert_eq!(v.kind.one("Atelier collectif"), Ok(Some(Kind::Workshop)));
        assert_eq!(v.kind.one("individuel"), Ok(Some(Kind::Individual)));
        assert_eq!(v.canal.one("À domicile"), Ok(Some(Canal::Home)));
        assert_eq!(
            v.referral.one("Aide sociale"),
            Ok(Some(ReferralCategory::SocialSupport)),
            "the label without its parenthesis"
        );
        assert_eq!(v.gender.label(Gender::Female), "Féminin");
    }

    #[test]
    fn several_values_in_one_cell_even_with_commas_in_labels() {
        let v = Vocabulary::french();
        let topics = v
            .topic
            .many("E-mail, Papiers, élections, citoyenneté, Santé; banque_et_achats_en_ligne")
            .unwrap();
        assert_eq!(
            topics,
            [
                Topic::Theme(Theme::Email),
                Topic::Procedure(ProcedureTheme::IdentityAndCitizenship),
                Topic::Theme(Theme::Health),
                Topic::Theme(Theme::BankingAndShopping),
            ]
        );
        assert_eq!(
            v.topic.many("Social, santé").unwrap(),
            [Topic::Procedure(ProcedureTheme::SocialAndHealth)],
            "the longest spelling wins"
        );
        assert_eq!(v.topic.many("E-mail, Jardinage"), Err(()));
        assert_eq!(v.equipment.many("").unwrap(), []);
        assert_eq!(level_of_three("2/3"), Some(2));
        assert_eq!(level_of_three(" 3 / 3"), Some(3));
        assert_eq!(level_of_three("4/3"), None);
        assert_eq!(yes_no("Oui"), Ok(Some(true)));
        assert_eq!(yes_no("peut-être"), Err(()));
    }
}
