//! What-if interdiction: the S-T maximum flow and the most likely routes
//! before and after removing a set of entities.

use serde::Serialize;

use super::routes::{Route, RouteOptions, ends, find_routes};
use super::usd;
use crate::error::Result;
use crate::graph::TradeGraph;
use crate::graph::algo::{FlowNetwork, NodeCapacity};
use crate::model::Selector;
use crate::store::Store;

/// The outcome of a what-if.
#[derive(Debug, Clone, Serialize)]
pub struct WhatIf {
    /// The entities removed (those trading in the view; sources and targets
    /// named by the selector are removed too).
    pub removed: Vec<String>,
    /// S-T maximum flow before, USD.
    pub max_flow_before: f64,
    /// After, USD.
    pub max_flow_after: f64,
    /// Percent of the flow that survives.
    pub surviving_pct: f64,
    /// Percent lost.
    pub lost_pct: f64,
    /// The most likely routes before.
    pub routes_before: Vec<Route>,
    /// The most likely routes after: where the surviving flow now goes.
    pub routes_after: Vec<Route>,
}

/// Remove the entities `remove` names and compare.
pub fn what_if(store: &Store, graph: &TradeGraph, opts: &RouteOptions, remove: &Selector) -> Result<WhatIf> {
    let removed: Vec<u32> = graph.select(remove)?.iter().map(|n| n.index() as u32).collect();
    let (sources, targets) = ends(graph, &opts.from, &opts.to)?;
    let edges: Vec<(u32, u32, u64)> = graph
        .graph
        .edge_indices()
        .filter_map(|e| {
            let (a, b) = graph.graph.edge_endpoints(e)?;
            Some((a.index() as u32, b.index() as u32, super::cents(graph.graph[e].value)))
        })
        .collect();
    let before = FlowNetwork::new(graph.graph.node_count(), &edges, &sources, &targets, NodeCapacity::Unlimited)
        .max_flow(&[], &[])
        .value;
    if before == 0 {
        return Err(crate::Error::NoData(format!(
            "no goods reach the targets ({}) from the sources ({}) in this view: no path of shipments leads from \
             one to the other, so nothing is there to survive a removal; widen the filter, or check the selectors \
             with 'chokepoint select'",
            opts.to, opts.from
        )));
    }
    // Removed sources and targets leave the problem; removed intermediaries lose their capacity.
    let keep = |v: &u32| removed.binary_search(v).is_err();
    let s2: Vec<u32> = sources.iter().copied().filter(keep).collect();
    let t2: Vec<u32> = targets.iter().copied().filter(keep).collect();
    let after = FlowNetwork::new(graph.graph.node_count(), &edges, &s2, &t2, NodeCapacity::Unlimited)
        .max_flow(&removed, &[])
        .value;
    let routes_before = find_routes(store, graph, opts)?;
    let after_opts = RouteOptions { removed: removed.clone(), ..opts.clone() };
    let routes_after =
        if s2.is_empty() || t2.is_empty() { Vec::new() } else { find_routes(store, graph, &after_opts)? };
    let mut removed_ids: Vec<String> =
        removed.iter().map(|&v| graph.id(petgraph::graph::NodeIndex::new(v as usize)).to_string()).collect();
    removed_ids.sort();
    let surviving = if before > 0 { 100.0 * after as f64 / before as f64 } else { 100.0 };
    Ok(WhatIf {
        removed: removed_ids,
        max_flow_before: usd(before),
        max_flow_after: usd(after),
        surviving_pct: super::round(surviving, 2),
        lost_pct: super::round(100.0 - surviving, 2),
        routes_before,
        routes_after,
    })
}
