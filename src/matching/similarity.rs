//! How two names compare: token similarity that tolerates word order,
//! transliteration and spelling variants, translated words and
//! abbreviations, with common words weighted down; every comparison says
//! what counted.

use serde::Serialize;

use super::normalize::{self, NormalName, is_common, skeleton};
use super::variants;
use super::words::GENERIC_NAME_WORDS;

/// Default similarity from which two names are taken to match.
pub const DEFAULT_THRESHOLD: f64 = 0.9;

/// The similarity given to an abbreviation against the initials of a full
/// name: above the default threshold, below a strict one.
pub(super) const ACRONYM_SCORE: f64 = 0.92;

/// The most a name scores against another once the body one of them
/// belongs to is set aside (see [`NormalName::affiliation`]).
pub(super) const AFFILIATION_SCORE: f64 = 0.93;

/// The most a name scores against another once the person one of them is
/// named after is set aside.
pub(super) const HONOREE_SCORE: f64 = 0.93;

/// The same for an abbreviation of three letters: below the default threshold.
pub(super) const SHORT_ACRONYM_SCORE: f64 = 0.86;

/// The weight of the better-covered direction in a name's similarity (the
/// other gets the rest).
pub(super) const BETTER_SIDE: f64 = 0.7;

/// Token similarity below which two tokens count as different.
pub(super) const TOKEN_FLOOR: f64 = 0.8;

/// The most a word scores against a longer word that begins with it (see
/// [`longer_word`]).
pub(super) const LONGER_WORD_SCORE: f64 = 0.85;

/// The similarity of a word and a form of it spelt otherwise.
pub(super) const INFLECTED_SPELLING_SCORE: f64 = 0.95;

/// The similarity of two long words whose spellings differ in vowels alone.
pub(super) const SAME_CONSONANTS_SCORE: f64 = 0.95;

/// A spelling skeleton's consonants (`y` a vowel, `z` an `s`).
pub(super) fn consonants(r: &str) -> String {
    r.chars().filter(|c| !"aeiouy".contains(*c)).map(|c| if c == 'z' { 's' } else { c }).collect()
}

/// The most two words score whose spellings begin with other letters.
pub(super) const OTHER_START_SCORE: f64 = 0.85;

/// The most a word of [`SHORT_WORD`] letters or fewer scores against
/// another that is not a spelling of it: below the default threshold.
pub(super) const SHORT_WORD_SCORE: f64 = 0.89;

/// The most two names score when one of them has words that are not common
/// and none of those matches a word of the other.
pub(super) const UNMATCHED_WORDS_SCORE: f64 = 0.85;

/// The most two names score when one of them has words that are not common
/// and none of those matches a word of the other better than
/// [`LONGER_WORD_SCORE`].
pub(super) const WEAK_WORDS_SCORE: f64 = 0.7;

/// The most two names score when one is of a limited liability company and
/// the other of a joint stock company (see [`company_kind`]).
pub const KINDS_DIFFER_SCORE: f64 = 0.89;

/// How two names compare.
#[derive(Debug, Clone, Serialize)]
pub struct Similarity {
    /// 0 to 1.
    pub score: f64,
    /// What counted: token alignments, legal forms set aside, common words.
    pub features: Vec<String>,
}

/// The weight of each token of a name in its similarity: common words 0.2,
/// a person's initials (letters alone, two or more in a row: `a f ioffe`,
/// `ya m sverdlova`) 0.1, other words of one or two letters 0.25 (`Vector
/// A`), the rest 1, numbers too (`Almaz 7` is not `Almaz`: plants go by
/// their numbers).
pub(super) fn weights(tokens: &[String]) -> Vec<f64> {
    let letter = |j: usize| tokens.get(j).is_some_and(|u| normalize::is_letter(u));
    let initial = |i: usize| letter(i) && (letter(i + 1) || i.checked_sub(1).is_some_and(letter));
    let weight = |(i, t): (usize, &String)| {
        if is_common(t) {
            0.2
        } else if initial(i) || (t == "academician" && letter(i + 1)) {
            0.1
        } else if t.len() <= 2 && !t.bytes().all(|b| b.is_ascii_digit()) {
            0.25
        } else {
            1.0
        }
    };
    tokens.iter().enumerate().map(weight).collect()
}

/// Similarity of two tokens: 1 when equal, 0 for words known to be two
/// ([`DISTINCT`]), 0.97 when they are spellings of one word (written sound
/// for sound, see [`letters_alike`], or, longer than [`SHORT_WORD`], with
/// the same skeleton), else Jaro-Winkler; at most [`LONGER_WORD_SCORE`]
/// when one is the other and more that is no Russian ending (see
/// [`longer_word`]), and at most [`SHORT_WORD_SCORE`] when one is short and
/// the other not a form of it (see [`inflected`]): a letter more or other
/// makes another abbreviation (`НИИТМ`, `НИИЭТ`; `КБП`, `УКБП`; `ФИАН`,
/// `ФТИАН`) or word (`Lent`, `Lenta`), and so when one is the other and
/// a consonant more (see [`one_consonant_more`]).
pub(super) fn token_similarity(a: &str, b: &str, skeleton_a: &str, skeleton_b: &str) -> f64 {
    if a == b {
        1.0
    } else if DISTINCT.iter().any(|&(x, y)| (a, b) == (x, y) || (b, a) == (x, y)) {
        0.0
    } else if letters_alike(a, b) || a.len().min(b.len()) > SHORT_WORD && skeleton_a == skeleton_b {
        0.97
    } else if a.len().min(b.len()) > SHORT_WORD && skeleton_a != skeleton_b && inflected(skeleton_a, skeleton_b) {
        // A form of the other as spelt otherwise (`Alexeev`, `Алексеева`;
        // `Wagner`, `Вагнера`).
        INFLECTED_SPELLING_SCORE
    } else if a.len().min(b.len()) >= 8 && consonants(skeleton_a) == consonants(skeleton_b) {
        // Long words whose spellings differ in vowels alone: an English
        // word and its Russian spelling (`Tradetools`, `Трейдтулс`;
        // `Chipdevice`, `Чипдевайс`).
        SAME_CONSONANTS_SCORE
    } else if a.len().min(b.len()) >= 7 && tion_stem(a).is_some_and(|x| Some(x) == tion_stem(b)) {
        // English `-tion` and Russian `-ция` in any case (`modernization`,
        // `модернизации`; `commercialization`, `коммерциализация`).
        0.97
    } else if place_and_adjective(a, b) {
        // A place and its adjective (`Penza`, `Пензенский`; `Ufa`,
        // `Уфимский`): one word, as translations write it.
        INFLECTED_SPELLING_SCORE
    } else {
        let jw = jaro_winkler(a, b);
        if skeleton_a.get(..1) != skeleton_b.get(..1) || other_ends(skeleton_a, skeleton_b) {
            // Words that begin otherwise are other words, however alike
            // their ends (`Роселектроника`, `Промэлектроника`), and so are
            // words of one first part with other second ones (`Аэроскан`,
            // `Аэромакс`; `ГосНИИАС`, `ГосНИИмаш`).
            jw.min(OTHER_START_SCORE)
        } else if longer_word(a, b) {
            jw.min(LONGER_WORD_SCORE)
        } else if one_consonant_more(a, b) || two_letters_more(a, b) {
            // Another word (`Elekon`, `Elekond`; `Planar`, `Planart`;
            // `Garant`, `Garantex`).
            jw.min(SHORT_WORD_SCORE)
        } else if a.len().min(b.len()) <= SHORT_WORD && !inflected(a, b) {
            jw.min(SHORT_WORD_SCORE)
        } else {
            jw
        }
    }
}

/// Whether two words' spelling skeletons share a first part of three
/// letters or more and go on with two others of two letters or more whose
/// consonants differ (`aeroscan`, `aeromax`; `gosniias`, `gosniimas`;
/// `shipping`, `shipbuilding`: `shp` and `ng`, `bldng`):
/// compounds of one word with two others, which Jaro-Winkler, weighing
/// beginnings, finds close; after a first part of five letters or more, an
/// end of one consonant against one of two letters or more too (`gosniip`,
/// `gosniias`). Spellings of one word keep their consonants
/// (`investneftetrade`, `investneftetreid`; `dagdesel`, `dagdisel`).
pub(super) fn other_ends(a: &str, b: &str) -> bool {
    let common = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[common..], &b[common..]);
    let (ca, cb) = (consonants(ra), consonants(rb));
    // The same consonants, or swapped (`bespilontye`), or, of three or
    // more, one more or other (`radioautomatic`, `radioavtomatika`).
    let sorted = |c: &str| {
        let mut v: Vec<char> = c.chars().collect();
        v.sort_unstable();
        v
    };
    let alike =
        ca == cb || sorted(&ca) == sorted(&cb) || (ca.len().min(cb.len()) >= 3 && strsim::levenshtein(&ca, &cb) <= 1);
    // After a long first part, an end of one consonant is another word too
    // (`gosniias`, `gosniip`).
    let short_end =
        common >= 5 && ra.len().min(rb.len()) == 1 && ra.len().max(rb.len()) >= 2 && !ca.is_empty() && !cb.is_empty();
    (common >= 3 && ra.len() >= 2 && rb.len() >= 2 || short_end) && !alike
}

/// Words that Jaro-Winkler finds close and are not one (`Центральный`,
/// `Центр`).
pub(super) const DISTINCT: [(&str, &str); 2] = [("central", "center"), ("central", "centre")];

/// Whether one word is the other with a Russian ending (`kirov`, `kirova`)
/// or made an adjective of a place (`omsk`, `omskiy`).
pub(super) fn inflected(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let Some(rest) = long.strip_prefix(short) else { return false };
    // A case ending after a word of five letters or more (`Kirov`, `Kirova`:
    // a surname's endings too, which `ending` leaves out after `-ov`; `Lent`
    // and `Lenta`, `TES` and `Tesa` are two words) or a place's adjective.
    // Not a surname's suffix (`Boris`, `Borisov`).
    let suffix = ["ov", "ev", "in"].iter().any(|x| rest.starts_with(x));
    let case = !suffix && normalize::case_ending(rest);
    case && (short.len() >= 5 || short.ends_with("sk")) || place_adjective(short, rest)
}

