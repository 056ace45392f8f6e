//! The SQLite schema and its forward migrations. The schema version lives in
//! `PRAGMA user_version`; migration N takes a database from version N-1 to N.

use rusqlite::{Connection, params};

use crate::reference;

/// Migrations in order; the schema version is the number applied.
const MIGRATIONS: &[&str] = &[
    // 1: the six record kinds, provenance, reference data.
    "
    CREATE TABLE import_files (
        file_id INTEGER PRIMARY KEY,
        path TEXT NOT NULL,
        kind TEXT NOT NULL,
        imported_at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        country TEXT NOT NULL,
        aliases TEXT,
        address TEXT,
        identifiers TEXT,
        incorporated TEXT,
        lists TEXT,
        source TEXT,
        file_id INTEGER,
        line INTEGER,
        row_hash INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE entity_aliases (
        entity_id TEXT NOT NULL REFERENCES entities(id),
        alias TEXT NOT NULL,
        PRIMARY KEY (entity_id, alias)
    ) WITHOUT ROWID;
    CREATE TABLE entity_identifiers (
        entity_id TEXT NOT NULL REFERENCES entities(id),
        scheme TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (entity_id, scheme, value)
    ) WITHOUT ROWID;
    CREATE INDEX entity_identifiers_by_value ON entity_identifiers (scheme, value);
    CREATE TABLE entity_lists (
        entity_id TEXT NOT NULL REFERENCES entities(id),
        list TEXT NOT NULL,
        PRIMARY KEY (entity_id, list)
    ) WITHOUT ROWID;
    CREATE TABLE components (
        part_number TEXT NOT NULL,
        manufacturer_id TEXT NOT NULL REFERENCES entities(id),
        hs_code TEXT NOT NULL,
        category TEXT,
        description TEXT,
        file_id INTEGER,
        line INTEGER,
        row_hash INTEGER NOT NULL,
        PRIMARY KEY (part_number, manufacturer_id)
    ) WITHOUT ROWID;
    CREATE TABLE links (
        from_id TEXT NOT NULL REFERENCES entities(id),
        to_id TEXT NOT NULL REFERENCES entities(id),
        relation TEXT NOT NULL,
        share REAL,
        source TEXT,
        file_id INTEGER,
        line INTEGER,
        row_hash INTEGER NOT NULL,
        PRIMARY KEY (from_id, to_id, relation)
    ) WITHOUT ROWID;
    CREATE TABLE findings (
        manufacturer_id TEXT NOT NULL REFERENCES entities(id),
        part_number TEXT NOT NULL,
        weapon_system TEXT NOT NULL,
        found_on TEXT,
        source TEXT,
        file_id INTEGER,
        line INTEGER,
        row_hash INTEGER NOT NULL,
        PRIMARY KEY (manufacturer_id, part_number, weapon_system)
    ) WITHOUT ROWID;
    CREATE TABLE shipments (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL,
        date TEXT NOT NULL,
        exporter_id TEXT NOT NULL REFERENCES entities(id),
        importer_id TEXT NOT NULL REFERENCES entities(id),
        hs_code TEXT NOT NULL,
        part_number TEXT,
        manufacturer_id TEXT REFERENCES entities(id),
        origin_country TEXT,
        quantity REAL,
        value_usd REAL NOT NULL,
        source TEXT,
        file_id INTEGER,
        line INTEGER,
        row_hash INTEGER NOT NULL
    );
    CREATE UNIQUE INDEX shipments_by_id ON shipments (id);
    CREATE TABLE flows (
        period TEXT NOT NULL,
        reporter TEXT NOT NULL,
        partner TEXT NOT NULL,
        flow TEXT NOT NULL,
        hs_code TEXT NOT NULL,
        value REAL NOT NULL,
        currency TEXT NOT NULL,
        source TEXT,
        file_id INTEGER,
        line INTEGER,
        row_hash INTEGER NOT NULL,
        PRIMARY KEY (period, reporter, partner, flow, hs_code)
    ) WITHOUT ROWID;
    CREATE TABLE ref_chpl (
        hs6 TEXT PRIMARY KEY,
        tier TEXT NOT NULL,
        description TEXT NOT NULL,
        category TEXT NOT NULL
    );
    CREATE TABLE ref_countries (
        iso2 TEXT PRIMARY KEY,
        iso3 TEXT NOT NULL,
        name TEXT NOT NULL
    );
    CREATE TABLE ref_country_groups (
        iso2 TEXT NOT NULL REFERENCES ref_countries(iso2),
        grp TEXT NOT NULL,
        PRIMARY KEY (iso2, grp)
    );
    ",
    // 2: watch lists and the matches of store entities to their entries.
    "
    CREATE TABLE lists (
        list TEXT PRIMARY KEY,
        format TEXT NOT NULL,
        file TEXT NOT NULL,
        imported_at TEXT NOT NULL DEFAULT (datetime('now')),
        entries INTEGER NOT NULL
    );
    CREATE TABLE list_entries (
        list TEXT NOT NULL REFERENCES lists(list),
        entry_id TEXT NOT NULL,
        schema TEXT NOT NULL,
        name TEXT NOT NULL,
        countries TEXT NOT NULL,
        programs TEXT NOT NULL,
        listed_on TEXT,
        line INTEGER,
        PRIMARY KEY (list, entry_id)
    ) WITHOUT ROWID;
    CREATE TABLE list_names (
        list TEXT NOT NULL,
        entry_id TEXT NOT NULL,
        name TEXT NOT NULL
    );
    CREATE INDEX list_names_by_entry ON list_names (list, entry_id);
    CREATE TABLE list_identifiers (
        list TEXT NOT NULL,
        entry_id TEXT NOT NULL,
        scheme TEXT NOT NULL,
        value TEXT NOT NULL
    );
    CREATE INDEX list_identifiers_by_value ON list_identifiers (value);
    CREATE TABLE list_addresses (
        list TEXT NOT NULL,
        entry_id TEXT NOT NULL,
        address TEXT NOT NULL
    );
    CREATE TABLE list_ownership (
        list TEXT NOT NULL,
        owner_id TEXT NOT NULL,
        asset_id TEXT NOT NULL,
        share REAL
    );
    CREATE TABLE entity_matches (
        entity_id TEXT NOT NULL REFERENCES entities(id),
        list TEXT NOT NULL,
        entry_id TEXT NOT NULL,
        entry_name TEXT NOT NULL,
        programs TEXT NOT NULL,
        score REAL NOT NULL,
        rule TEXT NOT NULL,
        evidence TEXT NOT NULL,
        PRIMARY KEY (entity_id, list, entry_id)
    ) WITHOUT ROWID;
    ",
    // 3: a count of list imports, and the count when the store's entities
    // were last linked to the lists (`match`), to tell links older than a
    // list. Links made before this version count as made after every list.
    "
    CREATE TABLE list_imports (n INTEGER NOT NULL);
    INSERT INTO list_imports VALUES (0);
    CREATE TABLE match_runs (
        matched_at TEXT NOT NULL DEFAULT (datetime('now')),
        list_imports INTEGER NOT NULL
    );
    INSERT INTO match_runs (list_imports) SELECT 0 WHERE EXISTS (SELECT 1 FROM entity_matches);
    ",
    // 4: a count of imports of entities and links, and the count at the
    // last `match`, to tell links older than the store's own records. Links
    // made before this version count as made after every import.
    "
    CREATE TABLE record_imports (n INTEGER NOT NULL);
    INSERT INTO record_imports VALUES (0);
    ALTER TABLE match_runs ADD COLUMN record_imports INTEGER NOT NULL DEFAULT 0;
    ",
];

/// The newest schema version this build knows.
pub const VERSION: i64 = MIGRATIONS.len() as i64;

/// The tables the migrations up to `version` create (and do not drop).
pub fn tables_of(version: i64) -> Vec<&'static str> {
    let mut tables: Vec<&'static str> = Vec::new();
    for sql in MIGRATIONS.iter().take(version.max(0) as usize) {
        for (i, _) in sql.match_indices("TABLE ") {
            let before = sql[..i].trim_end();
            let name = sql[i + 6..].trim_start();
            let name = name.strip_prefix("IF NOT EXISTS ").unwrap_or(name).trim_start();
            let name = name.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).next().unwrap_or("");
            if name.is_empty() {
                continue;
            }
            if before.ends_with("CREATE") && !tables.contains(&name) {
                tables.push(name);
            } else if before.ends_with("DROP") {
                tables.retain(|t| *t != name);
            }
        }
    }
    tables
}

