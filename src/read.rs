//! Turning a parsed JSON [`Value`] into the model's types, field by field.
//!
//! Together with [`crate::model`] this defines the data file's shape: unknown fields are
//! rejected, optional fields may be absent or `null`, and a problem names the path of its field
//! (`sections[3].figures[2].unit`) so an editor can fix the file from the message alone.
//! Written out by hand rather than derived: see [`crate::json`] for why.

use crate::json::Value;
use crate::model::{
    Area, Chart, Figure, FigureKind, Hedge, Meta, OutOf, Report, Section, SectionKind, Source, Text,
};
use crate::validate::Problem;

type Read<T> = Result<T, Problem>;

/// Reads a whole report from its JSON value.
///
/// # Errors
/// Returns the first field of the wrong shape or type, with its path.
pub fn report(value: &Value) -> Read<Report> {
    let fields = Fields::new(value, String::new(), &["format", "meta", "sections"])?;
    Ok(Report {
        format: fields.get("format", whole_number)?,
        meta: fields.get("meta", meta)?,
        sections: fields.get("sections", |v, path| list(v, path, section))?,
    })
}

fn meta(value: &Value, path: String) -> Read<Meta> {
    let fields = Fields::new(
        value,
        path,
        &[
            "id",
            "district",
            "city",
            "year",
            "title",
            "subtitle",
            "meeting_date",
            "meeting",
            "source",
        ],
    )?;
    Ok(Meta {
        id: fields.get("id", string)?,
        district: fields.get("district", text)?,
        city: fields.get("city", text)?,
        year: fields.get("year", whole_number)?,
        title: fields.get("title", text)?,
        subtitle: fields.get("subtitle", text)?,
        meeting_date: fields.get("meeting_date", string)?,
        meeting: fields.get("meeting", text)?,
        source: fields.get("source", source)?,
    })
}

fn source(value: &Value, path: String) -> Read<Source> {
    let fields = Fields::new(value, path, &["headline", "reporter", "reporter_en"])?;
    Ok(Source {
        headline: fields.get("headline", string)?,
        reporter: fields.get("reporter", string)?,
        reporter_en: fields.get("reporter_en", string)?,
    })
}

fn section(value: &Value, path: String) -> Read<Section> {
    let fields = Fields::new(
        value,
        path,
        &[
            "id", "kind", "title", "summary", "figures", "charts", "areas",
        ],
    )?;
    Ok(Section {
        id: fields.get("id", string)?,
        kind: fields.get("kind", |v, path| {
            variant(
                v,
                path,
                &[("kpi", SectionKind::Kpi), ("work", SectionKind::Work)],
            )
        })?,
        title: fields.get("title", text)?,
        summary: fields.get("summary", text)?,
        figures: fields
            .optional("figures", |v, path| list(v, path, figure))?
            .unwrap_or_default(),
        charts: fields
            .optional("charts", |v, path| list(v, path, chart))?
            .unwrap_or_default(),
        areas: fields
            .optional("areas", |v, path| list(v, path, area))?
            .unwrap_or_default(),
    })
}

fn figure(value: &Value, path: String) -> Read<Figure> {
    let fields = Fields::new(
        value,
        path,
        &[
            "id", "label", "value", "unit", "unit_en", "hedge", "kind", "quote", "part_of",
        ],
    )?;
    Ok(Figure {
        id: fields.get("id", string)?,
        label: fields.get("label", text)?,
        value: fields.get("value", string)?,
        unit: fields.get("unit", string)?,
        unit_en: fields.optional("unit_en", string)?,
        hedges: fields.optional("hedge", hedges)?.unwrap_or_default(),
        kind: fields.get("kind", |v, path| {
            variant(
                v,
                path,
                &[
                    ("amount", FigureKind::Amount),
                    ("count", FigureKind::Count),
                    ("growth", FigureKind::Growth),
                    ("share", FigureKind::Share),
                    ("rank", FigureKind::Rank),
                    ("streak", FigureKind::Streak),
                ],
            )
        })?,
        quote: fields.get("quote", string)?,
        part_of: fields.optional("part_of", string)?,
    })
}

/// One hedge (`"预计"`) or a list of them (`["预计", "左右"]`).
fn hedges(value: &Value, path: String) -> Read<Vec<Hedge>> {
    let hedge = |v: &Value, path| variant(v, path, &Hedge::ALL.map(|h| (h.as_str(), h)));
    match value {
        Value::Array(_) => list(value, path, hedge),
        _ => hedge(value, path).map(|h| vec![h]),
    }
}