/// Whether `rest` makes an adjective of a place of `place`: a vowel, `y`,
/// `n` or `v` maybe, then `sk` and an ending (`-skiy`, `-anskiy`,
/// `-ovskiy`, `-eyskiy`); the `s` may end the place (`Miass`, `Miasskiy`).
pub(super) fn place_adjective(place: &str, rest: &str) -> bool {
    let rest = rest.strip_prefix(['a', 'o', 'e', 'u']).unwrap_or(rest);
    let rest = rest.strip_prefix(['y', 'i', 'j']).unwrap_or(rest);
    let rest = rest.strip_prefix(['n', 'v']).unwrap_or(rest);
    if rest.starts_with("sk") {
        normalize::ending(place, rest)
    } else {
        place.ends_with('s') && rest.starts_with('k') && normalize::ending(place, &format!("s{rest}"))
    }
}

/// The spelling skeleton of a word's stem before English `-tion(s)` or
/// Russian `-ция` in any case (`modernisa`, the skeleton of `moderniza`, for
/// `modernization` and `modernizatsii`), if it ends so.
pub(super) fn tion_stem(w: &str) -> Option<String> {
    const ENDINGS: [&str; 10] =
        ["tsiyakh", "tsiyami", "tsiyam", "tsiya", "tsiyu", "tsiey", "tsiy", "tsii", "tions", "tion"];
    let stem = ENDINGS.iter().find_map(|e| w.strip_suffix(e))?;
    (stem.len() >= 4).then(|| skeleton(stem))
}

/// Whether one word is a place and the other its adjective in `-sk-`
/// with an adjective's ending of two letters or more, written as Russian
/// writes the places the lists name: a place of four letters or more ending
/// in a consonant and `-sk-` (`perm`, `permskiy`), a place ending in a vowel
/// and `-nsk-` (`ude`, `udenskiy`), or a place whose final vowel gives way
/// to `-ensk-` or `-imsk-` (`penza`, `penzenskiy`; `ufa`, `ufimskiy`) or,
/// after a stem of six letters or more, drops (`skolkovo`, `skolkovskiy`).
/// Not a name that goes on with `-ov-`, `-in-` or `-ay-` (`Ivan`,
/// `Ивановская`; `Lena`, `Ленинская`; `Alta`, `Алтайский`), nor a short
/// word whose vowel dropped leaves another town's stem (`Kura`, `Курский`;
/// `Tom`, `Томская`), nor a noun (`nerisko`, `lenoseks`).
pub(super) fn place_and_adjective(a: &str, b: &str) -> bool {
    let (place, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let adjective = |base: &str, link: &str| {
        long.strip_prefix(base)
            .and_then(|r| r.strip_prefix(link))
            .and_then(|r| r.strip_prefix("sk"))
            .is_some_and(|ending| ending.len() >= 2 && normalize::ending(base, &format!("sk{ending}")))
    };
    let vowel_end = place.ends_with(['a', 'e', 'i', 'o', 'u', 'y']);
    if vowel_end && place.len() >= 3 && adjective(place, "n") {
        return true;
    }
    if !vowel_end && place.len() >= 4 && adjective(place, "") {
        return true;
    }
    let Some(base) = place.strip_suffix(['a', 'o', 'e']) else { return false };
    // The final vowel dropped before `-sk-` after a long stem (`skolkovo`,
    // `skolkovskiy`; `borodino`, `borodinskiy`).
    (base.len() >= 3 && adjective(base, "en"))
        || (base.len() >= 2 && adjective(base, "im"))
        || (base.len() >= 6 && adjective(base, ""))
}

/// Whether two words are one written otherwise sound for sound: the
/// transliterations of one Russian letter (`ts` or `c` for `ц`, `k` or `c`
/// for `к`, `kh` or `h` for `х`, `x` or `ks` for `кс`, `qu` or `kv` for
/// `кв`, `y`, `i` or `j` for `й` after a vowel), `w` for `v`, final `th` for
/// `т`: `MCCT` and `МЦКТ`, `SC` and `СК`, `ai` and `ай`, `Lux` and `Люкс`,
/// `Zenith` and `Зенит`, final English `-tech` for `-тек` (`Unitech`,
/// `Юнитек`). Not through a letter
/// two Russian letters share (`ЦНИИМ` is no `КНИИМ`, `ЧТЗ` no `ХТЗ`), nor
/// `z` for `s` (`GAZ` is no `gas`; `Роса` is no `Роза`). Short words are
/// compared so rather than by their skeletons, which make those one.
pub(super) fn letters_alike(a: &str, b: &str) -> bool {
    // The first sound of a word: a letter, or the letters of one.
    fn unit(w: &str) -> &str {
        let n =
            ["shch", "tch", "ts", "kh", "ch", "sh", "zh", "th", "ks", "cs", "kv", "qu", "yu", "ju", "iu", "yo", "ye"]
                .iter()
                .find(|u| w.starts_with(*u))
                .map_or_else(|| w.chars().next().map_or(0, char::len_utf8), |u| u.len());
        &w[..n]
    }
    // `ё` and `е` as `yo`, `ye` or `e` (`Пётр`, `Pyotr`; `Объект`, `Obyekt`).
    // English `tch` is `ч` (`Lutch`, `Луч`), `cs` is `кс` (`Enics`, `Эникс`).
    const ALIKE: [(&str, &str); 15] = [
        ("yo", "e"),
        ("ye", "e"),
        ("tch", "ch"),
        ("cs", "ks"),
        ("cs", "x"),
        ("c", "k"),
        ("c", "ts"),
        ("h", "kh"),
        ("v", "w"),
        ("x", "ks"),
        ("qu", "kv"),
        ("u", "yu"),
        // `ю` as German and Polish (`Juzhnyj`) and as Ukrainian passports
        // (`Iurii`) write it.
        ("ju", "yu"),
        ("iu", "yu"),
        ("ju", "iu"),
    ];
    // `й` after a vowel (`ай`: `ai`, `ay`) and `я`, `ю` before one (`ia`,
    // `ya`), not `и` against `ы` (`Бит`, `Быт`); `th` at the end of a word
    // (`Zenith`, `Зенит`).
    const BY_VOWEL: [(&str, &str); 3] = [("i", "y"), ("i", "j"), ("y", "j")];
    // `y` too, for `й` after `ы` (`-yj`, `-yy`: `Juzhnyj`, `Yuzhnyy`).
    let vowel = |u: &str| matches!(u, "a" | "e" | "o" | "u" | "y");
    let between_vowels = |before: &str, rest_a: &str, rest_b: &str| {
        let any_vowel = |u: &str| vowel(u) || u == "i";
        any_vowel(before) && any_vowel(unit(rest_a)) && any_vowel(unit(rest_b))
    };
    let (a0, b0) = (a.len(), b.len());
    let (a0_word, b0_word) = (a, b);
    let (mut a, mut b) = (a, b);
    let mut after_vowel = false;
    let mut previous = "";
    while !a.is_empty() && !b.is_empty() {
        // `cs` begins no word as one sound (`CS`, `ЦС`: two letters).
        fn unit_at(w: &str, first: bool) -> &str {
            if first && w.starts_with("cs") { &w[..1] } else { unit(w) }
        }
        let (x, y) = (unit_at(a, a.len() == a0), unit_at(b, b.len() == b0));
        let pair = |list: &[(&str, &str)]| list.iter().any(|&p| p == (x, y) || p == (y, x));
        let at_end = a.len() == x.len() && b.len() == y.len();
        let before_vowel = vowel(unit(&a[x.len()..])) && vowel(unit(&b[y.len()..]));
        // `u` after `a` or `e` as Russian writes Greek and Latin words
        // (`Aurora`, `Аврора`; `Euro`, `Евро`).
        let after_a_or_e = after_vowel && matches!(previous, "a" | "e");
        let alike = x == y
            || pair(&ALIKE)
            // `q` for `к` in words (`Iraq`, `Ирак`), not in initials of
            // three letters, where it is a letter of its own (`QST`, `CST`;
            // `SQB`, `СКБ`).
            || a0.min(b0) > 3 && pair(&[("c", "q"), ("k", "q")])
            || after_a_or_e && pair(&[("u", "v")])
            || (after_vowel || before_vowel) && pair(&BY_VOWEL)
            // English `s` between vowels as Russian writes it (`Bison`, `Бизон`).
            || between_vowels(previous, &a[x.len()..], &b[y.len()..]) && pair(&[("s", "z")])
            || at_end && pair(&[("t", "th")])
            // English `-tech` as Russian writes it (`Unitech`, `Юнитек`),
            // not any `-ech` (`Lech`, `Lek`; `Меч`, `Мек`).
            || at_end && pair(&[("ch", "k")]) && a0_word[..a0 - a.len()].ends_with("te")
                && b0_word[..b0 - b.len()].ends_with("te");
        if !alike {
            return false;
        }
        after_vowel = vowel(x);
        previous = x;
        (a, b) = (&a[x.len()..], &b[y.len()..]);
    }
    a.is_empty() && b.is_empty()
}

/// A short word's sounds, with the letters [`letters_alike`] takes for one
/// written alike (`rcc` and `rkts`: `rcc`), to look words up by: it joins
/// more than that does (`k` and `ts`), which the score then tells apart.
pub(super) fn sound_key(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    let mut rest = w;
    while let Some(c) = rest.chars().next() {
        // `cs` inside a word is `кс`, as [`letters_alike`] takes it.
        if rest.len() < w.len() && rest.starts_with("cs") {
            out.push('x');
            rest = &rest[2..];
            continue;
        }
        let (n, sound) = [
            ("ts", "c"),
            ("kh", "h"),
            ("ks", "x"),
            ("kv", "cv"),
            ("qu", "cv"),
            ("yu", "u"),
            ("ju", "u"),
            ("iu", "u"),
            ("yo", "e"),
            ("ye", "e"),
            ("tch", "ch"),
            ("th", "t"),
            ("k", "c"),
            ("q", "c"),
            ("w", "v"),
            ("y", "i"),
            ("j", "i"),
            ("z", "s"),
        ]
        .iter()
        .find(|(u, _)| rest.starts_with(u))
        .map_or((c.len_utf8(), None), |(u, s)| (u.len(), Some(*s)));
        match sound {
            Some(s) => out.push_str(s),
            None => out.push(c),
        }
        rest = &rest[n..];
    }
    out
}

/// Whether one word is the other and three letters or more that are no
/// Russian ending, nor that of an adjective of a place: another word
/// (`radiopribor`, `radiopriborsnab`; `engine`, `engineering`; `elem`,
/// `element`), not another form of it (`mints`, `mintsa`; `miass`,
/// `miasskiy`; `orsha`, `orshanskiy`).
pub(super) fn longer_word(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    // The shorter word, or its stem (`zvezd-a`, `zvezd-ochka`).
    let base = if long.starts_with(short) { short } else { normalize::word_stem(short).unwrap_or(short) };
    let Some(rest) = long.strip_prefix(base) else { return false };
    // `ies` is an English plural (`industry`, `industries`).
    rest.len() >= 3 && rest != "ies" && !normalize::ending(base, rest) && !place_adjective(base, rest)
}

/// Whether one word is the other and two letters more at its end that are
/// no ending (`Garant`, `Garantex`; `Vektor`, `Vektorex`), the shorter of
/// five letters or more: another word. `es` is an English plural, and a
/// country's code the company's country written into its name
/// (`Tatshina`, `Татшинаук`).
pub(super) fn two_letters_more(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let Some(rest) = long.strip_prefix(short) else { return false };
    let country = || rest == "uk" || crate::reference::countries().iter().any(|c| c.iso2.eq_ignore_ascii_case(rest));
    short.len() >= 5
        && rest.len() == 2
        && rest != "es"
        && !country()
        && !normalize::ending(normalize::word_stem(short).unwrap_or(short), rest)
        && !place_adjective(short, rest)
}

/// Whether one word is the other and one consonant more at its end that
/// is no ending (`Elekon`, `Elekond`), the shorter of five letters or more:
/// `s` is an English plural, `n` after `a` an English adjective (`Crimea`,
/// `Crimean`), and a Russian case ending is the same word.
pub(super) fn one_consonant_more(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let Some(rest) = long.strip_prefix(short) else { return false };
    short.len() >= 5
        && rest.len() == 1
        && !"aeiouys".contains(rest)
        && !(rest == "n" && short.ends_with('a'))
        && !normalize::ending(normalize::word_stem(short).unwrap_or(short), rest)
}

/// The company kind a name's legal forms say: limited liability (`ООО`,
/// `LLC`, `ТОО`) or joint stock (`АО`, `ПАО`, `JSC`); none when they say
/// neither or both.
pub(super) fn company_kind(forms: &[String]) -> Option<&'static str> {
    // Russian, English, Kazakh and Ukrainian, and Turkish (`Ltd. Şti.`, `A.Ş.`).
    const LIMITED: [&str; 18] = [
        "ooo",
        "ltda",
        "limitada",
        "company limited",
        "llc",
        "ltd",
        "limited",
        "limited liability company",
        "company limited liability company",
        "private limited company",
        "too",
        "tov",
        "llp",
        "limited liability partnership",
        "ltd sti",
        "limited sirketi",
        "ltd sirketi",
        "limited sti",
    ];
    const JOINT_STOCK: [&str; 20] = [
        "ao",
        "njsc",
        "akb",
        "jscb",
        "prjsc",
        "oao",
        "zao",
        "pao",
        "nao",
        "jsc",
        "ojsc",
        "cjsc",
        "pjsc",
        "ojs",
        "jcs",
        "prat",
        "plc",
        "public limited company",
        "a s",
        "anonim sirketi",
    ];
    let mut kind = None;
    for f in forms {
        let spelled_out = |word: &str| f.len() > 12 && f.contains(word);
        let k = if LIMITED.contains(&f.as_str()) || spelled_out("ogranichenn") {
            "limited liability"
        } else if JOINT_STOCK.contains(&f.as_str()) || spelled_out("aktsionern") || spelled_out("joint stock") {
            "joint stock"
        } else {
            continue;
        };
        if kind.is_some_and(|x| x != k) {
            return None;
        }
        kind = Some(k);
    }
    kind
}

