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
use crate::analysis::hubs::{HubOptions, find_flow_hubs, find_hubs};
use crate::analysis::routes::{DEFAULT_CUTOFF, RouteOptions, find_routes};
use crate::graph::TradeGraph;
use crate::graph::algo::{Csr, k_shortest_paths, subset_betweenness};
use crate::model::Selector;

/// Arguments of `bench`.
#[derive(Debug, Args)]
pub struct BenchArgs {
    /// Sources and targets.
    #[command(flatten)]
    pub ends: EndsArgs,
    /// The shipment filter.
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Repetitions of each task (the median is reported); a task whose
    /// runs take less than half a second in all runs more times, until half
    /// a second has been timed.
    #[arg(long, default_value_t = 3)]
    pub runs: usize,
    /// Leave out the betweenness tasks (the slowest).
    #[arg(long)]
    pub no_betweenness: bool,
    /// Run only these tasks (comma-separated names as printed, such as
    /// `betweenness_hops`); the view and the setup are built regardless.
    #[arg(long, value_delimiter = ',', value_name = "TASKS")]
    pub only: Vec<String>,
}

/// A fast task runs more than `--runs` times, until this many seconds have
/// been timed (at most [`MAX_RUNS`] runs), so that its median is not that
/// of a few runs with cold caches; the peer script measures its side alike.
const MIN_TIMED: f64 = 0.5;
const MAX_RUNS: usize = 1000;

/// The upper median of the run times (at least `runs` runs; see
/// [`MIN_TIMED`]), and the last run's result.
fn median<T>(runs: usize, mut f: impl FnMut() -> T) -> (f64, T) {
    let (mut times, mut timed) = (Vec::new(), 0.0);
    let mut last = None;
    while times.len() < runs.max(1) || (timed < MIN_TIMED && times.len() < MAX_RUNS) {
        let t = Instant::now();
        last = Some(f());
        let secs = t.elapsed().as_secs_f64();
        times.push(secs);
        timed += secs;
    }
    times.sort_by(f64::total_cmp);
    (times[times.len() / 2], last.expect("at least one run"))
}

/// The tasks, in the order they run.
const TASKS: &[&str] = &[
    "build_view",
    "s_t_setup",
    "max_flow",
    "min_edge_cut",
    "min_vertex_cut",
    "dominators",
    "k_shortest_paths",
    "routes_100x100_k10",
    "hubs",
    "betweenness_hops",
    "betweenness_likelihood",
];

