//! `chokepoint lists`: watch lists loaded, their import, and the evaluation
//! of name matching.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Subcommand};

use super::GlobalArgs;
use crate::matching::DEFAULT_THRESHOLD;
use crate::matching::eval::{Counting, evaluate_with_examples, held_out, read_entries};
use crate::render::write_rows;
use crate::store::Store;
use crate::store::lists::{ListFormat, parse_list};

/// Arguments of `lists`.
#[derive(Debug, Args)]
pub struct ListsArgs {
    /// What to do (default: show the lists loaded).
    #[command(subcommand)]
    pub action: Option<ListsAction>,
}

/// `lists` subcommands.
#[derive(Debug, Subcommand)]
pub enum ListsAction {
    /// Import a watch list (replacing its previous version) into --db.
    #[command(after_help = "\
Here --format names the list's format (ftm, csl, os-simple, csv, ofac-sdn,
eu-journal), as --list-format does: give one of the two, not both; the
table, csv and json values of --format are for other commands' output.
--db is required: the list is written to it. A new version is reported as
entries added, removed and changed.")]
    Import {
        /// The list file, or - for standard input (with --list).
        file: PathBuf,
        /// Its format: ftm (FollowTheMoney JSON lines), csl (Consolidated Screening
        /// List CSV), os-simple (OpenSanctions simple CSV), csv (name, aliases,
        /// country, identifiers, list, listed_on), ofac-sdn (OFAC's sdn.csv, with
        /// countries from add.csv or sdn_address.csv beside it), eu-journal
        /// (OpenSanctions' CSVs of the EU regulations' annexes).
        /// `--format ftm|csl|os-simple|csv|ofac-sdn|eu-journal` says the same here.
        #[arg(long, value_enum)]
        list_format: Option<ListFormat>,
        /// The list's name (default: the file name up to its first dot: `sdn` for
        /// sdn.csv, `entities` for entities.ftm.json).
        #[arg(long, value_name = "NAME")]
        list: Option<String>,
        /// Load the readable lines and skip the others (they are listed on standard error).
        #[arg(long)]
        skip_invalid: bool,
        /// Replace the list even when the new version removes more than
        /// half its entries (refused otherwise: a file cut short, or another
        /// list given its name).
        #[arg(long)]
        allow_shrink: bool,
    },
    /// Remove a loaded list from --db, with the links of store entities to
    /// its entries: for a list imported by mistake (a list's new version
    /// replaces the old by `lists import`).
    Remove {
        /// The list (as `chokepoint lists` names it).
        list: String,
    },
    /// Show a loaded list's entries as stored: names in every script,
    /// countries, identifiers, programmes, listing date, addresses.
    Show {
        /// The list (as `chokepoint lists` names it).
        list: String,
        /// Only the entry of this id.
        #[arg(long, value_name = "ID")]
        id: Option<String>,
    },
    /// Compare two names as screening does: the similarity (0-1), the words
    /// each name comes to once transliterated, with legal forms set aside and
    /// organisation words translated, and what counted. The pair alone: a
    /// search also raises a name within another whose party alone holds its
    /// words (see the README).
    Compare {
        /// The first name.
        a: String,
        /// The second name.
        b: String,
        /// The similarity from which two names match (as `match --threshold`).
        #[arg(long, default_value_t = DEFAULT_THRESHOLD)]
        threshold: f64,
    },
    /// Measure name matching on lists that give each entry's names in several
    /// scripts (the EU annex CSVs of OpenSanctions: columns name, alias, schema).
    Evaluate {
        /// The CSV files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Thresholds to report, comma-separated (default: 0.8,0.85,the default,0.95).
        #[arg(long, value_delimiter = ',')]
        thresholds: Vec<f64>,
        /// Add, for each script pair, the row at the threshold (0.70 to 1 by
        /// 0.005) with the highest recall at this precision or more.
        #[arg(long, value_name = "P", default_value_t = 0.97, value_parser = share)]
        at_precision: f64,
        /// Print up to N missed and wrong Latin-Cyrillic matches at the last threshold (standard error).
        #[arg(long, value_name = "N", default_value_t = 0)]
        examples: usize,
        /// Evaluate on every entry, or on one half: `dev` (whose misses guide
        /// changes to the matcher) or `test` (held out to report on). An
        /// entry's half follows from its name as the list gives it, so that
        /// it stays put when the matcher changes.
        #[arg(long, value_enum, default_value = "all")]
        part: Part,
        /// Which hits of a query count: `all` (every other entry found at
        /// the threshold is a false positive, as in a screen listing every
        /// hit for review) or `best` (only the best-scoring entries among
        /// the other script's names, as `match` and `score` keep one best
        /// match).
        #[arg(long, value_enum, default_value = "all")]
        count: Counting,
    },
}

