//! Selectors name sets of entities on the command line and in saved queries:
//! `id:ENT42`, `country:HK`, `kind:manufacturer`, `group:hubs`, `listed`,
//! `list:US-EL`, `end_user` (any kind name alone). Terms joined with `+` must
//! all hold (intersection); alternatives are joined with `,` (union):
//! `kind:manufacturer+group:gecc,id:E7`.

use serde::Serialize;

use crate::error::{Error, Result};
use crate::model::EntityKind;
use crate::reference;

/// One condition on an entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Term {
    /// The entity with this id.
    Id(String),
    /// Entities in this country (ISO alpha-2).
    Country(String),
    /// Entities of this kind.
    Kind(EntityKind),
    /// Entities in a country of this group (`gecc`, `hubs`, `target`, ...).
    Group(String),
    /// Entities on any sanctions list.
    Listed,
    /// Entities on this list.
    List(String),
}

/// A union of intersections of terms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Selector {
    /// The alternatives; each is a conjunction of terms.
    pub any_of: Vec<Vec<Term>>,
    /// The text it was parsed from.
    pub text: String,
}

/// Defaults of the chokepoint analysis.
pub const DEFAULT_FROM: &str = "kind:manufacturer+group:gecc";
/// Listed parties and end users in `target` countries (Russia, Belarus).
pub const DEFAULT_TO: &str = "listed+group:target,end_user+group:target";

fn parse_term(t: &str) -> Result<Term> {
    let usage = |m: String| Error::Usage(format!("selector {t:?}: {m}"));
    let (key, value) = match t.split_once(':') {
        Some((k, v)) => (k.trim().to_ascii_lowercase(), v.trim()),
        None => (t.trim().to_ascii_lowercase(), ""),
    };
    let need = |v: &str| if v.is_empty() { Err(usage(format!("{key}: needs a value, as in {key}:X"))) } else { Ok(()) };
    match key.as_str() {
        "id" => need(value).map(|_| Term::Id(value.to_string())),
        "country" => {
            need(value)?;
            let c = value.to_ascii_uppercase();
            if reference::country(&c).is_none() {
                return Err(usage(format!("{c:?} is not an ISO 3166-1 alpha-2 country code")));
            }
            Ok(Term::Country(c))
        }
        "kind" => EntityKind::parse(value).map(Term::Kind).ok_or_else(|| {
            let near = nearest(value, EntityKind::ALL.iter().map(|k| k.as_str()));
            usage(format!("{value:?} is not a kind{near}; use {}", EntityKind::expected()))
        }),
        "group" => {
            need(value)?;
            let g = value.to_ascii_lowercase();
            if reference::group_members(&g).is_none() {
                let names = reference::group_names();
                let near = nearest(&g, names.iter().map(String::as_str));
                return Err(usage(format!("unknown group {g:?}{near}; groups: {}", names.join(", "))));
            }
            Ok(Term::Group(g))
        }
        "listed" => Ok(Term::Listed),
        "list" => need(value).map(|_| Term::List(value.to_string())),
        other => match EntityKind::parse(other) {
            Some(k) if value.is_empty() => Ok(Term::Kind(k)),
            _ => Err(usage(format!(
                "expected id:X, country:CC, kind:K, group:G, listed, list:L, or a kind such as end_user{}",
                nearest(other, EntityKind::ALL.iter().map(|k| k.as_str()).chain(["listed"]))
            ))),
        },
    }
}

/// ` (did you mean "x"?)` for the closest candidate (edit distance, then
/// the same length, then Jaro-Winkler), or nothing when none is close.
pub fn nearest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    let lower = wanted.to_lowercase();
    let best = candidates
        .into_iter()
        .map(|c| {
            let c_lower = c.to_lowercase();
            // At one distance, a word of the same length first: letters
            // swapped (`tpo`: top, not to).
            let same_length = c_lower.chars().count() == lower.chars().count();
            let close = strsim::normalized_damerau_levenshtein(&lower, &c_lower);
            (close, same_length, strsim::jaro_winkler(&lower, &c_lower), c)
        })
        .filter(|(d, _, _, _)| *d >= 0.6)
        .max_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)).then(a.2.total_cmp(&b.2)).then(b.3.cmp(a.3)));
    best.map(|(_, _, _, c)| format!(" (did you mean {c:?}?)")).unwrap_or_default()
}

impl Selector {
    /// Parse `a+b,c` (see the module documentation).
    pub fn parse(text: &str) -> Result<Selector> {
        if text.trim().is_empty() {
            return Err(Error::Usage("empty selector: name at least one term, such as kind:manufacturer".into()));
        }
        // An empty alternative or term (`id:E1,,id:E2`, `listed+`) is a slip, not "anything".
        if text.split(',').any(|alt| alt.split('+').any(|t| t.trim().is_empty())) {
            return Err(Error::Usage(format!(
                "selector {text:?}: an empty term between `,` or `+`; remove the extra separator"
            )));
        }
        let any_of = text
            .split(',')
            .map(str::trim)
            .map(|alt| alt.split('+').map(parse_term).collect::<Result<Vec<_>>>())
            .collect::<Result<Vec<_>>>()?;
        Ok(Selector { any_of, text: text.to_string() })
    }

    /// The ids the selector names with `id:` terms (checked against the store by the caller).
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.any_of.iter().flatten().filter_map(|t| match t {
            Term::Id(id) => Some(id.as_str()),
            _ => None,
        })
    }
}

impl std::fmt::Display for Selector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_term_is_a_slip_not_anything() {
        for text in ["id:E1,,id:E2", "listed+", ",listed", "  "] {
            assert!(Selector::parse(text).is_err(), "{text:?}");
        }
        assert_eq!(Selector::parse(" listed , kind:trader ").unwrap().any_of.len(), 2);
    }

    #[test]
    fn the_nearest_word_prefers_letters_swapped_to_one_dropped() {
        use super::nearest;
        assert_eq!(nearest("tpo", ["to", "top", "from"]), " (did you mean \"top\"?)");
        assert_eq!(nearest("fro", ["to", "top", "from"]), " (did you mean \"from\"?)");
        assert_eq!(nearest("zzzz", ["to", "top"]), "");
    }

    #[test]
    fn selectors_parse_unions_of_intersections() {
        let s = Selector::parse(DEFAULT_TO).unwrap();
        assert_eq!(s.any_of.len(), 2);
        assert_eq!(s.any_of[0], vec![Term::Listed, Term::Group("target".into())]);
        assert_eq!(s.any_of[1], vec![Term::Kind(EntityKind::EndUser), Term::Group("target".into())]);
        let s = Selector::parse("id:E1,country:hk,list:US-EL").unwrap();
        assert_eq!(s.any_of[1], vec![Term::Country("HK".into())]);
        assert_eq!(s.ids().collect::<Vec<_>>(), vec!["E1"]);
    }

    #[test]
    fn bad_selectors_say_what_is_wrong() {
        let e = Selector::parse("group:hub").unwrap_err().to_string();
        assert!(e.contains("unknown group \"hub\" (did you mean \"hubs\"?)"), "{e}");
        assert!(Selector::parse("country:XX").is_err());
        assert!(Selector::parse("kind:pirate").is_err());
        assert!(Selector::parse("").is_err());
        assert!(Selector::parse("color:red").is_err());
    }
}
