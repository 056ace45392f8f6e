//! `chokepoint chokepoints` on the embedded demo: the planted chokepoints of
//! datasets/demo/README.md come first, with the README's figures.

use serde_json::Value;

use crate::util::{Workdir, stderr, stdout};

/// Run `chokepoints ARGS --format json` on the demo; the rows and the summary on stderr.
fn run(args: &[&str]) -> (Vec<Value>, String) {
    let out = Workdir::new().cmd(["chokepoints", "--format", "json"]).args(args).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let rows = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    (rows, stderr(&out))
}

fn top(rows: &[Value], n: usize) -> Vec<(String, f64)> {
    rows.iter().take(n).map(|r| (r["id"].as_str().unwrap().to_string(), r["loss_pct"].as_f64().unwrap())).collect()
}

fn pairs(p: &[(&str, f64)]) -> Vec<(String, f64)> {
    p.iter().map(|(a, b)| (a.to_string(), *b)).collect()
}

#[test]
fn default_view_puts_the_tier1_distributor_first() {
    let (rows, summary) = run(&[]);
    assert_eq!(
        top(&rows, 5),
        pairs(&[("E0073", 19.14), ("E0118", 18.63), ("E0119", 12.81), ("E0101", 7.03), ("E0105", 5.76)])
    );
    assert_eq!(rows[0]["betweenness"].as_f64().unwrap(), 966.313095);
    assert_eq!(rows[0]["name"], "Kelvaris Components B.V.");
    assert_eq!(rows[0]["in_min_cut"], true);
    for key in [
        "rank",
        "id",
        "name",
        "kind",
        "country",
        "listed",
        "betweenness",
        "loss_pct",
        "in_min_cut",
        "dominated_targets",
        "through_value",
    ] {
        assert!(rows[0].get(key).is_some(), "JSON rows carry {key}");
    }
    assert!(summary.contains("S-T maximum flow: $78,935,679"), "{summary}");
    assert!(summary.contains("minimum vertex cut: 54 entities"), "{summary}");
    assert!(summary.contains("minimum edge cut by value: 466 links, $78,935,679 in all"), "{summary}");
}

#[test]
fn tier1_view_planted_distributor() {
    let (rows, summary) = run(&["--tier", "1"]);
    assert_eq!(top(&rows, 2), pairs(&[("E0073", 51.25), ("E0118", 37.37)]));
    assert_eq!(rows[0]["betweenness"].as_f64().unwrap(), 350.759374);
    assert!(summary.contains("S-T maximum flow: $25,059,364"), "{summary}");
}

#[test]
fn after_the_cutoff_the_hong_kong_trader_leads() {
    let (rows, _) = run(&["--since", "2022-02-24"]);
    assert_eq!(top(&rows, 3), pairs(&[("E0118", 25.46), ("E0119", 17.08), ("E0073", 17.04)]));
    assert_eq!(rows[0]["listed"], false);
}

#[test]
fn machine_tools_go_through_turkey() {
    let (rows, _) = run(&["--hs", "8456,8457,8458,8459,8460,8461,8462,8463,8464,8465,8466"]);
    assert_eq!(top(&rows, 1), pairs(&[("E0119", 37.49)]));
    assert_eq!(rows[0]["country"], "TR");
}

#[test]
fn drone_parts_go_through_china_and_iran() {
    let (rows, _) = run(&["--hs", "880730,850131,852691,848210"]);
    assert_eq!(top(&rows, 2), pairs(&[("E0120", 40.35), ("E0222", 31.55)]));
}

#[test]
fn greedy_plan_cuts_more_with_each_step() {
    let (plan, _) = run(&["--plan", "4"]);
    assert_eq!(plan.len(), 4);
    assert_eq!(plan[0]["id"], "E0073");
    assert_eq!(plan[0]["cumulative_cut_pct"].as_f64().unwrap(), 19.14);
    let cum: Vec<f64> = plan.iter().map(|p| p["cumulative_cut_pct"].as_f64().unwrap()).collect();
    assert!(cum.windows(2).all(|w| w[1] > w[0]), "{cum:?}");
    // Each greedy step cuts at least what the next-best single removal would have.
    assert!(plan[1]["step_cut_pct"].as_f64().unwrap() > 0.0);
}

#[test]
fn country_and_edge_rows() {
    let (rows, _) = run(&["--by", "country", "--top", "5"]);
    assert_eq!(rows.len(), 5);
    assert!(rows.iter().all(|r| r["kind"] == "country"));
    let losses: Vec<f64> = rows.iter().map(|r| r["loss_pct"].as_f64().unwrap()).collect();
    assert!(losses.windows(2).all(|w| w[0] >= w[1]));
    let (rows, _) = run(&["--by", "edge", "--top", "3"]);
    assert_eq!(rows[0]["kind"], "link");
    assert!(rows[0]["id"].as_str().unwrap().contains("->"));
}

