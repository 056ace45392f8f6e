//! Mapped imports: flat files in their publishers' layouts (customs
//! declarations, catalogues of parts found in weapons, trade statistics)
//! turned into the six record kinds by a TOML mapping, with entity
//! resolution (identifiers first, then normalised names within a country)
//! and a report of every merge. The records then go through the ordinary
//! import, so validation, atomicity and re-import behave the same.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use regex::Regex;
use serde::{Deserialize, Serialize};

use super::{ImportOptions, ImportReport, InputFile, Store};
use crate::error::{Error, ROW_ERRORS_SHOWN, Result, RowError};
use crate::matching::{normalize, normalize_identifier};
use crate::model::{RecordKind, normalize_hs, validate_date};
use crate::reference;

/// How a record field gets its value from a row.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Field {
    /// The value of a column.
    Column(String),
    /// A column or constant with transforms.
    Spec(Box<FieldSpec>),
}

impl Field {
    /// The column it reads, if any.
    fn column(&self) -> Option<&str> {
        match self {
            Field::Column(c) => Some(c),
            Field::Spec(s) => s.column.as_deref(),
        }
    }

    /// The role whose entity id it takes, if any.
    fn role(&self) -> Option<&str> {
        match self {
            Field::Column(_) => None,
            Field::Spec(s) => s.role.as_deref(),
        }
    }
}

/// A field with its source and transforms, applied in this order: take the
/// column (or constant, role, row id); `skip` blanks a value matching a
/// regex; `regex` keeps its first group; `split` makes one record per item;
/// then `map`, `date`, `country`, `hs`, `rate`, `prefix`; `default` fills blanks.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldSpec {
    /// Source column.
    pub column: Option<String>,
    /// A constant.
    pub value: Option<String>,
    /// The id of the entity resolved for this role (see `[entities.ROLE]`).
    pub role: Option<String>,
    /// An id made of this prefix, the file name and the line (`prefix-file-12`).
    pub row_id: Option<String>,
    /// Treat values matching this regex as empty.
    pub skip: Option<String>,
    /// Keep the first capture group of this regex.
    pub regex: Option<String>,
    /// Split into items: a separator, or `json` for a JSON list.
    pub split: Option<String>,
    /// Replace each item by its value in this table (a publisher's codes to
    /// ours: `mcu = "electronics"`); the key `"*"` gives the value of items
    /// the table does not name, which are otherwise kept as they are. Keys
    /// are compared ignoring case.
    pub map: Option<BTreeMap<String, String>>,
    /// Parse a date in this format (`%d.%m.%Y`, `%Y-%m`, `%d %b %Y`; `%d` and `%m` take 1 or 2 digits).
    pub date: Option<String>,
    /// Map a country name, ISO3 or ISO2 code to ISO 3166-1 alpha-2.
    pub country: Option<bool>,
    /// Normalise an HS code.
    pub hs: Option<bool>,
    /// Multiply a number (currency conversion).
    pub rate: Option<f64>,
    /// The decimal mark of a number under `rate`: `.` (the default: `,`
    /// separates thousands, `1,234.50`) or `,` (`.` or a space separates
    /// thousands, `1.234,50`).
    pub decimal: Option<String>,
    /// Put this before the value (`inn:`).
    pub prefix: Option<String>,
    /// Value when blank.
    pub default: Option<String>,
}

impl Role {
    /// Its fields in a fixed order: name, country, kind, identifiers, aliases, address.
    fn parts(&self) -> [Option<&Field>; 6] {
        [
            Some(&self.name),
            self.country.as_ref(),
            self.kind.as_ref(),
            self.identifiers.as_ref(),
            self.aliases.as_ref(),
            self.address.as_ref(),
        ]
    }
}

/// An entity role: the party a row names (exporter, importer, manufacturer...).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// Its name.
    pub name: Field,
    /// Its country.
    pub country: Option<Field>,
    /// Its kind.
    pub kind: Option<Field>,
    /// Identifiers, `scheme:value` (use `prefix`).
    pub identifiers: Option<Field>,
    /// Aliases.
    pub aliases: Option<Field>,
    /// Address.
    pub address: Option<Field>,
}

/// Options of the source file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceOptions {
    /// Field delimiter (default `,`).
    pub delimiter: Option<String>,
    /// Drop rows repeating the values of these columns (first one kept).
    #[serde(default)]
    pub dedupe: Vec<String>,
    /// Text for the records' `source` column (the file and line are added).
    pub name: Option<String>,
}

/// A mapping file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    /// Source options.
    #[serde(default)]
    pub source: SourceOptions,
    /// Entity roles.
    #[serde(default)]
    pub entities: BTreeMap<String, Role>,
    /// Component fields.
    pub components: Option<BTreeMap<String, Field>>,
    /// Shipment fields.
    pub shipments: Option<BTreeMap<String, Field>>,
    /// Link fields.
    pub links: Option<BTreeMap<String, Field>>,
    /// Finding fields.
    pub findings: Option<BTreeMap<String, Field>>,
    /// Flow fields.
    pub flows: Option<BTreeMap<String, Field>>,
}

