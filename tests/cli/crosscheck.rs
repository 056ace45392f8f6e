//! Cross-check of the graph measures against networkx on generated networks.
//! Needs python3 with networkx (CI installs it: `pip install networkx`); the
//! test says so and skips where it is missing.

use std::collections::HashMap;

use chokepoint::analysis::chokepoints::{Problem, vertex_cut};
use chokepoint::graph::TradeGraph;
use chokepoint::graph::algo::{Csr, immediate_dominators, k_shortest_paths, subset_betweenness};
use chokepoint::model::{DEFAULT_FROM, DEFAULT_TO, Filter, Selector};
use chokepoint::store::Store;
use petgraph::graph::NodeIndex;

use crate::util::{Workdir, root};

fn networkx_available() -> bool {
    std::process::Command::new("python3")
        .args(["-c", "import networkx"])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

#[test]
fn measures_agree_with_networkx_on_generated_networks() {
    if !networkx_available() {
        eprintln!("skipping measures_agree_with_networkx: python3 with networkx not found (pip install networkx)");
        return;
    }
    for seed in [1u64, 2, 3] {
        let wd = Workdir::new();
        wd.cmd(["generate", "--entities", "2500", "--shipments", "20000", "--seed", &seed.to_string(), "net"])
            .assert()
            .success();
        wd.cmd(["-q", "import", "--db", "net.db", "net"]).assert().success();
        let out = wd.cmd(["--db", "net.db", "view", "--format", "csv"]).output().unwrap();
        std::fs::write(wd.path("edges.csv"), &out.stdout).unwrap();

        let store = Store::open(&wd.path("net.db")).unwrap();
        let graph = TradeGraph::build(&store, &Filter::default()).unwrap();
        let (from, to) = (Selector::parse(DEFAULT_FROM).unwrap(), Selector::parse(DEFAULT_TO).unwrap());
        let p = Problem::new(&graph, &from, &to).unwrap();
        let id = |v: u32| graph.id(NodeIndex::new(v as usize)).to_string();
        let lines = |vs: &[u32]| vs.iter().map(|&v| id(v) + "\n").collect::<String>();
        std::fs::write(wd.path("S.txt"), lines(&p.sources)).unwrap();
        std::fs::write(wd.path("T.txt"), lines(&p.targets)).unwrap();
        assert!(p.sources.len() >= 20 && p.targets.len() >= 100, "seed {seed}: too small a problem");
        // Route pairs: the first five sources, each with the target its likeliest path reaches.
        let csr = Csr::from_graph(&graph.graph);
        let weights = graph.likelihood_weights();
        let mut pairs = Vec::new();
        for &s in p.sources.iter().take(5) {
            let t = p.targets.iter().copied().find(|&t| !k_shortest_paths(&csr, &weights, s, t, 1).is_empty());
            if let Some(t) = t {
                pairs.push((s, t));
            }
        }
        assert!(pairs.len() >= 3, "seed {seed}: too few connected pairs");
        std::fs::write(
            wd.path("pairs.txt"),
            pairs.iter().map(|&(s, t)| format!("{} {}\n", id(s), id(t))).collect::<String>(),
        )
        .unwrap();

        let status = std::process::Command::new("python3")
            .arg(root().join("tests/crosscheck/networkx_check.py"))
            .args(["edges.csv", "S.txt", "T.txt", "nx.json", "pairs.txt"])
            .current_dir(wd.path(""))
            .status()
            .unwrap();
        assert!(status.success(), "networkx_check.py failed");
        let nx: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(wd.path("nx.json")).unwrap()).unwrap();

        for &(s, t) in &pairs {
            let ours: Vec<f64> = k_shortest_paths(&csr, &weights, s, t, 10).iter().map(|p| p.cost).collect();
            let theirs: Vec<f64> =
                serde_json::from_value(nx["routes"][format!("{} {}", id(s), id(t))].clone()).unwrap();
            assert_eq!(ours.len(), theirs.len(), "seed {seed}: number of routes {} -> {}", id(s), id(t));
            for (a, b) in ours.iter().zip(&theirs) {
                assert!(close(*a, *b), "seed {seed}: route weights {} -> {}: {ours:?} vs {theirs:?}", id(s), id(t));
            }
        }
        for (key, w) in [("betweenness", None), ("betweenness_weighted", Some(&weights[..]))] {
            let ours = subset_betweenness(&csr, &p.sources, &p.targets, w);
            let theirs: HashMap<String, f64> = serde_json::from_value(nx[key].clone()).unwrap();
            assert_eq!(theirs.len(), graph.graph.node_count());
            for v in 0..graph.graph.node_count() as u32 {
                let (a, b) = (ours.nodes[v as usize], theirs[&id(v)]);
                assert!(close(a, b), "seed {seed}: {key} of {} is {a}, networkx says {b}", id(v));
            }
        }
        assert_eq!(p.flow.value, nx["max_flow_cents"].as_u64().unwrap(), "seed {seed}: max flow");
        let ours_cut = vertex_cut(&p).map(|c| c.len() as u64);
        assert_eq!(ours_cut, nx["min_vertex_cut_size"].as_u64(), "seed {seed}: minimum vertex cut size");

        let idom = immediate_dominators(&graph.graph, &p.sources);
        let theirs: HashMap<String, String> = serde_json::from_value(nx["idom"].clone()).unwrap();
        let mut reached = 0;
        for v in 0..graph.graph.node_count() as u32 {
            match theirs.get(&id(v)) {
                Some(d) if d == "__ROOT__" => assert_eq!(idom[v as usize], None, "seed {seed}: idom of {}", id(v)),
                Some(d) => {
                    reached += 1;
                    assert_eq!(idom[v as usize].map(id).as_deref(), Some(d.as_str()), "seed {seed}: idom of {}", id(v))
                }
                None => assert_eq!(idom[v as usize], None, "seed {seed}: {} is unreachable", id(v)),
            }
        }
        assert!(reached > 100, "seed {seed}: too few dominated nodes to be a test");
    }
}
