//! Watch lists, matching, ownership and supplier scoring.

use serde_json::Value;

use crate::util::{Workdir, fixture, root, stderr, stdout};

/// A work directory with the demo imported into demo.db.
fn demo_db() -> (Workdir, std::path::PathBuf) {
    let wd = Workdir::new();
    let db = wd.path("demo.db");
    wd.cmd(["-q", "import", "--db"]).arg(&db).arg(root().join("datasets/demo")).assert().success();
    (wd, db)
}

/// The demo in a database with a watch list: what a gate needs.
fn gate_db() -> (Workdir, std::path::PathBuf) {
    let (wd, db) = demo_db();
    assert!(import_list(&wd, &db, "csv", "plain.csv").status.success());
    wd.cmd(["-q", "match", "--db"]).arg(&db).assert().success();
    (wd, db)
}

#[test]
fn a_list_imported_by_mistake_is_removed_with_its_links() {
    let (wd, db) = gate_db();
    assert!(import_list(&wd, &db, "os-simple", "os-simple.csv").status.success());
    wd.cmd(["-q", "match", "--db"]).arg(&db).assert().success();
    let lists = |wd: &Workdir| stdout(&wd.cmd(["lists", "--format", "csv", "--db"]).arg(&db).output().unwrap());
    assert!(lists(&wd).contains("\nos-simple,os-simple,"), "{}", lists(&wd));
    let out = wd.cmd(["lists", "remove", "os-simple", "--db"]).arg(&db).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("list os-simple: removed, 2 entries"), "{err}");
    assert!(err.contains("link(s) of store entities to its entries deleted"), "{err}");
    assert!(!lists(&wd).contains("os-simple"), "{}", lists(&wd));
    assert!(lists(&wd).contains("\nplain,csv,"), "the other list stays: {}", lists(&wd));
    // The links left are as up to date as before: a gate runs.
    let file = wd.write("s.csv", "name\nNordhavn A/S\n");
    let out = wd.cmd(["score", "--fail-above", "50", "--db"]).arg(&db).arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // A list not loaded, or no database: said so.
    let out = wd.cmd(["lists", "remove", "os-simple", "--db"]).arg(&db).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no list \"os-simple\" is loaded (loaded: plain)"), "{}", stderr(&out));
    let out = wd.cmd(["lists", "remove", "plain", "--db"]).arg(wd.path("none.db")).output().unwrap();
    assert!(stderr(&out).contains("nothing to remove") && !wd.path("none.db").exists(), "{}", stderr(&out));
}

#[test]
fn a_holding_of_listed_parties_below_half_is_a_reason_by_its_share() {
    // E0239 is 49% held by listed parties (look-through): 25 x 49 / 50.
    let (wd, db) = gate_db();
    let file = wd.write("s.csv", "name,country\nООО «Пелмарис Систем»,RU\n");
    let out = wd.cmd(["score", "--format", "json", "--db"]).arg(&db).arg(&file).output().unwrap();
    let row: Value = serde_json::from_str(stdout(&out).lines().next().unwrap()).unwrap();
    assert_eq!(row["resolved_entity"], "E0239", "{row}");
    let linked = row["reasons"].as_array().unwrap().iter().find(|r| r["reason"] == "linked_to_listed");
    let linked = linked.unwrap_or_else(|| panic!("{row}"));
    assert_eq!(linked["points"], 25.0, "{row}");
    assert!(linked["evidence"].as_str().unwrap().contains("= 49% look-through"), "{row}");
}

#[test]
fn a_supplier_matched_to_a_store_entity_listed_by_match_names_the_entry() {
    // The store's Vardun Holding LLC is linked by `match` to the listed
    // Vardun OOO at less than 1; a supplier of the store entity's name
    // matches the entity, and the evidence names the entry and the link.
    let wd = Workdir::new();
    let db = wd.path("v.db");
    wd.write(
        "records/entities.csv",
        "id,name,kind,country
V2,Vardun Holding LLC,trader,RU
",
    );
    wd.cmd(["-q", "import", "--db"]).arg(&db).arg(wd.path("records")).assert().success();
    let list = wd.write(
        "w.csv",
        "id,name,country
W7,Vardun OOO,RU
",
    );
    wd.cmd(["-q", "lists", "import", "--list-format", "csv", "--db"]).arg(&db).arg(&list).assert().success();
    wd.cmd(["-q", "match", "--db"]).arg(&db).assert().success();
    let file = wd.write(
        "s.csv",
        "name,country
Vardun Holding LLC,RU
",
    );
    let out = wd.cmd(["score", "--format", "json", "--db"]).arg(&db).arg(&file).output().unwrap();
    let row: Value = serde_json::from_str(stdout(&out).lines().next().unwrap()).unwrap();
    assert_eq!(row["resolved_entity"], "V2", "{row}");
    let evidence = row["reasons"][0]["evidence"].as_str().unwrap();
    assert!(evidence.starts_with("V2 on w (linked by match to W7 Vardun OOO, 0.9"), "{row}");
    // The match is no stronger than the link it rests on, nor its points.
    let link = &evidence["V2 on w (linked by match to W7 Vardun OOO, ".len()..][..4];
    assert_eq!(format!("{:.2}", row["match_similarity"].as_f64().unwrap()), link, "{row}");
    assert!(row["reasons"][0]["points"].as_f64().unwrap() < 60.0, "{row}");
    // Linked at a threshold below the screen's, it is no match at all.
    let weak = wd.write(
        "weak.csv",
        "name,country
Vardun Holding LLC,RU
",
    );
    let list = wd.write(
        "w2.csv",
        "id,name,country
W7,Vardanov OOO,RU
",
    );
    wd.cmd(["-q", "lists", "import", "--list", "w", "--list-format", "csv", "--db"])
        .arg(&db)
        .arg(&list)
        .assert()
        .success();
    let linked = wd.cmd(["-q", "match", "--threshold", "0.7", "--format", "csv", "--db"]).arg(&db).output().unwrap();
    assert!(stdout(&linked).contains("V2,Vardun Holding LLC,w,W7,Vardanov OOO,name,0.7"), "{}", stdout(&linked));
    let out = wd.cmd(["score", "--format", "json", "--db"]).arg(&db).arg(&weak).output().unwrap();
    let row: Value = serde_json::from_str(stdout(&out).lines().next().unwrap()).unwrap();
    assert_eq!(row["matched"], false, "{row}");
}

#[test]
fn a_supplier_without_a_country_keeps_none_when_resolved_by_name() {
    // The store's Kelmora Arms is of DE, the list's of RU: a supplier of
    // no country named so may be either, and matches the list's.
    let wd = Workdir::new();
    let db = wd.path("k.db");
    wd.write("records/entities.csv", "id,name,kind,country\nK,Kelmora Arms,trader,DE\n");
    wd.cmd(["-q", "import", "--db"]).arg(&db).arg(wd.path("records")).assert().success();
    let list = wd.write("w.csv", "name,country\nKelmora Arms,RU\n");
    wd.cmd(["-q", "lists", "import", "--list-format", "csv", "--db"]).arg(&db).arg(&list).assert().success();
    wd.cmd(["-q", "match", "--db"]).arg(&db).assert().success();
    let file = wd.write("s.csv", "name\nKelmora Arms\n");
    let out = wd.cmd(["score", "--format", "json", "--db"]).arg(&db).arg(&file).output().unwrap();
    let row: Value = serde_json::from_str(stdout(&out).lines().next().unwrap()).unwrap();
    assert_eq!(row["resolved_entity"], "K", "{row}");
    assert_eq!(row["matched"], true, "{row}");
    assert_eq!(row["reasons"][0]["reason"], "name_match", "{row}");
}

#[test]
fn at_a_tie_the_entry_written_as_the_name_is_first() {
    // Alike as compared (legal forms set aside), on two lists: the entry
    // whose main name is written as the supplier's goes first, whichever
    // list was loaded first.
    let wd = Workdir::new();
    let db = wd.path("t.db");
    for (file, name) in [("a.csv", "Vorta Arms"), ("b.csv", "JSC Vorta Arms Company")] {
        let list = wd.write(file, &format!("name,country\n{name},RU\n"));
        wd.cmd(["-q", "lists", "import", "--list-format", "csv", "--db"]).arg(&db).arg(&list).assert().success();
    }
    let file = wd.write("s.csv", "name,country\nJSC Vorta Arms Company,RU\nVorta Arms,RU\n");
    let out = wd.cmd(["score", "--format", "json", "--db"]).arg(&db).arg(&file).output().unwrap();
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let found: Vec<(&str, &str)> =
        rows.iter().map(|r| (r["match_list"].as_str().unwrap(), r["match_name"].as_str().unwrap())).collect();
    assert_eq!(found, [("b", "JSC Vorta Arms Company"), ("a", "Vorta Arms")], "{}", stdout(&out));
}

#[test]
fn match_says_when_there_is_nothing_to_link() {
    let wd = Workdir::new();
    let db = wd.path("l.db");
    let list = wd.write("w.csv", "name\nKvarta Ltd\n");
    wd.cmd(["-q", "lists", "import", "--list-format", "csv", "--db"]).arg(&db).arg(&list).assert().success();
    let out = wd.cmd(["match", "--db"]).arg(&db).output().unwrap();
    assert!(out.status.success());
    assert!(stderr(&out).contains("holds no entities to link: import records"), "{}", stderr(&out));
    let (wd, db) = demo_db();
    let out = wd.cmd(["match", "--db"]).arg(&db).output().unwrap();
    assert!(stderr(&out).contains("no watch lists are loaded"), "{}", stderr(&out));
}

#[test]
fn a_gate_needs_the_store_linked_to_the_lists() {
    // Listed status and 50% ownership come from `match`: before it, or
    // after a list import since, a gate is refused; a plain score warns.
    let (wd, db) = demo_db();
    assert!(import_list(&wd, &db, "csv", "plain.csv").status.success());
    let file = wd.write("s.csv", "name,country\nNordhavn A/S,DK\n");
    let gate = |wd: &Workdir| wd.cmd(["score", "--fail-above", "50", "--db"]).arg(&db).arg(&file).output().unwrap();
    let out = gate(&wd);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("were never linked to the lists"), "{}", stderr(&out));
    assert!(stderr(&out).contains("run `chokepoint match --db FILE` first"), "{}", stderr(&out));
    assert!(stdout(&out).is_empty(), "nothing scored: {}", stdout(&out));
    let out = wd.cmd(["score", "--db"]).arg(&db).arg(&file).output().unwrap();
    assert!(out.status.success());
    assert!(stderr(&out).contains("may be out of date"), "{}", stderr(&out));
    wd.cmd(["-q", "match", "--db"]).arg(&db).assert().success();
    assert_eq!(gate(&wd).status.code(), Some(0));
    assert!(import_list(&wd, &db, "os-simple", "os-simple.csv").status.success());
    let out = gate(&wd);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("came after the last link of the store's entities"), "{}", stderr(&out));
    // So is an import of entities or links since: a company the new
    // records give a listed owner would pass.
    wd.cmd(["-q", "match", "--db"]).arg(&db).assert().success();
    assert_eq!(gate(&wd).status.code(), Some(0));
    wd.write("late/links.csv", "from_id,to_id,relation,share\nE0001,E0002,owns,60\n");
    wd.cmd(["-q", "import", "--db"]).arg(&db).arg(wd.path("late")).assert().success();
    let out = gate(&wd);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("1 import(s) of entities or links came after the last link"), "{}", stderr(&out));
    wd.cmd(["-q", "match", "--db"]).arg(&db).assert().success();
    assert_eq!(gate(&wd).status.code(), Some(0));
}

fn import_list(wd: &Workdir, db: &std::path::Path, format: &str, file: &str) -> std::process::Output {
    wd.cmd(["lists", "import", "--list-format", format, "--db"])
        .arg(db)
        .arg(fixture(&format!("lists/{file}")))
        .output()
        .unwrap()
}

#[test]
fn a_list_given_with_another_format_is_named_the_format_of_its_columns() {
    let (wd, db) = demo_db();
    // OFAC's format reads rows with no header: refused at the header, once.
    let out = import_list(&wd, &db, "ofac-sdn", "eu-journal.csv");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("eu-journal.csv:1: header: the columns are those of another format, not OFAC's sdn.csv: rerun with --list-format eu-journal"), "{err}");
    assert_eq!(err.matches("rerun with").count(), 1, "{err}");
    // A format that reads a name: imported, and the format named.
    let out = import_list(&wd, &db, "csl", "eu-journal.csv");
    assert!(stderr(&out).contains("rerun with --list-format eu-journal"), "{}", stderr(&out));
    // OFAC's file, read by place, given as a CSV format or FtM; FtM given
    // as OFAC's.
    for format in ["csv", "csl", "ftm"] {
        let out = import_list(&wd, &db, format, "ofac/sdn.csv");
        assert_eq!(out.status.code(), Some(1), "{format}");
        assert!(stderr(&out).contains("rerun with --list-format ofac-sdn"), "{format}: {}", stderr(&out));
    }
    let out = import_list(&wd, &db, "ofac-sdn", "watch.ftm.json");
    assert!(stderr(&out).contains("not OFAC's sdn.csv but JSON Lines") && stderr(&out).contains("--list-format ftm"));
    // A list's format before the command, where --format is the output's.
    let out = wd.cmd(["--format", "csv", "lists", "import", "--db"]).arg(&db).arg(fixture("lists/plain.csv")).output();
    let err = stderr(&out.unwrap());
    assert!(err.contains("give the list's format after `lists import`"), "{err}");
    // Both flags: said so, not as one flag given twice.
    let out = wd
        .cmd(["lists", "import", "--format", "csv", "--list-format", "ftm", "--db"])
        .arg(&db)
        .arg(fixture("lists/plain.csv"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--format or --list-format, not both"), "{}", stderr(&out));
    // A format that is none is told with the list formats, not the output ones.
    let out = wd.cmd(["lists", "import", "--format", "xml", "--db"]).arg(&db).arg(fixture("lists/plain.csv")).output();
    let err = stderr(&out.unwrap());
    assert!(err.contains("[possible values: ftm, csl, os-simple, csv, ofac-sdn, eu-journal]"), "{err}");
    // CSV read as JSON Lines, and JSON Lines as CSV: told once, in a line.
    let out = import_list(&wd, &db, "ftm", "eu-journal.csv");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("eu-journal.csv:1: not JSON Lines") && err.contains("rerun with --list-format eu-journal"));
    assert_eq!(err.lines().count(), 1, "{err}");
    let out = import_list(&wd, &db, "csl", "watch.ftm.json");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("watch.ftm.json:1: not CSV but JSON Lines") && err.contains("--list-format ftm"), "{err}");
}

