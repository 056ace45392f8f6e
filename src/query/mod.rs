//! Saved queries: one TOML document per query (`queries/*.toml`), with the
//! same keys and meanings as the command-line flags, turned into the command
//! line they stand for. Validation names the file, the key, its line and what
//! is wrong.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::model::{Selector, nearest};

/// The queries shipped with chokepoint (`queries/`), compiled in.
pub const SHIPPED: &[(&str, &str)] = &[
    ("tier1-ic-chokepoints", include_str!("../../queries/tier1-ic-chokepoints.toml")),
    ("tier12-interdiction-plan", include_str!("../../queries/tier12-interdiction-plan.toml")),
    (
        "machine-tool-routes-caucasus-central-asia",
        include_str!("../../queries/machine-tool-routes-caucasus-central-asia.toml"),
    ),
    ("drone-part-routes-china-iran", include_str!("../../queries/drone-part-routes-china-iran.toml")),
    ("hubs-since-2022", include_str!("../../queries/hubs-since-2022.toml")),
    ("manufacturer-dependency", include_str!("../../queries/manufacturer-dependency.toml")),
    ("entity-exposure", include_str!("../../queries/entity-exposure.toml")),
    ("tier1-routes-diagram", include_str!("../../queries/tier1-routes-diagram.toml")),
    ("listed-hub-traders-whatif", include_str!("../../queries/listed-hub-traders-whatif.toml")),
    ("tier1-supplier-concentration", include_str!("../../queries/tier1-supplier-concentration.toml")),
];

/// The analyses a query can run (`dot` draws one of the diagrams).
pub const ANALYSES: [&str; 9] =
    ["chokepoints", "concentration", "dependency", "routes", "hubs", "exposure", "whatif", "score", "dot"];

#[derive(Clone, Copy, PartialEq)]
enum Ty {
    Str,
    List,
    Num,
    Int,
    Bool,
}

const FILTERED: &[&str] = &["chokepoints", "concentration", "routes", "hubs", "exposure", "whatif", "dot"];
/// Those with a date range: `hubs` sets its own windows around the cutoff.
const DATED: &[&str] = &["chokepoints", "concentration", "routes", "exposure", "whatif", "dot"];

/// Key, type, flag, analyses (`*`: every one), and whether a positional argument.
const KEYS: &[(&str, Ty, &str, &[&str])] = &[
    ("hs", Ty::List, "--hs", FILTERED),
    ("tier", Ty::List, "--tier", FILTERED),
    ("category", Ty::List, "--category", FILTERED),
    ("since", Ty::Str, "--since", DATED),
    ("until", Ty::Str, "--until", DATED),
    ("min_value", Ty::Num, "--min-value", FILTERED),
    ("from", Ty::Str, "--from", &["chokepoints", "routes", "whatif", "dot"]),
    ("to", Ty::Str, "--to", &["chokepoints", "concentration", "routes", "whatif", "dot"]),
    ("remove", Ty::Str, "--remove", &["whatif"]),
    ("id", Ty::Str, "", &["exposure", "dot"]),
    ("top", Ty::Int, "--top", &["chokepoints", "concentration", "dependency", "hubs", "dot"]),
    ("k", Ty::Int, "--k", &["routes", "whatif", "dot"]),
    ("depth", Ty::Int, "--depth", &["exposure", "dot"]),
    ("plan", Ty::Int, "--plan", &["chokepoints"]),
    ("by", Ty::Str, "--by", &["chokepoints", "routes", "concentration"]),
    ("weight", Ty::Str, "--weight", &["chokepoints"]),
    ("cutoff", Ty::Str, "--cutoff", &["routes", "hubs"]),
    ("via_links", Ty::Num, "--via-links", &["routes"]),
    ("coverage", Ty::Num, "--coverage", &["dependency"]),
    ("window_days", Ty::Int, "--window-days", &["hubs"]),
    ("min_exports", Ty::Num, "--min-exports", &["hubs"]),
    ("by_entity", Ty::Bool, "--by-entity", &["hubs"]),
    ("source", Ty::Str, "--source", &["hubs"]),
    ("diagram", Ty::Str, "", &["dot"]),
    ("render", Ty::Str, "--render", &["dot"]),
    ("max_nodes", Ty::Int, "--max-nodes", &["dot"]),
    ("input", Ty::Str, "", &["score"]),
    ("fail_above", Ty::Num, "--fail-above", &["score"]),
    ("weights", Ty::Str, "--weights", &["score"]),
    ("format", Ty::Str, "--format", &["*"]),
    ("description", Ty::Str, "", &["*"]),
    ("analysis", Ty::Str, "", &["*"]),
];

