//! `chokepoint run`: every shipped query on the demo, table-driven, each
//! checked for a meaningful result; bad query files and `--set`.

use serde_json::Value;

use crate::util::{Workdir, root, stderr, stdout};

fn dot_installed() -> bool {
    std::process::Command::new("dot").arg("-V").output().map(|o| o.status.success()).unwrap_or(false)
}

fn json_lines(text: &str) -> Vec<Value> {
    text.lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"))).collect()
}

/// What each shipped query must find on the demo.
fn check(name: &str, out: &str) {
    match name {
        "tier1-ic-chokepoints" => {
            let rows = json_lines(out);
            assert_eq!((rows[0]["id"].as_str(), rows[1]["id"].as_str()), (Some("E0118"), Some("E0073")), "{name}");
        }
        "tier12-interdiction-plan" => {
            let plan = json_lines(out);
            assert_eq!(plan.len(), 5);
            assert_eq!(plan[0]["id"], "E0073");
            assert!(plan[4]["cumulative_cut_pct"].as_f64().unwrap() > 80.0);
        }
        "machine-tool-routes-caucasus-central-asia" => {
            let routes = json_lines(out);
            assert_eq!(routes[0]["path"], serde_json::json!(["E0007", "E0119", "E0226"]));
            assert!(routes[0]["flags"].to_string().contains("hub:TR"));
        }
        "drone-part-routes-china-iran" => {
            let routes = json_lines(out);
            let via =
                routes.iter().take(5).filter(|r| r["countries"].to_string().contains("\"CN\",\"IR\",\"RU\"")).count();
            assert_eq!(via, 5, "{name}: the top five go through China then Iran");
            // Every route crosses China: no chip route through the Netherlands or Hong Kong.
            assert!(routes.iter().all(|r| r["countries"].to_string().contains("\"CN\"")), "{name}");
            // And the hop through Iran is flagged, as the query says.
            let flagged = routes.iter().filter(|r| r["flags"].to_string().contains("embargoed:IR ")).count();
            assert!(flagged >= 2, "{name}: hops through Iran flagged");
        }
        "hubs-since-2022" => {
            let rows = json_lines(out);
            assert_eq!((rows[0]["id"].as_str(), rows[0]["hub"].as_bool()), (Some("HK"), Some(true)));
            assert!(["KG", "AM", "KZ"].iter().all(|c| rows.iter().any(|r| r["id"] == *c && r["hub"] == true)));
        }
        "manufacturer-dependency" => {
            let rows = json_lines(out);
            assert_eq!((rows[0]["id"].as_str(), rows[0]["weapon_systems"].as_u64()), (Some("E0002"), Some(13)));
        }
        "entity-exposure" => {
            let rows = json_lines(out);
            assert!(rows.iter().any(|r| r["id"] == "E0294"), "{name}");
        }
        "tier1-routes-diagram" => {
            assert!(out.contains("<svg") && out.contains("<title>E0118</title>"), "{name}");
        }
        "listed-hub-traders-whatif" => {
            let w: Value = serde_json::from_str(out.trim()).unwrap();
            assert!(w["removed"].as_array().unwrap().iter().any(|r| r == "E0119"));
            let lost = w["lost_pct"].as_f64().unwrap();
            assert!(lost > 0.0 && lost < 100.0, "{lost}");
        }
        "tier1-supplier-concentration" => {
            let rows = json_lines(out);
            assert!(rows.iter().all(|r| r["tier"] == "1" && r.get("hhi").is_some()));
            assert_eq!(rows[0]["market"], "854232");
        }
        other => panic!("shipped query {other} has no check: add one"),
    }
}

