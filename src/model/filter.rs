//! Which shipments a graph view takes: HS prefixes, CHPL tiers, categories,
//! a date range and a minimum value. Parsing and matching only; the store
//! applies the date and value bounds in SQL, the rest is matched here.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::model::{normalize_hs, validate_date};
use crate::reference;

/// A shipment filter. The empty filter takes every shipment.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Filter {
    /// HS code prefixes (digits); a shipment matches when its code starts with one.
    pub hs: Vec<String>,
    /// CHPL tiers (`1`, `2`, `3.A`, ...); a shipment matches when its HS6 is on the CHPL in one of them.
    pub tiers: Vec<String>,
    /// Categories: electronics, machine_tools, drone_parts, production_equipment, other.
    pub categories: Vec<String>,
    /// First date, inclusive (`YYYY-MM-DD`).
    pub since: Option<String>,
    /// Last date, inclusive (`YYYY-MM-DD`).
    pub until: Option<String>,
    /// Minimum shipment value in USD.
    pub min_value: Option<f64>,
}

/// The categories a filter can name.
pub const CATEGORIES: [&str; 5] = ["electronics", "machine_tools", "drone_parts", "production_equipment", "other"];

impl Filter {
    /// Parse the command-line forms: comma-separated lists, ISO dates.
    pub fn parse(
        hs: Option<&str>,
        tiers: Option<&str>,
        categories: Option<&str>,
        since: Option<&str>,
        until: Option<&str>,
        min_value: Option<f64>,
    ) -> Result<Filter> {
        // A flag given with nothing in it would filter nothing, silently.
        for (flag, v) in [("--hs", hs), ("--tier", tiers), ("--category", categories)] {
            if v.is_some_and(|v| v.split(',').all(|p| p.trim().is_empty())) {
                return Err(Error::Usage(format!("{flag} is empty: give a value, or leave the flag out")));
            }
            if let Some(v) = v.filter(|v| v.split(',').any(|p| p.trim().is_empty())) {
                return Err(Error::Usage(format!("{flag} {v}: a term between commas is empty; remove the comma")));
            }
        }
        let list = |s: Option<&str>| -> Vec<String> {
            s.map(|s| s.split(',').map(|p| p.trim().to_string()).filter(|p| !p.is_empty()).collect())
                .unwrap_or_default()
        };
        let hs = list(hs)
            .iter()
            .map(|h| normalize_hs(h).map_err(|m| Error::Usage(format!("--hs: {m}"))))
            .collect::<Result<Vec<_>>>()?;
        let tiers = list(tiers)
            .into_iter()
            .map(|t| {
                let t = t.to_ascii_uppercase();
                if reference::TIERS.contains(&t.as_str()) {
                    Ok(t)
                } else {
                    Err(Error::Usage(format!("--tier: {t:?} is not a CHPL tier; use {}", reference::TIERS.join(", "))))
                }
            })
            .collect::<Result<Vec<_>>>()?;
        let categories = list(categories)
            .into_iter()
            .map(|c| {
                let c = c.to_ascii_lowercase().replace('-', "_");
                if CATEGORIES.contains(&c.as_str()) {
                    Ok(c)
                } else {
                    Err(Error::Usage(format!("--category: {c:?} is not a category; use {}", CATEGORIES.join(", "))))
                }
            })
            .collect::<Result<Vec<_>>>()?;
        for (flag, d) in [("--since", since), ("--until", until)] {
            if let Some(d) = d {
                validate_date(d).map_err(|m| Error::Usage(format!("{flag}: {m}")))?;
            }
        }
        if let (Some(s), Some(u)) = (since, until)
            && s > u
        {
            return Err(Error::Usage(format!("--since {s} is after --until {u}: nothing would be selected")));
        }
        if let Some(v) = min_value
            && !(v >= 0.0 && v.is_finite())
        {
            return Err(Error::Usage(format!("--min-value: {v} must be 0 or more")));
        }
        Ok(Filter { hs, tiers, categories, since: since.map(String::from), until: until.map(String::from), min_value })
    }

    /// Whether the HS and tier parts of the filter accept a code (digits).
    pub fn accepts_hs(&self, hs: &str) -> bool {
        (self.hs.is_empty() || self.hs.iter().any(|p| hs.starts_with(p.as_str())))
            && (self.tiers.is_empty() || reference::chpl_entry(hs).is_some_and(|c| self.tiers.contains(&c.tier)))
    }

    /// Whether the category part accepts a shipment of this category.
    pub fn accepts_category(&self, category: &str) -> bool {
        self.categories.is_empty() || self.categories.iter().any(|c| c == category)
    }

    /// A one-line description, for report headers (`tier 1; since 2022-02-24`).
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if !self.hs.is_empty() {
            parts.push(format!("HS {}", self.hs.join(",")));
        }
        if !self.tiers.is_empty() {
            parts.push(format!("CHPL tier {}", self.tiers.join(",")));
        }
        if !self.categories.is_empty() {
            parts.push(format!("category {}", self.categories.join(",")));
        }
        if let Some(s) = &self.since {
            parts.push(format!("since {s}"));
        }
        if let Some(u) = &self.until {
            parts.push(format!("until {u}"));
        }
        if let Some(v) = self.min_value {
            parts.push(format!("shipments of at least ${v}"));
        }
        if parts.is_empty() { "all shipments".into() } else { parts.join("; ") }
    }
}

/// The category of a shipment with no component record: from its HS code
/// (the CHPL category, or machine tools for headings 8456-8466).
pub fn category_of_hs(hs: &str) -> &'static str {
    if let Some(c) = reference::chpl_entry(hs) {
        return match c.category.as_str() {
            "electronics" => "electronics",
            "machine_tools" => "machine_tools",
            "production_equipment" => "production_equipment",
            _ => "drone_parts",
        };
    }
    match hs.get(..4).and_then(|h| h.parse::<u32>().ok()) {
        Some(8456..=8466) => "machine_tools",
        Some(8501) | Some(8507) | Some(8806) | Some(8807) => "drone_parts",
        Some(8541) | Some(8542) => "electronics",
        _ => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_matches_prefixes_and_tiers() {
        let f = Filter::parse(Some("8542.31,8457"), None, None, None, None, None).unwrap();
        assert!(f.accepts_hs("854231") && f.accepts_hs("8457100000"));
        assert!(!f.accepts_hs("854232"));
        let f = Filter::parse(None, Some("1,3.a"), None, None, None, None).unwrap();
        assert_eq!(f.tiers, vec!["1", "3.A"]);
        assert!(f.accepts_hs("854239") && f.accepts_hs("854110") && !f.accepts_hs("845710"));
        assert!(Filter::parse(None, Some("5"), None, None, None, None).is_err());
        assert!(Filter::parse(None, None, None, Some("2022-02-30"), None, None).is_err());
        assert!(Filter::parse(None, None, Some("toys"), None, None, None).is_err());
        // An empty term between commas is a typo, not "every code".
        assert!(Filter::parse(Some("8542,,8543"), None, None, None, None, None).is_err());
        assert!(Filter::parse(Some("8542,"), None, None, None, None, None).is_err());
    }

    #[test]
    fn categories_come_from_hs_codes() {
        assert_eq!(category_of_hs("854231"), "electronics");
        assert_eq!(category_of_hs("845710"), "machine_tools");
        assert_eq!(category_of_hs("846221"), "machine_tools");
        assert_eq!(category_of_hs("880730"), "drone_parts");
        assert_eq!(category_of_hs("940360"), "other");
    }
}
