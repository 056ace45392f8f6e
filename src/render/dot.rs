//! DOT diagrams through graphviz-rust's structures and printer: countries as
//! clusters, node shape and colour by kind, listed parties marked, the
//! highlighted chokepoints, edge width by value (log scale) with value and
//! dates as labels, left to right, with a legend. Every id, label and tooltip
//! is escaped, so any name gives valid DOT. `--render` runs Graphviz's `dot`.

use std::collections::BTreeMap;

use graphviz_rust::dot_structures::{Attribute, Edge, EdgeTy, Graph, Id, Node, NodeId, Stmt, Subgraph, Vertex};
use graphviz_rust::printer::PrinterContext;

use crate::error::{Error, Result};
use crate::reference;

/// One node of a diagram.
#[derive(Debug, Clone, Default)]
pub struct DotNode {
    /// Stable id (the entity id, or a summary id).
    pub id: String,
    /// Display name.
    pub name: String,
    /// Entity kind (`manufacturer`, ...), `weapon_system`, or `summary`.
    pub kind: String,
    /// Country code ("" for none: drawn outside the clusters).
    pub country: String,
    /// Lists it is on.
    pub lists: Vec<String>,
    /// Highlighted (a chokepoint, the ego entity).
    pub highlight: bool,
    /// The diagram's subject, never folded (the manufacturers a dependency
    /// diagram ranks); highlighted nodes never are either.
    pub keep: bool,
    /// Value through it, for keeping the largest when there are too many nodes.
    pub weight: f64,
}

/// One edge of a diagram.
#[derive(Debug, Clone, Default)]
pub struct DotEdge {
    /// Tail node id.
    pub from: String,
    /// Head node id.
    pub to: String,
    /// Value, USD (0: not a trade edge).
    pub value: f64,
    /// Date range or other label text.
    pub note: String,
    /// Route ranks that use it.
    pub ranks: Vec<usize>,
    /// In the minimum cut.
    pub cut: bool,
    /// A link (ownership, shared address) rather than trade.
    pub link: Option<String>,
}

/// A diagram before layout.
#[derive(Debug, Clone, Default)]
pub struct Diagram {
    /// Title.
    pub title: String,
    /// Nodes.
    pub nodes: Vec<DotNode>,
    /// Edges.
    pub edges: Vec<DotEdge>,
}

/// A quoted DOT string: backslashes, quotes and line breaks escaped.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' | '\0' => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// An attribute with a quoted value. Graphviz reads `&amp;` and the other
/// HTML entities in labels and tooltips as the characters they name, so every
/// `&` is written as `&amp;`: a name that contains "&amp;" is drawn as written.
fn attr(k: &str, v: &str) -> Attribute {
    Attribute(Id::Plain(k.into()), Id::Escaped(quote(&v.replace('&', "&amp;"))))
}

fn node_id(id: &str) -> NodeId {
    NodeId(Id::Escaped(quote(id)), None)
}

/// Shape and fill colour of a kind.
fn style(kind: &str) -> (&'static str, &'static str) {
    match kind {
        "manufacturer" => ("box", "#cfe2ff"),
        "distributor" => ("box", "#d1e7dd"),
        "trader" => ("ellipse", "#fff3cd"),
        "forwarder" => ("ellipse", "#ffe5d0"),
        "importer" => ("hexagon", "#f8d7da"),
        "end_user" => ("doubleoctagon", "#f1aeb5"),
        "weapon_system" => ("component", "#e2e3e5"),
        "summary" => ("folder", "#f8f9fa"),
        _ => ("oval", "#ffffff"),
    }
}

/// `$1.2M` style money.
pub fn short_money(v: f64) -> String {
    let a = v.abs();
    if a >= 1e9 {
        format!("${:.1}B", v / 1e9)
    } else if a >= 1e6 {
        format!("${:.1}M", v / 1e6)
    } else if a >= 1e3 {
        format!("${:.0}k", v / 1e3)
    } else {
        format!("${v:.0}")
    }
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n { s.to_string() } else { s.chars().take(n - 1).collect::<String>() + "…" }
}

