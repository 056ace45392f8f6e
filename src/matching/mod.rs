//! Name matching across scripts: normalisation ([`normalize()`]), token-level
//! similarity that tolerates word order and spelling variants, and a
//! candidate index (tokens and character trigrams) so that a query is only
//! compared with names that could match. Every match explains itself.

pub mod eval;
mod identifiers;
mod index;
mod normalize;
mod similarity;
#[cfg(test)]
mod tests;
mod variants;
mod words;

pub use identifiers::{
    identifiers_in, in_scientific_notation, normalize_identifier, scheme_of_column, split_identifier,
    spreadsheet_number,
};
pub use index::{Hit, NameIndex};
pub use normalize::{NormalName, is_common, normalize, skeleton, to_latin, word_stem};
pub use similarity::{DEFAULT_THRESHOLD, KINDS_DIFFER_SCORE, Similarity, kinds_of_two_names, similarity};
pub use variants::{is_legal_form_alone, name_forms, name_variants, names_no_company};
