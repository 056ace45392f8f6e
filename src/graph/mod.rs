//! Graph views: the trade network built from the store under a [`Filter`],
//! one edge per (exporter, importer) pair carrying the aggregated value,
//! count, first and last date and HS codes. Node weights are dense entity
//! indices into an [`EntityTable`]; names stay in SQLite. Generic algorithms
//! live in [`algo`].

pub mod algo;

use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;
use rustc_hash::FxHashMap;

use crate::error::{Error, Result};
use crate::model::{Filter, Selector, Term, nearest};
use crate::reference;
use crate::store::{EntityTable, Store};

/// HS codes kept per edge (the first seen, distinct, as HS6 numbers).
const HS_PER_EDGE: usize = 8;

/// An HS code's first six digits as a number that keeps how many there
/// are (a shipment may give a heading alone, `8542`, which is no
/// `008542`): the digits' count times a million, plus their value.
pub fn hs_key(hs: &str) -> u32 {
    let digits = hs.get(..6).unwrap_or(hs);
    digits.len() as u32 * 1_000_000 + digits.parse::<u32>().unwrap_or(0)
}

/// Aggregated shipments from one exporter to one importer.
#[derive(Debug, Clone, PartialEq)]
pub struct TradeEdge {
    /// Total value in USD.
    pub value: f64,
    /// Number of shipments.
    pub count: u32,
    /// First shipment date as `YYYYMMDD`.
    pub first: u32,
    /// Last shipment date as `YYYYMMDD`.
    pub last: u32,
    /// Distinct HS codes, to six digits (up to eight), as [`hs_key`] keeps
    /// them; [`TradeGraph::hs_text`] writes one.
    pub hs: Vec<u32>,
}

/// `2023-04-01` as `20230401` (0 when malformed; the store only holds valid dates).
pub fn date_number(d: &str) -> u32 {
    let b = d.as_bytes();
    if b.len() < 10 {
        return 0;
    }
    let digits =
        |r: std::ops::Range<usize>| b[r].iter().fold(0u32, |acc, c| acc * 10 + u32::from(c.wrapping_sub(b'0')));
    digits(0..4) * 10000 + digits(5..7) * 100 + digits(8..10)
}

/// `20230401` as `2023-04-01`.
pub fn date_text(n: u32) -> String {
    format!("{:04}-{:02}-{:02}", n / 10000, n / 100 % 100, n % 100)
}

/// The trade network under a filter.
#[derive(Debug, Clone)]
pub struct TradeGraph {
    /// Nodes carry dense entity indices; edges the aggregated shipments.
    pub graph: DiGraph<u32, TradeEdge>,
    /// Every entity of the store (also those with no edge in this view).
    pub entities: EntityTable,
    /// The filter the view was built with.
    pub filter: Filter,
    node_of: FxHashMap<u32, NodeIndex>,
}

impl TradeGraph {
    /// As [`TradeGraph::build`], for an analysis of trade: a store that holds
    /// no shipment at all is an error that says so (not "widen the filter").
    pub fn build_trade(store: &Store, filter: &Filter) -> Result<TradeGraph> {
        let graph = TradeGraph::build(store, filter)?;
        if graph.graph.edge_count() == 0 && !store.has_shipments()? {
            return Err(crate::Error::NoData(format!(
                "{}: no shipments loaded; this analysis needs them: import shipments.csv, or flat files through a \
                 mapping that makes shipments (`dependency` works from findings alone)",
                store.path().map_or("the database".to_string(), |p| p.display().to_string())
            )));
        }
        Ok(graph)
    }

    /// The text of an HS code kept on an edge (see [`hs_key`]).
    pub fn hs_text(key: u32) -> String {
        let (digits, value) = ((key / 1_000_000) as usize, key % 1_000_000);
        format!("{value:0digits$}")
    }

