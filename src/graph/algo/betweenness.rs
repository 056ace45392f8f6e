//! Source-target subset betweenness (Brandes), by hops or by edge weight.

use dary_heap::QuaternaryHeap as BinaryHeap;
use std::cmp::Ordering;

use rayon::prelude::*;

use super::Csr;

/// Betweenness of every node and edge.
#[derive(Debug, Clone, PartialEq)]
pub struct Betweenness {
    /// Per node index.
    pub nodes: Vec<f64>,
    /// Per edge index.
    pub edges: Vec<f64>,
}

/// Sources per unit of parallel work. A fixed chunking (not one per thread)
/// and an in-order sum make the result the same whatever the thread count.
const CHUNKS: usize = 16;

/// Subset betweenness: for every node v, the sum over sources s and targets t
/// (s != t) of the share of shortest s-t paths that pass through v (v being
/// neither s nor t); likewise for edges (endpoints included). Paths are
/// shortest by hops, or by the sum of `weights` (non-negative, per edge index).
///
/// # Arguments
/// * `csr`: the graph's out-adjacency.
/// * `sources`, `targets`: node indices; duplicates are ignored.
/// * `weights`: `None` for hops, or a weight per edge index.
///
/// # Returns
/// Unnormalised values, as networkx's `betweenness_centrality_subset(G, S, T,
/// normalized=False, weight=...)` and `edge_betweenness_centrality_subset`
/// give them on a directed graph. Ties among weighted paths are counted as
/// networkx counts them (exact float equality of path lengths).
///
/// # Complexity
/// O(|S| (|V| + |E|)) by hops, O(|S| (|E| + |V|) log |V|) weighted; parallel over sources.
///
/// # Examples
/// ```
/// use chokepoint::graph::algo::{Csr, subset_betweenness};
/// use petgraph::graph::DiGraph;
/// // 0 -> 1 -> 2, and 0 -> 3 -> 2: two shortest paths from 0 to 2.
/// let g = DiGraph::<(), ()>::from_edges([(0, 1), (1, 2), (0, 3), (3, 2)]);
/// let b = subset_betweenness(&Csr::from_graph(&g), &[0], &[2], None);
/// assert_eq!(b.nodes, vec![0.0, 0.5, 0.0, 0.5]);
/// ```
///
/// Brandes, "On variants of shortest-path betweenness centrality and their
/// generic computation", Social Networks 30 (2008).
pub fn subset_betweenness(csr: &Csr, sources: &[u32], targets: &[u32], weights: Option<&[f64]>) -> Betweenness {
    let n = csr.node_count();
    let m = csr.targets.len();
    let mut is_target = vec![false; n];
    for &t in targets {
        is_target[t as usize] = true;
    }
    // Only nodes that can reach a target lie on a source-target shortest path;
    // searching the others changes nothing, so they are left out.
    let relevant = reaching(csr, targets);
    let mut sources = sources.to_vec();
    sources.sort_unstable();
    sources.dedup();
    sources.retain(|&s| relevant[s as usize]);
    let csr = &csr.restricted(&relevant);
    let chunk = sources.len().div_ceil(CHUNKS).max(1);
    let partial: Vec<Betweenness> = sources
        .par_chunks(chunk)
        .map(|chunk| {
            let mut acc = Betweenness { nodes: vec![0.0; n], edges: vec![0.0; m] };
            let mut work = Work::new(n);
            for &s in chunk {
                match weights {
                    None => work.bfs(csr, s),
                    Some(w) => work.dijkstra(csr, s, w),
                }
                work.accumulate(s, &is_target, &mut acc);
            }
            acc
        })
        .collect();
    let mut total = Betweenness { nodes: vec![0.0; n], edges: vec![0.0; m] };
    for p in partial {
        total.nodes.iter_mut().zip(&p.nodes).for_each(|(a, b)| *a += b);
        total.edges.iter_mut().zip(&p.edges).for_each(|(a, b)| *a += b);
    }
    total
}

