//! `chokepoint concentration`.

use std::io::Write;
use std::process::ExitCode;

use clap::Args;

use super::GlobalArgs;
use super::args::FilterArgs;
use crate::analysis::concentration::{Market, find_concentration};
use crate::graph::TradeGraph;
use crate::model::{DEFAULT_TO, Selector};
use crate::render::write_rows;

const HELP: &str = "\
HHI = sum of the squared percentage shares of the suppliers delivering to the
targets (0-10,000). Levels (US Merger Guidelines 2023): high above 1,800,
moderate from 1,000 to 1,800, low below 1,000. hhi is over supplier entities,
hhi_countries over supplier countries. Rows are ordered by hhi x value: the
most value behind the most concentrated supply first.";

/// Arguments of `concentration`.
#[derive(Debug, Args)]
#[command(after_help = HELP)]
pub struct ConcentrationArgs {
    /// Targets: whose suppliers are measured.
    #[arg(long, value_name = "SEL", default_value = DEFAULT_TO)]
    pub to: String,
    /// One market per HS6 code or per target country.
    #[arg(long, value_enum, default_value_t = Market::Hs6)]
    pub by: Market,
    /// Rows to print.
    #[arg(long, default_value_t = 20)]
    pub top: usize,
    /// The shipment filter.
    #[command(flatten)]
    pub filter: FilterArgs,
}

pub(super) fn run(g: &GlobalArgs, args: ConcentrationArgs) -> anyhow::Result<ExitCode> {
    let store = super::open_store(g)?;
    let graph = TradeGraph::build_trade(&store, &args.filter.filter()?)?;
    let rows = find_concentration(&store, &graph, &Selector::parse(&args.to)?, args.by, args.top)?;
    let mut out = super::stdout();
    write_rows(&mut out, g.format, &rows)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
