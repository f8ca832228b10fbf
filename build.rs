//! Embeds the default report without the whitespace between its JSON tokens: the module carries
//! it to every reader (50 → 31 KB raw, and the same less in WebAssembly memory); and the data
//! format's JSON Schema the same way.

use std::{env, fs, path::Path};

const REPORT: &str = "data/erqi-2020.json";
/// The JSON Schema generated from the model's types (kept in step by `tests/schema.rs`): the
/// browser checks a report's shape against it (see `src/web/shape.rs`).
const SCHEMA: &str = "data/report.schema.json";

fn main() {
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo::rerun-if-changed={REPORT}");
    let report = fs::read_to_string(REPORT).expect("the default report is readable");
    fs::write(Path::new(&out_dir).join("report.json"), minify(&report))
        .expect("OUT_DIR is writable");
    println!("cargo::rerun-if-changed={SCHEMA}");
    let schema: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(SCHEMA).expect("the schema is readable"))
            .expect("the schema is JSON");
    let names = serde_json::to_string(&shape_of(&schema)).expect("a value is written");
    fs::write(Path::new(&out_dir).join("schema.json"), names).expect("OUT_DIR is writable");
}

/// The schema with only what gives a report's shape: fields, types, names and where they lead
/// (descriptions, patterns and lengths are the validator's business).
fn shape_of(schema: &serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match schema {
        Value::Object(members) => Value::Object(
            members
                .iter()
                .filter(|(key, _)| {
                    [
                        "$ref",
                        "$defs",
                        "properties",
                        "items",
                        "anyOf",
                        "oneOf",
                        "type",
                        "required",
                        "const",
                        "minimum",
                        "maximum",
                    ]
                    .contains(&key.as_str())
                })
                .map(|(key, value)| {
                    let kept = match key.as_str() {
                        // Names of definitions and fields: every one is kept.
                        "$defs" | "properties" => Value::Object(
                            value
                                .as_object()
                                .into_iter()
                                .flatten()
                                .map(|(name, v)| (name.clone(), shape_of(v)))
                                .collect(),
                        ),
                        _ => shape_of(value),
                    };
                    (key.clone(), kept)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(shape_of).collect()),
        other => other.clone(),
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
