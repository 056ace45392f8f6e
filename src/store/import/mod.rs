//! CSV import of the six record kinds: recognise each file, validate every row,
//! and upsert the good ones, all in one transaction. A bad row aborts the
//! import (nothing is written) unless `skip_invalid` is set, in which case the
//! rejected rows go to a rejects file with their reasons.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

use rusqlite::{Transaction, params};
use rustc_hash::{FxHashMap, FxHashSet};

/// Entity ids known to the import (in the database or validated earlier in it).
pub(super) type Ids = FxHashSet<Box<str>>;
use serde::Serialize;

mod batch;
mod rows;

use batch::{BATCH_ROWS, Batch, FileContext};
use rows::{Bind, Cells, EntityChildren, check_row, upsert_sql};

use super::Store;
use crate::error::{Error, ROW_ERRORS_SHOWN, Result, RowError};
use crate::model::RecordKind;

/// Files larger than this get a progress bar (when standard error is a terminal).
const PROGRESS_MIN_BYTES: u64 = 8 << 20;

/// SQLite page cache during imports, in KiB.
const IMPORT_CACHE_KIB: i64 = 48 * 1024;

/// How an import treats invalid rows.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// Load the good rows and reject the bad ones instead of aborting.
    pub skip_invalid: bool,
    /// Where rejected rows are written (CSV: file, line, column, reason, record).
    pub rejects: Option<PathBuf>,
    /// Show a progress bar for large files.
    pub progress: bool,
}

/// What an import did to one record kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct KindCounts {
    /// New rows.
    pub inserted: u64,
    /// Rows whose id existed with different content.
    pub updated: u64,
    /// Rows already present with the same content.
    pub unchanged: u64,
    /// Invalid rows left out (`skip_invalid`).
    pub rejected: u64,
}

/// The outcome of an import.
#[derive(Debug, Clone, Default)]
pub struct ImportReport {
    /// Counts per record kind, for the kinds that were imported.
    pub counts: BTreeMap<RecordKind, KindCounts>,
    /// Things the user should know: skipped files, header-only files.
    pub warnings: Vec<String>,
}

/// Where an input file's bytes come from.
#[derive(Debug, Clone)]
enum InputData {
    Path(PathBuf),
    Embedded(&'static [u8]),
    Owned(std::sync::Arc<Vec<u8>>),
}

/// One file to import, with its recognised record kind.
#[derive(Debug, Clone)]
pub struct InputFile {
    /// The name used in messages (the path as the user gave it).
    pub name: String,
    /// The record kind.
    pub kind: RecordKind,
    data: InputData,
    len: u64,
}

impl InputFile {
    /// A file compiled into the binary, recognised by its name or header.
    pub fn embedded(name: &str, bytes: &'static [u8]) -> Result<InputFile> {
        let kind = recognise(name, bytes)?.ok_or_else(|| unknown_kind(name))?;
        Ok(InputFile { name: name.to_string(), kind, data: InputData::Embedded(bytes), len: bytes.len() as u64 })
    }

    /// Records made in memory (by a mapping) under a name for messages.
    pub fn in_memory(name: &str, kind: RecordKind, bytes: Vec<u8>) -> InputFile {
        let len = bytes.len() as u64;
        InputFile { name: name.to_string(), kind, data: InputData::Owned(std::sync::Arc::new(bytes)), len }
    }

    fn open(&self) -> Result<Box<dyn Read + Send + '_>> {
        Ok(match &self.data {
            InputData::Path(p) => Box::new(BufReader::with_capacity(
                1 << 16,
                File::open(p).map_err(|source| Error::Io { path: p.clone(), error: source })?,
            )),
            InputData::Embedded(b) => Box::new(*b),
            InputData::Owned(b) => Box::new(std::io::Cursor::new(b.as_slice())),
        })
    }
}

fn unknown_kind(name: &str) -> Error {
    Error::BadFile {
        path: name.to_string(),
        message: "not a chokepoint record file: name it entities.csv, components.csv, links.csv, findings.csv, \
                  shipments.csv or flows.csv, or give it the header of one of them (see 'chokepoint import --help')"
            .into(),
    }
}

