//! Training mode: a data folder of its own, inside the real one, holding a small store of
//! fictitious people and sessions (the `demo` generator), so a new mediator can practise on
//! every screen without touching real records. The app relaunches on it, and every screen
//! shows a banner while it is open.

use crate::store::demo::{self, DemoOptions, DemoSize};
use crate::store::StoreError;
use std::path::{Path, PathBuf};

/// The training folder's name inside the real data folder.
pub const TRAINING_FOLDER: &str = "formation";

/// Where the training data of the installation in `data_dir` lives.
pub fn training_dir(data_dir: &Path) -> PathBuf {
    data_dir.join(TRAINING_FOLDER)
}

/// The real data folder a training folder belongs to (`None` when `dir` is not one).
pub fn real_dir(dir: &Path) -> Option<PathBuf> {
    let is_training_folder = dir.file_name().is_some_and(|n| n == TRAINING_FOLDER);
    (is_training_folder && demo::is_training(dir))
        .then(|| dir.parent().map(Path::to_owned))
        .flatten()
}

/// The training folder, with its store created on first use (a small fictitious centre whose
/// staff all sign in with [`demo::DEMO_PASSPHRASE`]). A training folder is never created
/// inside another one.
pub fn ensure_training_store(data_dir: &Path) -> Result<PathBuf, StoreError> {
    if demo::is_training(data_dir) {
        return Ok(data_dir.to_owned());
    }
    let dir = training_dir(data_dir);
    if !crate::store::exists(&dir) {
        std::fs::create_dir_all(&dir).map_err(|e| StoreError::io(&dir, e))?;
        let options = DemoOptions {
            size: DemoSize::Small,
            seed: 1,
            end: jiff::Zoned::now().date(),
        };
        let (session, _recovery, _report) = demo::generate(&dir, &options)?;
        // The training store's recovery key is not kept: its data is fictitious.
        drop(session);
    }
    Ok(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_training_store_is_created_once_beside_the_real_one_and_leads_back() {
        let d = tempfile::tempdir().unwrap();
        let real = d.path();
        assert!(!demo::is_training(real));
        let t = ensure_training_store(real).unwrap();
        assert_eq!(t, real.join(TRAINING_FOLDER));
        assert!(demo::is_training(&t));
        assert!(!crate::store::exists(real), "the real folder is left alone");
        let marker = t.join("store").join(demo::TRAINING_MARKER);
        let before = std::fs::metadata(&marker).unwrap().modified().unwrap();
        // A second time reuses it (nothing regenerated), and from inside it stays there.
        assert_eq!(ensure_training_store(real).unwrap(), t);
        assert_eq!(ensure_training_store(&t).unwrap(), t);
        assert_eq!(
            std::fs::metadata(&marker).unwrap().modified().unwrap(),
            before
        );
        assert_eq!(real_dir(&t).as_deref(), Some(real));
        assert_eq!(real_dir(real), None, "a real folder has no way back");
    }
}
