//! Chokepoints: the entities, countries or links whose interdiction would cut
//! most of the flow of controlled goods from the sources (by default
//! coalition-country manufacturers) to the targets (listed parties and end
//! users in Russia and Belarus).
//!
//! Measures, for each entity that is neither a source nor a target:
//! - `betweenness`: source-target subset betweenness (Brandes), by hops or by
//!   route weight -ln(value(u->v) / value out of u);
//! - `loss_pct`: share of the S-T maximum flow (capacities: aggregated value)
//!   lost when the entity is removed;
//! - `in_min_cut`: member of a minimum vertex cut (fewest entities separating S from T);
//! - `dominated_targets`: targets whose every path from S passes the entity;
//! - `through_value`: value of the view's edges into the entity.

use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;
use serde::Serialize;

use super::{cents, round, usd};
use crate::error::{Error, Result};
use crate::graph::TradeGraph;
use crate::graph::algo::{Csr, FlowNetwork, MaxFlow, NodeCapacity, subset_betweenness};
use crate::model::Selector;
use crate::reference;
use crate::store::Store;

/// The unit a chokepoint row stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum By {
    /// One row per entity.
    #[default]
    Entity,
    /// One row per country (all its intermediary entities together).
    Country,
    /// One row per aggregated trade link (exporter -> importer).
    Edge,
}

/// What "shortest" means for betweenness.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Weight {
    /// Fewest hops.
    #[default]
    Hops,
    /// Most likely route: edge weight -ln(value(u->v) / value out of u).
    Likelihood,
}

/// Options of [`find_chokepoints`].
#[derive(Debug, Clone)]
pub struct ChokepointOptions {
    /// Sources.
    pub from: Selector,
    /// Targets.
    pub to: Selector,
    /// Row unit.
    pub by: By,
    /// Rows to report.
    pub top: usize,
    /// Betweenness by hops or likelihood.
    pub weight: Weight,
    /// Steps of the greedy interdiction plan (0: none).
    pub plan: usize,
}

/// One chokepoint row.
#[derive(Debug, Clone, Serialize, Default)]
pub struct ChokepointRow {
    /// Rank by `loss_pct`, then `betweenness`.
    pub rank: usize,
    /// Entity id, country code, or `EXPORTER->IMPORTER`.
    pub id: String,
    /// Name (entity, country, or both ends of a link).
    pub name: String,
    /// Entity kind (`country` or `link` for the other units).
    pub kind: String,
    /// Country (for a link: `EXPORTER_COUNTRY->IMPORTER_COUNTRY`).
    pub country: String,
    /// On a sanctions list (for a country or link: any of its entities).
    pub listed: bool,
    /// Source-target subset betweenness.
    pub betweenness: f64,
    /// Percent of the S-T maximum flow lost when it is removed.
    pub loss_pct: f64,
    /// In the minimum vertex cut (entities), the minimum edge cut (links), or holding a member of the vertex cut (countries).
    pub in_min_cut: bool,
    /// Targets whose every path from the sources passes it.
    pub dominated_targets: usize,
    /// Value of the view's edges into it (for a link: its value), USD.
    pub through_value: f64,
}

/// One step of the greedy interdiction plan.
#[derive(Debug, Clone, Serialize, Default)]
pub struct PlanStep {
    /// Step number, from 1.
    pub step: usize,
    /// The entity removed at this step.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its country.
    pub country: String,
    /// Percent of the original S-T flow this step cut.
    pub step_cut_pct: f64,
    /// Percent of the original S-T flow cut by all steps so far.
    pub cumulative_cut_pct: f64,
    /// S-T maximum flow left, USD.
    pub remaining_flow: f64,
}

/// One edge of the minimum edge cut.
#[derive(Debug, Clone, Serialize)]
pub struct CutEdge {
    /// Exporter id.
    pub from: String,
    /// Importer id.
    pub to: String,
    /// Aggregated value, USD.
    pub value: f64,
}

