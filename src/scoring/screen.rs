//! Screening: the watch index (list entries plus the store's listed
//! entities), matching store entities to list entries, and scoring
//! suppliers with reasons.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::io::BufRead;

use petgraph::visit::EdgeRef;
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};

use super::address::Address;
use super::{Weights, owned_by_listed};
use crate::error::{Error, Result};
use crate::graph::TradeGraph;
use crate::matching::{NameIndex, name_forms, name_variants, normalize_identifier, scheme_of_column};
use crate::model::{EntityKind, Filter};
use crate::reference;
use crate::store::Store;

/// One watched party: a list entry, or a listed entity of the store.
#[derive(Debug, Clone)]
struct Watched {
    list: String,
    entry_id: String,
    name: String,
    programs: Vec<String>,
    countries: Vec<String>,
    /// What the entry is: a body, a person or an asset (see [`Party`]).
    party: Party,
    /// The store entity, for listed entities of the store.
    entity: Option<String>,
    /// For a store entity listed only through the links `match` made, the
    /// best of their similarities: a match to it is no stronger than that.
    link: Option<f64>,
}

/// What a watched party is, by its list's schema or type.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Party {
    /// A company or other body.
    Body,
    /// A person (`Person`, `Individual`).
    Person,
    /// A vessel or aircraft: matched by identifier (IMO number) only, as a
    /// ship's name is no company's (`ORION STAR`, `Orion Star Electronics`).
    Asset,
}

impl Party {
    fn of_schema(schema: &str) -> Party {
        match schema.to_ascii_lowercase().as_str() {
            "person" | "individual" => Party::Person,
            "vessel" | "airplane" | "aircraft" => Party::Asset,
            _ => Party::Body,
        }
    }
}

/// Names, identifiers and addresses of the watched parties, indexed.
pub struct WatchIndex {
    watched: Vec<Watched>,
    names: NameIndex,
    /// The keys of each identifier, each with whether it is local there
    /// (see [`is_local_identifier`]) and its register.
    identifiers: FxHashMap<String, Vec<(u32, bool, Register)>>,
    /// Addresses by their numbers (see [`Address::key`]), with the key of
    /// the party at each.
    addresses: FxHashMap<String, Vec<(u32, Address)>>,
    /// The party of each key: keys that share an identifier or a main name
    /// are one party listed twice (see [`parties`]).
    party: Vec<u32>,
    /// Each key by its list and entry id.
    by_entry: FxHashMap<(String, String), u32>,
}

/// Whether an identifier tells a party only within its country: a short
/// number (fewer than ten letters and digits) of no scheme the world shares
/// (IMO, MMSI, LEI, SWIFT, DUNS), such as a company number of Hong Kong
/// (`2813066`), a Russian OKPO (eight digits) or a Belarusian UNP (nine),
/// which another country's registers may give another company. Such a
/// number matches an entry only in a compatible country.
fn is_local_identifier(scheme: &str, value: &str) -> bool {
    value.len() < 10 && !matches!(Register::of(scheme), Register::World(_))
}

/// The register an identifier's number is of, told by its scheme: one the
/// world shares (a ship's IMO or MMSI number, an LEI, a SWIFT code, a DUNS
/// number), a country's (a company or tax number, under many names), or
/// not known (no scheme given).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Register {
    World(&'static str),
    National,
    Unknown,
}

impl Register {
    /// By the scheme's first word, as written (`IMO number`, `LEI code`,
    /// `SWIFT/BIC`, `D-U-N-S No.`, `Legal Entity Identifier`).
    fn of(scheme: &str) -> Register {
        let lower = scheme.to_lowercase();
        let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        let letters: String = lower.chars().filter(|c| c.is_alphanumeric()).collect();
        match words.first().copied() {
            None => Register::Unknown,
            Some("imo") => Register::World("imo"),
            Some("mmsi") => Register::World("mmsi"),
            Some("lei") => Register::World("lei"),
            Some("legal") if letters.starts_with("legalentityidentifier") => Register::World("lei"),
            Some("swift" | "bic" | "swiftbic") => Register::World("swift"),
            Some("duns") => Register::World("duns"),
            _ if letters.starts_with("duns") => Register::World("duns"),
            _ => Register::National,
        }
    }

    /// Whether numbers of the two registers, equal, may be one party's:
    /// not a company number and a ship's IMO number of the same digits.
    fn may_match(self, other: Register) -> bool {
        self == Register::Unknown || other == Register::Unknown || self == other
    }
}

/// The party each of `n` watched keys is of (the least key of its party):
/// keys that share an identifier or a main name (its words as normalised,
/// of six letters or more) are one.
fn parties<'a>(
    n: usize,
    names: impl Iterator<Item = (u32, String)> + 'a,
    identifiers: &FxHashMap<String, Vec<u32>>,
) -> Vec<u32> {
    let mut parent: Vec<u32> = (0..n as u32).collect();
    fn root(p: &mut [u32], mut x: u32) -> u32 {
        while p[x as usize] != x {
            p[x as usize] = p[p[x as usize] as usize];
            x = p[x as usize];
        }
        x
    }
    let mut join = |a: u32, b: u32| {
        let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
        let (lo, hi) = (ra.min(rb), ra.max(rb));
        parent[hi as usize] = lo;
    };
    for keys in identifiers.values() {
        for w in keys.windows(2) {
            join(w[0], w[1]);
        }
    }
    let mut first_with: FxHashMap<String, u32> = FxHashMap::default();
    for (key, whole) in names {
        if whole.len() < 6 {
            continue;
        }
        match first_with.get(&whole) {
            Some(&k) => join(k, key),
            None => {
                first_with.insert(whole, key);
            }
        }
    }
    (0..n as u32).map(|k| root(&mut parent, k)).collect()
}

impl WatchIndex {
    /// Build from the store's lists and, with `store_listed`, its listed entities.
    pub fn build(store: &Store, store_listed: bool) -> Result<WatchIndex> {
        let mut idx = WatchIndex {
            watched: Vec::new(),
            names: NameIndex::new(),
            identifiers: FxHashMap::default(),
            addresses: FxHashMap::default(),
            party: Vec::new(),
            by_entry: FxHashMap::default(),
        };
        // Names are gathered, then normalised together (in parallel).
        let entries = store.list_entries()?;
        // The forms of each listed name, worked out in parallel too.
        let mut names: Vec<(u32, String)> = {
            let listed: Vec<(u32, &String)> =
                entries.iter().enumerate().flat_map(|(k, (_, e))| e.names.iter().map(move |n| (k as u32, n))).collect();
            let forms: Vec<Vec<String>> = listed.par_iter().map(|(_, n)| name_variants(n)).collect();
            listed.iter().zip(forms).flat_map(|(&(k, _), v)| v.into_iter().map(move |v| (k, v))).collect()
        };
        for (list, e) in entries {
            let key = idx.watched.len() as u32;
            if Party::of_schema(&e.schema) == Party::Person {
                idx.names.whole_names_for(key);
            }
            for (scheme, v) in e.identifiers.iter().filter(|(scheme, _)| names_one_party(scheme)) {
                let listed = (key, is_local_identifier(scheme, v), Register::of(scheme));
                idx.identifiers.entry(v.clone()).or_default().push(listed);
            }
            for a in e.addresses.iter().filter_map(|a| Address::parse(a)) {
                idx.addresses.entry(a.key()).or_default().push((key, a));
            }
            idx.watched.push(Watched {
                list,
                entry_id: e.id,
                name: e.names.first().cloned().unwrap_or_default(),
                programs: e.programs,
                countries: e.countries,
                party: Party::of_schema(&e.schema),
                entity: None,
                link: None,
            });
        }
        if store_listed {
            let table = store.entity_table()?;
            let listed: Vec<&str> =
                (0..table.len() as u32).filter(|&e| table.listed(e)).map(|e| &*table.ids[e as usize]).collect();
            let details = store.entity_details(&listed)?;
            let idents = store.entity_scheme_identifiers()?;
            let links = store.entity_match_links()?;
            for id in listed {
                let Some(d) = details.get(id) else { continue };
                let key = idx.watched.len() as u32;
                for n in std::iter::once(d.name.as_str()).chain(d.aliases.split(';')).filter(|n| !n.trim().is_empty()) {
                    names.push((key, n.to_string()));
                }
                for (scheme, v) in idents.get(id).into_iter().flatten().filter(|(_, v)| v.len() >= 4) {
                    let listed = (key, is_local_identifier(scheme, v), Register::of(scheme));
                    idx.identifiers.entry(v.clone()).or_default().push(listed);
                }
                if let Some(a) = Address::parse(&d.address) {
                    idx.addresses.entry(a.key()).or_default().push((key, a));
                }
                // Its lists: recorded ones and those `match` linked it to.
                let lists: Vec<String> = table
                    .index_of(id)
                    .map(|e| table.lists[e as usize].iter().map(|l| l.to_string()).collect())
                    .unwrap_or_default();
                // Said with the entries `match` linked it to, and how alike
                // (`linked by match to IV-12 Argut OOO, 0.95`), so that a
                // supplier matched to it sees why it counts as listed.
                let linked = links.get(id).map(Vec::as_slice).unwrap_or_default();
                let said: Vec<String> = lists
                    .iter()
                    .map(|l| {
                        let to: Vec<String> = linked
                            .iter()
                            .filter(|(list, ..)| list == l)
                            .map(|(_, entry, name, score)| format!("{entry} {name}, {score:.2}"))
                            .collect();
                        if to.is_empty() { l.clone() } else { format!("linked by match to {}", to.join("; ")) }
                    })
                    .collect();
                // Listed on its own record on any list: as strong as a
                // list's entry; else as strong as its best link.
                let recorded = lists.iter().any(|l| !linked.iter().any(|(list, ..)| list == l));
                let link = (!recorded).then(|| linked.iter().map(|x| x.3).fold(0.0, f64::max));
                idx.watched.push(Watched {
                    link,
                    list: lists.join(";"),
                    entry_id: id.to_string(),
                    name: d.name.clone(),
                    programs: said,
                    countries: vec![d.country.clone()],
                    party: Party::Body,
                    entity: Some(id.to_string()),
                });
            }
        }
        let names: Vec<(u32, u32, &str)> = names.iter().map(|(k, n)| (*k, *k, n.as_str())).collect();
        idx.names.add_all(&names);
        // Entries sharing an identifier or a main name are one party listed
        // twice (on two lists, or an entry and the store entity linked to
        // it): its words are held by one party. Not aliases: junk ones
        // (`Text of image`) and generic ones join companies apart.
        // A short local number joins only entries of compatible countries
        // (those of the first entry that has it). Where a number is of two
        // registers (a ship's IMO number and a company number), each
        // register's entries join apart, and those of no scheme none.
        let mut joining: FxHashMap<String, Vec<u32>> = FxHashMap::default();
        for (v, keys) in &idx.identifiers {
            let mut registers: Vec<Register> = Vec::new();
            for &(_, _, r) in keys {
                if r != Register::Unknown && !registers.contains(&r) {
                    registers.push(r);
                }
            }
            let groups: Vec<Vec<&(u32, bool, Register)>> = match registers.as_slice() {
                [] | [_] => vec![keys.iter().collect()],
                _ => registers.iter().map(|r| keys.iter().filter(|k| k.2 == *r).collect()).collect(),
            };
            for (g, group) in groups.into_iter().enumerate() {
                let &(first, first_local, _) = group[0];
                let country = idx.watched[first as usize].countries.first().map_or("", |c| c.as_str());
                let near = |&(k, local, _): &(u32, bool, Register)| {
                    !(local || first_local) || countries_compatible(country, &idx.watched[k as usize].countries)
                };
                joining.insert(format!("{v}\u{1f}{g}"), group.iter().filter(|k| near(k)).map(|k| k.0).collect());
            }
        }
        let groups = parties(idx.watched.len(), idx.names.main_names_by_key(), &joining);
        idx.names.regroup(&groups);
        idx.by_entry =
            idx.watched.iter().enumerate().map(|(k, w)| ((w.list.clone(), w.entry_id.clone()), k as u32)).collect();
        idx.party = groups;
        Ok(idx)
    }

