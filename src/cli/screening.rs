//! `chokepoint match` and `chokepoint score`.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use serde::Serialize;

use super::GlobalArgs;
use crate::matching::DEFAULT_THRESHOLD;
use crate::render::{Format, write_rows};
use crate::scoring::{DEFAULT_WEIGHTS, Screen, Weights, match_entities, owned_by_listed, read_suppliers};
use crate::store::Store;

/// Arguments of `match`.
#[derive(Debug, Args)]
#[command(after_help = "\
Links every entity of the store to the list entries it matches: an equal
identifier (INN, OGRN, LEI, registration, tax number) first, then a name
(any script, legal forms set aside) at or above --threshold within a
compatible country. The links are written to the database, with their
evidence, and the matched entities count as listed from then on. Then the
ownership of the store is checked, by the 50% rule as OFAC and the BIS
Affiliates Rule apply it: entities owned 50% or more, in aggregate, by
listed parties or by entities so owned in turn (the rule cascades down
chains) are owned_by_listed; others with a listed owner somewhere up the
chain are linked_to_listed, with the look-through share (multiplied along
the chain, summed over owners); those controlled by a listed or blocked
party (controls, subsidiary_of, or owns without a share) are
controlled_by_listed. An entity without a link whose name matches an entry
of other countries only, from a similarity of 0.95, is not linked but
named apart for review (name_other_country). With --format csv or json,
every finding is a row: rule identifier or name (with similarity),
name_other_country, or owned_by_listed, controlled_by_listed or
linked_to_listed (with share, where known). --db is required: the links
are written to it.")]
pub struct MatchArgs {
    /// Name similarity from which a match counts (0-1).
    #[arg(long, default_value_t = DEFAULT_THRESHOLD)]
    pub threshold: f64,
}

/// A row of `match`: an entity linked to a list entry (rule `identifier` or
/// `name`, with the similarity), or an entity's ownership by listed parties
/// (rule `owned_by_listed` or `linked_to_listed`, with the share).
#[derive(Serialize, Default)]
struct MatchRow<'a> {
    entity_id: &'a str,
    entity_name: &'a str,
    list: &'a str,
    entry_id: &'a str,
    entry_name: &'a str,
    rule: &'a str,
    similarity: Option<f64>,
    share: Option<f64>,
    evidence: &'a str,
}

