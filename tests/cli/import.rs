//! `chokepoint import`: validation messages, atomicity, idempotence.

use crate::util::{Workdir, fixture, snapshot, stderr};

/// Import one invalid fixture into the basic database; it must fail with exit
/// code 1, name the file, line and column, and leave the database unchanged.
fn rejects(name: &str, line: u64, column: &str, what: &str) {
    let wd = Workdir::new();
    let db = wd.basic_db();
    let before = snapshot(&db);
    let file = fixture(&format!("invalid/{name}"));
    let out = wd.cmd(["import", "--db"]).arg(&db).arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{name}: {}", stderr(&out));
    let err = stderr(&out);
    let expected = format!("{}:{line}: {column}: ", file.display());
    assert!(err.contains(&expected), "{name}: expected {expected:?} in:\n{err}");
    assert!(err.contains(what), "{name}: expected {what:?} in:\n{err}");
    assert!(err.starts_with("chokepoint: error: "), "{err}");
    assert_eq!(snapshot(&db), before, "{name} changed the database");
}

#[test]
fn bad_value_is_reported_with_file_line_column() {
    rejects("bad-value-shipments.csv", 2, "value_usd", "is not a number");
}

#[test]
fn unknown_country_code_is_an_error() {
    rejects("bad-country-shipments.csv", 2, "origin_country", "\"XX\" is not an ISO 3166-1 alpha-2 country code");
}

#[test]
fn malformed_hs_code_is_an_error() {
    rejects("bad-hs-shipments.csv", 2, "hs_code", "is not an HS code");
}

#[test]
fn impossible_date_is_an_error() {
    rejects("bad-date-shipments.csv", 2, "date", "\"2023-02-30\" is not a day of that month");
}

#[test]
fn amount_beyond_any_shipment_is_an_error() {
    rejects("huge-value-shipments.csv", 2, "value_usd", "1e18 is more than 1e12");
}

#[test]
fn a_party_linked_with_itself_is_an_error() {
    rejects("self-links.csv", 2, "to_id", "\"M1\" is from_id too");
}

#[test]
fn finding_date_must_be_a_day() {
    rejects("bad-date-findings.csv", 2, "found_on", "\"2023-13-01\"");
}

#[test]
fn a_finding_may_give_the_month_or_year_alone() {
    // A teardown may tell the month or the year a part was found in; a
    // month written without its zero is no date.
    let wd = Workdir::new();
    let db = wd.basic_db();
    let ok = wd.write(
        "findings.csv",
        "manufacturer_id,part_number,weapon_system,found_on\nM1,VM-100,Kestrel-2,2023-05\nM1,VM-100,Kestrel-3,2024\n",
    );
    wd.cmd(["-q", "import", "--db"]).arg(&db).arg(&ok).assert().success();
    let bad = wd
        .write("bad/findings.csv", "manufacturer_id,part_number,weapon_system,found_on\nM1,VM-100,Kestrel-4,2023-5\n");
    let out = wd.cmd(["import", "--db"]).arg(&db).arg(&bad).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("found_on: \"2023-5\" is not a date: YYYY-MM-DD, or YYYY-MM or YYYY"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn negative_quantity_is_an_error() {
    rejects("negative-quantity-shipments.csv", 2, "quantity", "negative");
}

#[test]
fn reference_to_unknown_entity_is_an_error() {
    rejects("unknown-entity-shipments.csv", 2, "importer_id", "unknown entity \"NOPE\"");
}

#[test]
fn duplicate_id_with_different_content_is_a_conflict() {
    rejects("duplicate-shipments.csv", 3, "id", "duplicate id \"S9\" with different content");
}

#[test]
fn row_with_wrong_field_count_is_an_error() {
    rejects("short-row-shipments.csv", 2, "row", "10 fields, but the header has 11");
}

/// A whole-file problem: exit 1, the message, the database unchanged.
fn rejects_file(file: &std::path::Path, what: &str) {
    let wd = Workdir::new();
    let db = wd.basic_db();
    let before = snapshot(&db);
    let out = wd.cmd(["import", "--db"]).arg(&db).arg(file).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains(&file.display().to_string()), "file not named in:\n{err}");
    assert!(err.contains(what), "expected {what:?} in:\n{err}");
    assert_eq!(snapshot(&db), before);
}

#[test]
fn missing_required_column_names_the_column() {
    rejects_file(&fixture("invalid/missing-column-shipments.csv"), "header: missing required column value_usd");
}

#[test]
fn missing_file_is_an_error() {
    rejects_file(&fixture("invalid/no-such-file.csv"), "no such file or directory");
}

#[test]
fn empty_file_is_an_error() {
    rejects_file(&fixture("invalid/empty-shipments.csv"), "empty file: expected a header row");
}

#[test]
fn file_that_is_not_utf8_is_an_error() {
    rejects_file(&fixture("invalid/latin1-shipments.csv"), "not valid UTF-8");
}

#[test]
fn file_that_is_not_a_record_file_is_an_error() {
    rejects_file(&fixture("invalid/notes.json"), "not a chokepoint record file");
}

#[test]
fn header_only_file_imports_nothing_and_says_so() {
    let wd = Workdir::new();
    let db = wd.basic_db();
    let before = snapshot(&db);
    let out = wd.cmd(["import", "--db"]).arg(&db).arg(fixture("invalid/header-only-shipments.csv")).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("header only, no rows; nothing imported"), "{}", stderr(&out));
    assert_eq!(snapshot(&db), before);
}

