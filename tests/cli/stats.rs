//! `chokepoint stats` on the fixtures and on the embedded demo.

use crate::util::{Workdir, stderr, stdout};

#[test]
fn stats_counts_the_basic_fixture_in_all_formats() {
    let wd = Workdir::new();
    let db = wd.basic_db();
    let out = wd.cmd(["stats", "--format", "json", "--db"]).arg(&db).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["records"][4], serde_json::json!(["shipments", 4]));
    assert_eq!(v["first_date"], "2021-03-01");
    assert_eq!(v["last_date"], "2022-09-01");
    assert_eq!(v["shipment_value_usd"], 154000.5);
    assert_eq!(v["listed_entities"], 2);
    // Tier 1: the three 854231 shipments; the furniture (940360) is not on the CHPL.
    assert_eq!(v["chpl_tiers"][0]["tier"], "1");
    assert_eq!(v["chpl_tiers"][0]["value_usd"], 153000.5);

    let out = wd.cmd(["stats", "--format", "csv", "--db"]).arg(&db).output().unwrap();
    let csv = stdout(&out);
    assert!(csv.starts_with("section,key,value\nrecords,entities,5\n"), "{csv}");
    assert!(csv.contains("chpl_share_pct,1,99.4\n"), "{csv}");

    let out = wd.cmd(["stats", "--db"]).arg(&db).output().unwrap();
    let table = stdout(&out);
    assert!(table.contains("date range   2021-03-01 to 2022-09-01"), "{table}");
    assert!(table.contains("total value  $154,001"), "{table}");
}