impl Mapping {
    /// Read and check a mapping file.
    pub fn from_file(path: &Path) -> Result<Mapping> {
        let text = crate::store::unix_lines::read_text(path)?;
        let m: Mapping = toml::from_str(&text).map_err(|e| Error::BadFile {
            path: path.display().to_string(),
            message: format!("not a valid mapping: {}", e.to_string().trim()),
        })?;
        for (kind, fields) in m.kinds() {
            for f in fields.keys() {
                if !kind.columns().iter().any(|c| c.name == f) {
                    return Err(Error::BadFile {
                        path: path.display().to_string(),
                        message: format!(
                            "[{kind}] has no field {f:?}; its fields are {}",
                            kind.columns().iter().map(|c| c.name).collect::<Vec<_>>().join(", ")
                        ),
                    });
                }
            }
            if let Some(c) = kind.columns().iter().find(|c| c.required && !fields.contains_key(c.name)) {
                return Err(Error::BadFile {
                    path: path.display().to_string(),
                    message: format!(
                        "[{kind}] lacks {:?}, which every {kind} record needs: map it to a column, a value, a role or a row_id",
                        c.name
                    ),
                });
            }
        }
        for f in m.fields() {
            if let Field::Spec(spec) = f
                && let Some(d) = &spec.decimal
                && (spec.rate.is_none() || !matches!(d.as_str(), "." | ","))
            {
                return Err(Error::BadFile {
                    path: path.display().to_string(),
                    message: format!(
                        "decimal = {d:?}{}: the decimal mark is \".\" or \",\", for a number read with `rate`",
                        spec.column.as_deref().map(|c| format!(" (column {c:?})")).unwrap_or_default()
                    ),
                });
            }
            if let Some(r) = f.role()
                && !m.entities.contains_key(r)
            {
                return Err(Error::BadFile {
                    path: path.display().to_string(),
                    message: format!(
                        "role = {r:?} names no [entities.{r}]; the roles are: {}",
                        m.entities.keys().cloned().collect::<Vec<_>>().join(", ")
                    ),
                });
            }
        }
        Ok(m)
    }

    /// Every field: the roles', then the records'.
    fn fields(&self) -> impl Iterator<Item = &Field> {
        let records = self.kinds().into_iter().flat_map(|(_, f)| f.values());
        self.entities.values().flat_map(Role::parts).flatten().chain(records)
    }

    /// The columns of the data file the mapping reads.
    fn columns(&self) -> BTreeSet<&str> {
        self.fields().filter_map(Field::column).chain(self.source.dedupe.iter().map(String::as_str)).collect()
    }

    fn kinds(&self) -> Vec<(RecordKind, &BTreeMap<String, Field>)> {
        [
            (RecordKind::Components, &self.components),
            (RecordKind::Links, &self.links),
            (RecordKind::Findings, &self.findings),
            (RecordKind::Shipments, &self.shipments),
            (RecordKind::Flows, &self.flows),
        ]
        .into_iter()
        .filter_map(|(k, t)| t.as_ref().map(|t| (k, t)))
        .collect()
    }
}

/// A merge made by entity resolution.
#[derive(Debug, Clone, Serialize)]
pub struct Merge {
    /// The source file and line.
    pub source: String,
    /// The name as the row gives it.
    pub name: String,
    /// The entity it was merged into.
    pub entity_id: String,
    /// That entity's name.
    pub entity_name: String,
    /// `identifier`, `name` (same normalised name and country), or
    /// `ambiguous` (several candidates: a new entity, not merged).
    pub rule: String,
}

/// What a mapped import did.
#[derive(Debug, Clone, Default)]
pub struct MappedReport {
    /// The import's counts.
    pub import: ImportReport,
    /// The merges.
    pub merges: Vec<Merge>,
    /// Rows dropped as repeats (`dedupe`).
    pub duplicates: usize,
    /// Per kind: how many rows made no record because a field the kind
    /// requires came out empty, and the first of them (`file:line: field`).
    pub incomplete: BTreeMap<RecordKind, (usize, String)>,
}

/// Country names, ISO3 codes and common variants to alpha-2.
fn country_code(v: &str) -> Option<String> {
    let t = v.trim();
    let up = t.to_ascii_uppercase();
    if up.len() == 2 && reference::country(&up).is_some() {
        return Some(up);
    }
    let key = crate::matching::to_latin(t);
    let aliases = [
        ("russian federation", "RU"),
        ("russia", "RU"),
        ("hong kong china", "HK"),
        ("hong kong sar", "HK"),
        ("turkiye", "TR"),
        ("uae", "AE"),
        ("usa", "US"),
        ("united states of america", "US"),
        ("uk", "GB"),
        ("great britain", "GB"),
        ("korea republic of", "KR"),
        ("republic of korea", "KR"),
        ("taiwan province of china", "TW"),
        ("iran islamic republic of", "IR"),
        ("czech republic", "CZ"),
        ("kyrgyz republic", "KG"),
        ("viet nam", "VN"),
        ("unk", "ZZ"),
        ("unknown", "ZZ"),
        ("not identified", "ZZ"),
    ];
    if let Some((_, c)) = aliases.iter().find(|(a, _)| *a == key) {
        return Some(c.to_string());
    }
    reference::countries()
        .iter()
        .find(|c| c.iso3 == up || crate::matching::to_latin(&c.name) == key)
        .map(|c| c.iso2.clone())
}

