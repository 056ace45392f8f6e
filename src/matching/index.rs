//! The candidate index: names by their words, close spellings, initials
//! and character trigrams, so that a query is compared only with names
//! that could reach the threshold; the search itself.

use rustc_hash::{FxHashMap, FxHashSet};

use super::normalize::{self, NormalName, is_common, normalize, skeleton, to_latin, word_stem};
use super::similarity::*;
/// Words searched and their close vocabulary tokens, shared by the threads
/// that search one index (at most 100,000 words, then started afresh). A
/// copy of the index starts empty.
#[derive(Debug, Default)]
pub(super) struct CloseSeen(std::sync::Mutex<FxHashMap<String, Vec<u32>>>);

impl CloseSeen {
    fn get(&self, t: &str) -> Option<Vec<u32>> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).get(t).cloned()
    }

    fn put(&self, t: &str, ids: &[u32]) {
        let mut seen = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if seen.len() >= 100_000 {
            seen.clear();
        }
        seen.insert(t.to_string(), ids.to_vec());
    }

    fn clear(&mut self) {
        let seen = self.0.get_mut().unwrap_or_else(|e| e.into_inner());
        if !seen.is_empty() {
            seen.clear();
        }
    }
}

impl Clone for CloseSeen {
    fn clone(&self) -> Self {
        CloseSeen::default()
    }
}

/// A candidate index over names: each item is (key, normalised name). A
/// query's candidates are the names sharing a distinctive token with it, or
/// a token close to one of its tokens (found through a trigram index of the
/// vocabulary, which is far smaller than the names).
#[derive(Debug, Clone, Default)]
pub struct NameIndex {
    /// The close tokens of the words searched so far (see `close_tokens`):
    /// suppliers' names repeat their words.
    close_seen: CloseSeen,
    pub(super) keys: Vec<u32>,
    /// The entry each item belongs to (its key, unless given apart): the
    /// unit in which a word is counted as held by one entry alone.
    pub(super) groups: Vec<u32>,
    names: Vec<NormalName>,
    vocab: Vec<String>,
    /// The length of each vocabulary token's indexed form.
    form_len: Vec<usize>,
    vocab_id: FxHashMap<String, u32>,
    /// Whether each vocabulary token is a common word, or the spelling of
    /// one as transliterated (`nauchno`, of `scientific`).
    vocab_common: Vec<bool>,
    /// Each vocabulary token's spelling skeleton (see [`skeleton`]),
    /// computed once: a name's words are compared with it again and again.
    vocab_skeleton: Vec<String>,
    /// Items holding each vocabulary token.
    token_items: Vec<Vec<u32>>,
    /// Vocabulary tokens holding each trigram.
    gram_tokens: FxHashMap<[u8; 3], Vec<u32>>,
    /// Vocabulary tokens by their spelling skeleton (see [`skeleton`]).
    skeleton_tokens: FxHashMap<String, Vec<u32>>,
    /// Vocabulary tokens of eight letters or more by the consonants of
    /// their skeleton (an English word and its Russian spelling:
    /// `tradetools`, `treydtuls`; see [`SAME_CONSONANTS_SCORE`]).
    consonant_tokens: FxHashMap<String, Vec<u32>>,
    /// Vocabulary tokens of five to seven letters by the consonants of their
    /// skeleton, three or more (`dipaul`, `dipol`; see
    /// [`SHORT_CONSONANTS_FLOOR`]).
    short_consonant_tokens: FxHashMap<String, Vec<u32>>,
    /// Vocabulary tokens by their stem, without a Russian ending (see
    /// [`word_stem`]): `omskoe` under `omsk`; and adjectives of places by
    /// the place (see [`places_of`]): `udenskiy` under `ude`.
    stem_tokens: FxHashMap<String, Vec<u32>>,
    /// Vocabulary tokens of four letters or more by their first four
    /// (Jaro-Winkler favours a common beginning: `academician` and
    /// `academy`, `assistrago` and `assistagro` share few trigrams).
    prefix_tokens: FxHashMap<[u8; 4], Vec<u32>>,
    /// Vocabulary tokens of five letters or fewer by the hash of each form
    /// with one letter left out, and of themselves: two short words one
    /// letter apart (`bic`, `bik`; `chrp`, `chrz`; `proma`, `prima`) share
    /// one, where they share few trigrams.
    deletion_tokens: FxHashMap<u64, Vec<u32>>,
    /// Vocabulary tokens of [`SHORT_WORD`] letters or fewer by their
    /// [`sound_key`] (`rcc`, `rkts`).
    sound_tokens: FxHashMap<String, Vec<u32>>,
    /// Items by the hash of the initials of runs of their words (see
    /// [`runs_initials`]), to be found by an abbreviation of those words.
    by_run_initials: FxHashMap<u64, Vec<u32>>,
    /// Items by the hash of each word written as an abbreviation (see
    /// [`NormalName::abbreviations`]), to be found by the words it stands
    /// for.
    by_abbreviation: FxHashMap<u64, Vec<u32>>,
    /// Items by the hash of the beginnings of runs of two and three of
    /// their words (see [`syllable_keys`]), to be found by a word made of
    /// those beginnings (see [`syllable_runs`]); names mostly in Cyrillic
    /// apart (the second), as the rule holds across scripts only.
    by_syllables: [FxHashMap<u64, Vec<u32>>; 2],
    /// Items (with the word's index) by the keys of each of their words
    /// that may be made of the beginnings of others (see
    /// [`word_syllable_keys`]), to be found by those others.
    by_syllable_words: [FxHashMap<u64, Vec<(u32, u32)>>; 2],
    /// Items by their initials.
    by_acronym: FxHashMap<String, Vec<u32>>,
    /// Items by the hash of each of their initials as the other language
    /// may give them (see [`NormalName::rendered_initials`]).
    by_rendered_initials: FxHashMap<u64, Vec<u32>>,
    /// Whether a name whose words are all in another's, whose entry alone
    /// holds them, is raised to [`SOLE_HOLDER_SCORE`] (screening: yes;
    /// telling which store entity a supplier is: no).
    sole_holders: bool,
    /// Keys whose names match whole only (people: a surname alone is no
    /// match).
    whole_keys: FxHashSet<u32>,
    /// The kinds of company (see [`company_kind`]) each key's names give:
    /// an alias without a legal form is of those kinds too.
    key_kinds: FxHashMap<u32, Vec<&'static str>>,
    /// Items by the hash of their words written together (`vz rto` and
    /// `vzrto` under that of `vzrto`; a one-word item under its word; a
    /// collision only adds a candidate).
    joined: FxHashMap<u64, Vec<u32>>,
}

