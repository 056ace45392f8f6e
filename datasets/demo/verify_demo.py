#!/usr/bin/env python3
"""Check the demo files and recompute every answer stated in README.md.

    python3 datasets/demo/verify_demo.py            # prints the answers (markdown)

Needs networkx (only here, for verification; generate_demo.py is stdlib only).
Definitions are the ones README.md states: aggregated (exporter, importer)
edges with capacity = total value_usd; sources S = manufacturers in `gecc`
countries; targets T = RU/BY entities that are listed or end users;
loss_pct(v) = 100 * (maxflow - maxflow without v) / maxflow; subset
betweenness on hops; route step probability value(u->v) / value out of u,
routes end at the first target.
"""

import csv
import datetime as dt
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import networkx as nx

HERE = Path(__file__).resolve().parent
REF = HERE.parent / "reference"
CUTOFF = "2022-02-24"
BEFORE = ("2021-01-01", "2022-02-23")          # 419 days
AFTER = ("2022-02-24", "2023-04-18")           # 419 days
TIERS = ["1", "2", "3.A", "3.B", "4.A", "4.B"]
MT_HS = ["8456", "8457", "8458", "8459", "8460", "8461", "8462", "8463", "8464", "8465", "8466"]
DRONE_HS = ["880730", "850131", "852691", "848210"]


