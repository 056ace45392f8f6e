#!/usr/bin/env python3
"""Peer benchmark: chokepoint's graph algorithms against networkx and python-igraph.

What it measures
----------------
The same work chokepoint does on a database, done by networkx and by
python-igraph on the same aggregated trade graph, timed side by side with
`chokepoint bench`:

  max_flow                S-T maximum flow through a super-source joined to every
                          source and a super-sink joined from every target;
                          capacities are the aggregated values in integer cents,
                          round(value * 100) (networkx `maximum_flow_value`,
                          preflow-push; igraph `maxflow_value`).
  max_flow+min_edge_cut   the flow and a minimum edge cut (networkx `minimum_cut`;
                          igraph `maxflow`, whose Flow carries the cut). chokepoint
                          times the two separately; the table adds them.
  min_vertex_cut          fewest intermediate entities (not sources, not targets)
                          whose removal separates S from T, by node splitting: every
                          node v becomes v_in -> v_out with capacity 1 (sources and
                          targets: "infinite", n + 1), every edge "infinite";
                          networkx `minimum_cut` and igraph `maxflow` on the split
                          graph. When a source trades directly with a target there
                          is no vertex cut (reported as None, as chokepoint does).
  dominators              immediate dominators from a super-root joined to every
                          source (networkx `immediate_dominators`, igraph
                          `Graph.dominator(root, mode="out")`), then the number of
                          entities that dominate at least one target other than
                          themselves (chokepoint's `dominating_nodes`).
  betweenness_hops        source-target subset betweenness (Brandes), unnormalised,
  betweenness_likelihood  by hops and by the route weight -ln(value / value out of
                          the exporter), taken from `chokepoint view` so that both
                          sides use identical weights. igraph:
                          `Graph.betweenness(directed=True, weights=..., sources=S,
                          targets=T)`; networkx: `betweenness_centrality_subset(G, S,
                          T, normalized=False, weight=...)`, which is far too slow on a
                          large graph: it is timed on the first 100 sources and
                          extrapolated linearly to all of them (marked "~"). chokepoint
                          is also run on those 100 sources, so that a like-for-like
                          row (and result check) exists for all three.
  k_shortest_paths        the 10 shortest (most likely) simple paths by route weight
                          between one pair (Yen): igraph `get_k_shortest_paths`,
                          networkx `shortest_simple_paths`. The pair is deterministic:
                          the source with the largest value out, and the target
                          reachable from it with the largest value in (ties: the
                          earlier entity in the view). chokepoint has no such task in
                          `bench` yet; the pair's ids are printed so that it can be
                          timed on the same pair.

igraph rejects zero weights in betweenness ("Edge weights must be positive"),
and an edge out of an exporter with a single customer has route weight
-ln(1) = 0. For igraph's weighted betweenness those zeros are replaced by
1e-12, far below the smallest positive route weight and below igraph's
path-length tie tolerance (relative 1e-10), so paths that tie in chokepoint
and networkx still tie in igraph; igraph's warning about it is silenced. Its
weighted result is therefore compared with a small tolerance (igraph also
treats as ties path lengths within its tolerance, chokepoint and networkx
only exactly equal ones). Everything else is compared exactly.

Which times are comparable: every peer time covers the algorithm call and
the reading of its result only; building the graphs (shown separately, from
the exported CSV) is not in them, nor is chokepoint's building of its flow
networks (`bench` times that apart, as `s_t_setup`). chokepoint runs on all
threads and again with RAYON_NUM_THREADS=1 (networkx and igraph run on one
thread). igraph's betweenness is the median of --betweenness-runs runs (one
by default). The other tasks are the median of --runs runs on both sides.
Any task whose runs take under half a second in all runs more times, until
half a second is timed (up to 1,000 runs), on both sides, so that the
medians of fast tasks are not those of a few runs with cold caches,
except that a peer task whose first run takes longer than --once-above
seconds is run once. "best peer / chokepoint" is the fastest peer's time divided by
chokepoint's: above 1, chokepoint is faster.

Results (flow value, cut sizes, dominator count, betweenness sums, path
lengths) are printed for every side; any disagreement is printed as
"DISAGREEMENT" and makes the script exit with status 1.

How to run
----------
    pip install networkx igraph
    python3 benches/peers/peers.py --db network.db \
        [--chokepoint target/release/chokepoint] [--runs 3] [--skip-slow] \
        [--json timings.json]

On a network of 100,000 entities and 1,000,000 shipments this takes a long
while (tens of minutes; networkx betweenness on 100 sources alone takes
minutes): `--skip-slow` leaves out networkx betweenness. Run it on an
otherwise idle machine: it runs one heavy thing at a time, but chokepoint's
betweenness uses every core.

Needs: Python 3.9+, networkx (3.x) and igraph (python-igraph 0.10+) from
PyPI, and a built chokepoint binary. The database is only read.
"""

