//! Likely diversion routes: the k most likely simple paths from the sources
//! to the targets, where the step u -> v has probability value(u->v) / value
//! out of u within the view (a route's weight is -sum ln p, its probability
//! the product), each with its red flags. A route ends at the first target
//! it reaches.

use petgraph::graph::{EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;
use rustc_hash::FxHashMap;
use serde::Serialize;

use super::round;
use crate::error::{Error, Result};
use crate::graph::algo::{Csr, FlowNetwork, NodeCapacity, k_shortest_paths};
use crate::graph::{TradeGraph, date_number, date_text};
use crate::model::{EntityKind, Selector};
use crate::reference;
use crate::store::Store;

/// The sanctions cutoff: Russia's full-scale invasion of Ukraine.
pub const DEFAULT_CUTOFF: &str = "2022-02-24";

/// Probability given to a step along a link (ownership, shared address...)
/// with `--via-links`, where no trade is recorded.
pub const LINK_PROBABILITY: f64 = 0.05;

/// Options of [`find_routes`].
#[derive(Debug, Clone)]
pub struct RouteOptions {
    /// Sources.
    pub from: Selector,
    /// Targets.
    pub to: Selector,
    /// Routes to find.
    pub k: usize,
    /// Cutoff date for the flags (`YYYY-MM-DD`).
    pub cutoff: String,
    /// Let routes use links as channels, with this probability per step.
    pub via_links: Option<f64>,
    /// Entities to leave out (for what-if analyses).
    pub removed: Vec<u32>,
}

/// One leg of a route.
#[derive(Debug, Clone, Serialize)]
pub struct Leg {
    /// Exporter id.
    pub from: String,
    /// Importer id.
    pub to: String,
    /// `trade`, or the link relation with --via-links.
    pub channel: String,
    /// The step's probability.
    pub probability: f64,
    /// Aggregated value, USD (0 for a link).
    pub value: f64,
    /// First shipment date.
    pub first: String,
    /// Last shipment date.
    pub last: String,
}

/// A likely route.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Route {
    /// Rank, from 1.
    pub rank: usize,
    /// Product of the step probabilities.
    pub probability: f64,
    /// -sum ln p.
    pub weight: f64,
    /// Entity ids, source first.
    pub path: Vec<String>,
    /// The route in words: `id name (country, kind)` per entity.
    pub route: String,
    /// Country of each entity.
    pub countries: Vec<String>,
    /// Kind of each entity.
    pub kinds: Vec<String>,
    /// Smallest leg value, USD.
    pub bottleneck_value: f64,
    /// Red flags.
    pub flags: Vec<String>,
    /// The legs with their dates.
    pub legs: Vec<Leg>,
}

/// A hub country for the flags: on a `hub-*` list and not in the coalition.
pub fn hub_country(iso2: &str) -> Option<Vec<&'static str>> {
    let c = reference::country(iso2)?;
    if reference::in_group(c, "gecc") {
        return None;
    }
    let lists = reference::hub_lists(iso2);
    (!lists.is_empty()).then_some(lists)
}

/// An arc of the route network: a trade link, a link channel, or a virtual arc.
#[derive(Debug, Clone, Copy)]
enum Arc {
    Trade(EdgeIndex),
    Link(usize),
    Virtual,
}

/// The route network of a view: trade arcs (none out of a target), optional
/// link arcs, a super-source joined to the sources and a super-sink joined
/// from the targets.
struct RouteNet {
    csr: Csr,
    weights: Vec<f64>,
    kinds: Vec<Arc>,
    relations: Vec<String>,
    source: u32,
    sink: u32,
}

