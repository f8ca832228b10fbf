//! Where a field is in a data file: the line and column of each value, by the same paths
//! [`crate::validate`] names problems with (`sections[3].figures[2].unit`).
//!
//! A scan of the JSON text of its own, independent of the parser the widget reads files with:
//! it only has to find places, and stops quietly where the text stops being JSON (what is wrong
//! there is the parser's to say).

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

/// Every value of `json` with its path and place, in file order, up to where the text stops
/// being JSON.
pub fn entries(json: &str) -> Vec<Entry> {
    let mut scan = Scan {
        chars: json.chars().collect(),
        i: 0,
        line: 1,
        column: 1,
        entries: Vec::new(),
    };
    scan.skip_space();
    let place = scan.place();
    let _ = scan.value(String::new(), place, 0);
    scan.entries
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

/// Nesting deeper than this is not scanned (the parser rejects it anyway).
const MAX_DEPTH: usize = 128;

struct Scan {
    chars: Vec<char>,
    i: usize,
    line: usize,
    column: usize,
    entries: Vec<Entry>,
}

impl Scan {
    fn place(&self) -> Place {
        Place {
            line: self.line,
            column: self.column,
        }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.i).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.i += 1;
        if c == '\n' {
            self.line += 1;
            self.column = 1;
        } else {
            self.column += 1;
        }
        Some(c)
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t' | '\n' | '\r')) {
            self.bump();
        }
    }

    /// Scans one value at the current place, recording it under `path` at `place`.
    fn value(&mut self, path: String, place: Place, depth: usize) -> Option<()> {
        if depth > MAX_DEPTH {
            return None;
        }
        match self.peek()? {
            '{' => {
                self.entries.push(Entry {
                    path: path.clone(),
                    place,
                    string: None,
                });
                self.bump();
                self.skip_space();
                if self.peek() == Some('}') {
                    self.bump();
                    return Some(());
                }
                loop {
                    self.skip_space();
                    let key_place = self.place();
                    let key = self.string()?;
                    self.skip_space();
                    (self.bump()? == ':').then_some(())?;
                    self.skip_space();
                    let child = if path.is_empty() {
                        key
                    } else {
                        format!("{path}.{key}")
                    };
                    self.value(child, key_place, depth + 1)?;
                    self.skip_space();
                    match self.bump()? {
                        ',' => continue,
                        '}' => return Some(()),
                        _ => return None,
                    }
                }
            }
            '[' => {
                self.entries.push(Entry {
                    path: path.clone(),
                    place,
                    string: None,
                });
                self.bump();
                self.skip_space();
                if self.peek() == Some(']') {
                    self.bump();
                    return Some(());
                }
                let mut index = 0;
                loop {
                    self.skip_space();
                    let item_place = self.place();
                    self.value(format!("{path}[{index}]"), item_place, depth + 1)?;
                    index += 1;
                    self.skip_space();
                    match self.bump()? {
                        ',' => continue,
                        ']' => return Some(()),
                        _ => return None,
                    }
                }
            }
            '"' => {
                let text = self.string()?;
                self.entries.push(Entry {
                    path,
                    place,
                    string: Some(text),
                });
                Some(())
            }
            _ => {
                // A number or a literal: up to the next delimiter.
                let start = self.i;
                while self
                    .peek()
                    .is_some_and(|c| !matches!(c, ',' | '}' | ']' | ' ' | '\t' | '\n' | '\r'))
                {
                    self.bump();
                }
                (self.i > start).then_some(())?;
                self.entries.push(Entry {
                    path,
                    place,
                    string: None,
                });
                Some(())
            }
        }
    }

    /// Scans a string at the current place and returns its text, escapes decoded.
    fn string(&mut self) -> Option<String> {
        (self.bump()? == '"').then_some(())?;
        let mut text = String::new();
        loop {
            match self.bump()? {
                '"' => return Some(text),
                '\\' => match self.bump()? {
                    'n' => text.push('\n'),
                    't' => text.push('\t'),
                    'r' => text.push('\r'),
                    'b' => text.push('\u{8}'),
                    'f' => text.push('\u{c}'),
                    'u' => {
                        let hex: String = (0..4).filter_map(|_| self.bump()).collect();
                        let unit = u32::from_str_radix(&hex, 16).ok()?;
                        text.push(char::from_u32(unit).unwrap_or('\u{fffd}'));
                    }
                    other => text.push(other),
                },
                c => text.push(c),
            }
        }
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
    fn a_broken_file_gives_its_places_up_to_the_break() {
        let entries = entries("{\"a\": 1, \"b\": [tru");
        let paths: Vec<&str> = entries.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(paths, ["", "a", "b", "b[0]"]);
        assert!(super::entries("").is_empty());
    }

    #[test]
    fn parents() {
        assert_eq!(parent("a.b[2].c"), "a.b[2]");
        assert_eq!(parent("a.b[2]"), "a.b");
        assert_eq!(parent("a"), "");
    }
}
