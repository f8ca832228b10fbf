//! The static page: the whole report as plain HTML with SVG charts, rendered natively at build
//! time from the same core (and the same drawing code, through plotters' SVG backend).
//!
//! It is what a reader sees where WebAssembly is missing or fails to start, or scripts are off;
//! where the module runs, it replaces this markup with the live widget. Every text is escaped:
//! report data is untrusted input.

use std::fmt::Write;

use crate::chart::{self, View};
use crate::format::{figure_parts_at_in, figure_text_in};
use crate::model::{Figure, Lang, Report, Section, SectionKind};
use crate::render::{draw_scene, Target};
use crate::theme::{FONT_STACK, LIGHT};
use crate::words;

/// The width static charts are laid out at, in CSS px; they scale to their container.
const CHART_WIDTH_CSS: f64 = 400.0;

/// The marker in a page template that the static widget replaces.
pub const MARKER: &str = "<!-- static widget -->";

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

/// Puts the static widget into `template` at [`MARKER`].
///
/// # Errors
/// Fails if the template has no marker.
pub fn fill_template(template: &str, report: &Report, lang: Lang) -> Result<String, String> {
    if !template.contains(MARKER) {
        return Err(format!("the template has no `{MARKER}` marker"));
    }
    Ok(template.replacen(MARKER, &report_html(report, lang), 1))
}

