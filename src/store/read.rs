//! Reads for the graph views and the analyses: the entity table, shipments
//! under a filter, names and list entries of chosen entities, and the records
//! behind a result row.

use rusqlite::{OptionalExtension, params};
use rustc_hash::FxHashMap;
use serde::Serialize;

use super::Store;
use crate::error::Result;
use crate::model::{EntityKind, Filter, category_of_hs};

/// Compact facts about every entity, indexed by a dense `u32`. Names stay in
/// SQLite (see [`Store::entity_details`]).
#[derive(Debug, Clone, Default)]
pub struct EntityTable {
    /// The user's ids.
    pub ids: Vec<Box<str>>,
    /// Kinds.
    pub kinds: Vec<EntityKind>,
    /// ISO alpha-2 countries.
    pub countries: Vec<[u8; 2]>,
    /// The lists each entity is on (empty: not listed).
    pub lists: Vec<Vec<Box<str>>>,
    /// Incorporation dates (`YYYY-MM-DD`), where known.
    pub incorporated: Vec<Option<Box<str>>>,
    index: FxHashMap<Box<str>, u32>,
}

impl EntityTable {
    /// Number of entities.
    pub fn len(&self) -> usize {
        self.ids.len()
    }
    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }
    /// The dense index of an id.
    pub fn index_of(&self, id: &str) -> Option<u32> {
        self.index.get(id).copied()
    }
    /// The country code of an entity.
    pub fn country(&self, e: u32) -> &str {
        std::str::from_utf8(&self.countries[e as usize]).unwrap_or("??")
    }
    /// Whether the entity is on any list.
    pub fn listed(&self, e: u32) -> bool {
        !self.lists[e as usize].is_empty()
    }
    /// Whether the entity is a military end user, as the analyses take
    /// one: an end user in a target (Russia, Belarus) or embargoed (Iran,
    /// North Korea) country, as the chokepoint report's default targets.
    pub fn military_end_user(&self, e: u32) -> bool {
        self.kinds[e as usize] == EntityKind::EndUser
            && crate::reference::country(self.country(e))
                .is_some_and(|c| crate::reference::in_group(c, "target") || crate::reference::in_group(c, "embargoed"))
    }
}

/// One selected shipment, as the graph builder sees it.
#[derive(Debug, Clone, Copy)]
pub struct ShipmentRef<'a> {
    /// Exporter (dense index).
    pub exporter: u32,
    /// Importer (dense index).
    pub importer: u32,
    /// Value in USD.
    pub value: f64,
    /// Date, `YYYY-MM-DD`.
    pub date: &'a str,
    /// HS code, digits.
    pub hs: &'a str,
}

/// Display facts of one entity.
#[derive(Debug, Clone, Serialize)]
pub struct EntityDetails {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: String,
    /// Country.
    pub country: String,
    /// Aliases (`;`-separated).
    pub aliases: String,
    /// Address.
    pub address: String,
    /// Identifiers (`scheme:value;...`).
    pub identifiers: String,
    /// Incorporation date.
    pub incorporated: String,
    /// Lists (`;`-separated).
    pub lists: String,
    /// Source of the record.
    pub source: String,
}

/// One shipment record, for explanations.
#[derive(Debug, Clone, Serialize)]
pub struct ShipmentRecord {
    /// Shipment id.
    pub id: String,
    /// Date.
    pub date: String,
    /// Exporter id.
    pub exporter_id: String,
    /// Importer id.
    pub importer_id: String,
    /// HS code.
    pub hs_code: String,
    /// Value in USD.
    pub value_usd: f64,
    /// Source of the record.
    pub source: String,
    /// The file and line it was imported from.
    pub provenance: String,
}

/// One link between entities.
#[derive(Debug, Clone, Serialize)]
pub struct LinkRecord {
    /// From.
    pub from_id: String,
    /// To.
    pub to_id: String,
    /// Relation.
    pub relation: String,
    /// Share in percent, for ownership.
    pub share: Option<f64>,
    /// Source.
    pub source: String,
}

