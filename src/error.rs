//! The library's error type. Every variant carries the context a user needs to
//! act on it (the file, the line, what to do next).

use std::path::PathBuf;

/// A row-level problem found while validating an input file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// The file as the user named it.
    pub file: String,
    /// 1-based line number of the record (the header is line 1).
    pub line: u64,
    /// The column (field) at fault, or `row` when the whole row is at fault.
    pub column: String,
    /// What is wrong, lowercase, no final period.
    pub message: String,
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}: {}", self.file, self.line, self.column, self.message)
    }
}

/// How many invalid rows an error message lists in full.
pub const ROW_ERRORS_SHOWN: usize = 100;

/// Errors of the chokepoint library.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// SQLite failed.
    #[error("database error: {0}")]
    Sqlite(rusqlite::Error),
    /// A value in the database has an unexpected type.
    #[error("database value: {0}")]
    SqlValue(#[from] rusqlite::types::FromSqlError),
    /// Reading or writing a file failed.
    #[error("{path}: {}", io_message(.error))]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        error: std::io::Error,
    },
    /// The data holds nothing to analyse under the options given.
    #[error("{0}")]
    NoData(String),
    /// The database file exists but is not a SQLite database.
    #[error(
        "{0}: not a SQLite database (a directory, or an encrypted or damaged file); give a chokepoint database, or a new file name to create one"
    )]
    NotADatabase(PathBuf),
    /// No database at the given path, for a command that only reads.
    #[error(
        "no database at {0}; create it with 'chokepoint import --db {0} datasets/demo' (or your own files), or leave out --db to use the embedded demo"
    )]
    NoDatabase(PathBuf),
    /// The database was written by a newer chokepoint.
    #[error("{path}: schema version {found} is newer than this chokepoint knows (up to {known}); upgrade chokepoint")]
    SchemaTooNew {
        /// The file.
        path: PathBuf,
        /// Its `user_version`.
        found: i64,
        /// The newest version this build knows.
        known: i64,
    },
    /// A whole input file is unusable (missing, empty, not UTF-8, not CSV, unknown kind).
    #[error("{path}: {message}")]
    BadFile {
        /// The file as the user named it.
        path: String,
        /// What is wrong and what to do.
        message: String,
    },
    /// Some rows are invalid; nothing was written.
    #[error("{}", format_invalid_rows(.errors, *.total))]
    InvalidRows {
        /// The first [`ROW_ERRORS_SHOWN`] errors in full.
        errors: Vec<RowError>,
        /// How many errors there were in all.
        total: usize,
    },
    /// A bad value given on the command line or in a query (selector, filter, option).
    #[error("{0}")]
    Usage(String),
}

fn format_invalid_rows(errors: &[RowError], total: usize) -> String {
    let mut s = format!(
        "{total} invalid row{}; nothing was imported (fix them, or rerun with --skip-invalid to load the good rows)",
        if total == 1 { "" } else { "s" }
    );
    for e in errors {
        s.push_str("\n  ");
        s.push_str(&e.to_string());
    }
    if total > errors.len() {
        s.push_str(&format!("\n  ... and {} more", total - errors.len()));
    }
    s
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Error {
        Error::Sqlite(e)
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What an I/O error on a user's file means, and what to do where that is
/// clear (a missing file, a directory given for a file).
pub fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file; check the path".into(),
        std::io::ErrorKind::IsADirectory => "a directory, not a file; give a file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied; check the file's permissions".into(),
        _ => e.to_string(),
    }
}
