//! Addresses compared as an analyst compares them: the same building and
//! office, whatever the script, the order of the numbers, the words that
//! label them (`ул.`, `д.`, `bldg`, `office`) or a country named at the end;
//! not two streets, nor two offices of one house.

use crate::matching::to_latin;

/// Words that label the number after them, with what it then is: house,
/// building, unit (an office, a room, a flat), floor, letter (`лит. А`)
/// or box (`д. 18`, `стр. 1`, `Office 2213`, `P.O. Box 12345`), in
/// English and as Russian and Turkish ones transliterate.
/// Of two labels in a row the first holds (`İç Kapı No: 6`: an office).
/// `str` and `st` label a building before a number after a house (`д. 18,
/// стр. 1`) and are a street elsewhere (`Pirogovskaya Str., 18`, `St.
/// 18`); `k` labels nothing.
const NUMBER_LABELS: &[(&str, &str)] = &[
    ("apartment", "unit"),
    ("apt", "unit"),
    ("bld", "building"),
    ("bldg", "building"),
    ("blk", "building"),
    ("block", "building"),
    ("blok", "building"),
    ("box", "box"),
    ("building", "building"),
    ("d", "house"),
    ("daire", "unit"),
    ("dom", "house"),
    ("et", "floor"),
    ("etazh", "floor"),
    ("flat", "unit"),
    ("floor", "floor"),
    ("ft", "unit"),
    ("house", "house"),
    ("kapi", "unit"),
    ("kat", "floor"),
    ("korp", "building"),
    ("korpus", "building"),
    ("kv", "unit"),
    ("letter", "letter"),
    ("level", "floor"),
    ("lit", "letter"),
    ("litera", "letter"),
    ("no", "house"),
    ("nr", "house"),
    ("of", "unit"),
    ("off", "unit"),
    ("office", "unit"),
    ("ofis", "unit"),
    ("pom", "unit"),
    ("pomeshchenie", "unit"),
    ("rm", "unit"),
    ("room", "unit"),
    ("ste", "unit"),
    ("stroenie", "building"),
    ("suite", "unit"),
    ("unit", "unit"),
];

/// Kinds of street, each in one word (`ул.`, `Street`, Uzbek `ko'chasi`,
/// Kazakh `көшесі`: street; `пер.`, `Lane`: lane), so that `Park Lane` is
/// not `Park Road`.
const STREET_TYPES: &[(&str, &str)] = &[
    ("av", "avenue"),
    ("ave", "avenue"),
    ("avenue", "avenue"),
    ("blvd", "boulevard"),
    ("boulevard", "boulevard"),
    ("bulvar", "boulevard"),
    ("bulvari", "boulevard"),
    ("cad", "avenue"),
    ("cadde", "avenue"),
    ("caddesi", "avenue"),
    ("cd", "avenue"),
    ("dangghyly", "avenue"),
    ("danggyly", "avenue"),
    ("embankment", "embankment"),
    ("highway", "road"),
    ("hwy", "road"),
    ("kochasi", "street"),
    ("kochosu", "street"),
    ("koshesi", "street"),
    ("kucha", "street"),
    ("lane", "lane"),
    ("mah", "quarter"),
    ("mahalle", "quarter"),
    ("mahallesi", "quarter"),
    ("mh", "quarter"),
    ("nab", "embankment"),
    ("naberezhnaya", "embankment"),
    ("per", "lane"),
    ("pereulok", "lane"),
    ("proezd", "passage"),
    ("prosp", "avenue"),
    ("prospekt", "avenue"),
    ("prospekti", "avenue"),
    ("rd", "road"),
    ("road", "road"),
    ("shosse", "road"),
    ("sk", "street"),
    ("sok", "street"),
    ("sokagi", "street"),
    ("sokak", "street"),
    ("sq", "square"),
    ("square", "square"),
    ("strasse", "street"),
    ("street", "street"),
    ("ul", "street"),
    ("ulitsa", "street"),
];

/// Words that say nothing of which place: labels of two readings (`k`,
/// `pr`, `pl`), of a city or region (`г.`, `обл.`), a tower's
/// shortening, `P.O.`, the `т` of `пр-т`.
const OTHER_LABELS: &[&str] = &[
    "district", "g", "gorod", "k", "o", "obl", "oblast", "p", "pl", "po", "pr", "province", "r", "rayon", "region",
    "rn", "t", "the", "tower", "twr",
];

