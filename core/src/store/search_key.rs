//! How names are compared when a mediator searches for a person: the same folding applied to
//! what is stored and to what is typed, so "helene" finds Hélène, "laetitia" finds Lætitia and
//! "ndiaye" finds N'Diaye; and the one-typo tolerance ("lefvre" finds Lefèvre).
//!
//! The folded key is what the full-text index holds (FTS5 `trigram`): it never leaves the
//! encrypted database.

use unicode_normalization::UnicodeNormalization;

/// Folds one piece of text: lower case, accents removed, ligatures spelled out (æ → ae,
/// œ → oe, ß → ss), and apostrophes, hyphens and dots removed inside a word so that
/// "N'Diaye", "N’Diaye" and "Ndiaye" become one word. Words are separated by one space.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.nfkd() {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        match c {
            // Joiners inside a name or an address: dropped, the parts stay one word.
            '\'' | '’' | 'ʼ' | '‘' | '`' | '´' | '-' | '‐' | '‑' | '–' | '.' => {
                continue
            }
            'æ' | 'Æ' => push(&mut out, &mut pending_space, "ae"),
            'œ' | 'Œ' => push(&mut out, &mut pending_space, "oe"),
            'ß' => push(&mut out, &mut pending_space, "ss"),
            'ø' | 'Ø' => push(&mut out, &mut pending_space, "o"),
            'đ' | 'Đ' => push(&mut out, &mut pending_space, "d"),
            'ł' | 'Ł' => push(&mut out, &mut pending_space, "l"),
            '@' | '+' => {
                let mut buf = [0u8; 4];
                push(&mut out, &mut pending_space, c.encode_utf8(&mut buf));
            }
            c if c.is_alphanumeric() => {
                for l in c.to_lowercase() {
                    let mut buf = [0u8; 4];
                    push(&mut out, &mut pending_space, l.encode_utf8(&mut buf));
                }
            }
            _ => pending_space = !out.is_empty(),
        }
    }
    out
}

fn push(out: &mut String, pending_space: &mut bool, s: &str) {
    if *pending_space {
        out.push(' ');
        *pending_space = false;
    }
    out.push_str(s);
}

/// The digits of a phone number, with a French national prefix written the international way
/// (+33 6…, 0033 6…) brought back to 06…, so any way of typing it finds it.
pub fn phone_digits(phone: &str) -> String {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    let trimmed = phone.trim_start();
    if let Some(rest) = digits.strip_prefix("0033") {
        return format!("0{rest}");
    }
    if trimmed.starts_with('+') {
        if let Some(rest) = digits.strip_prefix("33") {
            return format!("0{rest}");
        }
    }
    digits
}

/// Whether `a` and `b` differ by at most one edit: one letter inserted, removed, replaced, or
/// two neighbours swapped (Damerau). Works on characters, not bytes.
pub fn within_one_edit(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 {
        return false;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    if prefix == la && prefix == lb {
        return true;
    }
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    match la.cmp(&lb) {
        // Replacement, or a swap of two neighbours.
        std::cmp::Ordering::Equal => {
            ra[1..] == rb[1..]
                || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
        }
        // One letter more in `a`.
        std::cmp::Ordering::Greater => ra[1..] == *rb,
        std::cmp::Ordering::Less => *ra == rb[1..],
    }
}

/// Whether the typed word `typed` matches some word of `key` (a folded key) within one edit;
/// when `prefix` is set (the word still being typed), a word's beginning of about the same
/// length also counts.
pub fn fuzzy_word_match(key: &str, typed: &str, prefix: bool) -> bool {
    let n = typed.chars().count();
    key.split(' ').any(|w| {
        if within_one_edit(w, typed) {
            return true;
        }
        if !prefix {
            return false;
        }
        // Compare with the word's beginnings one shorter, as long and one longer than typed.
        let chars: Vec<char> = w.chars().collect();
        (n.saturating_sub(1)..=n + 1)
            .filter(|&k| k >= 3 && k < chars.len())
            .any(|k| within_one_edit(&chars[..k].iter().collect::<String>(), typed))
    })
}

/// The trigrams of a folded word, each quoted for an FTS5 `MATCH` expression.
pub fn quoted_trigrams(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    chars
        .windows(3)
        .map(|w| format!("\"{}\"", w.iter().collect::<String>()))
        .collect()
}

/// A folded word as one quoted FTS5 phrase (the trigram tokenizer matches it as a substring).
pub fn quoted_phrase(word: &str) -> String {
    format!("\"{}\"", word.replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_case_ligatures_and_joiners() {
        assert_eq!(fold("Hélène LEFÈVRE"), "helene lefevre");
        assert_eq!(fold("Lætitia Œuvray"), "laetitia oeuvray");
        assert_eq!(fold("N'Diaye"), "ndiaye");
        assert_eq!(fold("N’Diaye"), "ndiaye");
        assert_eq!(fold("Jean-Baptiste  Müller"), "jeanbaptiste muller");
        assert_eq!(fold("  Çağla Straße "), "cagla strasse");
        assert_eq!(fold("anne.martin@exemple.fr"), "annemartin@exemplefr");
        assert_eq!(fold("Ñuñez, José"), "nunez jose");
    }

    #[test]
    fn phone_numbers_fold_to_national_digits() {
        assert_eq!(phone_digits("06 12 34 56 78"), "0612345678");
        assert_eq!(phone_digits("+33 6 12 34 56 78"), "0612345678");
        assert_eq!(phone_digits("0033612345678"), "0612345678");
        assert_eq!(phone_digits("+32 470 12 34 56"), "32470123456");
    }

    #[test]
    fn one_edit_means_one() {
        assert!(within_one_edit("lefevre", "lefvre"), "one letter missing");
        assert!(within_one_edit("lefevre", "lefebvre"), "one letter more");
        assert!(within_one_edit("martin", "martim"), "one letter replaced");
        assert!(within_one_edit("martin", "matrin"), "neighbours swapped");
        assert!(within_one_edit("martin", "martin"));
        assert!(!within_one_edit("martin", "matrim"), "two edits");
        assert!(!within_one_edit("lefevre", "lfvre"), "two letters missing");
        assert!(!within_one_edit("dupont", "durand"));
    }

    #[test]
    fn fuzzy_words_and_the_word_being_typed() {
        let key = "helene lefevre 1984";
        assert!(fuzzy_word_match(key, "lefvre", false));
        assert!(fuzzy_word_match(key, "heleen", false));
        assert!(
            !fuzzy_word_match(key, "lefv", false),
            "a beginning is not a word"
        );
        assert!(
            fuzzy_word_match(key, "lefv", true),
            "…unless it is being typed"
        );
        assert!(!fuzzy_word_match(key, "durand", true));
    }

    #[test]
    fn trigrams_are_quoted_for_fts() {
        assert_eq!(
            quoted_trigrams("lefvre"),
            ["\"lef\"", "\"efv\"", "\"fvr\"", "\"vre\""]
        );
        assert_eq!(quoted_phrase("a\"b"), "\"a\"\"b\"");
    }
}
