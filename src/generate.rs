//! A generator of synthetic trade networks in the record formats, for
//! benchmarks and scale tests: deterministic for a seed, heavy-tailed degrees,
//! the same kinds of entities and countries as real data (coalition
//! manufacturers and distributors, hub traders and forwarders, Russian and
//! Belarusian importers and end users). Names are invented (`Gen Trader 42`).

use std::io::Write as _;
use std::path::{Path, PathBuf};

use rand::{Rng, RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::error::{Error, Result};
use crate::model::EntityKind;
use crate::reference;

/// What to generate.
#[derive(Debug, Clone)]
pub struct GenerateOptions {
    /// Number of entities.
    pub entities: usize,
    /// Number of shipments.
    pub shipments: usize,
    /// Random seed: the same seed and sizes give the same files.
    pub seed: u64,
    /// Zipf exponent of partner choice (higher: heavier tail, fewer distinct edges).
    pub skew: f64,
}

impl Default for GenerateOptions {
    fn default() -> Self {
        GenerateOptions { entities: 10_000, shipments: 100_000, seed: 1, skew: 1.22 }
    }
}

/// The share of each kind among generated entities, and where they sit.
const KINDS: [(EntityKind, f64, &[&str]); 7] = [
    (EntityKind::Manufacturer, 0.02, &["US", "DE", "JP", "NL", "GB", "FR", "CH", "KR", "TW", "IT", "SE"]),
    (EntityKind::Distributor, 0.08, &["US", "DE", "GB", "NL", "JP", "FR", "IT", "PL", "FI"]),
    (EntityKind::Trader, 0.22, &["HK", "CN", "TR", "AE", "KZ", "KG", "AM", "GE", "UZ", "RS", "IN", "TH", "MY", "SG"]),
    (EntityKind::Forwarder, 0.10, &["HK", "CN", "TR", "AE", "KZ", "KG", "AM", "GE", "UZ", "LT", "FI"]),
    (EntityKind::Importer, 0.23, &["RU", "RU", "RU", "BY"]),
    (EntityKind::EndUser, 0.25, &["RU", "RU", "RU", "BY"]),
    (EntityKind::Other, 0.10, &["US", "DE", "CN", "IN", "BR", "ZA", "MX"]),
];

/// Which kinds ship to which, with relative frequency.
const STEPS: [(EntityKind, EntityKind, u32); 9] = [
    (EntityKind::Manufacturer, EntityKind::Distributor, 30),
    (EntityKind::Distributor, EntityKind::Trader, 25),
    (EntityKind::Distributor, EntityKind::Forwarder, 8),
    (EntityKind::Trader, EntityKind::Trader, 6),
    (EntityKind::Trader, EntityKind::Importer, 15),
    (EntityKind::Forwarder, EntityKind::Importer, 8),
    (EntityKind::Importer, EntityKind::EndUser, 15),
    (EntityKind::Distributor, EntityKind::Other, 6),
    (EntityKind::Manufacturer, EntityKind::Trader, 3),
];

/// A sampler of indices `0..n` with Zipf-like weights `1 / (rank + 1)^s`.
struct Zipf {
    cumulative: Vec<f64>,
}

impl Zipf {
    fn new(n: usize, s: f64) -> Zipf {
        let mut acc = 0.0;
        let cumulative = (0..n)
            .map(|i| {
                acc += 1.0 / ((i + 1) as f64).powf(s);
                acc
            })
            .collect();
        Zipf { cumulative }
    }
    fn sample(&self, rng: &mut impl Rng) -> usize {
        let total = *self.cumulative.last().unwrap_or(&0.0);
        let x = rng.random::<f64>() * total;
        self.cumulative.partition_point(|&c| c < x).min(self.cumulative.len().saturating_sub(1))
    }
}

/// Fewer entities than this cannot make a trade network of every kind.
pub const MIN_ENTITIES: usize = 10;

/// Write `entities.csv`, `links.csv` and `shipments.csv` into `dir`; returns the files written.
pub fn generate(opts: &GenerateOptions, dir: &Path) -> Result<Vec<PathBuf>> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| Error::Io { path: path.clone(), error: source }
    };
    if opts.shipments > 0 && opts.entities < MIN_ENTITIES {
        return Err(Error::Usage(format!(
            "{} entities are too few to trade: give --entities {MIN_ENTITIES} or more",
            opts.entities
        )));
    }
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let mut rng = ChaCha8Rng::seed_from_u64(opts.seed);
    // Entities, grouped by kind; each kind's members are in a random rank order.
    let mut by_kind: Vec<Vec<usize>> = vec![Vec::new(); KINDS.len()];
    let entities_path = dir.join("entities.csv");
    let mut w = std::io::BufWriter::new(std::fs::File::create(&entities_path).map_err(io(&entities_path))?);
    let write_err = io(&entities_path);
    writeln!(w, "id,name,kind,country,aliases,address,identifiers,incorporated,lists,source").map_err(&write_err)?;
    let mut countries = Vec::with_capacity(opts.entities);
    for i in 0..opts.entities {
        let x = rng.random::<f64>();
        let mut acc = 0.0;
        let k = KINDS.iter().position(|(_, share, _)| {
            acc += share;
            x < acc
        });
        let k = k.unwrap_or(KINDS.len() - 1);
        let (kind, _, places) = KINDS[k];
        let country = places[rng.random_range(0..places.len())];
        by_kind[k].push(i);
        countries.push(country);
        let listed = match kind {
            EntityKind::EndUser if rng.random::<f64>() < 0.4 => "US-EL;EU",
            EntityKind::Importer if rng.random::<f64>() < 0.1 => "US-SDN",
            EntityKind::Trader | EntityKind::Forwarder if rng.random::<f64>() < 0.03 => "US-EL",
            _ => "",
        };
        let year = 2000 + rng.random_range(0..25);
        writeln!(
            w,
            "G{i},Gen {} {i},{kind},{country},,{} Example Street {country},reg:{country}-{i},{year}-01-01,{listed},generated",
            kind.as_str().replace('_', " "),
            i % 997
        )
        .map_err(&write_err)?;
    }
    w.flush().map_err(&write_err)?;
    let samplers: Vec<Zipf> = by_kind.iter().map(|v| Zipf::new(v.len(), opts.skew)).collect();
    let step_total: u32 = STEPS.iter().map(|s| s.2).sum();
    let chpl = reference::chpl();
    let shipments_path = dir.join("shipments.csv");
    let mut w = std::io::BufWriter::new(std::fs::File::create(&shipments_path).map_err(io(&shipments_path))?);
    let write_err = io(&shipments_path);
    writeln!(
        w,
        "id,date,exporter_id,importer_id,hs_code,part_number,manufacturer_id,origin_country,quantity,value_usd,source"
    )
    .map_err(&write_err)?;
    let kind_of = |k: EntityKind| KINDS.iter().position(|(kind, _, _)| *kind == k).unwrap_or(0);
    let can_trade = STEPS.iter().any(|&(from, to, _)| {
        let (a, b) = (&by_kind[kind_of(from)], &by_kind[kind_of(to)]);
        !a.is_empty() && !b.is_empty() && (from != to || a.len() > 1)
    });
    if opts.shipments > 0 && !can_trade {
        return Err(Error::Usage(format!(
            "the {} entities drawn (seed {}) make no pair that trades: give more --entities or another --seed",
            opts.entities, opts.seed
        )));
    }
    let mut written = 0;
    while written < opts.shipments {
        let mut x = rng.random_range(0..step_total);
        let step = STEPS.iter().find(|s| {
            if x < s.2 {
                true
            } else {
                x -= s.2;
                false
            }
        });
        let Some(&(from, to, _)) = step else { continue };
        let (fk, tk) = (kind_of(from), kind_of(to));
        if by_kind[fk].is_empty() || by_kind[tk].is_empty() {
            continue;
        }
        let exporter = by_kind[fk][samplers[fk].sample(&mut rng)];
        let importer = by_kind[tk][samplers[tk].sample(&mut rng)];
        if exporter == importer {
            continue;
        }
        let code = &chpl[rng.random_range(0..chpl.len())];
        let day = rng.random_range(0..(5 * 365));
        let (y, m, d) = (2021 + day / 365, 1 + (day % 365) / 31, 1 + (day % 365) % 28);
        let value = (10.0_f64 / (1.0 - rng.random::<f64>()).powf(0.8)).min(5e6) * 100.0;
        writeln!(
            w,
            "S{written},{y}-{:02}-{:02},G{exporter},G{importer},{},,,{},{},{:.2},generated",
            m.min(12),
            d,
            code.hs6,
            countries[exporter],
            rng.random_range(1..500),
            value
        )
        .map_err(&write_err)?;
        written += 1;
    }
    w.flush().map_err(&write_err)?;
    Ok(vec![entities_path, shipments_path])
}