/// A precision: a number from 0 to 1.
fn share(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(p) if (0.0..=1.0).contains(&p) => Ok(p),
        _ => Err(format!("{s:?} is no precision: give a number from 0 to 1, such as 0.97")),
    }
}

/// Which entries `lists evaluate` uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Part {
    /// Every entry.
    All,
    /// The entries of the development half.
    Dev,
    /// The entries of the held-out half.
    Test,
}

/// One row of `lists show`: an entry as stored.
#[derive(serde::Serialize, Default)]
struct ShowRow {
    entry_id: String,
    schema: String,
    name: String,
    aliases: String,
    countries: String,
    identifiers: String,
    programs: String,
    listed_on: String,
    addresses: String,
    /// The entry's owners the list states, each with its share.
    owners: String,
    /// What the entry owns, as the list states it.
    holdings: String,
    line: u64,
}

/// One row of `lists compare`.
#[derive(serde::Serialize, Default)]
struct CompareRow {
    a: String,
    b: String,
    similarity: f64,
    matches: bool,
    words_a: String,
    words_b: String,
    legal_forms: String,
    features: String,
}

/// Refuse a list that is not loaded, naming those that are.
fn loaded(store: &crate::store::Store, list: &str) -> anyhow::Result<()> {
    let known: Vec<String> = store.lists()?.into_iter().map(|l| l.list).collect();
    if !known.iter().any(|l| l == list) {
        let loaded = if known.is_empty() { "none".to_string() } else { known.join(", ") };
        return Err(crate::Error::Usage(format!("no list {list:?} is loaded (loaded: {loaded})")).into());
    }
    Ok(())
}

