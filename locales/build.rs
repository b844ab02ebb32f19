//! Embeds every `locales/<lang>/*.ftl` file, so adding a file or a language needs no code change
//! beyond the language table in `src/lib.rs`.
use std::{env, fs, path::Path};

fn main() {
    let manifest = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest);
    let mut out =
        String::from("/// (locale code, file name, contents) for every embedded Fluent file.\n");
    out.push_str("pub const SOURCES: &[(&str, &str, &str)] = &[\n");
    let mut dirs: Vec<_> = fs::read_dir(root)
        .expect("read locales/")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir() && e.file_name() != "src" && e.file_name() != "tests")
        .collect();
    dirs.sort_by_key(|e| e.file_name());
    println!("cargo:rerun-if-changed={}", root.display());
    for dir in dirs {
        let code = dir.file_name().to_string_lossy().into_owned();
        println!("cargo:rerun-if-changed={}", dir.path().display());
        let mut files: Vec<_> = fs::read_dir(dir.path())
            .expect("read a locale folder")
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort_by_key(|e| e.file_name());
        for f in files {
            let p = f.path();
            println!("cargo:rerun-if-changed={}", p.display());
            out.push_str(&format!(
                "    ({code:?}, {:?}, include_str!({:?})),\n",
                f.file_name().to_string_lossy(),
                p.display().to_string()
            ));
        }
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("sources.rs");
    fs::write(dest, out).expect("write sources.rs");
}
