//! Computes the WCAG contrast ratio of every declared token pair in both themes:
//! ≥ 4.5:1 in the default theme, ≥ 7:1 in high contrast.

use std::collections::BTreeMap;

const TOKENS: &str = include_str!("../style/tokens.css");

fn block(selector: &str) -> BTreeMap<String, String> {
    let start = TOKENS
        .find(&format!("{selector} {{"))
        .unwrap_or_else(|| panic!("no {selector} block"));
    let body = &TOKENS[start..];
    let body = &body[body.find('{').unwrap() + 1..body.find('}').unwrap()];
    body.split(';')
        .filter_map(|decl| {
            let (k, v) = decl.split_once(':')?;
            let k = k.trim();
            k.starts_with("--color-")
                .then(|| (k.to_owned(), v.trim().to_owned()))
        })
        .collect()
}

fn pairs() -> Vec<(String, String)> {
    TOKENS
        .lines()
        .filter_map(|l| {
            l.trim()
                .trim_start_matches('*')
                .trim()
                .strip_prefix("pair:")
        })
        .map(|p| {
            let (fg, bg) = p.split_once(" on ").expect("pair: FG on BG");
            (fg.trim().to_owned(), bg.trim().to_owned())
        })
        .collect()
}

fn rgb(hex: &str) -> [f64; 3] {
    let h = hex.trim_start_matches('#');
    assert_eq!(h.len(), 6, "colour tokens are #rrggbb: {hex}");
    let c = |i: usize| u8::from_str_radix(&h[i..i + 2], 16).unwrap() as f64 / 255.0;
    [c(0), c(2), c(4)]
}

fn luminance(hex: &str) -> f64 {
    let lin = |c: f64| {
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let [r, g, b] = rgb(hex);
    0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

fn ratio(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn the_ratio_formula_matches_known_values() {
    assert!((ratio("#000000", "#ffffff") - 21.0).abs() < 1e-9);
    assert!((ratio("#777777", "#ffffff") - 4.478).abs() < 0.01);
}

fn check(theme: &BTreeMap<String, String>, min: f64, name: &str) {
    let mut failures = Vec::new();
    for (fg, bg) in pairs() {
        let (f, b) = (&theme[&fg], &theme[&bg]);
        let r = ratio(f, b);
        if r < min {
            failures.push(format!("{name}: {fg} {f} on {bg} {b} = {r:.2}:1 < {min}:1"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn default_theme_pairs_reach_4_5() {
    check(&block(":root"), 4.5, "default");
}

#[test]
fn high_contrast_pairs_reach_7() {
    let mut theme = block(":root");
    theme.extend(block("[data-theme=\"high-contrast\"]"));
    check(&theme, 7.0, "high contrast");
}

#[test]
fn every_colour_token_is_in_a_pair() {
    let used: Vec<String> = pairs().into_iter().flat_map(|(a, b)| [a, b]).collect();
    assert!(pairs().len() >= 10);
    for token in block(":root").keys() {
        assert!(
            used.contains(token),
            "{token} is defined but checked in no pair"
        );
    }
}