    /// Build the view: every shipment the filter selects, aggregated per pair.
    pub fn build(store: &Store, filter: &Filter) -> Result<TradeGraph> {
        let entities = store.entity_table()?;
        let mut graph: DiGraph<u32, TradeEdge> = DiGraph::new();
        let mut node_of: FxHashMap<u32, NodeIndex> = FxHashMap::default();
        let mut edge_of: FxHashMap<(u32, u32), EdgeIndex> = FxHashMap::default();
        // Shipments from an entity to itself (a company's own branches under
        // one id, or two names resolved to one): goods that move between no
        // two parties, which would count as flow out of it and skew every
        // share of it. Left out, and counted.
        let mut to_itself: FxHashMap<u32, (u64, f64)> = FxHashMap::default();
        store.for_each_shipment(&entities, filter, |s| {
            if s.exporter == s.importer {
                let x = to_itself.entry(s.exporter).or_default();
                x.0 += 1;
                x.1 += s.value;
                return;
            }
            let mut node = |e: u32| *node_of.entry(e).or_insert_with(|| graph.add_node(e));
            let (a, b) = (node(s.exporter), node(s.importer));
            let date = date_number(s.date);
            let hs6 = hs_key(s.hs);
            match edge_of.get(&(s.exporter, s.importer)) {
                Some(&e) => {
                    let w = &mut graph[e];
                    w.value += s.value;
                    w.count += 1;
                    w.first = w.first.min(date);
                    w.last = w.last.max(date);
                    if w.hs.len() < HS_PER_EDGE && !w.hs.contains(&hs6) {
                        w.hs.push(hs6);
                    }
                }
                None => {
                    let e = graph.add_edge(
                        a,
                        b,
                        TradeEdge { value: s.value, count: 1, first: date, last: date, hs: vec![hs6] },
                    );
                    edge_of.insert((s.exporter, s.importer), e);
                }
            }
        })?;
        if !to_itself.is_empty() {
            let mut parties: Vec<(&str, u64, f64)> =
                to_itself.iter().map(|(&e, &(n, v))| (&*entities.ids[e as usize], n, v)).collect();
            parties.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(b.0)));
            let n: u64 = parties.iter().map(|p| p.1).sum();
            let named: Vec<String> = parties.iter().take(5).map(|(id, n, v)| format!("{id} ({n}, ${v:.0})")).collect();
            let more = if parties.len() > 5 { format!(" and {} more", parties.len() - 5) } else { String::new() };
            log::warn!(
                "{n} shipment(s) from an entity to itself left out of the trade graph: {}{more}; goods that move \
                 between no two parties (a company's branches under one id, or two names resolved to one: check \
                 the entities)",
                named.join(", ")
            );
        }
        Ok(TradeGraph { graph, entities, filter: filter.clone(), node_of })
    }

    /// The node of an entity, if it trades in this view.
    pub fn node(&self, entity: u32) -> Option<NodeIndex> {
        self.node_of.get(&entity).copied()
    }

    /// The entity of a node.
    pub fn entity(&self, n: NodeIndex) -> u32 {
        self.graph[n]
    }

    /// The id of a node's entity.
    pub fn id(&self, n: NodeIndex) -> &str {
        &self.entities.ids[self.graph[n] as usize]
    }

    /// The country of a node's entity.
    pub fn country(&self, n: NodeIndex) -> &str {
        self.entities.country(self.graph[n])
    }

    /// Total value of the edges into a node.
    pub fn value_in(&self, n: NodeIndex) -> f64 {
        self.graph.edges_directed(n, petgraph::Direction::Incoming).map(|e| e.weight().value).sum()
    }

    /// Total value of the edges out of a node.
    pub fn value_out(&self, n: NodeIndex) -> f64 {
        self.graph.edges_directed(n, petgraph::Direction::Outgoing).map(|e| e.weight().value).sum()
    }

    /// The route weight of an edge: -ln(value(u->v) / value out of u), >= 0.
    pub fn likelihood_weights(&self) -> Vec<f64> {
        self.likelihood_weights_without(&[])
    }

    /// The route weights with the nodes `removed` marks (by node index;
    /// empty: none) taken out: value out of u counts only the edges to nodes
    /// that remain, so what u sold to a removed buyer is shared among the others.
    pub fn likelihood_weights_without(&self, removed: &[bool]) -> Vec<f64> {
        let mut out = vec![0.0; self.graph.node_count()];
        for e in self.graph.edge_references() {
            if !removed.get(e.target().index()).copied().unwrap_or(false) {
                out[e.source().index()] += e.weight().value;
            }
        }
        self.graph
            .edge_references()
            .map(|e| {
                let total = out[e.source().index()];
                if total > 0.0 { -(e.weight().value / total).ln() } else { 0.0 }
            })
            .collect()
    }

    /// Whether an entity satisfies one selector term.
    fn term_holds(&self, e: u32, term: &Term) -> bool {
        let t = &self.entities;
        match term {
            Term::Id(id) => &*t.ids[e as usize] == id.as_str(),
            Term::Country(c) => t.country(e) == c,
            Term::Kind(k) => t.kinds[e as usize] == *k,
            Term::Group(g) => reference::country(t.country(e)).is_some_and(|c| reference::in_group(c, g)),
            Term::Listed => t.listed(e),
            Term::List(l) => t.lists[e as usize].iter().any(|x| x.eq_ignore_ascii_case(l)),
        }
    }

    /// The entities (by dense index) a selector names, whether or not they
    /// trade in this view. An unknown `id:` is an error naming the nearest ids.
    pub fn select_entities(&self, sel: &Selector) -> Result<Vec<u32>> {
        for id in sel.ids() {
            if self.entities.index_of(id).is_none() {
                let near = nearest(id, self.entities.ids.iter().map(|s| &**s));
                return Err(Error::Usage(format!(
                    "selector {:?}: no entity with id {id:?}{near}; ids are those of entities.csv",
                    sel.text
                )));
            }
        }
        // A list no entity is on is a typing mistake more often than an empty list.
        let mut known: Vec<&str> = self.entities.lists.iter().flatten().map(|l| &**l).collect();
        known.sort_unstable();
        known.dedup();
        for term in sel.any_of.iter().flatten() {
            if let Term::List(l) = term
                && !known.iter().any(|k| k.eq_ignore_ascii_case(l))
            {
                let near = nearest(l, known.iter().copied());
                return Err(Error::Usage(format!(
                    "selector {:?}: no entity is on list {l:?}{near}; lists are {}",
                    sel.text,
                    known.join(", ")
                )));
            }
        }
        let fast_ids: Option<Vec<u32>> = sel
            .any_of
            .iter()
            .map(|alt| match alt.as_slice() {
                [Term::Id(id)] => self.entities.index_of(id),
                _ => None,
            })
            .collect();
        if let Some(mut ids) = fast_ids {
            ids.sort_unstable();
            ids.dedup();
            return Ok(ids);
        }
        Ok((0..self.entities.len() as u32)
            .filter(|&e| sel.any_of.iter().any(|alt| alt.iter().all(|t| self.term_holds(e, t))))
            .collect())
    }

    /// The node of one entity given by id: an unknown id is an error naming
    /// the nearest ids; `Ok(None)` when it has no shipments in this view.
    pub fn entity_node(&self, id: &str) -> Result<Option<NodeIndex>> {
        match self.entities.index_of(id) {
            Some(e) => Ok(self.node(e)),
            None => {
                let near = nearest(id, self.entities.ids.iter().map(|s| &**s));
                Err(Error::Usage(format!("no entity with id {id:?}{near}; ids are those of entities.csv")))
            }
        }
    }

    /// The nodes of the selected entities that trade in this view, in node order.
    pub fn select(&self, sel: &Selector) -> Result<Vec<NodeIndex>> {
        let mut nodes: Vec<NodeIndex> = self.select_entities(sel)?.into_iter().filter_map(|e| self.node(e)).collect();
        nodes.sort_unstable();
        Ok(nodes)
    }

    /// The country-level view: entities contracted into their countries
    /// (node weight: index into `countries`), edges summed per country pair;
    /// trade within one country is left out.
    pub fn country_view(&self) -> (DiGraph<usize, TradeEdge>, Vec<String>) {
        let mut countries: Vec<String> = Vec::new();
        let mut node_of: FxHashMap<String, NodeIndex> = FxHashMap::default();
        let mut g: DiGraph<usize, TradeEdge> = DiGraph::new();
        let mut edge_of: FxHashMap<(NodeIndex, NodeIndex), EdgeIndex> = FxHashMap::default();
        let mut node = |c: &str, g: &mut DiGraph<usize, TradeEdge>| {
            *node_of.entry(c.to_string()).or_insert_with(|| {
                countries.push(c.to_string());
                g.add_node(countries.len() - 1)
            })
        };
        for e in self.graph.edge_references() {
            let (a, b) = (node(self.country(e.source()), &mut g), node(self.country(e.target()), &mut g));
            if a == b {
                continue;
            }
            let w = e.weight();
            match edge_of.get(&(a, b)) {
                Some(&x) => {
                    let t = &mut g[x];
                    t.value += w.value;
                    t.count += w.count;
                    t.first = t.first.min(w.first);
                    t.last = t.last.max(w.last);
                    for h in &w.hs {
                        if t.hs.len() < HS_PER_EDGE && !t.hs.contains(h) {
                            t.hs.push(*h);
                        }
                    }
                }
                None => {
                    let x = g.add_edge(a, b, w.clone());
                    edge_of.insert((a, b), x);
                }
            }
        }
        (g, countries)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_as_numbers() {
        assert_eq!(date_number("2022-02-24"), 20220224);
        assert_eq!(date_text(20220224), "2022-02-24");
        assert!(date_number("2021-12-31") < date_number("2022-01-01"));
    }

    #[test]
    fn hs_codes_keep_their_digits() {
        for (code, shown) in
            [("854231", "854231"), ("8542", "8542"), ("85", "85"), ("0101", "0101"), ("8542310000", "854231")]
        {
            assert_eq!(TradeGraph::hs_text(hs_key(code)), shown, "{code}");
        }
        assert_ne!(hs_key("8542"), hs_key("008542"));
    }
}
