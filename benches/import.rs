//! Import speed: generated CSV files into a new database.

mod common;

use criterion::{Criterion, criterion_group, criterion_main};

use chokepoint::store::{ImportOptions, Store, import::collect_inputs};

fn import(c: &mut Criterion) {
    let net = common::Network::new(10_000, 100_000);
    let mut group = c.benchmark_group("import");
    group.sample_size(10);
    group.throughput(criterion::Throughput::Elements(100_000));
    group.bench_function("100k_shipments_new_db", |b| {
        b.iter_batched(
            || {
                let db = net.dir.path().join("bench.db");
                let _ = std::fs::remove_file(&db);
                db
            },
            |db| {
                let inputs = collect_inputs(&[net.csv()], &mut Vec::new()).unwrap();
                Store::import_new(&db, inputs, &ImportOptions::default()).unwrap()
            },
            criterion::BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, import);
criterion_main!(benches);
