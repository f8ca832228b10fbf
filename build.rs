//! Embeds the default report without the whitespace between its JSON tokens: the module carries
//! it to every reader (50 → 31 KB raw, and the same less in WebAssembly memory); and the data
//! format's JSON Schema the same way.

use std::{env, fs, path::Path};

const REPORT: &str = "data/erqi-2020.json";
/// The JSON Schema generated from the model's types (kept in step by `tests/schema.rs`): the
/// browser checks a report's field names against it (see `src/web/fields.rs`).
const SCHEMA: &str = "data/report.schema.json";

fn main() {
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for (from, to) in [(REPORT, "report.json"), (SCHEMA, "schema.json")] {
        println!("cargo::rerun-if-changed={from}");
        let text = fs::read_to_string(from).expect("the data files are readable");
        fs::write(Path::new(&out_dir).join(to), minify(&text)).expect("OUT_DIR is writable");
    }
}

/// `text` without whitespace outside strings (the tests check that the default report is valid).
fn minify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !matches!(c, ' ' | '\n' | '\r' | '\t') {
            out.push(c);
        }
    }
    out
}