/// Labels written after their number (`12/F`, `8th Floor`, `3 этаж`, `8th
/// block`), with what the number then is.
const LABELS_AFTER: &[(&str, &str)] = &[
    ("blk", "building"),
    ("block", "building"),
    ("et", "floor"),
    ("etazh", "floor"),
    ("f", "floor"),
    ("fl", "floor"),
    ("floor", "floor"),
    ("kat", "floor"),
];

/// Endings of ordinal numbers (`1st`, `2-я`, `3-й`), left out: `1st
/// Reisovaya` is `1-я Рейсовая`.
const ORDINAL_ENDINGS: &[&str] = &["aya", "go", "iy", "j", "nd", "oe", "oy", "rd", "st", "th", "y", "ya", "yy"];

/// A number without the ending of an ordinal (`1st`: 1; `12a` stays).
fn cardinal(w: &str) -> &str {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && ORDINAL_ENDINGS.contains(&&w[digits..]) { &w[..digits] } else { w }
}

/// Names of places as Russian writes them, in English (`Москва`: Moscow).
const EXONYMS: &[(&str, &str)] = &[
    ("ekaterinburg", "yekaterinburg"),
    ("moskva", "moscow"),
    ("nizhnii", "nizhny"),
    ("nizhnij", "nizhny"),
    ("nizhniy", "nizhny"),
    ("peterburg", "petersburg"),
    ("respublika", "republic"),
    ("sankt", "saint"),
];

fn find<'a>(table: &[(&str, &'a str)], w: &str) -> Option<&'a str> {
    table.binary_search_by(|(k, _)| (*k).cmp(w)).ok().map(|i| table[i].1)
}

