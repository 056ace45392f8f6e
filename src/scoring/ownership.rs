//! The 50% rule, as OFAC and the BIS Affiliates Rule apply it: an entity
//! owned 50% or more, in aggregate, by blocked parties is itself blocked,
//! where the blocked parties are the listed ones and, in turn, those owned
//! 50% or more by blocked parties (so the rule cascades down chains:
//! listed X owns 60% of A, A owns 50% of B, and B is blocked too). Shares
//! held through owners that are not blocked do not count toward it; they
//! are reported as a looser look-through share (multiplied along the chain,
//! summed over owners), labelled `linked_to_listed`.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::error::Result;
use crate::store::Store;

/// An entity with listed owners, or controllers.
#[derive(Debug, Clone, Serialize, Default)]
pub struct OwnershipFinding {
    /// Entity id.
    pub id: String,
    /// For `owned_by_listed`, the aggregate share held by blocked owners;
    /// for `linked_to_listed`, the look-through share; percent, at most 100
    /// (0 for control alone, written blank: not known).
    #[serde(serialize_with = "share_if_known")]
    pub listed_share: f64,
    /// 50% or more held by blocked owners: `owned_by_listed`; else, with a
    /// listed or blocked controller, `controlled_by_listed`; else
    /// `linked_to_listed`.
    pub label: &'static str,
    /// The arithmetic: each owner's contribution, and why an owner that is
    /// not listed counts as blocked.
    pub arithmetic: String,
}

/// A share, or nothing where none is known (control alone).
fn share_if_known<S: serde::Serializer>(share: &f64, s: S) -> std::result::Result<S::Ok, S::Error> {
    if *share > 0.0 { s.serialize_some(share) } else { s.serialize_none() }
}

/// Whether an entity is so (listed, blocked).
type Is<'a> = &'a dyn Fn(&str) -> bool;

/// Owners of each entity: (owner, share in percent).
pub(crate) type Owners = BTreeMap<String, Vec<(String, f64)>>;

/// A share rounded to a millionth of a percent, so that shares that add up
/// to 50 in decimals (0.3 + 32.3 + 17.4) reach it in binary too.
fn round(x: f64) -> f64 {
    (x * 1e6).round() / 1e6
}

/// The entities that are not listed but blocked by the cascade: owned 50%
/// or more, in aggregate, by listed or (in turn) such entities, each with
/// the round it was found in. Grown to a fixed point in rounds, each from
/// the entities blocked in the rounds before, so that neither the result
/// nor the rounds hang on the order of the entities, and an entity's owners
/// of earlier rounds alone hold the 50% that block it: its blocking does
/// not rest on an owner that is blocked only through it.
fn cascade(owners: &Owners, listed: Is<'_>) -> Blocked {
    let mut blocked = Blocked::new();
    for round_no in 1.. {
        let found: Vec<&String> = owners
            .iter()
            .filter(|(e, _)| !listed(e) && !blocked.contains_key(*e))
            .filter(|(_, os)| {
                let share: f64 = os.iter().filter(|(o, _)| listed(o) || blocked.contains_key(o)).map(|(_, s)| s).sum();
                round(share) >= 50.0
            })
            .map(|(e, _)| e)
            .collect();
        if found.is_empty() {
            break;
        }
        blocked.extend(found.into_iter().map(|e| (e.clone(), round_no)));
    }
    blocked
}

/// The entities blocked by the cascade, with the round each was found in.
type Blocked = BTreeMap<String, usize>;

/// The share of `e` held by blocked owners, with a term per owner; a blocked
/// owner that is not listed is explained one level down by the owners that
/// blocked it (`E0390 (owned_by_listed: E0389 (listed) 60%) 50%`), its own
/// finding giving the rest: explaining every chain in full grows with the
/// number of paths, which companies holding shares in each other make
/// huge. An owner blocked in a later round than `e` is told so, not
/// explained: its blocking may rest on `e` (companies holding shares in
/// each other), and `e`'s does not rest on it.
fn blocked_share(e: &str, owners: &Owners, listed: Is<'_>, blocked: &Blocked, explain: bool) -> (f64, Vec<String>) {
    let (mut total, mut terms) = (0.0, Vec::new());
    let e_round = blocked.get(e).copied().unwrap_or(usize::MAX);
    for (o, share) in owners.get(e).map(Vec::as_slice).unwrap_or(&[]) {
        if listed(o) {
            total += share;
            terms.push(format!("{o} (listed) {share}%"));
        } else if let Some(&o_round) = blocked.get(o) {
            total += share;
            if o == e {
                terms.push(format!("{o} (itself, owned_by_listed) {share}%"));
            } else if o_round > e_round {
                terms.push(format!("{o} (owned_by_listed, blocked after it) {share}%"));
            } else if explain {
                let why = blocking_terms(o, owners, listed, blocked);
                terms.push(format!("{o} (owned_by_listed: {}) {share}%", why.join(" + ")));
            } else {
                terms.push(format!("{o} (owned_by_listed) {share}%"));
            }
        }
    }
    (total, terms)
}

