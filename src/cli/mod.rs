//! The command line: clap definitions (one file per subcommand) and the glue
//! that calls the library and renders its results. No analysis logic here.

mod args;
mod bench;
mod chokepoints;
mod concentration;
mod dependency;
mod dot;
mod explain;
mod exposure;
mod generate;
mod hubs;
mod import;
mod lists;
mod reference;
mod routes;
mod run;
mod screening;
mod stats;
mod view;
mod whatif;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::render::Format;
use crate::store::Store;

const AFTER_HELP: &str = "\
Without --db, commands run on the demo network embedded in the binary.

Exit codes: 0 success, 1 error (bad data, missing file, database problem),
2 bad usage (unknown option or value), 3 a --fail-above threshold was crossed.";

/// Find the chokepoints, diversion routes and risky suppliers in the trade of
/// controlled goods (export control and sanctions).
#[derive(Debug, Parser)]
#[command(name = "chokepoint", version, after_help = AFTER_HELP, max_term_width = 100)]
pub struct Cli {
    /// Options every command takes.
    #[command(flatten)]
    pub global: GlobalArgs,
    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// The database file (default: the embedded demo network, in memory, for
    /// the commands that only read; those that write, import, lists import
    /// and match, need one).
    #[arg(long, global = true, value_name = "FILE")]
    pub db: Option<PathBuf>,
    /// Output format: an aligned table, CSV, or JSON (JSON Lines for row streams).
    #[arg(long, global = true, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Print only errors on standard error.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Print more on standard error (-vv for debug output).
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Import record files (CSV) into a database, creating it if needed.
    Import(import::ImportArgs),
    /// What is loaded: counts, date range, values, CHPL shares.
    Stats(stats::StatsArgs),
    /// Print the compiled-in reference data (CHPL codes, countries and groups).
    Reference(reference::ReferenceArgs),
    /// Rank the entities, countries or links whose interdiction cuts most of the flow to the targets.
    Chokepoints(chokepoints::ChokepointsArgs),
    /// HHI concentration of the suppliers delivering to the targets, per HS6 code or target country.
    Concentration(concentration::ConcentrationArgs),
    /// Which manufacturers' parts are in the most weapon systems; the fewest covering most of them.
    Dependency(dependency::DependencyArgs),
    /// The most likely diversion routes from the sources to the targets, with red flags.
    Routes(routes::RoutesArgs),
    /// Countries and entities that became diversion hubs after the cutoff (shipments and flows).
    Hubs(hubs::HubsArgs),
    /// The listed parties and end users within K hops of an entity, up- and downstream.
    Exposure(exposure::ExposureArgs),
    /// The flow and routes that survive removing a set of entities.
    Whatif(whatif::WhatifArgs),
    /// Watch lists: show those loaded, import one, evaluate name matching.
    Lists(lists::ListsArgs),
    /// Link the store's entities to watch-list entries; report 50% ownership by listed parties.
    Match(screening::MatchArgs),
    /// Score suppliers (CSV or JSON Lines) 0-100 with reasons.
    Score(screening::ScoreArgs),
    /// Draw a diagram (Graphviz DOT, or SVG/PNG/PDF with --render): ego, routes, chokepoints, dependency.
    Dot(dot::DotArgs),
    /// Run a saved query (queries/*.toml, or your own); --list shows them.
    Run(run::RunArgs),
    /// Print the graph view as an edge list (aggregated links with value, dates, HS codes, route weight).
    View(view::ViewArgs),
    /// Print the entities a selector names.
    Select(view::SelectArgs),
    /// Time the graph algorithms on a database (JSON lines), for benchmarks.
    Bench(bench::BenchArgs),
    /// Write a synthetic network of any size in the record formats (for benchmarks).
    Generate(generate::GenerateArgs),
}

/// Parse the command line. In `lists import`, `--format ftm|csl|os-simple|csv|ofac-sdn|eu-journal`
/// names the list's format (as `--list-format` does), since that command
/// prints no rows to format.
pub fn parse() -> Cli {
    let mut args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let words: Vec<String> = args.iter().map(|a| a.to_string_lossy().into_owned()).collect();
    // After `lists import` only: a `--format` before the command is the
    // global output format, which the command's own takes the place of.
    let import_at = words.windows(2).position(|w| w[0] == "lists" && w[1] == "import").map(|i| i + 2);
    if let Some(start) = import_at {
        let after = &words[start..];
        let list_value = |v: &str| {
            use clap::ValueEnum;
            crate::store::lists::ListFormat::value_variants().iter().any(|f| f.name() == v)
        };
        // A list's format given before the command: moved after it.
        for i in 1..start {
            if words[i] == "--format" && words.get(i + 1).is_some_and(|v| list_value(v)) {
                eprintln!(
                    "chokepoint: error: give the list's format after `lists import` (`chokepoint lists import \
                     --format {} ...`): before it, --format is the output format of other commands",
                    words[i + 1]
                );
                std::process::exit(2);
            }
        }
        // Both given: said in those words, not as one flag given twice.
        let given = |flag: &str| after.iter().any(|w| w == flag || w.starts_with(&format!("{flag}=")));
        if given("--format") && given("--list-format") {
            eprintln!(
                "chokepoint: error: lists import takes the list's format once: --format or --list-format, not both"
            );
            std::process::exit(2);
        }
        // Any value but an output format's (`csv` is both: a list's here) is
        // taken for a list's format, so that a wrong one (`--format xml`) is
        // told with the list formats.
        let output_value = |v: &str| {
            use clap::ValueEnum;
            crate::render::Format::value_variants()
                .iter()
                .any(|f| f.to_possible_value().is_some_and(|p| p.matches(v, false)))
        };
        let list_value = |v: &str| list_value(v) || !output_value(v);
        for i in start..words.len() {
            if words[i] == "--format" && words.get(i + 1).is_some_and(|v| list_value(v)) {
                args[i] = "--list-format".into();
            } else if let Some(v) = words[i].strip_prefix("--format=")
                && list_value(v)
            {
                args[i] = format!("--list-format={v}").into();
            }
        }
    }
    Cli::parse_from(args)
}

