//! Dependency of weapon systems on manufacturers, from findings (parts found
//! in weapon systems): manufacturers ranked by the weapon systems their parts
//! were found in (subsidiaries rolled up into their parents along
//! `subsidiary_of` links), the fewest manufacturers whose denial would touch a
//! given share of the weapon systems (greedy set cover), and the weapon
//! systems that depend on a single manufacturer for a category of part.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::round;
use crate::error::Result;
use crate::store::Store;

/// Options of [`find_dependency`].
#[derive(Debug, Clone)]
pub struct DependencyOptions {
    /// Share of weapon systems the cover must touch (0-1).
    pub coverage: f64,
    /// Roll subsidiaries up into their parents.
    pub rollup: bool,
    /// Ranking rows to keep.
    pub top: usize,
}

impl Default for DependencyOptions {
    fn default() -> Self {
        DependencyOptions { coverage: 0.8, rollup: true, top: 20 }
    }
}

/// A manufacturer and the weapon systems its parts were found in.
#[derive(Debug, Clone, Serialize, Default)]
pub struct MakerRow {
    /// Rank by weapon systems, then parts.
    pub rank: usize,
    /// Manufacturer id (the parent, when rolled up).
    pub id: String,
    /// Name.
    pub name: String,
    /// Country.
    pub country: String,
    /// Weapon systems its parts (or its subsidiaries' parts) were found in.
    pub weapon_systems: usize,
    /// Distinct part numbers found.
    pub parts: usize,
    /// Subsidiaries whose findings were rolled up into it.
    pub subsidiaries: Vec<String>,
}

/// One step of the greedy cover.
#[derive(Debug, Clone, Serialize, Default)]
pub struct CoverStep {
    /// Step, from 1.
    pub step: usize,
    /// Manufacturer chosen.
    pub id: String,
    /// Name.
    pub name: String,
    /// Weapon systems it adds.
    pub added: usize,
    /// Weapon systems covered so far.
    pub covered: usize,
    /// Percent of all weapon systems covered so far.
    pub covered_pct: f64,
}

/// A weapon system whose parts of one category all come from one manufacturer.
#[derive(Debug, Clone, Serialize, Default)]
pub struct SingleSource {
    /// Weapon system.
    pub weapon_system: String,
    /// Part category.
    pub category: String,
    /// The one manufacturer.
    pub id: String,
    /// Name.
    pub name: String,
    /// Distinct parts of that category found.
    pub parts: usize,
}

/// The dependency report.
#[derive(Debug, Clone, Serialize)]
pub struct DependencyReport {
    /// Weapon systems in the findings.
    pub weapon_systems: usize,
    /// Manufacturers ranked.
    pub ranking: Vec<MakerRow>,
    /// The greedy cover.
    pub cover: Vec<CoverStep>,
    /// Single-manufacturer dependencies.
    pub single_source: Vec<SingleSource>,
}

/// The parent each subsidiary rolls up into (following chains; cycles stop).
pub fn rollup_parents(links: &[(String, String)]) -> BTreeMap<String, String> {
    let direct: BTreeMap<&str, &str> = links.iter().map(|(c, p)| (c.as_str(), p.as_str())).collect();
    let mut out = BTreeMap::new();
    for &child in direct.keys() {
        let mut top = child;
        let mut seen = BTreeSet::new();
        while let Some(&p) = direct.get(top) {
            if !seen.insert(top) {
                break;
            }
            top = p;
        }
        if top != child {
            out.insert(child.to_string(), top.to_string());
        }
    }
    out
}

/// Greedy set cover: repeatedly take the set adding most uncovered elements
/// (ties: the smallest key) until `needed` are covered or nothing is added.
pub fn greedy_cover(sets: &BTreeMap<String, BTreeSet<String>>, needed: usize) -> Vec<(&str, usize, usize)> {
    let mut covered: BTreeSet<&str> = BTreeSet::new();
    let mut steps = Vec::new();
    while covered.len() < needed {
        let best = sets
            .iter()
            .map(|(k, s)| (k, s.iter().filter(|x| !covered.contains(x.as_str())).count()))
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)));
        match best {
            Some((k, added)) if added > 0 => {
                covered.extend(sets[k].iter().map(String::as_str));
                steps.push((k.as_str(), added, covered.len()));
            }
            _ => break,
        }
    }
    steps
}