/// The terms of the owners that blocked `o`: those listed or blocked in a
/// round before it, which hold 50% or more.
fn blocking_terms(o: &str, owners: &Owners, listed: Is<'_>, blocked: &Blocked) -> Vec<String> {
    let o_round = blocked.get(o).copied().unwrap_or(usize::MAX);
    let mut terms = Vec::new();
    for (p, share) in owners.get(o).map(Vec::as_slice).unwrap_or(&[]) {
        if listed(p) {
            terms.push(format!("{p} (listed) {share}%"));
        } else if blocked.get(p).is_some_and(|&r| r < o_round) {
            terms.push(format!("{p} (owned_by_listed) {share}%"));
        }
    }
    terms
}

/// The look-through share of every entity: blocked owners count in full,
/// other owners by the share they hold times their own look-through share.
/// Solved by iteration (Gauss-Seidel, to a millionth of a percent), so that
/// companies holding shares in each other count through each other once
/// the holdings settle, in time linear in the links per round.
fn look_through_shares(owners: &Owners, blocked: Is<'_>) -> BTreeMap<String, f64> {
    let mut x: BTreeMap<String, f64> = owners.keys().map(|e| (e.clone(), 0.0)).collect();
    for _ in 0..200 {
        let mut change: f64 = 0.0;
        for (e, os) in owners {
            let v: f64 = os
                .iter()
                .map(|(o, s)| if blocked(o) { *s } else { s * x.get(o).copied().unwrap_or(0.0) / 100.0 })
                .sum::<f64>()
                .min(100.0);
            let old = x.insert(e.clone(), v).unwrap_or(0.0);
            change = change.max((v - old).abs());
        }
        if change < 1e-9 {
            break;
        }
    }
    x
}

/// The terms of an entity's look-through share, a term per owner.
fn look_through_terms(
    e: &str,
    owners: &Owners,
    (listed, blocked): (Is<'_>, Is<'_>),
    x: &BTreeMap<String, f64>,
) -> Vec<String> {
    let mut terms = Vec::new();
    for (o, share) in owners.get(e).map(Vec::as_slice).unwrap_or(&[]) {
        if listed(o) || blocked(o) {
            let why = if listed(o) { "listed" } else { "owned_by_listed" };
            terms.push(format!("{o} ({why}) {share}%"));
        } else if let Some(&sub) = x.get(o).filter(|&&v| round(v) > 0.0) {
            terms.push(format!("{share}% via {o} x {}% listed", round(sub)));
        }
    }
    terms
}

/// The findings for every entity with a listed owner, directly or through
/// a chain, from the owners of each entity and which entities are listed.
pub(crate) fn findings(owners: &Owners, listed: Is<'_>) -> Vec<OwnershipFinding> {
    let blocked = cascade(owners, listed);
    let is_blocked = |id: &str| blocked.contains_key(id);
    let either = |id: &str| listed(id) || blocked.contains_key(id);
    let shares = look_through_shares(owners, &either);
    let mut out = Vec::new();
    for e in owners.keys() {
        let (share, terms) = blocked_share(e, owners, listed, &blocked, true);
        let share = round(share);
        if share >= 50.0 {
            let over =
                if share > 100.0 { " (more than 100%: links overlap or are wrong; counted as 100%)" } else { "" };
            let arithmetic = format!("{} = {share}%{over}", terms.join(" + "));
            let share = share.min(100.0);
            out.push(OwnershipFinding { id: e.clone(), listed_share: share, label: "owned_by_listed", arithmetic });
            continue;
        }
        let share = round(shares.get(e).copied().unwrap_or(0.0));
        if share > 0.0 {
            let terms = look_through_terms(e, owners, (listed, &is_blocked), &shares);
            let arithmetic =
                format!("{} = {share}% look-through (blocked owners hold less than 50%)", terms.join(" + "));
            out.push(OwnershipFinding { id: e.clone(), listed_share: share, label: "linked_to_listed", arithmetic });
        }
    }
    out
}

