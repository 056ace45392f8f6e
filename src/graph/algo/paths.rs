//! The k shortest simple paths (Yen's algorithm) by non-negative arc weight,
//! and single-source shortest paths with banned nodes and arcs.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashSet};

use super::Csr;

/// An `f64` ordered by `total_cmp`, for heaps.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cost(pub f64);
impl Eq for Cost {}
impl PartialOrd for Cost {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Cost {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0)
    }
}

/// A path: its cost, its nodes and the arcs between them (arc = index into
/// the weights, i.e. `Csr::edges` values).
#[derive(Debug, Clone, PartialEq)]
pub struct Path {
    /// Sum of the arc weights.
    pub cost: f64,
    /// Nodes, first to last.
    pub nodes: Vec<u32>,
    /// Arcs, one fewer than the nodes.
    pub arcs: Vec<u32>,
}

/// Dijkstra from `from` to `to` avoiding banned nodes and arcs; ties go to
/// the smaller node index, so the result is deterministic.
fn shortest_path(
    csr: &Csr,
    weights: &[f64],
    from: u32,
    to: u32,
    banned_nodes: &[bool],
    banned_arcs: &HashSet<u32>,
) -> Option<Path> {
    let n = csr.node_count();
    let mut dist = vec![f64::INFINITY; n];
    let mut prev: Vec<(u32, u32)> = vec![(u32::MAX, u32::MAX); n];
    let mut heap = BinaryHeap::new();
    dist[from as usize] = 0.0;
    heap.push(Reverse((Cost(0.0), from)));
    while let Some(Reverse((Cost(d), v))) = heap.pop() {
        if d > dist[v as usize] {
            continue;
        }
        if v == to {
            let mut nodes = vec![to];
            let mut arcs = Vec::new();
            let mut x = to;
            while x != from {
                let (p, a) = prev[x as usize];
                nodes.push(p);
                arcs.push(a);
                x = p;
            }
            nodes.reverse();
            arcs.reverse();
            return Some(Path { cost: d, nodes, arcs });
        }
        for (w, a) in csr.arcs(v) {
            if banned_nodes[w as usize] || banned_arcs.contains(&a) {
                continue;
            }
            let nd = d + weights[a as usize];
            if nd < dist[w as usize] {
                dist[w as usize] = nd;
                prev[w as usize] = (v, a);
                heap.push(Reverse((Cost(nd), w)));
            }
        }
    }
    None
}

type Candidate = (Cost, Vec<u32>, Vec<u32>);

/// The `k` shortest simple paths from `source` to `target` (Yen's algorithm),
/// cheapest first; ties in cost are ordered by node sequence.
///
/// # Arguments
/// * `csr`: the graph; `weights`: a non-negative weight per arc index.
///
/// # Complexity
/// O(k · L · (|E| + |V|) log |V|) for paths of up to L nodes.
///
/// # Examples
/// ```
/// use chokepoint::graph::algo::{Csr, k_shortest_paths};
/// use petgraph::graph::DiGraph;
/// // 0 -> 1 -> 3 (1 + 1), 0 -> 2 -> 3 (1 + 2), 0 -> 3 (5)
/// let g = DiGraph::<(), ()>::from_edges([(0, 1), (1, 3), (0, 2), (2, 3), (0, 3)]);
/// let paths = k_shortest_paths(&Csr::from_graph(&g), &[1.0, 1.0, 1.0, 2.0, 5.0], 0, 3, 5);
/// let costs: Vec<f64> = paths.iter().map(|p| p.cost).collect();
/// assert_eq!(costs, vec![2.0, 3.0, 5.0]);
/// assert_eq!(paths[1].nodes, vec![0, 2, 3]);
/// ```
///
/// Yen, "Finding the k shortest loopless paths in a network", Management Science 17 (1971).
pub fn k_shortest_paths(csr: &Csr, weights: &[f64], source: u32, target: u32, k: usize) -> Vec<Path> {
    let n = csr.node_count();
    let no_nodes = vec![false; n];
    let mut found: Vec<Path> = Vec::new();
    let Some(first) = shortest_path(csr, weights, source, target, &no_nodes, &HashSet::new()) else {
        return found;
    };
    found.push(first);
    // Candidates: (cost, nodes, arcs), cheapest first.
    let mut candidates: BinaryHeap<Reverse<Candidate>> = BinaryHeap::new();
    let mut seen: HashSet<Vec<u32>> = HashSet::new();
    seen.insert(found[0].nodes.clone());
    let mut banned_nodes = vec![false; n];
    while found.len() < k {
        let last = found.last().cloned().unwrap_or_else(|| unreachable!("found is never empty here"));
        for i in 0..last.nodes.len() - 1 {
            let spur = last.nodes[i];
            let root = &last.nodes[..=i];
            let mut banned_arcs = HashSet::new();
            for p in &found {
                if p.nodes.len() > i + 1 && p.nodes[..=i] == *root {
                    banned_arcs.insert(p.arcs[i]);
                }
            }
            for &v in &root[..i] {
                banned_nodes[v as usize] = true;
            }
            if let Some(spur_path) = shortest_path(csr, weights, spur, target, &banned_nodes, &banned_arcs) {
                let mut nodes = root[..i].to_vec();
                nodes.extend(&spur_path.nodes);
                let mut arcs = last.arcs[..i].to_vec();
                arcs.extend(&spur_path.arcs);
                if seen.insert(nodes.clone()) {
                    // Sum in path order, as a path's weight is defined.
                    let cost = arcs.iter().map(|&a| weights[a as usize]).sum();
                    candidates.push(Reverse((Cost(cost), nodes, arcs)));
                }
            }
            for &v in &root[..i] {
                banned_nodes[v as usize] = false;
            }
        }
        match candidates.pop() {
            Some(Reverse((Cost(cost), nodes, arcs))) => found.push(Path { cost, nodes, arcs }),
            None => break,
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use petgraph::graph::DiGraph;

    //   0 -> 1 -> 2 -> 5
    //   0 -> 3 -> 4 -> 5
    //   1 -> 4, 3 -> 2
    // weights chosen so the four simple paths cost 3, 4, 5, 6.
    #[test]
    fn yen_lists_simple_paths_in_cost_order() {
        let g = DiGraph::<(), ()>::from_edges([(0, 1), (1, 2), (2, 5), (0, 3), (3, 4), (4, 5), (1, 4), (3, 2)]);
        let w = [1.0, 1.0, 1.0, 1.5, 1.5, 1.0, 2.0, 2.5];
        let paths = k_shortest_paths(&Csr::from_graph(&g), &w, 0, 5, 10);
        let got: Vec<(f64, Vec<u32>)> = paths.iter().map(|p| (p.cost, p.nodes.clone())).collect();
        assert_eq!(
            got,
            vec![(3.0, vec![0, 1, 2, 5]), (4.0, vec![0, 1, 4, 5]), (4.0, vec![0, 3, 4, 5]), (5.0, vec![0, 3, 2, 5]),]
        );
    }

    #[test]
    fn no_path_gives_nothing() {
        let g = DiGraph::<(), ()>::from_edges([(0, 1), (2, 3)]);
        assert!(k_shortest_paths(&Csr::from_graph(&g), &[1.0, 1.0], 0, 3, 3).is_empty());
    }
}
