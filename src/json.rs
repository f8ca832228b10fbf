//! A small JSON parser for report data files: the grammar of RFC 8259, into a plain value tree.
//!
//! Why not serde_json with derived `Deserialize`: generic deserialisation code, instantiated for
//! every model type (and again to track the field path of an error), was a third of the
//! WebAssembly module that every reader downloads. This parser is one small, non-generic
//! function set. Numbers are kept as written: the report format has only whole numbers outside
//! strings, so no float parsing or printing is linked in. Field paths are added by
//! [`crate::read`], which turns a [`Value`] into the model's types.

use std::fmt;

/// How deep arrays and objects may nest. Reports nest six levels; the limit keeps hostile input
/// from exhausting the stack.
pub const MAX_DEPTH: usize = 64;

/// A JSON value. Objects keep their members in file order, duplicates included, so that the
/// reader can report them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, exactly as written in the file (it matched the JSON number grammar).
    Number(String),
    /// A string, with its escapes decoded.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object's members, in file order.
    Object(Vec<(String, Value)>),
}

/// Why a text is not JSON, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// What is wrong, e.g. `EOF while parsing an object`.
    pub message: &'static str,
    /// The line of the error, from 1.
    pub line: usize,
    /// The column of the error in characters, from 1.
    pub column: usize,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {} column {}",
            self.message, self.line, self.column
        )
    }
}

/// Parses a whole JSON text.
///
/// # Errors
/// Returns the first syntax error, with its line and column.
pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    let mut parser = Parser {
        text,
        bytes: text.as_bytes(),
        pos: 0,
    };
    parser.skip_whitespace();
    let value = parser.value(0)?;
    parser.skip_whitespace();
    if parser.pos < parser.bytes.len() {
        return Err(parser.error("trailing characters"));
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
}

