//! Flags shared by the analysis commands: the shipment filter and the
//! source/target selectors.

use clap::Args;

use crate::model::{DEFAULT_FROM, DEFAULT_TO, Filter, Selector};

/// The shipment filter of a graph view.
#[derive(Debug, Clone, Args, Default)]
pub struct FilterArgs {
    /// HS code prefixes, comma-separated (e.g. 8542,8471.50).
    #[arg(long, value_name = "PREFIXES", help_heading = "Filter")]
    pub hs: Option<String>,
    /// CHPL tiers, comma-separated (1, 2, 3.A, 3.B, 4.A, 4.B).
    #[arg(long, value_name = "TIERS", help_heading = "Filter")]
    pub tier: Option<String>,
    /// Categories: electronics, machine_tools, drone_parts, production_equipment, other.
    #[arg(long, value_name = "CATEGORIES", help_heading = "Filter")]
    pub category: Option<String>,
    /// Shipments on or after this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", help_heading = "Filter")]
    pub since: Option<String>,
    /// Shipments on or before this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", help_heading = "Filter")]
    pub until: Option<String>,
    /// Shipments worth at least this many USD.
    #[arg(long, value_name = "USD", help_heading = "Filter", allow_negative_numbers = true)]
    pub min_value: Option<f64>,
}

impl FilterArgs {
    /// The filter these flags describe.
    pub fn filter(&self) -> crate::Result<Filter> {
        Filter::parse(
            self.hs.as_deref(),
            self.tier.as_deref(),
            self.category.as_deref(),
            self.since.as_deref(),
            self.until.as_deref(),
            self.min_value,
        )
    }
}

/// Sources and targets.
#[derive(Debug, Clone, Args)]
pub struct EndsArgs {
    /// Sources: a selector (id:X, country:CC, kind:K, group:G, listed, list:L,
    /// a kind alone; `+` for "and", `,` for "or").
    #[arg(long, value_name = "SEL", default_value = DEFAULT_FROM)]
    pub from: String,
    /// Targets: a selector, as --from.
    #[arg(long, value_name = "SEL", default_value = DEFAULT_TO)]
    pub to: String,
}

impl EndsArgs {
    /// The parsed selectors.
    pub fn selectors(&self) -> crate::Result<(Selector, Selector)> {
        Ok((Selector::parse(&self.from)?, Selector::parse(&self.to)?))
    }
}
