//! The forms a listed or supplier's name may take: short forms in
//! parentheses split off, a branch and its parent, a subsidiary after its
//! parent corporation, labels (`former name`) set aside; each form is
//! searched as a name of its own.

use super::normalize::{
    capitalised_words_split, capitals_as_cyrillic, english_letters_spelled, is_common, legal_form_tokens, normalize,
    skeleton, split_legal_forms, to_latin,
};

/// Cities that Chinese companies put in their names in parentheses
/// (`Alcos (Harbin) Supply Chain Management`), the border crossings to
/// Russia among them: no names of their own there. (Elsewhere they are
/// words as others: weighted down as common, `Wuhan Global Sensor` would
/// be held by `sensor` alone.) The cities among the common words
/// (`Shenzhen`) are none there already: a parenthesised part of common
/// words alone is no name (see [`name_variants`]).
const CITIES_IN_PARENTHESES: &[&str] = &[
    "harbin",
    "tianjin",
    "chengdu",
    "chongqing",
    "wuhan",
    "suzhou",
    "qingdao",
    "dalian",
    "shenyang",
    "nanjing",
    "zhuhai",
    "foshan",
    "hefei",
    "jinan",
    "zhengzhou",
    "kunming",
    "urumqi",
    "fuzhou",
    "changchun",
    "yiwu",
    "wenzhou",
    "manzhouli",
    "heihe",
    "suifenhe",
    "hunchun",
];

/// Labels lists put in parentheses after a name: no names of their own.
const PARENTHESISED_LABELS: &[&str] = &[
    "former name",
    "formerly",
    "former",
    "previous name",
    "old name",
    "new name",
    "short name",
    "abbreviation",
    "acronym",
    "in liquidation",
    "in bankruptcy",
];

