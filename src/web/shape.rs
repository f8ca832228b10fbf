//! The shape of a report read in the browser, checked against the data format's JSON Schema
//! before serde-wasm-bindgen reads it: unknown and missing fields, wrong types and unknown names,
//! each with the field's path (`sections[1].figures[0].unit: invalid type: …`).
//!
//! serde-wasm-bindgen looks up only the fields a struct has, so it never sees an unknown one; and
//! it gives no paths, which `serde_path_to_error` would add for about 8 KB gzip of the module
//! (docs/decisions.md). The schema is generated from the model's types
//! (`data/report.schema.json`, embedded by `build.rs`), so the format is not written down again.
//!
//! The schema is read once into Rust ([`Node`]), with the JavaScript key of every field made
//! ahead: the walk over a report then calls the browser only to look at the report's own values.

use std::cell::OnceCell;
use std::rc::Rc;

use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};

use crate::validate::{problem, Problem};

/// The JSON Schema, without whitespace, descriptions and value rules (see `build.rs`).
const SCHEMA_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/schema.json"));

/// The first problem of `report`'s shape (a report as `JSON.parse` gives it), as serde would
/// word it natively: `sections[1].figures[0].colour: unknown field …`.
pub fn first_problem(report: &JsValue) -> Option<Problem> {
    let schema = schema()?;
    schema.node(report, &schema.root, "Report", &mut String::new())
}

/// The first problem of the shape of `section`, the report's section at `index`: a report is
/// read in parts (its head with an empty list of sections, then each section) so that no task
/// is long.
pub fn first_section_problem(section: &JsValue, index: usize) -> Option<Problem> {
    let schema = schema()?;
    let mut path = format!("sections[{index}]");
    schema.node(section, schema.section()?, "", &mut path)
}

/// The schema, read into Rust the first time it is needed.
fn schema() -> Option<Rc<Schema>> {
    thread_local! {
        static SCHEMA: OnceCell<Option<Rc<Schema>>> = const { OnceCell::new() };
    }
    SCHEMA.with(|cell| cell.get_or_init(|| Schema::read().map(Rc::new)).clone())
}

/// The JSON types a schema names.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Null,
    Boolean,
    String,
    Number,
    Integer,
    Array,
    Object,
}

impl Kind {
    fn named(name: &str) -> Option<Kind> {
        Some(match name {
            "null" => Kind::Null,
            "boolean" => Kind::Boolean,
            "string" => Kind::String,
            "number" => Kind::Number,
            "integer" => Kind::Integer,
            "array" => Kind::Array,
            "object" => Kind::Object,
            _ => return None,
        })
    }

    /// Whether `value` is of this kind.
    fn holds(self, value: &JsValue) -> bool {
        match self {
            Kind::Null => value.is_null(),
            Kind::Boolean => value.as_bool().is_some(),
            Kind::String => value.is_string(),
            Kind::Number => value.as_f64().is_some(),
            Kind::Integer => value.as_f64().is_some_and(|n| n.fract() == 0.0),
            Kind::Array => Array::is_array(value),
            Kind::Object => value.is_object() && !Array::is_array(value),
        }
    }

    /// What serde says it expected, for a type named `name`.
    fn expected(self, name: &str) -> String {
        match self {
            Kind::Null => "null".into(),
            Kind::Boolean => "a boolean".into(),
            Kind::String => "a string".into(),
            Kind::Number => "a number".into(),
            Kind::Integer => "an integer".into(),
            Kind::Array => "a sequence".into(),
            Kind::Object if !name.is_empty() => format!("struct {name}"),
            Kind::Object => "a map".into(),
        }
    }
}

/// A node of the schema.
enum Node {
    /// A definition, by its index in [`Schema::defs`].
    Ref(usize),
    /// One of these (`anyOf`, `oneOf`).
    Choice(Vec<Node>),
    /// This string (`const`): one name of an enum.
    Name(String),
    /// A value of one of `kinds`, with its items, fields and bounds.
    Value {
        kinds: Vec<Kind>,
        items: Option<Box<Node>>,
        fields: Vec<Field>,
        bounds: (Option<f64>, Option<f64>),
    },
}