#[test]
fn every_list_format_imports() {
    let (wd, db) = demo_db();
    for (format, file, n) in [
        ("ftm", "watch.ftm.json", 2),
        ("csl", "csl.csv", 2),
        ("os-simple", "os-simple.csv", 2),
        ("csv", "plain.csv", 2),
        ("eu-journal", "eu-journal.csv", 5),
    ] {
        let out = import_list(&wd, &db, format, file);
        assert!(out.status.success(), "{file}: {}", stderr(&out));
        assert!(
            stderr(&out).contains(&format!("{n} entries ({n} added, 0 removed, 0 changed)")),
            "{file}: {}",
            stderr(&out)
        );
    }
    let out = wd.cmd(["lists", "--format", "json", "--db"]).arg(&db).output().unwrap();
    let lists: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let names: Vec<&str> = lists.iter().map(|l| l["list"].as_str().unwrap()).collect();
    assert_eq!(names, ["csl", "eu-journal", "os-simple", "plain", "watch"]);
    let watch = &lists[4];
    assert_eq!((watch["entries"].as_u64(), watch["first_listed"].as_str()), (Some(2), Some("2022-05-05")));
    // The holdings the FtM file states are shown on both parties' rows.
    let out = wd.cmd(["lists", "show", "watch", "--format", "json", "--db"]).arg(&db).output().unwrap();
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let tingyao = rows.iter().find(|r| r["entry_id"] == "wl-tingyao").unwrap();
    assert_eq!(tingyao["owners"], "wl-kirvard Общество с ограниченной ответственностью «Кирвард-Техно» 40%");
    let kirvard = rows.iter().find(|r| r["entry_id"] == "wl-kirvard").unwrap();
    assert_eq!(kirvard["holdings"], "wl-tingyao Tingyao Electronic Trading Ltd 40%");
    // The EU journal CSV: dates d.m.yyyy, record ids unique within their
    // annex (both `1` here), numbers among their labels, countries from the
    // addresses (CN and HK; RU), none when an address names no country
    // (Atlantis), a vessel by its IMO number only.
    let eu = &lists[1];
    assert_eq!((eu["first_listed"].as_str(), eu["last_listed"].as_str()), (Some("2014-07-31"), Some("2024-05-20")));
    let suppliers = wd.write(
        "eu.csv",
        "id,name,country,identifiers\n\
         a,Other Trader,AE,7704730655 (INN)\n\
         b,АО Кварта Радиозавод,RU,\n\
         c,Vorta Star Trading LLC,AE,\n\
         d,Ship Owner,,IMO 9123456\n\
         e,Vorta Electronics Co Ltd,HK,\n\
         f,Other Importer,CN,531246870\n\
         g,Kelvaro Systems,KZ,\n\
         h,Kvarta Radio Plant JSC,KZ,\n\
         i,Text of image,,\n",
    );
    let out = wd.cmd(["score", "--format", "json", "--db"]).arg(&db).arg(&suppliers).output().unwrap();
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let found: Vec<&str> = rows.iter().map(|r| r["match_name"].as_str().unwrap()).collect();
    assert_eq!(
        found,
        [
            "JSC Kvarta Radio Plant",
            "JSC Kvarta Radio Plant",
            "",
            "VORTA STAR",
            "Vorta Electronics Co. Ltd.",
            "Vorta Electronics Co. Ltd.",
            "Kelvaro Systems LLC",
            "",
            ""
        ],
        "{}",
        stdout(&out)
    );
    // The transcription's placeholders are no names: `So-called` before
    // the name given as an alias, a language's label alone, `Text of image`.
    let out =
        wd.cmd(["lists", "show", "eu-journal", "--id", "IV-3", "--format", "json", "--db"]).arg(&db).output().unwrap();
    let entry: Value = serde_json::from_str(stdout(&out).lines().next().unwrap()).unwrap();
    assert_eq!((entry["name"].as_str(), entry["aliases"].as_str()), (Some("Kelvaro Systems LLC"), Some("")), "{entry}");
    // In KZ, the Russian plant is a name in another country.
    assert!(rows[7]["reasons"].to_string().contains("in KZ, the entry in RU only"), "{}", rows[7]);
    // An entry as stored, and a list or entry not loaded.
    let out =
        wd.cmd(["lists", "show", "eu-journal", "--id", "IV-2", "--format", "json", "--db"]).arg(&db).output().unwrap();
    let entry: Value = serde_json::from_str(stdout(&out).lines().next().unwrap()).unwrap();
    assert_eq!(
        (entry["countries"].as_str(), entry["identifiers"].as_str(), entry["programs"].as_str()),
        (Some("CN;HK"), Some("registration:530308406;registration:531246870"), Some("EU-RUS annex IV")),
        "{entry}"
    );
    let out = wd.cmd(["lists", "show", "eu-journal", "--id", "IV-99", "--db"]).arg(&db).output().unwrap();
    assert!(stderr(&out).contains("list \"eu-journal\" has no entry \"IV-99\""), "{}", stderr(&out));
    // An id given short: the ids it may stand for are named.
    let out = wd.cmd(["lists", "show", "eu-journal", "--id", "2", "--db"]).arg(&db).output().unwrap();
    assert!(stderr(&out).contains("has no entry \"2\" (did you mean IV-2?)"), "{}", stderr(&out));
    let out = wd.cmd(["lists", "show", "nope", "--db"]).arg(&db).output().unwrap();
    assert!(stderr(&out).contains("no list \"nope\" is loaded (loaded: csl, eu-journal,"), "{}", stderr(&out));
    assert!(rows[1]["reasons"].to_string().contains("IV-1 on eu-journal (EU-RUS annex IV)"), "{}", rows[1]);
}

#[test]
fn a_party_on_several_lists_names_each_list() {
    let wd = Workdir::new();
    let db = wd.path("w.db");
    // The same party on two lists, by name on one and by identifier on both.
    for (list, rows) in [
        ("first", "name,country,identifiers\nArdentrix Supply LLC,US,\nТОО «Пример Казахстан»,KZ,bin:123456789012\n"),
        ("second", "name,country,identifiers\nArdentrix Supplies Co,US,\nPrimer KZ,KZ,bin:123456789012\n"),
    ] {
        let mut import = wd.cmd(["lists", "import", "-q", "-", "--format", "csv", "--list", list, "--db"]);
        import.arg(&db).write_stdin(rows).assert().success();
    }
    let out = wd
        .cmd(["score", "-", "--format", "json", "--db"])
        .arg(&db)
        .write_stdin("name,country,identifiers\nArdentrix Supply LLC,US,\nPrimer,KZ,BIN 123456789012\nOther Ltd,US,\n")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let lists = |r: &Value| -> Vec<(String, String, f64)> {
        r["other_lists"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| {
                (
                    m["list"].as_str().unwrap().into(),
                    m["rule"].as_str().unwrap().into(),
                    m["similarity"].as_f64().unwrap(),
                )
            })
            .collect()
    };
    // The best on `first` (the same name); `second` named beside it.
    assert_eq!((rows[0]["match_list"].as_str(), rows[0]["match_similarity"].as_f64()), (Some("first"), Some(1.0)));
    let second = lists(&rows[0]);
    assert_eq!(second.len(), 1, "{}", rows[0]);
    assert_eq!((second[0].0.as_str(), second[0].1.as_str()), ("second", "name"));
    assert!(second[0].2 >= 0.9 && second[0].2 < 1.0, "{second:?}");
    // The identifier, on both lists.
    assert_eq!(rows[1]["match_list"], "first");
    assert_eq!(lists(&rows[1]), [("second".to_string(), "identifier".to_string(), 1.0)]);
    assert!(lists(&rows[2]).is_empty() && rows[2]["matched"] == false, "{}", rows[2]);
    // CSV: one column, each list with its entry and similarity.
    let out = wd
        .cmd(["score", "-", "--format", "csv", "--db"])
        .arg(&db)
        .write_stdin("name,country\nArdentrix Supply LLC,US\n")
        .output()
        .unwrap();
    let mut csv = csv::Reader::from_reader(out.stdout.as_slice());
    let column = csv.headers().unwrap().iter().position(|h| h == "other_lists").expect("an other_lists column");
    let row = csv.records().next().unwrap().unwrap();
    assert!(
        row[column].starts_with("second: ") && row[column].contains("Ardentrix Supplies Co ("),
        "{:?}",
        &row[column]
    );
}

#[test]
fn ftm_reads_a_byte_order_mark_and_aircraft_and_warns_of_a_person_and_a_company_under_one_id() {
    let wd = Workdir::new();
    let db = wd.path("w.db");
    let file = wd.write(
        "f.ftm.json",
        "\u{feff}{\"id\":\"c1\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Kvartenor Aero LLC\"]}}\n\
         {\"id\":\"p1\",\"schema\":\"Airplane\",\"properties\":{\"name\":[\"RA-12345\"]}}\n\
         {\"id\":\"c1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Ivan Kvartenorov\"]}}\n",
    );
    let out = wd.cmd(["lists", "import", "--format", "ftm", "--db"]).arg(&db).arg(&file).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("2 entries (2 added"), "{err}");
    assert!(err.contains("f.ftm.json:3: entity \"c1\" is a Person here and a Company on line 1"), "{err}");
    // The aircraft is on the list, matched by nothing but identifiers.
    let out = wd
        .cmd(["score", "-", "--format", "json", "--db"])
        .arg(&db)
        .write_stdin("name\nRA-12345 Ltd\n")
        .output()
        .unwrap();
    assert!(stdout(&out).contains("\"matched\":false"), "{}", stdout(&out));
}

#[test]
fn eu_journal_keeps_an_entry_whose_date_is_none_and_says_so() {
    let wd = Workdir::new();
    let db = wd.path("w.db");
    let text = std::fs::read_to_string(fixture("lists/eu-journal.csv")).unwrap();
    assert!(text.contains(",23.2.2023,"));
    let file = wd.write("eu.csv", &text.replacen(",23.2.2023,", ",31.2.2023,", 1));
    let out = wd.cmd(["lists", "import", "--format", "eu-journal", "--db"]).arg(&db).arg(&file).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    let told = "eu.csv:2: listing date \"31.2.2023\" is no date (2023-06-23, 23.6.2023 or 23 June 2023): entry \
                kept without one";
    assert!(err.contains(told), "{err}");
    assert!(err.contains("5 entries (5 added"), "{err}");
}

#[test]
fn os_simple_programmes_are_their_ids() {
    let wd = Workdir::new();
    let db = wd.path("w.db");
    let text = "id,schema,name,countries,sanctions,program_ids,dataset\n\
                os-1,Company,Kvartenor Trade LLC,ru,US-OFAC sanctions - long text,RUSSIA-EO14024,us_ofac_sdn\n\
                os-2,Company,Vortenal Holding,ru,EU sanctions,,eu_fsf\n";
    let mut import = wd.cmd(["lists", "import", "-q", "-", "--format", "os-simple", "--list", "os", "--db"]);
    import.arg(&db).write_stdin(text).assert().success();
    let out = wd
        .cmd(["score", "-", "--format", "json", "--db"])
        .arg(&db)
        .write_stdin("name,country\nKvartenor Trade LLC,RU\nVortenal Holding,RU\n")
        .output()
        .unwrap();
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let evidence = |r: &Value| r["reasons"][0]["evidence"].as_str().unwrap().to_string();
    assert!(evidence(&rows[0]).starts_with("os-1 on os (RUSSIA-EO14024):"), "{}", rows[0]);
    assert!(evidence(&rows[1]).starts_with("os-2 on os (EU sanctions):"), "{}", rows[1]);
}

#[test]
fn a_country_written_as_not_known_is_none_with_a_warning() {
    let (wd, db) = gate_db();
    let file = wd.write("s.csv", "id,name,country\nu1,Maralis General Trading,UNK\nu2,Nordhavn A/S,N/A\nu3,Other,NA\n");
    let out =
        wd.cmd(["score", "--format", "json", "--fail-above", "100"]).arg("--db").arg(&db).arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("s.csv:2: country \"UNK\" read as not known"), "{err}");
    assert!(err.contains("s.csv:3: country \"N/A\" read as not known"), "{err}");
    // NA is Namibia.
    assert!(!err.contains("s.csv:4"), "{err}");
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows[0]["matched"], true, "{}", rows[0]);
    assert!(rows.iter().all(|r| r["band"] != "error"), "{}", stdout(&out));
}

#[test]
fn a_list_is_read_from_standard_input_with_its_name() {
    let wd = Workdir::new();
    let db = wd.path("w.db");
    let out = wd
        .cmd(["lists", "import", "-", "--format", "csv", "--list", "piped", "--db"])
        .arg(&db)
        .write_stdin("name,country\nKvarta Holding,RU\n")
        .output()
        .unwrap();
    assert!(stderr(&out).contains("list piped: 1 entry (1 added, 0 removed, 0 changed)"), "{}", stderr(&out));
    // Without --list, a list read from standard input has no name.
    let out =
        wd.cmd(["lists", "import", "-", "--format", "csv", "--db"]).arg(&db).write_stdin("name\nX\n").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("needs --list NAME"), "{}", stderr(&out));
}

#[test]
fn lists_import_takes_format_as_the_issue_names_it() {
    let (wd, db) = demo_db();
    let out = wd
        .cmd(["lists", "import", "--format", "os-simple", "--db"])
        .arg(&db)
        .arg(fixture("lists/os-simple.csv"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("list os-simple: 2 entries"), "{}", stderr(&out));
    // An output format given instead: the list's format is asked for, by
    // the name this command takes.
    let out = wd
        .cmd(["lists", "import", "--format", "json", "--db"])
        .arg(&db)
        .arg(fixture("lists/plain.csv"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("lists import needs the list's format: --format ftm|csl"), "{}", stderr(&out));
}

#[test]
fn malformed_lines_are_reported_with_line_numbers() {
    let (wd, db) = demo_db();
    let out = import_list(&wd, &db, "ftm", "malformed.ftm.json");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("malformed.ftm.json:2: json: not a JSON object"), "{err}");
    assert!(err.contains("malformed.ftm.json:3: json: an entity needs \"id\" and \"schema\""), "{err}");
    let out = import_list(&wd, &db, "csv", "plain-malformed.csv");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(err.contains("plain-malformed.csv:3: row: name: missing value"), "{err}");
    assert!(err.contains("plain-malformed.csv:4: row: country: \"XX\""), "{err}");
    // A listing date that is none is warned of, the entry kept: a watch
    // list needs the party more than its date.
    let no_date = "plain-malformed.csv:5: listing date \"2024-13-01\" is no date";
    assert!(err.contains(no_date) && !err.contains("plain-malformed.csv:5: row"), "{err}");
    let out = wd.cmd(["lists", "--db"]).arg(&db).output().unwrap();
    assert_eq!(stdout(&out).trim(), "(no rows)", "nothing was written");
    let out = wd
        .cmd(["lists", "import", "--list-format", "csv", "--skip-invalid", "--db"])
        .arg(&db)
        .arg(fixture("lists/plain-malformed.csv"))
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(stderr(&out).contains("2 entries (2 added, 0 removed, 0 changed, 2 rows skipped)"), "{}", stderr(&out));
    let out = wd.cmd(["lists", "show", "plain-malformed", "--format", "csv", "--db"]).arg(&db).output().unwrap();
    assert!(stdout(&out).contains("Bad Date Ltd"), "{}", stdout(&out));
    // A quote left open takes the rows after it: told, with the lines.
    let open = wd.write("open.csv", "name,country\nKvarta Ltd,GB\nVorta Ltd,\"DE\nBrelvik Ltd,FR\n");
    let out = wd.cmd(["lists", "import", "--list-format", "csv", "--db"]).arg(&db).arg(&open).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("open.csv:3: row: a quote opened on this line is not closed, so lines 3 to 4"),
        "{}",
        stderr(&out)
    );
    // One that a later field's quote closes takes the rows between into
    // one field: refused, with the lines, in a list and a supplier file;
    // a field over lines that ends at its quote (an address) is read.
    let text = "name,country,address\nKvarta Ltd,GB,\"1 Dock Rd\nLeeds\"\n\"Vorta Ltd,DE,\nBrelvik Ltd,FR,\n\"Orvel Ltd\",FR,\nSelva Ltd,FR,\n";
    let closed = wd.write("closed.csv", text);
    let out = wd.cmd(["lists", "import", "--list-format", "csv", "--db"]).arg(&db).arg(&closed).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let told =
        "closed.csv:4: row: a quote opened on this line is closed inside a field on a later line, so lines 4 to 6";
    assert!(stderr(&out).contains(told), "{}", stderr(&out));
    let out =
        wd.cmd(["lists", "import", "--list-format", "csv", "--skip-invalid", "--db"]).arg(&db).arg(&closed).output();
    let err = stderr(&out.unwrap());
    assert!(err.contains("2 entries (2 added, 0 removed, 0 changed, 1 row skipped)"), "{err}");
    let out = wd.cmd(["score", "--format", "json"]).arg(&closed).output().unwrap();
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let names: Vec<(&str, &str)> =
        rows.iter().map(|r| (r["name"].as_str().unwrap(), r["band"].as_str().unwrap())).collect();
    // The supplier file's broken row is told, and the rows it took are
    // scored each on its own line.
    let expected = [
        ("Kvarta Ltd", "low"),
        ("Vorta Ltd,DE,", "error"),
        ("Brelvik Ltd", "low"),
        ("Orvel Ltd", "low"),
        ("Selva Ltd", "low"),
    ];
    assert_eq!(names, expected, "{}", stdout(&out));
    let lines: Vec<u64> = rows.iter().map(|r| r["line"].as_u64().unwrap()).collect();
    assert_eq!(lines, [2, 4, 5, 6, 7]);
    assert!(rows[1]["error"].as_str().unwrap().contains("lines 4 to 6 were read as one row"), "{}", rows[1]);
    // A row of more or fewer fields than the header is refused, as a
    // supplier's is: its values would go to other columns.
    let short = wd.write("short.csv", "name,country,identifiers\nKvarta Ltd,GB,\nVorta Ltd\nSelva Ltd,FR,12,34\n");
    let out = wd.cmd(["lists", "import", "--list-format", "csv", "--db"]).arg(&db).arg(&short).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("short.csv:3: row: 1 field, but the header has 3: give every column"), "{err}");
    assert!(err.contains("short.csv:4: row: 4 fields, but the header has 3; quote fields that hold commas"), "{err}");
}

