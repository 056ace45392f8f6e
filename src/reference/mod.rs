//! Reference data compiled into the binary from `datasets/reference/`: the
//! Common High Priority List (HS6 codes with tiers) and every ISO 3166-1
//! alpha-2 country with its groups (coalition, hub lists, targets).
//!
//! Group names usable in selectors: every group in `countries.csv`
//! (`gecc`, `hub-bis-2022`, `hub-bis-2023`, `hub-uk-2025`, `target`,
//! `embargoed`, `watch`) and the aliases `coalition` (= `gecc`),
//! `ru-by` (= `target`) and `hubs` (every `hub-*` list).

use serde::Serialize;
use std::collections::HashMap;
use std::sync::OnceLock;

const CHPL_CSV: &str = include_str!("../../datasets/reference/chpl.csv");
const COUNTRIES_CSV: &str = include_str!("../../datasets/reference/countries.csv");

/// One code of the Common High Priority List.
#[derive(Debug, Clone, Serialize, serde::Deserialize, Default)]
pub struct ChplCode {
    /// Six-digit HS code.
    pub hs6: String,
    /// Tier: `1`, `2`, `3.A`, `3.B`, `4.A` or `4.B`.
    pub tier: String,
    /// What the code covers.
    pub description: String,
    /// Broad category (electronics, machine_tools, ...).
    pub category: String,
}

/// One ISO 3166-1 country with the groups it belongs to.
#[derive(Debug, Clone, Serialize)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code.
    pub iso2: String,
    /// ISO 3166-1 alpha-3 code.
    pub iso3: String,
    /// English short name.
    pub name: String,
    /// Group names (`gecc`, `hub-bis-2022`, `target`, ...).
    pub groups: Vec<String>,
}

#[derive(serde::Deserialize)]
struct CountryRow {
    iso2: String,
    iso3: String,
    name: String,
    groups: String,
}

/// The CHPL tiers in order.
pub const TIERS: [&str; 6] = ["1", "2", "3.A", "3.B", "4.A", "4.B"];

/// Group aliases: (alias, what it stands for). `hubs` is every `hub-*` group.
pub const GROUP_ALIASES: [(&str, &str); 3] = [("coalition", "gecc"), ("ru-by", "target"), ("hubs", "hub-*")];

struct Reference {
    chpl: Vec<ChplCode>,
    chpl_by_hs6: HashMap<String, usize>,
    countries: Vec<Country>,
    by_iso2: HashMap<String, usize>,
}

fn data() -> &'static Reference {
    static DATA: OnceLock<Reference> = OnceLock::new();
    DATA.get_or_init(|| {
        // The compiled-in files are checked by the unit tests below, so parsing cannot fail at run time.
        let chpl: Vec<ChplCode> = csv::Reader::from_reader(CHPL_CSV.as_bytes())
            .deserialize()
            .collect::<Result<_, _>>()
            .expect("datasets/reference/chpl.csv is valid");
        let countries: Vec<Country> = csv::Reader::from_reader(COUNTRIES_CSV.as_bytes())
            .deserialize::<CountryRow>()
            .map(|r| {
                let r = r.expect("datasets/reference/countries.csv is valid");
                Country {
                    iso2: r.iso2,
                    iso3: r.iso3,
                    name: r.name,
                    groups: r.groups.split(';').filter(|g| !g.is_empty()).map(String::from).collect(),
                }
            })
            .collect();
        let chpl_by_hs6 = chpl.iter().enumerate().map(|(i, c)| (c.hs6.clone(), i)).collect();
        let by_iso2 = countries.iter().enumerate().map(|(i, c)| (c.iso2.clone(), i)).collect();
        Reference { chpl, chpl_by_hs6, countries, by_iso2 }
    })
}

/// The Common High Priority List.
pub fn chpl() -> &'static [ChplCode] {
    &data().chpl
}

/// The CHPL entry covering an HS code (by its first six digits), if any.
pub fn chpl_entry(hs: &str) -> Option<&'static ChplCode> {
    let hs6 = hs.get(..6)?;
    data().chpl_by_hs6.get(hs6).map(|&i| &data().chpl[i])
}

/// Every ISO 3166-1 country.
pub fn countries() -> &'static [Country] {
    &data().countries
}

/// The country with this alpha-2 code (upper case).
pub fn country(iso2: &str) -> Option<&'static Country> {
    data().by_iso2.get(iso2).map(|&i| &data().countries[i])
}

