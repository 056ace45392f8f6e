//! CSV import of the six record kinds: recognise each file, validate every row,
//! and upsert the good ones, all in one transaction. A bad row aborts the
//! import (nothing is written) unless `skip_invalid` is set, in which case the
//! rejected rows go to a rejects file with their reasons.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{Transaction, params};
use rustc_hash::{FxHashMap, FxHashSet};

/// Entity ids known to the import (in the database or validated earlier in it).
type Ids = FxHashSet<Box<str>>;
use serde::Serialize;

use super::Store;
use crate::error::{Error, ROW_ERRORS_SHOWN, Result, RowError};
use crate::model::{
    Category, EntityKind, FlowDirection, RecordKind, Relation, normalize_hs, parse_amount, validate_date,
    validate_period,
};
use crate::reference;

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
            let kind = recognise(&shown, &read_head(path)?)?.ok_or_else(|| unknown_kind(&shown))?;
            inputs.push(InputFile { name: shown, kind, data: InputData::Path(path.clone()), len: meta.len() });
        }
    }
    inputs.sort_by_key(|f| f.kind);
    Ok(inputs)
}

/// FNV-1a, a stable hash of a row's normalised content (stable across builds,
/// unlike the standard library's hasher), so re-imports can tell unchanged rows.
fn content_hash<'a>(fields: impl IntoIterator<Item = &'a str>) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for f in fields {
        for b in f.bytes().chain(std::iter::once(0x1f)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x100000001b3);
        }
    }
    h as i64
}

/// The cells of one record, with the checks that turn them into values.
struct Cells<'r> {
    rec: &'r csv::StringRecord,
    idx: &'r [Option<usize>],
    cols: &'static [crate::model::Column],
    errors: Vec<(&'static str, String)>,
}

impl<'r> Cells<'r> {
    fn raw(&self, i: usize) -> &'r str {
        self.idx[i].and_then(|j| self.rec.get(j)).map_or("", str::trim)
    }
    fn fail(&mut self, i: usize, message: String) {
        self.errors.push((self.cols[i].name, message));
    }
    /// The cell, or an error when a required cell is empty.
    fn text(&mut self, i: usize) -> &'r str {
        let v = self.raw(i);
        if v.is_empty() && self.cols[i].required {
            self.fail(i, "missing value (the column is required)".into());
        }
        v
    }
    fn opt(&self, i: usize) -> Option<&'r str> {
        Some(self.raw(i)).filter(|v| !v.is_empty())
    }
    fn country(&mut self, i: usize) -> Cow<'r, str> {
        let raw = self.text(i);
        let v: Cow<'r, str> = if raw.bytes().any(|b| b.is_ascii_lowercase()) {
            Cow::Owned(raw.to_ascii_uppercase())
        } else {
            Cow::Borrowed(raw)
        };
        if !v.is_empty() && reference::country(&v).is_none() {
            self.fail(i, format!("{v:?} is not an ISO 3166-1 alpha-2 country code (e.g. DE, HK, RU); 'chokepoint reference countries' lists them"));
        }
        v
    }
    fn hs(&mut self, i: usize) -> Cow<'r, str> {
        let v = self.text(i);
        if v.is_empty() {
            return Cow::Borrowed("");
        }
        if (2..=10).contains(&v.len()) && v.bytes().all(|b| b.is_ascii_digit()) {
            return Cow::Borrowed(v); // already normalised: no copy
        }
        normalize_hs(v).map(Cow::Owned).unwrap_or_else(|m| {
            self.fail(i, m);
            Cow::Borrowed("")
        })
    }
    fn date(&mut self, i: usize) -> &'r str {
        let v = self.text(i);
        if !v.is_empty()
            && let Err(m) = validate_date(v)
        {
            self.fail(i, m);
        }
        v
    }
    fn amount(&mut self, i: usize) -> Option<f64> {
        let v = self.text(i);
        if v.is_empty() {
            return None;
        }
        parse_amount(v).map_err(|m| self.fail(i, m)).ok()
    }
    fn entity(&mut self, i: usize, known: &Ids) -> &'r str {
        let v = self.text(i);
        if !v.is_empty() && !known.contains(v) {
            self.fail(i, format!("unknown entity {v:?}; add it to entities.csv or import its entities file first"));
        }
        v
    }
    fn parsed<T>(&mut self, i: usize, parse: fn(&str) -> Option<T>, expected: fn() -> String) -> Option<T> {
        let v = self.text(i);
        if v.is_empty() {
            return None;
        }
        let parsed = parse(v);
        if parsed.is_none() {
            self.fail(i, format!("{v:?} is not one of: {}", expected()));
        }
        parsed
    }
}