#[test]
fn likelihood_weighting_runs_and_keeps_the_flow_ranking() {
    let (rows, _) = run(&["--weight", "likelihood", "--top", "1"]);
    assert_eq!(rows[0]["id"], "E0073");
}

#[test]
fn explain_shows_shipments_paths_and_lists() {
    let out = Workdir::new().cmd(["chokepoints", "--explain", "E0118"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("E0118 Tingyao Electronics Trading Limited (trader, HK)"), "{text}");
    assert!(text.contains("incorporated: 2022-04-12"), "{text}");
    assert!(text.contains("most likely path to a target:   E0118 -> E0225"), "{text}");
    assert!(text.contains("datasets/demo/shipments.csv:"), "provenance is shown: {text}");
}

#[test]
fn unknown_id_suggests_the_nearest() {
    let out = Workdir::new().cmd(["chokepoints", "--from", "id:E0O73"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no entity with id \"E0O73\" (did you mean \"E0073\"?)"), "{}", stderr(&out));
    let out = Workdir::new().cmd(["chokepoints", "--to", "group:hub"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("did you mean \"hubs\"?"), "{}", stderr(&out));
    // A list no entity is on; lists match in any case.
    let out = Workdir::new().cmd(["select", "list:US-SDM"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no entity is on list \"US-SDM\" (did you mean \"US-SDN\"?)"), "{}", stderr(&out));
    assert!(Workdir::new().cmd(["select", "list:us-sdn"]).output().unwrap().status.success());
}

#[test]
fn regression_top_zero_and_inverted_dates() {
    for by in ["entity", "edge", "country"] {
        let out = Workdir::new().cmd(["chokepoints", "--top", "0", "--format", "json", "--by", by]).output().unwrap();
        assert!(out.status.success(), "--by {by} --top 0: {}", stderr(&out));
        assert_eq!(stdout(&out), "", "no rows asked, none printed");
    }
    let out = Workdir::new().cmd(["chokepoints", "--since", "2025-01-01", "--until", "2022-01-01"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--since 2025-01-01 is after --until 2022-01-01"), "{}", stderr(&out));
    let out = Workdir::new().cmd(["routes", "--k", "0"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let wd = Workdir::new();
    std::fs::create_dir_all(wd.path("adir")).unwrap();
    let out = wd.cmd(["stats", "--db", "adir"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("adir: not a SQLite database (a directory"), "{}", stderr(&out));
    assert_eq!(stderr(&out).matches("not a SQLite database").count(), 1, "the cause is said once");
}

// An entity that ships to itself (a re-booking) is a loop in the view: it
// carries no flow, and the report ends (it once made the maximum flow run for
// ever). M1 -> A1 10, A1 -> I1 1, M1 -> T1 1, T1 -> T1 1, T1 -> I1 5: flow 1
// through A1 and 1 through T1.
#[test]
fn an_entity_shipping_to_itself() {
    let wd = Workdir::new();
    wd.write(
        "data/entities.csv",
        "id,name,kind,country,aliases,address,identifiers,incorporated,lists,source\n\
         M1,Valdoria Microsystems Inc.,manufacturer,US,,,,,,fixture\n\
         A1,Brennholt Bauteile GmbH,distributor,DE,,,,,,fixture\n\
         T1,Jade Harbour Trading Ltd,trader,HK,,,,,,fixture\n\
         I1,Severny Kvant LLC,importer,RU,,,,,EU,fixture\n",
    );
    wd.write(
        "data/shipments.csv",
        "id,date,exporter_id,importer_id,hs_code,part_number,manufacturer_id,origin_country,quantity,value_usd,source\n\
         S1,2023-01-10,M1,A1,854231,,M1,US,1,10,fixture\n\
         S2,2023-02-10,A1,I1,854231,,M1,US,1,1,fixture\n\
         S3,2023-01-11,M1,T1,854231,,M1,US,1,1,fixture\n\
         S4,2023-02-11,T1,T1,854231,,M1,US,1,1,fixture\n\
         S5,2023-03-11,T1,I1,854231,,M1,US,1,5,fixture\n",
    );
    wd.cmd(["import", "--db", "loop.db", "data"]).assert().success();
    let out = wd
        .cmd(["--db", "loop.db", "chokepoints", "--format", "json"])
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("S-T maximum flow: $2\n"), "{}", stderr(&out));
    // The shipment to itself is left out of the graph, and said so: it
    // would count as T1's flow out and cut the share of its way on.
    assert!(
        stderr(&out).contains("1 shipment(s) from an entity to itself left out of the trade graph: T1 (1, $1)"),
        "{}",
        stderr(&out)
    );
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let loss = |id: &str| rows.iter().find(|r| r["id"] == id).map(|r| r["loss_pct"].as_f64().unwrap());
    assert_eq!((loss("A1"), loss("T1")), (Some(50.0), Some(50.0)), "{rows:?}");
    let through = rows.iter().find(|r| r["id"] == "T1").map(|r| r["through_value"].as_f64().unwrap());
    assert_eq!(through, Some(1.0), "{rows:?}");
}

// `bench --only` runs just the tasks named, and names the tasks when one is unknown.
#[test]
fn bench_runs_the_tasks_named() {
    let out = Workdir::new().cmd(["bench", "--only", "max_flow,dominators", "--runs", "1"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let tasks: Vec<&str> = rows.iter().map(|r| r["task"].as_str().unwrap()).collect();
    assert_eq!(tasks, ["max_flow", "dominators"]);
    // The demo's maximum flow, $78,935,679 in the report, in cents.
    let cents = rows[0]["result"]["value_cents"].as_u64().unwrap();
    assert_eq!((cents as f64 / 100.0).round(), 78_935_679.0, "{cents}");
    let out = Workdir::new().cmd(["bench", "--only", "flow"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--only: no task \"flow\"; the tasks are build_view,"), "{}", stderr(&out));
}

#[test]
fn a_store_without_shipments_says_so_and_empty_or_unbounded_flags_are_refused() {
    let wd = Workdir::new();
    // Entities and findings only, as a catalogue of parts in weapons gives.
    let dir = wd.path("cat");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("entities.csv"), "id,name,kind,country\nM1,Valdoria Microsystems,manufacturer,US\n")
        .unwrap();
    std::fs::write(dir.join("findings.csv"), "manufacturer_id,part_number,weapon_system\nM1,VM-100,Strizh-7\n")
        .unwrap();
    wd.cmd(["-q", "import", "--db", "cat.db"]).arg(&dir).assert().success();
    for args in [vec!["chokepoints"], vec!["concentration"], vec!["routes"], vec!["exposure", "M1"]] {
        let out = wd.cmd(["--db", "cat.db"]).args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(stderr(&out).contains("cat.db: no shipments loaded"), "{args:?}: {}", stderr(&out));
    }
    let out = wd.cmd(["--db", "cat.db", "dependency", "--format", "json"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    for args in [
        vec!["routes", "--hs", ""],
        vec!["chokepoints", "--tier", " , "],
        vec!["routes", "--k", "5000"],
        vec!["exposure", "E0122", "--depth", "0"],
        vec!["dot", "routes", "--k", "0"],
    ] {
        assert_eq!(wd.cmd(&args).output().unwrap().status.code(), Some(2), "{args:?}");
    }
}

#[test]
fn an_entity_with_no_part_in_the_problem_is_no_chokepoint_and_country_shares_state_their_flow() {
    let wd = Workdir::new();
    // E0317 is downstream of the target E0225 and E0119 off every path from
    // E0073: only E0118 carries E0073's flow to E0225.
    let out = wd
        .cmd(["chokepoints", "--from", "id:E0073", "--to", "id:E0225", "--top", "3", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let ids: Vec<&str> = rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["E0118"]);
    // The country-level maximum flow the shares are of (worked out apart
    // with networkx on the demo contracted into countries).
    let out = wd.cmd(["routes", "--by", "country"]).output().unwrap();
    assert!(stdout(&out).starts_with("shares of the country-level maximum flow, $91,135,801"), "{}", stdout(&out));
}

#[test]
fn explain_takes_an_entity_and_select_points_to_all() {
    let wd = Workdir::new();
    let out = wd.cmd(["chokepoints", "--by", "country", "--explain", "HK"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--explain HK: it explains an entity's row, not a country's"), "{}", stderr(&out));
    let out = wd.cmd(["select", "id:E0001", "--hs", "9999"]).output().unwrap();
    assert!(out.status.success());
    assert!(stderr(&out).contains("1 entities match but trade in no shipment of this view; --all lists them"));
}

#[test]
fn targets_no_goods_reach_and_a_plan_by_country_are_told() {
    // The demo's maker E0073 ships nothing that reaches E0001: no flow to cut
    // nor to survive, said so (exit 1) rather than a $0 table.
    let wd = Workdir::new();
    for cmd in [
        vec!["chokepoints", "--from", "id:E0073", "--to", "id:E0001"],
        vec!["whatif", "--from", "id:E0073", "--to", "id:E0001", "--remove", "id:E0118"],
    ] {
        let out = wd.cmd(&cmd).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{cmd:?}: {}", stdout(&out));
        assert!(stderr(&out).contains("no goods reach the targets"), "{cmd:?}: {}", stderr(&out));
    }
    // A plan removes entities: by country, refused, not given by entity.
    let out = wd.cmd(["chokepoints", "--by", "country", "--plan", "2"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--plan removes entities one after another"), "{}", stderr(&out));
}

#[test]
fn a_negative_minimum_value_is_refused_by_its_meaning() {
    // Not as an unknown flag `-5`: the value is read, and refused.
    let out = Workdir::new().cmd(["chokepoints", "--min-value", "-5"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--min-value: -5 must be 0 or more"), "{}", stderr(&out));
}
