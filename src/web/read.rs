//! Reading in the browser: the options as JavaScript passes them, and a report from its text,
//! with the same problems, named by path, as natively.

use serde::Deserialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::errors::describe;
use super::shape;
use crate::model::{Report, Section};
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

/// A report being read in parts, so that no task is long on a slow phone (reading Erqi's report
/// at once took 25–50 ms with the CPU 4× slower, about half of it the browser compiling the
/// reading code as it first ran): [`Reading::start`] parses the text with the browser's
/// `JSON.parse`; each [`Reading::read_on`] then reads parts for a few milliseconds: first the
/// report's head (its format and meta, with an empty list of sections), then its sections one
/// at a time. A report from a file has each part's shape checked against the schema first
/// ([`shape`]), then serde-wasm-bindgen reads the part into the model. Problems name the
/// field's path, as natively ([`validate::parse`] does the same with serde_json).
pub(crate) struct Reading {
    /// The report as `JSON.parse` gives it, its sections taken out when they are read apart.
    head: JsValue,
    /// The sections, read one at a time after the head (none if the report is not an object
    /// with a list of sections: it is then read at once, and its problem found as a whole).
    sections: js_sys::Array,
    check_shape: bool,
    /// The report so far: its head, with the sections read.
    report: Option<Report>,
}

/// Time one [`Reading::read_on`] may spend, in ms: it reads at least one part.
const READ_SLICE_MS: f64 = 8.0;

impl Reading {
    /// Starts reading a report from a file's text: `JSON.parse`, and the report's shape checked
    /// part by part as it is read.
    ///
    /// # Errors
    /// The file is too long, or not JSON.
    pub fn start(json: &str) -> Result<Reading, validate::Problem> {
        Reading::of(json, true)
    }

    /// Starts reading the report compiled in, without the shape check: the native tests check
    /// that its file is valid, unknown fields and types included (`tests/report_data.rs`), and
    /// the walk would add 20–40 ms to every default page's reading with the CPU 4× slower.
    pub fn compiled_in() -> Result<Reading, validate::Problem> {
        Reading::of(crate::DEFAULT_REPORT_JSON, false)
    }

    fn of(json: &str, check_shape: bool) -> Result<Reading, validate::Problem> {
        validate::check_size(json.len())?;
        let value = js_sys::JSON::parse(json).map_err(|e| validate::Problem {
            path: String::new(),
            message: format!(
                "the data file is not JSON: {}",
                validate::shortened_quotes(&describe(&e))
            ),
        })?;
        // The sections are taken out of the parsed value (the module's own), to be read apart.
        let key = JsValue::from_str("sections");
        let list = js_sys::Reflect::get(&value, &key).unwrap_or_default();
        let sections = match list.dyn_into::<js_sys::Array>() {
            Ok(list) if value.is_object() && !js_sys::Array::is_array(&value) => {
                let _ = js_sys::Reflect::set(&value, &key, &js_sys::Array::new());
                list
            }
            _ => js_sys::Array::new(),
        };
        Ok(Reading {
            head: value,
            sections,
            check_shape,
            report: None,
        })
    }

    /// Reads on for about [`READ_SLICE_MS`] by `clock` (without one: to the end); the report
    /// once every part is read.
    ///
    /// # Errors
    /// The first problem of the part read: its shape, or a chart's own rules.
    pub fn read_on(
        &mut self,
        clock: Option<&web_sys::Performance>,
    ) -> Result<Option<Report>, validate::Problem> {
        let start_ms = clock.map(web_sys::Performance::now);
        loop {
            self.read_part()?;
            if (self.report.as_ref())
                .is_some_and(|r| r.sections.len() >= self.sections.length() as usize)
            {
                return Ok(self.report.take());
            }
            if let (Some(clock), Some(start_ms)) = (clock, start_ms) {
                if clock.now() - start_ms >= READ_SLICE_MS {
                    return Ok(None);
                }
            }
        }
    }

    /// Reads the next part: the head, or the next section.
    fn read_part(&mut self) -> Result<(), validate::Problem> {
        let Some(report) = &mut self.report else {
            if self.check_shape {
                if let Some(problem) = shape::first_problem(&self.head) {
                    return Err(problem);
                }
            }
            let report =
                Report::deserialize(serde_wasm_bindgen::Deserializer::from(self.head.clone()))
                    .map_err(|e| validate::problem(String::new(), &serde_message(e)))?;
            self.report = Some(report);
            return Ok(());
        };
        let index = report.sections.len();
        let section = self.sections.get(index as u32);
        if self.check_shape {
            if let Some(problem) = shape::first_section_problem(&section, index) {
                return Err(problem);
            }
        }
        let read = Section::deserialize(serde_wasm_bindgen::Deserializer::from(section.clone()));
        report
            .sections
            .push(read.map_err(|e| section_problem(&section, index, e))?);
        Ok(())
    }
}

/// Reads a report from a file's text at once, for the editor's module (the widget reads in
/// parts, [`Reading`]).
#[cfg(feature = "editor")]
fn read_report(json: &str) -> Result<Report, validate::Problem> {
    let mut reading = Reading::start(json)?;
    loop {
        if let Some(report) = reading.read_on(None)? {
            return Ok(report);
        }
    }
}

/// A problem serde-wasm-bindgen finds in the section at `index`, whose shape is right: one of a
/// chart's own rules (the fields its type needs, [`crate::model::Chart`]). It gives no path, so
/// the chart is found by reading each one alone.
fn section_problem(
    section: &JsValue,
    index: usize,
    error: serde_wasm_bindgen::Error,
) -> validate::Problem {
    for (j, chart) in list(section, "charts").into_iter().enumerate() {
        let read = crate::model::Chart::deserialize(serde_wasm_bindgen::Deserializer::from(chart));
        if let Err(e) = read {
            return validate::problem(format!("sections[{index}].charts[{j}]"), &serde_message(e));
        }
    }
    validate::problem(format!("sections[{index}]"), &serde_message(error))
}

/// The list `value[key]`, or none.
fn list(value: &JsValue, key: &str) -> Vec<JsValue> {
    js_sys::Reflect::get(value, &key.into())
        .ok()
        .and_then(|v| v.dyn_into::<js_sys::Array>().ok())
        .map(|a| a.iter().collect())
        .unwrap_or_default()
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
