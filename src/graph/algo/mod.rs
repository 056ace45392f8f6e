//! Generic graph algorithms on compact adjacency arrays. They know nothing
//! of trade: nodes and edges are plain indices, as in petgraph.

pub mod betweenness;
pub mod dominators;
pub mod flow;
pub mod paths;
#[cfg(test)]
mod properties;

pub use betweenness::{Betweenness, subset_betweenness};
pub use dominators::{dominators, immediate_dominators};
pub use flow::{FlowNetwork, MaxFlow, NodeCapacity};
pub use paths::{Path, k_shortest_paths};

use petgraph::graph::DiGraph;
use petgraph::visit::EdgeRef;

/// A small deterministic random source for tests (a 64-bit linear
/// congruential generator): each call gives a number below `m`.
#[cfg(test)]
pub(crate) fn test_rng(seed: u64) -> impl FnMut(u64) -> u64 {
    let mut x = seed;
    move |m| {
        x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (x >> 33) % m
    }
}

/// A random number (below `max`) of random edges among `n` nodes, for tests.
#[cfg(test)]
pub(crate) fn test_edges(next: &mut impl FnMut(u64) -> u64, n: u32, max: u64) -> Vec<(u32, u32)> {
    (0..next(max)).map(|_| (next(n as u64) as u32, next(n as u64) as u32)).collect()
}

/// Out-adjacency in compressed sparse row form. The arcs of each node are in
/// edge-index order (the order edges were added), as networkx iterates them.
#[derive(Debug, Clone)]
pub struct Csr {
    /// `offsets[v]..offsets[v + 1]` are the arcs out of `v`.
    pub offsets: Vec<u32>,
    /// Head of each arc.
    pub targets: Vec<u32>,
    /// The graph's edge index of each arc.
    pub edges: Vec<u32>,
}

impl Csr {
    /// The out-adjacency of a petgraph graph.
    pub fn from_graph<N, E>(g: &DiGraph<N, E>) -> Csr {
        // Edge references come in edge-index order, so positions are edge indices.
        let arcs: Vec<(u32, u32)> =
            g.edge_references().map(|e| (e.source().index() as u32, e.target().index() as u32)).collect();
        Csr::from_arcs(g.node_count(), &arcs)
    }

    /// The adjacency of `node_count` nodes and a list of arcs (tail, head);
    /// `edges` then holds each arc's position in the list.
    pub fn from_arcs(node_count: usize, arcs: &[(u32, u32)]) -> Csr {
        let mut offsets = vec![0u32; node_count + 1];
        for &(a, _) in arcs {
            offsets[a as usize + 1] += 1;
        }
        for v in 0..node_count {
            offsets[v + 1] += offsets[v];
        }
        let mut fill = offsets.clone();
        let mut targets = vec![0u32; arcs.len()];
        let mut edges = vec![0u32; arcs.len()];
        for (k, &(a, b)) in arcs.iter().enumerate() {
            let slot = &mut fill[a as usize];
            targets[*slot as usize] = b;
            edges[*slot as usize] = k as u32;
            *slot += 1;
        }
        Csr { offsets, targets, edges }
    }

    /// The in-arcs of each node: an adjacency whose `targets` are the arcs'
    /// tails and whose `edges` are their edge indices.
    pub fn reversed(&self) -> Csr {
        let n = self.node_count();
        let arcs: Vec<(u32, u32)> = (0..n as u32).flat_map(|v| self.heads(v).iter().map(move |&w| (w, v))).collect();
        let mut rev = Csr::from_arcs(n, &arcs);
        // Positions in `arcs` are arc slots here; keep edge indices instead.
        for e in rev.edges.iter_mut() {
            *e = self.edges[*e as usize];
        }
        rev
    }

    /// The nodes reachable from `from` (which are included).
    pub fn reachable(&self, from: &[u32]) -> Vec<bool> {
        let mut seen = vec![false; self.node_count()];
        let mut stack = from.to_vec();
        for &v in from {
            seen[v as usize] = true;
        }
        while let Some(v) = stack.pop() {
            for &w in self.heads(v) {
                if !seen[w as usize] {
                    seen[w as usize] = true;
                    stack.push(w);
                }
            }
        }
        seen
    }

    /// Number of nodes.
    pub fn node_count(&self) -> usize {
        self.offsets.len() - 1
    }

    /// The positions of the arcs out of `v` in `targets` and `edges`.
    pub fn slots(&self, v: u32) -> std::ops::Range<usize> {
        self.offsets[v as usize] as usize..self.offsets[v as usize + 1] as usize
    }

    /// The heads of the arcs out of `v`.
    pub fn heads(&self, v: u32) -> &[u32] {
        &self.targets[self.offsets[v as usize] as usize..self.offsets[v as usize + 1] as usize]
    }

    /// The arcs out of `v`: (head, edge index).
    pub fn arcs(&self, v: u32) -> impl Iterator<Item = (u32, u32)> + '_ {
        let (a, b) = (self.offsets[v as usize] as usize, self.offsets[v as usize + 1] as usize);
        self.targets[a..b].iter().copied().zip(self.edges[a..b].iter().copied())
    }
}
