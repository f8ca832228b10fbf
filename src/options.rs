//! Widget options, the same for every way of embedding: `sections`, `lang`, `motion`, `theme`.
//! Read from strings (query parameters or element attributes); unknown values fall back to the
//! default and are reported, so a typo in an embed code never blanks the widget.

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

/// The widget's options, parsed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Options {
    /// Ids of the sections to show, in the report's order; empty means all.
    pub sections: Vec<String>,
    /// The language of the content.
    pub lang: Lang,
    /// Whether charts animate.
    pub motion: Motion,
}

/// Raw option values as given by the host; `None` for an option not given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawOptions {
    /// Comma-separated section ids.
    pub sections: Option<String>,
    /// `zh` or `en`.
    pub lang: Option<String>,
    /// `on` or `off`.
    pub motion: Option<String>,
}

impl Options {
    /// Parses raw values against `report`. Returns the options and a warning for each value that
    /// was not understood and fell back to its default.
    pub fn parse(raw: &RawOptions, report: &Report) -> (Options, Vec<String>) {
        let mut warnings = Vec::new();
        let mut options = Options::default();
        if let Some(list) = raw.sections.as_deref().filter(|s| !s.trim().is_empty()) {
            for id in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                if report.section(id).is_some() {
                    if !options.sections.iter().any(|s| s == id) {
                        options.sections.push(id.to_string());
                    }
                } else {
                    let known: Vec<&str> = report.sections.iter().map(|s| s.id.as_str()).collect();
                    warnings.push(format!(
                        "sections: \"{id}\" is not a section of this report; known sections are {}",
                        known.join(", ")
                    ));
                }
            }
        }
        match raw.lang.as_deref().map(str::trim) {
            None | Some("" | "zh" | "zh-CN" | "zh-Hans") => {}
            Some("en") => options.lang = Lang::En,
            Some(other) => {
                warnings.push(format!("lang: \"{other}\" is not supported; use zh or en"))
            }
        }
        match raw.motion.as_deref().map(str::trim) {
            None | Some("" | "on") => {}
            Some("off") => options.motion = Motion::Off,
            Some(other) => warnings.push(format!(
                "motion: \"{other}\" is not understood; use on or off"
            )),
        }
        (options, warnings)
    }

    /// Whether the section with `id` is shown.
    pub fn shows(&self, id: &str) -> bool {
        self.sections.is_empty() || self.sections.iter().any(|s| s == id)
    }
}
