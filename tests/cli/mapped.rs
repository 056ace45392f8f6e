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
    let out_import = out;
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
    // The parent takes no country from its subsidiary's row (DE here), but
    // is the maker of that name another row places (gur-8), and its id then.
    assert_eq!(corvane["weapon_systems"], 1);
    assert_eq!(corvane["parts"], 2);
    // "Importers ..." and "Suppliers JSC ..." notes cut off, unknown country
    // (no suffix), no party for "Not identified".
    assert!(ids.contains(&"man-quellvoria-navigation"), "{ids:?}");
    let telbrook = rows.iter().find(|r| r["id"] == "man-telbrook-devices-us").unwrap();
    assert_eq!(telbrook["parts"], 2, "{ids:?}");
    assert!(!ids.iter().any(|i| i.contains("not-identified") || i.contains("chip")), "{ids:?}");
    // GUR's categories mapped to ours (mcu and fpga electronics, an engine a
    // drone part); the part's page is the finding's source.
    let db = wd.path("g.db");
    let sql = |q: &str| {
        let c = rusqlite::Connection::open(&db).unwrap();
        let mut st = c.prepare(q).unwrap();
        st.query_map([], |r| r.get::<_, String>(0)).unwrap().map(Result::unwrap).collect::<Vec<String>>()
    };
    assert_eq!(
        sql(
            "select part_number || ' ' || category from components where part_number in ('gur-1','gur-4','gur-8','gur-9','gur-10') order by 1"
        ),
        ["gur-1 electronics", "gur-10 drone_parts", "gur-4 drone_parts", "gur-8 electronics", "gur-9 electronics"]
    );
    assert_eq!(sql("select source from findings where part_number = 'gur-8'"), ["https://example.org/c/8"]);
    // Rows without a parent make no link: said, not warned.
    let err = stderr(&out_import);
    assert!(err.contains("rows made no links record") && !err.contains("warning"), "{err}");
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