/// The country a list writes by its alpha-2 or alpha-3 code or its English
/// name, in any case (`CU`, `CUB`, `CUBA`), also with the parts of a name
/// after a comma put first (`Korea, North`), in its official form
/// (`Republic of Türkiye`, `Iran, Islamic Republic of`), or by a short,
/// other or Russian name lists and supplier files use (`UAE`, `Burma`,
/// `Россия`).
pub fn country_by_code_or_name(text: &str) -> Option<&'static Country> {
    // Other names lists use, OFAC's among them (`Burma`, `Region: Crimea`),
    // lower case, apostrophes straight.
    const OTHER: &[(&str, &str)] = &[
        ("burma", "MM"),
        ("congo, democratic republic of the", "CD"),
        ("democratic republic of the congo", "CD"),
        ("congo, republic of the", "CG"),
        ("cote d ivoire", "CI"),
        ("czech republic", "CZ"),
        ("gambia, the", "GM"),
        ("bahamas, the", "BS"),
        ("brunei", "BN"),
        ("north macedonia, the republic of", "MK"),
        ("palestinian", "PS"),
        ("west bank", "PS"),
        ("gaza", "PS"),
        ("crimea", "UA"),
        ("russian federation", "RU"),
        // Short and official forms that supplier files use.
        ("uae", "AE"),
        ("u.a.e.", "AE"),
        ("türkiye", "TR"),
        ("turkiye", "TR"),
        ("hong kong sar", "HK"),
        ("hongkong", "HK"),
        ("hong kong sar china", "HK"),
        ("hong kong, china", "HK"),
        ("china hong kong sar", "HK"),
        ("macao sar", "MO"),
        ("macao", "MO"),
        ("kyrgyz republic", "KG"),
        ("republic of korea", "KR"),
        ("korea, republic of", "KR"),
        ("korea, rep.", "KR"),
        ("south korea", "KR"),
        ("democratic people's republic of korea", "KP"),
        ("north korea", "KP"),
        ("viet nam", "VN"),
        ("uk", "GB"),
        ("great britain", "GB"),
        ("united states of america", "US"),
        ("prc", "CN"),
        ("china, people's republic of", "CN"),
        // Russian names of the countries most screened.
        ("россия", "RU"),
        ("российская федерация", "RU"),
        ("рф", "RU"),
        ("беларусь", "BY"),
        ("республика беларусь", "BY"),
        ("казахстан", "KZ"),
        ("республика казахстан", "KZ"),
        ("китай", "CN"),
        ("кнр", "CN"),
        ("гонконг", "HK"),
        ("армения", "AM"),
        ("грузия", "GE"),
        ("азербайджан", "AZ"),
        ("турция", "TR"),
        ("оаэ", "AE"),
        ("иран", "IR"),
        ("индия", "IN"),
        ("узбекистан", "UZ"),
        ("кыргызстан", "KG"),
        ("киргизия", "KG"),
        ("таджикистан", "TJ"),
        ("монголия", "MN"),
        ("сербия", "RS"),
        ("украина", "UA"),
        ("сша", "US"),
        ("германия", "DE"),
    ];
    // Official forms that put a kind of state before the name.
    const OFFICIAL: [&str; 9] = [
        "islamic republic of ",
        "people's republic of ",
        "socialist republic of ",
        "federal republic of ",
        "united republic of ",
        "kingdom of ",
        "republic of ",
        "state of ",
        "commonwealth of ",
    ];
    let t = text.trim();
    let t = t.strip_prefix("Region: ").unwrap_or(t);
    if let Some(c) = country(&t.to_uppercase()) {
        return Some(c);
    }
    // Lower case (`İ` as `i`, not `i̇`), apostrophes straight, without a
    // note in parentheses (`Russian Federation (HQ)`) or `the` before.
    let key = t.replace('İ', "I").replace(['’', '‘'], "'").to_lowercase();
    let key = match key.rfind(" (") {
        Some(at) if key.ends_with(')') => key[..at].trim().to_string(),
        _ => key,
    };
    let by_name = |k: &str| -> Option<&'static Country> {
        let k = k.strip_prefix("the ").unwrap_or(k);
        if let Some((_, code)) = OTHER.iter().find(|(name, _)| *name == k) {
            return country(code);
        }
        countries().iter().find(|c| c.iso3.eq_ignore_ascii_case(k) || c.name.to_lowercase() == k)
    };
    let reordered = key.split_once(", ").map(|(a, b)| format!("{b} {a}"));
    for k in std::iter::once(key.clone()).chain(reordered) {
        if let Some(c) = by_name(&k) {
            return Some(c);
        }
        if let Some(c) = OFFICIAL.iter().find_map(|p| k.strip_prefix(p).and_then(by_name)) {
            return Some(c);
        }
    }
    None
}

