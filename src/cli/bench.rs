//! `chokepoint bench`: time the graph algorithms on a database, one JSON line
//! per task, for the README's figures and the peer comparison
//! (`benches/peers/peers.py`).

use std::io::Write;
use std::process::ExitCode;
use std::time::Instant;

use clap::Args;
use serde_json::json;

use super::GlobalArgs;
use super::args::{EndsArgs, FilterArgs};
use crate::analysis::chokepoints::{Problem, dominated_targets, vertex_cut};
use crate::graph::TradeGraph;
use crate::graph::algo::{Csr, subset_betweenness};

/// Arguments of `bench`.
#[derive(Debug, Args)]
pub struct BenchArgs {
    /// Sources and targets.
    #[command(flatten)]
    pub ends: EndsArgs,
    /// The shipment filter.
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Repetitions of each task (the median is reported).
    #[arg(long, default_value_t = 3)]
    pub runs: usize,
    /// Leave out the betweenness tasks (the slowest).
    #[arg(long)]
    pub no_betweenness: bool,
}

fn median<T>(runs: usize, mut f: impl FnMut() -> T) -> (f64, T) {
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        last = Some(f());
        times.push(t.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    (times[times.len() / 2], last.expect("at least one run"))
}

pub(super) fn run(g: &GlobalArgs, args: BenchArgs) -> anyhow::Result<ExitCode> {
    let store = super::open_store(g)?;
    let filter = args.filter.filter()?;
    let (from, to) = args.ends.selectors()?;
    let mut out = super::stdout();
    let threads = rayon::current_num_threads();
    let mut emit = |task: &str, secs: f64, result: serde_json::Value| -> std::io::Result<()> {
        writeln!(out, "{}", json!({"task": task, "seconds": secs, "threads": threads, "result": result}))?;
        out.flush()
    };
    let (secs, graph) = median(args.runs, || TradeGraph::build(&store, &filter));
    let graph = graph?;
    emit("build_view", secs, json!({"nodes": graph.graph.node_count(), "edges": graph.graph.edge_count()}))?;
    let (secs, p) = median(args.runs, || Problem::new(&graph, &from, &to));
    let p = p?;
    emit(
        "max_flow",
        secs,
        json!({"value_cents": p.flow.value, "sources": p.sources.len(), "targets": p.targets.len()}),
    )?;
    let (secs, cut) = median(args.runs, || p.network.min_cut(&p.flow));
    emit("min_edge_cut", secs, json!({"edges": cut.1.len()}))?;
    let (secs, vcut) = median(args.runs, || vertex_cut(&p));
    emit("min_vertex_cut", secs, json!({"size": vcut.map(|c| c.len())}))?;
    let (secs, dom) = median(args.runs, || dominated_targets(&graph, &p.sources, &p.targets));
    emit("dominators", secs, json!({"dominating_nodes": dom.iter().filter(|&&c| c > 0).count()}))?;
    if !args.no_betweenness {
        let csr = Csr::from_graph(&graph.graph);
        let (secs, bc) = median(1, || subset_betweenness(&csr, &p.sources, &p.targets, None));
        emit("betweenness_hops", secs, json!({"sum": bc.nodes.iter().sum::<f64>()}))?;
        let weights = graph.likelihood_weights();
        let (secs, bc) = median(1, || subset_betweenness(&csr, &p.sources, &p.targets, Some(&weights)));
        emit("betweenness_likelihood", secs, json!({"sum": bc.nodes.iter().sum::<f64>()}))?;
    }
    Ok(ExitCode::SUCCESS)
}