    /// Number of watched parties.
    pub fn len(&self) -> usize {
        self.watched.len()
    }

    /// Whether nothing is watched.
    pub fn is_empty(&self) -> bool {
        self.watched.is_empty()
    }
}

/// The best watch-list match of a party.
#[derive(Debug, Clone, Serialize)]
pub struct WatchMatch {
    /// List (or the store entity's lists).
    pub list: String,
    /// Entry id (or store entity id).
    pub entry_id: String,
    /// Entry's main name.
    pub name: String,
    /// Programmes.
    pub programs: Vec<String>,
    /// 1 for an identifier, else the name similarity.
    pub similarity: f64,
    /// `identifier` or `name`.
    pub rule: &'static str,
    /// What was compared and what counted.
    pub evidence: String,
}

/// The similarity from which `match` names a match in other countries only
/// (`score` takes it from the weights: `other_country_threshold`).
pub const OTHER_COUNTRY_THRESHOLD: f64 = 0.95;

/// Each name's forms (see `name_forms`), each with whether it is read from
/// the name (`true`) rather than the name as given.
fn as_given_first(forms: &[Vec<String>]) -> Vec<(&str, bool)> {
    forms.iter().flat_map(|f| f.iter().enumerate().map(|(i, n)| (n.as_str(), i > 0))).collect()
}

/// Whether a party in country `mine` may be an entry of countries
/// `theirs`: either not known, one of them the same, or both of China,
/// Hong Kong and Macau, which lists write for one another (OFAC gives
/// Hong Kong companies' addresses as `Hong Kong, China`).
fn countries_compatible(mine: &str, theirs: &[String]) -> bool {
    let china = |c: &str| matches!(c, "CN" | "HK" | "MO");
    mine.is_empty() || theirs.is_empty() || theirs.iter().any(|c| c == mine || (china(c) && china(mine)))
}

/// A party's best list match, and, when it has none, its best name match
/// among entries of other countries only: a branch, a front or a namesake,
/// for review rather than a match (`Kalashnikov Concern` in Germany against
/// the Russian entry).
#[derive(Debug, Clone, Default)]
pub struct BestMatch {
    /// By identifier, or by name in compatible countries.
    pub matched: Option<WatchMatch>,
    /// By name, in other countries only (none when `matched` is some).
    pub other_country: Option<WatchMatch>,
    /// The best match on each other list, as `matched` is found (a party
    /// on several lists: Kalashnikov on the EU's, OFAC's and others), the
    /// most similar first.
    pub other_lists: Vec<WatchMatch>,
}

impl WatchIndex {
    /// The best match of a party: identifiers first, then names within
    /// compatible countries; by name, not a vessel or aircraft, nor a
    /// person for a name with a company's legal form (`Sasa GmbH` is not
    /// the person known as `SASA`). Without one, the best name match in
    /// other countries from `other_threshold` (a stricter similarity: a
    /// name alike and a country not is weak evidence twice), set apart:
    /// by a name as given, not by a form read from it (`true`), which is
    /// weaker evidence still.
    fn best(
        &self,
        names: &[(&str, bool)],
        identifiers: &[(String, String)],
        country: &str,
        (threshold, other_threshold): (f64, f64),
    ) -> BestMatch {
        let of_entry = |w: &Watched, similarity: f64, rule: &'static str, evidence: String| WatchMatch {
            list: w.list.clone(),
            entry_id: w.entry_id.clone(),
            name: w.name.clone(),
            programs: w.programs.clone(),
            // A store entity listed through a link is matched no better than the link.
            similarity: similarity.min(w.link.unwrap_or(1.0)),
            rule,
            evidence,
        };
        // Identifiers first: the first equal one is the match; other lists'
        // entries with one are named too.
        let mut by_identifier: Option<(u32, WatchMatch)> = None;
        // The best on each list, with its entry's key.
        let mut by_list: BTreeMap<&str, (u32, WatchMatch)> = BTreeMap::new();
        for (scheme, v) in identifiers {
            for &(k, local, register) in self.identifiers.get(v).into_iter().flatten() {
                let w = &self.watched[k as usize];
                if (local && !countries_compatible(country, &w.countries)) || !register.may_match(Register::of(scheme))
                {
                    continue;
                }
                let m = of_entry(w, 1.0, "identifier", format!("identifier {v} equals the entry's"));
                by_identifier.get_or_insert_with(|| (k, m.clone()));
                if w.entity.is_none() {
                    by_list.entry(&w.list).or_insert((k, m));
                }
            }
        }
        // Whether entry `k`, found by name `n` at `score`, goes before `b`
        // (of entry `kb`): a higher score; at a tie (one alias on two
        // entries, or names alike but for common words), the entry of the
        // party's own country over one that gives none, then the entry whose
        // main name is nearer the query's as given, then one written as it
        // is, not the first found.
        let before = |n: &str, k: u32, score: f64, (kb, b): &(u32, WatchMatch)| -> bool {
            if score != b.similarity {
                return score > b.similarity;
            }
            let (w, wb) = (&self.watched[k as usize], &self.watched[*kb as usize]);
            let own = |countries: &[String]| !country.is_empty() && countries.iter().any(|c| c == country);
            match (own(&w.countries), own(&wb.countries)) {
                (true, false) => true,
                (false, true) => false,
                _ => {
                    // Nearer the name as given, not the form of it found
                    // (`Rosoboronexport OJSC` of `Rosoboronexport OJSC (ROE)`).
                    let n = names.first().map_or(n, |x| x.0);
                    let q = crate::matching::normalize(n);
                    let near = |name: &str| crate::matching::similarity(&q, &crate::matching::normalize(name)).score;
                    let (a, b) = (near(&w.name), near(&wb.name));
                    // Alike as compared (legal forms set aside), the main
                    // name written as the query is (case aside) goes first.
                    let written = |name: &str| name.trim().to_lowercase() == n.trim().to_lowercase();
                    a > b || (a == b && written(&w.name) && !written(&wb.name))
                }
            }
        };
        // The best in compatible countries, and in others.
        let mut best: [Option<(u32, WatchMatch)>; 2] = [None, None];
        // The entries any name matches.
        let mut named: FxHashSet<u32> = FxHashSet::default();
        for &(n, read_from_name) in names {
            // The name normalised, worked out for the hits that need it only.
            let normal = std::cell::OnceCell::new();
            let normal = || normal.get_or_init(|| crate::matching::normalize(n));
            // Whether the name is a company's.
            let company = || !normal().legal_forms.is_empty();
            for hit in self.names.search(n, threshold) {
                let w = &self.watched[hit.key as usize];
                if w.party == Party::Asset || (w.party == Party::Person && company()) {
                    continue;
                }
                // An alias that gives no legal form (`Almaz`) of an entry
                // whose name gives one (`Almaz, JSC`) is that kind of
                // company's: a name of the other kind (`ООО «Алмаз»`) is
                // capped as against the entry's name.
                let mut score = hit.similarity.score.min(w.link.unwrap_or(1.0));
                if score < threshold {
                    continue;
                }
                let mut kinds = String::new();
                if score > crate::matching::KINDS_DIFFER_SCORE
                    && w.entity.is_none()
                    && crate::matching::normalize(&hit.name).legal_forms.is_empty()
                    && let Some((x, y)) =
                        crate::matching::kinds_of_two_names(normal(), &crate::matching::normalize(&w.name))
                {
                    score = crate::matching::KINDS_DIFFER_SCORE;
                    kinds =
                        format!("; legal forms of different kinds: {x} | {y} (the entry's name {})", quoted(&w.name));
                    if score < threshold {
                        continue;
                    }
                }
                named.insert(hit.key);
                let other = !countries_compatible(country, &w.countries);
                if other && (read_from_name || hit.similarity.score < other_threshold) {
                    continue;
                }
                let better = best[other as usize].as_ref().is_none_or(|b| before(n, hit.key, score, b));
                // An entry found by identifier stays its list's best. The
                // store's listed entities are no list's entries: a party
                // linked to two lists is under each by its entries.
                let better_on_list = !other
                    && w.entity.is_none()
                    && by_list
                        .get(w.list.as_str())
                        .is_none_or(|b| b.1.rule != "identifier" && before(n, hit.key, score, b));
                if better || better_on_list {
                    let mut evidence = format!(
                        "name {} ~ {}: {:.2} ({}{kinds})",
                        quoted(n),
                        quoted(&hit.name),
                        score,
                        hit.similarity.features.join("; ")
                    );
                    if other {
                        evidence.push_str(&format!("; in {country}, the entry in {} only", w.countries.join(",")));
                    }
                    let m = of_entry(w, score, if other { "name_other_country" } else { "name" }, evidence);
                    if better_on_list {
                        by_list.insert(&w.list, (hit.key, m.clone()));
                    }
                    if better {
                        best[other as usize] = Some((hit.key, m));
                    }
                }
            }
        }
        let [by_name, other_country] = best.map(|b| b.map(|(_, m)| m));
        // An identifier's entry that no name of the party matches: told, as
        // a company renamed, a front, or a number written wrong.
        let by_identifier = by_identifier.map(|(k, mut m)| {
            if !named.contains(&k) {
                m.evidence.push_str(&format!(
                    "; the name matches none of the entry's ({} ~ {}): a company renamed, a front, or a \
                     number written wrong",
                    quoted(names.first().map_or("", |n| n.0)),
                    quoted(&m.name)
                ));
            }
            m
        });
        let matched = by_identifier.or(by_name);
        let mut other_lists: Vec<WatchMatch> = by_list
            .into_values()
            .map(|(_, m)| m)
            .filter(|m| matched.as_ref().is_some_and(|b| b.list != m.list))
            .collect();
        other_lists.sort_by(|a, b| b.similarity.total_cmp(&a.similarity).then_with(|| a.list.cmp(&b.list)));
        BestMatch { other_country: other_country.filter(|_| matched.is_none()), matched, other_lists }
    }
}

