//! Widget options, the same for every way of embedding: `sections`, `lang`, `theme`, `motion`,
//! `src`. Read from strings (query parameters or element attributes); unknown values fall back to
//! the default and are reported, so a typo in an embed code never blanks the widget.

use crate::model::{Lang, Report};

/// Whether charts animate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Motion {
    /// Animate, unless the reader asked the system for reduced motion.
    #[default]
    On,
    /// Show final values at once.
    Off,
}

/// The colour scheme asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeChoice {
    /// Follow the reader's system setting (`prefers-color-scheme`).
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

/// The size of text (and with it, of charts and touch targets).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TextSize {
    /// The designed size.
    #[default]
    Normal,
    /// A quarter larger, for older readers (适老化).
    Large,
}

impl TextSize {
    /// How much larger than the design everything is drawn.
    pub fn scale(self) -> f64 {
        match self {
            TextSize::Normal => 1.0,
            TextSize::Large => 1.25,
        }
    }
}

/// Raw option values as given by the host; `None` for an option not given (or `null`). Other
/// properties of the host's object are ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default)]
pub struct RawOptions {
    /// Comma-separated section ids.
    pub sections: Option<String>,
    /// `zh` or `en`.
    pub lang: Option<String>,
    /// `auto`, `light` or `dark`.
    pub theme: Option<String>,
    /// `on` or `off`.
    pub motion: Option<String>,
    /// `normal` or `large`.
    pub text: Option<String>,
    /// The URL of another report's data file.
    pub src: Option<String>,
}

/// The widget's options, parsed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Options {
    /// Ids of the sections to show, in the report's order; empty means all.
    pub sections: Vec<String>,
    /// The language of the content.
    pub lang: Lang,
    /// The colour scheme.
    pub theme: ThemeChoice,
    /// Whether charts animate.
    pub motion: Motion,
    /// The size of text.
    pub text: TextSize,
    /// The URL of another report's data file; `None` shows the report compiled in.
    pub src: Option<String>,
}

impl Options {
    /// Parses the options that do not depend on the report. Returns them and a warning for each
    /// value that was not understood and fell back to its default.
    pub fn parse(raw: &RawOptions) -> (Options, Vec<String>) {
        let mut warnings = Vec::new();
        let mut options = Options::default();
        match trimmed(&raw.lang) {
            None | Some("zh" | "zh-CN" | "zh-Hans") => {}
            Some("en") => options.lang = Lang::En,
            Some(other) => {
                warnings.push(format!("lang: \"{other}\" is not supported; use zh or en"))
            }
        }
        match trimmed(&raw.theme) {
            None | Some("auto") => {}
            Some("light") => options.theme = ThemeChoice::Light,
            Some("dark") => options.theme = ThemeChoice::Dark,
            Some(other) => warnings.push(format!(
                "theme: \"{other}\" is not understood; use auto, light or dark"
            )),
        }
        match trimmed(&raw.motion) {
            None | Some("on") => {}
            Some("off") => options.motion = Motion::Off,
            Some(other) => warnings.push(format!(
                "motion: \"{other}\" is not understood; use on or off"
            )),
        }
        match trimmed(&raw.text) {
            None | Some("normal") => {}
            Some("large") => options.text = TextSize::Large,
            Some(other) => warnings.push(format!(
                "text: \"{other}\" is not understood; use normal or large"
            )),
        }
        options.src = trimmed(&raw.src).map(str::to_string);
        (options, warnings)
    }

    /// Sets the sections to show from the comma-separated ids in `raw`, checked against `report`,
    /// in the report's order. Returns a warning for each id the report does not have.
    pub fn choose_sections(&mut self, raw: &RawOptions, report: &Report) -> Vec<String> {
        let mut warnings = Vec::new();
        let wanted: Vec<&str> = trimmed(&raw.sections)
            .map(|list| {
                list.split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        for id in &wanted {
            if report.section(id).is_none() {
                let known: Vec<String> = report.sections.iter().map(|s| s.id.clone()).collect();
                warnings.push(format!(
                    "sections: \"{id}\" is not a section of this report; known sections are {}",
                    known.join(", ")
                ));
            }
        }
        self.sections = report
            .sections
            .iter()
            .filter(|s| wanted.contains(&s.id.as_str()))
            .map(|s| s.id.clone())
            .collect();
        warnings
    }

    /// Whether the section with `id` is shown.
    pub fn shows(&self, id: &str) -> bool {
        self.sections.is_empty() || self.sections.iter().any(|s| s == id)
    }
}

fn trimmed(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::load;

    fn raw(sections: &str) -> RawOptions {
        RawOptions {
            sections: Some(sections.into()),
            ..RawOptions::default()
        }
    }

    #[test]
    fn defaults_when_nothing_is_given() {
        let (options, warnings) = Options::parse(&RawOptions::default());
        assert_eq!(options, Options::default());
        assert!(warnings.is_empty());
        assert!(options.shows("anything"));
    }

    #[test]
    fn values_are_read_and_typos_reported() {
        let given = RawOptions {
            lang: Some(" en ".into()),
            theme: Some("dark".into()),
            motion: Some("off".into()),
            text: Some("large".into()),
            src: Some(" data/other.json ".into()),
            ..RawOptions::default()
        };
        let (options, warnings) = Options::parse(&given);
        assert_eq!(options.lang, Lang::En);
        assert_eq!(options.theme, ThemeChoice::Dark);
        assert_eq!(options.motion, Motion::Off);
        assert_eq!(options.text.scale(), 1.25);
        assert_eq!(options.src.as_deref(), Some("data/other.json"));
        assert!(warnings.is_empty());
        let typo = RawOptions {
            lang: Some("fr".into()),
            motion: Some("of".into()),
            theme: Some("pink".into()),
            ..RawOptions::default()
        };
        let (options, warnings) = Options::parse(&typo);
        assert_eq!(options, Options::default());
        assert_eq!(warnings.len(), 3);
        assert!(warnings[0].starts_with("lang: \"fr\""));
    }

    #[test]
    fn sections_follow_the_reports_order_and_unknown_ids_warn() {
        let report = load(crate::DEFAULT_REPORT_JSON).unwrap();
        let mut options = Options::default();
        let warnings = options.choose_sections(&raw("ecology, kpi,,nope,kpi"), &report);
        assert_eq!(options.sections, ["kpi", "ecology"]);
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].contains("\"nope\" is not a section"));
        assert!(options.shows("kpi") && !options.shows("party"));
    }
}
