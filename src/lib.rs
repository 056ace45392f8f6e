//! chokepoint: export-control and sanctions analysis of component-origin records.
//!
//! The pipeline runs one way: CSV files → [`store`] (SQLite) → graph view →
//! analysis → output ([`render`]). The store is the system of record; graphs
//! are views built on demand from it under a filter.
//!
//! ```
//! use chokepoint::store::Store;
//!
//! let store = Store::demo().unwrap(); // the embedded demo network, in memory
//! let stats = store.stats().unwrap();
//! assert!(stats.records.iter().any(|(kind, n)| kind == "shipments" && *n >= 3000));
//! ```
#![warn(missing_docs)]

pub mod analysis;
pub mod cli;
pub mod error;
pub mod generate;
pub mod graph;
pub mod matching;
pub mod model;
pub mod query;
pub mod reference;
pub mod render;
pub mod scoring;
pub mod store;

pub use error::{Error, Result};