/// The forms of a listed name to match: the name without parentheses and
/// each parenthesised part (`Открытое Акционерное Общество «Сириус» (ОАО
/// «Сириус»)` gives both the long and the short form); names given together
/// after a spaced slash or after commas are split, and then the whole is
/// left out (`Tactical Missile Corporation, JSC Salyut` gives `JSC
/// Salyut`: the first part is the parent's name). A form with `HK` or `Hong
/// Kong` before its legal form, or at its end, is given without it too
/// (`RX Electronics HK Ltd`, `RX Electronics Ltd`), as in parentheses.
pub fn name_variants(name: &str) -> Vec<String> {
    let name = &fullwidth_as_ascii(name);
    let mut out = variants_of(name);
    let without: Vec<String> =
        out.iter().filter_map(|v| without_hong_kong(v)).chain(out.iter().filter_map(|v| without_branch(v))).collect();
    for v in without {
        if !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

/// A branch's name as the company's (`Texco FZE Dubai Branch`, `Branch of
/// Texco FZE`: `Texco FZE`): a branch is the company, not a body of its
/// own. After a legal form, the words before `Branch` (a place, mostly) go
/// too, up to three of them. Not in a name with a dash, whose part after it
/// is a branch's own name or place (see [`variants_of`]).
fn without_branch(name: &str) -> Option<String> {
    // After a dash, a branch's own name or place (above).
    if [" - ", " – ", " — "].iter().any(|d| name.contains(d)) {
        return None;
    }
    let words: Vec<&str> = name.split(' ').filter(|w| !w.is_empty()).collect();
    let plain = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase();
    let n = words.len();
    let kept: &[&str] = if n >= 3 && plain(words[0]) == "branch" && plain(words[1]) == "of" {
        &words[2..]
    } else if n >= 2 && plain(words[n - 1]) == "branch" {
        let before = &words[..n - 1];
        // The last legal form, and the words after it (`Dubai`) set aside.
        let legal = (0..before.len()).rev().take(4).find(|&i| is_legal_form_alone(before[i]));
        match legal {
            Some(i) if i > 0 => &before[..=i],
            _ => before,
        }
    } else if n >= 3 && plain(words[n - 2]) == "branch" && plain(words[n - 1]) == "office" {
        &words[..n - 2]
    } else {
        return None;
    };
    let kept = kept.join(" ");
    let kept = kept.trim_matches(|c: char| c == ',' || c == '-' || c.is_whitespace());
    (!kept.is_empty() && has_name_word(&tokens_of(kept))).then(|| spaced(kept))
}

/// A name without `HK` or `Hong Kong` after its first word and before a
/// legal form alone or its end, if it has one there.
fn without_hong_kong(name: &str) -> Option<String> {
    // Every form of every name comes here: most have neither.
    let lower = name.to_ascii_lowercase();
    if !lower.contains("hk") && !lower.contains("hong") {
        return None;
    }
    let words: Vec<&str> = name.split(' ').collect();
    let place = |i: usize| -> usize {
        let w = |k: usize| words.get(k).map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase());
        match w(i).as_deref() {
            Some("hk" | "hongkong") => 1,
            Some("hong") if w(i + 1).as_deref() == Some("kong") => 2,
            _ => 0,
        }
    };
    // Not a name of common words alone without it (`Trading Hong Kong
    // Limited`).
    let named = |i: usize| normalize(&words[..i].join(" ")).tokens.iter().any(|t| !is_common(t));
    (1..words.len()).find_map(|i| {
        let n = place(i);
        if n == 0 {
            return None;
        }
        let rest = words[i + n..].join(" ");
        ((rest.is_empty() || is_legal_form_alone(&rest)) && named(i))
            .then(|| spaced(&format!("{} {rest}", words[..i].join(" "))))
    })
}

fn variants_of(name: &str) -> Vec<String> {
    // Most names have no other form: a name in Latin letters without
    // parentheses, commas, slashes, labels, dashes or quotes is itself,
    // without the work of finding none (scoring 10,000 suppliers, which
    // reads each name's forms, took a tenth more).
    // (A subsidiary after its parent corporation, `Tactical Missile
    // Corporation JSC Avangard`, has one.)
    let after_corporation = name.as_bytes().windows(13).any(|w| w.eq_ignore_ascii_case(b" corporation "));
    if name.is_ascii() && !name.contains(['(', '[', ',', '/', ':', '-', '"', '\'']) && !after_corporation {
        let whole = spaced(name);
        return if whole.is_empty() || is_legal_form_alone(&whole) { Vec::new() } else { vec![whole] };
    }
    // Names given in several languages, each after its language
    // (`Союз молодёжи Belarusian: Саюз моладзі`, `Kazakh: ...`), or after
    // `Other name:`: each a name, without its label.
    if let Some((before, after)) = split_at_label(name) {
        let mut out = if before.trim().is_empty() { Vec::new() } else { variants_of(before) };
        out.extend(variants_of(after));
        out.dedup();
        return out;
    }
    let (outside, inside) = parenthesised(name);
    let named = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).count() >= 2;
    let mut out = vec![spaced(&outside)];
    for (part, at) in &inside {
        // A country in parentheses (`Alfa-Bank (Belarus)`) says which of a
        // group the body is: no name of its own.
        if is_country(part) {
            continue;
        }
        // Nor is a label (`Geoscan-UFA (former name)`).
        let label = part.trim().trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        if PARENTHESISED_LABELS.contains(&label.as_str()) || CITIES_IN_PARENTHESES.contains(&to_latin(&label).as_str())
        {
            continue;
        }
        // A name after its language is a name (`(English: Quarta Holding)`).
        if let Some((_, after)) = split_at_label(part) {
            if named(after) {
                out.push(after.trim().to_string());
            }
            continue;
        }
        // A part before a legal form alone, often a city (`Kvarta
        // Technology (Kazan) Co. Ltd.`), says which of a group the body is
        // too: the name is given with it as well.
        let rest = &outside[*at..];
        if rest.split_whitespace().next().is_some() && !has_name_word(&tokens_of(rest)) {
            out.push(spaced(&format!("{} {part} {rest}", &outside[..*at])));
        } else if named(part) && has_name_word(&tokens_of(part)) {
            // Not a legal form alone (`ASIA ENERGY GENERAL TRADING (LLC)`).
            out.push(part.clone());
        }
    }
    // Names given together, separated by a spaced slash (`Rossiya 24 / Russia 24`).
    let out: Vec<String> = out
        .into_iter()
        .flat_map(|s| {
            let parts: Vec<String> = s.split(" / ").map(|p| p.trim().to_string()).collect();
            if parts.len() > 1 && parts.iter().all(|p| named(p)) { parts } else { vec![s] }
        })
        .collect();
    // Names given together after commas, each after the first with its
    // legal form first (`PAO Amurskiy Sudostroitelnyy Zavod, PJSC ASZ`, `AO
    // NIIMA Progress, Microelectronics Research Institute Progress JSC`):
    // the names in place of the whole. After a first part with its legal
    // form first, a part with its legal form last is a name too; other
    // parts are not names (`АО ‘Приборы, Сервис, Торговля’`, `..., Yekaterinburg`).
    // The first part is a name when it starts with a legal form too, or is
    // one word not common (`ELVIS, JSC Research and Development Center
    // ELVEES`); otherwise it is the parent's name (`Tactical Missile
    // Corporation, JSC Salyut`), left out.
    let mut out: Vec<String> = out
        .into_iter()
        .flat_map(|s| {
            let parts: Vec<String> = s.split(", ").map(|p| p.trim().to_string()).collect();
            if parts.len() == 1 {
                return parts;
            }
            let first_named = starts_with_legal_form(&parts[0]);
            // After a parent named a corporation, any part that names a body
            // (`Tactical Missile Corporation, Smolensk Aviation Plant`).
            let parent = is_parent_corporation(&parts[0]);
            // A part that is a legal form alone (`..., S.A. DE C.V.`) names nothing.
            let later: Vec<String> = parts[1..]
                .iter()
                .filter(|p| {
                    starts_with_legal_form(p)
                        || ((first_named || parent) && ends_with_legal_form(p))
                        || (parent && names_a_body(p))
                })
                .filter(|p| has_name_word(&tokens_of(p)))
                .cloned()
                .collect();
            if later.is_empty() {
                return vec![s];
            }
            let one_word = !parts[0].contains(' ')
                && named(&parts[0])
                && !normalize(&parts[0]).tokens.iter().all(|t| is_common(t));
            (first_named || one_word).then(|| parts[0].clone()).into_iter().chain(later).collect()
        })
        .collect();
    out.retain(|s| !s.is_empty());
    // A subsidiary after its parent, a corporation, with its legal form
    // and its name in quotes or of a word or two (`United Shipbuilding
    // Corporation JSC “35th Shipyard”`, `Tactical Missile Corporation JSC
    // Avangard`): the subsidiary's name in place of the whole.
    for s in out.iter_mut() {
        if let Some(own) = after_parent_corporation(s) {
            *s = own.to_string();
        }
    }
    // A branch named with its parent after a spaced dash: the branch's own
    // name too (`Филиал «Судоремонтный Завод «Нерпа» – АО «Центр
    // Судоремонта «Звёздочка»` gives `«Судоремонтный Завод «Нерпа»`;
    // `Branch of PJSC Yakovlev – Irkutsk Aviation Plant` gives `Irkutsk
    // Aviation Plant`).
    let branches: Vec<String> = out.iter().filter_map(|s| branch_name(s)).filter(|b| named(b)).collect();
    out.extend(branches);
    // A word in capitals of Latin letters that look like Cyrillic ones, in
    // a name mostly in Cyrillic, may be either (`АО ACT`, `AHO Диалог`,
    // `Остек-TECT`: each Cyrillic on the EU lists; `ООО «ABB Индустрия»`
    // would be Latin): the name read with it in Cyrillic too.
    let cyrillic_readings: Vec<String> = out.iter().filter_map(|s| capitals_as_cyrillic(s)).collect();
    out.extend(cyrillic_readings);
    // Capitalised Cyrillic words run together, split (`УралВагонЗавод`).
    let split: Vec<String> = out.iter().filter_map(|s| capitalised_words_split(s)).collect();
    out.extend(split);
    // English letters spelled out in Cyrillic, as letters (`Ай Кью
    // Компонентс`: `IQ Компонентс`).
    let spelled: Vec<String> = out.iter().filter_map(|s| english_letters_spelled(s)).collect();
    out.extend(spelled);
    // A parenthesised place or kind (`(香港)`, `(HK)`) is no name of its own.
    let outside_name = out.first().cloned();
    out.retain(|s| Some(s) == outside_name.as_ref() || !normalize(s).tokens.iter().all(|t| is_common(t)));
    // A legal form alone names nothing (the EU 269 annex gives `Joint
    // Stock Company` as the name of JSC Shvabe).
    out.retain(|s| !is_legal_form_alone(s));
    out.dedup();
    out
}