/// Draw at most `max` nodes, summary nodes counted: the highlighted and
/// kept nodes always (more than `max` if they are), then the heaviest, the
/// rest folded into one summary node per country and kind (a group of one
/// stays itself). Returns how many nodes were folded.
pub fn limit(d: &mut Diagram, max: usize) -> usize {
    if d.nodes.len() <= max {
        return 0;
    }
    let pinned = |n: &DotNode| n.highlight || n.keep;
    let mut order: Vec<usize> = (0..d.nodes.len()).collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (&d.nodes[a], &d.nodes[b]);
        pinned(y).cmp(&pinned(x)).then(y.weight.total_cmp(&x.weight)).then(x.id.cmp(&y.id))
    });
    let must = d.nodes.iter().filter(|n| pinned(n)).count();
    // The most nodes kept whose leftovers' groups still fit.
    let group_of = |i: usize| (d.nodes[i].country.clone(), d.nodes[i].kind.clone());
    let mut kept = must;
    for k in (must..=max.min(d.nodes.len())).rev() {
        let mut sizes: BTreeMap<(String, String), usize> = BTreeMap::new();
        for &i in &order[k..] {
            *sizes.entry(group_of(i)).or_default() += 1;
        }
        if k + sizes.len() <= max || k == must {
            kept = k;
            break;
        }
    }
    let mut sizes: BTreeMap<(String, String), usize> = BTreeMap::new();
    for &i in &order[kept..] {
        *sizes.entry(group_of(i)).or_default() += 1;
    }
    let keep: std::collections::HashSet<String> = order
        .iter()
        .enumerate()
        .filter(|&(rank, &i)| rank < kept || sizes[&group_of(i)] == 1)
        .map(|(_, &i)| d.nodes[i].id.clone())
        .collect();
    let mut groups: BTreeMap<(String, String), (usize, f64)> = BTreeMap::new();
    let mut fold: BTreeMap<String, String> = BTreeMap::new();
    for n in &d.nodes {
        if !keep.contains(&n.id) {
            let g = groups.entry((n.country.clone(), n.kind.clone())).or_default();
            g.0 += 1;
            g.1 += n.weight;
            fold.insert(n.id.clone(), format!("more:{}:{}", n.country, n.kind));
        }
    }
    let folded = fold.len();
    d.nodes.retain(|n| keep.contains(&n.id));
    for ((country, kind), (count, value)) in groups {
        let plural =
            if kind == "weapon_system" { "weapon systems".to_string() } else { format!("{}s", kind.replace('_', " ")) };
        let place = if country.is_empty() { String::new() } else { format!(" in {country}") };
        let money =
            if value > 0.0 && kind != "weapon_system" { format!(", {}", short_money(value)) } else { String::new() };
        d.nodes.push(DotNode {
            id: format!("more:{country}:{kind}"),
            name: format!("+{count} more {plural}{place}{money}"),
            kind: "summary".into(),
            country,
            weight: value,
            ..Default::default()
        });
    }
    let mut merged: BTreeMap<(String, String), DotEdge> = BTreeMap::new();
    for mut e in std::mem::take(&mut d.edges) {
        e.from = fold.get(&e.from).cloned().unwrap_or(e.from);
        e.to = fold.get(&e.to).cloned().unwrap_or(e.to);
        if e.from == e.to {
            continue;
        }
        let m = merged.entry((e.from.clone(), e.to.clone())).or_insert_with(|| DotEdge {
            from: e.from.clone(),
            to: e.to.clone(),
            ..Default::default()
        });
        m.value += e.value;
        m.cut |= e.cut;
        m.ranks.extend(e.ranks);
        if m.note.is_empty() {
            m.note = e.note;
        }
        if m.link.is_none() {
            m.link = e.link;
        }
    }
    d.edges = merged.into_values().collect();
    folded
}

