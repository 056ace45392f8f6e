//! `chokepoint view` and `chokepoint select`: the graph view as an edge list,
//! and the entities a selector names, for other tools and for checking.

use std::io::Write;
use std::process::ExitCode;

use clap::Args;
use petgraph::visit::EdgeRef;
use serde::Serialize;

use super::GlobalArgs;
use super::args::FilterArgs;
use crate::graph::{TradeGraph, date_text};
use crate::model::Selector;
use crate::render::write_rows;

/// Arguments of `view`.
#[derive(Debug, Args)]
pub struct ViewArgs {
    /// The shipment filter.
    #[command(flatten)]
    pub filter: FilterArgs,
}

/// Arguments of `select`.
#[derive(Debug, Args)]
pub struct SelectArgs {
    /// The selector, e.g. kind:manufacturer+group:gecc or id:E1,country:HK.
    pub selector: String,
    /// The shipment filter (only entities trading in the view are printed).
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Also print entities that have no shipment in the view.
    #[arg(long)]
    pub all: bool,
}

#[derive(Serialize, Default)]
struct EdgeRow<'a> {
    exporter_id: &'a str,
    importer_id: &'a str,
    value: f64,
    count: u32,
    first: String,
    last: String,
    hs6: Vec<String>,
    /// -ln(value / value out of the exporter).
    weight: f64,
}

#[derive(Serialize, Default)]
struct EntityRow<'a> {
    id: &'a str,
    kind: &'a str,
    country: &'a str,
    listed: bool,
}

pub(super) fn run_view(g: &GlobalArgs, args: ViewArgs) -> anyhow::Result<ExitCode> {
    let store = super::open_store(g)?;
    let graph = TradeGraph::build(&store, &args.filter.filter()?)?;
    let weights = graph.likelihood_weights();
    let rows: Vec<EdgeRow> = graph
        .graph
        .edge_references()
        .map(|e| {
            let w = e.weight();
            EdgeRow {
                exporter_id: graph.id(e.source()),
                importer_id: graph.id(e.target()),
                value: w.value,
                count: w.count,
                first: date_text(w.first),
                last: date_text(w.last),
                hs6: w.hs.iter().map(|&h| crate::graph::TradeGraph::hs_text(h)).collect(),
                weight: weights[e.id().index()] + 0.0,
            }
        })
        .collect();
    let mut out = super::stdout();
    write_rows(&mut out, g.format, &rows)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

pub(super) fn run_select(g: &GlobalArgs, args: SelectArgs) -> anyhow::Result<ExitCode> {
    let store = super::open_store(g)?;
    let graph = TradeGraph::build(&store, &args.filter.filter()?)?;
    let sel = Selector::parse(&args.selector)?;
    let entities: Vec<u32> = if args.all {
        graph.select_entities(&sel)?
    } else {
        graph.select(&sel)?.into_iter().map(|n| graph.entity(n)).collect()
    };
    let t = &graph.entities;
    let rows: Vec<EntityRow> = entities
        .iter()
        .map(|&e| EntityRow {
            id: &t.ids[e as usize],
            kind: t.kinds[e as usize].as_str(),
            country: t.country(e),
            listed: t.listed(e),
        })
        .collect();
    if rows.is_empty() && !args.all && !g.quiet {
        let others = graph.select_entities(&sel)?.len();
        if others > 0 {
            eprintln!("{others} entities match but trade in no shipment of this view; --all lists them");
        }
    }
    let mut out = super::stdout();
    write_rows(&mut out, g.format, &rows)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