/// Split a multi-valued cell on `;`.
fn split_list(s: &str) -> impl Iterator<Item = &str> {
    s.split(';').map(str::trim).filter(|v| !v.is_empty())
}

/// A validated row: its key (for duplicate detection), content hash, and the
/// values to bind, in the order of the kind's upsert statement.
struct Row<'r> {
    key: Cow<'r, str>,
    hash: i64,
    values: Vec<Bind<'r>>,
    children: Option<EntityChildren>,
}

/// A value to bind, borrowing the record's text where it can (no copy per cell).
enum Bind<'r> {
    Null,
    Text(Cow<'r, str>),
    Real(f64),
    Int(i64),
}

impl rusqlite::ToSql for Bind<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self {
            Bind::Null => ToSqlOutput::Borrowed(ValueRef::Null),
            Bind::Text(s) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
            Bind::Real(v) => ToSqlOutput::Borrowed(ValueRef::Real(*v)),
            Bind::Int(v) => ToSqlOutput::Borrowed(ValueRef::Integer(*v)),
        })
    }
}

struct EntityChildren {
    /// Whether the entity was in the database before this import.
    existed: bool,
    aliases: Vec<String>,
    identifiers: Vec<(String, String)>,
    lists: Vec<String>,
}

fn text<'r>(s: impl Into<Cow<'r, str>>) -> Bind<'r> {
    let s = s.into();
    if s.is_empty() { Bind::Null } else { Bind::Text(s) }
}
fn real<'r>(v: Option<f64>) -> Bind<'r> {
    v.map_or(Bind::Null, Bind::Real)
}

