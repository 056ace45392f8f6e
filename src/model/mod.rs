//! The records chokepoint works with, and the parsing of their typed cells
//! (HS codes, dates, kinds). No I/O here.

mod filter;
mod selector;
mod values;

pub use filter::{CATEGORIES, Filter, category_of_hs};
pub use selector::{DEFAULT_FROM, DEFAULT_TO, Selector, Term, nearest};
pub use values::{normalize_hs, parse_amount, validate_date, validate_period};

use serde::Serialize;

/// The six CSV record kinds of the store, in import (dependency) order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordKind {
    /// Companies, people and organisations (`entities.csv`).
    Entities,
    /// Part numbers and their manufacturers (`components.csv`).
    Components,
    /// Ownership and other links between entities (`links.csv`).
    Links,
    /// Parts found in weapon systems (`findings.csv`).
    Findings,
    /// One shipment (line item) from an exporter to an importer (`shipments.csv`).
    Shipments,
    /// Aggregated country-level trade statistics (`flows.csv`).
    Flows,
}

/// One column of a record kind's CSV layout.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// Header name.
    pub name: &'static str,
    /// Whether the column must be present and non-empty.
    pub required: bool,
}

const fn req(name: &'static str) -> Column {
    Column { name, required: true }
}
const fn opt(name: &'static str) -> Column {
    Column { name, required: false }
}

impl RecordKind {
    /// All kinds, in import order.
    pub const ALL: [RecordKind; 6] = [
        RecordKind::Entities,
        RecordKind::Components,
        RecordKind::Links,
        RecordKind::Findings,
        RecordKind::Shipments,
        RecordKind::Flows,
    ];

    /// The kind's name, which is also its file stem (`entities` for `entities.csv`).
    pub fn name(self) -> &'static str {
        match self {
            RecordKind::Entities => "entities",
            RecordKind::Components => "components",
            RecordKind::Links => "links",
            RecordKind::Findings => "findings",
            RecordKind::Shipments => "shipments",
            RecordKind::Flows => "flows",
        }
    }

    /// The CSV layout: every known column, required ones marked.
    pub fn columns(self) -> &'static [Column] {
        match self {
            RecordKind::Entities => {
                const {
                    &[
                        req("id"),
                        req("name"),
                        req("kind"),
                        req("country"),
                        opt("aliases"),
                        opt("address"),
                        opt("identifiers"),
                        opt("incorporated"),
                        opt("lists"),
                        opt("source"),
                    ]
                }
            }
            RecordKind::Components => {
                const { &[req("part_number"), req("manufacturer_id"), req("hs_code"), opt("category"), opt("description")] }
            }
            RecordKind::Shipments => {
                const {
                    &[
                        req("id"),
                        req("date"),
                        req("exporter_id"),
                        req("importer_id"),
                        req("hs_code"),
                        opt("part_number"),
                        opt("manufacturer_id"),
                        opt("origin_country"),
                        opt("quantity"),
                        req("value_usd"),
                        opt("source"),
                    ]
                }
            }
            RecordKind::Links => {
                const { &[req("from_id"), req("to_id"), req("relation"), opt("share"), opt("source")] }
            }
            RecordKind::Findings => {
                const { &[req("manufacturer_id"), opt("part_number"), req("weapon_system"), opt("found_on"), opt("source")] }
            }
            RecordKind::Flows => {
                const {
                    &[
                        req("period"),
                        req("reporter"),
                        req("partner"),
                        req("flow"),
                        req("hs_code"),
                        req("value"),
                        opt("currency"),
                        opt("source"),
                    ]
                }
            }
        }
    }

    /// Recognise a kind from a file name (`entities.csv`, `demo-shipments.csv`).
    pub fn from_file_name(name: &str) -> Option<RecordKind> {
        let stem = name.strip_suffix(".csv").unwrap_or(name).to_ascii_lowercase();
        let mut found = RecordKind::ALL.into_iter().filter(|k| {
            stem == k.name() || stem.ends_with(&format!("-{}", k.name())) || stem.ends_with(&format!("_{}", k.name()))
        });
        let first = found.next();
        first.filter(|_| found.next().is_none())
    }

    /// Recognise a kind from a header: the kind all of whose required columns are present.
    /// When several fit, the one with the most matching columns wins.
    pub fn from_header<'a>(header: impl IntoIterator<Item = &'a str> + Clone) -> Option<RecordKind> {
        let names: Vec<String> = header.into_iter().map(|h| h.trim().to_ascii_lowercase()).collect();
        RecordKind::ALL
            .into_iter()
            .filter(|k| k.columns().iter().filter(|c| c.required).all(|c| names.iter().any(|n| n == c.name)))
            .max_by_key(|k| k.columns().iter().filter(|c| names.iter().any(|n| n == c.name)).count())
    }
}

impl std::fmt::Display for RecordKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        pub enum $name { $($(#[$vmeta])* #[serde(rename = $text)] $variant),+ }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value as written in files and on the command line.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// Parse the written form (case-insensitive, `-` or `_`).
            pub fn parse(s: &str) -> Option<$name> {
                let s = s.trim().to_ascii_lowercase().replace('-', "_");
                match s.as_str() { $($text => Some($name::$variant),)+ _ => None }
            }

            /// The accepted values, for error messages.
            pub fn expected() -> String {
                [$($text),+].join(", ")
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

string_enum! {
    /// What an entity is in the supply chain.
    EntityKind {
        /// Makes the parts.
        Manufacturer = "manufacturer",
        /// Authorised distributor of a manufacturer.
        Distributor = "distributor",
        /// Trader or reseller.
        Trader = "trader",
        /// Freight forwarder or logistics firm.
        Forwarder = "forwarder",
        /// Importer of record.
        Importer = "importer",
        /// Military or other end user.
        EndUser = "end_user",
        /// Anything else.
        Other = "other",
    }
}

string_enum! {
    /// How two entities are linked.
    Relation {
        /// `from` owns `share` percent of `to`.
        Owns = "owns",
        /// `from` controls `to`.
        Controls = "controls",
        /// `from` (a person) directs `to`.
        DirectorOf = "director_of",
        /// The two share a registered address.
        SharesAddress = "shares_address",
        /// The two share a phone, e-mail or website.
        SharesContact = "shares_contact",
        /// `from` is a subsidiary of `to`.
        SubsidiaryOf = "subsidiary_of",
    }
}

string_enum! {
    /// The category of a component.
    Category {
        /// Integrated circuits, radio modules and other electronics.
        Electronics = "electronics",
        /// CNC machine tools and their parts.
        MachineTools = "machine_tools",
        /// Drone parts: motors, bearings, navigation.
        DroneParts = "drone_parts",
        /// Anything else.
        Other = "other",
    }
}

string_enum! {
    /// Direction of an aggregated trade flow, as the reporter sees it.
    FlowDirection {
        /// The reporter exported to the partner.
        Export = "export",
        /// The reporter imported from the partner.
        Import = "import",
    }
}
