//! Name normalisation: Unicode NFKC and case folding, transliteration to
//! Latin (any_ascii: Cyrillic, Greek, Chinese and the rest), punctuation to
//! spaces, and legal forms recognised and set aside across languages, so
//! that "ООО «Ромашка»" and "Romashka LLC" both become `romashka`.

use super::variants::{is_country, is_country_code};
use super::words::{ABBREVIATIONS, CHINESE_WORDS, COMMON_WORDS, LEGAL_FORMS, STEMS, STOP_WORDS, TRANSLATIONS};
use unicode_normalization::UnicodeNormalization;

/// A name prepared for comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct NormalName {
    /// The name as given.
    pub original: String,
    /// Tokens without legal forms (all tokens when the name is only a legal form).
    pub tokens: Vec<String>,
    /// The legal forms found (`llc`, `ooo`, `youxiangongsi`, ...).
    pub legal_forms: Vec<String>,
    /// Initials of a name of three words or more, as transliterated
    /// (`Центральное Конструкторское Бюро Автоматики`: `tskba`) and as
    /// translated (`cdba`), to match abbreviations.
    pub acronyms: Vec<String>,
    /// How many of the last tokens name the person the organisation is
    /// named after (`ТАНТК им. Г.М. Бериева`: `g m berieva`, 3), which a
    /// one-word short form leaves out.
    pub honoree: usize,
    /// How many tokens right before the body the organisation belongs to
    /// name the person it is named after (`... им. К.А. Валиева Российской
    /// академии наук`: `k a valieva`, 3), which `honoree` does not count,
    /// as they are not the last.
    pub honoree_before_affiliation: usize,
    /// How many of the last tokens name the body the organisation belongs
    /// to (`... Сибирского отделения Российской академии наук`: `siberian
    /// branch russian academy sciences`, 5), which another form of the
    /// name may leave out.
    pub affiliation: usize,
    /// The spelling skeleton of each token (see [`skeleton`]), worked out
    /// once: names are compared word by word many times.
    pub skeletons: Vec<String>,
    /// For each token that is a translation, the word as transliterated
    /// and its skeleton (`Доверия`: `trust`, from `doveriya`), which a name
    /// transliterated with a word the lists do not know (`Deveriya`) may
    /// match.
    pub spellings: Vec<Option<(String, String)>>,
    /// The words written as abbreviations (three to six letters, two
    /// capitals or more: `STC`, `NTTs`, `ЦКБ`; see `abbreviations`),
    /// transliterated, that may stand for words of another name (see
    /// `abbreviated_runs`).
    pub abbreviations: Vec<String>,
    /// The initials a rendering of the name in the other language may take
    /// (see `rendered_initials`): a Russian name's as English gives them
    /// (`Объединённая авиастроительная корпорация`: `uac`; `Барнаульский
    /// патронный завод`: `bcp` among others), a name in Latin letters' as
    /// written and as Russian gives them (`United Aircraft Corporation`:
    /// `uac`, `oak`, ОАК).
    pub rendered_initials: Vec<String>,
}

impl NormalName {
    /// Whether the name is one word and the person it is named after
    /// (`ТАНТК им. Г.М. Бериева`), so that it may match the word alone.
    pub fn is_one_word_named_after(&self) -> bool {
        self.honoree > 0 && self.tokens.len() == self.honoree + 1
    }

    /// The name without its last `k` words (the person it is named after,
    /// or the body it belongs to), their skeletons too.
    pub fn without_last(&self, k: usize) -> NormalName {
        let n = self.tokens.len().saturating_sub(k);
        NormalName {
            tokens: self.tokens[..n].to_vec(),
            skeletons: self.skeletons[..n].to_vec(),
            spellings: self.spellings[..n].to_vec(),
            ..self.clone()
        }
    }

    /// The name without the body it belongs to: the person it is named
    /// after, if named before that body, is then at the end.
    pub fn without_affiliation(&self) -> NormalName {
        NormalName {
            affiliation: 0,
            honoree: self.honoree + self.honoree_before_affiliation,
            honoree_before_affiliation: 0,
            ..self.without_last(self.affiliation)
        }
    }

    /// Whether the name says whom the organisation is named after.
    pub fn is_named_after(&self) -> bool {
        self.honoree > 0 || self.honoree_before_affiliation > 0
    }

    /// The name without the tokens at `drop` (in order), the person it is
    /// named after and the body it belongs to counted among those left.
    pub fn without_tokens(&self, drop: &[usize]) -> NormalName {
        let keep = |i: &usize| !drop.contains(i);
        let n = self.tokens.len();
        let tail = |k: usize| (n.saturating_sub(k)..n).filter(keep).count();
        NormalName {
            tokens: (0..n).filter(keep).map(|i| self.tokens[i].clone()).collect(),
            skeletons: (0..n).filter(keep).map(|i| self.skeletons[i].clone()).collect(),
            spellings: (0..n).filter(keep).map(|i| self.spellings[i].clone()).collect(),
            honoree: tail(self.honoree),
            honoree_before_affiliation: (n.saturating_sub(self.affiliation + self.honoree_before_affiliation)
                ..n.saturating_sub(self.affiliation))
                .filter(keep)
                .count(),
            affiliation: tail(self.affiliation),
            ..self.clone()
        }
    }
}

/// Words left out of initials.
const ACRONYM_STOP: [&str; 10] = ["of", "the", "and", "for", "named", "after", "im", "imeni", "na", "i"];

/// The Latin letters a transliterated word begins with that stand for one
/// Cyrillic letter (`ts` for Ц, `sh` for Ш, ...), if any and the word
/// goes on.
fn cyrillic_digraph(w: &str) -> Option<&'static str> {
    ["shch", "ts", "sh", "ch", "zh", "kh", "ya", "yu", "ye", "yo"]
        .into_iter()
        .find(|d| w.starts_with(d) && w.len() > d.len())
}

/// The initials of a name's words; with `digraphs`, the Latin letter pairs
/// that stand for one Cyrillic letter (ts for Ц, sh for Ш, ...) count as one.
fn initials(words: &[String], digraphs: bool) -> Option<String> {
    let words: Vec<&String> = words.iter().filter(|w| !ACRONYM_STOP.contains(&w.as_str())).collect();
    if words.len() < 3 {
        return None;
    }
    let first = |w: &str| -> String {
        if let Some(d) = cyrillic_digraph(w).filter(|_| digraphs) {
            return d.to_string();
        }
        if w.bytes().all(|b| b.is_ascii_digit()) { w.to_string() } else { w.chars().take(1).collect() }
    };
    Some(words.iter().map(|w| first(w)).collect())
}

/// Whether a word is one of the `COMMON_WORDS` (looked up in a set: the
/// list is searched for every word of every name compared).
pub fn is_common(word: &str) -> bool {
    static SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| COMMON_WORDS.iter().copied().collect());
    SET.contains(word)
}

/// A name with the words of [`CHINESE_WORDS`] written in English between
/// spaces, the longest that fits first at each character.
fn chinese_words_in_english(name: &str) -> String {
    type Words = rustc_hash::FxHashMap<char, Vec<(&'static str, &'static str, bool)>>;
    static BY_FIRST: std::sync::OnceLock<Words> = std::sync::OnceLock::new();
    let by_first = BY_FIRST.get_or_init(|| {
        let mut map: Words = Default::default();
        for &(zh, en, place) in CHINESE_WORDS {
            map.entry(zh.chars().next().expect("a word")).or_default().push((zh, en, place));
        }
        for words in map.values_mut() {
            words.sort_by_key(|(zh, _, _)| std::cmp::Reverse(zh.len()));
        }
        map
    });
    let mut out = String::with_capacity(name.len() * 2);
    let mut rest = name;
    while let Some(c) = rest.chars().next() {
        let found = by_first.get(&c).and_then(|words| words.iter().find(|(zh, _, _)| rest.starts_with(zh)));
        match found {
            Some((zh, en, place)) => {
                // Each word marked as the table's (see `pinyin_words`).
                for w in en.split(' ') {
                    out.push(' ');
                    out.push_str(TABLE_WORD);
                    out.push_str(w);
                }
                out.push(' ');
                rest = &rest[zh.len()..];
                if *place {
                    rest = rest.strip_prefix(['市', '省']).unwrap_or(rest);
                }
            }
            None => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

/// Whether a word is one of the English words of [`CHINESE_WORDS`]: in a
/// name in Chinese characters, those are translated as English words are
/// (`technology`, `technologies`), and the runs of syllables between them
/// (see [`pinyin_words`]) are not (`keji` is a name there). A run that is
/// one of those words (`宏` alone, `hong`) has no translation either.
fn is_chinese_word_in_english(t: &str) -> bool {
    static WORDS: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| CHINESE_WORDS.iter().flat_map(|(_, en, _)| en.split(' ')).collect()).contains(t)
}

/// Whether a name is written mostly in Chinese characters.
fn mostly_chinese(name: &str) -> bool {
    let (mut cjk, mut other) = (0, 0);
    for c in name.chars().filter(|c| c.is_alphabetic()) {
        if is_cjk(c) { cjk += 1 } else { other += 1 }
    }
    cjk > other
}

/// What marks a word of [`CHINESE_WORDS`] among a Chinese name's
/// syllables, as [`chinese_words_in_english`] writes it: the syllables of
/// other characters may be its words (`宏`, `hong`, is no part of `香港`,
/// Hong Kong). No pinyin syllable begins so.
const TABLE_WORD: &str = "qqq";

/// The words of a Chinese name from its syllables: the words of
/// [`CHINESE_WORDS`], read in English from the characters, as they are, and
/// the syllables between them joined into one word, as English renderings
/// write them (`bi guang`: `biguang`).
fn pinyin_words(syllables: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let mut run = String::new();
    for s in syllables {
        if let Some(word) = s.strip_prefix(TABLE_WORD).filter(|w| !w.is_empty()) {
            if !run.is_empty() {
                out.push(std::mem::take(&mut run));
            }
            out.push(word.to_string());
        } else {
            run.push_str(s);
        }
    }
    if !run.is_empty() {
        out.push(run);
    }
    out
}

/// Whether a character is CJK (each gets its own syllable token when transliterated).
fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2A6DF)
}

/// The Cyrillic letter a Latin one looks like, for the Latin letters typed
/// into Cyrillic words (`Cepвиc`, `Texнoлoгия`).
fn cyrillic_lookalike(c: char) -> Option<char> {
    cyrillic_lookalikes().find(|(l, _)| *l == c).map(|(_, k)| k)
}

/// The Latin letters and the Cyrillic ones they look like.
fn cyrillic_lookalikes() -> impl Iterator<Item = (char, char)> {
    const PAIRS: [(char, char); 20] = [
        ('A', 'А'),
        ('B', 'В'),
        ('C', 'С'),
        ('E', 'Е'),
        ('H', 'Н'),
        ('K', 'К'),
        ('M', 'М'),
        ('O', 'О'),
        ('P', 'Р'),
        ('T', 'Т'),
        ('X', 'Х'),
        ('Y', 'У'),
        ('a', 'а'),
        ('c', 'с'),
        ('e', 'е'),
        ('o', 'о'),
        ('p', 'р'),
        ('x', 'х'),
        ('y', 'у'),
        ('k', 'к'),
    ];
    PAIRS.into_iter()
}

