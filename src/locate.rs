//! Where a field is in a data file: the line and column of each value, by the same paths
//! [`crate::validate`] names problems with (`sections[3].figures[2].unit`).
//!
//! serde_json and `JSON.parse` keep no places, so the text is read again with `jsonc-parser`,
//! whose syntax tree has every value's byte range. Only text that is JSON has places: what is
//! wrong with any other is for the reader to say, and it gives its own line and column.

use jsonc_parser::ast::Value;
use jsonc_parser::common::Ranged;
use jsonc_parser::{parse_to_ast, CollectOptions, ParseOptions};

/// A place in a text: line and column from 1, columns in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    /// The line, from 1.
    pub line: usize,
    /// The column in characters, from 1.
    pub column: usize,
}

/// A value of the file: its path, where it is (for an object member, where its key is), and
/// the string it holds, if it is a string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The value's path, e.g. `sections[0].figures[1].label.en`; empty for the whole file.
    pub path: String,
    /// Where the value (or its key) starts.
    pub place: Place,
    /// The string's text, escapes decoded, for a string value.
    pub string: Option<String>,
}

/// Every value of `json` with its path and place, in file order; none if `json` is not JSON.
pub fn entries(json: &str) -> Vec<Entry> {
    // Plain JSON only, as serde_json reads it (the parser's defaults take JSONC and JSON5).
    let strict = ParseOptions {
        allow_comments: false,
        allow_loose_object_property_names: false,
        allow_trailing_commas: false,
        allow_missing_commas: false,
        allow_single_quoted_strings: false,
        allow_hexadecimal_numbers: false,
        allow_unary_plus_numbers: false,
        allow_bare_decimal_point_numbers: false,
        allow_non_finite_numbers: false,
        allow_extended_string_escapes: false,
    };
    let Ok(Some(root)) = parse_to_ast(json, &CollectOptions::default(), &strict).map(|r| r.value)
    else {
        return Vec::new();
    };
    let mut walk = Walk {
        text: json,
        offset: 0,
        place: Place { line: 1, column: 1 },
        entries: Vec::new(),
    };
    walk.value(&root, String::new(), root.start());
    walk.entries
}

/// Where the field at `path` is in `json`; for a field the file lacks, where its nearest
/// enclosing field is (a missing `summary` is shown at its section).
pub fn locate(json: &str, path: &str) -> Option<Place> {
    place_in(&entries(json), path)
}

/// Where the field at `path` is, among the `entries` of a file (see [`locate`]).
pub fn place_in(entries: &[Entry], path: &str) -> Option<Place> {
    let mut wanted = path.to_string();
    loop {
        if let Some(entry) = entries.iter().find(|e| e.path == wanted) {
            return Some(entry.place);
        }
        if wanted.is_empty() {
            return None;
        }
        wanted = parent(&wanted).to_string();
    }
}

/// The path of the field that contains `path`: `a.b[2].c` → `a.b[2]` → `a.b` → `a` → ``.
pub fn parent(path: &str) -> &str {
    let cut = path.rfind(['.', '[']).unwrap_or(0);
    path.get(..cut).unwrap_or_default()
}

/// The syntax tree walked in file order, byte offsets turned into places as it goes.
struct Walk<'a> {
    text: &'a str,
    /// How far places are counted, and the place there.
    offset: usize,
    place: Place,
    entries: Vec<Entry>,
}