fn out_of(value: &Value, path: String) -> Read<OutOf> {
    let fields = Fields::new(value, path, &["value", "label"])?;
    Ok(OutOf {
        value: fields.get("value", string)?,
        label: fields.get("label", text)?,
    })
}

/// A chart's fields depend on its `type`.
fn chart(value: &Value, path: String) -> Read<Chart> {
    const TYPES: [&str; 6] = ["bars", "progress", "ratio", "ring", "numbers", "areas"];
    let any_fields = Fields::new(
        value,
        path.clone(),
        &[
            "type", "title", "figures", "part", "whole", "figure", "out_of",
        ],
    )?;
    let type_name = any_fields.get("type", |v, path| {
        variant(v, path, &TYPES.map(|name| (name, name)))
    })?;
    let known: &[&str] = match type_name {
        "bars" | "numbers" => &["type", "title", "figures"],
        "progress" | "ratio" => &["type", "title", "part", "whole"],
        "ring" => &["type", "title", "figure", "out_of"],
        _ => &["type", "title"],
    };
    let fields = Fields::new(value, path, known)?;
    let title = fields.get("title", text)?;
    let ids = |key| fields.get(key, |v, path| list(v, path, string));
    Ok(match type_name {
        "bars" => Chart::Bars {
            title,
            figures: ids("figures")?,
        },
        "numbers" => Chart::Numbers {
            title,
            figures: ids("figures")?,
        },
        "progress" => Chart::Progress {
            title,
            part: fields.get("part", string)?,
            whole: fields.get("whole", string)?,
        },
        "ratio" => Chart::Ratio {
            title,
            part: fields.get("part", string)?,
            whole: fields.get("whole", string)?,
        },
        "ring" => Chart::Ring {
            title,
            figure: fields.get("figure", string)?,
            out_of: fields.optional("out_of", out_of)?,
        },
        _ => Chart::Areas { title },
    })
}

fn area(value: &Value, path: String) -> Read<Area> {
    let fields = Fields::new(value, path, &["name", "projects"])?;
    Ok(Area {
        name: fields.get("name", text)?,
        projects: fields.get("projects", |v, path| list(v, path, text))?,
    })
}

fn text(value: &Value, path: String) -> Read<Text> {
    let fields = Fields::new(value, path, &["zh", "en"])?;
    Ok(Text {
        zh: fields.get("zh", string)?,
        en: fields.get("en", string)?,
    })
}

/// The members of an object, checked against the names its type knows.
struct Fields<'a> {
    path: String,
    members: &'a [(String, Value)],
}

impl<'a> Fields<'a> {
    fn new(value: &'a Value, path: String, known: &[&str]) -> Read<Self> {
        let Value::Object(members) = value else {
            return Err(invalid_type(path, value, "an object"));
        };
        for (i, (key, _)) in members.iter().enumerate() {
            if !known.contains(&key.as_str()) {
                return Err(Problem {
                    message: format!("unknown field `{key}`, expected {}", one_of(known)),
                    path: join(&path, key),
                });
            }
            if members[..i].iter().any(|(earlier, _)| earlier == key) {
                return Err(Problem {
                    message: format!("duplicate field `{key}`"),
                    path: join(&path, key),
                });
            }
        }
        Ok(Fields { path, members })
    }

