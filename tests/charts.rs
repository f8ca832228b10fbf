//! Chart scenes: final frames show the exact figures, marks are proportional to values, mid frames
//! lie between nothing and the final frame, and nothing is drawn outside the chart.

use report_infographic::chart::{self, View};
use report_infographic::format;
use report_infographic::model::{Chart, Lang, Report};
use report_infographic::number::{absolute, parse_written};
use report_infographic::render::{draw_scene, Target};
use report_infographic::scene::{self, Align, Scene, Shape};
use report_infographic::text;
use report_infographic::theme::{size, FONT_STACK, LIGHT};
use report_infographic::validate::load;
use report_infographic::DEFAULT_REPORT_JSON;

fn report() -> Report {
    load(DEFAULT_REPORT_JSON).unwrap()
}

fn view(width_css: f64) -> View<'static> {
    View {
        theme: &LIGHT,
        lang: Lang::Zh,
        width_css,
    }
}

fn texts(scene: &Scene) -> Vec<&str> {
    scene.texts()
}

fn every_chart(
    report: &Report,
) -> impl Iterator<Item = (&report_infographic::model::Section, &Chart)> {
    report
        .sections
        .iter()
        .flat_map(|s| s.charts.iter().map(move |c| (s, c)))
}

#[test]
fn final_frames_show_every_charted_figure_exactly() {
    let report = report();
    for (section, chart) in every_chart(&report) {
        let scene = chart::build(section, chart, view(375.0), f64::INFINITY);
        let shown = texts(&scene).join("\n");
        for id in chart.figure_ids() {
            let figure = section.figure(id).unwrap();
            assert!(
                shown.contains(&format::figure(figure, Lang::Zh, 1.0).joined()),
                "{}/{}: {} missing in\n{shown}",
                section.id,
                chart.type_name(),
                format::figure(figure, Lang::Zh, 1.0).joined()
            );
        }
    }
}

#[test]
fn the_final_frame_is_reached_at_the_charts_duration() {
    let report = report();
    for (section, chart) in every_chart(&report) {
        let end = chart::duration_ms(section, chart);
        assert_eq!(
            chart::build(section, chart, view(375.0), end),
            chart::build(section, chart, view(375.0), f64::INFINITY),
            "{}",
            section.id
        );
    }
}

#[test]
fn derived_shares_are_marked_as_derived() {
    let report = report();
    let urban = report.section("urban").unwrap();
    let ratio = urban
        .charts
        .iter()
        .find(|c| matches!(c, Chart::Ratio { .. }))
        .unwrap();
    let scene = chart::build(urban, ratio, view(375.0), f64::INFINITY);
    let shown = texts(&scene);
    assert!(shown.contains(&"54%"), "102/189 = 54%: {shown:?}");
    assert!(shown.contains(&"推算"));
    let ecology = report.section("ecology").unwrap();
    let days = &ecology.charts[0];
    let shown = chart::build(ecology, days, view(375.0), f64::INFINITY);
    assert!(
        texts(&shown).contains(&"63.9%"),
        "234/366: {:?}",
        texts(&shown)
    );
    assert!(texts(&shown).contains(&"推算"));
}

fn bar_lengths(scene: &Scene) -> Vec<(String, f64)> {
    scene
        .marks
        .iter()
        .map(|m| (m.figure_id.clone(), m.rect[2]))
        .collect()
}

#[test]
fn bars_are_proportional_to_their_values() {
    let report = report();
    for (section, chart) in every_chart(&report).filter(|(_, c)| matches!(c, Chart::Bars { .. })) {
        let scene = chart::build(section, chart, view(600.0), f64::INFINITY);
        let lengths = bar_lengths(&scene);
        let values: Vec<f64> = lengths
            .iter()
            .map(|(id, _)| {
                let f = section.figure(id).unwrap();
                absolute(parse_written(&f.value).unwrap().value, &f.unit)
            })
            .collect();
        let (max_i, _) =
            values
                .iter()
                .enumerate()
                .fold((0, 0.0), |a, (i, v)| if *v > a.1 { (i, *v) } else { a });
        for (i, (id, length)) in lengths.iter().enumerate() {
            let expected = values[i] / values[max_i] * lengths[max_i].1;
            // Tiny values get a minimum visible length of one bar thickness.
            assert!(
                (length - expected).abs() < 0.5 || (*length <= 14.0 + 1e-9 && expected < 14.0),
                "{id}: {length} vs {expected}"
            );
        }
    }
}

