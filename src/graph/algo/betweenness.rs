//! Source-target subset betweenness (Brandes), by hops or by edge weight.

use dary_heap::QuaternaryHeap;
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

/// Units of parallel work (up to this many threads work at once). A fixed
/// chunking (not one per thread) and an in-order sum make the result the
/// same whatever the thread count; each chunk holds its own sums, so fewer
/// chunks cost less memory and time to add up.
const CHUNKS: usize = 8;
/// Weighted searches take several times longer per source, so that a thread
/// left with the last chunk waits longer for the others: smaller chunks
/// (on the large generated network, 1.58 s with 8 chunks, 1.51 s with 32).
const WEIGHTED_CHUNKS: usize = 32;

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
/// Unnormalised node values, as networkx's `betweenness_centrality_subset(G,
/// S, T, normalized=False, weight=...)` gives them on a directed graph. Ties
/// among weighted paths are counted as networkx counts them (exact float
/// equality of path lengths, in its settling order). Edge values are Brandes'
/// pair dependencies summed per edge, `sigma(s, v) / sigma(s, w) * (1 +
/// delta(w))` (networkx's `edge_betweenness_centrality_subset` divides the
/// dependency of non-target nodes differently, so its edge values differ).
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
    betweenness(csr, sources, targets, weights, true)
}

/// [`subset_betweenness`], with weighted searches that keep the graph's
/// tail out of the heap (`defer`) or not.
fn betweenness(csr: &Csr, sources: &[u32], targets: &[u32], weights: Option<&[f64]>, defer: bool) -> Betweenness {
    let part = Part::new(csr, sources, targets, weights);
    let r = part.old.len();
    let arcs = part.csr.targets.len();
    let weights = weights.map(|_| &part.weights[..]);
    // Whole batches of sources per chunk (by hops, a batch is `LANES` sources).
    let chunks = if weights.is_some() { WEIGHTED_CHUNKS } else { CHUNKS };
    let chunk = part.sources.len().div_ceil(chunks).next_multiple_of(LANES).max(1);
    let partial: Vec<Betweenness> = part
        .sources
        .par_chunks(chunk)
        // Scratch space is kept from one chunk to the next (each search
        // clears what the last one touched); the sums stay per chunk.
        .map_init(
            || (None, None),
            |(hops, weighted): &mut (Option<HopBatch>, Option<WeightWork>), chunk| {
                // Per node and per arc slot of the part.
                let mut acc = Betweenness { nodes: vec![0.0; r], edges: vec![0.0; arcs] };
                match weights {
                    None => {
                        let work = hops.get_or_insert_with(|| HopBatch::new(r));
                        for batch in chunk.chunks(LANES) {
                            work.run(&part.csr, batch, &part.is_target, &mut acc);
                        }
                    }
                    Some(weights) => {
                        let work = weighted.get_or_insert_with(|| WeightWork::new(r, part.tail_start, defer));
                        for &s in chunk {
                            work.run(&part.csr, weights, s, &part.is_target, &mut acc);
                        }
                    }
                }
                acc
            },
        )
        .collect();
    let mut total = Betweenness { nodes: vec![0.0; csr.node_count()], edges: vec![0.0; csr.targets.len()] };
    for p in partial {
        for (v, x) in p.nodes.iter().enumerate() {
            total.nodes[part.old[v] as usize] += x;
        }
        for (slot, x) in p.edges.iter().enumerate() {
            total.edges[part.csr.edges[slot] as usize] += x;
        }
    }
    total
}

/// The part of a graph that source-target shortest paths can use: the nodes
/// reachable from a source that can reach a target. Searching the rest
/// changes nothing. It is renumbered in breadth-first order from the
/// sources, so that a search touches memory that lies together, and each
/// node keeps its arcs in their order (which decides the order of ties).
struct Part {
    /// Arcs between the part's nodes; `edges` holds their edge indices in
    /// the whole graph.
    csr: Csr,
    /// The whole graph's index of each node of the part.
    old: Vec<u32>,
    /// The weight of each arc slot (empty for hops).
    weights: Vec<f64>,
    /// Sources in the part, sorted by their index in the whole graph.
    sources: Vec<u32>,
    is_target: Vec<bool>,
    /// Weighted, the nodes from here on are the tail (see [`tail`]), in
    /// topological order.
    tail_start: u32,
}

