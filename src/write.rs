//! Writing a [`Report`] as a data file: the JSON format [`crate::validate::load`] reads, with
//! fields in the order docs/data-format.md documents them, indented by two spaces.
//!
//! Used by the drafting tool (a draft is a report written out for an editor to finish); the
//! widget itself never writes data files.

use std::fmt::Write;

use crate::model::{Area, Chart, Figure, FigureKind, Report, Section, SectionKind, Text};

/// The data file of `report`, ending with a newline.
pub fn report_json(report: &Report) -> String {
    let mut out = Out::default();
    out.open('{');
    out.field("format", &report.format.to_string());
    out.key("meta");
    meta(&mut out, report);
    out.key("sections");
    out.open('[');
    for section_ in &report.sections {
        out.item();
        section(&mut out, section_);
    }
    out.close(']');
    out.close('}');
    out.text.push('\n');
    out.text
}

fn meta(out: &mut Out, report: &Report) {
    let meta = &report.meta;
    out.open('{');
    out.field("id", &string(&meta.id));
    out.text_field("district", &meta.district);
    out.text_field("city", &meta.city);
    out.field("year", &meta.year.to_string());
    out.text_field("title", &meta.title);
    out.text_field("subtitle", &meta.subtitle);
    out.field("meeting_date", &string(&meta.meeting_date));
    out.text_field("meeting", &meta.meeting);
    out.key("source");
    out.open('{');
    out.field("headline", &string(&meta.source.headline));
    out.field("reporter", &string(&meta.source.reporter));
    out.field("reporter_en", &string(&meta.source.reporter_en));
    out.close('}');
    out.close('}');
}

fn section(out: &mut Out, section: &Section) {
    out.open('{');
    out.field("id", &string(&section.id));
    let kind = match section.kind {
        SectionKind::Kpi => "kpi",
        SectionKind::Work => "work",
    };
    out.field("kind", &string(kind));
    out.text_field("title", &section.title);
    out.text_field("summary", &section.summary);
    out.key("figures");
    out.open('[');
    for figure_ in &section.figures {
        out.item();
        figure(out, figure_);
    }
    out.close(']');
    if !section.charts.is_empty() {
        out.key("charts");
        out.open('[');
        for chart_ in &section.charts {
            out.item();
            chart(out, chart_);
        }
        out.close(']');
    }
    if !section.areas.is_empty() {
        out.key("areas");
        out.open('[');
        for area_ in &section.areas {
            out.item();
            area(out, area_);
        }
        out.close(']');
    }
    out.close('}');
}

fn figure(out: &mut Out, figure: &Figure) {
    out.open('{');
    out.field("id", &string(&figure.id));
    out.text_field("label", &figure.label);
    out.field("value", &string(&figure.value));
    out.field("unit", &string(&figure.unit));
    if let Some(unit_en) = &figure.unit_en {
        out.field("unit_en", &string(unit_en));
    }
    match figure.hedges.as_slice() {
        [] => {}
        [one] => out.field("hedge", &string(one.as_str())),
        many => {
            let list: Vec<String> = many.iter().map(|h| string(h.as_str())).collect();
            out.field("hedge", &format!("[{}]", list.join(", ")));
        }
    }
    out.field("kind", &string(kind_name(figure.kind)));
    out.field("quote", &string(&figure.quote));
    if let Some(part_of) = &figure.part_of {
        out.field("part_of", &string(part_of));
    }
    out.close('}');
}

/// The name of a figure kind as written in a data file.
pub fn kind_name(kind: FigureKind) -> &'static str {
    match kind {
        FigureKind::Amount => "amount",
        FigureKind::Count => "count",
        FigureKind::Growth => "growth",
        FigureKind::Share => "share",
        FigureKind::Rank => "rank",
        FigureKind::Streak => "streak",
    }
}

fn chart(out: &mut Out, chart: &Chart) {
    out.open('{');
    out.field("type", &string(chart.type_name()));
    out.text_field("title", chart.title());
    let ids = |ids: &[String]| {
        let list: Vec<String> = ids.iter().map(|id| string(id)).collect();
        format!("[{}]", list.join(", "))
    };
    match chart {
        Chart::Bars { figures, .. } | Chart::Numbers { figures, .. } => {
            out.field("figures", &ids(figures));
        }
        Chart::Progress { part, whole, .. } | Chart::Ratio { part, whole, .. } => {
            out.field("part", &string(part));
            out.field("whole", &string(whole));
        }
        Chart::Ring { figure, out_of, .. } => {
            out.field("figure", &string(figure));
            if let Some(out_of) = out_of {
                out.key("out_of");
                out.open('{');
                out.field("value", &string(&out_of.value));
                out.text_field("label", &out_of.label);
                out.close('}');
            }
        }
        Chart::Areas { .. } => {}
    }
    out.close('}');
}

fn area(out: &mut Out, area: &Area) {
    out.open('{');
    out.text_field("name", &area.name);
    out.key("projects");
    out.open('[');
    for project in &area.projects {
        out.item();
        out.text_value(project);
    }
    out.close(']');
    out.close('}');
}

/// `text` as a JSON string, with quotes, backslashes and control characters escaped.
pub fn string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// An indented JSON writer: containers open and close, members and items are separated.
#[derive(Default)]
struct Out {
    text: String,
    depth: usize,
    /// Whether the container being written has a member or item yet, per depth.
    started: Vec<bool>,
}

impl Out {
    fn newline(&mut self) {
        self.text.push('\n');
        for _ in 0..self.depth {
            self.text.push_str("  ");
        }
    }

    fn open(&mut self, bracket: char) {
        self.text.push(bracket);
        self.depth += 1;
        self.started.push(false);
    }

    fn close(&mut self, bracket: char) {
        let started = self.started.pop().unwrap_or(false);
        self.depth = self.depth.saturating_sub(1);
        if started {
            self.newline();
        }
        self.text.push(bracket);
    }

    /// Starts a member or an item of the container being written.
    fn item(&mut self) {
        if let Some(started) = self.started.last_mut() {
            if *started {
                self.text.push(',');
            }
            *started = true;
        }
        self.newline();
    }

    fn key(&mut self, key: &str) {
        self.item();
        self.text.push_str(&string(key));
        self.text.push_str(": ");
    }

    fn field(&mut self, key: &str, raw_value: &str) {
        self.key(key);
        self.text.push_str(raw_value);
    }

    fn text_value(&mut self, text: &Text) {
        let _ = write!(
            self.text,
            "{{\"zh\": {}, \"en\": {}}}",
            string(&text.zh),
            string(&text.en)
        );
    }

    fn text_field(&mut self, key: &str, text: &Text) {
        self.key(key);
        self.open('{');
        self.field("zh", &string(&text.zh));
        self.field("en", &string(&text.en));
        self.close('}');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::load;

    #[test]
    fn a_written_report_reads_back_the_same() {
        for json in [
            crate::DEFAULT_REPORT_JSON,
            include_str!("../data/sample-small.json"),
        ] {
            let report = load(json).unwrap();
            let written = report_json(&report);
            assert_eq!(load(&written).unwrap(), report);
        }
    }

    #[test]
    fn strings_are_escaped() {
        assert_eq!(string("a\"b\\c\nd\u{1}"), "\"a\\\"b\\\\c\\nd\\u0001\"");
    }
}
