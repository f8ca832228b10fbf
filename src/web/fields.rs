//! Unknown fields in a report read in the browser. serde-wasm-bindgen reads a struct by looking
//! up the fields the struct has, so it never sees a field the struct does not have, and serde's
//! `deny_unknown_fields` cannot reject it there (serde_json reads every key natively). The field
//! names are taken from the data format's JSON Schema, which is generated from the model's types
//! (`data/report.schema.json`, embedded by `build.rs`), so they are not written down again.

use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};

use crate::validate::{problem, Problem};

/// The JSON Schema, without whitespace and with only what names fields (see `build.rs`).
const SCHEMA_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/schema.json"));

/// The first field of `report` (a report as `JSON.parse` gives it) that the format does not
/// have, as serde would name it natively: `sections[1].figures[0].colour: unknown field …`.
pub fn first_unknown(report: &JsValue) -> Option<Problem> {
    let schema = JSON::parse(SCHEMA_JSON).ok()?;
    let defs = Reflect::get(&schema, &"$defs".into()).ok()?;
    let mut path = String::new();
    Walk { defs }.node(report, &schema, &mut path)
}

/// A walk of a report along the schema.
struct Walk {
    defs: JsValue,
}

impl Walk {
    /// The first unknown field of `value`, read as `schema` says, at `path`.
    fn node(&self, value: &JsValue, schema: &JsValue, path: &mut String) -> Option<Problem> {
        let get = |key: &str| Reflect::get(schema, &key.into()).unwrap_or_default();
        let reference = get("$ref");
        if let Some(reference) = reference.as_string() {
            let name = reference.rsplit('/').next().unwrap_or_default();
            let target = Reflect::get(&self.defs, &name.into()).unwrap_or_default();
            return self.node(value, &target, path);
        }
        for choices in ["anyOf", "oneOf"] {
            if let Some(choices) = get(choices).dyn_ref::<Array>() {
                return choices
                    .iter()
                    .find_map(|choice| self.node(value, &choice, path));
            }
        }
        if let Some(items) = value.dyn_ref::<Array>() {
            let item_schema = get("items");
            if !item_schema.is_object() {
                return None;
            }
            for (i, item) in items.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                let found = self.node(&item, &item_schema, path);
                path.truncate(len);
                if found.is_some() {
                    return found;
                }
            }
            return None;
        }
        let properties = get("properties");
        if !properties.is_object() || !value.is_object() {
            return None;
        }
        let object: &Object = value.unchecked_ref();
        for key in Object::keys(object).iter() {
            let name = key.as_string().unwrap_or_default();
            let len = path.len();
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(&name);
            let known = Reflect::get(&properties, &key).unwrap_or_default();
            let found = if known.is_object() {
                let field = Reflect::get(value, &key).unwrap_or_default();
                self.node(&field, &known, path)
            } else {
                let known: &Object = properties.unchecked_ref();
                let names: Vec<String> = Object::keys(known)
                    .iter()
                    .filter_map(|k| k.as_string())
                    .map(|k| format!("`{k}`"))
                    .collect();
                path.truncate(len);
                return Some(problem(
                    path.clone(),
                    &format!(
                        "unknown field `{name}`, expected one of {}",
                        names.join(", ")
                    ),
                ));
            };
            path.truncate(len);
            if found.is_some() {
                return found;
            }
        }
        None
    }
}
