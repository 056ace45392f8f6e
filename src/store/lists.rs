//! Watch lists: parsing FollowTheMoney JSON lines, the Consolidated Screening
//! List CSV, the OpenSanctions "simple" CSV and a plain CSV into list
//! entries, and storing them (a re-import replaces the list's previous
//! version and reports what was added and removed).

use std::collections::BTreeMap;
use std::io::BufRead;
use std::path::Path;

use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use super::Store;
use super::unix_lines::csv_reader;
use crate::error::{Error, ROW_ERRORS_SHOWN, Result, RowError};
use crate::matching::normalize_identifier;

/// A list file's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ListFormat {
    /// FollowTheMoney entities, one JSON object per line (OpenSanctions, Aleph).
    Ftm,
    /// The US Consolidated Screening List CSV.
    Csl,
    /// The OpenSanctions "simple" targets CSV.
    OsSimple,
    /// A plain CSV: name, aliases, country, identifiers, list, listed_on (id optional).
    Csv,
    /// OFAC's SDN list in its own CSV layout (`sdn.csv`: number, name,
    /// type, programme, ..., remarks), with countries from `add.csv` or
    /// `sdn_address.csv` beside it.
    OfacSdn,
    /// OpenSanctions' transcription of an EU regulation's annexes
    /// (`datasets/eu/journal_sanctions` CSV: celex, recordId, annex, schema,
    /// name, alias, innCode, imoNumber, address, ...).
    EuJournal,
}

impl ListFormat {
    /// The format's name as given on the command line (`os-simple`).
    pub fn name(self) -> String {
        use clap::ValueEnum;
        self.to_possible_value().map_or_else(|| format!("{self:?}").to_lowercase(), |p| p.get_name().to_string())
    }
}

/// One list entry.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ListEntry {
    /// The entry's id in its list.
    pub id: String,
    /// `Company`, `Person`, `Organization`, ...
    pub schema: String,
    /// Names and aliases, in every script; the first is the main name.
    pub names: Vec<String>,
    /// ISO alpha-2 countries (upper case).
    pub countries: Vec<String>,
    /// Identifiers: (scheme, value), values normalised.
    pub identifiers: Vec<(String, String)>,
    /// Addresses.
    pub addresses: Vec<String>,
    /// Lists and programmes it is on.
    pub programs: Vec<String>,
    /// Listing date, where given.
    pub listed_on: Option<String>,
    /// Line in the file.
    pub line: u64,
}

/// An ownership stated by a list: owner, asset, share (percent).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ListOwnership {
    /// Owner entry id.
    pub owner: String,
    /// Owned entry id.
    pub asset: String,
    /// Percent, where given.
    pub share: Option<f64>,
}

/// A parsed list file.
#[derive(Debug, Clone, Default)]
pub struct ParsedList {
    /// Entries.
    pub entries: Vec<ListEntry>,
    /// Ownerships.
    pub ownerships: Vec<ListOwnership>,
    /// Lines that could not be read.
    pub errors: Vec<RowError>,
}

impl ParsedList {
    /// Note a row that could not be read.
    fn reject(&mut self, file: &str, line: u64, message: impl Into<String>) {
        self.errors.push(RowError { file: file.into(), line, column: "row".into(), message: message.into() });
    }
}

/// What a list import did.
#[derive(Debug, Clone, Serialize)]
pub struct ListImportReport {
    /// The list's name.
    pub list: String,
    /// Entries now in the list.
    pub entries: usize,
    /// Entries new in this version.
    pub added: Vec<String>,
    /// Entries gone since the previous version.
    pub removed: Vec<String>,
    /// Entries in both versions whose names, countries, identifiers,
    /// addresses, programmes, listing date or kind changed.
    pub changed: Vec<String>,
    /// Lines skipped (with --skip-invalid).
    pub skipped: usize,
    /// Links of store entities to entries now removed, deleted (`match`
    /// links anew).
    pub unlinked: usize,
}

/// A list loaded in the store.
#[derive(Debug, Clone, Serialize, Default)]
pub struct ListSummary {
    /// Name.
    pub list: String,
    /// Format it came in.
    pub format: String,
    /// File.
    pub file: String,
    /// When it was imported.
    pub imported_at: String,
    /// Entries.
    pub entries: u64,
    /// Earliest and latest listing dates.
    pub first_listed: Option<String>,
    /// Latest listing date.
    pub last_listed: Option<String>,
}

/// Identifier properties of FollowTheMoney and their schemes.
const FTM_IDENTIFIERS: [(&str, &str); 10] = [
    ("innCode", "inn"),
    ("ogrnCode", "ogrn"),
    ("kppCode", "kpp"),
    ("okpoCode", "okpo"),
    ("leiCode", "lei"),
    ("registrationNumber", "reg"),
    ("taxNumber", "tax"),
    ("idNumber", "id"),
    ("swiftBic", "swift"),
    ("imoNumber", "imo"),
];

const FTM_PARTIES: [&str; 7] = ["LegalEntity", "Company", "Organization", "Person", "PublicBody", "Vessel", "Airplane"];

