//! Sessions exported in the national activity export's column order, one row per participant
//! (a workshop of 10 gives 10 rows), as XLSX or CSV, after a heading block saying who
//! exported, when, and with which filters. Deleted sessions and workshops never appear.
//!
//! Values are written as the national tool writes them — French labels from `locales/fr`
//! ("Accompagnement individuel", theme labels…), "n/3" levels, "Oui"/"Non" — so that an
//! export imports back (`import_activities`) into another store with the same counts.
//!
//! - XLSX (rust_xlsxwriter, constant-memory mode: rows go to temporary files in the
//!   destination folder, never the system's): one sheet, or one sheet per year when a sheet
//!   would pass 1 048 576 rows, and more sheets for a year that alone would ("2025 (2)").
//! - CSV: UTF-8 with a byte-order mark, `;` between cells and CRLF line ends — what French
//!   Excel opens in columns on a double click — cells quoted and guarded against formulas as
//!   the journal's CSV does (`journal_csv::cell`). One table, however long.
//!
//! The file is written under a temporary name in the destination folder, synced, then renamed
//! into place; an existing file is never replaced.

use super::super::error::StoreError;
use super::super::ids::PlaceId;
use super::super::journal::{Action, Actor};
use super::super::journal_csv;
use super::super::search_key::fold;
use super::super::session::{Permission, Session};
use super::super::settings::{self, Place};
use super::import_activities::{national_headers, ANONYMOUS_ID};
use super::words::{Kind, Topic, Vocabulary};
use crate::fsutil::sync_dir;
use passerelle_api::exchange::{ExportFormat, ExportSummary, SessionsFilter};
use passerelle_api::vocab::{
    ActivityType, AgeBracket, Autonomy, Canal, Equipment, Gender, ProcedureTheme, ReferralCategory,
    SocialStatus, Theme, WorkshopLevel,
};
use passerelle_locales::fluent_id;
use rusqlite::types::Value;
use rusqlite::Connection;
use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// Rows a worksheet holds (Excel's limit).
pub const MAX_SHEET_ROWS: u64 = 1_048_576;

/// One cell to write.
#[derive(Debug, Clone, PartialEq)]
enum Cell {
    Text(String),
    Int(i64),
    Date(jiff::civil::Date),
    DateTime(jiff::civil::DateTime),
}

impl Cell {
    /// As CSV and French spreadsheets write it.
    fn text(&self) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Int(i) => i.to_string(),
            Cell::Date(d) => d.strftime("%d/%m/%Y").to_string(),
            Cell::DateTime(dt) => dt.strftime("%d/%m/%Y %H:%M").to_string(),
        }
    }
}

fn text(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

/// The mediator filter: the name as asked, and the staff ids and imported mediator names it
/// stands for (folded comparison).
struct Mediator {
    name: String,
    staff: Vec<String>,
    imported: Vec<String>,
}

/// The filter, checked and resolved against the store.
struct Resolved {
    from: Option<jiff::civil::Date>,
    to: Option<jiff::civil::Date>,
    place: Option<Place>,
    mediator: Option<Mediator>,
    kind: Option<ActivityType>,
}

fn invalid(field: &'static str) -> StoreError {
    StoreError::InvalidField { field }
}

fn date_of(
    s: &Option<String>,
    field: &'static str,
) -> Result<Option<jiff::civil::Date>, StoreError> {
    match s.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(d) => d.parse().map(Some).map_err(|_| invalid(field)),
    }
}

impl Session {
    fn resolve(&self, f: &SessionsFilter) -> Result<Resolved, StoreError> {
        let from = date_of(&f.from, "from")?;
        let to = date_of(&f.to, "to")?;
        if let (Some(a), Some(b)) = (from, to) {
            if a > b {
                return Err(invalid("period"));
            }
        }
        let place = match f.place.as_deref().filter(|p| !p.is_empty()) {
            None => None,
            Some(p) => {
                let id: PlaceId = p.parse().map_err(|_| invalid("place"))?;
                Some(
                    settings::places(&self.conn)?
                        .into_iter()
                        .find(|x| x.id == id)
                        .ok_or(invalid("place"))?,
                )
            }
        };
        let mediator = match f
            .mediator
            .as_deref()
            .map(str::trim)
            .filter(|m| !m.is_empty())
        {
            None => None,
            Some(m) => {
                let key = fold(m);
                let staff = self
                    .staff()
                    .into_iter()
                    .filter(|s| fold(&s.display_name) == key)
                    .map(|s| s.id.to_string())
                    .collect();
                let mut st = self.conn.prepare(
                    "SELECT DISTINCT mediator_name FROM support_session WHERE mediator_name <> ''
                     UNION SELECT DISTINCT mediator_name FROM workshop WHERE mediator_name <> ''",
                )?;
                let imported = st
                    .query_map([], |r| r.get::<_, String>(0))?
                    .collect::<Result<Vec<_>, _>>()?
                    .into_iter()
                    .filter(|n| fold(n) == key)
                    .collect();
                Some(Mediator {
                    name: m.to_owned(),
                    staff,
                    imported,
                })
            }
        };
        Ok(Resolved {
            from,
            to,
            place,
            mediator,
            kind: f.activity_type,
        })
    }

