//! Rendering of `--explain` output.

use std::io::Write;

use serde::Serialize;

use crate::analysis::chokepoints::Explanation;
use crate::render::{Format, write_rows};

#[derive(Serialize, Default)]
struct EvidenceRow<'a> {
    direction: &'a str,
    counterpart: &'a str,
    counterpart_country: &'a str,
    shipment: &'a str,
    date: &'a str,
    hs_code: &'a str,
    value_usd: f64,
    provenance: &'a str,
}

pub(super) fn write(out: &mut dyn Write, format: Format, ex: &Explanation) -> std::io::Result<()> {
    let rows: Vec<EvidenceRow> = ex
        .links
        .iter()
        .flat_map(|l| {
            l.shipments.iter().map(move |s| EvidenceRow {
                direction: l.direction,
                counterpart: &l.counterpart,
                counterpart_country: &l.counterpart_country,
                shipment: &s.id,
                date: &s.date,
                hs_code: &s.hs_code,
                value_usd: s.value_usd,
                provenance: &s.provenance,
            })
        })
        .collect();
    match format {
        Format::Json => {
            serde_json::to_writer(&mut *out, ex)?;
            writeln!(out)
        }
        Format::Csv => write_rows(out, Format::Csv, &rows),
        Format::Table => {
            let e = &ex.entity;
            writeln!(out, "{} {} ({}, {})", e.id, e.name, e.kind, e.country)?;
            if !e.aliases.is_empty() {
                writeln!(out, "aliases:      {}", e.aliases)?;
            }
            writeln!(out, "address:      {}", e.address)?;
            writeln!(out, "identifiers:  {}", e.identifiers)?;
            writeln!(out, "incorporated: {}", e.incorporated)?;
            writeln!(out, "lists:        {}", if ex.lists.is_empty() { "none".into() } else { ex.lists.join(", ") })?;
            writeln!(out, "source:       {}", e.source)?;
            if !ex.in_view {
                return writeln!(out, "\nit has no shipments in this view");
            }
            writeln!(out, "\nmost likely path from a source: {}", ex.path_from_sources.join(" -> "))?;
            writeln!(out, "most likely path to a target:   {}", ex.path_to_targets.join(" -> "))?;
            writeln!(out, "\nLargest links")?;
            for l in &ex.links {
                writeln!(
                    out,
                    "  {:<3} {} {} ({}): {} in {} shipment{}, {} to {}",
                    l.direction,
                    l.counterpart,
                    l.counterpart_name,
                    l.counterpart_country,
                    super::money(l.value),
                    l.count,
                    if l.count == 1 { "" } else { "s" },
                    l.first,
                    l.last
                )?;
            }
            writeln!(out, "\nShipments behind them")?;
            write_rows(out, Format::Table, &rows)
        }
    }
}