fn strings(v: Option<&serde_json::Value>) -> Vec<String> {
    match v {
        Some(serde_json::Value::Array(a)) => a.iter().filter_map(|x| x.as_str().map(String::from)).collect(),
        Some(serde_json::Value::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

fn push_unique(v: &mut Vec<String>, items: impl IntoIterator<Item = String>) {
    for i in items {
        let i = i.trim().to_string();
        if !i.is_empty() && !v.contains(&i) {
            v.push(i);
        }
    }
}

/// Whether a name in OpenSanctions' transcription of the EU annexes stands
/// for no name: `Text of image` (the name is printed as an image), a
/// language's label alone (`Chinese:`, `Korean:`), or `So-called` alone
/// (the name follows as an alias).
pub(crate) fn eu_journal_placeholder(name: &str) -> bool {
    let n = name.trim().to_lowercase();
    let label = n.ends_with(':') && !n[..n.len() - 1].contains(|c: char| !c.is_alphabetic());
    label || matches!(n.as_str(), "text of image" | "so called" | "so-called")
}

/// The alpha-2 codes of countries given by code or English name (see
/// [`crate::reference::country_by_code_or_name`]); others left out.
fn country_codes(items: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut out = Vec::new();
    for c in items {
        if let Some(c) = crate::reference::country_by_code_or_name(&c)
            && !out.contains(&c.iso2)
        {
            out.push(c.iso2.clone());
        }
    }
    out
}

fn identifier(scheme: &str, value: &str) -> Option<(String, String)> {
    let v = normalize_identifier(value);
    (v.len() >= 4).then(|| (scheme.to_string(), v))
}

/// Today's date (UTC), `YYYY-MM-DD`.
fn today() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    crate::analysis::hubs::day_text(secs as i64 / 86_400)
}

/// What an entry says, in one text, to tell a version of a list that
/// changed it (`lists import` reports it changed): its kind, names,
/// countries, identifiers, addresses, programmes and listing date, in any
/// order; not its line.
fn fingerprint(e: &ListEntry) -> String {
    let mut parts: Vec<String> = [('n', &e.names), ('c', &e.countries), ('p', &e.programs), ('a', &e.addresses)]
        .into_iter()
        .flat_map(|(tag, v)| v.iter().filter(|x| !x.is_empty()).map(move |x| format!("{tag}{x}")))
        .chain(e.identifiers.iter().map(|(s, v)| format!("i{s}:{v}")))
        .collect();
    parts.sort();
    parts.dedup();
    format!("{}\u{1f}{}\u{1f}{}", e.schema, e.listed_on.as_deref().unwrap_or(""), parts.join("\u{1f}"))
}

/// What a version of an entry changed, field by field, each value added
/// (`+`) or gone (`-`): `countries +AM -RU; identifiers +registration:2691101228684`.
fn changes(old: &ListEntry, new: &ListEntry) -> String {
    let idents = |e: &ListEntry| e.identifiers.iter().map(|(s, v)| format!("{s}:{v}")).collect::<Vec<_>>();
    let date = |e: &ListEntry| e.listed_on.iter().cloned().collect::<Vec<_>>();
    let fields: [(&str, Vec<String>, Vec<String>); 7] = [
        ("kind", vec![old.schema.clone()], vec![new.schema.clone()]),
        ("names", old.names.clone(), new.names.clone()),
        ("countries", old.countries.clone(), new.countries.clone()),
        ("identifiers", idents(old), idents(new)),
        ("addresses", old.addresses.clone(), new.addresses.clone()),
        ("programmes", old.programs.clone(), new.programs.clone()),
        ("listed on", date(old), date(new)),
    ];
    let mut out = Vec::new();
    for (field, was, now) in fields {
        let added = now.iter().filter(|x| !x.is_empty() && !was.contains(x)).map(|x| format!("+{x}"));
        let gone = was.iter().filter(|x| !x.is_empty() && !now.contains(x)).map(|x| format!("-{x}"));
        let diff: Vec<String> = added.chain(gone).collect();
        if !diff.is_empty() {
            out.push(format!("{field} {}", diff.join(" ")));
        }
    }
    out.join("; ")
}

impl ListOwnership {
    /// The holding in one text, to tell a version of a list that changed it.
    fn key(&self) -> String {
        format!("{}\u{1f}{}\u{1f}{:?}", self.owner, self.asset, self.share)
    }
}

/// Parse FollowTheMoney JSON lines.
pub fn parse_ftm(name: &str, reader: impl BufRead) -> Result<ParsedList> {
    let mut out = ParsedList::default();
    let mut entries: BTreeMap<String, ListEntry> = BTreeMap::new();
    let mut addresses: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut address_refs: Vec<(String, String)> = Vec::new();
    let mut sanctions: Vec<(String, Vec<String>, Option<String>)> = Vec::new();
    // OpenSanctions' `target` flag of each party that has one.
    let mut targets: BTreeMap<String, bool> = BTreeMap::new();
    let (mut ended, today) = (0, today());
    // Entities of other schemata (Directorship, Family, ...), by schema.
    let mut unread: BTreeMap<String, usize> = BTreeMap::new();
    // JSON objects read so far.
    let mut seen = 0;
    for (i, line) in reader.lines().enumerate() {
        let line_no = i as u64 + 1;
        let line = line.map_err(|e| Error::BadFile {
            path: format!("{name}:{line_no}"),
            message: if e.kind() == std::io::ErrorKind::InvalidData {
                "not UTF-8 text: save the file as UTF-8".into()
            } else {
                e.to_string()
            },
        })?;
        // A byte-order mark, as Windows tools write one.
        let line = if line_no == 1 { line.trim_start_matches('\u{feff}') } else { line.as_str() };
        if line.trim().is_empty() {
            continue;
        }
        let bad = |m: String| RowError { file: name.into(), line: line_no, column: "json".into(), message: m };
        let v: serde_json::Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(e) => {
                // A first line that is no JSON but a CSV header: the file is
                // another format's, told once instead of an error a line.
                if seen == 0 && !line.trim_start().starts_with(['{', '[']) && line.contains(',') {
                    let header: Vec<String> = line.split(',').map(|h| h.trim().trim_matches('"').to_string()).collect();
                    let other = format_of_header(&header, &[]).map_or(
                        "rerun with the --list-format of its columns (csv, csl, os-simple, eu-journal, ofac-sdn)"
                            .to_string(),
                        |f| format!("rerun with --list-format {f}"),
                    );
                    return Err(Error::BadFile {
                        path: format!("{name}:{line_no}"),
                        message: format!(
                            "not JSON Lines (FollowTheMoney entities, one JSON object a line) but CSV, its header \
                             {}: {other}",
                            line.chars().take(80).collect::<String>()
                        ),
                    });
                }
                out.errors.push(bad(format!("not a JSON object: {e}")));
                continue;
            }
        };
        seen += 1;
        let (Some(id), Some(schema)) = (v["id"].as_str(), v["schema"].as_str()) else {
            out.errors.push(bad("an entity needs \"id\" and \"schema\"".into()));
            continue;
        };
        let p = &v["properties"];
        let get = |k: &str| strings(p.get(k));
        match schema {
            s if FTM_PARTIES.contains(&s) => {
                let mut e = ListEntry { id: id.into(), schema: s.into(), line: line_no, ..Default::default() };
                // The caption (the name OpenSanctions shows) first, as the main name.
                push_unique(&mut e.names, strings(v.get("caption")));
                push_unique(&mut e.names, get("name"));
                for k in ["alias", "previousName", "weakAlias"] {
                    push_unique(&mut e.names, get(k));
                }
                e.countries = country_codes(
                    ["country", "jurisdiction", "nationality", "mainCountry"].iter().flat_map(|k| get(k)),
                );
                for (prop, scheme) in FTM_IDENTIFIERS {
                    e.identifiers.extend(get(prop).iter().filter_map(|x| identifier(scheme, x)));
                }
                push_unique(&mut e.addresses, get("address"));
                // Programmes the entity names itself (OpenSanctions' exports
                // do), besides those of its Sanction entities.
                push_unique(&mut e.programs, get("programId"));
                for a in get("addressEntity") {
                    address_refs.push((id.into(), a));
                }
                e.listed_on = get("createdAt").into_iter().next();
                if let Some(t) = v.get("target").and_then(|t| t.as_bool()) {
                    *targets.entry(id.into()).or_default() |= t;
                }
                match entries.get_mut(id) {
                    // Aleph streams one entity as several fragments with
                    // one id: merged, the first line kept.
                    Some(first) => {
                        // Fragments of one entity may name a narrower
                        // schema (LegalEntity, then Company), but a person
                        // is no company: two entities under one id.
                        if (first.schema == "Person") != (e.schema == "Person") {
                            log::warn!(
                                "{name}:{line_no}: entity {id:?} is a {} here and a {} on line {}: merged as one, \
                                 the first kept; give each its own id",
                                e.schema,
                                first.schema,
                                first.line
                            );
                        }
                        push_unique(&mut first.names, e.names);
                        push_unique(&mut first.countries, e.countries);
                        for i in e.identifiers {
                            if !first.identifiers.contains(&i) {
                                first.identifiers.push(i);
                            }
                        }
                        push_unique(&mut first.addresses, e.addresses);
                        push_unique(&mut first.programs, e.programs);
                        if first.listed_on.is_none() {
                            first.listed_on = e.listed_on;
                        }
                    }
                    None => {
                        entries.insert(id.into(), e);
                    }
                }
            }
            "Address" => {
                addresses.entry(id.into()).or_default().extend(get("full"));
            }
            "Sanction" => {
                // The programme's id; else its name, else the authority,
                // where short enough to be one (not a paragraph of the
                // legal text some give as the programme).
                let short = |v: Vec<String>| v.into_iter().filter(|p| p.chars().count() <= 60).collect::<Vec<_>>();
                let mut programs = get("programId");
                if programs.is_empty() {
                    programs = short(get("program"));
                }
                if programs.is_empty() {
                    programs = short(get("authority"));
                }
                let date = get("listingDate").into_iter().chain(get("startDate")).min();
                for target in get("entity") {
                    sanctions.push((target, programs.clone(), date.clone()));
                }
            }
            "Ownership" => {
                // A holding that has ended is no ownership now (`endDate`
                // before today; FtM dates are ISO, compared as text, a
                // partial one with as much of today: `2026` has not ended
                // in 2026).
                if let Some(end) = get("endDate").into_iter().max()
                    && end.as_str() < today.get(..end.len()).unwrap_or(&today)
                {
                    ended += 1;
                    continue;
                }
                let percentage = get("percentage");
                let share = percentage.first().and_then(|x| ownership_share(x));
                if let (Some(p), None) = (percentage.first(), share) {
                    log::warn!(
                        "{name}:{line_no}: Ownership {id}: percentage {p:?} is no share from 0 to 100 nor a range of them (51, 50-75%, > 50%); \
                         stored without a share"
                    );
                }
                for owner in get("owner") {
                    for asset in get("asset") {
                        out.ownerships.push(ListOwnership { owner: owner.clone(), asset, share });
                    }
                }
            }
            other => *unread.entry(other.to_string()).or_default() += 1,
        }
    }
    if !unread.is_empty() {
        let kinds: Vec<String> = unread.iter().map(|(s, n)| format!("{n} {s}")).collect();
        log::info!("{name}: entities of schemata not screened left out: {}", kinds.join(", "));
    }
    if ended > 0 {
        log::info!("{name}: {ended} ownership(s) with an end date before today left out (holdings that have ended)");
    }
    for (entity, addr) in address_refs {
        if let (Some(e), Some(full)) = (entries.get_mut(&entity), addresses.get(&addr)) {
            push_unique(&mut e.addresses, full.clone());
        }
    }
    for (entity, programs, date) in sanctions {
        if let Some(e) = entries.get_mut(&entity) {
            push_unique(&mut e.programs, programs.into_iter().take(1));
            if let Some(d) = date
                && e.listed_on.as_ref().is_none_or(|x| d < *x)
            {
                e.listed_on = Some(d);
            }
        }
    }
    // A name is needed once the fragments are merged.
    entries.retain(|id, e| {
        if e.names.is_empty() {
            let message = format!("{} {id} has no name (in any of its fragments)", e.schema);
            out.errors.push(RowError { file: name.into(), line: e.line, column: "json".into(), message });
        }
        !e.names.is_empty()
    });
    if !targets.is_empty() {
        keep_targets_and_their_holdings(name, &mut entries, &targets, &out.ownerships);
    }
    out.entries = entries.into_values().collect();
    Ok(out)
}

/// An FtM ownership's percentage as a share: a number (`51`, `51.5%`), or
/// the least of a range (`50-75%`, `> 50%`, `more than 50%`), which is what
/// the 50% rule can count on; none for an upper bound alone (`< 25%`) or
/// words.
fn ownership_share(text: &str) -> Option<f64> {
    least_share(text).filter(|x| (0.0..=100.0).contains(x))
}

fn least_share(text: &str) -> Option<f64> {
    let t = text.trim().trim_end_matches('%').trim().to_lowercase();
    let number = |x: &str| x.trim().trim_end_matches('%').trim().replace(',', ".").parse::<f64>().ok();
    if let Some(x) = number(&t) {
        return Some(x);
    }
    for prefix in [">=", "≥", ">", "more than", "over", "at least"] {
        if let Some(rest) = t.strip_prefix(prefix) {
            return number(rest);
        }
    }
    let (low, high) = t.split_once(['-', '–'])?;
    Some(number(low)?).filter(|&l| number(high).is_some_and(|h| h >= l))
}

/// In an OpenSanctions export, which flags the sanctioned parties
/// (`target`), keep those and, of the rest (relatives, related companies),
/// those owned 50% or more by them under the cascading 50% rule, with the
/// arithmetic as their programme; leave out the others, which no list names.
fn keep_targets_and_their_holdings(
    file: &str,
    entries: &mut BTreeMap<String, ListEntry>,
    targets: &BTreeMap<String, bool>,
    ownerships: &[ListOwnership],
) {
    // One share per owner and asset: the largest of those given (a file may
    // give a holding's history).
    let mut shares: BTreeMap<(&str, &str), f64> = BTreeMap::new();
    for o in ownerships {
        if let Some(s) = o.share {
            let x = shares.entry((o.owner.as_str(), o.asset.as_str())).or_insert(s);
            *x = x.max(s);
        }
    }
    let mut owners = crate::scoring::Owners::new();
    for ((owner, asset), share) in shares {
        owners.entry(asset.to_string()).or_default().push((owner.to_string(), share));
    }
    let listed = |id: &str| targets.get(id).copied().unwrap_or(false);
    let blocked: BTreeMap<String, String> = crate::scoring::ownership_findings(&owners, &listed)
        .into_iter()
        .filter(|f| f.label == "owned_by_listed")
        .map(|f| (f.id, f.arithmetic))
        .collect();
    // Ids in the arithmetic read as the parties' names.
    let names: BTreeMap<String, String> = entries.iter().map(|(id, e)| (id.clone(), e.names[0].clone())).collect();
    let mut left_out = 0;
    entries.retain(|id, e| {
        if listed(id) {
            return true;
        }
        let Some(arithmetic) = blocked.get(id) else {
            left_out += 1;
            return false;
        };
        // The arithmetic's words that are ids (space-separated), as names.
        let words = arithmetic.split(' ').map(|w| names.get(w).map_or(w, String::as_str));
        let why = words.collect::<Vec<_>>().join(" ");
        e.programs.push(format!("owned 50%+ by sanctioned parties: {why}"));
        true
    });
    if left_out > 0 {
        log::info!("{file}: {left_out} parties are no sanction targets nor owned 50% or more by one: left out");
    }
}

/// Read a CSV list with named columns; `row` turns a record into an entry.
fn parse_csv(
    name: &str,
    mut reader: impl std::io::Read,
    (required, known): (&[&str], &[&str]),
    mut row: impl FnMut(&dyn Fn(&str) -> String, u64) -> std::result::Result<ListEntry, String>,
) -> Result<ParsedList> {
    let mut out = ParsedList::default();
    // Read whole (lists are small), to tell a quote left open at the end.
    let mut bytes = Vec::new();
    reader
        .read_to_end(&mut bytes)
        .map_err(|e| Error::BadFile { path: name.into(), message: crate::error::io_message(&e) })?;
    let bytes = crate::store::unix_lines::utf8_text(bytes)
        .map_err(|(line, message)| Error::BadFile { path: format!("{name}:{line}"), message })?
        .into_bytes();
    let mut rdr = csv_reader(csv::ReaderBuilder::new().flexible(true), &bytes[..]);
    let starts = rdr.get_ref().line_starts();
    let headers = rdr
        .headers()
        .map_err(|e| Error::BadFile { path: name.into(), message: format!("not readable as CSV: {e}") })?;
    let headers: Vec<String> = headers.iter().map(|h| h.trim().to_ascii_lowercase()).collect();
    let missing: Vec<&&str> = required.iter().filter(|r| !headers.iter().any(|h| h == *r)).collect();
    if missing.is_empty() {
        // A header of ours (a file in another layout is told so below).
        crate::store::unix_lines::repeated_column(name, &headers, |_| true)?;
    }
    if headers.iter().all(|h| h.is_empty()) {
        return Err(Error::BadFile {
            path: name.into(),
            message: "empty: no header row and no entries; nothing written (check the file)".into(),
        });
    }
    if headers.first().is_some_and(|h| h.starts_with('{')) {
        return Err(Error::BadFile {
            path: format!("{name}:1"),
            message: "not CSV but JSON Lines (a JSON object a line, as FollowTheMoney entities are): rerun with \
                      --list-format ftm"
                .into(),
        });
    }
    let other = format_of_header(&headers, known);
    // OFAC's file is read by place: no column of it means what its name says.
    if other == Some("ofac-sdn") {
        return Err(Error::BadFile {
            path: format!("{name}:1"),
            message: "OFAC's sdn.csv, read by place, not by its columns: rerun with --list-format ofac-sdn".into(),
        });
    }
    let other_format = other
        .map(|f| format!("; the columns are those of another format: rerun with --list-format {f}"))
        .unwrap_or_default();
    if !missing.is_empty() {
        // One column holding the header's semicolons: a spreadsheet's
        // export in a locale that writes them.
        let semicolons = headers.len() == 1 && headers[0].contains(';');
        return Err(Error::BadFile {
            path: format!("{name}:1"),
            message: format!(
                "header: missing column{} {} (found: {}){}",
                if missing.len() == 1 { "" } else { "s" },
                missing.iter().map(|m| m.to_string()).collect::<Vec<_>>().join(", "),
                headers.join(", "),
                if semicolons { "; the file is delimited by semicolons: save it as CSV with commas" } else { "" }
            ) + &other_format,
        });
    }
    if let Some((format, theirs, ours)) = format_reading_more(&headers, known) {
        return Err(Error::BadFile {
            path: format!("{name}:1"),
            message: format!(
                "the columns are read better by another format: --list-format {format} reads {}, this one only {}; \
                 rerun with --list-format {format} (nothing written)",
                some_of(&theirs),
                some_of(&ours)
            ),
        });
    }
    let unread: Vec<&str> =
        headers.iter().map(String::as_str).filter(|h| !h.is_empty() && !known.contains(h)).collect();
    let what = format!("this format reads {}; rename a column that holds one of those{other_format}", known.join(", "));
    super::unix_lines::warn_unread(&format!("{name}:1"), "column", &unread, &what);
    // The last record's start, its line, and how many lines it runs over.
    let mut last: Option<(u64, u64, u64)> = None;
    let unix = super::unix_lines::unix_text(&bytes);
    for rec in rdr.records() {
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                let line = starts.line(e.position());
                out.reject(name, line, e.to_string());
                continue;
            }
        };
        let line = starts.line(rec.position());
        let runs = super::unix_lines::extra_lines(&rec);
        last = rec.position().map(|p| (p.byte(), line, runs));
        let byte = rec.position().map_or(0, |p| p.byte());
        if let Some(message) = super::unix_lines::quote_closed_inside_field(&unix, byte, line, runs) {
            out.reject(name, line, message);
            continue;
        }
        if rec.len() != headers.len() {
            out.reject(name, line, super::unix_lines::fields_unlike_header(rec.len(), headers.len(), line, runs));
            continue;
        }
        let get = |col: &str| -> String {
            headers
                .iter()
                .position(|h| h == col)
                .and_then(|i| rec.get(i))
                .map(|s| s.trim().to_string())
                .unwrap_or_default()
        };
        match row(&get, line) {
            Ok(e) => out.entries.push(e),
            Err(m) => out.reject(name, line, m),
        }
    }
    // A quote left open runs the last row to the end of the file, taking
    // the rows after it into one field.
    if let Some((byte, line, runs)) = last
        && let Some(message) = crate::store::unix_lines::quote_left_open_at_end(&unix, byte, line, runs)
    {
        out.entries.retain(|e| e.line != line);
        out.errors.retain(|e| e.line != line);
        out.reject(name, line, message);
    }
    assign_ids(name, &mut out);
    Ok(out)
}

