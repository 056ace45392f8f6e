//! `chokepoint dependency`.

use std::io::Write;
use std::process::ExitCode;

use clap::{Args, ValueEnum};

use super::GlobalArgs;
use crate::analysis::dependency::{DependencyOptions, find_dependency};
use crate::render::{Format, write_rows};

/// Which rows CSV and JSON output carry (the table shows all three).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Part {
    /// Manufacturers ranked by weapon systems.
    Ranking,
    /// The greedy cover.
    Cover,
    /// Single-manufacturer dependencies.
    SingleSource,
}

/// Arguments of `dependency`.
#[derive(Debug, Args)]
pub struct DependencyArgs {
    /// Share of weapon systems the greedy cover must touch (0-1).
    #[arg(long, default_value_t = 0.8)]
    pub coverage: f64,
    /// Do not roll subsidiaries up into their parents.
    #[arg(long)]
    pub no_rollup: bool,
    /// Manufacturers to rank.
    #[arg(long, default_value_t = 20)]
    pub top: usize,
    /// With --format csv|json: which rows to print.
    #[arg(long, value_enum, default_value_t = Part::Ranking)]
    pub part: Part,
}

pub(super) fn run(g: &GlobalArgs, args: DependencyArgs) -> anyhow::Result<ExitCode> {
    if !(0.0..=1.0).contains(&args.coverage) {
        anyhow::bail!(crate::Error::Usage(format!("--coverage {} must be between 0 and 1", args.coverage)));
    }
    let store = super::open_store(g)?;
    let opts = DependencyOptions { coverage: args.coverage, rollup: !args.no_rollup, top: args.top };
    let r = find_dependency(&store, &opts)?;
    let mut out = super::stdout();
    match g.format {
        Format::Table => {
            writeln!(
                out,
                "{} weapon systems in the findings{}\n",
                r.weapon_systems,
                if opts.rollup { "; subsidiaries rolled up into their parents" } else { "" }
            )?;
            write_rows(&mut out, Format::Table, &r.ranking)?;
            writeln!(
                out,
                "\nFewest manufacturers touching {:.0}% of the weapon systems (greedy cover)",
                100.0 * args.coverage
            )?;
            write_rows(&mut out, Format::Table, &r.cover)?;
            writeln!(out, "\nWeapon systems depending on a single manufacturer for a category of part")?;
            write_rows(&mut out, Format::Table, &r.single_source)?;
        }
        format => match args.part {
            _ if !g.quiet && args.part == Part::Ranking => {
                eprintln!("rows are the ranking; --part cover and --part single-source give the other tables");
                write_rows(&mut out, format, &r.ranking)?
            }
            Part::Ranking => write_rows(&mut out, format, &r.ranking)?,
            Part::Cover => write_rows(&mut out, format, &r.cover)?,
            Part::SingleSource => write_rows(&mut out, format, &r.single_source)?,
        },
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