/// A word written in Cyrillic letters and Latin ones that look alike, in
/// Cyrillic; every other word as it is.
fn fold_lookalikes(s: &str) -> std::borrow::Cow<'_, str> {
    let mixed = |w: &str| {
        w.chars().any(is_cyrillic)
            && w.chars().any(|c| c.is_ascii_alphabetic())
            && w.chars().filter(|c| c.is_ascii_alphabetic()).all(|c| cyrillic_lookalike(c).is_some())
    };
    // A lone Latin `C` in a name mostly in Cyrillic (`Общество C
    // Ограниченной Ответственностью`) is the Cyrillic preposition `с`; other
    // lone letters may be meant (`Корпус B`). Counted once, if needed.
    let counted = std::cell::OnceCell::new();
    let lone = |w: &str| (w == "C" || w == "c") && *counted.get_or_init(|| mostly_cyrillic(s));
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    // A Latin word with Cyrillic letters typed into it, more of its
    // letters Latin and every Cyrillic one like a Latin letter (`Tеxco`,
    // its `е` Cyrillic), is the Latin word: read in Cyrillic, `Техсо`
    // would be `tekhso`, and one letter would hide a listed name.
    let latin_lookalike = |c: char| cyrillic_lookalikes().find(|&(_, k)| k == c).map(|(l, _)| l);
    let mostly_latin = |w: &str| {
        let cyrillic = w.chars().filter(|&c| is_cyrillic(c)).count();
        cyrillic > 0
            && w.chars().filter(char::is_ascii_alphabetic).count() > cyrillic
            && w.chars().filter(|&c| is_cyrillic(c)).all(|c| latin_lookalike(c).is_some())
    };
    let folded = rewrite_words(s, |w| {
        if mostly_latin(w) {
            Some(w.chars().map(|c| latin_lookalike(c).unwrap_or(c)).collect())
        } else if mixed(w) || lone(w) {
            Some(w.chars().map(|c| cyrillic_lookalike(c).unwrap_or(c)).collect())
        } else {
            None
        }
    });
    match folded {
        Some(folded) => std::borrow::Cow::Owned(folded),
        None => std::borrow::Cow::Borrowed(s),
    }
}

/// Whether a letter is Cyrillic.
fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

/// Whether a text has more Cyrillic letters than Latin ones.
pub(crate) fn mostly_cyrillic(s: &str) -> bool {
    s.chars().filter(|&c| is_cyrillic(c)).count() > s.chars().filter(char::is_ascii_alphabetic).count()
}

/// The text with the Latin letters of each word that `rewrite` takes
/// written as the Cyrillic letters they look like; none if it takes none.
fn lookalikes_in_cyrillic(s: &str, rewrite: impl Fn(&str) -> bool) -> Option<String> {
    rewrite_words(s, |w| rewrite(w).then(|| w.chars().map(|c| cyrillic_lookalike(c).unwrap_or(c)).collect()))
}

/// The text with each word (a run of letters) that `rewrite` rewrites so
/// rewritten; none if it rewrites none.
fn rewrite_words(s: &str, rewrite: impl Fn(&str) -> Option<String>) -> Option<String> {
    let mut out = String::with_capacity(s.len() + 8);
    let mut word = String::new();
    let mut changed = false;
    let mut flush = |word: &mut String, out: &mut String| {
        match (!word.is_empty()).then(|| rewrite(word)).flatten() {
            Some(new) => {
                out.push_str(&new);
                changed = true;
            }
            None => out.push_str(word),
        }
        word.clear();
    };
    for c in s.chars() {
        if c.is_alphabetic() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    changed.then_some(out)
}

/// A name mostly in Cyrillic with its words of two letters or more in
/// Latin capitals that all look like Cyrillic ones (`ACT`, not `ABS`
/// whose `S` does not) written in Cyrillic, where that reads otherwise
/// (`АО ACT`: `АО АСТ`, ast); none if it has none such.
pub(super) fn capitals_as_cyrillic(name: &str) -> Option<String> {
    let lookalikes = |w: &str| {
        w.len() >= 2
            && w.chars().all(|c| c.is_ascii_uppercase() && cyrillic_lookalike(c).is_some())
            && w.chars().any(|c| matches!(c, 'B' | 'C' | 'H' | 'P' | 'X' | 'Y'))
    };
    mostly_cyrillic(name).then(|| lookalikes_in_cyrillic(name, lookalikes)).flatten()
}

/// The name with each Cyrillic word written as capitalised words run
/// together (`УралВагонЗавод`) split into them (`Урал Вагон Завод`), as
/// the Latin names give them (`Ural Wagon Factory`); none if it has no
/// such word. Each part has three letters or more and a small letter, so
/// that a word before initials stays whole (`ГосМКБ`, `ИжБС`).
pub(super) fn capitalised_words_split(name: &str) -> Option<String> {
    let split = |w: &str| {
        let word: Vec<char> = w.chars().collect();
        let starts: Vec<usize> =
            (0..word.len()).filter(|&i| i == 0 || (word[i].is_uppercase() && word[i - 1].is_lowercase())).collect();
        let part_ok = |k: usize| {
            let part = &word[starts[k]..starts.get(k + 1).copied().unwrap_or(word.len())];
            part.len() >= 3 && part[0].is_uppercase() && part[1..].iter().all(|c| c.is_lowercase())
        };
        let split = starts.len() >= 2 && word.iter().all(|&c| is_cyrillic(c)) && (0..starts.len()).all(part_ok);
        split.then(|| {
            let ends = starts.iter().skip(1).copied().chain([word.len()]);
            starts.iter().zip(ends).map(|(&x, y)| word[x..y].iter().collect::<String>()).collect::<Vec<_>>().join(" ")
        })
    };
    rewrite_words(name, split)
}

/// The Russian names of English letters (`ай`, I; `кью`, Q), but those
/// that are Russian words too (`и`, `о`) and `дабл-ю` (W, two words).
const ENGLISH_LETTER_NAMES: [(&str, char); 24] = [
    ("эй", 'A'),
    ("би", 'B'),
    ("си", 'C'),
    ("ди", 'D'),
    ("эф", 'F'),
    ("джи", 'G'),
    ("эйч", 'H'),
    ("ай", 'I'),
    ("джей", 'J'),
    ("кей", 'K'),
    ("эл", 'L'),
    ("эль", 'L'),
    ("эм", 'M'),
    ("эн", 'N'),
    ("оу", 'O'),
    ("пи", 'P'),
    ("кью", 'Q'),
    ("ар", 'R'),
    ("эс", 'S'),
    ("ти", 'T'),
    ("ви", 'V'),
    ("экс", 'X'),
    ("уай", 'Y'),
    ("зед", 'Z'),
];

/// The name with each run of two words or more (apart by spaces or
/// hyphens) that are the Russian names of English letters written as those
/// letters (`Ай Кью Компонентс`: `IQ Компонентс`; `Ай-Ти Сервис`: `IT
/// Сервис`), as Russian writes an English brand's initials; none if it has
/// no such run. One such word alone is left: it may be a word.
pub(super) fn english_letters_spelled(name: &str) -> Option<String> {
    if !mostly_cyrillic(name) {
        return None;
    }
    let letter = |w: &str| {
        let w = w.to_lowercase();
        ENGLISH_LETTER_NAMES.iter().find(|(n, _)| *n == w).map(|&(_, c)| c)
    };
    // Words with what follows each (a space, a hyphen, a quote ...).
    let mut words: Vec<(&str, &str)> = Vec::new();
    let mut rest = name;
    while !rest.is_empty() {
        let end = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
        let gap = rest[end..].find(char::is_alphanumeric).map_or(rest.len(), |g| end + g);
        words.push((&rest[..end], &rest[end..gap]));
        rest = &rest[gap..];
    }
    let joins = |gap: &str| gap == " " || gap == "-";
    let mut out = String::with_capacity(name.len());
    let mut changed = false;
    let mut i = 0;
    while i < words.len() {
        let mut j = i;
        while j < words.len() && letter(words[j].0).is_some() && (j == i || joins(words[j - 1].1)) {
            j += 1;
        }
        if j - i >= 2 {
            out.extend(words[i..j].iter().filter_map(|(w, _)| letter(w)));
            out.push_str(words[j - 1].1);
            changed = true;
            i = j;
        } else {
            out.push_str(words[i].0);
            out.push_str(words[i].1);
            i += 1;
        }
    }
    changed.then_some(out)
}

/// Transliterate to lowercase ASCII words separated by single spaces.
pub fn to_latin(s: &str) -> String {
    let s = fold_lookalikes(s);
    let mut out = String::with_capacity(s.len());
    for c in s.nfkc() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if is_cjk(c) {
            out.push(' ');
            out.push_str(&any_ascii::any_ascii_char(c).to_ascii_lowercase());
            out.push(' ');
        } else {
            out.push_str(&any_ascii::any_ascii_char(c).to_ascii_lowercase());
        }
    }
    // Soft and hard signs come out as apostrophes (Ob'edinenie): drop them, do not split.
    out.retain(|c| c != '\'' && c != '`');
    if out.contains('&') {
        out = join_ampersand_initials(&out);
    }
    let mut words = String::with_capacity(out.len());
    for w in out.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
        if !words.is_empty() {
            words.push(' ');
        }
        words.push_str(w);
    }
    words
}