/// A store entity linked to a list entry.
#[derive(Debug, Clone, Serialize)]
pub struct EntityMatch {
    /// Entity id.
    pub entity_id: String,
    /// Its name.
    pub entity_name: String,
    /// The match.
    #[serde(flatten)]
    pub matched: WatchMatch,
}

/// Link the store's entities to list entries (identifiers first, then names
/// in compatible countries; the best entry, then the best of each other
/// list), and write the links (replacing earlier ones).
/// Also returned, not linked: entities without a link whose name matches
/// an entry of other countries only (rule `name_other_country`), for review.
pub fn match_entities(store: &mut Store, threshold: f64) -> Result<(Vec<EntityMatch>, Vec<EntityMatch>)> {
    let watch = WatchIndex::build(store, false)?;
    let table = store.entity_table()?;
    let ids: Vec<&str> = table.ids.iter().map(|s| &**s).collect();
    let details = store.entity_details(&ids)?;
    let idents = store.entity_scheme_identifiers()?;
    let (mut out, mut elsewhere) = (Vec::new(), Vec::new());
    for id in ids {
        let Some(d) = details.get(id) else { continue };
        // Each name read as a listed one is (see `name_forms`).
        let forms: Vec<Vec<String>> = std::iter::once(d.name.as_str())
            .chain(d.aliases.split(';').map(str::trim))
            .filter(|n| !n.is_empty())
            .map(name_forms)
            .collect();
        let names = as_given_first(&forms);
        let empty = Vec::new();
        let thresholds = (threshold, threshold.max(OTHER_COUNTRY_THRESHOLD));
        let ids: Vec<(String, String)> =
            idents.get(id).unwrap_or(&empty).iter().filter(|(_, v)| v.len() >= 4).cloned().collect();
        let best = watch.best(&names, &ids, &d.country, thresholds);
        let entity = |m| EntityMatch { entity_id: id.to_string(), entity_name: d.name.clone(), matched: m };
        // Linked to its best entry, and to its best on each other list
        // (a party on the EU's list and OFAC's): its lists all count, as
        // in the shares of its holdings by list.
        out.extend(best.matched.into_iter().chain(best.other_lists).map(entity));
        elsewhere.extend(best.other_country.map(entity));
    }
    store.write_matches(&out)?;
    Ok((out, elsewhere))
}

/// Programmes in parentheses after a list (` (UKRAINE-EO13661)`), or
/// nothing when the entry names none.
fn programs(programs: &[String]) -> String {
    if programs.is_empty() { String::new() } else { format!(" ({})", programs.join(",")) }
}

/// A supplier to score.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Supplier {
    /// The caller's id.
    #[serde(default)]
    pub id: String,
    /// Name (required).
    #[serde(default)]
    pub name: String,
    /// ISO alpha-2 country.
    #[serde(default)]
    pub country: String,
    /// Address.
    #[serde(default)]
    pub address: String,
    /// Identifiers (`inn:7701...;lei:...`, or bare values).
    #[serde(default)]
    pub identifiers: String,
    /// Website.
    #[serde(default)]
    pub website: String,
    /// Incorporation date (`YYYY-MM-DD`), as the supplier declares it.
    #[serde(default)]
    pub incorporated: String,
    /// What the supplier is, as declared (`forwarder`, `trader`, ...: the
    /// kinds of the store's entities).
    #[serde(default)]
    pub kind: String,
    /// A region under embargo that the country or address names (Crimea,
    /// the so-called DNR and LNR), with its measures; set when read.
    #[serde(skip)]
    pub region: Option<(&'static str, &'static str)>,
}

/// A supplier row that cannot be scored: what could be read of it (id and
/// name, so that the output row can be joined back to the input), and why.
#[derive(Debug, Clone, Default)]
pub struct Unreadable {
    /// The input id, if it could be read.
    pub id: String,
    /// The input name, if it could be read.
    pub name: String,
    /// What is wrong and what to do.
    pub why: String,
    /// The supplier with the fields that are wrong left out, when its name
    /// and identifiers can be screened all the same (a bad country, date
    /// or kind): the row is not scored, but its match is given.
    pub screen: Option<Box<Supplier>>,
}

/// The columns of a supplier file (`identifier` as `identifiers`).
const SUPPLIER_COLUMNS: [&str; 9] =
    ["id", "name", "country", "address", "identifiers", "identifier", "website", "incorporated", "kind"];

/// Columns named by an identifier's scheme, read as identifiers of it: these,
/// and others `scheme_of_column` reads (`Tax ID`, `ИНН`, `USCC`).
const IDENTIFIER_COLUMNS: [&str; 12] =
    ["inn", "ogrn", "kpp", "okpo", "lei", "imo", "vat", "ein", "duns", "tax_number", "registration_number", "swift"];

/// What a supplier file's columns (or JSON keys) may be, for warnings.
fn supplier_columns(kind: &str) -> String {
    format!(
        "score reads {}, and identifier {kind} named by their scheme ({}, tax_id, ...)",
        SUPPLIER_COLUMNS.join(", "),
        IDENTIFIER_COLUMNS.join(", ")
    )
}

/// A supplier row as read: its line, and the supplier or why it cannot be scored.
pub type SupplierRow = (u64, std::result::Result<Supplier, Unreadable>);

