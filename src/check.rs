//! Checking a data file as an editor needs it: every problem the widget finds
//! ([`crate::validate::load`], the same checks), each with the line and column of its field in
//! the file; the placeholders a draft left ([`crate::draft::TODO`]); and, given the report's
//! text, the quotes that are not in it and the figures it states that the file leaves out.

use std::fmt;

use crate::draft::{extract, Found, TODO};
use crate::locate::{entries, place_in, Place};
use crate::model::Report;
// The same reading and checks as the widget: serde_json natively, `JSON.parse` and
// serde-wasm-bindgen in the editor's module.
#[cfg(not(target_arch = "wasm32"))]
use crate::validate::load;
#[cfg(target_arch = "wasm32")]
use crate::web::load_report as load;

/// A problem with its place in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    /// The field's path, as the widget names it; empty for the whole file.
    pub path: String,
    /// What is wrong.
    pub message: String,
    /// Where the field is in the file (for a field the file lacks, its enclosing field).
    pub place: Option<Place>,
}

impl fmt::Display for Located {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(place) = self.place {
            write!(f, "{}:{}: ", place.line, place.column)?;
        }
        if self.path.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// What checking a data file found.
#[derive(Debug, Clone, Default)]
pub struct Checked {
    /// The report, if it is valid.
    pub report: Option<Report>,
    /// What the widget rejects, in its order.
    pub problems: Vec<Located>,
    /// Placeholders left for the editor: the widget accepts them, but readers would see them.
    pub placeholders: Vec<Located>,
}

impl Checked {
    /// Whether the file is finished: valid, and no placeholder left.
    pub fn is_clean(&self) -> bool {
        self.problems.is_empty() && self.placeholders.is_empty()
    }
}

/// Checks the data file `json` exactly as the widget does, and lists placeholders left.
pub fn check(json: &str) -> Checked {
    let (report, problems) = match load(json) {
        Ok(report) => (Some(report), Vec::new()),
        Err(problems) => (None, problems),
    };
    let all = entries(json);
    let problems = problems
        .into_iter()
        .map(|p| {
            let place = syntax_place(&p.message, json).or_else(|| place_in(&all, &p.path));
            Located {
                path: p.path,
                message: p.message,
                place,
            }
        })
        .collect();
    let placeholders = all
        .into_iter()
        .filter(|e| e.string.as_deref().is_some_and(|s| s.starts_with(TODO)))
        .map(|e| Located {
            message: format!(
                "is a placeholder the draft left: {}",
                e.string.unwrap_or_default()
            ),
            path: e.path,
            place: Some(e.place),
        })
        .collect();
    Checked {
        report,
        problems,
        placeholders,
    }
}

/// The place a syntax error's message gives, as the JSON parsers write it: serde_json and
/// Firefox `… at line 3 column 7`, Chromium `… (line 3 column 7)` or `… at position 20` (a byte
/// offset of `json`, turned into a line and column here).
fn syntax_place(message: &str, json: &str) -> Option<Place> {
    let number = |s: &str| -> Option<usize> {
        s.chars()
            .take_while(char::is_ascii_digit)
            .collect::<String>()
            .parse()
            .ok()
    };
    if let Some((_, rest)) = message.rsplit_once("line ") {
        if let Some((line, column)) = rest.split_once(" column ") {
            if let (Some(line), Some(column)) = (number(line), number(column)) {
                return Some(Place { line, column });
            }
        }
    }
    let (_, rest) = message.rsplit_once(" at position ")?;
    let offset = number(rest)?;
    let before = json.get(..offset.min(json.len()))?;
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Some(Place { line, column })
}

/// What comparing a data file with the report's text found.
#[derive(Debug, Clone, Default)]
pub struct AgainstArticle {
    /// Quotes that are not in the text (line breaks and spaces aside).
    pub quotes_not_found: Vec<Located>,
    /// Figures the text states that no figure of the file matches (same value, unit and
    /// hedges).
    pub left_out: Vec<Found>,
}

/// Compares `report` (read from `json`) with the report's text `article`.
pub fn against_article(report: &Report, json: &str, article: &str) -> AgainstArticle {
    let all = entries(json);
    let flat = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let article_flat = flat(article);
    let mut quotes_not_found = Vec::new();
    let mut wanted: Vec<String> = Vec::new();
    for (i, section) in report.sections.iter().enumerate() {
        for (j, figure) in section.figures.iter().enumerate() {
            if !article_flat.contains(&flat(&figure.quote)) {
                let path = format!("sections[{i}].figures[{j}].quote");
                quotes_not_found.push(Located {
                    place: place_in(&all, &path),
                    path,
                    message: format!("\"{}\" is not in the article", figure.quote),
                });
            }
            wanted.push(figure_key(&figure.value, &figure.unit, &figure.hedges));
        }
    }
    let left_out = extract(article)
        .into_iter()
        .filter(|found| {
            let key = figure_key(&found.value, &found.unit, &found.hedges);
            match wanted.iter().position(|w| *w == key) {
                Some(at) => {
                    wanted.remove(at);
                    false
                }
                None => true,
            }
        })
        .collect();
    AgainstArticle {
        quotes_not_found,
        left_out,
    }
}

/// How figures are matched: value, unit and hedges as written.
pub fn figure_key(value: &str, unit: &str, hedges: &[crate::model::Hedge]) -> String {
    let mut hedges: Vec<&str> = hedges.iter().map(|h| h.as_str()).collect();
    hedges.sort_unstable();
    format!("{value}|{unit}|{}", hedges.join("+"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_carry_their_place() {
        let pretty = crate::write::report_json(&load(crate::DEFAULT_REPORT_JSON).unwrap())
            .replacen("\"unit\": \"亿元\"", "\"unit\": 5", 1);
        let checked = check(&pretty);
        assert_eq!(checked.problems.len(), 1, "{:?}", checked.problems);
        let problem = &checked.problems[0];
        assert_eq!(problem.path, "sections[0].figures[0].unit");
        let place = problem.place.unwrap();
        let line = pretty.lines().nth(place.line - 1).unwrap();
        assert_eq!(line.trim(), "\"unit\": 5,");
        assert_eq!(
            line.chars().nth(place.column - 1),
            Some('"'),
            "the column points at the key"
        );
    }

    #[test]
    fn syntax_errors_carry_their_place() {
        let checked = check("{\n  \"format\": 1,\n  oops\n}");
        assert_eq!(checked.problems.len(), 1);
        assert_eq!(
            checked.problems[0].place,
            Some(Place { line: 3, column: 3 })
        );
    }

    #[test]
    fn every_browser_s_way_of_placing_a_syntax_error_is_read() {
        let json = "{\n  \"format\": 1,\n  oops\n}";
        let at = Some(Place { line: 3, column: 3 });
        for message in [
            "the data file is not JSON: key must be a string at line 3 column 3",
            "the data file is not JSON: JSON.parse: expected double-quoted property name at line 3 column 3 of the JSON data",
            "the data file is not JSON: Expected double-quoted property name in JSON at position 19 (line 3 column 3)",
            "the data file is not JSON: Expected double-quoted property name in JSON at position 19",
        ] {
            assert_eq!(syntax_place(message, json), at, "{message}");
        }
        assert_eq!(
            syntax_place("JSON Parse error: Unexpected identifier", json),
            None
        );
    }

    #[test]
    fn placeholders_are_listed_and_a_valid_file_is_clean() {
        let draft = crate::draft::draft_json(
            "某某区2021年工作报告\n\n一、回顾\n\n全区地区生产总值完成100亿元、增长5%。\n",
        );
        let checked = check(&draft);
        assert!(checked.problems.is_empty(), "{:?}", checked.problems);
        assert!(checked
            .placeholders
            .iter()
            .any(|p| p.path == "meta.city.zh"));
        assert!(!checked.is_clean());
        assert!(check(crate::DEFAULT_REPORT_JSON).is_clean());
    }
}
