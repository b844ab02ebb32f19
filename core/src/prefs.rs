//! Display preferences of the installation (language, text size, contrast).
//!
//! They are read before anyone signs in (the sign-in screen must already be in the right language
//! and size) and hold no personal data, so they live in a small plain file beside the encrypted
//! store rather than inside it. The webview keeps no storage of its own: this is the only memory.

use crate::{fsutil, CoreError};
use passerelle_api::DisplayPrefs;
use std::path::{Path, PathBuf};

pub const FILE_NAME: &str = "display.json";

fn file(data_dir: &Path) -> PathBuf {
    data_dir.join(FILE_NAME)
}

/// Checks a preference set: a shipped language, a text size within bounds on the step grid.
pub fn validate(p: &DisplayPrefs) -> Result<(), CoreError> {
    if passerelle_locales::locale(&p.language).is_none() {
        return Err(CoreError::PrefsInvalid(format!(
            "unknown language {:?}",
            p.language
        )));
    }
    let range = DisplayPrefs::MIN_TEXT_SCALE..=DisplayPrefs::MAX_TEXT_SCALE;
    if !range.contains(&p.text_scale) || !p.text_scale.is_multiple_of(DisplayPrefs::TEXT_SCALE_STEP)
    {
        return Err(CoreError::PrefsInvalid(format!(
            "text scale {}",
            p.text_scale
        )));
    }
    Ok(())
}

/// Loads the preferences; defaults when none were saved yet. A damaged file is reported (so the
/// user knows their settings were not applied), never silently replaced.
pub fn load(data_dir: &Path) -> Result<DisplayPrefs, CoreError> {
    let bytes = match std::fs::read(file(data_dir)) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(DisplayPrefs::default()),
        Err(e) => return Err(CoreError::PrefsUnreadable(e)),
    };
    let prefs: DisplayPrefs =
        serde_json::from_slice(&bytes).map_err(|e| CoreError::PrefsInvalid(e.to_string()))?;
    validate(&prefs)?;
    Ok(prefs)
}

/// Loads the preferences, falling back to defaults on a damaged file: for start-up, where a
/// broken preference file must not keep the app from opening.
pub fn load_or_default(data_dir: &Path) -> DisplayPrefs {
    load(data_dir).unwrap_or_default()
}

/// Validates and saves the preferences atomically.
pub fn save(data_dir: &Path, prefs: &DisplayPrefs) -> Result<(), CoreError> {
    validate(prefs)?;
    let json =
        serde_json::to_vec_pretty(prefs).map_err(|e| CoreError::PrefsInvalid(e.to_string()))?;
    fsutil::write_atomic(&file(data_dir), &json)
}

#[cfg(test)]
mod tests {
    use super::*;
    use passerelle_api::ErrorCode;

    #[test]
    fn defaults_then_round_trip() {
        let d = tempfile::tempdir().unwrap();
        assert_eq!(load(d.path()).unwrap(), DisplayPrefs::default());
        let p = DisplayPrefs {
            language: "ar".into(),
            text_scale: 175,
            high_contrast: true,
        };
        save(d.path(), &p).unwrap();
        assert_eq!(load(d.path()).unwrap(), p);
    }

    #[test]
    fn refuses_out_of_range_values_and_keeps_the_file() {
        let d = tempfile::tempdir().unwrap();
        let good = DisplayPrefs {
            language: "en".into(),
            text_scale: 125,
            high_contrast: false,
        };
        save(d.path(), &good).unwrap();
        for bad in [
            DisplayPrefs {
                language: "xx".into(),
                ..good.clone()
            },
            DisplayPrefs {
                text_scale: 250,
                ..good.clone()
            },
            DisplayPrefs {
                text_scale: 90,
                ..good.clone()
            },
            DisplayPrefs {
                text_scale: 110,
                ..good.clone()
            },
        ] {
            assert_eq!(
                save(d.path(), &bad).unwrap_err().code(),
                ErrorCode::PrefsInvalid
            );
        }
        assert_eq!(load(d.path()).unwrap(), good);
    }

    #[test]
    fn damaged_file_is_reported_not_replaced() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join(FILE_NAME), b"{not json").unwrap();
        assert_eq!(load(d.path()).unwrap_err().code(), ErrorCode::PrefsInvalid);
        assert_eq!(load_or_default(d.path()), DisplayPrefs::default());
        assert_eq!(
            std::fs::read(d.path().join(FILE_NAME)).unwrap(),
            b"{not json"
        );
    }
}