/// Figures about the whole S-T problem.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// The filter, described.
    pub filter: String,
    /// The source selector.
    pub from: String,
    /// The target selector.
    pub to: String,
    /// Sources that trade in the view.
    pub sources: usize,
    /// Targets that trade in the view.
    pub targets: usize,
    /// Entities in the view.
    pub nodes: usize,
    /// Aggregated edges in the view.
    pub edges: usize,
    /// S-T maximum flow, USD.
    pub max_flow: f64,
    /// Size of the minimum vertex cut, or `None` when sources trade directly with targets.
    pub min_vertex_cut_size: Option<usize>,
    /// Entity ids of the minimum vertex cut.
    pub min_vertex_cut: Vec<String>,
    /// Direct source-to-target links (why no vertex cut exists), up to ten.
    pub direct_links: Vec<String>,
    /// The minimum edge cut by value; its values sum to `max_flow`.
    pub min_edge_cut: Vec<CutEdge>,
}

/// The chokepoint report.
#[derive(Debug, Clone, Serialize)]
pub struct ChokepointReport {
    /// Problem-wide figures.
    pub summary: Summary,
    /// The rows, best first.
    pub rows: Vec<ChokepointRow>,
    /// The greedy interdiction plan, when asked for.
    pub plan: Vec<PlanStep>,
}

/// The S-T problem on a view: node sets, the value network and its max flow.
pub struct Problem<'g> {
    /// The view.
    pub graph: &'g TradeGraph,
    /// Source nodes.
    pub sources: Vec<u32>,
    /// Target nodes (sources excluded).
    pub targets: Vec<u32>,
    /// Value network (capacities in cents).
    pub network: FlowNetwork,
    /// Its maximum flow.
    pub flow: MaxFlow,
    /// The unit network (every intermediary passes one unit), whose
    /// maximum flow is the minimum vertex cut.
    pub unit: FlowNetwork,
    is_terminal: Vec<bool>,
}