/// A query read from a file (or the shipped library).
#[derive(Debug, Clone)]
pub struct Query {
    /// Name (file stem).
    pub name: String,
    /// Where it came from (a path, or `shipped`).
    pub origin: String,
    /// Its text.
    pub text: String,
    /// The parsed document, with `--set` overrides applied.
    pub table: toml::Table,
    /// The keys `--set` gave, with the values as given.
    set: Vec<(String, String)>,
}

impl Query {
    /// An error of the command the query ran, told as the query's: a bad
    /// value given by a key (`--since: ...`) names the key and its line, and
    /// any other names the file.
    pub fn blame(&self, err: Error) -> Error {
        let Error::Usage(message) = err else { return err };
        // The keys whose flags the message names, those `--set` gave first.
        let named: Vec<&str> = KEYS
            .iter()
            .filter(|(k, _, f, _)| {
                f.starts_with("--")
                    && self.table.contains_key(*k)
                    && message.split(|c: char| c.is_whitespace() || c == ':').any(|w| w == *f)
            })
            .map(|(k, ..)| *k)
            .collect();
        let from_set = |k: &str| self.set.iter().any(|(s, _)| s == k);
        if let Some(k) = named.iter().find(|k| from_set(k)).or(named.first()) {
            return bad(self, k, message);
        }
        // A value `--set` gave, named in the message (an id no entity has).
        if let Some((k, v)) = self.set.iter().rev().find(|(_, v)| message.contains(v.as_str())) {
            return Error::Usage(format!("--set {k}={v}: {message}"));
        }
        Error::BadFile { path: self.origin.clone(), message }
    }
}

fn bad(q: &Query, key: &str, message: String) -> Error {
    // A value from the command line is blamed there, not on the file.
    if let Some((_, v)) = q.set.iter().rev().find(|(k, _)| k == key) {
        return Error::Usage(format!("--set {key}={v}: {message}"));
    }
    let line = q
        .text
        .lines()
        .position(|l| {
            let t = l.trim_start();
            t.starts_with(key) && t[key.len()..].trim_start().starts_with('=')
        })
        .map(|i| format!(" (line {})", i + 1))
        .unwrap_or_default();
    Error::BadFile { path: q.origin.clone(), message: format!("key {key:?}{line}: {message}") }
}

impl Query {
    /// Parse a query's text.
    pub fn parse(name: &str, origin: &str, text: &str) -> Result<Query> {
        let table: toml::Table = toml::from_str(text).map_err(|e| Error::BadFile {
            path: origin.to_string(),
            message: format!("not valid TOML: {}", e.to_string().trim().replace('\n', " ")),
        })?;
        Ok(Query { name: name.to_string(), origin: origin.to_string(), text: text.to_string(), table, set: Vec::new() })
    }

