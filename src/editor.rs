//! The editor page's functions (wasm32, with the `editor` feature only): drafting a data file
//! from a report's text, and checking a data file with the place of every problem. They are
//! built into a second module that only the editor page loads; the readers' module has none
//! of this code.

use wasm_bindgen::prelude::*;

use crate::check::{check, Located};

/// A draft data file (JSON) from the plain text of a report; see [`crate::draft::draft`].
#[wasm_bindgen(js_name = draftReport)]
pub fn draft_report(text: &str) -> String {
    crate::draft::draft_json(text)
}

/// Checks a data file as the widget does. Returns an array of problems, each
/// `{ severity, path, message, line, column }`: `severity` is `"error"` for what the widget
/// rejects and `"todo"` for a placeholder left by the draft; `line` and `column` (from 1) are
/// absent when the place is unknown.
#[wasm_bindgen(js_name = checkReport)]
pub fn check_report(json: &str) -> js_sys::Array {
    let checked = check(json);
    let list = js_sys::Array::new();
    for (severity, problems) in [
        ("error", &checked.problems),
        ("todo", &checked.placeholders),
    ] {
        for problem in problems {
            list.push(&problem_object(severity, problem));
        }
    }
    list
}

fn problem_object(severity: &str, problem: &Located) -> JsValue {
    let object = js_sys::Object::new();
    let set = |key: &str, value: JsValue| {
        // Setting a property of a plain new object cannot fail.
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &value);
    };
    set("severity", JsValue::from_str(severity));
    set("path", JsValue::from_str(&problem.path));
    set("message", JsValue::from_str(&problem.message));
    if let Some(place) = problem.place {
        set("line", JsValue::from_f64(place.line as f64));
        set("column", JsValue::from_f64(place.column as f64));
    }
    object.into()
}