/// Every entity of the store with a listed owner, directly or through a
/// chain; and, not so blocked, those controlled by a listed or blocked
/// party (see `control_findings`).
pub fn owned_by_listed(store: &Store) -> Result<Vec<OwnershipFinding>> {
    let table = store.entity_table()?;
    let mut owners: Owners = BTreeMap::new();
    let mut controllers: Controllers = BTreeMap::new();
    for l in store.links()? {
        match (l.relation.as_str(), l.share) {
            ("owns", Some(share)) => owners.entry(l.to_id).or_default().push((l.from_id, share)),
            ("owns", None) => controllers.entry(l.to_id).or_default().push((l.from_id, "owns a share not given of it")),
            ("controls", _) => controllers.entry(l.to_id).or_default().push((l.from_id, "controls it")),
            ("subsidiary_of", _) => controllers.entry(l.from_id).or_default().push((l.to_id, "is its parent")),
            _ => {}
        }
    }
    // Shares are percentages: 0.5 is half a percent. Fractions throughout
    // are a file written otherwise.
    let shares: Vec<f64> = owners.values().flatten().map(|(_, s)| *s).collect();
    if shares.len() >= 2 && shares.iter().all(|s| *s <= 1.0) && shares.iter().any(|s| *s > 0.0) {
        log::warn!(
            "every ownership share in the store is 1 or less: shares are percentages (50 for half, 0.5 for half a \
             percent); if the links give fractions, multiply them by 100 and import them again"
        );
    }
    let listed = |id: &str| table.index_of(id).is_some_and(|e| table.listed(e));
    let mut found = findings(&owners, &listed);
    let lists_of = |id: &str| -> Vec<String> {
        table.index_of(id).map(|e| table.lists[e as usize].iter().map(|l| l.to_string()).collect()).unwrap_or_default()
    };
    let regimes = regimes(&owners, &lists_of);
    let listings = store.listings()?;
    let export_control = export_control_only(&owners, &listings);
    for f in found.iter_mut().filter(|f| f.label == "owned_by_listed") {
        if let Some(note) = shares_by_list(&owners[&f.id], f.listed_share, &regimes) {
            f.arithmetic.push_str(&note);
        }
        if let Some(note) = without_export_control(&owners[&f.id], &export_control) {
            f.arithmetic.push_str(&note);
        }
    }
    let mut found = control_findings(found, (&owners, &controllers), &listed);
    // A listed party is blocked by its listing: its owners add nothing.
    found.retain(|f| !listed(&f.id));
    // The parties of the arithmetic named, not by their ids alone.
    let parties: BTreeSet<&str> = owners
        .values()
        .flatten()
        .map(|(o, _)| o.as_str())
        .chain(controllers.values().flatten().map(|(c, _)| c.as_str()))
        .collect();
    let details = store.entity_details(&parties.into_iter().collect::<Vec<_>>())?;
    let names: BTreeMap<&str, &str> = details.iter().map(|(id, d)| (id.as_str(), d.name.as_str())).collect();
    // Each listed party's lists, with the similarity of the name match
    // that alone puts it on one.
    let by_name = store.lists_by_name_match()?;
    let listings: BTreeMap<&str, String> = names
        .keys()
        .filter_map(|&id| {
            let lists = table.index_of(id).map(|e| &table.lists[e as usize]).filter(|l| !l.is_empty())?;
            let lists: Vec<String> = lists
                .iter()
                .map(|l| match by_name.get(&(id.to_string(), l.to_string())) {
                    Some(score) => format!("{l} by name {score:.2}"),
                    None => l.to_string(),
                })
                .collect();
            Some((id, format!("(listed: {})", lists.join(", "))))
        })
        .collect();
    for f in &mut found {
        f.arithmetic = with_names(&f.arithmetic, &names, &listings);
    }
    Ok(found)
}

/// The arithmetic with each party's name after its id, and a listed
/// party's lists in its status (`E0228 Kvarta LLC (listed: EU) 25%`): ids
/// stand before their status in parentheses, or after `via`; other words
/// that happen to be ids are left as they are.
fn with_names(arithmetic: &str, names: &BTreeMap<&str, &str>, listings: &BTreeMap<&str, String>) -> String {
    let words: Vec<&str> = arithmetic.split(' ').collect();
    let mut out = Vec::with_capacity(words.len());
    for (i, w) in words.iter().enumerate() {
        let party = words.get(i + 1).is_some_and(|n| n.starts_with('(')) || (i > 0 && words[i - 1] == "via");
        match names.get(w).filter(|n| party && !n.is_empty() && **n != *w) {
            Some(name) => out.push(format!("{w} {name}")),
            None => match listings.get(if i > 0 { words[i - 1] } else { "" }).filter(|_| *w == "(listed)") {
                Some(listing) => out.push(listing.clone()),
                None => out.push(w.to_string()),
            },
        }
    }
    out.join(" ")
}

/// Each list of the store's listed owners, with the parties blocked under
/// its regime alone: those on it, and those the cascade blocks from them.
struct Regime {
    list: String,
    on: BTreeSet<String>,
    blocked: Blocked,
}

/// The regime of each list that owners are on.
fn regimes(owners: &Owners, lists_of: &dyn Fn(&str) -> Vec<String>) -> Vec<Regime> {
    let mut on: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for o in owners.values().flatten().map(|(o, _)| o) {
        for l in lists_of(o) {
            on.entry(l).or_default().insert(o.clone());
        }
    }
    on.into_iter()
        .map(|(list, on)| {
            let blocked = cascade(owners, &|id: &str| on.contains(id));
            Regime { list, on, blocked }
        })
        .collect()
}

