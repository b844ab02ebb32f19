//! Every locale carries every French id with the same variables; the Fluent files parse; and every
//! id the code refers to exists. French is the source language.

use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, PatternElement};
use fluent_syntax::parser;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// id (`message` or `message.attribute`) → the variables it uses.
type Ids = BTreeMap<String, BTreeSet<String>>;

fn vars_of(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expr_vars(expression, out);
        }
    }
}

fn expr_vars(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Inline(i) => inline_vars(i, out),
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                vars_of(&v.value, out);
            }
        }
    }
}

fn inline_vars(i: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expr_vars(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
        }
        _ => {}
    }
}

fn ids_of(code: &str) -> Ids {
    let mut ids = Ids::new();
    let mut count = 0;
    for (name, text) in passerelle_locales::sources(code) {
        count += 1;
        let res = parser::parse(text)
            .unwrap_or_else(|(_, errs)| panic!("{code}/{name} has Fluent syntax errors: {errs:?}"));
        for entry in res.body {
            if let Entry::Message(m) = entry {
                let id = m.id.name.to_owned();
                let mut vars = BTreeSet::new();
                if let Some(v) = &m.value {
                    vars_of(v, &mut vars);
                }
                for a in &m.attributes {
                    let mut av = BTreeSet::new();
                    vars_of(&a.value, &mut av);
                    ids.insert(format!("{id}.{}", a.id.name), av);
                }
                assert!(
                    ids.insert(id.clone(), vars).is_none(),
                    "{code}/{name}: duplicate id {id}"
                );
            }
        }
    }
    assert!(count > 0, "locale {code} has no Fluent file");
    ids
}

#[test]
fn every_locale_has_every_french_id_with_the_same_variables() {
    let fr = ids_of("fr");
    let mut problems = Vec::new();
    for l in passerelle_locales::LOCALES
        .iter()
        .filter(|l| l.code != "fr")
    {
        let other = ids_of(l.code);
        for (id, vars) in &fr {
            match other.get(id) {
                None => problems.push(format!("{}: missing {id}", l.code)),
                Some(v) if v != vars => {
                    problems.push(format!("{}: {id} uses {v:?}, French uses {vars:?}", l.code))
                }
                _ => {}
            }
        }
        for id in other.keys().filter(|id| !fr.contains_key(*id)) {
            problems.push(format!(
                "{}: {id} does not exist in French (stale?)",
                l.code
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "locale problems:\n{}",
        problems.join("\n")
    );
}

#[test]
fn shipped_locales_and_folders_agree() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for l in passerelle_locales::LOCALES {
        assert!(root.join(l.code).is_dir(), "no folder locales/{}", l.code);
    }
}

#[test]
fn unreviewed_locales_say_so_in_their_files() {
    for l in passerelle_locales::LOCALES {
        let first = passerelle_locales::sources(l.code)
            .all(|(_, t)| t.starts_with("# Not yet reviewed by a native speaker."));
        assert_eq!(
            first,
            !passerelle_locales::is_reviewed(l.code),
            "{}: the file header and meta-translation-status disagree",
            l.code
        );
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs" || x == "html") {
            out.push(p);
        }
    }
}

/// String literals passed to `t(`, `t_args(`, `fluent_id!(` and `data-l10n-id=`.
fn referenced_ids(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for marker in ["t(\"", "t_args(\"", "fluent_id!(\"", "data-l10n-id=\""] {
        let mut from = 0;
        while let Some(pos) = text[from..].find(marker) {
            let start = from + pos;
            from = start + marker.len();
            // `t(` must be a whole word: not the end of `format(`, `print(`, `split(`…
            let prev = text[..start].chars().next_back();
            if marker == "t(\"" && prev.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            if let Some(end) = text[from..].find('"') {
                found.push(text[from..from + end].to_owned());
            }
        }
    }
    found
}

#[test]
fn every_id_referenced_by_code_exists_in_french() {
    let fr = ids_of("fr");
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let mut files = Vec::new();
    for d in [
        "ui/src",
        "ui/index.html",
        "core/src",
        "src-tauri/src",
        "cli/src",
        "api/src",
    ] {
        let p = workspace.join(d);
        if p.is_file() {
            files.push(p);
        } else {
            rust_files(&p, &mut files);
        }
    }
    let mut missing = Vec::new();
    let mut total = 0;
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        for id in referenced_ids(&text) {
            total += 1;
            if !fr.contains_key(&id) {
                missing.push(format!(
                    "{}: {id}",
                    f.strip_prefix(workspace).unwrap().display()
                ));
            }
        }
    }
    for code in passerelle_api::ErrorCode::ALL {
        total += 1;
        if !fr.contains_key(code.message_id()) {
            missing.push(format!("api ErrorCode::{code:?}: {}", code.message_id()));
        }
    }
    assert!(
        total > 20,
        "the scan found only {total} references: is the scanner broken?"
    );
    assert!(
        missing.is_empty(),
        "ids used in code but absent from locales/fr:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_scanner_sees_what_it_must_and_skips_lookalikes() {
    let src = r#"t("a-b") format("x") tr.t("c-d") t_args("e-f", &[]) fluent_id!("g-h") split("z")"#;
    assert_eq!(referenced_ids(src), vec!["a-b", "c-d", "e-f", "g-h"]);
}