    /// The name an export of `filter` gets: `passerelle-accompagnements-FROM_TO.xlsx`, from
    /// the period (its first day defaults to the first activity recorded, its last to today).
    /// Never a person's name.
    pub fn export_file_name(
        &self,
        format: ExportFormat,
        filter: &SessionsFilter,
    ) -> Result<String, StoreError> {
        self.require(Permission::ExchangeData)?;
        let r = self.resolve(filter)?;
        let today = jiff::Zoned::now().date();
        let from = match r.from {
            Some(d) => d,
            None => {
                let first: Option<String> = self.conn.query_row(
                    "SELECT min(d) FROM (
                         SELECT min(date) AS d FROM support_session WHERE deleted_at IS NULL
                         UNION ALL SELECT min(date) FROM workshop WHERE deleted_at IS NULL)",
                    [],
                    |row| row.get(0),
                )?;
                first.and_then(|d| d.parse().ok()).unwrap_or(today)
            }
        };
        let to = r.to.unwrap_or(today);
        Ok(format!(
            "passerelle-accompagnements-{from}_{to}.{}",
            format.extension()
        ))
    }

    /// Writes the sessions and workshops matching `filter` to a new file at `dest` (a file
    /// path, or a folder where the default name is used). Journaled with the filters and the
    /// row count, never a name.
    pub fn export_sessions(
        &mut self,
        format: ExportFormat,
        filter: &SessionsFilter,
        dest: &Path,
    ) -> Result<ExportSummary, StoreError> {
        self.export_sessions_with(format, filter, dest, MAX_SHEET_ROWS)
    }

    /// [`Session::export_sessions`] with a smaller sheet, for the tests of the split.
    pub(crate) fn export_sessions_with(
        &mut self,
        format: ExportFormat,
        filter: &SessionsFilter,
        dest: &Path,
        sheet_rows: u64,
    ) -> Result<ExportSummary, StoreError> {
        self.require(Permission::ExchangeData)?;
        let r = self.resolve(filter)?;
        let path = if dest.is_dir() {
            dest.join(self.export_file_name(format, filter)?)
        } else {
            dest.to_owned()
        };
        let v = Vocabulary::french();
        let heading = self.heading(&v, &r);
        let (sheets, rows) = write_new(&path, |file| {
            let mut out = Exporter::new(self, &v, &r)?;
            match format {
                ExportFormat::Csv => {
                    let mut sink = CsvSink {
                        w: BufWriter::new(file),
                    };
                    // One table, however long: CSV has no sheets.
                    let sheets = out.run(&mut sink, &heading, false, u64::MAX)?;
                    sink.w.flush().map_err(|e| StoreError::io(&path, e))?;
                    Ok((sheets, out.rows))
                }
                ExportFormat::Xlsx => {
                    let dir = path.parent().unwrap_or(Path::new("."));
                    let mut sink = XlsxSink::new(dir)?;
                    let capacity = sheet_rows.saturating_sub(heading.len() as u64 + 2).max(1);
                    let split = out.total()? > capacity;
                    let sheets = out.run(&mut sink, &heading, split, capacity)?;
                    sink.wb.save_to_writer(file).map_err(xlsx)?;
                    Ok((sheets, out.rows))
                }
            }
        })?;
        let record = format!(
            "rows={rows} format={} from={} to={} place={} mediator={} type={}",
            format.extension(),
            r.from.map_or("-".into(), |d| d.to_string()),
            r.to.map_or("-".into(), |d| d.to_string()),
            r.place.as_ref().map_or("-".into(), |p| p.id.to_string()),
            // A staff member by id; any other name stays out of the journal.
            match &r.mediator {
                None => "-".to_owned(),
                Some(m) if m.staff.len() == 1 => format!("staff:{}", m.staff[0]),
                Some(_) => "by-name".to_owned(),
            },
            r.kind.map_or("-", ActivityType::code),
        );
        self.record(Action::SessionsExported, Some(&record))?;
        Ok(ExportSummary {
            path: path.display().to_string(),
            rows,
            sheets,
        })
    }

    /// "Exporté par", "Exporté le", then one line per filter.
    fn heading(&self, v: &Vocabulary, r: &Resolved) -> Vec<(String, String)> {
        let t = &v.t;
        let who = match self.actor() {
            Actor::Staff(id) => self
                .staff()
                .into_iter()
                .find(|s| s.id == id)
                .map(|s| s.display_name)
                .unwrap_or_default(),
            Actor::Recovery => t.t(fluent_id!("exchange-exported-by-recovery")),
            Actor::System => String::new(),
        };
        let now = jiff::Zoned::now().datetime();
        let day = |d: jiff::civil::Date| d.strftime("%d/%m/%Y").to_string();
        let arg =
            |k: &'static str, d: jiff::civil::Date| (k, passerelle_locales::Value::from(day(d)));
        let period = match (r.from, r.to) {
            (Some(a), Some(b)) => t.t_args(
                fluent_id!("exchange-period-between"),
                &[arg("from", a), arg("to", b)],
            ),
            (Some(a), None) => t.t_args(fluent_id!("exchange-period-from"), &[arg("from", a)]),
            (None, Some(b)) => t.t_args(fluent_id!("exchange-period-to"), &[arg("to", b)]),
            (None, None) => t.t(fluent_id!("exchange-period-all")),
        };
        let mediator = r.mediator.as_ref().map_or_else(
            || t.t(fluent_id!("exchange-mediator-all")),
            |m| m.name.clone(),
        );
        vec![
            (t.t(fluent_id!("exchange-exported-by")), who),
            (
                t.t(fluent_id!("exchange-exported-at")),
                now.strftime("%d/%m/%Y %H:%M").to_string(),
            ),
            (t.t(fluent_id!("exchange-filter-period")), period),
            (
                t.t(fluent_id!("exchange-filter-place")),
                r.place
                    .as_ref()
                    .map_or_else(|| t.t(fluent_id!("exchange-place-all")), |p| p.name.clone()),
            ),
            (t.t(fluent_id!("exchange-filter-mediator")), mediator),
            (
                t.t(fluent_id!("exchange-filter-type")),
                r.kind.map_or_else(
                    || t.t(fluent_id!("exchange-type-all")),
                    |k| t.t(k.label_id()),
                ),
            ),
        ]
    }
}

