//! Addresses compared as an analyst compares them: the same building and
//! office, whatever the script, the order of the parts, the words that
//! label them (`ул.`, `Str.`, `bldg`, `office`) or a country named at the
//! end.

use crate::matching::to_latin;

/// Words that say what a part of an address is, not which: street types,
/// house, building, office and floor labels, city and region labels, in
/// English and as Russian ones transliterate (`ул.`: ul, `д.`: d, `стр.`:
/// str, `офис`: ofis).
const LABELS: &[&str] = &[
    "apartment",
    "apt",
    "av",
    "ave",
    "avenue",
    "bld",
    "bldg",
    "blk",
    "block",
    "blvd",
    "boulevard",
    "box",
    "building",
    "bulvar",
    "city",
    "d",
    "district",
    "dom",
    "embankment",
    "et",
    "etazh",
    "f",
    "fl",
    "flat",
    "floor",
    "g",
    "gorod",
    "highway",
    "house",
    "k",
    "korp",
    "korpus",
    "kv",
    "lane",
    "level",
    "mkr",
    "nab",
    "naberezhnaya",
    "no",
    "nr",
    "ob",
    "obl",
    "oblast",
    "of",
    "off",
    "office",
    "ofis",
    "p",
    "per",
    "pereulok",
    "pl",
    "ploshchad",
    "po",
    "pom",
    "pomeshchenie",
    "pr",
    "prosp",
    "prospekt",
    "province",
    "r",
    "rayon",
    "rd",
    "region",
    "rm",
    "rn",
    "road",
    "room",
    "sq",
    "square",
    "st",
    "ste",
    "str",
    "strasse",
    "street",
    "stroenie",
    "suite",
    "t",
    "the",
    "tower",
    "twr",
    "ul",
    "ulitsa",
    "unit",
];

/// An address in the parts it is compared by.
#[derive(Debug, Clone, PartialEq)]
pub struct Address {
    /// Numbers (house, building, office; a token with a digit, `18a`), in
    /// the order written, the postcode apart.
    numbers: Vec<String>,
    /// The first number of five or six digits.
    postcode: Option<String>,
    /// The other words (street, building's name, city), transliterated,
    /// labels left out; sorted, each once.
    words: Vec<String>,
    /// As written.
    text: String,
}

impl Address {
    /// The parts of an address; none for one without a number, or of
    /// fewer than three words and numbers (`IZHEVSK, 426008`): a city and a
    /// postcode, which many parties share without a link.
    pub fn parse(text: &str) -> Option<Address> {
        let (mut numbers, mut postcode, mut words) = (Vec::new(), None, Vec::new());
        // A part of its own naming a country (`Russian Federation`, `UAE`)
        // is left out: lists name it, suppliers often do not.
        let parts =
            text.split([',', ';', '\n']).filter(|p| crate::reference::country_by_code_or_name(p.trim()).is_none());
        for part in parts {
            for w in to_latin(part).split(' ').filter(|w| !w.is_empty()) {
                if w.bytes().any(|b| b.is_ascii_digit()) {
                    let is_postcode = (5..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
                    if is_postcode && postcode.is_none() {
                        postcode = Some(w.to_string());
                    } else {
                        numbers.push(w.to_string());
                    }
                } else if LABELS.binary_search(&w).is_err() {
                    words.push(w.to_string());
                }
            }
        }
        words.sort();
        words.dedup();
        let enough = !numbers.is_empty() && !words.is_empty() && numbers.len() + words.len() >= 3;
        enough.then(|| Address { numbers, postcode, words, text: text.trim().to_string() })
    }

    /// The address as written.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The key addresses that may be one are found under: their numbers.
    pub fn key(&self) -> String {
        self.numbers.join(" ")
    }

    /// Whether two addresses are one place: the same numbers in the same
    /// order (house 18, office 439 is not house 439, office 18), the same
    /// postcode where both give one, and every word of the one with fewer
    /// in the other, written alike (`Pirogovskaya`, `Pirogovskaja`) or
    /// shortened (`M.` for `Malaya`), but one where it has three or more: a
    /// city or a country one leaves out does not part them, nor a city
    /// named in another language.
    pub fn same_place(&self, other: &Address) -> bool {
        if self.numbers != other.numbers {
            return false;
        }
        if let (Some(a), Some(b)) = (&self.postcode, &other.postcode)
            && a != b
        {
            return false;
        }
        let (few, many) = if self.words.len() <= other.words.len() { (self, other) } else { (other, self) };
        let unmatched = few.words.iter().filter(|w| !many.words.iter().any(|v| alike(w, v))).count();
        // Of three words or more, one may be another language's (`Moscow`,
        // `Москва`).
        unmatched == 0 || (unmatched == 1 && few.words.len() >= 3)
    }
}

/// Two words of addresses alike: the same; one a shortening of the other
/// (three letters or fewer, its beginning); or both of six letters or more,
/// spelt alike (another transliteration).
fn alike(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short == long
        || (short.len() <= 3 && long.len() > short.len() && long.starts_with(short))
        || (short.len() >= 6 && strsim::jaro_winkler(short, long) >= 0.93)
}

#[cfg(test)]
mod tests {
    use super::{Address, LABELS};

    fn same(a: &str, b: &str) -> bool {
        let (a, b) = (Address::parse(a).unwrap(), Address::parse(b).unwrap());
        a.key() == b.key() && a.same_place(&b)
    }

    #[test]
    fn labels_are_sorted_for_the_search() {
        assert!(LABELS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_city_and_a_postcode_alone_are_no_address() {
        assert_eq!(Address::parse("IZHEVSK, 426008"), None);
        assert_eq!(Address::parse("Moscow, 127055, Russia"), None);
        assert_eq!(Address::parse("Leninsky Prospekt, Moscow"), None);
        assert!(Address::parse("1 Invented Street, Moscow").is_some());
    }

    #[test]
    fn one_place_written_otherwise_is_one() {
        // Order, case and labels; a country named or not; the script.
        assert!(same("1 Invented Street, Moscow", "Moscow, 1 Invented street"));
        let listed = "119435, Moscow, Pirogovskaya M. Str., 18, Building 1, Russian Federation";
        assert!(same(listed, "119435, Moscow, Pirogovskaya M. Str., 18, Building 1"));
        assert!(same(listed, "Malaya Pirogovskaya Street 18, bldg 1, Moscow 119435, Russia"));
        assert!(same(listed, "119435, г. Москва, ул. Малая Пироговская, д. 18, стр. 1"));
        assert!(same("Pribornaya st., bldg 2, office 439", "ул. Приборная, стр. 2, офис 439"));
        assert!(same(
            "Office 2213, Silverine Tower, Cluster Q, Jumeirah Lakes Towers, Dubai",
            "Off. 2213, Silverine Twr, Cluster Q, JLT, Jumeirah Lakes Towers, Dubai, UAE"
        ));
    }

    #[test]
    fn other_places_are_apart() {
        // The numbers of two parts swapped: another office of another house.
        assert!(!same("ул. Приборная, д. 439, стр. 2, офис 18", "ул. Приборная, д. 18, стр. 2, офис 439"));
        let a = Address::parse("ul. Lenina 18, Kazan 420013").unwrap();
        // Another postcode; another street at the same number.
        assert!(!a.same_place(&Address::parse("ul. Lenina 18, Kazan 420111").unwrap()));
        assert!(!a.same_place(&Address::parse("ul. Gagarina 18, Kazan 420013").unwrap()));
    }
}
