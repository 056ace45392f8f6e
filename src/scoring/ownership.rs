//! The 50% rule: an entity owned 50% or more, directly or through chains, in
//! aggregate by listed parties. Shares through an unlisted owner are
//! multiplied along the chain (look-through) and summed over owners.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::error::Result;
use crate::store::Store;

/// An entity with listed owners.
#[derive(Debug, Clone, Serialize)]
pub struct OwnershipFinding {
    /// Entity id.
    pub id: String,
    /// Aggregate share held by listed parties, percent (capped at 100).
    pub listed_share: f64,
    /// 50% or more: `owned_by_listed`; else `linked_to_listed`.
    pub label: &'static str,
    /// The arithmetic: each listed owner's contribution.
    pub arithmetic: String,
}

/// Share of `e` held by listed parties, with the terms behind it.
fn listed_share(
    e: &str,
    owners: &BTreeMap<String, Vec<(String, f64)>>,
    listed: &dyn Fn(&str) -> bool,
    path: &mut Vec<String>,
) -> (f64, Vec<String>) {
    let mut total = 0.0;
    let mut terms = Vec::new();
    path.push(e.to_string());
    for (o, share) in owners.get(e).map(Vec::as_slice).unwrap_or(&[]) {
        if path.contains(o) {
            continue; // a cycle of ownership: stop
        }
        if listed(o) {
            total += share;
            terms.push(format!("{o} (listed) {share}%"));
        } else {
            let (sub, _) = listed_share(o, owners, listed, path);
            if sub > 0.0 {
                let c = share * sub / 100.0;
                total += c;
                terms.push(format!("{share}% via {o} x {sub}% listed"));
            }
        }
    }
    path.pop();
    (total.min(100.0), terms)
}

/// Every entity of the store with a listed owner, directly or through a chain.
pub fn owned_by_listed(store: &Store) -> Result<Vec<OwnershipFinding>> {
    let table = store.entity_table()?;
    let mut owners: BTreeMap<String, Vec<(String, f64)>> = BTreeMap::new();
    for l in store.links()? {
        if l.relation == "owns"
            && let Some(share) = l.share
        {
            owners.entry(l.to_id).or_default().push((l.from_id, share));
        }
    }
    let listed = |id: &str| table.index_of(id).is_some_and(|e| table.listed(e));
    let mut out = Vec::new();
    for e in owners.keys() {
        let (share, terms) = listed_share(e, &owners, &listed, &mut Vec::new());
        if share > 0.0 {
            let share = (share * 1e6).round() / 1e6;
            out.push(OwnershipFinding {
                id: e.clone(),
                listed_share: share,
                label: if share >= 50.0 { "owned_by_listed" } else { "linked_to_listed" },
                arithmetic: format!("{} = {share}%", terms.join(" + ")),
            });
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn owners(edges: &[(&str, &str, f64)]) -> BTreeMap<String, Vec<(String, f64)>> {
        let mut m: BTreeMap<String, Vec<(String, f64)>> = BTreeMap::new();
        for (o, a, s) in edges {
            m.entry(a.to_string()).or_default().push((o.to_string(), *s));
        }
        m
    }

    #[test]
    fn aggregation_chains_and_exactly_half() {
        let listed = |id: &str| id.starts_with('L');
        // Two listed owners, 30% + 25%: 55%.
        let m = owners(&[("L1", "A", 30.0), ("L2", "A", 25.0)]);
        assert_eq!(listed_share("A", &m, &listed, &mut vec![]).0, 55.0);
        // A chain: L1 owns 60% of H, H owns 50% of B: 30%.
        let m = owners(&[("L1", "H", 60.0), ("H", "B", 50.0)]);
        let (s, terms) = listed_share("B", &m, &listed, &mut vec![]);
        assert_eq!(s, 30.0);
        assert_eq!(terms, ["50% via H x 60% listed"]);
        // Exactly 50% counts.
        let m = owners(&[("L1", "C", 50.0)]);
        assert_eq!(listed_share("C", &m, &listed, &mut vec![]).0, 50.0);
        // Cycles end.
        let m = owners(&[("X", "Y", 50.0), ("Y", "X", 50.0), ("L1", "X", 10.0)]);
        assert_eq!(listed_share("Y", &m, &listed, &mut vec![]).0, 5.0);
    }
}