/// Initials joined by `&` written as one word (`C&K`, `AT&T`, `KT&C`): the
/// `&` dropped where the letters on each side are three or fewer, so that
/// they make one word instead of lone letters (`Johnson & Johnson` and
/// `Procter&Gamble` keep their words).
fn join_ampersand_initials(s: &str) -> String {
    let bytes = s.as_bytes();
    let run = |range: &mut dyn Iterator<Item = usize>| range.take_while(|&j| bytes[j].is_ascii_alphanumeric()).count();
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if c == '&' {
            let before = run(&mut (0..i).rev());
            let after = run(&mut (i + 1..bytes.len()));
            if (1..=3).contains(&before) && (1..=3).contains(&after) {
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// The legal forms as token sequences, each also spelled with one pinyin
/// syllable per token where that differs; longest first. Built once.
pub(super) fn legal_form_tokens() -> &'static [(String, Vec<&'static str>)] {
    static FORMS: std::sync::OnceLock<Vec<(String, Vec<&'static str>)>> = std::sync::OnceLock::new();
    FORMS.get_or_init(|| {
        let mut out = Vec::new();
        for f in LEGAL_FORMS {
            let words: Vec<&'static str> = f.split(' ').collect();
            let syllables: Vec<&'static str> = words.iter().flat_map(|w| pinyin_syllables(w)).collect();
            if syllables.len() > words.len() {
                out.push((f.to_string(), syllables));
            }
            out.push((f.to_string(), words));
        }
        out.sort_by_key(|f| std::cmp::Reverse(f.1.len()));
        out
    })
}

/// The legal forms (indices into [`legal_form_tokens`], longest first) by
/// the first four letters of their first word (the whole word if shorter).
fn legal_forms_by_start() -> &'static rustc_hash::FxHashMap<&'static str, Vec<usize>> {
    static BY_START: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, Vec<usize>>> = std::sync::OnceLock::new();
    BY_START.get_or_init(|| {
        let mut map: rustc_hash::FxHashMap<&'static str, Vec<usize>> = Default::default();
        for (i, (_, words)) in legal_form_tokens().iter().enumerate() {
            let first = words[0];
            map.entry(first.get(..4).unwrap_or(first)).or_default().push(i);
        }
        map
    })
}

/// Whether `word` is the word `legal` of a legal form of several words,
/// spelled otherwise (`ogranichennoi`, `otvetstvennostju`, misspelled
/// `otvetsvennostyu`): the same first four letters and the same spelling
/// [`skeleton`], or a Jaro-Winkler similarity of 0.93 or more for words of
/// ten letters or more; for words of six letters or more.
fn same_legal_word(word: &str, legal: &str) -> bool {
    static SKELETONS: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, String>> = std::sync::OnceLock::new();
    let skeletons = SKELETONS.get_or_init(|| {
        let words = LEGAL_FORMS.iter().filter(|f| f.contains(' ')).flat_map(|f| f.split(' '));
        words.filter(|w| w.len() >= 6).map(|w| (w, skeleton(w))).collect()
    });
    word.len() >= 6
        && word.get(..4) == legal.get(..4)
        && skeletons.get(legal).is_some_and(|s| {
            *s == skeleton(word)
                || (word.len() >= 10 && strsim::jaro_winkler(word, legal) >= 0.93)
                || (word.len() >= 8 && strsim::damerau_levenshtein(word, legal) <= 1)
        })
}

/// Set aside the legal forms among the tokens (all tokens are kept when the
/// name is nothing but a legal form). Only forms of at least `min_words` words count (a Chinese name's
/// syllables are not words: `ao` is a legal form in Russian but also the
/// syllable of 奥 or 澳).
pub(super) fn split_legal_forms(tokens: Vec<String>, min_words: usize) -> (Vec<String>, Vec<String>) {
    let all = legal_form_tokens();
    let by_start = legal_forms_by_start();
    // The forms that may begin with a word, longest first (those of one
    // word spelled as they are; others also spelled otherwise, with the
    // same first four letters: see `same_legal_word`).
    let forms_from = |word: &str| {
        let key = word.get(..4).unwrap_or(word);
        by_start.get(key).into_iter().flatten().map(|&i| &all[i]).filter(|f| f.1.len() >= min_words)
    };
    let mut kept = Vec::new();
    let mut legal = Vec::new();
    let mut i = 0;
    let form_at = |i: usize, f: &[&str]| {
        let same = |(a, b): (&String, &&str)| a == b || (f.len() >= 2 && same_legal_word(a, b));
        i + f.len() <= tokens.len() && tokens[i..i + f.len()].iter().zip(f).all(same)
    };
    // A form of letters alone (`a s`, `s a`, `n v`) is a person's initials
    // before a word that is no legal form (`ГЗАС им. А.С. Попова`, `A. S.
    // Yakovlev Design Bureau`).
    let read_as_words_here = |i: usize, f: &[&str]| {
        let end = i + f.len();
        let before_name = end < tokens.len() && !forms_from(&tokens[end]).any(|g| form_at(end, &g.1));
        // `SPA` before a name is a scientific production association (`JSC
        // SPA Orion`); the Italian S.p.A. ends a name.
        // After a lone letter, it is initials too (`K.A.S.`, not `K` and `A.S.`).
        let after_letter = i.checked_sub(1).is_some_and(|j| tokens[j].len() == 1);
        (f.iter().all(|w| w.len() == 1) || f == ["spa"]) && (before_name || after_letter)
    };
    'outer: while i < tokens.len() {
        for (name, f) in forms_from(&tokens[i]) {
            if form_at(i, f) && !read_as_words_here(i, f) {
                legal.push(name.clone());
                i += f.len();
                continue 'outer;
            }
        }
        kept.push(tokens[i].clone());
        i += 1;
    }
    if kept.is_empty() {
        return (tokens, legal);
    }
    (kept, legal)
}

/// The syllables of the pinyin legal-form words (youxian -> you xian).
fn pinyin_syllables(w: &'static str) -> Vec<&'static str> {
    match w {
        "youxian" => vec!["you", "xian"],
        "gongsi" => vec!["gong", "si"],
        "gufen" => vec!["gu", "fen"],
        "zeren" => vec!["ze", "ren"],
        other => vec![other],
    }
}

/// Whether what follows a stem is an ending of a Russian word as
/// transliterated (or an English plural): a case ending, after one of the
/// suffixes that make adjectives and nouns of a stem (`-n-`, `-sk-`,
/// `-chesk-`, `-ost-`, ...), so that a stem does not take a longer word
/// (`kazenn-oe` is a form of `kazenn`; `Kazenn-or`, `Oboron-prom`,
/// `Novost-roy` are not). After a stem ending as surnames do (`-ov`, `-ev`,
/// `-in`), the endings of a surname are not taken (`Strakhov-a`, `Turbin-a`).
pub(crate) fn ending(stem: &str, rest: &str) -> bool {
    let surnames = ends_like_surname(stem) && ["a", "u", "e", "ym"].contains(&rest);
    !rest.is_empty() && !surnames && case_ending(rest)
}

/// Whether `rest` is a suffix and a case ending, or a case ending alone, a
/// surname's too (`Kirov-a`): see [`ending`], which leaves those out.
pub(crate) fn case_ending(rest: &str) -> bool {
    SUFFIXES.iter().any(|s| rest.strip_prefix(s).is_some_and(|e| ENDINGS.contains(&e)))
}

/// Whether a stem ends as Russian surnames do (`-ov`, `-ev`, `-in`), so that
/// a surname's endings after it make a surname (`Strakhova`), not a word.
fn ends_like_surname(stem: &str) -> bool {
    stem.ends_with("ov") || stem.ends_with("ev") || stem.ends_with("in")
}

/// The suffixes that make Russian adjectives and nouns of a stem, as
/// transliterated, which an ending may follow (see [`ending`]).
const SUFFIXES: [&str; 12] = ["", "n", "nn", "sk", "chesk", "ov", "on", "onn", "och", "ochn", "ost", "ats"];

/// The case endings of Russian words, as transliterated, the Belarusian
/// adjective's (`-ae`, `-ay`), and the English plural.
const ENDINGS: [&str; 50] = [
    "a", "e", "i", "o", "u", "y", "s", "ae", "ay", "ya", "yu", "ye", "iy", "yy", "ii", "yi", "ij", "ie", "iye", "yye",
    "aya", "aia", "oe", "oye", "ogo", "ego", "omu", "emu", "oy", "oi", "ey", "ei", "ykh", "ikh", "ym", "im", "om",
    "em", "am", "ami", "yami", "akh", "yakh", "ov", "ev", "iya", "iyu", "iyam", "iyakh", "yam",
];

/// A word without its Russian case ending (and the suffix before it, if
/// any: see `ending`), the longest that leaves three letters or more
/// (`omskoe`: `omsk`); none if it has no such ending.
pub fn word_stem(word: &str) -> Option<&str> {
    let mut best: Option<&str> = None;
    for e in ENDINGS.iter().filter(|e| word.ends_with(*e)) {
        for s in SUFFIXES {
            let n = s.len() + e.len();
            if word.len() >= n + 3 && word[..word.len() - e.len()].ends_with(s) {
                let stem = &word[..word.len() - n];
                if best.is_none_or(|b| stem.len() < b.len()) {
                    best = Some(stem);
                }
            }
        }
    }
    best
}

/// A Russian adjective's ending, as transliterated in its several ways
/// (`-yy`, `-yi`, `-iy`, `-ii`, `-ij`, `-y`, `-i` after a consonant, and
/// `-oy`), and its other genders, plural and cases (`-aya`, `-oye`, `-ykh`,
/// `-ogo`, ...), made one (`-yy`); none for a word of fewer than six
/// letters or without such an ending.
fn adjective_key(w: &str) -> Option<String> {
    if w.len() < 6 {
        return None;
    }
    // The other genders, plural and cases (`prikladnaya`, `prikladnoye`,
    // `prikladnykh`), as the masculine.
    const OTHER: [&str; 14] =
        ["yaya", "aya", "oye", "oe", "oy", "oi", "yye", "iye", "ykh", "ikh", "ogo", "ego", "yh", "ih"];
    if let Some(stem) = OTHER.iter().find_map(|e| w.strip_suffix(e)) {
        let consonant = stem.ends_with(|c: char| c.is_ascii_alphabetic() && !"aeiouy".contains(c));
        return (consonant && stem.len() >= 4).then(|| format!("{stem}yy"));
    }
    let stem = w.trim_end_matches(['y', 'i', 'j']);
    let cut = w.len() - stem.len();
    let consonant = stem.ends_with(|c: char| c.is_ascii_alphabetic() && !"aeiou".contains(c));
    ((1..=2).contains(&cut) && consonant && stem.len() >= 4).then(|| format!("{stem}yy"))
}

/// The translations of adjectives, by [`adjective_key`]; the first one
/// listed wins. Built once.
fn translations_by_adjective_key() -> &'static rustc_hash::FxHashMap<String, &'static str> {
    static MAP: std::sync::OnceLock<rustc_hash::FxHashMap<String, &'static str>> = std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = rustc_hash::FxHashMap::default();
        for (r, e) in TRANSLATIONS {
            if let Some(key) = adjective_key(r) {
                map.entry(key).or_insert(*e);
            }
        }
        map
    })
}

/// A word with the short i (й) written `ii` before a consonant
/// (`Baltiiskaya`) respelled `iy`, as the word lists have it; none if it
/// has no such `ii`.
fn short_i_as_y(t: &str) -> Option<String> {
    let b = t.as_bytes();
    let at = (0..b.len().saturating_sub(2)).find(|&i| &b[i..i + 2] == b"ii" && !b"aeiouy".contains(&b[i + 2]))?;
    Some(format!("{}iy{}", &t[..at], &t[at + 2..]))
}

/// The translations, by word (each word is listed once: see the test
/// `word_tables_list_each_word_once`). Built once.
fn translations_by_word() -> &'static rustc_hash::FxHashMap<&'static str, &'static str> {
    static MAP: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, &'static str>> = std::sync::OnceLock::new();
    MAP.get_or_init(|| TRANSLATIONS.iter().copied().collect())
}

/// The translations of words of six letters or more, by their spelling
/// [`skeleton`]; the first one listed wins. Built once.
fn translations_by_skeleton() -> &'static rustc_hash::FxHashMap<String, &'static str> {
    static MAP: std::sync::OnceLock<rustc_hash::FxHashMap<String, &'static str>> = std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = rustc_hash::FxHashMap::default();
        for (r, e) in TRANSLATIONS.iter().filter(|(r, _)| r.len() >= 6) {
            map.entry(skeleton(r)).or_insert(*e);
        }
        map
    })
}

/// The stems whose spelling [`skeleton`] has five letters or more, by it, in the
/// order listed, but for skeletons that stems of different meanings share
/// (`obedinenn`, united, and `obedinen`, association). Built once.
fn stem_skeletons() -> &'static [(String, &'static str)] {
    static STEMS_BY_SKELETON: std::sync::OnceLock<Vec<(String, &'static str)>> = std::sync::OnceLock::new();
    STEMS_BY_SKELETON.get_or_init(|| {
        let all: Vec<(String, &str)> =
            STEMS.iter().map(|(stem, e)| (skeleton(stem), *e)).filter(|(stem, _)| stem.len() >= 5).collect();
        let ambiguous = |(stem, e): &(String, &str)| all.iter().any(|(s, f)| s == stem && f != e);
        all.iter().filter(|x| !ambiguous(x)).cloned().collect()
    })
}

/// The English for a word whose stem is spelled otherwise (`nacionalnoye`):
/// the word's spelling skeleton is a stem's and a Russian ending, as
/// skeletons spell them (`Kazenro` is no form of `kazenn`); or the stem's
/// alone when the skeleton took an adjective's ending off (`Kazakh` is no
/// form of `kazach`, nor `Krymsk` of `krymsk`). Not a surname's endings
/// after a stem ending as surnames do.
fn stem_by_skeleton(t: &str) -> Option<&'static str> {
    const SKELETON_ENDINGS: [&str; 21] = [
        "a", "e", "i", "o", "u", "ov", "ev", "om", "em", "am", "im", "ih", "ah", "ami", "ogo", "ego", "omu", "oi",
        "ei", "oe", "ie",
    ];
    const ADJECTIVE: [&str; 16] =
        ["yy", "iy", "ii", "yi", "ij", "aya", "aia", "oe", "oye", "ogo", "ykh", "ikh", "ye", "ie", "yye", "iye"];
    let word = skeleton(t);
    let adjective = ADJECTIVE.iter().any(|e| t.ends_with(e));
    let fits = |stem: &str, rest: &str| {
        (SKELETON_ENDINGS.contains(&rest) || (rest.is_empty() && adjective))
            && !(ends_like_surname(stem) && ["", "a", "u", "e", "im"].contains(&rest) && !adjective)
    };
    let skeletons = stem_skeletons();
    let at = word.get(..STEM_KEY).and_then(|k| stem_skeletons_by_start().get(k));
    at.into_iter()
        .flatten()
        .map(|&i| &skeletons[i])
        .find(|(stem, _)| word.strip_prefix(stem.as_str()).is_some_and(|rest| fits(stem, rest)))
        .map(|(_, e)| *e)
}