/// Read suppliers: CSV with a header, or JSON Lines (detected from the first
/// character). Each row comes with its line and, when it cannot be read, why.
pub fn read_suppliers(name: &str, mut reader: impl BufRead) -> Result<Vec<SupplierRow>> {
    let mut bytes = Vec::new();
    reader
        .read_to_end(&mut bytes)
        .map_err(|e| Error::BadFile { path: name.into(), message: crate::error::io_message(&e) })?;
    let mut text = crate::store::unix_lines::utf8_text(bytes)
        .map_err(|(line, message)| Error::BadFile { path: format!("{name}:{line}"), message })?;
    let mut out = Vec::new();
    // A byte-order mark (Windows editors write one) is no content.
    if let Some(rest) = text.strip_prefix('\u{feff}') {
        text = rest.to_string();
    }
    if text.trim().is_empty() {
        return Ok(out);
    }
    if text.trim_start().starts_with('[') {
        return Err(Error::BadFile {
            path: format!("{name}:1"),
            message: "a JSON array: score reads JSON Lines, one object per line (jq -c '.[]' FILE writes them)".into(),
        });
    }
    if text.trim_start().starts_with('{') {
        let mut unread = BTreeSet::new();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let row = json_supplier(line, &mut unread);
            let row = row.map(|s| country_not_known(name, i as u64 + 1, s)).and_then(check_supplier);
            if let Ok(s) = &row {
                warn_identifiers_without_numbers(name, i as u64 + 1, s);
            }
            out.push((i as u64 + 1, row));
        }
        let unread: Vec<&str> = unread.iter().map(String::as_str).collect();
        crate::store::unix_lines::warn_unread(name, "key", &unread, &supplier_columns("keys"));
        return Ok(out);
    }
    let mut rdr = crate::store::unix_lines::csv_reader(csv::ReaderBuilder::new().flexible(true), text.as_bytes());
    let starts = rdr.get_ref().line_starts();
    let headers: Vec<String> = rdr
        .headers()
        .map_err(|e| Error::BadFile { path: name.into(), message: format!("not readable as CSV: {e}") })?
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    crate::store::unix_lines::repeated_column(name, &headers, |_| true)?;
    if !headers.iter().any(|h| h == "name") {
        // One column holding the whole line: another delimiter.
        let hint = match headers.as_slice() {
            [one] if one.contains(';') || one.contains('\t') => {
                "; the file seems delimited by semicolons or tabs: save it as CSV with commas"
            }
            _ => "",
        };
        // A column named as `name` misspelt by a letter or two swapped
        // (`nmae`, `nme`, `names`; not `date`).
        let misspelt = headers.iter().find(|h| h.len() >= 3 && strsim::damerau_levenshtein(h, "name") <= 1);
        let hint = match misspelt {
            Some(h) => format!("{hint}; is {h:?} the name? rename it `name`"),
            None => hint.to_string(),
        };
        return Err(Error::BadFile {
            path: format!("{name}:1"),
            message: format!(
                "header: missing column name (found: {}); suppliers need at least a name{hint}",
                headers.join(", ")
            ),
        });
    }
    let unread: Vec<&str> = headers
        .iter()
        .map(String::as_str)
        .filter(|h| !h.is_empty() && !SUPPLIER_COLUMNS.contains(h) && scheme_of_column(h).is_none())
        .collect();
    crate::store::unix_lines::warn_unread(&format!("{name}:1"), "column", &unread, &supplier_columns("columns"));
    let unix = crate::store::unix_lines::unix_text(text.as_bytes());
    // A record (on `line`, its fields over `runs` more lines, starting at
    // `byte` of the text) as a supplier, or why not; and whether a quote
    // left open took the lines after its first into it.
    let row_of = |r: &csv::StringRecord, line: u64, runs: u64, byte: u64| -> (SupplierRow, bool) {
        let get = |c: &str| headers.iter().position(|h| h == c).and_then(|i| r.get(i)).unwrap_or("").trim().to_string();
        // A quote left open: closed by a later field's quote with more of the
        // field after it, or not at all, or by a quote before a comma that
        // puts line ends in a field that holds none (a name, an id, a
        // country; an address may). Else a row of another width than the
        // header.
        let lines_in = headers
            .iter()
            .enumerate()
            .find(|(i, h)| h.as_str() != "address" && r.get(*i).is_some_and(|f| f.trim().contains('\n')))
            .map(|(_, h)| h.clone());
        let misplaced = crate::store::unix_lines::quote_closed_inside_field(&unix, byte, line, runs)
            .or_else(|| {
                // Not closed at all, to the end of the input: said so.
                let open = || crate::store::unix_lines::quote_left_open_at_end(&unix, byte, line, runs);
                lines_in.as_ref().and_then(|_| open())
            })
            .or_else(|| {
                lines_in.map(|column| {
                    format!(
                        "a quote opened on this line takes lines {line} to {} into its {column}, which cannot hold \
                         line ends; close the quote where its field ends, or double a quote inside a field (\"\")",
                        line + runs
                    )
                })
            })
            .map(|why| format!("{why}; the lines after it are read again, each as its own row"));
        let swallowed = misplaced.is_some();
        let unreadable = misplaced.or_else(|| {
            (r.len() != headers.len())
                .then(|| crate::store::unix_lines::fields_unlike_header(r.len(), headers.len(), line, runs))
        });
        if let Some(why) = unreadable {
            // The name up to where the row ran on.
            let name = get("name").lines().next().unwrap_or("").to_string();
            return ((line, Err(Unreadable { id: get("id"), name, why, screen: None })), swallowed);
        }
        // Identifiers in their column, and in columns named by their
        // scheme (`inn`, `lei`).
        let schemes = headers
            .iter()
            .zip(r.iter())
            .filter_map(|(h, v)| Some((scheme_of_column(h)?, v.trim())))
            .filter(|(_, v)| !v.is_empty());
        let identifiers: Vec<String> = [get("identifiers"), get("identifier")]
            .into_iter()
            .filter(|v| !v.is_empty())
            .chain(schemes.flat_map(|(c, v)| scheme_column(&c, v)))
            .collect();
        let s = Supplier {
            id: get("id"),
            name: get("name"),
            country: get("country"),
            address: get("address"),
            identifiers: identifiers.join(";"),
            website: get("website"),
            incorporated: get("incorporated"),
            kind: get("kind"),
            region: None,
        };
        let row = check_supplier(country_not_known(name, line, s));
        if let Ok(s) = &row {
            warn_identifiers_without_numbers(name, line, s);
        }
        ((line, row), false)
    };
    // The rows a quote left open took (the lines after the first of the
    // record at `byte`, on `line`, over `runs` more), read again each on its
    // own, so that one broken row does not cost the suppliers after it.
    // The rows a quote left open took (the lines after the first of the
    // record at `byte`, on `line`, over `runs` more), read again each on its
    // own, so that one broken row does not cost the suppliers after it; and
    // those that one of them took in turn.
    fn taken_rows(unix: &[u8], (byte, line, runs): (u64, u64, u64), row_of: &RowOf<'_>, out: &mut Vec<SupplierRow>) {
        let (at, lines) = crate::store::unix_lines::lines_after_first(unix, byte, runs);
        let mut rdr =
            crate::store::unix_lines::csv_reader(csv::ReaderBuilder::new().flexible(true).has_headers(false), lines);
        let starts = rdr.get_ref().line_starts();
        for rec in rdr.records() {
            match rec {
                Ok(r) => {
                    let line = line + starts.line(r.position());
                    let byte = at + r.position().map_or(0, |p| p.byte());
                    let runs = crate::store::unix_lines::extra_lines(&r);
                    let (row, swallowed) = row_of(&r, line, runs, byte);
                    out.push(row);
                    if swallowed {
                        taken_rows(unix, (byte, line, runs), row_of, out);
                    }
                }
                Err(e) => out.push((
                    line + starts.line(e.position()),
                    Err(Unreadable { why: e.to_string(), ..Default::default() }),
                )),
            }
        }
    }
    // The last record's start, its line, and how many lines its fields run over.
    let mut last: Option<(u64, u64, u64)> = None;
    for rec in rdr.records() {
        match rec {
            Ok(r) => {
                let line = starts.line(r.position());
                let runs = crate::store::unix_lines::extra_lines(&r);
                let byte = r.position().map_or(0, |p| p.byte());
                last = Some((byte, line, runs));
                let (row, swallowed) = row_of(&r, line, runs, byte);
                out.push(row);
                if swallowed {
                    taken_rows(&unix, (byte, line, runs), &row_of, &mut out);
                }
            }
            Err(e) => {
                let why = e.to_string();
                out.push((starts.line(e.position()), Err(Unreadable { why, ..Default::default() })));
            }
        }
    }
    // A quote left open runs the last row to the end of the input, with as
    // many fields as the header at times: reading its text again tells it,
    // and the rows it took are read on their own.
    if let (Some((byte, line, runs)), Some(row)) = (last, out.last_mut())
        && row.0 == line
        && let Some(why) = crate::store::unix_lines::quote_left_open_at_end(&unix, byte, line, runs)
    {
        let (id, name) = match &row.1 {
            Ok(s) => (s.id.clone(), s.name.clone()),
            Err(u) => (u.id.clone(), u.name.clone()),
        };
        let name = name.lines().next().unwrap_or("").to_string();
        let why = if runs > 0 { format!("{why}; the lines after it are read again, each as its own row") } else { why };
        row.1 = Err(Unreadable { id, name, why, screen: None });
        if runs > 0 {
            taken_rows(&unix, (byte, line, runs), &row_of, &mut out);
        }
    }
    Ok(out)
}

/// A record read as a supplier (see `read_suppliers`): the record, its
/// line, the lines its fields run over past the first, and where it starts;
/// the row, and whether a quote left open took the lines after its first.
type RowOf<'a> = dyn Fn(&csv::StringRecord, u64, u64, u64) -> (SupplierRow, bool) + 'a;

/// The identifiers of a column named by their scheme (`inn`), as
/// `scheme:value`, each value as written (`7701234567`, `INN 7701234567`,
/// `7701234567 (INN)`; several separated by `;` or `,`).
fn scheme_column(column: &str, cell: &str) -> Vec<String> {
    identifier_parts(cell).into_iter().map(|(_, v)| format!("{column}:{v}")).collect()
}

/// The identifiers of a JSON value, as `scheme:value` under a known scheme:
/// a string or number, an array of them, an object of schemes (`{"inn":
/// "7701234567"}`), or an object with a `value` and its `scheme` (or
/// `type`); else what is wrong.
fn json_identifiers(
    scheme: Option<&str>,
    x: &serde_json::Value,
    out: &mut Vec<String>,
) -> std::result::Result<(), String> {
    use serde_json::Value;
    let with = |t: String| match scheme {
        Some(s) => scheme_column(s, &t),
        None => vec![t],
    };
    match x {
        Value::Null => {}
        Value::String(t) => out.extend(with(t.trim().to_string())),
        Value::Number(n) => out.extend(with(n.to_string())),
        Value::Array(items) => {
            for item in items {
                json_identifiers(scheme, item, out)?;
            }
        }
        Value::Object(o) => match o.get("value").or_else(|| o.get("number")) {
            Some(v) => {
                let named = o.get("scheme").or_else(|| o.get("type")).and_then(|s| s.as_str());
                json_identifiers(named.or(scheme), v, out)?;
            }
            None => {
                for (k, v) in o {
                    json_identifiers(Some(k), v, out)?;
                }
            }
        },
        Value::Bool(_) => return Err(format!("not an identifier: {x}")),
    }
    Ok(())
}

/// The keys of a JSON object, in order and with repeats.
struct Keys(Vec<String>);

impl<'de> serde::Deserialize<'de> for Keys {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Keys;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> std::result::Result<Keys, A::Error> {
                let mut keys = Vec::new();
                while let Some(k) = map.next_key::<String>()? {
                    map.next_value::<serde::de::IgnoredAny>()?;
                    keys.push(k);
                }
                Ok(Keys(keys))
            }
        }
        d.deserialize_map(Visitor)
    }
}