/// Give each entry of a CSV list a stable id: its own, or, where the file
/// gives none, its main name (with ` (2)`, ` (3)` ... for a name given
/// again), so that importing a new version reports the entries really
/// added and removed and links to entries that stay stay right (a line
/// number would name another entry once a line is added above it). An id
/// given twice is an error.
fn assign_ids(name: &str, out: &mut ParsedList) {
    // The ids the file gives first, so that a name taken as an id never
    // takes one of them.
    let mut given: BTreeMap<String, u64> = BTreeMap::new();
    let mut repeated = Vec::new();
    let mut kept = Vec::with_capacity(out.entries.len());
    for e in std::mem::take(&mut out.entries) {
        if !e.id.is_empty() {
            if let Some(first) = given.get(&e.id) {
                repeated.push((e.line, format!("id {:?} was given on line {first} already; ids must be unique", e.id)));
                continue;
            }
            given.insert(e.id.clone(), e.line);
        }
        kept.push(e);
    }
    let mut taken: std::collections::BTreeSet<String> = given.into_keys().collect();
    // The line each name without an id was first given on.
    let mut first_given: BTreeMap<String, u64> = BTreeMap::new();
    for e in kept.iter_mut().filter(|e| e.id.is_empty()) {
        let mut id = e.names[0].clone();
        let mut k = 1;
        while taken.contains(&id) {
            k += 1;
            id = format!("{} ({k})", e.names[0]);
        }
        match first_given.get(&e.names[0]) {
            Some(first) => log::warn!(
                "{name}:{}: {:?} was given on line {first} too, without an id: kept as a second entry, {id:?}; give \
                 each entry an id, or remove the line if it is the same entry",
                e.line,
                e.names[0]
            ),
            None => {
                first_given.insert(e.names[0].clone(), e.line);
            }
        }
        taken.insert(id.clone());
        e.id = id;
    }
    out.entries = kept;
    for (line, m) in repeated {
        out.reject(name, line, m);
    }
}

/// OFAC's SDN list (`sdn.csv`, with or without a header row): entry number,
/// name, type (`individual`, `vessel`, `aircraft`, `-0-` for a body),
/// programmes (`UKRAINE-EO13661] [RUSSIA-EO14024`), title, five vessel
/// columns, remarks (see [`ofac_remarks`]); `-0-` is empty. Beside it,
/// where they are, the address file (`add.csv` or `sdn_address.csv`: entry
/// number, address number, street, city, country) gives countries and the
/// alternate names file (`alt.csv`: entry number, number, type, name)
/// names. A row of another width, a name over several lines or an entry
/// number seen before is refused.
fn parse_ofac_sdn(path: &Path, mut reader: impl std::io::Read) -> Result<ParsedList> {
    let name = path.display().to_string();
    // The whole file checked as UTF-8 first: one message for a file saved
    // in another encoding, not a rejected row for each accented name.
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes).map_err(|source| Error::Io { path: path.to_path_buf(), error: source })?;
    let bytes = crate::store::unix_lines::utf8_text(bytes)
        .map_err(|(line, message)| Error::BadFile { path: format!("{name}:{line}"), message })?
        .into_bytes();
    // Address rows (street, city, country) and alternate names, by entry number.
    let addresses = ofac_beside(path, &["add.csv", "sdn_address.csv"], &[2, 3, 4])?.unwrap_or_else(|| {
        log::warn!("no add.csv or sdn_address.csv beside {name}: countries come from the remarks alone");
        Default::default()
    });
    let aliases = ofac_beside(path, &["alt.csv"], &[3])?.unwrap_or_default();
    let mut out = ParsedList::default();
    let mut seen: std::collections::HashMap<String, u64> = std::collections::HashMap::new();
    let mut rdr = csv_reader(csv::ReaderBuilder::new().has_headers(false).flexible(true), &bytes[..]);
    let starts = rdr.get_ref().line_starts();
    for (k, rec) in rdr.records().enumerate() {
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                let line = starts.line(e.position());
                out.reject(&name, line, e.to_string());
                continue;
            }
        };
        let line = starts.line(rec.position());
        let get = |i: usize| rec.get(i).map(str::trim).filter(|v| *v != "-0-").unwrap_or("").to_string();
        let number = get(0);
        // A header row (`ent_num`, `ID`), and OFAC's end-of-file mark (DOS's
        // Ctrl-Z).
        let end_mark = rec.iter().all(|v| v.trim().trim_matches('\u{1a}').is_empty());
        // A header of another format's columns: that file is not OFAC's.
        if k == 0 {
            let header: Vec<String> = rec.iter().map(str::to_string).collect();
            // FollowTheMoney's JSON Lines: no columns at all.
            if header.first().is_some_and(|h| h.trim_start().starts_with('{')) {
                return Err(Error::BadFile {
                    path: format!("{name}:1"),
                    message: "not OFAC's sdn.csv but JSON Lines (a JSON object a line, as FollowTheMoney entities \
                              are): rerun with --list-format ftm"
                        .into(),
                });
            }
            if let Some(f) = format_of_header(&header, OFAC_SDN_READS) {
                return Err(Error::BadFile {
                    path: format!("{name}:1"),
                    message: format!(
                        "header: the columns are those of another format, not OFAC's sdn.csv: rerun with \
                         --list-format {f}"
                    ),
                });
            }
        }
        if (k == 0 && !number.bytes().all(|b| b.is_ascii_digit())) || end_mark {
            continue;
        }
        let problem = if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
            Some(format!("entry number: {number:?} is not a number (is this OFAC's sdn.csv?)"))
        } else if rec.len() != 12 {
            Some(format!("{} columns where OFAC's sdn.csv has 12 (a quote or comma out of place?)", rec.len()))
        } else if get(1).is_empty() || get(1).contains('\n') {
            Some("name: missing, or over several lines (a quote out of place?)".to_string())
        } else {
            seen.get(&number).map(|first| format!("entry number {number} is given on line {first} too"))
        };
        if let Some(mut message) = problem {
            // A quote out of place takes the rows after it into this one:
            // their entries are lost with it, so the lines are named.
            let runs = super::unix_lines::extra_lines(&rec);
            if runs > 0 {
                message.push_str(&format!(
                    "; lines {line} to {} were read as one row, their entries with it: put the quote right",
                    line + runs
                ));
            }
            out.reject(&name, line, message);
            continue;
        }
        seen.insert(number.clone(), line);
        let schema = match get(2).to_ascii_lowercase().as_str() {
            "individual" => "Person",
            "vessel" => "Vessel",
            "aircraft" => "Airplane",
            _ => "LegalEntity",
        };
        let mut e = ListEntry { id: number.clone(), schema: schema.into(), line, ..Default::default() };
        push_unique(&mut e.names, [get(1)]);
        push_unique(&mut e.names, aliases.get(&number).into_iter().flatten().map(|row| row[0].clone()));
        e.programs = split(&get(3).replace("] [", ";").replace(['[', ']'], ""), ';');
        ofac_remarks(&get(11), &mut e);
        for row in addresses.get(&number).into_iter().flatten() {
            push_unique(&mut e.countries, country_codes([row[2].clone()]));
            // A street address, for shared addresses; a city alone is none.
            if !row[0].is_empty() {
                push_unique(
                    &mut e.addresses,
                    [row.iter().filter(|x| !x.is_empty()).cloned().collect::<Vec<_>>().join(", ")],
                );
            }
        }
        out.entries.push(e);
    }
    Ok(out)
}