/// Weighted share of `a`'s tokens found in `b`, from the similarities of
/// each token of `a` (rows) to each of `b` (columns): the best per token,
/// counted from [`TOKEN_FLOOR`].
pub(super) fn directed(
    a: &NormalName,
    b: &NormalName,
    sims: &[f64],
    light: &[usize],
    features: Option<&mut Vec<String>>,
) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    let mut noted = Vec::new();
    let mut weights = weights(&a.tokens);
    for &i in light {
        weights[i] = LONE_INITIALS_WEIGHT;
    }
    for (i, (t, w)) in a.tokens.iter().zip(weights).enumerate() {
        let row = &sims[i * b.tokens.len()..(i + 1) * b.tokens.len()];
        let best = row.iter().enumerate().max_by(|x, y| x.1.total_cmp(y.1)).map(|(j, &s)| (s, j));
        let s = best.map_or(0.0, |b| b.0);
        let s = if s >= TOKEN_FLOOR { s } else { 0.0 };
        num += w * s;
        den += w;
        if features.is_some() {
            // A word matched as spelled before its translation: shown so.
            let spelled = |x: &NormalName, k: usize| match &x.spellings[k] {
                Some((spelling, _)) => format!("{} ({spelling})", x.tokens[k]),
                None => x.tokens[k].clone(),
            };
            noted.push(match best {
                Some((_, j)) if s > 0.0 => {
                    let direct = token_similarity(t, &b.tokens[j], &a.skeletons[i], &b.skeletons[j]);
                    if direct < s && as_spelled(a, i, b, j) == s {
                        format!("{}~{} {s:.2}", spelled(a, i), spelled(b, j))
                    } else {
                        format!("{t}~{} {s:.2}", b.tokens[j])
                    }
                }
                _ => format!("{t} unmatched"),
            });
        }
    }
    if let Some(f) = features {
        f.extend(noted);
    }
    if den > 0.0 { num / den } else { 0.0 }
}

/// Whether a word may be a body's name: four letters or more, neither
/// common nor a word of the dictionary (`bank`).
pub(super) fn is_name_word(t: &str) -> bool {
    t.len() >= 4 && !is_common(t) && !normalize::is_dictionary_word(t)
}

/// The weight of initials in a name mostly in Cyrillic that match no word
/// of a name in Latin letters (see [`unmatched_initials`]).
pub(super) const LONE_INITIALS_WEIGHT: f64 = 0.25;

/// The most two names score with initials weighed less (see
/// [`unmatched_initials`]).
pub(super) const LONE_INITIALS_SCORE: f64 = 0.91;

/// Words of `a`, a name mostly in Cyrillic, written as initials (`ВКО`,
/// in `Концерн ВКО «Алмаз – Антей»`) that match no word of `b`, a name in
/// Latin letters, while two other words of `a` do, one of them a name
/// (four letters or more, neither initials nor a word of the dictionary):
/// in a Russian name, initials the lists do not expand mostly say what
/// kind of body it is or whose (air and space defence), which the English
/// leaves out (`Almaz-Antey`).
/// Not in a name in Latin letters, whose initials may be a brand's (`TDK
/// Lambda`), nor within one script.
pub(super) fn unmatched_initials(a: &NormalName, b: &NormalName, sims: &[f64]) -> Vec<usize> {
    if a.abbreviations.is_empty() || !normalize::mostly_cyrillic(&a.original) || normalize::mostly_cyrillic(&b.original)
    {
        return Vec::new();
    }
    let (best, _) = best_matches(sims, a.tokens.len(), b.tokens.len());
    let lone: Vec<usize> = (0..a.tokens.len())
        .filter(|&i| a.abbreviations.contains(&a.tokens[i]) && !is_common(&a.tokens[i]) && best(i) < TOKEN_FLOOR)
        .collect();
    // A name, not initials too (`ООО «ВМК «ВГТЗ»`, `VMK LLC`: two bodies)
    // nor a word of the dictionary (`Bank VORTA`, `ПАО «Банк ПСБ»`).
    let word = |i: usize| is_name_word(&a.tokens[i]) && !a.abbreviations.contains(&a.tokens[i]);
    let matched: Vec<usize> = (0..a.tokens.len())
        .filter(|&i| !lone.contains(&i) && !is_common(&a.tokens[i]) && best(i) >= CONTAINED_WORD)
        .collect();
    // Two words or more that match, one of them a name: a name of one word
    // is too little, many bodies share it (`Progress GmbH`, `АО «НИИМА
    // «Прогресс»`; `Mark`, `Марк БЛАТТ`, a surname in capitals).
    let named = matched.len() >= 2 && matched.iter().any(|&i| word(i));
    if named { lone } else { Vec::new() }
}

/// From the similarities of `m` words to `n` words, row by row: the best
/// match of each row's word, and of each column's.
pub(super) fn best_matches(
    sims: &[f64],
    m: usize,
    n: usize,
) -> (impl Fn(usize) -> f64 + '_, impl Fn(usize) -> f64 + '_) {
    let row = move |i: usize| sims[i * n..(i + 1) * n].iter().copied().fold(0.0, f64::max);
    let column = move |j: usize| (0..m).map(|i| sims[i * n + j]).fold(0.0, f64::max);
    (row, column)
}