impl Part {
    fn new(csr: &Csr, sources: &[u32], targets: &[u32], weights: Option<&[f64]>) -> Part {
        // The nodes from which some target can be reached (targets included).
        let preds = csr.reversed();
        let reach = preds.reachable(targets);
        let mut sources = sources.to_vec();
        sources.sort_unstable();
        sources.dedup();
        sources.retain(|&s| reach[s as usize]);
        let mut new = vec![u32::MAX; csr.node_count()];
        let mut old = Vec::new();
        for &s in &sources {
            new[s as usize] = old.len() as u32;
            old.push(s);
        }
        let mut head = 0;
        while head < old.len() {
            let v = old[head];
            head += 1;
            for &w in csr.heads(v) {
                if reach[w as usize] && new[w as usize] == u32::MAX {
                    new[w as usize] = old.len() as u32;
                    old.push(w);
                }
            }
        }
        // Weighted, the tail goes last, in topological order.
        let mut tail_start = old.len() as u32;
        if weights.is_some() {
            let member: Vec<bool> = new.iter().map(|&x| x != u32::MAX).collect();
            let tail = tail(csr, &preds, &member);
            let mut in_tail = vec![false; csr.node_count()];
            for &v in &tail {
                in_tail[v as usize] = true;
            }
            old.retain(|&v| !in_tail[v as usize]);
            tail_start = old.len() as u32;
            old.extend(tail);
            for (i, &v) in old.iter().enumerate() {
                new[v as usize] = i as u32;
            }
        }
        let mut part = Csr { offsets: vec![0], targets: Vec::new(), edges: Vec::new() };
        let mut slot_weights = Vec::new();
        for &v in &old {
            for (w, e) in csr.arcs(v) {
                if new[w as usize] != u32::MAX {
                    part.targets.push(new[w as usize]);
                    part.edges.push(e);
                    if let Some(weights) = weights {
                        slot_weights.push(weights[e as usize]);
                    }
                }
            }
            part.offsets.push(part.targets.len() as u32);
        }
        let mut is_target = vec![false; old.len()];
        for &t in targets {
            if new[t as usize] != u32::MAX {
                is_target[new[t as usize] as usize] = true;
            }
        }
        let sources = sources.iter().map(|&s| new[s as usize]).collect();
        Part { csr: part, old, weights: slot_weights, sources, is_target, tail_start }
    }
}

/// The tail of a graph: the nodes (among `member`s) that reach no cycle, in
/// topological order (`preds`: the reversed adjacency). A tail is closed
/// downstream: no search outside it depends on it.
fn tail(csr: &Csr, preds: &Csr, member: &[bool]) -> Vec<u32> {
    let n = csr.node_count();
    let mut out = vec![0u32; n];
    for v in (0..n as u32).filter(|&v| member[v as usize]) {
        out[v as usize] = csr.heads(v).iter().filter(|&&w| member[w as usize]).count() as u32;
    }
    // Peel nodes whose arcs all lead into the tail, sinks first.
    let mut peeled: Vec<u32> = (0..n as u32).filter(|&v| member[v as usize] && out[v as usize] == 0).collect();
    let mut i = 0;
    while i < peeled.len() {
        let w = peeled[i];
        i += 1;
        for &v in preds.heads(w) {
            if member[v as usize] {
                out[v as usize] -= 1;
                if out[v as usize] == 0 {
                    peeled.push(v);
                }
            }
        }
    }
    peeled.reverse();
    peeled
}

// Brandes' dependency accumulation needs, for each node, the number of
// shortest paths from the source (`sigma`) and then its coefficient
// `(delta + [node is a target]) / sigma`; an arc v -> w on a shortest path
// gives v the dependency `sigma[v] * coeff[w]`. No predecessor lists are
// kept: the accumulation walks each node's out-arcs, where memory lies
// together.

/// Lanes of a batch: sources searched together by hops, one bit each of a [`Lanes`] mask.
const LANES: usize = 16;