/// The forms of a supplier's or an entity's name that screening searches
/// for: the name as given first, then its [`name_variants`] but for a part
/// in parentheses alone, so that the name is read as a listed one is
/// (`Rosoboronexport OJSC (ROE)` without `(ROE)`; `Tactical Missile
/// Corporation, JSC Avangard` as `JSC Avangard`) and still found as given
/// where a list gives it whole. A part in parentheses names a parent or a
/// brand (`Xilinx Inc. (AMD)`) as often as the party itself: alone, it is
/// not searched for.
pub fn name_forms(name: &str) -> Vec<String> {
    let name = &fullwidth_as_ascii(name);
    let (_, inside) = parenthesised(name);
    let parts: Vec<String> = inside.iter().map(|(part, _)| spaced(part)).collect();
    let mut forms = vec![spaced(name)];
    for v in name_variants(name) {
        if !forms.contains(&v) && !parts.contains(&spaced(&v)) {
            forms.push(v);
        }
    }
    forms
}

/// A text with the full-width forms of ASCII that Chinese and Japanese
/// text writes (`（`, `）`, `，`, `Ａ`) and its ideographic space as ASCII, so
/// that `Ele Technology Co LTD（深圳市易络电子有限公司）` has its parts as
/// `(...)` gives them.
fn fullwidth_as_ascii(s: &str) -> std::borrow::Cow<'_, str> {
    let wide = |c: char| matches!(c, '\u{FF01}'..='\u{FF5E}' | '\u{3000}');
    if s.is_ascii() || !s.chars().any(wide) {
        return std::borrow::Cow::Borrowed(s);
    }
    let narrow = |c: char| match c {
        '\u{3000}' => ' ',
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        c => c,
    };
    std::borrow::Cow::Owned(s.chars().map(narrow).collect())
}

