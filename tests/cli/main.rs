//! End-to-end tests: run the real `chokepoint` binary on `datasets/` and
//! the fixtures in `tests/fixtures/`.

mod chokepoints;
mod crosscheck;
mod dependency;
mod dot;
mod generate;
mod import;
mod mapped;
mod queries;
mod reference;
mod routes;
mod screening;
mod stats;
mod util;