/// The letters that [`stems_from`] and [`stem_by_skeleton`] look stems up
/// by: every stem has as many or more.
const STEM_KEY: usize = 4;

/// The [`STEMS`] that begin as `t` does, in their order (the first that
/// fits is taken): a look-up instead of a pass over all 1,090 for every
/// word of every name indexed.
fn stems_from(t: &str) -> impl Iterator<Item = &'static (&'static str, &'static str)> {
    static BY_START: std::sync::OnceLock<rustc_hash::FxHashMap<String, Vec<usize>>> = std::sync::OnceLock::new();
    let by_start = BY_START.get_or_init(|| by_first_letters(STEMS.iter().map(|(stem, _)| *stem)));
    t.get(..STEM_KEY).and_then(|k| by_start.get(k)).into_iter().flatten().map(|&i| &STEMS[i])
}

/// The indices of [`stem_skeletons`] by their first [`STEM_KEY`] letters, in order.
fn stem_skeletons_by_start() -> &'static rustc_hash::FxHashMap<String, Vec<usize>> {
    static BY_START: std::sync::OnceLock<rustc_hash::FxHashMap<String, Vec<usize>>> = std::sync::OnceLock::new();
    BY_START.get_or_init(|| by_first_letters(stem_skeletons().iter().map(|(stem, _)| stem.as_str())))
}

/// The positions of stems by their first [`STEM_KEY`] letters, in order.
fn by_first_letters<'a>(stems: impl Iterator<Item = &'a str>) -> rustc_hash::FxHashMap<String, Vec<usize>> {
    let mut map: rustc_hash::FxHashMap<String, Vec<usize>> = Default::default();
    for (i, stem) in stems.enumerate() {
        map.entry(stem[..STEM_KEY].to_string()).or_default().push(i);
    }
    map
}

/// First parts of compound words, Russian as transliterated and English,
/// and their English words (`Гидросвязь`, `Hydrocommunication`:
/// hydrocommunications; `Микротехника`, `Microtechnology`:
/// microtechnologies).
const COMPOUND_FIRST: [(&str, &str); 23] = [
    ("gidro", "hydro"),
    ("hydro", "hydro"),
    ("aero", "aero"),
    ("avia", "aviation"),
    ("elektro", "electro"),
    ("electro", "electro"),
    ("mikro", "micro"),
    ("micro", "micro"),
    ("opto", "opto"),
    ("foto", "photo"),
    ("photo", "photo"),
    ("teplo", "thermal"),
    ("thermo", "thermal"),
    ("termo", "thermal"),
    ("energo", "energy"),
    ("khim", "chemical"),
    ("chem", "chemical"),
    ("spets", "special"),
    ("nefte", "oil"),
    ("neft", "oil"),
    ("gazo", "gas"),
    ("nano", "nano"),
    ("radio", "radio"),
];

/// A word the translations neither know nor give as a known first part
/// and four letters or more: the first part's English word and the rest's,
/// if the translations know or give it (`gidrosvyazi`: hydro and
/// communications; `chemcomposite`: chemical and composite), or the rest
/// as it is (`gidroservis`: hydro and servis), to be written as one word.
fn compound(t: &str) -> Option<(&'static str, &str)> {
    static GIVEN: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, &'static str>> = std::sync::OnceLock::new();
    let given = GIVEN.get_or_init(|| TRANSLATIONS.iter().chain(STEMS).map(|&(_, e)| (e, e)).collect());
    // A word the translations give is one (`electromechanical`).
    if given.contains_key(t) {
        return None;
    }
    COMPOUND_FIRST.iter().find_map(|&(first, english)| {
        // Not the English word with more (`chemicals`: no `chem` and `icals`).
        if english != first && t.starts_with(english) {
            return None;
        }
        let rest = t.strip_prefix(first).filter(|r| r.len() >= 4)?;
        Some((english, look_up_translation(rest).or_else(|| given.get(rest).copied()).unwrap_or(rest)))
    })
}

/// The endings of Russian and Ukrainian patronymics as transliterated,
/// in the nominative and genitive (`Ivanovich`, `Ivanovicha`, `Petrivna`).
const PATRONYMIC_ENDINGS: [&str; 12] =
    ["ovich", "evich", "ovicha", "evicha", "ovych", "evych", "ovna", "evna", "ovny", "evny", "ivna", "ichna"];

/// Whether a name reads as a person's: two to four words, no legal form,
/// one of them a Russian patronymic (`Lev Anatolyevich Yershov`, `Ivan
/// Petrovich Sidorenkov`).
pub fn is_person_like(n: &NormalName) -> bool {
    let patronymic = |t: &String| t.len() >= 7 && PATRONYMIC_ENDINGS.iter().any(|e| t.ends_with(e));
    n.legal_forms.is_empty() && (2..=4).contains(&n.tokens.len()) && n.tokens.iter().any(patronymic)
}

/// Words that name a region of the world (`Asia Pacific`, `Balkan`,
/// `Baltic`): many companies in it take them, so that the one party of a
/// list whose name holds them is no evidence that another is it.
pub fn is_region_word(t: &str) -> bool {
    const REGIONS: &[&str] = &[
        "asia",
        "asian",
        "pacific",
        "euro",
        "europe",
        "european",
        "eurasia",
        "eurasian",
        "balkan",
        "balkans",
        "baltic",
        "nordic",
        "scandinavia",
        "orient",
        "oriental",
        "atlantic",
        "arctic",
        "caspian",
        "gulf",
        "mediterranean",
        "caucasus",
        "levant",
        "africa",
        "african",
        "america",
        "american",
        "latin",
        "middle",
        "east",
        "eastern",
        "west",
        "western",
        "north",
        "northern",
        "south",
        "southern",
        "far",
    ];
    REGIONS.contains(&t)
}

/// Whether a word is one the word lists know, as a word of another language
/// or as the English they give (`solution`, `trading`, `plant`), rather
/// than a name.
pub fn is_dictionary_word(t: &str) -> bool {
    static WORDS: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        let pairs = TRANSLATIONS.iter().chain(STEMS).chain(ABBREVIATIONS);
        pairs.flat_map(|&(x, e)| x.split(' ').chain(e.split(' '))).chain(COMMON_WORDS.iter().copied()).collect()
    });
    words.contains(t) || translate(t) != t || is_country(t)
}

/// The English words for one transliterated word: a translation, a stem's,
/// or the word itself. Remembered per thread, as names repeat their words
/// (scoring 10,000 suppliers against 117,000 names took 2.95 s without,
/// 2.8 s with); forgotten past 100,000 words.
fn translate(t: &str) -> &str {
    thread_local! {
        static SEEN: std::cell::RefCell<rustc_hash::FxHashMap<String, Option<&'static str>>> =
            std::cell::RefCell::new(rustc_hash::FxHashMap::default());
    }
    let known = SEEN.with(|seen| seen.borrow().get(t).copied());
    let english = known.unwrap_or_else(|| {
        let english = look_up_translation(t);
        SEEN.with(|seen| {
            let mut seen = seen.borrow_mut();
            if seen.len() >= 100_000 {
                seen.clear();
            }
            seen.insert(t.to_string(), english);
        });
        english
    });
    english.unwrap_or(t)
}

/// The English words for one transliterated word, if it has a translation
/// or a stem's.
fn look_up_translation(t: &str) -> Option<&'static str> {
    let once = |t: &str| -> Option<&'static str> {
        let english = translations_by_word()
            .get(t)
            .copied()
            .or_else(|| {
                // The same adjective with its ending spelled otherwise
                // (`vertoletny`, `vertoletnyi`, `vertoletnyy`).
                let key = adjective_key(t)?;
                translations_by_adjective_key().get(key.as_str()).copied()
            })
            .or_else(|| {
                // The same word spelled otherwise (`konstructorskoye`).
                (t.len() >= 6).then(|| translations_by_skeleton().get(&skeleton(t)).copied()).flatten()
            });
        let stemmed = || {
            stems_from(t)
                .find(|(stem, _)| {
                    // The stem alone is a word too when long (`dvigatel`),
                    // unless a surname's (`Strakhov`) or a town's (the
                    // adjective `zabaykalsk-` alone is Zabaykalsk).
                    (t.len() > stem.len() && t.starts_with(stem) && ending(stem, &t[stem.len()..]))
                        || (t == *stem && stem.len() >= 7 && !ends_like_surname(stem) && !stem.ends_with("sk"))
                })
                .map(|(_, e)| *e)
                .or_else(|| stem_by_skeleton(t))
        };
        english.or_else(|| if t.len() >= 6 { stemmed() } else { None })
    };
    // A translation may itself have a preferred form (`aviatsionnyy`,
    // `aircraft`, `aviation`): follow a few steps.
    let mut word = once(t).or_else(|| once(&short_i_as_y(t)?))?;
    for _ in 0..3 {
        match once(word) {
            Some(e) if e != word && !word.contains(' ') => word = e,
            _ => break,
        }
    }
    Some(word)
}

/// Whether the words of `phrase` (space-separated) come at `tokens[i..]`.
fn phrase_at(tokens: &[String], i: usize, phrase: &str) -> bool {
    let n = phrase.split(' ').count();
    i + n <= tokens.len() && tokens[i..i + n].iter().zip(phrase.split(' ')).all(|(a, b)| a == b)
}

/// Expand known abbreviations (longest first) into their words.
fn expand_abbreviations(raw: &[String]) -> Vec<String> {
    // The abbreviations by their first word, in the order listed. Built once.
    static BY_FIRST_WORD: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, Vec<(&str, &str)>>> =
        std::sync::OnceLock::new();
    let by_first_word = BY_FIRST_WORD.get_or_init(|| {
        let mut map: rustc_hash::FxHashMap<&'static str, Vec<(&str, &str)>> = rustc_hash::FxHashMap::default();
        for &(abbr, words) in ABBREVIATIONS {
            map.entry(abbr.split(' ').next().unwrap_or(abbr)).or_default().push((abbr, words));
        }
        map
    });
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let starting_here = by_first_word.get(raw[i].as_str()).into_iter().flatten();
        match starting_here.into_iter().find(|(abbr, _)| phrase_at(raw, i, abbr)) {
            Some((abbr, words)) => {
                out.extend(words.split(' ').map(String::from));
                i += abbr.split(' ').count();
            }
            None => {
                out.push(raw[i].clone());
                i += 1;
            }
        }
    }
    out
}

/// The words of a name with legal forms as they are written otherwise
/// read as the forms: letters with points between them (`L.L.C.`,
/// `O.O.O.`, `G.m.b.H.`, `F.Z.E.`: a whole run of single letters that
/// spells a form of one word, of three letters or more, or of two at the
/// end of the name, as `A.O.`; `K.A.S.` and `A.S. Popov` are initials, and
/// forms listed as letters apart, `a s` of A.Ş., stay so), and
/// a long form misspelt at the end of the name (`Limted`, `Limitd`,
/// `Compnay`; see `misspelt`).
fn legal_forms_as_written(words: Vec<String>) -> Vec<String> {
    let one_word = |w: &str| LEGAL_FORMS.contains(&w);
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let run =
            words[i..].iter().take_while(|w| w.chars().count() == 1 && w.chars().all(char::is_alphabetic)).count();
        let joined: String = words[i..i + run].concat();
        let at_end = i + run == words.len();
        // Forms written as letters apart (`a s`, Turkish A.Ş.) are read so.
        let spaced = LEGAL_FORMS.contains(&words[i..i + run].join(" ").as_str());
        if run >= 2 && one_word(&joined) && !spaced && (run >= 3 || (at_end && i > 0)) {
            out.push(joined);
            i += run;
            continue;
        }
        out.push(words[i].clone());
        i += 1;
    }
    // A long form misspelt by a letter, ending a name of other words.
    const LONG: [&str; 5] = ["limited", "company", "corporation", "incorporated", "limitada"];
    if out.len() >= 2
        && let Some(last) = out.last_mut()
        && last.len() >= 6
        && !one_word(last)
        && let Some(form) = LONG.iter().find(|f| misspelt(last, f))
    {
        *last = form.to_string();
    }
    out
}