#[test]
fn reimport_replaces_the_list_and_reports_changes() {
    let (wd, db) = demo_db();
    let file = wd.write("watch.csv", "id,name,country\nA,Alpha Ltd,GB\nB,Beta Ltd,GB\n");
    let run = |f: &std::path::Path| {
        wd.cmd(["lists", "import", "--list-format", "csv", "--db"]).arg(&db).arg(f).output().unwrap()
    };
    assert!(stderr(&run(&file)).contains("2 entries (2 added, 0 removed, 0 changed)"));
    let file = wd.write("watch.csv", "id,name,country\nB,Beta Ltd,GB\nC,Gamma Ltd,GB\n");
    let err = stderr(&run(&file));
    assert!(err.contains("2 entries (1 added, 1 removed, 0 changed)"), "{err}");
    assert!(err.contains("+ C Gamma Ltd") && err.contains("- A Alpha Ltd"), "{err}");
    // An entry kept with other details (a country, an alias) is changed;
    // the same file again changes nothing.
    let file = wd.write("watch.csv", "id,name,country,aliases\nB,Beta Ltd,DE,\nC,Gamma Ltd,GB,Gamma Co\n");
    let err = stderr(&run(&file));
    assert!(err.contains("2 entries (0 added, 0 removed, 2 changed)"), "{err}");
    // Each with what changed.
    assert!(err.contains("~ B Beta Ltd: countries +DE -GB") && err.contains("~ C Gamma Ltd: names +Gamma Co"), "{err}");
    assert!(stderr(&run(&file)).contains("2 entries (0 added, 0 removed, 0 changed)"));
    // Without ids, entries go by name, not line: dropping the first line
    // removes that entry, deletes the store's link to it, and keeps the
    // link to the entry that moved up a line.
    let file = wd.write("watch.csv", "name,country\nОсОО «Фелктон-Импорт»,KG\nChexi Technology (HK) Limited,HK\n");
    assert!(run(&file).status.success());
    assert!(wd.cmd(["match", "--db"]).arg(&db).output().unwrap().status.success());
    let listed = || {
        let out = wd.cmd(["select", "listed", "--format", "csv", "--db"]).arg(&db).output().unwrap();
        stdout(&out)
    };
    assert!(listed().contains("E0127,") && listed().contains("E0128,"), "{}", listed());
    let file = wd.write("watch.csv", "name,country\nChexi Technology (HK) Limited,HK\n");
    let err = stderr(&run(&file));
    assert!(
        err.contains("1 entry (0 added, 1 removed, 0 changed)") && err.contains("- ОсОО «Фелктон-Импорт»"),
        "{err}"
    );
    assert!(err.contains("1 link(s) of store entities to removed entries deleted"), "{err}");
    assert!(!listed().contains("E0127,") && listed().contains("E0128,"), "{}", listed());
    // An id given twice is refused; a column the format does not read is named.
    let file = wd.write("watch.csv", "id,name,countrry\nA,Alpha Ltd,GB\nA,Alpha Two Ltd,GB\n");
    let out = run(&file);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("watch.csv:3: row: id \"A\" was given on line 2 already"), "{err}");
    assert!(err.contains("column countrry not read"), "{err}");
    // A name given twice without ids makes two entries, with a warning.
    let file = wd.write("watch.csv", "name,country\nAlpha Ltd,GB\nBeta Ltd,GB\nAlpha Ltd,GB\n");
    let out = run(&file);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out)
            .contains("watch.csv:4: \"Alpha Ltd\" was given on line 2 too, without an id: kept as a second entry"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn match_links_entities_by_identifier_and_name_and_reports_ownership() {
    let (wd, db) = demo_db();
    for (format, file) in [("ftm", "watch.ftm.json"), ("csl", "csl.csv"), ("os-simple", "os-simple.csv")] {
        assert!(import_list(&wd, &db, format, file).status.success());
    }
    let out = wd.cmd(["match", "--format", "json", "--db"]).arg(&db).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let found: Vec<(&str, &str, &str)> = rows
        .iter()
        .map(|r| (r["entity_id"].as_str().unwrap(), r["entry_id"].as_str().unwrap(), r["rule"].as_str().unwrap()))
        .collect();
    assert!(found.contains(&("E0118", "wl-tingyao", "identifier")), "{found:?}");
    assert!(found.contains(&("E0226", "c1", "identifier")), "{found:?}");
    assert!(found.contains(&("E0228", "os-1", "identifier")), "{found:?}");
    assert!(found.contains(&("E0225", "wl-kirvard", "name")), "{found:?}");
    // Matches explain themselves.
    let kirvard = rows.iter().find(|r| r["entity_id"] == "E0225").unwrap();
    assert!(kirvard["evidence"].as_str().unwrap().contains("legal forms set aside"), "{kirvard}");
    // E0118 now counts as listed.
    let out = wd.cmd(["select", "listed+country:HK", "--format", "csv", "--db"]).arg(&db).output().unwrap();
    assert!(stdout(&out).contains("E0118,trader,HK,true"), "{}", stdout(&out));
    // Ownership, in the same rows: 30% + 25%; 50% by an owner that is
    // blocked as 60% owned by a listed party (the rule cascades); exactly
    // 50%; 49%, with a look-through share only. The owners of E0127 are
    // on different lists: the shares by list are told.
    let ownership = stdout(&out_of(&wd, &db));
    for row in [
        "E0127,ОсОО «Фелктон-Импорт»,,,,owned_by_listed,,55.0,\"E0228 ООО «ЖарелитСнаб» (listed: EU, US-SDN, os-simple) 25% + \
         E0391 АО «Зорорис Инвест» (listed: UK, US-SDN) 30% = 55%; \
         by list: EU 25%, UK 30%, US-SDN 55%, os-simple 25%\"",
        "E0128,Chexi Technology (HK) Limited,,,,owned_by_listed,,50.0,\"E0390 Sorvelis Holdings Ltd (owned_by_listed: E0389 ПАО «Веломир Холдинг» \
         (listed: EU, UK, US-SDN) 60%) 50% = 50%\"",
        "E0129,Cadoth Industrial LLC,,,,owned_by_listed,,50.0,\"E0226 ООО «Витекта» (listed: EU, US-SDN, csl) 50% = 50%\"",
        "E0239,ООО «Пелмарис Систем»,,,,linked_to_listed,,49.0,",
    ] {
        assert!(ownership.contains(row), "{row} in {ownership}");
    }
}

#[test]
fn an_owner_on_two_lists_counts_on_each() {
    // A (30%) is on lists eu and us, B (25%) on us: together 55% on us.
    // B is on us by a name written otherwise, which the arithmetic tells.
    let wd = Workdir::new();
    let db = wd.path("o.db");
    wd.write("records/entities.csv", "id,name,kind,country\nA,Anvil Machinery LLC,trader,RU\nB,Bolt Instruments LLC,trader,RU\nT,Target Sub,trader,RU\n");
    // B holds 10% of A too: A, listed, has no finding of its own.
    wd.write("records/links.csv", "from_id,to_id,relation,share\nA,T,owns,30\nB,T,owns,25\nB,A,owns,10\n");
    wd.cmd(["-q", "import", "--db"]).arg(&db).arg(wd.path("records")).assert().success();
    let eu = wd.write("eu.csv", "name,country\nAnvil Machinery LLC,RU\n");
    let us = wd.write("us.csv", "name,country\nAnvil Machinery LLC,RU\nBolt Instrumants LLC,RU\n");
    for list in [&eu, &us] {
        wd.cmd(["-q", "lists", "import", "--list-format", "csv", "--db"]).arg(&db).arg(list).assert().success();
    }
    let out = wd.cmd(["match", "--db"]).arg(&db).output().unwrap();
    let text = stdout(&out);
    assert!(text.starts_with("2 entities linked to list entries (3 links)"), "{text}");
    assert!(
        text.contains(
            "A Anvil Machinery LLC (listed: eu, us) 30% + B Bolt Instruments LLC (listed: us by name 0.99) 25% = 55%; \
             by list: eu 30%, us 55%"
        ),
        "{text}"
    );
    assert!(!text.contains("linked_to_listed"), "{text}");
}

#[test]
fn owners_on_export_control_lists_alone_are_told_apart() {
    // A is on the Entity List by its record, B on a list's Annex IV entry
    // by a match, C on OFAC's list: T is 70% held by listed parties, 10%
    // without those of export controls; U is held by B alone.
    let wd = Workdir::new();
    let db = wd.path("o.db");
    wd.write(
        "records/entities.csv",
        "id,name,kind,country,lists\nA,Anvil Machinery LLC,trader,RU,US-EL\nB,Bolt Instruments LLC,trader,RU,\n\
         C,Cobalt Freight LLC,trader,RU,US-SDN\nT,Target Sub,trader,RU,\nU,Umbra Sub,trader,RU,\n",
    );
    wd.write("records/links.csv", "from_id,to_id,relation,share\nA,T,owns,60\nC,T,owns,10\nB,U,owns,50\n");
    wd.cmd(["-q", "import", "--db"]).arg(&db).arg(wd.path("records")).assert().success();
    let annex = wd.write("annex.csv", "name,country,program\nBolt Instruments LLC,RU,EU-RUS annex IV\n");
    wd.cmd(["-q", "lists", "import", "--list-format", "csv", "--db"]).arg(&db).arg(&annex).assert().success();
    let text = stdout(&wd.cmd(["match", "--db"]).arg(&db).output().unwrap());
    let note = "(such a list restricts exports to its parties and freezes no assets; whether it reaches what they \
                own is its regime's: check it)";
    assert!(
        text.contains(&format!(
            "C Cobalt Freight LLC (listed: US-SDN) 10% = 70%; by list: US-EL 60%, US-SDN 10%; without the parties on \
             export-control lists alone (US-EL): 10% {note}"
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "B Bolt Instruments LLC (listed: annex) 50% = 50%; without the parties on export-control lists alone \
             (EU-RUS annex IV): 0% {note}"
        )),
        "{text}"
    );
}

fn out_of(wd: &Workdir, db: &std::path::Path) -> std::process::Output {
    wd.cmd(["match", "--format", "csv", "--db"]).arg(db).output().unwrap()
}

fn suppliers(wd: &Workdir) -> std::path::PathBuf {
    wd.write(
        "suppliers.csv",
        "id,name,country,address,identifiers,website\n\
         s1,Alvandra Technologies FZE,AE,\"Office 2213, Silverine Tower, Cluster Q, Jumeirah Lakes Towers, Dubai\",,\n\
         s2,Maralis General Trading,AE,,,\n\
         s3,Nordhavn Office Supplies A/S,DK,,,\n\
         s4,,DE,,,\n",
    )
}

#[test]
fn score_gives_the_planted_shell_company_its_reasons() {
    let wd = Workdir::new();
    let file = suppliers(&wd);
    let out = wd.cmd(["score", "--format", "json"]).arg(&file).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    // The demo has listed entities but no watch lists: said, not silent.
    assert!(stderr(&out).contains("no watch lists are loaded in the embedded demo"), "{}", stderr(&out));
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows.len(), 4, "one row per input row, in order");
    let shell = &rows[0];
    assert_eq!(shell["resolved_entity"], "E0122");
    assert_eq!(shell["band"], "critical");
    let reasons: Vec<&str> =
        shell["reasons"].as_array().unwrap().iter().map(|r| r["reason"].as_str().unwrap()).collect();
    for r in ["shared_address", "near_listed", "hub_country", "new_company", "chpl_tier_1_2", "intermediary_consignee"]
    {
        assert!(reasons.contains(&r), "missing {r} in {reasons:?}");
    }
    let shared = shell["reasons"].as_array().unwrap().iter().find(|r| r["reason"] == "shared_address").unwrap();
    assert!(shared["evidence"].as_str().unwrap().contains("E0121"), "{shared}");
    // Each reason names the red flags it stands for; a list match none.
    assert_eq!(shared["red_flags"], "RF09,RF10");
    let consignee = shell["reasons"].as_array().unwrap().iter().find(|r| r["reason"] == "intermediary_consignee");
    assert_eq!(consignee.unwrap()["red_flags"], "RF20");
    let listed = rows[1]["reasons"].as_array().unwrap().iter().find(|r| r["reason"] == "name_match").unwrap();
    assert_eq!(listed["red_flags"], "", "{listed}");
    for key in ["id", "name", "score", "band", "matched", "match_name", "match_list", "match_similarity", "reasons"] {
        assert!(shell.get(key).is_some(), "JSON rows carry {key}");
    }
    let maralis = &rows[1];
    assert_eq!(
        (maralis["matched"].as_bool(), maralis["match_name"].as_str()),
        (Some(true), Some("Maralis General Trading LLC"))
    );
    assert_eq!(maralis["match_similarity"], 1.0);
    assert_eq!(rows[2]["band"], "low");
    assert_eq!(rows[3]["band"], "error");
    assert!(rows[3]["error"].as_str().unwrap().contains("line 5: name: missing value"));
}

#[test]
fn fail_above_exits_3_and_output_is_deterministic() {
    let (wd, db) = gate_db();
    // The suppliers but the last (a row without a name fails any gate).
    let all = std::fs::read_to_string(suppliers(&wd)).unwrap();
    let file = wd.write("three.csv", &all.lines().take(4).map(|l| format!("{l}\n")).collect::<String>());
    let a =
        wd.cmd(["score", "--format", "csv", "--fail-above", "90"]).arg("--db").arg(&db).arg(&file).output().unwrap();
    assert_eq!(a.status.code(), Some(3));
    let b =
        wd.cmd(["score", "--format", "csv", "--fail-above", "100"]).arg("--db").arg(&db).arg(&file).output().unwrap();
    assert_eq!(b.status.code(), Some(0));
    assert_eq!(a.stdout, b.stdout, "same input, same output");
    // A gate with no watch list (here `--db` left out: the embedded demo)
    // would pass listed parties: refused before scoring.
    let out = wd.cmd(["score", "--format", "csv", "--fail-above", "90"]).arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stdout(&out).is_empty());
    assert!(
        stderr(&out).contains("--fail-above needs watch lists, and none are loaded in the embedded demo"),
        "{}",
        stderr(&out)
    );
    // JSON Lines on standard input, after a byte-order mark.
    let out = wd
        .cmd(["score", "-", "--format", "json"])
        .write_stdin("\u{feff}{\"id\":\"j1\",\"name\":\"Maralis General Trading\",\"country\":\"AE\"}\n")
        .output()
        .unwrap();
    assert!(stdout(&out).contains("\"matched\":true"), "{}", stdout(&out));
}