/// A text with its runs of white space made one space, and none at its ends.
fn spaced(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a name is a parent's that subsidiaries are listed after: two
/// words or more ending in `Corporation` (`Tactical Missile Corporation`).
fn is_parent_corporation(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    words.len() >= 2 && words.last().is_some_and(|w| w.eq_ignore_ascii_case("corporation"))
}

/// The subsidiary's part of a name that gives a corporation (in any case),
/// then the subsidiary's legal form and its name in quotes, or of a word or
/// two (`United Shipbuilding Corporation JSC “35th Shipyard”` gives `JSC
/// “35th Shipyard”`; `Tactical Missile Corporation JSC Avangard`, `JSC
/// Avangard`).
fn after_parent_corporation(name: &str) -> Option<&str> {
    // ASCII lower case keeps every byte where it was.
    let at = name.to_ascii_lowercase().find(" corporation ")?;
    let (parent, rest) = (&name[..at + " corporation".len()], name[at + " corporation ".len()..].trim());
    let legal = starts_with_legal_form(rest);
    // Quoted (`JSC “35th Shipyard”`), or a name of a word or two after the
    // legal form (`JSC Avangard`).
    let quoted = rest.contains(['“', '‘', '«', '"', '\'']) || tokens_of(rest).len() <= 3;
    (is_parent_corporation(parent) && legal && quoted && has_name_word(&tokens_of(rest))).then_some(rest)
}

/// Whether a part of a name after its parent corporation names a body of
/// its own: a word of a plant, bureau, institute and the like
/// (`Smolensk Aviation Plant`, `TRV Engineering`), not a place, a branch
/// or a short form (`Moscow`, `Dubai Branch`, `UEC`, `C.A.`).
fn names_a_body(part: &str) -> bool {
    const BODY_WORDS: [&str; 13] = [
        "plant",
        "factory",
        "works",
        "bureau",
        "shipyard",
        "institute",
        "concern",
        "center",
        "centre",
        "enterprise",
        "association",
        "engineering",
        "company",
    ];
    let words = tokens_of(part);
    words.len() >= 2 && words.iter().any(|w| BODY_WORDS.contains(&w.as_str()))
}

/// The own name of a branch given as `<branch> – <parent>` or `Branch of
/// <parent> – <name>` (a spaced dash between), if the name is so given.
fn branch_name(name: &str) -> Option<String> {
    const BRANCH: [&str; 6] = ["головной филиал", "филиал", "фл", "head branch of", "branch of", "branch"];
    let (first, second) = [" – ", " — ", " - "].iter().find_map(|d| name.split_once(d))?;
    let lower = first.trim().to_lowercase();
    let named = |own: &str| {
        // Two words or more (a city is one: `– Moscow`, `– г. Новосибирск`;
        // so is a number), and no country.
        let words = tokens_of(own).into_iter().filter(|t| !matches!(t.as_str(), "g" | "city" | "gorod")).count();
        words >= 2 && !is_country(own.trim()) && !own.contains(" – ") && !own.contains(" — ")
    };
    // The branch's name, then the branch word and its parent's name
    // (`Лыткаринский Машиностроительный Завод – Филиал ПАО «ОДК-УМПО»`).
    // The branch word a text begins with, as a word of its own.
    let branch_word = |text: &str| {
        BRANCH.into_iter().find(|b| text.starts_with(b) && text[b.len()..].starts_with([' ', '«', '"', '“']))
    };
    if branch_word(&second.trim().to_lowercase()).is_some() {
        let own = first.trim();
        return named(own).then(|| own.to_string());
    }
    let word = branch_word(&lower)?;
    let rest = first.trim().get(word.len()..)?.trim();
    // After the branch word, a legal form begins the parent's name.
    let own = if starts_with_legal_form(rest) { second } else { rest };
    named(own).then(|| own.trim().to_string())
}

/// A name without its parenthesised parts, and those parts (the
/// outermost), each with where it stood in the name without them.
fn parenthesised(name: &str) -> (String, Vec<(String, usize)>) {
    let mut outside = String::new();
    let mut inside = Vec::new();
    let mut depth = 0;
    let mut current = String::new();
    for c in name.chars() {
        match c {
            '(' => {
                depth += 1;
                if depth == 1 {
                    current.clear();
                    continue;
                }
            }
            ')' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    inside.push((current.trim().to_string(), outside.len()));
                    continue;
                }
            }
            _ => {}
        }
        if depth > 0 { current.push(c) } else { outside.push(c) }
    }
    (outside, inside)
}

/// Whether a text names a country: its name, in English or transliterated
/// (`Армения`), spelled as [`skeleton`] spells, or a country code (see
/// [`is_country_code`]).
pub(crate) fn is_country(text: &str) -> bool {
    static KEYS: std::sync::OnceLock<rustc_hash::FxHashSet<String>> = std::sync::OnceLock::new();
    let key = |s: &str| skeleton(&to_latin(s).replace(' ', ""));
    let keys = KEYS.get_or_init(|| {
        let names = crate::reference::countries().iter().map(|c| c.name.as_str());
        const OTHER: [&str; 5] = ["Türkiye", "Russian Federation", "Viet Nam", "Islamic Republic of Iran", "Rossiya"];
        names.chain(OTHER).map(key).collect()
    });
    let text = text.trim();
    is_country_code(text) || (text.chars().count() >= 4 && keys.contains(&key(text)))
}

