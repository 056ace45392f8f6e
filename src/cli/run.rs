//! `chokepoint run`: saved queries.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser};
use serde::Serialize;

use super::GlobalArgs;
use crate::query::{Query, list};
use crate::render::write_rows;

/// Arguments of `run`.
#[derive(Debug, Args)]
#[command(after_help = "\
A query is a TOML file: description, analysis (chokepoints, concentration,
dependency, routes, hubs, exposure, whatif, score, dot), the filter (hs,
tier, category, since, until, min_value), selectors (from, to, remove, id),
limits (top, k, depth, plan), format, and for dot the diagram (ego, routes,
chokepoints, dependency) and render (svg, png, pdf). The keys have the names
and meanings of the command-line flags: a query is the command written down.
QUERY is a path, or the name of a shipped query (see --list).")]
pub struct RunArgs {
    /// The query: a file, or the name of a shipped query.
    #[arg(required_unless_present = "list")]
    pub query: Option<String>,
    /// List the queries (shipped, and those in --queries) with their descriptions.
    #[arg(long)]
    pub list: bool,
    /// Override a field: --set key=value (repeatable), validated like the file.
    #[arg(long = "set", value_name = "KEY=VALUE")]
    pub set: Vec<String>,
    /// A directory of your own queries.
    #[arg(long, value_name = "DIR")]
    pub queries: Option<PathBuf>,
    /// Write the output to this file.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Serialize, Default)]
struct Listed<'a> {
    name: &'a str,
    analysis: String,
    origin: &'a str,
    description: String,
}

pub(super) fn run(g: &GlobalArgs, args: RunArgs) -> anyhow::Result<ExitCode> {
    if args.list {
        let (queries, broken) = list(args.queries.as_deref())?;
        let rows: Vec<Listed> = queries
            .iter()
            .map(|q| Listed {
                name: &q.name,
                analysis: q.table.get("analysis").and_then(|v| v.as_str()).unwrap_or("").to_string(),
                origin: &q.origin,
                description: q.description(),
            })
            .collect();
        let mut out = super::stdout();
        write_rows(&mut out, g.format, &rows)?;
        out.flush()?;
        // The files that are no valid query, after the others: exit 1.
        for e in &broken {
            eprintln!("chokepoint: error: {e}");
        }
        return Ok(if broken.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE });
    }
    let name = args.query.as_deref().unwrap_or_default();
    let mut query = Query::find(name, args.queries.as_deref())?;
    for s in &args.set {
        query.set(s)?;
    }
    let mut argv: Vec<String> = vec!["chokepoint".into()];
    if let Some(db) = &g.db {
        argv.extend(["--db".into(), db.display().to_string()]);
    }
    if g.quiet {
        argv.push("-q".into());
    }
    // `--format` on the command line wins over the query's `format`.
    let format_given = std::env::args().any(|a| a == "--format" || a.starts_with("--format="));
    if format_given {
        query.table.remove("format");
    }
    // A diagram query writes DOT whatever the table format asked for.
    let is_dot = query.table.get("analysis").and_then(|v| v.as_str()) == Some("dot");
    if is_dot && format_given {
        log::warn!("{}: a diagram is written as DOT; --format does not apply and is ignored", query.origin);
    }
    if !is_dot && !query.table.contains_key("format") && (format_given || g.format != crate::render::Format::Table) {
        argv.extend(["--format".into(), format!("{:?}", g.format).to_lowercase()]);
    }
    argv.extend(query.to_args()?);
    log::info!("running {}: {}", query.origin, argv[1..].join(" "));
    if let Some(path) = &args.output {
        // Run the command with its standard output in the file.
        let file =
            std::fs::File::create(path).map_err(|source| crate::Error::Io { path: path.clone(), error: source })?;
        let status = std::process::Command::new(std::env::current_exe()?).args(&argv[1..]).stdout(file).status()?;
        return Ok(ExitCode::from(status.code().unwrap_or(1) as u8));
    }
    let cli = super::Cli::try_parse_from(&argv).map_err(|e| crate::Error::BadFile {
        path: query.origin.clone(),
        message: format!(
            "makes an invalid command line ({}): {}",
            argv[1..].join(" "),
            e.to_string().lines().take_while(|l| !l.trim().is_empty()).map(str::trim).collect::<Vec<_>>().join(" ")
        ),
    })?;
    super::run(cli).map_err(|e| match e.downcast::<crate::Error>() {
        Ok(err) => query.blame(err).into(),
        Err(e) => e,
    })
}
