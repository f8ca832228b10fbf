//! The widget's markup as HTML text: header, KPI tiles, section cards, the places of the charts,
//! figure lists and source credit. One builder serves both faces of the widget:
//!
//! - the live widget, which sets it with one `innerHTML` (one parse in the browser rather than
//!   hundreds of calls from the module), then draws on its canvases and counts its numbers;
//! - the static page, rendered natively at build time with SVG pictures of the charts.
//!
//! Every text is escaped: report data is untrusted input.

use std::fmt::Write;

use crate::format;
use crate::model::{Chart, Figure, Lang, Report, Section, SectionKind};
use crate::words;

/// Escapes text for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Which face of the widget the markup is for.
pub enum Face<'a> {
    /// The live widget: a canvas per chart, counting numbers, download buttons, and replay
    /// buttons when `replayable` (not when motion is off). Its sections after the first, and
    /// every section's charts, start `hidden`: the widget shows one more each frame, so the
    /// browser lays the page out a part at a time rather than all in one long task.
    Live { replayable: bool },
    /// The static page: the picture of each chart is the markup `picture` returns (an SVG).
    Static {
        picture: &'a dyn Fn(&Section, &Chart) -> String,
    },
}

/// The markup, and what the live widget animates in it, in document order.
#[derive(Debug, Default)]
pub struct Markup {
    /// The inner HTML of the widget's root.
    pub html: String,
    /// The KPI numbers that count up (each `.ri-number`): section and figure indices.
    pub counters: Vec<(usize, usize)>,
    /// The charts (each `<canvas>`): section and chart indices.
    pub charts: Vec<(usize, usize)>,
}

/// The markup of `report` in `lang`, with the sections `shows` accepts. The header comes only
/// with the whole report, not with a chosen few sections.
pub fn report_markup(
    report: &Report,
    lang: Lang,
    shows: &dyn Fn(&str) -> bool,
    face: &Face,
) -> Markup {
    let mut markup = Markup::default();
    let html = &mut markup.html;
    let meta = &report.meta;
    if report.sections.iter().all(|s| shows(&s.id)) {
        let _ = write!(
            html,
            "<header class=\"ri-header\"><p class=\"ri-kicker\">{} · {} · {}</p><h1 class=\"ri-title\">{}</h1><p class=\"ri-subtitle\">{}</p><p class=\"ri-meeting\">{} · {}</p></header>",
            escape(meta.city.get(lang)),
            escape(meta.district.get(lang)),
            meta.year,
            escape(meta.title.get(lang)),
            escape(meta.subtitle.get(lang)),
            escape(&meta.meeting_date),
            escape(meta.meeting.get(lang)),
        );
    }
    let mut first = true;
    for (si, section) in report.sections.iter().enumerate() {
        if shows(&section.id) {
            let hidden = !first && matches!(face, Face::Live { .. });
            section_markup(&mut markup, section, si, lang, face, hidden);
            first = false;
        }
    }
    let html = &mut markup.html;
    if let Face::Live { .. } = face {
        html.push_str("<div class=\"ri-tools\">");
        let text = words::DOWNLOAD_ALL.get(lang);
        button(
            html,
            "ri-download ri-download-all",
            ("download", "all"),
            text,
            None,
        );
        html.push_str("</div>");
    }
    let reporter = match lang {
        Lang::Zh => &meta.source.reporter,
        Lang::En => &meta.source.reporter_en,
    };
    let _ = write!(
        html,
        "<footer class=\"ri-source\"><span class=\"ri-source-label\">{}</span><cite class=\"ri-source-headline\">{}</cite><span class=\"ri-source-reporter\">{}</span></footer>",
        escape(words::SOURCE.get(lang)),
        escape(&meta.source.headline),
        escape(reporter),
    );
    markup
}

