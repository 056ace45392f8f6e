//! Diagrams of the analyses: an entity's neighbourhood, the likely routes,
//! the top chokepoints in context, and manufacturers against weapon systems.
//! Each returns a [`Diagram`] that `render::dot` lays out.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use petgraph::Direction;
use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;

use super::chokepoints::{ChokepointOptions, find_chokepoints, most_likely_path};
use super::dependency::{DependencyOptions, find_dependency};
use super::routes::{RouteOptions, find_routes};
use crate::error::{Error, Result};
use crate::graph::{TradeGraph, date_text};
use crate::render::dot::{Diagram, DotEdge, DotNode};
use crate::store::Store;

/// Nodes of the view, by node index, with their names and weights.
fn nodes_of(
    store: &Store,
    graph: &TradeGraph,
    nodes: &BTreeSet<u32>,
    highlight: &BTreeSet<u32>,
) -> Result<Vec<DotNode>> {
    let ids: Vec<&str> = nodes.iter().map(|&v| graph.id(NodeIndex::new(v as usize))).collect();
    let details = store.entity_details(&ids)?;
    Ok(nodes
        .iter()
        .map(|&v| {
            let n = NodeIndex::new(v as usize);
            let e = graph.entity(n);
            let id = graph.id(n).to_string();
            DotNode {
                name: details.get(&id).map(|d| d.name.clone()).unwrap_or_default(),
                kind: graph.entities.kinds[e as usize].as_str().to_string(),
                country: graph.country(n).to_string(),
                lists: graph.entities.lists[e as usize].iter().map(|l| l.to_string()).collect(),
                highlight: highlight.contains(&v),
                keep: false,
                weight: graph.value_in(n) + graph.value_out(n),
                id,
            }
        })
        .collect())
}

/// Trade edges of the view among the given nodes.
fn edges_among(graph: &TradeGraph, nodes: &BTreeSet<u32>) -> Vec<DotEdge> {
    graph
        .graph
        .edge_references()
        .filter(|e| nodes.contains(&(e.source().index() as u32)) && nodes.contains(&(e.target().index() as u32)))
        .map(|e| DotEdge {
            from: graph.id(e.source()).to_string(),
            to: graph.id(e.target()).to_string(),
            value: e.weight().value,
            note: format!("{} to {}", date_text(e.weight().first), date_text(e.weight().last)),
            ..Default::default()
        })
        .collect()
}

/// An entity's neighbourhood: trade within `depth` hops up- and downstream, and its links.
pub fn ego(store: &Store, graph: &TradeGraph, id: &str, depth: usize) -> Result<Diagram> {
    let Some(start) = graph.entity_node(id)? else {
        return Err(Error::Usage(format!("{id} has no shipments in this view; widen the filter")));
    };
    let mut keep: BTreeSet<u32> = BTreeSet::from([start.index() as u32]);
    for dir in [Direction::Incoming, Direction::Outgoing] {
        let mut hops = BTreeMap::from([(start, 0usize)]);
        let mut queue = VecDeque::from([start]);
        while let Some(v) = queue.pop_front() {
            if hops[&v] == depth {
                continue;
            }
            for e in graph.graph.edges_directed(v, dir) {
                let w = if dir == Direction::Outgoing { e.target() } else { e.source() };
                if !hops.contains_key(&w) {
                    hops.insert(w, hops[&v] + 1);
                    keep.insert(w.index() as u32);
                    queue.push_back(w);
                }
            }
        }
    }
    let mut edges = edges_among(graph, &keep);
    // Linked parties without trade in the view are drawn too.
    let mut extra: BTreeSet<String> = BTreeSet::new();
    for l in store.links()? {
        if l.from_id != id && l.to_id != id {
            continue;
        }
        for other in [&l.from_id, &l.to_id] {
            match graph.entities.index_of(other).and_then(|e| graph.node(e)) {
                Some(n) => {
                    keep.insert(n.index() as u32);
                }
                None => {
                    extra.insert(other.clone());
                }
            }
        }
        edges.push(DotEdge {
            from: l.from_id.clone(),
            to: l.to_id.clone(),
            link: Some(match l.share {
                Some(s) => format!("{} {s}%", l.relation),
                None => l.relation.clone(),
            }),
            ..Default::default()
        });
    }
    edges.retain(|e| {
        let present = |x: &str| {
            extra.contains(x)
                || graph
                    .entities
                    .index_of(x)
                    .and_then(|e| graph.node(e))
                    .is_some_and(|n| keep.contains(&(n.index() as u32)))
        };
        present(&e.from) && present(&e.to)
    });
    let mut nodes = nodes_of(store, graph, &keep, &BTreeSet::from([start.index() as u32]))?;
    let extra_ids: Vec<&str> = extra.iter().map(String::as_str).collect();
    let mut details = store.entity_details(&extra_ids)?;
    for other in &extra_ids {
        let Some(d) = details.remove(*other) else { continue };
        let other = other.to_string();
        nodes.push(DotNode {
            lists: d.lists.split(';').filter(|l| !l.is_empty()).map(String::from).collect(),
            id: other,
            name: d.name,
            kind: d.kind,
            country: d.country,
            highlight: false,
            keep: false,
            weight: 0.0,
        });
    }
    Ok(Diagram { title: format!("Neighbourhood of {id} ({depth} hops), {}", graph.filter.describe()), nodes, edges })
}