const SYLLABLES: [&str; 32] = [
    "ka", "ro", "vel", "tin", "mar", "os", "ne", "dra", "lu", "zen", "bor", "vi", "ta", "gor", "len", "sa", "mi",
    "ker", "do", "pra", "tek", "al", "um", "ris", "ven", "ko", "sha", "li", "nor", "ex", "ari", "tro",
];
const WORDS: [&str; 8] =
    ["Trading", "Technology", "Electronics", "Systems", "Components", "Logistics", "Industrial", "Supply"];
const FORMS: [&str; 8] = ["LLC", "Ltd", "Co., Ltd.", "GmbH", "FZE", "A.Ş.", "JSC", "Limited"];

/// A Latin word to Cyrillic letters (a rough, reversible-enough mapping for test data).
fn cyrillic(word: &str) -> String {
    let mut out = String::new();
    let b = word.to_lowercase();
    let mut chars = b.chars().peekable();
    while let Some(c) = chars.next() {
        let two = chars.peek().map(|n| format!("{c}{n}"));
        if two.as_deref() == Some("sh") {
            out.push('ш');
            chars.next();
            continue;
        }
        out.push_str(match c {
            'a' => "а",
            'b' => "б",
            'v' => "в",
            'g' => "г",
            'd' => "д",
            'e' => "е",
            'z' => "з",
            'i' => "и",
            'k' => "к",
            'l' => "л",
            'm' => "м",
            'n' => "н",
            'o' => "о",
            'p' => "п",
            'r' => "р",
            's' => "с",
            't' => "т",
            'u' => "у",
            'x' => "кс",
            'f' => "ф",
            'h' => "х",
            'c' => "ц",
            'y' => "ы",
            _ => "",
        });
    }
    let mut cs = out.chars();
    cs.next().map(|f| f.to_uppercase().collect::<String>() + cs.as_str()).unwrap_or_default()
}