/// One finding: a manufacturer's part found in a weapon system.
#[derive(Debug, Clone, Serialize)]
pub struct FindingRecord {
    /// Manufacturer.
    pub manufacturer_id: String,
    /// Part number (may be empty).
    pub part_number: String,
    /// Weapon system.
    pub weapon_system: String,
    /// Component category where known (from components.csv, else from its HS code).
    pub category: String,
}

/// A link `match` made: list, entry id, entry name, similarity.
pub type MatchLink = (String, String, String, f64);

impl Store {
    /// Load the entity table.
    pub fn entity_table(&self) -> Result<EntityTable> {
        let mut t = EntityTable::default();
        let mut stmt = self.conn.prepare("SELECT id, kind, country, incorporated FROM entities ORDER BY id")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let id: String = r.get(0)?;
            let kind: String = r.get(1)?;
            let country: String = r.get(2)?;
            let inc: Option<String> = r.get(3)?;
            let b = country.as_bytes();
            t.index.insert(id.clone().into_boxed_str(), t.ids.len() as u32);
            t.ids.push(id.into_boxed_str());
            t.kinds.push(EntityKind::parse(&kind).unwrap_or(EntityKind::Other));
            t.countries.push([b.first().copied().unwrap_or(b'?'), b.get(1).copied().unwrap_or(b'?')]);
            t.incorporated.push(inc.map(String::into_boxed_str));
            t.lists.push(Vec::new());
        }
        // Lists from the entity records, and from matches to imported lists.
        let mut stmt = self.conn.prepare(
            "SELECT entity_id, list FROM entity_lists UNION SELECT entity_id, list FROM entity_matches ORDER BY 1, 2",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let id = r.get_ref(0)?.as_str()?;
            if let Some(i) = t.index.get(id).copied() {
                t.lists[i as usize].push(r.get::<_, String>(1)?.into_boxed_str());
            }
        }
        Ok(t)
    }

    /// Call `f` for every shipment the filter selects. Dates and the minimum
    /// value are applied in SQL, HS codes, tiers and categories here.
    pub fn for_each_shipment(
        &self,
        entities: &EntityTable,
        filter: &Filter,
        mut f: impl FnMut(ShipmentRef<'_>),
    ) -> Result<()> {
        let components = if filter.categories.is_empty() { FxHashMap::default() } else { self.component_categories()? };
        let mut stmt = self.conn.prepare_cached(
            "SELECT exporter_id, importer_id, value_usd, date, hs_code, part_number, manufacturer_id FROM shipments
             WHERE date >= ?1 AND date <= ?2 AND value_usd >= ?3",
        )?;
        let since = filter.since.as_deref().unwrap_or("0000-00-00");
        let until = filter.until.as_deref().unwrap_or("9999-99-99");
        let mut rows = stmt.query(params![since, until, filter.min_value.unwrap_or(0.0)])?;
        while let Some(r) = rows.next()? {
            let hs = r.get_ref(4)?.as_str()?;
            if !filter.accepts_hs(hs) {
                continue;
            }
            if !filter.categories.is_empty() {
                let part = r.get_ref(5)?.as_str_or_null()?.unwrap_or("");
                let manufacturer = r.get_ref(6)?.as_str_or_null()?.unwrap_or("");
                let category = components
                    .get(&(part.to_string(), manufacturer.to_string()))
                    .map_or_else(|| category_of_hs(hs), String::as_str);
                if !filter.accepts_category(category) {
                    continue;
                }
            }
            let (Some(exporter), Some(importer)) =
                (entities.index_of(r.get_ref(0)?.as_str()?), entities.index_of(r.get_ref(1)?.as_str()?))
            else {
                continue;
            };
            f(ShipmentRef { exporter, importer, value: r.get(2)?, date: r.get_ref(3)?.as_str()?, hs });
        }
        Ok(())
    }

    fn component_categories(&self) -> Result<FxHashMap<(String, String), String>> {
        let mut stmt = self.conn.prepare("SELECT part_number, manufacturer_id, category, hs_code FROM components")?;
        let rows = stmt.query_map([], |r| {
            let hs: String = r.get(3)?;
            let category: Option<String> = r.get(2)?;
            Ok(((r.get(0)?, r.get(1)?), category.unwrap_or_else(|| category_of_hs(&hs).to_string())))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Names and other display facts of the given entity ids (missing ids are left out).
    pub fn entity_details(&self, ids: &[&str]) -> Result<FxHashMap<String, EntityDetails>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name, kind, country, coalesce(aliases, ''), coalesce(address, ''), coalesce(identifiers, ''),
                    coalesce(incorporated, ''), coalesce(lists, ''), coalesce(source, '')
             FROM entities WHERE id = ?1",
        )?;
        let mut out = FxHashMap::default();
        for id in ids {
            let row = stmt.query_row([id], |r| {
                Ok(EntityDetails {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    kind: r.get(2)?,
                    country: r.get(3)?,
                    aliases: r.get(4)?,
                    address: r.get(5)?,
                    identifiers: r.get(6)?,
                    incorporated: r.get(7)?,
                    lists: r.get(8)?,
                    source: r.get(9)?,
                })
            });
            match row {
                Ok(d) => {
                    out.insert(d.id.clone(), d);
                }
                Err(rusqlite::Error::QueryReturnedNoRows) => {}
                Err(e) => return Err(e.into()),
            }
        }
        Ok(out)
    }

    /// Every entity's id and name, for suggestions when an id is unknown.
    pub fn entity_names(&self) -> Result<Vec<(String, String)>> {
        let mut stmt = self.conn.prepare("SELECT id, name FROM entities")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Shipments between two entities under a filter, largest first.
    pub fn shipments_between(
        &self,
        exporter: &str,
        importer: &str,
        filter: &Filter,
        limit: usize,
    ) -> Result<Vec<ShipmentRecord>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.id, s.date, s.exporter_id, s.importer_id, s.hs_code, s.value_usd, coalesce(s.source, ''),
                    coalesce(f.path || ':' || s.line, '')
             FROM shipments s LEFT JOIN import_files f ON f.file_id = s.file_id
             WHERE s.exporter_id = ?1 AND s.importer_id = ?2 AND s.date >= ?3 AND s.date <= ?4 AND s.value_usd >= ?5
             ORDER BY s.value_usd DESC, s.id",
        )?;
        let since = filter.since.as_deref().unwrap_or("0000-00-00");
        let until = filter.until.as_deref().unwrap_or("9999-99-99");
        let rows = stmt.query_map(params![exporter, importer, since, until, filter.min_value.unwrap_or(0.0)], |r| {
            Ok(ShipmentRecord {
                id: r.get(0)?,
                date: r.get(1)?,
                exporter_id: r.get(2)?,
                importer_id: r.get(3)?,
                hs_code: r.get(4)?,
                value_usd: r.get(5)?,
                source: r.get(6)?,
                provenance: r.get(7)?,
            })
        })?;
        let mut out = Vec::new();
        for r in rows {
            let r = r?;
            if filter.accepts_hs(&r.hs_code) {
                out.push(r);
                if out.len() >= limit {
                    break;
                }
            }
        }
        Ok(out)
    }

    /// Every link.
    pub fn links(&self) -> Result<Vec<LinkRecord>> {
        let mut stmt = self
            .conn
            .prepare("SELECT from_id, to_id, relation, share, coalesce(source, '') FROM links ORDER BY 1, 2, 3")?;
        let rows = stmt.query_map([], |r| {
            Ok(LinkRecord {
                from_id: r.get(0)?,
                to_id: r.get(1)?,
                relation: r.get(2)?,
                share: r.get(3)?,
                source: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every finding, with the category of the part.
    pub fn findings(&self) -> Result<Vec<FindingRecord>> {
        let mut stmt = self.conn.prepare(
            "SELECT f.manufacturer_id, f.part_number, f.weapon_system, c.category, c.hs_code
             FROM findings f LEFT JOIN components c
               ON c.part_number = f.part_number AND c.manufacturer_id = f.manufacturer_id
             ORDER BY 1, 2, 3",
        )?;
        let rows = stmt.query_map([], |r| {
            let category: Option<String> = r.get(3)?;
            let hs: Option<String> = r.get(4)?;
            Ok(FindingRecord {
                manufacturer_id: r.get(0)?,
                part_number: r.get(1)?,
                weapon_system: r.get(2)?,
                category: category
                    .or_else(|| hs.map(|h| category_of_hs(&h).to_string()))
                    .unwrap_or_else(|| "unknown".into()),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// One aggregated trade-statistics row.
#[derive(Debug, Clone, Serialize)]
pub struct FlowRecord {
    /// `2022` or `2022-03`.
    pub period: String,
    /// Reporting country.
    pub reporter: String,
    /// Partner country.
    pub partner: String,
    /// `export` or `import`.
    pub flow: String,
    /// HS code, digits.
    pub hs_code: String,
    /// Value.
    pub value: f64,
    /// Currency.
    pub currency: String,
}

impl Store {
    /// Every flows row.
    pub fn flows(&self) -> Result<Vec<FlowRecord>> {
        let mut stmt = self.conn.prepare(
            "SELECT period, reporter, partner, flow, hs_code, value, currency FROM flows ORDER BY 1, 2, 3, 4, 5",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(FlowRecord {
                period: r.get(0)?,
                reporter: r.get(1)?,
                partner: r.get(2)?,
                flow: r.get(3)?,
                hs_code: r.get(4)?,
                value: r.get(5)?,
                currency: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

impl Store {
    /// Every entity's identifier values (normalised: letters and digits, upper case).
    /// Values of four characters or more: shorter ones would match others'.
    pub fn entity_identifiers(&self) -> Result<FxHashMap<String, Vec<String>>> {
        let by_scheme = self.entity_scheme_identifiers()?;
        let values = |pairs: Vec<(String, String)>| pairs.into_iter().map(|(_, v)| v).filter(|v| v.len() >= 4);
        Ok(by_scheme
            .into_iter()
            .map(|(id, pairs)| (id, values(pairs).collect()))
            .filter(|(_, v): &(String, Vec<String>)| !v.is_empty())
            .collect())
    }

    /// Every entity's identifiers as (scheme, value): schemes in lower
    /// case, values normalised.
    pub fn entity_scheme_identifiers(&self) -> Result<FxHashMap<String, Vec<(String, String)>>> {
        let mut stmt = self.conn.prepare("SELECT entity_id, scheme, value FROM entity_identifiers ORDER BY 1, 2, 3")?;
        let mut out: FxHashMap<String, Vec<(String, String)>> = FxHashMap::default();
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let scheme = r.get::<_, String>(1)?.to_ascii_lowercase();
            let v = crate::matching::normalize_identifier(&r.get::<_, String>(2)?);
            out.entry(r.get(0)?).or_default().push((scheme, v));
        }
        Ok(out)
    }

    /// Replace the links of entities to list entries.
    pub fn write_matches(&mut self, matches: &[crate::scoring::EntityMatch]) -> Result<()> {
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM entity_matches", [])?;
        {
            let mut stmt =
                tx.prepare("INSERT OR REPLACE INTO entity_matches VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")?;
            for m in matches {
                let w = &m.matched;
                stmt.execute(params![
                    m.entity_id,
                    w.list,
                    w.entry_id,
                    w.name,
                    w.programs.join(";"),
                    w.similarity,
                    w.rule,
                    w.evidence
                ])?;
            }
        }
        tx.execute("DELETE FROM match_runs", [])?;
        tx.execute(
            "INSERT INTO match_runs (list_imports, record_imports) \
             SELECT l.n, r.n FROM list_imports AS l, record_imports AS r",
            [],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Whether the store holds any shipment.
    pub fn has_shipments(&self) -> Result<bool> {
        Ok(self.conn.query_row("SELECT EXISTS (SELECT 1 FROM shipments)", [], |r| r.get(0))?)
    }

    /// The number of entities in the store.
    pub fn entity_count(&self) -> Result<i64> {
        Ok(self.conn.query_row("SELECT count(*) FROM entities", [], |r| r.get(0))?)
    }

    /// The links `match` made, by entity: (list, entry id, entry name,
    /// similarity), in that order.
    pub fn entity_match_links(&self) -> Result<std::collections::BTreeMap<String, Vec<MatchLink>>> {
        let mut st = self
            .conn
            .prepare("SELECT entity_id, list, entry_id, entry_name, score FROM entity_matches ORDER BY 1, 2, 3")?;
        let mut out: std::collections::BTreeMap<String, Vec<MatchLink>> = Default::default();
        let rows = st.query_map([], |r| Ok((r.get::<_, String>(0)?, (r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))))?;
        for row in rows {
            let (entity, link) = row?;
            out.entry(entity).or_default().push(link);
        }
        Ok(out)
    }

    /// Each listed entity's listings: (list, programmes `;`-separated), from
    /// its records (no programmes) and from the links `match` made.
    pub fn listings(&self) -> Result<std::collections::BTreeMap<String, Vec<(String, String)>>> {
        let mut st = self.conn.prepare(
            "SELECT entity_id, list, '' FROM entity_lists UNION SELECT entity_id, list, programs FROM entity_matches
             ORDER BY 1, 2, 3",
        )?;
        let mut out: std::collections::BTreeMap<String, Vec<(String, String)>> = Default::default();
        let rows = st.query_map([], |r| Ok((r.get::<_, String>(0)?, (r.get(1)?, r.get(2)?))))?;
        for row in rows {
            let (entity, listing) = row?;
            out.entry(entity).or_default().push(listing);
        }
        Ok(out)
    }

    /// The lists that a name match alone puts an entity on, with the best
    /// similarity, below 1: (entity, list) to similarity. A list that the
    /// entity's records name, or that an identifier or an exact name links
    /// it to, is not among them.
    pub fn lists_by_name_match(&self) -> Result<std::collections::BTreeMap<(String, String), f64>> {
        let mut st = self.conn.prepare(
            "SELECT entity_id, list, max(score) FROM entity_matches m
             WHERE NOT EXISTS (SELECT 1 FROM entity_lists l WHERE l.entity_id = m.entity_id AND l.list = m.list)
             GROUP BY 1, 2 HAVING max(score) < 1.0 AND sum(rule = 'identifier') = 0",
        )?;
        let rows = st.query_map([], |r| Ok(((r.get(0)?, r.get(1)?), r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Why the links of the store's entities to the lists may be out of
    /// date, if they may: entities were never linked, or a list was
    /// imported after the last `match` (told by a count of imports, not
    /// by time: both may fall in one second). `None` without lists or
    /// entities.
    pub fn links_out_of_date(&self) -> Result<Option<String>> {
        let entities = self.entity_count()?;
        let newest: Option<String> = self
            .conn
            .query_row("SELECT list FROM lists ORDER BY imported_at DESC, rowid DESC LIMIT 1", [], |r| r.get(0))
            .optional()?;
        let Some(list) = newest.filter(|_| entities > 0) else { return Ok(None) };
        let imports: i64 = self.conn.query_row("SELECT n FROM list_imports", [], |r| r.get(0))?;
        let records: i64 = self.conn.query_row("SELECT n FROM record_imports", [], |r| r.get(0))?;
        let matched: Option<(String, i64, i64)> = self
            .conn
            .query_row("SELECT matched_at, list_imports, record_imports FROM match_runs", [], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .optional()?;
        Ok(match matched {
            None => Some("the store's entities were never linked to the lists".into()),
            Some((at, n, _)) if n < imports => Some(format!(
                "{} list import(s), the last of list {list:?}, came after the last link of the store's entities ({at})",
                imports - n
            )),
            Some((at, _, r)) if r < records => Some(format!(
                "{} import(s) of entities or links came after the last link of the store's entities to the lists ({at})",
                records - r
            )),
            Some(_) => None,
        })
    }
}
