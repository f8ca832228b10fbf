//! The shape of a report read in the browser, checked against the data format's JSON Schema
//! before serde-wasm-bindgen reads it: unknown and missing fields, wrong types and unknown names,
//! each with the field's path (`sections[1].figures[0].unit: invalid type: …`).
//!
//! serde-wasm-bindgen looks up only the fields a struct has, so it never sees an unknown one; and
//! it gives no paths, which `serde_path_to_error` would add for about 8 KB gzip of the module
//! (docs/decisions.md). The schema is generated from the model's types
//! (`data/report.schema.json`, embedded by `build.rs`), so the format is not written down again.

use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};

use crate::validate::{problem, Problem};

/// The JSON Schema, without whitespace, descriptions and value rules (see `build.rs`).
const SCHEMA_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/schema.json"));

/// The first problem of `report`'s shape (a report as `JSON.parse` gives it), as serde would
/// word it natively: `sections[1].figures[0].colour: unknown field …`.
pub fn first_problem(report: &JsValue) -> Option<Problem> {
    let schema = JSON::parse(SCHEMA_JSON).ok()?;
    let defs = Reflect::get(&schema, &"$defs".into()).ok()?;
    let mut path = String::new();
    Walk { defs }.node(report, &schema, "Report", &mut path)
}

/// A walk of a report along the schema.
struct Walk {
    defs: JsValue,
}

/// `schema[key]`, or `undefined`.
fn get(schema: &JsValue, key: &str) -> JsValue {
    Reflect::get(schema, &key.into()).unwrap_or_default()
}

impl Walk {
    /// The first problem of `value`, read as `schema` (the type `name`) says, at `path`.
    fn node(
        &self,
        value: &JsValue,
        schema: &JsValue,
        name: &str,
        path: &mut String,
    ) -> Option<Problem> {
        if let Some(reference) = get(schema, "$ref").as_string() {
            let name = reference.rsplit('/').next().unwrap_or_default();
            let target = get(&self.defs, name);
            return self.node(value, &target, name, path);
        }
        for key in ["anyOf", "oneOf"] {
            if let Some(choices) = get(schema, key).dyn_ref::<Array>() {
                return self.choice(value, choices, name, path);
            }
        }
        if let Some(problem) = type_problem(value, schema, name, path) {
            return Some(problem);
        }
        if let Some(wanted) = get(schema, "const").as_string() {
            return (value.as_string().as_deref() != Some(wanted.as_str())).then(|| {
                let message = format!("invalid value: {}, expected `{wanted}`", unexpected(value));
                problem(path.clone(), &message)
            });
        }
        if let Some(items) = value.dyn_ref::<Array>() {
            let item_schema = get(schema, "items");
            for (i, item) in items.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                let found = self.node(&item, &item_schema, "", path);
                path.truncate(len);
                if found.is_some() {
                    return found;
                }
            }
            return None;
        }
        let properties = get(schema, "properties");
        if properties.is_object() && value.is_object() {
            return self.fields(value, &properties, &get(schema, "required"), path);
        }
        None
    }

    /// The first unknown, wrong or missing field of the object `value`, in the file's order, the
    /// missing ones last (as serde reads them).
    fn fields(
        &self,
        value: &JsValue,
        properties: &JsValue,
        required: &JsValue,
        path: &mut String,
    ) -> Option<Problem> {
        let at = |path: &mut String, name: &str| {
            let len = path.len();
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(name);
            len
        };
        for key in Object::keys(value.unchecked_ref::<Object>()).iter() {
            let name = key.as_string().unwrap_or_default();
            let known = Reflect::get(properties, &key).unwrap_or_default();
            if !known.is_object() {
                let names: Vec<String> = Object::keys(properties.unchecked_ref::<Object>())
                    .iter()
                    .filter_map(|k| k.as_string())
                    .map(|k| format!("`{k}`"))
                    .collect();
                let message = format!(
                    "unknown field `{name}`, expected one of {}",
                    names.join(", ")
                );
                return Some(problem(path.clone(), &message));
            }
            let len = at(path, &name);
            let found = self.node(&get(value, &name), &known, "", path);
            path.truncate(len);
            if found.is_some() {
                return found;
            }
        }
        let missing = required
            .dyn_ref::<Array>()?
            .iter()
            .filter_map(|name| name.as_string())
            .find(|name| !Reflect::has(value, &name.as_str().into()).unwrap_or(true))?;
        Some(problem(path.clone(), &format!("missing field `{missing}`")))
    }

    /// The problem of `value` read as one of `choices`: none if one takes it; else the problem
    /// inside the choice whose form it has (a list of hedges with a wrong item), else the first
    /// choice's, or an unknown name among choices that are all names.
    fn choice(
        &self,
        value: &JsValue,
        choices: &Array,
        name: &str,
        path: &mut String,
    ) -> Option<Problem> {
        let mut first: Option<Problem> = None;
        let (mut names, mut all_names) = (Vec::new(), true);
        for choice in choices.iter() {
            let found = self.node(value, &choice, name, path)?;
            if first.is_none() || found.path.len() > path.len() {
                first = Some(found);
            }
            match get(&choice, "const").as_string() {
                Some(name) => names.push(format!("`{name}`")),
                None => all_names = false,
            }
        }
        match value.as_string() {
            Some(given) if all_names => {
                let message = format!(
                    "unknown variant `{given}`, expected one of {}",
                    names.join(", ")
                );
                Some(problem(path.clone(), &message))
            }
            _ => first,
        }
    }
}