fn section_markup(
    markup: &mut Markup,
    section: &Section,
    si: usize,
    lang: Lang,
    face: &Face,
    hidden: bool,
) {
    let kind = match section.kind {
        SectionKind::Kpi => "ri-section ri-kpi",
        SectionKind::Work => "ri-section ri-card",
    };
    let id = escape(&section.id);
    let title = escape(section.title.get(lang));
    let heading = format!("ri-{id}-{si}");
    let html = &mut markup.html;
    let _ = write!(
        html,
        "<section class=\"{kind}\" data-section=\"{id}\" aria-labelledby=\"{heading}\"{}><div class=\"ri-section-head\"><h2 class=\"ri-section-title\" id=\"{heading}\">{title}</h2>",
        if hidden { " hidden" } else { "" },
    );
    let animated = section.kind == SectionKind::Kpi || !section.charts.is_empty();
    if let (Face::Live { replayable: true }, true) = (face, animated) {
        let label = format!("{}{title}", escape(words::REPLAY_LABEL.get(lang)));
        let text = words::REPLAY.get(lang);
        button(
            html,
            "ri-replay",
            ("replay", &si.to_string()),
            text,
            Some(&label),
        );
    }
    let _ = write!(
        html,
        "</div><p class=\"ri-summary\">{}</p>",
        escape(section.summary.get(lang))
    );
    if section.kind == SectionKind::Kpi {
        tiles(markup, section, si, lang, face);
    }
    if !section.charts.is_empty() {
        markup.html.push_str(match face {
            Face::Live { .. } => "<div class=\"ri-charts\" hidden>",
            Face::Static { .. } => "<div class=\"ri-charts\">",
        });
        for (ci, chart) in section.charts.iter().enumerate() {
            chart_markup(markup, section, (si, ci), chart, lang, face);
        }
        markup.html.push_str("</div>");
    }
    let html = &mut markup.html;
    if !section.areas.is_empty() {
        // With a diagram of the areas, the list is its text alternative.
        let hidden = if section.has_areas_chart() {
            " ri-visually-hidden"
        } else {
            ""
        };
        let _ = write!(html, "<ol class=\"ri-areas{hidden}\">");
        for area in &section.areas {
            let _ = write!(
                html,
                "<li class=\"ri-area\"><h3 class=\"ri-area-name\">{}</h3><ul class=\"ri-projects\">",
                escape(area.name.get(lang))
            );
            for project in &area.projects {
                let _ = write!(
                    html,
                    "<li class=\"ri-project\">{}</li>",
                    escape(project.get(lang))
                );
            }
            html.push_str("</ul></li>");
        }
        html.push_str("</ol>");
    }
    // Figures no chart shows are listed as text; charted ones are in each chart's data list.
    let rest = section.uncharted_figures();
    if !rest.is_empty() {
        let _ = write!(
            html,
            "<h3 class=\"ri-figures-title\">{}</h3>",
            escape(words::MORE_FIGURES.get(lang))
        );
        figure_list(html, &rest, lang, List::Visible);
    }
    html.push_str("</section>");
}

/// The KPI tiles. Live, the number counts up; screen readers read the final figure once, from
/// a hidden text, and not the counting digits.
fn tiles(markup: &mut Markup, section: &Section, si: usize, lang: Lang, face: &Face) {
    let live = matches!(face, Face::Live { .. });
    let html = &mut markup.html;
    if live {
        let _ = write!(html, "<ul class=\"ri-tiles\" data-ri-counters=\"{si}\">");
    } else {
        html.push_str("<ul class=\"ri-tiles\">");
    }
    for (fi, figure) in section.figures.iter().enumerate() {
        html.push_str("<li class=\"ri-tile\"");
        if !figure.hedges.is_empty() {
            html.push_str(" data-hedge=\"");
            for (k, hedge) in figure.hedges.iter().enumerate() {
                if k > 0 {
                    html.push(' ');
                }
                html.push_str(hedge.as_str());
            }
            html.push('"');
        }
        html.push_str("><p class=\"ri-tile-value\">");
        if live {
            html.push_str("<span class=\"ri-counting\" aria-hidden=\"true\">");
        }
        let parts = format::figure(figure, lang, 1.0);
        let _ = write!(
            html,
            "<span class=\"ri-before\">{}</span><span class=\"ri-unbroken\"><span class=\"ri-number\">{}</span><span class=\"ri-after\">{}</span></span>",
            escape(&parts.before),
            escape(&parts.number),
            escape(&parts.after),
        );
        if live {
            let _ = write!(
                html,
                "</span><span class=\"ri-visually-hidden\">{}</span>",
                escape(&format::figure(figure, lang, 1.0).joined())
            );
            markup.counters.push((si, fi));
        }
        let _ = write!(
            html,
            "</p><p class=\"ri-tile-label\">{}</p></li>",
            escape(figure.label.get(lang))
        );
    }
    html.push_str("</ul>");
}

