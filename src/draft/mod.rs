//! Drafting a data file from a report's plain text: the figures the text states, each with its
//! value exactly as written, its unit with its magnitude, its hedges, a guessed kind, the clause
//! it stands in and a Chinese label; the sections the text's headings give; and meta data from
//! the headline and the dateline.
//!
//! What the text cannot say (English labels, summaries, charts) is left as placeholders that
//! start with [`TODO`], for an editor to finish; `report check` lists those left.
//!
//! Not figures: dates (1月15日, 2021年), ordinals and names (第十一届, 二七, “十四五”, 4号线,
//! PM2.5), and counts of the report's own parts (八个方面).
//!
//! The top-level flow is here; the parts are `figures` (finding figures, with `unit` and
//! `not_figures`), `labels`, `quotes`, `sections`, `meta` and `charts`.

mod chars;
mod charts;
mod figures;
mod found;
mod labels;
mod meta;
mod not_figures;
mod quotes;
mod sections;
mod todo;
mod unit;

pub use figures::extract;
pub use found::Found;
pub use todo::TODO;

use charts::proposed_charts;
use found::figure;
use meta::meta;
use sections::{headings, section_id, Heading, OVERVIEW_WORDS};
use todo::{todo_both, todo_text};

use crate::model::{Figure, Report, Section, SectionKind, FORMAT_VERSION};

/// A draft report from the text of a report: meta, sections and figures as found, with
/// placeholders (starting with [`TODO`]) for what the text cannot say.
pub fn draft(text: &str) -> Report {
    let text = text.replace("\r\n", "\n");
    let found = extract(&text);
    let (headings, header_end) = headings(&text);
    let meta = meta(&text, header_end);
    let body_start = headings.first().map_or(usize::MAX, |h| h.at);
    // Spans: text before the first heading (after the header), then each heading's.
    let mut spans: Vec<(Option<&Heading>, usize, usize)> = Vec::new();
    spans.push((None, header_end, body_start));
    for (k, heading) in headings.iter().enumerate() {
        let end = headings.get(k + 1).map_or(usize::MAX, |h| h.at);
        spans.push((Some(heading), heading.at, end));
    }
    let mut sections: Vec<Section> = Vec::new();
    let mut ids: Vec<String> = Vec::new();
    let mut kpi_given = false;
    for (heading, from, to) in spans {
        let figures: Vec<&Found> = found.iter().filter(|f| f.at >= from && f.at < to).collect();
        let title = match heading {
            Some(h) => h
                .title
                .trim_matches(|c: char| c.is_whitespace() || "，,。、：:；;".contains(c))
                .to_string(),
            None if figures.is_empty() => continue,
            None => format!("{} 主要数据", meta.year),
        };
        // The first section with figures is the KPI block if it is the report's overview (its
        // text before the first heading, a part's own text, or a heading of its own that is not
        // a line of work such as 坚持…).
        let overview = heading.is_none_or(|h| {
            h.part
                || OVERVIEW_WORDS.iter().any(|w| h.title.contains(w))
                || h.title.starts_with(|c: char| c.is_ascii_digit())
        });
        let kind = if !kpi_given && !figures.is_empty() && overview {
            kpi_given = true;
            SectionKind::Kpi
        } else {
            SectionKind::Work
        };
        if heading.is_some_and(|h| h.part)
            && figures.is_empty()
            && headings.iter().any(|h| h.at > from && h.at < from + 80)
        {
            continue; // A part heading right before its first section has no text of its own.
        }
        let id = if kind == SectionKind::Kpi {
            section_id("答卷", sections.len(), &ids)
        } else {
            section_id(&title, sections.len(), &ids)
        };
        let figures: Vec<Figure> = figures
            .iter()
            .enumerate()
            .map(|(n, f)| figure(f, &format!("{}_{}", id.replace('-', "_"), n + 1)))
            .collect();
        ids.push(id.clone());
        let charts = proposed_charts(&figures);
        sections.push(Section {
            id,
            kind,
            title: if title.is_empty() {
                todo_both("标题 / title")
            } else {
                todo_text(&title, &format!("English title for “{title}”"))
            },
            summary: todo_both("一两句话的摘要 / a summary in a sentence or two"),
            figures,
            charts,
            areas: Vec::new(),
        });
    }
    if sections.is_empty() {
        sections.push(Section {
            id: "overview".into(),
            kind: SectionKind::Work,
            title: todo_both("标题 / title"),
            summary: todo_both("一两句话的摘要 / a summary in a sentence or two"),
            figures: Vec::new(),
            charts: Vec::new(),
            areas: Vec::new(),
        });
    }
    Report {
        format: FORMAT_VERSION,
        meta,
        sections,
    }
}

/// The data file of a draft of `text` (see [`draft`]).
pub fn draft_json(text: &str) -> String {
    crate::write::report_json(&draft(text))
}

/// What the drafting's unit tests share: the one figure a text gives, and its hedges as written.
#[cfg(test)]
mod test_support {
    use super::{extract, Found};

    pub(super) fn one(text: &str) -> Found {
        let found = extract(text);
        assert_eq!(found.len(), 1, "{text}: {found:#?}");
        found.into_iter().next().unwrap()
    }

    pub(super) fn hedges(f: &Found) -> Vec<&str> {
        f.hedges.iter().map(|h| h.as_str()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_give_sections() {
        let text = "某某区2021年工作报告\n\n1月5日,某某区委全会召开。这是一段导语，说明了报告的背景和要求。\n\n一、2021年工作回顾\n\n全区地区生产总值完成100亿元、增长5%。\n\n（一）坚持创新驱动，产业升级。新增企业30家。\n\n（二）坚持民生优先，福祉增进。新建学校3所。\n\n二、2022年主要目标\n\n地区生产总值增长6%左右。\n";
        let mut report = draft(text);
        let titles: Vec<&str> = report
            .sections
            .iter()
            .map(|s| s.title.zh.as_str())
            .collect();
        assert_eq!(
            titles,
            [
                "2021年工作回顾",
                "坚持创新驱动，产业升级",
                "坚持民生优先，福祉增进",
                "2022年主要目标"
            ]
        );
        assert_eq!(report.sections[0].kind, SectionKind::Kpi);
        assert_eq!(report.sections[0].figures.len(), 2);
        assert_eq!(report.meta.year, 2021);
        assert_eq!(report.meta.meeting_date, "2022-01-05");
        assert_eq!(report.meta.district.zh, "某某区");
        assert!(crate::validate::validate(&mut report).is_empty());
    }
}
