//! The national digital-mediation vocabulary (see the project's reference notes): stable
//! snake_case codes stored in the database and in exports, labels in `locales/` (a test in
//! `core` checks every label exists in every language). Lists only grow: a stored code is
//! never renamed or reused. Shared here so the screens and `core` use the same types.

use serde::{Deserialize, Serialize};

macro_rules! vocabulary {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $code:literal => $label:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            // Serialised as the national code, the same everywhere (IPC, exports, database).
            $(#[serde(rename = $code)] $variant),+
        }

        impl $name {
            /// Every value, in the order forms and reports list them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable code (database, exports).
            pub const fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code),+
                }
            }

            /// The Fluent id of the label.
            pub const fn label_id(self) -> &'static str {
                match self {
                    $($name::$variant => $label),+
                }
            }

            pub fn parse(code: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.code() == code)
            }
        }
    };
}

vocabulary!(
    /// A person's gender as the national tool records it.
    Gender {
        Female = "feminin" => "gender-feminin",
        Male = "masculin" => "gender-masculin",
        Undisclosed = "non_communique" => "gender-non-communique",
    }
);

vocabulary!(
    /// A person's social status.
    SocialStatus {
        Retired = "retraite" => "status-retraite",
        Unemployed = "sans_emploi" => "status-sans-emploi",
        Employed = "en_emploi" => "status-en-emploi",
        Student = "scolarise" => "status-scolarise",
        Undisclosed = "non_communique" => "status-non-communique",
    }
);

vocabulary!(
    /// Age brackets, derived from the year of birth (never typed).
    AgeBracket {
        Under12 = "moins_de_douze" => "age-moins-de-douze",
        From12To17 = "douze_dix_huit" => "age-douze-dix-huit",
        From18To24 = "dix_huit_vingt_quatre" => "age-dix-huit-vingt-quatre",
        From25To39 = "vingt_cinq_trente_neuf" => "age-vingt-cinq-trente-neuf",
        From40To59 = "quarante_cinquante_neuf" => "age-quarante-cinquante-neuf",
        From60To69 = "soixante_soixante_neuf" => "age-soixante-soixante-neuf",
        From70 = "soixante_dix_plus" => "age-soixante-dix-plus",
        Undisclosed = "non_communique" => "age-non-communique",
    }
);

impl AgeBracket {
    /// The bracket of someone born in `birth_year`, in `year`. Only the year of birth is
    /// known, so the age is the one reached during `year` (the national tool counts the same).
    pub fn of(birth_year: Option<u16>, year: i32) -> AgeBracket {
        let Some(b) = birth_year else {
            return AgeBracket::Undisclosed;
        };
        match year - i32::from(b) {
            a if a < 0 => AgeBracket::Undisclosed,
            0..=11 => AgeBracket::Under12,
            12..=17 => AgeBracket::From12To17,
            18..=24 => AgeBracket::From18To24,
            25..=39 => AgeBracket::From25To39,
            40..=59 => AgeBracket::From40To59,
            60..=69 => AgeBracket::From60To69,
            _ => AgeBracket::From70,
        }
    }
}

vocabulary!(
    /// Individual support session or group workshop.
    ActivityType {
        Individual = "individuel" => "activity-individuel",
        Workshop = "collectif" => "activity-collectif",
    }
);

vocabulary!(
    /// Where the support took place.
    Canal {
        Place = "lieu_activite" => "canal-lieu-activite",
        Home = "domicile" => "canal-domicile",
        Remote = "a_distance" => "canal-a-distance",
        Other = "autre" => "canal-autre",
    }
);

vocabulary!(
    /// Equipment used during the session.
    Equipment {
        Computer = "ordinateur" => "equipment-ordinateur",
        Phone = "telephone" => "equipment-telephone",
        Tablet = "tablette" => "equipment-tablette",
        Other = "autre" => "equipment-autre",
        None = "aucun" => "equipment-aucun",
    }
);

