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

#[test]
fn too_few_entities_to_trade_is_refused_not_looped_on() {
    let wd = Workdir::new();
    for n in ["0", "2", "9"] {
        let out = wd.cmd(["generate", "--entities", n, "--shipments", "5", "g"]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{n}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("too few to trade"), "{n}");
        assert!(!wd.path("g/shipments.csv").exists());
    }
    wd.cmd(["generate", "--entities", "10", "--shipments", "5", "g"]).assert().success();
}
