//! The rules that span fields: unique ids, parts within their wholes, shares within 100 %, units
//! and hedges that fit a figure's kind, charts that name figures of their section.

use std::collections::HashMap;

use super::problem::{Problem, MAX_FIGURES_PER_SECTION, MAX_SECTIONS, MAX_TEXT_CHARS};
use crate::format;
use crate::model::{
    Chart, Figure, FigureKind, Hedge, HedgePlace, Lang, Report, Section, SectionKind, Text,
    FORMAT_VERSION,
};
use crate::number::{parse_written, split_unit};

/// Collects problems with their paths.
struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn fail(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.into(),
            message: message.into(),
        });
    }

    fn text(&mut self, path: &str, text: &Text) {
        for (lang, value) in [("zh", &text.zh), ("en", &text.en)] {
            self.string(&format!("{path}.{lang}"), value);
        }
    }

    fn string(&mut self, path: &str, value: &str) {
        if value.trim().is_empty() {
            self.fail(path, "is empty");
        } else if value.chars().count() > MAX_TEXT_CHARS {
            self.fail(
                path,
                format!(
                    "is {} characters long; at most {MAX_TEXT_CHARS} are accepted",
                    value.chars().count()
                ),
            );
        }
    }

    fn id(&mut self, path: &str, id: &str) {
        let ok = !id.is_empty()
            && id.len() <= 64
            && id.starts_with(|c: char| c.is_ascii_lowercase())
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
        if !ok {
            self.fail(
                path,
                format!("\"{id}\" is not a valid id; use lowercase ASCII letters, digits, '_' or '-', starting with a letter"),
            );
        }
    }
}

/// Checks the rules that span fields, on the values validation read (`read_values`).
pub(super) fn check(report: &Report) -> Vec<Problem> {
    let mut c = Checker {
        problems: Vec::new(),
    };
    if report.format != FORMAT_VERSION {
        c.fail(
            "format",
            format!(
                "is {}; this widget reads format {FORMAT_VERSION}",
                report.format
            ),
        );
    }
    check_meta(&mut c, report);
    if report.sections.is_empty() {
        c.fail("sections", "is empty; a report needs at least one section");
    }
    if report.sections.len() > MAX_SECTIONS {
        c.fail(
            "sections",
            format!(
                "has {} sections; at most {MAX_SECTIONS} are accepted",
                report.sections.len()
            ),
        );
    }
    let mut section_ids: HashMap<&str, usize> = HashMap::new();
    let mut figure_ids: HashMap<&str, String> = HashMap::new();
    for (i, section) in report.sections.iter().enumerate() {
        let path = format!("sections[{i}]");
        c.id(&format!("{path}.id"), &section.id);
        if let Some(first) = section_ids.insert(&section.id, i) {
            c.fail(
                format!("{path}.id"),
                format!(
                    "\"{}\" is used twice (also by sections[{first}])",
                    section.id
                ),
            );
        }
        for (j, figure) in section.figures.iter().enumerate() {
            let fpath = format!("{path}.figures[{j}]");
            if let Some(first) = figure_ids.insert(&figure.id, fpath.clone()) {
                c.fail(
                    format!("{fpath}.id"),
                    format!("\"{}\" is used twice (also by {first})", figure.id),
                );
            }
        }
        check_section(&mut c, &path, section);
    }
    c.problems
}

fn check_meta(c: &mut Checker, report: &Report) {
    let meta = &report.meta;
    c.id("meta.id", &meta.id);
    c.text("meta.district", &meta.district);
    c.text("meta.city", &meta.city);
    c.text("meta.title", &meta.title);
    c.text("meta.subtitle", &meta.subtitle);
    c.text("meta.meeting", &meta.meeting);
    c.string("meta.source.headline", &meta.source.headline);
    c.string("meta.source.reporter", &meta.source.reporter);
    c.string("meta.source.reporter_en", &meta.source.reporter_en);
    if !(1900..=2200).contains(&meta.year) {
        c.fail(
            "meta.year",
            format!("is {}; expected a year such as 2020", meta.year),
        );
    }
    if !is_iso_date(&meta.meeting_date) {
        c.fail(
            "meta.meeting_date",
            format!("\"{}\" is not a date written YYYY-MM-DD", meta.meeting_date),
        );
    }
}