/// A supplier from a JSON object: strings, or numbers (`"id": 2`); the
/// identifiers as a string, an array of strings, or an object of schemes
/// (`{"inn": "7701234567"}`), and under keys named by their scheme. Keys not
/// read are added to `unread`.
fn json_supplier(line: &str, unread: &mut BTreeSet<String>) -> std::result::Result<Supplier, Unreadable> {
    // The line is the file's (given with the message): the column alone
    // is serde's, whose line counts within this one.
    let v: serde_json::Value = serde_json::from_str(line).map_err(|e| {
        let what = e.to_string();
        let what = what.split(" at line ").next().unwrap_or(&what).to_string();
        Unreadable {
            why: format!("column {}: not JSON: {what}; write one JSON object per line", e.column()),
            ..Default::default()
        }
    })?;
    let Some(object) = v.as_object() else {
        return Err(Unreadable {
            why: "not a JSON object: write one object per line, with a name".into(),
            ..Default::default()
        });
    };
    // serde_json keeps the last of two equal keys; a key given twice (or as
    // `Name` and `name`) is a row whose meaning is not clear.
    if let Ok(Keys(keys)) = serde_json::from_str::<Keys>(line) {
        let mut seen = BTreeSet::new();
        let twice: BTreeSet<&str> =
            keys.iter().filter(|k| !seen.insert(k.trim().to_ascii_lowercase())).map(String::as_str).collect();
        if !twice.is_empty() {
            let twice: Vec<String> = twice.iter().map(|k| format!("{k:?}")).collect();
            return Err(Unreadable {
                id: object.get("id").and_then(|x| x.as_str()).unwrap_or_default().into(),
                name: object.get("name").and_then(|x| x.as_str()).unwrap_or_default().into(),
                why: format!("{} given twice: give each key once", twice.join(", ")),
                screen: None,
            });
        }
    }
    let text = |x: &serde_json::Value| match x {
        serde_json::Value::String(s) => Some(s.trim().to_string()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        serde_json::Value::Null => Some(String::new()),
        _ => None,
    };
    let mut s = Supplier::default();
    let mut identifiers = Vec::new();
    let mut wrong = Vec::new();
    for (key, x) in object {
        let k = key.trim().to_ascii_lowercase();
        let field = match k.as_str() {
            "id" => Some(&mut s.id),
            "name" => Some(&mut s.name),
            "country" => Some(&mut s.country),
            "address" => Some(&mut s.address),
            "website" => Some(&mut s.website),
            "incorporated" => Some(&mut s.incorporated),
            "kind" => Some(&mut s.kind),
            _ => None,
        };
        if let Some(field) = field {
            match text(x) {
                Some(t) => *field = t,
                None => wrong.push(format!("{key}: a string or a number, not {x}")),
            }
        } else if k == "identifiers" || k == "identifier" || scheme_of_column(&k).is_some() {
            let scheme = scheme_of_column(&k);
            if let Err(why) = json_identifiers(scheme.as_deref(), x, &mut identifiers) {
                wrong.push(format!("{key}: {why}"));
            }
        } else {
            unread.insert(key.clone());
        }
    }
    s.identifiers = identifiers.into_iter().filter(|t| !t.is_empty()).collect::<Vec<_>>().join(";");
    if !wrong.is_empty() {
        return Err(Unreadable { id: s.id, name: s.name, why: wrong.join("; "), screen: None });
    }
    Ok(s)
}

/// A supplier with a country written as not known (`UNK`, `unknown`,
/// `N/A`, `-`, `XX`) as without one, with a warning: no country, so that
/// its name is screened against every country's entries.
fn country_not_known(file: &str, line: u64, s: Supplier) -> Supplier {
    const NOT_KNOWN: &[&str] = &["unk", "unknown", "n/a", "-", "--", "?", "none", "xx", "zz", "null"];
    if !NOT_KNOWN.contains(&s.country.trim().to_lowercase().as_str()) {
        return s;
    }
    log::warn!("{file}:{line}: country {:?} read as not known: screened against every country's entries", s.country);
    Supplier { country: String::new(), ..s }
}

/// Warn of identifiers that name no scheme and hold no digit (`see
/// website`, `garbage`): read as written, they are unlikely to match.
fn warn_identifiers_without_numbers(file: &str, line: u64, s: &Supplier) {
    let odd: Vec<String> = identifier_parts(&s.identifiers)
        .into_iter()
        .filter(|(scheme, v)| scheme.is_none() && !v.chars().any(|c| c.is_ascii_digit()))
        .map(|(_, v)| format!("{v:?}"))
        .collect();
    for (_, v) in identifier_parts(&s.identifiers) {
        if crate::matching::in_scientific_notation(&v) && crate::matching::spreadsheet_number(&v).is_none() {
            log::warn!(
                "{file}:{line}: identifier {v:?} is a number a spreadsheet wrote in scientific notation, with digits \
                 lost: it cannot match; format the column as text and export it again"
            );
        }
    }
    if !odd.is_empty() {
        let (s, have) = if odd.len() == 1 { ("", "has") } else { ("s", "have") };
        log::warn!(
            "{file}:{line}: identifier{s} {} {have} no number: read as written; give SCHEME:VALUE (INN:7701234567, \
             BIC:SABRRUMM), several separated by ;",
            odd.join(", ")
        );
    }
}

/// A name or address in quotes for evidence, as written (quotes inside it
/// too: `"Remdiesel "AO""`), with characters that show nothing, control
/// and invisible ones (`U+200B`, a zero-width space, as names written to
/// slip past a screen may hold), written as their code points.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        let invisible = matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}');
        if c.is_control() || invisible {
            out.push_str(&format!("<U+{:04X}>", c as u32));
        } else {
            out.push(c);
        }
    }
    out.push('"');
    out
}

/// The most characters a supplier's name is screened with.
pub const MOST_NAME_CHARACTERS: usize = 500;

/// Check a supplier's name and read its country (a code or a name, as
/// list imports take them) as an ISO alpha-2 code.
fn check_supplier(s: Supplier) -> std::result::Result<Supplier, Unreadable> {
    let unreadable = |why: String| Unreadable { id: s.id.clone(), name: s.name.clone(), why, screen: None };
    // A field other than the name wrong: the name is screened without it.
    let screened = |why: String, without: Supplier| Unreadable { screen: Some(Box::new(without)), ..unreadable(why) };
    if s.name.trim().is_empty() {
        return Err(unreadable("name: missing value".into()));
    }
    // The longest name on the EU, US and ZALA lists has 265 characters; a
    // longer one is a record pasted into the name column, and would take
    // seconds to compare.
    let length = s.name.trim().chars().count();
    if length > MOST_NAME_CHARACTERS {
        return Err(unreadable(format!(
            "name: {length} characters, more than the {MOST_NAME_CHARACTERS} a name is screened with: give the \
             company's name alone (other fields in their columns)"
        )));
    }
    if let Some(what) = crate::matching::names_no_company(&s.name) {
        return Err(unreadable(format!("name: {:?} is {what}; give the company's whole name", s.name.trim())));
    }
    // A number in the name column is an id or a registration number
    // shifted there, not a company's name (`3M`, `7-Eleven` have letters).
    if !s.name.chars().any(char::is_alphabetic) {
        return Err(unreadable(format!(
            "name: {:?} has no letter: give the company's name (identifiers go in `identifiers` or a column named by their scheme)",
            s.name.trim()
        )));
    }
    // A region under embargo given as the country (`Crimea`, `DNR`) is in
    // Ukraine as ISO 3166 has it; given in the address, it is told too.
    let region = reference::embargoed_region(&s.country).or_else(|| reference::embargoed_region(&s.address));
    let country = if s.country.trim().is_empty() {
        String::new()
    } else {
        match reference::country_by_code_or_name(&s.country) {
            Some(c) => c.iso2.clone(),
            None if reference::embargoed_region(&s.country).is_some() => "UA".to_string(),
            None => {
                let hint = "give an ISO 3166-1 code (RU, RUS) or a name (Russia, Россия), or leave it empty";
                let why = format!("country: {:?} is not a country; {hint}", s.country);
                return Err(screened(
                    why,
                    Supplier { country: String::new(), incorporated: String::new(), ..s.clone() },
                ));
            }
        }
    };
    // A date as list imports read them (`2023-03-23`, `23.03.2023`, `23
    // March 2023`), written as an ISO date; a month or a year alone is not
    // enough to say whether it is after the cutoff.
    let incorporated = match s.incorporated.trim() {
        "" => String::new(),
        given => match crate::store::lists::listing_date(given, false) {
            Some(d) if d.len() == 10 => d,
            Some(_) => {
                let why = format!(
                    "incorporated: {given:?} gives no day; give the full date (2023-03-23, 23.03.2023), or leave it empty"
                );
                return Err(screened(why, Supplier { country, incorporated: String::new(), ..s.clone() }));
            }
            None => {
                let why = crate::model::validate_date(given).err().unwrap_or_default();
                let why = format!("incorporated: {why}; 23.03.2023 and 23 March 2023 are read too, or leave it empty");
                return Err(screened(why, Supplier { country, incorporated: String::new(), ..s.clone() }));
            }
        },
    };
    let kind = match s.kind.trim() {
        "" => String::new(),
        k => match crate::model::EntityKind::parse(k) {
            Some(k) => k.as_str().to_string(),
            None => {
                let kinds = crate::model::EntityKind::expected();
                let why = format!("kind: {k:?} is no kind; give one of {kinds}, or leave it empty");
                return Err(screened(why, Supplier { country, incorporated, kind: String::new(), ..s.clone() }));
            }
        },
    };
    Ok(Supplier { country, kind, incorporated, region, ..s })
}

/// One reason with its points.
#[derive(Debug, Clone, Serialize)]
pub struct Reason {
    /// The reason's key (as in the weights file).
    pub reason: &'static str,
    /// Points.
    pub points: f64,
    /// The official red flags it stands for (`RF14`, numbered in
    /// `datasets/reference/README.md` with their sources), empty for a
    /// list match itself or a country under sanctions.
    pub red_flags: &'static str,
    /// The evidence.
    pub evidence: String,
}