fn xlsx(e: rust_xlsxwriter::XlsxError) -> StoreError {
    match e {
        rust_xlsxwriter::XlsxError::IoError(io) => {
            StoreError::Core(crate::CoreError::io(PathBuf::new(), io))
        }
        other => StoreError::Internal(format!("xlsx: {other}")),
    }
}

/// Creates `path` (never replacing a file), filling it under a temporary name in the same
/// folder, synced, then renamed into place. On any error nothing is left behind.
fn write_new<T>(
    path: &Path,
    fill: impl FnOnce(&mut File) -> Result<T, StoreError>,
) -> Result<T, StoreError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or(invalid("path"))?;
    // Claim the name first: two writers, or a file that appeared meanwhile, are refused.
    match OpenOptions::new().write(true).create_new(true).open(path) {
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            return Err(StoreError::FileExists)
        }
        Err(e) => return Err(StoreError::io(path, e)),
    }
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let result = (|| {
        let mut f = OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .open(&tmp)
            .map_err(|e| StoreError::io(&tmp, e))?;
        let out = fill(&mut f)?;
        f.sync_all().map_err(|e| StoreError::io(&tmp, e))?;
        drop(f);
        std::fs::rename(&tmp, path).map_err(|e| StoreError::io(path, e))?;
        sync_dir(dir).map_err(|e| StoreError::io(dir, e))?;
        Ok(out)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
        let _ = std::fs::remove_file(path);
    }
    result
}

/// Where rows go: sheets of a workbook, or one CSV table.
trait Sink {
    fn start_sheet(
        &mut self,
        name: &str,
        heading: &[(String, String)],
        header: &[&str],
    ) -> Result<(), StoreError>;
    fn row(&mut self, cells: &[Cell]) -> Result<(), StoreError>;
}

struct CsvSink<'f> {
    w: BufWriter<&'f mut File>,
}

impl CsvSink<'_> {
    fn line<'a>(
        &mut self,
        cells: impl Iterator<Item = std::borrow::Cow<'a, str>>,
    ) -> Result<(), StoreError> {
        let mut line = String::new();
        for (i, c) in cells.enumerate() {
            if i > 0 {
                line.push(journal_csv::SEPARATOR);
            }
            line.push_str(&journal_csv::cell(&c));
        }
        line.push_str("\r\n");
        self.w
            .write_all(line.as_bytes())
            .map_err(|e| StoreError::io(PathBuf::new(), e))
    }
}