/// A chart's `<figure>`: caption, picture, and its figures as a hidden list (for screen
/// readers, search, copying and the tests).
fn chart_markup(
    markup: &mut Markup,
    section: &Section,
    (si, ci): (usize, usize),
    chart: &Chart,
    lang: Lang,
    face: &Face,
) {
    let title = escape(chart.title().get(lang));
    let figures = section.chart_figures(chart);
    let html = &mut markup.html;
    let _ = write!(
        html,
        "<figure class=\"ri-chart\" data-chart=\"{}\"><figcaption class=\"ri-chart-title\">{title}</figcaption>",
        chart.type_name()
    );
    let list_id = match face {
        Face::Live { .. } => {
            let index = markup.charts.len();
            let label = format!("{}{title}", escape(words::DOWNLOAD_CHART_LABEL.get(lang)));
            let text = words::DOWNLOAD_CHART.get(lang);
            button(
                html,
                "ri-download",
                ("download", &index.to_string()),
                text,
                Some(&label),
            );
            // Focusable, so the keyboard can step through the chart's figures. The plot around
            // it is not rendered out of view (see `.ri-plot` in widget.css).
            let _ = write!(
                html,
                "<div class=\"ri-plot\"><canvas class=\"ri-canvas\" role=\"img\" data-ri-chart=\"{index}\" tabindex=\"0\" aria-label=\"{title}\""
            );
            let list_id = format!("ri-{}-chart-{ci}", escape(&section.id));
            if !figures.is_empty() {
                let _ = write!(html, " aria-describedby=\"{list_id}\"");
            }
            html.push_str("></canvas></div>");
            markup.charts.push((si, ci));
            Some(list_id)
        }
        Face::Static { picture } => {
            html.push_str(&picture(section, chart));
            None
        }
    };
    if !figures.is_empty() {
        let id = list_id.as_deref();
        figure_list(html, &figures, lang, List::ChartData { id });
    }
    html.push_str("</figure>");
}

/// A button the widget finds by its `data-ri-{action}` attribute: `<button type="button"
/// class="class" data-ri-…="value" aria-label="label">text</button>`. `label` is markup (already
/// escaped); `text` is not.
fn button(
    html: &mut String,
    class: &str,
    (action, value): (&str, &str),
    text: &str,
    label: Option<&str>,
) {
    let _ = write!(
        html,
        "<button type=\"button\" class=\"{class}\" data-ri-{action}=\"{value}\""
    );
    if let Some(label) = label {
        let _ = write!(html, " aria-label=\"{label}\"");
    }
    let _ = write!(html, ">{}</button>", escape(text));
}

/// A list of figures. A visible list gives each figure's quote from the report as its title;
/// a hidden one (a chart's text alternative) does not, as no pointer can reach it.
fn figure_list(html: &mut String, figures: &[&Figure], lang: Lang, list: List) {
    match list {
        List::Visible => html.push_str("<ul class=\"ri-figures\">"),
        List::ChartData { id } => {
            html.push_str("<ul class=\"ri-chart-data ri-visually-hidden\"");
            if let Some(id) = id {
                let _ = write!(html, " id=\"{id}\"");
            }
            html.push('>');
        }
    }
    for figure in figures {
        let _ = write!(
            html,
            "<li class=\"ri-figure\" data-figure=\"{}\"",
            escape(&figure.id)
        );
        if let List::Visible = list {
            let _ = write!(html, " title=\"{}\"", escape(&figure.quote));
        }
        // The number never parts from its unit and hedge (773亿元); the words before it may.
        let parts = format::figure(figure, lang, 1.0);
        let _ = write!(
            html,
            "><span class=\"ri-figure-value\">{}<span class=\"ri-unbroken\">{}{}</span></span><span class=\"ri-figure-label\">{}</span></li>",
            escape(&parts.before),
            escape(&parts.number),
            escape(&parts.after),
            escape(figure.label.get(lang)),
        );
    }
    html.push_str("</ul>");
}