/// A set of lanes.
type Lanes = u16;

/// The lanes in a mask, in increasing order.
fn lanes(mut mask: Lanes) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        (mask != 0).then(|| {
            let b = mask.trailing_zeros() as usize;
            mask &= mask - 1;
            b
        })
    })
}

/// Scratch space for breadth-first searches from `LANES` sources at once
/// (multi-source BFS, as in Then et al., "The More the Merrier: Efficient
/// Multi-Source Graph Traversal", VLDB 2014). The searches go level by level
/// together: each node in a level is read once for all the sources that
/// reach it at that level, so a pass over its arcs (and the memory those
/// arcs lead to) serves several sources, and bit masks say which.
struct HopBatch {
    /// Per node: the lanes that have reached it, and those in which it is at
    /// the level being built.
    reach: Vec<(Lanes, Lanes)>,
    /// Per node and lane: the path count, replaced by the coefficient once
    /// the lane's dependency is accumulated (the count is not needed after).
    paths: Vec<[f64; LANES]>,
    /// Per node: the lanes whose coefficient is set.
    done: Vec<Lanes>,
    /// The nodes of each level, one level after another, each with the lanes
    /// in which it is at that level.
    list: Vec<(u32, Lanes)>,
    /// Where each level starts in `list`.
    starts: Vec<usize>,
    delta: Vec<[f64; LANES]>,
}

impl HopBatch {
    fn new(n: usize) -> HopBatch {
        HopBatch {
            reach: vec![(0, 0); n],
            paths: vec![[0.0; LANES]; n],
            done: vec![0; n],
            list: Vec::new(),
            starts: Vec::new(),
            delta: Vec::new(),
        }
    }

    /// Searches from up to `LANES` distinct sources, as networkx's
    /// `_single_source_shortest_path_basic` would from each, and accumulates.
    #[inline(never)]
    fn run(&mut self, csr: &Csr, sources: &[u32], is_target: &[bool], acc: &mut Betweenness) {
        for &(v, _) in &self.list {
            let v = v as usize;
            self.reach[v] = (0, 0);
            self.paths[v] = [0.0; LANES];
            self.done[v] = 0;
        }
        self.list.clear();
        self.starts.clear();
        for (b, &s) in sources.iter().enumerate() {
            let s = s as usize;
            if self.reach[s].0 == 0 {
                self.list.push((s as u32, 0));
            }
            self.reach[s].0 |= 1 << b;
            self.paths[s][b] = 1.0;
        }
        for (s, at) in &mut self.list {
            *at = self.reach[*s as usize].0;
        }
        let mut start = 0;
        while start < self.list.len() {
            // Level d is list[start..end]; level d + 1 is built after it.
            let end = self.list.len();
            self.starts.push(start);
            for i in start..end {
                let (v, at) = self.list[i];
                let sv = self.paths[v as usize];
                for &w in csr.heads(v) {
                    let w = w as usize;
                    let (seen, next) = &mut self.reach[w];
                    let fresh = at & !*seen;
                    if fresh != 0 {
                        if *next == 0 {
                            self.list.push((w as u32, 0));
                        }
                        *seen |= fresh;
                        *next |= fresh;
                    }
                    // The lanes in which the arc lies on a shortest path: v
                    // is at level d and w at level d + 1.
                    for b in lanes(at & *next) {
                        self.paths[w][b] += sv[b];
                    }
                }
            }
            // Level d + 1 is complete: its nodes take their lanes.
            for (w, at) in &mut self.list[end..] {
                *at = std::mem::take(&mut self.reach[*w as usize].1);
            }
            start = end;
        }
        self.starts.push(self.list.len());
        self.accumulate(csr, sources, is_target, acc);
    }