#[test]
fn unreadable_rows_keep_their_id_and_fail_the_gate() {
    let (wd, db) = gate_db();
    // A country by its English name is read as its code; an unknown one is
    // an error row that keeps the id and name; a quote left open runs into
    // the next line, and the message says which lines.
    let file = wd.write(
        "s.csv",
        "id,name,country\n\
         a1,Maralis General Trading,United Arab Emirates\n\
         a2,Nordhavn Office Supplies A/S,Atlantis\n\
         a3,\"Kestrel Parts,DE\n\
         a4,Third Co,FR\n",
    );
    let out =
        wd.cmd(["score", "--format", "json", "--fail-above", "100"]).arg("--db").arg(&db).arg(&file).output().unwrap();
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows.len(), 4, "{}", stdout(&out));
    assert_eq!(rows[0]["matched"], true, "{}", rows[0]);
    // The row the open quote took is read again on its own line.
    assert_eq!((rows[3]["id"].as_str(), rows[3]["line"].as_u64()), (Some("a4"), Some(5)), "{}", rows[3]);
    assert_eq!(rows[3]["band"], "low");
    assert_eq!((rows[1]["id"].as_str(), rows[1]["name"].as_str()), (Some("a2"), Some("Nordhavn Office Supplies A/S")));
    assert_eq!(rows[1]["band"], "error");
    assert!(rows[1]["error"].as_str().unwrap().contains("\"Atlantis\" is not a country"), "{}", rows[1]);
    assert_eq!(rows[2]["id"], "a3");
    assert!(
        rows[2]["error"]
            .as_str()
            .unwrap()
            .contains("line 4: a quote opened on this line is not closed, so lines 4 to 5")
    );
    // Nothing scores above 100, but unscored rows fail the gate.
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("2 row(s) could not be scored"), "{}", stderr(&out));
    // A quote left open with as many fields as the header: still told, and
    // the gate fails; a closed quote over two lines is an address.
    let open = wd.write("open.csv", "name,address\nFoo Ltd,\"Main St 1\nMaralis General Trading,Dubai\nBaz,Berlin\n");
    let out =
        wd.cmd(["score", "--format", "csv", "--fail-above", "100"]).arg("--db").arg(&db).arg(&open).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(stdout(&out).contains("so lines 2 to 4 were read as one row"), "{}", stdout(&out));
    let closed = wd.write("closed.csv", "name,address\nFoo Ltd,\"Main St 1\nBerlin\"\nBar,x\n");
    let out =
        wd.cmd(["score", "--format", "csv", "--fail-above", "100"]).arg("--db").arg(&db).arg(&closed).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    // A legal form alone names no company: not scored (it matched any
    // entry with that legal form in parentheses).
    let bare = wd.write("bare.csv", "id,name\nb1,LLC\nb2,ООО\nb3,\"Co., Ltd. (HK)\"\nb4,C Ltd\n");
    let out =
        wd.cmd(["score", "--format", "json", "--fail-above", "100"]).arg("--db").arg(&db).arg(&bare).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stdout(&out).contains("line 2: name: \\\"LLC\\\" is a legal form alone; give the company's whole name"),
        "{}",
        stdout(&out)
    );
    // Nor does a place and a legal form (`HK` would be compared as a name).
    assert!(stdout(&out).contains("is a place and a legal form; give"), "{}", stdout(&out));
    // Nor one character and a legal form (`C` matched the initials `I.C.I.C.`).
    assert!(stdout(&out).contains("is one character and a legal form"), "{}", stdout(&out));
    // Nor does a number (an id shifted into the name), in JSON or in CSV;
    // a name with letters and digits is one.
    // Nor a name of thousands of characters (a record pasted into the
    // name column): refused at once, not compared for seconds.
    let long = format!("{{\"name\":\"{}\"}}\n", "A".repeat(40_000));
    let numbers = wd.write(
        "numbers.json",
        &format!("{{\"name\":12345}}\n{{\"name\":\"4 500\"}}\n{{\"name\":\"7-Eleven\"}}\n{long}"),
    );
    let out = wd.cmd(["score", "--format", "json"]).arg(&numbers).output().unwrap();
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let bands: Vec<&str> = rows.iter().map(|r| r["band"].as_str().unwrap()).collect();
    assert_eq!(bands, ["error", "error", "low", "error"]);
    assert!(rows[0]["error"].as_str().unwrap().contains("line 1: name: \"12345\" has no letter"), "{}", rows[0]);
    assert!(rows[3]["error"].as_str().unwrap().contains("name: 40000 characters, more than the 500"), "{}", rows[3]);
    // A line that is no JSON: the file's line, and the column within it.
    let broken = wd.write("broken.json", "{\"name\":\"Maralis\"}\n{\"name\": \"B\", \"country\": \"DE\",}\n");
    let out = wd.cmd(["score", "--format", "json"]).arg(&broken).output().unwrap();
    assert!(
        stdout(&out).contains("line 2: column 31: not JSON: trailing comma; write one JSON object per line"),
        "{}",
        stdout(&out)
    );
    let ok = wd.write("ok.csv", "id,name,country\na1,Maralis General Trading,AE\n");
    let out = wd.cmd(["score", "--fail-above", "100"]).arg("--db").arg(&db).arg(&ok).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // A file with no supplier (an export cut short) fails the gate; a gate
    // no score can cross is refused.
    let empty = wd.write(
        "empty.csv",
        "id,name,country
",
    );
    let out = wd.cmd(["score", "--fail-above", "49"]).arg("--db").arg(&db).arg(&empty).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("no supplier was scored, so the gate fails"), "{}", stderr(&out));
    // CSV output keeps its header row with no supplier, for the scripts that read it.
    let out = wd.cmd(["score", "--format", "csv"]).arg(&empty).output().unwrap();
    assert!(stdout(&out).starts_with("line,id,name,score,band,matched,match_name,"), "{}", stdout(&out));
    for n in ["150", "-5"] {
        let out = wd.cmd(["score", "--fail-above", n]).arg("--db").arg(&db).arg(&ok).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{n}");
        assert!(stderr(&out).contains("is no score: give a number from 0 to 100"), "{}", stderr(&out));
    }
}

#[test]
fn names_of_vessels_and_persons_do_not_match_companies() {
    let wd = Workdir::new();
    let db = wd.path("w.db");
    let list = wd.write(
        "w.ftm.json",
        "{\"id\":\"v1\",\"schema\":\"Vessel\",\"properties\":{\"name\":[\"KESTREL STAR\"],\"imoNumber\":[\"IMO 9123456\"]}}\n\
         {\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Vasko Brelin\"],\"alias\":[\"VASKO\"]}}\n\
         {\"id\":\"c1\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Kestrel Star Trading\"]}}\n",
    );
    wd.cmd(["-q", "lists", "import", "--format", "ftm", "--db"]).arg(&db).arg(&list).assert().success();
    let suppliers = wd.write(
        "s.csv",
        "id,name,identifiers\nk1,Kestrel Star,\nk2,Vasko GmbH,\nk3,Vasko,\nk4,Kestrel Star Trading LLC,\nk5,Some Ship Owner,imo:9123456\n\
         k6,Dorvel Shipping Ltd,CR No. 9123456\nk7,Dorvel Shipping Ltd,9123456\n",
    );
    let out = wd.cmd(["score", "--format", "json", "--db"]).arg(&db).arg(&suppliers).output().unwrap();
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let best: Vec<&str> = rows.iter().map(|r| r["match_name"].as_str().unwrap()).collect();
    // A ship's name is no company's; a company is no person; a bare name
    // may be a person's (a sole trader); an IMO number matches the ship,
    // and so does a number of no scheme, but not a company number equal
    // to it (an IMO number is no company's).
    assert_eq!(
        best,
        ["Kestrel Star Trading", "", "Vasko Brelin", "Kestrel Star Trading", "KESTREL STAR", "", "KESTREL STAR"],
        "{}",
        stdout(&out)
    );
}

#[test]
fn hong_kong_and_macau_are_china_to_a_list() {
    // Lists write Hong Kong companies as of China (OFAC: `Hong Kong,
    // China`): a supplier in HK matches them, also by a name read without
    // its `(HK)`; one in TW does not.
    let wd = Workdir::new();
    let db = wd.path("w.db");
    let list = wd.write("w.csv", "id,name,country\nW1,Torvinex Electronics Co. Limited,CN\n");
    wd.cmd(["-q", "lists", "import", "--format", "csv", "--db"]).arg(&db).arg(&list).assert().success();
    let suppliers = wd.write(
        "s.csv",
        "id,name,country\nhk,Torvinex Electronics (HK) Ltd,HK\nmo,Torvinex Electronics Ltd,MO\n\
         tw,Torvinex Electronics Ltd,TW\n",
    );
    let out = wd.cmd(["score", "--format", "json", "--db"]).arg(&db).arg(&suppliers).output().unwrap();
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let matched: Vec<(&str, bool)> =
        rows.iter().map(|r| (r["id"].as_str().unwrap(), r["matched"].as_bool().unwrap())).collect();
    assert_eq!(matched, [("hk", true), ("mo", true), ("tw", false)], "{}", stdout(&out));
    assert_eq!(rows[2]["reasons"][0]["reason"], "name_match_other_country", "{}", rows[2]);
}

#[test]
fn a_short_company_number_matches_only_in_its_country() {
    // A company number of seven digits is Hong Kong's; another country's
    // register may give it to another company: a supplier in DE with that
    // number is no match, one in HK or of no country given is. An INN is
    // Russia's alone: it matches wherever the supplier is.
    let wd = Workdir::new();
    let db = wd.path("w.db");
    let list = wd.write(
        "w.csv",
        "id,name,country,identifiers\nW1,Rexlon Components Limited,HK,crn:2813066\n\
         W2,Dalvik Avia LLC,RU,inn:7701234567\nW3,Velmora Zavod,RU,okpo:65627867\n",
    );
    wd.cmd(["-q", "lists", "import", "--format", "csv", "--db"]).arg(&db).arg(&list).assert().success();
    let suppliers = wd.write(
        "s.csv",
        "id,name,country,identifiers\nde,Acme Garments GmbH,DE,2813066\nhk,Acme Garments Ltd,HK,CRN 2813066\n\
         none,Acme Garments,,2813066\ninn,Acme Garments GmbH,DE,inn:7701234567\n\
         okpo,Acme Garments Ltd,HK,BRN 65627867\n",
    );
    let out = wd.cmd(["score", "--format", "json", "--db"]).arg(&db).arg(&suppliers).output().unwrap();
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let found: Vec<(&str, bool, &str)> = rows
        .iter()
        .map(|r| (r["id"].as_str().unwrap(), r["matched"].as_bool().unwrap(), r["match_name"].as_str().unwrap_or("")))
        .collect();
    assert_eq!(
        found,
        [
            ("de", false, ""),
            ("hk", true, "Rexlon Components Limited"),
            ("none", true, "Rexlon Components Limited"),
            ("inn", true, "Dalvik Avia LLC"),
            // An OKPO is Russia's alone, but eight digits another register
            // may give: it is a short number as others are.
            ("okpo", false, "")
        ],
        "{}",
        stdout(&out)
    );
    // A number the entry has under another name: told.
    let evidence = rows[1]["reasons"][0]["evidence"].as_str().unwrap();
    assert!(
        evidence
            .contains("the name matches none of the entry's (\"Acme Garments Ltd\" ~ \"Rexlon Components Limited\")"),
        "{evidence}"
    );
}

#[test]
fn a_name_listed_in_another_country_is_set_apart_not_dropped() {
    // `Kelmora Arms` is listed in RU. A supplier of that name in DE is no
    // match (another country), but a namesake, branch or front to review:
    // a reason of its own, a little under a match's points by default; in RU it
    // is a match. `match` links the store's entity of RU only, and names
    // the one of DE apart, unlinked.
    let wd = Workdir::new();
    let db = wd.path("w.db");
    let list = wd.write("w.csv", "id,name,country\nW1,Kelmora Arms,RU\n");
    wd.cmd(["-q", "lists", "import", "--format", "csv", "--db"]).arg(&db).arg(&list).assert().success();
    let suppliers = wd.write("s.csv", "id,name,country\nd,Kelmora Arms GmbH,DE\nr,OOO Kelmora Arms,RU\n");
    let out = wd.cmd(["score", "--format", "json", "--db"]).arg(&db).arg(&suppliers).output().unwrap();
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let reason =
        |r: &Value| (r["reasons"][0]["reason"].clone(), r["reasons"][0]["points"].as_f64(), r["matched"].clone());
    assert_eq!(reason(&rows[0]), ("name_match_other_country".into(), Some(55.0), false.into()), "{}", rows[0]);
    assert!(rows[0]["reasons"][0]["evidence"].as_str().unwrap().contains("in DE, the entry in RU only"), "{}", rows[0]);
    assert_eq!(reason(&rows[1]), ("name_match".into(), Some(60.0), true.into()), "{}", rows[1]);
    let records = wd.write(
        "records/entities.csv",
        "id,name,country,kind\nK1,Kelmora Arms,DE,manufacturer\nK2,Kelmora Arms,RU,manufacturer\n",
    );
    wd.cmd(["-q", "import", "--db"]).arg(&db).arg(records.parent().unwrap()).assert().success();
    // Scored before `match`, the store's listed status is not to be trusted: said.
    let stale = "the store's entities were never linked to the lists";
    let out = wd.cmd(["score", "--db"]).arg(&db).arg(&suppliers).output().unwrap();
    assert!(stderr(&out).contains(stale), "{}", stderr(&out));
    let out = wd.cmd(["match", "--format", "json", "--db"]).arg(&db).output().unwrap();
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let rules: Vec<(&str, &str)> =
        rows.iter().map(|r| (r["entity_id"].as_str().unwrap(), r["rule"].as_str().unwrap())).collect();
    assert_eq!(rules, [("K2", "name"), ("K1", "name_other_country")], "{}", stdout(&out));
    let out = wd.cmd(["score", "--db"]).arg(&db).arg(&suppliers).output().unwrap();
    assert!(!stderr(&out).contains("may be out of date"), "{}", stderr(&out));
    // The same version of a list again changes nothing: the links stand.
    let list_name = list.file_stem().unwrap().to_str().unwrap().to_string();
    let mut again = wd.cmd(["-q", "lists", "import", "--format", "csv", "--list", &list_name, "--db"]);
    again.arg(&db).arg(&list).assert().success();
    let out = wd.cmd(["score", "--db"]).arg(&db).arg(&suppliers).output().unwrap();
    assert!(!stderr(&out).contains("may be out of date"), "{}", stderr(&out));
    // A list imported after `match`, within the same second as may be.
    wd.cmd(["-q", "lists", "import", "--format", "csv", "--list", "more", "--db"])
        .arg(&db)
        .arg(&list)
        .assert()
        .success();
    let out = wd.cmd(["score", "--db"]).arg(&db).arg(&suppliers).output().unwrap();
    assert!(stderr(&out).contains("1 list import(s), the last of list \"more\", came after"), "{}", stderr(&out));
}