impl Reason {
    /// A reason with the red flags it stands for (see [`red_flags`]).
    fn new(reason: &'static str, points: f64, evidence: String) -> Reason {
        Reason { reason, points, red_flags: red_flags(reason), evidence }
    }
}

/// The official red flags (as numbered in the project's reference, with
/// their sources) each reason stands for; `near_listed` is RF15 where the
/// party reached is Russian or Belarusian, set where it is found.
fn red_flags(reason: &str) -> &'static str {
    match reason {
        "name_match_other_country" => "RF09",
        "owned_by_listed" | "controlled_by_listed" | "linked_to_listed" => "RF14",
        "hub_country" => "RF21",
        "new_company" => "RF01",
        "shared_address" => "RF09,RF10",
        "chpl_tier_1_2" => "RF19",
        "intermediary_consignee" => "RF20",
        _ => "",
    }
}

/// A scored supplier.
#[derive(Debug, Clone, Serialize, Default)]
pub struct ScoreRow {
    /// Input line.
    pub line: u64,
    /// The input id.
    pub id: String,
    /// The input name.
    pub name: String,
    /// 0-100 (None when the row could not be read).
    pub score: Option<f64>,
    /// low, medium, high, critical (or `error`).
    pub band: &'static str,
    /// Whether the best list match reaches the threshold.
    pub matched: bool,
    /// Best match's name.
    pub match_name: String,
    /// Best match's list.
    pub match_list: String,
    /// Its similarity, 0-1.
    pub match_similarity: Option<f64>,
    /// The best match on each other list, as the best is found.
    pub other_lists: Vec<WatchMatch>,
    /// The store entity the supplier was resolved to.
    pub resolved_entity: String,
    /// How the supplier was resolved to it: `identifier inn:7701234567`
    /// (as written), or `name 0.95 to "..."` (the similarity and the
    /// entity's name or alias that matched best).
    pub resolved_by: String,
    /// Reasons, largest first.
    pub reasons: Vec<Reason>,
    /// Why the row was not scored.
    pub error: String,
}

/// An entity's shipments of CHPL tier 1-2 goods, for the evidence.
#[derive(Default)]
struct ChplTrade {
    shipments: usize,
    value: f64,
    /// Six-digit HS codes with their tiers.
    codes: BTreeSet<(String, &'static str)>,
    first: String,
    last: String,
}

/// What the store knows, prepared once for many suppliers.
struct Context {
    graph: TradeGraph,
    entities: NameIndex,
    entity_ids: Vec<String>,
    identifiers: FxHashMap<String, Vec<String>>,
    /// Each entity's identifiers as (scheme, value).
    schemes: FxHashMap<String, Vec<(String, String)>>,
    details: FxHashMap<String, crate::store::EntityDetails>,
    ownership: BTreeMap<String, super::OwnershipFinding>,
    /// Each entity's recorded shared addresses or contacts with listed
    /// entities: (the other's id, the evidence).
    shared_links: BTreeMap<String, Vec<(String, String)>>,
    /// Each entity's list entries, as `match` linked them: (list, entry id).
    linked_entries: FxHashMap<String, Vec<(String, String)>>,
    chpl12: BTreeMap<String, ChplTrade>,
    consignee: BTreeMap<String, usize>,
}

fn context(store: &Store) -> Result<Context> {
    let graph = TradeGraph::build(store, &Filter::default())?;
    let ids: Vec<&str> = graph.entities.ids.iter().map(|s| &**s).collect();
    let details = store.entity_details(&ids)?;
    // Which store entity a supplier is: by whole names, not by part of
    // one (a supplier `Avrora` is not thereby the entity `АО «Концерн
    // «НПО «Аврора»`).
    let mut entities = NameIndex::whole_names();
    let mut entity_ids = Vec::new();
    let mut names: Vec<(u32, u32, &str)> = Vec::new();
    for id in &ids {
        if let Some(d) = details.get(*id) {
            let k = entity_ids.len() as u32;
            for n in std::iter::once(d.name.as_str()).chain(d.aliases.split(';')).filter(|n| !n.trim().is_empty()) {
                names.push((k, k, n));
            }
            entity_ids.push(id.to_string());
        }
    }
    entities.add_all(&names);
    // Entities by identifier value, in id order (the first is the one a
    // supplier resolves to, whatever the order of the hash map).
    let schemes = store.entity_scheme_identifiers()?;
    let mut identifiers: FxHashMap<String, Vec<String>> = FxHashMap::default();
    for (id, pairs) in &schemes {
        for (_, v) in pairs.iter().filter(|(_, v)| v.len() >= 4) {
            identifiers.entry(v.clone()).or_default().push(id.clone());
        }
    }
    for ids in identifiers.values_mut() {
        ids.sort_unstable();
        ids.dedup();
    }
    let ownership = owned_by_listed(store)?.into_iter().map(|o| (o.id.clone(), o)).collect();
    let t = &graph.entities;
    let mut shared_links: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for l in store.links()? {
        if l.relation == "shares_address" || l.relation == "shares_contact" {
            for (a, b) in [(&l.from_id, &l.to_id), (&l.to_id, &l.from_id)] {
                if let Some(e) = t.index_of(b).filter(|&e| t.listed(e)) {
                    let name = details.get(b.as_str()).map_or("", |d| d.name.as_str());
                    let what = if l.relation == "shares_address" { "an address" } else { "a contact" };
                    let source = if l.source.is_empty() { String::new() } else { format!("; source {}", l.source) };
                    let text = format!(
                        "{what} with {b} {name} ({}), as recorded ({}{source})",
                        t.lists[e as usize].join(";"),
                        l.relation
                    );
                    shared_links.entry(a.clone()).or_default().push((b.clone(), text));
                }
            }
        }
    }
    let linked_entries: FxHashMap<String, Vec<(String, String)>> = store
        .entity_match_links()?
        .into_iter()
        .map(|(entity, links)| (entity, links.into_iter().map(|(list, entry, ..)| (list, entry)).collect()))
        .collect();
    let mut chpl12: BTreeMap<String, ChplTrade> = BTreeMap::new();
    let mut consignee: BTreeMap<String, usize> = BTreeMap::new();
    store.for_each_shipment(t, &Filter::default(), |s| {
        if let Some(c) = reference::chpl_entry(s.hs).filter(|c| c.tier == "1" || c.tier == "2") {
            for e in [s.exporter, s.importer] {
                let x = chpl12.entry(t.ids[e as usize].to_string()).or_default();
                x.shipments += 1;
                x.value += s.value;
                x.codes.insert((c.hs6.clone(), c.tier.as_str()));
                if x.first.is_empty() || s.date < x.first.as_str() {
                    x.first = s.date.to_string();
                }
                if s.date > x.last.as_str() {
                    x.last = s.date.to_string();
                }
            }
        }
        if matches!(t.kinds[s.importer as usize], EntityKind::Forwarder | EntityKind::Trader) {
            *consignee.entry(t.ids[s.importer as usize].to_string()).or_default() += 1;
        }
    })?;
    Ok(Context {
        graph,
        entities,
        entity_ids,
        identifiers,
        schemes,
        details,
        ownership,
        shared_links,
        linked_entries,
        chpl12,
        consignee,
    })
}

/// Whether an identifier of this scheme names one party: not a KPP, the
/// code of a tax office's registration that many companies share (`771501001`
/// is every company's registered at Moscow's tax office 15).
fn names_one_party(scheme: &str) -> bool {
    !scheme.eq_ignore_ascii_case("kpp")
}

/// The supplier's identifiers as (scheme, value): the scheme in lower
/// case, empty when not given, the value normalised.
fn supplier_identifiers(s: &Supplier) -> Vec<(String, String)> {
    identifier_parts(&s.identifiers)
        .into_iter()
        .filter(|(scheme, _)| scheme.as_deref().is_none_or(names_one_party))
        .map(|(scheme, v)| (scheme.unwrap_or_default().to_ascii_lowercase(), normalize_identifier(&v)))
        .filter(|(_, v)| v.len() >= 4)
        .collect()
}

/// The identifiers of a supplier's `identifiers` field (separated by `;` or
/// `,`), each split into its scheme, if named, and value (see
/// [`crate::matching::split_identifier`]).
fn identifier_parts(text: &str) -> Vec<(Option<String>, String)> {
    crate::matching::identifiers_in(text)
}

/// Whether a supplier gives an identifier of a scheme the entity has too,
/// with another value (`hrb:HRB222222` against `hrb:HRB111111`): another
/// company of that name.
fn identifiers_conflict(s: &Supplier, entity: Option<&Vec<(String, String)>>) -> bool {
    let Some(entity) = entity else { return false };
    identifier_parts(&s.identifiers).into_iter().any(|(scheme, v)| {
        let Some(scheme) = scheme else { return false };
        let v = normalize_identifier(&v);
        let theirs: Vec<&String> = entity.iter().filter(|(s, _)| *s == scheme).map(|(_, v)| v).collect();
        !theirs.is_empty() && !theirs.contains(&&v)
    })
}

/// The nearest listed party or military end user (an end user in a
/// target or embargoed country, as the chokepoint report's default targets
/// take them) within `max_hops` trade hops, either direction: its hops and
/// the evidence, each entity on the path with its country, arrows the way
/// goods moved, and why the last one counts.
fn nearest_listed(ctx: &Context, id: &str, max_hops: usize) -> Option<(usize, String, bool)> {
    let g = &ctx.graph;
    let start = g.entities.index_of(id).and_then(|e| g.node(e))?;
    let mut prev = vec![None; g.graph.node_count()];
    let mut hops = vec![usize::MAX; g.graph.node_count()];
    hops[start.index()] = 0;
    let mut queue = VecDeque::from([start]);
    while let Some(v) = queue.pop_front() {
        let e = g.entity(v);
        let listed = g.entities.listed(e);
        let military = g.entities.military_end_user(e);
        if v != start && (listed || military) {
            let mut path = vec![v];
            while let Some(p) = prev[path[path.len() - 1].index()] {
                path.push(p);
            }
            path.reverse();
            let who = |x: petgraph::graph::NodeIndex| {
                let e = g.entity(x);
                let name = ctx.details.get(g.id(x)).map_or("", |d| d.name.as_str());
                format!("{} {name} ({})", g.id(x), g.entities.country(e))
            };
            let mut text = who(path[0]);
            for w in path.windows(2) {
                let arrow = if g.graph.find_edge(w[0], w[1]).is_some() { "->" } else { "<-" };
                text.push_str(&format!(" {arrow} {}", who(w[1])));
            }
            let why = if listed {
                format!("listed on {}", g.entities.lists[e as usize].join(", "))
            } else {
                format!("an end user in {}", g.entities.country(e))
            };
            let n = hops[v.index()];
            let s = if n == 1 { "" } else { "s" };
            let russian = reference::country(g.entities.country(e)).is_some_and(|c| reference::in_group(c, "target"));
            return Some((n, format!("{n} hop{s} from {} ({why}): {text}", g.id(v)), russian));
        }
        if hops[v.index()] == max_hops {
            continue;
        }
        let mut next: Vec<petgraph::graph::NodeIndex> = g
            .graph
            .edges_directed(v, petgraph::Direction::Outgoing)
            .map(|e| e.target())
            .chain(g.graph.edges_directed(v, petgraph::Direction::Incoming).map(|e| e.source()))
            .collect();
        next.sort();
        for w in next {
            if hops[w.index()] == usize::MAX {
                hops[w.index()] = hops[v.index()] + 1;
                prev[w.index()] = Some(v);
                queue.push_back(w);
            }
        }
    }
    None
}

/// What scoring reads from the store, built once: the watch lists' names
/// and identifiers, and the store's entities, links and ownership.
pub struct Screen {
    watch: WatchIndex,
    ctx: Context,
}

impl Screen {
    /// Read the watch lists and the store.
    pub fn build(store: &Store) -> Result<Screen> {
        Ok(Screen { watch: WatchIndex::build(store, true)?, ctx: context(store)? })
    }