from __future__ import annotations

import argparse
import csv
import gc
import hashlib
import itertools
import json
import math
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
import warnings
from dataclasses import dataclass, field

try:
    import igraph
    import networkx as nx
except ImportError as e:  # pragma: no cover
    sys.exit(f"peers.py needs networkx and igraph: pip install networkx igraph ({e})")

SOURCES = "kind:manufacturer+group:gecc"
TARGETS = "listed+group:target,end_user+group:target"
BETWEENNESS_SAMPLE = 100  # sources networkx betweenness is timed on
K_PATHS = 10
IGRAPH_ZERO_WEIGHT = 1e-12  # stands for a route weight of 0 in igraph betweenness
WEIGHTED_RTOL = 1e-6  # tolerance of the weighted betweenness comparison with igraph


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------
# Export through chokepoint
# --------------------------------------------------------------------------


def run_binary(binary: str, args: list[str], env: dict | None = None) -> str:
    proc = subprocess.run([binary, *args], capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        sys.exit(f"chokepoint {' '.join(args[:4])}... failed ({proc.returncode}):\n{proc.stderr}")
    return proc.stdout


def cents(value: float) -> int:
    """USD to integer cents as chokepoint rounds them: half away from zero."""
    x = value * 100.0
    f = math.floor(x)
    return int(f) + (1 if x - f >= 0.5 else 0)


@dataclass
class Network:
    """The aggregated view with node indices in chokepoint's order."""

    ids: list[str]
    edges: list[tuple[int, int]]
    values: list[float]
    weights: list[float]
    sources: list[int]
    targets: list[int]
    targets_in_sources: int = 0
    caps: list[int] = field(default_factory=list)
    value_out: list[float] = field(default_factory=list)
    value_in: list[float] = field(default_factory=list)

    @property
    def n(self) -> int:
        return len(self.ids)


def export(binary: str, db: str, tmp: str) -> Network:
    """Write the view and the S/T selections to `tmp` and read them back."""
    files = {}
    for name, args in [
        ("view", ["view"]),
        ("sources", ["select", SOURCES]),
        ("targets", ["select", TARGETS]),
    ]:
        path = os.path.join(tmp, f"{name}.csv")
        with open(path, "w") as f:
            f.write(run_binary(binary, ["--db", db, "--format", "csv", "-q", *args]))
        files[name] = path
    index: dict[str, int] = {}
    ids: list[str] = []
    edges, values, weights = [], [], []

    def node(key: str) -> int:
        i = index.get(key)
        if i is None:
            i = index[key] = len(ids)
            ids.append(key)
        return i

    # Nodes numbered by first appearance, exporter before importer, in the
    # view's edge order: this is chokepoint's own node order.
    with open(files["view"], newline="") as f:
        for r in csv.DictReader(f):
            u, v = node(r["exporter_id"]), node(r["importer_id"])
            edges.append((u, v))
            values.append(float(r["value"]))
            weights.append(float(r["weight"]))

    def selected(path: str) -> list[int]:
        with open(path, newline="") as f:
            return [index[r["id"]] for r in csv.DictReader(f) if r["id"] in index]

    sources = sorted(set(selected(files["sources"])))
    in_s = set(sources)
    all_targets = sorted(set(selected(files["targets"])))
    targets = [t for t in all_targets if t not in in_s]
    net = Network(ids, edges, values, weights, sources, targets, len(all_targets) - len(targets))
    net.caps = [cents(x) for x in values]
    net.value_out = [0.0] * net.n
    net.value_in = [0.0] * net.n
    for (u, v), x in zip(edges, values):
        net.value_out[u] += x
        net.value_in[v] += x
    return net


# --------------------------------------------------------------------------
# Timing
# --------------------------------------------------------------------------


@dataclass
class Timing:
    seconds: float
    runs: list[float]
    result: object = None
    extrapolated: bool = False
    note: str = ""

    def as_json(self) -> dict:
        out = {"seconds": self.seconds, "runs": self.runs, "extrapolated": self.extrapolated}
        if self.note:
            out["note"] = self.note
        return out


# A fast task runs more than --runs times, until this many seconds have been
# timed (at most MAX_RUNS runs), as `chokepoint bench` does, so that its
# median is not that of a few runs with cold caches.
MIN_TIMED = 0.5
MAX_RUNS = 1000


def measure(fn, runs: int, once_above: float) -> Timing:
    """Median of at least `runs` runs (the upper median, as chokepoint bench;
    more for fast tasks, see MIN_TIMED), or one run when the first takes
    longer than `once_above` seconds."""
    times, result = [], None
    while len(times) < max(1, runs) or (sum(times) < MIN_TIMED and len(times) < MAX_RUNS):
        gc.collect()
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
        if len(times) == 1 and times[0] > once_above:
            break
    return Timing(sorted(times)[len(times) // 2], times, result)


# --------------------------------------------------------------------------
# Graphs
# --------------------------------------------------------------------------


@dataclass
class Graphs:
    nx_plain: nx.DiGraph
    ig_plain: igraph.Graph
    nx_flow: nx.DiGraph  # plus super-source n and super-sink n + 1
    ig_flow: igraph.Graph
    ig_flow_caps: list[float]
    nx_split: nx.DiGraph  # v_in = v, v_out = n + v, super-source 2n, super-sink 2n + 1
    ig_split: igraph.Graph
    ig_split_caps: list[float]
    big: int  # "infinite" capacity of the value network
    unit_inf: int  # "infinite" capacity of the unit (split) network
    build_seconds: dict


def build_graphs(net: Network) -> Graphs:
    n, S, T = net.n, net.sources, net.targets
    secs = {}
    # Value network: the flow edges as chokepoint adds them (edges, then
    # super-source -> S, then T -> super-sink), "infinite" = sum + 1 as it does.
    big = sum(net.caps) + 1
    if big >= 2**53:
        log(f"warning: total capacity {big} exceeds 2^53: igraph's float capacities are not exact")
    src, snk = n, n + 1
    flow_edges = (
        [(u, v, c) for (u, v), c in zip(net.edges, net.caps)]
        + [(src, s, big) for s in S]
        + [(t, snk, big) for t in T]
    )
    # Unit network for the vertex cut, edge for edge as chokepoint builds it.
    unit_inf = n + 1
    terminal = set(S) | set(T)
    ssrc, ssnk = 2 * n, 2 * n + 1
    split_edges = (
        [(v, n + v, unit_inf if v in terminal else 1) for v in range(n)]
        + [(n + u, v, unit_inf) for u, v in net.edges]
        + [(ssrc, s, unit_inf) for s in S]
        + [(n + t, ssnk, unit_inf) for t in T]
    )

    t0 = time.perf_counter()
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    g.add_edges_from((u, v, {"weight": w}) for (u, v), w in zip(net.edges, net.weights))
    secs["networkx"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    gi = igraph.Graph(n=n, edges=net.edges, directed=True)
    secs["igraph"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    gf = nx.DiGraph()
    gf.add_nodes_from(range(n + 2))
    gf.add_edges_from((u, v, {"capacity": c}) for u, v, c in flow_edges)
    secs["networkx_flow"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    gfi = igraph.Graph(n=n + 2, edges=[(u, v) for u, v, _ in flow_edges], directed=True)
    secs["igraph_flow"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    gs = nx.DiGraph()
    gs.add_nodes_from(range(2 * n + 2))
    gs.add_edges_from((u, v, {"capacity": c}) for u, v, c in split_edges)
    secs["networkx_split"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    gsi = igraph.Graph(n=2 * n + 2, edges=[(u, v) for u, v, _ in split_edges], directed=True)
    secs["igraph_split"] = time.perf_counter() - t0
    return Graphs(
        g, gi, gf, gfi, [float(c) for _, _, c in flow_edges],
        gs, gsi, [float(c) for _, _, c in split_edges], big, unit_inf, secs,
    )


# --------------------------------------------------------------------------
# The tasks
# --------------------------------------------------------------------------


def count_dominating(idom_of, targets: list[int], root: int) -> int:
    """Entities on the dominator-tree path above some target (root excluded)."""
    marked: set[int] = set()
    for t in targets:
        d = idom_of(t)
        while d is not None and d != root and d not in marked:
            marked.add(d)
            d = idom_of(d)
    return len(marked)


def igraph_idom(dom: list):
    def idom_of(v: int):
        d = dom[v]
        if d is None or d != d or d < 0:  # root: -1; unreachable: NaN (or -1/-2 by version)
            return None
        return int(d)

    return idom_of


def pick_pair(net: Network, g: nx.DiGraph) -> tuple[int, int] | None:
    """Source with the largest value out, target reachable from it with the
    largest value in; ties go to the earlier node. None if no pair exists."""
    targets = set(net.targets)
    for s in sorted(net.sources, key=lambda v: (-net.value_out[v], v)):
        reach = nx.descendants(g, s) & targets
        if reach:
            return s, min(reach, key=lambda v: (-net.value_in[v], v))
    return None


def path_cost(path: list[int], weight: dict) -> float:
    return math.fsum(weight[(u, v)] for u, v in zip(path, path[1:]))


def chokepoint_bench(binary: str, db: str, runs: int, threads: int | None, extra: list[str] | None = None) -> dict:
    env = dict(os.environ)
    if threads is not None:
        env["RAYON_NUM_THREADS"] = str(threads)
    else:
        env.pop("RAYON_NUM_THREADS", None)
    out = run_binary(binary, ["--db", db, "-q", "bench", "--runs", str(runs), *(extra or [])], env=env)
    return {row["task"]: row for row in map(json.loads, filter(None, out.splitlines()))}


# --------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------


class Checks:
    def __init__(self) -> None:
        self.rows: list[dict] = []

    def add(self, what: str, values: dict, agree: bool, note: str = "") -> None:
        self.rows.append({"what": what, "values": values, "agree": agree, "note": note})
        if not agree:
            log(f"DISAGREEMENT on {what}: {values} {note}")

    @property
    def failed(self) -> list[dict]:
        return [r for r in self.rows if not r["agree"]]


def fmt_s(t: Timing | float | None) -> str:
    if t is None:
        return "-"
    if isinstance(t, Timing):
        return ("~" if t.extrapolated else "") + f"{t.seconds:.3f}"
    return f"{t:.3f}"


def fmt_ratio(peer: float | None, ours: float | None) -> str:
    if peer is None or ours is None or ours <= 0:
        return "-"
    return f"{peer / ours:.1f}x"


def table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    line = lambda cells: "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))
    return "\n".join([line(headers), line(["-" * w for w in widths]), *map(line, rows)])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="chokepoint database (only read)")
    ap.add_argument("--chokepoint", default="target/release/chokepoint", help="chokepoint binary (default: %(default)s)")
    ap.add_argument("--runs", type=int, default=3, help="runs per task, median reported (default: %(default)s)")
    ap.add_argument("--once-above", type=float, default=10.0,
                    help="run a peer task once if its first run takes longer (seconds, default: %(default)s)")
    ap.add_argument("--skip-slow", action="store_true", help="skip networkx betweenness")
    ap.add_argument("--betweenness-runs", type=int, default=1,
                    help="runs of igraph's full betweenness, median reported; raise --once-above "
                         "above its run time too (default: %(default)s)")
    ap.add_argument("--json", metavar="OUT", help="write all timings and results to this JSON file")
    args = ap.parse_args()
    binary = os.path.abspath(args.chokepoint)
    if not os.access(binary, os.X_OK):
        sys.exit(f"no chokepoint binary at {binary} (build it: cargo build --release, or pass --chokepoint)")
    with open(binary, "rb") as f:
        binary_sha = hashlib.sha256(f.read()).hexdigest()
    env_info = {
        "python": platform.python_version(),
        "networkx": nx.__version__,
        "igraph": igraph.__version__,
        "cpus": os.cpu_count(),
        "machine": platform.machine(),
        "load_average_at_start": os.getloadavg(),
        "binary": binary,
        "binary_sha256": binary_sha,
        "db": os.path.abspath(args.db),
    }
    checks = Checks()
    peers: dict[str, dict[str, Timing]] = {}

    # 1. Export, then chokepoint's own timings (before Python holds big graphs).
    with tempfile.TemporaryDirectory(prefix="chokepoint-peers-") as tmp:
        t0 = time.perf_counter()
        net = export(binary, args.db, tmp)
        log(f"exported the view: {net.n} nodes, {len(net.edges)} edges, {len(net.sources)} sources, "
            f"{len(net.targets)} targets ({time.perf_counter() - t0:.1f} s)")
    log("chokepoint bench (all threads)")
    ours = chokepoint_bench(binary, args.db, args.runs, None)
    log("chokepoint bench (RAYON_NUM_THREADS=1)")
    ours1 = chokepoint_bench(binary, args.db, args.runs, 1)
    sample = net.sources[:BETWEENNESS_SAMPLE]
    sample_ids = [net.ids[s] for s in sample]
    ours_sample = ours1_sample = None
    if all(re.fullmatch(r"[^,+\s]+", i) for i in sample_ids):
        sel = ",".join(f"id:{i}" for i in sample_ids)
        log(f"chokepoint bench on the first {len(sample)} sources")
        ours_sample = chokepoint_bench(binary, args.db, 1, None, ["--from", sel])
        ours1_sample = chokepoint_bench(binary, args.db, 1, 1, ["--from", sel])
    else:
        log("source ids cannot be written as an id: selector; no 100-source chokepoint run")

    # 2. The peers' graphs.
    log("building the networkx and igraph graphs")
    G = build_graphs(net)
    n, S, T = net.n, net.sources, net.targets
    src, snk = n, n + 1

    def run(task: str, peer: str, fn, runs=None) -> Timing:
        log(f"{task}: {peer}")
        t = measure(fn, args.runs if runs is None else runs, args.once_above)
        peers.setdefault(task, {})[peer] = t
        shown = repr(t.result)
        shown = shown if len(shown) <= 120 else shown[:117] + "..."
        log(f"{task}: {peer}: {t.seconds:.3f} s ({len(t.runs)} run{'s' if len(t.runs) > 1 else ''}), result {shown}")
        return t

    # max flow
    nxf = run("max_flow", "networkx", lambda: nx.maximum_flow_value(G.nx_flow, src, snk, capacity="capacity"))
    igf = run("max_flow", "igraph", lambda: int(G.ig_flow.maxflow_value(src, snk, capacity=G.ig_flow_caps)))
    ck = ours["max_flow"]["result"]["value_cents"]
    checks.add("max flow (cents)", {"chokepoint": ck, "networkx": nxf.result, "igraph": igf.result},
               ck == nxf.result == igf.result)

    # max flow + minimum edge cut
    m = len(net.edges)

    def nx_edge_cut():
        value, (reach, _) = nx.minimum_cut(G.nx_flow, src, snk, capacity="capacity")
        cut = [i for i, (u, v) in enumerate(net.edges) if u in reach and v not in reach]
        return value, cut

    def ig_edge_cut():
        f = G.ig_flow.maxflow(src, snk, capacity=G.ig_flow_caps)
        return int(f.value), [e for e in f.cut if e < m]

    nxc = run("min_edge_cut", "networkx", nx_edge_cut)
    igc = run("min_edge_cut", "igraph", ig_edge_cut)
    ck_edges = ours["min_edge_cut"]["result"]["edges"]
    for peer, t in (("networkx", nxc), ("igraph", igc)):
        value, cut = t.result
        t.result = {"value_cents": value, "edges": len(cut), "cut_capacity": sum(net.caps[e] for e in cut)}
    # Every minimum cut has the flow's value; the number of edges can differ
    # between minimum cuts. networkx, like chokepoint, takes the source side.
    ok = all(t.result["cut_capacity"] == ck for t in (nxc, igc)) and nxc.result["edges"] == ck_edges
    checks.add("min edge cut (edges; capacity = max flow)",
               {"chokepoint": ck_edges, "networkx": nxc.result["edges"], "igraph": igc.result["edges"],
                "networkx_capacity": nxc.result["cut_capacity"], "igraph_capacity": igc.result["cut_capacity"]},
               ok, "" if igc.result["edges"] == ck_edges else
               "igraph returns another minimum cut (same capacity): its edge count may differ")

    # minimum vertex cut
    ssrc, ssnk = 2 * n, 2 * n + 1
    in_s, in_t = set(S), set(T)
    direct = sum(1 for u, v in net.edges if u in in_s and v in in_t)

    def nx_vertex_cut():
        value, (reach, _) = nx.minimum_cut(G.nx_split, ssrc, ssnk, capacity="capacity")
        if value >= G.unit_inf:
            return None
        cut = [v for v in range(n) if v in reach and n + v not in reach]
        return len(cut) if len(cut) == value else f"{len(cut)} nodes but value {value}"

    def ig_vertex_cut():
        f = G.ig_split.maxflow(ssrc, ssnk, capacity=G.ig_split_caps)
        if f.value >= G.unit_inf:
            return None
        cut = [e for e in f.cut if e < n]  # edge v is node v's in -> out edge
        return len(cut) if len(cut) == int(f.value) else f"{len(cut)} nodes but value {f.value}"

    nxv = run("min_vertex_cut", "networkx", nx_vertex_cut)
    igv = run("min_vertex_cut", "igraph", ig_vertex_cut)
    ckv = ours["min_vertex_cut"]["result"]["size"]
    checks.add("min vertex cut (size)", {"chokepoint": ckv, "networkx": nxv.result, "igraph": igv.result},
               ckv == nxv.result == igv.result,
               f"{direct} direct source->target links" if direct else "")

    # dominators
    def nx_dominators():
        idom = nx.immediate_dominators(G.nx_flow, src)
        get = idom.get
        return count_dominating(lambda v: get(v), T, src)

    def ig_dominators():
        return count_dominating(igraph_idom(G.ig_flow.dominator(src, mode="out")), T, src)

    nxd = run("dominators", "networkx", nx_dominators)
    igd = run("dominators", "igraph", ig_dominators)
    ckd = ours["dominators"]["result"]["dominating_nodes"]
    checks.add("dominators (entities dominating a target)",
               {"chokepoint": ckd, "networkx": nxd.result, "igraph": igd.result}, ckd == nxd.result == igd.result)

    # betweenness
    ig_weights = [w if w > 0 else IGRAPH_ZERO_WEIGHT for w in net.weights]
    zero = sum(1 for w in net.weights if w == 0)

    def ig_betweenness(sources, weights):
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="Some weights are smaller than")
            return G.ig_plain.betweenness(vertices=None, directed=True, weights=weights, sources=sources, targets=T)

    def close(a: float, b: float, rtol: float) -> bool:
        return abs(a - b) <= rtol * max(1.0, abs(a), abs(b))

    for task, nx_weight, weights, rtol in (
        ("betweenness_hops", None, None, 1e-9),
        ("betweenness_likelihood", "weight", ig_weights, WEIGHTED_RTOL),
    ):
        note = f"igraph: {zero} zero route weights as {IGRAPH_ZERO_WEIGHT:g}" if weights else ""
        igb = run(task, "igraph", lambda: ig_betweenness(S, weights), runs=args.betweenness_runs)
        ig_sum = math.fsum(igb.result)
        igb.result = {"sum": ig_sum}
        ck_sum = ours[task]["result"]["sum"]
        checks.add(f"{task} (sum over all nodes)", {"chokepoint": ck_sum, "igraph": ig_sum},
                   close(ck_sum, ig_sum, rtol), note)
        if args.skip_slow:
            continue
        # networkx on the first sources only, extrapolated; checked node by
        # node against igraph on the same sources, and by sum against chokepoint.
        nxb = run(f"{task}[{len(sample)} sources]", "networkx",
                  lambda: nx.betweenness_centrality_subset(G.nx_plain, sample, T, normalized=False, weight=nx_weight),
                  runs=1)
        igs = run(f"{task}[{len(sample)} sources]", "igraph", lambda: ig_betweenness(sample, weights), runs=1)
        nx_vals = [nxb.result[v] for v in range(n)]
        worst = max(abs(a - b) / max(1.0, abs(a)) for a, b in zip(nx_vals, igs.result))
        nxb.result = {"sum": math.fsum(nx_vals)}
        igs.result = {"sum": math.fsum(igs.result), "max_rel_diff_vs_networkx": worst}
        sums = {"networkx": nxb.result["sum"], "igraph": igs.result["sum"]}
        agree = worst <= rtol
        if ours_sample:
            sums["chokepoint"] = ours_sample[task]["result"]["sum"]
            agree = agree and close(sums["chokepoint"], sums["networkx"], rtol)
        checks.add(f"{task} on the first {len(sample)} sources (sum; node by node igraph vs networkx)",
                   {**sums, "max_node_rel_diff": worst}, agree, note)
        peers.setdefault(task, {})["networkx"] = Timing(
            nxb.seconds * len(S) / len(sample), nxb.runs, {"sum_first_sources": nxb.result["sum"]}, len(sample) < len(S),
            f"timed on the first {len(sample)} of {len(S)} sources, scaled by {len(S) / len(sample):.2f}")

    # k shortest paths
    pair = pick_pair(net, G.nx_plain)
    pair_info = None
    if pair is None:
        log("no target is reachable from any source: no k-shortest-paths task")
    else:
        s, t = pair
        weight = {e: w for e, w in zip(net.edges, net.weights)}
        pair_info = {"source": net.ids[s], "target": net.ids[t], "source_value_out": net.value_out[s],
                     "target_value_in": net.value_in[t], "k": K_PATHS}
        log(f"k shortest paths between {net.ids[s]} and {net.ids[t]}")
        igk = run("k_shortest_paths", "igraph",
                  lambda: G.ig_plain.get_k_shortest_paths(s, to=t, k=K_PATHS, mode="out", weights=net.weights,
                                                          output="vpath"))
        nxk = run("k_shortest_paths", "networkx",
                  lambda: list(itertools.islice(nx.shortest_simple_paths(G.nx_plain, s, t, weight="weight"), K_PATHS)))
        costs = {}
        for peer, tm in (("igraph", igk), ("networkx", nxk)):
            costs[peer] = sorted(path_cost(p, weight) for p in tm.result)
            tm.result = {"paths": len(tm.result), "costs": [round(c, 9) for c in costs[peer]]}
        agree = len(costs["igraph"]) == len(costs["networkx"]) and all(
            close(a, b, 1e-9) for a, b in zip(costs["igraph"], costs["networkx"]))
        checks.add(f"k shortest paths {net.ids[s]} -> {net.ids[t]} (path lengths)",
                   {"networkx": nxk.result["costs"], "igraph": igk.result["costs"]}, agree)
        pair_info["costs"] = nxk.result["costs"]

    # ----------------------------------------------------------------------
    # Print
    # ----------------------------------------------------------------------
    def ck_secs(bench: dict | None, *tasks: str) -> float | None:
        if bench is None or any(t not in bench for t in tasks):
            return None
        return sum(bench[t]["seconds"] for t in tasks)

    threads = ours["build_view"]["threads"]
    rows = []
    spec = [
        ("max_flow", ("max_flow",)),
        ("max_flow+min_edge_cut", ("max_flow", "min_edge_cut")),
        ("min_vertex_cut", ("min_vertex_cut",)),
        ("dominators", ("dominators",)),
        ("betweenness_hops", ("betweenness_hops",)),
        ("betweenness_likelihood", ("betweenness_likelihood",)),
    ]
    peer_task = {"max_flow+min_edge_cut": "min_edge_cut"}
    for name, ck_tasks in spec:
        p = peers.get(peer_task.get(name, name), {})
        rows.append((name, ck_secs(ours, *ck_tasks), ck_secs(ours1, *ck_tasks), p.get("networkx"), p.get("igraph")))
    for task in ("betweenness_hops", "betweenness_likelihood"):
        key = f"{task}[{len(sample)} sources]"
        if key in peers:
            rows.append((key, ck_secs(ours_sample, task), ck_secs(ours1_sample, task),
                         peers[key].get("networkx"), peers[key].get("igraph")))
    if "k_shortest_paths" in peers:
        p = peers["k_shortest_paths"]
        rows.append(("k_shortest_paths (k=10)", ck_secs(ours, "k_shortest_paths"), ck_secs(ours1, "k_shortest_paths"),
                     p.get("networkx"), p.get("igraph")))
    cells = []
    for name, a, a1, x, y in rows:
        timed = [(t.seconds, peer) for peer, t in (("networkx", x), ("igraph", y)) if t is not None]
        best, who = min(timed) if timed else (None, "-")
        cells.append([name, fmt_s(a), fmt_s(a1), fmt_s(x), fmt_s(y), who, fmt_ratio(best, a), fmt_ratio(best, a1)])
    build = G.build_seconds
    cells.append(["build graph (not comparable)", fmt_s(ours["build_view"]["seconds"]),
                  fmt_s(ours1["build_view"]["seconds"]),
                  fmt_s(build["networkx"] + build["networkx_flow"] + build["networkx_split"]),
                  fmt_s(build["igraph"] + build["igraph_flow"] + build["igraph_split"]), "-", "-", "-"])

    print(f"# chokepoint vs networkx {nx.__version__} and igraph {igraph.__version__} "
          f"(Python {platform.python_version()}, {os.cpu_count()} CPUs)")
    print(f"database {args.db}: {net.n} entities trading, {len(net.edges)} aggregated edges, "
          f"{len(S)} sources, {len(T)} targets"
          + (f" ({net.targets_in_sources} targets that are also sources left out)" if net.targets_in_sources else ""))
    print(f"chokepoint {binary} (sha256 {binary_sha[:12]}), --runs {args.runs}; load average at start "
          + " ".join(f"{x:.2f}" for x in env_info["load_average_at_start"]))
    print()
    print(table(["task", f"chokepoint s ({threads} thr)", "chokepoint s (1 thr)", "networkx s", "igraph s",
                 "best peer", "best peer / chokepoint", "best peer / chokepoint 1 thr"], cells))
    print()
    print("Notes:")
    print(f"- ~ : networkx betweenness timed on the first {len(sample)} of {len(S)} sources and scaled linearly "
          f"(x{len(S) / max(1, len(sample)):.2f}); the [{len(sample)} sources] rows are measured, not scaled."
          if not args.skip_slow else "- networkx betweenness skipped (--skip-slow).")
    print(f"- betweenness: chokepoint median of at least {args.runs} runs, igraph of at least "
          f"{args.betweenness_runs} (more where they take under {MIN_TIMED:g} s in all); networkx and "
          f"igraph are single-threaded. Other tasks: median of at least {args.runs} runs, and of as many "
          f"as fit in {MIN_TIMED:g} s for fast tasks, on both sides (a peer task over {args.once_above:g} s on "
          f"its first run: one run).")
    print("- max_flow+min_edge_cut: chokepoint's max_flow + min_edge_cut; networkx minimum_cut; igraph maxflow.")
    print("- peer times exclude building their graphs (last row: peers from the exported CSV, chokepoint from "
          "SQLite shipments).")
    if pair_info:
        print(f"- k_shortest_paths pair: source {pair_info['source']} (largest value out among sources, "
              f"{pair_info['source_value_out']:.2f} USD) -> target {pair_info['target']} (largest value in among "
              f"targets reachable from it, {pair_info['target_value_in']:.2f} USD); chokepoint's bench picks the same pair "
              f"({ours.get('k_shortest_paths', {}).get('result', {}).get('source', '?')} -> "
              f"{ours.get('k_shortest_paths', {}).get('result', {}).get('target', '?')}).")
    print("- load average at end: " + " ".join(f"{x:.2f}" for x in os.getloadavg())
          + " (other work on the machine slows both sides; chokepoint's multi-threaded betweenness most).")
    print()
    print("Results:")
    for r in checks.rows:
        vals = ", ".join(f"{k} {v}" for k, v in r["values"].items())
        print(f"  {'ok  ' if r['agree'] else '!!! DISAGREEMENT'} {r['what']}: {vals}" + (f" [{r['note']}]" if r["note"] else ""))
    if checks.failed:
        print()
        print(f"!!! {len(checks.failed)} DISAGREEMENT(S): the sides do not compute the same thing; see above.")

    if args.json:
        doc = {
            "environment": env_info,
            "network": {"nodes": net.n, "edges": len(net.edges), "sources": len(S), "targets": len(T),
                        "targets_also_sources": net.targets_in_sources, "zero_route_weights": zero,
                        "direct_source_target_links": direct},
            "options": {"runs": args.runs, "once_above": args.once_above, "skip_slow": args.skip_slow,
                        "betweenness_sample": len(sample), "igraph_zero_weight": IGRAPH_ZERO_WEIGHT},
            "chokepoint": {"threads": threads, "bench": ours, "bench_1_thread": ours1,
                           "bench_first_sources": ours_sample, "bench_first_sources_1_thread": ours1_sample},
            "peers": {task: {peer: {**t.as_json(), "result": t.result} for peer, t in p.items()}
                      for task, p in peers.items()},
            "peer_graph_build_seconds": G.build_seconds,
            "k_shortest_paths_pair": pair_info,
            "checks": checks.rows,
        }
        with open(args.json, "w") as f:
            json.dump(doc, f, indent=1, default=str)
        log(f"wrote {args.json}")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
