//! S-T maximum flow (Dinic's algorithm on flat arrays, the sources and
//! targets merged into a super-source and a super-sink, nodes split only for
//! vertex cuts), minimum edge and vertex cuts, and the flow left when nodes
//! or edges are removed.
//!
//! petgraph's `dinics` gives the same values but allocates per phase and
//! per level; on a network of 200,000 nodes and 700,000 arcs it took over a
//! second where this takes a small fraction of that, and the chokepoint
//! ranking runs one max flow per candidate.

/// How node capacities are set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeCapacity {
    /// Nodes pass any flow (value flow: edge capacities bind).
    Unlimited,
    /// Each node other than a source or target passes one unit and every
    /// edge is unlimited: the max flow is the minimum vertex cut size.
    Unit,
}

/// A flow network from a set of sources to a set of targets.
///
/// The sources are merged into one super-source and the targets into one
/// super-sink: the edges into a source or out of a target are left out (a
/// flow that uses one can start at that source, or stop at that target,
/// instead, so the maximum is the same), as are the edges that lie on no
/// path from a source to a target. With [`NodeCapacity::Unit`], every other
/// node is split in two (`in -> out`, capacity 1). A removed node is closed
/// to the search.
///
/// Arcs are stored node by node (`first[x]..first[x + 1]` are the arcs out
/// of network node x, its forward arcs and then the reverses of the arcs
/// into it), so that a search reads memory in order; `rev` pairs each arc
/// with its reverse.
#[derive(Debug, Clone)]
pub struct FlowNetwork {
    first: Vec<u32>,
    head: Vec<u32>,
    rev: Vec<u32>,
    capacity: Vec<u64>,
    /// The network node of each original node that is neither a source nor
    /// a target and lies on a source-to-target path (its `in` node when
    /// split), else `NONE`.
    node: Vec<u32>,
    /// Split networks: the forward arc of each original node's `in -> out` edge.
    split: Vec<u32>,
    /// The forward arc of each original edge (`NONE`: left out).
    arcs: Vec<u32>,
    /// Unsplit networks: the capacity of each edge.
    edge_capacity: Vec<u64>,
    infinite: u64,
}

/// No network node, or no arc.
const NONE: u32 = u32::MAX;
/// The super-source and the super-sink.
const SOURCE: u32 = 0;
const SINK: u32 = 1;

/// A maximum flow.
#[derive(Debug, Clone)]
pub struct MaxFlow {
    /// The flow value (in capacity units).
    pub value: u64,
    /// Residual capacity of every arc.
    residual: Vec<u64>,
    /// The edges removed, sorted.
    removed_edges: Vec<u32>,
    /// The network nodes of the nodes removed.
    closed: Vec<u32>,
}