    /// Find a query: a path, a shipped name, or a name in `dir`.
    pub fn find(query: &str, dir: Option<&Path>) -> Result<Query> {
        let path = PathBuf::from(query);
        let stem = path.file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_else(|| query.to_string());
        if path.is_file() {
            let text = crate::store::unix_lines::read_text(&path)?;
            return Query::parse(&stem, &path.display().to_string(), &text);
        }
        if let Some(d) = dir {
            if !d.is_dir() {
                return Err(Error::Usage(format!("--queries {}: no such directory", d.display())));
            }
            let p = d.join(format!("{stem}.toml"));
            if p.is_file() {
                let text = crate::store::unix_lines::read_text(&p)?;
                return Query::parse(&stem, &p.display().to_string(), &text);
            }
        }
        if let Some((n, text)) = SHIPPED.iter().find(|(n, _)| *n == stem) {
            return Query::parse(n, &format!("queries/{n}.toml (shipped)"), text);
        }
        let near = nearest(&stem, SHIPPED.iter().map(|(n, _)| *n));
        Err(Error::Usage(format!(
            "no query {query:?}: not a file, nor a shipped query{near}; 'chokepoint run --list' lists them"
        )))
    }

    /// Apply a `key=value` override (the value read as TOML, else as a string).
    pub fn set(&mut self, assignment: &str) -> Result<()> {
        let (k, v) = assignment
            .split_once('=')
            .ok_or_else(|| Error::Usage(format!("--set {assignment:?}: expected key=value, e.g. --set id=E0118")))?;
        let value = toml::from_str::<toml::Table>(&format!("v = {v}"))
            .ok()
            .and_then(|mut t| t.remove("v"))
            .unwrap_or_else(|| toml::Value::String(v.to_string()));
        self.table.insert(k.trim().to_string(), value);
        self.set.push((k.trim().to_string(), v.to_string()));
        Ok(())
    }

    /// Check the query as `run` would (keys, values, selectors, its
    /// description), short of the entity or input that a query may leave to
    /// `--set` (an exposure's or ego diagram's `id`, a score's `input`).
    pub fn check(&self) -> Result<()> {
        let mut q = self.clone();
        let text = |k: &str| q.table.get(k).and_then(|v| v.as_str()).map(str::to_string);
        let left_to_set = match (text("analysis").as_deref(), text("diagram").as_deref()) {
            (Some("exposure"), _) | (Some("dot"), Some("ego")) => Some("id"),
            (Some("score"), _) => Some("input"),
            _ => None,
        };
        if let Some(key) = left_to_set.filter(|k| !q.table.contains_key(*k)) {
            q.table.insert(key.to_string(), toml::Value::String("-".into()));
        }
        q.to_args().map(|_| ())
    }

    /// The description.
    pub fn description(&self) -> String {
        self.table.get("description").and_then(|v| v.as_str()).unwrap_or("").to_string()
    }

