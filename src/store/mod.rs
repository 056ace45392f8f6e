//! The store: one SQLite file per investigation (or an in-memory database
//! holding the embedded demo). Only this module talks to SQLite; the rest of
//! the crate sees typed rows.

pub mod import;
pub mod lists;
pub mod mapping;
mod read;
pub mod schema;
mod stats;
pub mod unix_lines;

pub use import::{ImportOptions, ImportReport, InputFile, KindCounts};
pub use read::{EntityDetails, EntityTable, FindingRecord, FlowRecord, LinkRecord, ShipmentRecord, ShipmentRef};
pub use stats::Stats;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, ErrorCode, OpenFlags};

use crate::error::{Error, Result};

/// The embedded demo network (`datasets/demo/`), compiled into the binary.
pub const DEMO_FILES: [(&str, &str); 6] = [
    ("entities.csv", include_str!("../../datasets/demo/entities.csv")),
    ("components.csv", include_str!("../../datasets/demo/components.csv")),
    ("links.csv", include_str!("../../datasets/demo/links.csv")),
    ("findings.csv", include_str!("../../datasets/demo/findings.csv")),
    ("shipments.csv", include_str!("../../datasets/demo/shipments.csv")),
    ("flows.csv", include_str!("../../datasets/demo/flows.csv")),
];

/// A chokepoint database.
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

fn map_open_error(path: &Path, e: rusqlite::Error) -> Error {
    match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => Error::NotADatabase(path.to_path_buf()),
        _ => Error::Sqlite(e),
    }
}

fn no_directory(path: &Path, dir: &Path) -> Error {
    Error::BadFile {
        path: path.display().to_string(),
        message: format!("the directory {} does not exist: create it first, or give another path", dir.display()),
    }
}