/// A region of Ukraine under embargo that a text (a country or an address
/// field) names, if it names one, with the measures: Crimea and Sevastopol
/// (EU Regulation 692/2014; US Executive Order 13685), and the so-called
/// Donetsk and Luhansk People's Republics (EU Regulation 2022/263; US
/// Executive Order 14065). Whole words, as Latin and Russian write them
/// (`Republic of Crimea`, `г. Севастополь`, `ДНР`); Russian stems by their
/// beginning (`Крыма`, `Симферополе`). Cities of the other occupied areas
/// are left out: an address in the Donetsk or Zaporizhzhia region may lie on
/// either side of the line of contact.
pub fn embargoed_region(text: &str) -> Option<(&'static str, &'static str)> {
    const CRIMEA: &str = "EU Regulation 692/2014, US Executive Order 13685";
    const DNR_LNR: &str = "EU Regulation 2022/263, US Executive Order 14065";
    const REGIONS: &[(&str, &str, &[&str])] = &[
        (
            "Crimea and Sevastopol",
            CRIMEA,
            &[
                "crimea",
                "crimean",
                "krym",
                "sevastopol",
                "simferopol",
                "kerch",
                "yalta",
                "feodosia",
                "feodosiya",
                "yevpatoria",
                "yevpatoriya",
                "evpatoria",
                "dzhankoi",
                "dzhankoy",
                "крым*",
                "севастопол*",
                "симферопол*",
                "керч*",
                "ялт*",
                "феодоси*",
                "евпатори*",
                "джанко*",
            ],
        ),
        (
            "the so-called Donetsk People's Republic",
            DNR_LNR,
            &["donetsk peoples republic", "dnr", "днр", "донецкая народная республика", "донецкой народной республики"],
        ),
        (
            "the so-called Luhansk People's Republic",
            DNR_LNR,
            &[
                "luhansk peoples republic",
                "lugansk peoples republic",
                "lnr",
                "лнр",
                "луганская народная республика",
                "луганской народной республики",
            ],
        ),
    ];
    let folded: String = text
        .to_lowercase()
        .chars()
        .filter(|c| !matches!(c, '\'' | '’' | 'ʼ'))
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let words: Vec<&str> = folded.split_whitespace().collect();
    let names = |needle: &str| {
        let parts: Vec<&str> = needle.split(' ').collect();
        words.windows(parts.len()).any(|w| {
            w.iter().zip(&parts).all(|(word, part)| match part.strip_suffix('*') {
                Some(stem) => word.starts_with(stem),
                None => word == part,
            })
        })
    };
    REGIONS
        .iter()
        .find(|(_, _, needles)| needles.iter().any(|n| names(n)))
        .map(|(region, measures, _)| (*region, *measures))
}

/// Every group name, aliases included, sorted.
pub fn group_names() -> Vec<String> {
    let mut names: Vec<String> = countries().iter().flat_map(|c| c.groups.iter().cloned()).collect();
    names.extend(GROUP_ALIASES.iter().map(|(a, _)| a.to_string()));
    names.sort();
    names.dedup();
    names
}

/// Whether a country belongs to a group (aliases resolved).
pub fn in_group(country: &Country, group: &str) -> bool {
    let target = GROUP_ALIASES.iter().find(|(a, _)| *a == group).map_or(group, |(_, t)| t);
    match target.strip_suffix('*') {
        Some(prefix) => country.groups.iter().any(|g| g.starts_with(prefix)),
        None => country.groups.iter().any(|g| g == target),
    }
}

/// The alpha-2 codes of a group's members, or `None` for an unknown group.
pub fn group_members(group: &str) -> Option<Vec<&'static str>> {
    if !group_names().iter().any(|g| g == group) {
        return None;
    }
    Some(countries().iter().filter(|c| in_group(c, group)).map(|c| c.iso2.as_str()).collect())
}

