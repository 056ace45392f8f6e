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

/// The figures of datasets/demo/README.md ("Stats").
#[test]
fn demo_stats_match_the_demo_readme() {
    let out = Workdir::new().cmd(["stats", "--format", "json"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let records: Vec<(String, u64)> = serde_json::from_value(v["records"].clone()).unwrap();
    let expected = [
        ("entities", 407),
        ("components", 166),
        ("links", 81),
        ("findings", 227),
        ("shipments", 4365),
        ("flows", 5008),
    ];
    assert_eq!(records, expected.map(|(k, n)| (k.to_string(), n)).to_vec());
    let kinds: std::collections::BTreeMap<String, u64> =
        serde_json::from_value::<Vec<(String, u64)>>(v["entity_kinds"].clone()).unwrap().into_iter().collect();
    let expected = [
        ("distributor", 45),
        ("end_user", 87),
        ("forwarder", 27),
        ("importer", 78),
        ("manufacturer", 72),
        ("other", 19),
        ("trader", 79),
    ];
    assert_eq!(kinds, expected.iter().map(|(k, n)| (k.to_string(), *n)).collect());
    let countries: Vec<(String, u64)> = serde_json::from_value(v["entity_countries"].clone()).unwrap();
    assert_eq!(countries[0], ("RU".to_string(), 109));
    assert_eq!(countries.len(), 41);
    assert_eq!(v["first_date"], "2021-01-01");
    assert_eq!(v["last_date"], "2025-12-31");
    assert!((v["shipment_value_usd"].as_f64().unwrap() - 388_779_406.12).abs() < 0.005);
    let tiers: Vec<(String, f64)> = v["chpl_tiers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["tier"].as_str().unwrap().to_string(), (t["share_pct"].as_f64().unwrap() * 10.0).round() / 10.0))
        .collect();
    let expected = [("1", 30.4), ("2", 6.2), ("3.A", 6.8), ("3.B", 5.9), ("4.A", 8.4), ("4.B", 30.0)];
    assert_eq!(tiers, expected.map(|(t, s)| (t.to_string(), s)).to_vec());
    assert!((v["chpl_tiers"][0]["value_usd"].as_f64().unwrap() - 118_320_862.51).abs() < 0.005);
    assert_eq!((v["chpl_total"]["share_pct"].as_f64().unwrap() * 10.0).round() / 10.0, 87.7);
}
