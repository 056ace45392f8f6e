//! `chokepoint routes`.

use std::io::Write;
use std::process::ExitCode;

use clap::Args;
use serde::Serialize;

use super::GlobalArgs;
use super::args::{EndsArgs, FilterArgs};
use crate::analysis::routes::{
    DEFAULT_CUTOFF, LINK_PROBABILITY, Route, RouteOptions, find_country_routes, find_routes,
};
use crate::graph::TradeGraph;
use crate::model::validate_date;
use crate::render::{Format, write_rows};

const HELP: &str = "\
The step u -> v has probability p = value(u->v) / value out of u within the
view; a route's weight is -sum(ln p) and its probability the product. The k
most likely simple routes are found with Yen's algorithm from a super-source
joined to the sources to a super-sink joined from the targets; a route ends at
the first target it reaches.

Red flags on a route:
  hub:CC(lists)                 a hop through a hub country (a hub-* list, not the coalition)
  listed:ID(lists)              a listed entity before the target
  incorporated_after_cutoff     an entity incorporated on or after --cutoff
  intermediary_consignee        a forwarder or trader as consignee before a military end user
  new_leg_after_cutoff          a leg whose first shipment is on or after --cutoff
  out_of_time_order             a leg that ended before the previous leg began (flagged, not hidden)
  link_channel                  a step along a link (--via-links)

--by country contracts the view into countries and decomposes the maximum
flow from the sources' countries to the targets' countries into routes,
each with its share of that flow.";

/// Route unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RouteBy {
    /// Entity-level routes.
    Entity,
    /// Country-level routes with their share of the flow.
    Country,
}

/// Arguments of `routes`.
#[derive(Debug, Args)]
#[command(after_help = HELP)]
pub struct RoutesArgs {
    /// Sources and targets.
    #[command(flatten)]
    pub ends: EndsArgs,
    /// The shipment filter.
    #[command(flatten)]
    pub filter: FilterArgs,
    /// Routes to find.
    #[arg(long, default_value_t = 10, value_parser = super::route_count)]
    pub k: usize,
    /// The date for the "after the cutoff" flags.
    #[arg(long, value_name = "DATE", default_value = DEFAULT_CUTOFF)]
    pub cutoff: String,
    /// Also route along links (ownership, shared address...), each such step
    /// with probability P (default 0.05).
    #[arg(long, value_name = "P", num_args = 0..=1, default_missing_value = "0.05")]
    pub via_links: Option<f64>,
    /// Entity routes, or country routes with their share of the flow.
    #[arg(long, value_enum, default_value_t = RouteBy::Entity)]
    pub by: RouteBy,
}

#[derive(Serialize, Default)]
struct RouteRow<'a> {
    rank: usize,
    probability: f64,
    bottleneck_value: f64,
    route: &'a str,
    flags: &'a [String],
}

pub(super) fn run(g: &GlobalArgs, args: RoutesArgs) -> anyhow::Result<ExitCode> {
    validate_date(&args.cutoff).map_err(|m| crate::Error::Usage(format!("--cutoff: {m}")))?;
    if let Some(p) = args.via_links
        && !(p > 0.0 && p <= 1.0)
    {
        anyhow::bail!(crate::Error::Usage(format!("--via-links: {p} is not a probability in (0, 1]")));
    }
    let store = super::open_store(g)?;
    let (from, to) = args.ends.selectors()?;
    let graph = TradeGraph::build_trade(&store, &args.filter.filter()?)?;
    let mut out = super::stdout();
    if args.by == RouteBy::Country {
        let (routes, flow) = find_country_routes(&graph, &from, &to, args.k)?;
        let about = format!(
            "shares of the country-level maximum flow, {}: countries contracted, a country's entities \
             pass goods among themselves freely, so it can exceed the entity-level flow; a route starts at \
             the last sources' country it crosses (goods made in KR sold on by a Dutch distributor start at NL)",
            super::money(flow)
        );
        if g.format == Format::Table {
            writeln!(out, "{about}\n")?;
        } else if !g.quiet {
            eprintln!("{about}");
        }
        write_rows(&mut out, g.format, &routes)?;
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    let opts =
        RouteOptions { from, to, k: args.k, cutoff: args.cutoff.clone(), via_links: args.via_links, removed: vec![] };
    let routes = find_routes(&store, &graph, &opts)?;
    if let Some(p) = args.via_links
        && !g.quiet
    {
        eprintln!(
            "routes may follow links (ownership, shared address, ...) with probability {p} per step (default {LINK_PROBABILITY})"
        );
    }
    write_routes(&mut out, g.format, &routes)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Routes as rows: the full records in JSON, a readable summary otherwise.
pub(super) fn write_routes(out: &mut dyn Write, format: Format, routes: &[Route]) -> std::io::Result<()> {
    match format {
        Format::Json => write_rows(out, format, routes),
        Format::Csv => {
            let rows: Vec<RouteRow> = routes.iter().map(summary_row).collect();
            write_rows(out, format, &rows)
        }
        Format::Table => {
            if routes.is_empty() {
                return writeln!(out, "(no route)");
            }
            for r in routes {
                writeln!(
                    out,
                    "#{} p = {:.4}  bottleneck {}  weight {:.4}",
                    r.rank,
                    r.probability,
                    super::money(r.bottleneck_value),
                    r.weight
                )?;
                writeln!(out, "  {}", r.route)?;
                for l in &r.legs {
                    let when = if l.first.is_empty() { String::new() } else { format!(", {} to {}", l.first, l.last) };
                    writeln!(
                        out,
                        "    {} -> {}  p {:.4}  {} {}{when}",
                        l.from,
                        l.to,
                        l.probability,
                        l.channel,
                        super::money(l.value)
                    )?;
                }
                for f in &r.flags {
                    writeln!(out, "  ! {f}")?;
                }
                writeln!(out)?;
            }
            Ok(())
        }
    }
}

fn summary_row(r: &Route) -> RouteRow<'_> {
    RouteRow {
        rank: r.rank,
        probability: r.probability,
        bottleneck_value: r.bottleneck_value,
        route: &r.route,
        flags: &r.flags,
    }
}