impl Store {
    /// Open an existing database; a missing file is [`Error::NoDatabase`].
    pub fn open(path: &Path) -> Result<Store> {
        if !path.exists() {
            return Err(Error::NoDatabase(path.to_path_buf()));
        }
        if path.is_dir() {
            return Err(Error::NotADatabase(path.to_path_buf()));
        }
        let conn =
            Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX)
                .map_err(|e| map_open_error(path, e))?;
        Store::prepare(conn, Some(path))
    }

    /// Open a database, creating it when it does not exist (for imports).
    pub fn open_or_create(path: &Path) -> Result<Store> {
        if path.is_dir() {
            return Err(Error::NotADatabase(path.to_path_buf()));
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty() && !d.is_dir()) {
            return Err(no_directory(path, dir));
        }
        let conn = Connection::open(path).map_err(|e| map_open_error(path, e))?;
        Store::prepare(conn, Some(path))
    }

    /// Import into a database that does not exist yet. The import writes a
    /// temporary file next to `path` without a journal (nothing to roll back
    /// in a new file) and renames it into place when it is complete, so an
    /// interrupted import leaves no database at all, as before it began.
    pub fn import_new(path: &Path, inputs: Vec<InputFile>, opts: &ImportOptions) -> Result<ImportReport> {
        if path.is_dir() {
            return Err(Error::NotADatabase(path.to_path_buf()));
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty() && !d.is_dir()) {
            return Err(no_directory(path, dir));
        }
        let tmp = PathBuf::from(format!("{}.importing", path.display()));
        if tmp.exists() {
            log::warn!("removing {}, left by an interrupted import", tmp.display());
            std::fs::remove_file(&tmp).map_err(|source| Error::Io { path: tmp.clone(), error: source })?;
        }
        let result = (|| {
            let conn = Connection::open(&tmp).map_err(|e| map_open_error(&tmp, e))?;
            conn.pragma_update(None, "page_size", 16384)?;
            conn.pragma_update(None, "journal_mode", "OFF")?;
            conn.pragma_update(None, "synchronous", "OFF")?;
            let mut store = Store::prepare(conn, None)?;
            let report = store.import(inputs, opts)?;
            store.conn.pragma_update(None, "journal_mode", "WAL")?;
            drop(store);
            let file = std::fs::File::open(&tmp).map_err(|source| Error::Io { path: tmp.clone(), error: source })?;
            file.sync_all().map_err(|source| Error::Io { path: tmp.clone(), error: source })?;
            std::fs::rename(&tmp, path).map_err(|source| Error::Io { path: path.to_path_buf(), error: source })?;
            Ok(report)
        })();
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result
    }

    /// A new, empty in-memory database.
    pub fn open_in_memory() -> Result<Store> {
        Store::prepare(Connection::open_in_memory()?, None)
    }

    /// An in-memory database holding the embedded demo network.
    pub fn demo() -> Result<Store> {
        let mut store = Store::open_in_memory()?;
        let inputs = DEMO_FILES
            .iter()
            .map(|(name, text)| InputFile::embedded(&format!("datasets/demo/{name}"), text.as_bytes()))
            .collect::<Result<Vec<_>>>()?;
        store.import(inputs, &ImportOptions::default())?;
        Ok(store)
    }

    fn prepare(mut conn: Connection, path: Option<&Path>) -> Result<Store> {
        let shown = path.unwrap_or(Path::new(":memory:"));
        // Read the version first: on a file that is not a database this is the
        // first statement to fail, before anything is written.
        let found = schema::version(&conn).map_err(|e| map_open_error(shown, e))?;
        if found > schema::VERSION {
            return Err(Error::SchemaTooNew { path: shown.to_path_buf(), found, known: schema::VERSION });
        }
        // Another program's database (tables, and no chokepoint version) is
        // left alone; so is one of ours that lost a table.
        let objects: Vec<(String, String)> = conn
            .prepare("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name")
            .and_then(|mut st| st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect())
            .map_err(|e| map_open_error(shown, e))?;
        let tables: Vec<String> = objects.iter().filter(|(t, _)| t == "table").map(|(_, n)| n.clone()).collect();
        let ours = schema::tables_of(found.max(0));
        let foreign = if found == 0 {
            !objects.is_empty()
        } else {
            !objects.is_empty() && !ours.iter().any(|t| tables.iter().any(|x| x == t))
        };
        if foreign {
            let tables: Vec<String> = objects.iter().map(|(_, n)| n.clone()).collect();
            return Err(Error::BadFile {
                path: shown.display().to_string(),
                message: format!(
                    "a SQLite database of another program (holding {}), not chokepoint's: give --db a new file, \
                     or one chokepoint made",
                    tables.iter().take(5).cloned().collect::<Vec<_>>().join(", ")
                        + if tables.len() > 5 { ", ..." } else { "" }
                ),
            });
        }
        if found > 0 {
            let missing: Vec<&str> = ours.into_iter().filter(|t| !tables.iter().any(|x| x == t)).collect();
            if !missing.is_empty() {
                return Err(Error::BadFile {
                    path: shown.display().to_string(),
                    message: format!(
                        "the chokepoint table{} {} {} missing (another program changed the database): \
                         import your files into a new database",
                        if missing.len() == 1 { "" } else { "s" },
                        missing.join(", "),
                        if missing.len() == 1 { "is" } else { "are" }
                    ),
                });
            }
        }
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        if path.is_some() {
            conn.pragma_update(None, "journal_mode", "WAL").map_err(|e| map_open_error(shown, e))?;
            conn.pragma_update(None, "synchronous", "NORMAL")?;
        }
        conn.pragma_update(None, "foreign_keys", "ON")?;
        if found < schema::VERSION {
            schema::migrate(&mut conn)?;
            schema::refresh_reference(&conn)?;
        }
        Ok(Store { conn, path: path.map(Path::to_path_buf) })
    }

    /// The database file, or `None` for an in-memory store.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Row counts of every record kind and the other store-wide figures.
    pub fn stats(&self) -> Result<Stats> {
        stats::compute(&self.conn)
    }
}
