//! `chokepoint dot`: diagrams as Graphviz DOT, or rendered pictures.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Subcommand};

use super::GlobalArgs;
use super::args::{EndsArgs, FilterArgs};
use crate::analysis::chokepoints::{By, ChokepointOptions, Weight};
use crate::analysis::diagram;
use crate::analysis::routes::{DEFAULT_CUTOFF, RouteOptions};
use crate::graph::TradeGraph;
use crate::render::dot::{Picture, limit, render, to_dot};

/// Arguments of `dot`.
#[derive(Debug, Args)]
#[command(after_help = "\
Countries are clusters; node shape and colour show the kind; listed parties
have a thick red border (their lists in the tooltip); chokepoints are gold;
edge width grows with value (log scale), labels give value and dates;
minimum-cut edges are dashed red. DOT goes to standard output or -o FILE;
--render svg|png|pdf runs Graphviz's dot program.")]
pub struct DotArgs {
    /// The diagram.
    #[command(subcommand)]
    pub kind: DotKind,
    /// Most nodes to draw, summary nodes counted; the rest are folded into summary nodes per
    /// country and kind (the diagram's subject is always drawn: the ego entity, the chokepoints,
    /// the manufacturers ranked).
    #[arg(long, global = true, default_value_t = 150, value_parser = at_least_one)]
    pub max_nodes: usize,
    /// Write to this file instead of standard output.
    #[arg(short, long, global = true, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Render with Graphviz's dot into a picture.
    #[arg(long, global = true, value_enum)]
    pub render: Option<Picture>,
}

/// Diagram kinds.
#[derive(Debug, Subcommand)]
pub enum DotKind {
    /// An entity's neighbourhood: trade up- and downstream within --depth, and its links.
    Ego {
        /// Entity id.
        id: String,
        /// Hops.
        #[arg(long, default_value_t = 2, value_parser = super::hop_count)]
        depth: usize,
        /// The shipment filter.
        #[command(flatten)]
        filter: FilterArgs,
    },
    /// The most likely routes, each edge marked with its routes' ranks.
    Routes {
        /// Sources and targets.
        #[command(flatten)]
        ends: EndsArgs,
        /// The shipment filter.
        #[command(flatten)]
        filter: FilterArgs,
        /// Routes.
        #[arg(long, default_value_t = 5, value_parser = super::route_count)]
        k: usize,
    },
    /// The top chokepoints with the likely paths through them and the minimum cut.
    Chokepoints {
        /// Sources and targets.
        #[command(flatten)]
        ends: EndsArgs,
        /// The shipment filter.
        #[command(flatten)]
        filter: FilterArgs,
        /// Chokepoints to draw.
        #[arg(long, default_value_t = 5)]
        top: usize,
    },
    /// Manufacturers and the weapon systems their parts were found in.
    Dependency {
        /// Manufacturers to draw.
        #[arg(long, default_value_t = 15)]
        top: usize,
    },
}

pub(super) fn run(g: &GlobalArgs, args: DotArgs) -> anyhow::Result<ExitCode> {
    if g.format != crate::render::Format::Table {
        anyhow::bail!(crate::Error::Usage(
            "dot writes Graphviz DOT, or a picture with --render svg|png|pdf: --format does not apply".into()
        ));
    }
    let store = super::open_store(g)?;
    let mut d = match &args.kind {
        DotKind::Ego { id, depth, filter } => {
            let graph = TradeGraph::build_trade(&store, &filter.filter()?)?;
            diagram::ego(&store, &graph, id, *depth)?
        }
        DotKind::Routes { ends, filter, k } => {
            let graph = TradeGraph::build_trade(&store, &filter.filter()?)?;
            let (from, to) = ends.selectors()?;
            let opts =
                RouteOptions { from, to, k: *k, cutoff: DEFAULT_CUTOFF.into(), via_links: None, removed: vec![] };
            diagram::routes(&store, &graph, &opts)?
        }
        DotKind::Chokepoints { ends, filter, top } => {
            let graph = TradeGraph::build_trade(&store, &filter.filter()?)?;
            let (from, to) = ends.selectors()?;
            let opts = ChokepointOptions { from, to, by: By::Entity, top: *top, weight: Weight::Hops, plan: 0 };
            diagram::chokepoints(&store, &graph, &opts)?
        }
        DotKind::Dependency { top } => diagram::dependency(&store, *top)?,
    };
    let nodes = d.nodes.len();
    let folded = limit(&mut d, args.max_nodes);
    if folded > 0 && !g.quiet {
        eprintln!(
            "chokepoint: drew {} of {nodes} nodes (--max-nodes {}, the diagram's subject always drawn), the other \
             {folded} folded into summary nodes per country and kind; raise --max-nodes to see them, and lay large \
             graphs out with Graphviz's sfdp (chokepoint dot ... > g.dot; sfdp -Tsvg g.dot > g.svg)",
            d.nodes.len(),
            args.max_nodes
        );
    }
    let bytes = match args.render {
        Some(p) => {
            let picture = render(&d, p, false)?;
            for warning in &picture.warnings {
                eprintln!("warning: Graphviz: {warning}");
            }
            picture.bytes
        }
        None => to_dot(&d).into_bytes(),
    };
    match &args.output {
        Some(path) => {
            std::fs::write(path, &bytes).map_err(|source| crate::Error::Io { path: path.clone(), error: source })?
        }
        None => {
            let mut out = super::stdout();
            out.write_all(&bytes)?;
            if args.render.is_none() {
                out.write_all(b"\n")?;
            }
            out.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn at_least_one(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(format!("{s:?}: give a number of nodes, 1 or more")),
    }
}