/// Write a generated watch list (`watchlist.ftm.json`, FollowTheMoney) of
/// `entries` companies with invented names (a third with a Cyrillic alias),
/// and `suppliers.csv` with `suppliers` rows: one in ten a variant of a
/// listed name, the rest unrelated names. Deterministic for a seed.
pub fn generate_watchlist(entries: usize, suppliers: usize, seed: u64, dir: &Path) -> Result<Vec<PathBuf>> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| Error::Io { path: path.clone(), error: source }
    };
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let word = |rng: &mut ChaCha8Rng| {
        let n = rng.random_range(2..4);
        let w: String = (0..n).map(|_| SYLLABLES[rng.random_range(0..SYLLABLES.len())]).collect();
        let mut c = w.chars();
        c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
    };
    let countries = ["RU", "HK", "CN", "TR", "AE", "KZ", "KG", "AM", "BY", "IR"];
    let list_path = dir.join("watchlist.ftm.json");
    let mut w = std::io::BufWriter::new(std::fs::File::create(&list_path).map_err(io(&list_path))?);
    let mut names = Vec::with_capacity(entries);
    for i in 0..entries {
        let core = format!("{} {}", word(&mut rng), word(&mut rng));
        let generic = WORDS[rng.random_range(0..WORDS.len())];
        let form = FORMS[rng.random_range(0..FORMS.len())];
        let name = format!("{core} {generic} {form}");
        let country = countries[rng.random_range(0..countries.len())];
        let mut aliases = vec![format!("{core} {form}")];
        if i % 3 == 0 {
            aliases.push(format!("ООО «{}»", core.split(' ').map(cyrillic).collect::<Vec<_>>().join(" ")));
        }
        let entity = serde_json::json!({
            "id": format!("gen-{i}"),
            "schema": "Company",
            "properties": {"name": [name], "alias": aliases, "country": [country.to_lowercase()],
                           "registrationNumber": [format!("{country}-{:08}", i)]},
        });
        writeln!(w, "{entity}").map_err(io(&list_path))?;
        let sanction = serde_json::json!({"id": format!("gen-s{i}"), "schema": "Sanction",
            "properties": {"entity": [format!("gen-{i}")], "programId": ["GEN-LIST"], "listingDate": ["2023-01-01"]}});
        writeln!(w, "{sanction}").map_err(io(&list_path))?;
        names.push((core, country));
    }
    w.flush().map_err(io(&list_path))?;
    let sup_path = dir.join("suppliers.csv");
    let mut w = std::io::BufWriter::new(std::fs::File::create(&sup_path).map_err(io(&sup_path))?);
    writeln!(w, "id,name,country,address,identifiers,website").map_err(io(&sup_path))?;
    for i in 0..suppliers {
        let (name, country) = if i % 10 == 0 && !names.is_empty() {
            let (core, c) = &names[rng.random_range(0..names.len())];
            (format!("{core} Trading Co"), *c)
        } else {
            (
                format!("{} {} {}", word(&mut rng), word(&mut rng), FORMS[rng.random_range(0..FORMS.len())]),
                countries[rng.random_range(0..countries.len())],
            )
        };
        writeln!(w, "sup-{i},\"{name}\",{country},,,").map_err(io(&sup_path))?;
    }
    w.flush().map_err(io(&sup_path))?;
    Ok(vec![list_path, sup_path])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_files() {
        let a = tempfile::tempdir().unwrap();
        let b = tempfile::tempdir().unwrap();
        let opts = GenerateOptions { entities: 300, shipments: 2000, ..Default::default() };
        generate(&opts, a.path()).unwrap();
        generate(&opts, b.path()).unwrap();
        for f in ["entities.csv", "shipments.csv"] {
            assert_eq!(std::fs::read(a.path().join(f)).unwrap(), std::fs::read(b.path().join(f)).unwrap());
        }
        let shipments = std::fs::read_to_string(a.path().join("shipments.csv")).unwrap();
        assert_eq!(shipments.lines().count(), 2001);
    }

    #[test]
    fn zipf_prefers_low_ranks() {
        let z = Zipf::new(100, 1.2);
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        let mut hits = [0usize; 100];
        for _ in 0..10_000 {
            hits[z.sample(&mut rng)] += 1;
        }
        assert!(hits[0] > hits[10] && hits[10] > hits[90]);
    }
}