impl FlowNetwork {
    /// Build the network over `node_count` nodes and `edges` (tail, head,
    /// capacity), from `sources` to `targets` (a node in both counts as a source).
    pub fn new(
        node_count: usize,
        edges: &[(u32, u32, u64)],
        sources: &[u32],
        targets: &[u32],
        capacity: NodeCapacity,
    ) -> FlowNetwork {
        let mut is_source = vec![false; node_count];
        let mut is_target = vec![false; node_count];
        for &s in sources {
            is_source[s as usize] = true;
        }
        for &t in targets.iter().filter(|&&t| !is_source[t as usize]) {
            is_target[t as usize] = true;
        }
        // The edges that can carry flow: not into a source or out of a
        // target, and on some source-to-target path.
        let kept: Vec<bool> = edges.iter().map(|&(a, b, _)| !is_target[a as usize] && !is_source[b as usize]).collect();
        let relevant = {
            let arcs: Vec<(u32, u32)> =
                edges.iter().zip(&kept).filter(|e| *e.1).map(|(&(a, b, _), _)| (a, b)).collect();
            let csr = super::Csr::from_arcs(node_count, &arcs);
            let (from_sources, to_targets) = (csr.reachable(sources), csr.reversed().reachable(targets));
            from_sources.iter().zip(&to_targets).map(|(a, b)| *a && *b).collect::<Vec<bool>>()
        };
        let split = capacity == NodeCapacity::Unit;
        let mut node = vec![NONE; node_count];
        let mut nodes = 2u32;
        for v in 0..node_count {
            if relevant[v] && !is_source[v] && !is_target[v] {
                node[v] = nodes;
                nodes += if split { 2 } else { 1 };
            }
        }
        // Where an edge leaves from and arrives at.
        let tail = |v: u32| match node[v as usize] {
            _ if is_source[v as usize] => SOURCE,
            x if split && x != NONE => x + 1,
            x => x,
        };
        let head = |v: u32| if is_target[v as usize] { SINK } else { node[v as usize] };
        let infinite = match capacity {
            NodeCapacity::Unlimited => edges.iter().fold(0u64, |a, e| a.saturating_add(e.2)).saturating_add(1),
            NodeCapacity::Unit => node_count as u64 + 1,
        };
        // The network's arcs (tail, head, capacity), and each edge's place
        // among them. Unsplit, the edges from the sources into one node, and
        // those from one node into the targets, become one arc each (fewer
        // arcs to search), which carries the sum of their capacities; the
        // arc's flow is shared among its edges in proportion to their
        // capacities (see `edge_flows`).
        let mut list: Vec<(u32, u32, u64)> = Vec::with_capacity(edges.len() + node_count);
        let mut split_items = vec![NONE; if split { node_count } else { 0 }];
        if split {
            for v in (0..node_count).filter(|&v| node[v] != NONE) {
                split_items[v] = list.len() as u32;
                list.push((node[v], node[v] + 1, 1));
            }
        }
        let mut items = vec![NONE; edges.len()];
        let (mut into, mut out_of) = (vec![NONE; nodes as usize], vec![NONE; nodes as usize]);
        for (k, &(a, b, c)) in edges.iter().enumerate() {
            let (x, y) = (tail(a), head(b));
            // A loop (an entity trading with itself) carries no flow from a
            // source to a target; as an arc from a node to itself it would
            // also break the pairing of arcs with their reverses.
            if !kept[k] || x == NONE || y == NONE || x == y {
                continue;
            }
            let merged = match (x, y) {
                _ if split => None,
                (_, SINK) => Some(&mut into[x as usize]),
                (SOURCE, _) => Some(&mut out_of[y as usize]),
                _ => None,
            };
            match merged {
                Some(&mut i) if i != NONE => {
                    list[i as usize].2 = list[i as usize].2.saturating_add(c);
                    items[k] = i;
                }
                other => {
                    if let Some(slot) = other {
                        *slot = list.len() as u32;
                    }
                    items[k] = list.len() as u32;
                    list.push((x, y, if split { infinite } else { c }));
                }
            }
        }
        let n = nodes as usize;
        let mut degree = vec![0u32; n + 1];
        for e in &list {
            degree[e.0 as usize + 1] += 1;
            degree[e.1 as usize + 1] += 1;
        }
        for x in 0..n {
            degree[x + 1] += degree[x];
        }
        let first = degree.clone();
        // Each node's forward arcs first, the arcs into the sink leading
        // (the shortest way there), then the reverses of the arcs into it,
        // so that a scan meets runs of like arcs.
        let mut fill = degree;
        let mut fill_back = first.clone();
        for e in &list {
            fill_back[e.0 as usize] += 1;
        }
        let arcs_total = first[n] as usize;
        let (mut head, mut rev, mut cap) = (vec![0u32; arcs_total], vec![0u32; arcs_total], vec![0u64; arcs_total]);
        let mut forward = vec![0u32; list.len()];
        let to_sink = |i: &usize| list[*i].1 == SINK;
        for i in (0..list.len()).filter(to_sink).chain((0..list.len()).filter(|i| !to_sink(i))) {
            let (a, b, c) = list[i];
            let (fa, fb) = (fill[a as usize], fill_back[b as usize]);
            fill[a as usize] += 1;
            fill_back[b as usize] += 1;
            (head[fa as usize], rev[fa as usize], cap[fa as usize]) = (b, fb, c);
            (head[fb as usize], rev[fb as usize], cap[fb as usize]) = (a, fa, 0);
            forward[i] = fa;
        }
        let arc_of = |i: u32| if i == NONE { NONE } else { forward[i as usize] };
        let split_arcs = split_items.into_iter().map(arc_of).collect();
        let arcs = items.into_iter().map(arc_of).collect();
        let edge_capacity = if split { Vec::new() } else { edges.iter().map(|e| e.2).collect() };
        FlowNetwork { first, head, rev, capacity: cap, node, split: split_arcs, arcs, edge_capacity, infinite }
    }

