//! Images to share: one chart with its title and source, and the whole report as one tall image
//! (长图), both as scenes built from the charts' own final frames.

use super::{build, height_css, View};
use crate::format;
use crate::model::{Chart, Lang, Report, Section, SectionKind};
use crate::scene::{Align, Scene, Shape};
use crate::text::{fit_text, wrap_text};
use crate::theme::{size, Color};
use crate::words;

/// Space around the content of an exported image, in CSS px.
const PAD: f64 = 24.0;

/// A rectangle across the whole image from its top; its height is set when the image is done.
fn full_width(width: f64, color: Color) -> Shape {
    Shape::Rect {
        x: 0.0,
        y: 0.0,
        w: width,
        h: 0.0,
        radius: 0.0,
        color,
    }
}

/// Appends `scene` to `into` moved down by `dy` and right by `dx`.
fn place(into: &mut Scene, scene: Scene, dx: f64, dy: f64) {
    for shape in scene.shapes {
        into.shapes.push(match shape {
            Shape::Rect {
                x,
                y,
                w,
                h,
                radius,
                color,
            } => Shape::Rect {
                x: x + dx,
                y: y + dy,
                w,
                h,
                radius,
                color,
            },
            Shape::Band {
                cx,
                cy,
                radius,
                thickness,
                start_deg,
                sweep_deg,
                color,
            } => Shape::Band {
                cx: cx + dx,
                cy: cy + dy,
                radius,
                thickness,
                start_deg,
                sweep_deg,
                color,
            },
            Shape::Circle { cx, cy, r, color } => Shape::Circle {
                cx: cx + dx,
                cy: cy + dy,
                r,
                color,
            },
            Shape::Line {
                x1,
                y1,
                x2,
                y2,
                width,
                color,
            } => Shape::Line {
                x1: x1 + dx,
                y1: y1 + dy,
                x2: x2 + dx,
                y2: y2 + dy,
                width,
                color,
            },
            Shape::Text {
                x,
                y,
                text,
                size,
                bold,
                color,
                align,
            } => Shape::Text {
                x: x + dx,
                y: y + dy,
                text,
                size,
                bold,
                color,
                align,
            },
        });
    }
}

/// Lays out text lines downwards from `y`; returns the `y` below them.
#[allow(clippy::too_many_arguments)]
fn paragraph(
    scene: &mut Scene,
    text: &str,
    x: f64,
    y: f64,
    width: f64,
    size: f64,
    bold: bool,
    color: Color,
    max_lines: usize,
) -> f64 {
    let line_h = size * 1.5;
    let mut y = y;
    for line in wrap_text(text, size, width, max_lines) {
        scene.text(x, y + line_h / 2.0, line, size, bold, color, Align::Start);
        y += line_h;
    }
    y
}

/// A chart's final frame with its title, on the card colour, with the report's source beneath.
pub fn chart_image(report: &Report, section: &Section, chart: &Chart, view: View) -> Scene {
    let theme = view.theme;
    let inner = view.width_css.max(super::MIN_WIDTH_CSS) - 2.0 * PAD;
    let mut scene = Scene::new(inner + 2.0 * PAD, 0.0);
    scene.push(full_width(scene.width_css, theme.surface));
    let mut y = PAD;
    y = paragraph(
        &mut scene,
        chart.title().get(view.lang),
        PAD,
        y,
        inner,
        size::VALUE + 2.0,
        true,
        theme.ink,
        3,
    ) + 8.0;
    let chart_view = View {
        width_css: inner,
        ..view
    };
    let frame = build(section, chart, chart_view, f64::INFINITY);
    let h = frame.height_css;
    place(&mut scene, frame, PAD, y);
    y += h + 12.0;
    y = source_line(&mut scene, report, view, y, inner);
    finish(scene, y + PAD)
}

