//! A spreadsheet file as rows of text cells, the same for CSV and XLSX, each row numbered as the
//! spreadsheet shows it (the first row is 1), and its header row found by folded names.
//!
//! CSV: UTF-8 with or without a byte-order mark, else Windows-1252 (what French Excel writes
//! with "CSV (séparateur : point-virgule)"), or UTF-16 with its mark ("Texte Unicode"); `;`, `,`
//! or tab between cells, sniffed from the first lines; Windows or Unix line ends; quoted cells
//! (RFC 4180). XLSX: every sheet, read with calamine; dates become `YYYY-MM-DD`.

use super::super::error::StoreError;
use super::super::search_key::fold;
use passerelle_api::exchange::MAX_IMPORT_BYTES;
use std::collections::HashMap;

/// Rows above the header that may hold a heading block ("Exporté par…").
const HEADER_SCAN_ROWS: usize = 40;

/// One non-blank row: its number as the spreadsheet shows it and its trimmed cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Row {
    pub number: u32,
    pub cells: Vec<String>,
}

impl Row {
    pub fn cell(&self, i: usize) -> &str {
        self.cells.get(i).map_or("", String::as_str)
    }
}

/// One sheet (a CSV file is one sheet without a name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Sheet {
    pub name: Option<String>,
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FileFormat {
    Csv,
    Xlsx,
}

const ZIP_MAGIC: &[u8] = b"PK\x03\x04";

/// Tells CSV from XLSX by the file's extension, checked against its first bytes.
pub(crate) fn format_of(file_name: &str, bytes: &[u8]) -> Result<FileFormat, StoreError> {
    let ext = file_name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    let zip = bytes.starts_with(ZIP_MAGIC);
    match ext.as_str() {
        "xlsx" | "xlsm" if zip => Ok(FileFormat::Xlsx),
        "xlsx" | "xlsm" => Err(StoreError::UnreadableFile("not a zip archive".into())),
        // A workbook renamed .csv is still a workbook: read it as one.
        "csv" | "txt" if zip => Ok(FileFormat::Xlsx),
        "csv" | "txt" => Ok(FileFormat::Csv),
        _ => Err(StoreError::UnknownFileFormat),
    }
}

/// Reads a whole file. Refuses a file over [`MAX_IMPORT_BYTES`], an unknown format, and a file
/// with no non-blank row, before anything else is done with it.
pub(crate) fn read(file_name: &str, bytes: &[u8]) -> Result<Vec<Sheet>, StoreError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(StoreError::FileTooLarge {
            max_bytes: MAX_IMPORT_BYTES,
        });
    }
    if bytes.is_empty() {
        return Err(StoreError::EmptyFile);
    }
    let format = format_of(file_name, bytes)?;
    let sheets = match format {
        FileFormat::Csv => vec![read_csv(bytes)?],
        FileFormat::Xlsx => read_xlsx(bytes)?,
    };
    if sheets.iter().all(|s| s.rows.is_empty()) {
        return Err(StoreError::EmptyFile);
    }
    Ok(sheets)
}

/// A cell as read: trimmed, and without the `'` a CSV export puts before a value that a
/// spreadsheet would run as a formula (see `journal_csv::cell`).
fn tidy(raw: &str) -> String {
    let t = raw.trim();
    let mut chars = t.chars();
    if chars.next() == Some('\'') && chars.next().is_some_and(|c| "=+-@".contains(c)) {
        return t[1..].to_owned();
    }
    t.to_owned()
}

/// The text of a CSV file: UTF-8 (with or without a byte-order mark), UTF-16 with its mark, or
/// else Windows-1252.
fn decode(bytes: &[u8]) -> Result<String, StoreError> {
    let text = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        std::str::from_utf8(rest)
            .map_err(|_| StoreError::UnreadableFile("invalid UTF-8 after a UTF-8 mark".into()))?
            .to_owned()
    } else if bytes.starts_with(b"\xFF\xFE") {
        encoding_rs::UTF_16LE
            .decode_with_bom_removal(bytes)
            .0
            .into_owned()
    } else if bytes.starts_with(b"\xFE\xFF") {
        encoding_rs::UTF_16BE
            .decode_with_bom_removal(bytes)
            .0
            .into_owned()
    } else {
        match std::str::from_utf8(bytes) {
            Ok(s) => s.to_owned(),
            Err(_) => encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned(),
        }
    };
    // Text files hold no NUL: this is a binary file with a .csv name.
    if text.contains('\0') {
        return Err(StoreError::UnreadableFile("binary content".into()));
    }
    Ok(text)
}

/// The separator whose count on one of the first lines (outside quotes) is highest: a header
/// row has one between every two columns. `;` wins a tie (French Excel's choice).
fn sniff_separator(text: &str) -> u8 {
    let mut best = (b';', 0usize);
    for sep in [b';', b',', b'\t'] {
        let mut max = 0;
        let mut count = 0;
        let mut quoted = false;
        let mut lines = 0;
        for b in text.bytes() {
            match b {
                b'"' => quoted = !quoted,
                b'\n' if !quoted => {
                    max = max.max(count);
                    count = 0;
                    lines += 1;
                    if lines >= HEADER_SCAN_ROWS {
                        break;
                    }
                }
                _ if b == sep && !quoted => count += 1,
                _ => {}
            }
        }
        max = max.max(count);
        if max > best.1 {
            best = (sep, max);
        }
    }
    best.0
}