impl Sink for CsvSink<'_> {
    fn start_sheet(
        &mut self,
        _name: &str,
        heading: &[(String, String)],
        header: &[&str],
    ) -> Result<(), StoreError> {
        self.w
            .write_all("\u{feff}".as_bytes())
            .map_err(|e| StoreError::io(PathBuf::new(), e))?;
        for (k, v) in heading {
            self.line([k.as_str().into(), v.as_str().into()].into_iter())?;
        }
        self.line(std::iter::empty())?;
        self.line(header.iter().map(|h| (*h).into()))
    }

    fn row(&mut self, cells: &[Cell]) -> Result<(), StoreError> {
        self.line(cells.iter().map(|c| c.text().into()))
    }
}

struct XlsxSink {
    wb: rust_xlsxwriter::Workbook,
    sheet: usize,
    next_row: u32,
    bold: rust_xlsxwriter::Format,
    date: rust_xlsxwriter::Format,
    date_time: rust_xlsxwriter::Format,
}

impl XlsxSink {
    fn new(tempdir: &Path) -> Result<Self, StoreError> {
        use rust_xlsxwriter::{Format, Workbook};
        let mut wb = Workbook::new();
        // Constant-memory sheets spill rows to temporary files: in the destination folder.
        wb.set_tempdir(tempdir).map_err(xlsx)?;
        Ok(XlsxSink {
            wb,
            sheet: 0,
            next_row: 0,
            bold: Format::new().set_bold(),
            date: Format::new().set_num_format("dd/mm/yyyy"),
            date_time: Format::new().set_num_format("dd/mm/yyyy hh:mm"),
        })
    }
}

impl Sink for XlsxSink {
    fn start_sheet(
        &mut self,
        name: &str,
        heading: &[(String, String)],
        header: &[&str],
    ) -> Result<(), StoreError> {
        let ws = self.wb.add_worksheet_with_constant_memory().map_err(xlsx)?;
        ws.set_name(name).map_err(xlsx)?;
        for (col, width) in [
            (0u16, 16.0),
            (1, 16.0),
            (2, 16.0),
            (3, 18.0),
            (6, 24.0),
            (16, 40.0),
        ] {
            ws.set_column_width(col, width).map_err(xlsx)?;
        }
        let mut row = 0u32;
        for (k, v) in heading {
            ws.write_string_with_format(row, 0, k, &self.bold)
                .map_err(xlsx)?;
            ws.write_string(row, 1, v).map_err(xlsx)?;
            row += 1;
        }
        row += 1;
        for (c, h) in header.iter().enumerate() {
            ws.write_string_with_format(row, c as u16, *h, &self.bold)
                .map_err(xlsx)?;
        }
        self.sheet = self.wb.worksheets().len() - 1;
        self.next_row = row + 1;
        Ok(())
    }

    fn row(&mut self, cells: &[Cell]) -> Result<(), StoreError> {
        let ws = self.wb.worksheet_from_index(self.sheet).map_err(xlsx)?;
        let r = self.next_row;
        for (c, cell) in cells.iter().enumerate() {
            let c = c as u16;
            match cell {
                Cell::Text(s) if s.is_empty() => {}
                Cell::Text(s) => {
                    ws.write_string(r, c, s).map_err(xlsx)?;
                }
                Cell::Int(i) => {
                    ws.write_number(r, c, *i as f64).map_err(xlsx)?;
                }
                Cell::Date(d) => {
                    let x = rust_xlsxwriter::ExcelDateTime::from_ymd(
                        d.year() as u16,
                        d.month() as u8,
                        d.day() as u8,
                    )
                    .map_err(xlsx)?;
                    ws.write_datetime_with_format(r, c, &x, &self.date)
                        .map_err(xlsx)?;
                }
                Cell::DateTime(dt) => {
                    let x = rust_xlsxwriter::ExcelDateTime::from_ymd(
                        dt.year() as u16,
                        dt.month() as u8,
                        dt.day() as u8,
                    )
                    .and_then(|x| x.and_hms(dt.hour() as u16, dt.minute() as u8, dt.second()))
                    .map_err(xlsx)?;
                    ws.write_datetime_with_format(r, c, &x, &self.date_time)
                        .map_err(xlsx)?;
                }
            }
        }
        self.next_row += 1;
        Ok(())
    }
}

