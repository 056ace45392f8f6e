//! `chokepoint routes`, `hubs`, `exposure` and `whatif`: hand-built red-flag
//! cases, and the planted routes and hubs of the demo.

use serde_json::Value;

use crate::util::{Workdir, fixture, stderr, stdout};

fn json_lines(out: &std::process::Output) -> Vec<Value> {
    assert!(out.status.success(), "{}", stderr(out));
    stdout(out).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn routes_db() -> (Workdir, std::path::PathBuf) {
    let wd = Workdir::new();
    let db = wd.path("routes.db");
    wd.cmd(["-q", "import", "--db"]).arg(&db).arg(fixture("routes")).assert().success();
    (wd, db)
}

#[test]
fn every_red_flag_on_a_hand_built_route() {
    let (wd, db) = routes_db();
    let out =
        wd.cmd(["routes", "--format", "json", "--from", "id:M1", "--to", "id:U1", "--db"]).arg(&db).output().unwrap();
    let routes = json_lines(&out);
    assert_eq!(routes.len(), 1);
    let r = &routes[0];
    assert_eq!(r["path"], serde_json::json!(["M1", "T1", "F1", "U1"]));
    assert_eq!(r["countries"], serde_json::json!(["US", "HK", "AE", "RU"]));
    assert_eq!(r["probability"], 1.0);
    assert_eq!(r["weight"], 0.0);
    assert_eq!(r["bottleneck_value"], 1000.0);
    let flags: Vec<&str> = r["flags"].as_array().unwrap().iter().map(|f| f.as_str().unwrap()).collect();
    let expected = [
        "hub:HK(hub-bis-2023,hub-uk-2025) T1",
        "listed:T1(US-EL)",
        "incorporated_after_cutoff:T1(2022-05-01)",
        "hub:AE(hub-bis-2022,hub-uk-2025) F1",
        "intermediary_consignee:F1(forwarder) before end user U1",
        "new_leg_after_cutoff:M1->T1(2022-06-01)",
        "out_of_time_order:T1->F1 ended 2021-02-01 before M1->T1 began 2022-06-01",
        "new_leg_after_cutoff:F1->U1(2022-08-01)",
    ];
    assert_eq!(flags, expected);
    // The legs carry their dates.
    assert_eq!(r["legs"][1]["first"], "2021-01-01");
    assert_eq!(r["legs"][1]["last"], "2021-02-01");
}

#[test]
fn ties_are_ordered_by_path() {
    let (wd, db) = routes_db();
    let out =
        wd.cmd(["routes", "--format", "json", "--from", "id:M2", "--to", "id:I2", "--db"]).arg(&db).output().unwrap();
    let routes = json_lines(&out);
    let paths: Vec<(String, f64)> =
        routes.iter().map(|r| (r["path"].to_string(), r["probability"].as_f64().unwrap())).collect();
    assert_eq!(paths, [(r#"["M2","D1","I2"]"#.to_string(), 0.5), (r#"["M2","D2","I2"]"#.to_string(), 0.5)]);
    // A later cutoff changes the flags, not the routes.
    let out = wd
        .cmd(["routes", "--format", "json", "--from", "id:M1", "--to", "id:U1", "--cutoff", "2023-01-01", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    let flags = json_lines(&out)[0]["flags"].to_string();
    assert!(!flags.contains("incorporated_after_cutoff") && !flags.contains("new_leg"), "{flags}");
}

#[test]
fn demo_routes_are_the_planted_ones() {
    let wd = Workdir::new();
    let routes = json_lines(&wd.cmd(["routes", "--k", "3", "--format", "json"]).output().unwrap());
    let got: Vec<(String, f64)> =
        routes.iter().map(|r| (r["path"].to_string(), r["probability"].as_f64().unwrap())).collect();
    assert_eq!(got[0], (r#"["E0004","E0074","E0118","E0225"]"#.into(), 0.389288));
    assert_eq!(got[1].0, r#"["E0007","E0119","E0226"]"#);
    let since =
        json_lines(&wd.cmd(["routes", "--k", "1", "--since", "2022-02-24", "--format", "json"]).output().unwrap());
    assert_eq!(since[0]["probability"], 0.657819);
    let tools = json_lines(
        &wd.cmd([
            "routes",
            "--k",
            "3",
            "--format",
            "json",
            "--hs",
            "8456,8457,8458,8459,8460,8461,8462,8463,8464,8465,8466",
        ])
        .output()
        .unwrap(),
    );
    assert!(tools.iter().all(|r| r["path"].as_array().unwrap().iter().any(|p| p == "E0119")));
    assert_eq!(tools[0]["probability"], 0.273049);
    let drones = json_lines(
        &wd.cmd(["routes", "--k", "3", "--format", "json", "--hs", "880730,850131,852691,848210"]).output().unwrap(),
    );
    for r in &drones {
        let c: Vec<&str> = r["countries"].as_array().unwrap().iter().map(|c| c.as_str().unwrap()).collect();
        assert_eq!(&c[c.len() - 3..], ["CN", "IR", "RU"], "{r}");
    }
    assert_eq!(drones[0]["path"], serde_json::json!(["E0006", "E0120", "E0222", "E0294"]));
}

#[test]
fn via_links_states_its_penalty_and_country_routes_carry_shares() {
    let wd = Workdir::new();
    let out = wd.cmd(["routes", "--k", "2", "--via-links", "--format", "json"]).output().unwrap();
    assert!(stderr(&out).contains("with probability 0.05 per step"), "{}", stderr(&out));
    assert_eq!(json_lines(&out).len(), 2);
    let rows = json_lines(&wd.cmd(["routes", "--by", "country", "--format", "json"]).output().unwrap());
    let total: f64 = rows.iter().map(|r| r["share_pct"].as_f64().unwrap()).sum();
    assert!(total > 0.0 && total <= 100.01, "{total}");
    let shares: Vec<f64> = rows.iter().map(|r| r["share_pct"].as_f64().unwrap()).collect();
    assert!(shares.windows(2).all(|w| w[0] >= w[1]));
}

#[test]
fn whatif_empty_removal_loses_nothing_and_the_vertex_cut_loses_everything() {
    let wd = Workdir::new();
    let out = wd.cmd(["whatif", "--remove", "id:E0001", "--from", "id:E0007", "--format", "json"]).output().unwrap();
    let w: Value = serde_json::from_slice(&out.stdout).unwrap();
    // E0001 is not on any route from E0007: removing it loses nothing.
    assert_eq!(w["lost_pct"], 0.0);
    assert_eq!(w["max_flow_before"], w["max_flow_after"]);
    // The machine-tool view's minimum vertex cut (from `chokepoints`): all flow lost.
    let hs = "8456,8457,8458,8459,8460,8461,8462,8463,8464,8465,8466";
    let cut = "id:E0101,id:E0103,id:E0104,id:E0105,id:E0106,id:E0107,id:E0108,id:E0119";
    let out = wd.cmd(["whatif", "--hs", hs, "--remove", cut, "--format", "json"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let w: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(w["lost_pct"], 100.0);
    assert_eq!(w["routes_after"], serde_json::json!([]));
}

#[test]
fn whatif_shares_out_each_step_among_the_buyers_that_remain() {
    let wd = Workdir::new();
    let out = wd.cmd(["whatif", "--remove", "id:E0118,id:E0119", "--format", "json"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let w: Value = serde_json::from_slice(&out.stdout).unwrap();
    // Worked out apart (networkx, on the demo's value out of each entity
    // less what went to E0118 and E0119): E0074 sold 29.18% of what it
    // sold to the others to E0245, and the best route is 1.0 x 0.2918 x 0.9022.
    let first = &w["routes_after"][0];
    assert_eq!(first["path"], serde_json::json!(["E0004", "E0074", "E0245", "E0305"]));
    assert_eq!(first["probability"], 0.263284);
    for r in w["routes_after"].as_array().unwrap() {
        let product: f64 = r["legs"].as_array().unwrap().iter().map(|l| l["probability"].as_f64().unwrap()).product();
        assert!((product - r["probability"].as_f64().unwrap()).abs() < 1e-4, "{r}");
        assert!(!r["path"].as_array().unwrap().iter().any(|p| p == "E0118" || p == "E0119"), "{r}");
    }
}

#[test]
fn hubs_windows_come_from_the_cutoff_only() {
    let wd = Workdir::new();
    let out = wd.cmd(["hubs", "--since", "2023-01-01"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("so --since does not apply"), "{}", stderr(&out));
    let out = wd.cmd(["hubs", "--cutoff", "2030-01-01", "--format", "csv"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("run from 2021-01-01 to 2025-12-31: the cutoff 2030-01-01 leaves none on or after it"),
        "{}",
        stderr(&out)
    );
    // The table says so in the shipments' place and goes on to the flows.
    let out = wd.cmd(["hubs", "--cutoff", "2030-01-01"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("leaves none on or after it") && stdout(&out).contains("From aggregated flows"));
    for bad in [["--window-days", "0"], ["--min-exports", "NaN"]] {
        assert_eq!(wd.cmd(["hubs"]).args(bad).output().unwrap().status.code(), Some(2), "{bad:?}");
    }
    let out = wd.cmd(["hubs", "--window-days", "5000", "--top", "1"]).output().unwrap();
    assert!(
        stdout(&out)
            .contains("the shipments cover 419 days before and 1407 on or after: growth compares unequal spans"),
        "{}",
        stdout(&out)
    );
    // A saved query cannot set dates for hubs either.
    let q = wd.write("h.toml", "description = \"x\"\nanalysis = \"hubs\"\nsince = \"2023-01-01\"\n");
    let out = wd.cmd(["run"]).arg(q).output().unwrap();
    assert!(!out.status.success());
    assert!(stderr(&out).contains("since"), "{}", stderr(&out));
}

#[test]
fn hubs_find_the_planted_growth() {
    let wd = Workdir::new();
    let rows = json_lines(&wd.cmd(["hubs", "--format", "json", "--tier", "1,2,3.A,3.B,4.A,4.B"]).output().unwrap());
    assert_eq!(rows[0]["id"], "HK");
    assert_eq!(rows[0]["import_growth"], 14.512);
    for c in ["HK", "KG", "AM", "KZ", "TR", "AE"] {
        let r = rows.iter().find(|r| r["id"] == c).unwrap();
        assert_eq!(r["hub"], true, "{c}");
    }
    let flows = json_lines(&wd.cmd(["hubs", "--source", "flows", "--format", "json"]).output().unwrap());
    let yearly: Vec<&Value> = flows.iter().filter(|r| r["basis"] == "years 2021 vs 2023").collect();
    let top3: Vec<&str> = yearly.iter().take(3).map(|r| r["country"].as_str().unwrap()).collect();
    assert_eq!(top3, ["KG", "AM", "KZ"]);
    // Equal monthly windows either side of the cutoff (datasets/demo/README.md: KG x7.58).
    let kg_months =
        flows.iter().find(|r| r["country"] == "KG" && r["basis"].as_str().unwrap().starts_with("months")).unwrap();
    assert_eq!(kg_months["basis"], "months 2021-01..2022-02 vs 2022-03..2023-04");
    assert_eq!(kg_months["coalition_to_hub_growth"], 7.584);
    assert_eq!(flows[0]["coalition_to_hub_growth"], 11.096);
    assert_eq!(flows[0]["coalition_to_target_growth"], 0.124);
    let entities = json_lines(
        &wd.cmd(["hubs", "--by-entity", "--format", "json", "--tier", "1,2,3.A,3.B,4.A,4.B"]).output().unwrap(),
    );
    assert_eq!(entities[0]["id"], "E0118");
}

#[test]
fn exposure_reaches_listed_end_users_with_paths() {
    let wd = Workdir::new();
    let rows = json_lines(&wd.cmd(["exposure", "E0122", "--depth", "2", "--format", "json"]).output().unwrap());
    let first = &rows[0];
    assert_eq!(first["direction"], "downstream");
    assert_eq!(first["hops"], 1);
    assert!(rows.iter().any(|r| r["id"] == "E0294" && r["path"] == serde_json::json!(["E0122", "E0230", "E0294"])));
    assert!(rows.iter().all(|r| r["hops"].as_u64().unwrap() <= 2));
    let out = wd.cmd(["exposure", "E9999"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}
