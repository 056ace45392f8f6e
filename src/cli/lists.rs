//! `chokepoint lists`: watch lists loaded, their import, and the evaluation
//! of name matching.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Subcommand};

use super::GlobalArgs;
use crate::matching::DEFAULT_THRESHOLD;
use crate::matching::eval::{evaluate_with_examples, read_entries};
use crate::render::write_rows;

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
    /// Measure name matching on lists that give each entry's names in several
    /// scripts (the EU annex CSVs of OpenSanctions: columns name, alias, schema).
    Evaluate {
        /// The CSV files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Thresholds to report, comma-separated (default: 0.8,0.85,the default,0.95).
        #[arg(long, value_delimiter = ',')]
        thresholds: Vec<f64>,
        /// Print up to N missed and wrong Latin-Cyrillic matches at the last threshold (standard error).
        #[arg(long, value_name = "N", default_value_t = 0)]
        examples: usize,
    },
}

pub(super) fn run(g: &GlobalArgs, args: ListsArgs) -> anyhow::Result<ExitCode> {
    match args.action {
        Some(ListsAction::Evaluate { files, thresholds, examples }) => {
            let thresholds = if thresholds.is_empty() { vec![0.8, 0.85, DEFAULT_THRESHOLD, 0.95] } else { thresholds };
            let entries = read_entries(&files)?;
            if !g.quiet {
                eprintln!("{} entries with {} names", entries.len(), entries.iter().map(Vec::len).sum::<usize>());
            }
            let (rows, shown) = evaluate_with_examples(&entries, &thresholds, examples);
            for line in shown {
                eprintln!("{line}");
            }
            let mut out = super::stdout();
            write_rows(&mut out, g.format, &rows)?;
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        None => anyhow::bail!(crate::Error::Usage("lists: not yet".into())),
    }
}