    /// The maximum flow with some nodes and edges removed (sources and
    /// targets cannot be removed and are skipped).
    pub fn max_flow(&self, removed_nodes: &[u32], removed_edges: &[u32]) -> MaxFlow {
        let mut residual = self.capacity.clone();
        let mut removed: Vec<u32> = removed_edges.iter().copied().filter(|&e| self.arcs[e as usize] != NONE).collect();
        removed.sort_unstable();
        removed.dedup();
        for &e in &removed {
            let arc = self.arcs[e as usize] as usize;
            // An arc of several edges keeps the others' capacity.
            residual[arc] = self.edge_capacity.get(e as usize).map_or(0, |&c| residual[arc].saturating_sub(c));
        }
        let closed: Vec<u32> = removed_nodes.iter().map(|&v| self.node[v as usize]).filter(|&x| x != NONE).collect();
        let value = Dinic::new(self).run(self, &mut residual, &closed);
        MaxFlow { value, residual, removed_edges: removed, closed }
    }

    /// Whether a flow value means "unbounded" (a path of unlimited edges only,
    /// e.g. a source trading directly with a target in a unit network).
    pub fn is_unbounded(&self, flow: &MaxFlow) -> bool {
        flow.value >= self.infinite
    }

    /// The flow through a node other than a source or a target (0 for those).
    pub fn node_flow(&self, flow: &MaxFlow, v: u32) -> u64 {
        let x = self.node[v as usize];
        if x == NONE {
            return 0;
        }
        // The flow in, held by the reverse arcs of the arcs into the node
        // (the arcs with no capacity of their own).
        (self.first[x as usize]..self.first[x as usize + 1])
            .filter(|&a| self.capacity[a as usize] == 0)
            .map(|a| flow.residual[a as usize])
            .sum()
    }

    /// The flow on each original edge. An arc that carries several edges
    /// shares its flow among them in proportion to their capacities (in
    /// whole units, the units left over going to the earlier edges), so
    /// that each edge gets its part of what the arc carries.
    pub fn edge_flows(&self, flow: &MaxFlow) -> Vec<u64> {
        let removed = |e: usize| flow.removed_edges.binary_search(&(e as u32)).is_ok();
        // The flow on an arc is what its reverse arc can send back.
        let on_arc = |arc: u32| flow.residual[self.rev[arc as usize] as usize];
        if self.edge_capacity.is_empty() {
            // One edge per arc.
            let each = |(e, &arc): (usize, &u32)| if arc == NONE || removed(e) { 0 } else { on_arc(arc) };
            return self.arcs.iter().enumerate().map(each).collect();
        }
        let capacity = |e: usize| if self.arcs[e] == NONE || removed(e) { 0 } else { self.edge_capacity[e] };
        let mut total = vec![0u64; self.head.len()];
        for e in 0..self.arcs.len() {
            if capacity(e) > 0 {
                let t = &mut total[self.arcs[e] as usize];
                *t = t.saturating_add(capacity(e));
            }
        }
        let mut given = vec![0u64; self.head.len()];
        let mut flows: Vec<u64> = (0..self.arcs.len())
            .map(|e| {
                let c = capacity(e);
                if c == 0 {
                    return 0;
                }
                let arc = self.arcs[e] as usize;
                let share = (on_arc(arc as u32) as u128 * c as u128 / total[arc] as u128) as u64;
                given[arc] += share;
                share
            })
            .collect();
        // Rounded down, an arc's shares fall short of its flow by less than
        // its number of edges; and then no edge is full.
        for (e, f) in flows.iter_mut().enumerate() {
            let c = capacity(e);
            if c > 0 {
                let arc = self.arcs[e] as usize;
                if given[arc] < on_arc(arc as u32) && *f < c {
                    *f += 1;
                    given[arc] += 1;
                }
            }
        }
        flows
    }

