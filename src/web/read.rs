//! Reading in the browser: the options as JavaScript passes them, and a report from its text,
//! with the same problems, named by path, as natively.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::errors::describe;
use super::fields;
use crate::model::Report;
use crate::options::RawOptions;
use crate::validate;

/// Reads the options as JavaScript passes them: `{ sections, lang, theme, motion, text, src }`,
/// all strings, all optional (`undefined` or `null` for one not given), through
/// serde-wasm-bindgen.
pub(super) fn js_options(options: JsValue) -> Result<RawOptions, String> {
    if options.is_undefined() || options.is_null() {
        return Ok(RawOptions::default());
    }
    serde_path_to_error::deserialize(serde_wasm_bindgen::Deserializer::from(options)).map_err(|e| {
        let path = e.path().to_string();
        let message = serde_message(e.into_inner());
        if path == "." {
            format!("options: {message}")
        } else {
            format!("options.{path}: {message}")
        }
    })
}

/// Reads a report from its text: the browser's `JSON.parse`, then serde-wasm-bindgen into the
/// model. Problems name the field's path, as natively ([`validate::parse`] does the same with
/// serde_json).
pub(crate) fn read_report(json: &str) -> Result<Report, validate::Problem> {
    validate::check_size(json.len())?;
    let value = js_sys::JSON::parse(json).map_err(|e| validate::Problem {
        path: String::new(),
        message: format!(
            "the data file is not JSON: {}",
            validate::shortened_quotes(&describe(&e))
        ),
    })?;
    // serde-wasm-bindgen reads an array as an object with no fields (`missing field `format``).
    if js_sys::Array::is_array(&value) {
        return Err(validate::Problem {
            path: String::new(),
            message: "invalid type: sequence, expected struct Report".into(),
        });
    }
    let report = validate::read(serde_wasm_bindgen::Deserializer::from(value.clone()))
        .map_err(|(path, e)| validate::problem(path, &serde_message(e)))?;
    match fields::first_unknown(&value) {
        Some(problem) => Err(problem),
        None => Ok(report),
    }
}

/// Reads and checks a data file in the browser, as [`validate::load`] does natively: every
/// problem, with its path. The editor's module checks files with it.
///
/// # Errors
/// The first shape or type problem, or every rule the report breaks.
#[cfg(feature = "editor")]
pub(crate) fn load_report(json: &str) -> Result<Report, Vec<validate::Problem>> {
    let report = read_report(json).map_err(|p| vec![p])?;
    let problems = validate::validate(&report);
    if problems.is_empty() {
        Ok(report)
    } else {
        Err(problems)
    }
}

/// The message of a serde-wasm-bindgen error, without the `Error: ` its text starts with.
fn serde_message(error: serde_wasm_bindgen::Error) -> String {
    let value = JsValue::from(error);
    match value.dyn_ref::<js_sys::Error>() {
        Some(e) => e.message().into(),
        None => describe(&value),
    }
}
