//! Supplier risk: screening against watch lists and the listed parties of
//! the store, the 50% ownership rule, and a 0-100 score with its reasons.
//! Weights come from a TOML file (`weights.toml` holds the defaults).

mod address;
mod ownership;
mod screen;

pub(crate) use ownership::{Owners, findings as ownership_findings};
pub use ownership::{OwnershipFinding, owned_by_listed};
pub use screen::{EntityMatch, Screen, Supplier, SupplierRow, Unreadable, WatchIndex, match_entities, read_suppliers};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The default weights, as shipped.
pub const DEFAULT_WEIGHTS: &str = include_str!("weights.toml");

/// Points per reason.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Points {
    /// Identifier equal to a list entry's.
    pub identifier_match: f64,
    /// Name match, times the similarity.
    pub name_match: f64,
    /// Name match to an entry of other countries only, times the similarity.
    pub name_match_other_country: f64,
    /// Owned 50% or more by listed parties.
    pub owned_by_listed: f64,
    /// Controlled by a listed or blocked party, share not known.
    pub controlled_by_listed: f64,
    /// Listed parties hold less than 50%, times the share divided by 50.
    pub linked_to_listed: f64,
    /// Near listed parties or military end users, divided by the hops.
    pub near_listed: f64,
    /// In a hub country.
    pub hub_country: f64,
    /// In a target (Russia, Belarus) or embargoed (Iran, North Korea) country.
    pub target_country: f64,
    /// Incorporated after the cutoff outside the coalition.
    pub new_company: f64,
    /// Shares an address with a listed party.
    pub shared_address: f64,
    /// Handles CHPL tier 1-2 goods.
    pub chpl_tier_1_2: f64,
    /// Forwarder or trader as consignee.
    pub intermediary_consignee: f64,
}

/// Band lower bounds.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bands {
    /// Medium from.
    pub medium: f64,
    /// High from.
    pub high: f64,
    /// Critical from.
    pub critical: f64,
}

/// Scoring weights and settings.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Weights {
    /// Name similarity threshold.
    pub threshold: f64,
    /// Name similarity from which a match to an entry of other countries
    /// only counts.
    pub other_country_threshold: f64,
    /// Hops for `near_listed`.
    pub max_hops: usize,
    /// Cutoff date.
    pub cutoff: String,
    /// Points.
    pub points: Points,
    /// Bands.
    pub bands: Bands,
}

impl Weights {
    /// The shipped defaults.
    pub fn defaults() -> Weights {
        toml::from_str(DEFAULT_WEIGHTS).expect("the shipped weights.toml is valid (tested)")
    }

    /// Weights from a TOML file; keys left out keep their defaults.
    pub fn from_file(path: &std::path::Path) -> Result<Weights> {
        let text = crate::store::unix_lines::read_text(path)?;
        let mut base: toml::Table = toml::from_str(DEFAULT_WEIGHTS).expect("valid defaults");
        let user: toml::Table = toml::from_str(&text).map_err(|e| Error::BadFile {
            path: path.display().to_string(),
            message: format!("not valid TOML: {e}"),
        })?;
        merge(&mut base, user);
        let w: Weights = toml::Value::Table(base).try_into().map_err(|e| {
            // Merged with the defaults, the error has no place: the line
            // that sets the key it names.
            let message = e.to_string().trim().replace('\n', " ");
            let named = |marker: &str| message.split_once(marker).and_then(|(_, rest)| rest.split_once('`'));
            let line = named("unknown field `").or_else(|| named("in `")).and_then(|(key, _)| {
                let last = key.rsplit('.').next().unwrap_or(key);
                text.lines()
                    .position(|l| l.trim_start().strip_prefix(last).is_some_and(|r| r.trim_start().starts_with('=')))
            });
            let path = match line {
                Some(i) => format!("{}:{}", path.display(), i + 1),
                None => path.display().to_string(),
            };
            Error::BadFile {
                path,
                message: format!("{message}; `chokepoint score --print-weights` shows each key and its value"),
            }
        })?;
        // A value out of range, with the line that sets its key (the first
        // key the message names: `[bands] medium = 25, high = 25`), where
        // the file sets it.
        let at_line = |message: String| {
            let after_table = message.split_once("] ").map_or(message.as_str(), |(_, rest)| rest);
            let key = after_table.split(" = ").next().unwrap_or("").trim();
            let line =
                text.lines().position(|l| l.split('=').next().is_some_and(|k| k.trim() == key) && l.contains('='));
            let path = match line {
                Some(i) => format!("{}:{}", path.display(), i + 1),
                None => path.display().to_string(),
            };
            Error::BadFile { path, message }
        };
        crate::model::validate_date(&w.cutoff).map_err(|m| at_line(format!("cutoff = {:?}: {m}", w.cutoff)))?;
        w.check().map_err(at_line)?;
        Ok(w)
    }

