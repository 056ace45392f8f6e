//! Checking one record of a kind and turning it into the values of the
//! kind's upsert statement.

use std::borrow::Cow;

use rusqlite::types::{ToSqlOutput, ValueRef};

use super::Ids;
use crate::model::{
    Category, EntityKind, FlowDirection, RecordKind, Relation, normalize_hs, parse_amount, validate_date,
    validate_period,
};
use crate::reference;

/// FNV-1a, a stable hash of a row's normalised content (stable across builds,
/// unlike the standard library's hasher), so re-imports can tell unchanged rows.
pub(super) fn content_hash<'a>(fields: impl IntoIterator<Item = &'a str>) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for f in fields {
        for b in f.bytes().chain(std::iter::once(0x1f)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x100000001b3);
        }
    }
    h as i64
}

/// The cells of one record, with the checks that turn them into values.
pub(super) struct Cells<'r> {
    pub(super) rec: &'r csv::StringRecord,
    pub(super) idx: &'r [Option<usize>],
    pub(super) cols: &'static [crate::model::Column],
    pub(super) errors: Vec<(&'static str, String)>,
}

impl<'r> Cells<'r> {
    fn raw(&self, i: usize) -> &'r str {
        self.idx[i].and_then(|j| self.rec.get(j)).map_or("", str::trim)
    }
    fn fail(&mut self, i: usize, message: String) {
        self.errors.push((self.cols[i].name, message));
    }
    /// The cell, or an error when a required cell is empty.
    fn text(&mut self, i: usize) -> &'r str {
        let v = self.raw(i);
        if v.is_empty() && self.cols[i].required {
            self.fail(i, "missing value (the column is required)".into());
        }
        v
    }
    fn opt(&self, i: usize) -> Option<&'r str> {
        Some(self.raw(i)).filter(|v| !v.is_empty())
    }
    fn country(&mut self, i: usize) -> Cow<'r, str> {
        let raw = self.text(i);
        let v: Cow<'r, str> = if raw.bytes().any(|b| b.is_ascii_lowercase()) {
            Cow::Owned(raw.to_ascii_uppercase())
        } else {
            Cow::Borrowed(raw)
        };
        if !v.is_empty() && reference::country(&v).is_none() {
            self.fail(i, format!("{v:?} is not an ISO 3166-1 alpha-2 country code (e.g. DE, HK, RU); 'chokepoint reference countries' lists them"));
        }
        v
    }
    fn hs(&mut self, i: usize) -> Cow<'r, str> {
        let v = self.text(i);
        if v.is_empty() {
            return Cow::Borrowed("");
        }
        if (2..=10).contains(&v.len()) && v.bytes().all(|b| b.is_ascii_digit()) {
            return Cow::Borrowed(v); // already normalised: no copy
        }
        normalize_hs(v).map(Cow::Owned).unwrap_or_else(|m| {
            self.fail(i, m);
            Cow::Borrowed("")
        })
    }
    fn date(&mut self, i: usize) -> &'r str {
        let v = self.text(i);
        if !v.is_empty()
            && let Err(m) = validate_date(v)
        {
            self.fail(i, m);
        }
        v
    }
    /// A day, or a month or year alone where no day is known (when a part
    /// was found: a teardown may give `2023-05`), as ISO 8601 writes them.
    fn day_month_or_year(&mut self, i: usize) -> &'r str {
        let v = self.text(i);
        if !v.is_empty() && validate_date(v).is_err() && validate_period(v).is_err() {
            self.fail(i, format!("{v:?} is not a date: YYYY-MM-DD, or YYYY-MM or YYYY where the day is not known"));
        }
        v
    }
    fn amount(&mut self, i: usize) -> Option<f64> {
        let v = self.text(i);
        if v.is_empty() {
            return None;
        }
        parse_amount(v).map_err(|m| self.fail(i, m)).ok()
    }
    fn entity(&mut self, i: usize, known: &Ids) -> &'r str {
        let v = self.text(i);
        if !v.is_empty() && !known.contains(v) {
            self.fail(i, format!("unknown entity {v:?}; add it to entities.csv or import its entities file first"));
        }
        v
    }
    fn parsed<T>(&mut self, i: usize, parse: fn(&str) -> Option<T>, expected: fn() -> String) -> Option<T> {
        let v = self.text(i);
        if v.is_empty() {
            return None;
        }
        let parsed = parse(v);
        if parsed.is_none() {
            self.fail(i, format!("{v:?} is not one of: {}", expected()));
        }
        parsed
    }
}

/// Split a multi-valued cell on `;`.
pub(super) fn split_list(s: &str) -> impl Iterator<Item = &str> {
    s.split(';').map(str::trim).filter(|v| !v.is_empty())
}

/// A validated row: its key (for duplicate detection), content hash, and the
/// values to bind, in the order of the kind's upsert statement.
pub(super) struct Row<'r> {
    pub(super) key: Cow<'r, str>,
    pub(super) hash: i64,
    pub(super) values: Vec<Bind<'r>>,
    pub(super) children: Option<EntityChildren>,
}

