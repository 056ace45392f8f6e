//! `chokepoint exposure`.

use std::io::Write;
use std::process::ExitCode;

use clap::Args;

use super::GlobalArgs;
use super::args::FilterArgs;
use crate::analysis::exposure::find_exposure;
use crate::graph::TradeGraph;
use crate::render::write_rows;

/// Arguments of `exposure`.
#[derive(Debug, Args)]
pub struct ExposureArgs {
    /// The entity id.
    pub id: String,
    /// Hops to look upstream and downstream.
    #[arg(long, default_value_t = 3, value_parser = super::hop_count)]
    pub depth: usize,
    /// The shipment filter.
    #[command(flatten)]
    pub filter: FilterArgs,
}

pub(super) fn run(g: &GlobalArgs, args: ExposureArgs) -> anyhow::Result<ExitCode> {
    let store = super::open_store(g)?;
    let graph = TradeGraph::build_trade(&store, &args.filter.filter()?)?;
    let rows = find_exposure(&store, &graph, &args.id, args.depth)?;
    let mut out = super::stdout();
    write_rows(&mut out, g.format, &rows)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