/// What an SDN entry's remarks say: `a.k.a.`, `f.k.a.` and `n.k.a.` names
/// (a `;` inside the quotes kept), tax, registration and LEI numbers (`alt.`
/// ones too, of six characters or more), a person's nationality or
/// citizenship. OFAC cuts remarks at 1,000 characters: a cut last item is
/// left out.
fn ofac_remarks(remarks: &str, e: &mut ListEntry) {
    let cut = remarks.chars().count() >= 1000 && !remarks.ends_with('.');
    let mut items: Vec<String> = Vec::new();
    for piece in remarks.trim_end_matches('.').split(';') {
        // A quoted name that holds a `;` goes on to the piece with its
        // closing quote.
        let open_alias = |x: &String| ["a.k.a. '", "f.k.a. '", "n.k.a. '"].iter().any(|p| x.starts_with(p));
        match items.last_mut() {
            Some(open) if open_alias(open) && !open.ends_with('\'') => {
                open.push(';');
                open.push_str(piece);
            }
            _ => items.push(piece.trim().to_string()),
        }
    }
    if cut {
        items.pop();
    }
    const NUMBERS: [(&str, &str); 7] = [
        ("Vessel Registration Identification ", "imo"),
        ("Tax ID No. ", "tax"),
        ("Registration Number ", "registration"),
        ("Registration ID ", "registration"),
        ("Government Gazette Number ", "registration"),
        ("Company Number ", "registration"),
        ("Legal Entity Number ", "lei"),
    ];
    for item in &items {
        // `alt. Registration Number ...`: another number of its kind.
        let item = item.trim();
        let item = item.strip_prefix("alt. ").unwrap_or(item);
        if let Some(country) = ["nationality ", "citizen "].iter().find_map(|p| item.strip_prefix(p)) {
            push_unique(&mut e.countries, country_codes([country.to_string()]));
        } else if let Some(alias) = ["a.k.a. ", "f.k.a. ", "n.k.a. "].iter().find_map(|p| item.strip_prefix(p)) {
            push_unique(&mut e.names, [alias.trim().trim_matches(|c| c == '\'' || c == '"').to_string()]);
        } else if let Some((scheme, value)) = NUMBERS.iter().find_map(|(p, s)| Some((*s, item.strip_prefix(p)?))) {
            // Short numbers (`Registration ID 6205`) would match others'.
            let number = identifier(scheme, value.split(" (").next().unwrap_or(value));
            e.identifiers.extend(number.filter(|(_, v)| v.len() >= 6));
        }
    }
}

/// The `columns` of each row of the first of `files` beside the SDN list
/// that is there, by entry number (the first column), trimmed, OFAC's `-0-`
/// read as empty; none when none is there. Rows that cannot be read are
/// left out, each with a warning that names its line.
fn ofac_beside(
    path: &Path,
    files: &[&str],
    columns: &[usize],
) -> Result<Option<std::collections::HashMap<String, Vec<Vec<String>>>>> {
    let mut out: std::collections::HashMap<String, Vec<Vec<String>>> = std::collections::HashMap::new();
    let dir = path.parent().unwrap_or(Path::new("."));
    let Some(file) = files.iter().map(|f| dir.join(f)).find(|f| f.exists()) else {
        log::info!("no {} beside {}", files.join(" or "), path.display());
        return Ok(None);
    };
    if !file.is_file() {
        return Err(Error::BadFile {
            path: file.display().to_string(),
            message: format!(
                "not a file: the {} file beside {} is read for its entries; move what is there aside",
                files[0],
                path.display()
            ),
        });
    }
    // Checked as UTF-8 as the list itself is: an accented alias read
    // otherwise would be stored with replacement characters.
    let bytes = std::fs::read(&file).map_err(|source| Error::Io { path: file.clone(), error: source })?;
    let bytes = crate::store::unix_lines::utf8_text(bytes)
        .map_err(|(line, message)| Error::BadFile { path: format!("{}:{line}", file.display()), message })?
        .into_bytes();
    let mut rdr = csv_reader(csv::ReaderBuilder::new().has_headers(false).flexible(true), &bytes[..]);
    let starts = rdr.get_ref().line_starts();
    for rec in rdr.byte_records() {
        let rec = match rec {
            Ok(rec) => rec,
            Err(e) => {
                let line = starts.line(e.position());
                log::warn!("{}:{line}: left out, not readable as CSV: {e}", file.display());
                continue;
            }
        };
        let text = |i: usize| {
            let t = rec.get(i).map(|b| String::from_utf8_lossy(b).trim().to_string())?;
            Some(if t == "-0-" { String::new() } else { t })
        };
        let values: Option<Vec<String>> = columns.iter().map(|&c| text(c)).collect();
        let (Some(number), Some(values)) = (text(0), values) else {
            let line = starts.line(rec.position());
            let last = columns.iter().max().map_or(0, |c| c + 1);
            log::warn!("{}:{line}: left out, fewer than {last} columns", file.display());
            continue;
        };
        out.entry(number).or_default().push(values);
    }
    Ok(Some(out))
}

fn split(s: &str, sep: char) -> Vec<String> {
    s.split(sep).map(|x| x.trim().to_string()).filter(|x| !x.is_empty()).collect()
}

/// The columns of each CSV list format (lower case): those read, and for
/// the published formats the others they have, which are not needed.
const CSL_COLUMNS: &[&str] = &[
    "_id",
    "source",
    "entity_number",
    "type",
    "programs",
    "name",
    "title",
    "addresses",
    "federal_register_notice",
    "start_date",
    "end_date",
    "standard_order",
    "license_requirement",
    "license_policy",
    "call_sign",
    "vessel_type",
    "gross_tonnage",
    "gross_registered_tonnage",
    "vessel_flag",
    "vessel_owner",
    "remarks",
    "source_list_url",
    "alt_names",
    "citizenships",
    "dates_of_birth",
    "nationalities",
    "places_of_birth",
    "source_information_url",
    "ids",
];
const OS_SIMPLE_COLUMNS: &[&str] = &[
    "id",
    "schema",
    "name",
    "aliases",
    "birth_date",
    "countries",
    "addresses",
    "identifiers",
    "sanctions",
    "phones",
    "emails",
    "program_ids",
    "dataset",
    "first_seen",
    "last_seen",
    "last_change",
];
/// The `--list-format` whose columns a header is, if one's are most of
/// it (four in five, three at least) and not those of `reading`: to name
/// the format a file given with another is in.
fn format_of_header(headers: &[String], reading: &[&str]) -> Option<&'static str> {
    let given: Vec<&str> = headers.iter().map(|h| h.trim()).filter(|h| !h.is_empty()).collect();
    // OFAC's sdn.csv: its own header (`ent_num`, `SDN_Name`; or `ID`,
    // `Name`, ... `Col_F` to `Col_K`, `Details`, as copies write it), or none, a
    // first row of an entry number and OFAC's `-0-` for empty.
    let lower: Vec<String> = given.iter().map(|h| h.to_ascii_lowercase()).collect();
    let has = |c: &str| lower.iter().any(|h| h == c);
    let ofac_header = (has("ent_num") && has("sdn_name")) || (has("col_f") && has("col_k") && has("details"));
    let ofac_row = given.first().is_some_and(|h| h.bytes().all(|b| b.is_ascii_digit())) && given.contains(&"-0-");
    if (ofac_header || ofac_row) && reading != OFAC_SDN_READS {
        return Some("ofac-sdn");
    }
    let known = |cols: &[&str]| given.iter().filter(|h| cols.contains(&h.to_ascii_lowercase().as_str())).count();
    let (format, columns, count) = CSV_FORMATS.iter().map(|&(f, cols)| (f, cols, known(cols))).max_by_key(|x| x.2)?;
    // Not when the format read knows as many (`id,name,aliases`: csv and os-simple).
    (count >= 3 && count * 5 >= given.len() * 4 && columns != reading && known(reading) < count).then_some(format)
}

/// The list formats read by their columns' names.
const CSV_FORMATS: [(&str, &[&str]); 4] =
    [("eu-journal", EU_JOURNAL_COLUMNS), ("csl", CSL_COLUMNS), ("os-simple", OS_SIMPLE_COLUMNS), ("csv", CSV_COLUMNS)];

/// Another list format that reads two columns or more of a header than
/// the format `reading` does, with the columns each reads: a file given
/// with a format that would drop its aliases, countries or programmes
/// (and replace a list read well before with less).
fn format_reading_more(headers: &[String], reading: &[&str]) -> Option<(&'static str, Vec<String>, Vec<String>)> {
    let read_by =
        |cols: &[&str]| -> Vec<String> { headers.iter().filter(|h| cols.contains(&h.as_str())).cloned().collect() };
    let ours = read_by(reading);
    let (format, theirs) = CSV_FORMATS
        .iter()
        .filter(|(_, cols)| *cols != reading)
        .map(|&(f, cols)| (f, read_by(cols)))
        .max_by_key(|(_, read)| read.len())?;
    (theirs.len() >= ours.len() + 2).then_some((format, theirs, ours))
}

/// Up to eight columns, and how many there are when more.
fn some_of(columns: &[String]) -> String {
    match columns.len() {
        0 => "none".to_string(),
        n if n > 8 => format!("{}, ... ({n} in all)", columns[..8].join(", ")),
        _ => columns.join(", "),
    }
}

/// The columns of OFAC's sdn.csv as its own header names them, for
/// [`format_of_header`] (the format reads them by place).
const OFAC_SDN_READS: &[&str] = &["ent_num", "sdn_name"];

/// A plain list's columns; `alias` and `program` are taken for `aliases`
/// and `list`.
const CSV_COLUMNS: &[&str] =
    &["id", "name", "aliases", "alias", "country", "identifiers", "address", "list", "program", "listed_on"];

/// The columns of OpenSanctions' EU journal CSVs that `eu-journal` reads.
const EU_JOURNAL_COLUMNS: &[&str] = &[
    "celex",
    "recordid",
    "programkey",
    "annex",
    "measure",
    "startdate",
    "schema",
    "name",
    "alias",
    "weakalias",
    "previousname",
    "country",
    "nationality",
    "jurisdiction",
    "flag",
    "registrationnumber",
    "taxnumber",
    "idnumber",
    "inncode",
    "ogrncode",
    "kppcode",
    "okpocode",
    "leicode",
    "swiftbic",
    "imonumber",
    "mmsi",
    "address",
    // Given, but not used in screening.
    "reason",
    "birthdate",
    "birthplace",
    "position",
    "passportnumber",
    "gender",
    "appearance",
    "ethnicity",
    "fathername",
    "mothername",
    "incorporationdate",
    "legalform",
    "sector",
    "ticker",
    "phone",
    "email",
    "website",
    "notes",
];