/// The `WHERE` clause of the filter for table alias `a` (values bound, never spliced).
fn where_clause(a: &str, r: &Resolved) -> (String, Vec<Value>) {
    let mut clauses = vec![format!("{a}.deleted_at IS NULL")];
    let mut values = Vec::new();
    if let Some(d) = r.from {
        clauses.push(format!("{a}.date >= ?"));
        values.push(Value::Text(d.to_string()));
    }
    if let Some(d) = r.to {
        clauses.push(format!("{a}.date <= ?"));
        values.push(Value::Text(d.to_string()));
    }
    if let Some(p) = &r.place {
        clauses.push(format!("{a}.place_id = ?"));
        values.push(Value::Text(p.id.to_string()));
    }
    if let Some(m) = &r.mediator {
        clauses.push(format!(
            "({a}.staff_id IN (SELECT value FROM json_each(?)) \
             OR {a}.mediator_name IN (SELECT value FROM json_each(?)))"
        ));
        values.push(Value::Text(
            serde_json::to_string(&m.staff).unwrap_or_default(),
        ));
        values.push(Value::Text(
            serde_json::to_string(&m.imported).unwrap_or_default(),
        ));
    }
    (clauses.join(" AND "), values)
}

/// A participant's profile as stored.
#[derive(Debug, Clone, Default)]
struct Person {
    named: bool,
    first: String,
    last: String,
    birth_year: Option<u16>,
    gender: Option<String>,
    status: Option<String>,
    commune: String,
    postal_code: String,
    insee_code: String,
    age: Option<String>,
}

const PERSON_COLUMNS: &str = "p.anonymous, p.first_name, p.last_name, p.birth_year, p.gender,
    p.social_status, p.commune, p.postal_code, p.insee_code, p.age_bracket";

fn person_at(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<Option<Person>> {
    let anonymous: Option<bool> = r.get(i)?;
    let Some(anonymous) = anonymous else {
        return Ok(None);
    };
    Ok(Some(Person {
        named: !anonymous,
        first: r.get(i + 1)?,
        last: r.get(i + 2)?,
        birth_year: r.get(i + 3)?,
        gender: r.get(i + 4)?,
        status: r.get(i + 5)?,
        commune: r.get(i + 6)?,
        postal_code: r.get(i + 7)?,
        insee_code: r.get(i + 8)?,
        age: r.get(i + 9)?,
    }))
}

/// What an activity's rows share.
#[derive(Debug, Clone)]
struct Activity {
    id: String,
    import_ref: Option<String>,
    date: String,
    created_at: i64,
    updated_at: i64,
    staff: Option<String>,
    mediator_name: String,
    canal: Option<String>,
    place: Option<String>,
    duration: i64,
    equipment: String,
    themes: String,
    tags: Option<String>,
}

/// The columns every activity has (sessions and workshops alike, since migration 10), for
/// table alias `a`, with its tags by name.
fn activity_columns(tag_table: &str, tag_key: &str) -> String {
    format!(
        "a.id, a.import_ref, a.date, a.created_at, a.updated_at, a.staff_id, a.mediator_name,
         a.canal, a.place_id, a.duration_min, a.equipment, a.themes,
         (SELECT group_concat(t.name, ', ') FROM {tag_table} x JOIN tag t ON t.id = x.tag_id
          WHERE x.{tag_key} = a.id)"
    )
}

fn activity(r: &rusqlite::Row<'_>) -> rusqlite::Result<Activity> {
    Ok(Activity {
        id: r.get(0)?,
        import_ref: r.get(1)?,
        date: r.get(2)?,
        created_at: r.get(3)?,
        updated_at: r.get(4)?,
        staff: r.get(5)?,
        mediator_name: r.get(6)?,
        canal: r.get(7)?,
        place: r.get(8)?,
        duration: r.get(9)?,
        equipment: r.get(10)?,
        themes: r.get(11)?,
        tags: r.get(12)?,
    })
}

struct SessionRow {
    a: Activity,
    procedure_themes: String,
    procedure_name: String,
    autonomy: Option<String>,
    referral: Option<String>,
    referral_to: String,
    person: Option<Person>,
}

struct WorkshopRow {
    a: Activity,
    title: String,
    level: Option<String>,
    anonymous: i64,
    by_gender: String,
    by_age: String,
    by_status: String,
}

/// Turns stored rows into cells, with labels and names looked up once.
struct Exporter<'s> {
    conn: &'s Connection,
    v: &'s Vocabulary,
    r: &'s Resolved,
    staff: HashMap<String, String>,
    places: HashMap<String, Place>,
    tz: jiff::tz::TimeZone,
    anonymous: String,
    yes: String,
    no: String,
    rows: u64,
}

