//! Reading in the browser: the options as JavaScript passes them, and a report from its text,
//! with the same problems, named by path, as natively.

use serde::Deserialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::errors::describe;
use super::shape;
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
    RawOptions::deserialize(serde_wasm_bindgen::Deserializer::from(options.clone())).map_err(|e| {
        // serde-wasm-bindgen gives no path: every option is a string, so the first that is not
        // one is the option named.
        let wrong = js_sys::Object::keys(options.unchecked_ref::<js_sys::Object>())
            .iter()
            .find(|key| {
                let value = js_sys::Reflect::get(&options, key).unwrap_or_default();
                Option::<String>::deserialize(serde_wasm_bindgen::Deserializer::from(value))
                    .is_err()
            });
        let message = serde_message(e);
        match wrong.and_then(|key| key.as_string()) {
            Some(key) => format!("options.{key}: {message}"),
            None => format!("options: {message}"),
        }
    })
}

/// Reads a report from its text: the browser's `JSON.parse`, its shape checked against the
/// schema ([`shape`]), then serde-wasm-bindgen into the model. Problems name the field's path,
/// as natively ([`validate::parse`] does the same with serde_json).
pub(crate) fn read_report(json: &str) -> Result<Report, validate::Problem> {
    read(json, true)
}

/// Reads the report compiled in, without the shape check: the native tests check that its file
/// is valid, unknown fields and types included (`tests/report_data.rs`), and the walk would add
/// 20–40 ms to every default page's reading with the CPU 4× slower.
pub(crate) fn read_compiled_in() -> Result<Report, validate::Problem> {
    read(crate::DEFAULT_REPORT_JSON, false)
}

fn read(json: &str, check_shape: bool) -> Result<Report, validate::Problem> {
    validate::check_size(json.len())?;
    let value = js_sys::JSON::parse(json).map_err(|e| validate::Problem {
        path: String::new(),
        message: format!(
            "the data file is not JSON: {}",
            validate::shortened_quotes(&describe(&e))
        ),
    })?;
    if let Some(problem) = check_shape.then(|| shape::first_problem(&value)).flatten() {
        return Err(problem);
    }
    Report::deserialize(serde_wasm_bindgen::Deserializer::from(value.clone()))
        .map_err(|e| chart_problem(&value, e))
}

/// A problem serde-wasm-bindgen finds in a report whose shape is right: one of a chart's own
/// rules (the fields its type needs, [`crate::model::Chart`]). It gives no path, so the chart is
/// found by reading each one alone.
fn chart_problem(report: &JsValue, error: serde_wasm_bindgen::Error) -> validate::Problem {
    let list = |value: &JsValue, key: &str| -> Vec<JsValue> {
        js_sys::Reflect::get(value, &key.into())
            .ok()
            .and_then(|v| v.dyn_into::<js_sys::Array>().ok())
            .map(|a| a.iter().collect())
            .unwrap_or_default()
    };
    for (i, section) in list(report, "sections").iter().enumerate() {
        for (j, chart) in list(section, "charts").into_iter().enumerate() {
            let read =
                crate::model::Chart::deserialize(serde_wasm_bindgen::Deserializer::from(chart));
            if let Err(e) = read {
                return validate::problem(format!("sections[{i}].charts[{j}]"), &serde_message(e));
            }
        }
    }
    validate::problem(String::new(), &serde_message(error))
}

/// Reads and checks a data file in the browser, as [`validate::load`] does natively: every
/// problem, with its path. The editor's module checks files with it.
///
/// # Errors
/// The first shape or type problem, or every rule the report breaks.
#[cfg(feature = "editor")]
pub(crate) fn load_report(json: &str) -> Result<Report, Vec<validate::Problem>> {
    let mut report = read_report(json).map_err(|p| vec![p])?;
    let problems = validate::validate(&mut report);
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