    /// The accumulation, level by level from the deepest.
    #[inline(never)]
    fn accumulate(&mut self, csr: &Csr, sources: &[u32], is_target: &[bool], acc: &mut Betweenness) {
        // An arc leads at most one level down. When level d is accumulated,
        // only deeper levels have their coefficients set, so an arc v -> w
        // lies on a shortest path in the lanes where v is at level d and w's
        // coefficient is set.
        for d in (0..self.starts.len() - 1).rev() {
            let level = self.starts[d]..self.starts[d + 1];
            self.delta.clear();
            for &(v, at) in &self.list[level.clone()] {
                let sv = &self.paths[v as usize];
                let mut delta = [0.0; LANES];
                let slots = csr.slots(v);
                for (&w, edge) in csr.targets[slots.clone()].iter().zip(&mut acc.edges[slots]) {
                    let on = at & self.done[w as usize];
                    if on == 0 {
                        continue;
                    }
                    let cw = &self.paths[w as usize];
                    let mut sum = 0.0;
                    for b in lanes(on) {
                        let c = sv[b] * cw[b];
                        delta[b] += c;
                        sum += c;
                    }
                    *edge += sum;
                }
                self.delta.push(delta);
            }
            for (&(v, at), delta) in self.list[level].iter().zip(&self.delta) {
                let vi = v as usize;
                self.done[vi] |= at;
                for b in lanes(at) {
                    let target = is_target[vi] && v != sources[b];
                    self.paths[vi][b] = (delta[b] + if target { 1.0 } else { 0.0 }) / self.paths[vi][b];
                    if v != sources[b] {
                        acc.nodes[vi] += delta[b];
                    }
                }
            }
        }
    }
}

/// Scratch space for searches by weight.
struct WeightWork {
    state: Vec<NodeState>,
    /// Nodes in the order they were settled.
    order: Vec<u32>,
    /// The predecessor of the n-th heap push of the current search.
    pushed_from: Vec<u32>,
    /// Shortest-path arcs found to point back in the settling order (ties
    /// over zero weights): (the tail's path count, head, arc slot).
    late: Vec<(f64, u32, u32)>,
    /// Tail nodes reached (see [`tail`]).
    tail_reached: Vec<u32>,
    heap: QuaternaryHeap<Entry>,
    /// Nodes from here on are the tail, in topological order.
    tail_start: u32,
    /// Keep the tail out of the heap where that gives the same answer.
    defer: bool,
}

/// Search state of one node, together for locality.
#[derive(Clone, Copy)]
struct NodeState {
    /// Tentative, then final, distance (infinite: not reached).
    dist: f64,
    /// Number of shortest paths from the source, replaced by the node's
    /// coefficient once its dependency is accumulated (the count is not
    /// needed after: a smaller state, more of it in the cache).
    sigma: f64,
    /// Position in the settling order, `u32::MAX` until settled.
    pos: u32,
    /// Tail nodes: the number of predecessors at the tentative distance
    /// (at most `u16::MAX`), and whether one of them is at the same distance.
    preds: u16,
    zero: bool,
}

impl Default for NodeState {
    fn default() -> Self {
        NodeState { dist: f64::INFINITY, sigma: 0.0, pos: u32::MAX, preds: 0, zero: false }
    }
}

impl NodeState {
    /// Relaxes an arc into a tail node, from a node at `dist` with path
    /// count `sigma`; `vw` is the distance through the arc.
    fn relax_tail(&mut self, dist: f64, sigma: f64, vw: f64) {
        if vw < self.dist {
            self.dist = vw;
            self.sigma = sigma;
            self.preds = 1;
            self.zero = vw == dist;
        } else if vw == self.dist {
            self.sigma += sigma;
            self.preds = self.preds.saturating_add(1);
            self.zero |= vw == dist;
        }
    }
}