/// Identifier columns of the EU journal CSVs, with their schemes.
const EU_JOURNAL_IDENTIFIERS: [(&str, &str); 11] = [
    ("inncode", "inn"),
    ("ogrncode", "ogrn"),
    ("kppcode", "kpp"),
    ("okpocode", "okpo"),
    ("leicode", "lei"),
    ("swiftbic", "swift"),
    ("imonumber", "imo"),
    ("mmsi", "mmsi"),
    ("registrationnumber", "registration"),
    ("taxnumber", "tax"),
    ("idnumber", "id"),
];

/// The country part of an address: its last two parts when they name a
/// country together (`Kowloon, Hong Kong SAR, China`), else its last; if
/// that names none, the last part (between commas or brackets) that is a
/// country's name, with no postcode beside it, where the address gives it first (`109316, Russian
/// Federation, Moscow, ...`; `Russian Federation (197022, Saint
/// Petersburg, ...)`). Codes only at the end: a part of two or three
/// letters elsewhere is a building's letter or a district (`lit. A`, `VO`).
fn address_country(address: &str) -> String {
    let known = |t: &str| crate::reference::country_by_code_or_name(t).is_some();
    // Not a web address written after it (`..., Russian Federation jsc-energiya.com/`).
    let address = address.split(' ').filter(|w| !is_web_address(w)).collect::<Vec<_>>().join(" ");
    let address = address.trim_end_matches(['.', ' ']);
    // Pieces joined by `;` (see addresses_and_countries) are parts too.
    let parts: Vec<&str> = address.split([',', ';']).map(str::trim).collect();
    let two = parts.len().checked_sub(2).map(|i| parts[i..].join(", "));
    let last = parts.last().copied().unwrap_or("");
    match two {
        Some(t) if known(&t) => t,
        _ if known(last) => last.to_string(),
        _ => {
            // Without a postcode beside it (`Ukraine 295000`, `346465 Russian Federation`).
            let inner = address
                .split([',', ';', '(', ')', '/', ':'])
                .map(|p| p.trim_matches(|c: char| c.is_ascii_digit() || c == ' '));
            let named = inner.rev().find(|p| p.chars().count() > 3 && known(p));
            named.unwrap_or(last).to_string()
        }
    }
}

/// Whether a word is a web address (`http://uvz.ru/`, `www.x.com`,
/// `jsc-energiya.com/`).
fn is_web_address(word: &str) -> bool {
    let w = word.trim_matches(|c: char| c == ',' || c == ';').to_ascii_lowercase();
    w.contains("://")
        || w.starts_with("www.")
        || w.strip_suffix('/').unwrap_or(&w).rsplit_once('.').is_some_and(|(host, tld)| {
            !host.is_empty()
                && host.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
                && ["com", "ru", "net", "org", "by", "cn", "su", "info", "biz"].contains(&tld)
        })
}

/// The addresses of a cell of several separated by `;`, each with its
/// country where the list writes it otherwise: a piece that names no
/// country and begins with a postcode is the start of the next when that
/// does not begin with one (`129626, Moscow, Alekseevsky Municipal District; 1st
/// Mytishchinskaya Str., 3, Russian Federation` is one address); a piece
/// still without a country that begins with a postcode written as every
/// other address of the entry begins (six digits), all in one country,
/// is in that country (`119049, Moscow, ...` beside `622007, ...,
/// Russian Federation`).
fn addresses_and_countries(cell: &str) -> (Vec<String>, Vec<String>) {
    let known = |t: &str| crate::reference::country_by_code_or_name(t).is_some();
    let postcode = |a: &str| {
        let first = a.split([',', ';']).next().unwrap_or("").trim();
        (first.len() >= 4 && first.bytes().all(|b| b.is_ascii_digit())).then_some(first.len())
    };
    let mut addresses: Vec<String> = Vec::new();
    let mut open = false;
    for piece in split(cell, ';') {
        match addresses.last_mut() {
            Some(last) if open && postcode(&piece).is_none() => last.push_str(&format!("; {piece}")),
            _ => addresses.push(piece),
        }
        let last = addresses.last().map_or("", |a| a.as_str());
        open = postcode(last).is_some() && !known(&address_country(last));
    }
    let mut countries: Vec<String> = addresses.iter().map(|a| address_country(a)).collect();
    // Each read address's postcode length and country code.
    let read: Vec<(Option<usize>, &str)> = addresses
        .iter()
        .zip(&countries)
        .filter_map(|(a, c)| crate::reference::country_by_code_or_name(c).map(|k| (postcode(a), k.iso2.as_str())))
        .collect();
    let alike = read.first().filter(|&&(len, code)| len == Some(6) && read.iter().all(|&r| r == (len, code)));
    if let Some(&(len, code)) = alike {
        for (a, c) in addresses.iter().zip(countries.iter_mut()) {
            if !known(c) && postcode(a) == len {
                *c = code.to_string();
            }
        }
    }
    (addresses, countries)
}

/// The numbers of a text: runs of letters and digits of five characters or
/// more with four digits or more (`HE123456`, `530308406`, `54738`,
/// `EACPA3965E`), with the
/// hyphens that join their parts (`0613-0759-7600-0001`, a Turkish MERSIS
/// number; `311490-3301-ЗАО` is `311490-3301`, not `311490`) and digits
/// grouped in threes by spaces (`1 402 015 986`); labels and list marks
/// (`INN`, `(1)`) are none.
fn numbers_in(text: &str) -> Vec<String> {
    // Thousands' spaces out first: a group of one to three digits, then
    // groups of three, each after one space.
    let words: Vec<&str> = text.split(' ').collect();
    let mut joined: Vec<String> = Vec::new();
    let digits =
        |w: &str, n: std::ops::RangeInclusive<usize>| n.contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    let mut i = 0;
    while i < words.len() {
        let mut j = i + 1;
        if digits(words[i], 1..=3) {
            while j < words.len() && digits(words[j].trim_end_matches([',', ';', ')']), 3..=3) {
                j += 1;
            }
        }
        if j - i >= 3 {
            joined.push(words[i..j].concat())
        } else {
            joined.push(words[i].to_string());
            j = i + 1
        }
        i = j;
    }
    // A number written in dotted groups, of ten digits or more, is one
    // (Armenia's `269.110.1228684`); a date is not (`23.6.2023`).
    let dotted = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_ascii_digit());
        let one =
            w.split('.').count() > 1 && w.split('.').all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()));
        (one && w.len() - w.matches('.').count() >= 10).then(|| w.replace('.', ""))
    };
    let joined: Vec<String> = joined.iter().map(|w| dotted(w).unwrap_or_else(|| w.clone())).collect();
    let text = joined.join(" ");
    text.split(|c: char| !c.is_ascii_alphanumeric() && c != '-')
        .map(|w| w.trim_matches('-'))
        .filter(|w| w.len() >= 5 && w.bytes().filter(u8::is_ascii_digit).count() >= 4)
        .map(String::from)
        .collect()
}

/// A date as `d.m.yyyy` (the EU journal's) as `yyyy-mm-dd`, if it is one.
fn day_month_year(text: &str) -> Option<String> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    // Or the month in words (`9 August 2025`), as some rows give it.
    let words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
    let text = match words.as_slice() {
        [d, m, y] => match MONTHS.iter().position(|x| x == m) {
            Some(i) => format!("{d}.{}.{y}", i + 1),
            None => return None,
        },
        _ => text.to_string(),
    };
    let mut parts = text.trim().split('.');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    let (d, m, y): (u32, u32, u32) = (d.parse().ok()?, m.parse().ok()?, y.parse().ok()?);
    parts.next().is_none().then(|| iso_date(y, m, d)).flatten()
}

/// Year, month and day as an ISO date, if they are one.
fn iso_date(y: u32, m: u32, d: u32) -> Option<String> {
    let date = format!("{y:04}-{m:02}-{d:02}");
    crate::model::validate_date(&date).is_ok().then_some(date)
}

