//! `chokepoint hubs`.

use std::io::Write;
use std::process::ExitCode;

use clap::{Args, ValueEnum};

use super::GlobalArgs;
use super::args::FilterArgs;
use crate::analysis::hubs::{HubOptions, find_flow_hubs, find_hubs};
use crate::analysis::routes::DEFAULT_CUTOFF;
use crate::graph::TradeGraph;
use crate::model::validate_date;
use crate::render::{Format, write_rows};

const HELP: &str = "\
Hub countries are those on a hub list (hub-bis-2022, hub-bis-2023,
hub-uk-2025) and not in the coalition.

From shipments: imports from coalition countries and exports to target
countries (Russia, Belarus) in two windows of the same length before and
after the cutoff (as long as the data allows on both sides, or --window-days).
From flows (mirror statistics): what coalition reporters export to the hub
against what the hub exports to the targets (or the targets report importing
from it), in the full year before the cutoff's year and the full year after
(2021 and 2023 for the default cutoff). Where only the coalition side exists,
the hub's growth is set against the fall of direct coalition exports to the
targets.

growth = after / before (empty: nothing before). transshipment_ratio =
exports to targets / imports from the coalition, after the cutoff.
score = log2(import growth) + log2(export growth), each ratio capped to
[1/16, 16] (new counts as 16). hub = both growths at least 1.5 and exports to
the targets after the cutoff at least --min-exports (USD).";

/// Which figures CSV and JSON carry (the table shows both).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum HubSource {
    /// From shipments.
    Shipments,
    /// From aggregated flows.
    Flows,
}

/// Arguments of `hubs`.
#[derive(Debug, Args)]
#[command(after_help = HELP)]
pub struct HubsArgs {
    /// The cutoff date.
    #[arg(long, value_name = "DATE", default_value = DEFAULT_CUTOFF)]
    pub cutoff: String,
    /// Window length on each side of the cutoff, in days (shipments).
    #[arg(long, value_name = "DAYS", value_parser = clap::value_parser!(i64).range(1..))]
    pub window_days: Option<i64>,
    /// Rank the entities in hub countries instead of the countries.
    #[arg(long)]
    pub by_entity: bool,
    /// Minimum exports to the targets after the cutoff for the hub signal, USD.
    #[arg(long, value_name = "USD", default_value_t = 100_000.0, value_parser = super::non_negative)]
    pub min_exports: f64,
    /// Rows to print (shipments).
    #[arg(long, default_value_t = 20)]
    pub top: usize,
    /// With --format csv|json: which figures to print.
    #[arg(long, value_enum, default_value_t = HubSource::Shipments)]
    pub source: HubSource,
    /// The shipment filter (not --since or --until: the cutoff and the windows set the dates).
    #[command(flatten)]
    pub filter: FilterArgs,
}

pub(super) fn run(g: &GlobalArgs, args: HubsArgs) -> anyhow::Result<ExitCode> {
    validate_date(&args.cutoff).map_err(|m| crate::Error::Usage(format!("--cutoff: {m}")))?;
    let store = super::open_store(g)?;
    if let Some(flag) = [("--since", &args.filter.since), ("--until", &args.filter.until)]
        .into_iter()
        .find_map(|(flag, v)| v.is_some().then_some(flag))
    {
        return Err(crate::Error::Usage(format!(
            "hubs compares two windows around --cutoff, so {flag} does not apply: \
             move the windows with --cutoff and --window-days"
        ))
        .into());
    }
    let filter = args.filter.filter()?;
    let mut out = super::stdout();
    let want_shipments = g.format == Format::Table || args.source == HubSource::Shipments;
    let want_flows = g.format == Format::Table || args.source == HubSource::Flows;
    if want_shipments {
        let graph = TradeGraph::build(&store, &filter)?;
        let opts = HubOptions {
            cutoff: args.cutoff.clone(),
            window_days: args.window_days,
            by_entity: args.by_entity,
            min_exports: args.min_exports,
            top: args.top,
        };
        // In the table, a cutoff the shipments do not span leaves the
        // flows' table to answer: said in the shipments' place.
        let (rows, windows) = match find_hubs(&store, &graph, &opts) {
            Err(crate::Error::Usage(why)) if g.format == Format::Table => (Vec::new(), why),
            other => other?,
        };
        if g.format == Format::Table {
            writeln!(out, "From shipments ({windows}), {}", filter.describe())?;
        } else if !g.quiet {
            eprintln!("from shipments: {windows}; --source flows gives the rows from aggregated flows");
        }
        write_rows(&mut out, g.format, &rows)?;
    }
    if want_flows {
        let (rows, years) = find_flow_hubs(&store, &filter, &args.cutoff, args.min_exports)?;
        if g.format == Format::Table {
            writeln!(out, "\nFrom aggregated flows ({years})")?;
        } else if !g.quiet {
            eprintln!("{years}");
        }
        write_rows(&mut out, g.format, &rows)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