/// Whether `word` is `form` with a letter left out, one more, or two
/// swapped (`Limted`, `Limiteed`, `Compnay`); not another letter in one's
/// place, which makes words of their own (`Limiter`).
fn misspelt(word: &str, form: &str) -> bool {
    let swapped = || {
        let (mut a, mut b): (Vec<char>, Vec<char>) = (word.chars().collect(), form.chars().collect());
        a.sort_unstable();
        b.sort_unstable();
        a == b
    };
    strsim::damerau_levenshtein(word, form) == 1 && (word.len() != form.len() || swapped())
}

/// The words of a name with ordinal numbers written as numbers: `35th`,
/// `1st`, and the Russian `929-й`, `170-го` (a number, then its ending as
/// a word of its own once transliterated).
fn ordinals_as_numbers<'a>(words: impl Iterator<Item = &'a str>) -> Vec<String> {
    const RUSSIAN_ENDINGS: [&str; 8] = ["y", "iy", "yy", "i", "go", "ya", "e", "ye"];
    let mut out: Vec<String> = Vec::new();
    for w in words {
        let after_number = out.last().is_some_and(|p| p.bytes().all(|b| b.is_ascii_digit()));
        if after_number && RUSSIAN_ENDINGS.contains(&w) {
            continue;
        }
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        let ordinal = digits > 0 && ["st", "nd", "rd", "th"].contains(&&w[digits..]);
        out.push(if ordinal { w[..digits].to_string() } else { w.to_string() });
    }
    out
}

/// How many letters an abbreviation of some of a name's words has (see
/// [`NormalName::abbreviations`]).
pub(crate) const ABBREVIATION_LETTERS: std::ops::RangeInclusive<usize> = 3..=6;

/// The words of a name written as abbreviations: of three to six letters,
/// two of them capitals or more, not Roman numerals (`II`, `IV`) nor
/// country codes (`USA`, `DE`); in a name all in capitals, only words
/// without a vowel (`STC`, not `PLUS`).
/// Transliterated.
fn abbreviations(name: &str) -> Vec<String> {
    let all_capitals = !name.chars().any(char::is_lowercase);
    let roman = |w: &str| w.chars().all(|c| matches!(c, 'i' | 'v' | 'x'));
    let vowel = |w: &str| w.contains(['a', 'e', 'i', 'o', 'u', 'y']);
    let mut out: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        // At most six letters, written with at most two each (`Ц`: `ts`).
        .filter(|w| (2..=12).contains(&w.len()) && w.chars().filter(|c| c.is_uppercase()).count() >= 2)
        .filter(|w| !is_country_code(w))
        .map(to_latin)
        .filter(|w| ABBREVIATION_LETTERS.contains(&w.len()) && w.bytes().all(|c| c.is_ascii_lowercase()) && !roman(w))
        .filter(|w| !all_capitals || !vowel(w))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Normalise a name.
pub fn normalize(name: &str) -> NormalName {
    let chinese = mostly_chinese(name);
    let name_as_read = without_possessives(name);
    let latin = if chinese { to_latin(&chinese_words_in_english(&name_as_read)) } else { to_latin(&name_as_read) };
    let raw = legal_forms_as_written(ordinals_as_numbers(latin.split(' ').filter(|t| !t.is_empty())));
    let (kept, legal_forms) = split_legal_forms(raw.clone(), if chinese { 2 } else { 1 });
    let mut kept = if chinese { pinyin_words(&kept) } else { kept };
    honoree_names_as_initials(&mut kept);
    let meaningful: Vec<String> = kept.iter().filter(|t| !STOP_WORDS.contains(&t.as_str())).cloned().collect();
    let meaningful = if meaningful.is_empty() { kept.clone() } else { meaningful };
    // A name that is one abbreviation stays as it is (it is matched against
    // initials); in longer names, abbreviations are spelled out.
    let mut expanded = if meaningful.len() > 1 { expand_abbreviations(&meaningful) } else { meaningful.clone() };
    // `г.` before a place's name is `город`, the city (`г. Севастополя`);
    // before a letter, an initial (`Г.М. Бериева`). `в` before it is `in`.
    // Only as written in Cyrillic, small.
    let city = name.contains("г.");
    for i in 0..expanded.len().saturating_sub(1) {
        let place = expanded[i + 1].len() >= 3 && !expanded[i + 1].bytes().all(|b| b.is_ascii_digit());
        if city && expanded[i] == "g" && place {
            expanded[i] = "city".to_string();
        }
    }
    let before_city = |i: usize| matches!(expanded.get(i + 1).map(String::as_str), Some("city" | "gorode" | "goroda"));
    let in_city = |i: usize| expanded[i] == "v" && before_city(i) && name.contains(" в ");
    let expanded: Vec<String> = (0..expanded.len()).filter(|&i| !in_city(i)).map(|i| expanded[i].clone()).collect();
    let mut tokens: Vec<String> = Vec::with_capacity(expanded.len());
    let mut spellings: Vec<Option<(String, String)>> = Vec::with_capacity(expanded.len());
    // Where a word English keeps in the name but the tokens leave out
    // stood: `корпорация`, `компания` (the token before which it stood).
    let mut company_words: Vec<usize> = Vec::new();
    for t in &expanded {
        // In a name in Chinese characters, the syllables between the words
        // read from the characters are a name (`可吉`, `keji`, is no `科技`,
        // technology, whose pinyin it shares).
        let english = if chinese && !is_chinese_word_in_english(t) { t.as_str() } else { translate(t) };
        if english.is_empty() && COMPANY_WORDS.contains(&t.as_str()) {
            company_words.push(tokens.len());
        }
        let joined;
        let english = match (english == t).then(|| compound(t)).flatten() {
            Some((first, rest)) => {
                // One word, as written: split, its parts would be common
                // words (`Электросистемы`: electro systems), and a
                // compound would match its second part (`Радиосвязь`,
                // `Связь`).
                joined = format!("{first}{}", rest.replace(' ', ""));
                joined.as_str()
            }
            _ => english,
        };
        for e in english.split(' ').filter(|e| !e.is_empty()) {
            tokens.push(e.to_string());
            spellings.push((english != t).then(|| (t.clone(), skeleton(t))));
        }
    }
    let mut acronyms: Vec<String> =
        [initials(&meaningful, true), initials(&tokens, false)].into_iter().flatten().collect();
    acronyms.dedup();
    // The person's words as the name's words are: without joining words
    // (the initial `И.` reads as `i`, and) and translated; how many end
    // the tokens before `end`.
    let honoree_before = |h: &[String], end: usize| {
        let words = h.iter().filter(|t| !STOP_WORDS.contains(&t.as_str()));
        let h: Vec<&str> = words.map(|t| translate(t)).filter(|t| !t.is_empty()).collect();
        let fits = h.len() < end && tokens[end - h.len()..end].iter().zip(&h).all(|(a, b)| a == b);
        if fits { h.len() } else { 0 }
    };
    let honoree = honoree_at_end(&kept).map_or(0, |h| honoree_before(h, tokens.len()));
    let affiliation = affiliation_at_end(&tokens);
    // Or before the body it belongs to (`им. К.А. Валиева Российской
    // академии наук`).
    let honoree_before_affiliation = if honoree == 0 && affiliation > 0 {
        let end = tokens.len() - affiliation;
        (1..kept.len()).rev().find_map(|k| honoree_at_end(&kept[..k])).map_or(0, |h| honoree_before(h, end))
    } else {
        0
    };
    let skeletons = tokens.iter().map(|t| skeleton(t)).collect();
    let latin_letters =
        name.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_ascii() || ('\u{c0}'..='\u{24f}').contains(&c));
    let end = tokens.len().saturating_sub(honoree.max(affiliation));
    let rendered_initials = if chinese {
        Vec::new()
    } else if latin_letters {
        // Written in English (or in Latin letters): its words as written,
        // and as Russian gives them (a company word at the end only: the
        // tokens are translated, and may be more or fewer than the words).
        let words: Vec<String> = kept.iter().filter(|t| !STOP_WORDS.contains(&t.as_str())).cloned().collect();
        let company = company_words_among(&raw, &words);
        let mut out = rendered_initials(&words, &company, words.len(), Rendering::AsWritten);
        let company_last: &[usize] = if company.contains(&words.len()) { &[end] } else { &[] };
        out.extend(rendered_initials(&tokens, company_last, end, Rendering::Russian));
        out.sort_unstable();
        out.dedup();
        out
    } else {
        rendered_initials(&tokens, &company_words, end, Rendering::English)
    };
    NormalName {
        original: name.to_string(),
        tokens,
        legal_forms,
        acronyms,
        honoree,
        honoree_before_affiliation,
        affiliation,
        skeletons,
        spellings,
        abbreviations: abbreviations(name),
        rendered_initials,
    }
}

/// Words a name's tokens leave out (translated as nothing) that English
/// renderings keep, and abbreviate: `... Corporation`, `... Company`.
const COMPANY_WORDS: [&str; 8] =
    ["korporatsiya", "korporatsii", "kompaniya", "kompanii", "corporation", "corp", "company", "co"];

/// Initials English renderings give a word, besides its own first letter,
/// by the token it is translated as: the other words translators choose
/// (`Патронный завод`: Cartridge Plant, Ammunition Works), and the letters
/// of a token that is two English words (`machinebuilding`: `mb`).
const ENGLISH_LETTERS: &[(&str, &[&str])] = &[
    ("ammunition", &["c"]),
    ("bureau", &["o"]),
    ("electromechanical", &["em"]),
    ("instrument", &["im", "ie"]),
    ("machinebuilding", &["mb", "e", "me"]),
    ("plant", &["f", "w"]),
    ("scientific", &["r"]),
    ("shipbuilding", &["sb"]),
];

/// Where among `words` (a name's words as written, legal forms left out)
/// the name as split into `raw` words had a word of [`COMPANY_WORDS`]
/// (`United Aircraft Corporation`: before word 2), after its first word.
fn company_words_among(raw: &[String], words: &[String]) -> Vec<usize> {
    let mut at = 0;
    let mut out = Vec::new();
    for r in raw {
        if words.get(at) == Some(r) {
            at += 1;
        } else if at > 0 && COMPANY_WORDS.contains(&r.as_str()) {
            out.push(at);
        }
    }
    out
}

/// Initials Russian gives a word, by the token it is translated as (`plant`:
/// `z`, завод, or `k`, комбинат), Russian letters as transliterated (`ts`,
/// Ц). Other words (names: `Barnaul`) by their first letter as written.
const RUSSIAN_LETTERS: &[(&str, &[&str])] = &[
    ("academy", &["a"]),
    ("ammunition", &["p"]),
    ("association", &["o"]),
    ("aviation", &["a"]),
    ("bureau", &["b"]),
    ("center", &["ts"]),
    ("central", &["ts"]),
    ("chemical", &["kh"]),
    ("communications", &["s"]),
    ("complex", &["k"]),
    ("computer", &["v"]),
    ("concern", &["k"]),
    ("defence", &["o"]),
    ("design", &["k", "p"]),
    ("electronic", &["e"]),
    ("engine", &["d", "m"]),
    ("engineering", &["i"]),
    ("enterprise", &["p"]),
    ("experimental", &["o", "e"]),
    ("federal", &["f"]),
    ("group", &["g"]),
    ("helicopter", &["v"]),
    ("holding", &["kh"]),
    ("industrial", &["p"]),
    ("information", &["i"]),
    ("institute", &["i"]),
    ("instrument", &["p"]),
    ("integrated", &["k"]),
    ("machinebuilding", &["m"]),
    ("main", &["g"]),
    ("mechanical", &["m"]),
    ("military", &["v"]),
    ("national", &["n"]),
    ("nuclear", &["ya", "a"]),
    ("optical", &["o"]),
    ("plant", &["z", "k"]),
    ("precision", &["t"]),
    ("production", &["p"]),
    ("radio", &["r"]),
    ("repair", &["r"]),
    ("rocket", &["r"]),
    ("russian", &["r"]),
    ("satellite", &["s"]),
    ("scientific", &["n", "i"]),
    ("shipbuilding", &["s"]),
    ("solutions", &["r"]),
    ("space", &["k"]),
    ("special", &["s"]),
    ("state", &["g"]),
    ("systems", &["s"]),
    ("technical", &["t"]),
    ("technologies", &["t"]),
    ("trading", &["t"]),
    ("united", &["o"]),
    ("unmanned", &["b"]),
];

