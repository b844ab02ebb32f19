//! Finds the DejaVu fonts the PDF module embeds and copies them into `OUT_DIR`, so that
//! `core/src/pdf/fonts.rs` can `include_bytes!` them. No font file is committed: they come from
//! Debian's `fonts-dejavu-core` package (or from the folder named by `PASSERELLE_FONT_DIR`).
use std::{
    env, fs,
    path::{Path, PathBuf},
};

/// The faces the PDF module uses. All three are in Debian's `fonts-dejavu-core`.
const FONTS: &[&str] = &[
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSansMono-Bold.ttf",
];

/// Where Debian and its derivatives install DejaVu, most specific first.
const STANDARD_DIRS: &[&str] = &[
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu",
    "/usr/share/fonts/TTF",
    "/usr/local/share/fonts/dejavu",
];

fn main() {
    println!("cargo:rerun-if-env-changed=PASSERELLE_FONT_DIR");
    println!("cargo:rerun-if-changed=build.rs");
    let override_dir = env::var_os("PASSERELLE_FONT_DIR").map(PathBuf::from);
    let candidates: Vec<PathBuf> = match &override_dir {
        Some(dir) => vec![dir.clone()],
        None => STANDARD_DIRS.iter().map(PathBuf::from).collect(),
    };
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("OUT_DIR is set by cargo"));
    for name in FONTS {
        let found = candidates
            .iter()
            .map(|d| d.join(name))
            .find(|p| p.is_file());
        let Some(src) = found else {
            let searched: Vec<String> =
                candidates.iter().map(|d| d.display().to_string()).collect();
            panic!(
                "\n\nPasserelle's PDF module needs the font {name}, which was not found in: {}.\n\
                 Install the Debian package `fonts-dejavu-core` (apt-get install fonts-dejavu-core),\n\
                 or set PASSERELLE_FONT_DIR to a folder holding {}.\n\n",
                searched.join(", "),
                FONTS.join(", ")
            );
        };
        println!("cargo:rerun-if-changed={}", src.display());
        copy_if_changed(&src, &out.join(name));
    }
}

fn copy_if_changed(src: &Path, dest: &Path) {
    let bytes = fs::read(src).unwrap_or_else(|e| panic!("read {}: {e}", src.display()));
    if fs::read(dest).ok().as_deref() != Some(bytes.as_slice()) {
        fs::write(dest, &bytes).unwrap_or_else(|e| panic!("write {}: {e}", dest.display()));
    }
}