#[test]
fn every_shipped_query_runs_on_the_demo() {
    let mut names: Vec<String> = std::fs::read_dir(root().join("queries"))
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().to_string())
        .collect();
    names.sort();
    assert!(names.len() >= 8, "a library of at least eight queries");
    let wd = Workdir::new();
    for name in &names {
        if name == "tier1-routes-diagram" && !dot_installed() {
            eprintln!("skipping the run of {name}: Graphviz's dot is not installed (apt-get install graphviz)");
            continue;
        }
        let mut cmd = wd.cmd(["run", "--format", "json"]);
        cmd.arg(root().join(format!("queries/{name}.toml")));
        if name == "entity-exposure" {
            cmd.args(["--set", "id=E0122"]);
        }
        let out = cmd.output().unwrap();
        assert!(out.status.success(), "{name}: {}", stderr(&out));
        check(name, &stdout(&out));
    }
    // The list shows them all with their descriptions.
    let out = wd.cmd(["run", "--list", "--format", "csv"]).output().unwrap();
    let list = stdout(&out);
    for name in &names {
        assert!(list.contains(name.as_str()), "{name} listed");
    }
}

#[test]
fn shipped_queries_run_by_name_and_write_files() {
    let wd = Workdir::new();
    let out = wd.cmd(["run", "manufacturer-dependency", "--format", "csv", "-o", "dep.csv"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(wd.path("dep.csv")).unwrap();
    assert!(text.starts_with("rank,id,name,country,weapon_systems"), "{text}");
    let out = wd.cmd(["run", "manufacturer-dependncy"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("did you mean \"manufacturer-dependency\""), "{}", stderr(&out));
}

#[test]
fn bad_query_files_say_which_key_is_wrong() {
    let wd = Workdir::new();
    let cases = [
        (
            "unknown-key",
            "description = \"x\"\nanalysis = \"chokepoints\"\ntopp = 3\n",
            "key \"topp\" (line 3): unknown key (did you mean \"top\"?)",
        ),
        (
            "wrong-type",
            "description = \"x\"\nanalysis = \"chokepoints\"\ntop = \"many\"\n",
            "key \"top\" (line 3): expected a non-negative whole number, found string",
        ),
        (
            "unknown-analysis",
            "description = \"x\"\nanalysis = \"chokepoint\"\n",
            "unknown analysis \"chokepoint\" (did you mean \"chokepoints\"?)",
        ),
        (
            "bad-selector",
            "description = \"x\"\nanalysis = \"routes\"\nto = \"group:hub\"\n",
            "key \"to\" (line 3): bad selector",
        ),
        ("not-toml", "description = \n", "not valid TOML"),
        ("no-analysis", "description = \"x\"\n", "key \"analysis\": missing"),
        (
            "wrong-analysis-key",
            "description = \"x\"\nanalysis = \"dependency\"\nplan = 3\n",
            "key \"plan\" (line 3): does not apply to analysis \"dependency\"",
        ),
        // Values the command itself refuses are told as the query's too.
        (
            "bad-category",
            "description = \"x\"\nanalysis = \"routes\"\ncategory = [\"weapons\"]\n",
            "key \"category\" (line 3): --category: \"weapons\" is not a category",
        ),
        (
            "impossible-date",
            "description = \"x\"\nanalysis = \"routes\"\nsince = \"2022-02-30\"\n",
            "key \"since\" (line 3): --since: \"2022-02-30\" is not a day of that month",
        ),
        ("unknown-id", "description = \"x\"\nanalysis = \"exposure\"\nid = \"E9999\"\n", "no entity with id \"E9999\""),
        (
            "missing-remove",
            "description = \"x\"\nanalysis = \"whatif\"\n",
            "required arguments were not provided: --remove <SEL>",
        ),
    ];
    for (name, text, expected) in cases {
        let file = wd.write(&format!("{name}.toml"), text);
        let out = wd.cmd(["run"]).arg(&file).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{name}");
        let err = stderr(&out);
        assert!(err.contains(&file.display().to_string()) && err.contains(expected), "{name}: {err}");
    }
}

#[test]
fn format_on_the_command_line_wins_and_empty_csv_keeps_its_header() {
    let wd = Workdir::new();
    let q =
        wd.write("c.toml", "description = \"x\"\nanalysis = \"concentration\"\nformat = \"csv\"\nhs = [\"9999\"]\n");
    let out = wd.cmd(["run"]).arg(&q).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    // No market in the view: the header row alone, for the scripts that read it.
    assert_eq!(
        stdout(&out),
        "market,description,tier,value,suppliers,hhi,level,top_supplier,top_share_pct,hhi_countries,top_country\n"
    );
    let out = wd.cmd(["run", "--format", "json"]).arg(&q).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "");
    let q = wd.write("t.toml", "description = \"x\"\nanalysis = \"concentration\"\nformat = \"csv\"\n");
    let out = wd.cmd(["run", "--format", "table"]).arg(&q).output().unwrap();
    assert!(stdout(&out).starts_with("market  description"), "{}", stdout(&out));
}

#[test]
fn a_value_set_on_the_command_line_is_blamed_there_not_on_the_file() {
    let wd = Workdir::new();
    let out = wd.cmd(["run", "entity-exposure", "--set", "id=NOPE"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--set id=NOPE: no entity with id \"NOPE\""), "{}", stderr(&out));
    let out = wd.cmd(["run", "tier1-ic-chokepoints", "--set", "until=2020-01-01"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--set until=2020-01-01: --since 2022-02-24 is after --until"), "{}", stderr(&out));
}

#[test]
fn set_overrides_fields_and_is_validated() {
    let wd = Workdir::new();
    let out = wd
        .cmd(["run", "tier1-ic-chokepoints", "--set", "top=2", "--set", "since=2021-01-01", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(json_lines(&stdout(&out)).len(), 2);
    // A bad value given with --set is a usage error that names --set.
    let out = wd.cmd(["run", "tier1-ic-chokepoints", "--set", "top=-1"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--set top=-1: expected"), "{}", stderr(&out));
    let out = wd.cmd(["run", "entity-exposure"]).output().unwrap();
    assert!(stderr(&out).contains("key \"id\": missing: name the entity"), "{}", stderr(&out));
    let out = wd.cmd(["run", "tier1-ic-chokepoints", "--set", "since=2022-02-30"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--since"), "{}", stderr(&out));
    // A directory of one's own queries shows in the list.
    wd.write("mine/q1.toml", "description = \"my own\"\nanalysis = \"hubs\"\n");
    let out = wd.cmd(["run", "--list", "--queries", "mine"]).output().unwrap();
    assert!(stdout(&out).contains("my own"));
    let out = wd.cmd(["run", "q1", "--queries", "mine", "--format", "csv"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn a_broken_file_among_the_queries_is_named_and_the_others_listed() {
    let wd = Workdir::new();
    let dir = wd.path("ours");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("good.toml"), "description = \"ours\"\nanalysis = \"routes\"\n").unwrap();
    std::fs::write(dir.join("broken.toml"), "description = \"a\"\ndescription = \"b\"\n").unwrap();
    std::fs::write(dir.join("hubs-since-2022.toml"), "description = \"mine\"\nanalysis = \"hubs\"\n").unwrap();
    let out = wd.cmd(["run", "--list", "--format", "csv", "--queries"]).arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("broken.toml: not valid TOML"), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.lines().any(|l| l.starts_with("good,routes,")), "{text}");
    assert!(text.contains("(shipped; ") && text.contains("hubs-since-2022.toml runs instead)"), "{text}");
    // Checked as run checks them, not as TOML alone: a misspelt key, an
    // unknown analysis, no description; an exposure awaiting its id with
    // --set is valid.
    std::fs::write(dir.join("typo.toml"), "description = \"t\"\nanalysis = \"chokepoints\"\nteir = [\"1\"]\n").unwrap();
    std::fs::write(dir.join("which.toml"), "description = \"w\"\nanalysis = \"chokepoint\"\n").unwrap();
    std::fs::write(dir.join("mute.toml"), "analysis = \"routes\"\n").unwrap();
    std::fs::write(dir.join("near.toml"), "description = \"n\"\nanalysis = \"exposure\"\n").unwrap();
    let out = wd.cmd(["run", "--list", "--format", "csv", "--queries"]).arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("typo.toml: key \"teir\" (line 3): unknown key (did you mean \"tier\"?)"), "{err}");
    assert!(err.contains("which.toml: key \"analysis\" (line 2): unknown analysis \"chokepoint\""), "{err}");
    assert!(err.contains("mute.toml: key \"description\": missing"), "{err}");
    let text = stdout(&out);
    assert!(text.lines().any(|l| l.starts_with("near,exposure,")), "{text}");
    assert!(!text.contains("typo,") && !text.contains("which,") && !text.contains("mute,"), "{text}");
}
