//! Store-wide figures for `chokepoint stats`.

use rusqlite::Connection;
use serde::Serialize;

use crate::error::Result;
use crate::model::RecordKind;
use crate::reference;

/// What is loaded: counts, date range, values, CHPL shares.
#[derive(Debug, Clone, Serialize)]
pub struct Stats {
    /// Rows per record kind, in import order.
    pub records: Vec<(String, u64)>,
    /// Entities per kind, most first.
    pub entity_kinds: Vec<(String, u64)>,
    /// Entities per country, most first (ties by code).
    pub entity_countries: Vec<(String, u64)>,
    /// Entities on at least one sanctions list.
    pub listed_entities: u64,
    /// Earliest shipment date.
    pub first_date: Option<String>,
    /// Latest shipment date.
    pub last_date: Option<String>,
    /// Sum of shipment `value_usd`.
    pub shipment_value_usd: f64,
    /// Sum of flow values per currency.
    pub flow_values: Vec<(String, f64)>,
    /// Shipment value on CHPL codes per tier, in tier order (tiers with no value included).
    pub chpl_tiers: Vec<TierShare>,
    /// Shipment value on any CHPL code.
    pub chpl_total: TierShare,
}

/// Shipment value on the CHPL codes of one tier (or all of them).
#[derive(Debug, Clone, Serialize)]
pub struct TierShare {
    /// `1`, `2`, `3.A`, ..., or `all`.
    pub tier: String,
    /// Shipment value in USD.
    pub value_usd: f64,
    /// Share of all shipment value, in percent.
    pub share_pct: f64,
}

fn pairs(conn: &Connection, sql: &str) -> Result<Vec<(String, u64)>> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(super) fn compute(conn: &Connection) -> Result<Stats> {
    let mut records = Vec::new();
    for kind in RecordKind::ALL {
        let n: i64 = conn.query_row(&format!("SELECT count(*) FROM {}", kind.name()), [], |r| r.get(0))?;
        records.push((kind.name().to_string(), n as u64));
    }
    let entity_kinds = pairs(conn, "SELECT kind, count(*) AS n FROM entities GROUP BY kind ORDER BY n DESC, kind")?;
    let entity_countries =
        pairs(conn, "SELECT country, count(*) AS n FROM entities GROUP BY country ORDER BY n DESC, country")?;
    let listed_entities: i64 =
        conn.query_row("SELECT count(DISTINCT entity_id) FROM entity_lists", [], |r| r.get(0))?;
    let (first_date, last_date, shipment_value_usd): (Option<String>, Option<String>, f64) =
        conn.query_row("SELECT min(date), max(date), coalesce(sum(value_usd), 0) FROM shipments", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?;
    let mut stmt = conn.prepare("SELECT currency, sum(value) FROM flows GROUP BY currency ORDER BY currency")?;
    let flow_values = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<rusqlite::Result<_>>()?;
    // Sum per HS6 in SQL, map to tiers here with the compiled-in CHPL.
    let mut stmt = conn.prepare("SELECT substr(hs_code, 1, 6), sum(value_usd) FROM shipments GROUP BY 1")?;
    let mut per_tier = vec![0.0; reference::TIERS.len()];
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, f64>(1)?)))?;
    for row in rows {
        let (hs6, value) = row?;
        if let Some(entry) = reference::chpl_entry(&hs6)
            && let Some(i) = reference::TIERS.iter().position(|t| *t == entry.tier)
        {
            per_tier[i] += value;
        }
    }
    let share = |v: f64| if shipment_value_usd > 0.0 { 100.0 * v / shipment_value_usd } else { 0.0 };
    let chpl_tiers = reference::TIERS
        .iter()
        .zip(&per_tier)
        .map(|(t, &v)| TierShare { tier: t.to_string(), value_usd: v, share_pct: share(v) })
        .collect();
    let all: f64 = per_tier.iter().sum();
    Ok(Stats {
        records,
        entity_kinds,
        entity_countries,
        listed_entities: listed_entities as u64,
        first_date,
        last_date,
        shipment_value_usd,
        flow_values,
        chpl_tiers,
        chpl_total: TierShare { tier: "all".into(), value_usd: all, share_pct: share(all) },
    })
}