fn is_iso_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    let number = |s: &str, len: usize| {
        (s.len() == len && s.chars().all(|c| c.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    matches!(
        (number(y, 4), number(m, 2), number(d, 2)),
        (Some(_), Some(1..=12), Some(1..=31))
    )
}

fn check_section(c: &mut Checker, path: &str, section: &Section) {
    c.text(&format!("{path}.title"), &section.title);
    c.text(&format!("{path}.summary"), &section.summary);
    if section.figures.len() > MAX_FIGURES_PER_SECTION {
        c.fail(
            format!("{path}.figures"),
            format!(
                "has {} figures; at most {MAX_FIGURES_PER_SECTION} are accepted",
                section.figures.len()
            ),
        );
    }
    // A section of work may be text only (its title and summary); the KPI block is its figures.
    if section.kind == SectionKind::Kpi && section.figures.is_empty() {
        c.fail(
            format!("{path}.figures"),
            "is empty; the KPI block shows its figures as tiles and needs at least one",
        );
    }
    for (j, figure) in section.figures.iter().enumerate() {
        check_figure(c, &format!("{path}.figures[{j}]"), figure, section);
    }
    for (j, area) in section.areas.iter().enumerate() {
        let apath = format!("{path}.areas[{j}]");
        c.text(&format!("{apath}.name"), &area.name);
        for (k, project) in area.projects.iter().enumerate() {
            c.text(&format!("{apath}.projects[{k}]"), project);
        }
    }
    for (j, chart) in section.charts.iter().enumerate() {
        check_chart(c, &format!("{path}.charts[{j}]"), chart, section);
    }
}

fn check_figure(c: &mut Checker, path: &str, figure: &Figure, section: &Section) {
    c.id(&format!("{path}.id"), &figure.id);
    c.text(&format!("{path}.label"), &figure.label);
    c.string(&format!("{path}.quote"), &figure.quote);
    if figure.unit.chars().count() > 12 || figure.unit.chars().any(|ch| ch.is_ascii_digit()) {
        c.fail(
            format!("{path}.unit"),
            format!(
                "\"{}\" is not a unit; write it as the report does (亿元, 万人, 个, %)",
                figure.unit
            ),
        );
    }
    check_unit_and_hedges(c, path, figure);
    let Some(quantity) = figure.quantity() else {
        not_a_number(c, format!("{path}.value"), &figure.value);
        return;
    };
    let value = quantity.value;
    match figure.kind {
        FigureKind::Share if quantity.unit != "%" => c.fail(
            format!("{path}.unit"),
            format!("is \"{}\"; a share is written in %", figure.unit),
        ),
        FigureKind::Share if !(0.0..=100.0).contains(&value) => c.fail(
            format!("{path}.value"),
            format!("is {}; a share must lie between 0% and 100%", figure.value),
        ),
        FigureKind::Growth if !GROWTH_UNITS.contains(&figure.unit.as_str()) => c.fail(
            format!("{path}.unit"),
            format!(
                "is \"{}\"; a growth is written in %, 个百分点 or 倍",
                figure.unit
            ),
        ),
        FigureKind::Growth if figure.unit == "倍" && value <= 0.0 => c.fail(
            format!("{path}.value"),
            format!(
                "is {}; a growth in 倍 is a rise (增长x倍), so it is positive; write a fall in %",
                figure.value
            ),
        ),
        FigureKind::Count | FigureKind::Rank | FigureKind::Streak if value < 0.0 => c.fail(
            format!("{path}.value"),
            format!(
                "is {}; a count, rank or streak cannot be negative",
                figure.value
            ),
        ),
        _ => {}
    }
    if !quote_states(figure) {
        c.fail(
            format!("{path}.quote"),
            format!(
                "does not state the figure as shown (\"{}\"); quote the phrase of the report that states it, or fix value, unit or hedge",
                written(figure)
            ),
        );
    }
    if let Some(whole_id) = &figure.part_of {
        match section.figure(whole_id) {
            None => c.fail(
                format!("{path}.part_of"),
                format!("names \"{whole_id}\", which is not a figure of this section"),
            ),
            Some(whole) => check_part_of_whole(c, &format!("{path}.part_of"), figure, whole),
        }
    }
}

/// Says why a value that was not read is not a number (read again only for that).
fn not_a_number(c: &mut Checker, path: String, written: &str) {
    if let Err(e) = parse_written(written) {
        c.fail(path, e);
    }
}

/// The units a growth may be written in: a rate, a change of a rate, a multiple.
const GROWTH_UNITS: [&str; 4] = ["%", "个百分点", "百分点", "倍"];

/// A unit must read in English too (never dropped), and hedges must not contradict each other.
fn check_unit_and_hedges(c: &mut Checker, path: &str, figure: &Figure) {
    let unit = split_unit(&figure.unit);
    match &figure.unit_en {
        Some(unit_en) => c.string(&format!("{path}.unit_en"), unit_en),
        None if crate::units::english(unit.rest).is_none() => c.fail(
            format!("{path}.unit"),
            format!(
                "unit `{}` has no English form; add `unit_en` (the unit in English, e.g. \"TEU\")",
                unit.rest
            ),
        ),
        None => {}
    }
    let status = figure.hedges.iter().filter(|h| h.is_status()).count();
    let approximations = figure.hedges.len() - status;
    if status > 1 || approximations > 1 {
        let written: Vec<&str> = figure.hedges.iter().map(|h| h.as_str()).collect();
        c.fail(
            format!("{path}.hedge"),
            format!(
                "has {}; a figure has at most one of 预计 or 拟 and at most one of 余, 多, 近, 超, 约, 以上, 左右, 以内",
                written.join(", ")
            ),
        );
    }
}

/// The figure as a message names it: in Chinese, worded as the report writes it.
fn written(figure: &Figure) -> String {
    format::figure(figure, Lang::Zh, 1.0).joined()
}

/// Whether the quote states the figure as the widget words it. A hedge written before the
/// number may stand a few words apart from it in the report (预计完成773亿元), so it is looked
/// for on its own, before the rest.
fn quote_states(figure: &Figure) -> bool {
    let mut parts = format::figure(figure, Lang::Zh, 1.0);
    let prefix = figure
        .hedge_at(HedgePlace::BeforeFigure)
        .map_or("", Hedge::as_str);
    parts.before = parts
        .before
        .get(prefix.len()..)
        .unwrap_or_default()
        .to_string();
    let rest = parts.joined();
    let quote = figure.quote.as_bytes();
    match find_bytes(quote, rest.as_bytes()) {
        Some(at) => find_bytes(&quote[..at], prefix.as_bytes()).is_some(),
        None => false,
    }
}

/// Where `needle` first occurs in `haystack`. On UTF-8 bytes a match is always whole characters.
/// Quotes are short, so a plain scan does; it also keeps the standard library's string search,
/// and the panic formatting its slicing brings, out of the module.
fn find_bytes(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// A part must be in the whole's unit and not larger than it (367 ≤ 388.1亿元).
fn check_part_of_whole(c: &mut Checker, path: &str, part: &Figure, whole: &Figure) {
    if split_unit(&part.unit).rest != split_unit(&whole.unit).rest {
        c.fail(
            path,
            format!(
                "\"{}\" is in {} but its whole \"{}\" is in {}; a part must have its whole's unit",
                part.id, part.unit, whole.id, whole.unit
            ),
        );
        return;
    }
    if let (Some(p), Some(w)) = (part.quantity(), whole.quantity()) {
        if p.absolute > w.absolute {
            c.fail(
                path,
                format!(
                    "the part {} is larger than its whole {} ({})",
                    written(part),
                    written(whole),
                    whole.id
                ),
            );
        }
    }
}

fn check_chart(c: &mut Checker, path: &str, chart: &Chart, section: &Section) {
    c.text(&format!("{path}.title"), chart.title());
    let mut figures = Vec::new();
    for (k, id) in chart.figure_ids().into_iter().enumerate() {
        let field = match chart {
            Chart::Bars { .. } | Chart::Numbers { .. } => format!("{path}.figures[{k}]"),
            Chart::Progress { .. } | Chart::Ratio { .. } if k == 0 => format!("{path}.part"),
            Chart::Progress { .. } | Chart::Ratio { .. } => format!("{path}.whole"),
            Chart::Ring { .. } | Chart::Areas { .. } => format!("{path}.figure"),
        };
        match section.figure(id) {
            Some(f) => figures.push(f),
            None => c.fail(
                field,
                format!("names \"{id}\", which is not a figure of this section"),
            ),
        }
    }
    if figures.len() != chart.figure_ids().len() {
        return;
    }
    let numeric = |f: &Figure| f.quantity().map(|q| q.absolute);
    match chart {
        Chart::Bars { .. } | Chart::Numbers { .. } if !(1..=12).contains(&figures.len()) => {
            c.fail(
                format!("{path}.figures"),
                format!("has {} figures; a chart shows 1 to 12", figures.len()),
            );
        }
        Chart::Bars { .. } => {
            let first = figures[0];
            for (k, f) in figures.iter().enumerate().skip(1) {
                if f.unit != first.unit || f.kind != first.kind {
                    c.fail(
                        format!("{path}.figures[{k}]"),
                        format!(
                            "\"{}\" is in {} ({:?}) but \"{}\" is in {} ({:?}); bars share one unit and kind",
                            f.id, f.unit, f.kind, first.id, first.unit, first.kind
                        ),
                    );
                }
            }
            if figures.iter().any(|f| numeric(f).is_some_and(|v| v < 0.0))
                && first.kind != FigureKind::Growth
            {
                c.fail(
                    format!("{path}.figures"),
                    "bars cannot show negative amounts or counts",
                );
            }
        }
        Chart::Numbers { .. } => {}
        Chart::Progress { .. } => check_part_of_whole(c, path, figures[0], figures[1]),
        Chart::Ratio { .. } => {
            if let (Some(p), Some(w)) = (numeric(figures[0]), numeric(figures[1])) {
                if !(0.0..=w).contains(&p) || w <= 0.0 {
                    c.fail(
                        path,
                        format!(
                            "the part {} must lie between 0 and its whole {}",
                            written(figures[0]),
                            written(figures[1])
                        ),
                    );
                }
            }
        }
        Chart::Ring { out_of: None, .. } => {
            if figures[0].unit != "%" {
                c.fail(
                    format!("{path}.figure"),
                    format!(
                        "\"{}\" is in {}; a ring without out_of shows a % figure",
                        figures[0].id, figures[0].unit
                    ),
                );
            }
        }
        Chart::Ring {
            out_of: Some(out_of),
            ..
        } => {
            c.text(&format!("{path}.out_of.label"), &out_of.label);
            match out_of.number() {
                None => not_a_number(c, format!("{path}.out_of.value"), &out_of.value),
                Some(whole) => {
                    if let Some(p) = numeric(figures[0]) {
                        if !(0.0..=whole).contains(&p) || whole <= 0.0 {
                            c.fail(
                                format!("{path}.out_of.value"),
                                format!(
                                    "is {}; it must be positive and at least the figure {}",
                                    out_of.value,
                                    written(figures[0])
                                ),
                            );
                        }
                    }
                }
            }
        }
        Chart::Areas { .. } => {
            if section.areas.is_empty() {
                c.fail(
                    path,
                    "an areas chart needs the section's areas, and it has none",
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates() {
        assert!(is_iso_date("2021-01-15"));
        for bad in [
            "2021-1-15",
            "2021-13-01",
            "2021-01-32",
            "20210115",
            "",
            "abcd-ef-gh",
        ] {
            assert!(!is_iso_date(bad), "{bad}");
        }
    }
}