/// The shares of an entity held by blocked owners, list by list (`; by
/// list: EU 30%, US-SDN 30%`), when the lists differ from the `total` of
/// all lists together, saying so when no one list's reach 50%: a regime's
/// 50% rule counts the parties on its own list (OFAC's, the EU's), and
/// those blocked through them; the sum over lists is the broader
/// `in aggregate by listed parties`.
fn shares_by_list(owners: &[(String, f64)], total: f64, regimes: &[Regime]) -> Option<String> {
    let by_list: Vec<(&str, f64)> = regimes
        .iter()
        .map(|r| {
            let held = owners.iter().filter(|(o, _)| r.on.contains(o) || r.blocked.contains_key(o));
            (r.list.as_str(), round(held.map(|(_, s)| s).sum::<f64>()).min(100.0))
        })
        .filter(|(_, s)| *s > 0.0)
        .collect();
    let none_reaches = total >= 50.0 && by_list.iter().all(|(_, s)| *s < 50.0);
    if !none_reaches && by_list.iter().all(|(_, s)| *s == total) {
        return None;
    }
    let terms: Vec<String> = by_list.iter().map(|(l, s)| format!("{l} {s}%")).collect();
    Some(format!(
        "; by list: {}{}",
        if terms.is_empty() { "0% on each".to_string() } else { terms.join(", ") },
        if none_reaches { " (no one list reaches 50%: a regime counts the parties on its own list)" } else { "" }
    ))
}

/// Whether a list or programme is one of export controls: the EU's Annex
/// IV to Regulation 833/2014, the BIS Entity List and military end-user
/// lists, Japan's METI end-user lists. Such a list restricts exports to its
/// parties and freezes no assets.
fn is_export_control(label: &str) -> bool {
    let l = label.to_lowercase();
    ["annex iv", "entity list", "mieu", "military end user", "meu list", "export.control", "export control", "meti"]
        .iter()
        .any(|k| l.contains(k))
        || l == "us-el"
        || l.starts_with("us-bis")
}

/// The listed owners all of whose listings are export controls (each
/// listing by its programmes, or its list's name where it gives none), with
/// the names of those listings.
struct ExportControl {
    parties: BTreeMap<String, Vec<String>>,
    /// The parties blocked by the others alone, by the cascade.
    others: Regime,
}

fn export_control_only(owners: &Owners, listings: &BTreeMap<String, Vec<(String, String)>>) -> ExportControl {
    let mut parties: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut on = BTreeSet::new();
    for o in owners.values().flatten().map(|(o, _)| o) {
        let Some(listed) = listings.get(o) else { continue };
        let labels: Vec<&str> = listed
            .iter()
            .flat_map(|(list, programs)| {
                let programs: Vec<&str> = programs.split(';').filter(|p| !p.is_empty()).collect();
                if programs.is_empty() { vec![list.as_str()] } else { programs }
            })
            .collect();
        if labels.iter().all(|l| is_export_control(l)) {
            let mut labels: Vec<String> = labels.iter().map(|l| l.to_string()).collect();
            labels.dedup();
            parties.insert(o.clone(), labels);
        } else {
            on.insert(o.clone());
        }
    }
    let blocked = cascade(owners, &|id: &str| on.contains(id));
    ExportControl { parties, others: Regime { list: String::new(), on, blocked } }
}

/// When parties on export-control lists alone make an entity's share 50%
/// or more, the share without them, and what such a list does.
fn without_export_control(owners: &[(String, f64)], x: &ExportControl) -> Option<String> {
    let held = owners.iter().filter(|(o, _)| x.others.on.contains(o) || x.others.blocked.contains_key(o));
    // From +0: a sum of nothing is -0, written so.
    let share = round(held.map(|(_, s)| s).fold(0.0, |a, b| a + b)).min(100.0);
    if share >= 50.0 {
        return None;
    }
    // The lists of the owners themselves; else they are up the chain.
    let mut labels: Vec<&str> =
        owners.iter().filter_map(|(o, _)| x.parties.get(o)).flatten().map(String::as_str).collect();
    labels.sort_unstable();
    labels.dedup();
    let which = if labels.is_empty() { "up the chain".to_string() } else { format!("({})", labels.join(", ")) };
    Some(format!(
        "; without the parties on export-control lists alone {which}: {share}% (such a list restricts exports to \
         its parties and freezes no assets; whether it reaches what they own is its regime's: check it)"
    ))
}