/// Set up `log` on standard error from `-q`/`-v` (and `RUST_LOG`).
pub fn init_logging(global: &GlobalArgs) {
    let level = match (global.quiet, global.verbose) {
        (true, _) => log::LevelFilter::Error,
        (false, 0) => log::LevelFilter::Warn,
        (false, 1) => log::LevelFilter::Info,
        _ => log::LevelFilter::Debug,
    };
    env_logger::Builder::new()
        .filter_level(level)
        .parse_default_env()
        .format(|buf, record| {
            writeln!(buf, "chokepoint: {}: {}", record.level().as_str().to_lowercase(), record.args())
        })
        .init();
}

/// Run a parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let g = &cli.global;
    match cli.command {
        Command::Import(args) => import::run(g, args),
        Command::Stats(args) => stats::run(g, args),
        Command::Reference(args) => reference::run(g, args),
        Command::Generate(args) => generate::run(g, args),
        Command::Chokepoints(args) => chokepoints::run(g, args),
        Command::Concentration(args) => concentration::run(g, args),
        Command::Dependency(args) => dependency::run(g, args),
        Command::Routes(args) => routes::run(g, args),
        Command::Hubs(args) => hubs::run(g, args),
        Command::Exposure(args) => exposure::run(g, args),
        Command::Whatif(args) => whatif::run(g, args),
        Command::Lists(args) => lists::run(g, args),
        Command::Match(args) => screening::run_match(g, args),
        Command::Score(args) => screening::run_score(g, args),
        Command::Dot(args) => dot::run(g, args),
        Command::Run(args) => run::run(g, args),
        Command::View(args) => view::run_view(g, args),
        Command::Select(args) => view::run_select(g, args),
        Command::Bench(args) => bench::run(g, args),
    }
}

/// Open the store a command reads: `--db`, or the embedded demo.
pub(crate) fn open_store(global: &GlobalArgs) -> anyhow::Result<Store> {
    Ok(match &global.db {
        Some(path) => Store::open(path)?,
        None => Store::demo()?,
    })
}

/// USD with thousands separators: `$1,234,567`.
pub(crate) fn money(v: f64) -> String {
    let whole = format!("{:.0}", v.abs().round());
    let mut s = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            s.push(',');
        }
        s.push(c);
    }
    format!("{}${s}", if v < 0.0 { "-" } else { "" })
}

/// Standard output, locked and buffered.
pub(crate) fn stdout() -> std::io::BufWriter<std::io::StdoutLock<'static>> {
    std::io::BufWriter::new(std::io::stdout().lock())
}

/// Check a name-similarity option: above 0 and at most 1.
pub(crate) fn check_similarity(flag: &str, value: f64) -> crate::Result<()> {
    if value > 0.0 && value <= 1.0 {
        Ok(())
    } else {
        Err(crate::Error::Usage(format!("{flag} {value}: a name similarity is above 0 and at most 1 (default 0.9)")))
    }
}

/// Whether an error is a closed pipe on standard output (`| head`): not an error.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    fn io_broken(e: &std::io::Error) -> bool {
        e.kind() == std::io::ErrorKind::BrokenPipe
            || e.get_ref().and_then(|inner| inner.downcast_ref::<csv::Error>()).is_some_and(csv_broken)
    }
    fn csv_broken(e: &csv::Error) -> bool {
        matches!(e.kind(), csv::ErrorKind::Io(io) if io_broken(io))
    }
    err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>().is_some_and(io_broken)
            || c.downcast_ref::<csv::Error>().is_some_and(csv_broken)
    })
}

/// The exit code for an error: 2 for bad usage, 1 otherwise.
pub fn exit_code(err: &anyhow::Error) -> u8 {
    match err.downcast_ref::<crate::Error>() {
        Some(crate::Error::Usage(_)) => 2,
        _ => 1,
    }
}

/// A command-line amount: a finite number, 0 or more.
fn non_negative(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if v.is_finite() && v >= 0.0 => Ok(v),
        _ => Err(format!("{s:?} is not an amount: give a number, 0 or more")),
    }
}

/// A number of routes: 1 to 1,000 (Yen's algorithm grows with each).
fn route_count(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(k) if (1..=1000).contains(&k) => Ok(k),
        _ => Err(format!("{s:?} routes: give 1 to 1000")),
    }
}

/// A number of hops: 1 to 10.
fn hop_count(s: &str) -> Result<usize, String> {
    match s.parse::<usize>() {
        Ok(k) if (1..=10).contains(&k) => Ok(k),
        _ => Err(format!("{s:?} hops: give 1 to 10")),
    }
}
