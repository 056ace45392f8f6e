"""Compute with networkx what chokepoint computes, for the cross-check test.

Usage: networkx_check.py EDGES.csv SOURCES.txt TARGETS.txt OUT.json [PAIRS.txt]

EDGES.csv is `chokepoint view --format csv` (exporter_id, importer_id, value,
..., weight); SOURCES.txt and TARGETS.txt hold one entity id per line.
Writes JSON: subset betweenness by hops and by route weight, the S-T maximum
flow (capacities in integer cents), the minimum vertex cut size (None when a
source trades directly with a target), and the immediate dominators from a
super-source joined to every source; with PAIRS.txt ("source target" per
line), the weights of the 10 shortest simple paths between each pair by
route weight (`shortest_simple_paths`).
"""

import csv
import itertools
import json
import sys

import networkx as nx


def main(edges_path, sources_path, targets_path, out_path, pairs_path=None):
    G = nx.DiGraph()
    with open(edges_path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            G.add_edge(
                row["exporter_id"],
                row["importer_id"],
                cents=round(float(row["value"]) * 100),
                weight=float(row["weight"]),
            )
    S = [l.strip() for l in open(sources_path, encoding="utf-8") if l.strip()]
    T = [l.strip() for l in open(targets_path, encoding="utf-8") if l.strip()]
    T = [t for t in T if t not in set(S)]

    hops = nx.betweenness_centrality_subset(G, S, T, normalized=False)
    weighted = nx.betweenness_centrality_subset(G, S, T, normalized=False, weight="weight")

    F = nx.DiGraph()
    F.add_edges_from((u, v, {"capacity": d["cents"]}) for u, v, d in G.edges(data=True))
    F.add_edges_from(("__S__", s) for s in S)  # no capacity: unbounded
    F.add_edges_from((t, "__T__") for t in T)
    flow = nx.maximum_flow_value(F, "__S__", "__T__")

    direct = any(G.has_edge(s, t) for s in S for t in T)
    if direct:
        cut_size = None
    else:
        H = nx.DiGraph(G.edges())
        H.add_edges_from(("__S__", s) for s in S)
        H.add_edges_from((t, "__T__") for t in T)
        # Sources and targets may not be cut: contract them into the terminals.
        C = nx.DiGraph()
        rename = {**{s: "__S__" for s in S}, **{t: "__T__" for t in T}}
        for u, v in H.edges():
            a, b = rename.get(u, u), rename.get(v, v)
            if a != b:
                C.add_edge(a, b)
        cut_size = len(nx.minimum_node_cut(C, "__S__", "__T__"))

    D = nx.DiGraph(G.edges())
    D.add_edges_from(("__ROOT__", s) for s in S)
    idom = nx.immediate_dominators(D, "__ROOT__")

    routes = {}
    if pairs_path:
        for line in open(pairs_path, encoding="utf-8"):
            s, t = line.split()
            paths = itertools.islice(nx.shortest_simple_paths(G, s, t, weight="weight"), 10)
            routes[f"{s} {t}"] = [nx.path_weight(G, p, weight="weight") for p in paths]

    json.dump(
        {
            "routes": routes,
            "betweenness": hops,
            "betweenness_weighted": weighted,
            "max_flow_cents": flow,
            "min_vertex_cut_size": cut_size,
            "idom": {k: v for k, v in idom.items() if k != "__ROOT__"},
        },
        open(out_path, "w", encoding="utf-8"),
    )


if __name__ == "__main__":
    main(*sys.argv[1:6])
