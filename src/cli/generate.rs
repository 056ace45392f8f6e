//! `chokepoint generate`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use super::GlobalArgs;
use crate::generate::{GenerateOptions, generate, generate_watchlist};

/// Arguments of `generate`.
#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// Directory to write entities.csv and shipments.csv into (created if needed).
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    /// Number of entities.
    #[arg(long, default_value_t = 10_000)]
    pub entities: usize,
    /// Number of shipments.
    #[arg(long, default_value_t = 100_000)]
    pub shipments: usize,
    /// Random seed: the same seed and sizes give the same files.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Instead: write a watch list of N companies (watchlist.ftm.json) and
    /// suppliers.csv (--suppliers rows), for screening benchmarks.
    #[arg(long, value_name = "N")]
    pub watchlist: Option<usize>,
    /// Suppliers to write with --watchlist.
    #[arg(long, default_value_t = 10_000)]
    pub suppliers: usize,
}

pub(super) fn run(g: &GlobalArgs, args: GenerateArgs) -> anyhow::Result<ExitCode> {
    let opts =
        GenerateOptions { entities: args.entities, shipments: args.shipments, seed: args.seed, ..Default::default() };
    let files = match args.watchlist {
        Some(n) => generate_watchlist(n, args.suppliers, args.seed, &args.dir)?,
        None => generate(&opts, &args.dir)?,
    };
    if !g.quiet {
        for f in files {
            eprintln!("wrote {}", f.display());
        }
    }
    Ok(ExitCode::SUCCESS)
}