impl Walk<'_> {
    /// Records `value` under `path`, at `start` (a member's key, or the value itself), then
    /// what it holds. Nesting is as deep as the parser allows (512).
    fn value(&mut self, value: &Value, path: String, start: usize) {
        let place = self.place_at(start);
        let string = match value {
            Value::StringLit(lit) => Some(lit.value.to_string()),
            _ => None,
        };
        self.entries.push(Entry {
            path: path.clone(),
            place,
            string,
        });
        match value {
            Value::Object(object) => {
                for member in &object.properties {
                    let key = member.name.as_str();
                    let child = if path.is_empty() {
                        key.to_string()
                    } else {
                        format!("{path}.{key}")
                    };
                    self.value(&member.value, child, member.start());
                }
            }
            Value::Array(array) => {
                for (index, item) in array.elements.iter().enumerate() {
                    self.value(item, format!("{path}[{index}]"), item.start());
                }
            }
            _ => {}
        }
    }

    /// The place of the byte `offset`, counted on from the last one (offsets only grow).
    fn place_at(&mut self, offset: usize) -> Place {
        if let Some(between) = self.text.get(self.offset..offset) {
            for c in between.chars() {
                if c == '\n' {
                    self.place.line += 1;
                    self.place.column = 1;
                } else {
                    self.place.column += 1;
                }
            }
            self.offset = offset;
        }
        self.place
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "{\n  \"meta\": {\"id\": \"x\"},\n  \"sections\": [\n    {\"id\": \"a\", \"figures\": [1, {\"unit\": \"\\u4e07\"}]}\n  ]\n}\n";

    #[test]
    fn values_are_found_by_their_paths() {
        let at = |path| locate(FILE, path).map(|p| (p.line, p.column));
        assert_eq!(at(""), Some((1, 1)));
        assert_eq!(at("meta.id"), Some((2, 12)));
        assert_eq!(at("sections[0]"), Some((4, 5)));
        assert_eq!(at("sections[0].figures[1]"), Some((4, 32)));
        assert_eq!(at("sections[0].figures[1].unit"), Some((4, 33)));
        // A missing field is shown where its nearest enclosing field is.
        assert_eq!(at("sections[0].summary.zh"), Some((4, 5)));
        assert_eq!(at("nothing"), Some((1, 1)));
        let unit = entries(FILE)
            .into_iter()
            .find(|e| e.path.ends_with("unit"))
            .unwrap();
        assert_eq!(unit.string.as_deref(), Some("万"));
    }

    #[test]
    fn a_string_s_escapes_are_decoded_and_columns_count_characters() {
        let file = "{\"标题\": \"二七\\\"区\\\"\\u4e07\\n\", \"单位\": \"亿元\"}";
        let all = entries(file);
        let title = all.iter().find(|e| e.path == "标题").unwrap();
        assert_eq!(title.string.as_deref(), Some("二七\"区\"万\n"));
        assert_eq!(title.place, Place { line: 1, column: 2 });
        // `{"标题": "二七\"区\"\u4e07\n", ` is 26 characters (36 bytes).
        assert_eq!(
            locate(file, "单位"),
            Some(Place {
                line: 1,
                column: 27
            })
        );
    }

    #[test]
    fn paths_go_into_arrays_of_objects() {
        let file = "{\"sections\": [\n  {\"id\": \"a\"},\n  {\"id\": \"b\", \"figures\": [\n    {\"unit\": \"%\"},\n    {\"unit\": \"元\", \"value\": 3}\n  ]}\n]}";
        let at = |path| locate(file, path).map(|p| (p.line, p.column));
        assert_eq!(at("sections[0].id"), Some((2, 4)));
        assert_eq!(at("sections[1]"), Some((3, 3)));
        assert_eq!(at("sections[1].figures"), Some((3, 15)));
        assert_eq!(at("sections[1].figures[1]"), Some((5, 5)));
        assert_eq!(at("sections[1].figures[1].value"), Some((5, 19)));
        assert_eq!(at("sections[1].figures[2].unit"), Some((3, 15)));
        let paths: Vec<String> = entries(file).into_iter().map(|e| e.path).collect();
        assert_eq!(
            paths,
            [
                "",
                "sections",
                "sections[0]",
                "sections[0].id",
                "sections[1]",
                "sections[1].id",
                "sections[1].figures",
                "sections[1].figures[0]",
                "sections[1].figures[0].unit",
                "sections[1].figures[1]",
                "sections[1].figures[1].unit",
                "sections[1].figures[1].value",
            ]
        );
    }

    #[test]
    fn text_that_is_not_json_has_no_places() {
        assert!(entries("{\"a\": 1, \"b\": [tru").is_empty());
        // JSONC and JSON5, which the parser takes by default, are not JSON either.
        assert!(entries("{\"a\": 1,}").is_empty());
        assert!(entries("{\"a\": 1 // one\n}").is_empty());
        assert!(entries("{a: 1}").is_empty());
        assert!(entries("").is_empty());
        assert_eq!(locate("[1, 2] 3", "[0]"), None);
        // Nesting too deep for the parser: refused, not a stack overflow.
        assert!(entries(&"[".repeat(100_000)).is_empty());
        assert_eq!(entries("[1]").len(), 2);
    }

    #[test]
    fn parents() {
        assert_eq!(parent("a.b[2].c"), "a.b[2]");
        assert_eq!(parent("a.b[2]"), "a.b");
        assert_eq!(parent("a"), "");
    }
}