/// Parse a date in a strftime-like format into `YYYY-MM-DD` (or `YYYY-MM` for a month format).
fn parse_date(v: &str, format: &str) -> std::result::Result<String, String> {
    let (mut y, mut m, mut d) = (None, None, None);
    let mut chars = v.trim().chars().peekable();
    let mut f = format.chars();
    let bad = || format!("{v:?} does not fit the date format {format:?}");
    let digits = |chars: &mut std::iter::Peekable<std::str::Chars>, max: usize| {
        let mut s = String::new();
        while s.len() < max && chars.peek().is_some_and(|c| c.is_ascii_digit()) {
            s.push(chars.next().unwrap_or('0'));
        }
        s.parse::<u32>().ok()
    };
    while let Some(c) = f.next() {
        if c == '%' {
            match f.next() {
                Some('Y') => y = digits(&mut chars, 4),
                Some('y') => y = digits(&mut chars, 2).map(|x| 2000 + x),
                Some('m') => m = digits(&mut chars, 2),
                Some('d') => d = digits(&mut chars, 2),
                Some('b') => {
                    let word: String = (0..3).filter_map(|_| chars.next()).collect::<String>().to_ascii_lowercase();
                    let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
                    m = months.iter().position(|x| *x == word).map(|i| i as u32 + 1);
                }
                _ => return Err(format!("date format {format:?}: unknown directive")),
            }
        } else if chars.next() != Some(c) {
            return Err(bad());
        }
    }
    if chars.next().is_some() {
        return Err(bad());
    }
    match (y, m, d) {
        (Some(y), Some(m), Some(d)) => {
            let s = format!("{y:04}-{m:02}-{d:02}");
            validate_date(&s).map(|_| s)
        }
        (Some(y), Some(m), None) if (1..=12).contains(&m) => Ok(format!("{y:04}-{m:02}")),
        _ => Err(bad()),
    }
}

/// A number written with the decimal mark `mark` (`.` or `,`), the other
/// mark (and, with `,`, a space) separating thousands in groups of three.
fn parse_number(x: &str, mark: &str) -> std::result::Result<f64, String> {
    let (point, group) = match mark {
        "." => ('.', ','),
        "," => (',', '.'),
        m => return Err(format!("decimal = {m:?}: the decimal mark is \".\" or \",\"")),
    };
    if x.starts_with('-') {
        return Err(format!("{x:?} is negative: amounts are 0 or more"));
    }
    let (whole, fraction) = x.split_once(point).unwrap_or((x, ""));
    let whole = if whole.is_empty() && !fraction.is_empty() { "0" } else { whole };
    // With a decimal comma, a space (also a no-break one) separates thousands.
    let spaced = |c: char| point == ',' && matches!(c, ' ' | '\u{a0}' | '\u{202f}');
    let groups: Vec<&str> = whole.split(|c| c == group || spaced(c)).collect();
    // `0,250` is no thousand: a first group of 0 stands alone.
    let grouped = groups.len() == 1
        || (!groups[0].is_empty()
            && !groups[0].starts_with('0')
            && groups[0].len() <= 3
            && groups[1..].iter().all(|g| g.len() == 3));
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if !grouped || !groups.iter().all(|g| digits(g)) || !digits(fraction) || whole.is_empty() {
        let hint =
            if point == '.' && x.contains(',') { " (a decimal comma? add decimal = \",\" to the field)" } else { "" };
        return Err(format!("{x:?} is not a number written with {mark:?} as the decimal mark{hint}"));
    }
    format!("{}.{}", groups.concat(), if fraction.is_empty() { "0" } else { fraction })
        .parse()
        .map_err(|_| format!("{x:?} is not a number"))
}

/// Compiled field transforms.
struct Compiled<'m> {
    spec: FieldSpec,
    field: &'m Field,
    skip: Option<Regex>,
    regex: Option<Regex>,
}

fn compile(field: &Field) -> std::result::Result<Compiled<'_>, String> {
    let spec = match field {
        Field::Column(c) => FieldSpec { column: Some(c.clone()), ..Default::default() },
        Field::Spec(s) => (**s).clone(),
    };
    let re =
        |r: &Option<String>| r.as_ref().map(|r| Regex::new(r).map_err(|e| format!("regex {r:?}: {e}"))).transpose();
    Ok(Compiled { skip: re(&spec.skip)?, regex: re(&spec.regex)?, spec, field })
}