impl Parser<'_> {
    fn error(&self, message: &'static str) -> SyntaxError {
        let mut end = self.pos.min(self.text.len());
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        let before = self.text.get(..end).unwrap_or_default();
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        SyntaxError {
            message,
            line: before.matches('\n').count() + 1,
            column: before.get(line_start..).unwrap_or_default().chars().count() + 1,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        match self.peek() {
            None => Err(self.error("EOF while parsing a value")),
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'n') => self.literal("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("expected value")),
        }
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Value, SyntaxError> {
        if self.bytes[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.error("expected value"))
        }
    }

    fn enter(&mut self, depth: usize) -> Result<(), SyntaxError> {
        if depth >= MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.pos += 1; // The opening bracket.
        self.skip_whitespace();
        Ok(())
    }

    /// After a member or element: `true` if another follows, `false` at the closing `close`.
    fn next_or_close(&mut self, close: u8, what: &'static str) -> Result<bool, SyntaxError> {
        self.skip_whitespace();
        match self.peek() {
            Some(b',') => {
                self.pos += 1;
                self.skip_whitespace();
                Ok(true)
            }
            Some(b) if b == close => {
                self.pos += 1;
                Ok(false)
            }
            None => Err(self.error(what)),
            Some(_) if close == b'}' => Err(self.error("expected `,` or `}`")),
            Some(_) => Err(self.error("expected `,` or `]`")),
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        const EOF: &str = "EOF while parsing an object";
        self.enter(depth)?;
        let mut members = Vec::new();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Value::Object(members));
        }
        loop {
            let key = match self.peek() {
                Some(b'"') => self.string()?,
                None => return Err(self.error(EOF)),
                Some(_) => return Err(self.error("key must be a string")),
            };
            self.skip_whitespace();
            match self.peek() {
                Some(b':') => self.pos += 1,
                None => return Err(self.error(EOF)),
                Some(_) => return Err(self.error("expected `:`")),
            }
            self.skip_whitespace();
            members.push((key, self.value(depth + 1)?));
            if !self.next_or_close(b'}', EOF)? {
                return Ok(Value::Object(members));
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        self.enter(depth)?;
        let mut elements = Vec::new();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Value::Array(elements));
        }
        loop {
            elements.push(self.value(depth + 1)?);
            if !self.next_or_close(b']', "EOF while parsing a list")? {
                return Ok(Value::Array(elements));
            }
        }
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.pos += 1; // The opening quote.
        let mut out = String::new();
        loop {
            let run = self.bytes[self.pos..]
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                .map_or(self.bytes.len(), |n| self.pos + n);
            // The run ends at an ASCII byte or the end, so it is whole UTF-8.
            out.push_str(self.text.get(self.pos..run).unwrap_or_default());
            self.pos = run;
            match self.peek() {
                None => return Err(self.error("EOF while parsing a string")),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    out.push(self.escape()?);
                }
                Some(_) => return Err(self.error("control character in a string")),
            }
        }
    }

    fn escape(&mut self) -> Result<char, SyntaxError> {
        let Some(b) = self.peek() else {
            return Err(self.error("EOF while parsing a string"));
        };
        self.pos += 1;
        Ok(match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => return self.unicode_escape(),
            _ => {
                self.pos -= 1; // Point at the letter after the backslash.
                return Err(self.error("invalid escape"));
            }
        })
    }

    /// `\uXXXX`, or a surrogate pair `\uD83D\uDE00` (the `\u` of the first already read).
    fn unicode_escape(&mut self) -> Result<char, SyntaxError> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            if !self.bytes[self.pos..].starts_with(b"\\u") {
                return Err(self.error("lone surrogate in a string"));
            }
            self.pos += 2;
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(self.error("lone surrogate in a string"));
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or_else(|| self.error("lone surrogate in a string"))
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let digits = self
            .bytes
            .get(self.pos..self.pos + 4)
            .filter(|d| d.iter().all(u8::is_ascii_hexdigit))
            .ok_or_else(|| self.error("invalid escape"))?;
        let code = digits.iter().fold(0, |code, &d| {
            code * 16 + char::from(d).to_digit(16).unwrap_or(0)
        });
        self.pos += 4;
        Ok(code)
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
        self.pos - start
    }

    fn number(&mut self) -> Result<Value, SyntaxError> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        let leading_zero = self.peek() == Some(b'0');
        let whole = self.digits();
        if whole == 0 || (leading_zero && whole > 1) {
            return Err(self.error("invalid number"));
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if self.digits() == 0 {
                return Err(self.error("invalid number"));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return Err(self.error("invalid number"));
            }
        }
        let number = self.text.get(start..self.pos).unwrap_or_default();
        Ok(Value::Number(number.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(text: &str) -> Value {
        Value::String(text.into())
    }

    #[test]
    fn parses_every_kind_of_value() {
        let value =
            parse(r#" {"a": [1, -2.5e3, true, false, null], "b": "x\"\\\/\n\u4e8c\ud83d\ude00"} "#);
        assert_eq!(
            value,
            Ok(Value::Object(vec![
                (
                    "a".into(),
                    Value::Array(vec![
                        Value::Number("1".into()),
                        Value::Number("-2.5e3".into()),
                        Value::Bool(true),
                        Value::Bool(false),
                        Value::Null,
                    ])
                ),
                ("b".into(), s("x\"\\/\n二😀")),
            ]))
        );
        assert_eq!(parse("[]"), Ok(Value::Array(vec![])));
        assert_eq!(parse("{}"), Ok(Value::Object(vec![])));
        assert_eq!(parse("\"二七\""), Ok(s("二七")));
    }

    #[test]
    fn errors_say_what_and_where() {
        let cases = [
            ("", "EOF while parsing a value", 1, 1),
            ("<html>", "expected value", 1, 1),
            ("{\"format\": 1,", "EOF while parsing an object", 1, 14),
            ("[1, 2", "EOF while parsing a list", 1, 6),
            ("{\n  \"a\" 1}", "expected `:`", 2, 7),
            ("{\"a\": 1 \"b\"}", "expected `,` or `}`", 1, 9),
            ("[1 2]", "expected `,` or `]`", 1, 4),
            ("{1: 2}", "key must be a string", 1, 2),
            ("\"二七", "EOF while parsing a string", 1, 4),
            ("\"a\u{1}\"", "control character in a string", 1, 3),
            ("\"\\x\"", "invalid escape", 1, 3),
            ("\"\\u12\"", "invalid escape", 1, 4),
            ("\"\\ud83d\"", "lone surrogate in a string", 1, 8),
            ("\"\\ude00\"", "lone surrogate in a string", 1, 8),
            ("01", "invalid number", 1, 3),
            ("-", "invalid number", 1, 2),
            ("1.", "invalid number", 1, 3),
            ("1e+", "invalid number", 1, 4),
            ("tru", "expected value", 1, 1),
            ("{} x", "trailing characters", 1, 4),
        ];
        for (text, message, line, column) in cases {
            assert_eq!(
                parse(text),
                Err(SyntaxError {
                    message,
                    line,
                    column
                }),
                "{text:?}"
            );
        }
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = "[".repeat(100_000);
        assert_eq!(parse(&deep).unwrap_err().message, "nested too deeply");
        let ok = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
    }
}