/// The similarity of each token of `a` to each of `b`, row by row.
pub(super) fn token_similarities(a: &NormalName, b: &NormalName) -> Vec<f64> {
    let mut sims = Vec::with_capacity(a.tokens.len() * b.tokens.len());
    for (i, (t, st)) in a.tokens.iter().zip(&a.skeletons).enumerate() {
        for (j, (u, su)) in b.tokens.iter().zip(&b.skeletons).enumerate() {
            let s = token_similarity(t, u, st, su);
            let s = if (0.97..1.0).contains(&s) && c_for_k_in_latin_initials(t, u, a, b) {
                jaro_winkler(t, u).min(SHORT_WORD_SCORE)
            } else {
                s
            };
            sims.push(if s < 1.0 { s.max(as_spelled(a, i, b, j)) } else { s });
        }
    }
    sims
}

/// Whether `t` and `u`, initials of three letters or fewer, differ only in
/// `c` against `k`, in two names neither written in Cyrillic: there, they
/// are two letters (`NSK`, `NSC`), not two transliterations of `к`.
pub(super) fn c_for_k_in_latin_initials(t: &str, u: &str, a: &NormalName, b: &NormalName) -> bool {
    let ck = |x: u8, y: u8| x == y || matches!((x, y), (b'c', b'k') | (b'k', b'c'));
    t.len() <= 3
        && t.len() == u.len()
        && t.bytes().zip(u.bytes()).all(|(x, y)| ck(x, y))
        && !normalize::mostly_cyrillic(&a.original)
        && !normalize::mostly_cyrillic(&b.original)
}

/// The similarity of word `i` of `a` and word `j` of `b` when one is a
/// translation and the other a word left as transliterated (`Доверия`,
/// `trust`, and `Deveriya`): that of the translated word as spelled before,
/// as [`token_similarity`], when they are a letter or two apart
/// (`doveriya`, `deveriya`; `bespilotnye`, `bespilontye`), not words that
/// only begin alike (`elektromekhaniki`, `elektromashina`; `mash`,
/// `mashinostroitelnyy`), which Jaro-Winkler favours; else 0.
pub(super) fn as_spelled(a: &NormalName, i: usize, b: &NormalName, j: usize) -> f64 {
    let ((x, sx), (y, sy)) = match (&a.spellings[i], &b.spellings[j]) {
        (Some((x, sx)), None) => ((x, sx), (&b.tokens[j], &b.skeletons[j])),
        (None, Some((y, sy))) => ((&a.tokens[i], &a.skeletons[i]), (y, sy)),
        _ => return 0.0,
    };
    if letters_alike(x, y) || strsim::normalized_damerau_levenshtein(x, y) >= 0.8 {
        token_similarity(x, y, sx, sy)
    } else {
        0.0
    }
}

/// The similarity of a word of one name to each of the words of the other
/// it abbreviates (`STC` and `Scientific Technical Center`).
pub(super) const ABBREVIATED_RUN_SCORE: f64 = 0.95;

/// The longest run of words an abbreviation is taken to stand for, in
/// scores and in the index alike.
pub(super) const LONGEST_RUN: usize = 4;

/// Words of one name that the other writes as an abbreviation of their
/// initials (`STC Orion` and `Научно-Технический Центр «Орион»`: `stc`,
/// `scientific technical center`; `NTTs`, `nauchno tekhnicheskiy tsentr`):
/// the abbreviation scores [`ABBREVIATED_RUN_SCORE`] against each word of
/// the run. Only a word written as an abbreviation (see
/// [`NormalName::abbreviations`]) that matched no word, beside another
/// distinctive word the names share and that the run leaves out; runs of
/// two to [`LONGEST_RUN`] words, as translated or as spelled before (see
/// [`initials_of_run`]). Not sound for sound: `MTS` is no `MC` (Moscow
/// Credit).
pub(super) fn abbreviated_runs(a: &NormalName, b: &NormalName, sims: &mut [f64], features: &mut Vec<String>) {
    let nb = b.tokens.len();
    let mut found = Vec::new();
    for (x, y, swap) in [(a, b, false), (b, a, true)] {
        let at = |i: usize, j: usize| if swap { j * nb + i } else { i * nb + j };
        let matched: Vec<Vec<usize>> = (0..x.tokens.len())
            .map(|i| (0..y.tokens.len()).filter(|&j| sims[at(i, j)] >= TOKEN_FLOOR).collect())
            .collect();
        let abbreviations: Vec<usize> =
            (0..x.tokens.len()).filter(|&i| x.abbreviations.contains(&x.tokens[i]) && matched[i].is_empty()).collect();
        if abbreviations.is_empty() {
            continue;
        }
        // The other name's words that the names' other distinctive words
        // match (`Orion`): an abbreviation stands beside them.
        let mut shared = vec![false; y.tokens.len()];
        for k in (0..x.tokens.len()).filter(|&k| !is_common(&x.tokens[k])) {
            for &j in &matched[k] {
                shared[j] = true;
            }
        }
        if !shared.contains(&true) {
            continue;
        }
        let runs = runs_initials(y);
        for i in abbreviations {
            let t = &x.tokens[i];
            let free = |r: &&(usize, usize, String)| !shared[r.0..r.1].contains(&true);
            if let Some(&(start, end, _)) = runs.iter().filter(free).find(|r| *t == r.2) {
                for j in start..end {
                    let k = at(i, j);
                    sims[k] = sims[k].max(ABBREVIATED_RUN_SCORE);
                }
                found.push(format!("{t} abbreviates {}", y.tokens[start..end].join(" ")));
            }
        }
    }
    features.extend(found);
}

/// The similarity of a word of one name to each of the words of the other
/// whose beginnings it is made of (see [`syllable_runs`]).
pub(super) const SYLLABLES_SCORE: f64 = 0.92;

/// The words of each name (indices) that a word made of the beginnings
/// of words of the dictionary alone and those words are (see
/// [`syllable_runs`]).
pub(super) struct Generic {
    in_a: Vec<usize>,
    in_b: Vec<usize>,
}

/// The most names score whose likeness rests on a word made of the
/// beginnings of words of the dictionary alone (see [`syllable_runs`]).
pub(super) const GENERIC_SYLLABLES_SCORE: f64 = 0.85;

/// The shortest word taken to be made of the beginnings of others: of six
/// letters, invented names share many (`Aritek`, `Arikatin Technology`).
pub(super) const SYLLABLE_WORD: usize = 7;

/// The shortest beginning of a word in such a word.
pub(super) const SYLLABLE: usize = 3;

/// A word as its beginnings are compared: `c` as `k` and `kh` as `k`
/// (`Техмаш`, `Tecmash`; `Эффектек`, `technologies`).
pub(super) fn syllable_form(w: &str) -> String {
    w.replace('c', "k").replace("kh", "k")
}

/// Whether `word` is the beginnings of `words` one after another, each of
/// [`SYLLABLE`] letters or more (`khimmash`, `khimicheskogo
/// mashinostroeniya`; `lugakom`, `luganskie kommunikatsii`), each word as
/// any of its forms, and whole where it may not be cut (the flag beside
/// its forms).
pub(super) fn made_of_beginnings(word: &str, words: &[(Vec<String>, bool)]) -> bool {
    let Some(((first, cut), rest)) = words.split_first() else { return word.is_empty() };
    first.iter().any(|form| {
        let longest = form.len().min(word.len());
        // The whole of a shorter word (`nedra`) is a beginning too; only a
        // word of the dictionary is cut (`khim`, `khimicheskogo`; not
        // `ural`, `Uralsib`).
        let shortest = if !*cut {
            form.len()
        } else if longest == form.len() {
            SYLLABLE.min(longest)
        } else {
            SYLLABLE
        };
        (shortest..=longest).rev().any(|k| {
            form.as_bytes()[..k] == word.as_bytes()[..k]
                && word.is_char_boundary(k)
                && made_of_beginnings(&word[k..], rest)
        })
    })
}

/// Whether a word may be made of the beginnings of others: of
/// [`SYLLABLE_WORD`] to [`SYLLABLE_WORD_MOST`] letters, neither common nor
/// of the dictionary.
pub(super) fn may_be_made_of_beginnings(t: &str) -> bool {
    (SYLLABLE_WORD..=SYLLABLE_WORD_MOST).contains(&t.len()) && !is_common(t) && !normalize::is_dictionary_word(t)
}

/// The longest word read as made of beginnings (`Spetsvneshtekhnika` has
/// 18 letters): its ways of being cut into three grow with the square of its
/// length, and a word of thousands of letters (a name pasted without
/// spaces) would take gigabytes.
const SYLLABLE_WORD_MOST: usize = 40;

/// The forms of word `j` of a name whose beginnings a word of the other
/// may be made of: as spelled before translation and as translated.
pub(super) fn syllable_forms(name: &NormalName, j: usize) -> Vec<String> {
    let mut forms = vec![syllable_form(&name.tokens[j])];
    if let Some((spelled, _)) = &name.spellings[j] {
        forms.push(syllable_form(spelled));
    }
    forms
}