/// Splits CSV text into rows as a spreadsheet shows them (RFC 4180): a line end outside
/// quotes (CRLF, LF or CR) ends a row, and blank rows count in the numbering; a quoted cell
/// may hold separators, line breaks and doubled quotes. (The `csv` crate skips blank lines and
/// numbers records by physical line, which is not the row the user sees.)
fn read_csv(bytes: &[u8]) -> Result<Sheet, StoreError> {
    let text = decode(bytes)?;
    let sep = char::from(sniff_separator(&text));
    let mut rows = Vec::new();
    let (mut cells, mut cell) = (Vec::new(), String::new());
    let (mut quoted, mut at_start) = (false, true);
    let mut number = 1u32;
    let mut end_row = |cells: &mut Vec<String>, number: &mut u32| {
        if cells.iter().any(|c: &String| !c.is_empty()) {
            rows.push(Row {
                number: *number,
                cells: std::mem::take(cells),
            });
        }
        cells.clear();
        *number = number.saturating_add(1);
    };
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => quoted = false,
                c => cell.push(c),
            }
            continue;
        }
        match c {
            '"' if at_start => {
                quoted = true;
                at_start = false;
            }
            c if c == sep => {
                cells.push(tidy(&std::mem::take(&mut cell)));
                at_start = true;
            }
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                cells.push(tidy(&std::mem::take(&mut cell)));
                at_start = true;
                end_row(&mut cells, &mut number);
            }
            c => {
                cell.push(c);
                at_start = false;
            }
        }
    }
    if !cell.is_empty() || !cells.is_empty() {
        cells.push(tidy(&cell));
        end_row(&mut cells, &mut number);
    }
    Ok(Sheet { name: None, rows })
}

/// A workbook cell as text: numbers without a useless `.0`, dates as `YYYY-MM-DD` (with the
/// time when there is one).
fn xlsx_text(d: &calamine::Data) -> String {
    use calamine::Data;
    match d {
        Data::Empty => String::new(),
        Data::String(s) => tidy(s),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(dt) if dt.is_duration() => {
            let minutes = (dt.as_f64() * 24.0 * 60.0).round() as i64;
            format!("{:02}:{:02}", minutes / 60, minutes % 60)
        }
        Data::DateTime(dt) => {
            let (y, m, d, h, mi, s, _) = dt.to_ymd_hms_milli();
            if (h, mi, s) == (0, 0, 0) {
                format!("{y:04}-{m:02}-{d:02}")
            } else {
                format!("{y:04}-{m:02}-{d:02} {h:02}:{mi:02}:{s:02}")
            }
        }
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.replace('T', " "),
        // "#N/A" and friends: the cell holds no value.
        Data::Error(_) => String::new(),
    }
}

fn read_xlsx(bytes: &[u8]) -> Result<Vec<Sheet>, StoreError> {
    use calamine::Reader;
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes))
        .map_err(|e: calamine::XlsxError| StoreError::UnreadableFile(e.to_string()))?;
    let mut sheets = Vec::new();
    for name in wb.sheet_names() {
        let range = wb
            .worksheet_range(&name)
            .map_err(|e| StoreError::UnreadableFile(e.to_string()))?;
        let (first_row, first_col) = range.start().unwrap_or((0, 0));
        let mut rows = Vec::new();
        for (i, r) in range.rows().enumerate() {
            // Cells keep their column: blanks left of the used range count.
            let mut cells = vec![String::new(); first_col as usize];
            cells.extend(r.iter().map(xlsx_text));
            if cells.iter().any(|c| !c.is_empty()) {
                rows.push(Row {
                    number: first_row + i as u32 + 1,
                    cells,
                });
            }
        }
        sheets.push(Sheet {
            name: Some(name),
            rows,
        });
    }
    Ok(sheets)
}

/// A column a file may have: its header as Passerelle writes it, and the folded spellings it
/// is recognised by (case, accents, spaces and punctuation ignored).
#[derive(Debug, Clone, Copy)]
pub(crate) struct ColumnSpec {
    pub header: &'static str,
    pub aliases: &'static [&'static str],
}

/// A header folded for comparison: "N° de téléphone" → `ndetelephone`.
pub(crate) fn header_key(h: &str) -> String {
    fold(h).replace(' ', "")
}

impl ColumnSpec {
    fn matches(&self, key: &str) -> bool {
        header_key(self.header) == key || self.aliases.iter().any(|a| header_key(a) == key)
    }
}

/// A column named in a problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ColumnRef {
    /// Its place in the row (problems of one row are listed left to right).
    pub index: usize,
    /// Its header as written in the file.
    pub name: String,
}