/// A field of an object.
struct Field {
    name: String,
    /// The name as a JavaScript string, made once.
    key: JsValue,
    required: bool,
    node: Node,
}

/// The schema, read once: its root and its definitions (with their names, for messages).
struct Schema {
    root: Node,
    defs: Vec<(String, Node)>,
}

/// `object[key]`, or `undefined`.
fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &key.into()).unwrap_or_default()
}

/// The names of `object`'s own fields.
fn keys(object: &JsValue) -> Vec<String> {
    match object.dyn_ref::<Object>() {
        Some(object) => Object::keys(object)
            .iter()
            .filter_map(|k| k.as_string())
            .collect(),
        None => Vec::new(),
    }
}

impl Schema {
    fn read() -> Option<Schema> {
        let json = JSON::parse(SCHEMA_JSON).ok()?;
        let defs_js = get(&json, "$defs");
        let names = keys(&defs_js);
        let root = Schema::node_of(&json, &names);
        let defs = (names.iter())
            .map(|name| (name.clone(), Schema::node_of(&get(&defs_js, name), &names)))
            .collect();
        Some(Schema { root, defs })
    }

    /// The node of a report's section: the items of the root's field `sections`.
    fn section(&self) -> Option<&Node> {
        let Node::Value { fields, .. } = &self.root else {
            return None;
        };
        match &fields.iter().find(|f| f.name == "sections")?.node {
            Node::Value { items, .. } => items.as_deref(),
            _ => None,
        }
    }

    /// The node `schema` describes; `names` are the definitions' names.
    fn node_of(schema: &JsValue, names: &[String]) -> Node {
        if let Some(reference) = get(schema, "$ref").as_string() {
            let name = reference.rsplit('/').next().unwrap_or_default();
            if let Some(i) = names.iter().position(|n| n == name) {
                return Node::Ref(i);
            }
        }
        for key in ["anyOf", "oneOf"] {
            if let Some(choices) = get(schema, key).dyn_ref::<Array>() {
                return Node::Choice(choices.iter().map(|c| Schema::node_of(&c, names)).collect());
            }
        }
        if let Some(name) = get(schema, "const").as_string() {
            return Node::Name(name);
        }
        let kinds = get(schema, "type");
        let kinds = match kinds.dyn_ref::<Array>() {
            Some(list) => list.iter().filter_map(|k| k.as_string()).collect(),
            None => kinds.as_string().into_iter().collect::<Vec<_>>(),
        };
        let items = get(schema, "items");
        let properties = get(schema, "properties");
        let required = get(schema, "required");
        let required: Vec<String> = match required.dyn_ref::<Array>() {
            Some(list) => list.iter().filter_map(|k| k.as_string()).collect(),
            None => Vec::new(),
        };
        let fields = (keys(&properties).into_iter())
            .map(|name| Field {
                key: JsValue::from_str(&name),
                required: required.contains(&name),
                node: Schema::node_of(&get(&properties, &name), names),
                name,
            })
            .collect();
        Node::Value {
            kinds: kinds.iter().filter_map(|k| Kind::named(k)).collect(),
            items: items
                .is_object()
                .then(|| Box::new(Schema::node_of(&items, names))),
            fields,
            bounds: (
                get(schema, "minimum").as_f64(),
                get(schema, "maximum").as_f64(),
            ),
        }
    }

    /// The first problem of `value`, read as `node` (the type `name`) says, at `path`.
    fn node(&self, value: &JsValue, node: &Node, name: &str, path: &mut String) -> Option<Problem> {
        match node {
            Node::Ref(i) => {
                let (name, node) = &self.defs[*i];
                self.node(value, node, name, path)
            }
            Node::Choice(choices) => self.choice(value, choices, name, path),
            Node::Name(wanted) => {
                let message = match value.as_string() {
                    Some(given) if &given == wanted => return None,
                    Some(_) => format!("invalid value: {}, expected `{wanted}`", unexpected(value)),
                    None => format!("invalid type: {}, expected a string", unexpected(value)),
                };
                Some(problem(path.clone(), &message))
            }
            Node::Value {
                kinds,
                items,
                fields,
                bounds,
            } => {
                let kind = kinds.iter().find(|k| k.holds(value));
                let Some(&kind) = kind else {
                    let expected = kinds.first()?.expected(name);
                    let message =
                        format!("invalid type: {}, expected {expected}", unexpected(value));
                    return Some(problem(path.clone(), &message));
                };
                match kind {
                    Kind::Number | Kind::Integer => out_of_bounds(value, *bounds, path),
                    Kind::Array => self.items(value, items.as_deref()?, path),
                    Kind::Object => self.fields(value, fields, path),
                    _ => None,
                }
            }
        }
    }