/// Words of one name made of the beginnings of two or three words of the
/// other, one after another, as Russian names shorten theirs (`KB
/// KhimMash`, `КБ Химического Машиностроения`; `Lugakom`, `Луганские
/// Коммуникации`; `Эффектек`, `Effektivnye Tekhnologii`): the word scores
/// [`SYLLABLES_SCORE`] against each word of the run. Only across scripts
/// (within one, `Microchip Technology` is not `Microtechnology`, nor
/// `Transit Neft` `Transneft`); only a word of [`SYLLABLE_WORD`] letters or
/// more that is neither common nor of the dictionary, as spelled or as
/// translated, and no word of the other name already matches as well
/// (`Tatneft`, `Татнефть-Нефтехим`); the beginning of a word of the
/// dictionary alone (`khim`, `Химического`), other words whole (`Uraltek`
/// is not `Уралсиб Технологии`); and a run whose words no other word of its
/// name matches better than it matches a word outside the run.
pub(super) fn syllable_runs(
    a: &NormalName,
    b: &NormalName,
    sims: &mut [f64],
    features: &mut Vec<String>,
) -> Vec<Generic> {
    let mut generic = Vec::new();
    if normalize::mostly_cyrillic(&a.original) == normalize::mostly_cyrillic(&b.original) {
        return generic;
    }
    let nb = b.tokens.len();
    let mut found = Vec::new();
    for (x, y, swap) in [(a, b, false), (b, a, true)] {
        if y.tokens.len() < 2 {
            continue;
        }
        let at = |i: usize, j: usize| if swap { j * nb + i } else { i * nb + j };
        let main = y.tokens.len() - y.honoree;
        for i in 0..x.tokens.len() {
            let t = &x.tokens[i];
            if !may_be_made_of_beginnings(t) {
                continue;
            }
            if (0..y.tokens.len()).any(|j| sims[at(i, j)] >= SYLLABLES_SCORE) {
                continue;
            }
            let words = syllable_forms(x, i);
            for start in 0..main.saturating_sub(1) {
                for end in start + 2..=(start + 3).min(main) {
                    // A run none of whose words is another word's match,
                    // unless that word matches as well one outside it
                    // (`luhansk`, twice in `luhansk peoples republic
                    // luhansk communications`).
                    let best_outside = |k: usize| {
                        (0..y.tokens.len())
                            .filter(|j| !(start..end).contains(j))
                            .map(|j| sims[at(k, j)])
                            .fold(0.0, f64::max)
                    };
                    let taken = |j: usize| {
                        (0..x.tokens.len())
                            .any(|k| k != i && sims[at(k, j)] >= TOKEN_FLOOR && best_outside(k) < sims[at(k, j)])
                    };
                    if (start..end).any(taken) {
                        continue;
                    }
                    let forms = syllable_run_forms(y, start, end);
                    if words.iter().any(|w| made_of_beginnings(w, &forms)) {
                        for j in start..end {
                            let k = at(i, j);
                            sims[k] = sims[k].max(SYLLABLES_SCORE);
                        }
                        found.push(format!("{t} is made of the beginnings of {}", y.tokens[start..end].join(" ")));
                        if y.tokens[start..end].iter().all(|u| normalize::is_dictionary_word(u)) {
                            let (mut in_a, mut in_b) = (vec![i], (start..end).collect());
                            if swap {
                                std::mem::swap(&mut in_a, &mut in_b);
                            }
                            generic.push(Generic { in_a, in_b });
                        }
                    }
                }
            }
        }
    }
    features.extend(found);
    generic
}

/// The forms of each word of a run (see [`syllable_forms`]), each with
/// whether it may be cut.
pub(super) type RunForms = Vec<(Vec<String>, bool)>;

/// The forms of words `start..end` of a name (see [`syllable_forms`]),
/// each with whether it may be cut: a word of the dictionary, not a
/// country's name (`Aviatest`, not `Aviation Estonia`).
pub(super) fn syllable_run_forms(name: &NormalName, start: usize, end: usize) -> RunForms {
    let cut = |t: &str| normalize::is_dictionary_word(t) && !variants::is_country(t);
    (start..end).map(|j| (syllable_forms(name, j), cut(&name.tokens[j]))).collect()
}

/// The hash of the first [`SYLLABLE`] letters of each word of a run, in
/// [`syllable_form`], one after another.
pub(super) fn beginnings_hash(beginnings: &[&[u8]]) -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = rustc_hash::FxBuildHasher.build_hasher();
    for b in beginnings {
        h.write(b);
    }
    h.finish()
}

