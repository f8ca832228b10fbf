//! The JSON Schema of the data format (`data/report.schema.json`) is generated from the model's
//! types, and the format tables of docs/data-format.md name exactly the fields the schema has.
//!
//! A changed schema is written beside the committed one as `report.schema.new.json`; after
//! reviewing it, `scripts/update-snapshots` accepts it.

use std::fs;

use report_infographic::model::Report;
use serde_json::Value;

const SCHEMA: &str = "data/report.schema.json";
const NEW_SCHEMA: &str = "data/report.schema.new.json";

/// The schema as the model's types describe it, as written to the file.
fn generated() -> String {
    let mut schema = serde_json::to_value(schemars::schema_for!(Report)).unwrap();
    schema["$id"] = Value::from("report.schema.json");
    let mut text = serde_json::to_string_pretty(&schema).unwrap();
    text.push('\n');
    text
}

#[test]
fn the_committed_schema_is_the_generated_one() {
    let generated = generated();
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        fs::write(SCHEMA, &generated).unwrap();
    }
    let committed = fs::read_to_string(SCHEMA).unwrap_or_default();
    if committed == generated {
        let _ = fs::remove_file(NEW_SCHEMA);
    } else {
        fs::write(NEW_SCHEMA, &generated).unwrap();
        panic!("{SCHEMA} differs from the model's types: review {NEW_SCHEMA}, then run scripts/update-snapshots");
    }
}

/// The schema of `name` in `$defs`.
fn definition<'a>(schema: &'a Value, name: &str) -> &'a Value {
    &schema["$defs"][name]
}

/// The names of an object schema's properties.
fn properties(object: &Value) -> Vec<String> {
    let mut names: Vec<String> = object["properties"]
        .as_object()
        .unwrap_or_else(|| panic!("no properties in {object}"))
        .keys()
        .cloned()
        .collect();
    names.sort();
    names
}

/// The fields docs/data-format.md's table that starts with `header` names: the code in the first
/// column of each row, split at `,`; a code that starts with `.` continues its row's first
/// (`meta.source.headline`, `.reporter` is `meta.source.reporter`).
fn readme_fields(header: &str) -> Vec<String> {
    let readme = fs::read_to_string("docs/data-format.md").unwrap();
    let table = readme
        .split(header)
        .nth(1)
        .unwrap_or_else(|| panic!("docs/data-format.md has no table {header}"));
    let mut names = Vec::new();
    for row in table.lines().skip(2) {
        let Some(first) = row.strip_prefix("| ").and_then(|r| r.split(" |").next()) else {
            break;
        };
        let mut parent = "";
        for (i, code) in first.split(',').enumerate() {
            let name = code.trim().trim_matches('`');
            if i == 0 {
                parent = name.rsplit_once('.').map_or("", |(p, _)| p);
                names.push(name.to_owned());
            } else {
                names.push(match name.starts_with('.') {
                    true => format!("{parent}{name}"),
                    false => name.to_owned(),
                });
            }
        }
    }
    names
}

/// The sorted names of `names` that start with `prefix` and have no further `.`.
fn children(names: &[String], prefix: &str) -> Vec<String> {
    let mut found: Vec<String> = names
        .iter()
        .filter_map(|n| n.strip_prefix(prefix))
        .map(|n| n.split(['.', '[']).next().unwrap_or(n).to_owned())
        .collect();
    found.sort();
    found.dedup();
    found
}

#[test]
fn the_format_doc_names_every_field_of_a_figure() {
    let schema: Value = serde_json::from_str(&generated()).unwrap();
    let rows = readme_fields("A **figure**:\n\n| field | what it is |");
    assert_eq!(
        children(&rows, ""),
        properties(definition(&schema, "Figure"))
    );
}

#[test]
fn the_format_doc_names_every_field_of_a_report_and_a_section() {
    let schema: Value = serde_json::from_str(&generated()).unwrap();
    let rows = readme_fields("unknown fields are errors.\n\n| field | what it is |");
    assert_eq!(children(&rows, ""), properties(&schema));
    assert_eq!(
        children(&rows, "meta."),
        properties(definition(&schema, "Meta"))
    );
    assert_eq!(
        children(&rows, "meta.source."),
        properties(definition(&schema, "Source"))
    );
    assert_eq!(
        children(&rows, "sections[]."),
        properties(definition(&schema, "Section"))
    );
}

#[test]
fn the_format_doc_names_every_type_and_field_of_a_chart() {
    let schema: Value = serde_json::from_str(&generated()).unwrap();
    let readme = fs::read_to_string("docs/data-format.md").unwrap();
    let table = readme
        .split("| `type` | fields | draws |")
        .nth(1)
        .expect("docs/data-format.md's chart table");
    let mut types = Vec::new();
    let mut fields = vec!["type".to_owned(), "title".to_owned()];
    for row in table.lines().skip(2) {
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        if cells.len() < 4 {
            break;
        }
        types.push(cells[1].trim_matches('`').to_owned());
        // Every code in the fields column names a field (`out_of: {value, label}` too).
        for code in cells[2].split('`').skip(1).step_by(2) {
            let name: String = code
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                .collect();
            if !name.is_empty() {
                fields.push(name);
            }
        }
    }
    types.sort();
    let mut schema_types: Vec<String> = definition(&schema, "ChartType")["oneOf"]
        .as_array()
        .expect("chart types, each with its description")
        .iter()
        .map(|v| v["const"].as_str().unwrap().to_owned())
        .collect();
    schema_types.sort();
    assert_eq!(types, schema_types);
    fields.sort();
    fields.dedup();
    assert_eq!(fields, properties(definition(&schema, "Chart")));
}