/// The diagram as a graphviz-rust graph.
pub fn to_graph(d: &Diagram) -> Graph {
    let mut stmts: Vec<Stmt> = vec![
        Stmt::Attribute(attr("rankdir", "LR")),
        Stmt::Attribute(attr("label", &d.title)),
        Stmt::Attribute(attr("labelloc", "t")),
        Stmt::Attribute(attr("fontname", "Helvetica")),
        Stmt::Attribute(attr("newrank", "true")),
    ];
    stmts.push(Stmt::GAttribute(graphviz_rust::dot_structures::GraphAttributes::Node(vec![
        attr("fontname", "Helvetica"),
        attr("fontsize", "10"),
        attr("style", "filled"),
    ])));
    stmts.push(Stmt::GAttribute(graphviz_rust::dot_structures::GraphAttributes::Edge(vec![
        attr("fontname", "Helvetica"),
        attr("fontsize", "8"),
    ])));
    let mut by_country: BTreeMap<&str, Vec<&DotNode>> = BTreeMap::new();
    for n in &d.nodes {
        by_country.entry(n.country.as_str()).or_default().push(n);
    }
    for (country, nodes) in by_country {
        let node_stmts: Vec<Stmt> = nodes.iter().map(|n| Stmt::Node(dot_node(n))).collect();
        if country.is_empty() {
            stmts.extend(node_stmts);
            continue;
        }
        let name = reference::country(country).map_or(country.to_string(), |c| format!("{} ({country})", c.name));
        let mut sub = vec![
            Stmt::Attribute(attr("label", &name)),
            Stmt::Attribute(attr("style", "rounded,dashed")),
            Stmt::Attribute(attr("color", "#888888")),
        ];
        sub.extend(node_stmts);
        stmts.push(Stmt::Subgraph(Subgraph { id: Id::Escaped(quote(&format!("cluster_{country}"))), stmts: sub }));
    }
    // Width 1 to 5 on a log scale from the smallest value drawn to the
    // largest, so that a $3k link and a $14M one look apart.
    let values = d.edges.iter().map(|e| e.value).filter(|v| *v > 0.0);
    let (lo, hi) = values.fold((f64::MAX, 0.0_f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    for e in &d.edges {
        let mut attrs = Vec::new();
        if e.value > 0.0 {
            let width = if hi > lo { 1.0 + 4.0 * ((e.value / lo).ln() / (hi / lo).ln()).clamp(0.0, 1.0) } else { 3.0 };
            attrs.push(attr("penwidth", &format!("{width:.2}")));
        }
        let mut label = Vec::new();
        if !e.ranks.is_empty() {
            let mut r = e.ranks.clone();
            r.sort_unstable();
            r.dedup();
            label.push(format!("#{}", r.iter().map(usize::to_string).collect::<Vec<_>>().join(",#")));
        }
        if e.value > 0.0 {
            label.push(short_money(e.value));
        }
        if !e.note.is_empty() {
            label.push(e.note.clone());
        }
        if let Some(rel) = &e.link {
            label.push(rel.replace('_', " "));
            attrs.push(attr("style", "dotted"));
            attrs.push(attr("arrowhead", "none"));
        }
        if e.cut {
            label.push("min cut".into());
            attrs.push(attr("color", "#d62728"));
            attrs.push(attr("style", "dashed"));
        }
        attrs.push(attr("label", &label.join("\n")));
        attrs.push(attr("tooltip", &format!("{} -> {}: {}", e.from, e.to, label.join(", "))));
        stmts.push(Stmt::Edge(Edge {
            ty: EdgeTy::Pair(Vertex::N(node_id(&e.from)), Vertex::N(node_id(&e.to))),
            attributes: attrs,
        }));
    }
    stmts.push(Stmt::Subgraph(legend()));
    Graph::DiGraph { id: Id::Plain("chokepoint".into()), strict: false, stmts }
}

fn dot_node(n: &DotNode) -> Node {
    let (shape, fill) = style(&n.kind);
    let mut label = format!("{}\n{}", truncate(&n.name, 40), n.id);
    if n.kind == "summary" || n.kind == "weapon_system" {
        label = truncate(&n.name, 48);
    }
    if !n.lists.is_empty() {
        label.push_str("\nLISTED");
    }
    let mut attrs = vec![attr("shape", shape), attr("fillcolor", fill), attr("label", &label)];
    let kind = n.kind.replace('_', " ");
    let mut tooltip = match (n.kind.as_str(), n.country.as_str()) {
        // A weapon system's id is its name: said once.
        ("weapon_system", _) => format!("{} ({kind})", n.name),
        (_, "") => format!("{} {} ({kind})", n.id, n.name),
        (_, country) => format!("{} {} ({kind}, {country})", n.id, n.name),
    };
    if !n.lists.is_empty() {
        attrs.push(attr("color", "#d62728"));
        attrs.push(attr("penwidth", "3"));
        tooltip.push_str(&format!("; listed: {}", n.lists.join(", ")));
    }
    if n.highlight {
        attrs.push(attr("fillcolor", "#ffd43b"));
        attrs.push(attr("peripheries", "2"));
        attrs.push(attr("style", "filled,bold"));
    }
    attrs.push(attr("tooltip", &tooltip));
    Node::new(node_id(&n.id), attrs)
}

fn legend() -> Subgraph {
    let mut stmts = vec![
        Stmt::Attribute(attr("label", "Legend")),
        Stmt::Attribute(attr("style", "rounded")),
        Stmt::Attribute(attr("fontsize", "10")),
    ];
    let kinds = ["manufacturer", "distributor", "trader", "forwarder", "importer", "end_user"];
    for k in kinds {
        let (shape, fill) = style(k);
        stmts.push(Stmt::Node(Node::new(
            node_id(&format!("legend:{k}")),
            vec![attr("shape", shape), attr("fillcolor", fill), attr("label", &k.replace('_', " "))],
        )));
    }
    stmts.push(Stmt::Node(Node::new(
        node_id("legend:listed"),
        vec![
            attr("shape", "box"),
            attr("fillcolor", "#ffffff"),
            attr("color", "#d62728"),
            attr("penwidth", "3"),
            attr("label", "listed party"),
        ],
    )));
    stmts.push(Stmt::Node(Node::new(
        node_id("legend:chokepoint"),
        vec![attr("shape", "box"), attr("fillcolor", "#ffd43b"), attr("peripheries", "2"), attr("label", "chokepoint")],
    )));
    Subgraph { id: Id::Escaped(quote("cluster_legend")), stmts }
}

/// DOT text.
pub fn to_dot(d: &Diagram) -> String {
    graphviz_rust::print(to_graph(d), &mut PrinterContext::default())
}

/// Picture formats Graphviz renders.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Picture {
    /// Scalable vector graphics.
    Svg,
    /// Portable network graphics.
    Png,
    /// Portable document format.
    Pdf,
}

/// A picture from Graphviz, with the warnings it wrote (one per line).
#[derive(Debug, Clone)]
pub struct Rendered {
    /// The picture's bytes.
    pub bytes: Vec<u8>,
    /// Graphviz's own warnings, such as a picture scaled down to fit its size limit.
    pub warnings: Vec<String>,
}

/// Render through Graphviz's `dot` (or `sfdp` for large graphs). The DOT text
/// goes in on standard input; what Graphviz writes to its standard error is
/// kept as warnings when it succeeds and is the message when it fails.
pub fn render(d: &Diagram, picture: Picture, sfdp: bool) -> Result<Rendered> {
    use std::io::Write;
    use std::process::{Command, Stdio};

    let format = match picture {
        Picture::Svg => "-Tsvg",
        Picture::Png => "-Tpng",
        Picture::Pdf => "-Tpdf",
    };
    let mut command = Command::new("dot");
    command.arg(format);
    if sfdp {
        command.arg("-Ksfdp");
    }
    let failed = |message: String| Error::BadFile { path: "dot".into(), message };
    let mut child =
        command.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                failed(
                    "Graphviz's dot program is not installed; install it (e.g. 'apt-get install graphviz', \
                     'brew install graphviz') or leave out --render to get DOT text"
                        .into(),
                )
            } else {
                failed(format!("could not run Graphviz's dot program: {e}"))
            }
        })?;
    let text = to_dot(d);
    let mut stdin = child.stdin.take().expect("standard input is piped");
    // Written from a thread so that a large picture on standard output cannot
    // block Graphviz while it is still being given its input.
    let writer = std::thread::spawn(move || stdin.write_all(text.as_bytes()));
    let output = child.wait_with_output().map_err(|e| failed(format!("Graphviz failed: {e}")))?;
    let written = writer.join().unwrap_or(Ok(()));
    let stderr = String::from_utf8_lossy(&output.stderr);
    let lines: Vec<String> = stderr.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect();
    if !output.status.success() {
        let why = if lines.is_empty() { output.status.to_string() } else { lines.join("; ") };
        return Err(failed(format!("Graphviz failed: {why}")));
    }
    written.map_err(|e| failed(format!("could not give Graphviz the diagram: {e}")))?;
    Ok(Rendered { bytes: output.stdout, warnings: lines })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hostile() -> Diagram {
        let names = [
            "Quote \" Ltd",
            "Back\\slash \\N \\l GmbH",
            "Line\nbreak",
            "<b>HTML</b> & {braces} [x]",
            "ООО «Ромашка»",
            "深圳市淼翎电子科技有限公司",
            &"Very long name ".repeat(20),
        ];
        let mut d = Diagram { title: "hostile \"title\"".into(), ..Default::default() };
        for (i, n) in names.iter().enumerate() {
            d.nodes.push(DotNode {
                id: format!("id \"{i}\" {{}}"),
                name: n.to_string(),
                kind: "trader".into(),
                country: if i % 2 == 0 { "HK".into() } else { "RU".into() },
                lists: vec!["US-EL".into()],
                ..Default::default()
            });
        }
        d.edges.push(DotEdge {
            from: d.nodes[0].id.clone(),
            to: d.nodes[1].id.clone(),
            value: 1e6,
            note: "a\"b".into(),
            ..Default::default()
        });
        d
    }

    #[test]
    fn hostile_names_give_dot_that_parses_back() {
        let text = to_dot(&hostile());
        let parsed = graphviz_rust::parse(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
        let again = graphviz_rust::print(parsed, &mut PrinterContext::default());
        assert!(again.contains("cluster_HK") && again.contains("cluster_RU"));
        assert!(text.contains(r#""Quote \" Ltd"#), "{text}");
        assert!(text.contains(r#"Back\\slash \\N \\l GmbH"#), "{text}");
        assert!(text.contains("<b>HTML</b> &amp; {braces}"), "{text}");
    }

    #[test]
    fn an_entity_in_a_name_is_drawn_as_written() {
        let d = Diagram {
            nodes: vec![DotNode { id: "A&amp;B".into(), name: "Smith &amp; Sons".into(), ..Default::default() }],
            ..Default::default()
        };
        let text = to_dot(&d);
        // The label escapes its ampersand; the node id is left as it is.
        assert!(text.contains("Smith &amp;amp; Sons"), "{text}");
        assert!(text.contains("\"A&amp;B\""), "{text}");
        if std::process::Command::new("dot").arg("-V").output().is_err() {
            eprintln!("skipped the SVG check: Graphviz's dot program is not installed");
            return;
        }
        let svg = String::from_utf8(render(&d, Picture::Svg, false).unwrap().bytes).unwrap();
        // SVG escapes '&' once: the label reads "Smith &amp; Sons" on screen.
        assert!(svg.contains("Smith &amp;amp; Sons"), "{svg}");
    }

    #[test]
    fn graphviz_warnings_are_kept() {
        if std::process::Command::new("dot").arg("-V").output().is_err() {
            eprintln!("skipped: Graphviz's dot program is not installed");
            return;
        }
        // A label far wider than a bitmap may be (names are cut at 40
        // characters, ids are not): Graphviz scales the picture down and says
        // so on its standard error.
        let d = Diagram { nodes: vec![DotNode { id: "W".repeat(8000), ..Default::default() }], ..Default::default() };
        let png = render(&d, Picture::Png, false).unwrap();
        assert!(png.bytes.starts_with(b"\x89PNG"));
        assert!(png.warnings.iter().any(|w| w.contains("too large")), "{:?}", png.warnings);
        // A small diagram draws without a warning.
        let d = Diagram { nodes: vec![DotNode { id: "A".into(), ..Default::default() }], ..Default::default() };
        assert_eq!(render(&d, Picture::Svg, false).unwrap().warnings, Vec::<String>::new());
    }

    #[test]
    fn too_many_nodes_fold_into_summaries() {
        let mut d = Diagram::default();
        for i in 0..10 {
            d.nodes.push(DotNode {
                id: format!("N{i}"),
                name: format!("N{i}"),
                kind: "trader".into(),
                country: "CN".into(),
                weight: i as f64,
                ..Default::default()
            });
            d.edges.push(DotEdge { from: format!("N{i}"), to: "N9".into(), value: 10.0, ..Default::default() });
        }
        // Four nodes in all: the three heaviest and one summary of the rest.
        assert_eq!(limit(&mut d, 4), 7);
        assert_eq!(d.nodes.len(), 4);
        let summary = d.nodes.iter().find(|n| n.kind == "summary").unwrap();
        assert_eq!(summary.name, "+7 more traders in CN, $21");
        let into_n9: f64 = d.edges.iter().filter(|e| e.to == "N9").map(|e| e.value).sum();
        // Seven folded senders (70) and N7-N8 (20) keep their value; N9's own loop is dropped.
        assert_eq!(into_n9, 90.0);
    }

    #[test]
    fn highlighted_and_kept_nodes_are_never_folded_and_one_is_not_a_group() {
        let node = |i: usize, country: &str| DotNode {
            id: format!("N{i}"),
            kind: "trader".into(),
            country: country.into(),
            weight: i as f64,
            highlight: i < 3,
            keep: i == 3,
            ..Default::default()
        };
        // Four pinned (N0-N3, light), three CN and one lone HK trader.
        let mut d =
            Diagram { nodes: (0..7).map(|i| node(i, "CN")).chain([node(7, "HK")]).collect(), ..Default::default() };
        assert_eq!(limit(&mut d, 5), 3);
        let ids: Vec<&str> = d.nodes.iter().map(|n| n.id.as_str()).collect();
        // N7 (heaviest) is kept; N4-N6 fold into one CN summary; 6 nodes, as
        // few as the pinned four allow (four plus the summary and N7's HK group).
        assert_eq!(ids, ["N0", "N1", "N2", "N3", "N7", "more:CN:trader"]);
        // More pinned than max: every other node is folded.
        let mut d = Diagram { nodes: (0..7).map(|i| node(i, "CN")).collect(), ..Default::default() };
        assert_eq!(limit(&mut d, 2), 3);
        assert_eq!(d.nodes.len(), 5);
        // Fewer pinned than max: a lone member of its group is drawn as itself.
        let mut d =
            Diagram { nodes: (3..7).map(|i| node(i, "CN")).chain([node(7, "HK")]).collect(), ..Default::default() };
        assert_eq!(limit(&mut d, 3), 3);
        let ids: Vec<&str> = d.nodes.iter().map(|n| n.id.as_str()).collect();
        assert_eq!(ids, ["N3", "N7", "more:CN:trader"]);
    }
}
