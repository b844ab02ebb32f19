//! Process hygiene: no core dumps (a dump would hold keys and personal data in clear), and a
//! fixed log location holding event codes only, never personal data.

use std::io::Write;
use std::path::{Path, PathBuf};

/// The log folder inside the data folder, and the log file in it.
pub const LOG_DIR: &str = "logs";
pub const LOG_FILE: &str = "passerelle.log";
/// Past this size the log is rotated once (`passerelle.log.1`).
pub const LOG_MAX_BYTES: u64 = 1024 * 1024;

/// Disables core dumps for this process and its children (RLIMIT_CORE = 0). Call first thing
/// in `main`. On platforms without rlimits it does nothing.
pub fn disable_core_dumps() -> std::io::Result<()> {
    #[cfg(unix)]
    {
        rlimit::setrlimit(rlimit::Resource::CORE, 0, 0)?;
    }
    Ok(())
}

/// Whether core dumps are off (soft and hard limit 0).
pub fn core_dumps_disabled() -> bool {
    #[cfg(unix)]
    {
        matches!(rlimit::getrlimit(rlimit::Resource::CORE), Ok((0, 0)))
    }
    #[cfg(not(unix))]
    {
        true
    }
}

pub fn log_path(data_dir: &Path) -> PathBuf {
    data_dir.join(LOG_DIR).join(LOG_FILE)
}

/// Appends one line: time and an event code. The code is a `&'static str` on purpose: a
/// string built at run time (which could hold a name) cannot be logged.
pub fn log_event(data_dir: &Path, code: &'static str) {
    // Logging never creates a data folder that a mistyped path would otherwise not have.
    if !data_dir.is_dir() {
        return;
    }
    let path = log_path(data_dir);
    let _ = (|| -> std::io::Result<()> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        if std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0) > LOG_MAX_BYTES {
            std::fs::rename(&path, path.with_extension("log.1"))?;
        }
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)?;
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        writeln!(f, "{secs} {code}")
    })();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn core_dumps_can_be_disabled() {
        disable_core_dumps().unwrap();
        assert!(core_dumps_disabled());
    }

    #[test]
    fn the_log_holds_codes_at_a_fixed_place() {
        let d = tempfile::tempdir().unwrap();
        log_event(d.path(), "store.unlock");
        let text = std::fs::read_to_string(d.path().join("logs/passerelle.log")).unwrap();
        assert!(text.trim_end().ends_with(" store.unlock"), "{text}");
    }
}