def read(name, base=HERE):
    with open(base / name, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


ENT = {e["id"]: e for e in read("entities.csv")}
COMP = read("components.csv")
SHIP = read("shipments.csv")
LINKS = read("links.csv")
FIND = read("findings.csv")
FLOWS = read("flows.csv")
CHPL = {r["hs6"]: r["tier"] for r in read("chpl.csv", REF)}
COUNTRIES = {r["iso2"]: r["groups"].split(";") if r["groups"] else [] for r in read("countries.csv", REF)}
GECC = {c for c, g in COUNTRIES.items() if "gecc" in g}
HUBC = {c for c, g in COUNTRIES.items() if any(x.startswith("hub-") for x in g) and c not in GECC}


def digits(hs):
    return hs.replace(".", "")


def hs6(s):
    return digits(s["hs_code"])[:6]


def tier(s):
    return CHPL.get(hs6(s))


def name(i):
    return f"{i} {ENT[i]['name']}"


# ----------------------------------------------------------------- integrity
def check():
    errs = []
    ids = [e["id"] for e in read("entities.csv")]
    if len(ids) != len(set(ids)):
        errs.append("duplicate entity ids")
    kinds = {"manufacturer", "distributor", "trader", "forwarder", "importer", "end_user", "other"}
    for e in ENT.values():
        if e["kind"] not in kinds or e["country"] not in COUNTRIES:
            errs.append(f"entity {e['id']}: kind/country")
        for it in filter(None, e["identifiers"].split(";")):
            if ":" not in it:
                errs.append(f"entity {e['id']}: identifier {it}")
        if e["country"] == "RU" and e["kind"] != "other":
            inn = [x for x in e["identifiers"].split(";") if x.startswith("inn:")]
            og = [x for x in e["identifiers"].split(";") if x.startswith("ogrn:")]
            if not inn or len(inn[0]) != 14 or not og or len(og[0]) != 18:
                errs.append(f"entity {e['id']}: inn/ogrn")
    keys = [(c["part_number"], c["manufacturer_id"]) for c in COMP]
    if len(keys) != len(set(keys)):
        errs.append("duplicate components")
    for c in COMP:
        if c["manufacturer_id"] not in ENT:
            errs.append(f"component {c['part_number']}: manufacturer")
    sids = [s["id"] for s in SHIP]
    if len(sids) != len(set(sids)):
        errs.append("duplicate shipment ids")
    first_seen = {}
    for s in SHIP:
        for col in ("exporter_id", "importer_id"):
            if s[col] not in ENT:
                errs.append(f"{s['id']}: {col}")
            first_seen[s[col]] = min(first_seen.get(s[col], "9999"), s["date"])
        if s["manufacturer_id"] and s["manufacturer_id"] not in ENT:
            errs.append(f"{s['id']}: manufacturer")
        if not re.fullmatch(r"\d{2,10}", digits(s["hs_code"])):
            errs.append(f"{s['id']}: hs")
        if s["origin_country"] and s["origin_country"] not in COUNTRIES:
            errs.append(f"{s['id']}: origin")
        if float(s["value_usd"]) < 0 or int(s["quantity"]) < 0 or not re.fullmatch(r"\d+(\.\d{1,2})?", s["value_usd"]):
            errs.append(f"{s['id']}: amounts")
        dt.date.fromisoformat(s["date"])
    for i, d in first_seen.items():
        inc = ENT[i]["incorporated"]
        if inc and d < inc:
            errs.append(f"{i} trades on {d} before incorporation {inc}")
    lk = [(l["from_id"], l["to_id"], l["relation"]) for l in LINKS]
    if len(lk) != len(set(lk)):
        errs.append("duplicate links")
    for l in LINKS:
        if l["from_id"] not in ENT or l["to_id"] not in ENT:
            errs.append(f"link {l}")
        if (l["relation"] == "owns") != (l["share"] != ""):
            errs.append(f"link share {l}")
    fk = [(f["manufacturer_id"], f["part_number"], f["weapon_system"]) for f in FIND]
    if len(fk) != len(set(fk)):
        errs.append("duplicate findings")
    ck = set(keys)
    for f in FIND:
        if f["manufacturer_id"] not in ENT or (f["part_number"], f["manufacturer_id"]) not in ck:
            errs.append(f"finding {f}")
    flk = [(f["period"], f["reporter"], f["partner"], f["flow"], f["hs_code"]) for f in FLOWS]
    if len(flk) != len(set(flk)):
        errs.append("duplicate flows")
    for f in FLOWS:
        if f["reporter"] not in COUNTRIES or f["partner"] not in COUNTRIES or float(f["value"]) < 0:
            errs.append(f"flow {f}")
    return errs


# --------------------------------------------------------------------- graph
def select(hs=None, tier_=None, since=None):
    out = []
    for s in SHIP:
        if hs and not any(digits(s["hs_code"]).startswith(p) for p in hs):
            continue
        if tier_ and tier(s) != tier_:
            continue
        if since and s["date"] < since:
            continue
        out.append(s)
    return out


def graph(ships):
    g = nx.DiGraph()
    for s in ships:
        u, v, x = s["exporter_id"], s["importer_id"], float(s["value_usd"])
        if g.has_edge(u, v):
            g[u][v]["capacity"] += x
        else:
            g.add_edge(u, v, capacity=x)
    return g


def sources(g):
    return [n for n in g if ENT[n]["kind"] == "manufacturer" and ENT[n]["country"] in GECC]


def targets(g):
    return [n for n in g if ENT[n]["country"] in ("RU", "BY") and (ENT[n]["lists"] or ENT[n]["kind"] == "end_user")]


def maxflow(g, S, T, drop=None):
    h = g.copy()
    if drop:
        h.remove_node(drop)
    for s in S:
        h.add_edge("__S", s)
    for t in T:
        h.add_edge(t, "__T")
    return nx.maximum_flow_value(h, "__S", "__T")


def chokepoints(g):
    S, T = sources(g), targets(g)
    f = maxflow(g, S, T)
    st = set(S) | set(T)
    loss = {v: 100 * (f - maxflow(g, S, T, v)) / f for v in g if v not in st}
    return f, loss


def routes(g, k=3):
    S, T = set(sources(g)), set(targets(g))
    w = nx.DiGraph()
    for u in g:
        out = sum(d["capacity"] for _, _, d in g.out_edges(u, data=True))
        if u in T:
            continue                     # a route ends at the first target
        for _, v, d in g.out_edges(u, data=True):
            if v in S:
                continue
            w.add_edge(u, v, weight=-math.log(d["capacity"] / out))
    for s in S:
        w.add_edge("__S", s, weight=0.0)
    for t in T:
        w.add_edge(t, "__T", weight=0.0)
    res = []
    for path in nx.shortest_simple_paths(w, "__S", "__T", weight="weight"):
        p = path[1:-1]
        res.append((p, math.exp(-sum(w[a][b]["weight"] for a, b in zip(path, path[1:])))))
        if len(res) == k:
            break
    return res


def min_cut(g):
    S, T = set(sources(g)), set(targets(g))
    c = nx.DiGraph()
    for u, v in g.edges:
        a = "__S" if u in S else "__T" if u in T else u
        b = "__S" if v in S else "__T" if v in T else v
        if a != b and a != "__T" and b != "__S":
            c.add_edge(a, b)
    return nx.minimum_node_cut(c, "__S", "__T")


def fmt_route(p, prob):
    return " -> ".join(f"{x} ({ENT[x]['country']})" for x in p) + f": p = {prob:.4f}"


def view_report(title, ships, cut=False, betw=False):
    g = graph(ships)
    f, loss = chokepoints(g)
    S, T = sources(g), targets(g)
    print(f"\n### {title}\n")
    print(f"- shipments {len(ships)}, graph {g.number_of_nodes()} entities / {g.number_of_edges()} edges, "
          f"|S| = {len(S)}, |T| = {len(T)}")
    print(f"- max flow: {f:,.2f} USD")
    print("- top 5 by loss_pct:")
    for v, x in sorted(loss.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
        print(f"  - {name(v)} ({ENT[v]['kind']}, {ENT[v]['country']}): {x:.2f}%")
    if betw:
        b = nx.betweenness_centrality_subset(g, sources=S, targets=T, normalized=False)
        print("- top 5 by subset betweenness (hops, normalized=False):")
        for v, x in sorted(b.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
            print(f"  - {name(v)}: {x:.2f}")
    print("- most likely routes (first target ends a route):")
    for i, (p, prob) in enumerate(routes(g), 1):
        print(f"  {i}. {fmt_route(p, prob)}")
    if cut:
        c = min_cut(g)
        print(f"- minimum vertex cut (S and T contracted): {len(c)} entities: {', '.join(sorted(c))}")
    return g, loss


# --------------------------------------------------------------------- stats
def stats():
    print("## Stats\n")
    print("| file | rows |\n|---|---|")
    for n, rows in [("entities", ENT), ("components", COMP), ("shipments", SHIP), ("links", LINKS),
                    ("findings", FIND), ("flows", FLOWS)]:
        print(f"| {n}.csv | {len(rows)} |")
    k = Counter(e["kind"] for e in ENT.values())
    print("\nEntities per kind: " + ", ".join(f"{x} {k[x]}" for x in sorted(k)))
    c = Counter(e["country"] for e in ENT.values())
    print("\nEntities per country: " + ", ".join(f"{x} {c[x]}" for x in sorted(c)))
    dates = sorted(s["date"] for s in SHIP)
    print(f"\nShipment dates: {dates[0]} to {dates[-1]}")
    total = sum(float(s["value_usd"]) for s in SHIP)
    print(f"\nTotal shipment value_usd: {total:.2f}")
    by = defaultdict(float)
    for s in SHIP:
        by[tier(s)] += float(s["value_usd"])
    print("\n| CHPL tier | value_usd | share of total |\n|---|---|---|")
    chpl_total = 0.0
    for t in TIERS:
        chpl_total += by[t]
        print(f"| {t} | {by[t]:.2f} | {100 * by[t] / total:.1f}% |")
    print(f"| all CHPL | {chpl_total:.2f} | {100 * chpl_total / total:.1f}% |")
    print(f"| not CHPL | {by[None]:.2f} | {100 * by[None] / total:.1f}% |")


# ------------------------------------------------------------------- hubs
def hub_windows():
    """Per hub country: [imports from coalition before, after], [exports to RU/BY before, after] (CHPL)."""
    imp = defaultdict(lambda: [0.0, 0.0])
    exp = defaultdict(lambda: [0.0, 0.0])
    for s in SHIP:
        if tier(s) is None:
            continue
        a, b = ENT[s["exporter_id"]], ENT[s["importer_id"]]
        for i, w in enumerate((BEFORE, AFTER)):
            if w[0] <= s["date"] <= w[1]:
                if b["country"] in HUBC and a["country"] in GECC:
                    imp[b["country"]][i] += float(s["value_usd"])
                if a["country"] in HUBC and b["country"] in ("RU", "BY"):
                    exp[a["country"]][i] += float(s["value_usd"])
    return imp, exp


def hubs():
    print("\n## Hubs (shipments, CHPL goods only)\n")
    print(f"Windows of equal length: before {BEFORE[0]}..{BEFORE[1]}, after {AFTER[0]}..{AFTER[1]} (419 days each).\n")
    inw = lambda d, w: w[0] <= d <= w[1]
    imp = defaultdict(lambda: [0.0, 0.0])
    exp = defaultdict(lambda: [0.0, 0.0])
    ent_imp = defaultdict(lambda: [0.0, 0.0])
    ent_exp = defaultdict(lambda: [0.0, 0.0])
    for s in SHIP:
        if tier(s) is None:
            continue
        a, b = ENT[s["exporter_id"]], ENT[s["importer_id"]]
        for i, w in enumerate((BEFORE, AFTER)):
            if not inw(s["date"], w):
                continue
            x = float(s["value_usd"])
            if b["country"] in HUBC and a["country"] in GECC:
                imp[b["country"]][i] += x
                ent_imp[b["id"]][i] += x
            if a["country"] in HUBC and b["country"] in ("RU", "BY"):
                exp[a["country"]][i] += x
                ent_exp[a["id"]][i] += x
    print("| hub country | imports from coalition before | after | ratio | exports to RU/BY before | after | ratio |")
    print("|---|---|---|---|---|---|---|")
    r = lambda p: f"{p[1] / p[0]:.2f}" if p[0] else "new"
    for c in sorted(set(imp) | set(exp)):
        print(f"| {c} | {imp[c][0]:.2f} | {imp[c][1]:.2f} | {r(imp[c])} | {exp[c][0]:.2f} | {exp[c][1]:.2f} | {r(exp[c])} |")
    ti = [sum(v[i] for v in imp.values()) for i in (0, 1)]
    te = [sum(v[i] for v in exp.values()) for i in (0, 1)]
    print(f"| all hubs | {ti[0]:.2f} | {ti[1]:.2f} | {r(ti)} | {te[0]:.2f} | {te[1]:.2f} | {r(te)} |")
    direct = [0.0, 0.0]
    for s in SHIP:
        if tier(s) and ENT[s["exporter_id"]]["country"] in GECC and ENT[s["importer_id"]]["country"] in ("RU", "BY"):
            for i, w in enumerate((BEFORE, AFTER)):
                if inw(s["date"], w):
                    direct[i] += float(s["value_usd"])
    print(f"\nDirect coalition -> RU/BY CHPL shipments: before {direct[0]:.2f}, after {direct[1]:.2f} "
          f"({100 * (direct[1] / direct[0] - 1):+.1f}%).")
    print("\nTop hub entities by exports to RU/BY after the cutoff (window values):")
    for i, v in sorted(ent_exp.items(), key=lambda kv: -kv[1][1])[:5]:
        print(f"- {name(i)} ({ENT[i]['country']}): before {v[0]:.2f}, after {v[1]:.2f}; "
              f"imports from coalition before {ent_imp[i][0]:.2f}, after {ent_imp[i][1]:.2f}")


def flows():
    print("\n## Flows (flows.csv)\n")
    rep = {"DE", "US", "JP", "IT", "FR", "NL", "GB", "KR"}
    yearly = defaultdict(float)
    win = defaultdict(lambda: [0.0, 0.0])
    for f in FLOWS:
        if f["flow"] != "export":
            continue
        y = f["period"][:4]
        key = ("coalition" if f["reporter"] in rep else f["reporter"], f["partner"])
        yearly[key + (y,)] += float(f["value"])
        if len(f["period"]) == 7:
            p = f["period"]
            i = 0 if "2021-01" <= p <= "2022-02" else 1 if "2022-03" <= p <= "2023-04" else None
            if i is not None:
                win[key][i] += float(f["value"])
    print("Exports, all rows (monthly rows summed into their year; no series has both annual and monthly rows):\n")
    print("| reporter -> partner | 2021 | 2022 | 2023 | 2024 | 2023 / 2021 |\n|---|---|---|---|---|---|")
    keys = sorted({k[:2] for k in yearly}, key=lambda k: (k[0] != "coalition", k))
    for k in keys:
        v = [yearly[k + (str(y),)] for y in range(2021, 2025)]
        print(f"| {k[0]} -> {k[1]} | " + " | ".join(f"{x:,.0f}" for x in v) + f" | {v[2] / v[0]:.2f} |")
    print("\nMonthly series only, 14-month windows 2021-01..2022-02 vs 2022-03..2023-04:\n")
    print("| reporter -> partner | before | after | ratio |\n|---|---|---|---|")
    for k in sorted(win, key=lambda k: (k[0] != "coalition", k)):
        print(f"| {k[0]} -> {k[1]} | {win[k][0]:,.0f} | {win[k][1]:,.0f} | {win[k][1] / win[k][0]:.2f} |")


# ---------------------------------------------------------------- findings
def findings():
    print("\n## Findings\n")
    parent = {l["from_id"]: l["to_id"] for l in LINKS if l["relation"] == "subsidiary_of"}
    cat = {(c["part_number"], c["manufacturer_id"]): c["category"] for c in COMP}
    weapons = sorted({f["weapon_system"] for f in FIND})
    for rolled in (False, True):
        cov = defaultdict(set)
        for f in FIND:
            m = parent.get(f["manufacturer_id"], f["manufacturer_id"]) if rolled else f["manufacturer_id"]
            cov[m].add(f["weapon_system"])
        top = sorted(cov.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:5]
        print(f"Weapon systems per manufacturer ({'subsidiaries rolled up' if rolled else 'raw'}), of {len(weapons)}: "
              + "; ".join(f"{name(m)} {len(w)}" for m, w in top))
        left, chosen = set(weapons), []
        need = math.ceil(0.8 * len(weapons))
        while len(weapons) - len(left) < need:
            m = max(sorted(cov), key=lambda m: len(cov[m] & left))   # ties: smallest id
            gain = len(cov[m] & left)
            ties = [x for x in sorted(cov) if x != m and len(cov[x] & left) == gain]
            chosen.append((m, gain, ties))
            left -= cov[m]
        print(f"\nGreedy cover of 80% ({need} of {len(weapons)}), {'rolled up' if rolled else 'raw'}: "
              f"{len(chosen)} manufacturers: " + ", ".join(
                  f"{name(m)} (+{n}{'; tied with ' + ', '.join(t) if t else ''})" for m, n, t in chosen) + "\n")
    for rolled in (False, True):
        per = defaultdict(set)
        parts = defaultdict(set)
        for f in FIND:
            m = parent.get(f["manufacturer_id"], f["manufacturer_id"]) if rolled else f["manufacturer_id"]
            c = cat[(f["part_number"], f["manufacturer_id"])]
            per[(f["weapon_system"], c)].add(m)
            parts[(f["weapon_system"], c)].add(f["part_number"])
        single = [(w, c, next(iter(ms)), len(parts[(w, c)])) for (w, c), ms in sorted(per.items()) if len(ms) == 1]
        print(f"Single-manufacturer (weapon system, category) pairs ({'rolled up' if rolled else 'raw'}): "
              + "; ".join(f"{w} / {c} / {name(m)} ({n} parts)" for w, c, m, n in single))
        print()


def ownership():
    print("## Ownership (links.csv, `owns`)\n")
    owners = defaultdict(list)
    for l in LINKS:
        if l["relation"] == "owns":
            owners[l["to_id"]].append((l["from_id"], float(l["share"])))
    listed = lambda i: bool(ENT[i]["lists"])

    def look_through(x, seen=()):
        return sum(s * (1.0 if listed(o) else look_through(o, seen + (x,)) / 100) for o, s in owners[x] if o not in seen)

    # The cascading 50% rule (OFAC, BIS Affiliates Rule): blocked are the
    # listed parties and, to a fixed point, entities owned 50% or more in
    # aggregate by blocked ones.
    blocked = {i for i in ENT if listed(i)}
    while True:
        more = {x for x in owners if x not in blocked and sum(s for o, s in owners[x] if o in blocked) >= 50}
        if not more:
            break
        blocked |= more

    rows = []
    for x in sorted(owners):
        direct = sum(s for o, s in owners[x] if listed(o))
        by_blocked = sum(s for o, s in owners[x] if o in blocked)
        lt = look_through(x)
        if lt > 0:
            rows.append((x, direct, lt, by_blocked))
    print("| entity | listed itself | direct share held by listed owners | look-through share (product along chains) "
          "| share held by blocked owners (cascading 50% rule) |")
    print("|---|---|---|---|---|")
    for x, d, lt, b in rows:
        print(f"| {name(x)} | {'yes' if listed(x) else 'no'} | {d:g}% | {lt:g}% | {b:g}%{' (blocked)' if b >= 50 else ''} |")


def lists():
    print("\n## Sanctions lists (entities.csv `lists`)\n")
    per = Counter(x for e in ENT.values() for x in filter(None, e["lists"].split(";")))
    print("Entities per list: " + ", ".join(f"{k} {per[k]}" for k in sorted(per)))
    listed = [e for e in ENT.values() if e["lists"]]
    kinds = Counter((e["kind"], e["country"]) for e in listed)
    print(f"\nListed entities: {len(listed)}; by kind and country: "
          + ", ".join(f"{k}/{c} {n}" for (k, c), n in sorted(kinds.items())))
    hubs_listed = [e for e in listed if e["country"] in HUBC and e["kind"] in ("trader", "forwarder")]
    print("\nListed hub traders and forwarders: " + "; ".join(f"{e['id']} ({e['country']}, {e['lists']})" for e in hubs_listed))
    T = [e for e in ENT.values() if e["country"] in ("RU", "BY") and (e["lists"] or e["kind"] == "end_user")]
    print(f"\nDefault targets T (RU/BY, listed or end_user): {len(T)} entities "
          f"({sum(1 for e in T if e['kind'] == 'end_user')} end users, {sum(1 for e in T if e['kind'] == 'importer')} importers, "
          f"{sum(1 for e in T if e['kind'] == 'other')} other)")
    S = [e for e in ENT.values() if e["kind"] == "manufacturer" and e["country"] in GECC]
    print(f"Default sources S (manufacturers in gecc countries): {len(S)} entities")
    x = by_name("Alvandra Technologies FZE")
    xs = [s for s in SHIP if x in (s["exporter_id"], s["importer_id"])]
    t = Counter(tier(s) for s in xs)
    out_ru = [s for s in xs if s["exporter_id"] == x and ENT[s["importer_id"]]["country"] == "RU"]
    print(f"\nShell {x}: {len(xs)} shipments {min(s['date'] for s in xs)}..{max(s['date'] for s in xs)}, "
          "by CHPL tier " + ", ".join(f"{k or 'none'}: {v}" for k, v in sorted(t.items(), key=lambda kv: kv[0] or "~"))
          + f"; {len(out_ru)} to Russian importers "
          f"({', '.join(sorted({s['importer_id'] for s in out_ru}))}) worth {sum(float(s['value_usd']) for s in out_ru):.2f} USD")


# ----------------------------------------------------------------- planted
def by_name(n):
    hits = [i for i, e in ENT.items() if e["name"] == n]
    assert len(hits) == 1, n
    return hits[0]


def top(d):
    return sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def planted():
    """Assert every planted pattern README.md promises; print the ids."""
    d1, feed, mx = by_name("Kelvaris Components B.V."), by_name("Ardentrix Supply LLC"), by_name("Telmiran Semitech Co., Ltd.")
    h1, t1, mt1 = by_name("Tingyao Electronics Trading Limited"), by_name("Korvelin Dış Ticaret A.Ş."), by_name("Pellarino Macchine Utensili S.p.A.")
    c1, i1, u1 = by_name("深圳市淼翎电子科技有限公司"), by_name("Tirzan Pishro Trading Co."), by_name("АО «Конструкторское бюро «Зоревик»»")
    x, l_ae = by_name("Alvandra Technologies FZE"), by_name("Maralis General Trading LLC")
    # 1. tier-1 chokepoint distributor
    g = graph(select(tier_="1"))
    _, loss = chokepoints(g)
    b = nx.betweenness_centrality_subset(g, sources=sources(g), targets=targets(g), normalized=False)
    assert top(loss) == d1 and loss[d1] > 40 and top(b) == d1
    _, loss0 = chokepoints(graph(SHIP))
    assert d1 in sorted(loss0, key=lambda v: -loss0[v])[:2]
    # 2. post-cutoff hub trader
    g = graph(select(since=CUTOFF))
    _, loss = chokepoints(g)
    assert top(loss) == h1 and h1 in routes(g, 1)[0][0]
    assert ENT[h1]["incorporated"] > CUTOFF and min(s["date"] for s in SHIP if h1 in (s["exporter_id"], s["importer_id"])) >= CUTOFF
    # 3. machine tools through Turkey
    r = routes(graph(select(hs=MT_HS)), 1)[0][0]
    assert t1 in r and ENT[r[-1]]["country"] == "RU"
    # 4. drone parts through China and Iran
    r = routes(graph(select(hs=DRONE_HS)), 1)[0][0]
    assert [ENT[v]["country"] for v in r[-3:]] == ["CN", "IR", "RU"] and r[-1] == u1 and ENT[u1]["kind"] == "end_user"
    # 5. shell company
    assert ENT[x]["address"] == ENT[l_ae]["address"] and ENT[l_ae]["lists"] and not ENT[x]["lists"]
    assert ENT[x]["incorporated"] > CUTOFF
    assert any(l["from_id"] == x and l["to_id"] == l_ae and l["relation"] == "shares_address" for l in LINKS)
    xs = [s for s in SHIP if s["exporter_id"] == x]
    assert any(tier(s) in ("1", "2") and ENT[s["importer_id"]]["country"] == "RU"
               and ENT[s["importer_id"]]["kind"] == "importer" for s in xs)
    # 6. hubs grow after the cutoff, in shipments and in flows
    imp, exp = hub_windows()
    for c in ("KG", "AM", "KZ", "HK", "TR", "AE"):
        assert imp[c][0] > 0 and exp[c][0] > 0 and imp[c][1] > 1.5 * imp[c][0] and exp[c][1] > 1.5 * exp[c][0], c
    yearly = defaultdict(float)
    coal = {"DE", "US", "JP", "IT", "FR", "NL", "GB", "KR"}
    for f in FLOWS:
        if f["flow"] == "export":
            yearly[("coalition" if f["reporter"] in coal else f["reporter"], f["partner"], f["period"][:4])] += float(f["value"])
    g = lambda r, p: yearly[(r, p, "2023")] / yearly[(r, p, "2021")]
    assert all(5 <= g("coalition", c) <= 15 for c in ("KG", "AM", "KZ")) and g("coalition", "RU") < 0.25
    assert all(g(c, "RU") > 3 for c in ("KG", "AM", "KZ"))
    # 7. findings: raw leader, roll-up overtakes it, two single-maker systems
    parent = {l["from_id"]: l["to_id"] for l in LINKS if l["relation"] == "subsidiary_of"}
    raw, rolled = defaultdict(set), defaultdict(set)
    for f in FIND:
        raw[f["manufacturer_id"]].add(f["weapon_system"])
        rolled[parent.get(f["manufacturer_id"], f["manufacturer_id"])].add(f["weapon_system"])
    a, p = by_name("Valdoria Microsystems Inc."), by_name("Corvane Semiconductor Corp.")
    assert top({k: len(v) for k, v in raw.items()}) == a and top({k: len(v) for k, v in rolled.items()}) == p
    print("All planted patterns hold.")
    print("\n| role | id | name |\n|---|---|---|")
    for role, i in [("tier-1 chokepoint distributor", d1), ("feeder distributor of the HK newcomer", feed),
                    ("manufacturer selling only through the feeder", mx), ("post-cutoff HK trader", h1),
                    ("Turkish machine-tool trader", t1), ("Italian machine-tool maker", mt1), ("Chinese drone-parts trader", c1),
                    ("Iranian trader", i1), ("Russian UAV maker", u1), ("shell company", x), ("listed firm at the same address", l_ae)]:
        print(f"| {role} | {i} | {ENT[i]['name']} |")


if __name__ == "__main__":
    errs = check()
    if errs:
        print("\n".join(errs[:50]), file=sys.stderr)
        sys.exit(1)
    only = sys.argv[1:]
    if not only or "stats" in only:
        stats()
    if not only or "graph" in only:
        print("\n## Graph answers")
        view_report("Default view (all shipments, whole period)", SHIP, cut=True, betw=True)
        view_report("--tier 1 (whole period)", select(tier_="1"), betw=True)
        view_report("--since 2022-02-24", select(since=CUTOFF), betw=True)
        view_report("--hs 8456..8466 (machine tools)", select(hs=MT_HS))
        view_report("--hs 880730,850131,852691,848210 (drone parts)", select(hs=DRONE_HS))
    if not only or "hubs" in only:
        hubs()
        flows()
    if not only or "findings" in only:
        findings()
        ownership()
        lists()
    if not only or "planted" in only:
        print()
        planted()
