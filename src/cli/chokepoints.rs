//! `chokepoint chokepoints`.

use std::io::Write;
use std::process::ExitCode;

use clap::Args;

use super::GlobalArgs;
use super::args::{EndsArgs, FilterArgs};
use crate::analysis::chokepoints::{By, ChokepointOptions, ChokepointReport, Weight, explain, find_chokepoints};
use crate::graph::TradeGraph;
use crate::render::{Format, write_rows};

const HELP: &str = "\
Rows are the intermediaries (entities that are neither sources nor targets),
ranked by loss_pct, then betweenness. Measures:

  betweenness        source-target subset betweenness: the sum over sources s
                     and targets t of the share of shortest s-t paths through
                     the entity (by hops, or with --weight likelihood by the
                     route weight -ln(value(u->v) / value out of u))
  loss_pct           percent of the S-T maximum flow (edge capacity: the
                     aggregated shipment value) lost when the entity is removed
  in_min_cut         in a minimum vertex cut: the fewest entities whose
                     removal disconnects every source from every target
  dominated_targets  targets (other than itself) that every path from the
                     sources to them passes through the entity
  through_value      value of the view's edges into the entity (USD)

The table also gives the maximum flow and the minimum edge cut by value
(whose values sum to the maximum flow). --plan K removes, K times, the
entity whose removal loses the most remaining flow.

Defaults: --from kind:manufacturer+group:gecc (coalition manufacturers),
--to listed+group:target,end_user+group:target (listed parties and end users
in Russia and Belarus).";

/// Arguments of `chokepoints`.
#[derive(Debug, Args)]
#[command(after_help = HELP)]
pub struct ChokepointsArgs {
    /// Sources and targets.
    #[command(flatten)]
    pub ends: EndsArgs,
    /// The shipment filter.
    #[command(flatten)]
    pub filter: FilterArgs,
    /// One row per entity, country or trade link.
    #[arg(long, value_enum, default_value_t = By::Entity)]
    pub by: By,
    /// Rows to print.
    #[arg(long, default_value_t = 15)]
    pub top: usize,
    /// Shortest paths for betweenness: by hops or by likelihood.
    #[arg(long, value_enum, default_value_t = Weight::Hops)]
    pub weight: Weight,
    /// Greedy interdiction plan of K steps.
    #[arg(long, value_name = "K", default_value_t = 0)]
    pub plan: usize,
    /// Show the shipments, paths and list entries behind one entity's row.
    #[arg(long, value_name = "ID")]
    pub explain: Option<String>,
}

pub(super) fn run(g: &GlobalArgs, args: ChokepointsArgs) -> anyhow::Result<ExitCode> {
    let store = super::open_store(g)?;
    let filter = args.filter.filter()?;
    let (from, to) = args.ends.selectors()?;
    let started = std::time::Instant::now();
    let graph = TradeGraph::build_trade(&store, &filter)?;
    log::info!(
        "view built in {:.2} s: {} entities, {} links",
        started.elapsed().as_secs_f64(),
        graph.graph.node_count(),
        graph.graph.edge_count()
    );
    let mut out = super::stdout();
    if let Some(id) = &args.explain {
        if args.by != By::Entity {
            anyhow::bail!(crate::Error::Usage(format!(
                "--explain {id}: it explains an entity's row, not a country's or a link's; give an entity id \
                 without --by (select country:CC lists a country's entities)"
            )));
        }
        let ex = explain(&store, &graph, &from, &to, id)?;
        super::explain::write(&mut out, g.format, &ex)?;
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    if args.plan > 0 && args.by != By::Entity {
        anyhow::bail!(crate::Error::Usage(
            "--plan removes entities one after another: it works by entity, not by country or link; drop --by".into()
        ));
    }
    let opts = ChokepointOptions { from, to, by: args.by, top: args.top, weight: args.weight, plan: args.plan };
    let report = find_chokepoints(&store, &graph, &opts)?;
    log::info!("chokepoints in {:.2} s", started.elapsed().as_secs_f64());
    match g.format {
        Format::Table => write_table(&mut out, &report)?,
        format => {
            if !g.quiet {
                eprintln!("{}", summary_text(&report));
            }
            if args.plan > 0 {
                write_rows(&mut out, format, &report.plan)?;
            } else {
                write_rows(&mut out, format, &report.rows)?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn money(v: f64) -> String {
    super::money(v)
}

fn summary_text(r: &ChokepointReport) -> String {
    let s = &r.summary;
    let mut t = format!(
        "view: {} | {} entities, {} links | sources ({}): {} | targets ({}): {}\n\
         S-T maximum flow: {}",
        s.filter,
        s.nodes,
        s.edges,
        s.from,
        s.sources,
        s.to,
        s.targets,
        money(s.max_flow)
    );
    match s.min_vertex_cut_size {
        Some(k) => {
            let shown = s.min_vertex_cut.iter().take(20).cloned().collect::<Vec<_>>().join(", ");
            let more = if k > 20 { format!(" and {} more", k - 20) } else { String::new() };
            t.push_str(&format!("\nminimum vertex cut: {k} entities: {shown}{more}"))
        }
        None => t.push_str(&format!(
            "\nminimum vertex cut: none (sources trade directly with targets: {})",
            s.direct_links.join(", ")
        )),
    }
    let mut cut = s.min_edge_cut.clone();
    cut.sort_by(|a, b| b.value.total_cmp(&a.value));
    let shown: Vec<String> = cut.iter().take(5).map(|e| format!("{}->{} {}", e.from, e.to, money(e.value))).collect();
    t.push_str(&format!(
        "\nminimum edge cut by value: {} links, {} in all{}{}",
        cut.len(),
        money(cut.iter().map(|e| e.value).sum()),
        if shown.is_empty() { "" } else { "; largest: " },
        shown.join(", ")
    ));
    t
}

fn write_table(out: &mut dyn Write, r: &ChokepointReport) -> std::io::Result<()> {
    writeln!(out, "{}\n", summary_text(r))?;
    write_rows(out, Format::Table, &r.rows)?;
    if !r.plan.is_empty() {
        writeln!(out, "\nGreedy interdiction plan")?;
        write_rows(out, Format::Table, &r.plan)?;
    }
    Ok(())
}