/// Parse a list file in a format.
/// `-` reads standard input (not for `ofac-sdn`, whose countries come from
/// files beside it).
pub fn parse_list(path: &Path, format: ListFormat) -> Result<ParsedList> {
    let stdin = path.as_os_str() == "-";
    let name = super::unix_lines::input_name(path);
    if stdin && format == ListFormat::OfacSdn {
        return Err(Error::BadFile {
            path: name,
            message: "ofac-sdn reads a file, not standard input: its countries come from add.csv beside it".into(),
        });
    }
    let reader: Box<dyn BufRead> = if stdin {
        Box::new(std::io::BufReader::new(std::io::stdin()))
    } else {
        Box::new(std::io::BufReader::new(super::unix_lines::open_file(path)?))
    };
    let mut parsed = match format {
        ListFormat::Ftm => parse_ftm(&name, reader),
        ListFormat::OfacSdn => parse_ofac_sdn(path, reader),
        ListFormat::Csl => parse_csv(&name, reader, (&["name"], CSL_COLUMNS), |get, line| {
            let mut e = ListEntry { id: get("_id"), schema: get("type"), line, ..Default::default() };
            // The Entity List and others leave the type of their bodies blank.
            if e.schema.is_empty() {
                e.schema = "Entity".into();
            }
            if e.id.is_empty() {
                e.id = get("entity_number");
            }
            push_unique(&mut e.names, [get("name")]);
            push_unique(&mut e.names, split(&get("alt_names"), ';'));
            if e.names.is_empty() {
                return Err("name: missing value".into());
            }
            let addresses = split(&get("addresses"), ';');
            e.countries = country_codes(addresses.iter().filter_map(|a| a.rsplit(',').next().map(String::from)));
            e.addresses = addresses;
            for id in split(&get("ids"), ';') {
                let mut parts = id.splitn(3, ',').map(str::trim);
                if let (Some(scheme), Some(value)) = (parts.next(), parts.next()) {
                    e.identifiers.extend(identifier(&scheme.to_ascii_lowercase(), value));
                }
            }
            e.programs = split(&get("source"), ';');
            e.programs.extend(split(&get("programs"), ';'));
            e.listed_on = Some(get("start_date")).filter(|d| !d.is_empty());
            Ok(e)
        }),
        ListFormat::EuJournal => {
            parse_csv(&name, reader, (&["recordid", "schema", "name"], EU_JOURNAL_COLUMNS), |get, line| {
                // A record id is unique within its annex only; rows of the
                // annexes without record ids go by their name.
                let record = Some(get("recordid")).filter(|r| !r.is_empty()).unwrap_or_else(|| get("name"));
                let id = match get("annex") {
                    a if a.is_empty() => record,
                    a => format!("{a}-{record}"),
                };
                let mut e = ListEntry { id, schema: get("schema"), line, ..Default::default() };
                // Not the transcription's placeholders: `Text of image` for
                // a name printed as an image, a language's label alone
                // (`Chinese:`), `So-called` before the name given as an
                // alias; the first alias is then the main name.
                let names = std::iter::once(get("name"))
                    .chain(["alias", "weakalias", "previousname"].iter().flat_map(|k| split(&get(k), ';')));
                push_unique(&mut e.names, names.filter(|n| !eu_journal_placeholder(n)));
                if e.names.is_empty() {
                    return Err("name: missing value".into());
                }
                // Countries as given, and the last part of each address (the
                // country column is often empty). An address whose country cannot
                // be read leaves the entry's countries unknown (empty: compatible
                // with any), not limited to those of its other addresses.
                let (addresses, last_parts) = addresses_and_countries(&get("address"));
                let unread = last_parts.iter().any(|p| crate::reference::country_by_code_or_name(p).is_none());
                let given = ["country", "jurisdiction", "nationality", "flag"].iter().flat_map(|k| split(&get(k), ';'));
                e.countries = if unread { Vec::new() } else { country_codes(given.chain(last_parts)) };
                e.addresses = addresses;
                for (column, scheme) in EU_JOURNAL_IDENTIFIERS {
                    // Every number of a cell, without its labels
                    // (`7704730655 (Tax ID/INN)`, `(1) 530308406 (2)
                    // 531246870`, `TIN (INN): 6230005886`).
                    let cell = get(column);
                    let numbers = numbers_in(&cell);
                    if numbers.is_empty() && cell.chars().any(|c| c.is_ascii_digit()) {
                        log::warn!(
                            "{name}:{line}: {column} {cell:?} holds no number of five characters or more, four of \
                             them digits: left out (too short to tell one party)"
                        );
                    }
                    for v in numbers {
                        if let Some(x) = identifier(scheme, &v).filter(|x| !e.identifiers.contains(x)) {
                            e.identifiers.push(x);
                        }
                    }
                }
                let programme =
                    [get("programkey"), get("annex")].into_iter().filter(|x| !x.is_empty()).collect::<Vec<_>>();
                push_unique(&mut e.programs, [programme.join(" annex ")]);
                e.listed_on = Some(get("startdate")).filter(|d| !d.is_empty());
                Ok(e)
            })
        }
        ListFormat::OsSimple => parse_csv(&name, reader, (&["id", "name"], OS_SIMPLE_COLUMNS), |get, line| {
            let mut e = ListEntry { id: get("id"), schema: get("schema"), line, ..Default::default() };
            push_unique(&mut e.names, [get("name")]);
            push_unique(&mut e.names, split(&get("aliases"), ';'));
            if e.id.is_empty() || e.names.is_empty() {
                return Err("id and name are required".into());
            }
            e.countries = country_codes(split(&get("countries"), ';'));
            e.addresses = split(&get("addresses"), ';');
            e.identifiers = split(&get("identifiers"), ';').iter().filter_map(|v| identifier("id", v)).collect();
            // The programmes' ids (`RUSSIA-EO14024`), else the sanctions'
            // text, else the dataset.
            e.programs = split(&get("program_ids"), ';');
            if e.programs.is_empty() {
                e.programs = split(&get("sanctions"), ';');
            }
            if e.programs.is_empty() {
                e.programs = split(&get("dataset"), ';');
            }
            e.listed_on = Some(get("first_seen")).filter(|d| !d.is_empty());
            Ok(e)
        }),
        ListFormat::Csv => parse_csv(&name, reader, (&["name"], CSV_COLUMNS), |get, line| {
            let mut e = ListEntry { id: get("id"), schema: "LegalEntity".into(), line, ..Default::default() };
            push_unique(&mut e.names, [get("name")]);
            push_unique(&mut e.names, split(&get("aliases"), ';'));
            push_unique(&mut e.names, split(&get("alias"), ';'));
            if e.names.is_empty() {
                return Err("name: missing value".into());
            }
            let country = get("country");
            e.countries = country_codes(split(&country, ';'));
            if !country.is_empty() && e.countries.is_empty() {
                return Err(format!(
                    "country: {country:?} is no country's ISO 3166-1 code nor English name (give CU, CUB or Cuba)"
                ));
            }
            for id in split(&get("identifiers"), ';') {
                match id.split_once(':') {
                    Some((s, v)) => e.identifiers.extend(identifier(&s.trim().to_ascii_lowercase(), v)),
                    None => return Err(format!("identifiers: {id:?} is not scheme:value")),
                }
            }
            e.addresses = split(&get("address"), ';');
            e.programs = split(&get("list"), ';');
            e.programs.extend(split(&get("program"), ';'));
            e.listed_on = Some(get("listed_on")).filter(|d| !d.is_empty());
            Ok(e)
        }),
    }?;
    listing_dates(&name, &mut parsed.entries, format == ListFormat::Csl);
    Ok(parsed)
}

/// Read each entry's listing date as given into an ISO date, by one rule
/// for every format: `2023-06-23` (a time after it dropped; a month or a
/// year alone, `2014-07`, as FollowTheMoney gives some, kept so),
/// `23.6.2023`, `23 June 2023`, and in a US list (`us_order`: the
/// Consolidated Screening List) `06/23/2023`; any other is warned of and
/// the entry kept without a date, as screening needs the entry more than
/// its date.
fn listing_dates(name: &str, entries: &mut [ListEntry], us_order: bool) {
    for e in entries.iter_mut() {
        let Some(given) = e.listed_on.take() else { continue };
        e.listed_on = listing_date(&given, us_order);
        if e.listed_on.is_none() {
            let forms = if us_order {
                "2023-06-23, 23.6.2023, 23 June 2023 or 06/23/2023"
            } else {
                "2023-06-23, 23.6.2023 or 23 June 2023"
            };
            log::warn!("{name}:{}: listing date {given:?} is no date ({forms}): entry kept without one", e.line);
        }
    }
}

/// A listing date as an ISO date (see [`listing_dates`]).
pub(crate) fn listing_date(given: &str, us_order: bool) -> Option<String> {
    let t = given.trim();
    // An ISO date, with a time after it or not (`2022-03-15T00:00:00`,
    // `2022-03-15 10:00`).
    let b = t.as_bytes();
    let timed = b.len() > 11 && matches!(b[10], b'T' | b' ') && b[11].is_ascii_digit();
    let iso = t.get(..10).filter(|_| t.len() == 10 || timed);
    if let Some(d) = iso.filter(|d| crate::model::validate_date(d).is_ok()) {
        return Some(d.to_string());
    }
    // A month or a year alone (`2014-07`, `2014`).
    let year = |y: &str| y.len() == 4 && y.bytes().all(|c| c.is_ascii_digit());
    match t.split_once('-') {
        None if year(t) => return Some(t.to_string()),
        Some((y, m)) if year(y) && m.len() == 2 && m.parse::<u32>().is_ok_and(|m| (1..=12).contains(&m)) => {
            return Some(t.to_string());
        }
        _ => {}
    }
    // The US order (`06/23/2023`), as US lists write it.
    let us: Vec<&str> = t.split('/').collect();
    if us_order
        && let [m, d, y] = us.as_slice()
        && y.len() == 4
        && let (Ok(m), Ok(d), Ok(y)) = (m.parse::<u32>(), d.parse::<u32>(), y.parse::<u32>())
    {
        return iso_date(y, m, d);
    }
    day_month_year(t)
}