/// The likely routes, each edge marked with the ranks of the routes using it.
pub fn routes(store: &Store, graph: &TradeGraph, opts: &RouteOptions) -> Result<Diagram> {
    let found = find_routes(store, graph, opts)?;
    let mut keep = BTreeSet::new();
    let mut ranks: BTreeMap<(String, String), Vec<usize>> = BTreeMap::new();
    for r in &found {
        for id in &r.path {
            if let Some(n) = graph.entities.index_of(id).and_then(|e| graph.node(e)) {
                keep.insert(n.index() as u32);
            }
        }
        for w in r.path.windows(2) {
            ranks.entry((w[0].clone(), w[1].clone())).or_default().push(r.rank);
        }
    }
    let mut edges: Vec<DotEdge> = edges_among(graph, &keep)
        .into_iter()
        .filter_map(|mut e| {
            e.ranks = ranks.get(&(e.from.clone(), e.to.clone()))?.clone();
            Some(e)
        })
        .collect();
    edges.sort_by(|a, b| a.ranks.cmp(&b.ranks));
    Ok(Diagram {
        title: format!(
            "{} most likely routes from {} to {}, {}",
            found.len(),
            opts.from,
            opts.to,
            graph.filter.describe()
        ),
        nodes: nodes_of(store, graph, &keep, &BTreeSet::new())?,
        edges,
    })
}

/// The top chokepoints in context: for each, the most likely path from a
/// source to it and from it to a target; chokepoints highlighted, minimum
/// cut edges marked.
pub fn chokepoints(store: &Store, graph: &TradeGraph, opts: &ChokepointOptions) -> Result<Diagram> {
    let report = find_chokepoints(
        store,
        graph,
        &ChokepointOptions { plan: 0, by: super::chokepoints::By::Entity, ..opts.clone() },
    )?;
    let weights = graph.likelihood_weights();
    let sources: Vec<u32> = graph.select(&opts.from)?.iter().map(|n| n.index() as u32).collect();
    let targets: Vec<u32> = graph.select(&opts.to)?.iter().map(|n| n.index() as u32).collect();
    let mut keep = BTreeSet::new();
    let mut highlight = BTreeSet::new();
    let mut on_paths: BTreeSet<(u32, u32)> = BTreeSet::new();
    for row in &report.rows {
        let Some(v) = graph.entities.index_of(&row.id).and_then(|e| graph.node(e)).map(|n| n.index() as u32) else {
            continue;
        };
        highlight.insert(v);
        keep.insert(v);
        let up = most_likely_path(graph, &weights, &sources, |x| x == v).unwrap_or_default();
        let down = most_likely_path(graph, &weights, &[v], |x| x != v && targets.binary_search(&x).is_ok())
            .unwrap_or_default();
        for p in [up, down] {
            keep.extend(p.iter().copied());
            on_paths.extend(p.windows(2).map(|w| (w[0], w[1])));
        }
    }
    let cut: BTreeSet<(String, String)> =
        report.summary.min_edge_cut.iter().map(|e| (e.from.clone(), e.to.clone())).collect();
    let id = |v: u32| graph.id(NodeIndex::new(v as usize)).to_string();
    let path_edges: BTreeSet<(String, String)> = on_paths.iter().map(|&(a, b)| (id(a), id(b))).collect();
    let edges = edges_among(graph, &keep)
        .into_iter()
        .filter(|e| {
            path_edges.contains(&(e.from.clone(), e.to.clone())) || cut.contains(&(e.from.clone(), e.to.clone()))
        })
        .map(|mut e| {
            e.cut = cut.contains(&(e.from.clone(), e.to.clone()));
            e
        })
        .collect();
    Ok(Diagram {
        title: format!(
            "Top {} chokepoints from {} to {} ({}); S-T maximum flow {}",
            report.rows.len(),
            opts.from,
            opts.to,
            graph.filter.describe(),
            crate::render::dot::short_money(report.summary.max_flow)
        ),
        nodes: nodes_of(store, graph, &keep, &highlight)?,
        edges,
    })
}