/// The values of a field for a row (several with `split`).
fn eval(
    c: &Compiled<'_>,
    row: &BTreeMap<&str, &str>,
    roles: &BTreeMap<String, String>,
    row_tag: &str,
) -> std::result::Result<Vec<String>, String> {
    let _ = c.field;
    let s = &c.spec;
    let raw: String = if let Some(col) = &s.column {
        match row.get(col.as_str()) {
            Some(v) => v.trim().to_string(),
            None => return Err(format!("no column {col:?} in the file")),
        }
    } else if let Some(v) = &s.value {
        v.clone()
    } else if let Some(r) = &s.role {
        roles.get(r).cloned().unwrap_or_default()
    } else if let Some(p) = &s.row_id {
        format!("{p}-{row_tag}")
    } else {
        return Err("a field needs column, value, role or row_id".into());
    };
    let mut v = raw;
    if c.skip.as_ref().is_some_and(|r| r.is_match(&v)) {
        v.clear();
    }
    if let Some(r) = &c.regex {
        v = r.captures(&v).and_then(|m| m.get(1)).map_or(String::new(), |m| m.as_str().trim().to_string());
    }
    let items: Vec<String> = match s.split.as_deref() {
        None => vec![v],
        Some("json") if v.is_empty() => vec![],
        Some("json") => {
            serde_json::from_str::<Vec<String>>(&v).map_err(|e| format!("{v:?} is not a JSON list of strings: {e}"))?
        }
        Some(sep) => v.split(sep).map(|x| x.trim().to_string()).filter(|x| !x.is_empty()).collect(),
    };
    let mut out = Vec::new();
    for mut x in items {
        if x.is_empty()
            && let Some(d) = &s.default
        {
            x = d.clone();
        }
        if let Some(table) = &s.map
            && !x.is_empty()
        {
            let found = table.iter().find(|(k, _)| k.eq_ignore_ascii_case(&x)).or_else(|| table.get_key_value("*"));
            if let Some((_, v)) = found {
                x = v.clone();
            }
        }
        if !x.is_empty() {
            if let Some(f) = &s.date {
                x = parse_date(&x, f)?;
            }
            if s.country == Some(true) {
                x = country_code(&x).ok_or_else(|| format!("{x:?} is not a country name or code we know"))?;
            }
            if s.hs == Some(true) {
                x = normalize_hs(&x)?;
            }
            if let Some(r) = s.rate {
                let n = parse_number(&x, s.decimal.as_deref().unwrap_or("."))?;
                x = format!("{:.2}", n * r);
            }
            if let Some(p) = &s.prefix {
                x = format!("{p}{x}");
            }
        }
        out.push(x);
    }
    Ok(out)
}

/// A known entity for resolution.
#[derive(Debug, Clone)]
struct Known {
    id: String,
    name: String,
    kind: String,
    country: String,
    aliases: BTreeSet<String>,
    identifiers: BTreeSet<String>,
    source: String,
    new: bool,
}

/// Entity resolution: identifiers first, then normalised names within a country.
#[derive(Default)]
struct Resolver {
    known: Vec<Known>,
    by_identifier: BTreeMap<String, usize>,
    by_name: BTreeMap<(String, String), Vec<usize>>,
    ids: BTreeSet<String>,
}

/// The words of a name as written, in Latin letters and lower case, less
/// legal forms: not the matcher's tokens, which translate (`Vishay` is not
/// `higher`) and drop short words (`ON Semiconductor`).
fn written_words(name: &str) -> Vec<String> {
    let n = normalize(name);
    let forms: BTreeSet<&str> = n.legal_forms.iter().flat_map(|f| f.split(' ')).collect();
    let latin = crate::matching::to_latin(name).to_lowercase();
    let all: Vec<String> =
        latin.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).map(String::from).collect();
    let kept: Vec<String> = all.iter().filter(|w| !forms.contains(w.as_str())).cloned().collect();
    if kept.is_empty() { all } else { kept }
}

fn name_key(name: &str) -> String {
    normalize(name).tokens.join(" ")
}

impl Resolver {
    fn add(&mut self, k: Known) -> usize {
        let i = self.known.len();
        for v in &k.identifiers {
            self.by_identifier.entry(normalize_identifier(v.split_once(':').map_or(v.as_str(), |x| x.1))).or_insert(i);
        }
        for n in std::iter::once(&k.name).chain(&k.aliases) {
            let key = (name_key(n), k.country.clone());
            let list = self.by_name.entry(key).or_default();
            if !list.contains(&i) {
                list.push(i);
            }
        }
        self.ids.insert(k.id.clone());
        self.known.push(k);
        i
    }

    /// The id an entity of this kind, name and country takes, before any
    /// number that sets it apart from another.
    fn slug_of(kind: &str, name: &str, country: &str) -> String {
        let prefix: String = kind.chars().take(3).collect();
        let base: String = written_words(name).join("-").chars().take(48).collect();
        // No country suffix where the country is unknown (ZZ): such an
        // entity takes the country of a row that gives it (see `resolve`),
        // and then its suffix.
        if country == "ZZ" {
            format!("{prefix}-{base}")
        } else {
            format!("{prefix}-{base}-{}", country.to_ascii_lowercase())
        }
    }

    fn slug(&self, kind: &str, name: &str, country: &str) -> String {
        let stem = Self::slug_of(kind, name, country);
        let mut id = stem.clone();
        let mut n = 2;
        while self.ids.contains(&id) {
            id = format!("{stem}-{n}");
            n += 1;
        }
        id
    }

