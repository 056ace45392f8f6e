//! Exposure: the listed parties and military end users within K hops
//! upstream (suppliers, their suppliers...) and downstream (customers...) of
//! an entity, with the shortest trade path and the value that links each.

use std::collections::VecDeque;

use petgraph::Direction;
use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;
use serde::Serialize;

use super::round;
use crate::error::{Error, Result};
use crate::graph::TradeGraph;
use crate::store::Store;

/// A listed party or military end user (an end user in a target or
/// embargoed country) near the entity.
#[derive(Debug, Clone, Serialize, Default)]
pub struct ExposureRow {
    /// `upstream` (it supplies the entity, directly or not) or `downstream`.
    pub direction: &'static str,
    /// Hops from the entity.
    pub hops: usize,
    /// Entity id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: String,
    /// Country.
    pub country: String,
    /// Lists it is on.
    pub lists: Vec<String>,
    /// The trade path, in the direction goods move.
    pub path: Vec<String>,
    /// Smallest link value along the path, USD.
    pub value: f64,
}

/// The listed parties and military end users within `depth` hops of an entity.
pub fn find_exposure(store: &Store, graph: &TradeGraph, id: &str, depth: usize) -> Result<Vec<ExposureRow>> {
    let Some(start) = graph.entity_node(id)? else {
        return Err(Error::Usage(format!("{id} has no shipments in this view; widen the filter")));
    };
    let mut rows = Vec::new();
    for (direction, dir) in [("upstream", Direction::Incoming), ("downstream", Direction::Outgoing)] {
        let n = graph.graph.node_count();
        let mut hops = vec![usize::MAX; n];
        let mut parent: Vec<Option<(NodeIndex, f64)>> = vec![None; n];
        let mut queue = VecDeque::from([start]);
        hops[start.index()] = 0;
        while let Some(v) = queue.pop_front() {
            if hops[v.index()] == depth {
                continue;
            }
            let mut next: Vec<_> = graph.graph.edges_directed(v, dir).collect();
            next.sort_by_key(|e| if dir == Direction::Outgoing { e.target() } else { e.source() });
            for e in next {
                let w = if dir == Direction::Outgoing { e.target() } else { e.source() };
                if hops[w.index()] == usize::MAX {
                    hops[w.index()] = hops[v.index()] + 1;
                    parent[w.index()] = Some((v, e.weight().value));
                    queue.push_back(w);
                }
            }
        }
        for v in graph.graph.node_indices() {
            let e = graph.entity(v);
            let interesting = graph.entities.listed(e) || graph.entities.military_end_user(e);
            if v == start || hops[v.index()] == usize::MAX || !interesting {
                continue;
            }
            let mut chain = vec![graph.id(v).to_string()];
            let mut value = f64::INFINITY;
            let mut x = v;
            while let Some((p, val)) = parent[x.index()] {
                chain.push(graph.id(p).to_string());
                value = value.min(val);
                x = p;
            }
            if direction == "downstream" {
                chain.reverse();
            }
            rows.push(ExposureRow {
                direction,
                hops: hops[v.index()],
                id: graph.id(v).to_string(),
                name: String::new(),
                kind: graph.entities.kinds[e as usize].as_str().to_string(),
                country: graph.country(v).to_string(),
                lists: graph.entities.lists[e as usize].iter().map(|l| l.to_string()).collect(),
                path: chain,
                value: round(value, 2),
            });
        }
    }
    rows.sort_by(|a, b| {
        a.direction.cmp(b.direction).then(a.hops.cmp(&b.hops)).then(b.value.total_cmp(&a.value)).then(a.id.cmp(&b.id))
    });
    let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
    let names = store.entity_details(&ids)?;
    for r in &mut rows {
        r.name = names.get(&r.id).map(|d| d.name.clone()).unwrap_or_default();
    }
    Ok(rows)
}
