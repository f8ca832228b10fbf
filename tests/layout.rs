//! Layout that survives any figure: for every report in `data/` and `data/examples/`, every
//! chart's final frame at every width from the narrowest phone to a desktop, in both languages,
//! keeps each text inside the chart and apart from the others, and shows every figure it charts
//! whole (a cut number is a wrong number; only labels may be shortened with `…`).
//!
//! Text widths are the core's estimates here; the browser tests check the same rules with the
//! browser's own measure (`chartTexts()`).

mod common;

use common::{every_report_file, shown, try_load};
use report_infographic::chart::{self, View, MIN_WIDTH_CSS};
use report_infographic::format;
use report_infographic::model::{Lang, Report};
use report_infographic::scene::Shape;
use report_infographic::text::estimated_width;
use report_infographic::theme::LIGHT;

/// Every report in the data folders, with its file name.
fn reports() -> Vec<(String, Report)> {
    let found: Vec<(String, Report)> = every_report_file()
        .iter()
        .map(|path| {
            let report = try_load(path).unwrap_or_else(|message| panic!("{message}"));
            (shown(path), report)
        })
        .collect();
    assert!(found.len() >= 2, "the reports in data/ were not found");
    found
}

/// Scene widths from the narrowest chart (a 280 px phone in large text) to a wide desktop.
fn widths() -> impl Iterator<Item = f64> {
    (MIN_WIDTH_CSS as u32..=1100).step_by(3).map(f64::from)
}

/// Text without spaces, so a figure wrapped onto two lines still reads whole.
fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn every_chart_keeps_its_texts_inside_apart_and_whole_at_every_width() {
    let mut faults = Vec::new();
    for (name, report) in reports() {
        for section in &report.sections {
            for (ci, spec) in section.charts.iter().enumerate() {
                for lang in [Lang::Zh, Lang::En] {
                    for width_css in widths() {
                        let view = View {
                            theme: &LIGHT,
                            lang,
                            width_css,
                        };
                        let scene = chart::build(section, spec, view, f64::INFINITY);
                        let at =
                            format!("{name} {} chart {ci} {lang:?} at {width_css}", section.id);
                        if scene.width_css > width_css {
                            faults.push(format!("{at}: laid out {} wide", scene.width_css));
                        }
                        for fault in scene.layout_faults(estimated_width) {
                            faults.push(format!("{at}: {fault}"));
                        }
                        let shown = squeezed(&scene.texts().concat());
                        for figure in section.chart_figures(spec) {
                            let text = squeezed(&format::figure(figure, lang, 1.0).joined());
                            if !shown.contains(&text) {
                                faults.push(format!("{at}: «{text}» is not shown whole"));
                            }
                        }
                    }
                }
            }
        }
    }
    let count = faults.len();
    faults.dedup_by(|a, b| a.split(" at ").next() == b.split(" at ").next());
    faults.truncate(60);
    assert!(count == 0, "{count} faults, e.g.:\n{}", faults.join("\n"));
}

#[test]
fn a_layout_fault_is_found() {
    // The check itself can fail: two texts drawn at one place overlap.
    let report = &reports()[0].1;
    let section = report
        .sections
        .iter()
        .find(|s| !s.charts.is_empty())
        .unwrap();
    let view = View {
        theme: &LIGHT,
        lang: Lang::Zh,
        width_css: 375.0,
    };
    let mut scene = chart::build(section, &section.charts[0], view, f64::INFINITY);
    let first = scene
        .shapes
        .iter()
        .find(|s| matches!(s, Shape::Text { .. }))
        .unwrap()
        .clone();
    scene.shapes.push(first);
    assert!(!scene.layout_faults(estimated_width).is_empty());
}