/// The keys a name is indexed under to be found by a word made of the
/// beginnings of two or three of its words (see [`syllable_runs`]): the
/// beginnings of each run, each word as any of its forms.
pub(super) fn syllable_keys(n: &NormalName) -> Vec<u64> {
    let mut keys: Vec<u64> = syllable_runs_keys(n).into_iter().map(|(k, _, _)| k).collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// [`syllable_keys`], each with the run of words (start, end) it is of.
pub(super) fn syllable_runs_keys(n: &NormalName) -> Vec<(u64, usize, usize)> {
    let main = n.tokens.len() - n.honoree;
    if main < 2 {
        return Vec::new();
    }
    // Each word's beginnings, as each of its forms.
    let heads: Vec<Vec<[u8; SYLLABLE]>> = (0..main)
        .map(|j| {
            let mut h: Vec<[u8; SYLLABLE]> =
                syllable_forms(n, j).iter().filter_map(|w| w.as_bytes().get(..SYLLABLE)?.try_into().ok()).collect();
            h.dedup();
            h
        })
        .collect();
    let mut keys = Vec::new();
    for start in 0..main - 1 {
        for x in &heads[start] {
            for y in &heads[start + 1] {
                keys.push((beginnings_hash(&[x, y]), start, start + 2));
                for z in heads.get(start + 2).into_iter().flatten() {
                    keys.push((beginnings_hash(&[x, y, z]), start, start + 3));
                }
            }
        }
    }
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// The keys under which the names a word may be made of the beginnings of
/// are indexed (see [`syllable_keys`]): each way of cutting each of its
/// forms into two or (`triples`) three parts of [`SYLLABLE`] letters or
/// more.
pub(super) fn word_syllable_keys(n: &NormalName, i: usize, triples: bool) -> Vec<u64> {
    if !may_be_made_of_beginnings(&n.tokens[i]) {
        return Vec::new();
    }
    let mut keys = Vec::new();
    for w in syllable_forms(n, i) {
        let w = w.as_bytes();
        let l = w.len();
        let at = |k: usize| &w[k..k + SYLLABLE];
        for p in SYLLABLE..=l.saturating_sub(SYLLABLE) {
            keys.push(beginnings_hash(&[at(0), at(p)]));
            if !triples {
                continue;
            }
            for q in p + SYLLABLE..=l.saturating_sub(SYLLABLE) {
                keys.push(beginnings_hash(&[at(0), at(p), at(q)]));
            }
        }
    }
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// The initials of the words `start..end` of a name, as translated or
/// (`spelled`) as spelled before translation (a word translated into two
/// counted once), a Russian letter written with two (`ts`) counted as one
/// and as two, `ts` and `kh` also as `c` and `h`: every way of writing
/// them.
pub(super) fn initials_of_run(name: &NormalName, start: usize, end: usize, spelled: bool) -> Vec<String> {
    let mut heads = vec![String::new()];
    for j in start..end {
        let w = match (&name.spellings[j], spelled) {
            (Some(_), true) if j > start && name.spellings[j] == name.spellings[j - 1] => continue,
            (Some((s, _)), true) => s.as_str(),
            _ => name.tokens[j].as_str(),
        };
        let first = &w[..w.chars().next().map_or(0, char::len_utf8)];
        let digraph = ["shch", "ts", "sh", "ch", "zh", "kh"].iter().find(|d| w.starts_with(*d));
        let mut next: Vec<String> = heads.iter().map(|h| format!("{h}{first}")).collect();
        if let Some(d) = digraph {
            next.extend(heads.iter().map(|h| format!("{h}{d}")));
        }
        // `Ц` and `Х` are `C` and `H` in abbreviations too (`МЦСТ`, `MCST`).
        if let Some(other) = [("ts", "c"), ("kh", "h")].iter().find(|(d, _)| w.starts_with(d)).map(|x| x.1) {
            next.extend(heads.iter().map(|h| format!("{h}{other}")));
        }
        heads = next;
    }
    heads
}

/// Each run of two to [`LONGEST_RUN`] words of a name with each way of
/// writing its initials (see [`initials_of_run`]) that an abbreviation
/// could be (of [`normalize::ABBREVIATION_LETTERS`] letters; see
/// [`abbreviated_runs`]).
pub(super) fn runs_initials(name: &NormalName) -> Vec<(usize, usize, String)> {
    let n = name.tokens.len();
    let spelled: &[bool] = if name.spellings.iter().any(Option::is_some) { &[false, true] } else { &[false] };
    let mut out: Vec<(usize, usize, String)> = (0..n)
        .flat_map(|start| (start + 2..=(start + LONGEST_RUN).min(n)).map(move |end| (start, end)))
        .flat_map(|(start, end)| {
            spelled.iter().flat_map(move |&s| initials_of_run(name, start, end, s)).map(move |x| (start, end, x))
        })
        .filter(|r| normalize::ABBREVIATION_LETTERS.contains(&r.2.len()))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The transpose of a row-by-row matrix of `rows` rows.
pub(super) fn transpose(m: &[f64], rows: usize) -> Vec<f64> {
    let cols = m.len().checked_div(rows).unwrap_or(0);
    (0..cols).flat_map(|j| (0..rows).map(move |i| m[i * cols + j])).collect()
}

/// Jaro-Winkler similarity (strsim's). Words as names are indexed are
/// ASCII (transliterated): those are compared byte by byte, which gives the
/// same value without counting their characters at every comparison
/// (a tenth of the time of scoring a list of suppliers went to counting).
pub(super) fn jaro_winkler(a: &str, b: &str) -> f64 {
    if a.is_ascii() && b.is_ascii() {
        strsim::generic_jaro_winkler(&Ascii(a.as_bytes()), &Ascii(b.as_bytes()))
    } else {
        strsim::jaro_winkler(a, b)
    }
}

/// An ASCII word's bytes, for [`jaro_winkler`].
pub(super) struct Ascii<'s>(&'s [u8]);

impl<'s> IntoIterator for &Ascii<'s> {
    type Item = &'s u8;
    type IntoIter = std::slice::Iter<'s, u8>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// Compare two normalised names.
pub fn similarity(a: &NormalName, b: &NormalName) -> Similarity {
    // The body one name says the organisation belongs to, which the other
    // leaves out (`... of the Siberian Branch of the Russian Academy of
    // Sciences`): compared with and without it, the better kept.
    if (a.affiliation > 0) != (b.affiliation > 0) {
        let without = similarity_of(&a.without_affiliation(), &b.without_affiliation());
        let set_aside = "the body one name belongs to set aside (the other leaves it out)";
        return better_of(similarity_of(a, b), without, AFFILIATION_SCORE, set_aside);
    }
    let sim = similarity_of(a, b);
    if sim.score < KIND_INITIALS_SCORE
        && let Some((la, lb)) = kind_initials(a, b)
    {
        let (sa, sb) = (a.without_tokens(&la), b.without_tokens(&lb));
        let words =
            |x: &NormalName, ids: &[usize]| ids.iter().map(|&i| x.tokens[i].as_str()).collect::<Vec<_>>().join(" ");
        let set_aside = format!(
            "initials of each name that match nothing in the other set aside ({} | {})",
            words(a, &la),
            words(b, &lb)
        );
        return better_of(sim, similarity_of(&sa, &sb), KIND_INITIALS_SCORE, &set_aside);
    }
    sim
}

/// Initials of the kind of body that each name writes in its own language
/// (`ICC Milandr`, `ПКК Миландр`; `SRC Vigstar`, `НПЦ Вигстар`), to set
/// aside as partial evidence: the words of each (indices) when both names
/// have such initials that match nothing in the other, and the rest shares
/// a word that is a name. Not in names of one script: other initials there
/// are another body (`ETC Module`, `STC Module`).
pub(super) fn kind_initials(a: &NormalName, b: &NormalName) -> Option<(Vec<usize>, Vec<usize>)> {
    let initials_as_words =
        |x: &NormalName| !x.abbreviations.is_empty() && x.tokens.iter().any(|t| x.abbreviations.contains(t));
    if !initials_as_words(a)
        || !initials_as_words(b)
        || normalize::mostly_cyrillic(&a.original) == normalize::mostly_cyrillic(&b.original)
    {
        return None;
    }
    let sims = token_similarities(a, b);
    let n = b.tokens.len();
    let lone = |x: &NormalName, best: &dyn Fn(usize) -> f64| -> Vec<usize> {
        (0..x.tokens.len()).filter(|&i| x.abbreviations.contains(&x.tokens[i]) && best(i) < TOKEN_FLOOR).collect()
    };
    let (best_a, best_b) = best_matches(&sims, a.tokens.len(), n);
    let (la, lb) = (lone(a, &best_a), lone(b, &best_b));
    if la.is_empty() || lb.is_empty() {
        return None;
    }
    // A word that is a name, no word of the dictionary (`bank`), alike in both.
    let named = (0..a.tokens.len()).any(|i| {
        !la.contains(&i)
            && is_name_word(&a.tokens[i])
            && (0..n).any(|j| !lb.contains(&j) && sims[i * n + j] >= CONTAINED_WORD)
    });
    named.then_some((la, lb))
}

/// The most two names score with initials of each that match nothing in
/// the other set aside (see [`similarity`]): below the default threshold,
/// and from the least the sole-holder rule raises (see
/// [`SOLE_HOLDER_FLOOR`]). At 0.85, names alike in one word that two
/// bodies share came first (`МНИИ «Агат»`, `GMZ Agat`).
pub(super) const KIND_INITIALS_SCORE: f64 = 0.8;

/// The better of two names compared as they are and with a part one of them
/// adds set aside (`without`), the latter partial evidence: at most `cap`
/// (above the default threshold, below a strict one), and saying so.
pub(super) fn better_of(with: Similarity, mut without: Similarity, cap: f64, set_aside: &str) -> Similarity {
    without.score = without.score.min(cap);
    if without.score > with.score {
        without.features.push(set_aside.into());
        without
    } else {
        with
    }
}

/// The similarity given to a name whose distinctive words are all in the
/// other (`Avrora`, `Концерн НПО «Аврора»`) when only the other's entry has
/// those words (see [`NameIndex::sole_holder`]).
pub(super) const SOLE_HOLDER_SCORE: f64 = 0.93;

/// How much of the query a name raised to [`SOLE_HOLDER_SCORE`] covers:
/// as much as a candidate at this threshold (see [`NameIndex::candidates`]).
/// Raising only such names, and searching at any threshold from this one
/// up to the raised score among this one's candidates, keeps a search at a
/// higher threshold from missing a name that one at a lower threshold
/// raises (`PLL Milandr Ltd` was raised at 0.775 and not searched at
/// 0.90), at no cost up to the default threshold. Raising every name from
/// [`SOLE_HOLDER_FLOOR`] would have each search take candidates from there,
/// at ten times the time of scoring suppliers.
pub(super) const SOLE_HOLDER_COVER: f64 = DEFAULT_THRESHOLD;

/// The least similarity [`SOLE_HOLDER_SCORE`] raises.
pub(super) const SOLE_HOLDER_FLOOR: f64 = 0.75;

/// The similarity from which a word counts as found in the other name (see
/// [`contained_words`]).
pub(super) const CONTAINED_WORD: f64 = 0.92;

/// When the distinctive words (of full weight, see [`weights`]) of one name
/// are all in the other (alike to one of its distinctive words, from
/// [`CONTAINED_WORD`]): the words of `a` and of `b` that are alike, for
/// [`NameIndex::sole_holder`] to look up.
pub(super) fn contained_words(a: &NormalName, b: &NormalName) -> Option<(Vec<usize>, Vec<usize>)> {
    let sims = token_similarities(a, b);
    let (m, n) = (a.tokens.len(), b.tokens.len());
    let (wa, wb) = (weights(&a.tokens), weights(&b.tokens));
    // The words of a name, once each, but those of the person it is named
    // after (`Voronin`, in `Луховицкий авиационный завод имени П.А.
    // Воронина`): a surname is no company's name, unless the name has no
    // other (`Авиационный комплекс им. С.В. Ильюшина`).
    let person_only = |x: &NormalName, w: &[f64]| (0..x.tokens.len().saturating_sub(x.honoree)).all(|k| w[k] < 1.0);
    let (pa, pb) = (person_only(a, &wa), person_only(b, &wb));
    let own = |x: &NormalName, w: &[f64], k: usize, person: bool| {
        w[k] >= 1.0 && (person || k < x.tokens.len().saturating_sub(x.honoree)) && !x.tokens[..k].contains(&x.tokens[k])
    };
    // But the person's surname, where the other name uses it as a word of
    // its own with another word of this name's own part (`Beriev
    // Aircraft`, `Таганрогский авиационный ... комплекс им. Г.М. Бериева`).
    let same = |i: usize, j: usize| sims[i * n + j] >= CONTAINED_WORD;
    let surname_b = surname_used(b, m, same);
    let surname_a = surname_used(a, n, |j, i| same(i, j));
    let own_a = |i: usize| own(a, &wa, i, pa) || (Some(i) == surname_a && wa[i] >= 1.0);
    let own_b = |j: usize| own(b, &wb, j, pb) || (Some(j) == surname_b && wb[j] >= 1.0);
    let alike = |i: usize, j: usize| own_a(i) && own_b(j) && same(i, j);
    let in_a: Vec<usize> = (0..m).filter(|&i| (0..n).any(|j| alike(i, j))).collect();
    let in_b: Vec<usize> = (0..n).filter(|&j| (0..m).any(|i| alike(i, j))).collect();
    let all_a = (0..m).filter(|&i| own_a(i)).count();
    let all_b = (0..n).filter(|&j| own_b(j)).count();
    // Numbers alone name nothing (`322`, `170`: plants go by them, but a
    // supplier `322 LLC` is not the plant).
    let number = |t: &String| t.bytes().all(|b| b.is_ascii_digit());
    // Nor words that name a region alone (`Asia Pacific`, `Balkan`).
    let named = in_a.iter().any(|&i| !number(&a.tokens[i]) && !normalize::is_region_word(&a.tokens[i]));
    let words_a = in_a.iter().filter(|&&i| !number(&a.tokens[i])).count();
    let words_b = in_b.iter().filter(|&&j| !number(&b.tokens[j])).count();
    // One word alone: a name, not a word of the dictionary (`Solution`).
    let name_word = |t: &String| t.len() >= 5 && !number(t) && !normalize::is_dictionary_word(t);
    let one_name = |x: &NormalName, ids: &[usize]| ids.len() == 1 && name_word(&x.tokens[ids[0]]);
    let a_in = in_a.len() == all_a && (words_a >= 2 || one_name(a, &in_a));
    let b_in = in_b.len() == all_b && (words_b >= 2 || one_name(b, &in_b));
    // Nor a person's name, whatever the list calls it.
    if normalize::is_person_like(a) || normalize::is_person_like(b) {
        return None;
    }
    (named && (a_in || b_in)).then_some((in_a, in_b))
}

/// As [`contained_words`], or failing that with the initials of the kind of
/// body each name writes in its own language set aside (see
/// [`kind_initials`]: `ICC Milandr`, `ПКК Миландр`); indices into the
/// whole names.
pub(super) fn contained_words_but_kind_initials(a: &NormalName, b: &NormalName) -> Option<(Vec<usize>, Vec<usize>)> {
    contained_words(a, b).or_else(|| contained_words_without_kind_initials(a, b))
}

/// [`contained_words`] with the initials of the kind of body each name
/// writes in its own language set aside, when both have such (see
/// [`kind_initials`]); indices into the whole names.
pub(super) fn contained_words_without_kind_initials(
    a: &NormalName,
    b: &NormalName,
) -> Option<(Vec<usize>, Vec<usize>)> {
    let (la, lb) = kind_initials(a, b)?;
    let (in_a, in_b) = contained_words(&a.without_tokens(&la), &b.without_tokens(&lb))?;
    let whole = |x: &NormalName, drop: &[usize], ids: Vec<usize>| {
        let kept: Vec<usize> = (0..x.tokens.len()).filter(|i| !drop.contains(i)).collect();
        ids.into_iter().map(|k| kept[k]).collect::<Vec<_>>()
    };
    Some((whole(a, &la, in_a), whole(b, &lb, in_b)))
}

/// Whether a candidate name covers enough of the query for the
/// sole-holder rule to raise it (see [`SOLE_HOLDER_COVER`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Raise {
    /// It does not.
    No,
    /// It does.
    Yes,
    /// It does when the query's initials of a kind of body count as
    /// covered: it may be raised only with those set aside (see
    /// [`kind_initials`]).
    WithoutKindInitials,
}

/// The index of the last word of `named`, the surname of the person it is
/// named after, when the other name (of `other_len` words) has it beside
/// another word of `named`'s own part: `same(k, l)` says whether word `k`
/// of the other and word `l` of `named` are alike.
pub(super) fn surname_used(named: &NormalName, other_len: usize, same: impl Fn(usize, usize) -> bool) -> Option<usize> {
    let surname = named.tokens.len().checked_sub(1).filter(|_| named.honoree > 0)?;
    let own_part = named.tokens.len() - named.honoree;
    let by = |k: usize| same(k, surname);
    let beside = (0..other_len).any(|k| !by(k) && (0..own_part).any(|l| same(k, l)));
    ((0..other_len).any(by) && beside).then_some(surname)
}

/// Two words of one name written as one word in the other (`hydro
/// communications`, `hydrocommunications`): each alike to it (0.97), as
/// spelt alike.
pub(super) fn joined_words(a: &NormalName, b: &NormalName, sims: &mut [f64]) {
    let n = b.tokens.len();
    let joins = |x: &str, y: &str, w: &str| w.len() == x.len() + y.len() && w.starts_with(x) && w.ends_with(y);
    // Words `k`, `k + 1` of `x` against word `l` of `y`; `at` gives the
    // cell of a word of `x` and one of `y` in `sims` (rows are `a`'s).
    let mut mark = |x: &NormalName, y: &NormalName, at: &dyn Fn(usize, usize) -> usize| {
        for k in 0..x.tokens.len().saturating_sub(1) {
            for l in (0..y.tokens.len()).filter(|&l| joins(&x.tokens[k], &x.tokens[k + 1], &y.tokens[l])) {
                for cell in [at(k, l), at(k + 1, l)] {
                    sims[cell] = sims[cell].max(0.97);
                }
            }
        }
    };
    mark(a, b, &|i, j| i * n + j);
    mark(b, a, &|j, i| i * n + j);
}

/// The company kinds of two names, when one is of a limited liability
/// company and the other of a joint stock company (see [`company_kind`]):
/// for a name that gives no legal form, found as an alias of an entry
/// whose name gives one.
pub fn kinds_of_two_names(a: &NormalName, b: &NormalName) -> Option<(&'static str, &'static str)> {
    let (x, y) = (company_kind(&a.legal_forms)?, company_kind(&b.legal_forms)?);
    (x != y).then_some((x, y))
}

/// Whether one name is of a limited liability company and the other of a
/// joint stock company (see [`company_kind`]).
pub(super) fn kinds_differ(a: &NormalName, b: &NormalName) -> bool {
    matches!((company_kind(&a.legal_forms), company_kind(&b.legal_forms)), (Some(x), Some(y)) if x != y)
}

/// Compare two normalised names as they are.
pub(super) fn similarity_of(a: &NormalName, b: &NormalName) -> Similarity {
    // A one-word name against the same word and the person it is named
    // after (`TANTK` / `ТАНТК им. Г.М. Бериева`): the person left out.
    let one_word = |x: &NormalName, y: &NormalName| x.tokens.len() == 1 && y.is_one_word_named_after();
    if one_word(a, b) || one_word(b, a) {
        let strip = |n: &NormalName| NormalName { honoree: 0, ..n.without_last(n.honoree) };
        let mut sim = similarity_of(&strip(a), &strip(b));
        sim.features.push("the person a name is named after set aside (the other is one word)".into());
        return sim;
    }
    // A name with the person it is named after against one without
    // (`GosMKB Raduga` / `... «Радуга» имени А.Я. Березняка`): the person
    // left out, when a word that is not common is left on both sides;
    // partial evidence, as with an affiliation.
    // Not when both are named after someone (`... имени К.А. Валиева
    // Российской академии наук` / `... named after A.F. Ioffe`).
    if (a.honoree > 0) != (b.honoree > 0) && !(a.is_named_after() && b.is_named_after()) {
        let strip = |n: &NormalName| NormalName { honoree: 0, ..n.without_last(n.honoree) };
        let (sa, sb) = (strip(a), strip(b));
        // A word of four letters or more, not common, spelled alike in both.
        let shared =
            sa.tokens.iter().zip(&sa.skeletons).any(|(t, k)| t.len() >= 4 && !is_common(t) && sb.skeletons.contains(k));
        if shared {
            let with = similarity_of(&NormalName { honoree: 0, ..a.clone() }, &NormalName { honoree: 0, ..b.clone() });
            let set_aside = "the person one name is named after set aside (the other leaves it out)";
            return better_of(with, similarity_of(&sa, &sb), HONOREE_SCORE, set_aside);
        }
    }
    let mut features = Vec::new();
    let mut sims = token_similarities(a, b);
    abbreviated_runs(a, b, &mut sims, &mut features);
    let generic_syllables = syllable_runs(a, b, &mut sims, &mut features);
    joined_words(a, b, &mut sims);
    let sims_ba = transpose(&sims, a.tokens.len());
    let (light_a, light_b) = (unmatched_initials(a, b, &sims), unmatched_initials(b, a, &sims_ba));
    let ab = directed(a, b, &sims, &light_a, Some(&mut features));
    let ba = directed(b, a, &sims_ba, &light_b, None);
    // The other name's words that match nothing, shown too (`RT`, in `RT
    // Balkan` against `Balkan`).
    let m = a.tokens.len();
    let other: Vec<&str> = (0..b.tokens.len())
        .filter(|&j| (0..m).all(|i| sims_ba[j * m + i] < TOKEN_FLOOR))
        .map(|j| b.tokens[j].as_str())
        .collect();
    if !other.is_empty() {
        features.push(format!("the other name's {} unmatched", other.join(", ")));
    }
    // The better-covered side counts more: one name often adds words the
    // other leaves out (`Branch of ...`, `named after ...`).
    let mut score = BETTER_SIDE * ab.max(ba) + (1.0 - BETTER_SIDE) * ab.min(ba);
    // Initials weighed less are partial evidence: two bodies of one name
    // may differ by them alone (`АО «ММЗ «Авангард»`, `FKP Avangard`).
    let light: Vec<&str> =
        light_a.iter().map(|&i| a.tokens[i].as_str()).chain(light_b.iter().map(|&j| b.tokens[j].as_str())).collect();
    if !light.is_empty() {
        let full = |x: &NormalName, y: &NormalName, sims: &[f64]| directed(x, y, sims, &[], None);
        let (ab, ba) = (full(a, b, &sims), full(b, a, &sims_ba));
        let as_weighed = BETTER_SIDE * ab.max(ba) + (1.0 - BETTER_SIDE) * ab.min(ba);
        if score > as_weighed {
            features.push(format!("initials that match nothing weighed less: {}", light.join(",")));
            score = score.min(LONE_INITIALS_SCORE).max(as_weighed);
        }
    }
    score = alike_in_too_little(a, b, &sims, &generic_syllables, score, &mut features);
    score = split_differently(a, b, score, &mut features);
    score = forms_and_initials(a, b, score, &mut features);
    let common: Vec<&String> = a.tokens.iter().chain(&b.tokens).filter(|t| is_common(t)).collect();
    if !common.is_empty() {
        let mut c: Vec<&str> = common.iter().map(|s| s.as_str()).collect();
        c.sort();
        c.dedup();
        features.push(format!("common words weighted down: {}", c.join(",")));
    }
    Similarity { score: (score * 1e4).round() / 1e4, features }
}

/// The caps of names alike in too little (see [`similarity_of`]): words
/// made of the dictionary's beginnings alone, common words alone, a word
/// within a longer one, words many companies' names are made of, a short
/// word alike only as letters.
fn alike_in_too_little(
    a: &NormalName,
    b: &NormalName,
    sims: &[f64],
    generic_syllables: &[Generic],
    mut score: f64,
    features: &mut Vec<String>,
) -> f64 {
    let n = b.tokens.len();
    let (best_a, best_b) = best_matches(sims, a.tokens.len(), n);
    // A word made of the beginnings of words of the dictionary alone
    // (`Autosys`, `automated systems`; `Tecmash`, `technologies
    // machinebuilding`) is a brand many use: with no other word that tells
    // the names apart matching, partial evidence.
    if score > GENERIC_SYLLABLES_SCORE && !generic_syllables.is_empty() {
        let other_a = (0..a.tokens.len())
            .filter(|i| !generic_syllables.iter().any(|g| g.in_a.contains(i)))
            .any(|i| !is_common(&a.tokens[i]) && a.tokens[i].len() > 2 && best_a(i) >= CONTAINED_WORD);
        let other_b = (0..n)
            .filter(|j| !generic_syllables.iter().any(|g| g.in_b.contains(j)))
            .any(|j| !is_common(&b.tokens[j]) && b.tokens[j].len() > 2 && best_b(j) >= CONTAINED_WORD);
        if !other_a && !other_b {
            score = GENERIC_SYLLABLES_SCORE;
            features.push("made of the beginnings of words of the dictionary alone, with no other word alike".into());
        }
    }
    // Names alike in their common words alone (`SKB VT`, `СКБ МО РФ`;
    // `NII STT`, `НИИ Приборостроения`): none of the words that tell one
    // of them apart matches.
    // The best match of each word that tells a name apart (not common, not
    // a person's initial), of each name.
    let telling_best = |x: &NormalName, best: &dyn Fn(usize) -> f64| -> Vec<f64> {
        let w = weights(&x.tokens);
        (0..x.tokens.len()).filter(|&i| !is_common(&x.tokens[i]) && w[i] > 0.1).map(best).collect()
    };
    // Only for a score above the caps below (weights cost on every pair).
    if score > WEAK_WORDS_SCORE {
        let telling = [telling_best(a, &best_a), telling_best(b, &best_b)];
        let all_weak = |weak: &dyn Fn(f64) -> bool| telling.iter().any(|t| !t.is_empty() && t.iter().all(|&x| weak(x)));
        if score > UNMATCHED_WORDS_SCORE && all_weak(&|x| x < 0.85) {
            score = UNMATCHED_WORDS_SCORE;
            features.push("alike in common words alone: no word that tells one name apart matches".into());
        }
        // Names alike only in a word within a longer one (`Most
        // Development`, `Мостотрест`), unless other words match, common as
        // they may be (`Scientific and Engineering Enterprise Infosec`,
        // `Научно-инженерное предприятие Информзащита`), or the longer
        // word's rest is a word the lists know: the name and that word
        // (`Uralvagon`, `Уралвагонзавод`).
        let and_a_word = |x: &str, y: &str| {
            let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
            long.strip_prefix(short).is_some_and(|rest| rest.len() >= 3 && normalize::is_dictionary_word(rest))
        };
        let known_rest = || {
            let pair = |i: usize, j: usize| sims[i * n + j] >= LONGER_WORD_SCORE - 1e-9;
            (0..a.tokens.len()).any(|i| (0..n).any(|j| pair(i, j) && and_a_word(&a.tokens[i], &b.tokens[j])))
        };
        let matched = (0..a.tokens.len()).filter(|&i| best_a(i) >= CONTAINED_WORD).count();
        if matched < 2 && all_weak(&|x| x <= LONGER_WORD_SCORE + 1e-9) && !known_rest() {
            score = WEAK_WORDS_SCORE;
            features.push("no word that tells one name apart matches better than a word within a longer one".into());
        }
    }
    // Names made of words that many companies' names are made of (`Alpha
    // Ltd`, `Alpha Trading Investments`; `Golden Star Electronics`, `Golden
    // Star Co`): alike in those alone, and otherwise apart, they name two
    // companies as often as one. They match when every word of each is as
    // near one of the other's as a short word and a letter more, in any
    // order (`Golden Star`, `Star Golden`, `Golden Stars`).
    let every_word = |n: usize, best: &dyn Fn(usize) -> f64| (0..n).all(|i| best(i) >= SHORT_WORD_SCORE - 1e-9);
    if score > UNMATCHED_WORDS_SCORE
        && generic_only(a)
        && generic_only(b)
        && !(every_word(a.tokens.len(), &best_a) && every_word(n, &best_b))
    {
        score = UNMATCHED_WORDS_SCORE;
        features.push("alike in words many companies' names are made of, and otherwise apart".into());
    }
    // A name of one short word alike to the other's words only as letters
    // (not as a spelling of one, `Majak`, `Маяк`; `Bison`, `Бизон`) is
    // another abbreviation or word (`RKS`, `РКЦ`; `BAS`, `Ак Барс`; `Bion
    // Group`, `Бизон`).
    let one_short = |x: &NormalName, best: &dyn Fn(usize) -> f64| {
        x.tokens.len() == 1 && x.tokens[0].len() <= SHORT_WORD && best(0) <= SHORT_WORD_SCORE + 1e-9
    };
    let short_alike = (a.tokens.len() == 1
        && b.tokens.len() == 1
        && a.tokens[0].len().max(b.tokens[0].len()) <= SHORT_WORD
        && a.skeletons[0] != b.skeletons[0])
        || one_short(a, &best_a)
        || one_short(b, &best_b);
    if short_alike && score > WEAK_WORDS_SCORE && score <= SHORT_WORD_SCORE + 1e-9 {
        score = WEAK_WORDS_SCORE;
        features.push("a name of one short word alike to the other's only as letters".into());
    }
    score
}

/// Names whose letters are the same, the words split otherwise: raised.
fn split_differently(a: &NormalName, b: &NormalName, mut score: f64, features: &mut Vec<String>) -> f64 {
    // Words split or joined differently (`shen zhen` / `shenzhen`): compare without spaces.
    if a.tokens.len() != b.tokens.len() && score < 0.98 && a.tokens.concat() == b.tokens.concat() {
        score = score.max(0.98);
        features.push("same letters, words split differently".into());
    }
    // The distinctive words alone, split differently (`Mei Xin Electronic` /
    // `meixin electronic`, from 美欣電子), with the same common words.
    let letters = |n: &NormalName| distinctive(&n.tokens).into_iter().map(|t| t.as_str()).collect::<String>();
    fn common_words(n: &NormalName) -> Vec<&str> {
        let mut c: Vec<&str> = n.tokens.iter().map(|t| t.as_str()).filter(|t| is_common(t)).collect();
        c.sort_unstable();
        c.dedup();
        c
    }
    let (da, db) = (distinctive(&a.tokens), distinctive(&b.tokens));
    if score < 0.95 && da.len() != db.len() && {
        let la = letters(a);
        la.len() >= 5 && la == letters(b) && common_words(a) == common_words(b)
    } {
        score = 0.95;
        features.push("same distinctive letters, words split differently".into());
    }
    score
}

/// Whether a one-word name writes its word as initials: in capitals
/// (`BETA`, `ИТЭФ`, `MiG`), or, in a name written all in capitals or
/// without case, a word the dictionary does not know; not a word written
/// as words are (`Beta Ltd`, `Mars`).
fn written_as_initials(x: &NormalName) -> bool {
    let t = &x.tokens[0];
    let words: Vec<&str> = x.original.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let Some(w) = words.iter().find(|w| normalize::to_latin(w).to_lowercase() == *t) else {
        // Written otherwise (`B.E.T.A.`): as initials are.
        return true;
    };
    let lower = |w: &str| w.chars().any(|c| c.is_lowercase());
    if lower(w) {
        w.chars().filter(|c| c.is_uppercase()).count() >= 2
    } else if words.iter().any(|w| lower(w)) {
        true
    } else {
        !normalize::is_dictionary_word(t)
    }
}

/// The legal forms set aside (said), an abbreviation against the full
/// name's initials (raised), and two kinds of company (capped).
fn forms_and_initials(a: &NormalName, b: &NormalName, mut score: f64, features: &mut Vec<String>) -> f64 {
    if !a.legal_forms.is_empty() || !b.legal_forms.is_empty() {
        let forms =
            |n: &NormalName| if n.legal_forms.is_empty() { "none".to_string() } else { n.legal_forms.join(",") };
        features.push(format!("legal forms set aside: {} | {}", forms(a), forms(b)));
    }
    // An abbreviation against the full name: one word that is the other's
    // initials; of three letters, below the default threshold (on the EU
    // lists, fewer than half of those matches were right: MMZ, KMP, SEZ
    // each stand for several bodies).
    // Not a person's initials (`AMD`, `Алена Михайловна Демидова`), nor
    // a word written as one (`Beta Ltd`, `Bashkir Electronic
    // Telecommunication Association`).
    let acronym = |x: &NormalName, y: &NormalName| {
        let initials = x.tokens.len() == 1 && x.tokens[0].len() >= 3 && y.acronyms.contains(&x.tokens[0]);
        (initials && written_as_initials(x) && !normalize::is_person_like(y)).then(|| x.tokens[0].len())
    };
    if let Some(letters) = acronym(a, b).or_else(|| acronym(b, a)) {
        let acronym_score = if letters >= 4 { ACRONYM_SCORE } else { SHORT_ACRONYM_SCORE };
        if score < acronym_score {
            score = acronym_score;
            features.push("an abbreviation of the other name's initials".into());
        }
    }
    // A limited liability company and a joint stock company of one name
    // are often two companies of a group (`АО «Папилон»`, `ООО «Системы
    // Папилон»`); below the default threshold. On the development half
    // of the EU lists, five such pairs were one company, 28 two.
    let kinds = || Some((company_kind(&a.legal_forms)?, company_kind(&b.legal_forms)?));
    if let Some((ka, kb)) = kinds()
        && ka != kb
        && score > KINDS_DIFFER_SCORE
    {
        score = KINDS_DIFFER_SCORE;
        features.push(format!("legal forms of different kinds: {ka} | {kb}"));
    }
    score
}

/// The longest word looked up by its forms with one letter left out (see
/// [`NameIndex::deletion_tokens`]), and scored as short (see
/// [`SHORT_WORD_SCORE`]).
pub(super) const SHORT_WORD: usize = 5;

/// The tokens of a name that select candidates: the distinctive ones, or all
/// when every token is a common word.
pub(super) fn distinctive(tokens: &[String]) -> Vec<&String> {
    let d: Vec<&String> = tokens.iter().filter(|t| !is_common(t)).collect();
    if d.is_empty() { tokens.iter().collect() } else { d }
}

/// Whether a name's words that tell it apart (not common, not a letter or
/// two) are all words many companies' names are made of
/// ([`GENERIC_NAME_WORDS`]) as written, not as translated (`Severnaya
/// Verf`, northern shipyard, names one body), and it has one.
pub(super) fn generic_only(n: &NormalName) -> bool {
    let w = weights(&n.tokens);
    let mut telling = (0..n.tokens.len()).filter(|&i| w[i] > 0.25 && !is_common(&n.tokens[i])).peekable();
    telling.peek().is_some()
        && telling.all(|i| n.spellings[i].is_none() && GENERIC_NAME_WORDS.contains(&n.tokens[i].as_str()))
}