#[test]
fn unknown_file_in_directory_is_skipped_with_a_warning() {
    let wd = Workdir::new();
    let dir = wd.path("drop");
    std::fs::create_dir_all(&dir).unwrap();
    for f in ["entities.csv", "shipments.csv"] {
        std::fs::copy(fixture(&format!("basic/{f}")), dir.join(f)).unwrap();
    }
    wd.write("drop/notes.txt", "meeting notes\n");
    let out = wd.cmd(["import", "--db", "x.db", "drop"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("skipping drop/notes.txt: not a chokepoint record file"), "{err}");
    assert!(snapshot(&wd.path("x.db")).contains("shipments=4 "));
}

#[test]
fn db_that_is_not_sqlite_is_an_error_and_left_alone() {
    let wd = Workdir::new();
    let db = wd.path("x.db");
    std::fs::copy(fixture("invalid/not-a-database.sqlite"), &db).unwrap();
    let before = std::fs::read(&db).unwrap();
    let out = wd.cmd(["import", "--db", "x.db"]).arg(fixture("basic")).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("x.db: not a SQLite database"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&db).unwrap(), before);
    let out = wd.cmd(["stats", "--db", "x.db"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn another_programs_database_is_left_alone_and_a_lost_table_named() {
    let wd = Workdir::new();
    let db = wd.path("theirs.db");
    rusqlite::Connection::open(&db).unwrap().execute_batch("CREATE TABLE foo (x)").unwrap();
    let before = std::fs::read(&db).unwrap();
    for args in [vec!["stats"], vec!["select", "listed"], vec!["import"]] {
        let mut cmd = wd.cmd(["--db", "theirs.db"]);
        cmd.args(&args);
        if args == ["import"] {
            cmd.arg(fixture("basic"));
        }
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(
            stderr(&out).contains("theirs.db: a SQLite database of another program (holding foo)"),
            "{}",
            stderr(&out)
        );
        assert_eq!(std::fs::read(&db).unwrap(), before, "{args:?} wrote to it");
    }
    // Views only, or a version of its own: another program's too.
    for (name, sql) in
        [("views.db", "CREATE VIEW v AS SELECT 1"), ("versioned.db", "CREATE TABLE t (x); PRAGMA user_version = 3")]
    {
        let db = wd.path(name);
        rusqlite::Connection::open(&db).unwrap().execute_batch(sql).unwrap();
        let before = std::fs::read(&db).unwrap();
        let out = wd.cmd(["stats", "--db"]).arg(&db).output().unwrap();
        assert!(stderr(&out).contains("a SQLite database of another program"), "{name}: {}", stderr(&out));
        assert_eq!(std::fs::read(&db).unwrap(), before, "{name}");
    }
    let db = wd.basic_db();
    rusqlite::Connection::open(&db).unwrap().execute_batch("DROP TABLE flows").unwrap();
    let out = wd.cmd(["stats", "--db"]).arg(&db).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("the chokepoint table flows is missing"), "{}", stderr(&out));
}

#[test]
fn a_column_named_twice_and_a_missing_directory_are_errors() {
    let wd = Workdir::new();
    let dir = wd.path("dup");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("entities.csv"), "id,name,kind,country,name\nM1,Valdoria,manufacturer,US,Other\n").unwrap();
    let out = wd.cmd(["import", "--db", "d.db"]).arg(dir.join("entities.csv")).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("entities.csv:1: header: column \"name\" comes twice (columns 2 and 5)"),
        "{}",
        stderr(&out)
    );
    assert!(!wd.path("d.db").exists());
    let out = wd.cmd(["score", "-"]).write_stdin("name,country,name\nA,US,B\n").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("standard input:1: header: column \"name\" comes twice"), "{}", stderr(&out));
    let out = wd.cmd(["import", "--db", "no/such/dir/x.db"]).arg(fixture("basic")).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("the directory no/such/dir does not exist"), "{}", stderr(&out));
}

