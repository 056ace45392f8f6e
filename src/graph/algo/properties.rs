//! Property tests of the flow, cut and dominator algorithms on small random
//! graphs, checked against brute force.

use petgraph::graph::DiGraph;
use proptest::prelude::*;

use super::{Csr, FlowNetwork, NodeCapacity, immediate_dominators, subset_betweenness};

/// A random graph: node count, edges with capacities (loops included: an
/// entity may trade with itself), sources, targets.
#[derive(Debug, Clone)]
struct Case {
    n: usize,
    edges: Vec<(u32, u32, u64)>,
    sources: Vec<u32>,
    targets: Vec<u32>,
}

fn case() -> impl Strategy<Value = Case> {
    (4usize..9).prop_flat_map(|n| {
        let edge = (0..n as u32, 0..n as u32, 1u64..20);
        (Just(n), prop::collection::vec(edge, 1..24), 1usize..3, 1usize..3).prop_map(|(n, raw, ns, nt)| {
            let mut edges: Vec<(u32, u32, u64)> = Vec::new();
            for (a, b, c) in raw {
                if !edges.iter().any(|e| e.0 == a && e.1 == b) {
                    edges.push((a, b, c));
                }
            }
            let sources = (0..ns as u32).collect();
            let targets = ((n - nt) as u32..n as u32).collect();
            Case { n, edges, sources, targets }
        })
    })
}

/// Whether any target is reachable from the sources without the removed nodes and edges.
fn connected(c: &Case, removed: &[u32], removed_edges: &[usize]) -> bool {
    let mut seen = vec![false; c.n];
    let mut stack: Vec<u32> = c.sources.iter().copied().filter(|s| !removed.contains(s)).collect();
    for &s in &stack {
        seen[s as usize] = true;
    }
    while let Some(v) = stack.pop() {
        for (k, &(a, b, _)) in c.edges.iter().enumerate() {
            if a == v && !removed_edges.contains(&k) && !removed.contains(&b) && !seen[b as usize] {
                seen[b as usize] = true;
                stack.push(b);
            }
        }
    }
    c.targets.iter().any(|&t| seen[t as usize])
}

/// Whether the edge flows of `f` make a flow of its value: within each
/// edge's capacity (none on removed edges), conserved at every
/// intermediate, and adding up to the value on the way into the targets.
fn is_flow(c: &Case, net: &FlowNetwork, f: &super::MaxFlow, removed_edges: &[u32]) -> bool {
    let flow = net.edge_flows(f);
    let within = c
        .edges
        .iter()
        .zip(&flow)
        .enumerate()
        .all(|(k, (e, &x))| x <= e.2 && (x == 0 || !removed_edges.contains(&(k as u32))));
    let conserved = intermediates(c).iter().all(|&v| {
        let sum = |into: bool| -> u64 {
            c.edges.iter().zip(&flow).filter(|(e, _)| if into { e.1 == v } else { e.0 == v }).map(|(_, &x)| x).sum()
        };
        sum(true) == sum(false)
    });
    let arriving: u64 = c
        .edges
        .iter()
        .zip(&flow)
        .filter(|(e, _)| c.targets.contains(&e.1) && !c.targets.contains(&e.0))
        .map(|(_, &x)| x)
        .sum();
    within && conserved && arriving == f.value
}

fn intermediates(c: &Case) -> Vec<u32> {
    (0..c.n as u32).filter(|v| !c.sources.contains(v) && !c.targets.contains(v)).collect()
}

