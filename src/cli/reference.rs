//! `chokepoint reference chpl|countries`.

use std::io::Write;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use serde::Serialize;

use super::GlobalArgs;
use crate::reference;
use crate::render::write_rows;

/// Which reference table to print.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Table {
    /// The Common High Priority List: HS6 code, tier, description, category.
    Chpl,
    /// Every ISO 3166-1 country with its groups (gecc, hub lists, target, ...).
    Countries,
}

/// Arguments of `reference`.
#[derive(Debug, Args)]
pub struct ReferenceArgs {
    /// The table to print.
    #[arg(value_enum)]
    pub table: Table,
}

#[derive(Serialize, Default)]
struct CountryRow<'a> {
    iso2: &'a str,
    iso3: &'a str,
    name: &'a str,
    groups: &'a [String],
}

pub(super) fn run(g: &GlobalArgs, args: ReferenceArgs) -> anyhow::Result<ExitCode> {
    let mut out = super::stdout();
    match args.table {
        Table::Chpl => write_rows(&mut out, g.format, reference::chpl())?,
        Table::Countries => {
            let rows: Vec<CountryRow> = reference::countries()
                .iter()
                .map(|c| CountryRow { iso2: &c.iso2, iso3: &c.iso3, name: &c.name, groups: &c.groups })
                .collect();
            write_rows(&mut out, g.format, &rows)?
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