/// Calls `check` with the final frame of every chart `of_kind` accepts, in both languages, at two
/// phone widths and a tablet's.
fn on_final_frames_at_phone_widths(
    of_kind: impl Fn(&Chart) -> bool,
    mut check: impl FnMut(&report_infographic::model::Section, &Chart, Lang, f64, &Scene),
) {
    let report = report();
    for lang in [Lang::Zh, Lang::En] {
        for width in [320.0, 375.0, 600.0] {
            let view = View {
                theme: &LIGHT,
                lang,
                width_css: width,
            };
            for (section, chart) in every_chart(&report).filter(|(_, c)| of_kind(c)) {
                let scene = chart::build(section, chart, view, f64::INFINITY);
                check(section, chart, lang, width, &scene);
            }
        }
    }
}

#[test]
fn bar_labels_are_whole_on_a_phone_in_both_languages() {
    // Long English values once went beside the labels and cut them to a word or two
    // ("Gross region…" for "Gross regional product" at 375 px).
    on_final_frames_at_phone_widths(
        |c| matches!(c, Chart::Bars { .. }),
        |section, chart, lang, width, scene| {
            let shown = texts(scene);
            for figure in section.chart_figures(chart) {
                let label = figure.label.get(lang);
                // Only a label wider than the whole chart may be cut.
                if text::text_width(label, size::LABEL) < width - 40.0 {
                    assert!(
                        shown.contains(&label),
                        "{} at {width}px in {lang:?}: {label:?} not whole in {shown:?}",
                        section.id
                    );
                }
            }
        },
    );
}

#[test]
fn number_tiles_show_their_labels_whole_on_a_phone() {
    // English labels were cut at two lines ("Villages and communities that …" at 375 px).
    on_final_frames_at_phone_widths(
        |c| matches!(c, Chart::Numbers { .. }),
        |section, _, lang, width, scene| {
            let cut: Vec<&str> = texts(scene)
                .into_iter()
                .filter(|t| t.ends_with('…'))
                .collect();
            assert!(
                cut.is_empty(),
                "{} at {width}px in {lang:?}: {cut:?}",
                section.id
            );
        },
    );
}

#[test]
fn mid_animation_frames_lie_between_start_and_end() {
    let report = report();
    let kpi = &report.sections[0];
    let chart = &kpi.charts[1]; // 773 / 480 / 55.2亿元
    let at = |ms: f64| -> Vec<f64> {
        chart::build(kpi, chart, view(375.0), ms)
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Rect { w, .. } => Some(*w),
                _ => None,
            })
            .collect()
    };
    let (start, mid, end) = (at(0.0), at(400.0), at(f64::INFINITY));
    assert!(start.iter().all(|w| *w == 0.0), "{start:?}");
    assert!(mid.iter().zip(&end).all(|(m, e)| *m <= *e));
    assert!(
        mid.iter().zip(&end).any(|(m, e)| *m > 0.0 && m < e),
        "{mid:?} vs {end:?}"
    );
    let mid_texts = chart::build(kpi, chart, view(375.0), 400.0);
    assert!(
        !texts(&mid_texts).contains(&"预计773亿元"),
        "the number is still counting at 400 ms"
    );
}

