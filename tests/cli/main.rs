//! End-to-end tests: run the real `chokepoint` binary on `datasets/` and
//! the fixtures in `tests/fixtures/`.

mod generate;
mod import;
mod reference;
mod stats;
mod util;