    /// The minimum cut of a maximum flow, on the source side of the residual
    /// network: the nodes whose `in -> out` edge crosses it (in a
    /// [`NodeCapacity::Unit`] network, a minimum vertex cut), and the
    /// original edges that cross it (in an unlimited one, a minimum edge
    /// cut). Nodes removed for the flow are left out, as are their edges.
    pub fn min_cut(&self, flow: &MaxFlow) -> (Vec<u32>, Vec<u32>) {
        let mut reach = vec![false; self.first.len() - 1];
        // Removed nodes are out of reach.
        let mut closed = vec![false; self.first.len() - 1];
        for &x in &flow.closed {
            closed[x as usize] = true;
        }
        let mut stack = vec![SOURCE];
        reach[SOURCE as usize] = true;
        while let Some(x) = stack.pop() {
            for a in self.first[x as usize]..self.first[x as usize + 1] {
                let y = self.head[a as usize];
                if flow.residual[a as usize] > 0 && !reach[y as usize] && !closed[y as usize] {
                    reach[y as usize] = true;
                    stack.push(y);
                }
            }
        }
        let crosses = |arc: u32| {
            arc != NONE && {
                let (a, b) = (self.head[self.rev[arc as usize] as usize], self.head[arc as usize]);
                reach[a as usize] && !reach[b as usize] && !closed[b as usize]
            }
        };
        let nodes = (0..self.split.len() as u32).filter(|&v| crosses(self.split[v as usize])).collect();
        let edges = (0..self.arcs.len() as u32).filter(|&e| crosses(self.arcs[e as usize])).collect();
        (nodes, edges)
    }
}

/// The level of a closed node: never reached, never one more than another.
const CLOSED: u32 = u32::MAX - 1;

/// Scratch space of one Dinic run.
struct Dinic {
    level: Vec<u32>,
    next_arc: Vec<u32>,
    queue: Vec<u32>,
}

/// A level's bit that marks a node on the blocking flow's path (no level
/// comes near it): a marked node is neither one level down nor on the level.
const ON_PATH: u32 = 1 << 30;

impl Dinic {
    fn new(net: &FlowNetwork) -> Dinic {
        let n = net.first.len() - 1;
        debug_assert!(n < ON_PATH as usize, "levels stay below the on-path bit");
        Dinic { level: vec![u32::MAX; n], next_arc: vec![0; n], queue: Vec::with_capacity(n) }
    }

    /// Runs to a maximum flow; `closed` nodes pass none.
    fn run(&mut self, net: &FlowNetwork, residual: &mut [u64], closed: &[u32]) -> u64 {
        let mut total = 0u64;
        while self.levels(net, residual, closed) {
            self.next_arc.copy_from_slice(&net.first[..net.first.len() - 1]);
            total = total.saturating_add(self.blocking_flow(net, residual));
        }
        total
    }