pub(super) fn run(g: &GlobalArgs, args: BenchArgs) -> anyhow::Result<ExitCode> {
    if let Some(t) = args.only.iter().find(|t| !TASKS.contains(&t.as_str())) {
        return Err(crate::Error::Usage(format!("--only: no task {t:?}; the tasks are {}", TASKS.join(", "))).into());
    }
    let store = super::open_store(g)?;
    let filter = args.filter.filter()?;
    let (from, to) = args.ends.selectors()?;
    let mut out = super::stdout();
    let threads = rayon::current_num_threads();
    let wanted = |task: &str| args.only.is_empty() || args.only.iter().any(|t| t == task);
    let mut emit = |task: &str, secs: f64, result: serde_json::Value| -> std::io::Result<()> {
        if !wanted(task) {
            return Ok(());
        }
        writeln!(out, "{}", json!({"task": task, "seconds": secs, "threads": threads, "result": result}))?;
        out.flush()
    };
    let (secs, graph) = median(args.runs, || TradeGraph::build(&store, &filter));
    let graph = graph?;
    emit("build_view", secs, json!({"nodes": graph.graph.node_count(), "edges": graph.graph.edge_count()}))?;
    // Setting up the problem (selectors, the node-split network) apart from
    // the maximum flow itself, as the peers build their graphs apart too.
    let (secs, p) = median(args.runs, || Problem::new(&graph, &from, &to));
    let p = p?;
    emit("s_t_setup", secs, json!({"sources": p.sources.len(), "targets": p.targets.len()}))?;
    if wanted("max_flow") {
        let (secs, flow) = median(args.runs, || p.network.max_flow(&[], &[]));
        emit(
            "max_flow",
            secs,
            json!({"value_cents": flow.value, "sources": p.sources.len(), "targets": p.targets.len()}),
        )?;
    }
    if wanted("min_edge_cut") {
        let (secs, cut) = median(args.runs, || p.network.min_cut(&p.flow));
        emit("min_edge_cut", secs, json!({"edges": cut.1.len()}))?;
    }
    if wanted("min_vertex_cut") {
        let (secs, vcut) = median(args.runs, || vertex_cut(&p));
        emit("min_vertex_cut", secs, json!({"size": vcut.map(|c| c.len())}))?;
    }
    // The view's adjacency, built once (as the peers build their graphs apart).
    let csr = Csr::from_graph(&graph.graph);
    if wanted("dominators") {
        let (secs, dom) = median(args.runs, || dominated_targets(&csr, &p.sources, &p.targets));
        emit("dominators", secs, json!({"dominating_nodes": dom.iter().filter(|&&c| c > 0).count()}))?;
    }
    // Routes between one pair: the source with the largest value out, and the
    // target reachable from it with the largest value in (ties: the earlier
    // node), as benches/peers/peers.py picks it.
    let weights = graph.likelihood_weights();
    let node = petgraph::graph::NodeIndex::new;
    let value_out = |v: u32| graph.value_out(node(v as usize));
    let s = p.sources.iter().copied().fold(None, |best: Option<u32>, v| match best {
        Some(b) if value_out(b) >= value_out(v) => Some(b),
        _ => Some(v),
    });
    if let Some(s) = s.filter(|_| wanted("k_shortest_paths")) {
        let mut seen = vec![false; graph.graph.node_count()];
        let mut stack = vec![s];
        seen[s as usize] = true;
        while let Some(v) = stack.pop() {
            for (w, _) in csr.arcs(v) {
                if !seen[w as usize] {
                    seen[w as usize] = true;
                    stack.push(w);
                }
            }
        }
        let value_in = |v: u32| graph.value_in(node(v as usize));
        let t = p.targets.iter().copied().filter(|&t| seen[t as usize]).fold(None, |best: Option<u32>, v| match best {
            Some(b) if value_in(b) >= value_in(v) => Some(b),
            _ => Some(v),
        });
        if let Some(t) = t {
            let (secs, paths) = median(args.runs, || k_shortest_paths(&csr, &weights, s, t, 10));
            emit(
                "k_shortest_paths",
                secs,
                json!({"source": graph.id(node(s as usize)), "target": graph.id(node(t as usize)),
                       "costs": paths.iter().map(|p| p.cost).collect::<Vec<_>>()}),
            )?;
        }
    }
    // Routes between two sets of 100 entities (the first sources and targets).
    let set = |vs: &[u32]| {
        let ids: Vec<String> = vs.iter().take(100).map(|&v| format!("id:{}", graph.id(node(v as usize)))).collect();
        Selector::parse(&ids.join(","))
    };
    let opts = RouteOptions {
        from: set(&p.sources)?,
        to: set(&p.targets)?,
        k: 10,
        cutoff: DEFAULT_CUTOFF.into(),
        via_links: None,
        removed: vec![],
    };
    if wanted("routes_100x100_k10") {
        let (secs, routes) = median(args.runs, || find_routes(&store, &graph, &opts));
        emit("routes_100x100_k10", secs, json!({"routes": routes?.len()}))?;
    }
    let hub_opts = HubOptions {
        cutoff: DEFAULT_CUTOFF.into(),
        window_days: None,
        by_entity: false,
        min_exports: 100_000.0,
        top: 20,
    };
    if wanted("hubs") {
        let (secs, hubs) = median(args.runs, || -> crate::Result<usize> {
            let (rows, _) = find_hubs(&store, &graph, &hub_opts)?;
            let (flows, _) = find_flow_hubs(&store, &filter, DEFAULT_CUTOFF, 100_000.0)?;
            Ok(rows.len() + flows.len())
        });
        emit("hubs", secs, json!({"rows": hubs?}))?;
    }
    if !args.no_betweenness && wanted("betweenness_hops") {
        let (secs, bc) = median(args.runs, || subset_betweenness(&csr, &p.sources, &p.targets, None));
        emit("betweenness_hops", secs, json!({"sum": bc.nodes.iter().sum::<f64>()}))?;
    }
    if !args.no_betweenness && wanted("betweenness_likelihood") {
        let (secs, bc) = median(args.runs, || subset_betweenness(&csr, &p.sources, &p.targets, Some(&weights)));
        emit("betweenness_likelihood", secs, json!({"sum": bc.nodes.iter().sum::<f64>()}))?;
    }
    Ok(ExitCode::SUCCESS)
}
