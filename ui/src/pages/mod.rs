//! One module per screen.

pub mod about;
pub mod accessibility;
pub mod first_run;
pub mod home;
pub mod journal;
pub mod passphrase;
pub mod recovery_sheet;
pub mod settings;
pub mod settings_display;
pub mod sign_in;
pub mod staff;
