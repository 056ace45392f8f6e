//! The graph algorithms behind `chokepoints`, on a generated network of
//! 10,000 entities and 100,000 shipments. For the full-size comparison with
//! networkx and igraph, see benches/peers/.

mod common;

use criterion::{Criterion, criterion_group, criterion_main};

use chokepoint::analysis::chokepoints::{Problem, vertex_cut};
use chokepoint::graph::TradeGraph;
use chokepoint::graph::algo::{Csr, immediate_dominators, subset_betweenness};
use chokepoint::model::{DEFAULT_FROM, DEFAULT_TO, Filter, Selector};
use chokepoint::store::Store;

fn algorithms(c: &mut Criterion) {
    let net = common::Network::new(10_000, 100_000);
    let store = Store::open(&net.db()).unwrap();
    let filter = Filter::default();
    let (from, to) = (Selector::parse(DEFAULT_FROM).unwrap(), Selector::parse(DEFAULT_TO).unwrap());
    let mut group = c.benchmark_group("algorithms");
    group.sample_size(10);
    group.bench_function("build_view", |b| b.iter(|| TradeGraph::build(&store, &filter).unwrap()));
    let graph = TradeGraph::build(&store, &filter).unwrap();
    group.bench_function("max_flow", |b| b.iter(|| Problem::new(&graph, &from, &to).unwrap().flow.value));
    let p = Problem::new(&graph, &from, &to).unwrap();
    group.bench_function("min_vertex_cut", |b| b.iter(|| vertex_cut(&p)));
    group.bench_function("dominators", |b| b.iter(|| immediate_dominators(&graph.graph, &p.sources)));
    let csr = Csr::from_graph(&graph.graph);
    group.bench_function("betweenness_hops", |b| b.iter(|| subset_betweenness(&csr, &p.sources, &p.targets, None)));
    let w = graph.likelihood_weights();
    group.bench_function("betweenness_likelihood", |b| {
        b.iter(|| subset_betweenness(&csr, &p.sources, &p.targets, Some(&w)))
    });
    group.finish();
}

criterion_group!(benches, algorithms);
criterion_main!(benches);