/// The hub lists a country is on (`hub-bis-2022`, ...), for red flags that name the list.
pub fn hub_lists(iso2: &str) -> Vec<&'static str> {
    country(iso2)
        .map(|c| c.groups.iter().filter(|g| g.starts_with("hub-")).map(String::as_str).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_under_embargo_are_named_in_countries_and_addresses() {
        let region = |t: &str| embargoed_region(t).map(|(r, _)| r);
        assert_eq!(region("Crimea"), Some("Crimea and Sevastopol"));
        assert_eq!(region("ul. Lenina 5, Sevastopol, Ukraine"), Some("Crimea and Sevastopol"));
        assert_eq!(region("295000, Республика Крым, г. Симферополь"), Some("Crimea and Sevastopol"));
        assert_eq!(region("Donetsk People's Republic"), Some("the so-called Donetsk People's Republic"));
        assert_eq!(region("г. Луганск, ЛНР"), Some("the so-called Luhansk People's Republic"));
        // Other places, and words that only begin so.
        assert_eq!(region("Kramatorsk, Donetsk region, Ukraine"), None);
        assert_eq!(region("12 Kerchief Lane, Leeds"), None);
        assert_eq!(region("DPR Korea"), None);
        assert_eq!(region("Ukraine"), None);
    }

    #[test]
    fn chpl_has_fifty_codes_in_six_tiers() {
        assert_eq!(chpl().len(), 50);
        for c in chpl() {
            assert_eq!(c.hs6.len(), 6);
            assert!(TIERS.contains(&c.tier.as_str()), "tier {}", c.tier);
        }
        assert_eq!(chpl_entry("8542310000").unwrap().tier, "1");
        assert_eq!(chpl_entry("845710").unwrap().tier, "4.B");
        assert!(chpl_entry("8542").is_none());
        assert!(chpl_entry("940360").is_none());
    }

    #[test]
    fn countries_cover_iso_3166_with_groups() {
        assert_eq!(countries().len(), 250); // 249 ISO codes and ZZ, user-assigned, for unknown
        assert_eq!(group_members("gecc").unwrap().len(), 39);
        assert_eq!(group_members("target").unwrap(), vec!["BY", "RU"]);
        assert_eq!(group_members("ru-by").unwrap(), vec!["BY", "RU"]);
        let hubs = group_members("hubs").unwrap();
        assert!(hubs.contains(&"HK") && hubs.contains(&"KG") && hubs.contains(&"TR"));
        assert!(!hubs.contains(&"RU"));
        assert!(group_members("nope").is_none());
        assert_eq!(hub_lists("HK"), vec!["hub-bis-2023", "hub-uk-2025"]);
        assert!(country("XX").is_none());
    }

    #[test]
    fn countries_are_found_by_code_or_english_name() {
        for text in ["CU", "cu", "CUB", "Cuba", "CUBA", " cuba "] {
            assert_eq!(country_by_code_or_name(text).map(|c| c.iso2.as_str()), Some("CU"), "{text}");
        }
        assert_eq!(country_by_code_or_name("Korea, North").map(|c| c.iso2.as_str()), Some("KP"));
        assert_eq!(country_by_code_or_name("Burma").map(|c| c.iso2.as_str()), Some("MM"));
        assert_eq!(country_by_code_or_name("Region: Crimea").map(|c| c.iso2.as_str()), Some("UA"));
        assert_eq!(country_by_code_or_name("The Gambia").map(|c| c.iso2.as_str()), Some("GM"));
        // Short, official and Russian forms in supplier files.
        for (text, iso2) in [
            ("UAE", "AE"),
            ("Türkiye", "TR"),
            ("Hong Kong SAR", "HK"),
            ("Kyrgyz Republic", "KG"),
            ("Republic of Korea", "KR"),
            ("Россия", "RU"),
            ("РФ", "RU"),
            ("UK", "GB"),
            ("People’s Republic of China", "CN"),
            ("Republic of Türkiye", "TR"),
            ("TÜRKİYE", "TR"),
            ("Islamic Republic of Iran", "IR"),
            ("Iran, Islamic Republic of", "IR"),
            ("Republic of Belarus", "BY"),
            ("United States of America", "US"),
            ("Russian Federation (HQ)", "RU"),
            ("Hong Kong SAR, China", "HK"),
            ("Korea, Rep.", "KR"),
            ("Республика Беларусь", "BY"),
            ("Казахстан", "KZ"),
            ("Китай", "CN"),
            ("Republic of the Congo", "CG"),
            ("Democratic Republic of the Congo", "CD"),
        ] {
            assert_eq!(country_by_code_or_name(text).map(|c| c.iso2.as_str()), Some(iso2), "{text}");
        }
        assert!(country_by_code_or_name("SDGT").is_none());
        assert!(country_by_code_or_name("").is_none());
    }
}