impl Store {
    /// The holdings a list states between its entries (owner, asset,
    /// share), a holding given with a share and without it once.
    pub fn list_ownerships(&self, list: &str) -> Result<Vec<ListOwnership>> {
        let mut stmt = self.conn.prepare(
            "SELECT owner_id, asset_id, max(share) FROM list_ownership WHERE list = ?1 \
             GROUP BY owner_id, asset_id ORDER BY owner_id, asset_id",
        )?;
        let rows =
            stmt.query_map([list], |r| Ok(ListOwnership { owner: r.get(0)?, asset: r.get(1)?, share: r.get(2)? }))?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Remove a list, its entries and the links of store entities to them,
    /// in one transaction: the entries removed and the links deleted.
    pub fn remove_list(&mut self, list: &str) -> Result<(usize, usize)> {
        let tx = self.conn.transaction()?;
        let entries = tx.execute("DELETE FROM list_entries WHERE list = ?1", [list])?;
        for t in ["list_names", "list_identifiers", "list_addresses", "list_ownership", "lists"] {
            tx.execute(&format!("DELETE FROM {t} WHERE list = ?1"), [list])?;
        }
        // The links to it go, and those left stay as up to date as they
        // were: `match` would add none.
        let unlinked = tx.execute("DELETE FROM entity_matches WHERE list = ?1", [list])?;
        tx.commit()?;
        Ok((entries, unlinked))
    }

    /// Store a parsed list under `list`, replacing its previous version, in
    /// one transaction. A version that would remove more than half the
    /// entries of a list of ten or more (a file cut short, another list
    /// under its name) is refused unless `allow_shrink`; one in another
    /// format than before is warned about.
    pub fn store_list(
        &mut self,
        list: &str,
        format: ListFormat,
        file: &str,
        parsed: ParsedList,
        skip_invalid: bool,
        allow_shrink: bool,
    ) -> Result<ListImportReport> {
        if !parsed.errors.is_empty() && !skip_invalid {
            let total = parsed.errors.len();
            return Err(Error::InvalidRows {
                errors: parsed.errors.into_iter().take(ROW_ERRORS_SHOWN).collect(),
                total,
            });
        }
        // A file without entries (empty, a header alone, every row skipped)
        // would empty the list and unlink its entities: refused.
        if parsed.entries.is_empty() {
            let skipped = if parsed.errors.is_empty() { String::new() } else { ", every row was skipped".into() };
            let loaded: bool =
                self.conn.query_row("SELECT count(*) > 0 FROM lists WHERE list = ?1", [list], |r| r.get(0))?;
            let what = if loaded {
                format!("importing it would empty list {list:?} (to remove a list: `chokepoint lists remove {list}`)")
            } else {
                format!("list {list:?} would hold nothing")
            };
            return Err(Error::BadFile {
                path: file.into(),
                message: format!("no entries{skipped}: {what}; nothing written (check the file and --format)"),
            });
        }
        let was: Option<String> =
            self.conn.query_row("SELECT format FROM lists WHERE list = ?1", [list], |r| r.get(0)).optional()?;
        if let Some(was) = was.filter(|w| *w != format.name()) {
            log::warn!("list {list:?} was imported as {was}, and now as {}: check --format", format.name());
        }
        // Each entry of the previous version, with its main name.
        let before: BTreeMap<String, String> = {
            let mut stmt = self.conn.prepare("SELECT entry_id, name FROM list_entries WHERE list = ?1")?;
            stmt.query_map([list], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?
        };
        // What each entry of the previous version said, to tell the
        // entries kept as they were from those changed.
        let said_before: BTreeMap<String, (String, ListEntry)> =
            self.entries_of(Some(list))?.into_iter().map(|(_, e)| (e.id.clone(), (fingerprint(&e), e))).collect();
        let ids: std::collections::HashSet<&str> = parsed.entries.iter().map(|e| e.id.as_str()).collect();
        let (had, removed) = (before.len(), before.keys().filter(|id| !ids.contains(id.as_str())).count());
        if had >= 10 && removed * 2 > had && !allow_shrink {
            return Err(Error::BadFile {
                path: file.into(),
                message: format!(
                    "importing it would remove {removed} of the {had} entries of list {list:?} ({} in the file): \
                     a file cut short, or another list? Nothing written; import it with --allow-shrink if the \
                     list did shrink so",
                    parsed.entries.len()
                ),
            });
        }
        // The holdings the previous version gave, to tell whether it changed.
        let owned_before: Vec<String> = {
            let mut stmt = self.conn.prepare("SELECT owner_id, asset_id, share FROM list_ownership WHERE list = ?1")?;
            let rows = stmt.query_map([list], |r| {
                Ok(ListOwnership { owner: r.get(0)?, asset: r.get(1)?, share: r.get(2)? }.key())
            })?;
            let mut v = rows.collect::<rusqlite::Result<Vec<_>>>()?;
            v.sort();
            v
        };
        let mut owned_now: Vec<String> = parsed.ownerships.iter().map(ListOwnership::key).collect();
        owned_now.sort();
        let tx = self.conn.transaction()?;
        for t in ["list_names", "list_identifiers", "list_addresses", "list_ownership", "list_entries", "lists"] {
            tx.execute(&format!("DELETE FROM {t} WHERE list = ?1"), [list])?;
        }
        tx.execute(
            "INSERT INTO lists (list, format, file, entries) VALUES (?1, ?2, ?3, ?4)",
            params![list, format.name(), file, parsed.entries.len() as i64],
        )?;
        let mut after: BTreeMap<String, String> = BTreeMap::new();
        // Each changed entry's id, and what changed.
        let mut changed: Vec<(String, String)> = Vec::new();
        {
            let mut entry = tx.prepare(
                "INSERT OR REPLACE INTO list_entries (list, entry_id, schema, name, countries, programs, listed_on, line)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?;
            let mut name = tx.prepare("INSERT INTO list_names VALUES (?1, ?2, ?3)")?;
            let mut ident = tx.prepare("INSERT INTO list_identifiers VALUES (?1, ?2, ?3, ?4)")?;
            let mut addr = tx.prepare("INSERT INTO list_addresses VALUES (?1, ?2, ?3)")?;
            for e in &parsed.entries {
                after.insert(e.id.clone(), e.names[0].clone());
                if let Some((_, old)) = said_before.get(&e.id).filter(|(was, _)| *was != fingerprint(e)) {
                    changed.push((e.id.clone(), changes(old, e)));
                }
                entry.execute(params![
                    list,
                    e.id,
                    e.schema,
                    e.names[0],
                    e.countries.join(";"),
                    e.programs.join(";"),
                    e.listed_on,
                    e.line as i64
                ])?;
                for n in &e.names {
                    name.execute(params![list, e.id, n])?;
                }
                for (s, v) in &e.identifiers {
                    ident.execute(params![list, e.id, s, v])?;
                }
                for a in &e.addresses {
                    addr.execute(params![list, e.id, a])?;
                }
            }
            let mut own = tx.prepare("INSERT INTO list_ownership VALUES (?1, ?2, ?3, ?4)")?;
            for o in &parsed.ownerships {
                own.execute(params![list, o.owner, o.asset, o.share])?;
            }
        }
        // A version that changed anything makes the store's links out of
        // date (see Store::links_out_of_date); the same one again does not.
        let same = changed.is_empty() && owned_before == owned_now && before.keys().eq(after.keys());
        if !same {
            tx.execute("UPDATE list_imports SET n = n + 1", [])?;
        }
        // Links of store entities to entries gone from the list go too.
        let gone: Vec<&String> = before.keys().filter(|id| !after.contains_key(*id)).collect();
        let mut unlinked = 0;
        {
            let mut unlink = tx.prepare("DELETE FROM entity_matches WHERE list = ?1 AND entry_id = ?2")?;
            for id in &gone {
                unlinked += unlink.execute(params![list, id])?;
            }
        }
        tx.commit()?;
        // An entry as `id name`, or the name alone when it is the id.
        let shown = |(id, name): (&String, &String)| if id == name { id.clone() } else { format!("{id} {name}") };
        Ok(ListImportReport {
            list: list.into(),
            entries: after.len(),
            added: after.iter().filter(|(id, _)| !before.contains_key(*id)).map(shown).collect(),
            removed: before.iter().filter(|(id, _)| !after.contains_key(*id)).map(shown).collect(),
            changed: changed
                .iter()
                .filter_map(|(id, what)| after.get_key_value(id).map(|e| format!("{}: {what}", shown(e))))
                .collect(),
            skipped: parsed.errors.len(),
            unlinked,
        })
    }

    /// The lists loaded.
    pub fn lists(&self) -> Result<Vec<ListSummary>> {
        let mut stmt = self.conn.prepare(
            "SELECT l.list, l.format, l.file, l.imported_at, l.entries, min(e.listed_on), max(e.listed_on)
             FROM lists l LEFT JOIN list_entries e ON e.list = l.list GROUP BY l.list ORDER BY l.list",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(ListSummary {
                list: r.get(0)?,
                format: r.get(1)?,
                file: r.get(2)?,
                imported_at: r.get(3)?,
                entries: r.get::<_, i64>(4)? as u64,
                first_listed: r.get(5)?,
                last_listed: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every list entry with its names, identifiers and addresses.
    pub fn list_entries(&self) -> Result<Vec<(String, ListEntry)>> {
        self.entries_of(None)
    }

    /// The entries of one list, or (`None`) of every list.
    fn entries_of(&self, list: Option<&str>) -> Result<Vec<(String, ListEntry)>> {
        let mut out: Vec<(String, ListEntry)> = Vec::new();
        let mut index: BTreeMap<(String, String), usize> = BTreeMap::new();
        let mut stmt = self.conn.prepare(
            "SELECT list, entry_id, schema, countries, programs, listed_on, line FROM list_entries
             WHERE ?1 IS NULL OR list = ?1 ORDER BY list, entry_id",
        )?;
        let mut rows = stmt.query([list])?;
        while let Some(r) = rows.next()? {
            let (list, id): (String, String) = (r.get(0)?, r.get(1)?);
            let countries: String = r.get(3)?;
            let programs: String = r.get(4)?;
            index.insert((list.clone(), id.clone()), out.len());
            out.push((
                list,
                ListEntry {
                    id,
                    schema: r.get(2)?,
                    countries: split(&countries, ';'),
                    programs: split(&programs, ';'),
                    listed_on: r.get(5)?,
                    line: r.get::<_, Option<i64>>(6)?.unwrap_or(0) as u64,
                    ..Default::default()
                },
            ));
        }
        for (table, col) in [("list_names", "name"), ("list_addresses", "address")] {
            let mut stmt = self.conn.prepare(&format!(
                "SELECT list, entry_id, {col} FROM {table} WHERE ?1 IS NULL OR list = ?1 ORDER BY rowid"
            ))?;
            let mut rows = stmt.query([list])?;
            while let Some(r) = rows.next()? {
                if let Some(&i) = index.get(&(r.get(0)?, r.get(1)?)) {
                    let v: String = r.get(2)?;
                    if table == "list_names" { out[i].1.names.push(v) } else { out[i].1.addresses.push(v) }
                }
            }
        }
        let mut stmt = self
            .conn
            .prepare("SELECT list, entry_id, scheme, value FROM list_identifiers WHERE ?1 IS NULL OR list = ?1")?;
        let mut rows = stmt.query([list])?;
        while let Some(r) = rows.next()? {
            if let Some(&i) = index.get(&(r.get(0)?, r.get(1)?)) {
                out[i].1.identifiers.push((r.get(2)?, r.get(3)?));
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ofac_remarks_give_names_numbers_and_countries() {
        let mut e = ListEntry::default();
        let remarks = "Tax ID No. 7701234567 (Russia); a.k.a. 'KVARTA; PLUS'; alt. Registration Number 1157746000001 \
                       (Russia); nationality Burma; Linked To: VORTA LLC; a.k.a. 'ABU-'VORT'; \
                       Vessel Registration Identification IMO 9123456.";
        ofac_remarks(remarks, &mut e);
        assert_eq!(e.names, ["KVARTA; PLUS", "ABU-'VORT"]);
        let numbers: Vec<&str> = e.identifiers.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(numbers, ["tax", "registration", "imo"]);
        assert_eq!(e.identifiers[2].1, "9123456");
        assert_eq!(e.countries, ["MM"]);
        // Remarks cut at 1,000 characters lose their cut last item.
        let mut e = ListEntry::default();
        let long = format!("a.k.a. 'KVARTA'; {}; a.k.a. 'VORT", "x".repeat(969));
        assert_eq!(long.chars().count(), 1000);
        ofac_remarks(&long, &mut e);
        assert_eq!(e.names, ["KVARTA"]);
    }

    #[test]
    fn the_country_of_an_address_is_its_last_part_or_two() {
        assert_eq!(address_country("2 Invented St, Kowloon, Hong Kong SAR, China"), "Hong Kong SAR, China");
        assert_eq!(
            address_country("1 Invented Rd, Shenzhen, People’s Republic of China"),
            "People’s Republic of China"
        );
        assert_eq!(address_country("Moscow"), "Moscow");
        // A country named first, or before brackets.
        let first = "109316, Russian Federation, Moscow, Invented Ave., 28A, lit. A";
        assert_eq!(address_country(first), "Russian Federation");
        let bracketed = "Russian Federation (197022, Saint Petersburg, ul. Invented, 14)";
        assert_eq!(address_country(bracketed), "Russian Federation");
        assert_eq!(address_country("Invented Street 5, Simferopol, Ukraine 295000"), "Ukraine");
        // After a label, before a slash.
        let labelled = "Invented Road 1, Kowloon Principal place of business: People's Republic of China/Hong Kong";
        assert_eq!(address_country(labelled), "Hong Kong");
        // A web address or a full stop after the country.
        assert_eq!(
            address_country("399775, Yelets, Elektrik Settlement, 1, Russian Federation x-y.com/"),
            "Russian Federation"
        );
        assert_eq!(address_country("Proezd 10, 423800, Naberezhnye Chelny, Russian Federation."), "Russian Federation");
        // Not a code but at the end (`VO`, a district of Saint Petersburg).
        assert_eq!(address_country("199034, Saint Petersburg, VO, Invented Prospekt, 18"), "18");
    }

    #[test]
    fn ownership_percentages_are_read_as_the_least_they_say() {
        for (text, share) in [
            ("51", Some(51.0)),
            ("51.5%", Some(51.5)),
            ("> 50%", Some(50.0)),
            ("more than 50%", Some(50.0)),
            ("50-75%", Some(50.0)),
            ("25 – 50 %", Some(25.0)),
            ("< 25%", None),
            ("fifty", None),
            ("75-50", None),
            ("1e309", None),
            ("-60", None),
            ("5000", None),
            ("NaN", None),
        ] {
            assert_eq!(ownership_share(text), share, "{text}");
        }
    }

    #[test]
    fn listing_dates_are_read_with_the_month_as_a_number_or_a_word() {
        assert_eq!(day_month_year("23.2.2023").as_deref(), Some("2023-02-23"));
        assert_eq!(day_month_year("9 August 2025").as_deref(), Some("2025-08-09"));
        assert_eq!(day_month_year("31.2.2023"), None);
        assert_eq!(day_month_year("9 Augst 2025"), None);
        assert_eq!(day_month_year("31 February 2023"), None);
        // Every format by one rule: ISO (a time dropped), the EU's, the US order.
        for (given, read) in [
            ("2023-05-01", Some("2023-05-01")),
            ("2022-03-15T00:00:00", Some("2022-03-15")),
            ("2022-03-15 10:00", Some("2022-03-15")),
            ("2014-07", Some("2014-07")),
            ("2014", Some("2014")),
            ("23.6.2023", Some("2023-06-23")),
            ("02/24/2023", Some("2023-02-24")),
            ("2022-13-45", None),
            ("2014-13", None),
            ("02/30/2023", None),
            ("not a date", None),
            ("2023-05-01x", None),
            ("2023-06-23 junk here", None),
        ] {
            assert_eq!(listing_date(given, true).as_deref(), read, "{given}");
        }
        // The US order in a US list only: elsewhere 05/06/2023 may be 5 June.
        assert_eq!(listing_date("05/06/2023", false), None);
    }

    #[test]
    fn addresses_cut_by_semicolons_are_read_whole() {
        let codes = |cell: &str| {
            let (addresses, countries) = addresses_and_countries(cell);
            (addresses.len(), country_codes(countries))
        };
        // A piece begun with a postcode and no country runs on into the next.
        let cell = "129626, Moscow, District; 1st Invented Str., 3, Russian Federation; 113054, Moscow, Invented Lane, 13, Russian Federation";
        assert_eq!(codes(cell), (2, vec!["RU".to_string()]));
        assert_eq!(
            codes("606007; Oblast; Dzerzhinsk; Zelenaya Str.; 6; Russian Federation"),
            (1, vec!["RU".to_string()])
        );
        // A postcode written as the entry's other addresses write theirs, all in one country.
        let cell =
            "622007, Nizhny Tagil, Vostochnoye Shosse, 28, Russian Federation; 119049, Moscow, Invented Str., 40";
        assert_eq!(codes(cell), (2, vec!["RU".to_string()]));
        // Not when the others are in two countries, nor for a piece without a postcode.
        let (_, countries) = addresses_and_countries(
            "220000, Minsk, Invented St, Belarus; 119049, Moscow, Invented Str., 40, Russia; 101000, Moscow",
        );
        assert_eq!(countries[2], "Moscow");
        let (_, countries) =
            addresses_and_countries("622007, Nizhny Tagil, 28, Russian Federation; Moscow, Invented Str., 40");
        assert_eq!(countries[1], "40");
    }

    #[test]
    fn numbers_are_read_without_their_labels() {
        assert_eq!(numbers_in("7704730655 (Tax ID/INN)"), ["7704730655"]);
        assert_eq!(numbers_in("(1) 530308406 (2) 531246870"), ["530308406", "531246870"]);
        assert_eq!(numbers_in("TIN (INN): 6230005886"), ["6230005886"]);
        assert_eq!(numbers_in(" (OGRN) 1237700341801"), ["1237700341801"]);
        assert_eq!(numbers_in("65627867 (BRN), 2323950 (CRN)"), ["65627867", "2323950"]);
        assert_eq!(numbers_in("HE 123456; HE123456"), ["123456", "HE123456"]);
        // Parts joined by hyphens are one number; thousands' spaces are none.
        assert_eq!(numbers_in("311490-3301-ЗАО"), ["311490-3301"]);
        assert_eq!(numbers_in("0613-0759-7600-0001 (MERSIS)"), ["0613-0759-7600-0001"]);
        // Dotted groups of ten digits or more are one number; a date is none.
        assert_eq!(numbers_in("269.110.1228684 (Registration No.)"), ["2691101228684"]);
        assert_eq!(numbers_in("registered on 23.06.2023, No. 286.110.02174"), ["28611002174"]);
        assert_eq!(numbers_in("UDYAM-MH-19-0043052; 315939-5"), ["UDYAM-MH-19-0043052", "315939-5"]);
        assert_eq!(numbers_in("1 402 015 986 (INN)"), ["1402015986"]);
        assert_eq!(numbers_in("OGRN 1 121 402 000 213, INN 9 102 157 783"), ["1121402000213", "9102157783"]);
        // A passport's series and number are not thousands.
        assert_eq!(numbers_in("03 01 118013"), ["118013"]);
        // Five characters with four digits are enough: a short local number,
        // an Indian PAN; a year is not.
        assert_eq!(numbers_in("54738 (Tax ID/INN)"), ["54738"]);
        assert_eq!(numbers_in("EACPA3965E (IEC); EACPA3965E (PAN)"), ["EACPA3965E", "EACPA3965E"]);
        assert_eq!(numbers_in("registered in 2019"), Vec::<String>::new());
    }

    #[test]
    fn today_is_a_date() {
        let t = today();
        assert!(t.as_str() > "2024-01-01" && crate::model::validate_date(&t).is_ok(), "{t}");
    }

    #[test]
    fn ftm_entities_gather_sanctions_addresses_and_ownership() {
        let text = r#"{"id":"c1","schema":"Company","properties":{"name":["ООО «Ромашка»"],"alias":["Romashka LLC"],"country":["ru"],"innCode":["7701234567"],"addressEntity":["a1"],"programId":["GB-RUS","EU-UKR"]}}
{"id":"a1","schema":"Address","properties":{"full":["1 Lenina St, Moscow"]}}
{"id":"s1","schema":"Sanction","properties":{"entity":["c1"],"programId":["EU-UKR"],"listingDate":["2023-06-23"]}}
{"id":"o1","schema":"Ownership","properties":{"owner":["p1"],"asset":["c1"],"percentage":["51"]}}
{"id":"o2","schema":"Ownership","properties":{"owner":["p1"],"asset":["c1"],"percentage":["100"],"endDate":["2019-03-01"]}}
not json
{"schema":"Company"}
"#;
        let p = parse_ftm("x.json", text.as_bytes()).unwrap();
        assert_eq!(p.entries.len(), 1);
        let e = &p.entries[0];
        assert_eq!(e.names, ["ООО «Ромашка»", "Romashka LLC"]);
        assert_eq!(e.countries, ["RU"]);
        assert_eq!(e.identifiers, [("inn".to_string(), "7701234567".to_string())]);
        assert_eq!(e.addresses, ["1 Lenina St, Moscow"]);
        // The entity's own programmes and its Sanction's, once each.
        assert_eq!(e.programs, ["GB-RUS", "EU-UKR"]);
        assert_eq!(e.listed_on.as_deref(), Some("2023-06-23"));
        // The holding that ended in 2019 is left out.
        assert_eq!(p.ownerships, [ListOwnership { owner: "p1".into(), asset: "c1".into(), share: Some(51.0) }]);
        let lines: Vec<u64> = p.errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [6, 7]);
    }

    #[test]
    fn ftm_exports_that_flag_targets_keep_them_and_what_they_own_half_of() {
        let party = |id: &str, name: &str, target: bool| {
            format!(
                "{{\"id\":\"{id}\",\"schema\":\"Company\",\"target\":{target},\"properties\":{{\"name\":[\"{name}\"]}}}}\n"
            )
        };
        let owns = |id: &str, owner: &str, asset: &str, pct: &str| {
            format!(
                "{{\"id\":\"{id}\",\"schema\":\"Ownership\",\"target\":false,\"properties\":{{\"owner\":[\"{owner}\"],\"asset\":[\"{asset}\"],\"percentage\":[\"{pct}\"]}}}}\n"
            )
        };
        let text = [
            party("t", "Kvarta Holding", true),
            party("a", "Vorta LLC", false),
            party("b", "Brelvik LLC", false),
            party("c", "Ostrel LLC", false),
            owns("o1", "t", "a", "60"),
            owns("o2", "a", "c", "50"),
            owns("o3", "t", "b", "30"),
            // A holding's history: the largest share counts, once.
            owns("o4", "t", "b", "40"),
        ]
        .concat();
        let p = parse_ftm("x.json", text.as_bytes()).unwrap();
        let kept: Vec<(&str, &[String])> = p.entries.iter().map(|e| (e.id.as_str(), e.programs.as_slice())).collect();
        assert_eq!(kept.iter().map(|k| k.0).collect::<Vec<_>>(), ["a", "c", "t"]);
        assert_eq!(kept[0].1, ["owned 50%+ by sanctioned parties: Kvarta Holding (listed) 60% = 60%"]);
        assert!(kept[1].1[0].contains("Vorta LLC (owned_by_listed: Kvarta Holding (listed) 60%) 50%"), "{:?}", kept[1]);
    }

    #[test]
    fn ftm_fragments_of_one_entity_merge_and_the_caption_is_the_main_name() {
        let text = r#"{"id":"c1","caption":"Romashka","schema":"Company","properties":{"name":["ООО «Ромашка»"],"country":["ru"]}}
{"id":"c1","schema":"Company","properties":{"name":["Romashka LLC"],"innCode":["7701234567"],"country":["kz"]}}
{"id":"o1","schema":"Ownership","properties":{"owner":["p1"],"asset":["c1"],"percentage":["fifty"]}}
"#;
        let p = parse_ftm("x.json", text.as_bytes()).unwrap();
        assert_eq!(p.entries.len(), 1);
        let e = &p.entries[0];
        assert_eq!(e.names, ["Romashka", "ООО «Ромашка»", "Romashka LLC"]);
        assert_eq!(e.countries, ["RU", "KZ"]);
        assert_eq!(e.identifiers, [("inn".to_string(), "7701234567".to_string())]);
        assert_eq!((e.line, p.ownerships[0].share), (1, None));
        // A fragment with no name of its own is merged too; an entity with
        // no name in any fragment is an error naming its first line.
        let text = r#"{"id":"c1","schema":"Company","properties":{"name":["Kvartalon Trading LLC"]}}
{"id":"c1","schema":"Company","properties":{"innCode":["7701234567"]}}
{"id":"c2","schema":"Company","properties":{"innCode":["7701234568"]}}
"#;
        let p = parse_ftm("x.json", text.as_bytes()).unwrap();
        assert_eq!(p.entries.len(), 1);
        assert_eq!(p.entries[0].identifiers.len(), 1);
        assert_eq!((p.errors.len(), p.errors[0].line), (1, 3));
        assert!(p.errors[0].message.contains("Company c2 has no name"), "{}", p.errors[0].message);
    }

    #[test]
    fn csv_entries_without_ids_take_names_that_no_given_id_has() {
        let text = "id,name,country\n,Kvarta Holding,RU\nKvarta Holding,Vortessa Trading,RU\n,Kvarta Holding,RU\n";
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.csv");
        std::fs::write(&path, text).unwrap();
        let p = parse_list(&path, ListFormat::Csv).unwrap();
        let ids: Vec<&str> = p.entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["Kvarta Holding (2)", "Kvarta Holding", "Kvarta Holding (3)"]);
        assert!(p.errors.is_empty());
    }
}
