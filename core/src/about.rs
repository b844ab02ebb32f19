//! What the About screen tells: the version, the data folder, and the free components inside.

use crate::data_dir::DataDir;
use passerelle_api::{AppInfo, Component};

/// Free components shipped inside Passerelle, with their licences (SPDX). Names are proper
/// nouns, not translatable text. A test checks the crates among them are really in Cargo.lock.
pub const COMPONENTS: &[(&str, &str)] = &[
    ("tauri", "Apache-2.0 OR MIT"),
    ("leptos", "MIT"),
    ("wasm-bindgen", "Apache-2.0 OR MIT"),
    ("fluent-bundle", "Apache-2.0 OR MIT"),
    ("serde", "Apache-2.0 OR MIT"),
    ("DejaVu fonts", "Bitstream-Vera"),
    ("Noto Sans Arabic", "OFL-1.1"),
];

/// Names of components that are fonts, not crates.
#[cfg(test)]
const NOT_CRATES: &[&str] = &["DejaVu fonts", "Noto Sans Arabic"];

/// Gathers the About facts for a data folder.
pub fn app_info(data_dir: &DataDir) -> AppInfo {
    AppInfo {
        version: crate::VERSION.to_owned(),
        data_dir: data_dir.path.display().to_string(),
        data_dir_source: data_dir.source,
        store_exists: store_exists(&data_dir.path),
        training: crate::store::demo::is_training(&data_dir.path),
        components: COMPONENTS
            .iter()
            .map(|(n, l)| Component {
                name: (*n).to_owned(),
                licence: (*l).to_owned(),
            })
            .collect(),
    }
}

/// Whether an encrypted store was set up in this folder.
pub fn store_exists(dir: &std::path::Path) -> bool {
    crate::store::exists(dir)
}

#[cfg(test)]
mod tests {
    use super::*;
    use passerelle_api::DataDirSource;

    #[test]
    fn reports_version_and_absent_store() {
        let t = tempfile::tempdir().unwrap();
        let d = DataDir {
            path: t.path().to_owned(),
            source: DataDirSource::Environment,
        };
        let info = app_info(&d);
        assert_eq!(info.version, env!("CARGO_PKG_VERSION"));
        assert!(!info.store_exists);
        assert_eq!(info.data_dir_source, DataDirSource::Environment);
        // A stray database file is not a store: setup writes the generation pointer last.
        std::fs::write(t.path().join("store.db"), b"x").unwrap();
        assert!(!app_info(&d).store_exists);
        let layout = crate::store::Layout::new(t.path());
        std::fs::create_dir_all(layout.root()).unwrap();
        std::fs::write(
            layout.root().join(crate::store::generation::POINTER),
            b"gen-000001\n",
        )
        .unwrap();
        assert!(app_info(&d).store_exists);
    }

    #[test]
    fn listed_crates_are_really_shipped() {
        let lock = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../Cargo.lock"))
            .expect("Cargo.lock at the workspace root");
        for (name, _) in COMPONENTS.iter().filter(|(n, _)| !NOT_CRATES.contains(n)) {
            let entry = format!("name = \"{name}\"");
            assert!(
                lock.contains(&entry),
                "{name} is listed on the About screen but not in Cargo.lock"
            );
        }
    }
}