    fn member(&self, key: &str) -> Option<&'a Value> {
        self.members
            .iter()
            .find(|(name, _)| name == key)
            .map(|(_, value)| value)
    }

    /// A field that must be present.
    fn get<T>(&self, key: &str, read: impl FnOnce(&'a Value, String) -> Read<T>) -> Read<T> {
        match self.member(key) {
            Some(value) => read(value, join(&self.path, key)),
            None => Err(Problem {
                path: self.path.clone(),
                message: format!("missing field `{key}`"),
            }),
        }
    }

    /// A field that may be absent or `null`.
    fn optional<T>(
        &self,
        key: &str,
        read: impl FnOnce(&'a Value, String) -> Read<T>,
    ) -> Read<Option<T>> {
        match self.member(key) {
            None | Some(Value::Null) => Ok(None),
            Some(value) => read(value, join(&self.path, key)).map(Some),
        }
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

fn list<T>(value: &Value, path: String, read: impl Fn(&Value, String) -> Read<T>) -> Read<Vec<T>> {
    let Value::Array(items) = value else {
        return Err(invalid_type(path, value, "a list"));
    };
    // A plain loop: collecting into `Result<Vec<_>, _>` generated far more code per type.
    let mut list = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        list.push(read(item, format!("{path}[{i}]"))?);
    }
    Ok(list)
}

fn string(value: &Value, path: String) -> Read<String> {
    match value {
        Value::String(s) => Ok(s.clone()),
        _ => Err(invalid_type(path, value, "a string")),
    }
}

fn whole_number(value: &Value, path: String) -> Read<u32> {
    match value {
        Value::Number(n) => n.parse().map_err(|_| Problem {
            path,
            message: format!("`{n}` is not a whole number from 0 to {}", u32::MAX),
        }),
        _ => Err(invalid_type(path, value, "a whole number")),
    }
}

/// One of a fixed set of names, written as a string.
fn variant<T: Copy>(value: &Value, path: String, names: &[(&str, T)]) -> Read<T> {
    let Value::String(given) = value else {
        return Err(invalid_type(path, value, "a string"));
    };
    match names.iter().find(|(name, _)| name == given) {
        Some(&(_, found)) => Ok(found),
        None => {
            let names: Vec<&str> = names.iter().map(|&(name, _)| name).collect();
            Err(Problem {
                path,
                message: format!(
                    "unknown variant `{}`, expected {}",
                    shortened(given),
                    one_of(&names)
                ),
            })
        }
    }
}

fn one_of(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|name| format!("`{name}`")).collect();
    format!("one of {}", quoted.join(", "))
}

/// At most 40 characters of untrusted text, for a message.
fn shortened(text: &str) -> String {
    match text.char_indices().nth(40) {
        Some((end, _)) => format!("{}…", text.get(..end).unwrap_or_default()),
        None => text.to_owned(),
    }
}

fn invalid_type(path: String, found: &Value, expected: &str) -> Problem {
    let found = match found {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Number(n) => format!("number `{}`", shortened(n)),
        Value::String(s) => format!("string \"{}\"", shortened(s)),
        Value::Array(_) => "a list".to_owned(),
        Value::Object(_) => "an object".to_owned(),
    };
    Problem {
        path,
        message: format!("invalid type: {found}, expected {expected}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::parse;

    fn read_text(json: &str) -> Read<Text> {
        text(&parse(json).unwrap(), "t".into())
    }

    #[test]
    fn fields_are_checked_with_their_paths() {
        assert_eq!(
            read_text(r#"{"zh": "二七", "en": "Erqi"}"#),
            Ok(Text {
                zh: "二七".into(),
                en: "Erqi".into()
            })
        );
        let problem = |path: &str, message: &str| {
            Err(Problem {
                path: path.into(),
                message: message.into(),
            })
        };
        assert_eq!(
            read_text(r#"{"zh": "二七"}"#),
            problem("t", "missing field `en`")
        );
        assert_eq!(
            read_text(r#"{"zh": "二七", "en": 7}"#),
            problem("t.en", "invalid type: number `7`, expected a string")
        );
        assert_eq!(
            read_text(r#"{"zh": "a", "en": "b", "fr": "c"}"#),
            problem("t.fr", "unknown field `fr`, expected one of `zh`, `en`")
        );
        assert_eq!(
            read_text(r#"{"zh": "a", "en": "b", "zh": "c"}"#),
            problem("t.zh", "duplicate field `zh`")
        );
        assert_eq!(
            read_text(r#"["a"]"#),
            problem("t", "invalid type: a list, expected an object")
        );
    }

    #[test]
    fn names_and_numbers_are_checked() {
        let kind = |json: &str| {
            variant(
                &parse(json).unwrap(),
                "k".into(),
                &[("kpi", SectionKind::Kpi), ("work", SectionKind::Work)],
            )
        };
        assert_eq!(kind("\"work\""), Ok(SectionKind::Work));
        assert_eq!(
            kind("\"Work\"").unwrap_err().message,
            "unknown variant `Work`, expected one of `kpi`, `work`"
        );
        let number = |json: &str| whole_number(&parse(json).unwrap(), "n".into());
        assert_eq!(number("2020"), Ok(2020));
        for bad in ["-1", "1.5", "1e3", "99999999999"] {
            assert!(number(bad)
                .unwrap_err()
                .message
                .contains("is not a whole number"));
        }
        assert_eq!(
            number("true").unwrap_err().message,
            "invalid type: boolean `true`, expected a whole number"
        );
    }

    #[test]
    fn long_hostile_values_are_shortened_in_messages() {
        let long = format!("\"{}\"", "<b>".repeat(100));
        let problem = whole_number(&parse(&long).unwrap(), "n".into()).unwrap_err();
        assert!(problem.message.chars().count() < 100, "{}", problem.message);
        assert!(
            problem.message.contains("<b><b>") && problem.message.contains("…"),
            "{}",
            problem.message
        );
    }
}