/// Validate one record of `kind`; `Err` carries (column, message) pairs.
fn check_row<'r>(
    kind: RecordKind,
    c: &mut Cells<'r>,
    known: &Ids,
) -> std::result::Result<Row<'r>, Vec<(&'static str, String)>> {
    let row = match kind {
        RecordKind::Entities => {
            let id = c.text(0);
            let name = c.text(1);
            let ekind = c.parsed(2, EntityKind::parse, EntityKind::expected);
            let country = c.country(3);
            let aliases = c.raw(4);
            let address = c.raw(5);
            let idents = c.raw(6);
            let mut identifiers = Vec::new();
            for item in split_list(idents) {
                match item.split_once(':') {
                    Some((s, v)) if !s.trim().is_empty() && !v.trim().is_empty() => {
                        identifiers.push((s.trim().to_ascii_lowercase(), v.trim().to_string()))
                    }
                    _ => c.fail(6, format!("{item:?} is not scheme:value (e.g. inn:7701234567;lei:529900...)")),
                }
            }
            let incorporated = c.date(7);
            let lists = c.raw(8);
            let source = c.raw(9);
            let ekind = ekind.map_or("", |k| k.as_str());
            let hash = content_hash([id, name, ekind, &country, aliases, address, idents, incorporated, lists, source]);
            Row {
                key: Cow::Borrowed(id),
                hash,
                values: vec![
                    text(id),
                    text(name),
                    text(ekind),
                    text(country),
                    text(aliases),
                    text(address),
                    text(idents),
                    text(incorporated),
                    text(lists),
                    text(source),
                ],
                children: Some(EntityChildren {
                    existed: false,
                    aliases: split_list(aliases).map(String::from).collect(),
                    identifiers,
                    lists: split_list(lists).map(String::from).collect(),
                }),
            }
        }
        RecordKind::Components => {
            let part = c.text(0);
            let manufacturer = c.entity(1, known);
            let hs = c.hs(2);
            let category = c.parsed(3, Category::parse, Category::expected).map_or("", |k| k.as_str());
            let description = c.raw(4);
            let hash = content_hash([part, manufacturer, &hs, category, description]);
            Row {
                key: Cow::Owned(format!("{part}\u{1f}{manufacturer}")),
                hash,
                values: vec![text(part), text(manufacturer), text(hs), text(category), text(description)],
                children: None,
            }
        }
        RecordKind::Links => {
            let from = c.entity(0, known);
            let to = c.entity(1, known);
            let relation = c.parsed(2, Relation::parse, Relation::expected);
            let share = c.amount(3);
            if share.is_some_and(|s| s > 100.0) {
                c.fail(3, "share is a percentage and cannot exceed 100".into());
            }
            let source = c.raw(4);
            let rel = relation.map_or("", |r| r.as_str());
            let share_text = share.map(|s| s.to_string()).unwrap_or_default();
            Row {
                key: Cow::Owned(format!("{from}\u{1f}{to}\u{1f}{rel}")),
                hash: content_hash([from, to, rel, &share_text, source]),
                values: vec![text(from), text(to), text(rel), real(share), text(source)],
                children: None,
            }
        }
        RecordKind::Findings => {
            let manufacturer = c.entity(0, known);
            let part = c.raw(1);
            let weapon = c.text(2);
            let found_on = c.raw(3);
            let source = c.raw(4);
            let fields = [manufacturer, part, weapon, found_on, source];
            Row {
                key: Cow::Owned(format!("{manufacturer}\u{1f}{part}\u{1f}{weapon}")),
                hash: content_hash(fields),
                values: vec![
                    text(manufacturer),
                    Bind::Text(Cow::Borrowed(part)),
                    text(weapon),
                    text(found_on),
                    text(source),
                ],
                children: None,
            }
        }
        RecordKind::Shipments => {
            let id = c.text(0);
            let date = c.date(1);
            let exporter = c.entity(2, known);
            let importer = c.entity(3, known);
            let hs = c.hs(4);
            let part = c.raw(5);
            let manufacturer = c.entity(6, known);
            let origin = c.country(7);
            let quantity = c.amount(8);
            let value = c.amount(9);
            let source = c.raw(10);
            let (qt, vt) = (c.raw(8), c.raw(9));
            let hash = content_hash([id, date, exporter, importer, &hs, part, manufacturer, &origin, qt, vt, source]);
            Row {
                key: Cow::Borrowed(id),
                hash,
                values: vec![
                    text(id),
                    text(date),
                    text(exporter),
                    text(importer),
                    text(hs),
                    text(part),
                    text(manufacturer),
                    text(origin),
                    real(quantity),
                    real(value),
                    text(source),
                ],
                children: None,
            }
        }
        RecordKind::Flows => {
            let period = c.text(0);
            if !period.is_empty()
                && let Err(m) = validate_period(period)
            {
                c.fail(0, m);
            }
            let reporter = c.country(1);
            let partner = c.country(2);
            let flow = c.parsed(3, FlowDirection::parse, FlowDirection::expected).map_or("", |f| f.as_str());
            let hs = c.hs(4);
            let value = c.amount(5);
            let currency = c.opt(6).unwrap_or("USD").to_ascii_uppercase();
            if currency.len() != 3 || !currency.bytes().all(|b| b.is_ascii_uppercase()) {
                c.fail(6, format!("{currency:?} is not an ISO 4217 currency code (e.g. USD, EUR)"));
            }
            let source = c.raw(7);
            let vt = c.raw(5);
            let hash = content_hash([period, &reporter, &partner, flow, &hs, vt, &currency, source]);
            Row {
                key: Cow::Owned(format!("{period}\u{1f}{reporter}\u{1f}{partner}\u{1f}{flow}\u{1f}{hs}")),
                hash,
                values: vec![
                    text(period),
                    text(reporter),
                    text(partner),
                    text(flow),
                    text(hs),
                    real(value),
                    text(currency),
                    text(source),
                ],
                children: None,
            }
        }
    };
    if c.errors.is_empty() { Ok(row) } else { Err(std::mem::take(&mut c.errors)) }
}