#[test]
fn a_suppliers_name_is_read_as_a_listed_one_is() {
    // A short form in parentheses after the name, and a subsidiary after
    // its parent's name, as lists write them; the part in parentheses alone
    // (a parent or a brand as often) is not searched for, and a form read
    // from the name finds nothing in another country.
    let wd = Workdir::new();
    let db = wd.path("w.db");
    let list = wd.write(
        "w.csv",
        "id,name,country\nE1,Rosvorta Export JSC,RU\nE2,Joint Stock Company Avangard-Kvarta,RU\n\
         E3,Kvarta Missile Corporation JSC,RU\nE4,VRX CO. LTD AGENCY,IQ\nE5,Delmora Systems,RU\n",
    );
    wd.cmd(["-q", "lists", "import", "--format", "csv", "--db"]).arg(&db).arg(&list).assert().success();
    let suppliers = wd.write(
        "s.csv",
        "id,name,country\n\
         a,Rosvorta Export OJSC (RVE),RU\n\
         b,\"Kvarta Missile Corporation, Joint Stock Company Avangard-Kvarta\",RU\n\
         c,Quorvia Inc. (VRX),US\n\
         d,Quorvia Inc. (VRX),\n\
         e,Delmora Systems (Kvarta Holding),DE\n",
    );
    let out = wd.cmd(["score", "--format", "json", "--db"]).arg(&db).arg(&suppliers).output().unwrap();
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let best = |r: &Value| (r["matched"].as_bool(), r["match_name"].as_str().map(String::from));
    assert_eq!(best(&rows[0]), (Some(true), Some("Rosvorta Export JSC".into())), "{}", rows[0]);
    let evidence = rows[0]["reasons"][0]["evidence"].as_str().unwrap();
    assert!(evidence.contains(r#"name "Rosvorta Export OJSC" ~ "Rosvorta Export JSC""#), "{evidence}");
    assert_eq!(best(&rows[1]), (Some(true), Some("Joint Stock Company Avangard-Kvarta".into())), "{}", rows[1]);
    for r in &rows[2..4] {
        assert_eq!(best(r), (Some(false), Some(String::new())), "{r}");
        assert_eq!(r["reasons"].as_array().map(Vec::len), Some(0), "{r}");
    }
    // The name as given may still be set apart as a namesake; the form
    // read from it (`Delmora Systems`) may not.
    assert!(!stdout(&out).lines().nth(4).unwrap().contains("name_match_other_country"), "{}", rows[4]);
    // `match` reads the store's names so too.
    let records = wd.write(
        "records/entities.csv",
        "id,name,country,kind\nK1,\"Kvarta Missile Corporation, Joint Stock Company Avangard-Kvarta\",RU,manufacturer\n\
         K2,Quorvia Inc. (VRX),US,distributor\n",
    );
    wd.cmd(["-q", "import", "--db"]).arg(&db).arg(records.parent().unwrap()).assert().success();
    let out = wd.cmd(["match", "--format", "json", "--db"]).arg(&db).output().unwrap();
    let links: Vec<(String, String)> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .map(|r| (r["entity_id"].as_str().unwrap().into(), r["entry_id"].as_str().unwrap_or("").into()))
        .collect();
    assert_eq!(links, [("K1".to_string(), "E2".to_string())], "{}", stdout(&out));
}

#[test]
fn identifiers_as_spreadsheets_and_registers_write_them() {
    let wd = Workdir::new();
    let db = wd.path("w.db");
    let list = wd.write("w.csv", "id,name,identifiers\nW1,Kvarta Holding,inn:7701234567;ogrn:1027700000001\n");
    wd.cmd(["-q", "lists", "import", "--format", "csv", "--db"]).arg(&db).arg(&list).assert().success();
    // The scheme run into the number, after `=`, a note after the number,
    // a spreadsheet's decimal or scientific notation with every digit;
    // a column headed `Tax ID` or `ИНН`. Scientific notation that lost
    // digits cannot match, and says so.
    let file = wd.write(
        "s.csv",
        "id,name,identifiers,Tax ID,ИНН\n\
         a,Other One,INN7701234567,,\n\
         b,Other Two,OGRN1027700000001,,\n\
         c,Other Three,inn=7701234567,,\n\
         d,Other Four,INN: 7701234567 (Kvarta),,\n\
         e,Other Five,INN 7701234567 (Kvarta Holding LLC),,\n\
         f,Other Six,7701234567.0,,\n\
         g,Other Seven,7.701234567E+09,,\n\
         h,Other Eight,,7701234567,\n\
         i,Other Nine,,,7701234567\n\
         j,Other Ten,1.02770000E+12,,\n",
    );
    let out = wd.cmd(["score", "--format", "json", "--db"]).arg(&db).arg(&file).output().unwrap();
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let matched: Vec<bool> = rows.iter().map(|r| r["matched"].as_bool().unwrap()).collect();
    assert_eq!(matched, [true, true, true, true, true, true, true, true, true, false], "{}", stdout(&out));
    let err = stderr(&out);
    assert!(!err.contains("not read"), "{err}");
    assert!(
        err.contains("s.csv:11: identifier \"1.02770000E+12\" is a number a spreadsheet wrote in scientific notation"),
        "{err}"
    );
}

#[test]
fn supplier_files_as_analysts_write_them() {
    let wd = Workdir::new();
    let db = wd.path("w.db");
    let list = wd.write(
        "w.csv",
        "id,name,identifiers\nW1,Kvarta Holding,inn:7701234567;lei:529900T8BM49AURSDO55;kpp:770101001\n",
    );
    wd.cmd(["-q", "lists", "import", "--format", "csv", "--db"]).arg(&db).arg(&list).assert().success();
    // Identifiers as people write them, in the identifiers column or in
    // one named by the scheme; a misspelt column is named in a warning.
    let file = wd.write(
        "s.csv",
        "id,name,identifiers,LEI,Countrry\n\
         a,Other One,INN 7701234567,,\n\
         b,Other Two,7701234567 (INN),,\n\
         c,Other Three,\"ИНН: 7701234567, OGRN: 1027700000001\",,\n\
         d,Other Four,,529900T8BM49AURSDO55,RU\n\
         e,Other Five,INN 7709999999,,\n\
         f,Other Six,ИНН 7701234567 КПП 770101001,,\n\
         g,Other Seven,ИНН/КПП 7701234567/770101001,,\n\
         h,Other Eight,OGRN: 1027700000001 INN: 7701234567,,\n\
         i,Other Nine,see website,,\n\
         j,Other Ten,КПП 770101001,,\n\
         k,Other Eleven,770101001,,\n",
    );
    let out = wd.cmd(["score", "--format", "json", "--db"]).arg(&db).arg(&file).output().unwrap();
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let matched: Vec<bool> = rows.iter().map(|r| r["matched"].as_bool().unwrap()).collect();
    // A KPP, which many companies share, matches nothing alone.
    assert_eq!(matched, [true, true, true, true, false, true, true, true, false, false, false], "{}", stdout(&out));
    assert!(stderr(&out).contains("s.csv:1: column countrry not read"), "{}", stderr(&out));
    // An identifier with no scheme and no number is read as written, with a warning.
    assert!(stderr(&out).contains("s.csv:10: identifier \"see website\" has no number"), "{}", stderr(&out));
    // JSON Lines: a number as id, identifiers as an array; a key not read is named.
    let out = wd
        .cmd(["score", "-", "--format", "json", "--db"])
        .arg(&db)
        .write_stdin("{\"id\":2,\"name\":\"Other\",\"identifiers\":[\"inn:7701234567\"],\"sector\":\"x\"}\n")
        .output()
        .unwrap();
    let row: Value = serde_json::from_str(stdout(&out).lines().next().unwrap()).unwrap();
    assert_eq!((row["id"].as_str(), row["matched"].as_bool()), (Some("2"), Some(true)), "{row}");
    assert!(stderr(&out).contains("key sector not read"), "{}", stderr(&out));
    // Identifiers nested as JSON gives them; a value that is none is a row error.
    let out = wd
        .cmd(["score", "-", "--format", "json", "--db"])
        .arg(&db)
        .write_stdin(
            "{\"name\":\"A\",\"inn\":[\"7701234567\"]}\n\
             {\"name\":\"B\",\"identifiers\":{\"lei\":[\"529900T8BM49AURSDO55\"]}}\n\
             {\"name\":\"C\",\"identifiers\":[{\"scheme\":\"inn\",\"value\":\"7701234567\"}]}\n\
             {\"name\":\"D\",\"identifiers\":[true]}\n\
             {\"id\":\"E\",\"name\":\"Kvarta Holding\",\"name\":\"Other\"}\n\
             {\"Name\":\"Other\",\"name\":\"Kvarta Holding\"}\n",
        )
        .output()
        .unwrap();
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let matched: Vec<bool> = rows.iter().map(|r| r["matched"].as_bool().unwrap()).collect();
    assert_eq!(matched, [true, true, true, false, false, false], "{}", stdout(&out));
    assert!(rows[3]["error"].as_str().unwrap().contains("identifiers: not an identifier: true"), "{}", rows[3]);
    // A key given twice, or in two cases, is a row error, not the last one's value.
    assert_eq!(rows[4]["id"].as_str(), Some("E"), "{}", rows[4]);
    assert!(rows[4]["error"].as_str().unwrap().contains("\"name\" given twice"), "{}", rows[4]);
    assert!(rows[5]["error"].as_str().unwrap().contains("\"name\" given twice"), "{}", rows[5]);
    // A column named by the scheme takes the forms the identifiers column
    // does; letters that name no scheme are part of the number.
    let list = wd.write("hrb.csv", "id,name,identifiers\nH1,Vorta Handels GmbH,registration:HRB 123456\n");
    wd.cmd(["-q", "lists", "import", "--format", "csv", "--db"]).arg(&db).arg(&list).assert().success();
    let file = wd.write("cols.csv", "name,inn,identifiers\nA,INN 7701234567,\nB,7701234567 (INN),\nC,,HRB 123456\n");
    let out = wd.cmd(["score", "--format", "json", "--db"]).arg(&db).arg(&file).output().unwrap();
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let found: Vec<&str> = rows.iter().map(|r| r["match_name"].as_str().unwrap()).collect();
    assert_eq!(found, ["Kvarta Holding", "Kvarta Holding", "Vorta Handels GmbH"], "{}", stdout(&out));
    // A row short of fields says so; a file delimited by semicolons, or
    // saved as Latin-1, says what to do, with the line.
    let short = wd.write("short.csv", "id,name,country,address\n1,Kvarta\n");
    let out = wd.cmd(["score", "--format", "csv", "--db"]).arg(&db).arg(&short).output().unwrap();
    assert!(stdout(&out).contains("2 fields, but the header has 4: give every column"), "{}", stdout(&out));
    let semi = wd.write("semi.csv", "id;name;country\n1;Kvarta;RU\n");
    let out = wd.cmd(["score", "--db"]).arg(&db).arg(&semi).output().unwrap();
    assert!(stderr(&out).contains("semi.csv:1: header: missing column name"), "{}", stderr(&out));
    assert!(stderr(&out).contains("delimited by semicolons or tabs"), "{}", stderr(&out));
    // A name column misspelt is named; Hongkong is Hong Kong.
    let misspelt = wd.write("misspelt.csv", "id,date,nmae,country\n1,2024-01-01,Kvarta,Hongkong\n");
    let out = wd.cmd(["score", "--db"]).arg(&db).arg(&misspelt).output().unwrap();
    assert!(stderr(&out).contains("is \"nmae\" the name? rename it `name`"), "{}", stderr(&out));
    let hongkong = wd.write("hongkong.csv", "id,name,country\n1,Kvarta,Hongkong\n");
    let out = wd.cmd(["score", "--format", "csv", "--db"]).arg(&db).arg(&hongkong).output().unwrap();
    assert!(stdout(&out).contains("HK is on hub-"), "{}", stdout(&out));
    let latin1 = wd.path("latin1.csv");
    std::fs::write(&latin1, b"name,country\nKvarta M\xfcller GmbH,DE\n").unwrap();
    let out = wd.cmd(["score", "--db"]).arg(&db).arg(&latin1).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("latin1.csv:2: byte 9: not UTF-8 text (a byte 0xFC"), "{}", stderr(&out));
    let out = wd.cmd(["lists", "import", "--format", "csv", "--db"]).arg(&db).arg(&latin1).output().unwrap();
    assert!(stderr(&out).contains("save the file as UTF-8"), "{}", stderr(&out));
    // Russian saved as Windows-1251, and UTF-16 without a byte-order mark,
    // are named as such; a directory or a missing weights file says what to do.
    let cp1251 = wd.path("cp1251.csv");
    std::fs::write(&cp1251, b"name\n\xcd\xee\xe2\xe0\xf2\xee\xf0\n").unwrap();
    let out = wd.cmd(["score", "--db"]).arg(&db).arg(&cp1251).output().unwrap();
    assert!(
        stderr(&out).contains("cp1251.csv:2: byte 1: not UTF-8 text (a byte 0xCD; Windows-1251"),
        "{}",
        stderr(&out)
    );
    let utf16 = wd.path("utf16.csv");
    std::fs::write(&utf16, "name\nKvarta\n".encode_utf16().flat_map(u16::to_le_bytes).collect::<Vec<u8>>()).unwrap();
    let out = wd.cmd(["score", "--db"]).arg(&db).arg(&utf16).output().unwrap();
    assert!(stderr(&out).contains("utf16.csv:1: UTF-16 text, not UTF-8"), "{}", stderr(&out));
    // A workbook or a compressed file is named for what it is, to suppliers,
    // lists and records alike.
    let xlsx = wd.path("suppliers.xlsx");
    std::fs::write(&xlsx, b"PK\x03\x04\x14\x00\x00\x00\x08\x00name").unwrap();
    let gz = wd.path("suppliers.csv.gz");
    std::fs::write(&gz, b"\x1f\x8b\x08\x00\x00\x00\x00\x00").unwrap();
    let out = wd.cmd(["score", "--db"]).arg(&db).arg(&xlsx).output().unwrap();
    assert!(stderr(&out).contains("suppliers.xlsx:1: a ZIP archive (an Excel workbook"), "{}", stderr(&out));
    let out = wd.cmd(["lists", "import", "--format", "csv", "--db"]).arg(&db).arg(&gz).output().unwrap();
    assert!(stderr(&out).contains("suppliers.csv.gz:1: gzip-compressed, not text"), "{}", stderr(&out));
    let entities = wd.path("records/entities.csv");
    std::fs::create_dir_all(wd.path("records")).unwrap();
    std::fs::copy(&xlsx, &entities).unwrap();
    let out = wd.cmd(["import", "--db"]).arg(wd.path("r.db")).arg(&entities).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("entities.csv:1: a ZIP archive"), "{}", stderr(&out));
    let out = wd.cmd(["score", "--db"]).arg(&db).arg(wd.path("")).output().unwrap();
    assert!(stderr(&out).contains("a directory, not a file; give a file"), "{}", stderr(&out));
    let out = wd.cmd(["score", "--weights", "none.toml", "--db"]).arg(&db).arg(&latin1).output().unwrap();
    assert!(stderr(&out).contains("none.toml: no such file; check the path"), "{}", stderr(&out));
    // A failed import into a new database leaves no database behind.
    let new = wd.path("new.db");
    let out = wd.cmd(["lists", "import", "--format", "csv", "--db"]).arg(&new).arg(&latin1).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(!new.exists(), "an empty database was left");
    // A header alone: nothing scored, and said.
    let out = wd.cmd(["score", "-", "--db"]).arg(&db).write_stdin("name,country\n").output().unwrap();
    assert!(stderr(&out).contains("no suppliers to score"), "{}", stderr(&out));
}

#[test]
fn a_list_cut_short_is_refused_unless_it_did_shrink() {
    let wd = Workdir::new();
    let db = wd.path("w.db");
    let rows: String = (1..=12).map(|i| format!("W{i},Kvarta {i} Trading\n")).collect();
    let full = wd.write("w.csv", &format!("id,name\n{rows}"));
    wd.cmd(["-q", "lists", "import", "--format", "csv", "--db"]).arg(&db).arg(&full).assert().success();
    // Five of twelve kept: more than half would go.
    let cut: String = rows.lines().take(5).map(|l| format!("{l}\n")).collect();
    let short = wd.write("short/w.csv", &format!("id,name\n{cut}"));
    let out = wd.cmd(["lists", "import", "--format", "csv", "--db"]).arg(&db).arg(&short).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("would remove 7 of the 12 entries of list \"w\" (5 in the file)"),
        "{}",
        stderr(&out)
    );
    let listed = |wd: &Workdir| stdout(&wd.cmd(["lists", "--format", "csv", "--db"]).arg(&db).output().unwrap());
    assert!(listed(&wd).contains(",12,"), "nothing written: {}", listed(&wd));
    wd.cmd(["-q", "lists", "import", "--format", "csv", "--allow-shrink", "--db"])
        .arg(&db)
        .arg(&short)
        .assert()
        .success();
    assert!(listed(&wd).contains(",5,"), "{}", listed(&wd));
}

/// A store of listed Vorta Arms (RU) and Kvarta One and Two (AE), with
/// `links` (rows of links.csv) between them, and a list naming Vorta Arms.
fn vorta_and_two_companies(links: &str) -> (Workdir, std::path::PathBuf) {
    let wd = Workdir::new();
    let db = wd.path("w.db");
    wd.write(
        "r/entities.csv",
        "id,name,country,kind\nV,Vorta Arms,RU,manufacturer\nK1,Kvarta One,AE,trader\nK2,Kvarta Two,AE,trader\n",
    );
    wd.write("r/links.csv", &format!("from_id,to_id,relation,share,source\n{links}"));
    wd.cmd(["-q", "import", "--db"]).arg(&db).arg(wd.path("r")).assert().success();
    let list = wd.write("w.csv", "id,name,country\nW1,Vorta Arms,RU\n");
    wd.cmd(["-q", "lists", "import", "--format", "csv", "--db"]).arg(&db).arg(&list).assert().success();
    (wd, db)
}