/// The inner HTML of the widget's root: header, sections with final values and SVG charts,
/// source credit.
pub fn report_html(report: &Report, lang: Lang) -> String {
    let mut html = String::new();
    let meta = &report.meta;
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
    for (si, section) in report.sections.iter().enumerate() {
        section_html(&mut html, section, si, lang);
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
    html
}

fn section_html(html: &mut String, section: &Section, si: usize, lang: Lang) {
    let kind = match section.kind {
        SectionKind::Kpi => "ri-section ri-kpi",
        SectionKind::Work => "ri-section ri-card",
    };
    let heading = format!("ri-{}-{si}", escape(&section.id));
    let _ = write!(
        html,
        "<section class=\"{kind}\" data-section=\"{}\" aria-labelledby=\"{heading}\"><div class=\"ri-section-head\"><h2 class=\"ri-section-title\" id=\"{heading}\">{}</h2></div><p class=\"ri-summary\">{}</p>",
        escape(&section.id),
        escape(section.title.get(lang)),
        escape(section.summary.get(lang)),
    );
    if section.kind == SectionKind::Kpi {
        html.push_str("<ul class=\"ri-tiles\">");
        for figure in &section.figures {
            let parts = figure_parts_at_in(figure, lang, 1.0);
            let _ = write!(
                html,
                "<li class=\"ri-tile\"><p class=\"ri-tile-value\"><span class=\"ri-before\">{}</span><span class=\"ri-number\">{}</span><span class=\"ri-after\">{}</span></p><p class=\"ri-tile-label\">{}</p></li>",
                escape(&parts.before),
                escape(&parts.number),
                escape(&parts.after),
                escape(figure.label.get(lang)),
            );
        }
        html.push_str("</ul>");
    }
    if !section.charts.is_empty() {
        html.push_str("<div class=\"ri-charts\">");
        for spec in &section.charts {
            let title = escape(spec.title().get(lang));
            let _ = write!(
                html,
                "<figure class=\"ri-chart\" data-chart=\"{}\"><figcaption class=\"ri-chart-title\">{title}</figcaption>",
                spec.type_name()
            );
            let view = View {
                theme: &LIGHT,
                lang,
                width_css: CHART_WIDTH_CSS,
            };
            html.push_str(&chart_svg(
                &chart::build(section, spec, view, f64::INFINITY),
                &title,
            ));
            let figures = section.chart_figures(spec);
            if !figures.is_empty() {
                figure_list(html, &figures, lang, "ri-chart-data ri-visually-hidden");
            }
            html.push_str("</figure>");
        }
        html.push_str("</div>");
    }
    if !section.areas.is_empty() {
        let hidden = if section.has_areas_chart() {
            " ri-visually-hidden"
        } else {
            ""
        };
        let _ = write!(html, "<ol class=\"ri-areas{hidden}\">");
        for area in &section.areas {
            let _ = write!(html, "<li class=\"ri-area\"><h3 class=\"ri-area-name\">{}</h3><ul class=\"ri-projects\">", escape(area.name.get(lang)));
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
    let rest = section.uncharted_figures();
    if !rest.is_empty() {
        let _ = write!(
            html,
            "<h3 class=\"ri-figures-title\">{}</h3>",
            escape(words::MORE_FIGURES.get(lang))
        );
        figure_list(html, &rest, lang, "ri-figures");
    }
    html.push_str("</section>");
}

fn figure_list(html: &mut String, figures: &[&Figure], lang: Lang, class: &str) {
    let _ = write!(html, "<ul class=\"{class}\">");
    for figure in figures {
        let _ = write!(
            html,
            "<li class=\"ri-figure\" data-figure=\"{}\" title=\"{}\"><span class=\"ri-figure-value\">{}</span><span class=\"ri-figure-label\">{}</span></li>",
            escape(&figure.id),
            escape(&figure.quote),
            escape(&figure_text_in(figure, lang)),
            escape(figure.label.get(lang)),
        );
    }
    html.push_str("</ul>");
}

/// A chart scene as an inline SVG that scales to its container. The font stack comes from the
/// page's CSS rather than from every `<text>`, which keeps the page small.
fn chart_svg(scene: &chart::Scene, title: &str) -> String {
    let mut svg = String::new();
    {
        let size = (
            scene.width_css.ceil() as u32,
            scene.height_css.ceil() as u32,
        );
        let mut backend = plotters_svg::SVGBackend::with_string(&mut svg, size);
        // Writing SVG into a String cannot fail.
        let _ = draw_scene(&mut backend, scene, Target::svg(FONT_STACK));
    }
    let font = format!(" font-family=\"{}\"", escape(FONT_STACK));
    let svg = svg.replace(&font, "");
    let open = format!(
        "<svg width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" xmlns=\"http://www.w3.org/2000/svg\">",
        w = scene.width_css.ceil() as u32,
        h = scene.height_css.ceil() as u32
    );
    let responsive = format!(
        "<svg class=\"ri-svg\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"{title}\" xmlns=\"http://www.w3.org/2000/svg\">",
        w = scene.width_css.ceil() as u32,
        h = scene.height_css.ceil() as u32
    );
    svg.replacen(&open, &responsive, 1).trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::load;

    #[test]
    fn escaping_makes_markup_inert() {
        assert_eq!(
            escape("<script>alert(\"x\")</script> & 'y'"),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
        );
    }

    #[test]
    fn the_static_page_carries_every_figure_and_a_responsive_svg_per_chart() {
        let report = load(crate::DEFAULT_REPORT_JSON).unwrap();
        let html = report_html(&report, Lang::Zh);
        // The text a reader sees: tags removed.
        let mut text = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                _ if !in_tag => text.push(c),
                _ => {}
            }
        }
        for figure in report.figures() {
            assert!(
                text.contains(&escape(&crate::format::figure_text(figure))),
                "{}",
                figure.id
            );
        }
        let charts: usize = report.sections.iter().map(|s| s.charts.len()).sum();
        assert_eq!(html.matches("<svg class=\"ri-svg\"").count(), charts);
        assert!(!html.contains("font-family=\""), "fonts come from the CSS");
        assert!(
            !html.contains(" style="),
            "no inline styles: the strict CSP forbids them"
        );
    }

    #[test]
    fn templates_need_their_marker() {
        let report = load(crate::DEFAULT_REPORT_JSON).unwrap();
        assert!(fill_template("<div></div>", &report, Lang::Zh).is_err());
        let page = fill_template(&format!("<div>{MARKER}</div>"), &report, Lang::Zh).unwrap();
        assert!(page.starts_with("<div><header"));
    }
}