    /// Whether the settings make sense: a threshold above 0 and at most 1,
    /// points from 0 to 100, bands rising from 0 to 100.
    fn check(&self) -> std::result::Result<(), String> {
        if !(self.threshold > 0.0 && self.threshold <= 1.0) {
            return Err(format!(
                "threshold = {}: a name similarity, above 0 and at most 1 (default 0.9)",
                self.threshold
            ));
        }
        if !(self.other_country_threshold > 0.0 && self.other_country_threshold <= 1.0) {
            return Err(format!(
                "other_country_threshold = {}: a name similarity, above 0 and at most 1 (default 0.95)",
                self.other_country_threshold
            ));
        }
        let p = &self.points;
        for (key, v) in [
            ("identifier_match", p.identifier_match),
            ("name_match", p.name_match),
            ("name_match_other_country", p.name_match_other_country),
            ("owned_by_listed", p.owned_by_listed),
            ("controlled_by_listed", p.controlled_by_listed),
            ("linked_to_listed", p.linked_to_listed),
            ("near_listed", p.near_listed),
            ("hub_country", p.hub_country),
            ("target_country", p.target_country),
            ("new_company", p.new_company),
            ("shared_address", p.shared_address),
            ("chpl_tier_1_2", p.chpl_tier_1_2),
            ("intermediary_consignee", p.intermediary_consignee),
        ] {
            if !(0.0..=100.0).contains(&v) {
                return Err(format!("[points] {key} = {v}: points are from 0 (the reason does not count) to 100"));
            }
        }
        let b = &self.bands;
        if !(0.0 <= b.medium && b.medium < b.high && b.high < b.critical && b.critical <= 100.0) {
            return Err(format!(
                "[bands] medium = {}, high = {}, critical = {}: lower bounds must rise, from 0 to 100",
                b.medium, b.high, b.critical
            ));
        }
        Ok(())
    }

    /// The band of a score.
    pub fn band(&self, score: f64) -> &'static str {
        if score >= self.bands.critical {
            "critical"
        } else if score >= self.bands.high {
            "high"
        } else if score >= self.bands.medium {
            "medium"
        } else {
            "low"
        }
    }
}

fn merge(base: &mut toml::Table, user: toml::Table) {
    for (k, v) in user {
        match (base.get_mut(&k), v) {
            (Some(toml::Value::Table(b)), toml::Value::Table(u)) => merge(b, u),
            (_, v) => {
                base.insert(k, v);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_weights_parse_and_band() {
        let w = Weights::defaults();
        assert_eq!(w.points.identifier_match, 80.0);
        assert_eq!(w.band(10.0), "low");
        assert_eq!(w.band(25.0), "medium");
        assert_eq!(w.band(74.9), "high");
        assert_eq!(w.band(100.0), "critical");
    }

    #[test]
    fn user_weights_override_some_keys() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("w.toml");
        std::fs::write(&p, "[points]\nhub_country = 40\n").unwrap();
        let w = Weights::from_file(&p).unwrap();
        assert_eq!(w.points.hub_country, 40.0);
        assert_eq!(w.points.name_match, 60.0);
        std::fs::write(&p, "[points]\nhub_contry = 40\n").unwrap();
        assert!(Weights::from_file(&p).unwrap_err().to_string().contains("hub_contry"));
        // Values out of range are refused, saying which and why.
        for (text, says) in [
            ("threshold = 7\n", "threshold = 7: a name similarity"),
            ("[points]\nname_match = -60\n", "name_match = -60: points are from 0"),
            ("[bands]\nmedium = 90\nhigh = 50\ncritical = 10\n", "lower bounds must rise"),
        ] {
            std::fs::write(&p, text).unwrap();
            let e = Weights::from_file(&p).unwrap_err().to_string();
            assert!(e.contains(says), "{e}");
        }
        assert!(Weights::defaults().check().is_ok());
    }
}