fn route_net(
    graph: &TradeGraph,
    store: &Store,
    sources: &[u32],
    targets: &[u32],
    opts: &RouteOptions,
) -> Result<RouteNet> {
    let n = graph.graph.node_count() as u32;
    let (source, sink) = (n, n + 1);
    let mut is_target = vec![false; n as usize];
    for &t in targets {
        is_target[t as usize] = true;
    }
    let mut removed = vec![false; n as usize];
    for &r in &opts.removed {
        removed[r as usize] = true;
    }
    // With entities removed, each step's share is of the value out of u to
    // those that remain: the goods u sold to a removed buyer go to the others.
    let probability = graph.likelihood_weights_without(&removed);
    let mut arcs: Vec<(u32, u32)> = Vec::new();
    let mut weights = Vec::new();
    let mut kinds = Vec::new();
    for e in graph.graph.edge_references() {
        let (a, b) = (e.source().index() as u32, e.target().index() as u32);
        if is_target[a as usize] || removed[a as usize] || removed[b as usize] {
            continue;
        }
        arcs.push((a, b));
        weights.push(probability[e.id().index()]);
        kinds.push(Arc::Trade(e.id()));
    }
    let mut relations = Vec::new();
    if let Some(p) = opts.via_links {
        let node = |id: &str| graph.entities.index_of(id).and_then(|e| graph.node(e)).map(|n| n.index() as u32);
        for l in store.links()? {
            let (Some(a), Some(b)) = (node(&l.from_id), node(&l.to_id)) else { continue };
            for (x, y) in [(a, b), (b, a)] {
                let traded = graph.graph.find_edge(NodeIndex::new(x as usize), NodeIndex::new(y as usize)).is_some();
                if !traded && !is_target[x as usize] && !removed[x as usize] && !removed[y as usize] {
                    arcs.push((x, y));
                    weights.push(-p.ln());
                    kinds.push(Arc::Link(relations.len()));
                    relations.push(l.relation.clone());
                }
            }
        }
    }
    for &s in sources {
        if !removed[s as usize] {
            arcs.push((source, s));
            weights.push(0.0);
            kinds.push(Arc::Virtual);
        }
    }
    for &t in targets {
        if !removed[t as usize] {
            arcs.push((t, sink));
            weights.push(0.0);
            kinds.push(Arc::Virtual);
        }
    }
    Ok(RouteNet { csr: Csr::from_arcs(n as usize + 2, &arcs), weights, kinds, relations, source, sink })
}

/// Resolve the selectors: (sources, targets that are not sources).
pub fn ends(graph: &TradeGraph, from: &Selector, to: &Selector) -> Result<(Vec<u32>, Vec<u32>)> {
    let sources: Vec<u32> = graph.select(from)?.iter().map(|n| n.index() as u32).collect();
    let mut targets: Vec<u32> = graph.select(to)?.iter().map(|n| n.index() as u32).collect();
    targets.retain(|t| sources.binary_search(t).is_err());
    Ok((sources, targets))
}

/// The k most likely routes from the sources to the targets.
pub fn find_routes(store: &Store, graph: &TradeGraph, opts: &RouteOptions) -> Result<Vec<Route>> {
    let (sources, targets) = ends(graph, &opts.from, &opts.to)?;
    if sources.is_empty() || targets.is_empty() {
        return Err(Error::NoData(format!(
            "no {} in this view: widen the filter or change --from/--to",
            if sources.is_empty() { "source trades" } else { "target trades" }
        )));
    }
    let net = route_net(graph, store, &sources, &targets, opts)?;
    let paths = k_shortest_paths(&net.csr, &net.weights, net.source, net.sink, opts.k);
    let mut ids: Vec<&str> = Vec::new();
    for p in &paths {
        for &v in &p.nodes[1..p.nodes.len() - 1] {
            ids.push(graph.id(NodeIndex::new(v as usize)));
        }
    }
    let names: FxHashMap<String, String> = store.entity_details(&ids)?.into_iter().map(|(k, v)| (k, v.name)).collect();
    let cutoff = date_number(&opts.cutoff);
    Ok(paths
        .iter()
        .enumerate()
        .map(|(i, p)| {
            describe(graph, &net, &p.nodes[1..p.nodes.len() - 1], &p.arcs[1..p.arcs.len() - 1], &names, cutoff, i + 1)
        })
        .collect())
}

