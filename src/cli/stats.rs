//! `chokepoint stats`.

use std::io::Write;
use std::process::ExitCode;

use clap::Args;
use serde_json::json;

use super::GlobalArgs;
use crate::render::{Format, write_objects, write_table};
use crate::store::Stats;

/// Arguments of `stats` (none of its own).
#[derive(Debug, Args)]
pub struct StatsArgs {}

pub(super) fn run(g: &GlobalArgs, _args: StatsArgs) -> anyhow::Result<ExitCode> {
    let stats = super::open_store(g)?.stats()?;
    let mut out = super::stdout();
    match g.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &stats)?;
            writeln!(out)?;
        }
        Format::Csv => write_objects(&mut out, Format::Csv, &stat_rows(&stats))?,
        Format::Table => write_stats_table(&mut out, &stats)?,
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Stats as (section, key, value) rows, for CSV.
fn stat_rows(s: &Stats) -> Vec<serde_json::Map<String, serde_json::Value>> {
    let mut rows = Vec::new();
    let mut push = |section: &str, key: &str, value: serde_json::Value| {
        if let serde_json::Value::Object(m) = json!({"section": section, "key": key, "value": value}) {
            rows.push(m);
        }
    };
    for (k, n) in &s.records {
        push("records", k, json!(n));
    }
    for (k, n) in &s.entity_kinds {
        push("entity_kind", k, json!(n));
    }
    for (k, n) in &s.entity_countries {
        push("entity_country", k, json!(n));
    }
    push("entities", "listed", json!(s.listed_entities));
    push("shipments", "first_date", json!(s.first_date));
    push("shipments", "last_date", json!(s.last_date));
    push("shipments", "value_usd", json!(s.shipment_value_usd));
    for (c, v) in &s.flow_values {
        push("flows_value", c, json!(v));
    }
    for t in s.chpl_tiers.iter().chain(std::iter::once(&s.chpl_total)) {
        push("chpl_value_usd", &t.tier, json!(t.value_usd));
        push("chpl_share_pct", &t.tier, json!((t.share_pct * 10.0).round() / 10.0));
    }
    rows
}

use super::money;

fn write_stats_table(out: &mut dyn Write, s: &Stats) -> std::io::Result<()> {
    let h = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<Vec<_>>();
    writeln!(out, "Records")?;
    write_table(
        out,
        &h(&["kind", "rows"]),
        &s.records.iter().map(|(k, n)| vec![k.clone(), n.to_string()]).collect::<Vec<_>>(),
    )?;
    writeln!(out, "\nEntities by kind ({} listed on a sanctions list)", s.listed_entities)?;
    write_table(
        out,
        &h(&["kind", "entities"]),
        &s.entity_kinds.iter().map(|(k, n)| vec![k.clone(), n.to_string()]).collect::<Vec<_>>(),
    )?;
    writeln!(out, "\nEntities by country")?;
    write_table(
        out,
        &h(&["country", "entities"]),
        &s.entity_countries.iter().map(|(k, n)| vec![k.clone(), n.to_string()]).collect::<Vec<_>>(),
    )?;
    writeln!(out, "\nShipments")?;
    writeln!(
        out,
        "date range   {} to {}",
        s.first_date.as_deref().unwrap_or("-"),
        s.last_date.as_deref().unwrap_or("-")
    )?;
    writeln!(out, "total value  {}", money(s.shipment_value_usd))?;
    for (c, v) in &s.flow_values {
        writeln!(out, "flows value  {} {c}", money(v.to_owned()).trim_start_matches('$'))?;
    }
    writeln!(out, "\nShipment value on CHPL codes, by tier")?;
    let rows: Vec<Vec<String>> = s
        .chpl_tiers
        .iter()
        .chain(std::iter::once(&s.chpl_total))
        .map(|t| vec![t.tier.clone(), money(t.value_usd), format!("{:.1}", t.share_pct)])
        .collect();
    write_table(out, &h(&["tier", "value_usd", "share_pct"]), &rows)
}
