//! Where an installation keeps its data: the `--data-dir` flag, else `PASSERELLE_DATA_DIR`, else
//! the per-user XDG data folder (`$XDG_DATA_HOME/passerelle`, `~/.local/share/passerelle`).

use crate::CoreError;
use passerelle_api::DataDirSource;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// The environment variable that overrides the default data folder.
pub const ENV_VAR: &str = "PASSERELLE_DATA_DIR";
/// The folder name under the XDG data home.
pub const APP_FOLDER: &str = "passerelle";

/// The data folder of this run, and where the choice came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataDir {
    pub path: PathBuf,
    pub source: DataDirSource,
}

impl DataDir {
    /// Picks the data folder from the flag and the process environment.
    pub fn resolve(flag: Option<PathBuf>) -> Result<Self, CoreError> {
        Self::resolve_with(flag, |k| std::env::var_os(k))
    }

    /// Same as [`DataDir::resolve`] with an injectable environment, for tests.
    pub fn resolve_with(
        flag: Option<PathBuf>,
        env: impl Fn(&str) -> Option<OsString>,
    ) -> Result<Self, CoreError> {
        let non_empty = |k: &str| env(k).filter(|v| !v.is_empty()).map(PathBuf::from);
        if let Some(path) = flag.filter(|p| !p.as_os_str().is_empty()) {
            return Ok(Self {
                path,
                source: DataDirSource::Flag,
            });
        }
        if let Some(path) = non_empty(ENV_VAR) {
            return Ok(Self {
                path,
                source: DataDirSource::Environment,
            });
        }
        let base = non_empty("XDG_DATA_HOME")
            .filter(|p| p.is_absolute())
            .or_else(|| non_empty("HOME").map(|h| h.join(".local").join("share")))
            .ok_or(CoreError::NoDataDir)?;
        Ok(Self {
            path: base.join(APP_FOLDER),
            source: DataDirSource::Default,
        })
    }

    /// Creates the folder (owner-only on Unix) if it does not exist yet.
    pub fn ensure(&self) -> Result<(), CoreError> {
        let unavailable = |source| CoreError::DataDirUnavailable {
            path: self.path.clone(),
            source,
        };
        std::fs::create_dir_all(&self.path).map_err(unavailable)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let perms = std::fs::Permissions::from_mode(0o700);
            std::fs::set_permissions(&self.path, perms).map_err(unavailable)?;
        }
        Ok(())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// Reads `--data-dir PATH` or `--data-dir=PATH` from command-line arguments.
pub fn flag_from_args<I: IntoIterator<Item = OsString>>(args: I) -> Option<PathBuf> {
    let mut it = args.into_iter();
    while let Some(a) = it.next() {
        if a == "--data-dir" {
            return it.next().map(PathBuf::from);
        }
        if let Some(v) = a.to_str().and_then(|s| s.strip_prefix("--data-dir=")) {
            return Some(PathBuf::from(v));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<OsString> {
        let m: HashMap<String, OsString> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), OsString::from(v)))
            .collect();
        move |k| m.get(k).cloned()
    }

    #[test]
    fn flag_beats_environment_beats_xdg() {
        let e = env(&[
            (ENV_VAR, "/env"),
            ("XDG_DATA_HOME", "/xdg"),
            ("HOME", "/home/a"),
        ]);
        let d = DataDir::resolve_with(Some("/flag".into()), &e).unwrap();
        assert_eq!(
            (d.path, d.source),
            (PathBuf::from("/flag"), DataDirSource::Flag)
        );
        let d = DataDir::resolve_with(None, &e).unwrap();
        assert_eq!(
            (d.path, d.source),
            (PathBuf::from("/env"), DataDirSource::Environment)
        );
        let e = env(&[("XDG_DATA_HOME", "/xdg"), ("HOME", "/home/a")]);
        let d = DataDir::resolve_with(None, e).unwrap();
        assert_eq!(d.path, PathBuf::from("/xdg/passerelle"));
        assert_eq!(d.source, DataDirSource::Default);
    }

    #[test]
    fn falls_back_to_home_and_ignores_relative_xdg() {
        let e = env(&[("XDG_DATA_HOME", "relative"), ("HOME", "/home/a")]);
        let d = DataDir::resolve_with(None, e).unwrap();
        assert_eq!(d.path, PathBuf::from("/home/a/.local/share/passerelle"));
        assert!(matches!(
            DataDir::resolve_with(None, env(&[])),
            Err(CoreError::NoDataDir)
        ));
    }

    #[test]
    fn reads_both_flag_spellings() {
        let a = |v: &[&str]| flag_from_args(v.iter().map(OsString::from));
        assert_eq!(a(&["app", "--data-dir", "/d"]), Some(PathBuf::from("/d")));
        assert_eq!(a(&["app", "--data-dir=/e"]), Some(PathBuf::from("/e")));
        assert_eq!(a(&["app"]), None);
    }

    #[test]
    fn ensure_creates_an_owner_only_folder() {
        let t = tempfile::tempdir().unwrap();
        let d = DataDir {
            path: t.path().join("a/b"),
            source: DataDirSource::Flag,
        };
        d.ensure().unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&d.path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o700);
        }
    }

    #[test]
    fn ensure_reports_an_unusable_folder() {
        let t = tempfile::tempdir().unwrap();
        let file = t.path().join("file");
        std::fs::write(&file, b"x").unwrap();
        let d = DataDir {
            path: file.join("sub"),
            source: DataDirSource::Flag,
        };
        let err = d.ensure().unwrap_err();
        assert_eq!(err.code(), passerelle_api::ErrorCode::DataDirUnavailable);
    }
}