/// A value to bind, borrowing the record's text where it can (no copy per cell).
pub(super) enum Bind<'r> {
    Null,
    Text(Cow<'r, str>),
    Real(f64),
    Int(i64),
}

impl rusqlite::ToSql for Bind<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self {
            Bind::Null => ToSqlOutput::Borrowed(ValueRef::Null),
            Bind::Text(s) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
            Bind::Real(v) => ToSqlOutput::Borrowed(ValueRef::Real(*v)),
            Bind::Int(v) => ToSqlOutput::Borrowed(ValueRef::Integer(*v)),
        })
    }
}

pub(super) struct EntityChildren {
    /// Whether the entity was in the database before this import.
    pub(super) existed: bool,
    pub(super) aliases: Vec<String>,
    pub(super) identifiers: Vec<(String, String)>,
    pub(super) lists: Vec<String>,
}

pub(super) fn text<'r>(s: impl Into<Cow<'r, str>>) -> Bind<'r> {
    let s = s.into();
    if s.is_empty() { Bind::Null } else { Bind::Text(s) }
}
pub(super) fn real<'r>(v: Option<f64>) -> Bind<'r> {
    v.map_or(Bind::Null, Bind::Real)
}

/// Validate one record of `kind`; `Err` carries (column, message) pairs.
pub(super) fn check_row<'r>(
    kind: RecordKind,
    c: &mut Cells<'r>,
    known: &Ids,
) -> std::result::Result<Row<'r>, Vec<(&'static str, String)>> {
    let row = match kind {
        RecordKind::Entities => {
            let id = c.text(0);
            let name = c.text(1);
            let ekind = c.parsed(2, EntityKind::parse, EntityKind::expected);
            let country = c.country(3);
            let aliases = c.raw(4);
            let address = c.raw(5);
            let idents = c.raw(6);
            let mut identifiers = Vec::new();
            for item in split_list(idents) {
                match item.split_once(':') {
                    Some((s, v)) if !s.trim().is_empty() && !v.trim().is_empty() => {
                        identifiers.push((s.trim().to_ascii_lowercase(), v.trim().to_string()))
                    }
                    _ => c.fail(6, format!("{item:?} is not scheme:value (e.g. inn:7701234567;lei:529900...)")),
                }
            }
            let incorporated = c.date(7);
            let lists = c.raw(8);
            let source = c.raw(9);
            let ekind = ekind.map_or("", |k| k.as_str());
            let hash = content_hash([id, name, ekind, &country, aliases, address, idents, incorporated, lists, source]);
            Row {
                key: Cow::Borrowed(id),
                hash,
                values: vec![
                    text(id),
                    text(name),
                    text(ekind),
                    text(country),
                    text(aliases),
                    text(address),
                    text(idents),
                    text(incorporated),
                    text(lists),
                    text(source),
                ],
                children: Some(EntityChildren {
                    existed: false,
                    aliases: split_list(aliases).map(String::from).collect(),
                    identifiers,
                    lists: split_list(lists).map(String::from).collect(),
                }),
            }
        }
        RecordKind::Components => {
            let part = c.text(0);
            let manufacturer = c.entity(1, known);
            let hs = c.hs(2);
            let category = c.parsed(3, Category::parse, Category::expected).map_or("", |k| k.as_str());
            let description = c.raw(4);
            let hash = content_hash([part, manufacturer, &hs, category, description]);
            Row {
                key: Cow::Owned(format!("{part}\u{1f}{manufacturer}")),
                hash,
                values: vec![text(part), text(manufacturer), text(hs), text(category), text(description)],
                children: None,
            }
        }
        RecordKind::Links => {
            let from = c.entity(0, known);
            let to = c.entity(1, known);
            if !to.is_empty() && to == from {
                c.fail(1, format!("{to:?} is from_id too: a link joins two parties"));
            }
            let relation = c.parsed(2, Relation::parse, Relation::expected);
            // A percentage, with its sign or without (`30`, `30%`).
            let written = c.raw(3);
            let share = match written.strip_suffix('%') {
                Some(number) => parse_amount(number.trim()).map_err(|m| c.fail(3, m)).ok(),
                None => c.amount(3),
            };
            if share.is_some_and(|s| s > 100.0) {
                c.fail(3, "share is a percentage and cannot exceed 100".into());
            }
            // Ownership reads shares on `owns` links only: one on another
            // link would be dropped without a word.
            if let (Some(r), Some(_)) = (relation.filter(|r| *r != Relation::Owns), share) {
                c.fail(
                    3,
                    format!(
                        "a share is read on owns links only, not on {}: write the holding as OWNER,OWNED,owns,SHARE \
                         (a {} link counts as control), or leave the share empty",
                        r.as_str(),
                        r.as_str()
                    ),
                );
            }
            let source = c.raw(4);
            let rel = relation.map_or("", |r| r.as_str());
            let share_text = share.map(|s| s.to_string()).unwrap_or_default();
            Row {
                key: Cow::Owned(format!("{from}\u{1f}{to}\u{1f}{rel}")),
                hash: content_hash([from, to, rel, &share_text, source]),
                values: vec![text(from), text(to), text(rel), real(share), text(source)],
                children: None,
            }
        }
        RecordKind::Findings => {
            let manufacturer = c.entity(0, known);
            let part = c.raw(1);
            let weapon = c.text(2);
            let found_on = c.day_month_or_year(3);
            let source = c.raw(4);
            let fields = [manufacturer, part, weapon, found_on, source];
            Row {
                key: Cow::Owned(format!("{manufacturer}\u{1f}{part}\u{1f}{weapon}")),
                hash: content_hash(fields),
                values: vec![
                    text(manufacturer),
                    Bind::Text(Cow::Borrowed(part)),
                    text(weapon),
                    text(found_on),
                    text(source),
                ],
                children: None,
            }
        }
        RecordKind::Shipments => {
            let id = c.text(0);
            let date = c.date(1);
            let exporter = c.entity(2, known);
            let importer = c.entity(3, known);
            let hs = c.hs(4);
            let part = c.raw(5);
            let manufacturer = c.entity(6, known);
            let origin = c.country(7);
            let quantity = c.amount(8);
            let value = c.amount(9);
            let source = c.raw(10);
            let (qt, vt) = (c.raw(8), c.raw(9));
            let hash = content_hash([id, date, exporter, importer, &hs, part, manufacturer, &origin, qt, vt, source]);
            Row {
                key: Cow::Borrowed(id),
                hash,
                values: vec![
                    text(id),
                    text(date),
                    text(exporter),
                    text(importer),
                    text(hs),
                    text(part),
                    text(manufacturer),
                    text(origin),
                    real(quantity),
                    real(value),
                    text(source),
                ],
                children: None,
            }
        }
        RecordKind::Flows => {
            let period = c.text(0);
            if !period.is_empty()
                && let Err(m) = validate_period(period)
            {
                c.fail(0, m);
            }
            let reporter = c.country(1);
            let partner = c.country(2);
            let flow = c.parsed(3, FlowDirection::parse, FlowDirection::expected).map_or("", |f| f.as_str());
            let hs = c.hs(4);
            let value = c.amount(5);
            let currency = c.opt(6).unwrap_or("USD").to_ascii_uppercase();
            if currency.len() != 3 || !currency.bytes().all(|b| b.is_ascii_uppercase()) {
                c.fail(6, format!("{currency:?} is not an ISO 4217 currency code (e.g. USD, EUR)"));
            }
            let source = c.raw(7);
            let vt = c.raw(5);
            let hash = content_hash([period, &reporter, &partner, flow, &hs, vt, &currency, source]);
            Row {
                key: Cow::Owned(format!("{period}\u{1f}{reporter}\u{1f}{partner}\u{1f}{flow}\u{1f}{hs}")),
                hash,
                values: vec![
                    text(period),
                    text(reporter),
                    text(partner),
                    text(flow),
                    text(hs),
                    real(value),
                    text(currency),
                    text(source),
                ],
                children: None,
            }
        }
    };
    if c.errors.is_empty() { Ok(row) } else { Err(std::mem::take(&mut c.errors)) }
}