/// The form of a token whose trigrams are indexed: its spelling skeleton
/// (see [`skeleton`]), so that transliteration variants share trigrams
/// (`tractor`, `traktornyy`).
pub(super) fn gram_form(token: &str) -> String {
    if token.len() >= 4 { skeleton(token) } else { token.to_string() }
}

/// The stem a word is indexed under, to be found with another Russian
/// ending (`omskoe` under `omsk`): of four letters or more, the ending of
/// two letters or more (a vowel alone would join `Lent` and `Lenta`, `Tesa`
/// and `TES`).
pub(super) fn index_stem(word: &str) -> Option<&str> {
    word_stem(word).filter(|stem| stem.len() >= 4 && word.len() - stem.len() >= 2)
}

/// The places a word may be the adjective of (see [`place_and_adjective`]:
/// `ude` for `udenskiy`, `ufa`, `ufo` and `ufe` for `ufimskiy`), for a
/// short place name to find its adjective (`Ulan-Ude`, `Улан-Удэнский`).
pub(super) fn places_of(word: &str) -> Vec<String> {
    let Some(k) = word.rfind("sk").filter(|&k| k >= 2 && word.len() >= 6) else { return Vec::new() };
    let mut out = Vec::new();
    for p in (2..=k).filter(|&p| word.is_char_boundary(p)) {
        let base = &word[..p];
        let tried = std::iter::once(base.to_string()).chain(['a', 'o', 'e'].map(|v| format!("{base}{v}")));
        out.extend(tried.filter(|place| place.len() < word.len() && place_and_adjective(place, word)));
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The hashes of a word and of its forms with one letter left out.
pub(super) fn deletions(word: &str) -> Vec<u64> {
    let chars: Vec<char> = word.chars().collect();
    let mut out = vec![text_hash(word)];
    for i in 0..chars.len() {
        let form: String = chars.iter().enumerate().filter(|&(j, _)| j != i).map(|(_, c)| c).collect();
        out.push(text_hash(&form));
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The least Jaro-Winkler similarity of a word of five to seven letters
/// found by its consonants (see [`NameIndex::close_tokens`]).
pub(super) const SHORT_CONSONANTS_FLOOR: f64 = 0.85;

/// The first four bytes of a token of four or more.
pub(super) fn prefix4(token: &str) -> Option<[u8; 4]> {
    token.as_bytes().first_chunk::<4>().copied()
}

/// Trigrams of a token, with word boundaries.
pub(super) fn grams(token: &str) -> Vec<[u8; 3]> {
    let padded: Vec<u8> = std::iter::once(b' ').chain(token.bytes()).chain(std::iter::once(b' ')).collect();
    let mut out: Vec<[u8; 3]> = padded.windows(3).map(|w| [w[0], w[1], w[2]]).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The hash of a text (a name's words written together).
pub(super) fn text_hash(text: &str) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(text)
}

/// The trigrams each vocabulary word shares with a searched word, counted
/// in an array by word: (the search stamp, the count), and the words
/// counted (a hash map's growth took a fifth of scoring suppliers).
#[derive(Default)]
pub(super) struct GramCounts {
    search: u32,
    counts: Vec<(u32, u32)>,
    touched: Vec<u32>,
}

/// One search hit.
#[derive(Debug, Clone)]
pub struct Hit {
    /// The key the name was added with.
    pub key: u32,
    /// The indexed name that matched best.
    pub name: String,
    /// How it compares.
    pub similarity: Similarity,
}

impl NameIndex {
    /// An empty index.
    pub fn new() -> NameIndex {
        NameIndex { sole_holders: true, ..NameIndex::default() }
    }

    /// An empty index that compares whole names only: a name within
    /// another is not raised for its entry holding its words alone.
    pub fn whole_names() -> NameIndex {
        NameIndex::default()
    }

    /// The vocabulary id of a token, added if new.
    fn vocab_token(&mut self, t: &str) -> u32 {
        if let Some(&id) = self.vocab_id.get(t) {
            return id;
        }
        let id = self.vocab.len() as u32;
        // A new word may be close to words searched before.
        self.close_seen.clear();
        self.vocab.push(t.to_string());
        self.vocab_id.insert(t.to_string(), id);
        self.vocab_common.push(is_common(t));
        let sk = skeleton(t);
        self.token_items.push(Vec::new());
        let form = gram_form(t);
        self.form_len.push(form.len());
        for g in grams(&form) {
            self.gram_tokens.entry(g).or_default().push(id);
        }
        if t.len() >= 4 {
            self.skeleton_tokens.entry(sk.clone()).or_default().push(id);
        }
        if t.len() >= 5 {
            let key = consonants(&sk);
            if t.len() >= 8 {
                self.consonant_tokens.entry(key).or_default().push(id);
            } else if key.len() >= 3 {
                self.short_consonant_tokens.entry(key).or_default().push(id);
            }
        }
        if let Some(stem) = index_stem(t) {
            self.stem_tokens.entry(stem.to_string()).or_default().push(id);
        }
        for place in places_of(t) {
            let ids = self.stem_tokens.entry(place).or_default();
            if ids.last() != Some(&id) {
                ids.push(id);
            }
        }
        self.vocab_skeleton.push(sk);
        if let Some(p) = prefix4(t) {
            self.prefix_tokens.entry(p).or_default().push(id);
        }
        if t.len() <= SHORT_WORD {
            self.sound_tokens.entry(sound_key(t)).or_default().push(id);
            for h in deletions(t) {
                let ids = self.deletion_tokens.entry(h).or_default();
                if ids.last() != Some(&id) {
                    ids.push(id);
                }
            }
        }
        id
    }

    /// Number of names.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether it holds no names.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// Let the names of `key` match whole only: not raised for holding a
    /// name's words alone (a person's surname in a company's name).
    pub fn whole_names_for(&mut self, key: u32) {
        self.whole_keys.insert(key);
    }

    /// Each key's first name (its main name, as watch lists add them)
    /// with its words as normalised, joined by spaces (for telling which
    /// keys are one party).
    pub fn main_names_by_key(&self) -> impl Iterator<Item = (u32, String)> + '_ {
        let mut seen = FxHashSet::default();
        let first = move |i: &usize| seen.insert(self.keys[*i]);
        (0..self.keys.len()).filter(first).map(|i| (self.keys[i], self.names[i].tokens.join(" ")))
    }

    /// Count the names of each key as those of the party `party[key]`
    /// (keys past its end stay their own).
    pub fn regroup(&mut self, party: &[u32]) {
        for (g, &k) in self.groups.iter_mut().zip(&self.keys) {
            *g = party.get(k as usize).copied().unwrap_or(k);
        }
    }

    /// Add a name under a key (a key may have several names).
    pub fn add(&mut self, key: u32, name: &str) {
        self.add_grouped(key, key, name);
    }

    /// Add a name under a key, as a name of entry `group` (several keys may
    /// be one entry's names, as when each name is searched apart).
    pub fn add_grouped(&mut self, key: u32, group: u32, name: &str) {
        self.add_normalized(key, group, normalize(name));
    }

    /// Add many names, each `(key, group, name)` as [`add_grouped`] adds
    /// one, in the same order; the names are normalised in parallel, which
    /// is most of the work of building an index.
    ///
    /// [`add_grouped`]: NameIndex::add_grouped
    pub fn add_all(&mut self, names: &[(u32, u32, &str)]) {
        use rayon::prelude::*;
        // In chunks, so that few normalised names wait to be added at once;
        // a chunk is added while the next is normalised.
        let normalize_chunk = |chunk: &[(u32, u32, &str)]| -> Vec<NormalName> {
            chunk.par_iter().map(|(_, _, name)| normalize(name)).collect()
        };
        let chunks: Vec<&[(u32, u32, &str)]> = names.chunks(4096).collect();
        let mut ready = chunks.first().map(|c| normalize_chunk(c)).unwrap_or_default();
        for (k, chunk) in chunks.iter().enumerate() {
            let next = chunks.get(k + 1);
            let (following, ()) = rayon::join(
                || next.map(|c| normalize_chunk(c)).unwrap_or_default(),
                || {
                    for (&(key, group, _), n) in chunk.iter().zip(std::mem::take(&mut ready)) {
                        self.add_normalized(key, group, n);
                    }
                },
            );
            ready = following;
        }
    }

    fn add_normalized(&mut self, key: u32, group: u32, n: NormalName) {
        if n.tokens.is_empty() {
            return;
        }
        let item = self.names.len() as u32;
        // Common words are in the vocabulary, without the items, so that a
        // query's word close to one (`academician`, `academy`) is known.
        for t in n.tokens.iter().filter(|t| is_common(t)) {
            self.vocab_token(t);
        }
        let selecting = distinctive(&n.tokens);
        // Translated words under their spelling too (`trust`, `doveriya`);
        // those of common words marked so.
        for (t, (spelled, _)) in n.tokens.iter().zip(&n.spellings).filter_map(|(t, s)| Some((t, s.as_ref()?))) {
            let id = self.vocab_token(spelled);
            if is_common(t) {
                self.vocab_common[id as usize] = true;
            } else if selecting.contains(&t) {
                let items = &mut self.token_items[id as usize];
                if items.last() != Some(&item) {
                    items.push(item);
                }
            }
        }
        for t in selecting {
            let id = self.vocab_token(t);
            let items = &mut self.token_items[id as usize];
            if items.last() != Some(&item) {
                items.push(item);
            }
        }
        for a in &n.acronyms {
            self.by_acronym.entry(a.clone()).or_default().push(item);
        }
        for a in &n.rendered_initials {
            self.by_rendered_initials.entry(text_hash(a)).or_default().push(item);
        }
        if n.tokens.len() >= 3 {
            let mut keys: Vec<u64> = runs_initials(&n).iter().map(|r| text_hash(&r.2)).collect();
            keys.sort_unstable();
            keys.dedup();
            for k in keys {
                self.by_run_initials.entry(k).or_default().push(item);
            }
        }
        if n.tokens.len() >= 2 {
            for a in n.abbreviations.iter().filter(|a| n.tokens.contains(a)) {
                self.by_abbreviation.entry(text_hash(a)).or_default().push(item);
            }
        }
        let script = normalize::mostly_cyrillic(&n.original) as usize;
        for k in syllable_keys(&n) {
            self.by_syllables[script].entry(k).or_default().push(item);
        }
        // Under the beginnings of their first two parts alone (a tenth of
        // the keys of a long word).
        for i in 0..n.tokens.len() {
            for k in word_syllable_keys(&n, i, false) {
                self.by_syllable_words[script].entry(k).or_default().push((item, i as u32));
            }
        }
        self.joined.entry(text_hash(&n.tokens.concat())).or_default().push(item);
        if let Some(kind) = company_kind(&n.legal_forms) {
            let kinds = self.key_kinds.entry(key).or_default();
            if !kinds.contains(&kind) {
                kinds.push(kind);
            }
        }
        self.keys.push(key);
        self.groups.push(group);
        self.names.push(n);
    }

    /// The entries (groups) whose names hold all of `words`, each as
    /// spelled or alike as [`contained_words`] takes words (`ershov`,
    /// `yershov`; `avrora`, `aurora`), the names of key `except` left out.
    fn holding_all<'a>(&self, words: impl Iterator<Item = &'a String>, except: Option<u32>) -> FxHashSet<u32> {
        let mut holding: Option<FxHashSet<u32>> = None;
        for w in words {
            // The words alike as containment takes them (`avrora`, `aurora`).
            let sw = skeleton(w);
            let ids = self.close_tokens(w).into_iter().filter(|&id| {
                let v = &self.vocab[id as usize];
                v == w || token_similarity(w, v, &sw, &self.vocab_skeleton[id as usize]) >= CONTAINED_WORD
            });
            let items = ids.flat_map(|id| self.token_items[id as usize].iter().copied());
            let groups: FxHashSet<u32> = items
                .filter(|&i| Some(self.keys[i as usize]) != except)
                .map(|i| self.groups[i as usize])
                .filter(|g| holding.as_ref().is_none_or(|h| h.contains(g)))
                .collect();
            if groups.is_empty() {
                return groups;
            }
            holding = Some(groups);
        }
        holding.unwrap_or_default()
    }

    /// Whether item `item` is of the one entry whose names hold all of its
    /// words `words` (indices of its tokens), and all of the query's words
    /// `query_words` as the query spells them: the names of key `except`
    /// left out.
    fn sole_holder(
        &self,
        item: u32,
        words: &[usize],
        q: &NormalName,
        query_words: &[usize],
        except: Option<u32>,
    ) -> bool {
        let group = self.groups[item as usize];
        let name = &self.names[item as usize];
        let ours = self.holding_all(words.iter().map(|&j| &name.tokens[j]), except);
        let theirs = self.holding_all(query_words.iter().map(|&i| &q.tokens[i]), except);
        ours.iter().chain(&theirs).all(|&g| g == group)
    }

    /// When one of the query and item `item` is one word written in
    /// capitals that is the other's initials as the other language may give them (see
    /// [`NormalName::rendered_initials`]: `UAC`, `Объединённая
    /// авиастроительная корпорация`), and no other party's names are that
    /// word or have those initials, as rendered or as
    /// transliterated (the names of key `except` left out):
    /// the word and the other name's words.
    fn rendered_initials_alone(&self, q: &NormalName, item: u32, except: Option<u32>) -> Option<(String, String)> {
        let name = &self.names[item as usize];
        let word = |x: &NormalName, y: &NormalName| -> Option<(String, String)> {
            let [t] = x.tokens.as_slice() else { return None };
            let capitals = x
                .original
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w.chars().filter(|c| c.is_uppercase()).count() >= 2 && to_latin(w).to_lowercase() == *t);
            // Not a name that writes the kind of body it is as initials and
            // has a word of its own (`OKB Mayak`): that word's initial is
            // any word's (`OKBM`, of `OKB Mars`, `OKB Metallist`).
            let own_word = y.abbreviations.iter().any(|a| !y.legal_forms.contains(a))
                && y.tokens.iter().any(|u| is_name_word(u) && !y.abbreviations.contains(u));
            (capitals && !own_word && y.rendered_initials.contains(t)).then(|| (t.clone(), y.tokens.join(" ")))
        };
        let (t, full) = word(q, name).or_else(|| word(name, q))?;
        let h = text_hash(&t);
        let by_initials = self.by_rendered_initials.get(&h).into_iter().flatten();
        let by_initials = by_initials.chain(self.by_acronym.get(&t).into_iter().flatten());
        let by_word =
            self.joined.get(&h).into_iter().flatten().filter(|&&i| self.names[i as usize].tokens == [t.as_str()]);
        let group = self.groups[item as usize];
        let mut holders = by_initials.chain(by_word).filter(|&&i| Some(self.keys[i as usize]) != except);
        holders.all(|&i| self.groups[i as usize] == group).then_some((t, full))
    }

    /// Vocabulary tokens spelled as `t`, or (of four letters or more) with
    /// its skeleton, or (of eight or more) with its skeleton's consonants:
    /// hash look-ups alone (the same token may come twice).
    fn spelled_alike<'a>(&'a self, t: &str) -> impl Iterator<Item = u32> + 'a {
        let skeleton = (t.len() >= 4).then(|| skeleton(t));
        let by_skeleton = skeleton.as_ref().and_then(|k| self.skeleton_tokens.get(k));
        let by_consonants = skeleton.filter(|_| t.len() >= 8).and_then(|k| self.consonant_tokens.get(&consonants(&k)));
        let exact = self.vocab_id.get(t).copied();
        exact
            .into_iter()
            .chain(by_skeleton.into_iter().flatten().copied())
            .chain(by_consonants.into_iter().flatten().copied())
    }

    /// Vocabulary tokens within Jaro-Winkler [`TOKEN_FLOOR`] of `t`, found
    /// once per word until the vocabulary grows.
    fn close_tokens(&self, t: &str) -> Vec<u32> {
        if let Some(ids) = self.close_seen.get(t) {
            return ids;
        }
        let ids = self.find_close_tokens(t);
        self.close_seen.put(t, &ids);
        ids
    }

    fn find_close_tokens(&self, t: &str) -> Vec<u32> {
        let mut out: Vec<u32> = self.spelled_alike(t).collect();
        // Words of five to seven letters with the same consonants and first
        // letter, close (`dipaul`, `dipol`: 0.88), whose vowels leave them
        // few trigrams in common.
        if (5..8).contains(&t.len()) {
            let key = consonants(&skeleton(t));
            for &id in self.short_consonant_tokens.get(&key).into_iter().flatten() {
                let v = &self.vocab[id as usize];
                if v.get(..1) == t.get(..1) && jaro_winkler(t, v) >= SHORT_CONSONANTS_FLOOR {
                    out.push(id);
                }
            }
        }
        // The same word with another Russian ending, or none (`omsk`,
        // `omskoe`), for short words too.
        let stem = index_stem(t).unwrap_or(t);
        let same_stem = self.stem_tokens.get(stem).into_iter().flatten().chain(self.vocab_id.get(stem));
        for &id in same_stem {
            let v = &self.vocab[id as usize];
            if jaro_winkler(t, v) >= TOKEN_FLOOR || place_and_adjective(t, v) {
                out.push(id);
            }
        }
        // Short words one letter apart, or written otherwise sound for sound.
        if t.len() <= SHORT_WORD {
            for &id in self.sound_tokens.get(&sound_key(t)).into_iter().flatten() {
                if letters_alike(t, &self.vocab[id as usize]) {
                    out.push(id);
                }
            }
            for h in deletions(t) {
                for &id in self.deletion_tokens.get(&h).into_iter().flatten() {
                    if jaro_winkler(t, &self.vocab[id as usize]) >= TOKEN_FLOOR {
                        out.push(id);
                    }
                }
            }
        }
        // The words beginning alike (`academician`, `academy`; `mari`,
        // `mariyskiy`).
        for &id in prefix4(t).and_then(|p| self.prefix_tokens.get(&p)).into_iter().flatten() {
            if jaro_winkler(t, &self.vocab[id as usize]) >= TOKEN_FLOOR {
                out.push(id);
            }
        }
        if t.len() < 5 {
            out.sort_unstable();
            out.dedup();
            return out; // short tokens: exact, skeleton, stem, beginning or one letter apart
        }
        let form = gram_form(t);
        let g = grams(&form);
        // Each count is stamped with the search it belongs to, so that
        // nothing need be cleared after a search, even one cut short.
        thread_local! {
            static COUNTS: std::cell::RefCell<GramCounts> = Default::default();
        }
        let need = (g.len() as u32).div_ceil(2).max(2);
        COUNTS.with_borrow_mut(|c| {
            c.search = c.search.wrapping_add(1);
            if c.search == 0 {
                c.counts.iter_mut().for_each(|x| *x = (0, 0));
                c.search = 1;
            }
            if c.counts.len() < self.vocab.len() {
                c.counts.resize(self.vocab.len(), (0, 0));
            }
            c.touched.clear();
            for x in &g {
                for &id in self.gram_tokens.get(x).into_iter().flatten() {
                    let entry = &mut c.counts[id as usize];
                    if entry.0 != c.search {
                        *entry = (c.search, 0);
                        c.touched.push(id);
                    }
                    entry.1 += 1;
                }
            }
            for &id in &c.touched {
                let v = &self.vocab[id as usize];
                if c.counts[id as usize].1 >= need
                    && v != t
                    && self.form_len[id as usize].abs_diff(form.len()) <= 3
                    && jaro_winkler(t, v) >= TOKEN_FLOOR
                {
                    out.push(id);
                }
            }
        });
        out.sort_unstable();
        out.dedup();
        out
    }

    /// Items that could reach `threshold`: those whose tokens cover enough of
    /// the query's weight, each with whether it covers as much as the
    /// sole-holder rule asks of a name it raises (see [`SOLE_HOLDER_COVER`]). The query-to-item direction of the score is at
    /// most the weight of the query tokens the item has (exactly or closely)
    /// over the query's total weight; the score, `w` times the better
    /// direction plus `1 - w` times the other, can only reach the threshold
    /// when that direction reaches `(threshold - w) / (1 - w)`.
    ///
    /// Items are found through the words they are indexed under: their
    /// distinctive words (all their words when every one is common), close
    /// spellings of those (the same skeleton, stem or first four letters, or
    /// half their trigrams), their initials and their words written together.
    /// Among the items found, the query's common words count as covered
    /// (an item's common words are not indexed), also when the query has
    /// nothing else (`Design Technology Center Electronics`), and so do its
    /// words close to a common word (`academician`, `academy`) and a
    /// person's initials (`y a`, `yu a`). Not found: an
    /// item that shares only common words with the query while it has
    /// distinctive words of its own, and short words (four letters or fewer)
    /// spelled differently, which are looked up exactly, by their spelling
    /// skeleton, or with another Russian ending (`omsk`, `omskoe`).
    fn candidates(&self, q: &NormalName, threshold: f64) -> Vec<(u32, Raise)> {
        let w = weights(&q.tokens);
        let total: f64 = w.iter().sum();
        // The common words count as covered for every item, and so does the
        // person a name is named after (a name that leaves the person out
        // is compared without it).
        let main = q.tokens.len().saturating_sub(q.honoree);
        // And so does the body it belongs to, which an item may leave out.
        let main = main.min(q.tokens.len() - q.affiliation - q.honoree_before_affiliation);
        // A person's initials (`y a`, `yu a`) too: they weigh 0.1 each.
        let mut common: f64 =
            (0..q.tokens.len()).filter(|&i| i >= main || is_common(&q.tokens[i]) || w[i] <= 0.1).map(|i| w[i]).sum();
        // Sized for a query's usual candidates: growing the map took a seventh
        // of the time when scoring 10,000 suppliers (2.59 s, now 2.49 s).
        let mut covered: FxHashMap<u32, f64> = FxHashMap::with_capacity_and_hasher(1024, Default::default());
        let mut seen_tokens: FxHashSet<&String> = FxHashSet::default();
        let selecting = distinctive(&q.tokens);
        // Names in the other script, for words made of others' beginnings.
        let other_script = !normalize::mostly_cyrillic(&q.original) as usize;
        for t in selecting {
            if !seen_tokens.insert(t) {
                continue;
            }
            // A word the query repeats counts each time, as in the score.
            let w: f64 = q.tokens.iter().zip(&w).filter(|(x, _)| *x == t).map(|(_, w)| w).sum();
            let mut close = self.close_tokens(t);
            // A translated word by its spelling too (`trust`, `doveriya`).
            let spelled = q.tokens.iter().zip(&q.spellings).find(|(x, _)| *x == t).and_then(|(_, s)| s.as_ref());
            if let Some((spelled, _)) = spelled {
                close.extend(self.close_tokens(spelled));
                close.sort_unstable();
                close.dedup();
            }
            // Close to a common word, which items do not list: it may be
            // covered by any item.
            if !is_common(t) && close.iter().any(|&id| self.vocab_common[id as usize]) {
                common += w;
            }
            let mut items: Vec<u32> =
                close.iter().flat_map(|&id| self.token_items[id as usize].iter().copied()).collect();
            // An abbreviation of some of an item's words (`stc`, `scientific
            // technical center`).
            if q.tokens.len() >= 2 && q.abbreviations.contains(t) {
                items.extend(self.by_run_initials.get(&text_hash(t)).into_iter().flatten());
            }
            // A word made of the beginnings of some of an item's words
            // (`khimmash`, `khimicheskogo mashinostroeniya`).
            if let Some(i) = q.tokens.iter().position(|x| x == t) {
                for k in word_syllable_keys(q, i, true) {
                    items.extend(self.by_syllables[other_script].get(&k).into_iter().flatten());
                }
            }
            items.sort_unstable();
            items.dedup();
            for i in items {
                *covered.entry(i).or_default() += w;
            }
        }
        self.cover_words_written_together(q, &w, main, other_script, &mut covered);
        self.cover_abbreviations_and_initials(q, &w, total, &mut covered);
        // A name mostly in Cyrillic weighs its initials less when they match
        // nothing in a name in Latin letters (see [`unmatched_initials`]):
        // its total may weigh that much less.
        let light: f64 = if !q.abbreviations.is_empty() && normalize::mostly_cyrillic(&q.original) {
            (0..q.tokens.len())
                .filter(|&i| q.abbreviations.contains(&q.tokens[i]) && !is_common(&q.tokens[i]))
                .map(|i| (w[i] - LONE_INITIALS_WEIGHT).max(0.0))
                .sum()
        } else {
            0.0
        };
        let need = |t: f64| ((t - BETTER_SIDE) / (1.0 - BETTER_SIDE)).clamp(0.0, 1.0) * (total - light) - 1e-9;
        let (need, raisable) = (need(threshold), need(SOLE_HOLDER_COVER));
        // The query's initials of a kind of body (`icc`), which the
        // sole-holder rule may set aside (see [`kind_initials`]).
        let initials: f64 = (0..main)
            .filter(|&i| w[i] > 0.1 && !is_common(&q.tokens[i]) && q.abbreviations.contains(&q.tokens[i]))
            .map(|i| w[i])
            .sum();
        let raise = |w: f64| {
            if w + common >= raisable {
                Raise::Yes
            } else if initials > 0.0 && w + common + initials >= raisable {
                Raise::WithoutKindInitials
            } else {
                Raise::No
            }
        };
        let mut v: Vec<(u32, Raise)> = covered
            .into_iter()
            .map(|(i, w)| (i, w, raise(w)))
            .filter(|&(_, w, r)| w + common >= need || r != Raise::No)
            .map(|(i, _, r)| (i, r))
            .collect();
        v.sort_unstable();
        v
    }

    /// Items with words the query writes apart written together: two of
    /// its words as one, or a word made of the beginnings of two or three
    /// (see [`NameIndex::candidates`]); those words count as covered.
    fn cover_words_written_together(
        &self,
        q: &NormalName,
        w: &[f64],
        main: usize,
        other_script: usize,
        covered: &mut FxHashMap<u32, f64>,
    ) {
        // Two words of the query written as one in an item (`Electro
        // Mechanical`, `Электромеханический`).
        for j in 1..main {
            let (x, y) = (&q.tokens[j - 1], &q.tokens[j]);
            if is_common(x) && is_common(y) {
                continue;
            }
            let pair = w[j - 1] + w[j];
            // The joined word spelled alike: a cheap look-up (Jaro-Winkler's
            // neighbours of every pair cost a fifth of scoring suppliers).
            let close = self.spelled_alike(&format!("{x}{y}"));
            let mut items: Vec<u32> = close.flat_map(|id| self.token_items[id as usize].iter().copied()).collect();
            items.sort_unstable();
            items.dedup();
            for i in items {
                *covered.entry(i).or_default() += pair;
            }
        }
        // Items with a word made of the beginnings of two or three of the
        // query's words (`Moselectronproekt`, `Мос Электрон Проект`), found
        // by the first two: those words count as covered, each run once.
        if main >= 2 && !self.by_syllable_words[other_script].is_empty() {
            let mut credited: FxHashSet<(u32, usize)> = FxHashSet::default();
            let mut runs: FxHashMap<(usize, usize), RunForms> = FxHashMap::default();
            for (k, start, _) in syllable_runs_keys(q).into_iter().filter(|r| r.2 - r.1 == 2) {
                for &(i, t) in self.by_syllable_words[other_script].get(&k).into_iter().flatten() {
                    if credited.contains(&(i, start)) {
                        continue;
                    }
                    // Keys of three letters collide often: the word checked.
                    let words = syllable_forms(&self.names[i as usize], t as usize);
                    for end in (start + 2..=(start + 3).min(main)).rev() {
                        let forms = runs.entry((start, end)).or_insert_with(|| syllable_run_forms(q, start, end));
                        if words.iter().any(|x| made_of_beginnings(x, forms)) {
                            credited.insert((i, start));
                            let run: f64 = (start..end).filter(|&j| !is_common(&q.tokens[j])).map(|j| w[j]).sum();
                            *covered.entry(i).or_default() += run;
                            break;
                        }
                    }
                }
            }
        }
    }

    /// Items that abbreviate some of the query's words, and those an
    /// abbreviation of one word stands for or whose initials or letters it
    /// is (see [`NameIndex::candidates`]).
    fn cover_abbreviations_and_initials(
        &self,
        q: &NormalName,
        w: &[f64],
        total: f64,
        covered: &mut FxHashMap<u32, f64>,
    ) {
        // Items that abbreviate some of the query's words (`STC Orion`,
        // `Scientific Technical Center Orion`): those words count as covered.
        if q.tokens.len() >= 3 && !self.by_abbreviation.is_empty() {
            for (start, end, initials) in runs_initials(q) {
                let run: f64 = (start..end).filter(|&j| !is_common(&q.tokens[j])).map(|j| w[j]).sum();
                for &i in self.by_abbreviation.get(&text_hash(&initials)).into_iter().flatten() {
                    *covered.entry(i).or_default() += run;
                }
            }
        }
        // An abbreviation and the full name it stands for share no word: count them as covered.
        if q.tokens.len() == 1 {
            for &i in self.by_acronym.get(&q.tokens[0]).into_iter().flatten() {
                covered.insert(i, total);
            }
            for &i in self.by_rendered_initials.get(&text_hash(&q.tokens[0])).into_iter().flatten() {
                covered.insert(i, total);
            }
        }
        // One-word items that are the query's initials, and items with the
        // same letters, the words split differently (`vz rto`, `vzrto`).
        let initials = q.acronyms.iter().chain(&q.rendered_initials).map(|a| text_hash(a));
        let joined = initials.chain(std::iter::once(text_hash(&q.tokens.concat())));
        for h in joined {
            for &i in self.joined.get(&h).into_iter().flatten() {
                covered.insert(i, total);
            }
        }
    }

    /// The best hit per key at or above `threshold`, best first (ties by key).
    pub fn search(&self, query: &str, threshold: f64) -> Vec<Hit> {
        self.search_normal(&normalize(query), threshold)
    }

    /// As [`NameIndex::search`], for a name already normalised.
    pub fn search_normal(&self, q: &NormalName, threshold: f64) -> Vec<Hit> {
        self.search_except(q, threshold, None)
    }

    /// As [`NameIndex::search_normal`], with the names of key `except` left
    /// out, as if they were not indexed: to search a list by its own names.
    pub fn search_except(&self, q: &NormalName, threshold: f64, except: Option<u32>) -> Vec<Hit> {
        if q.tokens.is_empty() {
            return Vec::new();
        }
        let mut best: FxHashMap<u32, Hit> = FxHashMap::default();
        // The query as written, case aside, to name an entry by that of its
        // names that score alike (below).
        let query_written = q.original.trim().to_lowercase();
        // A name is raised to the sole holder's score only when it covers
        // as much of the query as a candidate at SOLE_HOLDER_COVER, and a
        // search at a threshold above that, up to the raised score, takes
        // such candidates too: a search at a higher threshold finds what a
        // lower one finds that reaches it.
        let raising = self.sole_holders && (SOLE_HOLDER_COVER..=SOLE_HOLDER_SCORE).contains(&threshold);
        let query_generic = generic_only(q);
        for (i, raisable) in self.candidates(q, if raising { SOLE_HOLDER_COVER } else { threshold }) {
            if Some(self.keys[i as usize]) == except {
                continue;
            }
            let name = &self.names[i as usize];
            let mut sim = similarity(q, name);
            let may_raise = raisable != Raise::No
                && sim.score < SOLE_HOLDER_SCORE
                && SOLE_HOLDER_SCORE >= threshold
                && sim.score >= SOLE_HOLDER_FLOOR
                && self.sole_holders
                && !self.whole_keys.contains(&self.keys[i as usize])
                && !kinds_differ(q, name)
                && !(query_generic && generic_only(name))
                && !matches!((company_kind(&q.legal_forms), self.key_kinds.get(&self.keys[i as usize])),
                    (Some(x), Some(kinds)) if !kinds.contains(&x));
            let held = may_raise
                .then(|| match raisable {
                    Raise::Yes => contained_words_but_kind_initials(q, name),
                    _ => contained_words_without_kind_initials(q, name),
                })
                .flatten();
            if let Some((qw, words)) = held.filter(|(qw, words)| self.sole_holder(i, words, q, qw, except)) {
                let list = |x: &NormalName, ids: &[usize]| {
                    ids.iter().map(|&k| x.tokens[k].clone()).collect::<Vec<_>>().join(" ")
                };
                sim.features.push(format!(
                    "one name's distinctive words are all in the other (the query's {}, the entry's {}), and no \
                     other party's names hold them all among the names searched: {:.2} raised to \
                     {SOLE_HOLDER_SCORE}",
                    list(q, &qw),
                    list(name, &words),
                    sim.score
                ));
                sim.score = SOLE_HOLDER_SCORE;
            }
            if sim.score < ACRONYM_SCORE
                && self.sole_holders
                && !self.whole_keys.contains(&self.keys[i as usize])
                && let Some((word, full)) = self.rendered_initials_alone(q, i, except)
                && !normalize::is_person_like(q)
                && !normalize::is_person_like(name)
            {
                // Three letters stand for many a company the lists do not
                // hold (`TDK`, `KIA`, `TCS`): below the default threshold,
                // as other initials of three letters.
                let raised = if word.len() >= 4 { ACRONYM_SCORE } else { SHORT_ACRONYM_SCORE };
                if sim.score < raised && raised >= threshold {
                    sim.features.push(format!(
                        "{word} is the initials of {full} as the other language gives them, and no other party's \
                         names are or have those initials among the names searched: {:.2} raised to {raised}",
                        sim.score
                    ));
                    sim.score = raised;
                }
            }
            if sim.score < threshold {
                continue;
            }
            let key = self.keys[i as usize];
            // Of an entry's names that score alike, the one written as the
            // query is (case aside) is named: `Aeroskan OOO` itself, not its
            // Ukrainian form of the same score.
            let original = &self.names[i as usize].original;
            let as_written = |n: &str| n.trim().to_lowercase() == query_written;
            let better = |h: &Hit| {
                sim.score > h.similarity.score
                    || (sim.score == h.similarity.score && as_written(original) && !as_written(&h.name))
            };
            if best.get(&key).is_none_or(better) {
                best.insert(key, Hit { key, name: original.clone(), similarity: sim });
            }
        }
        let mut hits: Vec<Hit> = best.into_values().collect();
        hits.sort_by(|a, b| b.similarity.score.total_cmp(&a.similarity.score).then(a.key.cmp(&b.key)));
        hits
    }
}