    /// Validate and turn into command-line arguments (after the program name).
    pub fn to_args(&self) -> Result<Vec<String>> {
        let q = self;
        let analysis = match q.table.get("analysis") {
            Some(toml::Value::String(a)) if ANALYSES.contains(&a.as_str()) => a.clone(),
            Some(toml::Value::String(a)) => {
                return Err(bad(
                    q,
                    "analysis",
                    format!("unknown analysis {a:?}{}; use one of {}", nearest(a, ANALYSES), ANALYSES.join(", ")),
                ));
            }
            Some(_) => return Err(bad(q, "analysis", "expected a string".into())),
            None => {
                return Err(bad(
                    q,
                    "analysis",
                    format!("missing: say which analysis to run ({})", ANALYSES.join(", ")),
                ));
            }
        };
        if q.table.get("description").and_then(|v| v.as_str()).is_none_or(|d| d.trim().is_empty()) {
            return Err(bad(q, "description", "missing: say in a sentence what the query answers".into()));
        }
        let mut args: Vec<String> = Vec::new();
        let mut positional: Vec<String> = Vec::new();
        let mut global: Vec<String> = Vec::new();
        for (key, value) in &q.table {
            let Some(&(_, ty, flag, analyses)) = KEYS.iter().find(|(k, ..)| k == key) else {
                let names: Vec<&str> = KEYS.iter().map(|k| k.0).collect();
                return Err(bad(
                    q,
                    key,
                    format!("unknown key{}; keys: {}", nearest(key, names.iter().copied()), names.join(", ")),
                ));
            };
            if !analyses.contains(&"*") && !analyses.contains(&analysis.as_str()) {
                return Err(bad(q, key, format!("does not apply to analysis {analysis:?}")));
            }
            let text = match (ty, value) {
                (Ty::Str, toml::Value::String(s)) => s.clone(),
                // An unquoted date (since = 2022-02-24) is a TOML date: take it as written.
                (Ty::Str, toml::Value::Datetime(d)) => d.to_string(),
                (Ty::List, toml::Value::String(s)) => s.clone(),
                (Ty::List, toml::Value::Array(a)) => a
                    .iter()
                    .map(|x| match x {
                        toml::Value::String(s) => Ok(s.clone()),
                        toml::Value::Integer(i) => Ok(i.to_string()),
                        other => Err(bad(q, key, format!("expected strings in the list, found {}", other.type_str()))),
                    })
                    .collect::<Result<Vec<_>>>()?
                    .join(","),
                (Ty::List, toml::Value::Integer(i)) => i.to_string(),
                (Ty::Num, toml::Value::Float(f)) => f.to_string(),
                (Ty::Num | Ty::Int, toml::Value::Integer(i)) if *i >= 0 => i.to_string(),
                (Ty::Bool, toml::Value::Boolean(b)) => b.to_string(),
                (ty, other) => {
                    let want = match ty {
                        Ty::Str => "a string",
                        Ty::List => "a string or a list of strings",
                        Ty::Num => "a non-negative number",
                        Ty::Int => "a non-negative whole number",
                        Ty::Bool => "true or false",
                    };
                    return Err(bad(q, key, format!("expected {want}, found {}", other.type_str())));
                }
            };
            match key.as_str() {
                "description" | "analysis" => {}
                "format" => global.extend(["--format".to_string(), text]),
                "from" | "to" | "remove" => {
                    Selector::parse(&text).map_err(|e| bad(q, key, format!("bad selector: {e}")))?;
                    args.extend([flag.to_string(), text]);
                }
                "id" | "input" => positional.push(text),
                "diagram" => {}
                _ if ty == Ty::Bool => {
                    if value.as_bool() == Some(true) {
                        args.push(flag.to_string());
                    }
                }
                _ => args.extend([flag.to_string(), text]),
            }
        }
        let mut out = global;
        match analysis.as_str() {
            "dot" => {
                let diagram = match q.table.get("diagram").and_then(|v| v.as_str()) {
                    Some(d @ ("ego" | "routes" | "chokepoints" | "dependency")) => d.to_string(),
                    Some(d) => {
                        return Err(bad(
                            q,
                            "diagram",
                            format!("unknown diagram {d:?}; use ego, routes, chokepoints or dependency"),
                        ));
                    }
                    None => {
                        return Err(bad(
                            q,
                            "diagram",
                            "missing: dot needs a diagram (ego, routes, chokepoints, dependency)".into(),
                        ));
                    }
                };
                out.extend(["dot".to_string(), diagram.clone()]);
                if diagram == "ego" && positional.is_empty() {
                    return Err(bad(q, "id", "missing: the ego diagram needs an entity id (--set id=...)".into()));
                }
            }
            a => out.push(a.to_string()),
        }
        if analysis == "exposure" && positional.is_empty() {
            return Err(bad(q, "id", "missing: name the entity, in the file or with --set id=E0118".into()));
        }
        if analysis == "score" && positional.is_empty() {
            return Err(bad(q, "input", "missing: the suppliers file (or -), e.g. --set input=suppliers.csv".into()));
        }
        out.extend(positional);
        out.extend(args);
        Ok(out)
    }
}

