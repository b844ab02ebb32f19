//! Durable file writes: a crash or a full disk never leaves a half-written file in place.

use crate::CoreError;
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `path` atomically: temp file in the same folder, fsync, rename, folder
/// fsync. On any error the previous content of `path` is untouched and the temp file removed.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), CoreError> {
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let result = (|| {
        let mut f = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        fs::rename(&tmp, path)?;
        sync_dir(dir)
    })();
    result.map_err(|e| {
        let _ = fs::remove_file(&tmp);
        CoreError::io(path, e)
    })
}

/// Why [`write_atomic_new`] wrote nothing.
#[derive(Debug)]
pub enum NewFileError {
    /// Something already has that name: it was left alone.
    Exists,
    Core(CoreError),
}

/// Writes a **new** file atomically, never replacing an existing one. The name is first
/// claimed with an exclusive create (so two writers, or a file that appeared since the caller
/// looked, cannot be overwritten), then filled through [`write_atomic`]. A failed write removes
/// the claim; only a kill in between can leave an empty file behind, never a partial one.
pub fn write_atomic_new(path: &Path, bytes: &[u8]) -> Result<(), NewFileError> {
    match OpenOptions::new().write(true).create_new(true).open(path) {
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(NewFileError::Exists)
        }
        Err(e) => return Err(NewFileError::Core(CoreError::io(path, e))),
    }
    write_atomic(path, bytes).map_err(|e| {
        let _ = fs::remove_file(path);
        NewFileError::Core(e)
    })
}

/// Fsyncs a folder so a rename inside it survives a power cut.
pub fn sync_dir(dir: &Path) -> std::io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_content_and_leaves_no_temp_file() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("a.json");
        write_atomic(&p, b"one").unwrap();
        write_atomic(&p, b"two").unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"two");
        let names: Vec<_> = fs::read_dir(d.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("a.json")]);
    }

    #[test]
    fn a_new_file_never_replaces_an_existing_one() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("export.csv");
        write_atomic_new(&p, b"first").unwrap();
        assert!(matches!(
            write_atomic_new(&p, b"second"),
            Err(NewFileError::Exists)
        ));
        assert_eq!(fs::read(&p).unwrap(), b"first");
        let missing = d.path().join("no-such-dir").join("x.csv");
        assert!(matches!(
            write_atomic_new(&missing, b"x"),
            Err(NewFileError::Core(_))
        ));
    }

    #[test]
    fn failure_keeps_previous_content() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("a.json");
        write_atomic(&p, b"kept").unwrap();
        // A folder in the way of the temp file's rename target makes the write fail.
        let missing = d.path().join("no-such-dir").join("b.json");
        assert!(write_atomic(&missing, b"x").is_err());
        assert_eq!(fs::read(&p).unwrap(), b"kept");
    }
}