impl<'s> Exporter<'s> {
    fn new(s: &'s Session, v: &'s Vocabulary, r: &'s Resolved) -> Result<Self, StoreError> {
        Ok(Exporter {
            conn: &s.conn,
            v,
            r,
            staff: s
                .staff()
                .into_iter()
                .map(|m| (m.id.to_string(), m.display_name))
                .collect(),
            places: settings::places(&s.conn)?
                .into_iter()
                .map(|p| (p.id.to_string(), p))
                .collect(),
            tz: jiff::tz::TimeZone::try_system().unwrap_or(jiff::tz::TimeZone::UTC),
            anonymous: v.t.t(ANONYMOUS_ID),
            yes: v.t.t(fluent_id!("exchange-yes")),
            no: v.t.t(fluent_id!("exchange-no")),
            rows: 0,
        })
    }

    fn wants(&self, k: ActivityType) -> bool {
        self.r.kind.is_none_or(|x| x == k)
    }

    /// Rows the export will write (to decide whether sheets split by year).
    fn total(&self) -> Result<u64, StoreError> {
        let mut n = 0i64;
        if self.wants(ActivityType::Individual) {
            let (w, values) = where_clause("a", self.r);
            n += self.conn.query_row(
                &format!("SELECT count(*) FROM support_session a WHERE {w}"),
                rusqlite::params_from_iter(values.iter()),
                |r| r.get::<_, i64>(0),
            )?;
        }
        if self.wants(ActivityType::Workshop) {
            let (w, values) = where_clause("a", self.r);
            n += self.conn.query_row(
                &format!(
                    "SELECT coalesce(sum(a.anonymous + (SELECT count(*) FROM workshop_participant
                         wp WHERE wp.workshop_id = a.id)), 0) FROM workshop a WHERE {w}"
                ),
                rusqlite::params_from_iter(values.iter()),
                |r| r.get::<_, i64>(0),
            )?;
        }
        Ok(n.max(0) as u64)
    }

    fn local(&self, ms: i64) -> Cell {
        jiff::Timestamp::from_millisecond(ms)
            .map(|t| Cell::DateTime(t.to_zoned(self.tz.clone()).datetime()))
            .unwrap_or_else(|_| text(""))
    }

    fn labels<T: Copy + PartialEq>(
        &self,
        codes: &str,
        parse: fn(&str) -> Option<T>,
        label: impl Fn(T) -> String,
    ) -> Vec<String> {
        codes.split(',').filter_map(parse).map(label).collect()
    }

    /// The activity's columns; the participant's are filled after.
    fn activity_cells(&self, a: &Activity, kind: Kind, participants: i64) -> Vec<Cell> {
        let v = self.v;
        let date = a
            .date
            .parse::<jiff::civil::Date>()
            .map_or_else(|_| text(a.date.clone()), Cell::Date);
        let mediator = a
            .staff
            .as_ref()
            .and_then(|s| self.staff.get(s).cloned())
            .unwrap_or_else(|| a.mediator_name.clone());
        let canal = match a.canal.as_deref().and_then(Canal::parse) {
            Some(c) => v.canal.label(c).to_owned(),
            // A workshop recorded here has no canal: at its place, if it has one.
            None if a.place.is_some() => v.canal.label(Canal::Place).to_owned(),
            None => String::new(),
        };
        let place = a.place.as_ref().and_then(|p| self.places.get(p));
        let place_text = |f: fn(&Place) -> &String| text(place.map_or("", |p| f(p).as_str()));
        let type_label = match kind {
            Kind::Workshop => v.t.t(ActivityType::Workshop.label_id()),
            _ => v.t.t(ActivityType::Individual.label_id()),
        };
        vec![
            date,
            self.local(a.created_at),
            self.local(a.updated_at),
            text(mediator),
            text(type_label),
            Cell::Int(participants),
            text(""),
            text(canal),
            place_text(|p| &p.name),
            place_text(|p| &p.address),
            place_text(|p| &p.commune),
            place_text(|p| &p.postal_code),
            place_text(|p| &p.insee_code),
            Cell::Int(a.duration),
            text(""),
            text(
                self.labels(&a.equipment, Equipment::parse, |e| {
                    v.equipment.label(e).to_owned()
                })
                .join(", "),
            ),
            text(
                self.labels(&a.themes, Theme::parse, |t| {
                    v.topic.label(Topic::Theme(t)).to_owned()
                })
                .join(", "),
            ),
            text(a.tags.clone().unwrap_or_default()),
            text(""),
            text(""),
            text(""),
            text(""),
            text(""),
            text(""),
            text(""),
            text(""),
            text(""),
            text(""),
            text(a.import_ref.clone().unwrap_or_else(|| a.id.clone())),
        ]
    }

    /// Fills the participant's columns.
    fn participant(
        &self,
        cells: &mut [Cell],
        name: Option<String>,
        commune: [&str; 3],
        gender: Option<Gender>,
        age: Option<AgeBracket>,
        status: Option<SocialStatus>,
    ) {
        let v = self.v;
        cells[6] = text(name.unwrap_or_else(|| self.anonymous.clone()));
        cells[22] = text(commune[0]);
        cells[23] = text(commune[1]);
        cells[24] = text(commune[2]);
        cells[25] = text(v.gender.label(gender.unwrap_or(Gender::Undisclosed)));
        cells[26] = text(v.age.label(age.unwrap_or(AgeBracket::Undisclosed)));
        cells[27] = text(v.status.label(status.unwrap_or(SocialStatus::Undisclosed)));
    }

    fn person(&self, cells: &mut [Cell], year: i32, p: Option<&Person>) {
        let Some(p) = p else {
            self.participant(cells, None, ["", "", ""], None, None, None);
            return;
        };
        let name = p
            .named
            .then(|| format!("{} {}", p.first, p.last).trim().to_owned());
        let age = match p.birth_year {
            Some(_) => Some(AgeBracket::of(p.birth_year, year)),
            None => p.age.as_deref().and_then(AgeBracket::parse),
        };
        self.participant(
            cells,
            name,
            [&p.commune, &p.postal_code, &p.insee_code],
            p.gender.as_deref().and_then(Gender::parse),
            age,
            p.status.as_deref().and_then(SocialStatus::parse),
        );
    }

    fn session_cells(&self, s: &SessionRow) -> Vec<Cell> {
        let v = self.v;
        let mut cells = self.activity_cells(&s.a, Kind::Individual, 1);
        let procedures = self.labels(&s.procedure_themes, ProcedureTheme::parse, |p| {
            v.topic.label(Topic::Procedure(p)).to_owned()
        });
        if let Cell::Text(themes) = &mut cells[16] {
            for p in procedures {
                if !themes.is_empty() {
                    themes.push_str(", ");
                }
                themes.push_str(&p);
            }
        }
        cells[18] = text(s.procedure_name.clone());
        cells[19] = text(
            s.autonomy
                .as_deref()
                .and_then(Autonomy::parse)
                .map_or(String::new(), |a| format!("{}/3", a.level())),
        );
        let referral = s.referral.as_deref().and_then(ReferralCategory::parse);
        cells[20] = text(if referral.is_some() {
            &self.yes
        } else {
            &self.no
        });
        cells[21] = text(match referral {
            Some(ReferralCategory::Other) if !s.referral_to.is_empty() => s.referral_to.clone(),
            Some(r) => v.referral.label(r).to_owned(),
            None => String::new(),
        });
        let year = s.a.date.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0);
        self.person(&mut cells, year, s.person.as_ref());
        cells
    }

    /// One row per participant: the named ones, then the anonymous ones with their counts
    /// spread over the rows (what is not broken down is "Non communiqué").
    fn workshop_rows(
        &self,
        w: &WorkshopRow,
        mut each: impl FnMut(Vec<Cell>) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {PERSON_COLUMNS} FROM workshop_participant wp JOIN person p
             ON p.id = wp.person_id WHERE wp.workshop_id = ?1 ORDER BY wp.rowid"
        ))?;
        let named: Vec<Person> = st
            .query_map([&w.a.id], |r| person_at(r, 0))?
            .filter_map(|r| r.transpose())
            .collect::<Result<_, _>>()?;
        let total = named.len() as i64 + w.anonymous;
        let mut base = self.activity_cells(&w.a, Kind::Workshop, total);
        base[14] = text(w.title.clone());
        base[19] = text(w.level.as_deref().and_then(WorkshopLevel::parse).map_or(
            String::new(),
            |l| {
                let n = WorkshopLevel::ALL.iter().position(|x| *x == l).unwrap_or(0) + 1;
                format!("{n}/3")
            },
        ));
        let year = w.a.date.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0);
        for p in &named {
            let mut cells = base.clone();
            self.person(&mut cells, year, Some(p));
            each(cells)?;
        }
        fn spread<K: Copy>(json: &str, parse: fn(&str) -> Option<K>) -> Vec<K> {
            let counts: Vec<(String, u16)> = serde_json::from_str(json).unwrap_or_default();
            counts
                .iter()
                .filter_map(|(k, n)| parse(k).map(|k| std::iter::repeat_n(k, usize::from(*n))))
                .flatten()
                .collect()
        }
        let genders = spread(&w.by_gender, Gender::parse);
        let ages = spread(&w.by_age, AgeBracket::parse);
        let statuses = spread(&w.by_status, SocialStatus::parse);
        for i in 0..w.anonymous.max(0) as usize {
            let mut cells = base.clone();
            self.participant(
                &mut cells,
                None,
                ["", "", ""],
                genders.get(i).copied(),
                ages.get(i).copied(),
                statuses.get(i).copied(),
            );
            each(cells)?;
        }
        Ok(())
    }

    /// Every row, in date order (then by recording time), into `sink`; sheets split by year
    /// when `split`, and at `capacity` rows. Returns the sheets' names.
    fn run(
        &mut self,
        sink: &mut dyn Sink,
        heading: &[(String, String)],
        split: bool,
        capacity: u64,
    ) -> Result<Vec<String>, StoreError> {
        let header = national_headers();
        let mut sheets: Vec<String> = Vec::new();
        let mut sheet_year: Option<String> = None;
        let mut in_sheet = 0u64;
        let base_name = self.v.t.t(fluent_id!("exchange-sheet-name"));
        let mut emit = |sheets: &mut Vec<String>, date: &str, cells: Vec<Cell>| {
            let year = date.get(..4).unwrap_or("").to_owned();
            let new_sheet = sheets.is_empty()
                || in_sheet >= capacity
                || (split && sheet_year.as_deref() != Some(year.as_str()));
            if new_sheet {
                let name = if !split {
                    match sheets.len() {
                        0 => base_name.clone(),
                        n => format!("{base_name} ({})", n + 1),
                    }
                } else {
                    let same_year = sheets
                        .iter()
                        .filter(|s| s.split(' ').next() == Some(year.as_str()))
                        .count();
                    match same_year {
                        0 => year.clone(),
                        n => format!("{year} ({})", n + 1),
                    }
                };
                sink.start_sheet(&name, heading, &header)?;
                sheets.push(name);
                sheet_year = Some(year);
                in_sheet = 0;
            }
            in_sheet += 1;
            sink.row(&cells)
        };

        let (w, values) = where_clause("a", self.r);
        let session_sql = format!(
            "SELECT {}, a.procedure_themes, a.procedure_name, a.autonomy, a.referral,
                 a.referral_to, {PERSON_COLUMNS}
             FROM support_session a LEFT JOIN person p ON p.id = a.person_id
             WHERE {w} ORDER BY a.date, a.created_at, a.id",
            activity_columns("support_session_tag", "session_id")
        );
        let workshop_sql = format!(
            "SELECT {}, a.title, a.level, a.anonymous, a.anonymous_by_gender, a.anonymous_by_age,
                 a.anonymous_by_status
             FROM workshop a WHERE {w} ORDER BY a.date, a.created_at, a.id",
            activity_columns("workshop_tag", "workshop_id")
        );
        let mut sst = self.conn.prepare(&session_sql)?;
        let mut wst = self.conn.prepare(&workshop_sql)?;
        let mut sessions = sst.query_map(rusqlite::params_from_iter(values.iter()), |r| {
            Ok(SessionRow {
                a: activity(r)?,
                procedure_themes: r.get(13)?,
                procedure_name: r.get(14)?,
                autonomy: r.get(15)?,
                referral: r.get(16)?,
                referral_to: r.get(17)?,
                person: person_at(r, 18)?,
            })
        })?;
        let mut workshops = wst.query_map(rusqlite::params_from_iter(values.iter()), |r| {
            Ok(WorkshopRow {
                a: activity(r)?,
                title: r.get(13)?,
                level: r.get(14)?,
                anonymous: r.get(15)?,
                by_gender: r.get(16)?,
                by_age: r.get(17)?,
                by_status: r.get(18)?,
            })
        })?;
        let with_sessions = self.wants(ActivityType::Individual);
        let with_workshops = self.wants(ActivityType::Workshop);
        let mut next_session = match with_sessions {
            true => sessions.next().transpose()?,
            false => None,
        };
        let mut next_workshop = match with_workshops {
            true => workshops.next().transpose()?,
            false => None,
        };
        let key = |a: &Activity| (a.date.clone(), a.created_at);
        let mut rows = 0u64;
        loop {
            let workshop_first = match (&next_session, &next_workshop) {
                (None, None) => break,
                (Some(_), None) => false,
                (None, Some(_)) => true,
                (Some(s), Some(w)) => key(&w.a) < key(&s.a),
            };
            if workshop_first {
                let wr = next_workshop.take().expect("checked above");
                self.workshop_rows(&wr, |cells| {
                    rows += 1;
                    emit(&mut sheets, &wr.a.date, cells)
                })?;
                next_workshop = workshops.next().transpose()?;
            } else {
                let sr = next_session.take().expect("checked above");
                rows += 1;
                emit(&mut sheets, &sr.a.date, self.session_cells(&sr))?;
                next_session = sessions.next().transpose()?;
            }
        }
        if sheets.is_empty() {
            sink.start_sheet(&base_name, heading, &header)?;
            sheets.push(base_name);
        }
        self.rows = rows;
        Ok(sheets)
    }
}
