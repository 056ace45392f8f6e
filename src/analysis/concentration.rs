//! Concentration of the suppliers that deliver to the targets: the
//! Herfindahl-Hirschman index (HHI, 0-10,000) of supplier shares, per HS6 code
//! or per target country, over supplier entities and over supplier countries.
//!
//! Thresholds (US Merger Guidelines 2023, section 2.1): above 1,800 highly
//! concentrated; 1,000 to 1,800 moderately concentrated; below 1,000 not
//! concentrated. A concentrated market is one where denying a few suppliers
//! denies most of the supply.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;
use serde::Serialize;

use super::round;
use crate::error::Result;
use crate::graph::TradeGraph;
use crate::model::Selector;
use crate::reference;
use crate::store::Store;

/// HHI above which a market is highly concentrated.
pub const HHI_HIGH: f64 = 1800.0;
/// HHI from which a market is moderately concentrated.
pub const HHI_MODERATE: f64 = 1000.0;

/// What a market is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Market {
    /// One market per HS6 code.
    #[default]
    Hs6,
    /// One market per target country.
    Country,
}

/// One market's concentration.
#[derive(Debug, Clone, Serialize, Default)]
pub struct ConcentrationRow {
    /// HS6 code or target country.
    pub market: String,
    /// CHPL description or country name.
    pub description: String,
    /// CHPL tier (HS6 markets on the CHPL).
    pub tier: String,
    /// Value delivered to the targets, USD.
    pub value: f64,
    /// Supplier entities.
    pub suppliers: usize,
    /// HHI over supplier entities.
    pub hhi: f64,
    /// `high`, `moderate` or `low` (thresholds 1,800 and 1,000).
    pub level: &'static str,
    /// The largest supplier.
    pub top_supplier: String,
    /// Its share, percent.
    pub top_share_pct: f64,
    /// HHI over supplier countries.
    pub hhi_countries: f64,
    /// The largest supplier country.
    pub top_country: String,
}

/// The HHI of a set of values: sum of squared percentage shares.
pub fn hhi(values: impl IntoIterator<Item = f64> + Clone) -> f64 {
    let total: f64 = values.clone().into_iter().sum();
    if total <= 0.0 {
        return 0.0;
    }
    values.into_iter().map(|v| (100.0 * v / total).powi(2)).sum()
}

/// The level of an HHI.
pub fn level(h: f64) -> &'static str {
    if h > HHI_HIGH {
        "high"
    } else if h >= HHI_MODERATE {
        "moderate"
    } else {
        "low"
    }
}

/// Concentration of supply into the targets, most concentrated (by value at stake) first.
pub fn find_concentration(
    store: &Store,
    graph: &TradeGraph,
    to: &Selector,
    market: Market,
    top: usize,
) -> Result<Vec<ConcentrationRow>> {
    let mut is_target = vec![false; graph.entities.len()];
    for e in graph.select_entities(to)? {
        is_target[e as usize] = true;
    }
    // market -> supplier entity -> value
    let mut markets: BTreeMap<String, FxHashMap<u32, f64>> = BTreeMap::new();
    store.for_each_shipment(&graph.entities, &graph.filter, |s| {
        if is_target[s.importer as usize] && !is_target[s.exporter as usize] {
            let key = match market {
                Market::Hs6 => s.hs.get(..6).unwrap_or(s.hs).to_string(),
                Market::Country => graph.entities.country(s.importer).to_string(),
            };
            *markets.entry(key).or_default().entry(s.exporter).or_default() += s.value;
        }
    })?;
    let mut rows: Vec<ConcentrationRow> = markets
        .into_iter()
        .map(|(key, suppliers)| {
            let value: f64 = suppliers.values().sum();
            let mut by_country: BTreeMap<&str, f64> = BTreeMap::new();
            for (&e, &v) in &suppliers {
                *by_country.entry(graph.entities.country(e)).or_default() += v;
            }
            let (top_e, top_v) = suppliers
                .iter()
                .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(a.0)))
                .map(|(e, v)| (*e, *v))
                .unwrap_or((0, 0.0));
            let top_country =
                by_country.iter().max_by(|a, b| a.1.total_cmp(b.1)).map(|(c, _)| c.to_string()).unwrap_or_default();
            let h = hhi(suppliers.values().copied());
            let (description, tier) = match market {
                Market::Hs6 => reference::chpl_entry(&key)
                    .map(|c| (c.description.clone(), c.tier.clone()))
                    .unwrap_or_else(|| ("(not on the CHPL)".into(), String::new())),
                Market::Country => {
                    (reference::country(&key).map(|c| c.name.clone()).unwrap_or_default(), String::new())
                }
            };
            ConcentrationRow {
                market: key,
                description,
                tier,
                value: round(value, 2),
                suppliers: suppliers.len(),
                hhi: round(h, 1),
                level: level(h),
                top_supplier: graph.entities.ids[top_e as usize].to_string(),
                top_share_pct: round(if value > 0.0 { 100.0 * top_v / value } else { 0.0 }, 2),
                hhi_countries: round(hhi(by_country.values().copied()), 1),
                top_country,
            }
        })
        .collect();
    // Most value delivered through the most concentrated supply first.
    rows.sort_by(|a, b| (b.hhi * b.value).total_cmp(&(a.hhi * a.value)).then(a.market.cmp(&b.market)));
    rows.truncate(top);
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hhi_of_known_markets() {
        assert_eq!(hhi([100.0]), 10000.0); // monopoly
        assert_eq!(hhi([50.0, 50.0]), 5000.0);
        assert!((hhi([25.0; 4]) - 2500.0).abs() < 1e-9);
        assert!((hhi([10.0; 10]) - 1000.0).abs() < 1e-9);
        assert_eq!(level(5000.0), "high");
        assert_eq!(level(1800.0), "moderate");
        assert_eq!(level(999.0), "low");
        assert_eq!(hhi([0.0, 0.0]), 0.0);
    }
}