#[test]
fn control_by_a_listed_party_is_a_finding_and_a_reason() {
    // Listed Vorta Arms controls K1, and owns K2 in a share not given: both
    // are controlled_by_listed (the EU's control criterion), as rows of
    // `match` and as a reason of `score`.
    let (wd, db) = vorta_and_two_companies("V,K1,controls,,t\nV,K2,owns,,t\n");
    let out = wd.cmd(["match", "--format", "json", "--db"]).arg(&db).output().unwrap();
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let found: Vec<(&str, &str, &str)> = rows
        .iter()
        .map(|r| (r["entity_id"].as_str().unwrap(), r["rule"].as_str().unwrap(), r["evidence"].as_str().unwrap()))
        .filter(|r| r.1 != "name")
        .collect();
    assert_eq!(
        found,
        [
            ("K1", "controlled_by_listed", "V Vorta Arms (listed: w) controls it: controlled, share not known"),
            (
                "K2",
                "controlled_by_listed",
                "V Vorta Arms (listed: w) owns a share not given of it: controlled, share not known"
            ),
        ],
        "{}",
        stdout(&out)
    );
    // No share is known: none is written (not 0).
    assert!(
        rows.iter().filter(|r| r["rule"] == "controlled_by_listed").all(|r| r["share"].is_null()),
        "{}",
        stdout(&out)
    );
    let suppliers = wd.write("s.csv", "name,country\nKvarta One,AE\n");
    let out = wd.cmd(["score", "--format", "json", "--db"]).arg(&db).arg(&suppliers).output().unwrap();
    let row: Value = serde_json::from_str(stdout(&out).lines().next().unwrap()).unwrap();
    let reasons = row["reasons"].to_string();
    assert!(reasons.contains("\"reason\":\"controlled_by_listed\",\"points\":30.0"), "{reasons}");
}

#[test]
fn ownership_shares_given_as_fractions_are_warned_about() {
    let (wd, db) = vorta_and_two_companies("V,K1,owns,0.6,t\nV,K2,owns,0.5,t\n");
    let out = wd.cmd(["match", "--format", "csv", "--db"]).arg(&db).output().unwrap();
    assert!(stdout(&out).contains("K1,Kvarta One,,,,linked_to_listed,,0.6,"), "{}", stdout(&out));
    assert!(stderr(&out).contains("every ownership share in the store is 1 or less"), "{}", stderr(&out));
}

#[test]
fn a_share_may_carry_its_percent_sign_and_is_read_on_owns_links_only() {
    let (wd, db) = vorta_and_two_companies("V,K1,owns,60%,t\n");
    let out = wd.cmd(["match", "--format", "csv", "--db"]).arg(&db).output().unwrap();
    assert!(stdout(&out).contains("K1,Kvarta One,,,,owned_by_listed,"), "{}", stdout(&out));
    // A share on a controls link would be dropped: refused, with the line.
    let wd = Workdir::new();
    wd.write("r/entities.csv", "id,name,country,kind\nV,Vorta Arms,RU,manufacturer\nK1,Kvarta One,AE,trader\n");
    wd.write("r/links.csv", "from_id,to_id,relation,share,source\nV,K1,controls,60,t\n");
    let out = wd.cmd(["import", "--db"]).arg(wd.path("c.db")).arg(wd.path("r")).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("links.csv:2: share: a share is read on owns links only, not on controls"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_tie_goes_to_the_entry_whose_main_name_is_nearer() {
    // `Vorta Aero` is an alias of the LLC (listed first) and the name of the
    // JSC: both score 1.00 for `AO Vorta Aero`; the JSC's main name is nearer.
    let wd = Workdir::new();
    let db = wd.path("w.db");
    let list = wd.write("w.csv", "id,name,aliases\nE1,LLC Kvarta Service,Vorta Aero\nE2,JSC Vorta Aero,\n");
    wd.cmd(["-q", "lists", "import", "--format", "csv", "--db"]).arg(&db).arg(&list).assert().success();
    let out = wd
        .cmd(["score", "-", "--format", "json", "--db"])
        .arg(&db)
        .write_stdin("name\nAO Vorta Aero\n")
        .output()
        .unwrap();
    let row: Value = serde_json::from_str(stdout(&out).lines().next().unwrap()).unwrap();
    assert_eq!(
        (row["match_name"].as_str(), row["match_similarity"].as_f64()),
        (Some("JSC Vorta Aero"), Some(1.0)),
        "{row}"
    );
    // Names alike but for common words tie (0.96 each): the entry of the
    // supplier's own country goes before one that gives none, listed first;
    // without a country, the nearer main name.
    let list =
        wd.write("q.csv", "id,name,country\nQ1,Quorvex Tech Trading FZE,\nQ2,Quorvex Trading Investments Limited,HK\n");
    wd.cmd(["-q", "lists", "import", "--format", "csv", "--db"]).arg(&db).arg(&list).assert().success();
    let out = wd
        .cmd(["score", "-", "--format", "json", "--db"])
        .arg(&db)
        .write_stdin("name,country\nQuorvex Trading Ltd,HK\nQuorvex Trading Ltd,\n")
        .output()
        .unwrap();
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let best: Vec<(&str, f64)> =
        rows.iter().map(|r| (r["match_name"].as_str().unwrap(), r["match_similarity"].as_f64().unwrap())).collect();
    assert_eq!(best[0].0, "Quorvex Trading Investments Limited", "{}", rows[0]);
    assert_eq!(best[1], ("Quorvex Tech Trading FZE", best[0].1), "{}", rows[1]);
}

#[test]
fn own_listing_conflicting_identifiers_and_empty_lists() {
    let (wd, db) = demo_db();
    let list = wd.write(
        "w.csv",
        "id,name,country,identifiers,address\nW1,Quorbix Dynamics,AE,inn:7701111111,\"12 Falcon Road, Dubai\"\n",
    );
    wd.cmd(["-q", "lists", "import", "--format", "csv", "--db"]).arg(&db).arg(&list).assert().success();
    let suppliers = wd.write(
        "s.csv",
        "id,name,country,identifiers,address\n\
         q1,Quorbix Dynamics,AE,inn:7701111111,\"12 Falcon Road, Dubai\"\n\
         q2,Sorvelis Holdings Ltd,CY,reg:CY-00000001,\n\
         q3,Sorvelis Holdings Ltd,CY,,\n",
    );
    let out = wd.cmd(["score", "--format", "json", "--db"]).arg(&db).arg(&suppliers).output().unwrap();
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    // The entry a supplier matched is its own listing, not a party it shares an address with.
    let reasons = rows[0]["reasons"].to_string();
    assert!(reasons.contains("identifier_match") && !reasons.contains("shared_address"), "{reasons}");
    // A name with another registration number is another company.
    assert_eq!(rows[1]["resolved_entity"], "", "{}", rows[1]);
    assert_eq!(rows[2]["resolved_entity"], "E0390", "{}", rows[2]);
    // A list file without entries would empty the list: refused, nothing written.
    let empty = wd.write("w.csv", "id,name\n");
    let out = wd.cmd(["lists", "import", "--format", "csv", "--db"]).arg(&db).arg(&empty).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let told = "no entries: importing it would empty list \"w\" (to remove a list: `chokepoint lists remove w`)";
    assert!(stderr(&out).contains(told), "{}", stderr(&out));
    // One never loaded holds nothing.
    let out = wd.cmd(["lists", "import", "--format", "csv", "--list", "new", "--db"]).arg(&db).arg(&empty).output();
    assert!(stderr(&out.unwrap()).contains("no entries: list \"new\" would hold nothing"));
    let out = wd.cmd(["lists", "--format", "csv", "--db"]).arg(&db).output().unwrap();
    assert!(stdout(&out).contains("w,csv,"), "{}", stdout(&out));
}

#[test]
fn the_reasons_of_the_graph_and_the_country_say_who_and_why() {
    let wd = Workdir::new();
    let file = wd.write(
        "s.csv",
        "id,name,country,identifiers\n\
         a,Alvandra Technologies FZE,DE,lic:AE-JAFZA-070231\n\
         b,\"Yorutsune Kosakuki Co., Ltd.\",JP,\n\
         c,Zeltrovan Trading LLC,RU,\n\
         d,Zeltrovan Trading LLC,KP,\n\
         e,Zeltrovan Trading LLC,AM,\n",
    );
    let score = |weights: Option<&std::path::Path>| {
        let mut cmd = wd.cmd(["score", "--format", "json"]);
        if let Some(w) = weights {
            cmd.arg("--weights").arg(w);
        }
        let out = cmd.arg(&file).output().unwrap();
        stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect::<Vec<Value>>()
    };
    let reason = |row: &Value, name: &str| -> Option<Value> {
        row["reasons"].as_array().unwrap().iter().find(|r| r["reason"] == name).cloned()
    };
    let rows = score(None);
    // Resolved by its licence number, the shell company is of AE in the
    // store, though the supplier gives DE: the hub is that country, said so.
    assert_eq!(rows[0]["resolved_by"], "identifier lic:AE-JAFZA-070231", "{}", rows[0]);
    let hub = reason(&rows[0], "hub_country").expect("hub_country");
    assert!(hub["evidence"].as_str().unwrap().starts_with("AE (the store's country of E0122"), "{hub}");
    // The path names each party, its country and the way goods went, and
    // why its end counts.
    let near = reason(&rows[0], "near_listed").expect("near_listed");
    let told = "1 hop from E0271 (listed on EU, JP, US-SDN): E0122 Alvandra Technologies FZE (AE) -> E0271";
    assert!(near["evidence"].as_str().unwrap().starts_with(told), "{near}");
    let chpl = reason(&rows[0], "chpl_tier_1_2").expect("chpl_tier_1_2");
    // The goods by code and tier, and the dates of the first and last shipment.
    let told = "20 shipments of CHPL tier 1-2 goods worth $1353156, 2023-03-30 to 2025-08-20: HS 851762 (tier 2)";
    assert!(chpl["evidence"].as_str().unwrap().starts_with(told), "{chpl}");
    // The party reached is Russian (a tie to Russia, RF15); a maker one hop
    // from a listed trader of China is near a listed party, not Russia.
    assert_eq!(near["red_flags"], "RF15");
    let file2 = wd.write("s2.csv", "name,country\nQuellvoria Navigation AG,CH\n");
    let out = wd.cmd(["score", "--format", "json"]).arg(&file2).output().unwrap();
    let quell: Value = serde_json::from_str(stdout(&out).lines().next().unwrap()).unwrap();
    let near_cn = reason(&quell, "near_listed").expect("near_listed");
    assert!(near_cn["evidence"].as_str().unwrap().ends_with("-> E0120 深圳市淼翎电子科技有限公司 (CN)"), "{near_cn}");
    assert_eq!(near_cn["red_flags"], "");
    // A maker in Japan that sells to an end user in Britain, unlisted, is
    // near no military end user.
    assert_eq!(rows[1]["resolved_entity"], "E0040");
    assert!(reason(&rows[1], "near_listed").is_none(), "{}", rows[1]);
    // A supplier in Russia or North Korea is itself the risk; in Armenia,
    // a hub, less so.
    for (row, group) in [(&rows[2], "group target"), (&rows[3], "group embargoed")] {
        let target = reason(row, "target_country").expect("target_country");
        assert!(target["evidence"].as_str().unwrap().contains(group), "{target}");
        assert_eq!((row["score"].as_f64(), row["band"].as_str()), (Some(50.0), Some("high")), "{row}");
    }
    assert!(reason(&rows[4], "target_country").is_none() && reason(&rows[4], "hub_country").is_some());
    // A weight of 0 turns its reason off, whichever it is.
    let w = wd.write("w.toml", "[points]\ntarget_country = 0\nnear_listed = 0\nhub_country = 0\n");
    let rows = score(Some(&w));
    assert!(reason(&rows[2], "target_country").is_none() && rows[2]["score"] == 0.0, "{}", rows[2]);
    assert!(reason(&rows[0], "near_listed").is_none() && reason(&rows[0], "hub_country").is_none());
    // The weights in force are printed, the file's over the defaults.
    let out = wd.cmd(["score", "--print-weights", "--weights"]).arg(&w).output().unwrap();
    let printed = stdout(&out);
    assert!(printed.contains("target_country = 0.0") && printed.contains("identifier_match = 80.0"), "{printed}");
    let again = wd.write("again.toml", &printed);
    assert!(wd.cmd(["score", "--weights"]).arg(&again).arg(&file).output().unwrap().status.success());
    // Bands of one bound leave a band that never occurs: refused.
    let flat = wd.write("flat.toml", "[bands]\nmedium = 25\nhigh = 25\ncritical = 25\n");
    let out = wd.cmd(["score", "--weights"]).arg(&flat).arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("flat.toml:2: [bands] medium = 25, high = 25"), "{}", stderr(&out));
    assert!(stderr(&out).contains("lower bounds must rise"), "{}", stderr(&out));
}

#[test]
fn an_address_many_listed_parties_give_names_five_and_counts_the_rest() {
    let (wd, db) = demo_db();
    let mut list = String::from("id,name,country,address\n");
    for (i, name) in ["Arvel", "Brisk", "Corvan", "Delmar", "Estrel", "Fenwick", "Gorvath"].iter().enumerate() {
        list.push_str(&format!("W{i},{name} Holdings Ltd,CY,\"Office 12, 4 Kvarta Street, Limassol 3036\"\n"));
    }
    let list = wd.write("w.csv", &list);
    wd.cmd(["-q", "lists", "import", "--format", "csv", "--db"]).arg(&db).arg(&list).assert().success();
    let suppliers =
        wd.write("s.csv", "name,country,address\nHolvenna Trade LLC,AE,\"4 Kvarta St., office 12, Limassol\"\n");
    let out = wd.cmd(["score", "--format", "json", "--db"]).arg(&db).arg(&suppliers).output().unwrap();
    let row: Value = serde_json::from_str(stdout(&out).lines().next().unwrap()).unwrap();
    let shared = row["reasons"].as_array().unwrap().iter().find(|r| r["reason"] == "shared_address").cloned();
    let evidence = shared.expect("shared_address")["evidence"].as_str().unwrap().to_string();
    assert!(evidence.contains("W0 Arvel Holdings Ltd (w)") && evidence.contains("W4 Estrel"), "{evidence}");
    assert!(evidence.ends_with("; and 2 more") && !evidence.contains("Fenwick"), "{evidence}");
}

#[test]
fn each_row_a_broken_quote_took_is_scored_on_its_own_line() {
    let wd = Workdir::new();
    let rows = |text: &str| -> Vec<(u64, String, String)> {
        let file = wd.write("s.csv", text);
        let out = wd.cmd(["score", "--format", "json"]).arg(&file).output().unwrap();
        stdout(&out)
            .lines()
            .map(|l| serde_json::from_str::<Value>(l).unwrap())
            .map(|r| {
                (r["line"].as_u64().unwrap(), r["id"].as_str().unwrap().into(), r["band"].as_str().unwrap().into())
            })
            .collect()
    };
    let row = |line: u64, id: &str, band: &str| (line, id.to_string(), band.to_string());
    // A broken row among the rows another took: each read again in turn.
    let nested = "id,name,country,address\nS1,\"Broken,RU,x\nS2,\"Two\",CN,\"open\nS3,Three,DE,y\nS4,\"Four\" x,GB,z\nS5,Five,US,w\n";
    let expected =
        [row(2, "S1", "error"), row(3, "S2", "error"), row(4, "S3", "low"), row(5, "S4", "low"), row(6, "S5", "low")];
    assert_eq!(rows(nested), expected);
    // A quote closed before a comma takes the rows between into the name,
    // which holds no line end: told, and the rows read again.
    let closed = "id,name,country\nS1,\"Broken Co,RU\nS2,Good Co,CN\nS3,Delta 5\",CN\nS4,Fine,DE\n";
    assert_eq!(rows(closed), [row(2, "S1", "error"), row(3, "S2", "low"), row(4, "S3", "low"), row(5, "S4", "low")]);
    // After a blank line, the lines told are the row's own.
    let file = wd.write("b.csv", "id,name,country\n\nS1,\"Broken Co,RU\nS2,Good Co,CN\nS3,\"Delta\" x,CN\n");
    let out = wd.cmd(["score", "--format", "json"]).arg(&file).output().unwrap();
    let first: Value = serde_json::from_str(stdout(&out).lines().next().unwrap()).unwrap();
    assert!(
        first["error"].as_str().unwrap().starts_with("line 3: ") && first["error"].to_string().contains("lines 3 to 5"),
        "{first}"
    );
}

#[test]
fn a_supplier_declared_a_forwarder_or_trader_is_an_intermediary() {
    let wd = Workdir::new();
    let file = wd.write(
        "s.csv",
        "name,country,kind\nQorvane Cargo LLC,AE,Forwarder\nQorvane Parts GmbH,DE,manufacturer\nQorvane Co,AE,shipper\n",
    );
    let out = wd.cmd(["score", "--format", "json"]).arg(&file).output().unwrap();
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let consignee = |row: &Value| {
        row["reasons"].as_array().unwrap().iter().find(|r| r["reason"] == "intermediary_consignee").cloned()
    };
    let told = consignee(&rows[0]).expect("intermediary_consignee");
    assert_eq!(told["red_flags"], "RF20");
    assert!(told["evidence"].as_str().unwrap().starts_with("a forwarder by the supplier file's kind"), "{told}");
    assert!(consignee(&rows[1]).is_none(), "{}", rows[1]);
    // A kind of no such name: not scored, and the kinds named.
    assert_eq!(rows[2]["band"], "error");
    assert!(rows[2]["error"].as_str().unwrap().contains("kind: \"shipper\" is no kind; give one of manufacturer"));
    // The store's shipments say it first where they can: the demo's shell
    // company, a trader, is told by its shipments, once.
    let shell = wd.write("shell.csv", "name,country,kind\nAlvandra Technologies FZE,AE,trader\n");
    let out = wd.cmd(["score", "--format", "json"]).arg(&shell).output().unwrap();
    let row: Value = serde_json::from_str(stdout(&out).lines().next().unwrap()).unwrap();
    let reasons = row["reasons"].as_array().unwrap();
    let told: Vec<&Value> = reasons.iter().filter(|r| r["reason"] == "intermediary_consignee").collect();
    assert_eq!(told.len(), 1, "{row}");
    assert!(told[0]["evidence"].as_str().unwrap().starts_with("consignee of 12 shipments"), "{row}");
}

#[test]
fn a_supplier_declares_its_incorporation_date() {
    let wd = Workdir::new();
    let file = wd.write(
        "s.csv",
        "id,name,country,incorporated\n\
         a,Quorvane Trading FZCO,AE,2023-05-01\n\
         b,Quorvane Elektronik GmbH,DE,2023-05-01\n\
         c,Quorvane Trading FZCO,AE,2021-12-31\n\
         d,Quorvane Trading FZCO,AE,01.05.2023\n\
         e,Quorvane Trading FZCO,,2023-05-01\n\
         f,Alvandra Technologies FZE,AE,2019-01-01\n\
         g,Quorvane Trading FZCO,AE,2023-05\n\
         h,Quorvane Trading FZCO,AE,31.02.2023\n",
    );
    let out = wd.cmd(["score", "--format", "json"]).arg(&file).output().unwrap();
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let new = |row: &Value| row["reasons"].as_array().unwrap().iter().find(|r| r["reason"] == "new_company").cloned();
    // After the cutoff outside the coalition, though the store knows it not.
    let told = new(&rows[0]).expect("new_company");
    assert_eq!(told["evidence"], "incorporated 2023-05-01 (on or after 2022-02-24, as given), in AE");
    // In the coalition, or before the cutoff: no reason.
    assert!(new(&rows[1]).is_none() && new(&rows[2]).is_none(), "{rows:?}");
    // A date as Europe writes it is read as lists' dates are, told as ISO.
    let told = new(&rows[3]).expect("new_company");
    assert_eq!(told["evidence"], "incorporated 2023-05-01 (on or after 2022-02-24, as given), in AE");
    // A month alone, or no day of the month: the row is not scored, and says why.
    assert_eq!((rows[6]["band"].as_str(), rows[7]["band"].as_str()), (Some("error"), Some("error")));
    assert!(
        rows[6]["error"].as_str().unwrap().contains("line 8: incorporated: \"2023-05\" gives no day"),
        "{}",
        rows[6]
    );
    assert!(rows[7]["error"].as_str().unwrap().contains("line 9: incorporated: "), "{}", rows[7]);
    // In no country known, not known to be outside the coalition.
    assert!(new(&rows[4]).is_none(), "{}", rows[4]);
    // A date given does not cancel the store's.
    let told = new(&rows[5]).expect("new_company");
    assert_eq!(told["evidence"], "incorporated 2023-03-14 (on or after 2022-02-24, in the store), in AE");
    // JSON Lines likewise.
    let json = wd.write(
        "s.jsonl",
        "{\"name\": \"Quorvane Trading FZCO\", \"country\": \"AE\", \"incorporated\": \"2023-05-01\"}\n",
    );
    let out = wd.cmd(["score", "--format", "json"]).arg(&json).output().unwrap();
    let row: Value = serde_json::from_str(stdout(&out).lines().next().unwrap()).unwrap();
    assert!(new(&row).is_some(), "{row}");
}

#[test]
fn addresses_are_one_place_however_written_and_a_party_shares_none_with_itself() {
    // A listed company in the store, its entry on a list that `match`
    // links to it, and another listed party at an office of the same house.
    let wd = Workdir::new();
    let db = wd.path("a.db");
    wd.write(
        "r/entities.csv",
        "id,name,country,kind,address,lists\n\
         Z1,ООО «Кестрелон»,RU,trader,\"119435, г. Москва, ул. Малая Пироговская, д. 18, стр. 1, офис 7\",EU\n",
    );
    wd.cmd(["-q", "import", "--db"]).arg(&db).arg(wd.path("r")).assert().success();
    let list = wd.write(
        "w.csv",
        "id,name,country,address,identifiers\n\
         K1,Kestrelon LLC,RU,\"119435, Moscow, Malaya Pirogovskaya Str., 18, Building 1, Office 7, Russian Federation\",inn:7701234567\n\
         K2,Vorneth JSC,RU,\"119435, Moscow, Malaya Pirogovskaya Str., 7, Building 1, Office 18, Russian Federation\",\n",
    );
    wd.cmd(["-q", "lists", "import", "--format", "csv", "--db"]).arg(&db).arg(&list).assert().success();
    // The company again on another list, under another name but the same
    // number as K1: one party.
    let other = wd.write(
        "v.csv",
        "id,name,country,identifiers,address\n\
         X9,Kestrelon Trading House,RU,inn:7701234567,\"Moscow, Malaya Pirogovskaya Str., 18, Building 1, Office 7\"\n",
    );
    wd.cmd(["-q", "lists", "import", "--format", "csv", "--db"]).arg(&db).arg(&other).assert().success();
    wd.cmd(["-q", "match", "--db"]).arg(&db).assert().success();
    let suppliers = wd.write(
        "s.csv",
        "id,name,country,address\n\
         s1,ООО «Кестрелон»,RU,\n\
         s2,Kestrelon LLC,RU,\n\
         s3,Dalvik Supply Ltd,AE,\"Pirogovskaya M. st. 18 bldg 1 off. 7, Moscow\"\n",
    );
    let out = wd.cmd(["score", "--format", "json", "--db"]).arg(&db).arg(&suppliers).output().unwrap();
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    // The company in either script: its own list entry is no other party,
    // nor is the office 18 of house 7.
    for row in &rows[..2] {
        assert!(!row["reasons"].to_string().contains("shared_address"), "{row}");
    }
    // Another company at that office, written in other words and order.
    let shared = rows[2]["reasons"].as_array().unwrap().iter().find(|r| r["reason"] == "shared_address");
    let evidence = shared.expect("shared_address")["evidence"].as_str().unwrap().to_string();
    assert!(evidence.contains("Z1 ООО «Кестрелон»") && evidence.contains("K1 Kestrelon LLC"), "{evidence}");
    assert!(evidence.contains("given there as") && !evidence.contains("Vorneth"), "{evidence}");
    assert!(evidence.contains("X9 Kestrelon Trading House (v)"), "{evidence}");
}

#[test]
fn weights_are_printed_and_can_be_overridden() {
    let wd = Workdir::new();
    let out = wd.cmd(["score", "--print-weights"]).output().unwrap();
    assert!(stdout(&out).contains("hub_country = 15"));
    let w = wd.write("w.toml", "[points]\nhub_country = 40\n");
    let file = suppliers(&wd);
    let out = wd.cmd(["score", "--format", "json", "--weights"]).arg(&w).arg(&file).output().unwrap();
    let row: Value = serde_json::from_str(stdout(&out).lines().nth(1).unwrap()).unwrap();
    let hub = row["reasons"].as_array().unwrap().iter().find(|r| r["reason"] == "hub_country").unwrap();
    assert_eq!(hub["points"], 40.0);
    let bad = wd.write("bad.toml", "[points]\nhub_contry = 40\n");
    let out = wd.cmd(["score", "--weights"]).arg(&bad).arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("bad.toml:2: unknown field `hub_contry`"), "{}", stderr(&out));
    // A value of the wrong type, with its line.
    let typed = wd.write("typed.toml", "# mine\nthreshold = \"high\"\n");
    let out = wd.cmd(["score", "--weights"]).arg(&typed).arg(&file).output().unwrap();
    assert!(stderr(&out).contains("typed.toml:2: invalid type: string \"high\", expected f64"), "{}", stderr(&out));
    // A JSON array of suppliers: JSON Lines are asked for.
    let array = wd.write("s.json", "[{\"name\": \"Kvarta\"}]\n");
    let out = wd.cmd(["score"]).arg(&array).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("s.json:1: a JSON array: score reads JSON Lines"), "{}", stderr(&out));
}

