//! Dominators from a set of sources, with petgraph's Cooper-Harvey-Kennedy
//! algorithm on the graph plus a super-source.

use petgraph::graph::{DiGraph, NodeIndex};

/// The immediate dominator of every node, from a super-source joined to
/// every node of `sources`: `None` for the sources themselves (dominated by
/// the super-source only) and for nodes the sources do not reach.
///
/// A node d dominates v when every path from the sources to v passes d.
///
/// # Complexity
/// O(|V|² ) worst case, near-linear on real graphs (Cooper, Harvey, Kennedy,
/// "A Simple, Fast Dominance Algorithm", 2001).
///
/// # Examples
/// ```
/// use chokepoint::graph::algo::immediate_dominators;
/// use petgraph::graph::DiGraph;
/// // 0 -> 2 <- 1, 2 -> 3: from {0, 1}, node 2 dominates 3.
/// let g = DiGraph::<(), ()>::from_edges([(0, 2), (1, 2), (2, 3)]);
/// assert_eq!(immediate_dominators(&g, &[0, 1]), vec![None, None, None, Some(2)]);
/// ```
pub fn immediate_dominators<N, E>(graph: &DiGraph<N, E>, sources: &[u32]) -> Vec<Option<u32>> {
    let mut g: DiGraph<(), ()> = graph.map(|_, _| (), |_, _| ());
    let root = g.add_node(());
    for &s in sources {
        g.add_edge(root, NodeIndex::new(s as usize), ());
    }
    let dom = petgraph::algo::dominators::simple_fast(&g, root);
    graph.node_indices().map(|v| dom.immediate_dominator(v).filter(|&d| d != root).map(|d| d.index() as u32)).collect()
}
