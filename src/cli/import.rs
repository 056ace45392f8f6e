//! `chokepoint import`.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;

use super::GlobalArgs;
use crate::store::{ImportOptions, Store, import::collect_inputs};

const IMPORT_HELP: &str = "\
Files are recognised by name (entities.csv, components.csv, links.csv,
findings.csv, shipments.csv, flows.csv, also with a prefix such as
demo-shipments.csv) or by their header. A directory imports every such file
in it, entities first; other files in it are named and skipped.

Every row is validated (required columns, ISO dates, ISO 3166-1 countries,
HS codes, non-negative amounts, references to known entities, conflicting
duplicates). Any invalid row aborts the import and nothing is written, unless
--skip-invalid is given. The import runs in one transaction: interrupted, it
leaves the database as it was. Re-importing the same files changes nothing;
changed rows are updated.";

/// Arguments of `import`.
#[derive(Debug, Args)]
#[command(after_help = IMPORT_HELP)]
pub struct ImportArgs {
    /// Files or directories to import.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Load the good rows and leave out the invalid ones (see --rejects).
    #[arg(long)]
    pub skip_invalid: bool,
    /// With --skip-invalid: write the rejected rows, with the reasons, to this CSV file.
    #[arg(long, value_name = "FILE.csv", requires = "skip_invalid")]
    pub rejects: Option<PathBuf>,
    /// Read flat files in another layout through this mapping (TOML; see datasets/mappings/).
    #[arg(long, value_name = "MAP.toml")]
    pub mapping: Option<PathBuf>,
    /// With --mapping: write every merge entity resolution made (and every ambiguous case) to this CSV file.
    #[arg(long, value_name = "FILE.csv", requires = "mapping")]
    pub merges: Option<PathBuf>,
}

pub(super) fn run(g: &GlobalArgs, args: ImportArgs) -> anyhow::Result<ExitCode> {
    let db = g.db.as_ref().ok_or_else(|| {
        crate::Error::Usage("import needs --db FILE: the database to import into (created if it does not exist)".into())
    })?;
    if let Some(map) = &args.mapping {
        return run_mapped(g, &args, db, map);
    }
    let mut warnings = Vec::new();
    let inputs = collect_inputs(&args.paths, &mut warnings)?;
    for w in &warnings {
        log::warn!("{w}");
    }
    if inputs.is_empty() {
        anyhow::bail!(crate::Error::Usage("nothing to import: no record files among the paths given".into()));
    }
    let opts = ImportOptions {
        skip_invalid: args.skip_invalid,
        rejects: args.rejects.clone(),
        progress: !g.quiet && std::io::stderr().is_terminal(),
    };
    let started = std::time::Instant::now();
    let report = if db.exists() {
        Store::open_or_create(db)?.import(inputs, &opts)
    } else {
        Store::import_new(db, inputs, &opts)
    }
    .with_context(|| format!("importing into {}", db.display()))?;
    for w in &report.warnings {
        log::warn!("{w}");
    }
    if !g.quiet {
        summary(&report, db, started, args.rejects.as_deref());
    }
    Ok(ExitCode::SUCCESS)
}

fn summary(
    report: &crate::store::ImportReport,
    db: &std::path::Path,
    started: std::time::Instant,
    rejects: Option<&std::path::Path>,
) {
    {
        eprintln!("{:<11} {:>10} {:>10} {:>10} {:>10}", "kind", "inserted", "updated", "unchanged", "rejected");
        for (kind, c) in &report.counts {
            eprintln!(
                "{:<11} {:>10} {:>10} {:>10} {:>10}",
                kind.name(),
                c.inserted,
                c.updated,
                c.unchanged,
                c.rejected
            );
        }
        eprintln!("imported into {} in {:.2} s", db.display(), started.elapsed().as_secs_f64());
        let rejected: u64 = report.counts.values().map(|c| c.rejected).sum();
        if rejected > 0 {
            match rejects {
                Some(p) => eprintln!("{rejected} rejected rows written to {}", p.display()),
                None => eprintln!("{rejected} rejected rows left out (add --rejects FILE.csv to keep them)"),
            }
        }
    }
}

fn run_mapped(
    g: &GlobalArgs,
    args: &ImportArgs,
    db: &std::path::Path,
    map: &std::path::Path,
) -> anyhow::Result<ExitCode> {
    let opts = ImportOptions { skip_invalid: args.skip_invalid, rejects: args.rejects.clone(), progress: false };
    let started = std::time::Instant::now();
    let mut store = if db.exists() { Some(Store::open(db)?) } else { None };
    // The merges file is opened first: a path that cannot be written stops
    // the import before anything is written (and a new one is removed if the import fails).
    let merges_new = args.merges.as_ref().is_some_and(|p| !p.exists());
    let mut merges_file = match &args.merges {
        Some(p) => Some(
            csv::Writer::from_path(p).with_context(|| format!("--merges {}: cannot write this file", p.display()))?,
        ),
        None => None,
    };
    let report = crate::store::mapping::import_mapped(&mut store, db, map, &args.paths, &opts)
        .with_context(|| format!("importing into {} through {}", db.display(), map.display()));
    let report = match report {
        Ok(r) => r,
        Err(e) => {
            if let Some(p) = args.merges.as_ref().filter(|_| merges_new) {
                drop(merges_file.take());
                let _ = std::fs::remove_file(p);
            }
            return Err(e);
        }
    };
    if let Some(w) = &mut merges_file {
        for m in &report.merges {
            w.serialize(m)?;
        }
        w.flush()?;
    }
    if !g.quiet {
        summary(&report.import, db, started, args.rejects.as_deref());
        let ambiguous = report.merges.iter().filter(|m| m.rule == "ambiguous").count();
        eprintln!(
            "entity resolution: {} merges, {ambiguous} ambiguous (not merged){}; {} repeated rows dropped",
            report.merges.len() - ambiguous,
            args.merges
                .as_ref()
                .map(|p| format!(", listed in {}", p.display()))
                .unwrap_or_else(|| " (--merges FILE.csv lists them)".into()),
            report.duplicates
        );
        let records: u64 =
            report.import.counts.values().map(|c| c.inserted + c.updated + c.unchanged + c.rejected).sum();
        if records == 0 && report.duplicates == 0 && report.incomplete.is_empty() {
            eprintln!("warning: the files hold no data row: nothing was imported (check the files given)");
        }
        // Rows that are not records of every kind are usual (a catalogue row
        // with no parent company makes no link); a kind that got none at all
        // is most likely a mapping mistake.
        for (kind, (n, first)) in &report.incomplete {
            let made = report.import.counts.get(kind).map_or(0, |c| c.inserted + c.updated + c.unchanged);
            eprintln!(
                "{}{n} row{} made no {kind} record, a field it requires being empty (the first: {first}){}",
                if made == 0 { "warning: " } else { "" },
                if *n == 1 { "" } else { "s" },
                if made == 0 { "; check the column, its skip or regex, or the role it names" } else { "" }
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
