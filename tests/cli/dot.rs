//! `chokepoint dot`: every diagram on the demo parses back and carries what
//! it should; hostile names give valid DOT; rendering through Graphviz where
//! `dot` is installed (CI installs it).

use crate::util::{Workdir, fixture, stderr, stdout};

fn dot_installed() -> bool {
    std::process::Command::new("dot").arg("-V").output().map(|o| o.status.success()).unwrap_or(false)
}

/// Graphviz's SVG starts with a DOCTYPE.
fn xml_options<'a>() -> roxmltree::ParsingOptions<'a> {
    roxmltree::ParsingOptions { allow_dtd: true, ..Default::default() }
}

fn diagram(wd: &Workdir, args: &[&str]) -> String {
    let out = wd.cmd(["dot"]).args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    let text = stdout(&out);
    graphviz_rust::parse(&text).unwrap_or_else(|e| panic!("{args:?} does not parse back: {e}"));
    text
}

/// The DOT statement of one node.
fn node_line<'a>(dot: &'a str, id: &str) -> &'a str {
    dot.lines().find(|s| s.trim_start().starts_with(&format!("\"{id}\"["))).unwrap_or_else(|| panic!("no node {id}"))
}

#[test]
fn chokepoints_diagram_highlights_the_planted_chokepoints() {
    let wd = Workdir::new();
    let dot = diagram(&wd, &["chokepoints", "--top", "3"]);
    for id in ["E0073", "E0118", "E0119"] {
        assert!(node_line(&dot, id).contains("fillcolor=\"#ffd43b\""), "{id} highlighted");
    }
    assert!(dot.contains("subgraph \"cluster_NL\"") && dot.contains("label=\"Netherlands (NL)\""));
    assert!(dot.contains("min cut"), "minimum cut edges are marked");
    assert!(dot.contains("rankdir=\"LR\"") && dot.contains("cluster_legend"));
    // E0119 is listed: red border, lists in the tooltip.
    let e0119 = node_line(&dot, "E0119");
    assert!(e0119.contains("penwidth=\"3\"") && e0119.contains("listed: UK, US-EL"), "{e0119}");
}

#[test]
fn ego_routes_and_dependency_diagrams() {
    let wd = Workdir::new();
    let ego = diagram(&wd, &["ego", "E0122", "--depth", "1"]);
    assert!(node_line(&ego, "E0122").contains("#ffd43b"));
    assert!(ego.contains("shares address"), "links are drawn");
    let routes = diagram(&wd, &["routes", "--k", "2"]);
    assert!(routes.contains("#1") && routes.contains("#2"), "edges carry route ranks");
    assert!(routes.contains("\"E0074\" -> \"E0118\""));
    let dep = diagram(&wd, &["dependency"]);
    assert!(dep.contains("\"ws:Kvestor-3 loitering munition\""));
    assert!(node_line(&dep, "E0002").contains("#ffd43b"), "greedy cover highlighted");
}

#[test]
fn max_nodes_folds_and_says_so() {
    let wd = Workdir::new();
    let out = wd.cmd(["dot", "ego", "E0118", "--max-nodes", "20"]).output().unwrap();
    assert!(out.status.success());
    assert!(stderr(&out).contains("folded into summary nodes"), "{}", stderr(&out));
    let text = stdout(&out);
    graphviz_rust::parse(&text).unwrap();
    assert!(text.contains("more end users in RU") || text.contains("more importers in RU"), "{text}");
    assert!(node_line(&text, "E0118").contains("#ffd43b"), "the ego entity is never folded");
    // The dependency diagram keeps its subject, the ranked manufacturers, and
    // folds weapon systems; summary nodes count towards --max-nodes.
    let out = wd.cmd(["dot", "dependency", "--max-nodes", "20"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let nodes: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with('"') && !l.starts_with("\"legend:") && !l.contains("->"))
        .collect();
    assert_eq!(nodes.len(), 20, "{text}");
    let makers = nodes.iter().filter(|l| l.contains("shape=\"box\"")).count();
    assert_eq!(makers, 15, "{text}");
    assert!(text.contains("label=\"+16 more weapon systems\""), "{text}");
    assert!(!text.contains("more manufacturers"), "{text}");
    assert!(text.contains("The 15 manufacturers found in the most weapon systems, and the 20 of 20 systems"), "{text}");
    let out = wd.cmd(["dot", "ego", "E0118", "--max-nodes", "0"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = wd.cmd(["dot", "ego", "E0118", "--format", "json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    // Edge widths span 1 to 5 from the smallest link drawn to the largest.
    let text = stdout(&wd.cmd(["dot", "ego", "E0122"]).output().unwrap());
    let widths: Vec<f64> = text
        .split("penwidth=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next()?.parse().ok())
        .filter(|w| *w != 3.0)
        .collect();
    let (lo, hi) = widths.iter().fold((f64::MAX, 0.0_f64), |(l, h), w| (l.min(*w), h.max(*w)));
    assert_eq!((lo, hi), (1.0, 5.0), "{widths:?}");
}

#[test]
fn hostile_names_give_dot_that_graphviz_accepts() {
    let wd = Workdir::new();
    wd.cmd(["-q", "import", "--db", "h.db"]).arg(fixture("hostile")).assert().success();
    let dot = diagram(&wd, &["--db", "h.db", "ego", "H2", "--depth", "3"]);
    assert!(dot.contains(r#"Quote \"Double\" Ltd"#), "{dot}");
    if !dot_installed() {
        eprintln!(
            "skipping the Graphviz half of hostile_names: Graphviz's dot is not installed (apt-get install graphviz)"
        );
        return;
    }
    let out = wd.cmd(["--db", "h.db", "dot", "ego", "H2", "--depth", "3", "--render", "svg"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let svg = stdout(&out);
    roxmltree::Document::parse_with_options(&svg, xml_options()).expect("well-formed SVG");
    assert!(svg.contains("<title>H2</title>"));
}

#[test]
fn render_svg_where_graphviz_is_installed() {
    let wd = Workdir::new();
    if !dot_installed() {
        eprintln!("skipping render_svg: Graphviz's dot is not installed (apt-get install graphviz)");
        return;
    }
    let out = wd.cmd(["dot", "chokepoints", "--top", "3", "--render", "svg", "-o", "c.svg"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let svg = std::fs::read_to_string(wd.path("c.svg")).unwrap();
    let doc = roxmltree::Document::parse_with_options(&svg, xml_options()).expect("well-formed SVG");
    let titles: Vec<&str> = doc.descendants().filter(|n| n.has_tag_name("title")).filter_map(|n| n.text()).collect();
    for id in ["E0073", "E0118", "E0119"] {
        assert!(titles.contains(&id), "{id} in {titles:?}");
    }
}

#[test]
fn missing_graphviz_is_a_clear_error() {
    let wd = Workdir::new();
    let out = wd.cmd(["dot", "routes", "--render", "svg"]).env("PATH", wd.path("")).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("Graphviz's dot program is not installed; install it (e.g. 'apt-get install graphviz'")
    );
}