/// An address in the parts it is compared by.
#[derive(Debug, Clone, PartialEq)]
pub struct Address {
    /// Every number (a token with a digit, `18a`; a letter joined to one,
    /// `50 B`, `E-18`) but the postcode and post boxes, sorted.
    numbers: Vec<String>,
    /// The numbers of the street (a house's, or none labelled), in the
    /// order written: `Carrera 44 # 15-68` is not `Carrera 15 No. 44-68`.
    street: Vec<String>,
    /// The numbers a label named: (house, building, unit, floor, letter or
    /// box; the number).
    labelled: Vec<(&'static str, String)>,
    /// The first number of five or six digits, or of four or ten (Armenia's,
    /// Iran's) but in the first part of several, that no label named.
    postcode: Option<String>,
    /// The other words (street, kind of street, building's name, city),
    /// transliterated, labels left out; sorted, each once.
    words: Vec<String>,
    /// As written.
    text: String,
}

impl Address {
    /// The parts of an address; none for one without a number or a word,
    /// or of fewer than three words and numbers (`IZHEVSK, 426008`): a city
    /// and a postcode, which many parties share without a link; a post box
    /// and its city are enough.
    pub fn parse(text: &str) -> Option<Address> {
        let (mut postcode, mut words) = (None, Vec::new());
        // The numbers in the order written, each with its label.
        let mut order: Vec<(String, Option<&'static str>)> = Vec::new();
        // A part naming a country (`Russian Federation`, `UAE`) is left out:
        // lists name it, suppliers often do not. Two letters only at the
        // end, as a state's code (`CA`) may stand elsewhere.
        let parts: Vec<&str> = text.split([',', ';', '\n']).map(str::trim).filter(|p| !p.is_empty()).collect();
        let last = parts.len().saturating_sub(1);
        let country =
            |i: usize, p: &str| (p.len() > 2 || i == last) && crate::reference::country_by_code_or_name(p).is_some();
        // Whether a house was labelled (`д. 18`): then `стр.`/`str.` before
        // a number is a building (`д. 18, стр. 1`), not a street (`St. 18`).
        let mut house = false;
        let has_digit = |w: &str| w.bytes().any(|b| b.is_ascii_digit());
        let is_letter = |w: &str| w.len() == 1 && w.bytes().all(|b| b.is_ascii_lowercase());
        for (i, part) in parts.iter().enumerate() {
            if country(i, part) {
                continue;
            }
            // A number of four digits opening an address of three parts or
            // more is a unit's (`1005, 10th Floor, ...`), not a postcode.
            let first_of_several = i == 0 && parts.len() > 2;
            // A label joined to its number is two words (`No14`, `No.14`).
            let tokens: Vec<String> = to_latin(part)
                .split(' ')
                .filter(|w| !w.is_empty())
                .flat_map(|w| {
                    let joined = ["no.", "no", "nr.", "nr", "#"]
                        .iter()
                        .find(|l| w.len() > l.len() && w.starts_with(**l) && w.as_bytes()[l.len()].is_ascii_digit());
                    match joined {
                        Some(l) => vec![l.to_string(), w[l.len()..].to_string()],
                        None => vec![w.to_string()],
                    }
                })
                .collect();
            let mut label: Option<&'static str> = None;
            let mut after_number = false;
            let mut after_box = false;
            let mut skip = false;
            for (k, w) in tokens.iter().enumerate() {
                let w = w.as_str();
                if std::mem::take(&mut skip) {
                    continue;
                }
                let next = tokens.get(k + 1).map(String::as_str);
                let next_is_number = next.is_some_and(has_digit);
                // A post box's number in parts (`P.O. Box 16765-34`): one.
                if after_box && w.bytes().all(|b| b.is_ascii_digit()) {
                    if let Some((v, _)) = order.last_mut() {
                        v.push('-');
                        v.push_str(w);
                    }
                    continue;
                }
                after_box = false;
                // After a label, a number, or a letter alone (`Block C`,
                // `Office F`): labelled.
                if let Some(l) = label.filter(|_| has_digit(w) || is_letter(w)) {
                    house |= l == "house";
                    order.push((cardinal(w).to_string(), Some(l)));
                    after_box = l == "box";
                    label = None;
                    after_number = true;
                    continue;
                }
                // A letter before a label written after (`B Block`).
                if is_letter(w) && next.is_some_and(|n| find(LABELS_AFTER, n) == Some("building")) {
                    order.push((w.to_string(), Some("building")));
                    skip = true;
                    continue;
                }
                // A letter joined to a number: after it, ending its part
                // (`50 B`, `1005(A)`; not `177 V Murglah`), or before it
                // (`E-18`), where it labels nothing.
                if is_letter(w)
                    && after_number
                    && (next.is_none() || next_is_number)
                    && OTHER_LABELS.binary_search(&w).is_err()
                    && find(LABELS_AFTER, w).is_none()
                {
                    if let Some((v, _)) = order.last_mut() {
                        v.push_str(w);
                    }
                    after_number = false;
                    continue;
                }
                if is_letter(w)
                    && next_is_number
                    && OTHER_LABELS.binary_search(&w).is_err()
                    && find(NUMBER_LABELS, w).is_none()
                {
                    let n = next.unwrap_or_default();
                    order.push((format!("{w}{}", cardinal(n)), None));
                    skip = true;
                    after_number = true;
                    continue;
                }
                if has_digit(w) {
                    let w = cardinal(w);
                    let digits = w.bytes().all(|b| b.is_ascii_digit());
                    let postal = matches!(w.len(), 5..=6) || (matches!(w.len(), 4 | 10) && !first_of_several);
                    if digits && postal && postcode.is_none() {
                        postcode = Some(w.to_string());
                        after_number = false;
                    } else {
                        order.push((w.to_string(), None));
                        after_number = true;
                    }
                    continue;
                }
                // The ending of an ordinal written apart (`1-я`).
                if after_number && ORDINAL_ENDINGS.contains(&w) && w != "st" {
                    after_number = false;
                    continue;
                }
                // A label after its number (`12/F`, `8th Floor`, `8th block`).
                if after_number && let Some(l) = find(LABELS_AFTER, w) {
                    if let Some((_, at)) = order.last_mut()
                        && at.is_none()
                    {
                        *at = Some(l);
                    }
                    after_number = false;
                    continue;
                }
                after_number = false;
                // `пр-т`: a prospekt, an avenue (`пр.` alone may be a passage).
                if w == "pr" && next == Some("t") {
                    label = None;
                    words.push("avenue".to_string());
                    skip = true;
                    continue;
                }
                // `стр. 1` (a building) before a number after a house; a
                // street elsewhere (`Pirogovskaya St. 18`, `Tverskaya Str.`).
                let building_or_street = w == "str" || w == "st";
                if building_or_street && next_is_number && house && label.is_none() {
                    label = Some("building");
                } else if let Some(l) = find(NUMBER_LABELS, w) {
                    // After a house, `D:` is a flat (Turkish `daire`: `No: 7
                    // D: 13`).
                    let l = if w == "d" && house { "unit" } else { l };
                    // Of two labels in a row, the first holds.
                    label = label.or(Some(l));
                } else if building_or_street {
                    label = None;
                    words.push("street".to_string());
                } else {
                    label = None;
                    if let Some(kind) = find(STREET_TYPES, w) {
                        words.push(kind.to_string());
                    } else if OTHER_LABELS.binary_search(&w).is_err() && w.len() > 1 {
                        // A letter alone (not after a label, above) is left
                        // out: a shortening (`M.` for `Malaya`) or initials
                        // (`C.P.`), which would be alike any word of its letter.
                        words.push(find(EXONYMS, w).unwrap_or(w).to_string());
                    }
                }
            }
        }
        // A post box is apart from the premises' numbers: one side may give
        // it and the other not.
        // So is a building's letter (`лит. А`), often left out.
        let premises = order.iter().filter(|(_, l)| !matches!(l, Some("box" | "letter")));
        let mut numbers: Vec<String> = premises.clone().map(|(v, _)| v.clone()).collect();
        let street: Vec<String> =
            premises.filter(|(_, l)| matches!(l, None | Some("house"))).map(|(v, _)| v.clone()).collect();
        let mut labelled: Vec<(&'static str, String)> =
            order.iter().filter_map(|(v, l)| l.map(|l| (l, v.clone()))).collect();
        numbers.sort();
        labelled.sort();
        words.sort();
        words.dedup();
        // A post box and its city are one party's (or its agent's).
        let boxed = labelled.iter().any(|(k, _)| *k == "box");
        let enough = (!numbers.is_empty() || boxed) && !words.is_empty() && (numbers.len() + words.len() >= 3 || boxed);
        enough.then(|| Address { numbers, street, labelled, postcode, words, text: text.trim().to_string() })
    }

    /// The address as written.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The key addresses that may be one are found under: their numbers,
    /// else their post boxes.
    pub fn key(&self) -> String {
        if self.numbers.is_empty() { format!("box {}", self.boxes().join(" ")) } else { self.numbers.join(" ") }
    }

    /// The numbers of its post boxes.
    fn boxes(&self) -> Vec<&str> {
        self.labelled.iter().filter(|(k, _)| *k == "box").map(|(_, v)| v.as_str()).collect()
    }

    /// Whether two addresses are one place: the same numbers in any order
    /// (a post box apart: the same where both give one),
    /// none labelled otherwise on the two sides (house 18, office 439 is
    /// not house 439, office 18; office 1937 is not P.O. Box 1937), the
    /// same postcode where both give one, and every word of the one with
    /// fewer words in the other (of two with as many, each in the other),
    /// written alike (`Pirogovskaya`, `Pirogovskaja`), a letter alone left
    /// out (`M.` for `Malaya`): a city or a country one leaves out does not
    /// part them; another street, or another kind of street, does.
    pub fn same_place(&self, other: &Address) -> bool {
        if self.numbers != other.numbers {
            return false;
        }
        // Post boxes and letters where both give one; else the premises alone.
        let (ours, theirs) = (self.boxes(), other.boxes());
        if !ours.is_empty() && !theirs.is_empty() && ours != theirs {
            return false;
        }
        let letters = |a: &Address| -> Vec<String> {
            a.labelled.iter().filter(|(k, _)| *k == "letter").map(|(_, v)| v.clone()).collect()
        };
        let (our_letters, their_letters) = (letters(self), letters(other));
        if !our_letters.is_empty() && !their_letters.is_empty() && our_letters != their_letters {
            return false;
        }
        if let (Some(a), Some(b)) = (&self.postcode, &other.postcode)
            && a != b
        {
            return false;
        }
        let values = |a: &Address, kind: &str| -> Vec<String> {
            a.labelled.iter().filter(|(k, _)| *k == kind).map(|(_, v)| v.clone()).collect()
        };
        for (a, b) in [(self, other), (other, self)] {
            for (kind, v) in &a.labelled {
                let theirs = values(b, kind);
                if !theirs.is_empty() && theirs != values(a, kind) {
                    return false;
                }
                // The number labelled as another thing there.
                if b.labelled.iter().any(|(k, w)| w == v && k != kind) && !theirs.contains(v) {
                    return false;
                }
            }
        }
        // The street's numbers in the order written, but those the other
        // names as a unit, building or floor (`Office 7, 18 Tverskaya
        // Street` and `ул. Тверская, д. 18, 7`).
        let street = |a: &Address, b: &Address| -> Vec<String> {
            let units: Vec<&String> =
                b.labelled.iter().filter(|(k, _)| !matches!(*k, "house" | "box")).map(|(_, v)| v).collect();
            a.street.iter().filter(|v| !units.contains(v)).cloned().collect()
        };
        if street(self, other) != street(other, self) {
            return false;
        }
        let within = |few: &Address, many: &Address| few.words.iter().all(|w| many.words.iter().any(|v| alike(w, v)));
        let (few, many) = if self.words.len() <= other.words.len() { (self, other) } else { (other, self) };
        // A word alone, such as a city (`d. 11B ofis 1, Bratsk`), says no
        // street: the numbers would be any street's of that city. A post box
        // is the city's own.
        let boxed = !ours.is_empty() && ours == theirs;
        (few.words.len() >= 2 || boxed)
            && within(few, many)
            && (few.words.len() < many.words.len() || within(many, few))
    }
}

/// Two words of addresses alike: the same; both of six letters or more, of
/// lengths a letter apart at most, spelt alike (another transliteration:
/// `Pirogovskaya`, `Pirogovskaja`; not `Tverskaya`, `Tverskoy`); or of one
/// spelling skeleton (`Reisovaya`, `Reysovaya`).
fn alike(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short == long
        || (short.len() >= 6 && long.len() - short.len() <= 1 && strsim::jaro_winkler(short, long) >= 0.95)
        || (short.len() >= 5 && crate::matching::skeleton(short) == crate::matching::skeleton(long))
}

#[cfg(test)]
mod tests {
    use super::{Address, EXONYMS, NUMBER_LABELS, OTHER_LABELS, STREET_TYPES};

    fn same(a: &str, b: &str) -> bool {
        let (a, b) = (Address::parse(a).unwrap(), Address::parse(b).unwrap());
        a.key() == b.key() && a.same_place(&b)
    }

    #[test]
    fn tables_are_sorted_for_the_search() {
        for table in [NUMBER_LABELS, STREET_TYPES, EXONYMS] {
            assert!(table.windows(2).all(|w| w[0].0 < w[1].0), "{table:?}");
        }
        assert!(OTHER_LABELS.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(super::cardinal("1st"), "1");
        assert_eq!(super::cardinal("12a"), "12a");
    }

    #[test]
    fn a_city_and_a_postcode_alone_are_no_address() {
        assert_eq!(Address::parse("IZHEVSK, 426008"), None);
        assert_eq!(Address::parse("Moscow, 127055, Russia"), None);
        assert_eq!(Address::parse("Leninsky Prospekt, Moscow"), None);
        // A box number is no postcode, and a box is an address.
        assert!(Address::parse("P.O. Box 12345, Dubai").is_some());
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
        // The office first, as English writes it; a floor and a room.
        assert!(same("Office 7, 18 Tverskaya Street, Moscow 125009", "ul. Tverskaya, d. 18, office 7, Moscow, 125009"));
        assert!(same("12/F, Room 1203, Kvarta Building, Kowloon", "Room 1203, 12/F, Kvarta Building, Kowloon"));
        // A postcode of four digits given or not.
        assert!(same("5 Abovyan St, Yerevan", "Abovyan St, 5, Yerevan 0010"));
        // `St.` before the house's number is the street; `стр.` after a
        // house, a building.
        assert!(same(
            "Pirogovskaya M. st. 18, bldg 1, off. 7, Moscow",
            "Москва, ул. Малая Пироговская, д. 18, стр. 1, офис 7"
        ));
        // Ordinals, floors after their numbers, Turkish labels and kinds.
        assert!(same("1st Reisovaya Str., 2, Moscow", "Москва, 1-я Рейсовая ул., д. 2"));
        assert!(same("8/F, Kvarta Centre, 12 Wing Street", "8th Floor, Kvarta Centre, 12 Wing St"));
        assert!(same("Volgogradsky Prospekt 42, bldg 5, office 18", "Волгоградский пр-т, д. 42, корп. 5, офис 18"));
        assert!(same("Navoiy ko'chasi 16, Tashkent", "16 Navoi Street, Tashkent"));
        // A building's letter given on one side only; a letter before a
        // word is none of the number's; a postcode of four digits mid-way.
        assert!(same("197110, St. Petersburg, Kvarta Str., 44", "197110, St. Petersburg, Kvarta Str., 44, Letter R"));
        assert!(same("V Kvartah 177, Ljubljana", "177 V Kvartah, Ljubljana 1000, Slovenia"));
        assert!(same(
            "Vorta Court, Flat No. 4, Floor No. 2, Kvarta III 210, Limassol 3030, Cyprus",
            "Vorta Court, Floor 2, Flat 4, 210, Kvarta III Limassol, 3030, Limassol, Cyprus"
        ));
        // An office is a room; a letter before its label.
        assert!(same("Moscow, Kvarta Str. 29, office 6", "Moscow, Kvarta Str., 29, Room 6"));
        assert!(same(
            "Kvarta Trading Center B Block, No. 5, Istanbul",
            "Kvarta Trading Center, Block B, No. 5, Istanbul"
        ));
        // A post box given on one side only; post boxes alone.
        assert!(same("Office 103, Kvarta Building, P.O. Box 556, Dubai", "Office 103, Kvarta Building, Dubai"));
        assert!(same("P.O. Box 556, Charlestown", "P.O. Box 556, Main Street, Charlestown"));
        assert!(same("Алматы, Абай даңғылы, 52", "52 Abay Avenue, Almaty"));
        assert!(same(
            "Alaaddinbey Mahallesi 632 Sokak No: 1 İç Kapı No: 6a Nilüfer, Bursa",
            "Alaaddinbey Mah. 632. Sk. No:1 Iç Kapı No:6a Nilüfer Bursa"
        ));
    }

    #[test]
    fn other_places_are_apart() {
        // The numbers of two parts swapped: another office of another house.
        assert!(!same("ул. Приборная, д. 439, стр. 2, офис 18", "ул. Приборная, д. 18, стр. 2, офис 439"));
        let a = Address::parse("ul. Lenina 18, Kazan, Respublika Tatarstan, 420013").unwrap();
        let apart = |b: &str| !a.same_place(&Address::parse(b).unwrap());
        // Another postcode; another street at the same number, with the
        // city and region alike.
        assert!(apart("ul. Lenina 18, Kazan 420111"));
        assert!(apart("ul. Gagarina 18, Kazan, Respublika Tatarstan 420013"));
        // Another kind of street of one name; two streets spelt near alike.
        assert!(!same("5 Park Lane, London", "5 Park Road, London"));
        assert!(!same("ul. Tverskaya, d. 18, Moscow", "Tverskoy bulvar 18, Moscow"));
        assert!(!same("ul. Pushkina, d. 18, Moscow", "ul. Pushkinskaya, d. 18, Moscow"));
        // Units by a letter after their label; the house and door of a
        // Turkish address swapped; one number under two labels; a street
        // of another kind written short.
        assert!(!same(
            "Flat 419, Block C, Kvarta Plaza, 3 Ka Fu Close",
            "Flat 419, Block B, Kvarta Plaza, 3 Ka Fu Close"
        ));
        assert!(!same(
            "Office C, 8/F, Vorta Building, 21 Wing Street, Central",
            "Office E, 8/F, Vorta Building, 21 Wing Street, Central"
        ));
        assert!(!same(
            "Office F, 8/F, Vorta Building, 21 Wing Street",
            "Office E, 8/F, Vorta Building, 21 Wing Street"
        ));
        assert!(!same(
            "Kvarta Mah. 632 Sk. No: 1 İç Kapı No: 6a Bursa",
            "Kvarta Mah. 632 Sk. No: 6a İç Kapı No: 1 Bursa"
        ));
        assert!(!same("Office 1937, Nile Street, Khartoum", "P.O. Box 1937, Nile Street, Khartoum"));
        assert!(!same("P.O. Box 556, Charlestown", "P.O. Box 557, Charlestown"));
        // A box's number in parts is the box's, not a house's.
        let boxed = Address::parse("P.O. Box 16765-34, Tehran, Iran").unwrap();
        let house = Address::parse("No. 34, Vorta St., Mirdamad Avenue, Tehran, Iran").unwrap();
        assert!(!boxed.same_place(&house) && boxed.key() == "box 16765-34", "{boxed:?}");
        assert!(!same(
            "Office 103, Kvarta Building, P.O. Box 556, Dubai",
            "Office 103, Kvarta Building, P.O. Box 12, Dubai"
        ));
        // The street's numbers in another order: another house, street or
        // alley (Colombian `#` labels nothing).
        assert!(!same("Carrera 44 # 15-68, Cali", "Carrera 15 No. 44-68, Cali"));
        // A label joined to its number.
        assert!(same(
            "Flat C9, 9/F, Vorta Industrial Building, No14 Kvarta Str., Kwun Tong, Kowloon, Hong Kong",
            "Flat C9, 9/F, Vorta Industrial Building, 14 Kvarta Street, Kwun Tong, Kowloon"
        ));
        assert!(!same("Plaque 21, 12th Alley, Vorta Street, Tehran", "No 12, 21th Alley, Vorta Street, Tehran"));
        assert!(!same("Москва, ул. 2-я Текстильщиков, 11, стр. 8", "8th Testilshchikov Str., 11, Building 2, Moscow"));
        // A Turkish flat (`D:`) is no house; an office is a room.
        assert!(!same("Kvarta Sokak No: 7 D: 13, Istanbul", "Kvarta Sokak No: 13 D: 7, Istanbul"));
        assert!(!same("Moscow, Kvarta St. 6, office 29", "Moscow, Kvarta Str., 29, Room 6"));
        assert!(!same("Kvarta Street 7, 8th block, Tashkent", "Kvarta Street 8, 7th Block, Tashkent"));
        // A letter joined to its number, or after a label of its own.
        assert!(!same("St. Petersburg, Vorta Str., 22, Letter B", "St. Petersburg, Vorta Str., 22, Letter A"));
        assert!(!same("Kvarta Str., 50 B, Kaliningrad", "Kvarta Str., 50 A, Kaliningrad"));
        assert!(!same("E-18, Dubai Airport Free Zone, Dubai", "F-18, Dubai Airport Free Zone, Dubai"));
        assert!(!same(
            "Kvarta Trading Center B Block, No. 5, Istanbul",
            "Kvarta Trading Center A Block, No. 5, Istanbul"
        ));
        assert!(!same("Room 1005(A), Kvarta House, Wan Chai", "Room 1005(B), Kvarta House, Wan Chai"));
        // A city alone says no street.
        assert!(!same("Bratsk, ul. Mira, d. 11B, ofis 1", "d. 11B ofis 1, Bratsk"));
        // An unlabelled number of four digits first is a unit, not a postcode.
        assert!(!same(
            "1005, 10th Floor, Kvarta Bank Building, Vorta Road, Dubai",
            "10th Floor, Kvarta Bank Building, Vorta Road, Dubai"
        ));
        assert!(!same("Moscow, Leninsky St., 51", "Moscow, Leninsky Prospekt, 51"));
        // Initials (`C.P.`) are alike no word of their letter.
        assert!(!same("Calle Siete de Abril No. 5, Colonia Hidalgo, C.P. 42500", "Carlos Chavez 5, Colima, Colima"));
        assert!(!same("Москва, Ленинский пр-т, 51", "Moscow, Leninsky St., 51"));
        assert!(same("Москва, Ленинский пр-т, 51", "Moscow, Leninsky Prospekt, 51"));
    }
}
