//! `chokepoint reference`.

use crate::util::{Workdir, stdout};

#[test]
fn reference_chpl_lists_the_fifty_codes() {
    let out = Workdir::new().cmd(["reference", "chpl", "--format", "csv"]).output().unwrap();
    assert!(out.status.success());
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 51);
    assert!(text.starts_with("hs6,tier,description,category\n854231,1,"));
}

#[test]
fn reference_countries_carry_groups() {
    let out = Workdir::new().cmd(["reference", "countries", "--format", "json"]).output().unwrap();
    let rows: Vec<serde_json::Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows.len(), 250);
    let kg = rows.iter().find(|r| r["iso2"] == "KG").unwrap();
    assert_eq!(kg["groups"], serde_json::json!(["hub-bis-2022", "hub-uk-2025"]));
}
