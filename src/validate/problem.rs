//! What is wrong with a data file, in words an editor can act on: the problem with its path, the
//! limits a file must keep, and serde's messages made safe to show.

use std::fmt;

/// One thing wrong with a data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where: the path of the field, e.g. `sections[3].figures[2].unit`; empty for the whole file.
    pub path: String,
    /// What is wrong, in a sentence a data editor understands.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// Largest data file accepted, in bytes; a report is a few tens of KB.
pub const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;
/// Most sections a report may have.
pub const MAX_SECTIONS: usize = 64;
/// Most figures one section may have.
pub const MAX_FIGURES_PER_SECTION: usize = 300;
/// Longest text accepted in any field, in characters.
pub const MAX_TEXT_CHARS: usize = 600;

/// Checks the length of a data file before it is parsed.
///
/// # Errors
/// Returns the problem when the file is longer than [`MAX_FILE_BYTES`].
pub fn check_size(bytes: usize) -> Result<(), Problem> {
    if bytes > MAX_FILE_BYTES {
        return Err(Problem {
            path: String::new(),
            message: format!(
                "the data file is {bytes} bytes; at most {MAX_FILE_BYTES} are accepted"
            ),
        });
    }
    Ok(())
}

/// A problem at `path` with a deserializer's `message`: an unknown field's path names the field,
/// and values quoted from the file are shortened.
pub fn problem(mut path: String, message: &str) -> Problem {
    let unknown = message
        .strip_prefix("unknown field `")
        .and_then(|rest| rest.split('`').next());
    if let Some(field) = unknown.filter(|field| !path.ends_with(&format!(".{field}"))) {
        if !path.is_empty() {
            path.push('.');
        }
        path.push_str(field);
    }
    // serde_json names what an enum may be read from; the data file writes its names as strings.
    #[cfg(not(target_arch = "wasm32"))]
    let message = &message.replace(", expected string or map", ", expected a string");
    Problem {
        path,
        message: shortened_quotes(message),
    }
}

/// Most characters of the file's own text a message quotes.
pub const QUOTED_CHARS: usize = 40;

/// `message` with every value quoted from the data file (between backticks or double quotes)
/// cut to [`QUOTED_CHARS`] characters and `…`: a hostile file may put megabytes into one value.
pub fn shortened_quotes(message: &str) -> String {
    let mut out = String::with_capacity(message.len().min(400));
    let mut quote: Option<char> = None;
    let mut quoted = 0;
    for c in message.chars() {
        match quote {
            Some(q) if c == q => {
                quote = None;
                out.push(c);
            }
            Some(_) => {
                quoted += 1;
                if quoted <= QUOTED_CHARS {
                    out.push(c);
                } else if quoted == QUOTED_CHARS + 1 {
                    out.push('…');
                }
            }
            None => {
                if c == '`' || c == '"' {
                    quote = Some(c);
                    quoted = 0;
                }
                out.push(c);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_quoted_values_are_shortened() {
        let long = format!("unknown variant `{}`, expected `a`", "<b>".repeat(100));
        let short = shortened_quotes(&long);
        assert!(short.chars().count() < 100, "{short}");
        assert!(
            short.contains("<b><b>") && short.contains("…`, expected `a`"),
            "{short}"
        );
    }

    #[test]
    fn unknown_fields_are_named_in_the_path() {
        let p = problem("t".into(), "unknown field `fr`, expected `zh` or `en`");
        assert_eq!(p.path, "t.fr");
        assert_eq!(problem(String::new(), "unknown field `x`").path, "x");
    }
}