    /// The entity for a party, and the merge made, if any.
    fn resolve(
        &mut self,
        name: &str,
        country: &str,
        kind: &str,
        idents: &[String],
        extra: (&str, &str),
        source: &str,
    ) -> (String, Option<Merge>) {
        let merge = |k: &Known, rule: &str| Merge {
            source: source.to_string(),
            name: name.to_string(),
            entity_id: k.id.clone(),
            entity_name: k.name.clone(),
            rule: rule.to_string(),
        };
        for v in idents {
            let value = normalize_identifier(v.split_once(':').map_or(v.as_str(), |x| x.1));
            if let Some(&i) = self.by_identifier.get(&value) {
                let k = &mut self.known[i];
                let m = (k.name != name).then(|| merge(k, "identifier"));
                if k.name != name {
                    k.aliases.insert(name.to_string());
                }
                return (k.id.clone(), m);
            }
        }
        let key = (name_key(name), country.to_string());
        let mut candidates = self.by_name.get(&key).cloned().unwrap_or_default();
        if candidates.is_empty() {
            // The country unknown (ZZ) on one side: the only party of the same
            // name elsewhere is this one (a parent named in a subsidiary's row
            // takes no country from it); a new entity of unknown country
            // takes the country a later row gives.
            // Across countries the names must be the same words as written,
            // not merely the same matcher key (`ON Semiconductor` is not
            // `Semiconductor Inc`).
            let words = written_words(name);
            let mut same: Vec<usize> = self
                .by_name
                .range((key.0.clone(), String::new())..)
                .take_while(|((n, _), _)| *n == key.0)
                .filter(|((_, c), _)| country == "ZZ" || c == "ZZ")
                .flat_map(|(_, v)| v.iter().copied())
                .filter(|&i| {
                    let k = &self.known[i];
                    std::iter::once(&k.name).chain(&k.aliases).any(|n| written_words(n) == words)
                })
                .collect();
            same.sort_unstable();
            same.dedup();
            if let [i] = same[..] {
                candidates = vec![i];
                if country != "ZZ" && self.known[i].new && self.known[i].country == "ZZ" {
                    // It takes this country, and is found under it alone
                    // from now on (not by a row of a third country).
                    self.known[i].country = country.to_string();
                    let names: Vec<String> = std::iter::once(&self.known[i].name)
                        .chain(&self.known[i].aliases)
                        .map(|n| name_key(n))
                        .collect();
                    for n in names {
                        if let Some(list) = self.by_name.get_mut(&(n.clone(), "ZZ".to_string())) {
                            list.retain(|&x| x != i);
                        }
                        self.by_name.entry((n, country.to_string())).or_default().push(i);
                    }
                }
            }
        }
        if candidates.len() == 1 {
            let i = candidates[0];
            let new_idents: Vec<String> =
                idents.iter().filter(|v| !self.known[i].identifiers.contains(*v)).cloned().collect();
            for v in &new_idents {
                self.by_identifier
                    .entry(normalize_identifier(v.split_once(':').map_or(v.as_str(), |x| x.1)))
                    .or_insert(i);
            }
            let k = &mut self.known[i];
            k.identifiers.extend(new_idents);
            let m = (k.name != name).then(|| merge(k, "name"));
            if k.name != name {
                k.aliases.insert(name.to_string());
            }
            return (k.id.clone(), m);
        }
        let id = self.slug(kind, name, country);
        let ambiguous = (candidates.len() > 1).then(|| Merge {
            source: source.to_string(),
            name: name.to_string(),
            entity_id: id.clone(),
            entity_name: format!(
                "ambiguous: {} candidates ({}); a new entity, not merged",
                candidates.len(),
                candidates.iter().map(|&i| self.known[i].id.as_str()).collect::<Vec<_>>().join(", ")
            ),
            rule: "ambiguous".into(),
        });
        let mut aliases = BTreeSet::new();
        if !extra.0.is_empty() {
            aliases.extend(extra.0.split(';').map(|a| a.trim().to_string()).filter(|a| !a.is_empty()));
        }
        self.add(Known {
            id: id.clone(),
            name: name.to_string(),
            kind: kind.to_string(),
            country: country.to_string(),
            aliases,
            identifiers: idents.iter().cloned().collect(),
            source: format!("{} {}", source, extra.1).trim().to_string(),
            new: true,
        });
        (id, ambiguous)
    }
}

/// Records made for one kind, and the source file and line of each.
type Generated = (Vec<Vec<String>>, Vec<(String, u64)>);

/// The columns that identify a record of a kind.
fn key_columns(kind: RecordKind) -> &'static [&'static str] {
    match kind {
        RecordKind::Entities | RecordKind::Shipments => &["id"],
        RecordKind::Components => &["part_number", "manufacturer_id"],
        RecordKind::Links => &["from_id", "to_id", "relation"],
        RecordKind::Findings => &["manufacturer_id", "part_number", "weapon_system"],
        RecordKind::Flows => &["period", "reporter", "partner", "flow", "hs_code"],
    }
}

fn csv_text(header: &[&str], rows: &[Vec<String>]) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(header);
    for r in rows {
        let _ = w.write_record(r);
    }
    w.into_inner().unwrap_or_default()
}

