//! Reading a data file and checking that it is a well-formed report.
//!
//! Report data is untrusted input: it may come from another site through the `src` option. Every
//! problem names the path of the field (`sections[3].figures[2].unit`) and what is wrong with it,
//! so an editor can fix the file from the message alone.

mod problem;
mod rules;

pub use problem::{
    check_size, problem, shortened_quotes, Problem, MAX_FIGURES_PER_SECTION, MAX_FILE_BYTES,
    MAX_SECTIONS, MAX_TEXT_CHARS, QUOTED_CHARS,
};

use crate::model::{Chart, Report};
use crate::number::{parse_written, Quantity};

/// Reads and checks a data file.
///
/// # Errors
/// Returns every problem found: first a shape or type error from reading the JSON (only the first
/// one can be known), otherwise all the rule violations [`validate`] finds.
#[cfg(not(target_arch = "wasm32"))]
pub fn load(json: &str) -> Result<Report, Vec<Problem>> {
    let mut report = parse(json).map_err(|p| vec![p])?;
    let problems = validate(&mut report);
    if problems.is_empty() {
        Ok(report)
    } else {
        Err(problems)
    }
}

/// Reads a data file into a [`Report`] with serde_json, checking only its shape and types; its
/// figures' values are read by [`validate`].
///
/// # Errors
/// Returns the first problem, with the path of the field that has the wrong shape.
#[cfg(not(target_arch = "wasm32"))]
pub fn parse(json: &str) -> Result<Report, Problem> {
    check_size(json.len())?;
    // In two steps, as in the browser (`JSON.parse`, then serde-wasm-bindgen): text that is not
    // JSON is told apart from JSON of the wrong shape, whose message then has the path rather
    // than a line and column (serde_json reading the model straight from text reports a wrong
    // type where an enum's name belongs as a syntax error).
    let value: serde_json::Value = serde_json::from_str(json).map_err(|e| Problem {
        path: String::new(),
        message: format!(
            "the data file is not JSON: {}",
            shortened_quotes(&e.to_string())
        ),
    })?;
    read(value).map_err(|(path, e)| problem(path, &e.to_string()))
}

/// Reads a report from a serde deserializer (serde_json's); the browser reads its own way
/// (`web::read_report`), without serde_path_to_error's cost in the module.
///
/// # Errors
/// Returns the path of the first field of the wrong shape or type (`sections[3].figures[2].unit`)
/// and the deserializer's error.
#[cfg(not(target_arch = "wasm32"))]
pub fn read<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Report, (String, D::Error)> {
    serde_path_to_error::deserialize(deserializer).map_err(|e| {
        let path = path_text(e.path());
        (path, e.into_inner())
    })
}

/// A path as the docs write it: `sections[3].figures[2].unit`.
#[cfg(not(target_arch = "wasm32"))]
fn path_text(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut text = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => text.push_str(&format!("[{index}]")),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                if !text.is_empty() {
                    text.push('.');
                }
                text.push_str(key);
            }
            Segment::Unknown => {}
        }
    }
    text
}

/// Reads every figure's value and checks the rules that span fields. An empty list means the
/// report is valid, with every value read ([`crate::model::Figure::quantity`]): what drawing needs.
pub fn validate(report: &mut Report) -> Vec<Problem> {
    read_values(report);
    rules::check(report)
}

/// Reads every figure's value and unit, and every ring's whole, once: the checks, the wording and
/// the charts use what is read here. A value that is not a number stays unread; its check says
/// why.
fn read_values(report: &mut Report) {
    for section in &mut report.sections {
        for figure in &mut section.figures {
            figure.quantity = Quantity::read(&figure.value, &figure.unit).ok();
        }
        for chart in &mut section.charts {
            if let Chart::Ring {
                out_of: Some(out_of),
                ..
            } = chart
            {
                out_of.number = parse_written(&out_of.value).ok().map(|w| w.value);
            }
        }
    }
}