/// The problem of `value` not having the schema's `type` (a name or a list of them).
fn type_problem(value: &JsValue, schema: &JsValue, name: &str, path: &str) -> Option<Problem> {
    let wanted = get(schema, "type");
    let types: Vec<String> = match wanted.dyn_ref::<Array>() {
        Some(list) => list.iter().filter_map(|t| t.as_string()).collect(),
        None => wanted.as_string().into_iter().collect(),
    };
    let first = types.first()?;
    if types.iter().any(|t| has_type(value, t)) {
        let number = value.as_f64()?;
        let bound = |key, beyond: fn(f64, f64) -> bool, word| {
            let limit = get(schema, key)
                .as_f64()
                .filter(|&limit| beyond(number, limit))?;
            let message = format!(
                "invalid value: {}, expected {word} {}",
                unexpected(value),
                number_text(limit)
            );
            Some(problem(path.to_owned(), &message))
        };
        return bound("minimum", |n, min| n < min, "at least")
            .or_else(|| bound("maximum", |n, max| n > max, "at most"));
    }
    let expected = match first.as_str() {
        "string" => "a string".to_owned(),
        "integer" => "an integer".to_owned(),
        "number" => "a number".to_owned(),
        "boolean" => "a boolean".to_owned(),
        "array" => "a sequence".to_owned(),
        "object" if !name.is_empty() => format!("struct {name}"),
        "object" => "a map".to_owned(),
        other => other.to_owned(),
    };
    let message = format!("invalid type: {}, expected {expected}", unexpected(value));
    Some(problem(path.to_owned(), &message))
}

/// Whether `value` is of the JSON Schema type `name`.
fn has_type(value: &JsValue, name: &str) -> bool {
    match name {
        "null" => value.is_null(),
        "boolean" => value.as_bool().is_some(),
        "string" => value.is_string(),
        "number" => value.as_f64().is_some(),
        "integer" => value.as_f64().is_some_and(|n| n.fract() == 0.0),
        "array" => Array::is_array(value),
        "object" => value.is_object() && !Array::is_array(value),
        _ => false,
    }
}

/// `value` as serde names what it found: `integer `5``, `string "…"`, `sequence`.
fn unexpected(value: &JsValue) -> String {
    if value.is_null() {
        return "null".into();
    }
    if let Some(b) = value.as_bool() {
        return format!("boolean `{b}`");
    }
    if let Some(s) = value.as_string() {
        return format!("string \"{s}\"");
    }
    if let Some(n) = value.as_f64() {
        let kind = if n.fract() == 0.0 {
            "integer"
        } else {
            "floating point"
        };
        return format!("{kind} `{}`", number_text(n));
    }
    if Array::is_array(value) {
        return "sequence".into();
    }
    "map".into()
}

/// A number as the browser writes it (as the file did: `5`, `1.5`).
fn number_text(n: f64) -> String {
    js_sys::Number::from(n)
        .to_string_with_radix(10)
        .map(String::from)
        .unwrap_or_default()
}