/// The nodes from which some target can be reached (targets included).
fn reaching(csr: &Csr, targets: &[u32]) -> Vec<bool> {
    let n = csr.node_count();
    let mut in_deg = vec![0u32; n + 1];
    for &t in &csr.targets {
        in_deg[t as usize + 1] += 1;
    }
    for v in 0..n {
        in_deg[v + 1] += in_deg[v];
    }
    let mut fill = in_deg.clone();
    let mut tails = vec![0u32; csr.targets.len()];
    for v in 0..n as u32 {
        for (w, _) in csr.arcs(v) {
            tails[fill[w as usize] as usize] = v;
            fill[w as usize] += 1;
        }
    }
    let mut seen = vec![false; n];
    let mut stack: Vec<u32> = targets.to_vec();
    for &t in targets {
        seen[t as usize] = true;
    }
    while let Some(v) = stack.pop() {
        for &u in &tails[in_deg[v as usize] as usize..in_deg[v as usize + 1] as usize] {
            if !seen[u as usize] {
                seen[u as usize] = true;
                stack.push(u);
            }
        }
    }
    seen
}

/// Per-thread scratch space, reset only where a search touched it.
struct Work {
    /// Distance and flags of each node, together for locality in the search.
    state: Vec<NodeState>,
    sigma: Vec<f64>,
    delta: Vec<f64>,
    /// Predecessors of each node on shortest paths: (node, edge index).
    preds: Vec<Vec<(u32, u32)>>,
    /// Nodes in the order they were settled.
    order: Vec<u32>,
    touched: Vec<u32>,
    /// The predecessor of the n-th heap push of the current search.
    pushed_from: Vec<u32>,
}

/// Search state of one node.
#[derive(Clone, Copy)]
struct NodeState {
    /// Tentative, then final, distance.
    dist: f64,
    /// Reached by the search.
    seen: bool,
    /// Settled.
    done: bool,
}

impl Default for NodeState {
    fn default() -> Self {
        NodeState { dist: f64::INFINITY, seen: false, done: false }
    }
}