fn describe(
    graph: &TradeGraph,
    net: &RouteNet,
    nodes: &[u32],
    arcs: &[u32],
    names: &FxHashMap<String, String>,
    cutoff: u32,
    rank: usize,
) -> Route {
    let node = |v: u32| NodeIndex::new(v as usize);
    let ent = |v: u32| graph.entity(node(v));
    let t = &graph.entities;
    let path: Vec<String> = nodes.iter().map(|&v| graph.id(node(v)).to_string()).collect();
    let countries: Vec<String> = nodes.iter().map(|&v| graph.country(node(v)).to_string()).collect();
    let kinds: Vec<EntityKind> = nodes.iter().map(|&v| t.kinds[ent(v) as usize]).collect();
    let weight: f64 = arcs.iter().map(|&a| net.weights[a as usize]).sum();
    let legs: Vec<Leg> = arcs
        .iter()
        .zip(nodes.windows(2))
        .map(|(&a, w)| {
            let (from, to) = (graph.id(node(w[0])).to_string(), graph.id(node(w[1])).to_string());
            let probability = round((-net.weights[a as usize]).exp(), 6);
            match net.kinds[a as usize] {
                Arc::Trade(e) => {
                    let x = &graph.graph[e];
                    Leg {
                        from,
                        to,
                        channel: "trade".into(),
                        probability,
                        value: round(x.value, 2),
                        first: date_text(x.first),
                        last: date_text(x.last),
                    }
                }
                Arc::Link(r) => Leg {
                    from,
                    to,
                    channel: net.relations[r].clone(),
                    probability,
                    value: 0.0,
                    first: String::new(),
                    last: String::new(),
                },
                Arc::Virtual => Leg {
                    from,
                    to,
                    channel: String::new(),
                    probability,
                    value: 0.0,
                    first: String::new(),
                    last: String::new(),
                },
            }
        })
        .collect();
    let mut flags = Vec::new();
    for (i, &v) in nodes.iter().enumerate() {
        let inner = i > 0 && i + 1 < nodes.len();
        if inner && let Some(lists) = hub_country(&countries[i]) {
            flags.push(format!("hub:{}({}) {}", countries[i], lists.join(","), path[i]));
        }
        // A hop through an embargoed country (Iran, North Korea).
        if inner && reference::country(&countries[i]).is_some_and(|c| reference::in_group(c, "embargoed")) {
            flags.push(format!("embargoed:{} {}", countries[i], path[i]));
        }
        if i + 1 < nodes.len() && t.listed(ent(v)) {
            flags.push(format!("listed:{}({})", path[i], t.lists[ent(v) as usize].join(",")));
        }
        if let Some(inc) = &t.incorporated[ent(v) as usize]
            && date_number(inc) >= cutoff
        {
            flags.push(format!("incorporated_after_cutoff:{}({inc})", path[i]));
        }
        if i + 1 < nodes.len()
            && i > 0
            && matches!(kinds[i], EntityKind::Forwarder | EntityKind::Trader)
            && kinds[i + 1] == EntityKind::EndUser
        {
            flags.push(format!("intermediary_consignee:{}({}) before end user {}", path[i], kinds[i], path[i + 1]));
        }
    }
    for (i, leg) in legs.iter().enumerate() {
        if leg.channel == "trade" && date_number(&leg.first) >= cutoff {
            flags.push(format!("new_leg_after_cutoff:{}->{}({})", leg.from, leg.to, leg.first));
        }
        if leg.channel != "trade" && !leg.channel.is_empty() {
            flags.push(format!("link_channel:{}-{}->{}", leg.from, leg.channel, leg.to));
        }
        if let Some(next) = legs.get(i + 1)
            && leg.channel == "trade"
            && next.channel == "trade"
            && date_number(&next.last) < date_number(&leg.first)
        {
            flags.push(format!(
                "out_of_time_order:{}->{} ended {} before {}->{} began {}",
                next.from, next.to, next.last, leg.from, leg.to, leg.first
            ));
        }
    }
    let route = nodes
        .iter()
        .enumerate()
        .map(|(i, _)| {
            format!("{} {} ({}, {})", path[i], names.get(&path[i]).map_or("", String::as_str), countries[i], kinds[i])
        })
        .collect::<Vec<_>>()
        .join(" -> ");
    Route {
        rank,
        probability: round((-weight).exp(), 6),
        weight: round(weight, 6),
        bottleneck_value: legs.iter().filter(|l| l.channel == "trade").map(|l| l.value).reduce(f64::min).unwrap_or(0.0),
        path,
        route,
        countries,
        kinds: kinds.iter().map(|k| k.as_str().to_string()).collect(),
        flags,
        legs,
    }
}

/// A country-level route with the share of the S-T flow it carries.
#[derive(Debug, Clone, Serialize, Default)]
pub struct CountryRoute {
    /// Rank by value carried.
    pub rank: usize,
    /// Countries, source country first.
    pub countries: Vec<String>,
    /// Value carried along this route in a decomposition of the country-level maximum flow, USD.
    pub value: f64,
    /// Its share of that maximum flow, percent.
    pub share_pct: f64,
    /// Hub countries crossed, with their lists.
    pub flags: Vec<String>,
}