/// Every query: shipped ones and those in `dir`.
/// The shipped queries and those of `dir`, with the errors of the files of
/// `dir` that are not valid queries (the others are still listed). A shipped
/// query that one of `dir` of the same name replaces says so.
pub fn list(dir: Option<&Path>) -> Result<(Vec<Query>, Vec<Error>)> {
    let mut out: Vec<Query> = SHIPPED
        .iter()
        .map(|(n, t)| Query::parse(n, &format!("queries/{n}.toml (shipped)"), t))
        .collect::<Result<_>>()?;
    let mut errors = Vec::new();
    if let Some(d) = dir {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(d)
            .map_err(|source| Error::Io { path: d.to_path_buf(), error: source })?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        paths.sort();
        for p in paths {
            match Query::find(&p.display().to_string(), None).and_then(|q| q.check().map(|()| q)) {
                Ok(q) => {
                    if let Some(shipped) = out.iter_mut().find(|s| s.name == q.name && s.origin.ends_with("(shipped)"))
                    {
                        shipped.origin = format!("queries/{}.toml (shipped; {} runs instead)", q.name, q.origin);
                    }
                    out.push(q);
                }
                Err(e) => errors.push(e),
            }
        }
    }
    Ok((out, errors))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_query_is_valid() {
        for (name, text) in SHIPPED {
            let q = Query::parse(name, name, text).unwrap();
            let mut q = q;
            if matches!(q.table.get("analysis").and_then(|v| v.as_str()), Some("exposure")) {
                q.set("id=E0118").unwrap();
            }
            q.to_args().unwrap_or_else(|e| panic!("{name}: {e}"));
        }
    }

    #[test]
    fn a_query_is_the_command_written_down() {
        let q = Query::parse(
            "x",
            "x.toml",
            "description = \"d\"\nanalysis = \"chokepoints\"\ntier = [\"1\", \"2\"]\nplan = 3\nformat = \"csv\"\n",
        )
        .unwrap();
        assert_eq!(q.to_args().unwrap(), ["--format", "csv", "chokepoints", "--plan", "3", "--tier", "1,2"]);
    }

    #[test]
    fn errors_name_the_key_and_line() {
        let q = Query::parse("x", "x.toml", "description = \"d\"\nanalysis = \"routes\"\ntopp = 3\n").unwrap();
        let e = q.to_args().unwrap_err().to_string();
        assert!(e.contains("x.toml: key \"topp\" (line 3): unknown key (did you mean \"top\"?)"), "{e}");
        let q = Query::parse("x", "x.toml", "description = \"d\"\nanalysis = \"routes\"\nk = \"ten\"\n").unwrap();
        assert!(
            q.to_args()
                .unwrap_err()
                .to_string()
                .contains("key \"k\" (line 3): expected a non-negative whole number, found string")
        );
        let q = Query::parse("x", "x.toml", "description = \"d\"\nanalysis = \"rutes\"\n").unwrap();
        assert!(q.to_args().unwrap_err().to_string().contains("unknown analysis \"rutes\" (did you mean \"routes\"?)"));
        let q = Query::parse("x", "x.toml", "description = \"d\"\nanalysis = \"routes\"\nfrom = \"group:nowhere\"\n")
            .unwrap();
        assert!(q.to_args().unwrap_err().to_string().contains("key \"from\" (line 3): bad selector"));
        let mut q = Query::parse("x", "x.toml", "description = \"d\"\nanalysis = \"routes\"\nk = 2\n").unwrap();
        // A bad value given with --set is blamed on --set, not on the file.
        q.set("k=ten").unwrap();
        let e = q.to_args().unwrap_err().to_string();
        assert!(e.contains("--set k=ten: expected a non-negative whole number") && !e.contains("x.toml"), "{e}");
        q.set("k=3").unwrap();
        assert_eq!(q.to_args().unwrap(), ["routes", "--k", "3"]);
        q.set("plan=3").unwrap();
        assert!(q.to_args().unwrap_err().to_string().contains("--set plan=3: does not apply to analysis \"routes\""));
    }
}
