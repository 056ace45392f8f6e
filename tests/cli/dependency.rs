//! `chokepoint dependency` and `concentration` on the demo.

use serde_json::Value;

use crate::util::{Workdir, stderr, stdout};

fn json_rows(args: &[&str]) -> Vec<Value> {
    let out = Workdir::new().cmd(args).args(["--format", "json"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn rolled_up_parent_overtakes_the_top_manufacturer() {
    let rows = json_rows(&["dependency"]);
    assert_eq!((rows[0]["id"].as_str(), rows[0]["weapon_systems"].as_u64()), (Some("E0002"), Some(13)));
    assert_eq!(rows[0]["subsidiaries"], serde_json::json!(["E0003"]));
    assert_eq!((rows[1]["id"].as_str(), rows[1]["weapon_systems"].as_u64()), (Some("E0001"), Some(12)));
    let raw = json_rows(&["dependency", "--no-rollup"]);
    assert_eq!((raw[0]["id"].as_str(), raw[0]["weapon_systems"].as_u64()), (Some("E0001"), Some(12)));
}

#[test]
fn greedy_cover_and_single_sources() {
    let cover = json_rows(&["dependency", "--part", "cover"]);
    let ids: Vec<&str> = cover.iter().map(|c| c["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["E0002", "E0001"]);
    assert_eq!(cover[1]["covered"], 18);
    let single = json_rows(&["dependency", "--part", "single-source"]);
    let found: Vec<(&str, &str)> =
        single.iter().map(|s| (s["weapon_system"].as_str().unwrap(), s["id"].as_str().unwrap())).collect();
    assert_eq!(found, [("Kvestor-3 loitering munition", "E0005"), ("Type-41 reconnaissance UAV", "E0006")]);
}

#[test]
fn concentration_rows_are_consistent() {
    let rows = json_rows(&["concentration", "--top", "50"]);
    assert!(!rows.is_empty());
    for r in &rows {
        let h = r["hhi"].as_f64().unwrap();
        assert!((0.0..=10000.0).contains(&h));
        let level = if h > 1800.0 {
            "high"
        } else if h >= 1000.0 {
            "moderate"
        } else {
            "low"
        };
        assert_eq!(r["level"], level);
        // The top supplier's share bounds the HHI from below: HHI >= share^2.
        let share = r["top_share_pct"].as_f64().unwrap();
        assert!(h + 0.1 >= share.powi(2), "HHI {h} below the top share squared ({share}%)");
    }
    let by_country = json_rows(&["concentration", "--by", "country"]);
    let markets: Vec<&str> = by_country.iter().map(|r| r["market"].as_str().unwrap()).collect();
    assert!(markets.contains(&"RU") && markets.contains(&"BY"), "{markets:?}");
}