/// The database's schema version.
pub fn version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
}

/// Apply the migrations the database lacks, each in its own transaction.
/// The caller has checked that the version is not newer than [`VERSION`].
pub fn migrate(conn: &mut Connection) -> rusqlite::Result<()> {
    let current = version(conn)?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(current.max(0) as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", i as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}

/// Replace the reference tables with the data compiled into this build.
pub fn refresh_reference(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch("DELETE FROM ref_country_groups; DELETE FROM ref_countries; DELETE FROM ref_chpl;")?;
    let mut chpl = conn.prepare_cached("INSERT INTO ref_chpl VALUES (?1, ?2, ?3, ?4)")?;
    for c in reference::chpl() {
        chpl.execute(params![c.hs6, c.tier, c.description, c.category])?;
    }
    let mut country = conn.prepare_cached("INSERT INTO ref_countries VALUES (?1, ?2, ?3)")?;
    let mut group = conn.prepare_cached("INSERT INTO ref_country_groups VALUES (?1, ?2)")?;
    for c in reference::countries() {
        country.execute(params![c.iso2, c.iso3, c.name])?;
        for g in &c.groups {
            group.execute(params![c.iso2, g])?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tables_of_each_version_are_read_from_the_migrations() {
        let all = tables_of(VERSION);
        assert_eq!(all.len(), 23, "{all:?}");
        for t in ["entities", "shipments", "flows", "list_entries", "match_runs", "record_imports"] {
            assert!(all.contains(&t), "{t}");
        }
        assert!(tables_of(1).len() < all.len());
        assert!(tables_of(0).is_empty());
    }

    #[test]
    fn links_made_before_version_3_count_as_made_after_every_list() {
        // A database of version 2 with a link: migrated, it has a match
        // run at the import count, so its links are not called stale; one
        // without links has none.
        for (links, runs) in [(true, 1), (false, 0)] {
            let mut conn = Connection::open_in_memory().unwrap();
            for sql in &MIGRATIONS[..2] {
                conn.execute_batch(sql).unwrap();
            }
            conn.pragma_update(None, "user_version", 2).unwrap();
            if links {
                conn.execute_batch(
                    "PRAGMA foreign_keys = OFF;
                     INSERT INTO entity_matches VALUES ('E1', 'w', 'W1', 'X', '', 1.0, 'name', '');",
                )
                .unwrap();
            }
            migrate(&mut conn).unwrap();
            assert_eq!(version(&conn).unwrap(), VERSION);
            let n: i64 =
                conn.query_row("SELECT count(*) FROM match_runs WHERE list_imports = 0", [], |r| r.get(0)).unwrap();
            assert_eq!(n, runs);
            // Nor after every import of records (version 4).
            let n: i64 = conn
                .query_row(
                    "SELECT count(*) FROM match_runs, record_imports WHERE match_runs.record_imports = n",
                    [],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(n, runs);
        }
    }
}
