//! The static page: the whole report as plain HTML with SVG charts, rendered natively at build
//! time from the same core (and the same drawing code, through plotters' SVG backend).
//!
//! It is what a reader sees where WebAssembly is missing or fails to start, or scripts are off;
//! where the module runs, it replaces this markup with the live widget. Every text is escaped:
//! report data is untrusted input.

use crate::chart::{self, View};
use crate::markup::{escape, report_markup, Face};
use crate::model::{Chart, Lang, Report, Section};
use crate::render::{draw_scene, Target};
use crate::theme::{FONT_STACK, LIGHT};

/// The width static charts are laid out at, in CSS px; they scale to their container.
const CHART_WIDTH_CSS: f64 = 400.0;

/// The marker in a page template that the static widget replaces.
pub const MARKER: &str = "<!-- static widget -->";

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
    let picture = |section: &Section, spec: &Chart| {
        let view = View {
            theme: &LIGHT,
            lang,
            width_css: CHART_WIDTH_CSS,
        };
        chart_svg(
            &chart::build(section, spec, view, f64::INFINITY),
            &escape(spec.title().get(lang)),
        )
    };
    report_markup(report, lang, &|_| true, &Face::Static { picture: &picture }).html
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
    // What the SVG writer repeats on every element but the page does not need: the font stack
    // (it comes from the page's CSS) and default values.
    let font = format!(" font-family=\"{}\"", escape(FONT_STACK));
    let svg = svg
        .replace(&font, "")
        .replace(" opacity=\"1\"", "")
        .replace(" text-anchor=\"start\"", "");
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
