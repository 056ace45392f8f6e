//! `chokepoint generate`: deterministic, importable.

use crate::util::{Workdir, snapshot};

#[test]
fn generated_network_is_deterministic_and_imports_cleanly() {
    let wd = Workdir::new();
    for dir in ["a", "b"] {
        wd.cmd(["generate", "--entities", "500", "--shipments", "5000", "--seed", "9", dir]).assert().success();
    }
    for f in ["entities.csv", "shipments.csv"] {
        assert_eq!(
            std::fs::read(wd.path(&format!("a/{f}"))).unwrap(),
            std::fs::read(wd.path(&format!("b/{f}"))).unwrap()
        );
    }
    wd.cmd(["import", "--db", "g.db", "a"]).assert().success();
    let snap = snapshot(&wd.path("g.db"));
    assert!(snap.contains("entities=500 ") && snap.contains("shipments=5000 "), "{snap}");
}