    /// The first problem of an item of the list `value`.
    fn items(&self, value: &JsValue, node: &Node, path: &mut String) -> Option<Problem> {
        let items: &Array = value.unchecked_ref();
        for (i, item) in items.iter().enumerate() {
            let len = path.len();
            path.push_str(&format!("[{i}]"));
            let found = self.node(&item, node, "", path);
            path.truncate(len);
            if found.is_some() {
                return found;
            }
        }
        None
    }

    /// The first unknown, wrong or missing field of the object `value`.
    fn fields(&self, value: &JsValue, fields: &[Field], path: &mut String) -> Option<Problem> {
        let mut present = 0;
        let mut missing = None;
        let mut values = Vec::with_capacity(fields.len());
        for field in fields {
            let field_value = Reflect::get(value, &field.key).unwrap_or_default();
            if field_value.is_undefined() {
                if field.required && missing.is_none() {
                    missing = Some(&field.name);
                }
            } else {
                present += 1;
            }
            values.push(field_value);
        }
        // A field the format does not have: found by name only when the count says there is one.
        let object: &Object = value.unchecked_ref();
        let given = Object::keys(object);
        if given.length() as usize > present {
            let unknown = given
                .iter()
                .filter_map(|k| k.as_string())
                .find(|k| !fields.iter().any(|f| &f.name == k));
            if let Some(unknown) = unknown {
                let names: Vec<String> = fields.iter().map(|f| format!("`{}`", f.name)).collect();
                let message = format!(
                    "unknown field `{unknown}`, expected one of {}",
                    names.join(", ")
                );
                return Some(problem(path.clone(), &message));
            }
        }
        for (field, field_value) in fields.iter().zip(&values) {
            if field_value.is_undefined() {
                continue;
            }
            let len = path.len();
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(&field.name);
            let found = self.node(field_value, &field.node, "", path);
            path.truncate(len);
            if found.is_some() {
                return found;
            }
        }
        missing.map(|name| problem(path.clone(), &format!("missing field `{name}`")))
    }

    /// The problem of `value` read as one of `choices`: none if one takes it; else the problem
    /// inside the choice whose form it has (a list of hedges with a wrong item), else the first
    /// choice's, or an unknown name among choices that are all names.
    fn choice(
        &self,
        value: &JsValue,
        choices: &[Node],
        name: &str,
        path: &mut String,
    ) -> Option<Problem> {
        let mut first: Option<Problem> = None;
        for choice in choices {
            let found = self.node(value, choice, name, path)?;
            if first.is_none() || found.path.len() > path.len() {
                first = Some(found);
            }
        }
        let names: Option<Vec<String>> = (choices.iter())
            .map(|c| match c {
                Node::Name(name) => Some(format!("`{name}`")),
                _ => None,
            })
            .collect();
        match (value.as_string(), names) {
            (Some(given), Some(names)) => {
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

/// The problem of a number outside the schema's `minimum` and `maximum`.
fn out_of_bounds(
    value: &JsValue,
    bounds: (Option<f64>, Option<f64>),
    path: &str,
) -> Option<Problem> {
    let number = value.as_f64()?;
    let (word, limit) = match bounds {
        (Some(min), _) if number < min => ("at least", min),
        (_, Some(max)) if number > max => ("at most", max),
        _ => return None,
    };
    let message = format!(
        "invalid value: {}, expected {word} {}",
        unexpected(value),
        number_text(limit)
    );
    Some(problem(path.to_owned(), &message))
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