/// Whether a word is a country's ISO code as written, in capitals (`RU`,
/// `ARM`, `UAE`, `EU`), not a word that reads alike (`Arm`, `KAN`).
pub(crate) fn is_country_code(word: &str) -> bool {
    static CODES: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> = std::sync::OnceLock::new();
    let codes = CODES.get_or_init(|| {
        let countries = crate::reference::countries().iter();
        let codes = countries.flat_map(|c| [c.iso2.as_str(), c.iso3.as_str()]);
        codes.chain(["UAE", "EU", "UK", "USA"]).collect()
    });
    codes.contains(word)
}

/// A name cut at a label of the language the rest is in (`Belarusian: `,
/// `RUSSIAN: `) or `Other name: `, the label left out.
fn split_at_label(name: &str) -> Option<(&str, &str)> {
    const LABELS: [&str; 18] = [
        "russian",
        "rusian",
        "belarusian",
        "belarussian",
        "ukrainian",
        "kazakh",
        "kyrgyz",
        "uzbek",
        "tajik",
        "azerbaijani",
        "armenian",
        "georgian",
        "chinese",
        "english",
        "turkish",
        "persian",
        "arabic",
        "other name",
    ];
    // At the start of the name or of a word, outside parentheses.
    let mut depth = 0usize;
    let mut starts = vec![0];
    for (i, c) in name.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ' ' | '\'' | '"' | '‘' | '“' | '«' if depth == 0 => starts.push(i + c.len_utf8()),
            _ => {}
        }
    }
    starts.into_iter().find_map(|at| {
        // A label with nothing after it (`Chinese:`, an alias the EU lists
        // give alone) leaves nothing.
        let label = LABELS.iter().find(|l| {
            name.get(at..at + l.len()).is_some_and(|w| w.eq_ignore_ascii_case(l))
                && (name[at + l.len()..].starts_with(": ") || name[at + l.len()..].trim_end() == ":")
        })?;
        Some((&name[..at], name.get(at + label.len() + 2..).unwrap_or("")))
    })
}

/// Whether a name starts with a legal form and has a word after it that is
/// not one (`JSC Salyut`, not `Pte. Ltd.`).
fn starts_with_legal_form(name: &str) -> bool {
    let words = tokens_of(name);
    legal_form_tokens().iter().any(|(_, f)| {
        words.len() > f.len() && words[..f.len()].iter().zip(f).all(|(a, b)| a == b) && has_name_word(&words[f.len()..])
    })
}

/// Whether a name ends with a legal form and has a word before it that is
/// no legal form (`Progress MRI JSC`; not `Pte Ltd`).
fn ends_with_legal_form(name: &str) -> bool {
    let words = tokens_of(name);
    legal_form_tokens().iter().any(|(_, f)| {
        let before = words.len().saturating_sub(f.len());
        words.len() > f.len() && words[before..].iter().zip(f).all(|(a, b)| a == b) && has_name_word(&words[..before])
    })
}

/// The words of a name transliterated.
fn tokens_of(name: &str) -> Vec<String> {
    to_latin(name).split(' ').filter(|w| !w.is_empty()).map(String::from).collect()
}

/// Whether a name is a legal form alone (`LLC`, `ООО`, `Joint Stock
/// Company`): it names no company.
pub fn is_legal_form_alone(name: &str) -> bool {
    let words = tokens_of(name);
    !words.is_empty() && !has_name_word(&words)
}

/// What a supplier's name is when it names no company, if so: a legal
/// form alone (`LLC`); one character and a legal form (`C Ltd`: it
/// matches initials, `I.C.I.C. KFT.`); a place and a legal form (`HK Ltd`,
/// `Co., Ltd. (HK)`, `Hong Kong Limited`: `HK` would be compared as a
/// name, with `KHK`, whose `Х` is written `KH` or `H`).
pub fn names_no_company(name: &str) -> Option<&'static str> {
    let tokens = tokens_of(name);
    let (kept, legal) = split_legal_forms(tokens.clone(), 1);
    if !tokens.is_empty() && !has_name_word(&tokens) {
        return Some("a legal form alone");
    }
    if legal.is_empty() {
        return None;
    }
    if kept.iter().flat_map(|w| w.chars()).filter(|c| c.is_alphanumeric()).count() == 1 {
        return Some("one character and a legal form");
    }
    // A country's code as written (`HK`, not `Hk`), or its name.
    let words: Vec<&str> = name.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let (codes, rest): (Vec<&str>, Vec<&str>) = words.iter().partition(|w| is_country_code(w));
    let place = if codes.is_empty() {
        !kept.is_empty() && kept.len() < tokens.len() && is_country(&kept.join(" "))
    } else {
        !rest.is_empty() && is_legal_form_alone(&rest.join(" "))
    };
    place.then_some("a place and a legal form")
}