/// The upsert statement of a kind: values in column order, then file_id,
/// line, row_hash; an existing row is rewritten only when its hash differs.
pub(super) fn upsert_sql(kind: RecordKind) -> String {
    let (table, cols, key): (&str, &[&str], &[&str]) = match kind {
        RecordKind::Entities => (
            "entities",
            &["id", "name", "kind", "country", "aliases", "address", "identifiers", "incorporated", "lists", "source"],
            &["id"],
        ),
        RecordKind::Components => (
            "components",
            &["part_number", "manufacturer_id", "hs_code", "category", "description"],
            &["part_number", "manufacturer_id"],
        ),
        RecordKind::Links => {
            ("links", &["from_id", "to_id", "relation", "share", "source"], &["from_id", "to_id", "relation"])
        }
        RecordKind::Findings => (
            "findings",
            &["manufacturer_id", "part_number", "weapon_system", "found_on", "source"],
            &["manufacturer_id", "part_number", "weapon_system"],
        ),
        RecordKind::Shipments => (
            "shipments",
            &[
                "id",
                "date",
                "exporter_id",
                "importer_id",
                "hs_code",
                "part_number",
                "manufacturer_id",
                "origin_country",
                "quantity",
                "value_usd",
                "source",
            ],
            &["id"],
        ),
        RecordKind::Flows => (
            "flows",
            &["period", "reporter", "partner", "flow", "hs_code", "value", "currency", "source"],
            &["period", "reporter", "partner", "flow", "hs_code"],
        ),
    };
    let all: Vec<&str> = cols.iter().copied().chain(["file_id", "line", "row_hash"]).collect();
    let placeholders: Vec<String> = (1..=all.len()).map(|i| format!("?{i}")).collect();
    let updates: Vec<String> = all.iter().filter(|c| !key.contains(c)).map(|c| format!("{c} = excluded.{c}")).collect();
    format!(
        "INSERT INTO {table} ({}) VALUES ({}) ON CONFLICT ({}) DO UPDATE SET {} WHERE row_hash IS NOT excluded.row_hash",
        all.join(", "),
        placeholders.join(", "),
        key.join(", "),
        updates.join(", ")
    )
}