#[test]
fn db_with_newer_schema_is_refused() {
    let wd = Workdir::new();
    let db = wd.basic_db();
    rusqlite::Connection::open(&db).unwrap().pragma_update(None, "user_version", 999).unwrap();
    let before = snapshot(&db);
    let out = wd.cmd(["import", "--db"]).arg(&db).arg(fixture("basic")).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("schema version 999 is newer than this chokepoint knows"), "{}", stderr(&out));
    assert_eq!(snapshot(&db), before);
}

#[test]
fn missing_db_for_a_read_command_says_how_to_create_it() {
    let wd = Workdir::new();
    let out = wd.cmd(["stats", "--db", "nope.db"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("no database at nope.db; create it with 'chokepoint import --db nope.db"));
    assert!(!wd.path("nope.db").exists());
}

#[test]
fn many_bad_rows_are_listed_up_to_100_then_counted() {
    let wd = Workdir::new();
    let db = wd.basic_db();
    let out = wd.cmd(["import", "--db"]).arg(&db).arg(fixture("invalid/many-bad-shipments.csv")).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("150 invalid rows; nothing was imported"), "{err}");
    assert_eq!(err.matches(": origin_country: ").count(), 100);
    assert!(err.contains("... and 50 more"), "{err}");
}

#[test]
fn skip_invalid_loads_good_rows_and_writes_rejects() {
    let wd = Workdir::new();
    let db = wd.basic_db();
    let out = wd
        .cmd(["import", "--skip-invalid", "--rejects", "rejects.csv", "--db"])
        .arg(&db)
        .arg(fixture("invalid/mixed-shipments.csv"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(snapshot(&db).contains("shipments=5 "));
    let rejects = std::fs::read_to_string(wd.path("rejects.csv")).unwrap();
    let mut lines = rejects.lines();
    assert_eq!(lines.next(), Some("file,line,column,reason,record"));
    let row = lines.next().unwrap();
    assert!(row.contains(",3,value_usd,") && row.contains("negative") && row.contains("S11"), "{row}");
    assert_eq!(lines.next(), None);
}

#[test]
fn reimport_changes_nothing_and_changed_rows_update() {
    let wd = Workdir::new();
    let db = wd.basic_db();
    let before = snapshot(&db);
    let out = wd.cmd(["import", "--db"]).arg(&db).arg(fixture("basic")).output().unwrap();
    assert!(out.status.success());
    assert_eq!(snapshot(&db), before);
    let summary = stderr(&out);
    assert!(
        summary.lines().any(|l| l.split_whitespace().collect::<Vec<_>>() == ["shipments", "0", "0", "4", "0"]),
        "{summary}"
    );

    let changed = std::fs::read_to_string(fixture("basic/shipments.csv")).unwrap().replace("61000", "61500");
    let file = wd.write("changed/shipments.csv", &changed);
    let out = wd.cmd(["import", "--db"]).arg(&db).arg(&file).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let summary = stderr(&out);
    assert!(
        summary.lines().any(|l| l.split_whitespace().collect::<Vec<_>>() == ["shipments", "0", "1", "3", "0"]),
        "{summary}"
    );
    assert!(snapshot(&db).contains("shipments=4 154500.5"));
}

#[test]
fn import_needs_a_db() {
    let wd = Workdir::new();
    let out = wd.cmd(["import"]).arg(fixture("basic")).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("import needs --db FILE"));
}

/// Kill an import part-way at several moments: the database must stay as it
/// was (same counts, integrity ok), whether it existed before or not.
#[test]
fn killed_import_leaves_database_unchanged() {
    let wd = Workdir::new();
    let gen_dir = wd.path("gen");
    wd.cmd(["generate", "--entities", "20000", "--shipments", "400000", "--seed", "3"])
        .arg(&gen_dir)
        .assert()
        .success();
    let db = wd.basic_db();
    let mut before = snapshot(&db);
    let (mut killed_existing, mut killed_new) = (0, 0);
    for delay_ms in [50u64, 150, 300] {
        // Into an existing database.
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_chokepoint"))
            .args(["-q", "import", "--db"])
            .arg(&db)
            .arg(&gen_dir)
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill();
        let status = child.wait().unwrap();
        if status.success() {
            before = snapshot(&db); // finished before the kill: the new state is the reference
        } else {
            killed_existing += 1;
            assert_eq!(snapshot(&db), before, "after a kill at {delay_ms} ms");
        }
        // Into a new database: no database file appears.
        let fresh = wd.path(&format!("fresh{delay_ms}.db"));
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_chokepoint"))
            .args(["-q", "import", "--db"])
            .arg(&fresh)
            .arg(&gen_dir)
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill();
        if !child.wait().unwrap().success() {
            killed_new += 1;
            assert!(!fresh.exists(), "a killed import into a new database left {}", fresh.display());
        }
    }
    // The 50 ms kill lands mid-import (400,000 shipments take far longer), so the test checks something.
    assert!(killed_existing > 0 && killed_new > 0, "no import was killed part-way");
    // And the next import into that path works, cleaning up after the killed one.
    let fresh = wd.path("fresh50.db");
    wd.cmd(["-q", "import", "--db"]).arg(&fresh).arg(fixture("basic")).assert().success();
    assert!(snapshot(&fresh).contains("shipments=4 "));
}

#[test]
fn a_quote_left_open_and_a_file_in_semicolons_are_told_as_such() {
    let wd = Workdir::new();
    let dir = wd.path("q");
    std::fs::create_dir(&dir).unwrap();
    let file = dir.join("entities.csv");
    std::fs::write(&file, "id,name,kind,country\nM1,\"A,manufacturer,US\nM2,B,manufacturer,US\n").unwrap();
    let out = wd.cmd(["import", "--db", "q.db"]).arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(
            "entities.csv:2: row: 2 fields, but the header has 4: a quote opened on this line runs 1 line on"
        ),
        "{}",
        stderr(&out)
    );
    std::fs::write(&file, "id;name;kind;country\nM1;A;manufacturer;US\n").unwrap();
    let out = wd.cmd(["import", "--db", "q.db"]).arg(&file).output().unwrap();
    assert!(stderr(&out).contains("the file is separated by semicolons"), "{}", stderr(&out));
    // Text files in another encoding are told by line, as data files are.
    let w = wd.path("w.toml");
    std::fs::write(&w, b"threshold = 0.9\n# caf\xe9\n").unwrap();
    let out = wd.cmd(["score", "--print-weights", "--weights"]).arg(&w).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("w.toml:2: byte 6: not UTF-8 text (a byte 0xE9"), "{}", stderr(&out));
    let sdn = wd.path("sdn.csv");
    std::fs::write(&sdn, b"9001,\"CAF\xc9 TRADING\",-0- ,CUBA,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n").unwrap();
    let out = wd.cmd(["lists", "import", "--db", "l.db", "--format", "ofac-sdn"]).arg(&sdn).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("sdn.csv:1: byte 10: not UTF-8 text"), "{}", stderr(&out));
}

#[test]
fn a_nul_byte_is_a_rejected_row_and_a_mapped_file_without_rows_says_so() {
    let wd = Workdir::new();
    let dir = wd.path("nul");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("entities.csv"), "id,name,kind,country\nM1,A\0B,manufacturer,US\n").unwrap();
    let out = wd.cmd(["import", "--db", "n.db"]).arg(dir.join("entities.csv")).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("entities.csv:2: row: a NUL byte"), "{}", stderr(&out));
    let empty = wd.path("empty.csv");
    std::fs::write(&empty, "declaration_date,importer_name,importer_tax_number,importer_country,exporter_name,exporter_country,origin_country,hs_code,description,brand,quantity,value_usd\n").unwrap();
    let out = wd
        .cmd(["import", "--db", "e.db", "--mapping"])
        .arg(crate::util::root().join("datasets/mappings/customs-flat.toml"))
        .arg(&empty)
        .output()
        .unwrap();
    assert!(stderr(&out).contains("warning: the files hold no data row"), "{}", stderr(&out));
}