/// Country-level routes: the view contracted into countries, the maximum
/// flow from the sources' countries to the targets' countries, decomposed
/// into paths, largest first; with that maximum flow, USD, the routes'
/// shares are of.
pub fn find_country_routes(
    graph: &TradeGraph,
    from: &Selector,
    to: &Selector,
    k: usize,
) -> Result<(Vec<CountryRoute>, f64)> {
    let (sources, targets) = ends(graph, from, to)?;
    let (cg, countries) = graph.country_view();
    let index = |c: &str| countries.iter().position(|x| x == c).map(|i| i as u32);
    let mut src: Vec<u32> = sources.iter().filter_map(|&s| index(graph.country(NodeIndex::new(s as usize)))).collect();
    let mut dst: Vec<u32> = targets.iter().filter_map(|&t| index(graph.country(NodeIndex::new(t as usize)))).collect();
    src.sort_unstable();
    src.dedup();
    dst.sort_unstable();
    dst.dedup();
    dst.retain(|d| src.binary_search(d).is_err());
    let edges: Vec<(u32, u32, u64)> = cg
        .edge_references()
        .filter(|e| dst.binary_search(&(e.source().index() as u32)).is_err())
        .map(|e| (e.source().index() as u32, e.target().index() as u32, super::cents(e.weight().value)))
        .collect();
    let net = FlowNetwork::new(countries.len(), &edges, &src, &dst, NodeCapacity::Unlimited);
    let flow = net.max_flow(&[], &[]);
    let mut left = net.edge_flows(&flow);
    let mut routes = Vec::new();
    // Decompose: follow positive flow from a source country to a target country.
    loop {
        let mut best: Option<(u64, Vec<usize>)> = None;
        for &s in &src {
            if let Some((f, p)) = widest_flow_path(&edges, &left, s, &dst)
                && best.as_ref().is_none_or(|b| f > b.0)
            {
                best = Some((f, p));
            }
        }
        let Some((f, p)) = best else { break };
        for &e in &p {
            left[e] -= f;
        }
        let mut path = vec![countries[edges[p[0]].0 as usize].clone()];
        path.extend(p.iter().map(|&e| countries[edges[e].1 as usize].clone()));
        routes.push((f, path));
    }
    routes.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let rows = routes
        .into_iter()
        .take(k)
        .enumerate()
        .map(|(i, (f, path))| CountryRoute {
            rank: i + 1,
            flags: path[1..path.len() - 1]
                .iter()
                .filter_map(|c| hub_country(c).map(|l| format!("hub:{c}({})", l.join(","))))
                .collect(),
            countries: path,
            value: super::usd(f),
            share_pct: round(100.0 * f as f64 / flow.value.max(1) as f64, 2),
        })
        .collect();
    Ok((rows, super::usd(flow.value)))
}

/// The path of largest bottleneck along edges with flow left, from `s` to any of `targets`.
fn widest_flow_path(edges: &[(u32, u32, u64)], left: &[u64], s: u32, targets: &[u32]) -> Option<(u64, Vec<usize>)> {
    let n = edges.iter().map(|e| e.0.max(e.1)).max()? as usize + 1;
    let mut width = vec![0u64; n];
    let mut prev = vec![usize::MAX; n];
    width[s as usize] = u64::MAX;
    // Bellman-Ford-style relaxation of bottleneck widths (few countries).
    for _ in 0..n {
        let mut changed = false;
        for (k, &(a, b, _)) in edges.iter().enumerate() {
            let w = width[a as usize].min(left[k]);
            if left[k] > 0 && w > width[b as usize] && b != s && targets.binary_search(&a).is_err() {
                width[b as usize] = w;
                prev[b as usize] = k;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let t = targets
        .iter()
        .copied()
        .filter(|&t| (t as usize) < n && width[t as usize] > 0)
        .max_by_key(|&t| width[t as usize])?;
    let mut path = Vec::new();
    let mut v = t;
    let mut guard = 0;
    while v != s {
        let k = prev[v as usize];
        if k == usize::MAX || guard > n {
            return None;
        }
        path.push(k);
        v = edges[k].0;
        guard += 1;
    }
    path.reverse();
    let f = path.iter().map(|&k| left[k]).min()?;
    Some((f, path))
}