/// Build the dependency report from the store's findings and links.
pub fn find_dependency(store: &Store, opts: &DependencyOptions) -> Result<DependencyReport> {
    let findings = store.findings()?;
    let subsidiary_links: Vec<(String, String)> =
        store.links()?.into_iter().filter(|l| l.relation == "subsidiary_of").map(|l| (l.from_id, l.to_id)).collect();
    let parents = if opts.rollup { rollup_parents(&subsidiary_links) } else { BTreeMap::new() };
    let maker = |m: &str| parents.get(m).cloned().unwrap_or_else(|| m.to_string());
    let mut systems: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut parts: BTreeMap<String, BTreeSet<(String, String)>> = BTreeMap::new();
    let mut rolled: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut by_category: BTreeMap<(String, String), BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    let mut all_systems = BTreeSet::new();
    for f in &findings {
        let m = maker(&f.manufacturer_id);
        if m != f.manufacturer_id {
            rolled.entry(m.clone()).or_default().insert(f.manufacturer_id.clone());
        }
        systems.entry(m.clone()).or_default().insert(f.weapon_system.clone());
        parts.entry(m.clone()).or_default().insert((f.manufacturer_id.clone(), f.part_number.clone()));
        by_category
            .entry((f.weapon_system.clone(), f.category.clone()))
            .or_default()
            .entry(m)
            .or_default()
            .insert(f.part_number.clone());
        all_systems.insert(f.weapon_system.clone());
    }
    let mut ids: Vec<&str> = systems.keys().map(String::as_str).collect();
    ids.sort_by(|a, b| {
        systems[*b].len().cmp(&systems[*a].len()).then(parts[*b].len().cmp(&parts[*a].len())).then(a.cmp(b))
    });
    let details = store.entity_details(&ids)?;
    let name = |id: &str| details.get(id).map(|d| d.name.clone()).unwrap_or_default();
    let ranking = ids
        .iter()
        .take(opts.top)
        .enumerate()
        .map(|(i, &id)| MakerRow {
            rank: i + 1,
            id: id.to_string(),
            name: name(id),
            country: details.get(id).map(|d| d.country.clone()).unwrap_or_default(),
            weapon_systems: systems[id].len(),
            parts: parts[id].len(),
            subsidiaries: rolled.get(id).map(|s| s.iter().cloned().collect()).unwrap_or_default(),
        })
        .collect();
    let total = all_systems.len();
    let needed = ((opts.coverage * total as f64) - 1e-9).ceil().max(0.0) as usize;
    let cover = greedy_cover(&systems, needed)
        .into_iter()
        .enumerate()
        .map(|(i, (id, added, covered))| CoverStep {
            step: i + 1,
            id: id.to_string(),
            name: name(id),
            added,
            covered,
            covered_pct: round(100.0 * covered as f64 / total.max(1) as f64, 2),
        })
        .collect();
    let single_source = by_category
        .into_iter()
        .filter(|(_, makers)| makers.len() == 1)
        .filter_map(|((weapon_system, category), makers)| {
            let (id, p) = makers.into_iter().next()?;
            Some(SingleSource { weapon_system, category, name: name(&id), id, parts: p.len() })
        })
        .filter(|s| s.category != "unknown")
        .collect();
    Ok(DependencyReport { weapon_systems: total, ranking, cover, single_source })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subsidiaries_roll_up_along_chains() {
        let links = vec![("C".to_string(), "B".to_string()), ("B".to_string(), "A".to_string())];
        let p = rollup_parents(&links);
        assert_eq!(p["C"], "A");
        assert_eq!(p["B"], "A");
        let cyclic = vec![("X".to_string(), "Y".to_string()), ("Y".to_string(), "X".to_string())];
        // A cycle terminates and names no parent.
        assert!(rollup_parents(&cyclic).values().all(|p| p == "X" || p == "Y"));
    }

    // Sets: A = {1, 2, 3}, B = {3, 4}, C = {4, 5}. Cover of 5: A (+3), then
    // B and C tie at +1... no: after A, B adds {4} (1) and C adds {4, 5} (2): C.
    #[test]
    fn greedy_cover_takes_the_largest_gain() {
        let mut sets = BTreeMap::new();
        let set = |xs: &[&str]| xs.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
        sets.insert("A".to_string(), set(&["1", "2", "3"]));
        sets.insert("B".to_string(), set(&["3", "4"]));
        sets.insert("C".to_string(), set(&["4", "5"]));
        let steps = greedy_cover(&sets, 5);
        assert_eq!(steps, vec![("A", 3, 3), ("C", 2, 5)]);
        // Ties go to the smallest key.
        let mut tie = BTreeMap::new();
        tie.insert("Z".to_string(), set(&["1"]));
        tie.insert("Y".to_string(), set(&["2"]));
        assert_eq!(greedy_cover(&tie, 1), vec![("Y", 1, 1)]);
    }
}