/// Manufacturers (subsidiaries rolled up) and the weapon systems their parts were found in.
pub fn dependency(store: &Store, top: usize) -> Result<Diagram> {
    let report = find_dependency(store, &DependencyOptions { top, ..Default::default() })?;
    let ids: Vec<&str> = report.ranking.iter().map(|r| r.id.as_str()).collect();
    let details = store.entity_details(&ids)?;
    let parents: BTreeMap<String, String> = {
        let links: Vec<(String, String)> = store
            .links()?
            .into_iter()
            .filter(|l| l.relation == "subsidiary_of")
            .map(|l| (l.from_id, l.to_id))
            .collect();
        super::dependency::rollup_parents(&links)
    };
    let cover: BTreeSet<&str> = report.cover.iter().map(|c| c.id.as_str()).collect();
    let mut nodes = Vec::new();
    let mut edges: BTreeMap<(String, String), usize> = BTreeMap::new();
    let shown: BTreeSet<&str> = ids.iter().copied().collect();
    let mut systems = BTreeSet::new();
    for f in store.findings()? {
        let maker = parents.get(&f.manufacturer_id).cloned().unwrap_or(f.manufacturer_id.clone());
        if shown.contains(maker.as_str()) {
            *edges.entry((maker, format!("ws:{}", f.weapon_system))).or_default() += 1;
            systems.insert(f.weapon_system);
        }
    }
    for r in &report.ranking {
        let d = details.get(&r.id);
        nodes.push(DotNode {
            id: r.id.clone(),
            name: d.map(|d| d.name.clone()).unwrap_or_default(),
            kind: "manufacturer".into(),
            country: r.country.clone(),
            lists: vec![],
            highlight: cover.contains(r.id.as_str()),
            keep: true,
            weight: r.weapon_systems as f64,
        });
    }
    // A weapon system weighs the parts of the ranked makers found in it.
    let mut parts: BTreeMap<String, usize> = BTreeMap::new();
    for ((_, ws), n) in &edges {
        *parts.entry(ws.clone()).or_default() += n;
    }
    let drawn = systems.len();
    for s in systems {
        let id = format!("ws:{s}");
        nodes.push(DotNode {
            weight: parts.get(&id).copied().unwrap_or(0) as f64,
            id,
            name: s,
            kind: "weapon_system".into(),
            ..Default::default()
        });
    }
    Ok(Diagram {
        title: format!(
            "The {} manufacturers found in the most weapon systems, and the {drawn} of {} systems their parts were \
             found in; greedy cover highlighted",
            report.ranking.len(),
            report.weapon_systems
        ),
        nodes,
        edges: edges
            .into_iter()
            .map(|((from, to), n)| DotEdge {
                from,
                to,
                note: format!("{n} part{}", if n == 1 { "" } else { "s" }),
                ..Default::default()
            })
            .collect(),
    })
}
