//! Shared fixtures for the benchmarks: a generated network imported into a
//! temporary database.

use std::path::PathBuf;

use chokepoint::generate::{GenerateOptions, generate};
use chokepoint::store::{ImportOptions, Store, import::collect_inputs};

/// A temporary directory holding a generated network and its database.
pub struct Network {
    pub dir: tempfile::TempDir,
}

impl Network {
    /// Generate `entities` and `shipments` (seed 1) and import them into `net.db`.
    pub fn new(entities: usize, shipments: usize) -> Network {
        let dir = tempfile::tempdir().expect("temp dir");
        let opts = GenerateOptions { entities, shipments, seed: 1, ..Default::default() };
        generate(&opts, &dir.path().join("csv")).expect("generate");
        let net = Network { dir };
        let inputs = collect_inputs(&[net.csv()], &mut Vec::new()).expect("inputs");
        Store::import_new(&net.db(), inputs, &ImportOptions::default()).expect("import");
        net
    }

    pub fn csv(&self) -> PathBuf {
        self.dir.path().join("csv")
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("net.db")
    }
}
