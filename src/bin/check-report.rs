//! Checks data files as the widget does: `cargo run --bin check-report -- FILE…` prints each
//! file's problems with their paths (or `ok`) and fails if any file is not valid.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let mut all_valid = true;
    for path in std::env::args().skip(1) {
        let problems = match std::fs::read_to_string(&path) {
            Ok(text) => report_infographic::validate::load(&text)
                .err()
                .unwrap_or_default(),
            Err(e) => vec![report_infographic::validate::Problem {
                path: String::new(),
                message: format!("cannot be read: {e}"),
            }],
        };
        if problems.is_empty() {
            println!("{path}: ok");
        }
        for problem in &problems {
            println!("{path}: {problem}");
        }
        all_valid &= problems.is_empty();
    }
    if all_valid {
        std::process::ExitCode::SUCCESS
    } else {
        std::process::ExitCode::FAILURE
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