proptest! {
    #[test]
    fn max_flow_equals_min_cut_capacity(c in case()) {
        let net = FlowNetwork::new(c.n, &c.edges, &c.sources, &c.targets, NodeCapacity::Unlimited);
        let f = net.max_flow(&[], &[]);
        let (_, cut) = net.min_cut(&f);
        let capacity: u64 = cut.iter().map(|&e| c.edges[e as usize].2).sum();
        prop_assert_eq!(f.value, capacity);
        // The cut really separates: without its edges no target is reachable.
        let removed: Vec<usize> = cut.iter().map(|&e| e as usize).collect();
        prop_assert!(!connected(&c, &[], &removed));
        // The edges' flows add up, with and without an edge removed (one
        // that may share its arc with others).
        prop_assert!(is_flow(&c, &net, &f, &[]));
        if !c.edges.is_empty() {
            let without = net.max_flow(&[], &[0]);
            prop_assert!(without.value <= f.value);
            prop_assert!(is_flow(&c, &net, &without, &[0]));
        }
        // Removing a node never adds flow.
        for v in intermediates(&c) {
            prop_assert!(net.max_flow(&[v], &[]).value <= f.value);
        }
    }

    #[test]
    fn min_vertex_cut_disconnects_and_is_smallest(c in case()) {
        let net = FlowNetwork::new(c.n, &c.edges, &c.sources, &c.targets, NodeCapacity::Unit);
        let f = net.max_flow(&[], &[]);
        let middle = intermediates(&c);
        if net.is_unbounded(&f) {
            // Then no set of intermediates disconnects S from T.
            prop_assert!(connected(&c, &middle, &[]));
            return Ok(());
        }
        let (cut, _) = net.min_cut(&f);
        prop_assert_eq!(cut.len() as u64, f.value);
        prop_assert!(!connected(&c, &cut, &[]));
        // No smaller set of intermediates disconnects them (brute force).
        for mask in 0u32..(1 << middle.len()) {
            if (mask.count_ones() as usize) < cut.len() {
                let set: Vec<u32> = middle.iter().enumerate().filter(|(i, _)| mask & (1 << i) != 0).map(|(_, &v)| v).collect();
                prop_assert!(connected(&c, &set, &[]), "smaller cut {:?} than {:?}", set, cut);
            }
        }
        // Removing the vertex cut from the value network leaves no flow.
        let value = FlowNetwork::new(c.n, &c.edges, &c.sources, &c.targets, NodeCapacity::Unlimited);
        prop_assert_eq!(value.max_flow(&cut, &[]).value, 0);
    }

    #[test]
    fn dominators_lie_on_every_path(c in case()) {
        let g = DiGraph::<(), ()>::from_edges(c.edges.iter().map(|e| (e.0, e.1)));
        let mut g = g;
        while g.node_count() < c.n {
            g.add_node(());
        }
        let idom = immediate_dominators(&g, &c.sources);
        for v in 0..c.n as u32 {
            let reach_v = |removed: &[u32]| {
                let single = Case { targets: vec![v], ..c.clone() };
                connected(&single, removed, &[])
            };
            if !reach_v(&[]) {
                prop_assert_eq!(idom[v as usize], None);
                continue;
            }
            // The dominators of v: its idom chain.
            let mut chain = Vec::new();
            let mut x = v;
            while let Some(d) = idom[x as usize] {
                chain.push(d);
                x = d;
            }
            for d in 0..c.n as u32 {
                if d == v || c.sources.contains(&v) {
                    continue;
                }
                // d dominates v exactly when removing d cuts v off.
                prop_assert_eq!(chain.contains(&d), !reach_v(&[d]), "node {} dominator {}", v, d);
            }
        }
    }

    #[test]
    fn betweenness_matches_path_enumeration(c in case()) {
        let g = {
            let mut g = DiGraph::<(), ()>::from_edges(c.edges.iter().map(|e| (e.0, e.1)));
            while g.node_count() < c.n {
                g.add_node(());
            }
            g
        };
        let b = subset_betweenness(&Csr::from_graph(&g), &c.sources, &c.targets, None);
        // Brute force: enumerate all shortest s-t paths by BFS layers.
        let mut expected = vec![0.0; c.n];
        for &s in &c.sources {
            for &t in &c.targets {
                if s == t {
                    continue;
                }
                let paths = shortest_paths(&c, s, t);
                for p in &paths {
                    for &v in &p[1..p.len() - 1] {
                        expected[v as usize] += 1.0 / paths.len() as f64;
                    }
                }
            }
        }
        for (v, (got, want)) in b.nodes.iter().zip(&expected).enumerate() {
            prop_assert!((got - want).abs() < 1e-9, "node {}: {} vs {}", v, got, want);
        }
    }
}

/// Every shortest path from s to t (by hops), by depth-first enumeration.
fn shortest_paths(c: &Case, s: u32, t: u32) -> Vec<Vec<u32>> {
    let mut best: Option<usize> = None;
    let mut found = Vec::new();
    let mut stack = vec![vec![s]];
    while let Some(path) = stack.pop() {
        let v = *path.last().unwrap_or(&s);
        if best.is_some_and(|b| path.len() > b) {
            continue;
        }
        if v == t {
            match best {
                Some(b) if path.len() == b => found.push(path),
                Some(b) if path.len() > b => {}
                _ => {
                    best = Some(path.len());
                    found = vec![path];
                }
            }
            continue;
        }
        for &(a, b, _) in &c.edges {
            if a == v && !path.contains(&b) {
                let mut next = path.clone();
                next.push(b);
                stack.push(next);
            }
        }
    }
    found
}