/// The whole report as one tall image: header, every section `shows` (by index) with its tiles,
/// charts and remaining figures, and the source.
pub fn report_image(report: &Report, shows: &dyn Fn(usize) -> bool, view: View) -> Scene {
    let theme = view.theme;
    let lang = view.lang;
    let width = view.width_css.max(super::MIN_WIDTH_CSS);
    let inner = width - 2.0 * PAD;
    let mut scene = Scene::new(width, 0.0);
    scene.push(full_width(width, theme.surface));
    let meta = &report.meta;
    // The header band; its height is set once its text is laid out.
    let band_index = scene.shapes.len();
    scene.push(full_width(width, theme.accent));
    let white = Color::hex(0xffffff);
    let mut y = PAD;
    let kicker = format!(
        "{} · {} · {}",
        meta.city.get(lang),
        meta.district.get(lang),
        meta.year
    );
    y = paragraph(
        &mut scene,
        &kicker,
        PAD,
        y,
        inner,
        size::LABEL,
        false,
        Color::hex(0xffe3a3),
        1,
    );
    y = paragraph(
        &mut scene,
        meta.title.get(lang),
        PAD,
        y + 4.0,
        inner,
        size::LEAD,
        true,
        white,
        3,
    );
    y = paragraph(
        &mut scene,
        meta.subtitle.get(lang),
        PAD,
        y + 4.0,
        inner,
        size::LABEL + 1.0,
        false,
        white,
        4,
    );
    y = paragraph(
        &mut scene,
        &format!("{} · {}", meta.meeting_date, meta.meeting.get(lang)),
        PAD,
        y + 4.0,
        inner,
        size::NOTE + 1.0,
        false,
        white,
        3,
    );
    y += PAD;
    if let Shape::Rect { h, .. } = &mut scene.shapes[band_index] {
        *h = y;
    }
    for (_, section) in report
        .sections
        .iter()
        .enumerate()
        .filter(|(i, _)| shows(*i))
    {
        y += PAD;
        scene.push(Shape::Rect {
            x: PAD,
            y: y + 3.0,
            w: 4.0,
            h: size::VALUE + 4.0,
            radius: 2.0,
            color: theme.accent,
        });
        y = paragraph(
            &mut scene,
            section.title.get(lang),
            PAD + 12.0,
            y,
            inner - 12.0,
            size::VALUE + 3.0,
            true,
            theme.ink,
            3,
        );
        y = paragraph(
            &mut scene,
            section.summary.get(lang),
            PAD,
            y + 4.0,
            inner,
            size::LABEL,
            false,
            theme.muted,
            5,
        ) + 10.0;
        let chart_view = View {
            width_css: inner,
            ..view
        };
        if section.kind == SectionKind::Kpi {
            // The KPI figures as tiles, at their final values.
            let tiles = Chart::Numbers {
                title: section.title.clone(),
                figures: section.figures.iter().map(|f| f.id.clone()).collect(),
            };
            let frame = build(section, &tiles, chart_view, f64::INFINITY);
            let h = frame.height_css;
            place(&mut scene, frame, PAD, y);
            y += h + 16.0;
        }
        for chart in &section.charts {
            y = paragraph(
                &mut scene,
                chart.title().get(lang),
                PAD,
                y,
                inner,
                size::LABEL + 1.0,
                true,
                theme.ink,
                2,
            ) + 6.0;
            let frame = build(section, chart, chart_view, f64::INFINITY);
            debug_assert_eq!(frame.height_css, height_css(section, chart, inner, lang));
            let h = frame.height_css;
            place(&mut scene, frame, PAD, y);
            y += h + 16.0;
        }
        let rest = section.uncharted_figures();
        if !rest.is_empty() {
            y = paragraph(
                &mut scene,
                words::MORE_FIGURES.get(lang),
                PAD,
                y,
                inner,
                size::LABEL + 1.0,
                true,
                theme.ink,
                1,
            ) + 4.0;
            for figure in rest {
                let value = format::figure(figure, lang, 1.0).joined();
                let label = fit_text(figure.label.get(lang), size::LABEL, inner * 0.62);
                scene.text(
                    PAD,
                    y + 10.0,
                    label,
                    size::LABEL,
                    false,
                    theme.muted,
                    Align::Start,
                );
                scene.text(
                    width - PAD,
                    y + 10.0,
                    value,
                    size::LABEL + 1.0,
                    true,
                    theme.accent,
                    Align::End,
                );
                y += 22.0;
            }
        }
        scene.push(Shape::Line {
            x1: PAD,
            y1: y + PAD / 2.0,
            x2: width - PAD,
            y2: y + PAD / 2.0,
            width: 1.0,
            color: theme.track,
        });
    }
    y += PAD;
    y = source_line(&mut scene, report, view, y, inner);
    finish(scene, y + PAD)
}

fn source_line(scene: &mut Scene, report: &Report, view: View, y: f64, inner: f64) -> f64 {
    let source = &report.meta.source;
    let reporter = match view.lang {
        Lang::Zh => &source.reporter,
        Lang::En => &source.reporter_en,
    };
    let line = format!(
        "{}{} {}",
        words::SOURCE.get(view.lang),
        source.headline,
        reporter
    );
    paragraph(
        scene,
        &line,
        PAD,
        y,
        inner,
        size::NOTE,
        false,
        view.theme.muted,
        4,
    )
}

/// Sets the image's height and stretches its background to it.
fn finish(mut scene: Scene, height: f64) -> Scene {
    scene.height_css = height;
    if let Some(Shape::Rect { h, .. }) = scene.shapes.first_mut() {
        *h = height;
    }
    scene
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format;
    use crate::theme::LIGHT;
    use crate::validate::load;

    fn texts(scene: &Scene) -> String {
        scene.texts().join(
            "
",
        )
    }

    #[test]
    fn the_long_image_carries_every_figure_and_stays_inside() {
        let report = load(crate::DEFAULT_REPORT_JSON).unwrap();
        for lang in [Lang::Zh, Lang::En] {
            let scene = report_image(
                &report,
                &|_| true,
                View {
                    theme: &LIGHT,
                    lang,
                    width_css: 375.0,
                },
            );
            let shown = texts(&scene);
            for figure in report.figures() {
                assert!(
                    shown.contains(&format::figure(figure, lang, 1.0).joined()),
                    "{}: {}",
                    figure.id,
                    format::figure(figure, lang, 1.0).joined()
                );
            }
            assert!(scene.height_css > 3000.0);
            for shape in &scene.shapes {
                if let Shape::Rect { x, y, w, h, .. } = shape {
                    assert!(
                        *x >= 0.0
                            && x + w <= scene.width_css + 0.5
                            && y + h <= scene.height_css + 0.5,
                        "{shape:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn a_chart_image_has_its_title_figures_and_source() {
        let report = load(crate::DEFAULT_REPORT_JSON).unwrap();
        let section = report.section("reform").unwrap();
        let chart = &section.charts[0];
        let scene = chart_image(
            &report,
            section,
            chart,
            View {
                theme: &LIGHT,
                lang: Lang::Zh,
                width_css: 400.0,
            },
        );
        let shown = texts(&scene);
        assert!(shown.contains(&chart.title().zh));
        assert!(shown.contains("1054个"));
        assert!(shown.contains("记者 张改华"));
    }
}
