//! One module per screen.

pub mod about;
pub mod accessibility;
pub mod home;
pub mod settings_display;
