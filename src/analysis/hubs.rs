//! Hubs: countries and entities whose imports of the selected goods from the
//! coalition and exports to the target countries both rose after the cutoff.
//!
//! From shipments: two windows of the same length around the cutoff (by
//! default as long as the data allows on both sides). From aggregated flows
//! (mirror statistics): the full year before the cutoff's year against the
//! full year after it, comparing what coalition reporters send to the hub
//! with what the hub (or the target, as imports) reports sent on.
//!
//! Score and signal: a growth ratio is after / before, capped to [1/16, 16]
//! ("new" when there was nothing before counts as 16); the score is
//! log2(import growth) + log2(export growth). A country or entity is flagged
//! a hub when both ratios are at least [`HUB_GROWTH`] and its exports to the
//! targets after the cutoff are at least `min_exports`.

use std::collections::BTreeMap;

use serde::Serialize;

use super::round;
use crate::error::Result;
use crate::graph::TradeGraph;
use crate::model::Filter;
use crate::reference;
use crate::store::Store;

/// Growth ratio from which a flow counts as risen.
pub const HUB_GROWTH: f64 = 1.5;
/// Cap of a growth ratio in the score.
const RATIO_CAP: f64 = 16.0;

/// Options of [`find_hubs`].
#[derive(Debug, Clone)]
pub struct HubOptions {
    /// Cutoff date.
    pub cutoff: String,
    /// Window length in days (default: as long as the data allows on both sides).
    pub window_days: Option<i64>,
    /// Rank entities instead of countries.
    pub by_entity: bool,
    /// Minimum exports to the targets after the cutoff for the hub signal, USD.
    pub min_exports: f64,
    /// Rows to keep.
    pub top: usize,
}

/// A hub candidate from shipments.
#[derive(Debug, Clone, Serialize, Default)]
pub struct HubRow {
    /// Rank by score.
    pub rank: usize,
    /// Country code or entity id.
    pub id: String,
    /// Country or entity name.
    pub name: String,
    /// Country.
    pub country: String,
    /// Hub lists the country is on.
    pub lists: Vec<String>,
    /// Imports from coalition countries, before window, USD.
    pub imports_before: f64,
    /// Imports from coalition countries, after window, USD.
    pub imports_after: f64,
    /// imports_after / imports_before (None: new).
    pub import_growth: Option<f64>,
    /// Exports to target countries, before window, USD.
    pub exports_before: f64,
    /// Exports to target countries, after window, USD.
    pub exports_after: f64,
    /// exports_after / exports_before (None: new).
    pub export_growth: Option<f64>,
    /// exports_after / imports_after.
    pub transshipment_ratio: Option<f64>,
    /// log2(import growth) + log2(export growth), ratios capped to [1/16, 16].
    pub score: f64,
    /// Both growths >= 1.5 and exports after >= the minimum.
    pub hub: bool,
    /// The records behind the figures.
    pub evidence: String,
}

/// A hub country from aggregated flows.
#[derive(Debug, Clone, Serialize, Default)]
pub struct FlowHubRow {
    /// Rank by score.
    pub rank: usize,
    /// Hub country.
    pub country: String,
    /// Its name.
    pub name: String,
    /// Currency of the figures.
    pub currency: String,
    /// The periods compared: `years 2021 vs 2023`, or equal monthly windows.
    pub basis: String,
    /// Coalition reporters' exports to the hub, year before.
    pub coalition_to_hub_before: f64,
    /// The same, year after.
    pub coalition_to_hub_after: f64,
    /// after / before.
    pub coalition_to_hub_growth: Option<f64>,
    /// Hub's exports to the targets (or the targets' imports from it), year before.
    pub hub_to_target_before: Option<f64>,
    /// The same, year after.
    pub hub_to_target_after: Option<f64>,
    /// after / before.
    pub hub_to_target_growth: Option<f64>,
    /// hub_to_target_after / coalition_to_hub_after.
    pub transshipment_ratio: Option<f64>,
    /// Coalition exports straight to the targets, after / before (the same on every row).
    pub coalition_to_target_growth: Option<f64>,
    /// Score as for shipments; with the coalition side only, the hub's growth
    /// against the fall of direct coalition exports to the targets.
    pub score: f64,
    /// The signal.
    pub hub: bool,
    /// The records behind the figures.
    pub evidence: String,
}

