//! The `chokepoint` binary: parse arguments, run, map errors to exit codes.

use std::process::ExitCode;

// Indexing and scoring make many small strings on two threads: mimalloc
// took about a tenth off scoring 10,000 suppliers and a seventh off loading
// a 100,000-entry list, against the system's malloc.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = chokepoint::cli::parse();
    chokepoint::cli::init_logging(&cli.global);
    match chokepoint::cli::run(cli) {
        Ok(code) => code,
        Err(err) => {
            if chokepoint::cli::is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("chokepoint: error: {err}");
            for cause in err.chain().skip(1) {
                eprintln!("\nCaused by:\n    {cause}");
            }
            ExitCode::from(chokepoint::cli::exit_code(&err))
        }
    }
}