/// The kind of a file from its name, else from its header line. `Ok(None)` when neither fits.
fn recognise(name: &str, head: &[u8]) -> Result<Option<RecordKind>> {
    let file_name = Path::new(name).file_name().and_then(|n| n.to_str()).unwrap_or(name);
    if let Some(kind) = RecordKind::from_file_name(file_name) {
        // Named as records, but no text (a workbook saved under the name).
        if let Some(what) = crate::store::unix_lines::not_text(head) {
            return Err(Error::BadFile { path: format!("{name}:1"), message: what.into() });
        }
        return Ok(Some(kind));
    }
    let mut rdr = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(head);
    let mut rec = csv::StringRecord::new();
    match rdr.read_record(&mut rec) {
        Ok(true) => Ok(RecordKind::from_header(rec.iter())),
        _ => Ok(None),
    }
}

fn read_head(path: &Path) -> Result<Vec<u8>> {
    let mut buf = vec![0u8; 4096];
    let mut f = File::open(path).map_err(|source| Error::Io { path: path.to_path_buf(), error: source })?;
    let n = f.read(&mut buf).map_err(|source| Error::Io { path: path.to_path_buf(), error: source })?;
    buf.truncate(n);
    Ok(buf)
}

/// Resolve command-line paths into input files in dependency order. A
/// directory contributes every file it holds whose kind is recognised; the
/// others are named in `warnings` and skipped.
pub fn collect_inputs(paths: &[PathBuf], warnings: &mut Vec<String>) -> Result<Vec<InputFile>> {
    let mut inputs = Vec::new();
    for path in paths {
        let shown = path.display().to_string();
        let meta = std::fs::metadata(path).map_err(|e| Error::BadFile {
            path: shown.clone(),
            message: if e.kind() == std::io::ErrorKind::NotFound {
                "no such file or directory; check the path".into()
            } else {
                e.to_string()
            },
        })?;
        if meta.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
                .map_err(|source| Error::Io { path: path.clone(), error: source })?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file() && !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')))
                .collect();
            entries.sort();
            for p in entries {
                let name = p.display().to_string();
                match recognise(&name, &read_head(&p)?)? {
                    Some(kind) => {
                        let len = std::fs::metadata(&p).map(|m| m.len()).unwrap_or(0);
                        inputs.push(InputFile { name, kind, data: InputData::Path(p), len });
                    }
                    None => warnings.push(format!("skipping {name}: not a chokepoint record file")),
                }
            }
        } else {
            let head = read_head(path)?;
            if let Some(what) = crate::store::unix_lines::not_text(&head) {
                return Err(Error::BadFile { path: format!("{shown}:1"), message: what.into() });
            }
            let kind = recognise(&shown, &head)?.ok_or_else(|| unknown_kind(&shown))?;
            inputs.push(InputFile { name: shown, kind, data: InputData::Path(path.clone()), len: meta.len() });
        }
    }
    inputs.sort_by_key(|f| f.kind);
    Ok(inputs)
}

fn table_count(tx: &Transaction<'_>, kind: RecordKind) -> Result<u64> {
    // Table names come from RecordKind, never from input.
    let n: i64 = tx.query_row(&format!("SELECT count(*) FROM {}", kind.name()), [], |r| r.get(0))?;
    Ok(n as u64)
}

/// Write an inserted or updated entity's aliases, identifiers and lists
/// (replacing the old ones when the entity was in the database before).
fn write_children(tx: &Transaction<'_>, id: &str, ch: &EntityChildren) -> Result<()> {
    if ch.existed {
        for table in ["entity_aliases", "entity_identifiers", "entity_lists"] {
            tx.prepare_cached(&format!("DELETE FROM {table} WHERE entity_id = ?1"))?.execute([id])?;
        }
    }
    let mut a = tx.prepare_cached("INSERT OR IGNORE INTO entity_aliases VALUES (?1, ?2)")?;
    for alias in &ch.aliases {
        a.execute(params![id, alias])?;
    }
    let mut i = tx.prepare_cached("INSERT OR IGNORE INTO entity_identifiers VALUES (?1, ?2, ?3)")?;
    for (scheme, value) in &ch.identifiers {
        i.execute(params![id, scheme, value])?;
    }
    let mut l = tx.prepare_cached("INSERT OR IGNORE INTO entity_lists VALUES (?1, ?2)")?;
    for list in &ch.lists {
        l.execute(params![id, list])?;
    }
    Ok(())
}

