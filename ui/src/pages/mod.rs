//! One module per screen.

pub mod about;
pub mod accessibility;
pub mod exchange;
pub mod first_run;
pub mod follow_up;
pub mod home;
pub mod journal;
pub mod partners;
pub mod passphrase;
pub mod people;
pub mod person;
pub mod person_new;
pub mod privacy;
pub mod recovery_sheet;
pub mod reports;
pub mod session_new;
pub mod settings;
pub mod settings_display;
pub mod sign_in;
pub mod slip;
pub mod staff;
pub mod timeline;
pub mod workshops;
pub mod vault;
pub mod vault_private;