/// Which list of figures.
#[derive(Clone, Copy)]
enum List<'a> {
    /// The figures no chart shows, on view.
    Visible,
    /// A chart's figures, hidden but for assistive technology, with the `id` its canvas names.
    ChartData { id: Option<&'a str> },
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::load;

    fn live() -> Face<'static> {
        Face::Live { replayable: true }
    }

    #[test]
    fn escaping_makes_markup_inert() {
        assert_eq!(
            escape("<script>alert(\"x\")</script> & 'y'"),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
        );
    }

    #[test]
    fn the_live_markup_lists_what_it_animates_in_document_order() {
        let report = load(crate::DEFAULT_REPORT_JSON).unwrap();
        let markup = report_markup(&report, Lang::Zh, &|_| true, &live());
        let kpi = &report.sections[0];
        let counters: Vec<(usize, usize)> = (0..kpi.figures.len()).map(|fi| (0, fi)).collect();
        assert_eq!(markup.counters, counters);
        assert_eq!(
            markup.html.matches("class=\"ri-number\"").count(),
            counters.len()
        );
        let charts: Vec<(usize, usize)> = report
            .sections
            .iter()
            .enumerate()
            .flat_map(|(si, s)| (0..s.charts.len()).map(move |ci| (si, ci)))
            .collect();
        assert_eq!(markup.charts, charts);
        for index in 0..charts.len() {
            let canvas =
                format!("<canvas class=\"ri-canvas\" role=\"img\" data-ri-chart=\"{index}\"");
            assert_eq!(markup.html.matches(&canvas).count(), 1, "{canvas}");
        }
        assert!(markup.html.starts_with("<header"));
        assert!(markup.html.contains("data-ri-download=\"all\""));
        // The first section shows at once but for its charts, the others and every section's
        // charts one frame after another.
        let sections = report.sections.len();
        let with_charts = report
            .sections
            .iter()
            .filter(|s| !s.charts.is_empty())
            .count();
        assert_eq!(markup.html.matches("<section ").count(), sections);
        assert_eq!(
            markup.html.matches("\" hidden>").count(),
            sections - 1 + with_charts
        );
        assert_eq!(
            markup
                .html
                .matches("<div class=\"ri-charts\" hidden>")
                .count(),
            with_charts
        );
        let first = markup.html.split("<section ").nth(1).unwrap();
        assert!(!first[..first.find('>').unwrap()].contains("hidden"));
    }

    #[test]
    fn the_static_markup_has_no_controls_and_the_pictures_it_is_given() {
        let report = load(crate::DEFAULT_REPORT_JSON).unwrap();
        let picture = |_: &Section, _: &Chart| "<svg></svg>".to_string();
        let markup = report_markup(
            &report,
            Lang::En,
            &|_| true,
            &Face::Static { picture: &picture },
        );
        assert!(markup.counters.is_empty() && markup.charts.is_empty());
        let charts: usize = report.sections.iter().map(|s| s.charts.len()).sum();
        assert_eq!(markup.html.matches("<svg></svg>").count(), charts);
        assert!(!markup.html.contains("<button") && !markup.html.contains("<canvas"));
        assert!(
            !markup.html.contains(" hidden>"),
            "the static page shows every section"
        );
    }

    #[test]
    fn chosen_sections_come_without_the_header() {
        let report = load(crate::DEFAULT_REPORT_JSON).unwrap();
        let id = report.sections[2].id.clone();
        let markup = report_markup(&report, Lang::Zh, &|s| s == id, &live());
        assert!(!markup.html.contains("<header"));
        assert_eq!(markup.html.matches("<section ").count(), 1);
        assert!(markup.html.contains(&format!("data-section=\"{id}\"")));
        assert!(markup.counters.is_empty());
        assert_eq!(markup.charts.len(), report.sections[2].charts.len());
    }

    #[test]
    fn hostile_report_text_stays_text() {
        let mut report = load(crate::DEFAULT_REPORT_JSON).unwrap();
        let attack = "\"><img src=x onerror=alert(1)><script>alert(2)</script>";
        report.meta.title.zh = attack.to_string();
        report.sections[1].id = attack.to_string();
        report.sections[1].title.zh = attack.to_string();
        report.sections[1].figures[0].quote = attack.to_string();
        let html = report_markup(&report, Lang::Zh, &|_| true, &live()).html;
        assert!(!html.contains("<img") && !html.contains("<script"));
        assert!(html.contains(&escape(attack)));
    }
}