/// Import flat files through a mapping.
pub fn import_mapped(
    store: &mut Option<Store>,
    db: &Path,
    mapping_path: &Path,
    data: &[std::path::PathBuf],
    opts: &ImportOptions,
) -> Result<MappedReport> {
    let mapping = Mapping::from_file(mapping_path)?;
    let mut resolver = Resolver::default();
    if let Some(s) = store.as_ref() {
        let table = s.entity_table()?;
        let ids: Vec<&str> = table.ids.iter().map(|x| &**x).collect();
        let details = s.entity_details(&ids)?;
        let idents = s.entity_identifiers()?;
        for id in ids {
            if let Some(d) = details.get(id) {
                resolver.add(Known {
                    id: id.to_string(),
                    name: d.name.clone(),
                    kind: d.kind.clone(),
                    country: d.country.clone(),
                    aliases: d.aliases.split(';').map(|a| a.trim().to_string()).filter(|a| !a.is_empty()).collect(),
                    identifiers: idents.get(id).into_iter().flatten().cloned().collect(),
                    source: d.source.clone(),
                    new: false,
                });
            }
        }
    }
    let bad_map = |m: String| Error::BadFile { path: mapping_path.display().to_string(), message: m };
    let roles: Vec<(String, Vec<Option<Compiled<'_>>>)> = mapping
        .entities
        .iter()
        .map(|(name, r)| {
            let compiled =
                r.parts().iter().map(|p| p.map(compile).transpose()).collect::<std::result::Result<Vec<_>, _>>();
            compiled.map(|c| (name.clone(), c)).map_err(|m| bad_map(format!("[entities.{name}]: {m}")))
        })
        .collect::<Result<_>>()?;
    let kinds: Vec<(RecordKind, Vec<(String, Compiled<'_>)>)> = mapping
        .kinds()
        .into_iter()
        .map(|(k, fields)| {
            let c = fields
                .iter()
                .map(|(f, spec)| compile(spec).map(|c| (f.clone(), c)).map_err(|m| bad_map(format!("[{k}] {f}: {m}"))))
                .collect::<Result<Vec<_>>>()?;
            Ok((k, c))
        })
        .collect::<Result<_>>()?;
    let wanted = mapping.columns();
    let mut records: BTreeMap<RecordKind, Generated> = BTreeMap::new();
    let mut errors: Vec<RowError> = Vec::new();
    let mut error_rows = 0usize;
    let mut merges = Vec::new();
    let mut duplicates = 0usize;
    let mut incomplete: BTreeMap<RecordKind, (usize, String)> = BTreeMap::new();
    let mut incomplete_rows: BTreeSet<(RecordKind, String, u64)> = BTreeSet::new();
    let mut seen_records: BTreeMap<RecordKind, BTreeSet<Vec<String>>> = BTreeMap::new();
    for path in data {
        let file = path.display().to_string();
        let stem = path.file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_default();
        let delimiter = mapping.source.delimiter.as_deref().and_then(|d| d.bytes().next()).unwrap_or(b',');
        let mut rdr =
            crate::store::unix_lines::open_csv(path, csv::ReaderBuilder::new().delimiter(delimiter).flexible(true))?;
        let starts = rdr.get_ref().line_starts();
        let headers: Vec<String> = rdr
            .headers()
            .map_err(|e| Error::BadFile { path: file.clone(), message: format!("not readable as CSV: {e}") })?
            .iter()
            .map(|h| h.trim().to_string())
            .collect();
        crate::store::unix_lines::repeated_column(&file, &headers, |h| wanted.contains(h))?;
        let missing: Vec<&str> = wanted.iter().copied().filter(|c| !headers.iter().any(|h| h == c)).collect();
        if !missing.is_empty() {
            let semicolons = headers.len() == 1 && headers[0].contains(';') && delimiter != b';';
            return Err(Error::BadFile {
                path: file.clone(),
                message: format!(
                    "the mapping {} reads the column{} {}, which this file lacks; its columns are: {}{}",
                    mapping_path.display(),
                    if missing.len() == 1 { "" } else { "s" },
                    missing.iter().map(|c| format!("{c:?}")).collect::<Vec<_>>().join(", "),
                    headers.join(", "),
                    if semicolons {
                        " (the header is separated by semicolons: add delimiter = \";\" under [source])"
                    } else {
                        ""
                    }
                ),
            });
        }
        let mut seen_keys: BTreeSet<Vec<String>> = BTreeSet::new();
        for rec in rdr.records() {
            let rec = rec.map_err(|e| Error::BadFile {
                path: format!("{file}:{}", starts.line(e.position())),
                message: format!("not readable as CSV (save it as UTF-8): {e}"),
            })?;
            let line = starts.line(rec.position());
            let row: BTreeMap<&str, &str> = headers.iter().map(String::as_str).zip(rec.iter()).collect();
            if !mapping.source.dedupe.is_empty() {
                let key: Vec<String> =
                    mapping.source.dedupe.iter().map(|c| row.get(c.as_str()).unwrap_or(&"").to_string()).collect();
                if !seen_keys.insert(key) {
                    duplicates += 1;
                    continue;
                }
            }
            let tag = format!("{stem}-{line}");
            let source =
                format!("{}{file}:{line}", mapping.source.name.as_ref().map(|n| format!("{n}, ")).unwrap_or_default());
            let mut row_errors: Vec<RowError> = Vec::new();
            let err = |column: &str, message: String| RowError {
                file: file.clone(),
                line,
                column: column.to_string(),
                message,
            };
            let mut resolved: BTreeMap<String, String> = BTreeMap::new();
            for (role, parts) in &roles {
                let mut vals: Vec<String> = Vec::new();
                let mut failed = false;
                for (i, p) in parts.iter().enumerate() {
                    let v = match p {
                        Some(c) => match eval(c, &row, &resolved, &tag) {
                            Ok(v) => v.join(";"),
                            Err(m) => {
                                row_errors.push(err(c.spec.column.as_deref().unwrap_or(role), m));
                                failed = true;
                                String::new()
                            }
                        },
                        None => String::new(),
                    };
                    vals.push(if i == 2 && v.is_empty() { "other".into() } else { v });
                }
                if failed || vals[0].is_empty() {
                    continue; // no party in this row for the role
                }
                let country = if vals[1].is_empty() { "ZZ".to_string() } else { vals[1].clone() };
                let idents: Vec<String> = vals[3]
                    .split(';')
                    .map(str::trim)
                    .filter(|v| v.contains(':') && v.len() > 4)
                    .map(String::from)
                    .collect();
                let (id, merge) = resolver.resolve(&vals[0], &country, &vals[2], &idents, (&vals[4], ""), &source);
                merges.extend(merge);
                resolved.insert(role.clone(), id);
            }
            for (kind, fields) in &kinds {
                let mut values: Vec<Vec<String>> = Vec::new();
                let mut ok = true;
                for (name, c) in fields {
                    match eval(c, &row, &resolved, &tag) {
                        Ok(v) => values.push(v),
                        Err(m) => {
                            row_errors.push(err(c.spec.column.as_deref().unwrap_or(name), m));
                            ok = false;
                        }
                    }
                }
                if !ok {
                    continue;
                }
                // One record per item of a split field; rows missing a required field are not records of this kind.
                let n = values.iter().map(Vec::len).max().unwrap_or(0);
                let cols = kind.columns();
                for i in 0..n {
                    let mut rec: Vec<String> = cols
                        .iter()
                        .map(|col| {
                            fields
                                .iter()
                                .position(|(f, _)| f == col.name)
                                .map(|j| {
                                    if values[j].len() == 1 {
                                        values[j][0].clone()
                                    } else {
                                        values[j].get(i).cloned().unwrap_or_default()
                                    }
                                })
                                .unwrap_or_default()
                        })
                        .collect();
                    if let Some((c, _)) = cols.iter().zip(&rec).find(|(c, v)| c.required && v.is_empty()) {
                        // Counted once per row, however many items it split into.
                        let x = incomplete.entry(*kind).or_insert_with(|| (0, format!("{file}:{line}: {}", c.name)));
                        if incomplete_rows.insert((*kind, file.clone(), line)) {
                            x.0 += 1;
                        }
                        continue;
                    }
                    // A parent named as the company itself ("Foo (Foo)") links nothing.
                    if *kind == RecordKind::Links && rec[0] == rec[1] {
                        continue;
                    }
                    if let Some(si) = cols.iter().position(|c| c.name == "source")
                        && rec[si].is_empty()
                    {
                        rec[si] = source.clone();
                    }
                    // The same record from several rows (a link repeated on every
                    // row of a subsidiary) is kept once, with the first row's source.
                    let key: Vec<String> = key_columns(*kind)
                        .iter()
                        .filter_map(|k| cols.iter().position(|c| c.name == *k))
                        .map(|i| rec[i].clone())
                        .collect();
                    if !seen_records.entry(*kind).or_default().insert(key) {
                        continue;
                    }
                    let entry = records.entry(*kind).or_default();
                    entry.0.push(rec);
                    entry.1.push((file.clone(), line));
                }
            }
            if !row_errors.is_empty() {
                error_rows += 1;
                let room = ROW_ERRORS_SHOWN.saturating_sub(errors.len());
                errors.extend(row_errors.into_iter().take(room));
            }
        }
    }
    if error_rows > 0 && !opts.skip_invalid {
        return Err(Error::InvalidRows { errors, total: error_rows });
    }
    for e in &errors {
        log::warn!("skipping {e}");
    }
    // A new entity first seen without a country and given one by a later
    // row takes the id it would have had (`man-analog-devices-us`).
    let mut renamed: BTreeMap<String, String> = BTreeMap::new();
    for i in 0..resolver.known.len() {
        let k = &resolver.known[i];
        if k.new && k.country != "ZZ" && Resolver::slug_of(&k.kind, &k.name, "ZZ") == k.id {
            let (old, new) = (k.id.clone(), resolver.slug(&k.kind, &k.name, &k.country));
            resolver.ids.insert(new.clone());
            resolver.known[i].id = new.clone();
            renamed.insert(old, new);
        }
    }
    if !renamed.is_empty() {
        // Only the fields that take a role's id: a part number that
        // happens to read like an id stays as it is.
        for (kind, fields) in &kinds {
            let Some((rows, _)) = records.get_mut(kind) else { continue };
            let cols = kind.columns();
            let of_roles: Vec<usize> = fields
                .iter()
                .filter(|(_, c)| c.field.role().is_some())
                .filter_map(|(f, _)| cols.iter().position(|c| c.name == f))
                .collect();
            for row in rows.iter_mut() {
                for &i in &of_roles {
                    if let Some(new) = renamed.get(row[i].as_str()) {
                        row[i] = new.clone();
                    }
                }
            }
        }
        for m in &mut merges {
            if let Some(new) = renamed.get(&m.entity_id) {
                m.entity_id = new.clone();
            }
        }
    }
    // The new entities, then the other kinds, through the ordinary import.
    let entity_rows: Vec<Vec<String>> = resolver
        .known
        .iter()
        .filter(|k| k.new)
        .map(|k| {
            vec![
                k.id.clone(),
                k.name.clone(),
                k.kind.clone(),
                k.country.clone(),
                k.aliases.iter().cloned().collect::<Vec<_>>().join(";"),
                String::new(),
                k.identifiers.iter().cloned().collect::<Vec<_>>().join(";"),
                String::new(),
                String::new(),
                k.source.clone(),
            ]
        })
        .collect();
    let label = |kind: RecordKind| {
        format!(
            "{} [{kind} via {}]",
            data.first().map(|p| p.display().to_string()).unwrap_or_default(),
            mapping_path.display()
        )
    };
    let mut inputs = Vec::new();
    let names: Vec<&str> = RecordKind::Entities.columns().iter().map(|c| c.name).collect();
    inputs.push(InputFile::in_memory(
        &label(RecordKind::Entities),
        RecordKind::Entities,
        csv_text(&names, &entity_rows),
    ));
    let mut origins: BTreeMap<String, Vec<(String, u64)>> = BTreeMap::new();
    for (kind, (rows, origin)) in records {
        let names: Vec<&str> = kind.columns().iter().map(|c| c.name).collect();
        let name = label(kind);
        origins.insert(name.clone(), origin);
        inputs.push(InputFile::in_memory(&name, kind, csv_text(&names, &rows)));
    }
    let target = match store.take() {
        Some(s) => Ok(s),
        None => Store::open_or_create(db),
    }?;
    let mut target = target;
    let result = target.import(inputs, opts);
    *store = Some(target);
    match result {
        Ok(import) => Ok(MappedReport { import, merges, duplicates, incomplete }),
        // Point row errors of generated records back at the source file and line.
        Err(Error::InvalidRows { errors, total }) => Err(Error::InvalidRows {
            errors: errors
                .into_iter()
                .map(|mut e| {
                    if let Some((f, l)) = origins.get(&e.file).and_then(|o| o.get((e.line as usize).saturating_sub(2)))
                    {
                        e.file = f.clone();
                        e.line = *l;
                    }
                    e
                })
                .collect(),
            total,
        }),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_with_either_decimal_mark() {
        assert_eq!(parse_number("1,234.50", ".").unwrap(), 1234.5);
        assert_eq!(parse_number("12", ".").unwrap(), 12.0);
        assert_eq!(parse_number("1.234,50", ",").unwrap(), 1234.5);
        assert_eq!(parse_number("1 234,5", ",").unwrap(), 1234.5);
        assert_eq!(parse_number("12,50", ",").unwrap(), 12.5);
        assert_eq!(parse_number("1\u{a0}234,5", ",").unwrap(), 1234.5);
        assert_eq!(parse_number(".5", ".").unwrap(), 0.5);
        assert!(parse_number("-5", ".").unwrap_err().contains("negative"));
        // A comma that cannot separate thousands is not dropped.
        for bad in ["12,50", "1,5", "1,2,3", "1.234,50", "0,250", "", "1e9", "12,3456.0"] {
            let e = parse_number(bad, ".").unwrap_err();
            assert!(e.contains("decimal mark"), "{bad}: {e}");
        }
        assert!(parse_number("12,50", ".").unwrap_err().contains("decimal = \",\""));
        assert!(parse_number("1,234.50", ",").is_err());
        assert!(parse_number("1", ";").is_err());
    }

    #[test]
    fn dates_in_several_formats() {
        assert_eq!(parse_date("12.9.2014", "%d.%m.%Y").unwrap(), "2014-09-12");
        assert_eq!(parse_date("2022-03", "%Y-%m").unwrap(), "2022-03");
        assert_eq!(parse_date("05 Mar 23", "%d %b %y").unwrap(), "2023-03-05");
        assert!(parse_date("31.02.2023", "%d.%m.%Y").is_err());
        assert!(parse_date("2023/01/01", "%Y-%m-%d").is_err());
    }

    #[test]
    fn countries_from_names_and_codes() {
        assert_eq!(country_code("Russian Federation").as_deref(), Some("RU"));
        assert_eq!(country_code("DEU").as_deref(), Some("DE"));
        assert_eq!(country_code("hk").as_deref(), Some("HK"));
        assert_eq!(country_code("Türkiye").as_deref(), Some("TR"));
        assert_eq!(country_code("UNK").as_deref(), Some("ZZ"));
        assert_eq!(country_code("Atlantis"), None);
    }

    #[test]
    fn resolution_by_identifier_then_name_and_ambiguity() {
        let mut r = Resolver::default();
        let (a, m) = r.resolve("ООО «Ромашка»", "RU", "importer", &["inn:7701234567".into()], ("", ""), "f:2");
        assert!(m.is_none());
        let (b, m) = r.resolve("Romashka LLC", "RU", "importer", &[], ("", ""), "f:3");
        assert_eq!(a, b);
        assert_eq!(m.unwrap().rule, "name");
        let (c, m) =
            r.resolve("Romashka Trading (new name)", "RU", "importer", &["inn:7701234567".into()], ("", ""), "f:4");
        assert_eq!((c, m.unwrap().rule), (a.clone(), "identifier".to_string()));
        // Same name in another country: another entity.
        let (d, _) = r.resolve("Romashka LLC", "KZ", "importer", &[], ("", ""), "f:5");
        assert_ne!(d, a);
        // Two existing candidates with the same key: a new entity, reported.
        let trader = |id: &str, name: &str| Known {
            id: id.into(),
            name: name.into(),
            kind: "trader".into(),
            country: "AM".into(),
            aliases: BTreeSet::new(),
            identifiers: BTreeSet::new(),
            source: String::new(),
            new: false,
        };
        r.add(trader("x1", "Vasilek"));
        r.add(trader("x2", "Vasilek LLC"));
        let (e, m) = r.resolve("VASILEK", "AM", "trader", &[], ("", ""), "f:6");
        assert_eq!(m.unwrap().rule, "ambiguous");
        assert!(e != "x1" && e != "x2");
        // Ids are stable: the same input gives the same ids.
        assert_eq!(a, "imp-romashka-ru");
    }
}