pub(super) fn run_match(g: &GlobalArgs, args: MatchArgs) -> anyhow::Result<ExitCode> {
    let db =
        g.db.as_ref()
            .ok_or_else(|| crate::Error::Usage("match needs --db FILE: the database whose entities to link".into()))?;
    super::check_similarity("--threshold", args.threshold)?;
    let mut store = Store::open(db)?;
    // Nothing to link: said, as an empty answer is no all-clear.
    if store.lists()?.is_empty() {
        log::warn!(
            "no watch lists are loaded in {}: nothing to link the entities to (the ownership below counts the \
             store's own listed entities); import lists with `chokepoint lists import --db FILE ...`",
            db.display()
        );
    }
    if store.entity_count()? == 0 {
        log::warn!(
            "the store {} holds no entities to link: import records with `chokepoint import --db FILE DIR` first",
            db.display()
        );
    }
    let (matches, elsewhere) = match_entities(&mut store, args.threshold)?;
    let ownership = owned_by_listed(&store)?;
    let mut out = super::stdout();
    fn row(m: &crate::scoring::EntityMatch) -> MatchRow<'_> {
        MatchRow {
            entity_id: &m.entity_id,
            entity_name: &m.entity_name,
            list: &m.matched.list,
            entry_id: &m.matched.entry_id,
            entry_name: &m.matched.name,
            rule: m.matched.rule,
            similarity: Some(m.matched.similarity),
            share: None,
            evidence: &m.matched.evidence,
        }
    }
    let rows: Vec<MatchRow> = matches.iter().map(row).collect();
    let others: Vec<MatchRow> = elsewhere.iter().map(row).collect();
    if g.format == Format::Table {
        let linked: std::collections::BTreeSet<&str> = rows.iter().map(|r| r.entity_id).collect();
        let (n, links) = (linked.len(), rows.len());
        let entities = if n == 1 { "entity" } else { "entities" };
        writeln!(out, "{n} {entities} linked to list entries ({links} link{})", if links == 1 { "" } else { "s" })?;
        write_rows(&mut out, Format::Table, &rows)?;
        if !others.is_empty() {
            writeln!(
                out,
                "\n{} entities not linked whose names match entries of other countries only (review them)",
                others.len()
            )?;
            write_rows(&mut out, Format::Table, &others)?;
        }
        writeln!(out, "\nOwnership by listed parties")?;
        write_rows(&mut out, Format::Table, &ownership)?;
    } else {
        // One stream: the links, the name matches in other countries (not
        // linked), then the ownership findings.
        let names = store.entity_details(&ownership.iter().map(|o| o.id.as_str()).collect::<Vec<_>>())?;
        let owned = ownership.iter().map(|o| MatchRow {
            entity_id: &o.id,
            entity_name: names.get(&o.id).map_or("", |d| d.name.as_str()),
            list: "",
            entry_id: "",
            entry_name: "",
            rule: o.label,
            similarity: None,
            // No share where none is known (control alone).
            share: (o.listed_share > 0.0).then_some(o.listed_share),
            evidence: &o.arithmetic,
        });
        let rows: Vec<MatchRow> = rows.into_iter().chain(others).chain(owned).collect();
        write_rows(&mut out, g.format, &rows)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Arguments of `score`.
#[derive(Debug, Args)]
#[command(after_help = "\
Input: CSV with a header (name required; id, country, address, identifiers,
website, incorporated (YYYY-MM-DD), kind optional, and identifier columns named by their scheme: inn, ogrn,
lei, imo, ...) or JSON Lines with the same keys; - reads standard input.
Identifiers: inn:7701234567, INN 7701234567 or 7701234567 (INN), separated
by ; or ,.
Output, one row per input row in input order: id, name, score (0-100), band
(low, medium, high, critical), the best list match (matched, match_name,
match_list, match_similarity), the best match on each other list
(other_lists), the store entity it resolved to and how (resolved_entity,
resolved_by), and the reasons with their points, the red flags they stand
for and evidence. A row that cannot be read is
reported with its line and not scored (band error), keeping its id and name.
A country is an ISO 3166-1 code, or an English (also official: Republic of
Türkiye) or Russian name. A name matching an entry of other countries only
is a reason of its own (name_match_other_country), not a match. Points and
bands come from the weights (see --print-weights). Exit code 3 when --fail-above N is
given and any supplier scores above N, any row could not be scored, or no
supplier was scored.")]
pub struct ScoreArgs {
    /// Suppliers file, or - for standard input.
    #[arg(required_unless_present = "print_weights")]
    pub file: Option<PathBuf>,
    /// Weights TOML file (default: the shipped weights).
    #[arg(long, value_name = "FILE")]
    pub weights: Option<PathBuf>,
    /// Print the weights and exit: the defaults, or with --weights those in force.
    #[arg(long)]
    pub print_weights: bool,
    /// Exit with code 3 when any supplier scores above N (0 to 100), a row cannot be scored, or none is.
    #[arg(long, value_name = "N", allow_negative_numbers = true, value_parser = score_gate)]
    pub fail_above: Option<f64>,
}

/// A score a gate fails above: 0 to 100, as scores are (at 100, only rows
/// that cannot be scored fail it).
fn score_gate(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(n) if (0.0..=100.0).contains(&n) => Ok(n),
        _ => Err(format!(
            "{s:?} is no score: give a number from 0 to 100, such as 49 (fail on the high and critical bands of the \
             shipped weights; 100 fails only on rows that cannot be scored)"
        )),
    }
}

#[derive(Serialize, Default)]
struct ScoreCsvRow<'a> {
    line: u64,
    id: &'a str,
    name: &'a str,
    score: Option<f64>,
    band: &'a str,
    matched: bool,
    match_name: &'a str,
    match_list: &'a str,
    match_similarity: Option<f64>,
    other_lists: String,
    resolved_entity: &'a str,
    resolved_by: &'a str,
    reasons: String,
    error: &'a str,
}

/// The database as messages name it.
fn db_shown(g: &GlobalArgs) -> String {
    g.db.as_ref().map_or("the embedded demo".to_string(), |p| p.display().to_string())
}

