//! Import and export: people from a spreadsheet (CSV or XLSX), past activities from the
//! national activity tool's XLSX export, and sessions exported in the national column order
//! (XLSX or CSV). See `docs/exchange.md` for the formats.
//!
//! An import is all or nothing: the whole file is read and checked first; if anything is wrong
//! the answer lists every problem (row as the spreadsheet shows it, column, Fluent id) and
//! nothing is written. The file's bytes travel as the raw body of the request (not as JSON).

use crate::vocab::ActivityType;
use serde::{Deserialize, Serialize};

/// Command names of the import and export screens.
pub mod cmd {
    /// Body: the file's bytes; metadata: an [`super::ImportRequest`]. Answer:
    /// [`super::ImportOutcome`].
    pub const IMPORT_FILE: &str = "import_file";
    pub const EXPORT_SESSIONS: &str = "export_sessions";
    /// The file name an export would get (prefills the save dialog).
    pub const EXPORT_SESSIONS_FILE_NAME: &str = "export_sessions_file_name";
    /// The event the shell emits with an [`super::ImportProgress`] while an import runs.
    pub const IMPORT_PROGRESS_EVENT: &str = "import-progress";
}

/// The largest file an import accepts (50 MiB: a year of a whole network's activity in XLSX is
/// a few megabytes).
pub const MAX_IMPORT_BYTES: usize = 50 * 1024 * 1024;

/// At most this many problems are listed (the rest are counted in `more_problems`).
pub const MAX_LISTED_PROBLEMS: usize = 500;

/// What a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ImportKind {
    /// People: Nom, Prénom, Année de naissance, Commune, N° de téléphone, E-mail, Genre,
    /// Notes supplémentaires.
    People,
    /// Past activities, as the national activity tool exports them (one row per participant).
    Activities,
}

/// The metadata of an import; the bytes of the file come as the request body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportRequest {
    pub kind: ImportKind,
    /// The file's name as picked (its extension tells CSV from XLSX). Never journaled.
    pub file_name: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ImportStage {
    /// Reading and checking rows (nothing written yet).
    Validating,
    /// Writing, in one transaction.
    Writing,
}

/// How far an import is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportProgress {
    pub stage: ImportStage,
    /// Rows checked, or records written.
    pub done: u64,
    pub total: u64,
}

/// One thing wrong in a file. Never holds the cell's value (personal data).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportProblem {
    /// The sheet's name, for a workbook of several sheets.
    pub sheet: Option<String>,
    /// The row as the spreadsheet numbers it (the first row is 1).
    pub row: u32,
    /// The column's header as written in the file (or the expected header when it is
    /// missing); `None` for a problem of the whole row or file.
    pub column: Option<String>,
    /// Fluent id of the explanation (`exchange-problem-…`).
    pub problem: String,
}

/// What an import wrote (or would have written).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportCounts {
    /// Data rows read (header and blank rows excluded).
    pub rows: u64,
    /// People created (named, and anonymous profiles kept for statistics).
    pub people_created: u64,
    /// Named participants found among the people already recorded.
    pub people_matched: u64,
    /// People already recorded (same name and year of birth), or activities already imported
    /// (same Identifiant): skipped.
    pub already_present: u64,
    /// Activities written: individual sessions plus workshops.
    pub activities: u64,
    pub individual_sessions: u64,
    pub workshops: u64,
    /// One per participant (a workshop of 10 counts 10).
    pub accompaniments: u64,
    pub places_created: u64,
    pub tags_created: u64,
}

/// The answer of an import: every problem (and nothing written), or what was written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum ImportOutcome {
    Problems {
        problems: Vec<ImportProblem>,
        /// Problems beyond the [`MAX_LISTED_PROBLEMS`] listed.
        more_problems: u64,
        /// Data rows read.
        rows: u64,
    },
    Imported {
        counts: ImportCounts,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    Xlsx,
    /// UTF-8 with a byte-order mark, `;` between cells (what French Excel expects).
    Csv,
}

impl ExportFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Xlsx => "xlsx",
            ExportFormat::Csv => "csv",
        }
    }
}

/// Which sessions an export takes. Every criterion is optional; deleted sessions never count.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionsFilter {
    /// First day, `YYYY-MM-DD`, included.
    pub from: Option<String>,
    /// Last day, `YYYY-MM-DD`, included.
    pub to: Option<String>,
    /// A place's id.
    pub place: Option<String>,
    /// A mediator's name as the export writes it: a staff member's display name, or the name
    /// an imported activity came with.
    pub mediator: Option<String>,
    pub activity_type: Option<ActivityType>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportSessionsRequest {
    pub format: ExportFormat,
    pub filter: SessionsFilter,
    /// Absolute path of the new file, or of a folder (the default file name is then used).
    /// An existing file is never replaced.
    pub path: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportFileNameRequest {
    pub format: ExportFormat,
    pub filter: SessionsFilter,
}

/// What an export wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportSummary {
    pub path: String,
    /// Data rows (one per participant), header and heading block excluded.
    pub rows: u64,
    /// The sheets' names (XLSX; a CSV file has one "sheet").
    pub sheets: Vec<String>,
}