vocabulary!(
    /// Digital-mediation themes. [`Theme::AdministrativeProcedures`] opens the procedure
    /// themes.
    Theme {
        Diagnostic = "diagnostic_numerique" => "theme-diagnostic-numerique",
        DeviceHandling = "prendre_en_main_du_materiel" => "theme-prendre-en-main-du-materiel",
        DeviceMaintenance = "maintenance_de_materiel" => "theme-maintenance-de-materiel",
        DigitalContent = "gere_ses_contenus_numeriques" => "theme-gere-ses-contenus-numeriques",
        Browsing = "navigation_sur_internet" => "theme-navigation-sur-internet",
        Email = "email" => "theme-email",
        OfficeSoftware = "bureautique" => "theme-bureautique",
        SocialNetworks = "reseaux_sociaux" => "theme-reseaux-sociaux",
        Health = "sante" => "theme-sante",
        BankingAndShopping = "banque_et_achats_en_ligne" => "theme-banque-et-achats-en-ligne",
        Entrepreneurship = "entrepreneuriat" => "theme-entrepreneuriat",
        Employment = "insertion_professionnelle" => "theme-insertion-professionnelle",
        Security = "securite_numerique" => "theme-securite-numerique",
        Parenting = "parentalite" => "theme-parentalite",
        School = "scolarite_et_numerique" => "theme-scolarite-et-numerique",
        Creating = "creer_avec_le_numerique" => "theme-creer-avec-le-numerique",
        DigitalCulture = "culture_numerique" => "theme-culture-numerique",
        ArtificialIntelligence = "intelligence_artificielle" => "theme-intelligence-artificielle",
        AdministrativeProcedures = "aide_aux_demarches_administratives" => "theme-aide-aux-demarches-administratives",
    }
);

vocabulary!(
    /// Administrative-procedure themes (with [`Theme::AdministrativeProcedures`] only).
    ProcedureTheme {
        IdentityAndCitizenship = "papiers_elections_citoyennete" => "procedure-papiers-elections-citoyennete",
        FamilyAndSchool = "famille_scolarite" => "procedure-famille-scolarite",
        SocialAndHealth = "social_sante" => "procedure-social-sante",
        WorkAndTraining = "travail_formation" => "procedure-travail-formation",
        Housing = "logement" => "procedure-logement",
        Transport = "transports_mobilite" => "procedure-transports-mobilite",
        MoneyAndTaxes = "argent_impots" => "procedure-argent-impots",
        Justice = "justice" => "procedure-justice",
        Foreigners = "etrangers_europe" => "procedure-etrangers-europe",
        Leisure = "loisirs_sports_culture" => "procedure-loisirs-sports-culture",
        Associations = "associations" => "procedure-associations",
    }
);

vocabulary!(
    /// How autonomous the person was at the end of an individual session (1 to 3).
    Autonomy {
        Guided = "entierement_accompagne" => "autonomy-entierement-accompagne",
        PartlyAutonomous = "partiellement_autonome" => "autonomy-partiellement-autonome",
        Autonomous = "autonome" => "autonomy-autonome",
    }
);

impl Autonomy {
    /// The level the national export writes as "n/3".
    pub const fn level(self) -> u8 {
        match self {
            Autonomy::Guided => 1,
            Autonomy::PartlyAutonomous => 2,
            Autonomy::Autonomous => 3,
        }
    }
}

vocabulary!(
    /// The kind of body a person is referred to ("orientation").
    ReferralCategory {
        Administration = "administration" => "referral-administration",
        DigitalMediation = "mediation_numerique" => "referral-mediation-numerique",
        BodyInCharge = "operateur_ou_organisme_en_charge" => "referral-operateur-ou-organisme-en-charge",
        SocialSupport = "aide_sociale" => "referral-aide-sociale",
        Employment = "insertion_professionnelle" => "referral-insertion-professionnelle",
        AdministrativeHelp = "aide_aux_demarches_administratives" => "referral-aide-aux-demarches-administratives",
        Other = "autre" => "referral-autre",
    }
);

