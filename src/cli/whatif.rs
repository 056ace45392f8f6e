//! `chokepoint whatif`.

use std::io::Write;
use std::process::ExitCode;

use clap::Args;

use super::GlobalArgs;
use super::args::{EndsArgs, FilterArgs};
use crate::analysis::routes::{DEFAULT_CUTOFF, RouteOptions};
use crate::analysis::whatif::what_if;
use crate::graph::TradeGraph;
use crate::model::Selector;
use crate::render::Format;

/// Arguments of `whatif`.
#[derive(Debug, Args)]
pub struct WhatifArgs {
    /// The entities to remove: a selector (e.g. id:E0118,id:E0119).
    #[arg(long, value_name = "SEL")]
    pub remove: String,
    /// Sources and targets.
    #[command(flatten)]
    pub ends: EndsArgs,
    /// The shipment filter.
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Routes to show after the removal (JSON also gives those before, as routes_before).
    #[arg(long, default_value_t = 5, value_parser = super::route_count)]
    pub k: usize,
}

pub(super) fn run(g: &GlobalArgs, args: WhatifArgs) -> anyhow::Result<ExitCode> {
    let store = super::open_store(g)?;
    let (from, to) = args.ends.selectors()?;
    let remove = Selector::parse(&args.remove)?;
    let graph = TradeGraph::build_trade(&store, &args.filter.filter()?)?;
    let opts = RouteOptions { from, to, k: args.k, cutoff: DEFAULT_CUTOFF.into(), via_links: None, removed: vec![] };
    let w = what_if(&store, &graph, &opts, &remove)?;
    let mut out = super::stdout();
    match g.format {
        Format::Json => {
            serde_json::to_writer(&mut out, &w)?;
            writeln!(out)?;
        }
        format => {
            if format == Format::Table {
                writeln!(
                    out,
                    "removed: {}",
                    if w.removed.is_empty() { "nothing".into() } else { w.removed.join(", ") }
                )?;
                writeln!(
                    out,
                    "S-T maximum flow: {} before, {} after: {:.2}% survives, {:.2}% lost\n",
                    super::money(w.max_flow_before),
                    super::money(w.max_flow_after),
                    w.surviving_pct,
                    w.lost_pct
                )?;
                writeln!(out, "Most likely routes after the removal")?;
            } else if !g.quiet {
                eprintln!(
                    "surviving {:.2}% of the S-T maximum flow; rows are the routes after the removal \
                     (--format json gives the flows and the routes before too)",
                    w.surviving_pct
                );
            }
            super::routes::write_routes(&mut out, format, &w.routes_after)?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