/// A heap entry, kept to 16 bytes (the heap's sifting dominates the search):
/// the predecessor of each push is kept aside, indexed by the push count.
#[derive(PartialEq)]
struct Entry {
    dist: f64,
    count: u32,
    node: u32,
}
impl Eq for Entry {}
impl Ord for Entry {
    fn cmp(&self, other: &Self) -> Ordering {
        // A min-heap on (dist, count), as Python's heapq with a counter.
        other.dist.total_cmp(&self.dist).then(other.count.cmp(&self.count))
    }
}
impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Work {
    fn new(n: usize) -> Work {
        Work {
            state: vec![NodeState::default(); n],
            sigma: vec![0.0; n],
            delta: vec![0.0; n],
            preds: vec![Vec::new(); n],
            order: Vec::new(),
            touched: Vec::new(),
            pushed_from: Vec::new(),
        }
    }

    #[inline(never)]
    fn reset(&mut self) {
        for &v in &self.touched {
            let v = v as usize;
            self.state[v].dist = f64::INFINITY;
            self.sigma[v] = 0.0;
            self.delta[v] = 0.0;
            self.state[v].done = false;
            self.state[v].seen = false;
            self.preds[v].clear();
        }
        self.touched.clear();
        self.order.clear();
    }

    fn touch(&mut self, v: u32) {
        if !self.state[v as usize].seen {
            self.state[v as usize].seen = true;
            self.touched.push(v);
        }
    }

    fn bfs(&mut self, csr: &Csr, s: u32) {
        self.reset();
        self.touch(s);
        self.state[s as usize].dist = 0.0;
        self.sigma[s as usize] = 1.0;
        let mut head = 0;
        self.order.push(s);
        while head < self.order.len() {
            let v = self.order[head];
            head += 1;
            let dv = self.state[v as usize].dist;
            for (w, e) in csr.arcs(v) {
                let wi = w as usize;
                if !self.state[wi].seen {
                    self.touch(w);
                    self.state[wi].dist = dv + 1.0;
                    self.order.push(w);
                }
                if self.state[wi].dist == dv + 1.0 {
                    self.sigma[wi] += self.sigma[v as usize];
                    self.preds[wi].push((v, e));
                }
            }
        }
    }

    /// Dijkstra as networkx's `_single_source_dijkstra_path_basic` does it.
    #[inline(never)]
    fn dijkstra(&mut self, csr: &Csr, s: u32, weights: &[f64]) {
        self.reset();
        let mut heap = BinaryHeap::new();
        self.pushed_from.clear();
        self.touch(s);
        self.sigma[s as usize] = 1.0;
        self.state[s as usize].dist = 0.0; // tentative ("seen") distance
        self.pushed_from.push(s);
        heap.push(Entry { dist: 0.0, count: 0, node: s });
        while let Some(Entry { dist, count: pushed, node: v }) = heap.pop() {
            let vi = v as usize;
            if self.state[vi].done {
                continue;
            }
            let pred = self.pushed_from[pushed as usize];
            if pred != v {
                self.sigma[vi] += self.sigma[pred as usize];
            }
            self.state[vi].done = true;
            self.order.push(v);
            for (w, e) in csr.arcs(v) {
                let wi = w as usize;
                let vw = dist + weights[e as usize];
                if !self.state[wi].done && (!self.state[wi].seen || vw < self.state[wi].dist) {
                    self.touch(w);
                    self.state[wi].dist = vw;
                    let count = self.pushed_from.len() as u32;
                    self.pushed_from.push(v);
                    heap.push(Entry { dist: vw, count, node: w });
                    self.sigma[wi] = 0.0;
                    self.preds[wi].clear();
                    self.preds[wi].push((v, e));
                } else if self.state[wi].seen && vw == self.state[wi].dist {
                    self.sigma[wi] += self.sigma[vi];
                    self.preds[wi].push((v, e));
                }
            }
        }
    }

    /// Brandes' dependency accumulation restricted to targets.
    #[inline(never)]
    fn accumulate(&mut self, s: u32, is_target: &[bool], acc: &mut Betweenness) {
        for i in (0..self.order.len()).rev() {
            let w = self.order[i] as usize;
            let coeff = if is_target[w] && w != s as usize {
                (self.delta[w] + 1.0) / self.sigma[w]
            } else {
                self.delta[w] / self.sigma[w]
            };
            for j in 0..self.preds[w].len() {
                let (v, e) = self.preds[w][j];
                let c = self.sigma[v as usize] * coeff;
                self.delta[v as usize] += c;
                acc.edges[e as usize] += c;
            }
            if w != s as usize {
                acc.nodes[w] += self.delta[w];
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use petgraph::graph::DiGraph;

    //   0 -> 1 -> 3
    //   0 -> 2 -> 3 -> 4
    // S = {0}, T = {3, 4}: two shortest paths 0-3 (via 1, via 2), each also
    // reaching 4 through 3. Node 1 and node 2 each carry half of 0-3 and half
    // of 0-4: 1.0 each. Node 3 lies on the single route to 4: 1.0.
    #[test]
    fn hops_on_a_diamond() {
        let g = DiGraph::<(), ()>::from_edges([(0, 1), (0, 2), (1, 3), (2, 3), (3, 4)]);
        let b = subset_betweenness(&Csr::from_graph(&g), &[0], &[3, 4], None);
        assert_eq!(b.nodes, vec![0.0, 1.0, 1.0, 1.0, 0.0]);
        // Edge 0->1 carries half of both pairs; 3->4 carries all of 0-4.
        assert_eq!(b.edges, vec![1.0, 1.0, 1.0, 1.0, 1.0]);
    }

    // 0 -> 1 (w 1), 1 -> 2 (w 1), 0 -> 2 (w 3): the weighted shortest path
    // 0-2 goes through 1; by hops it does not.
    #[test]
    fn weights_change_the_shortest_path() {
        let g = DiGraph::<(), ()>::from_edges([(0, 1), (1, 2), (0, 2)]);
        let csr = Csr::from_graph(&g);
        assert_eq!(subset_betweenness(&csr, &[0], &[2], None).nodes[1], 0.0);
        assert_eq!(subset_betweenness(&csr, &[0], &[2], Some(&[1.0, 1.0, 3.0])).nodes[1], 1.0);
    }

    #[test]
    fn same_answer_with_one_or_many_threads() {
        let mut edges = Vec::new();
        let mut x: u64 = 12345;
        for _ in 0..3000 {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            edges.push(((x >> 33) as u32 % 400, (x >> 13) as u32 % 400));
        }
        let g = DiGraph::<(), ()>::from_edges(edges);
        let csr = Csr::from_graph(&g);
        let sources: Vec<u32> = (0..100).collect();
        let targets: Vec<u32> = (300..400).collect();
        let w: Vec<f64> = (0..g.edge_count()).map(|i| (i % 7) as f64 * 0.25).collect();
        let one = rayon::ThreadPoolBuilder::new().num_threads(1).build().unwrap();
        let four = rayon::ThreadPoolBuilder::new().num_threads(4).build().unwrap();
        for weights in [None, Some(&w[..])] {
            let a = one.install(|| subset_betweenness(&csr, &sources, &targets, weights));
            let b = four.install(|| subset_betweenness(&csr, &sources, &targets, weights));
            assert_eq!(a, b);
        }
    }
}
