//! Analyses: what the graph algorithms mean for export control. Each returns
//! a report struct; rendering is the caller's business.

pub mod chokepoints;
pub mod concentration;
pub mod dependency;
pub mod diagram;
pub mod exposure;
pub mod hubs;
pub mod routes;
pub mod whatif;

/// Money in USD from flow units (cents).
pub(crate) fn usd(cents: u64) -> f64 {
    cents as f64 / 100.0
}

/// Value in USD as flow capacity units (cents).
pub(crate) fn cents(usd: f64) -> u64 {
    (usd * 100.0).round().max(0.0) as u64
}

/// Round to `d` decimals, for stable output.
pub(crate) fn round(x: f64, d: i32) -> f64 {
    let f = 10f64.powi(d);
    // + 0.0: no -0 in the output (a route of certain steps weighs 0).
    (x * f).round() / f + 0.0
}