/// Words for a kind of body that English puts after a place's name and
/// before the rest (`Moscow Institute of ...`).
const HEAD_NOUNS: [&str; 5] = ["institute", "university", "academy", "center", "bureau"];

/// Which initials [`rendered_initials`] works out.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Rendering {
    /// Of the words as written.
    AsWritten,
    /// As English renders translated words (see [`ENGLISH_LETTERS`]).
    English,
    /// As Russian renders English words (see [`RUSSIAN_LETTERS`]).
    Russian,
}

/// The most initials worked out for one name.
const MOST_RENDERED_INITIALS: usize = 64;

/// The initials a rendering of a name may take: of its first `end` words
/// (the person it is named after and the body it belongs to left out),
/// joining words left out, with a company's initial where `company_words`
/// were (see [`COMPANY_WORDS`]: `c`, or in Russian `k`), each word by its
/// first letter or others the `rendering` gives; and the same without
/// words that name the kind of body at the start (`НПО «Ижевские
/// беспилотные системы»`: `ius`). Of three words or more (four in
/// Russian); at most
/// [`MOST_RENDERED_INITIALS`] (words beyond those by their first letter
/// only).
fn rendered_initials(tokens: &[String], company_words: &[usize], end: usize, rendering: Rendering) -> Vec<String> {
    let company = if rendering == Rendering::Russian { "k" } else { "c" };
    let mut words: Vec<Vec<&str>> = Vec::new();
    let mut kinds = 0;
    for (i, t) in tokens[..end].iter().enumerate() {
        if company_words.contains(&i) {
            words.push(vec![company]);
        }
        if ACRONYM_STOP.contains(&t.as_str()) {
            continue;
        }
        let Some(first) = t.get(..t.chars().next().map_or(0, char::len_utf8)) else { continue };
        let first = if t.bytes().all(|b| b.is_ascii_digit()) { t.as_str() } else { first };
        let look_up =
            |table: &'static [(&str, &'static [&'static str])]| table.iter().find(|(w, _)| w == t).map(|x| x.1);
        let options: Vec<&str> = match rendering {
            Rendering::AsWritten => vec![first],
            Rendering::English => {
                std::iter::once(first).chain(look_up(ENGLISH_LETTERS).unwrap_or_default().iter().copied()).collect()
            }
            Rendering::Russian => look_up(RUSSIAN_LETTERS)
                .map(<[&str]>::to_vec)
                .unwrap_or_else(|| vec![cyrillic_digraph(t).unwrap_or(first)]),
        };
        if words.len() == kinds && is_common(if rendering == Rendering::AsWritten { translate(t) } else { t }) {
            kinds += 1;
        }
        words.push(options);
    }
    if company_words.contains(&end) {
        words.push(vec![company]);
    }
    // Russian initials of three letters stand for many bodies (`РПЗ`,
    // radio instrument plant or repair plant; `СРЗ`): four letters or more.
    let fewest = if rendering == Rendering::Russian { 4 } else { 3 };
    let mut runs: Vec<&[Vec<&str>]> = Vec::new();
    if words.len() >= fewest {
        runs.push(&words);
    }
    if kinds > 0 && words.len() >= kinds + fewest {
        runs.push(&words[kinds..]);
    }
    // English puts the kind of body after a place's name and before what it
    // does (`Московский физико-технический институт`: Moscow Institute of
    // Physics and Technology, `MIPT`).
    let head = tokens[..end].iter().rev().find(|t| !ACRONYM_STOP.contains(&t.as_str()));
    let moved: Vec<Vec<&str>>;
    if rendering == Rendering::English
        && words.len() >= 4
        && !company_words.contains(&end)
        && head.is_some_and(|h| HEAD_NOUNS.contains(&h.as_str()))
    {
        let mut m = words.clone();
        let last = m.pop().unwrap_or_default();
        m.insert(1, last);
        moved = m;
        runs.push(&moved);
    }
    let mut out = Vec::new();
    for run in runs {
        let mut heads = vec![String::new()];
        for options in run {
            let options = if heads.len() * options.len() > MOST_RENDERED_INITIALS { &options[..1] } else { options };
            heads = heads.iter().flat_map(|h| options.iter().map(move |o| format!("{h}{o}"))).collect();
        }
        out.extend(heads);
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// A name without English possessive endings (`Alexeev’s Hydrofoil Design
/// Bureau`: `Alexeev`), which would join the name's letters.
fn without_possessives(name: &str) -> std::borrow::Cow<'_, str> {
    if !name.contains("'s") && !name.contains("’s") {
        return name.into();
    }
    let mut out = String::with_capacity(name.len());
    let mut rest = name;
    while let Some(i) = rest.find(['\'', '’']) {
        let quote = rest[i..].chars().next().map_or(1, char::len_utf8);
        let after = &rest[i + quote..];
        let ends_word = |r: &str| r.chars().next().is_none_or(|c| !c.is_alphanumeric());
        let letter_before = rest[..i].chars().next_back().is_some_and(char::is_alphabetic);
        out.push_str(&rest[..i]);
        if letter_before && after.starts_with('s') && ends_word(&after[1..]) {
            rest = &after[1..];
        } else {
            out.push_str(&rest[i..i + quote]);
            rest = after;
        }
    }
    out.push_str(rest);
    out.into()
}

/// The bodies an organisation may be named as belonging to, at the end of
/// its name, as translated: the Academy of Sciences (with the branch
/// before it, if any) and the Ministry of Defence.
const AFFILIATIONS: &[&str] = &["russian academy sciences", "ministry defence russian federation", "ministry defence"];

/// How many of the last tokens name the body the organisation belongs to
/// (see [`AFFILIATIONS`]): 0 if none, or if fewer than two words are left
/// (`Georgian Ministry of Defence` is a ministry, not a body of one).
fn affiliation_at_end(tokens: &[String]) -> usize {
    for a in AFFILIATIONS {
        let n = a.split(' ').count();
        if n + 2 <= tokens.len() && phrase_at(tokens, tokens.len() - n, a) {
            // The branch of the academy before it (`siberian branch`, `far
            // eastern branch`), if two words are left before that.
            let before = &tokens[..tokens.len() - n];
            let branch = match before {
                [.., far, eastern, branch] if far == "far" && eastern == "eastern" && branch == "branch" => 3,
                [.., branch] if branch == "branch" => 2,
                _ => 0,
            };
            return n + if before.len() >= branch + 2 { branch } else { 0 };
        }
    }
    0
}

/// Whether a word is one letter, or one Cyrillic letter transliterated
/// (`Я.` is `ya`): an initial, in a person's name.
pub(crate) fn is_letter(word: &str) -> bool {
    const CYRILLIC_LETTERS: [&str; 10] = ["ya", "yu", "ye", "yo", "zh", "kh", "ts", "ch", "sh", "shch"];
    (word.len() == 1 && word.as_bytes()[0].is_ascii_alphabetic()) || CYRILLIC_LETTERS.contains(&word)
}

/// Words that introduce the person an organisation is named after.
const NAMED_AFTER: &[&str] = &["imeni", "im", "named after", "n a"];

/// The given name and patronymic of the person a name is named after, as
/// their initials (`имени Ивана Ивановича Картукова`: `i i kartukova`, as
/// `named after I.I. Kartukov` writes them), and a given name alone before
/// the surname (`named after Ivan Kartukov`). Not where the last word is a
/// word the word lists know or a place (`имени Дмитрия Шостаковича Москва`:
/// no patronymic there), nor a given name that is such a word (`имени
/// Октябрьской Революции`).
fn honoree_names_as_initials(tokens: &mut [String]) {
    // After `имени` and a given name, `-ич` too (`Ильича`).
    let patronymic = |t: &String| PATRONYMIC_ENDINGS.iter().chain(&["ich", "icha"]).any(|e| t.ends_with(e));
    let Some(i) = (1..tokens.len()).find(|&i| NAMED_AFTER.iter().any(|m| phrase_at(tokens, i, m))) else {
        return;
    };
    let marker = NAMED_AFTER.iter().find(|m| phrase_at(tokens, i, m)).map_or(1, |m| m.split(' ').count());
    let start = i + marker;
    let titled = usize::from(tokens.get(start).is_some_and(|t| t.starts_with("akadem") || t.starts_with("academic")));
    let given = start + titled;
    let name_like = |t: &String| t.len() >= 3 && !t.bytes().any(|b| b.is_ascii_digit()) && !is_dictionary_word(t);
    if !tokens.last().is_some_and(name_like) {
        return;
    }
    let initials = if tokens.len() == given + 3 && patronymic(&tokens[given + 1]) {
        given..given + 2
    } else if tokens.len() == given + 2 && name_like(&tokens[given]) {
        given..given + 1
    } else {
        return;
    };
    for k in initials {
        tokens[k].truncate(tokens[k].chars().next().map_or(0, char::len_utf8));
    }
}

/// The person a name ends with, after `imeni`, `im.`, `named after` or
/// `N.A.`: up to three initials and a surname, with a title before them
/// (`akademika`) if any; none if the name does not end so.
fn honoree_at_end(tokens: &[String]) -> Option<&[String]> {
    (1..tokens.len()).find_map(|i| {
        let marker = NAMED_AFTER.iter().find(|m| phrase_at(tokens, i, m))?;
        let start = i + marker.split(' ').count();
        let rest = &tokens[start..];
        let titled = usize::from(rest.first().is_some_and(|t| t.starts_with("akadem") || t.starts_with("academic")));
        let initials = rest[titled..].iter().take_while(|t| is_letter(t)).count();
        let fits = (1..=3).contains(&initials) && rest.len() == titled + initials + 1 && rest[rest.len() - 1].len() > 1;
        fits.then_some(rest)
    })
}

/// A spelling skeleton of a transliterated word, the same for the usual
/// variants of one Russian word in Latin letters (`Bazalt`/`Basalt`,
/// `Zvezdochka`/`Zvyozdochka`, `Alekseyev`/`Alekseev`, `Tekhmash`/`Techmash`).
pub fn skeleton(word: &str) -> String {
    // Names repeat their words (`trading`, `zavod`): each thread keeps the
    // skeletons it has worked out (a tenth of the time of indexing a list
    // went to working them out).
    thread_local! {
        static KNOWN: std::cell::RefCell<rustc_hash::FxHashMap<String, String>> = Default::default();
    }
    const MOST_KNOWN: usize = 1 << 16;
    KNOWN.with(|known| {
        if let Some(s) = known.borrow().get(word) {
            return s.clone();
        }
        let s = skeleton_of(word);
        let mut known = known.borrow_mut();
        if known.len() < MOST_KNOWN {
            known.insert(word.to_string(), s.clone());
        }
        s
    })
}

/// [`skeleton`], worked out.
fn skeleton_of(word: &str) -> String {
    // Russian adjective endings come off (`Zelenodolskiy`, `Severnaya`), as
    // English renderings often leave them off (`Zelenodolsk`).
    let mut w = word.to_string();
    // English `-ce` is Russian `-с` (`service`, `сервис`; `alliance`,
    // `альянс`), and a final `z` stays apart from it (`сервиз`).
    let final_z = w.ends_with('z') && !w.ends_with("tz");
    if let Some(stem) = w.strip_suffix("ce").filter(|s| s.len() >= 3) {
        w = format!("{stem}s");
    }
    // English `-ics` is Russian `-ика` (`technodynamics`, `технодинамика`),
    // and so is `-икс` (`Мехатроникс`).
    if let Some(stem) = w.strip_suffix("ics").or_else(|| w.strip_suffix("iks")).filter(|s| s.len() >= 4) {
        w = format!("{stem}ika");
    }
    // `cs` inside a word is `кс` (`Enics`, `Эникс`); at its start, two
    // letters (`CS`, `ЦС`).
    if let Some(i) = w.get(1..).and_then(|rest| rest.find("cs")) {
        w.replace_range(i + 1..i + 3, "ks");
    }
    if w.len() >= 7 {
        for (ending, keep) in [
            ("skiye", "sk"),
            ("skikh", "sk"),
            ("skie", "sk"),
            ("skogo", "sk"),
            ("skoye", "sk"),
            ("skoe", "sk"),
            ("skaya", "sk"),
            ("skiy", "sk"),
            ("skii", "sk"),
            ("skij", "sk"),
            ("sky", "sk"),
            ("ski", "sk"),
            ("nykh", "n"),
            ("nyye", "n"),
            ("nye", "n"),
            ("nogo", "n"),
            ("noye", "n"),
            ("noe", "n"),
            ("naya", "n"),
            ("nyy", "n"),
            ("nyi", "n"),
            ("nii", "n"),
            ("niy", "n"),
        ] {
            if let Some(stem) = w.strip_suffix(ending) {
                w = format!("{stem}{keep}");
                break;
            }
        }
    }
    for (from, to) in [
        ("qu", "kv"),
        // German and Polish `ч` (`Sobtschak`, `Sobczak`).
        ("tsch", "h"),
        ("cz", "h"),
        ("tch", "ch"),
        ("shch", "s"),
        ("sch", "s"),
        ("th", "t"),
        ("kh", "h"),
        ("ch", "h"),
        ("dzh", "Z"),
        ("dge", "Z"),
        ("zh", "Z"),
        ("sh", "s"),
        ("ts", "c"),
        ("tz", "c"),
        ("ph", "f"),
        ("ck", "k"),
        ("ks", "x"),
        ("yo", "e"),
        ("ye", "e"),
        ("yu", "u"),
        ("ya", "a"),
        ("y", "i"),
        ("j", "i"),
        ("iu", "u"),
        ("ie", "e"),
        ("ii", "i"),
        ("ei", "e"),
        // English `ai` is Russian `ей` (`container`, `контейнер`); it makes
        // `ай` one with `е` too (`Майтекс`, `Метекс`), which on the EU
        // lists found no wrong names.
        ("ai", "e"),
        ("z", "s"),
        ("w", "v"),
        ("k", "c"),
        ("q", "c"),
    ] {
        // Most words hold few of these: a copy only where one is.
        let f = from.as_bytes();
        if w.as_bytes().windows(f.len()).any(|x| x[0] == f[0] && x[1..] == f[1..]) {
            w = w.replace(from, to);
        }
    }
    // `х` after a vowel, before a consonant, is also written `c` or `k`
    // (`Техмаш`: Tekhmash, Techmash, Tecmash).
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    let b = w.as_bytes();
    let at: Vec<usize> = (1..b.len().saturating_sub(1))
        .filter(|&i| b[i] == b'h' && vowel(b[i - 1]) && b[i + 1].is_ascii_alphabetic() && !vowel(b[i + 1]))
        .collect();
    for i in at {
        // `h` is one byte, so a character of its own.
        w.replace_range(i..i + 1, "c");
    }
    let mut out = String::with_capacity(w.len());
    for c in w.chars() {
        if out.ends_with(c) {
            continue; // double letters
        }
        out.push(c);
    }
    if final_z && out.ends_with('s') {
        out.pop();
        out.push('z');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(s: &str) -> Vec<String> {
        normalize(s).tokens
    }

    #[test]
    fn legal_forms_with_points_or_misspelt() {
        let forms = |s: &str| normalize(s).legal_forms;
        assert_eq!(forms("Vorta L.L.C."), ["llc"]);
        assert_eq!(forms("O.O.O. Kompell"), ["ooo"]);
        assert_eq!(forms("Vorta G.m.b.H."), ["gmbh"]);
        assert_eq!(forms("Vorta F.Z.E."), ["fze"]);
        assert_eq!(forms("Vorta A.O."), ["ao"]);
        assert_eq!(forms("Zixis Limted"), ["limited"]);
        assert_eq!(forms("Zixis Compnay"), ["company"]);
        assert_eq!(forms("Vorta Ltda"), ["ltda"]);
        // Initials stay initials: two letters before a name, or a run that
        // spells no form; and a word misspelt is a form at the end alone.
        assert_eq!(tokens("A.O. Vorta Design"), ["a", "o", "vorta", "design"]);
        assert_eq!(tokens("K.A.S. Vorta"), ["k", "a", "s", "vorta"]);
        assert_eq!(tokens("Limted Vorta Zixis"), ["limted", "vorta", "zixis"]);
        assert_eq!(tokens("Vorta Limiter"), ["vorta", "limiter"]);
    }

    #[test]
    fn scripts_and_legal_forms() {
        assert_eq!(tokens("ООО «Ромашка»"), ["romashka"]);
        assert_eq!(tokens("Romashka LLC"), ["romashka"]);
        assert_eq!(tokens("АО «Концерн «Сириус»"), ["concern", "sirius"]);
        assert_eq!(tokens("Korvelin Dış Ticaret A.Ş."), ["korvelin"]);
        assert_eq!(normalize("Korvelin Dış Ticaret A.Ş.").legal_forms, ["dis ticaret", "a s"]);
        assert_eq!(tokens("KORVELIN GIDA SANAYI VE TICARET ANONIM SIRKETI"), ["korvelin", "gida"]);
        assert_eq!(tokens("Korvelin Elektronik San. ve Tic. Ltd. Şti."), ["korvelin", "elektronik"]);
        assert_eq!(normalize("Korvelin Elektronik Ltd. Şirketi").legal_forms, ["ltd sirketi"]);
        assert_eq!(normalize("KORVELIN ELEKTRONIK LIMITED ŞTI.").legal_forms, ["limited sti"]);
        // Foreign trade abbreviated (`Dış Tic.`, `İç ve Dış Tic.`), and a
        // free zone company spelled out.
        assert_eq!(tokens("Korvelin Dis Tic. Ltd. Sti."), ["korvelin"]);
        assert_eq!(tokens("Korvelin Grup İç ve Dış Tic. Ltd. Şti."), ["korvelin", "group"]);
        assert_eq!(tokens("Korvelin Aviation Free Zone Company"), ["korvelin", "aviation"]);
        // Industry and trade in either order, with `ve` (and) or without.
        assert_eq!(tokens("Korvelin Elektronik Tic. ve San. A.Ş."), ["korvelin", "elektronik"]);
        assert_eq!(tokens("Korvelin Elektronik San. Tic. A.Ş."), ["korvelin", "elektronik"]);
        assert_eq!(tokens("KORVELIN METALURJI SANAYI TICARET VE LIMAN A.S."), ["korvelin", "metalurji", "liman"]);
        assert_eq!(normalize("Korvelin S.A.").legal_forms, ["s a"]);
        assert_eq!(normalize("Korvelin SpA").legal_forms, ["spa"]);
        // Initials: `A.S.` after a lone letter is one of them, and initials
        // joined by `&` make one word.
        assert_eq!(tokens("K.A.S."), ["k", "a", "s"]);
        assert_eq!(tokens("C&K"), ["ck"]);
        assert_eq!(tokens("AT&T Inc"), ["att"]);
        assert_eq!(tokens("KT&C Co Ltd"), ["ktc"]);
        assert_eq!(tokens("Procter&Gamble"), ["procter", "gamble"]);
        assert_eq!(normalize("Alexeev’s Hydrofoil Bureau").tokens, normalize("Alexeev Hydrofoil Bureau").tokens);
        assert_eq!(normalize("O'Sullivan's Parts").tokens, normalize("O'Sullivan Parts").tokens);
        assert_eq!(normalize("‘Kvarta’s’").tokens, ["kvarta"]);
        assert_eq!(normalize("JSC SPA Orion").tokens, ["scientific", "production", "association", "orion"]);
        assert_eq!(normalize("A. S. Yakovlev Design Bureau").tokens, ["a", "s", "yakovlev", "design", "bureau"]);
        assert_eq!(tokens("Alvandra Technologies FZE"), ["alvandra", "technologies"]);
        assert_eq!(tokens("Brennholt Bauteile GmbH"), ["brennholt", "bauteile"]);
        assert_eq!(tokens("Fennora Distribution Sp. z o.o."), ["fennora", "distribution"]);
        for name in ["Private Joint Stock Company Velmora", "Non-Public Joint Stock Company Velmora", "JCS Velmora"] {
            assert_eq!(tokens(name), ["velmora"], "{name}");
        }
        assert_eq!(tokens("Σίγμα Α.Ε."), ["sigma", "a", "e"]);
        let cn = normalize("深圳市淼翎电子科技有限公司");
        assert_eq!(cn.legal_forms, ["youxian gongsi"]);
        // Known words translated, the place's `shi` (city) dropped, the brand's
        // syllables joined; `technology` is spelled as `tekhnologii` is,
        // and so made one with it.
        assert_eq!(cn.tokens, ["shenzhen", "miaoling", "electronic", "technologies"]);
        // A name that is only a legal form keeps its tokens.
        assert_eq!(tokens("LLC"), ["llc"]);
    }

    #[test]
    fn word_tables_list_each_word_once() {
        // A word listed twice is dead after its first entry (the first wins).
        fn once<'a>(name: &str, keys: impl Iterator<Item = &'a str>) {
            let mut seen = std::collections::HashSet::new();
            for k in keys {
                assert!(seen.insert(k), "{name} lists {k:?} twice");
            }
        }
        once("TRANSLATIONS", TRANSLATIONS.iter().map(|(k, _)| *k));
        once("STEMS", STEMS.iter().map(|(k, _)| *k));
        // Stems are looked up by their first letters (`stems_from`).
        assert!(STEMS.iter().all(|(k, _)| k.len() >= STEM_KEY && k.is_ascii()));
        once("ABBREVIATIONS", ABBREVIATIONS.iter().map(|(k, _)| *k));
        once("COMMON_WORDS", COMMON_WORDS.iter().copied());
        once("LEGAL_FORMS", LEGAL_FORMS.iter().copied());
    }

    #[test]
    fn stems_reach_their_words() {
        // Stems that could never match (a whole word, or followed by a suffix
        // the endings do not know) now do.
        for (word, english) in [
            ("Деревообрабатывающий", "woodworking"),
            ("Нефтеперерабатывающая", "oilrefinery"),
            ("Мастерские", "workshops"),
        ] {
            assert_eq!(tokens(word).join(" "), english, "{word}");
        }
        // A surname's endings make a surname for a stem, a case for a word.
        assert!(!ending("strakhov", "a") && case_ending("a") && !ending("omsk", ""));
    }

    #[test]
    fn affiliations_at_the_end() {
        // A branch of the academy is set aside with the academy only when two
        // words are left before it (`ИАПУ ДВО РАН` was cut to `iapu far`).
        let n = normalize("ИАПУ ДВО РАН");
        assert_eq!(n.tokens[..n.tokens.len() - n.affiliation], ["iapu", "far", "eastern", "branch"]);
        let n = normalize("Институт автоматики и процессов управления Дальневосточного отделения РАН");
        assert_eq!(&n.tokens[n.tokens.len() - n.affiliation..][..3], ["far", "eastern", "branch"]);
    }

    #[test]
    fn a_stems_words_are_not_taken_by_another_words_translation() {
        // A word spelled alike (its skeleton) is looked up before stems:
        // `stantsiy` (of stations) must not be read as `stanki` (machine tools).
        let mut other = Vec::new();
        for &(stem, english) in STEMS {
            for ending in
                ["a", "i", "y", "ii", "iy", "ya", "yu", "ye", "ov", "om", "ami", "akh", "yy", "aya", "oe", "ogo", "ykh"]
            {
                let word = format!("{stem}{ending}");
                let got = translate(&word);
                let canonical = translate(english);
                // One contains the other: `radio`, `radio plant`; an empty
                // translation only for a word set aside.
                let alike =
                    |e: &str| got == e || (!got.is_empty() && !e.is_empty() && (e.contains(got) || got.contains(e)));
                if got != word && !alike(english) && !alike(canonical) {
                    other.push(format!("{word}: {got}, not {english}"));
                }
            }
        }
        assert!(other.is_empty(), "{other:#?}");
    }

    #[test]
    fn translations_of_several_words_are_in_the_form_the_words_translate_to() {
        // Several words given as one word's translation are not translated
        // again, so each must be as an English name's words come out
        // (`anti aviation`, not `anti aircraft`, which an English name
        // gives as `anti aviation`). `Aviadvigatel` is a company's name,
        // kept apart from the United Engine Corporation's English words.
        let kept = ["aviadvigatel"];
        let several = TRANSLATIONS.iter().chain(STEMS).filter(|(w, e)| e.contains(' ') && !kept.contains(w));
        let other: Vec<String> = several
            .flat_map(|&(word, english)| {
                english
                    .split(' ')
                    .filter(|w| translate(w) != *w)
                    .map(move |w| format!("{word}: {w} is {}", translate(w)))
            })
            .collect();
        assert!(other.is_empty(), "{other:#?}");
    }

    #[test]
    fn translations_and_soft_signs() {
        // An adjective in another gender or case than listed, and a long
        // stem that is a word itself.
        assert_eq!(tokens("ООО «Прикладная Кварта»"), ["applied", "kvarta"]);
        assert_eq!(tokens("Кварта Двигатель"), ["kvarta", "engine"]);
        // `г.` is the city before a place's name, an initial before a letter.
        assert_eq!(tokens("Кварта г. Самара"), ["kvarta", "city", "samara"]);
        assert_eq!(tokens("Филиал «Кварта» в городе Самара"), ["branch", "kvarta", "city", "samara"]);
        assert!(!tokens("Кварта им. Г.М. Бериева").contains(&"city".to_string()));
        assert!(!tokens("Кварта им. Г. Бериева").contains(&"city".to_string()));
        assert_eq!(tokens("Kvarta G Orion"), ["kvarta", "g", "orion"]);
        assert_eq!(
            tokens("ООО «Телекоммуникационные Компоненты Безопасности»"),
            ["telecommunications", "components", "security"]
        );
        // Abbreviations are spelled out in longer names, and joining words go.
        assert_eq!(tokens("ООО «НПО «Радиоволна»"), ["scientific", "production", "association", "radiovolna"]);
        assert_eq!(tokens("JSC Scientific and Production Association Radiovolna"), tokens("ООО «НПО «Радиоволна»"));
        // A name that is one abbreviation stays one word (matched against initials).
        assert_eq!(tokens("АО «НПО»"), ["npo"]);
        assert_eq!(
            tokens("Научно-Производственное Объединение Радиоволна"),
            ["scientific", "production", "association", "radiovolna"]
        );
        assert_eq!(tokens("Общество с Ограниченной Ответственностью «АГТ Системс»"), ["agt", "systems"]);
        // Inflected words through their stems, and a legal form in the genitive.
        assert_eq!(tokens("Донецкой Народной Республики"), ["donetsk", "peoples", "republic"]);
        assert_eq!(tokens("Donetsk People's Republic"), tokens("Донецкой Народной Республики"));
        assert_eq!(
            tokens("Опытный Завод «Вега» – Филиал Акционерного Общества «Звездочка»"),
            ["experimental", "plant", "vega", "branch", "zvezdochka"]
        );
        assert_eq!(tokens("Vega Experimental Plant"), ["vega", "experimental", "plant"]);
        // A name in its own right stays one: Bank Rossiya is not the Bank of Russia.
        assert_eq!(tokens("Bank Rossiya"), ["bank", "rossiya"]);
        assert_eq!(tokens("Банк России"), ["bank", "russia"]);
        // Моладзі is Belarusian for youth. Безопасная is not read as safe:
        // `Safe Systems` is no `Системы Безопасности`.
        assert_ne!(tokens("Safe Kvarta Zone"), tokens("Безопасная Кварта Зона"));
        assert_eq!(tokens("Беларускі саюз моладзі Кварта"), ["belarusian", "sayuz", "youth", "kvarta"]);
        // Ras Al Khaimah is no academy of sciences.
        assert_eq!(tokens("Ras Al Khaimah Trading"), ["ras", "al", "khaimah", "trading"]);
        assert_eq!(
            tokens("Non-governmental organisation ‘Delfini’")[..2],
            tokens("Общественная организация ‘Дельфины’")[..2]
        );
        assert_eq!(
            tokens("League for Assistance to Defence Enterprises")[0],
            tokens("Лига Содействия Оборонным Предприятиям")[0]
        );
        assert_eq!(
            tokens("Center of Automatics and Instrument Building"),
            tokens("Центр Автоматики и Приборостроения")
        );
        assert_eq!(
            tokens("Institute of Electronic and Mechanical Devices"),
            tokens("Институт Электронно-Механических Приборов")
        );
        assert_eq!(
            tokens("Design Bureau of Integrated Systems"),
            tokens("Конструкторское Бюро Интегрированных Систем")
        );
        assert_eq!(
            tokens("Volgograd Machine Building Company Limited Liability Company"),
            tokens("Volgograd Machine Building Company LLC")
        );
        assert_eq!(tokens("Eltech Trading Inc. S.A."), tokens("Eltech Trading Inc"));
        // The honoree's given name and patronymic as initials.
        assert_eq!(
            tokens("Машиностроительное конструкторское бюро «Искра» имени Ивана Ивановича Картукова"),
            tokens("Machine Building Design Bureau Iskra named after I.I. Kartukova")
        );
        assert_eq!(tokens("Urals Design Bureau Detal")[0], "ural");
        assert_eq!(
            tokens("Машиностроительное конструкторское бюро «Искра» имени Ивана Ивановича Картукова"),
            tokens("Machine Building Design Bureau Iskra named after Ivan Kartukova")
        );
        assert_eq!(tokens("Завод имени Владимира Ильича Ленина"), tokens("Plant named after V.I. Lenina"));
        // A surname ending as a patronymic before a place is no patronymic.
        assert_ne!(
            tokens("Музыкальная школа имени Дмитрия Шостаковича Москва"),
            tokens("Музыкальная школа имени Дмитрия Соколовича Москва")
        );
        assert_eq!(tokens("Zavolzhskiy Plant of Caterpillar Tractors"), tokens("Заволжский завод гусеничных тягачей"));
        assert_eq!(tokens("Caterpillar Trading"), ["caterpillar", "trading"]);
        assert_eq!(tokens("JSC A.S. Popov Radio Plant"), tokens("A.S. Popov Radio Plant"));
        // A stem takes its word's endings, not a longer word.
        assert_eq!(tokens("Казенное Учреждение Казенор"), ["state", "institute", "kazenor"]);
        assert_eq!(tokens("Velli Kazennor Trading"), ["velli", "kazennor", "trading"]);
        // An adjective's ending spelled otherwise.
        assert_eq!(tokens("Kazanski Vertoletny Zavod AO"), tokens("АО «Казанский Вертолетный Завод»"));
        assert_eq!(tokens("Красный Гидропресс"), tokens("Krasny Gidropress"));
        assert_eq!(tokens("Красногорский Завод")[0], "krasnogorskiy");
        // English initials and phrases for Russian ones.
        assert_eq!(tokens("ПАО «ОДК-Сатурн»"), tokens("PJSC UEC-Saturn"));
        assert_eq!(tokens("ПАО «ОДК»"), tokens("PJSC UEC"));
        // The person a name ends with.
        assert_eq!(normalize("ПАО «ТАНТК им. Г.М. Бериева»").honoree, 3);
        assert_eq!(normalize("Radio Technical Institute named after Academician A. L. Mints").honoree, 4);
        assert_eq!(normalize("Plant named after Lenin").honoree, 0);
        // Or, before the body it belongs to, the person it is named after.
        let valiev = normalize("ФТИАН имени К.А. Валиева Российской Академии Наук");
        assert_eq!((valiev.honoree, valiev.honoree_before_affiliation, valiev.affiliation), (0, 3, 3));
        assert_eq!(valiev.without_affiliation().honoree, 3);
        assert_eq!(
            tokens("Главный Вычислительный Центр Генерального Штаба"),
            ["main", "computer", "center", "general", "staff"]
        );
        assert_eq!(tokens("Kazan Machine-Building Plant"), tokens("Казанский Машиностроительный Завод"));
        // Russian state bodies' legal forms, spelled out, are set aside as the English ones are.
        let n = normalize("Федеральное Государственное Бюджетное Учреждение «46 ЦНИИ» МО РФ");
        assert_eq!(n.legal_forms, ["federalnoe gosudarstvennoe byudzhetnoe uchrezhdenie"]);
        assert_eq!(
            n.tokens,
            tokens("Federal State Budgetary Institution 46 TsNII Ministry of Defence of the Russian Federation")
        );
    }

    #[test]
    fn skeletons_join_transliteration_variants() {
        for (a, b) in [
            ("bazalt", "basalt"),
            ("zvezdochka", "zvyozdochka"),
            ("alekseyev", "alekseev"),
            ("tekhmash", "techmash"),
            ("treyd", "treid"),
            ("taganrogskiy", "taganrogsky"),
            ("zelenodolskiy", "zelenodolsk"),
            ("mtskt", "mcct"),
            ("uniservice", "yuniservis"),
            // English `ai` as Russian `ей` (`container`, `контейнер`).
            ("transcontainer", "transkonteyner"),
            ("airburg", "eyrburg"),
            // English `-ics`, Russian `-ика`.
            ("technodynamics", "tekhnodinamika"),
        ] {
            assert_eq!(skeleton(a), skeleton(b), "{a} / {b}");
        }
        for (a, b) in [("strela", "sirena"), ("polyus", "polet"), ("orion", "morion")] {
            assert_ne!(skeleton(a), skeleton(b), "{a} / {b}");
        }
    }

    #[test]
    fn latin_letters_in_cyrillic_words_read_as_cyrillic() {
        // A lone Latin C is the preposition с; a lone B is meant (`Корпус B`).
        assert_eq!(to_latin("Общество C Ограниченной"), to_latin("Общество С Ограниченной"));
        assert_eq!(to_latin("Корпус B"), "korpus b");
        assert_eq!(to_latin("Остек-Cepвиc-Texнoлoгия"), "ostek servis tekhnologiya");
        // A word all in Latin letters stays Latin.
        assert_eq!(to_latin("ООО «ABC-Электроника»"), "ooo abc elektronika");
        assert_eq!(to_latin("Cepvis"), "cepvis");
        // Ordinal numbers as numbers.
        assert_eq!(normalize("JSC 170th Repair Plant").tokens, normalize("АО «170-й ремонтный завод»").tokens);
        // A lone Latin letter in a Cyrillic name, and a misspelt legal form.
        assert_eq!(to_latin("Общество C Ограниченной"), "obshchestvo s ogranichennoy");
        assert_eq!(normalize("Общество с Ограниченной Ответсвенностью «Сонатек»").tokens, ["sonatek"]);
    }
}