/// The upsert statement of a kind: values in column order, then file_id,
/// line, row_hash; an existing row is rewritten only when its hash differs.
fn upsert_sql(kind: RecordKind) -> String {
    let (table, cols, key): (&str, &[&str], &[&str]) = match kind {
        RecordKind::Entities => (
            "entities",
            &["id", "name", "kind", "country", "aliases", "address", "identifiers", "incorporated", "lists", "source"],
            &["id"],
        ),
        RecordKind::Components => (
            "components",
            &["part_number", "manufacturer_id", "hs_code", "category", "description"],
            &["part_number", "manufacturer_id"],
        ),
        RecordKind::Links => {
            ("links", &["from_id", "to_id", "relation", "share", "source"], &["from_id", "to_id", "relation"])
        }
        RecordKind::Findings => (
            "findings",
            &["manufacturer_id", "part_number", "weapon_system", "found_on", "source"],
            &["manufacturer_id", "part_number", "weapon_system"],
        ),
        RecordKind::Shipments => (
            "shipments",
            &[
                "id",
                "date",
                "exporter_id",
                "importer_id",
                "hs_code",
                "part_number",
                "manufacturer_id",
                "origin_country",
                "quantity",
                "value_usd",
                "source",
            ],
            &["id"],
        ),
        RecordKind::Flows => (
            "flows",
            &["period", "reporter", "partner", "flow", "hs_code", "value", "currency", "source"],
            &["period", "reporter", "partner", "flow", "hs_code"],
        ),
    };
    let all: Vec<&str> = cols.iter().copied().chain(["file_id", "line", "row_hash"]).collect();
    let placeholders: Vec<String> = (1..=all.len()).map(|i| format!("?{i}")).collect();
    let updates: Vec<String> = all.iter().filter(|c| !key.contains(c)).map(|c| format!("{c} = excluded.{c}")).collect();
    format!(
        "INSERT INTO {table} ({}) VALUES ({}) ON CONFLICT ({}) DO UPDATE SET {} WHERE row_hash IS NOT excluded.row_hash",
        all.join(", "),
        placeholders.join(", "),
        key.join(", "),
        updates.join(", ")
    )
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
                Err(e) => return Err(csv_file_error(ctx.name, e)),
            }
            rows_seen += 1;
            let line = rec.position().map_or(0, |p| p.line());
            if let Some(bar) = bar
                && rows_seen % 65536 == 0
            {
                bar.set_position(rec.position().map_or(0, |p| p.byte()));
            }
            if rec.len() != ctx.header_len {
                let e = RowError {
                    file: ctx.name.to_string(),
                    line,
                    column: "row".into(),
                    message: format!(
                        "{} fields, but the header has {}; quote cells that contain commas",
                        rec.len(),
                        ctx.header_len
                    ),
                };
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
        let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(input.open()?);
        let header = rdr.headers().map_err(|e| csv_file_error(&input.name, e))?.clone();
        let names: Vec<String> = header.iter().map(|h| h.trim().to_ascii_lowercase()).collect();
        let cols = kind.columns();
        let idx: Vec<Option<usize>> = cols.iter().map(|c| names.iter().position(|n| n == c.name)).collect();
        let missing: Vec<&str> =
            cols.iter().zip(&idx).filter(|(c, i)| c.required && i.is_none()).map(|(c, _)| c.name).collect();
        if !missing.is_empty() {
            return Err(Error::BadFile {
                path: format!("{}:1", input.name),
                message: format!(
                    "header: missing required column{} {} for {kind} (found: {})",
                    if missing.len() == 1 { "" } else { "s" },
                    missing.join(", "),
                    names.join(", ")
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
        let ctx = FileContext { name: &input.name, kind, idx, header_len: header.len(), file_id, file_index, bulk };
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

/// What the validating thread needs to know about the file.
struct FileContext<'a> {
    name: &'a str,
    kind: RecordKind,
    idx: Vec<Option<usize>>,
    header_len: usize,
    file_id: i64,
    file_index: u32,
    bulk: bool,
}

/// Rows per batch sent to the writing thread.
const BATCH_ROWS: usize = 4096;

/// Validated rows in transit to the writing thread, their text in one buffer.
#[derive(Default)]
struct Batch {
    text: String,
    binds: Vec<OwnedBind>,
    rows: Vec<BatchRow>,
}

struct BatchRow {
    /// End of this row's values in `Batch::binds` (the start is the previous row's end).
    binds_end: usize,
    /// For entities: the id and the aliases, identifiers and lists to write.
    children: Option<(String, EntityChildren)>,
}

/// A [`Bind`] whose text lives in `Batch::text` (byte range).
enum OwnedBind {
    Null,
    Text(usize, usize),
    Real(f64),
    Int(i64),
}

impl OwnedBind {
    fn as_bind<'b>(&self, text: &'b str) -> Bind<'b> {
        match *self {
            OwnedBind::Null => Bind::Null,
            OwnedBind::Text(a, b) => Bind::Text(Cow::Borrowed(&text[a..b])),
            OwnedBind::Real(v) => Bind::Real(v),
            OwnedBind::Int(v) => Bind::Int(v),
        }
    }
}

impl Batch {
    fn push(&mut self, values: Vec<Bind<'_>>, children: Option<(String, EntityChildren)>) {
        for v in values {
            let owned = match v {
                Bind::Null => OwnedBind::Null,
                Bind::Text(t) => {
                    let start = self.text.len();
                    self.text.push_str(&t);
                    OwnedBind::Text(start, self.text.len())
                }
                Bind::Real(v) => OwnedBind::Real(v),
                Bind::Int(v) => OwnedBind::Int(v),
            };
            self.binds.push(owned);
        }
        self.rows.push(BatchRow { binds_end: self.binds.len(), children });
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

fn csv_file_error(name: &str, e: csv::Error) -> Error {
    let line = e.position().map_or(1, |p| p.line());
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