    /// Score suppliers, in input order.
    pub fn score(&self, rows: Vec<SupplierRow>, weights: &Weights) -> Vec<ScoreRow> {
        let (watch, ctx) = (&self.watch, &self.ctx);
        let p = &weights.points;
        // Suppliers are scored in parallel, and come out in input order.
        let score_supplier = |line: u64, s: Supplier| -> ScoreRow {
            let idents = supplier_identifiers(&s);
            // Resolve to a store entity: identifiers, then the name in the same country.
            // A short local number resolves only to an entity of a compatible
            // country, and a number only to one of a register it may be of.
            let fits = |id: &String, (ours, v): &(String, String)| {
                let scheme = ctx.schemes.get(id).and_then(|p| p.iter().find(|(_, x)| x == v)).map_or("", |(s, _)| s);
                let theirs: Vec<String> = ctx.details.get(id).map(|d| d.country.clone()).into_iter().collect();
                (!is_local_identifier(scheme, v) || countries_compatible(&s.country, &theirs))
                    && Register::of(scheme).may_match(Register::of(ours))
            };
            let by_identifier = |sv: &(String, String)| {
                ctx.identifiers.get(&sv.1).and_then(|ids| ids.iter().find(|id| fits(id, sv)).cloned())
            };
            let by_number: Option<(String, String)> = idents.iter().find_map(|sv| {
                let id = by_identifier(sv)?;
                // The number as the supplier wrote it (`AE-JAFZA-070231`).
                let written = identifier_parts(&s.identifiers)
                    .into_iter()
                    .find(|(_, v)| normalize_identifier(v) == sv.1)
                    .map_or_else(|| sv.1.clone(), |(_, v)| v);
                let shown = if sv.0.is_empty() { written } else { format!("{}:{written}", sv.0) };
                Some((id, format!("identifier {shown}")))
            });
            let resolution: Option<(String, String)> = by_number.clone().or_else(|| {
                ctx.entities
                    .search(&s.name, weights.threshold)
                    .into_iter()
                    .map(|h| (ctx.entity_ids[h.key as usize].clone(), h))
                    .find(|(id, _)| {
                        (s.country.is_empty() || ctx.details.get(id).is_some_and(|d| d.country == s.country))
                            && !identifiers_conflict(&s, ctx.schemes.get(id))
                    })
                    .map(|(id, h)| (id, format!("name {:.2} to {}", h.similarity.score, quoted(&h.name))))
            });
            let (resolved, resolved_by) = resolution.unzip();
            let entity = resolved.as_ref().and_then(|id| ctx.details.get(id));
            // A supplier without a country takes its entity's when an
            // identifier tells which; by a name alone (`Kelmora Arms`, of DE
            // in the store and of RU on a list) it may be either party.
            let country = match (s.country.is_empty(), &by_number) {
                (true, Some(_)) => entity.map(|d| d.country.clone()).unwrap_or_default(),
                _ => s.country.clone(),
            };
            let mut reasons = Vec::new();
            // A list match (a supplier that is a listed entity of the store matches its record).
            // The supplier's name read as a listed one is: a short form in
            // parentheses, a subsidiary after its parent (see `name_forms`).
            let forms = [name_forms(&s.name)];
            let BestMatch { matched: best, other_country, other_lists } = watch.best(
                &as_given_first(&forms),
                &idents,
                &country,
                (weights.threshold, weights.other_country_threshold.max(weights.threshold)),
            );
            for m in best.iter().chain(&other_country) {
                let (reason, pts) = match m.rule {
                    "identifier" => ("identifier_match", p.identifier_match),
                    "name" => ("name_match", (p.name_match * m.similarity).round()),
                    _ => ("name_match_other_country", (p.name_match_other_country * m.similarity).round()),
                };
                let evidence = format!("{} on {}{}: {}", m.entry_id, m.list, programs(&m.programs), m.evidence);
                reasons.push(Reason::new(reason, pts, evidence));
            }
            if let Some(id) = &resolved {
                if let Some(o) = ctx.ownership.get(id) {
                    let points = match o.label {
                        "owned_by_listed" => Some(p.owned_by_listed),
                        "controlled_by_listed" => Some(p.controlled_by_listed),
                        "linked_to_listed" => {
                            Some((p.linked_to_listed * o.listed_share / 50.0).min(p.linked_to_listed).round())
                        }
                        _ => None,
                    };
                    if let Some(points) = points.filter(|&x| x > 0.0) {
                        reasons.push(Reason::new(o.label, points, o.arithmetic.clone()));
                    }
                }
                if let Some((hops, evidence, russian)) = nearest_listed(ctx, id, weights.max_hops) {
                    reasons.push(Reason {
                        // Ties to Russian or Belarusian parties (RF15); an
                        // Iranian party reached is no such tie.
                        red_flags: if russian { "RF15" } else { "" },
                        reason: "near_listed",
                        points: (p.near_listed / hops as f64).round(),
                        evidence,
                    });
                }
                if let Some(c) = ctx.chpl12.get(id) {
                    let codes: Vec<String> = c.codes.iter().map(|(hs, tier)| format!("{hs} (tier {tier})")).collect();
                    let s = if c.shipments == 1 { "" } else { "s" };
                    reasons.push(Reason::new(
                        "chpl_tier_1_2",
                        p.chpl_tier_1_2,
                        format!(
                            "{} shipment{s} of CHPL tier 1-2 goods worth ${:.0}, {} to {}: HS {}",
                            c.shipments,
                            c.value,
                            c.first,
                            c.last,
                            codes.join(", ")
                        ),
                    ));
                }
                if let Some(n) = ctx.consignee.get(id) {
                    reasons.push(Reason::new(
                        "intermediary_consignee",
                        p.intermediary_consignee,
                        format!("consignee of {n} shipments as a {}", entity.map_or("", |d| d.kind.as_str())),
                    ));
                }
            }
            // A forwarder or trader by its own word, where the store's
            // shipments do not say so: as a consignee, a red flag.
            if matches!(s.kind.as_str(), "forwarder" | "trader")
                && !reasons.iter().any(|r| r.reason == "intermediary_consignee")
            {
                reasons.push(Reason::new(
                    "intermediary_consignee",
                    p.intermediary_consignee,
                    format!("a {} by the supplier file's kind: one as consignee is a red flag", s.kind),
                ));
            }
            // Incorporated after the cutoff outside the coalition: by the
            // store's date for the entity the supplier resolved to, else by the
            // date the supplier gives (which does not cancel the store's), in
            // the country it gives, else the entity's; in no country known,
            // not known to be outside the coalition.
            let new_after = |date: &str, place: &str| {
                !date.is_empty()
                    && date >= weights.cutoff.as_str()
                    && reference::country(place).is_some_and(|c| !reference::in_group(c, "gecc"))
            };
            let entity_country = entity.map_or("", |d| d.country.as_str());
            let incorporated = match entity {
                Some(d) if new_after(&d.incorporated, &d.country) => {
                    Some((d.incorporated.as_str(), d.country.as_str(), "in the store"))
                }
                _ => {
                    let place = if country.is_empty() { entity_country } else { country.as_str() };
                    new_after(&s.incorporated, place).then_some((s.incorporated.as_str(), place, "as given"))
                }
            };
            if let Some((date, place, whose)) = incorporated {
                reasons.push(Reason::new(
                    "new_company",
                    p.new_company,
                    format!("incorporated {date} (on or after {}, {whose}), in {place}", weights.cutoff),
                ));
            }
            // The country given, and the store's country of an entity an
            // identifier resolved the supplier to where it is another (a
            // company of the UAE's free zone given as of DE).
            let mut countries = vec![(country.clone(), String::new())];
            if let (Some(_), Some(d)) = (&by_number, entity)
                && !d.country.is_empty()
                && d.country != country
            {
                let given = if country.is_empty() { "none".to_string() } else { country.clone() };
                countries.push((
                    d.country.clone(),
                    format!(" (the store's country of {}, resolved by identifier; the supplier gives {given})", d.id),
                ));
            }
            if let Some((c, note, lists)) =
                countries.iter().find_map(|(c, note)| crate::analysis::routes::hub_country(c).map(|l| (c, note, l)))
            {
                reasons.push(Reason::new(
                    "hub_country",
                    p.hub_country,
                    format!("{c}{note} is on {}", lists.join(", ")),
                ));
            }
            let target = |c: &str| {
                reference::country(c).and_then(|k| {
                    ["target", "embargoed"]
                        .into_iter()
                        .find(|g| reference::in_group(k, g))
                        .map(|g| (k.name.as_str(), g))
                })
            };
            if let Some((c, note, (name, group))) =
                countries.iter().find_map(|(c, note)| target(c).map(|t| (c, note, t)))
            {
                let what =
                    if group == "target" { "the sanctions' targets, Russia and Belarus" } else { "under embargo" };
                reasons.push(Reason::new(
                    "target_country",
                    p.target_country,
                    format!("{c} ({name}){note} is in group {group}: {what}"),
                ));
            } else if let Some((region, measures)) = s.region {
                let given = if reference::embargoed_region(&s.address).is_some() { "address" } else { "country" };
                reasons.push(Reason::new(
                    "target_country",
                    p.target_country,
                    format!("the {given} names {region}, a region of Ukraine under embargo ({measures})"),
                ));
            }
            let address = if s.address.is_empty() {
                entity.map(|d| d.address.clone()).unwrap_or_default()
            } else {
                s.address.clone()
            };
            // Each listed party the supplier shares an address or contact
            // with, by its id: not the supplier's own record in the store,
            // nor its own listings (the entries it matched on any list, and
            // those `match` linked its store entity to).
            let mut shared: BTreeMap<(String, String), String> = BTreeMap::new();
            let mut at_address = false;
            let at = Address::parse(&address);
            let places: Vec<&(u32, Address)> = at
                .as_ref()
                .and_then(|a| watch.addresses.get(&a.key()).map(|near| (a, near)))
                .map(|(a, near)| near.iter().filter(|(_, theirs)| a.same_place(theirs)).collect())
                .unwrap_or_default();
            if !places.is_empty() {
                // The supplier's own listings, and the parties they are of
                // (an entry of another list sharing a number or main name
                // with one).
                let own_entries: Vec<(&str, &str)> = best
                    .iter()
                    .chain(&other_lists)
                    .map(|m| (m.list.as_str(), m.entry_id.as_str()))
                    .chain(
                        resolved
                            .as_ref()
                            .and_then(|id| ctx.linked_entries.get(id))
                            .into_iter()
                            .flatten()
                            .map(|(l, e)| (l.as_str(), e.as_str())),
                    )
                    .collect();
                let own_parties: Vec<u32> = own_entries
                    .iter()
                    .filter_map(|(l, e)| watch.by_entry.get(&(l.to_string(), e.to_string())))
                    .map(|&k| watch.party[k as usize])
                    .collect();
                for (k, theirs) in places {
                    let w = &watch.watched[*k as usize];
                    let own = own_entries.contains(&(w.list.as_str(), w.entry_id.as_str()))
                        || own_parties.contains(&watch.party[*k as usize]);
                    if !own && (w.entity.is_none() || w.entity.as_deref() != resolved.as_deref()) {
                        let written = if theirs.text() == address.trim() {
                            String::new()
                        } else {
                            format!(", given there as {}", quoted(theirs.text()))
                        };
                        let at = format!("the address of {} {} ({}){written}", w.entry_id, w.name, w.list);
                        shared.entry((w.list.clone(), w.entry_id.clone())).or_insert(at);
                        at_address = true;
                    }
                }
            }
            if let Some(links) = resolved.as_ref().and_then(|id| ctx.shared_links.get(id)) {
                for (other, text) in links {
                    // Under the key of its listing in the store (see `WatchIndex::build`).
                    let lists = ctx
                        .graph
                        .entities
                        .index_of(other)
                        .map_or(String::new(), |e| ctx.graph.entities.lists[e as usize].join(";"));
                    shared.entry((lists, other.clone())).or_insert_with(|| text.clone());
                }
            }
            if !shared.is_empty() {
                // An address many listed parties give (a registered agent's,
                // a business centre's): the first few named, the rest counted.
                const SHOWN: usize = 5;
                let n = shared.len();
                let mut told: Vec<String> = shared.into_values().take(SHOWN).collect();
                if n > SHOWN {
                    told.push(format!("and {} more", n - SHOWN));
                }
                let whose = if at_address { format!(" at {}", quoted(address.trim())) } else { String::new() };
                reasons.push(Reason::new(
                    "shared_address",
                    p.shared_address,
                    format!("shares with listed parties{whose}: {}", told.join("; ")),
                ));
            }
            // A reason of no points does not count (its weight set to 0).
            reasons.retain(|r| r.points > 0.0);
            reasons.sort_by(|a, b| b.points.total_cmp(&a.points).then(a.reason.cmp(b.reason)));
            let score = reasons.iter().fold(0.0, |acc, r| acc + r.points).min(100.0);
            ScoreRow {
                line,
                id: s.id.clone(),
                name: s.name.clone(),
                score: Some(score),
                band: weights.band(score),
                matched: best.is_some(),
                match_name: best.as_ref().map(|m| m.name.clone()).unwrap_or_default(),
                match_list: best.as_ref().map(|m| m.list.clone()).unwrap_or_default(),
                match_similarity: best.as_ref().map(|m| m.similarity),
                other_lists,
                resolved_entity: resolved.unwrap_or_default(),
                resolved_by: resolved_by.unwrap_or_default(),
                reasons,
                error: String::new(),
            }
        };
        let score_one = |(line, row): SupplierRow| -> ScoreRow {
            let Unreadable { id, name, why, screen } = match row {
                Ok(s) => return score_supplier(line, s),
                Err(u) => u,
            };
            let mut row = ScoreRow {
                line,
                id,
                name,
                score: None,
                band: "error",
                matched: false,
                match_name: String::new(),
                match_list: String::new(),
                match_similarity: None,
                other_lists: vec![],
                resolved_entity: String::new(),
                resolved_by: String::new(),
                reasons: vec![],
                error: format!("line {line}: {why}; not scored"),
            };
            // Not scored, but its name and identifiers screened all the
            // same: a list match is never hidden by a wrong date.
            if let Some(s) = screen {
                let screened = score_supplier(line, *s);
                row.matched = screened.matched;
                row.match_name = screened.match_name;
                row.match_list = screened.match_list;
                row.match_similarity = screened.match_similarity;
                row.other_lists = screened.other_lists;
                row.error.push_str(" (its name was screened: see the match columns)");
            }
            row
        };
        rows.into_par_iter().map(score_one).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::{Register, is_local_identifier, quoted};

    #[test]
    fn evidence_quotes_names_as_written_and_shows_what_is_invisible() {
        assert_eq!(quoted("Remdiesel \"AO\""), "\"Remdiesel \"AO\"\"");
        assert_eq!(quoted("Kvar\u{200B}ta\tLLC"), "\"Kvar<U+200B>ta<U+0009>LLC\"");
        assert_eq!(quoted("ООО «Ромашка»"), "\"ООО «Ромашка»\"");
    }

    #[test]
    fn numbers_of_two_registers_are_no_match() {
        // A ship's IMO number and a company number of the same digits are
        // two things; a number of no scheme may be either; a country's
        // schemes go by many names (`inn`, `tax_number`).
        let may = |a: &str, b: &str| Register::of(a).may_match(Register::of(b));
        assert!(!may("imo", "cr"));
        assert!(!may("lei", "imo"));
        assert!(may("IMO", "imo"));
        assert!(may("", "imo"));
        assert!(may("swiftbic", "bic"));
        assert!(may("inn", "tax_number"));
        // Schemes as suppliers write them.
        assert!(may("IMO number", "imo") && may("LEI code", "lei") && may("SWIFT/BIC", "swift"));
        assert!(may("D-U-N-S No.", "duns") && may("Legal Entity Identifier", "lei"));
        assert!(!may("IMO No.", "registration_number"));
        // Short numbers are local, but not those of the world's registers.
        assert!(is_local_identifier("cr", "2813066"));
        assert!(!is_local_identifier("imo", "9123456"));
        assert!(!is_local_identifier("inn", "7701234567"));
    }

    #[test]
    fn entries_sharing_an_identifier_or_a_name_are_one_party() {
        let mut idx = crate::matching::NameIndex::new();
        for (key, name) in [
            (0, "АО «Концерн «НПО «Аврора»"),
            (1, "Акционерное общество «Концерн «Научно-производственное объединение «Аврора»"),
            (1, "JSC Concern Avrora"),
            (2, "Vektor LLC"),
            (3, "OOO Vektor Trade"),
            (4, "MMZ"),
            (5, "MMZ"),
            // An alias shared (`Text of image`) joins nothing.
            (4, "Text of image"),
            (5, "Text of image"),
        ] {
            idx.add(key, name);
        }
        let mut identifiers: rustc_hash::FxHashMap<String, Vec<u32>> = Default::default();
        identifiers.insert("7701234567".into(), vec![2, 3]);
        // The same name (six letters or more, as normalised) or identifier:
        // one party; a short name alike (`MMZ`): two.
        assert_eq!(super::parties(6, idx.main_names_by_key(), &identifiers), [0, 0, 2, 2, 4, 5]);
    }
}
