//! `chokepoint import --mapping`: flat files in other layouts, entity
//! resolution with a merge report, and the shipped mappings on fixtures of
//! our own in each layout (messy rows included).

use serde_json::Value;

use crate::util::{Workdir, fixture, root, snapshot, stderr, stdout};

fn mapping(name: &str) -> std::path::PathBuf {
    root().join("datasets/mappings").join(name)
}

#[test]
fn customs_declarations_resolve_parties_and_report_merges() {
    let wd = Workdir::new();
    let sample = mapping("samples/customs-flat.csv");
    let out = wd
        .cmd(["import", "--db", "c.db", "--mapping"])
        .arg(mapping("customs-flat.toml"))
        .arg(&sample)
        .args(["--merges", "merges.csv"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("entity resolution: 5 merges, 0 ambiguous"), "{}", stderr(&out));
    let merges = std::fs::read_to_string(wd.path("merges.csv")).unwrap();
    // The same importer by tax number (another script), and by name (another legal form).
    assert!(merges.contains(":3\",Lunny Veter LLC,imp-lunnyy-veter-ru,ООО «Лунный Ветер»,identifier"), "{merges}");
    assert!(
        merges.contains("Silverfin Trading Limited,tra-silverfin-trading-hk,Silverfin Trading Ltd,name"),
        "{merges}"
    );
    let snap = snapshot(&wd.path("c.db"));
    assert!(snap.contains("entities=8 ") && snap.contains("shipments=7 "), "{snap}");
    // Provenance: every shipment keeps the source file and line.
    let out = wd
        .cmd([
            "--db",
            "c.db",
            "chokepoints",
            "--from",
            "kind:trader",
            "--to",
            "kind:importer",
            "--explain",
            "tra-silverfin-trading-hk",
        ])
        .output()
        .unwrap();
    assert!(stdout(&out).contains("samples/customs-flat.csv:2"), "{}", stdout(&out));
    // Re-running the same import gives the same ids and changes nothing.
    let out = wd
        .cmd(["import", "--db", "c.db", "--mapping"])
        .arg(mapping("customs-flat.toml"))
        .arg(&sample)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(snapshot(&wd.path("c.db")), snap);
}

#[test]
fn bad_values_name_the_source_file_line_and_column() {
    let wd = Workdir::new();
    let file = fixture("mapped/customs-bad.csv");
    let out =
        wd.cmd(["import", "--db", "c.db", "--mapping"]).arg(mapping("customs-flat.toml")).arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "{}:3: exporter_country: \"Atlantis\" is not a country name or code we know",
            file.display()
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!("{}:3: declaration_date: \"2023-02-31\" is not a day of that month", file.display()))
            || err.contains("declaration_date"),
        "{err}"
    );
    assert!(!wd.path("c.db").exists() || snapshot(&wd.path("c.db")).contains("shipments=0 "));
    let out = wd
        .cmd(["import", "--db", "c.db", "--mapping"])
        .arg(fixture("mapped/bad-field.toml"))
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("[shipments] has no field \"exporter\""), "{}", stderr(&out));
}

#[test]
fn weapon_catalogue_layout_with_its_quirks() {
    let wd = Workdir::new();
    let out = wd
        .cmd(["import", "--db", "g.db", "--mapping"])
        .arg(mapping("gur-components.toml"))
        .arg(fixture("mapped/gur-like.csv"))
        .args(["--merges", "m.csv"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("1 repeated rows dropped"), "{}", stderr(&out));
    let merges = std::fs::read_to_string(wd.path("m.csv")).unwrap();
    assert!(
        merges.contains("Valdoria Microsystems,man-valdoria-microsystems-us,Valdoria Microsystems Inc.,name"),
        "{merges}"
    );
    assert!(merges.contains("Integral JSC,man-integral-by,АО «Интеграл»,name"), "{merges}");
    let out = wd.cmd(["--db", "g.db", "dependency", "--format", "json"]).output().unwrap();
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let ids: Vec<&str> = rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
    // The parenthesised parent takes its subsidiary's findings.
    let corvane = rows.iter().find(|r| r["id"] == "man-corvane-semiconductor-de").unwrap();
    assert_eq!(corvane["subsidiaries"], serde_json::json!(["man-ostrelind-analog-corvane-semiconductor-de"]));
    assert_eq!(rows[0]["id"], "man-valdoria-microsystems-us");
    assert_eq!(rows[0]["weapon_systems"], 2);
    // "Importers ..." notes cut off, unknown country, no party for "Not identified".
    assert!(ids.contains(&"man-quellvoria-navigation-zz"), "{ids:?}");
    assert!(!ids.iter().any(|i| i.contains("not-identified")));
}

#[test]
fn comext_layout_feeds_hubs_in_eur() {
    let wd = Workdir::new();
    let out = wd
        .cmd(["import", "--db", "e.db", "--mapping"])
        .arg(mapping("eurostat-comext.toml"))
        .arg(fixture("mapped/comext-like.csv"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let out = wd.cmd(["--db", "e.db", "hubs", "--source", "flows", "--format", "json"]).output().unwrap();
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let kg = rows.iter().find(|r| r["country"] == "KG" && r["basis"].as_str().unwrap().starts_with("months")).unwrap();
    assert_eq!(kg["currency"], "EUR");
    assert_eq!(kg["coalition_to_hub_growth"], 9.0);
    assert_eq!(kg["coalition_to_target_growth"], 0.08);
}