/// Keys seen in one import: key -> (content hash, file index, line).
type SeenKeys = FxHashMap<Box<str>, (i64, u32, u64)>;

/// A rejected row, for the rejects file.
struct Rejected {
    error: RowError,
    record: String,
}

/// State shared by the files of one import.
struct Run<'a> {
    opts: &'a ImportOptions,
    known: Ids,
    /// Entity ids in the database when the import began.
    in_db: Ids,
    /// Keys seen in this import per kind: content hash, file index, line.
    seen: FxHashMap<RecordKind, SeenKeys>,
    files: Vec<String>,
    errors: Vec<RowError>,
    error_count: usize,
    rejected: Vec<Rejected>,
    report: ImportReport,
}

impl Run<'_> {
    /// Record a bad row: for the error message, or for the rejects file.
    fn reject(&mut self, errors: Vec<RowError>, rec: &csv::StringRecord) {
        self.error_count += 1;
        if self.opts.skip_invalid {
            let mut w = csv::Writer::from_writer(Vec::new());
            let _ = w.write_record(rec);
            let record = String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default();
            for error in errors {
                log::debug!("rejected {error}");
                self.rejected.push(Rejected { error, record: record.trim_end().to_string() });
            }
        } else {
            let room = ROW_ERRORS_SHOWN.saturating_sub(self.errors.len());
            self.errors.extend(errors.into_iter().take(room));
        }
    }

    /// Read and validate every record of a file, sending the good rows to the
    /// writer in batches. Returns the counts so far, the valid rows and the rows read.
    fn validate_rows(
        &mut self,
        rdr: &mut csv::Reader<Box<dyn Read + Send + '_>>,
        ctx: &FileContext<'_>,
        bar: Option<&indicatif::ProgressBar>,
        batches: std::sync::mpsc::SyncSender<Batch>,
    ) -> Result<(KindCounts, u64, u64)> {
        let kind = ctx.kind;
        let cols = kind.columns();
        let mut counts = KindCounts::default();
        let (mut valid, mut rows_seen) = (0u64, 0u64);
        let mut rec = csv::StringRecord::new();
        let mut batch = Batch::default();
        loop {
            match rdr.read_record(&mut rec) {
                Ok(true) => {}
                Ok(false) => break,
                Err(e) => return Err(csv_file_error(ctx.name, &ctx.starts, e)),
            }
            rows_seen += 1;
            let line = ctx.starts.line(rec.position());
            if let Some(bar) = bar
                && rows_seen % 65536 == 0
            {
                bar.set_position(rec.position().map_or(0, |p| p.byte()));
            }
            if rec.as_slice().contains('\0') {
                let e = RowError {
                    file: ctx.name.to_string(),
                    line,
                    column: "row".into(),
                    message: "a NUL byte: the file is binary, or text in another encoding; save it as UTF-8 CSV".into(),
                };
                self.reject(vec![e], &rec);
                counts.rejected += 1;
                continue;
            }
            if rec.len() != ctx.header_len {
                // A quote left open takes the lines after it into one field.
                let took = crate::store::unix_lines::extra_lines(&rec);
                let message = if took > 0 && rec.len() < ctx.header_len {
                    format!(
                        "{} fields, but the header has {}: a quote opened on this line runs {took} line{} on (to \
                         the next quote, or the end of the file), taking them into this row; close the quote",
                        rec.len(),
                        ctx.header_len,
                        if took == 1 { "" } else { "s" }
                    )
                } else {
                    format!(
                        "{} fields, but the header has {}; quote cells that contain commas",
                        rec.len(),
                        ctx.header_len
                    )
                };
                let e = RowError { file: ctx.name.to_string(), line, column: "row".into(), message };
                self.reject(vec![e], &rec);
                counts.rejected += 1;
                continue;
            }
            let mut cells = Cells { rec: &rec, idx: &ctx.idx, cols, errors: Vec::new() };
            let row = match check_row(kind, &mut cells, &self.known) {
                Ok(row) => row,
                Err(errs) => {
                    let errs = errs
                        .into_iter()
                        .map(|(column, message)| RowError {
                            file: ctx.name.to_string(),
                            line,
                            column: column.into(),
                            message,
                        })
                        .collect();
                    self.reject(errs, &rec);
                    counts.rejected += 1;
                    continue;
                }
            };
            // The same key twice in one import: fine when identical, a conflict otherwise.
            let seen = self.seen.entry(kind).or_default();
            let previous = seen.get(&*row.key).copied();
            if let Some((hash, file, first_line)) = previous {
                if hash != row.hash {
                    let file = &self.files[file as usize];
                    let e = RowError {
                        file: ctx.name.to_string(),
                        line,
                        column: cols[0].name.into(),
                        message: format!(
                            "duplicate {} {:?} with different content (first at {file}:{first_line}); keep one version",
                            if kind == RecordKind::Entities || kind == RecordKind::Shipments { "id" } else { "key" },
                            row.key.replace('\u{1f}', " / ")
                        ),
                    };
                    self.reject(vec![e], &rec);
                    counts.rejected += 1;
                    continue;
                }
            } else {
                seen.insert(Box::from(&*row.key), (row.hash, ctx.file_index, line));
            }
            valid += 1;
            if self.error_count > 0 && !self.opts.skip_invalid {
                continue; // the import will be rolled back; only validate
            }
            if ctx.bulk && previous.is_some() {
                continue; // an identical duplicate: already inserted
            }
            if kind == RecordKind::Entities {
                self.known.insert(Box::from(&*row.key));
            }
            let children = row.children.map(|mut ch| {
                ch.existed = self.in_db.contains(&*row.key);
                (row.key.into_owned(), ch)
            });
            let mut values = row.values;
            values.extend([Bind::Int(ctx.file_id), Bind::Int(line as i64), Bind::Int(row.hash)]);
            batch.push(values, children);
            if batch.rows.len() >= BATCH_ROWS && batches.send(std::mem::take(&mut batch)).is_err() {
                break; // the writer stopped on an error, which it reports
            }
        }
        let _ = batches.send(batch);
        Ok((counts, valid, rows_seen))
    }

    fn import_file(&mut self, tx: &Transaction<'_>, input: &InputFile) -> Result<()> {
        let kind = input.kind;
        if input.len == 0 {
            return Err(Error::BadFile {
                path: input.name.clone(),
                message: format!(
                    "empty file: expected a header row with the {kind} columns ({})",
                    kind.columns().iter().map(|c| c.name).collect::<Vec<_>>().join(",")
                ),
            });
        }
        let unix = crate::store::unix_lines::UnixLines::new(input.open()?);
        let starts = unix.line_starts();
        let unix: Box<dyn std::io::Read + Send> = Box::new(unix);
        let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(unix);
        let header = rdr.headers().map_err(|e| csv_file_error(&input.name, &starts, e))?.clone();
        let names: Vec<String> = header.iter().map(|h| h.trim().to_ascii_lowercase()).collect();
        let cols = kind.columns();
        crate::store::unix_lines::repeated_column(&input.name, &names, |n| cols.iter().any(|c| c.name == n))?;
        let idx: Vec<Option<usize>> = cols.iter().map(|c| names.iter().position(|n| n == c.name)).collect();
        let missing: Vec<&str> =
            cols.iter().zip(&idx).filter(|(c, i)| c.required && i.is_none()).map(|(c, _)| c.name).collect();
        if !missing.is_empty() {
            return Err(Error::BadFile {
                path: format!("{}:1", input.name),
                message: format!(
                    "header: missing required column{} {} for {kind} (found: {}){}",
                    if missing.len() == 1 { "" } else { "s" },
                    missing.join(", "),
                    names.join(", "),
                    if names.len() == 1 && names[0].contains(';') {
                        "; the file is separated by semicolons: save it as CSV with commas"
                    } else {
                        ""
                    }
                ),
            });
        }
        for n in &names {
            if !cols.iter().any(|c| c.name == n) {
                log::warn!("{}: ignoring unknown column {n:?}", input.name);
            }
        }
        let file_id = {
            tx.prepare_cached("INSERT INTO import_files (path, kind) VALUES (?1, ?2)")?
                .execute(params![input.name, kind.name()])?;
            tx.last_insert_rowid()
        };
        // Entities and links are what `match` links and ownership reads:
        // counted, so that links made before them are known to be out of
        // date (see Store::links_out_of_date).
        if matches!(kind, RecordKind::Entities | RecordKind::Links) {
            tx.execute("UPDATE record_imports SET n = n + 1", [])?;
        }
        let before = table_count(tx, kind)?;
        let file_index = self.files.len() as u32;
        self.files.push(input.name.clone());
        let bar = (self.opts.progress && input.len >= PROGRESS_MIN_BYTES).then(|| progress_bar(input));
        // Bulk mode: into an empty shipments table, insert without the id index
        // and build it once at the end (sorting beats a million random inserts).
        // Duplicate ids never reach SQLite: `seen` catches them first.
        let bulk = kind == RecordKind::Shipments && before == 0;
        if bulk {
            tx.execute_batch("DROP INDEX shipments_by_id")?;
        }
        let sql = upsert_sql(kind);
        let sql = if bulk { &sql[..sql.find(" ON CONFLICT").unwrap_or(sql.len())] } else { &sql[..] };
        let mut stmt = tx.prepare_cached(sql)?;
        let ctx =
            FileContext { name: &input.name, kind, idx, header_len: header.len(), file_id, file_index, bulk, starts };
        // Two threads: this one validates (CSV, checks, duplicates), a second
        // one writes to SQLite; batches of validated rows pass between them.
        let (tx_batches, rx_batches) = std::sync::mpsc::sync_channel::<Batch>(4);
        let (produced, written) = std::thread::scope(|scope| {
            let validator = scope.spawn(|| self.validate_rows(&mut rdr, &ctx, bar.as_ref(), tx_batches));
            let write = || -> Result<u64> {
                let mut changed = 0u64;
                for batch in rx_batches {
                    let mut binds: Vec<Bind<'_>> = Vec::with_capacity(16);
                    let mut start = 0;
                    for row in &batch.rows {
                        binds.clear();
                        binds.extend(batch.binds[start..row.binds_end].iter().map(|b| b.as_bind(&batch.text)));
                        start = row.binds_end;
                        for (i, b) in binds.iter().enumerate() {
                            stmt.raw_bind_parameter(i + 1, b)?;
                        }
                        let n = stmt.raw_execute()? as u64;
                        changed += n;
                        if let (1, Some((id, children))) = (n, &row.children) {
                            write_children(tx, id, children)?;
                        }
                    }
                }
                Ok(changed)
            };
            // On a write error the receiver is dropped, which stops the validator.
            let written = write();
            (validator.join(), written)
        });
        let produced = produced.map_err(|_| Error::Usage("the import's validating thread panicked".into()))?;
        let (counts, valid, rows_seen) = produced?;
        let changed = written?;
        let mut counts = counts;
        if let Some(bar) = bar {
            bar.finish_and_clear();
        }
        if bulk {
            tx.execute_batch("CREATE UNIQUE INDEX shipments_by_id ON shipments (id)")?;
        }
        if rows_seen == 0 {
            self.report.warnings.push(format!("{}: header only, no rows; nothing imported from it", input.name));
        }
        let after = table_count(tx, kind)?;
        counts.inserted = after - before;
        counts.updated = changed.saturating_sub(counts.inserted);
        counts.unchanged = valid.saturating_sub(changed);
        let total = self.report.counts.entry(kind).or_default();
        total.inserted += counts.inserted;
        total.updated += counts.updated;
        total.unchanged += counts.unchanged;
        total.rejected += counts.rejected;
        Ok(())
    }
}