/// A heap entry, kept to 16 bytes (the heap's sifting dominates the search):
/// the predecessor of each push is kept aside, indexed by the push count.
#[derive(PartialEq, Eq)]
struct Entry {
    /// The bits of the distance. Distances are non-negative (a sum that
    /// starts from +0.0), and the bits of such floats order as the numbers,
    /// so the heap compares integers.
    dist: u64,
    count: u32,
    node: u32,
}
impl Entry {
    fn new(dist: f64, count: u32, node: u32) -> Entry {
        debug_assert!(dist >= 0.0);
        Entry { dist: (dist + 0.0).to_bits(), count, node }
    }
}
impl Ord for Entry {
    fn cmp(&self, other: &Self) -> Ordering {
        // A min-heap on (dist, count), as Python's heapq with a counter.
        (other.dist, other.count).cmp(&(self.dist, self.count))
    }
}
impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl WeightWork {
    fn new(n: usize, tail_start: u32, defer: bool) -> WeightWork {
        WeightWork {
            state: vec![NodeState::default(); n],
            order: Vec::new(),
            pushed_from: Vec::new(),
            late: Vec::new(),
            tail_reached: Vec::new(),
            heap: QuaternaryHeap::new(),
            tail_start,
            defer,
        }
    }

    fn run(&mut self, csr: &Csr, weights: &[f64], s: u32, is_target: &[bool], acc: &mut Betweenness) {
        if !(self.defer && self.dijkstra(csr, weights, s, true)) {
            self.dijkstra(csr, weights, s, false);
        }
        self.accumulate(csr, weights, s, is_target, acc);
    }

    /// Clears what the last search touched (every node it reached is in the
    /// settling order or, when it stopped early, in the heap or the tail).
    fn reset(&mut self) {
        let nodes = self.heap.drain().map(|e| e.node).chain(self.order.drain(..)).chain(self.tail_reached.drain(..));
        for v in nodes {
            self.state[v as usize] = NodeState::default();
        }
        self.late.clear();
    }

    /// Dijkstra as networkx's `_single_source_dijkstra_path_basic` does it,
    /// with its order of ties (which decides the path counts on ties over
    /// zero-weight arcs). Every node reached is settled.
    ///
    /// With `defer`, the tail stays out of the heap: nothing outside it
    /// depends on it, so it is settled after the heap empties, in
    /// topological order, each node from its predecessors' final distances
    /// and path counts. That is the same answer unless ties over zero(-like)
    /// weights make the order of settling matter: a tail node with two
    /// predecessors on shortest paths, one at its own distance, or a path
    /// count changed after its node settled. Then the search stops and
    /// returns false, and must be made again without `defer`.
    #[inline(never)]
    fn dijkstra(&mut self, csr: &Csr, weights: &[f64], s: u32, defer: bool) -> bool {
        self.reset();
        let tail_start = if defer { self.tail_start } else { u32::MAX };
        let heap = &mut self.heap;
        self.pushed_from.clear();
        let state = &mut self.state[..];
        state[s as usize].dist = 0.0; // tentative ("seen") distance
        state[s as usize].sigma = 1.0;
        self.pushed_from.push(s);
        heap.push(Entry::new(0.0, 0, s));
        while let Some(Entry { dist, count: pushed, node: v }) = heap.pop() {
            let dist = f64::from_bits(dist);
            let vi = v as usize;
            if state[vi].pos != u32::MAX {
                continue;
            }
            let pred = self.pushed_from[pushed as usize];
            if pred != v {
                state[vi].sigma += state[pred as usize].sigma;
            }
            state[vi].pos = self.order.len() as u32;
            self.order.push(v);
            let sv = state[vi].sigma;
            let slots = csr.slots(v);
            for (&w, &weight) in csr.targets[slots.clone()].iter().zip(&weights[slots]) {
                let sw = &mut state[w as usize];
                let vw = dist + weight;
                if w >= tail_start {
                    if sw.dist == f64::INFINITY {
                        self.tail_reached.push(w);
                    }
                    sw.relax_tail(dist, sv, vw);
                } else if sw.pos == u32::MAX && vw < sw.dist {
                    sw.dist = vw;
                    sw.sigma = 0.0;
                    let count = self.pushed_from.len() as u32;
                    self.pushed_from.push(v);
                    heap.push(Entry::new(vw, count, w));
                } else if vw == sw.dist {
                    if defer && sw.pos != u32::MAX {
                        return false;
                    }
                    sw.sigma += sv;
                }
            }
        }
        if !defer {
            return true;
        }
        // The tail, in topological order (by index), from the nodes reached.
        for v in self.tail_start..csr.node_count() as u32 {
            let vi = v as usize;
            if state[vi].dist == f64::INFINITY || state[vi].pos != u32::MAX {
                continue;
            }
            // A predecessor at the same distance (over a zero(-like) weight)
            // and another: which networkx settles first decides the count.
            if state[vi].zero && state[vi].preds > 1 {
                return false;
            }
            state[vi].pos = self.order.len() as u32;
            self.order.push(v);
            let NodeState { dist, sigma: sv, .. } = state[vi];
            let slots = csr.slots(v);
            for (&w, &weight) in csr.targets[slots.clone()].iter().zip(&weights[slots]) {
                let sw = &mut state[w as usize];
                if sw.dist == f64::INFINITY {
                    self.tail_reached.push(w);
                }
                sw.relax_tail(dist, sv, dist + weight);
            }
        }
        true
    }

    /// The accumulation in reverse settling order. An arc v -> w lies on a
    /// shortest path exactly when `dist[v] + weight == dist[w]`, the test the
    /// search made, repeated bit for bit.
    #[inline(never)]
    fn accumulate(&mut self, csr: &Csr, weights: &[f64], s: u32, is_target: &[bool], acc: &mut Betweenness) {
        for i in (0..self.order.len()).rev() {
            let v = self.order[i];
            let NodeState { dist: dv, sigma: sv, pos: pv, .. } = self.state[v as usize];
            let mut delta = 0.0;
            let slots = csr.slots(v);
            let arcs =
                csr.targets[slots.clone()].iter().zip(&weights[slots.clone()]).zip(&mut acc.edges[slots.clone()]);
            for (e, ((&w, &weight), edge)) in slots.zip(arcs) {
                let sw = &self.state[w as usize];
                if sw.dist != dv + weight {
                    continue;
                }
                if sw.pos > pv {
                    // w's dependency is accumulated: its coefficient.
                    let c = sv * sw.sigma;
                    delta += c;
                    *edge += c;
                } else {
                    // networkx adds this after v's own dependency is final:
                    // it counts for the arc only, once w's is known.
                    self.late.push((sv, w, e as u32));
                }
            }
            let target = is_target[v as usize] && v != s;
            self.state[v as usize].sigma = (delta + if target { 1.0 } else { 0.0 }) / sv;
            if v != s {
                acc.nodes[v as usize] += delta;
            }
        }
        for &(sv, w, e) in &self.late {
            acc.edges[e as usize] += sv * self.state[w as usize].sigma;
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

    // Zero weights make ties between 1 and 2 in both directions: 0 -> 1 and
    // 0 -> 2 (w 1), 1 <-> 2 (w 0), 1 -> 3 and 2 -> 3 (w 1), S = {0}, T = {3}.
    // Path counts then depend on the order the search settles nodes, as in
    // networkx: settled 0, 1, 2, 3 with sigma 1, 3 (0, and 2 after 2 was
    // settled), 2 (0 and 1), 5 (1 and 2). Backwards: coeff(3) = 1/5, so
    // delta(1) = 3/5 and delta(2) = 2/5; coeff(2) = 0.4/2 = 0.2, so delta(1)
    // gains 3 * 0.2 = 0.6; coeff(1) = 1.2/3 = 0.4. The arc 2 -> 1 points back
    // in the settling order: its 2 * 0.4 = 0.8 counts for the arc only.
    // networkx 3.6 gives these node values (0, 1.2, 0.4, 0).
    #[test]
    fn zero_weight_ties_as_networkx_counts_them() {
        let g = DiGraph::<(), ()>::from_edges([(0, 1), (0, 2), (1, 2), (2, 1), (1, 3), (2, 3)]);
        let b = subset_betweenness(&Csr::from_graph(&g), &[0], &[3], Some(&[1.0, 1.0, 0.0, 0.0, 1.0, 1.0]));
        let close = |a: &[f64], b: &[f64]| a.iter().zip(b).all(|(x, y)| (x - y).abs() < 1e-12);
        assert!(close(&b.nodes, &[0.0, 1.2, 0.4, 0.0]), "{:?}", b.nodes);
        assert!(close(&b.edges, &[0.4, 0.2, 0.6, 0.8, 0.6, 0.4]), "{:?}", b.edges);
    }

    // A deep chain (levels are not counted in a fixed width): 0 -> 1 ->
    // ... -> N-1, S = {0, 1}, T = {N-1}: every inner node from 2 on lies on
    // both paths (2.0), node 1 on the path from 0 (1.0).
    #[test]
    fn deep_chains() {
        let n = u16::MAX as u32 + 10;
        let g = DiGraph::<(), ()>::from_edges((0..n - 1).map(|v| (v, v + 1)));
        let b = subset_betweenness(&Csr::from_graph(&g), &[0, 1], &[n - 1], None);
        assert_eq!(b.nodes[0], 0.0);
        assert_eq!(b.nodes[1], 1.0);
        assert!(b.nodes[2..n as usize - 1].iter().all(|&x| x == 2.0));
        assert_eq!(b.nodes[n as usize - 1], 0.0);
        assert_eq!(b.edges[0], 1.0);
        assert!(b.edges[1..].iter().all(|&x| x == 2.0));
    }

    // The batched search by hops against one Dijkstra search per source with
    // every link weighing 1, on random graphs with more sources than a batch
    // has lanes (sources that are also targets, and cycles, included).
    #[test]
    fn batched_hops_agree_with_unit_weights() {
        let mut next = crate::graph::algo::test_rng(7);
        for round in 0..200 {
            let n = 2 + next(60) as u32;
            let edges = crate::graph::algo::test_edges(&mut next, n, 5 * n as u64);
            let g = DiGraph::<(), ()>::from_edges(edges);
            let csr = Csr::from_graph(&g);
            let unit = vec![1.0; g.edge_count()];
            let sources: Vec<u32> = (0..g.node_count() as u32).filter(|_| next(2) == 0).collect();
            let targets: Vec<u32> = (0..g.node_count() as u32).filter(|_| next(2) == 0).collect();
            let hops = subset_betweenness(&csr, &sources, &targets, None);
            let weighted = subset_betweenness(&csr, &sources, &targets, Some(&unit));
            let close = |a: &[f64], b: &[f64]| a.iter().zip(b).all(|(x, y)| (x - y).abs() <= 1e-9 * x.abs().max(1.0));
            assert!(close(&hops.nodes, &weighted.nodes), "round {round}: {:?} {:?}", hops.nodes, weighted.nodes);
            assert!(close(&hops.edges, &weighted.edges), "round {round}: {:?} {:?}", hops.edges, weighted.edges);
        }
    }

    // Keeping the tail out of the heap changes nothing, ties included:
    // random graphs whose weights come from {0, 0.5, 1} (many ties, many
    // zero weights), half of them acyclic (all tail), against the plain
    // search, bit for bit.
    #[test]
    fn deferred_tail_gives_the_same_answer() {
        let mut next = crate::graph::algo::test_rng(99);
        for round in 0..400 {
            let n = 3 + next(30) as u32;
            let edges: Vec<(u32, u32)> = crate::graph::algo::test_edges(&mut next, n, 4 * n as u64)
                .into_iter()
                .filter(|(a, b)| a != b)
                .map(|(a, b)| if round % 2 == 0 { (a.min(b), a.max(b)) } else { (a, b) })
                .collect();
            let g = DiGraph::<(), ()>::from_edges(edges);
            let csr = Csr::from_graph(&g);
            let w: Vec<f64> = (0..g.edge_count()).map(|_| next(3) as f64 * 0.5).collect();
            let sources: Vec<u32> = (0..g.node_count() as u32).filter(|_| next(3) == 0).collect();
            let targets: Vec<u32> = (0..g.node_count() as u32).filter(|_| next(2) == 0).collect();
            let plain = betweenness(&csr, &sources, &targets, Some(&w), false);
            let deferred = betweenness(&csr, &sources, &targets, Some(&w), true);
            assert_eq!(plain, deferred, "round {round}: weights {w:?}");
        }
    }

    #[test]
    fn same_answer_with_one_or_many_threads() {
        let mut next = crate::graph::algo::test_rng(12345);
        let edges: Vec<(u32, u32)> = (0..3000).map(|_| (next(400) as u32, next(400) as u32)).collect();
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
