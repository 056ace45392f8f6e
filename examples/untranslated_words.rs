//! Which words of the EU annexes' Cyrillic names the matcher neither
//! translates nor finds spelled alike in the same entry's Latin names, and
//! the English words they keep company with: a measure of how much of a
//! half's vocabulary the word tables hold.
//!
//! For each entry of the half with names in both scripts, the words of its
//! Cyrillic names left as transliterated (six letters or more; no
//! translation, and no word of its Latin names within Jaro-Winkler 0.85)
//! are paired with the words of its Latin names that no Cyrillic word is
//! that close to. Pairs seen in one entry or more are ranked by their Dice
//! coefficient and linked one to one, the strongest first; each link is
//! printed as `stem  english  entries  dice`, and the count of links last.
//!
//! ```text
//! cargo run --release --example untranslated_words -- dev|test \
//!     eu_32014R0833_annexes.csv eu_32014R0269_annex_i.csv
//! ```
use std::collections::{BTreeMap, BTreeSet};

use chokepoint::matching::eval::{held_out, read_entries, script};
use chokepoint::matching::{NormalName, normalize, word_stem};

/// Words at least this close are taken for spellings of one another.
const ALIKE: f64 = 0.85;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let part = args.next().unwrap_or_default();
    if part != "dev" && part != "test" {
        return Err("usage: untranslated_words dev|test FILE...".into());
    }
    let paths: Vec<std::path::PathBuf> = args.map(Into::into).collect();
    let entries = read_entries(&paths)?;
    let alike = |a: &str, b: &str| strsim::jaro_winkler(a, b) >= ALIKE;
    let mut per_stem: BTreeMap<String, usize> = BTreeMap::new();
    let mut per_word: BTreeMap<String, usize> = BTreeMap::new();
    let mut per_pair: BTreeMap<(String, String), usize> = BTreeMap::new();
    for entry in entries.iter().filter(|e| held_out(&e.key) == (part == "test")) {
        let in_script = |s: &str| -> Vec<NormalName> {
            entry.names.iter().filter(|n| script(n) == s).map(|n| normalize(n)).collect()
        };
        let (latin, cyrillic) = (in_script("latin"), in_script("cyrillic"));
        let english: BTreeSet<&str> = latin.iter().flat_map(|n| n.tokens.iter().map(String::as_str)).collect();
        let russian: BTreeSet<&str> = cyrillic.iter().flat_map(|n| n.tokens.iter().map(String::as_str)).collect();
        let untranslated = cyrillic
            .iter()
            .flat_map(|n| n.tokens.iter().zip(&n.spellings).filter(|(_, s)| s.is_none()).map(|(t, _)| t.as_str()));
        let stems: BTreeSet<&str> = untranslated
            .filter(|t| t.len() >= 6 && t.bytes().all(|b| b.is_ascii_lowercase()))
            .filter(|t| !english.iter().any(|e| alike(t, e)))
            .map(|t| word_stem(t).unwrap_or(t))
            .collect();
        let words: BTreeSet<&str> = english
            .iter()
            .filter(|e| e.len() >= 4 && e.bytes().all(|b| b.is_ascii_lowercase()))
            .filter(|e| !russian.iter().any(|r| alike(r, e)))
            .copied()
            .collect();
        for s in &stems {
            *per_stem.entry(s.to_string()).or_default() += 1;
            for w in &words {
                *per_pair.entry((s.to_string(), w.to_string())).or_default() += 1;
            }
        }
        for w in &words {
            *per_word.entry(w.to_string()).or_default() += 1;
        }
    }
    let mut pairs: Vec<(f64, usize, String, String)> = per_pair
        .into_iter()
        .map(|((s, w), n)| (2.0 * n as f64 / (per_stem[&s] + per_word[&w]) as f64, n, s, w))
        .collect();
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)).then(a.3.cmp(&b.3)));
    let (mut linked_stems, mut linked_words) = (BTreeSet::new(), BTreeSet::new());
    let mut links = 0;
    for (dice, n, stem, word) in pairs {
        if linked_stems.contains(&stem) || linked_words.contains(&word) {
            continue;
        }
        println!("{stem}\t{word}\t{n}\t{dice:.2}");
        linked_stems.insert(stem);
        linked_words.insert(word);
        links += 1;
    }
    println!("{links} links on the {part} half");
    Ok(())
}