impl<'g> Problem<'g> {
    /// Resolve the selectors on the view and compute the S-T maximum flow.
    pub fn new(graph: &'g TradeGraph, from: &Selector, to: &Selector) -> Result<Problem<'g>> {
        let sources: Vec<u32> = graph.select(from)?.into_iter().map(|n| n.index() as u32).collect();
        let mut targets: Vec<u32> = graph.select(to)?.into_iter().map(|n| n.index() as u32).collect();
        targets.retain(|t| sources.binary_search(t).is_err());
        let n = graph.graph.node_count();
        let mut is_terminal = vec![false; n];
        for &v in sources.iter().chain(&targets) {
            is_terminal[v as usize] = true;
        }
        let edges = value_edges(graph);
        let network = FlowNetwork::new(n, &edges, &sources, &targets, NodeCapacity::Unlimited);
        let flow = network.max_flow(&[], &[]);
        if flow.value == 0 && !sources.is_empty() && !targets.is_empty() {
            return Err(crate::Error::NoData(format!(
                "no goods reach the targets ({to}: {} entities) from the sources ({from}: {}) in this view: no \
                 path of shipments leads from one to the other, so there is nothing to cut; widen the filter, or \
                 check the selectors with 'chokepoint select'",
                targets.len(),
                sources.len()
            )));
        }
        let unit = FlowNetwork::new(n, &edges, &sources, &targets, NodeCapacity::Unit);
        Ok(Problem { graph, sources, targets, network, flow, unit, is_terminal })
    }

    /// Whether a node is a source or target.
    pub fn is_terminal(&self, v: u32) -> bool {
        self.is_terminal[v as usize]
    }

    /// Percent of the max flow lost when `removed` nodes go (`base`: the flow to compare with).
    fn loss_pct(&self, base: u64, removed: &[u32]) -> f64 {
        if base == 0 {
            return 0.0;
        }
        let left = self.network.max_flow(removed, &[]).value;
        100.0 * base.saturating_sub(left) as f64 / base as f64
    }

    /// The node whose removal (on top of `removed`) loses most, with the flow
    /// left. Candidates are tried in order of the flow through them, which
    /// bounds what removing them can lose; the search stops when the bound
    /// cannot beat the best found.
    fn best_removal(&self, removed: &[u32], current: &MaxFlow) -> Option<(u32, u64)> {
        let mut candidates: Vec<(u64, u32)> = (0..self.graph.graph.node_count() as u32)
            .filter(|&v| !self.is_terminal(v) && !removed.contains(&v))
            .map(|v| (self.network.node_flow(current, v), v))
            .filter(|&(f, _)| f > 0)
            .collect();
        candidates.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        let mut best: Option<(u32, u64)> = None;
        let mut with = removed.to_vec();
        for (bound, v) in candidates {
            let best_loss = best.map_or(0, |(_, left)| current.value - left);
            if bound <= best_loss {
                break;
            }
            with.push(v);
            let left = self.network.max_flow(&with, &[]).value;
            with.pop();
            if current.value - left > best_loss {
                best = Some((v, left));
            }
        }
        best
    }
}

/// The view's edges as (tail, head, capacity in cents).
fn value_edges(graph: &TradeGraph) -> Vec<(u32, u32, u64)> {
    graph
        .graph
        .edge_references()
        .map(|e| (e.source().index() as u32, e.target().index() as u32, cents(e.weight().value)))
        .collect()
}

/// Count, for every node, the targets it dominates (other than itself): those
/// whose every path from the sources passes it (dominators from a
/// super-source joined to every source, on the view's adjacency `csr`).
pub fn dominated_targets(csr: &Csr, sources: &[u32], targets: &[u32]) -> Vec<usize> {
    let idom = crate::graph::algo::dominators(csr, sources);
    let mut counts = vec![0usize; csr.node_count()];
    for &t in targets {
        let mut v = t;
        while let Some(d) = idom[v as usize] {
            counts[d as usize] += 1;
            v = d;
        }
    }
    counts
}

/// The minimum vertex cut: `None` when a source trades directly with a target.
fn min_vertex_cut(p: &Problem<'_>) -> Option<Vec<u32>> {
    let f = p.unit.max_flow(&[], &[]);
    if p.unit.is_unbounded(&f) { None } else { Some(p.unit.min_cut(&f).0) }
}

fn entity_row(graph: &TradeGraph, store_names: &rustc_hash::FxHashMap<String, String>, v: u32) -> ChokepointRow {
    let n = NodeIndex::new(v as usize);
    let e = graph.entity(n);
    let id = graph.id(n).to_string();
    ChokepointRow {
        rank: 0,
        name: store_names.get(&id).cloned().unwrap_or_default(),
        id,
        kind: graph.entities.kinds[e as usize].as_str().to_string(),
        country: graph.country(n).to_string(),
        listed: graph.entities.listed(e),
        betweenness: 0.0,
        loss_pct: 0.0,
        in_min_cut: false,
        dominated_targets: 0,
        through_value: 0.0,
    }
}

/// The minimum vertex cut of a problem: `None` when a source trades directly with a target.
pub fn vertex_cut(p: &Problem<'_>) -> Option<Vec<u32>> {
    min_vertex_cut(p)
}

/// Find the chokepoints of a view.
pub fn find_chokepoints(store: &Store, graph: &TradeGraph, opts: &ChokepointOptions) -> Result<ChokepointReport> {
    let started = std::time::Instant::now();
    let p = Problem::new(graph, &opts.from, &opts.to)?;
    log::info!("maximum flow: {:.2} s", started.elapsed().as_secs_f64());
    if p.sources.is_empty() || p.targets.is_empty() {
        return Err(Error::NoData(format!(
            "no {} in this view ({} sources, {} targets): widen the filter or change --from/--to",
            if p.sources.is_empty() { "source" } else { "target" },
            p.sources.len(),
            p.targets.len()
        )));
    }
    let n = graph.graph.node_count();
    let clock = std::time::Instant::now();
    let lap = |what: &str| log::info!("{what}: {:.2} s", clock.elapsed().as_secs_f64());
    let csr = Csr::from_graph(&graph.graph);
    let weights = (opts.weight == Weight::Likelihood).then(|| graph.likelihood_weights());
    let bc = subset_betweenness(&csr, &p.sources, &p.targets, weights.as_deref());
    lap("betweenness");
    let dominated = dominated_targets(&csr, &p.sources, &p.targets);
    lap("dominators");
    let vertex_cut = min_vertex_cut(&p);
    lap("minimum vertex cut");
    let (_, edge_cut) = p.network.min_cut(&p.flow);
    let base = p.flow.value;
    let through: Vec<f64> = graph.graph.node_indices().map(|v| graph.value_in(v)).collect();

    let rows = match opts.by {
        By::Entity => {
            // Exact top rows by loss: candidates in order of the flow through
            // them (an upper bound of their loss), stopping once the bound
            // falls below the last row kept.
            let mut cands: Vec<(u64, u32)> =
                (0..n as u32).filter(|&v| !p.is_terminal(v)).map(|v| (p.network.node_flow(&p.flow, v), v)).collect();
            cands.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            let mut scored: Vec<(f64, u32)> = Vec::new();
            for &(bound, v) in &cands {
                let kth = if opts.top > 0 && scored.len() >= opts.top {
                    let mut losses: Vec<f64> = scored.iter().map(|s| s.0).collect();
                    losses.sort_by(|a, b| b.total_cmp(a));
                    losses[opts.top - 1]
                } else {
                    -1.0
                };
                let bound_pct = if base > 0 { 100.0 * bound as f64 / base as f64 } else { 0.0 };
                if bound == 0 || bound_pct < kth {
                    break;
                }
                scored.push((p.loss_pct(base, &[v]), v));
            }
            // Every other intermediary loses nothing; rank them by betweenness
            // after. One with no part in this S-T problem at all (no loss, no
            // flow in the maximum flow, on no shortest path, in no cut,
            // dominating no target: downstream of the targets, say) is no
            // chokepoint of it and is left out.
            let loss_of = |v: u32| scored.iter().find(|s| s.1 == v).map_or(0.0, |s| s.0);
            let in_cut = |v: u32| vertex_cut.as_ref().is_some_and(|c| c.contains(&v));
            let mut order: Vec<u32> = (0..n as u32)
                .filter(|&v| !p.is_terminal(v))
                .filter(|&v| {
                    loss_of(v) > 0.0
                        || p.network.node_flow(&p.flow, v) > 0
                        || bc.nodes[v as usize] > 0.0
                        || in_cut(v)
                        || dominated[v as usize] > 0
                })
                .collect();
            order.sort_by(|&a, &b| {
                loss_of(b)
                    .total_cmp(&loss_of(a))
                    .then(bc.nodes[b as usize].total_cmp(&bc.nodes[a as usize]))
                    .then(through[b as usize].total_cmp(&through[a as usize]))
                    .then(a.cmp(&b))
            });
            order.truncate(opts.top);
            let ids: Vec<&str> = order.iter().map(|&v| graph.id(NodeIndex::new(v as usize))).collect();
            let names = names_of(store, &ids)?;
            order
                .iter()
                .map(|&v| {
                    let mut row = entity_row(graph, &names, v);
                    row.betweenness = round(bc.nodes[v as usize], 6);
                    row.loss_pct = round(loss_of(v), 2);
                    row.in_min_cut = vertex_cut.as_ref().is_some_and(|c| c.contains(&v));
                    row.dominated_targets = dominated[v as usize];
                    row.through_value = round(through[v as usize], 2);
                    row
                })
                .collect()
        }
        By::Country => country_rows(&p, &bc.nodes, &dominated, vertex_cut.as_deref(), opts.top),
        By::Edge => edge_rows(store, &p, &bc.edges, &edge_cut, opts.top)?,
    };
    let rows = rows.into_iter().enumerate().map(|(i, mut r)| {
        r.rank = i + 1;
        r
    });
    lap("rows");
    let plan = greedy_plan(store, &p, opts.plan)?;
    lap("plan");
    let summary = Summary {
        filter: graph.filter.describe(),
        from: opts.from.text.clone(),
        to: opts.to.text.clone(),
        sources: p.sources.len(),
        targets: p.targets.len(),
        nodes: n,
        edges: graph.graph.edge_count(),
        max_flow: usd(base),
        min_vertex_cut_size: vertex_cut.as_ref().map(Vec::len),
        min_vertex_cut: vertex_cut
            .as_ref()
            .map(|c| {
                let mut ids: Vec<String> =
                    c.iter().map(|&v| graph.id(NodeIndex::new(v as usize)).to_string()).collect();
                ids.sort();
                ids
            })
            .unwrap_or_default(),
        direct_links: if vertex_cut.is_none() { direct_links(&p, 10) } else { Vec::new() },
        min_edge_cut: edge_cut
            .iter()
            .map(|&e| {
                let idx = petgraph::graph::EdgeIndex::new(e as usize);
                let (a, b) = graph.graph.edge_endpoints(idx).unwrap_or_default();
                CutEdge {
                    from: graph.id(a).to_string(),
                    to: graph.id(b).to_string(),
                    value: round(graph.graph[idx].value, 2),
                }
            })
            .collect(),
    };
    Ok(ChokepointReport { summary, rows: rows.collect(), plan })
}

fn names_of(store: &Store, ids: &[&str]) -> Result<rustc_hash::FxHashMap<String, String>> {
    Ok(store.entity_details(ids)?.into_iter().map(|(k, v)| (k, v.name)).collect())
}

fn direct_links(p: &Problem<'_>, limit: usize) -> Vec<String> {
    let g = p.graph;
    g.graph
        .edge_references()
        .filter(|e| {
            let (a, b) = (e.source().index() as u32, e.target().index() as u32);
            p.sources.binary_search(&a).is_ok() && p.targets.contains(&b)
        })
        .take(limit)
        .map(|e| format!("{}->{}", g.id(e.source()), g.id(e.target())))
        .collect()
}

/// Remove, `steps` times, the entity whose removal loses the most remaining flow.
fn greedy_plan(store: &Store, p: &Problem<'_>, steps: usize) -> Result<Vec<PlanStep>> {
    let base = p.flow.value;
    let mut removed: Vec<u32> = Vec::new();
    let mut current = p.flow.clone();
    let mut out = Vec::new();
    for step in 1..=steps {
        let Some((v, left)) = p.best_removal(&removed, &current) else { break };
        let before = current.value;
        removed.push(v);
        current = p.network.max_flow(&removed, &[]);
        debug_assert_eq!(current.value, left);
        let id = p.graph.id(NodeIndex::new(v as usize)).to_string();
        let names = names_of(store, &[&id])?;
        out.push(PlanStep {
            step,
            name: names.get(&id).cloned().unwrap_or_default(),
            country: p.graph.country(NodeIndex::new(v as usize)).to_string(),
            id,
            step_cut_pct: round(100.0 * (before - current.value) as f64 / base.max(1) as f64, 2),
            cumulative_cut_pct: round(100.0 * (base - current.value) as f64 / base.max(1) as f64, 2),
            remaining_flow: usd(current.value),
        });
        if current.value == 0 {
            break;
        }
    }
    Ok(out)
}

fn country_rows(
    p: &Problem<'_>,
    node_bc: &[f64],
    dominated: &[usize],
    vertex_cut: Option<&[u32]>,
    top: usize,
) -> Vec<ChokepointRow> {
    let g = p.graph;
    let mut members: std::collections::BTreeMap<String, Vec<u32>> = Default::default();
    for v in 0..g.graph.node_count() as u32 {
        if !p.is_terminal(v) {
            members.entry(g.country(NodeIndex::new(v as usize)).to_string()).or_default().push(v);
        }
    }
    let base = p.flow.value;
    let mut rows: Vec<ChokepointRow> = members
        .into_iter()
        .map(|(c, vs)| {
            let loss =
                if vs.iter().any(|&v| p.network.node_flow(&p.flow, v) > 0) { p.loss_pct(base, &vs) } else { 0.0 };
            let through: f64 = vs
                .iter()
                .flat_map(|&v| g.graph.edges_directed(NodeIndex::new(v as usize), petgraph::Direction::Incoming))
                .filter(|e| g.country(e.source()) != c)
                .map(|e| e.weight().value)
                .sum();
            ChokepointRow {
                rank: 0,
                name: reference::country(&c).map(|x| x.name.clone()).unwrap_or_default(),
                kind: "country".into(),
                country: c.clone(),
                listed: vs.iter().any(|&v| g.entities.listed(g.entity(NodeIndex::new(v as usize)))),
                betweenness: round(vs.iter().map(|&v| node_bc[v as usize]).sum(), 6),
                loss_pct: round(loss, 2),
                in_min_cut: vertex_cut.is_some_and(|cut| cut.iter().any(|x| vs.contains(x))),
                dominated_targets: vs.iter().map(|&v| dominated[v as usize]).max().unwrap_or(0),
                through_value: round(through, 2),
                id: c,
            }
        })
        .collect();
    rows.sort_by(|a, b| {
        b.loss_pct.total_cmp(&a.loss_pct).then(b.betweenness.total_cmp(&a.betweenness)).then(a.id.cmp(&b.id))
    });
    rows.truncate(top);
    rows
}

fn edge_rows(
    store: &Store,
    p: &Problem<'_>,
    edge_bc: &[f64],
    edge_cut: &[u32],
    top: usize,
) -> Result<Vec<ChokepointRow>> {
    let g = p.graph;
    let base = p.flow.value;
    let mut cands: Vec<(u64, u32)> = p.network.edge_flows(&p.flow).into_iter().zip(0..).filter(|c| c.0 > 0).collect();
    cands.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut scored: Vec<(f64, u32)> = Vec::new();
    for &(bound, e) in &cands {
        if top > 0 && scored.len() >= top {
            let mut l: Vec<f64> = scored.iter().map(|s| s.0).collect();
            l.sort_by(|a, b| b.total_cmp(a));
            if (100.0 * bound as f64 / base.max(1) as f64) < l[top - 1] {
                break;
            }
        }
        let left = p.network.max_flow(&[], &[e]).value;
        scored.push((100.0 * base.saturating_sub(left) as f64 / base.max(1) as f64, e));
    }
    let mut order: Vec<u32> = (0..g.graph.edge_count() as u32).collect();
    let loss_of = |e: u32| scored.iter().find(|s| s.1 == e).map_or(0.0, |s| s.0);
    order.sort_by(|&a, &b| {
        loss_of(b).total_cmp(&loss_of(a)).then(edge_bc[b as usize].total_cmp(&edge_bc[a as usize])).then(a.cmp(&b))
    });
    order.truncate(top);
    let mut ids: Vec<&str> = Vec::new();
    for &e in &order {
        let (a, b) = g.graph.edge_endpoints(petgraph::graph::EdgeIndex::new(e as usize)).unwrap_or_default();
        ids.extend([g.id(a), g.id(b)]);
    }
    let names = names_of(store, &ids)?;
    // Targets that lose every path when the link goes.
    let reach_targets = |removed: Option<u32>| -> usize {
        let mut seen = vec![false; g.graph.node_count()];
        let mut stack: Vec<NodeIndex> = p.sources.iter().map(|&s| NodeIndex::new(s as usize)).collect();
        for s in &stack {
            seen[s.index()] = true;
        }
        while let Some(v) = stack.pop() {
            for e in g.graph.edges(v) {
                if Some(e.id().index() as u32) != removed && !seen[e.target().index()] {
                    seen[e.target().index()] = true;
                    stack.push(e.target());
                }
            }
        }
        p.targets.iter().filter(|&&t| seen[t as usize]).count()
    };
    let all = reach_targets(None);
    Ok(order
        .iter()
        .map(|&e| {
            let idx = petgraph::graph::EdgeIndex::new(e as usize);
            let (a, b) = g.graph.edge_endpoints(idx).unwrap_or_default();
            let (ia, ib) = (g.id(a).to_string(), g.id(b).to_string());
            let name = |i: &str| names.get(i).cloned().unwrap_or_default();
            ChokepointRow {
                rank: 0,
                id: format!("{ia}->{ib}"),
                name: format!("{} -> {}", name(&ia), name(&ib)),
                kind: "link".into(),
                country: format!("{}->{}", g.country(a), g.country(b)),
                listed: g.entities.listed(g.entity(a)) || g.entities.listed(g.entity(b)),
                betweenness: round(edge_bc[e as usize], 6),
                loss_pct: round(loss_of(e), 2),
                in_min_cut: edge_cut.contains(&e),
                dominated_targets: all - reach_targets(Some(e)),
                through_value: round(g.graph[idx].value, 2),
            }
        })
        .collect())
}

/// One trade link of an explained entity, with the largest shipments behind it.
#[derive(Debug, Clone, Serialize)]
pub struct LinkEvidence {
    /// `in` (the entity imported) or `out` (it exported).
    pub direction: &'static str,
    /// The other party's id.
    pub counterpart: String,
    /// Its name.
    pub counterpart_name: String,
    /// Its country.
    pub counterpart_country: String,
    /// Aggregated value, USD.
    pub value: f64,
    /// Shipments.
    pub count: u32,
    /// First shipment date.
    pub first: String,
    /// Last shipment date.
    pub last: String,
    /// The largest shipments (up to three), with the file and line they came from.
    pub shipments: Vec<crate::store::ShipmentRecord>,
}

/// What lies behind one entity's row.
#[derive(Debug, Clone, Serialize)]
pub struct Explanation {
    /// The entity's record.
    pub entity: crate::store::EntityDetails,
    /// The lists it is on.
    pub lists: Vec<String>,
    /// Whether it trades in this view.
    pub in_view: bool,
    /// Its largest inbound and outbound links in the view (up to five each).
    pub links: Vec<LinkEvidence>,
    /// The most likely path from a source to it (entity ids).
    pub path_from_sources: Vec<String>,
    /// The most likely path from it to a target (entity ids).
    pub path_to_targets: Vec<String>,
}

/// The most likely path from any of `starts` to any node for which `goal`
/// holds, by route weight (multi-source Dijkstra).
pub fn most_likely_path(
    graph: &TradeGraph,
    weights: &[f64],
    starts: &[u32],
    goal: impl Fn(u32) -> bool,
) -> Option<Vec<u32>> {
    use crate::graph::algo::paths::Cost;
    use std::cmp::Reverse;
    let n = graph.graph.node_count();
    let mut dist = vec![f64::INFINITY; n];
    let mut prev = vec![u32::MAX; n];
    let mut heap = std::collections::BinaryHeap::new();
    for &s in starts {
        dist[s as usize] = 0.0;
        heap.push((Reverse(Cost(0.0)), s));
    }
    while let Some((Reverse(Cost(d)), v)) = heap.pop() {
        if d > dist[v as usize] {
            continue;
        }
        if goal(v) {
            let mut path = vec![v];
            let mut x = v;
            while prev[x as usize] != u32::MAX {
                x = prev[x as usize];
                path.push(x);
            }
            path.reverse();
            return Some(path);
        }
        for e in graph.graph.edges(NodeIndex::new(v as usize)) {
            let w = e.target().index();
            let nd = d + weights[e.id().index()];
            if nd < dist[w] {
                dist[w] = nd;
                prev[w] = v;
                heap.push((Reverse(Cost(nd)), w as u32));
            }
        }
    }
    None
}

/// The shipments, paths and list entries behind one entity.
pub fn explain(store: &Store, graph: &TradeGraph, from: &Selector, to: &Selector, id: &str) -> Result<Explanation> {
    let node = graph.entity_node(id)?; // an unknown id is an error with suggestions
    let entity =
        store.entity_details(&[id])?.remove(id).ok_or_else(|| Error::Usage(format!("no entity with id {id:?}")))?;
    let lists = entity.lists.split(';').map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect();
    let Some(node) = node else {
        return Ok(Explanation {
            entity,
            lists,
            in_view: false,
            links: vec![],
            path_from_sources: vec![],
            path_to_targets: vec![],
        });
    };
    let mut links = Vec::new();
    for (direction, dir) in [("in", petgraph::Direction::Incoming), ("out", petgraph::Direction::Outgoing)] {
        let mut edges: Vec<_> = graph.graph.edges_directed(node, dir).collect();
        edges.sort_by(|a, b| b.weight().value.total_cmp(&a.weight().value));
        for e in edges.into_iter().take(5) {
            let other = if direction == "in" { e.source() } else { e.target() };
            let (exp, imp) = if direction == "in" { (graph.id(other), id) } else { (id, graph.id(other)) };
            let w = e.weight();
            links.push(LinkEvidence {
                direction,
                counterpart: graph.id(other).to_string(),
                counterpart_name: names_of(store, &[graph.id(other)])?.remove(graph.id(other)).unwrap_or_default(),
                counterpart_country: graph.country(other).to_string(),
                value: round(w.value, 2),
                count: w.count,
                first: crate::graph::date_text(w.first),
                last: crate::graph::date_text(w.last),
                shipments: store.shipments_between(exp, imp, &graph.filter, 3)?,
            });
        }
    }
    let weights = graph.likelihood_weights();
    let sources: Vec<u32> = graph.select(from)?.iter().map(|n| n.index() as u32).collect();
    let targets: Vec<u32> = graph.select(to)?.iter().map(|n| n.index() as u32).collect();
    let v = node.index() as u32;
    let ids = |p: Option<Vec<u32>>| {
        p.unwrap_or_default().iter().map(|&x| graph.id(NodeIndex::new(x as usize)).to_string()).collect()
    };
    let path_from_sources = ids(most_likely_path(graph, &weights, &sources, |x| x == v));
    let path_to_targets = ids(most_likely_path(graph, &weights, &[v], |x| x != v && targets.binary_search(&x).is_ok()));
    Ok(Explanation { entity, lists, in_view: true, links, path_from_sources, path_to_targets })
}