/// Days since 1970-01-01 of `YYYY-MM-DD` (proleptic Gregorian).
pub fn days(date: &str) -> i64 {
    let n = crate::graph::date_number(date) as i64;
    let (y, m, d) = (n / 10000, n / 100 % 100, n % 100);
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn growth(before: f64, after: f64) -> Option<f64> {
    (before > 0.0).then(|| round(after / before, 3))
}

fn capped_log(before: f64, after: f64) -> f64 {
    let r = if before > 0.0 {
        after / before
    } else if after > 0.0 {
        RATIO_CAP
    } else {
        1.0
    };
    r.clamp(1.0 / RATIO_CAP, RATIO_CAP).log2()
}

/// A hub country: on a hub list and not in the coalition.
fn is_hub(iso2: &str) -> bool {
    crate::analysis::routes::hub_country(iso2).is_some()
}

#[derive(Default, Clone, Copy)]
struct Window {
    imports: [f64; 2],
    exports: [f64; 2],
    records: usize,
}

/// Hubs from shipments; also returns the windows used.
pub fn find_hubs(store: &Store, graph: &TradeGraph, opts: &HubOptions) -> Result<(Vec<HubRow>, String)> {
    let cutoff = days(&opts.cutoff);
    let mut first = i64::MAX;
    let mut last = i64::MIN;
    store.for_each_shipment(&graph.entities, &graph.filter, |s| {
        let d = days(s.date);
        first = first.min(d);
        last = last.max(d);
    })?;
    if first > last {
        let why = if store.has_shipments()? { "no shipments in this view" } else { "no shipments loaded" };
        return Ok((Vec::new(), why.into()));
    }
    let (days_before, days_after) = (cutoff - first, last - cutoff + 1);
    if days_before <= 0 || days_after <= 0 {
        return Err(crate::Error::Usage(format!(
            "the shipments in this view run from {} to {}: the cutoff {} leaves none {} it; \
             choose a cutoff between them",
            day_text(first),
            day_text(last),
            opts.cutoff,
            if days_before <= 0 { "before" } else { "on or after" }
        )));
    }
    let len = opts.window_days.unwrap_or(days_before.min(days_after));
    let (start, end) = (cutoff - len, cutoff + len);
    let t = &graph.entities;
    let gecc = |e: u32| reference::country(t.country(e)).is_some_and(|c| reference::in_group(c, "gecc"));
    let target = |e: u32| reference::country(t.country(e)).is_some_and(|c| reference::in_group(c, "target"));
    let mut windows: BTreeMap<String, Window> = BTreeMap::new();
    store.for_each_shipment(&graph.entities, &graph.filter, |s| {
        let d = days(s.date);
        if d < start || d >= end {
            return;
        }
        let w = usize::from(d >= cutoff);
        let key = |e: u32| if opts.by_entity { t.ids[e as usize].to_string() } else { t.country(e).to_string() };
        if is_hub(t.country(s.importer)) && gecc(s.exporter) {
            let x = windows.entry(key(s.importer)).or_default();
            x.imports[w] += s.value;
            x.records += 1;
        }
        if is_hub(t.country(s.exporter)) && target(s.importer) {
            let x = windows.entry(key(s.exporter)).or_default();
            x.exports[w] += s.value;
            x.records += 1;
        }
    })?;
    let ids: Vec<&str> = if opts.by_entity { windows.keys().map(String::as_str).collect() } else { vec![] };
    let details = store.entity_details(&ids)?;
    let mut rows: Vec<HubRow> = windows
        .into_iter()
        .map(|(id, w)| {
            let country = if opts.by_entity {
                details.get(&id).map(|d| d.country.clone()).unwrap_or_default()
            } else {
                id.clone()
            };
            let name = if opts.by_entity {
                details.get(&id).map(|d| d.name.clone()).unwrap_or_default()
            } else {
                reference::country(&id).map(|c| c.name.clone()).unwrap_or_default()
            };
            let score = capped_log(w.imports[0], w.imports[1]) + capped_log(w.exports[0], w.exports[1]);
            let risen = |b: f64, a: f64| a > 0.0 && (b == 0.0 || a / b >= HUB_GROWTH);
            HubRow {
                rank: 0,
                lists: reference::hub_lists(&country).into_iter().map(String::from).collect(),
                name,
                imports_before: round(w.imports[0], 2),
                imports_after: round(w.imports[1], 2),
                import_growth: growth(w.imports[0], w.imports[1]),
                exports_before: round(w.exports[0], 2),
                exports_after: round(w.exports[1], 2),
                export_growth: growth(w.exports[0], w.exports[1]),
                transshipment_ratio: growth(w.imports[1], w.exports[1]),
                score: round(score, 3),
                hub: risen(w.imports[0], w.imports[1])
                    && risen(w.exports[0], w.exports[1])
                    && w.exports[1] >= opts.min_exports,
                evidence: format!("{} shipment{}", w.records, if w.records == 1 { "" } else { "s" }),
                country,
                id,
            }
        })
        .collect();
    rows.sort_by(|a, b| {
        b.hub
            .cmp(&a.hub)
            .then(b.score.total_cmp(&a.score))
            .then(b.exports_after.total_cmp(&a.exports_after))
            .then(a.id.cmp(&b.id))
    });
    rows.truncate(opts.top);
    for (i, r) in rows.iter_mut().enumerate() {
        r.rank = i + 1;
    }
    let mut windows = format!(
        "windows of {len} days: before {} to {}, after {} to {}",
        day_text(start),
        day_text(cutoff - 1),
        day_text(cutoff),
        day_text(end - 1)
    );
    if len > days_before.min(days_after) {
        windows.push_str(&format!(
            " (the shipments cover {days_before} days before and {days_after} on or after: \
             growth compares unequal spans; shorten --window-days to {})",
            days_before.min(days_after)
        ));
    }
    Ok((rows, windows))
}

/// `YYYY-MM-DD` of a day number (inverse of [`days`]).
pub fn day_text(z: i64) -> String {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Values [side][before, after] and row counts per side, for one hub and currency.
type FlowSides = ([[f64; 2]; 3], [usize; 3]);

/// Hubs from aggregated flows (mirror statistics).
pub fn find_flow_hubs(
    store: &Store,
    filter: &Filter,
    cutoff: &str,
    min_exports: f64,
) -> Result<(Vec<FlowHubRow>, String)> {
    let year: i64 = cutoff.get(..4).and_then(|y| y.parse().ok()).unwrap_or(2022);
    let (before, after) = ((year - 1).to_string(), (year + 1).to_string());
    let flows = store.flows()?;
    // Monthly rows: windows of equal length either side of the first full month after the cutoff.
    let month = |p: &str| -> Option<i64> {
        (p.len() == 7).then(|| p[..4].parse::<i64>().ok().zip(p[5..].parse::<i64>().ok()))?.map(|(y, m)| y * 12 + m - 1)
    };
    let cut_month = month(&cutoff[..7]).unwrap_or(0) + i64::from(!cutoff.ends_with("-01"));
    let months: Vec<i64> =
        flows.iter().filter(|f| filter.accepts_hs(&f.hs_code)).filter_map(|f| month(&f.period)).collect();
    let span = match (months.iter().min(), months.iter().max()) {
        (Some(&lo), Some(&hi)) => (cut_month - lo).min(hi - cut_month + 1).max(0),
        _ => 0,
    };
    let month_text = |m: i64| format!("{:04}-{:02}", m.div_euclid(12), m.rem_euclid(12) + 1);
    let month_basis = format!(
        "months {}..{} vs {}..{}",
        month_text(cut_month - span),
        month_text(cut_month - 1),
        month_text(cut_month),
        month_text(cut_month + span - 1)
    );
    let year_basis = format!("years {before} vs {after}");
    let in_group = |c: &str, g: &str| reference::country(c).is_some_and(|x| reference::in_group(x, g));
    // (hub, currency) -> [coalition->hub, hub->target as the hub reports it,
    // hub->target as the target reports it] x [before, after], with row counts.
    // The same trade reported from both sides is counted once: the hub's own
    // report when it has one, else the target's mirror report.
    let mut acc: BTreeMap<(String, String, String), FlowSides> = BTreeMap::new();
    let mut direct: BTreeMap<(String, String), [f64; 2]> = BTreeMap::new();
    // Which windows of each basis hold any row at all (bit 0 before, bit 1 after):
    // a basis with an empty side (a year past the end of the data) is left out.
    let mut covered: BTreeMap<String, u8> = BTreeMap::new();
    for f in &flows {
        if !filter.accepts_hs(&f.hs_code) {
            continue;
        }
        // Every row counts in its year; monthly rows also in the monthly windows.
        let mut slots: Vec<(usize, &String)> = Vec::new();
        match f.period.get(..4) {
            Some(y) if y == before => slots.push((0, &year_basis)),
            Some(y) if y == after => slots.push((1, &year_basis)),
            _ => {}
        }
        if let Some(m) = month(&f.period)
            && span > 0
        {
            if (cut_month - span..cut_month).contains(&m) {
                slots.push((0, &month_basis));
            } else if (cut_month..cut_month + span).contains(&m) {
                slots.push((1, &month_basis));
            }
        }
        for (w, basis) in slots {
            *covered.entry(basis.clone()).or_default() |= 1 << w;
            let (exporter, importer) =
                if f.flow == "export" { (&f.reporter, &f.partner) } else { (&f.partner, &f.reporter) };
            let coalition_side = f.flow == "export" && in_group(&f.reporter, "gecc");
            if coalition_side && in_group(importer, "target") {
                direct.entry((f.currency.clone(), basis.clone())).or_default()[w] += f.value;
            }
            if coalition_side && is_hub(importer) {
                let x = acc.entry((importer.clone(), f.currency.clone(), basis.clone())).or_default();
                x.0[0][w] += f.value;
                x.1[0] += 1;
            }
            if is_hub(exporter) && in_group(importer, "target") {
                let side = if f.flow == "export" { 1 } else { 2 };
                let x = acc.entry((exporter.clone(), f.currency.clone(), basis.clone())).or_default();
                x.0[side][w] += f.value;
                x.1[side] += 1;
            }
        }
    }
    let mut rows: Vec<FlowHubRow> = acc
        .into_iter()
        .map(|((hub, currency, basis), (v3, n3))| {
            let mirror = n3[1] == 0;
            let v = [v3[0], if mirror { v3[2] } else { v3[1] }];
            let n = [n3[0], if mirror { n3[2] } else { n3[1] }];
            let d = direct.get(&(currency.clone(), basis.clone())).copied().unwrap_or_default();
            let direct_growth = growth(d[0], d[1]);
            let has_hub_side = n[1] > 0;
            let score = if has_hub_side {
                capped_log(v[0][0], v[0][1]) + capped_log(v[1][0], v[1][1])
            } else {
                capped_log(v[0][0], v[0][1]) + (-capped_log(d[0], d[1])).max(0.0)
            };
            let risen = |b: f64, a: f64| a > 0.0 && (b == 0.0 || a / b >= HUB_GROWTH);
            let hub_signal = if has_hub_side {
                risen(v[0][0], v[0][1]) && risen(v[1][0], v[1][1]) && v[1][1] >= min_exports
            } else {
                risen(v[0][0], v[0][1]) && direct_growth.is_some_and(|g| g < 1.0)
            };
            FlowHubRow {
                rank: 0,
                name: reference::country(&hub).map(|c| c.name.clone()).unwrap_or_default(),
                coalition_to_hub_before: round(v[0][0], 2),
                coalition_to_hub_after: round(v[0][1], 2),
                coalition_to_hub_growth: growth(v[0][0], v[0][1]),
                hub_to_target_before: has_hub_side.then(|| round(v[1][0], 2)),
                hub_to_target_after: has_hub_side.then(|| round(v[1][1], 2)),
                hub_to_target_growth: if has_hub_side { growth(v[1][0], v[1][1]) } else { None },
                transshipment_ratio: if has_hub_side { growth(v[0][1], v[1][1]) } else { None },
                coalition_to_target_growth: direct_growth,
                score: round(score, 3),
                hub: hub_signal,
                evidence: format!(
                    "flows: {} coalition-reported rows, {} hub-to-target rows reported by the {}",
                    n[0],
                    n[1],
                    if mirror { "targets (mirror)" } else { "hub" }
                ),
                basis,
                country: hub,
                currency,
            }
        })
        .collect();
    rows.retain(|r| covered.get(&r.basis) == Some(&3));
    rows.sort_by(|a, b| {
        b.hub.cmp(&a.hub).then(b.score.total_cmp(&a.score)).then(a.country.cmp(&b.country)).then(a.basis.cmp(&b.basis))
    });
    for (i, r) in rows.iter_mut().enumerate() {
        r.rank = i + 1;
    }
    let both = |b: &String| covered.get(b) == Some(&3);
    let used = match (both(&year_basis), both(&month_basis)) {
        (true, true) => {
            format!("flows: {year_basis} (monthly rows summed into their years), and monthly rows in {month_basis}")
        }
        (true, false) => format!("flows: {year_basis} (monthly rows summed into their years)"),
        (false, true) => {
            let bits = covered.get(&year_basis).copied().unwrap_or(0);
            let empty = if bits & 1 == 0 { &before } else { &after };
            format!("flows: monthly rows in {month_basis} (none in {empty}, so no yearly comparison)")
        }
        (false, false) if flows.is_empty() => "flows: none loaded".to_string(),
        (false, false) => format!(
            "flows: none on both sides of the cutoff {cutoff} (neither rows in both {before} and {after}, \
             nor monthly rows either side of it)"
        ),
    };
    Ok((rows, used))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(days("1970-01-01"), 0);
        assert_eq!(days("2022-02-24") - days("2021-01-01"), 419);
        for d in ["2000-02-29", "2022-02-24", "2024-12-31", "1999-03-01"] {
            assert_eq!(day_text(days(d)), d);
        }
    }

    #[test]
    fn growth_scores_are_capped() {
        assert_eq!(capped_log(0.0, 10.0), 4.0); // new: 16x
        assert_eq!(capped_log(10.0, 20.0), 1.0);
        assert_eq!(capped_log(10.0, 0.0), -4.0);
        assert_eq!(capped_log(0.0, 0.0), 0.0);
    }
}