pub(super) fn run(g: &GlobalArgs, args: ListsArgs) -> anyhow::Result<ExitCode> {
    match args.action {
        Some(ListsAction::Remove { list }) => {
            let Some(db) = g.db.as_ref() else {
                return Err(
                    crate::Error::Usage("lists remove needs --db FILE: the list is removed from it".into()).into()
                );
            };
            if !db.exists() {
                return Err(crate::Error::Usage(format!("no database {}: nothing to remove", db.display())).into());
            }
            let mut store = crate::store::Store::open(db)?;
            loaded(&store, &list)?;
            let (entries, unlinked) = store.remove_list(&list)?;
            if !g.quiet {
                eprintln!("list {list}: removed, {entries} {}", if entries == 1 { "entry" } else { "entries" });
                if unlinked > 0 {
                    eprintln!("  {unlinked} link(s) of store entities to its entries deleted");
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(ListsAction::Show { list, id }) => {
            let store = super::open_store(g)?;
            loaded(&store, &list)?;
            let entries: Vec<_> = store.list_entries()?.into_iter().filter(|(l, _)| *l == list).collect();
            if let Some(i) = id.as_ref().filter(|i| !entries.iter().any(|(_, e)| e.id == **i)) {
                // The ids an id given short may stand for (`618`: `IV-618`).
                let ends = |x: &str| x.strip_suffix(i.as_str()).is_some_and(|r| r.ends_with(['-', '.', '_', ' ']));
                let near: Vec<&str> = entries
                    .iter()
                    .filter(|(_, e)| ends(&e.id) || e.id.eq_ignore_ascii_case(i))
                    .map(|(_, e)| e.id.as_str())
                    .take(5)
                    .collect();
                let hint =
                    if near.is_empty() { String::new() } else { format!(" (did you mean {}?)", near.join(", ")) };
                return Err(crate::Error::Usage(format!("list {list:?} has no entry {i:?}{hint}")).into());
            }
            // Holdings between entries, each party by its id and name, by
            // the entry that owns and the entry owned.
            let names: std::collections::HashMap<&str, &str> =
                entries.iter().map(|(_, e)| (e.id.as_str(), e.names.first().map_or("", String::as_str))).collect();
            let holding = |party: &str, share: Option<f64>| {
                let name = names.get(party).copied().unwrap_or_default();
                let share = share.map_or_else(|| "share not given".to_string(), |s| format!("{s}%"));
                format!("{party} {name} {share}").replace("  ", " ")
            };
            let mut owners: std::collections::HashMap<String, Vec<String>> = Default::default();
            let mut holdings: std::collections::HashMap<String, Vec<String>> = Default::default();
            for o in store.list_ownerships(&list)? {
                owners.entry(o.asset.clone()).or_default().push(holding(&o.owner, o.share));
                holdings.entry(o.owner).or_default().push(holding(&o.asset, o.share));
            }
            let said = |by: &std::collections::HashMap<String, Vec<String>>, id: &str| {
                by.get(id).map(|v| v.join("; ")).unwrap_or_default()
            };
            let rows: Vec<ShowRow> = entries
                .iter()
                .filter(|(_, e)| id.as_ref().is_none_or(|i| *i == e.id))
                .map(|(_, e)| ShowRow {
                    owners: said(&owners, &e.id),
                    holdings: said(&holdings, &e.id),
                    name: e.names.first().cloned().unwrap_or_default(),
                    aliases: e.names.get(1..).unwrap_or_default().join("; "),
                    countries: e.countries.join(";"),
                    identifiers: e.identifiers.iter().map(|(s, v)| format!("{s}:{v}")).collect::<Vec<_>>().join(";"),
                    programs: e.programs.join(";"),
                    listed_on: e.listed_on.clone().unwrap_or_default(),
                    addresses: e.addresses.join("; "),
                    entry_id: e.id.clone(),
                    schema: e.schema.clone(),
                    line: e.line,
                })
                .collect();
            let mut out = super::stdout();
            write_rows(&mut out, g.format, &rows)?;
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        Some(ListsAction::Compare { a, b, threshold }) => {
            super::check_similarity("--threshold", threshold)?;
            if let Some(empty) = [("first", &a), ("second", &b)].iter().find(|(_, n)| n.trim().is_empty()) {
                return Err(
                    crate::Error::Usage(format!("the {} name is empty: give two names to compare", empty.0)).into()
                );
            }
            // As screening does: each name's forms (parenthesised short
            // forms, a branch's own name, ...), the best pair kept.
            let variants = |n: &str| {
                let mut v = crate::matching::name_variants(n);
                if v.is_empty() {
                    v.push(n.to_string());
                }
                v
            };
            let mut best: Option<(crate::matching::Similarity, [(String, crate::matching::NormalName); 2])> = None;
            for va in variants(&a) {
                let na = crate::matching::normalize(&va);
                for vb in variants(&b) {
                    let nb = crate::matching::normalize(&vb);
                    let sim = crate::matching::similarity(&na, &nb);
                    if best.as_ref().is_none_or(|x| sim.score > x.0.score) {
                        best = Some((sim, [(va.clone(), na.clone()), (vb, nb)]));
                    }
                }
            }
            let (mut sim, [(va, na), (vb, nb)]) = best.expect("a name has a form");
            if va != a.trim() || vb != b.trim() {
                sim.features.push(format!("compared as {va:?} ~ {vb:?}"));
            }
            let forms: Vec<String> = na.legal_forms.iter().chain(&nb.legal_forms).cloned().collect();
            let row = CompareRow {
                similarity: sim.score,
                matches: sim.score >= threshold,
                words_a: na.tokens.join(" "),
                words_b: nb.tokens.join(" "),
                legal_forms: forms.join(","),
                features: sim.features.join("; "),
                a,
                b,
            };
            let mut out = super::stdout();
            write_rows(&mut out, g.format, &[row])?;
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        Some(ListsAction::Evaluate { files, thresholds, at_precision, examples, part, count }) => {
            let thresholds = if thresholds.is_empty() { vec![0.8, 0.85, DEFAULT_THRESHOLD, 0.95] } else { thresholds };
            for &t in &thresholds {
                super::check_similarity("--thresholds", t)?;
            }
            super::check_similarity("--at-precision", at_precision)?;
            let entries: Vec<Vec<String>> = read_entries(&files)?
                .into_iter()
                .filter(|e| match part {
                    Part::All => true,
                    Part::Dev => !held_out(&e.key),
                    Part::Test => held_out(&e.key),
                })
                .map(|e| e.names)
                .collect();
            if !g.quiet {
                eprintln!("{} entries with {} names", entries.len(), entries.iter().map(Vec::len).sum::<usize>());
            }
            let (rows, shown) = evaluate_with_examples(&entries, &thresholds, Some(at_precision), examples, count);
            if examples > 0
                && let Some(last) = thresholds.last()
            {
                // What the examples are of: the last threshold given.
                eprintln!(
                    "examples at threshold {last}, part {}, counting {} (a miss's similarity is its nearest name's in the \
                     other script; one above the threshold was not a candidate, or another entry came first)",
                    format!("{part:?}").to_lowercase(),
                    format!("{count:?}").to_lowercase()
                );
            }
            for line in shown {
                eprintln!("{line}");
            }
            let mut out = super::stdout();
            write_rows(&mut out, g.format, &rows)?;
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        Some(ListsAction::Import { file, list_format: format, list, skip_invalid, allow_shrink }) => {
            // Asked for here, not by clap, which would name `--list-format`
            // alone and miss a `--format json` given for output.
            let format = format.ok_or_else(|| {
                crate::Error::Usage(
                    "lists import needs the list's format: --format ftm|csl|os-simple|csv|ofac-sdn|eu-journal \
                     (here --format names the file's format; the command prints no rows)"
                        .into(),
                )
            })?;
            let db = g.db.as_ref().ok_or_else(|| {
                crate::Error::Usage("lists import needs --db FILE: the database to import into".into())
            })?;
            let name = match list {
                Some(name) => name,
                None if file.as_os_str() == "-" => {
                    return Err(crate::Error::Usage(
                        "lists import - (standard input) needs --list NAME: the name of the list".into(),
                    )
                    .into());
                }
                None => file
                    .file_stem()
                    .map(|s| s.to_string_lossy().split('.').next().unwrap_or("list").to_string())
                    .unwrap_or_default(),
            };
            let started = std::time::Instant::now();
            let parsed = parse_list(&file, format)?;
            if skip_invalid {
                for e in &parsed.errors {
                    log::warn!("skipping {e}");
                }
            }
            // A database this import creates is removed again if the
            // import fails: no empty database is left behind.
            let created = !db.exists();
            let stored = Store::open_or_create(db).and_then(|mut store| {
                let shown = crate::store::unix_lines::input_name(&file);
                store.store_list(&name, format, &shown, parsed, skip_invalid, allow_shrink)
            });
            let r = match stored {
                Ok(r) => r,
                Err(e) => {
                    if created {
                        for suffix in ["", "-wal", "-shm"] {
                            let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
                        }
                    }
                    return Err(e.into());
                }
            };
            if !g.quiet {
                eprintln!(
                    "list {}: {} {} ({} added, {} removed, {} changed{}) in {:.2} s",
                    r.list,
                    r.entries,
                    if r.entries == 1 { "entry" } else { "entries" },
                    r.added.len(),
                    r.removed.len(),
                    r.changed.len(),
                    match r.skipped {
                        0 => String::new(),
                        1 => ", 1 row skipped".to_string(),
                        n => format!(", {n} rows skipped"),
                    },
                    started.elapsed().as_secs_f64()
                );
                if r.unlinked > 0 {
                    eprintln!(
                        "  {} link(s) of store entities to removed entries deleted; run `chokepoint match` to link anew",
                        r.unlinked
                    );
                }
                for (sign, ids) in [("+", &r.added), ("-", &r.removed), ("~", &r.changed)] {
                    for id in ids.iter().take(10) {
                        eprintln!("  {sign} {id}");
                    }
                    if ids.len() > 10 {
                        eprintln!("  {sign} ... and {} more", ids.len() - 10);
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        None => {
            let store = super::open_store(g)?;
            let rows = store.lists()?;
            if rows.is_empty() && !g.quiet {
                let db = g.db.as_ref().map_or("the embedded demo".to_string(), |p| p.display().to_string());
                eprintln!("no watch lists are loaded in {db}: import one with `chokepoint lists import --db FILE ...`");
            }
            let mut out = super::stdout();
            write_rows(&mut out, g.format, &rows)?;
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
    }
}