#[test]
fn every_frame_shows_only_texts_laid_out_ahead() {
    // The web shell lays out `animation_texts` before a chart animates, so that no frame meets a
    // text for the first time: that holds only if every frame's texts are among them.
    let report = report();
    for lang in [Lang::Zh, Lang::En] {
        for width in [240.0, 375.0] {
            let view = View {
                theme: &LIGHT,
                lang,
                width_css: width,
            };
            for (section, chart) in every_chart(&report) {
                let ahead = chart::animation_texts(section, chart, view, true);
                let duration = chart::duration_ms(section, chart);
                // Every 3 ms of the animation and a little after, off the steps' times too.
                let times = (0..(duration as usize + 100))
                    .step_by(3)
                    .flat_map(|ms| [ms as f64, ms as f64 + 1.37])
                    .chain([f64::INFINITY]);
                for ms in times {
                    for shape in chart::build(section, chart, view, ms).shapes {
                        // A transparent text is not drawn.
                        if matches!(&shape, Shape::Text { color, .. } if color.a > 0.0) {
                            assert!(
                                ahead.iter().any(|t| scene::same_text(t, &shape)),
                                "{} {} at {width}px {ms}ms: {shape:?} was not laid out ahead",
                                section.id,
                                chart.type_name()
                            );
                        }
                    }
                }
                // A few dozen frames' texts, not one per ms.
                let per_frame = chart::build(section, chart, view, f64::INFINITY)
                    .texts()
                    .len();
                let steps = (duration / report_infographic::anim::COUNT_STEP_MS).ceil() as usize;
                assert!(ahead.len() <= per_frame * (steps + 2), "{}", section.id);
                // Without animation, only the final frame's texts.
                let last = chart::animation_texts(section, chart, view, false);
                assert!(last.len() <= per_frame, "{}", section.id);
                for shape in chart::build(section, chart, view, f64::INFINITY).shapes {
                    if let Shape::Text { .. } = shape {
                        assert!(last.iter().any(|t| scene::same_text(t, &shape)));
                    }
                }
            }
        }
    }
}

#[test]
fn nothing_is_drawn_outside_the_chart_at_any_width() {
    let report = report();
    for width in [
        240.0, 288.0, 320.0, 343.0, 375.0, 414.0, 600.0, 768.0, 1024.0, 1440.0,
    ] {
        for (section, chart) in every_chart(&report) {
            for ms in [0.0, 300.0, f64::INFINITY] {
                let scene = chart::build(section, chart, view(width), ms);
                assert_eq!(
                    scene.height_css,
                    chart::height_css(section, chart, width, Lang::Zh)
                );
                for shape in &scene.shapes {
                    let (x0, y0, x1, y1) = match shape {
                        Shape::Rect { x, y, w, h, .. } => (*x, *y, x + w, y + h),
                        Shape::Band { cx, cy, radius, .. }
                        | Shape::Circle {
                            cx, cy, r: radius, ..
                        } => (cx - radius, cy - radius, cx + radius, cy + radius),
                        Shape::Line { x1, y1, x2, y2, .. } => {
                            (x1.min(*x2), y1.min(*y2), x1.max(*x2), y1.max(*y2))
                        }
                        Shape::Text {
                            x,
                            y,
                            text,
                            size,
                            align,
                            bold,
                            ..
                        } => {
                            let w = if *bold {
                                text::bold_text_width(text, *size)
                            } else {
                                text::text_width(text, *size)
                            };
                            let x0 = match align {
                                Align::Start => *x,
                                Align::Middle => x - w / 2.0,
                                Align::End => x - w,
                            };
                            (x0, y - size / 2.0, x0 + w, y + size / 2.0)
                        }
                    };
                    let ctx = format!(
                        "{} {} at {width}px {ms}ms: {shape:?}",
                        section.id,
                        chart.type_name()
                    );
                    assert!(x0 >= -0.5 && y0 >= -0.5, "{ctx}");
                    assert!(
                        x1 <= scene.width_css + 0.5 && y1 <= scene.height_css + 0.5,
                        "{ctx}"
                    );
                }
            }
        }
    }
}

#[test]
fn scenes_render_to_svg_through_plotters() {
    let report = report();
    let kpi = &report.sections[0];
    let scene = chart::build(kpi, &kpi.charts[1], view(375.0), f64::INFINITY);
    let mut svg = String::new();
    {
        let size = (scene.width_css as u32, scene.height_css as u32);
        let mut backend = plotters_svg::SVGBackend::with_string(&mut svg, size);
        draw_scene(&mut backend, &scene, Target::svg(FONT_STACK)).unwrap();
    }
    assert!(svg.contains("预计773亿元"), "{svg}");
    assert!(svg.contains("<polygon"), "bars are drawn as polygons");
}