vocabulary!(
    /// The top-level categories of the Soliguide directory, for the centre's partners.
    PartnerCategory {
        Welcome = "welcome" => "partner-category-welcome",
        Activities = "activities" => "partner-category-activities",
        Food = "food" => "partner-category-food",
        Counseling = "counseling" => "partner-category-counseling",
        TrainingAndJobs = "training_and_jobs" => "partner-category-training-and-jobs",
        Housing = "accomodation_and_housing" => "partner-category-accomodation-and-housing",
        Hygiene = "hygiene_and_wellness" => "partner-category-hygiene-and-wellness",
        Equipment = "equipment" => "partner-category-equipment",
        Health = "health" => "partner-category-health",
        Technology = "technology" => "partner-category-technology",
        Mobility = "mobility" => "partner-category-mobility",
    }
);

vocabulary!(
    /// A workshop's level.
    WorkshopLevel {
        Beginner = "debutant" => "level-debutant",
        Intermediate = "intermediaire" => "level-intermediaire",
        Advanced = "avance" => "level-avance",
    }
);

vocabulary!(
    /// What a person agrees to (each can be given and withdrawn).
    ConsentScope {
        Record = "fiche" => "consent-scope-fiche",
        Contact = "contact" => "consent-scope-contact",
        Vault = "coffre" => "consent-scope-coffre",
    }
);

/// Duration presets offered by the session form (minutes); any other length may be typed.
pub const DURATION_PRESETS: [u16; 6] = [15, 30, 45, 60, 90, 120];

/// Whether someone born in `birth_year` may be a minor in `year` (their consent is then given
/// by a legal guardian). With only the year known, anyone who turns 18 this year may still be 17.
pub fn may_be_minor(birth_year: Option<u16>, year: i32) -> bool {
    birth_year.is_some_and(|b| year - i32::from(b) <= 18)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_are_unique() {
        for g in Gender::ALL {
            assert_eq!(Gender::parse(g.code()), Some(*g));
        }
        for s in SocialStatus::ALL {
            assert_eq!(SocialStatus::parse(s.code()), Some(*s));
        }
        let mut codes: Vec<&str> = AgeBracket::ALL.iter().map(|a| a.code()).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), AgeBracket::ALL.len());
        assert_eq!(Gender::parse("autre"), None);
        assert_eq!(Theme::ALL.len(), 19);
        assert_eq!(ProcedureTheme::ALL.len(), 11);
        assert_eq!(ReferralCategory::ALL.len(), 7);
        let levels: Vec<u8> = Autonomy::ALL.iter().map(|a| a.level()).collect();
        assert_eq!(levels, [1, 2, 3]);
        for t in Theme::ALL {
            assert_eq!(Theme::parse(t.code()), Some(*t));
        }
        for p in ProcedureTheme::ALL {
            assert_eq!(ProcedureTheme::parse(p.code()), Some(*p));
        }
    }

    #[test]
    fn serde_uses_the_national_codes() {
        let json =
            serde_json::to_string(&(Gender::Female, Theme::AdministrativeProcedures)).unwrap();
        assert_eq!(json, r#"["feminin","aide_aux_demarches_administratives"]"#);
        let back: AgeBracket = serde_json::from_str(r#""soixante_dix_plus""#).unwrap();
        assert_eq!(back, AgeBracket::From70);
    }

    #[test]
    fn brackets_follow_the_national_bounds() {
        let y = 2026;
        assert_eq!(AgeBracket::of(None, y), AgeBracket::Undisclosed);
        assert_eq!(AgeBracket::of(Some(2015), y), AgeBracket::Under12);
        assert_eq!(AgeBracket::of(Some(2014), y), AgeBracket::From12To17);
        assert_eq!(AgeBracket::of(Some(2008), y), AgeBracket::From18To24);
        assert_eq!(AgeBracket::of(Some(2001), y), AgeBracket::From25To39);
        assert_eq!(AgeBracket::of(Some(1986), y), AgeBracket::From40To59);
        assert_eq!(AgeBracket::of(Some(1966), y), AgeBracket::From60To69);
        assert_eq!(AgeBracket::of(Some(1956), y), AgeBracket::From70);
        assert_eq!(AgeBracket::of(Some(2030), y), AgeBracket::Undisclosed);
        assert!(may_be_minor(Some(2008), y));
        assert!(!may_be_minor(Some(2007), y));
        assert!(!may_be_minor(None, y));
    }
}