#[test]
fn mapping_mistakes_are_told_before_anything_is_written() {
    let wd = Workdir::new();
    let base = std::fs::read_to_string(mapping("customs-flat.toml")).unwrap();
    let sample = std::fs::read_to_string(mapping("samples/customs-flat.csv")).unwrap();
    let data = wd.write("decl.csv", &sample);
    let import = |map: &str, file: &std::path::Path| {
        let m = wd.write("m.toml", map);
        wd.cmd(["import", "--db", "x.db", "--mapping"]).arg(m).arg(file).output().unwrap()
    };
    let refused = |map: String, file: &std::path::Path, says: &str| {
        let out = import(&map, file);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        assert!(stderr(&out).contains(says), "{}", stderr(&out));
        assert!(!wd.path("x.db").exists());
    };
    // A role no [entities.X] defines; a field every shipment needs left out;
    // a column the file lacks (once, with the file's columns).
    refused(
        base.replace("role = \"brand\"", "role = \"nobody\""),
        &data,
        "role = \"nobody\" names no [entities.nobody]",
    );
    refused(
        base.replace("hs_code = { column = \"hs_code\", hs = true }\n", ""),
        &data,
        "[shipments] lacks \"hs_code\", which every shipments record needs",
    );
    refused(
        base.replace("[source]\n", "[source]\ndedupe = [\"nope\"]\n"),
        &data,
        "reads the column \"nope\", which this file lacks; its columns are: declaration_date,",
    );
    refused(
        base.replace("rate = 1.0 }", "rate = 1.0, decimal = \";\" }"),
        &data,
        "decimal = \";\" (column \"value_usd\"): the decimal mark is",
    );
    let twice = wd.write("twice.csv", &sample.replacen("value_usd", "value_usd,value_usd", 1).replace("\n0", ",1\n0"));
    refused(base.clone(), &twice, "twice.csv:1: header: column \"value_usd\" comes twice");
    let semi = wd.write("semi.csv", &sample.replace(',', ";"));
    refused(base.clone(), &semi, "separated by semicolons: add delimiter = \";\" under [source]");
    // A decimal comma is not a thousands separator: refused, or read with decimal = ",".
    let first_row: String = sample.lines().take(2).map(|l| format!("{l}\n")).collect();
    let comma = wd.write("comma.csv", &first_row.replacen("12500.00", "\"12,50\"", 1));
    let out = import(&base, &comma);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("\"12,50\" is not a number written with \".\""), "{}", stderr(&out));
    let out = import(&base.replace("rate = 1.0 }", "rate = 1.0, decimal = \",\" }"), &comma);
    assert!(out.status.success(), "{}", stderr(&out));
    let c = rusqlite::Connection::open(wd.path("x.db")).unwrap();
    let v: f64 = c.query_row("select min(value_usd) from shipments", [], |r| r.get(0)).unwrap();
    assert_eq!(v, 12.5);
    // A merges file that cannot be written stops the import before it writes.
    std::fs::remove_file(wd.path("x.db")).unwrap();
    let m = wd.write("m.toml", &base);
    let out = wd
        .cmd(["import", "--db", "x.db", "--mapping"])
        .arg(m)
        .arg(&data)
        .args(["--merges", "no/such/dir/m.csv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("--merges no/such/dir/m.csv: cannot write this file"), "{}", stderr(&out));
    assert!(!wd.path("x.db").exists());
    // Rows whose importer is blank make no shipment: a warning when none is made.
    let blank = wd.write("blank.csv", &format!("{}\n", sample.lines().next().unwrap()));
    let mut rows = std::fs::read_to_string(&blank).unwrap();
    rows.push_str("03.04.2023,,7712345678,Russia,Silverfin Trading Ltd,HK,US,8542,Micro,Valdoria,5,5\n");
    std::fs::write(&blank, rows).unwrap();
    let out = import(&base, &blank);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("warning: 1 row made no shipments record, a field it requires being empty (the first: ")
            && stderr(&out).contains("blank.csv:2: importer_id)"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_party_of_unknown_country_joins_one_of_the_same_name_once() {
    let wd = Workdir::new();
    let head = "component_id,name_marking,category,function,manufacturer,manufacturer_country,oem_part_number,production_date,found_in_drones,sanctions_status,is_dual_use,replaceable_with,price_retail_usd,source_url,evidence_image,last_verified,notes\n";
    let row = |id: &str, part: &str, maker: &str, country: &str, drones: &str| {
        format!(
            "{id},{part},mcu,,{maker},{country},,,\"{drones}\",unknown,False,[],,https://example.org/{id},,2026-06-13,\n"
        )
    };
    let text = [
        head.to_string(),
        // The parent (Acme Corp) has no country of its own; the US row gives it one.
        row("c-1", "X", "Foo Labs (Acme Corp)", "US", "[\"\"a\"\"]"),
        row("c-2", "Y", "Acme Corp", "US", "[\"\"a\"\", \"\"b\"\"]"),
        // A namesake in a third country is another party.
        row("c-3", "Z", "Acme Corp", "DE", "[\"\"c\"\"]"),
        // The matcher's key would join these; the written words do not.
        row("c-4", "W", "ON Semiconductor", "UNK", "[\"\"d\"\"]"),
        row("c-5", "V", "Semiconductor Inc", "CN", "[\"\"d\"\"]"),
        // A parent first seen without a country takes one and its id
        // (man-baz-de); a part numbered like its old id is left as it is.
        row("man-baz", "U", "Qux (Baz)", "US", "[\"\"e\"\"]"),
        row("c-6", "S", "Baz", "DE", "[\"\"e\"\"]"),
        // No maker: one row, however many weapons it names.
        row("c-7", "T", "Not identified", "UNK", "[\"\"f\"\", \"\"g\"\", \"\"h\"\"]"),
    ]
    .concat();
    let file = wd.write("cat.csv", &text);
    let out = wd
        .cmd(["import", "--db", "c.db", "--mapping"])
        .arg(mapping("gur-components.toml"))
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("1 row made no findings record"), "{}", stderr(&out));
    let c = rusqlite::Connection::open(wd.path("c.db")).unwrap();
    let rows = |q: &str| -> Vec<String> {
        let mut st = c.prepare(q).unwrap();
        st.query_map([], |r| r.get::<_, String>(0)).unwrap().map(Result::unwrap).collect()
    };
    assert_eq!(
        rows("select part_number || ' ' || manufacturer_id from components order by 1"),
        [
            "c-1 man-foo-labs-acme-us",
            "c-2 man-acme-us",
            "c-3 man-acme-de",
            "c-4 man-on-semiconductor",
            "c-5 man-semiconductor-cn",
            "c-6 man-baz-de",
            "man-baz man-qux-baz-us",
        ]
    );
    assert_eq!(
        rows("select from_id || ' ' || to_id from links order by 1"),
        ["man-foo-labs-acme-us man-acme-us", "man-qux-baz-us man-baz-de"]
    );
}