pub(super) fn run_score(g: &GlobalArgs, args: ScoreArgs) -> anyhow::Result<ExitCode> {
    let weights = match &args.weights {
        Some(p) => Weights::from_file(p)?,
        None => Weights::defaults(),
    };
    if args.print_weights {
        match &args.weights {
            // The weights in force: the file's, with the defaults of the
            // keys it leaves out.
            Some(p) => print!(
                "# chokepoint supplier-risk weights: {} over the defaults\n{}",
                p.display(),
                toml::to_string(&weights)?
            ),
            None => print!("{DEFAULT_WEIGHTS}"),
        }
        return Ok(ExitCode::SUCCESS);
    }
    let store = super::open_store(g)?;
    let no_lists = store.lists()?.is_empty();
    if no_lists {
        // Not an error (the store's listed entities still count), but a
        // screen without lists must not pass in silence, nor a gate at all.
        log::warn!(
            "no watch lists are loaded in {}: names are screened against the store's listed entities only; \
             load lists with `chokepoint lists import --db FILE --format ftm|csl|os-simple|csv|ofac-sdn|eu-journal LIST`",
            db_shown(g)
        );
    }
    // A gate with no list to search would pass listed parties (a `--db`
    // left out screens against the demo's invented names): refused.
    if no_lists && args.fail_above.is_some() {
        eprintln!(
            "chokepoint: --fail-above needs watch lists, and none are loaded in {}: a gate without them would pass \
             listed parties; import lists with `chokepoint lists import --db FILE ...` and score with --db FILE",
            db_shown(g)
        );
        return Ok(ExitCode::from(2));
    }
    if let Some(why) = store.links_out_of_date()? {
        // Listed status and ownership come from the links: stale ones miss
        // parties listed since, and a gate on them would pass a company
        // owned by listed parties.
        if args.fail_above.is_some() {
            eprintln!(
                "chokepoint: --fail-above is refused: {why}, so the store's listed status and 50% ownership may \
                 miss parties, and a gate would pass companies owned by them; run `chokepoint match --db FILE` first"
            );
            return Ok(ExitCode::from(2));
        }
        log::warn!(
            "{why}: the store's listed status and 50% ownership may be out of date; run `chokepoint match --db FILE` first"
        );
    }
    let file = args.file.clone().unwrap_or_else(|| PathBuf::from("-"));
    // The name messages give the input, the same in each.
    let shown = crate::store::unix_lines::input_name(&file);
    let rows = if file.as_os_str() == "-" {
        read_suppliers(&shown, std::io::stdin().lock())?
    } else {
        let f = crate::store::unix_lines::open_file(&file)?;
        read_suppliers(&shown, std::io::BufReader::new(f))?
    };
    if rows.is_empty() {
        log::warn!("{shown}: no suppliers to score (a header alone, or an empty file)");
    }
    let screen = Screen::build(&store)?;
    let scored = screen.score(rows, &weights);
    // The lists' name index is large and made of many small allocations:
    // the process ends next, so it is left to the operating system
    // (freeing it took a tenth of scoring one supplier).
    std::mem::forget(screen);
    for r in scored.iter().filter(|r| !r.error.is_empty()) {
        log::warn!("{shown}: {}", r.error);
    }
    let mut out = super::stdout();
    match g.format {
        Format::Json => write_rows(&mut out, Format::Json, &scored)?,
        format => {
            let rows: Vec<ScoreCsvRow> = scored
                .iter()
                .map(|r| ScoreCsvRow {
                    line: r.line,
                    id: &r.id,
                    name: &r.name,
                    score: r.score,
                    band: r.band,
                    matched: r.matched,
                    match_name: &r.match_name,
                    match_list: &r.match_list,
                    match_similarity: r.match_similarity,
                    other_lists: r
                        .other_lists
                        .iter()
                        .map(|m| format!("{}: {} {} ({:.2})", m.list, m.entry_id, m.name, m.similarity))
                        .collect::<Vec<_>>()
                        .join("; "),
                    resolved_entity: &r.resolved_entity,
                    resolved_by: &r.resolved_by,
                    reasons: r
                        .reasons
                        .iter()
                        .map(|x| {
                            let flags =
                                if x.red_flags.is_empty() { String::new() } else { format!(" [{}]", x.red_flags) };
                            format!("{} (+{}){flags}: {}", x.reason, x.points, x.evidence)
                        })
                        .collect::<Vec<_>>()
                        .join(" | "),
                    error: &r.error,
                })
                .collect();
            write_rows(&mut out, format, &rows)?;
        }
    }
    out.flush()?;
    if let Some(n) = args.fail_above {
        // A gate passes only suppliers it has scored: a row that could not
        // be read fails it too.
        let above = scored.iter().filter(|r| r.score.is_some_and(|s| s > n)).count();
        let unscored = scored.iter().filter(|r| r.score.is_none()).count();
        // Nor does an input with no supplier (an export cut short).
        if scored.is_empty() {
            if !g.quiet {
                eprintln!("chokepoint: no supplier was scored, so the gate fails");
            }
            return Ok(ExitCode::from(3));
        }
        if above + unscored > 0 {
            if !g.quiet {
                if above > 0 {
                    let worst = scored.iter().filter_map(|r| r.score).fold(0.0, f64::max);
                    eprintln!("chokepoint: {above} supplier(s) score above --fail-above {n} (the highest {worst})");
                }
                if unscored > 0 {
                    eprintln!("chokepoint: {unscored} row(s) could not be scored (band error), so the gate fails");
                }
            }
            return Ok(ExitCode::from(3));
        }
    }
    Ok(ExitCode::SUCCESS)
}