/// Controllers of each entity: (controller, how it controls).
type Controllers = BTreeMap<String, Vec<(String, &'static str)>>;

/// The findings, with `controlled_by_listed` for each entity not listed nor
/// owned 50% by blocked parties whose controller (a `controls` link, a
/// parent, or an `owns` link without a share) is listed or blocked: the
/// EU freezes what listed parties own or control; OFAC does not block on
/// control alone, but counsels caution. Control passes down chains, to a
/// fixed point: what a controlled entity controls, or owns 50% or more of
/// with listed, blocked or controlled parties, is controlled too (the
/// listed party controls it through them). It takes the place of a
/// `linked_to_listed` finding, keeping its look-through share.
fn control_findings(
    mut found: Vec<OwnershipFinding>,
    (owners, controllers): (&Owners, &Controllers),
    listed: Is<'_>,
) -> Vec<OwnershipFinding> {
    let blocked: BTreeSet<String> =
        found.iter().filter(|f| f.label == "owned_by_listed").map(|f| f.id.clone()).collect();
    let status = |c: &str, controlled: &BTreeSet<String>| {
        if listed(c) {
            Some("listed")
        } else if blocked.contains(c) {
            Some("owned_by_listed")
        } else {
            controlled.contains(c).then_some("controlled_by_listed")
        }
    };
    // Why `e` is controlled, given the entities controlled so far; none
    // if it is not.
    let why = |e: &str, controlled: &BTreeSet<String>| -> Option<String> {
        let terms: Vec<String> = controllers
            .get(e)
            .into_iter()
            .flatten()
            .filter(|(c, _)| c != e)
            .filter_map(|(c, how)| status(c, controlled).map(|why| format!("{c} ({why}) {how}")))
            .collect();
        // Owned 50% or more with parties so controlled (those listed or
        // blocked alone make it owned_by_listed, above).
        let held: Vec<(&String, f64, &str)> = owners
            .get(e)
            .into_iter()
            .flatten()
            .filter(|(o, _)| o != e)
            .filter_map(|(o, share)| status(o, controlled).map(|why| (o, *share, why)))
            .collect();
        let share = round(held.iter().map(|(_, s, _)| s).sum());
        let mut why = Vec::new();
        if !terms.is_empty() {
            why.push(format!("{}: controlled, share not known", terms.join("; ")));
        }
        if share >= 50.0 && held.iter().any(|(_, _, why)| *why == "controlled_by_listed") {
            let parts: Vec<String> = held.iter().map(|(o, s, why)| format!("{o} ({why}) {s}%")).collect();
            why.push(format!("{} = {share}%: controlled through them", parts.join(" + ")));
        }
        (!why.is_empty()).then(|| why.join("; "))
    };
    // The controlled entities, to a fixed point, by a work list: an entity
    // found controlled puts those it controls or owns up again. Then each
    // one's reasons, from all of them, so that the text does not hang on
    // the order found.
    let mut below: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (e, cs) in controllers {
        cs.iter().for_each(|(c, _)| below.entry(c.as_str()).or_default().push(e.as_str()));
    }
    for (e, os) in owners {
        os.iter().for_each(|(o, _)| below.entry(o.as_str()).or_default().push(e.as_str()));
    }
    let mut controlled: BTreeSet<String> = BTreeSet::new();
    let mut work: Vec<&str> = controllers.keys().chain(owners.keys()).map(String::as_str).collect();
    while let Some(e) = work.pop() {
        if listed(e) || blocked.contains(e) || controlled.contains(e) || why(e, &controlled).is_none() {
            continue;
        }
        controlled.insert(e.to_string());
        work.extend(below.get(e).into_iter().flatten());
    }
    let controlled: Vec<(String, String)> =
        controlled.iter().filter_map(|e| why(e, &controlled).map(|w| (e.clone(), w))).collect();
    for (e, arithmetic) in controlled {
        match found.iter_mut().find(|f| f.id == e) {
            Some(f) => {
                f.arithmetic = format!("{arithmetic}; {}", f.arithmetic);
                f.label = "controlled_by_listed";
            }
            None => {
                found.push(OwnershipFinding { id: e, listed_share: 0.0, label: "controlled_by_listed", arithmetic })
            }
        }
    }
    found.sort_by(|a, b| a.id.cmp(&b.id));
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn owners(edges: &[(&str, &str, f64)]) -> Owners {
        let mut m: Owners = BTreeMap::new();
        for (o, a, s) in edges {
            m.entry(a.to_string()).or_default().push((o.to_string(), *s));
        }
        m
    }

    /// Each entity's (label, share, arithmetic); listed ones start with L.
    fn found(edges: &[(&str, &str, f64)]) -> BTreeMap<String, (&'static str, f64, String)> {
        let listed = |id: &str| id.starts_with('L');
        findings(&owners(edges), &listed).into_iter().map(|f| (f.id, (f.label, f.listed_share, f.arithmetic))).collect()
    }

    #[test]
    fn control_without_a_share_is_a_finding_of_its_own() {
        // L1 controls C; P owns D in a share not given, P being blocked
        // (60% held by L1); E is linked through 20% and a listed parent;
        // B, owned 60%, stays owned_by_listed whatever controls it.
        let listed = |id: &str| id.starts_with('L');
        let owners = owners(&[("L1", "P", 60.0), ("L1", "B", 60.0), ("L2", "E", 20.0)]);
        let mut controllers: Controllers = BTreeMap::new();
        controllers.entry("C".into()).or_default().push(("L1".into(), "controls it"));
        controllers.entry("D".into()).or_default().push(("P".into(), "owns a share not given of it"));
        controllers.entry("E".into()).or_default().push(("L3".into(), "is its parent"));
        controllers.entry("B".into()).or_default().push(("L2".into(), "controls it"));
        controllers.entry("F".into()).or_default().push(("Q".into(), "controls it"));
        let f: BTreeMap<String, (&str, f64, String)> =
            control_findings(findings(&owners, &listed), (&owners, &controllers), &listed)
                .into_iter()
                .map(|f| (f.id, (f.label, f.listed_share, f.arithmetic)))
                .collect();
        assert_eq!(
            f["C"],
            ("controlled_by_listed", 0.0, "L1 (listed) controls it: controlled, share not known".into())
        );
        assert_eq!(f["D"].2, "P (owned_by_listed) owns a share not given of it: controlled, share not known");
        assert_eq!(f["E"].0, "controlled_by_listed");
        assert_eq!(f["E"].1, 20.0);
        assert!(
            f["E"].2.starts_with("L3 (listed) is its parent: controlled, share not known; L2 (listed) 20%"),
            "{}",
            f["E"].2
        );
        assert_eq!(f["B"].0, "owned_by_listed");
        assert!(!f.contains_key("F"), "a controller not listed nor blocked");
    }

    #[test]
    fn parties_are_named_where_they_stand_in_the_arithmetic() {
        let names: BTreeMap<&str, &str> = [("E1", "Kvarta LLC"), ("E2", "Vorta AO"), ("x", "Xeno")].into();
        let listings: BTreeMap<&str, String> = [("E1", "(listed: EU, UK by name 0.93)".to_string())].into();
        assert_eq!(
            with_names("E1 (listed) 25% + 30% via E2 x 40% listed = 37%", &names, &listings),
            "E1 Kvarta LLC (listed: EU, UK by name 0.93) 25% + 30% via E2 Vorta AO x 40% listed = 37%"
        );
        assert_eq!(
            with_names("E2 (owned_by_listed: E1 (listed) 60%) 50% = 50%", &names, &BTreeMap::new()),
            "E2 Vorta AO (owned_by_listed: E1 Kvarta LLC (listed) 60%) 50% = 50%"
        );
    }

    #[test]
    fn control_passes_down_chains() {
        // L1 controls C1; C1 owns all of D1 and controls G; H is 30% L2's
        // and 30% C1's; I 40% C1's only; J is controlled by G, two steps
        // down.
        let listed = |id: &str| id.starts_with('L');
        let held = owners(&[("C1", "D1", 100.0), ("L2", "H", 30.0), ("C1", "H", 30.0), ("C1", "I", 40.0)]);
        let mut controllers: Controllers = BTreeMap::new();
        controllers.entry("C1".into()).or_default().push(("L1".into(), "controls it"));
        controllers.entry("G".into()).or_default().push(("C1".into(), "controls it"));
        controllers.entry("J".into()).or_default().push(("G".into(), "is its parent"));
        let f: BTreeMap<String, (&str, String)> =
            control_findings(findings(&held, &listed), (&held, &controllers), &listed)
                .into_iter()
                .map(|f| (f.id, (f.label, f.arithmetic)))
                .collect();
        let told = |id: &str| f.get(id).map(|(label, why)| (*label, why.as_str()));
        assert_eq!(
            told("D1"),
            Some(("controlled_by_listed", "C1 (controlled_by_listed) 100% = 100%: controlled through them"))
        );
        assert_eq!(
            told("G"),
            Some(("controlled_by_listed", "C1 (controlled_by_listed) controls it: controlled, share not known"))
        );
        assert_eq!(
            told("J"),
            Some(("controlled_by_listed", "G (controlled_by_listed) is its parent: controlled, share not known"))
        );
        let h = told("H").unwrap();
        assert_eq!(h.0, "controlled_by_listed");
        assert!(
            h.1.starts_with("L2 (listed) 30% + C1 (controlled_by_listed) 30% = 60%: controlled through them; L2"),
            "{}",
            h.1
        );
        // 40% held by a controlled company: linked, not controlled.
        assert_eq!(told("I"), None);
        // The reasons do not hang on the order of the ids: L1 controls X
        // and B, B owns all of X; X named A (before B) or Z (after).
        for x in ["A", "Z"] {
            let held = owners(&[("B", x, 100.0)]);
            let mut controllers: Controllers = BTreeMap::new();
            controllers.entry(x.into()).or_default().push(("L1".into(), "controls it"));
            controllers.entry("B".into()).or_default().push(("L1".into(), "controls it"));
            let f = control_findings(findings(&held, &listed), (&held, &controllers), &listed);
            let why = &f.iter().find(|f| f.id == x).unwrap().arithmetic;
            assert_eq!(
                why,
                "L1 (listed) controls it: controlled, share not known; B (controlled_by_listed) 100% = 100%: \
                 controlled through them",
                "{x}"
            );
        }
    }

    #[test]
    fn shares_are_told_by_list_when_owners_are_on_several() {
        let lists_of = |id: &str| -> Vec<String> {
            match id {
                "L1" => vec!["EU".into()],
                "L2" => vec!["US-SDN".into()],
                "L3" => vec!["EU".into(), "US-SDN".into()],
                _ => vec![],
            }
        };
        // The note on B's share, B owned_by_listed by all lists together.
        let note = |edges: &[(&str, &str, f64)]| {
            let owners = owners(edges);
            let total = found(edges)["B"].1;
            shares_by_list(&owners["B"], total, &regimes(&owners, &lists_of))
        };
        let none = " (no one list reaches 50%: a regime counts the parties on its own list)";
        // 30% on each of two lists: 60% in all, neither list at 50%.
        assert_eq!(note(&[("L1", "B", 30.0), ("L2", "B", 30.0)]), Some(format!("; by list: EU 30%, US-SDN 30%{none}")));
        // Owners not listed (P) do not hide it.
        assert!(note(&[("L1", "B", 30.0), ("L2", "B", 30.0), ("P", "B", 40.0)]).is_some_and(|n| n.ends_with(none)));
        // An owner on both lists counts on each: EU reaches 50%.
        assert_eq!(note(&[("L1", "B", 20.0), ("L3", "B", 30.0)]).as_deref(), Some("; by list: EU 50%, US-SDN 30%"));
        // One list, or every list's parties holding all: nothing to add.
        assert_eq!(note(&[("L1", "B", 60.0), ("P", "B", 40.0)]), None);
        assert_eq!(note(&[("L3", "B", 60.0)]), None);
        // A blocked owner counts under the list whose parties block it: H
        // is 60% US-SDN's, so its 50% of B counts there, not under EU.
        assert_eq!(
            note(&[("L2", "H", 60.0), ("H", "B", 50.0), ("L1", "B", 10.0)]).as_deref(),
            Some("; by list: EU 10%, US-SDN 50%")
        );
        // H blocked only by both lists together: B, all H's, is blocked by
        // neither list alone.
        assert_eq!(
            note(&[("L1", "H", 30.0), ("L2", "H", 30.0), ("H", "B", 100.0)]),
            Some(format!("; by list: 0% on each{none}"))
        );
    }

    #[test]
    fn export_control_lists_are_told_by_their_names_and_programmes() {
        for label in ["US-EL", "EU-RUS annex IV", "US-BIS-MIEU", "Entity List (EL) - Bureau of Industry and Security"] {
            assert!(is_export_control(label), "{label}");
        }
        for label in ["US-SDN", "EU", "EU-RUS annex III", "RUSSIA-EO14024", "UK"] {
            assert!(!is_export_control(label), "{label}");
        }
    }

    #[test]
    fn holdings_over_100_percent_are_told_and_counted_as_100() {
        let f = found(&[("L1", "A", 60.0), ("L2", "A", 60.0)]);
        assert_eq!(f["A"].1, 100.0);
        assert_eq!(
            f["A"].2,
            "L1 (listed) 60% + L2 (listed) 60% = 120% (more than 100%: links overlap or are wrong; counted as 100%)"
        );
    }

    #[test]
    fn aggregation_across_owners_and_exactly_half() {
        // Two listed owners, 30% + 25%: 55%.
        let f = found(&[("L1", "A", 30.0), ("L2", "A", 25.0), ("P", "A", 45.0)]);
        assert_eq!(f["A"], ("owned_by_listed", 55.0, "L1 (listed) 30% + L2 (listed) 25% = 55%".into()));
        // Exactly 50% counts; 49% does not.
        assert_eq!(found(&[("L1", "C", 50.0)])["C"].0, "owned_by_listed");
        assert_eq!(found(&[("L1", "C", 49.0)])["C"].0, "linked_to_listed");
    }

    #[test]
    fn the_rule_cascades_through_blocked_owners() {
        // L1 owns 60% of H, so H is blocked; H owns 50% of B, so B is too
        // (OFAC's own example), though the look-through is 30%.
        let f = found(&[("L1", "H", 60.0), ("H", "B", 50.0)]);
        assert_eq!(f["H"], ("owned_by_listed", 60.0, "L1 (listed) 60% = 60%".into()));
        assert_eq!(f["B"], ("owned_by_listed", 50.0, "H (owned_by_listed: L1 (listed) 60%) 50% = 50%".into()));
        // Three levels, and a blocked owner aggregated with a listed one.
        let f = found(&[("L1", "H", 50.0), ("H", "G", 50.0), ("G", "B", 30.0), ("L2", "B", 20.0)]);
        assert_eq!(f["B"].0, "owned_by_listed");
        assert_eq!(f["B"].1, 50.0);
        // Holdings in each other: A is blocked by L's 50%; B, half A's, in
        // turn; B's 20% of A counts toward A's share but is not told as
        // what blocks A, nor A's toward B as blocked by B.
        let f = found(&[("L", "A", 50.0), ("A", "B", 50.0), ("B", "A", 20.0)]);
        assert_eq!(f["A"].2, "L (listed) 50% + B (owned_by_listed, blocked after it) 20% = 70%");
        assert_eq!(f["B"].2, "A (owned_by_listed: L (listed) 50%) 50% = 50%");
        // An entity holding its own shares.
        let f = found(&[("L", "A", 60.0), ("A", "A", 10.0)]);
        assert_eq!(f["A"].2, "L (listed) 60% + A (itself, owned_by_listed) 10% = 70%");
    }

    #[test]
    fn owners_that_are_not_blocked_give_a_look_through_share_only() {
        // L1 owns 40% of H: H is not blocked, and B, 100% H's and 20% L1's,
        // is not either, though the look-through is 60%.
        let f = found(&[("L1", "H", 40.0), ("H", "B", 100.0), ("L1", "B", 20.0)]);
        assert_eq!(f["H"].0, "linked_to_listed");
        let (label, share, arithmetic) = &f["B"];
        assert_eq!((*label, *share), ("linked_to_listed", 60.0));
        assert!(arithmetic.starts_with("100% via H x 40% listed + L1 (listed) 20% = 60% look-through"), "{arithmetic}");
        // Nothing listed: nothing found.
        assert!(found(&[("P", "Q", 100.0)]).is_empty());
    }

    proptest::proptest! {
        /// On random ownership among 7 parties (L0 and L1 listed): the
        /// entities found owned_by_listed are exactly a set closed under the
        /// rule (each holds 50% or more from listed or found owners, and no
        /// other entity does), whatever the order of the links.
        #[test]
        fn owned_by_listed_is_the_fixed_point_of_the_rule(
            edges in proptest::collection::vec((0..7usize, 0..7usize, proptest::sample::select(vec![10.0, 20.0, 25.0, 30.0, 40.0, 50.0, 60.0])), 0..14)
        ) {
            let names = ["L0", "L1", "A", "B", "C", "D", "E"];
            let edges: Vec<(&str, &str, f64)> = edges.iter().filter(|(o, a, _)| o != a).map(|&(o, a, s)| (names[o], names[a], s)).collect();
            let f = found(&edges);
            let owned: BTreeSet<&str> = f.iter().filter(|(_, v)| v.0 == "owned_by_listed").map(|(k, _)| k.as_str()).collect();
            let m = owners(&edges);
            for (e, os) in &m {
                let held: f64 = os.iter().filter(|(o, _)| o.starts_with('L') || owned.contains(o.as_str())).map(|(_, s)| s).sum();
                proptest::prop_assert_eq!(held >= 50.0, owned.contains(e.as_str()), "{} holds {}", e, held);
            }
            let mut reversed = edges.clone();
            reversed.reverse();
            let g = found(&reversed);
            let labels = |x: &BTreeMap<String, (&'static str, f64, String)>| -> Vec<(String, &'static str, f64)> {
                x.iter().map(|(k, v)| (k.clone(), v.0, v.1)).collect()
            };
            proptest::prop_assert_eq!(labels(&f), labels(&g));
        }
    }

    #[test]
    fn shares_that_add_up_to_half_in_decimals_reach_it_and_the_rule_cascades_on() {
        let f = found(&[("L1", "A", 0.3), ("L2", "A", 32.3), ("L3", "A", 17.4), ("A", "B", 100.0)]);
        assert_eq!((f["A"].0, f["A"].1), ("owned_by_listed", 50.0));
        assert_eq!(f["B"].0, "owned_by_listed");
        // An owner blocked by the rule, not listed, is named so in a look-through.
        let f = found(&[("L1", "H", 60.0), ("H", "B", 30.0)]);
        assert!(f["B"].2.starts_with("H (owned_by_listed) 30% = 30% look-through"), "{}", f["B"].2);
    }

    #[test]
    fn companies_holding_shares_in_each_other_are_explained_briefly() {
        // Twelve companies half owned by a listed party, each holding 4% of
        // every other: every explanation stays short (a full one per path
        // grows factorially).
        let names: Vec<String> = (0..12).map(|i| format!("C{i}")).collect();
        let mut edges: Vec<(&str, &str, f64)> = names.iter().map(|c| ("L0", c.as_str(), 50.0)).collect();
        for a in &names {
            for b in &names {
                if a != b {
                    edges.push((a, b, 4.0));
                }
            }
        }
        let f = found(&edges);
        assert!(names.iter().all(|c| f[c].0 == "owned_by_listed" && f[c].1 == 94.0));
        assert!(f.values().all(|v| v.2.len() < 4_000), "{}", f["C0"].2.len());
    }

    #[test]
    fn cycles_of_ownership_end() {
        // X and Y hold half of each other, L1 a tenth of X: X's share is
        // 10% + 50% of Y's, Y's 50% of X's: X 13.33%, Y 6.67%.
        let f = found(&[("X", "Y", 50.0), ("Y", "X", 50.0), ("L1", "X", 10.0)]);
        assert_eq!(f["X"].1, 13.333333);
        assert_eq!(
            f["Y"],
            (
                "linked_to_listed",
                6.666667,
                "50% via X x 13.333333% listed = 6.666667% look-through (blocked owners hold less than 50%)".into()
            )
        );
        // Two entities that each hold half of the other, one with a listed
        // half-owner: both blocked, and the explanation stops at the cycle.
        let f = found(&[("L1", "X", 50.0), ("X", "Y", 50.0), ("Y", "X", 50.0)]);
        assert_eq!(f["Y"].0, "owned_by_listed");
        assert_eq!(f["X"].1, 100.0);
    }
}