#[test]
fn lists_compare_explains_two_names() {
    let wd = Workdir::new();
    let out = wd
        .cmd([
            "--format",
            "json",
            "lists",
            "compare",
            "АО «НПО «Базальт»",
            "JSC Scientific and Production Association Basalt",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let row: Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(row["words_a"], "scientific production association bazalt");
    assert_eq!(row["words_b"], "scientific production association basalt");
    assert!(row["similarity"].as_f64().unwrap() >= 0.95, "{row}");
    assert_eq!(row["matches"], true);
    assert!(row["features"].as_str().unwrap().contains("bazalt~basalt 0.97"), "{row}");
    let out = wd.cmd(["--format", "json", "lists", "compare", "Romashka LLC", "Vasilek LLC"]).output().unwrap();
    let row: Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(row["matches"], false);
    // Names are compared in the forms screening gives them: a branch's own name.
    let branch = "Филиал «Судоремонтный Завод «Кварта» – АО «Центр «Ворта»";
    let out = wd.cmd(["--format", "json", "lists", "compare", "Kvarta Ship Repair Plant", branch]).output().unwrap();
    let row: Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(row["matches"], true, "{row}");
    assert!(row["features"].as_str().unwrap().contains("compared as"), "{row}");
    // A similarity option out of range is a usage error.
    let out = wd.cmd(["lists", "compare", "A", "B", "--threshold", "1.5"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--threshold 1.5: a name similarity is above 0 and at most 1"), "{}", stderr(&out));
    let out = wd.cmd(["lists", "compare", " ", "Kvarta"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("the first name is empty"), "{}", stderr(&out));
    // A list file that is empty, or delimited by semicolons, is refused saying so.
    let db = wd.path("w.db");
    for (text, says) in [
        ("", "empty: no header row and no entries"),
        ("name;country\nKvarta;RU\n", "the file is delimited by semicolons: save it as CSV with commas"),
    ] {
        let file = wd.write("l.csv", text);
        let out = wd.cmd(["lists", "import", "--format", "csv", "--db"]).arg(&db).arg(&file).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        assert!(stderr(&out).contains(says), "{}", stderr(&out));
    }
}

/// The Latin-Cyrillic row of `lists evaluate --format json` at its one
/// threshold (not the row of the best threshold at a precision).
fn cyrillic_latin_row(out: &std::process::Output) -> Value {
    stdout(out)
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .find(|r| r["scripts"] == "cyrillic-latin" && r["at_precision"].is_null())
        .unwrap_or_else(|| panic!("no Latin-Cyrillic row: {}", stdout(out)))
}

#[test]
fn lists_evaluate_counts_finds_misses_and_wrong_finds() {
    // Worked out by hand: 9 names with a name of the entry in the other
    // script. `Romashka` (one name, merged with `Romashka JSC` by its INN)
    // finds `ООО «Ромашка Системы»` at 0.95 (one word and one common word),
    // and so the other way; a limited liability and a joint stock company of
    // one name meet only at 0.89; `Solnyshko Trading` / `ТОО «Зеленый Луч»`
    // is missed both ways. The person is left out.
    let wd = Workdir::new();
    let out = wd
        .cmd(["lists", "evaluate", "--thresholds", "0.85,0.9,0.95", "--examples", "10", "--format", "json"])
        .arg(fixture("lists/annex.csv"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("examples at threshold 0.95, part all, counting all"), "{}", stderr(&out));
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let get = |threshold: f64, best: bool| {
        rows.iter()
            .find(|r| {
                r["scripts"] == "cyrillic-latin"
                    && r["threshold"].as_f64() == Some(threshold)
                    && r["at_precision"].is_null() != best
            })
            .unwrap_or_else(|| panic!("no row at {threshold}: {}", stdout(&out)))
    };
    let counts = |r: &Value| {
        ["positives", "true_positives", "false_positives", "false_negatives"].map(|k| r[k].as_u64().unwrap())
    };
    assert_eq!(counts(get(0.95, false)), [9, 7, 2, 2]);
    assert_eq!(counts(get(0.9, false)), [9, 7, 2, 2]);
    assert_eq!(counts(get(0.85, false)), [9, 7, 5, 2]);
    // The highest recall at precision 0.97: just above 0.95.
    let best = get(0.955, true);
    assert_eq!((counts(best), best["at_precision"].as_f64()), ([9, 7, 0, 2], Some(0.97)));
    let err = stderr(&out);
    assert!(err.contains("4 entries with 9 names"), "{err}");
    assert!(err.contains("missed: \"Solnyshko Trading\" -> \"ТОО «Зеленый Луч»\""), "{err}");
    assert!(err.contains("wrong: \"ООО «Ромашка Системы»\" -> \"Romashka\""), "{err}");
    // Counting only each query's best hits, as `score` reports one: the
    // name alike (0.95) is outscored by the query's own entry (1.00), so
    // nothing is found wrongly and nothing is shown as wrong.
    let out = wd
        .cmd(["lists", "evaluate", "--thresholds", "0.9", "--count", "best", "--examples", "10", "--format", "json"])
        .arg(fixture("lists/annex.csv"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let row = cyrillic_latin_row(&out);
    assert_eq!(counts(&row), [9, 7, 0, 2]);
    assert!(!stderr(&out).contains("wrong:"), "{}", stderr(&out));
}

#[test]
fn lists_evaluate_leaves_out_the_transcriptions_placeholders() {
    // `Text of image` and a language's label alone stand for no name: two
    // entries giving them are two entries, not one merged by a shared name.
    let wd = Workdir::new();
    let annex = wd.write(
        "annex.csv",
        "name,alias,schema\n\
         Kvarta Trading,Text of image;Chinese:;Кварта Трейдинг,Company\n\
         Vorta Holdings,Text of image;Ворта Холдингс,Company\n",
    );
    let out = wd.cmd(["lists", "evaluate", "--thresholds", "0.9", "--format", "json"]).arg(&annex).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("2 entries with 4 names"), "{}", stderr(&out));
    let row = cyrillic_latin_row(&out);
    assert_eq!((row["positives"].as_u64(), row["false_positives"].as_u64()), (Some(4), Some(0)), "{row}");
}

#[test]
fn windows_line_ends_and_blank_lines_keep_line_numbers_right() {
    // The csv crate counts a record after `\r\n` on the line before, and
    // one after blank lines on the first of them; lists, suppliers and
    // records saved on Windows, or with blank lines, must name the right line.
    let (wd, db) = demo_db();
    let list = wd.write("watch.csv", "name,country\r\nKvarta Ltd,GB\r\n\r\n\r\nVorta Ltd,XX\r\n");
    let out = wd.cmd(["lists", "import", "--list-format", "csv", "--db"]).arg(&db).arg(&list).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("watch.csv:5: row: country: \"XX\""), "{}", stderr(&out));
    let suppliers = wd.write("suppliers.csv", "name,country\r\nKvarta Ltd,GB\r\n\n,GB\r\n");
    let out = wd.cmd(["score", "--format", "csv", "--db"]).arg(&db).arg(&suppliers).output().unwrap();
    assert!(
        stdout(&out).lines().any(|l| l.starts_with("4,") && l.ends_with("line 4: name: missing value; not scored")),
        "{}",
        stdout(&out)
    );
    let records = wd.write(
        "crlf/shipments.csv",
        "id,date,exporter_id,importer_id,hs_code,part_number,manufacturer_id,origin_country,quantity,value_usd,source\r\n\
         S1,2023-01-01,E0001,E0002,854231,,,US,5,100,fixture\r\n\r\n\
         S2,2023-01-01,E0001,E0002,854231,,,US,5,12k,fixture\r\n",
    );
    let out = wd.cmd(["import", "--db"]).arg(&db).arg(&records).output().unwrap();
    assert!(stderr(&out).contains("shipments.csv:4: value_usd: "), "{}", stderr(&out));
}

#[test]
fn ofac_sdn_list_imports_with_aliases_numbers_programmes_and_countries() {
    let (wd, db) = demo_db();
    let sdn = fixture("lists/ofac/sdn.csv");
    let import = |extra: &[&str]| {
        wd.cmd(["lists", "import", "--format", "ofac-sdn", "--db"]).arg(&db).args(extra).arg(&sdn).output().unwrap()
    };
    // A row that is no SDN entry is named by its line (the file has
    // Windows line ends, and ends with DOS's Ctrl-Z), and nothing is written.
    let out = import(&[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("sdn.csv:3: row: entry number: \"X9\" is not a number"), "{}", stderr(&out));
    let out = import(&["--skip-invalid"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("list sdn: 2 entries"), "{}", stderr(&out));
    let out = wd.cmd(["lists", "--format", "csv", "--db"]).arg(&db).output().unwrap();
    assert!(stdout(&out).contains("sdn,ofac-sdn,"), "{}", stdout(&out));
    // The alias from the remarks, the programmes, the country from add.csv
    // and the tax number all count.
    let suppliers = wd.write(
        "suppliers.csv",
        "id,name,country,identifiers,address\nS1,Kvartello Trade LLC,RU,,\nS2,Nordic Parts AB,SE,7701234567,\n\
         S3,Kvartello Trade LLC,SE,,\nS4,Brelvik Components OOO,RU,,\"1 Invented Street, Moscow, Russia\"\n",
    );
    let out = wd.cmd(["score", "--format", "json", "--db"]).arg(&db).arg(&suppliers).output().unwrap();
    let rows: Vec<serde_json::Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows[0]["match_name"], "KVARTELLO TRADING LIMITED", "{rows:?}");
    assert_eq!(rows[0]["match_list"], "sdn");
    let evidence = rows[0]["reasons"].to_string();
    assert!(evidence.contains("RUSSIA-EO14024") && evidence.contains("KVARTELLO TRADE"), "{evidence}");
    let reasons = rows[1]["reasons"].to_string();
    assert!(reasons.contains("identifier_match"), "{reasons}");
    // The entry is in Russia (add.csv): not the same name in Sweden.
    assert_eq!(rows[2]["matched"], false, "{rows:?}");
    // Its street address (add.csv) is shared.
    let reasons = rows[3]["reasons"].to_string();
    assert!(reasons.contains("shared_address") && reasons.contains("of 9001 KVARTELLO"), "{reasons}");
    // Names from alt.csv beside the list; an entry number given twice, or a
    // row of another width, is refused; an empty file replaces nothing.
    let row =
        |n: &str, name: &str| format!("{n},\"{name}\",-0- ,RUSSIA-EO14024,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n");
    let other = wd
        .write("o2/sdn.csv", &[row("9101", "ORTELLO LLC"), row("9101", "ORTELLO TWO"), "9102,SHORT\n".into()].concat());
    wd.write("o2/alt.csv", "9101,1,aka,\"ORTELLO TRADING HOUSE\",-0-\n");
    let out = wd.cmd(["lists", "import", "--format", "ofac-sdn", "--db"]).arg(&db).arg(&other).output().unwrap();
    let err = stderr(&out);
    assert!(err.contains("sdn.csv:2: row: entry number 9101 is given on line 1 too"), "{err}");
    assert!(err.contains("sdn.csv:3: row: 2 columns where OFAC's sdn.csv has 12"), "{err}");
    assert!(err.contains("no add.csv or sdn_address.csv beside"), "{err}");
    // A quote out of place takes the entries after it: the lines are named.
    let quoted =
        wd.write("o3/sdn.csv", &[row("9201", "ORTELLO LLC"), "9202,\"SHORT\n".into(), row("9203", "VELNA")].concat());
    let err =
        stderr(&wd.cmd(["lists", "import", "--format", "ofac-sdn", "--db"]).arg(&db).arg(&quoted).output().unwrap());
    assert!(
        err.contains("sdn.csv:2: row: ") && err.contains("lines 2 to 3 were read as one row, their entries"),
        "{err}"
    );
    let out = wd
        .cmd(["lists", "import", "--format", "ofac-sdn", "--skip-invalid", "--db"])
        .arg(&db)
        .arg(&other)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let out = wd
        .cmd(["score", "--format", "json", "--db"])
        .arg(&db)
        .arg("-")
        .write_stdin("name\nOrtello Trading House\n")
        .output()
        .unwrap();
    assert!(stdout(&out).contains("\"match_name\":\"ORTELLO LLC\""), "{}", stdout(&out));
    // A file beside the list saved as Latin-1 is refused as the list would
    // be, with its line, not read with replacement characters; a directory
    // of its name is said to be one.
    std::fs::write(wd.path("o2/alt.csv"), b"9101,1,aka,\"ORTELLO M\xdcLLER\",-0-\n").unwrap();
    let err =
        stderr(&wd.cmd(["lists", "import", "--format", "ofac-sdn", "--db"]).arg(&db).arg(&other).output().unwrap());
    assert!(err.contains("alt.csv:1: byte 22: not UTF-8 text (a byte 0xDC"), "{err}");
    std::fs::create_dir_all(wd.path("o2/add.csv")).unwrap();
    let err =
        stderr(&wd.cmd(["lists", "import", "--format", "ofac-sdn", "--db"]).arg(&db).arg(&other).output().unwrap());
    assert!(err.contains("add.csv: not a file: the add.csv file beside"), "{err}");
    let empty = wd.write("o3/sdn.csv", "");
    let out = wd.cmd(["lists", "import", "--format", "ofac-sdn", "--db"]).arg(&db).arg(&empty).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("no entries"), "{}", stderr(&out));
}

#[test]
fn a_short_name_matches_the_one_party_whose_names_hold_its_words() {
    // `Velgora` is a word of one listed party's names only, listed twice
    // (two lists, one identifier): a supplier `Velgora Group` matches it,
    // raised for that and saying so. `Partsen` is a word of two parties'
    // names: neither stands out, and the supplier does not match.
    let wd = Workdir::new();
    let db = wd.path("w.db");
    let eu = wd.write(
        "eu.csv",
        "name,country,identifiers,list\nАО «Концерн «НПО «Велгора»»,RU,inn:7701000001,EU\nOOO Partsen Opt,RU,,EU\n",
    );
    let uk = wd.write(
        "uk.csv",
        "name,country,identifiers,list\nJSC Concern Velgora,RU,inn:7701000001,UK\nPartsen Technika,RU,,UK\n",
    );
    for (list, file) in [("eu", &eu), ("uk", &uk)] {
        wd.cmd(["-q", "lists", "import", "--format", "csv", "--list", list, "--db"])
            .arg(&db)
            .arg(file)
            .assert()
            .success();
    }
    let suppliers = wd.write("s.csv", "id,name,country\nv,Velgora Group,RU\np,Partsen Group,RU\n");
    let out = wd.cmd(["score", "--format", "json", "--db"]).arg(&db).arg(&suppliers).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows[0]["matched"], true, "{}", rows[0]);
    assert_eq!(rows[0]["match_similarity"], 0.93, "{}", rows[0]);
    let evidence = rows[0]["reasons"][0]["evidence"].as_str().unwrap();
    assert!(evidence.contains("no other party's names hold them all"), "{evidence}");
    assert_eq!(rows[1]["matched"], false, "{}", rows[1]);
    // `lists compare` gives the pair alone, below the threshold.
    let out = wd
        .cmd(["lists", "compare", "--format", "json", "Velgora Group", "АО «Концерн «НПО «Велгора»»"])
        .output()
        .unwrap();
    let pair: Value = serde_json::from_str(stdout(&out).lines().next().unwrap()).unwrap();
    assert!(pair["similarity"].as_f64().unwrap() < 0.9, "{pair}");
}

#[test]
fn an_alias_without_a_legal_form_is_of_the_kind_its_entry_names() {
    // The entry is a joint stock company; its alias gives no legal form. A
    // limited liability company of that name is another company of a group
    // as often as not: capped below the threshold, as against the entry's
    // own name. A joint stock company, or the name alone, still matches.
    let wd = Workdir::new();
    let db = wd.path("k.db");
    let list = wd.write("w.csv", "id,name,aliases,country\nW1,\"Velmaz, JSC\",Velmaz,RU\n");
    wd.cmd(["-q", "lists", "import", "--list-format", "csv", "--db"]).arg(&db).arg(&list).assert().success();
    let file = wd.write("s.csv", "name,country\nООО «Велмаз»,RU\nАО «Велмаз»,RU\nVelmaz,RU\n");
    let out = wd.cmd(["score", "--format", "json", "--db"]).arg(&db).arg(&file).output().unwrap();
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let matched: Vec<bool> = rows.iter().map(|r| r["matched"].as_bool().unwrap()).collect();
    assert_eq!(matched, [false, true, true], "{}", stdout(&out));
    // At a threshold below the cap, the evidence says why it is lower.
    let weights = wd.write("w.toml", "threshold = 0.85\n");
    let out = wd.cmd(["score", "--format", "json", "--weights"]).arg(&weights).arg("--db").arg(&db).arg(&file).output();
    let out = out.unwrap();
    let row: Value = serde_json::from_str(stdout(&out).lines().next().unwrap()).unwrap();
    assert_eq!(row["match_similarity"], 0.89, "{row}");
    let evidence = row["reasons"][0]["evidence"].as_str().unwrap();
    assert!(
        evidence.contains(
            "legal forms of different kinds: limited liability | joint stock (the entry's name \"Velmaz, JSC\")"
        ),
        "{row}"
    );
}

#[test]
fn a_row_with_a_wrong_date_country_or_kind_is_not_scored_but_its_name_is_screened() {
    // A wrong optional field leaves the row unscored (band error), but a
    // list match is not hidden by it: the match columns are filled. A wrong
    // name is not screened at all.
    let wd = Workdir::new();
    let db = wd.path("k.db");
    let list = wd.write("w.csv", "id,name,country\nW1,Velmaris Trading FZE,AE\n");
    wd.cmd(["-q", "lists", "import", "--list-format", "csv", "--db"]).arg(&db).arg(&list).assert().success();
    let file = wd.write(
        "s.csv",
        "name,country,incorporated,kind\n\
         Velmaris Trading FZE,AE,2023-13-01,\n\
         Velmaris Trading FZE,Atlantis,,\n\
         Velmaris Trading FZE,AE,,smuggler\n\
         LLC,AE,2023-13-01,\n",
    );
    let out = wd.cmd(["score", "--format", "json", "--fail-above", "90", "--db"]).arg(&db).arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(3), "an unscored row fails a gate");
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    for row in &rows[..3] {
        assert_eq!((row["band"].as_str(), row["score"].as_f64()), (Some("error"), None), "{row}");
        assert_eq!((row["matched"].as_bool(), row["match_name"].as_str()), (Some(true), Some("Velmaris Trading FZE")));
        assert!(row["error"].as_str().unwrap().ends_with("not scored (its name was screened: see the match columns)"));
    }
    assert!(rows[0]["error"].as_str().unwrap().contains("incorporated: \"2023-13-01\" has no month 13"), "{}", rows[0]);
    assert!(rows[1]["error"].as_str().unwrap().contains("country: \"Atlantis\" is not a country"), "{}", rows[1]);
    assert!(rows[2]["error"].as_str().unwrap().contains("kind: \"smuggler\" is no kind"), "{}", rows[2]);
    assert_eq!(
        (rows[3]["matched"].as_bool(), rows[3]["error"].as_str().unwrap().ends_with("; not scored")),
        (Some(false), true)
    );
}

#[test]
fn a_supplier_in_a_region_under_embargo_is_itself_the_risk() {
    // Crimea as the country, Sevastopol in the address, the DNR as the
    // country in Russian; a town of the Donetsk region that may lie on
    // either side of the line is not read as one.
    let wd = Workdir::new();
    let file = wd.write(
        "s.csv",
        "name,country,address\n\
         Sunvale Garden Supplies Ltd,Crimea,\n\
         Sunvale Two Ltd,UA,\"ul. Lenina 5, Sevastopol\"\n\
         Sunvale Three Ltd,ДНР,\n\
         Sunvale Four Ltd,UA,\"Kramatorsk, Donetsk region\"\n",
    );
    let out = wd.cmd(["-q", "score", "--format", "json"]).arg(&file).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let rows: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let told: Vec<Option<String>> = rows
        .iter()
        .map(|r| {
            let reasons = r["reasons"].as_array().unwrap();
            let target = reasons.iter().find(|x| x["reason"] == "target_country");
            target.map(|t| t["evidence"].as_str().unwrap().to_string())
        })
        .collect();
    assert_eq!(
        told[0].as_deref(),
        Some(
            "the country names Crimea and Sevastopol, a region of Ukraine under embargo (EU Regulation 692/2014, US \
             Executive Order 13685)"
        )
    );
    assert!(told[1].as_deref().is_some_and(|t| t.starts_with("the address names Crimea and Sevastopol")), "{told:?}");
    assert!(told[2].as_deref().is_some_and(|t| t.contains("the so-called Donetsk People's Republic")), "{told:?}");
    assert_eq!(told[3], None);
    assert_eq!((rows[0]["score"].as_f64(), rows[0]["band"].as_str()), (Some(50.0), Some("high")));
}

#[test]
fn a_list_format_that_would_drop_most_columns_is_refused() {
    // Read as CSL, a plain list would keep its names alone, and replace
    // the same list read well before: refused, the other format named.
    let wd = Workdir::new();
    let db = wd.path("w.db");
    let list = wd.write("mieu.csv", "Type,Name,Alias,Country,Program\nOrganization,Vorta Arms Bureau,VAB,RU,X-MIEU\n");
    wd.cmd(["-q", "lists", "import", "--list", "mieu", "--format", "csv", "--db"])
        .arg(&db)
        .arg(&list)
        .assert()
        .success();
    let out =
        wd.cmd(["lists", "import", "--list", "mieu", "--format", "csl", "--db"]).arg(&db).arg(&list).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(
            "mieu.csv:1: the columns are read better by another format: --list-format csv reads name, alias, country, \
             program, this one only type, name; rerun with --list-format csv (nothing written)"
        ),
        "{}",
        stderr(&out)
    );
    let out = wd.cmd(["lists", "show", "mieu", "--format", "csv", "--db"]).arg(&db).output().unwrap();
    assert!(stdout(&out).contains("VAB"), "{}", stdout(&out));
}
