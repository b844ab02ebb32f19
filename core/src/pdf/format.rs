//! Numbers, dates and codes written for print. Fluent's `NUMBER()` knows nothing of French
//! digit grouping, so figures are formatted here; words (month names, "à") come from Fluent.

use jiff::civil;
use passerelle_locales::Translator;

/// Narrow no-break space: the French thousands separator (« 12 345 »), never a line break.
const NNBSP: char = '\u{202F}';

/// An integer with the digit grouping of `lang`: « 12 345 » in French, "12,345" in English.
pub fn format_integer(n: u64, lang: &str) -> String {
    let sep = match lang {
        "en" => ',',
        _ => NNBSP,
    };
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// « 21 novembre 2026 » / "21 November 2026", month names from Fluent.
pub fn format_date(t: &Translator, date: civil::Date) -> String {
    let day = if date.day() == 1 && t.locale().code == "fr" {
        "1er".to_owned()
    } else {
        date.day().to_string()
    };
    t.t_args(
        "pdf-date",
        &[
            ("day", day.into()),
            ("month", t.t(&format!("pdf-month-{}", date.month())).into()),
            ("year", date.year().to_string().into()),
        ],
    )
    // A date is one unit on the page: never broken across lines.
    .replace(' ', "\u{A0}")
}

/// « 21 novembre 2026 à 16 h 05 » / "21 November 2026 at 16:05".
pub fn format_date_time(t: &Translator, dt: civil::DateTime) -> String {
    let time = t
        .t_args(
            "pdf-time",
            &[
                ("hour", dt.hour().to_string().into()),
                ("minute", format!("{:02}", dt.minute()).into()),
            ],
        )
        .replace(' ', "\u{A0}");
    t.t_args(
        "pdf-date-time",
        &[
            ("date", format_date(t, dt.date()).into()),
            ("time", time.into()),
        ],
    )
}

/// Splits a code into groups of `group` characters, `per_line` groups a line, for copying by
/// hand. A Bech32 code (`AGE-SECRET-KEY-1…`: a human-readable part, the separator `1`, then data
/// that never contains `1`) keeps its prefix whole on the first line.
pub fn group_code(code: &str, group: usize, per_line: usize) -> Vec<String> {
    let group = group.max(1);
    let per_line = per_line.max(1);
    let (prefix, data) = match code.rfind('1') {
        Some(p)
            if p > 0
                && code[..p]
                    .chars()
                    .all(|c| c.is_ascii_alphabetic() || c == '-') =>
        {
            (Some(&code[..=p]), &code[p + 1..])
        }
        _ => (None, code),
    };
    let chars: Vec<char> = data.chars().collect();
    let groups: Vec<String> = chars
        .chunks(group)
        .map(|g| g.iter().collect::<String>())
        .collect();
    let mut lines: Vec<String> = prefix.map(str::to_owned).into_iter().collect();
    lines.extend(groups.chunks(per_line).map(|l| l.join(" ")));
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_groups_thousands_with_narrow_no_break_spaces() {
        assert_eq!(format_integer(0, "fr"), "0");
        assert_eq!(format_integer(999, "fr"), "999");
        assert_eq!(format_integer(1234, "fr"), "1\u{202F}234");
        assert_eq!(format_integer(12_345_678, "fr"), "12\u{202F}345\u{202F}678");
        assert_eq!(format_integer(12_345_678, "en"), "12,345,678");
    }

    #[test]
    fn dates_are_written_in_full_in_french() {
        let t = Translator::new("fr", false);
        let dt = civil::date(2026, 8, 1).at(9, 5, 0, 0);
        assert_eq!(
            format_date_time(&t, dt),
            "1er\u{A0}août\u{A0}2026 à 9\u{A0}h\u{A0}05"
        );
        let en = Translator::new("en", false);
        assert_eq!(format_date_time(&en, dt), "1\u{A0}August\u{A0}2026 at 9:05");
    }

    #[test]
    fn age_keys_keep_their_prefix_and_group_the_rest() {
        let key = "AGE-SECRET-KEY-1QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7LQPZRY9X8GF2TVDW0S3JN54KHC";
        let lines = group_code(key, 4, 5);
        assert_eq!(lines[0], "AGE-SECRET-KEY-1");
        assert_eq!(lines[1], "QPZR Y9X8 GF2T VDW0 S3JN");
        let rejoined: String = lines.concat().split_whitespace().collect();
        assert_eq!(rejoined, key);
        // Hex has no Bech32 prefix.
        assert_eq!(group_code("0a1b2c3d", 4, 8), vec!["0a1b 2c3d"]);
    }
}