/// Where each known column is in a sheet, and its header as written there.
#[derive(Debug, Clone, Default)]
pub(crate) struct Columns {
    found: HashMap<&'static str, (usize, String)>,
}

impl Columns {
    /// Maps a row of headers; unknown headers are ignored, and the first of two columns with
    /// the same meaning wins.
    pub fn of(header: &Row, specs: &[ColumnSpec]) -> Columns {
        let mut found = HashMap::new();
        for (i, h) in header.cells.iter().enumerate() {
            let key = header_key(h);
            if key.is_empty() {
                continue;
            }
            if let Some(spec) = specs.iter().find(|s| s.matches(&key)) {
                found.entry(spec.header).or_insert((i, h.clone()));
            }
        }
        Columns { found }
    }

    pub fn has(&self, header: &str) -> bool {
        self.found.contains_key(header)
    }

    /// The cell of column `header` in `row` ("" when the file has no such column).
    pub fn get<'r>(&self, row: &'r Row, header: &str) -> &'r str {
        self.found.get(header).map_or("", |(i, _)| row.cell(*i))
    }

    /// The column as a problem names it: its header as the file writes it (or the expected
    /// one, when missing) and its place in the row.
    pub fn column(&self, header: &'static str) -> ColumnRef {
        match self.found.get(header) {
            Some((i, h)) => ColumnRef {
                index: *i,
                name: h.clone(),
            },
            None => ColumnRef {
                index: usize::MAX,
                name: header.to_owned(),
            },
        }
    }
}

/// The first row among the first ones of `sheet` whose headers satisfy `is_header`, and the
/// columns it names.
pub(crate) fn find_header(
    sheet: &Sheet,
    specs: &[ColumnSpec],
    is_header: impl Fn(&Columns) -> bool,
) -> Option<(usize, Columns)> {
    sheet
        .rows
        .iter()
        .take(HEADER_SCAN_ROWS)
        .enumerate()
        .find_map(|(i, r)| {
            let c = Columns::of(r, specs);
            is_header(&c).then_some((i, c))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_told_by_name_and_content() {
        assert_eq!(format_of("a.CSV", b"x;y").unwrap(), FileFormat::Csv);
        assert_eq!(
            format_of("a.xlsx", b"PK\x03\x04..").unwrap(),
            FileFormat::Xlsx
        );
        assert!(matches!(
            format_of("a.xlsx", b"x;y"),
            Err(StoreError::UnreadableFile(_))
        ));
        assert!(matches!(
            format_of("a.pdf", b"%PDF"),
            Err(StoreError::UnknownFileFormat)
        ));
        assert!(matches!(
            format_of("sans-extension", b"x;y"),
            Err(StoreError::UnknownFileFormat)
        ));
    }

    #[test]
    fn the_separator_is_sniffed_outside_quotes() {
        assert_eq!(sniff_separator("Nom;Prénom;Commune\nA;B;C\n"), b';');
        assert_eq!(sniff_separator("Nom,Prénom,Commune\n"), b',');
        assert_eq!(sniff_separator("Nom\tPrénom\n"), b'\t');
        assert_eq!(
            sniff_separator("\"a,b,c,d,e\";x;y\n"),
            b';',
            "commas inside quotes do not count"
        );
    }

    #[test]
    fn rows_keep_the_numbers_a_spreadsheet_shows() {
        let text = "Nom;Notes\r\n\r\nA;\"deux\r\nlignes\"\r\nB;x\r\n";
        let sheet = read_csv(text.as_bytes()).unwrap();
        let numbers: Vec<u32> = sheet.rows.iter().map(|r| r.number).collect();
        assert_eq!(
            numbers,
            [1, 3, 4],
            "a blank row counts, a quoted line break does not"
        );
        assert_eq!(sheet.rows[1].cells[1], "deux\r\nlignes");
    }

    #[test]
    fn windows_1252_and_formula_guards_are_read_back() {
        // "Hélène" in Windows-1252, and a cell guarded against formulas.
        let bytes = b"Pr\xe9nom;T\xe9l\nH\xe9l\xe8ne;'+33 6 12\n";
        let sheet = read_csv(bytes).unwrap();
        assert_eq!(sheet.rows[1].cells, ["Hélène", "+33 6 12"]);
    }

    #[test]
    fn headers_are_matched_folded() {
        let specs = [
            ColumnSpec {
                header: "N° de téléphone",
                aliases: &["Téléphone"],
            },
            ColumnSpec {
                header: "E-mail",
                aliases: &["Courriel"],
            },
        ];
        let row = Row {
            number: 1,
            cells: vec![
                "  n° DE TELEPHONE ".into(),
                "Autre".into(),
                "courriel".into(),
            ],
        };
        let c = Columns::of(&row, &specs);
        assert!(c.has("N° de téléphone") && c.has("E-mail"));
        assert_eq!(c.column("E-mail").name, "courriel");
        let data = Row {
            number: 2,
            cells: vec!["06".into(), "x".into(), "a@b.fr".into()],
        };
        assert_eq!(c.get(&data, "E-mail"), "a@b.fr");
    }
}