fn progress_bar(input: &InputFile) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::with_draw_target(Some(input.len), indicatif::ProgressDrawTarget::stderr());
    bar.set_style(
        indicatif::ProgressStyle::with_template("{msg} [{bar:40}] {bytes}/{total_bytes} {bytes_per_sec} eta {eta}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar.set_message(input.name.clone());
    bar
}

fn csv_file_error(name: &str, starts: &crate::store::unix_lines::LineStarts, e: csv::Error) -> Error {
    let line = if e.position().is_some() { starts.line(e.position()) } else { 1 };
    let message = match e.kind() {
        csv::ErrorKind::Utf8 { .. } => {
            "not valid UTF-8 text; save the file as UTF-8 (CSV UTF-8) and import it again".to_string()
        }
        csv::ErrorKind::Io(io) => io.to_string(),
        _ => format!("not readable as CSV: {e}"),
    };
    Error::BadFile { path: format!("{name}:{line}"), message }
}

fn write_rejects(path: &Path, rejected: &[Rejected]) -> Result<()> {
    let io = |source| Error::Io { path: path.to_path_buf(), error: source };
    let mut w = csv::Writer::from_path(path).map_err(|e| match e.into_kind() {
        csv::ErrorKind::Io(source) => io(source),
        other => io(std::io::Error::other(format!("{other:?}"))),
    })?;
    let to_io = |e: csv::Error| io(std::io::Error::other(e.to_string()));
    w.write_record(["file", "line", "column", "reason", "record"]).map_err(to_io)?;
    for r in rejected {
        w.write_record([&r.error.file, &r.error.line.to_string(), &r.error.column, &r.error.message, &r.record])
            .map_err(to_io)?;
    }
    w.flush().map_err(io)
}

impl Store {
    /// Import files in one transaction. On invalid rows (without
    /// `skip_invalid`) nothing is written and [`Error::InvalidRows`] lists them.
    pub fn import(&mut self, inputs: Vec<InputFile>, opts: &ImportOptions) -> Result<ImportReport> {
        // A larger page cache keeps the id indexes in memory during bulk loads.
        self.conn.pragma_update(None, "cache_size", -IMPORT_CACHE_KIB)?;
        // References are checked here, row by row, with better messages than
        // SQLite's; enforcing them again in SQLite would only cost time.
        self.conn.pragma_update(None, "foreign_keys", "OFF")?;
        let result = self.import_in_transaction(inputs, opts);
        self.conn.pragma_update(None, "foreign_keys", "ON")?;
        result
    }

    fn import_in_transaction(&mut self, inputs: Vec<InputFile>, opts: &ImportOptions) -> Result<ImportReport> {
        let tx = self.conn.transaction()?;
        let known: Ids = {
            let mut stmt = tx.prepare("SELECT id FROM entities")?;
            stmt.query_map([], |r| Ok(r.get::<_, String>(0)?.into_boxed_str()))?.collect::<rusqlite::Result<_>>()?
        };
        let mut run = Run {
            opts,
            in_db: known.clone(),
            known,
            seen: FxHashMap::default(),
            files: Vec::new(),
            errors: Vec::new(),
            error_count: 0,
            rejected: Vec::new(),
            report: ImportReport::default(),
        };
        for input in &inputs {
            run.import_file(&tx, input)?;
        }
        if run.error_count > 0 && !opts.skip_invalid {
            return Err(Error::InvalidRows { errors: run.errors, total: run.error_count });
        }
        if let Some(path) = &opts.rejects {
            write_rejects(path, &run.rejected)?;
        }
        tx.commit()?;
        Ok(run.report)
    }
}

#[cfg(test)]
mod tests {
    use super::rows::content_hash;
    use super::*;

    #[test]
    fn kinds_are_recognised_by_name_then_header() {
        assert_eq!(recognise("x/entities.csv", b"").unwrap(), Some(RecordKind::Entities));
        assert_eq!(recognise("demo-shipments.csv", b"").unwrap(), Some(RecordKind::Shipments));
        let head = b"id,date,exporter_id,importer_id,hs_code,value_usd\n";
        assert_eq!(recognise("data.csv", head).unwrap(), Some(RecordKind::Shipments));
        assert_eq!(recognise("notes.txt", b"hello world\n").unwrap(), None);
    }

    #[test]
    fn upsert_updates_only_changed_rows() {
        let sql = upsert_sql(RecordKind::Links);
        assert!(sql.contains("ON CONFLICT (from_id, to_id, relation) DO UPDATE SET share = excluded.share"));
        assert!(sql.ends_with("WHERE row_hash IS NOT excluded.row_hash"));
    }

    #[test]
    fn content_hash_separates_fields() {
        assert_ne!(content_hash(["ab", "c"]), content_hash(["a", "bc"]));
        assert_eq!(content_hash(["x"]), content_hash(["x"]));
    }
}
