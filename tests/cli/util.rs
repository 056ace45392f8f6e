//! A temporary work directory and the built binary.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The repository root (where `datasets/` and `tests/fixtures/` live).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fixture file.
pub fn fixture(rel: &str) -> PathBuf {
    root().join("tests/fixtures").join(rel)
}

/// A temporary directory that runs the binary inside it.
pub struct Workdir {
    dir: tempfile::TempDir,
}

impl Workdir {
    pub fn new() -> Workdir {
        Workdir { dir: tempfile::tempdir().expect("temp dir") }
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// `chokepoint ARGS...`, run in the work directory.
    pub fn cmd<I, S>(&self, args: I) -> Command
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_chokepoint"));
        cmd.current_dir(self.dir.path()).env_remove("RUST_LOG").args(args);
        cmd
    }

    /// Write a file in the work directory.
    pub fn write(&self, rel: &str, contents: &str) -> PathBuf {
        let p = self.path(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&p, contents).unwrap();
        p
    }

    /// A database holding the `basic` fixture set.
    pub fn basic_db(&self) -> PathBuf {
        let db = self.path("basic.db");
        self.cmd(["import", "--db"]).arg(&db).arg(fixture("basic")).assert().success();
        db
    }
}

/// Row counts per table plus `PRAGMA integrity_check`, read with the library.
pub fn snapshot(db: &Path) -> String {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut out = String::new();
    for t in [
        "entities",
        "entity_aliases",
        "entity_identifiers",
        "entity_lists",
        "components",
        "links",
        "findings",
        "shipments",
        "flows",
    ] {
        let n: i64 = conn.query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0)).unwrap();
        let sum: f64 = if t == "shipments" {
            conn.query_row("SELECT coalesce(sum(value_usd), 0) FROM shipments", [], |r| r.get(0)).unwrap()
        } else {
            0.0
        };
        out.push_str(&format!("{t}={n} {sum}\n"));
    }
    let ok: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    out.push_str(&ok);
    out
}

/// Standard error of a finished command, as text.
pub fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Standard output of a finished command, as text.
pub fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}