/// Whether words hold one that is no legal form (`split_legal_forms` keeps
/// every word of a name that is only a legal form).
fn has_name_word(words: &[String]) -> bool {
    let (kept, legal) = split_legal_forms(words.to_vec(), 1);
    legal.is_empty() || kept.len() < words.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comma_part_that_is_only_legal_forms_is_no_name() {
        assert!(ends_with_legal_form("Progress MRI JSC"));
        assert!(!ends_with_legal_form("Pte Ltd"));
        assert!(starts_with_legal_form("JSC Salyut") && !starts_with_legal_form("JSC LLC"));
    }

    #[test]
    fn a_branch_is_named_as_its_company() {
        for (name, company) in [
            ("Kvarta FZE Dubai Branch", "Kvarta FZE"),
            ("Kvarta LLC Moscow Branch", "Kvarta LLC"),
            ("Branch of Kvarta Trading LLC", "Kvarta Trading LLC"),
            ("Kvarta Trading Branch Office", "Kvarta Trading"),
            ("Kvarta Trading Branch", "Kvarta Trading"),
        ] {
            assert!(name_variants(name).contains(&company.to_string()), "{name}: {:?}", name_variants(name));
        }
        assert_eq!(without_branch("Kvarta Trading"), None);
        assert_eq!(without_branch("LLC Branch"), None);
    }

    #[test]
    fn a_legal_form_with_one_character_or_a_place_names_no_company() {
        for name in ["LLC", "ООО", "Joint Stock Company"] {
            assert_eq!(names_no_company(name), Some("a legal form alone"), "{name}");
        }
        for name in ["C Ltd", "X LLC", "ООО «Ф»"] {
            assert_eq!(names_no_company(name), Some("one character and a legal form"), "{name}");
        }
        for name in ["HK Ltd", "Ltd (HK)", "Co., Ltd. (HK)", "Hong Kong Limited", "UAE FZE", "Türkiye A.Ş."] {
            assert_eq!(names_no_company(name), Some("a place and a legal form"), "{name}");
        }
        for name in
            ["3M Company", "C", "CJ Ltd", "HK", "Kvarta HK Ltd", "Hong Kong Kvarta Limited", "Hk Ltd", "Armenia"]
        {
            assert_eq!(names_no_company(name), None, "{name}");
        }
    }

    #[test]
    fn a_suppliers_name_forms_are_the_name_then_its_variants_but_a_part_in_parentheses() {
        assert_eq!(name_forms("Rosvorta Export OJSC (RVE)"), ["Rosvorta Export OJSC (RVE)", "Rosvorta Export OJSC"]);
        // Full-width parentheses, as Chinese text writes them, are parentheses.
        assert_eq!(
            name_variants("Kvelo Technology Co LTD（深圳市奎络电子有限公司）"),
            name_variants("Kvelo Technology Co LTD (深圳市奎络电子有限公司)")
        );
        assert_eq!(name_variants("Kvelo Technology Co LTD（深圳市奎络电子有限公司）").len(), 2);
        assert_eq!(
            name_forms("Kvarta Missile Corporation, JSC Avangard"),
            ["Kvarta Missile Corporation, JSC Avangard", "JSC Avangard"]
        );
        assert_eq!(name_forms("  Quorvia   Inc. (VRX) "), ["Quorvia Inc. (VRX)", "Quorvia Inc."]);
        // A legal form alone has no variant: the name itself.
        assert_eq!(name_forms("Joint Stock Company"), ["Joint Stock Company"]);
        // Names with no other form (see `name_variants`), and a legal form
        // alone, which names nothing.
        for n in ["Velro Trovelpra Trading Co", "Pravel Pratinal AS", "United Aircraft Corporation", "Kvarta Ltd."] {
            assert_eq!(name_forms(n), [n]);
            assert_eq!(name_variants(n), [n]);
        }
        assert_eq!(name_variants("Joint Stock Company"), Vec::<String>::new());
    }

    #[test]
    fn parentheses_give_variants() {
        let cases: &[(&str, &[&str])] = &[
            // A place in parentheses before a legal form is no name of its
            // own: the name is given with it and without.
            ("美欣電子(香港)有限公司", &["美欣電子有限公司", "美欣電子 香港 有限公司"]),
            ("Акционерное Общество «Сириус» (АО «Сириус»)", &["Акционерное Общество «Сириус»", "АО «Сириус»"]),
            ("Plain Name Ltd", &["Plain Name Ltd"]),
            // So is Hong Kong before a legal form or at the end, as written
            // or abbreviated; not at the start, nor before other words.
            ("Kvarta Electronics HK Ltd", &["Kvarta Electronics HK Ltd", "Kvarta Electronics Ltd"]),
            ("Kvarta Electronics Hong Kong", &["Kvarta Electronics Hong Kong", "Kvarta Electronics"]),
            ("Kvarta (HK) Co., Limited", &["Kvarta Co., Limited"]),
            ("Hong Kong Kvarta Ltd", &["Hong Kong Kvarta Ltd"]),
            ("Kvarta HK Trading Ltd", &["Kvarta HK Trading Ltd"]),
            ("Electronics HK Ltd", &["Electronics HK Ltd"]),
            // Names in several languages, each after its language.
            ("Союз молодёжи Кванта Belarusian: Саюз моладзі Кванта", &["Союз молодёжи Кванта", "Саюз моладзі Кванта"]),
            (" RUSSIAN: ООО «Кварта»", &["ООО «Кварта»"]),
            ("Other name: AO Kvarta", &["AO Kvarta"]),
            // A label alone, as the EU lists give some aliases, is no name.
            ("Chinese:", &[]),
            ("AO Kvarta Chinese:", &["AO Kvarta"]),
            // Nor is a legal form alone.
            ("Open Joint Stock Company", &[]),
            // Latin capitals that look Cyrillic in a Cyrillic name: read
            // both ways.
            ("Акционерное Общество ACT", &["Акционерное Общество ACT", "Акционерное Общество АСТ"]),
            ("ООО «ABB Индустрия»", &["ООО «ABB Индустрия»", "ООО «АВВ Индустрия»"]),
            ("ООО «AMT Индустрия»", &["ООО «AMT Индустрия»"]),
            ("HP Enterprise", &["HP Enterprise"]),
            // Capitalised Cyrillic words run together: split too; not a word
            // before initials, nor one of capitals alone.
            ("АО «УралВагонЗавод»", &["АО «УралВагонЗавод»", "АО «Урал Вагон Завод»"]),
            ("АО «КвартаПлюс»", &["АО «КвартаПлюс»", "АО «Кварта Плюс»"]),
            ("АО «ГосМКБ «Кварта»", &["АО «ГосМКБ «Кварта»"]),
            ("ООО «ИжБС»", &["ООО «ИжБС»"]),
            ("KvartaPlus LLC", &["KvartaPlus LLC"]),
            // English letters spelled out in Cyrillic: as letters too; not
            // one alone, nor words apart by other marks.
            ("ООО «Ай Кью Компонентс»", &["ООО «Ай Кью Компонентс»", "ООО «IQ Компонентс»"]),
            ("ООО «Ай-Ти Кварта»", &["ООО «Ай-Ти Кварта»", "ООО «IT Кварта»"]),
            ("ООО «Эс Би Ай»", &["ООО «Эс Би Ай»", "ООО «SBI»"]),
            ("ООО «Ай Кварта»", &["ООО «Ай Кварта»"]),
            ("ООО «Ди», «Би»", &["ООО «Ди», «Би»"]),
            ("Kvarta Ai Ti", &["Kvarta Ai Ti"]),
            // A branch's own name before the branch word and its parent.
            (
                "Тульский Приборный Завод – Филиал ПАО «Кварта»",
                &["Тульский Приборный Завод – Филиал ПАО «Кварта»", "Тульский Приборный Завод"],
            ),
            (
                "Kvarta Instrument Plant – Branch of PJSC Vorta",
                &["Kvarta Instrument Plant – Branch of PJSC Vorta", "Kvarta Instrument Plant"],
            ),
            // Not a city alone.
            ("Москва – Филиал ПАО «Кварта»", &["Москва – Филиал ПАО «Кварта»"]),
            ("Акционерное общество", &[]),
            // Not a word that ends like a language.
            ("Prussian: Kvarta", &["Prussian: Kvarta"]),
            // A country in parentheses is no name of its own, by its name
            // (transliterated too) or its code as written.
            ("CJSC Vorta-Bank (Belarus)", &["CJSC Vorta-Bank"]),
            ("Endaro Technology (Hong Kong) Limited", &["Endaro Technology Limited"]),
            ("Банк Кварта (Армения)", &["Банк Кварта"]),
            ("Kvarta Trading (UAE)", &["Kvarta Trading"]),
            ("Kvarta Holding (KAN)", &["Kvarta Holding", "KAN"]),
            // Nor is a city before a legal form alone.
            ("Kvarta Technology (Kazan) Co. Ltd.", &["Kvarta Technology Co. Ltd.", "Kvarta Technology Kazan Co. Ltd."]),
            ("Vorta (Kvant) LLC", &["Vorta LLC", "Vorta Kvant LLC"]),
            // A label in parentheses.
            ("Kvarta (English: Quarta Holding) LLC", &["Kvarta LLC", "Quarta Holding"]),
            ("Federal Vorta Service (Rosvorta)", &["Federal Vorta Service", "Rosvorta"]),
            ("Vorta (Kvant) Trading", &["Vorta Trading", "Kvant"]),
            ("Geoscan-Kvarta (former name)", &["Geoscan-Kvarta"]),
            // A city of China that Chinese names put in parentheses.
            ("Alkvar (Harbin) Supply Chain Management Co., Ltd", &["Alkvar Supply Chain Management Co., Ltd"]),
            // Names given together with a spaced slash are names of their own.
            ("Rossiya 24 / Russia 24", &["Rossiya 24", "Russia 24"]),
            ("A/O Sirius", &["A/O Sirius"]),
            // Names after commas, with their legal forms first, are names in
            // place of the whole; the first part is one when it has a legal
            // form first too, or is one word, and else is the parent's name.
            ("Tactical Missile Corporation, JSC Salyut", &["JSC Salyut"]),
            ("PAO Amurskiy Zavod, PJSC ASZ", &["PAO Amurskiy Zavod", "PJSC ASZ"]),
            ("AO NIIMA Progress, Progress MRI JSC, NII Progress", &["AO NIIMA Progress", "Progress MRI JSC"]),
            ("ELVIS, JSC Elvees", &["ELVIS", "JSC Elvees"]),
            // After a parent named a corporation, a part without its legal
            // form is a name too; so is a subsidiary in quotes after its
            // legal form.
            ("Vorta Missile Corporation, Kvarta Aviation Plant", &["Kvarta Aviation Plant"]),
            ("United Vorta Corporation JSC “Kvarta Shipyard”", &["JSC “Kvarta Shipyard”"]),
            ("Vorta Equipment Corporation, JSC", &["Vorta Equipment Corporation, JSC"]),
            ("Vorta Corporation JSC", &["Vorta Corporation JSC"]),
            (
                "Vorta Missile Corporation, Kvarta-Strela Limited Liability Company",
                &["Kvarta-Strela Limited Liability Company"],
            ),
            ("United Vorta Corporation Joint Stock Company “Kvarta”", &["Joint Stock Company “Kvarta”"]),
            ("UNITED VORTA CORPORATION JSC “KVARTA”", &["JSC “KVARTA”"]),
            // Or a word or two after its legal form, without quotes or a
            // comma; a longer run of words is the parent's name going on.
            ("Kvarta Missile Corporation JSC Avangard", &["JSC Avangard"]),
            ("Kvarta Missile Corporation JSC Vorta Arms", &["JSC Vorta Arms"]),
            (
                "Kvarta Missile Corporation JSC Vorta Research and Production Plant",
                &["Kvarta Missile Corporation JSC Vorta Research and Production Plant"],
            ),
            // Not a place, a branch, a short form or a legal form alone.
            ("Vorta Corporation, Moscow", &["Vorta Corporation, Moscow"]),
            // (A branch is the company.)
            ("Vorta Corporation, Dubai Branch", &["Vorta Corporation, Dubai Branch", "Vorta Corporation"]),
            ("United Vorta Corporation, UVC", &["United Vorta Corporation, UVC"]),
            ("Vorta Corporation, C.A.", &["Vorta Corporation, C.A."]),
            ("PJSC Vorta Corporation, Kazan", &["PJSC Vorta Corporation, Kazan"]),
            // Parts that are no names: words of one name, a place, a common word.
            ("АО ‘Приборы, Сервис, Торговля’", &["АО ‘Приборы, Сервис, Торговля’"]),
            ("AO Zavod Kalinina, Yekaterinburg", &["AO Zavod Kalinina, Yekaterinburg"]),
            ("Russian, ООО «Трансстрой»", &["ООО «Трансстрой»"]),
            ("Smith, Jones and Partners LLC", &["Smith, Jones and Partners LLC"]),
            ("Amur Shipyard, JSC", &["Amur Shipyard, JSC"]),
            ("Bar Holdings, Pte. Ltd.", &["Bar Holdings, Pte. Ltd."]),
            // A branch given with its parent after a spaced dash: its own name too.
            (
                "Филиал «Завод «Кварта» – АО «Центр «Ворта»",
                &["Филиал «Завод «Кварта» – АО «Центр «Ворта»", "«Завод «Кварта»"],
            ),
            (
                "Branch of PJSC Vorta – Kvarta Aviation Plant",
                &["Branch of PJSC Vorta – Kvarta Aviation Plant", "Kvarta Aviation Plant"],
            ),
            ("Branch Kvarta Shipyard - JSC Vorta", &["Branch Kvarta Shipyard - JSC Vorta", "Kvarta Shipyard"]),
            // A dash without a branch word before it joins one name.
            ("Kvarta – Vorta LLC", &["Kvarta – Vorta LLC"]),
            ("Branchline Kvarta - Vorta", &["Branchline Kvarta - Vorta"]),
            // A place or a number after the dash is no branch's name.
            ("Branch of JSC Kvarta - Moscow", &["Branch of JSC Kvarta - Moscow"]),
            ("Филиал АО «Кварта» – г. Новосибирск", &["Филиал АО «Кварта» – г. Новосибирск"]),
            ("BRANCH 235 - PALESTINE", &["BRANCH 235 - PALESTINE"]),
            // A legal form alone after a comma is no name of its own.
            ("COMPLEJO TURISTICO KVARTA, S.A. DE C.V.", &["COMPLEJO TURISTICO KVARTA, S.A. DE C.V."]),
            // Nor is a legal form alone in parentheses.
            ("ASIA KVARTA GENERAL TRADING (LLC)", &["ASIA KVARTA GENERAL TRADING"]),
        ];
        for name in ["LLC", "ООО", "Joint Stock Company", "Limited Liability Company"] {
            assert!(is_legal_form_alone(name), "{name}");
        }
        for name in ["", "Kvarta LLC", "ООО «Кварта»", "Stock"] {
            assert!(!is_legal_form_alone(name), "{name}");
        }
        for (name, want) in cases {
            assert_eq!(name_variants(name), *want, "{name}");
        }
        // A label after quotes.
        let quoted: Vec<String> = name_variants("Кварта «Russian: Кварта Плюс»").iter().map(|v| to_latin(v)).collect();
        assert_eq!(quoted, ["kvarta", "kvarta plyus"]);
    }
}