    /// Breadth-first levels: the distance of each node to the sink in the
    /// residual network, up to the source's; whether the source reaches the
    /// sink. (Levels towards the sink, not from the source, lead the
    /// blocking flow's search only to nodes that reach the sink.)
    fn levels(&mut self, net: &FlowNetwork, residual: &[u64], closed: &[u32]) -> bool {
        self.level.fill(u32::MAX);
        for &x in closed {
            self.level[x as usize] = CLOSED;
        }
        self.queue.clear();
        self.level[SINK as usize] = 0;
        self.queue.push(SINK);
        let mut i = 0;
        while i < self.queue.len() {
            let w = self.queue[i];
            i += 1;
            let up = self.level[w as usize] + 1;
            // Arcs into w are the reverses of the arcs stored at w.
            for r in net.first[w as usize]..net.first[w as usize + 1] {
                let v = net.head[r as usize];
                if self.level[v as usize] == u32::MAX && residual[net.rev[r as usize] as usize] > 0 {
                    self.level[v as usize] = up;
                    if v == SOURCE {
                        return true;
                    }
                    self.queue.push(v);
                }
            }
        }
        false
    }

    /// A blocking flow in the level graph: augmenting paths found by an
    /// iterative depth-first search with current arcs; after each, the
    /// search goes on from the tail of the path's first saturated arc rather
    /// than from the source. Returns the flow pushed.
    ///
    /// The search may also step to a node of its own level that is not on
    /// the path, so that a phase finds some longer paths too (on the large
    /// generated network: 3 phases that carry flow instead of 6, a few per
    /// cent faster). Each step still leads to a node that reaches the sink,
    /// the path stays simple, and every arc one level down is tried as in
    /// Dinic's search, so each phase still blocks the level graph and the
    /// flow is maximal when no path is left.
    fn blocking_flow(&mut self, net: &FlowNetwork, residual: &mut [u64]) -> u64 {
        let mut total = 0u64;
        let mut path: Vec<u32> = Vec::new(); // arcs from the source
        // The least room on the path up to each of its arcs, kept in step
        // with `path` (one stack of pairs was 5% slower on the large
        // generated network: 5.95 ms against 5.64 ms, medians of five).
        let mut room: Vec<u64> = Vec::new();
        let mut v = SOURCE;
        self.level[SOURCE as usize] |= ON_PATH;
        loop {
            if v == SINK {
                let pushed = room.last().copied().unwrap_or(0);
                debug_assert!(pushed > 0, "every arc on the path has room");
                // The first saturated arc (the loop runs backwards; none: the source).
                let mut first_saturated = 0;
                for (i, (&a, r)) in path.iter().zip(room.iter_mut()).enumerate().rev() {
                    residual[a as usize] -= pushed;
                    residual[net.rev[a as usize] as usize] += pushed;
                    *r -= pushed;
                    if residual[a as usize] == 0 {
                        first_saturated = i;
                    }
                }
                total = total.saturating_add(pushed);
                v = match path.get(first_saturated) {
                    Some(&a) => net.head[net.rev[a as usize] as usize],
                    None => SOURCE,
                };
                for &a in &path[first_saturated..] {
                    self.level[net.head[a as usize] as usize] &= !ON_PATH;
                }
                path.truncate(first_saturated);
                room.truncate(first_saturated);
                continue;
            }
            // The next arc one level down, or along the level to a node off
            // the path, with room left (the current arc first: it may have
            // room after an augmentation). The level is tested first: it
            // rules out more arcs.
            let (end, here) = (net.first[v as usize + 1], self.level[v as usize] & !ON_PATH);
            let down = here - 1;
            let mut a = self.next_arc[v as usize];
            while a < end {
                let w = net.head[a as usize];
                let l = self.level[w as usize];
                if (l == down || l == here) && residual[a as usize] > 0 {
                    break;
                }
                a += 1;
            }
            self.next_arc[v as usize] = a;
            if a < end {
                room.push(room.last().map_or(residual[a as usize], |&r| r.min(residual[a as usize])));
                path.push(a);
                v = net.head[a as usize];
                self.level[v as usize] |= ON_PATH;
            } else {
                // Dead end: retreat, and never enter this node again in this phase.
                self.level[v as usize] = u32::MAX;
                room.pop();
                match path.pop() {
                    Some(a) => {
                        v = net.head[net.rev[a as usize] as usize];
                        self.next_arc[v as usize] += 1;
                    }
                    None => return total,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    //      10        5
    //  0 ------> 2 ------> 4
    //  1 ------> 2         ^
    //  1 ---3--> 3 ---7----+
    //  S = {0, 1}, T = {4}. Max flow: 5 (via 2) + 3 (via 3) = 8.
    //  Min edge cut: 2->4 (5) + 1->3 (3) = 8. Min vertex cut: {2, 3}.
    type Example = (Vec<(u32, u32, u64)>, Vec<u32>, Vec<u32>);

    fn example() -> Example {
        (vec![(0, 2, 10), (1, 2, 4), (1, 3, 3), (2, 4, 5), (3, 4, 7)], vec![0, 1], vec![4])
    }

    #[test]
    fn max_flow_and_min_edge_cut() {
        let (edges, s, t) = example();
        let net = FlowNetwork::new(5, &edges, &s, &t, NodeCapacity::Unlimited);
        let f = net.max_flow(&[], &[]);
        assert_eq!(f.value, 8);
        let (_, cut) = net.min_cut(&f);
        assert_eq!(cut, vec![2, 3]);
        assert_eq!(cut.iter().map(|&e| edges[e as usize].2).sum::<u64>(), 8);
        assert_eq!(net.node_flow(&f, 2), 5);
        // Removing node 2 leaves 3; removing edge 1->3 leaves 5.
        assert_eq!(net.max_flow(&[2], &[]).value, 3);
        assert_eq!(net.max_flow(&[], &[2]).value, 5);
        // Sources and targets cannot be removed.
        assert_eq!(net.max_flow(&[4], &[]).value, 8);
    }

    // A step along a level. Source 0, target 3; 0->1 (10), 1->3 (3),
    // 1->2 (10), 2->3 (10). Both 1 and 2 are one step from the sink. The
    // first search goes 0 -> 1 -> 3 and pushes 3, saturating 1->3; it goes on
    // from 1 along its level to 2 (not on the path) and pushes the 7 left on
    // 0->1 through 2, in the same phase. Max flow 10 (the cut: 0->1), and
    // the edge flows are forced: 10, 3, 7, 7.
    #[test]
    fn a_search_may_step_along_its_level() {
        let edges = vec![(0, 1, 10), (1, 3, 3), (1, 2, 10), (2, 3, 10)];
        let net = FlowNetwork::new(4, &edges, &[0], &[3], NodeCapacity::Unlimited);
        let f = net.max_flow(&[], &[]);
        assert_eq!(f.value, 10);
        assert_eq!(net.edge_flows(&f), vec![10, 3, 7, 7]);
        assert_eq!(net.min_cut(&f).1, vec![0]);
        // Without 1->2 only 3 gets through.
        assert_eq!(net.max_flow(&[], &[2]).value, 3);
    }

    // Sources {0, 1}, targets {3, 4}. Edges: 0->2 (5), 1->2 (7), 2->3 (4),
    // 2->4 (10), 0->3 (2), and two that can carry no flow: 3->2 (100, out of
    // a target) and 2->0 (50, into a source). The edges from the sources into
    // 2 share one arc (capacity 12), as do those from 2 into the targets (14).
    // Max flow: 12 through 2, plus 2 direct = 14. Edge flows: 0->2 5, 1->2 7;
    // 2->3 and 2->4 share 12 in proportion to their capacities 4 and 10:
    // 48/14 = 3.43 and 120/14 = 8.57, rounded down 3 and 8, the unit left
    // over to the earlier edge: 4 and 8; 0->3 2. The cut: every edge out of
    // the sources (5 + 7 + 2 = 14).
    #[test]
    fn edges_that_share_an_arc() {
        let edges = vec![(0, 2, 5), (1, 2, 7), (2, 3, 4), (2, 4, 10), (0, 3, 2), (3, 2, 100), (2, 0, 50)];
        let net = FlowNetwork::new(5, &edges, &[0, 1], &[3, 4], NodeCapacity::Unlimited);
        let f = net.max_flow(&[], &[]);
        assert_eq!(f.value, 14);
        assert_eq!(net.edge_flows(&f), vec![5, 7, 4, 8, 2, 0, 0]);
        assert_eq!(net.node_flow(&f, 2), 12);
        assert_eq!(net.min_cut(&f).1, vec![0, 1, 4]);
        // Without 2->4 its arc keeps 4: 4 through 2, shared 5:7 by the edges
        // in (1.67 and 2.33: 1 and 2, the unit left over to 0->2), 6 in all.
        let f = net.max_flow(&[], &[3]);
        assert_eq!(f.value, 6);
        assert_eq!(net.edge_flows(&f), vec![2, 2, 4, 0, 2, 0, 0]);
        // Without 2->3, 2->4 is the arc's one edge left: it takes all 10,
        // shared 5:7 by the edges in (4.17 and 5.83: 4 and 5, one more to 0->2).
        let f = net.max_flow(&[], &[2, 2]);
        assert_eq!(f.value, 12);
        assert_eq!(net.edge_flows(&f), vec![5, 5, 0, 10, 2, 0, 0]);
        // Without node 2, only the direct edge is left.
        assert_eq!(net.max_flow(&[2], &[]).value, 2);
    }

    // A loop at an entity between the source and the target (an entity
    // trading with itself) carries nothing. 0 -> 1 (10), 1 -> 3 (1),
    // 0 -> 2 (1), 2 -> 2 (1), 2 -> 3 (5): max flow 1 + 1 = 2. (Kept as an arc
    // from node 2 to itself, it once broke the arcs' pairing and the search
    // never ended.)
    #[test]
    fn loops_carry_nothing() {
        let edges = vec![(0, 1, 10), (1, 3, 1), (0, 2, 1), (2, 2, 1), (2, 3, 5)];
        let net = FlowNetwork::new(4, &edges, &[0], &[3], NodeCapacity::Unlimited);
        let f = net.max_flow(&[], &[]);
        assert_eq!(f.value, 2);
        assert_eq!(net.edge_flows(&f), vec![1, 1, 1, 0, 1]);
        assert_eq!(net.max_flow(&[1], &[]).value, 1);
        let unit = FlowNetwork::new(4, &edges, &[0], &[3], NodeCapacity::Unit);
        assert_eq!(unit.max_flow(&[], &[]).value, 2);
    }

    // With node 2 removed, the cut of the flow left is the edge 1 -> 3 (the
    // removed node's edges are not in it).
    #[test]
    fn cut_after_removal() {
        let (edges, s, t) = example();
        let net = FlowNetwork::new(5, &edges, &s, &t, NodeCapacity::Unlimited);
        let f = net.max_flow(&[2], &[]);
        assert_eq!(f.value, 3);
        assert_eq!(net.min_cut(&f).1, vec![2]);
    }

    #[test]
    fn unit_network_gives_min_vertex_cut() {
        let (edges, s, t) = example();
        let net = FlowNetwork::new(5, &edges, &s, &t, NodeCapacity::Unit);
        let f = net.max_flow(&[], &[]);
        assert_eq!(f.value, 2);
        assert_eq!(net.min_cut(&f).0, vec![2, 3]);
        // A direct source-target edge cannot be cut by removing nodes.
        let net = FlowNetwork::new(5, &[(0, 4, 1)], &s, &t, NodeCapacity::Unit);
        assert!(net.is_unbounded(&net.max_flow(&[], &[])));
    }
}
