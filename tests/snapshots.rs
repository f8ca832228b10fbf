//! Golden-file snapshots: every chart's final frame and one mid-animation frame, rendered to SVG
//! through the same drawing code the browser uses (plotters' SVG backend instead of the canvas);
//! and the wording of every figure of every report, counting and final, in both languages.
//!
//! A mismatch writes the new rendering beside the golden file as `*.new.svg` (`*.new.txt`) for
//! review and fails. Updating is explicit: `scripts/update-snapshots`.

mod common;

use std::fs;
use std::path::PathBuf;

use common::{every_report_file, shown, try_load};
use report_infographic::chart::{self, View};
use report_infographic::format;
use report_infographic::model::Lang;
use report_infographic::render::{draw_scene, Target};
use report_infographic::scene::Scene;
use report_infographic::theme::{FONT_STACK, LIGHT};
use report_infographic::validate::load;
use report_infographic::DEFAULT_REPORT_JSON;

/// The phone width snapshots are taken at, in CSS px.
const WIDTH_CSS: f64 = 343.0;
/// The mid-animation frame, in ms after the chart starts.
const MID_MS: f64 = 450.0;

fn render_svg(scene: &Scene) -> String {
    let mut svg = String::new();
    {
        let size = (
            scene.width_css.ceil() as u32,
            scene.height_css.ceil() as u32,
        );
        let mut backend = plotters_svg::SVGBackend::with_string(&mut svg, size);
        draw_scene(&mut backend, scene, Target::svg(FONT_STACK)).expect("SVG drawing cannot fail");
    }
    svg
}

#[test]
fn every_chart_matches_its_golden_files() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    fs::create_dir_all(&dir).unwrap();
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let report = load(DEFAULT_REPORT_JSON).unwrap();
    let view = View {
        theme: &LIGHT,
        lang: Lang::Zh,
        width_css: WIDTH_CSS,
    };
    let mut failures = Vec::new();
    let mut expected_files = Vec::new();
    for section in &report.sections {
        for (i, spec) in section.charts.iter().enumerate() {
            for (frame, ms) in [("final", f64::INFINITY), ("mid", MID_MS)] {
                let name = format!("{}-{i}-{}.{frame}.svg", section.id, spec.type_name());
                expected_files.push(name.clone());
                let svg = render_svg(&chart::build(section, spec, view, ms));
                let golden = dir.join(&name);
                let fresh = dir.join(name.replace(".svg", ".new.svg"));
                if update {
                    fs::write(&golden, &svg).unwrap();
                    let _ = fs::remove_file(&fresh);
                    continue;
                }
                match fs::read_to_string(&golden) {
                    Ok(old) if old == svg => {
                        let _ = fs::remove_file(&fresh);
                    }
                    Ok(_) => {
                        fs::write(&fresh, &svg).unwrap();
                        failures.push(format!(
                            "{name} changed; the new rendering is {}",
                            fresh.display()
                        ));
                    }
                    Err(_) => {
                        fs::write(&fresh, &svg).unwrap();
                        failures.push(format!(
                            "{name} has no golden file; the rendering is {}",
                            fresh.display()
                        ));
                    }
                }
            }
        }
    }
    // A golden file no chart produces any more is stale.
    for entry in fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if name.ends_with(".svg") && !name.ends_with(".new.svg") && !expected_files.contains(&name)
        {
            if update {
                fs::remove_file(dir.join(&name)).unwrap();
            } else {
                failures.push(format!("{name} is stale: no chart renders it"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{}\nReview the .new.svg files; if they are right, run scripts/update-snapshots.",
        failures.join("\n")
    );
}

/// The fractions of a count-up the wording snapshot records: the start, a step between, the end.
const COUNTED: [f64; 3] = [0.0, 0.37, 1.0];

/// Every figure of every report in `data/` and `data/examples/` worded in both languages while
/// it counts and at its end, split into the words before the number, the number and the words
/// after (`预计|773|亿元`): what tiles, charts, tooltips and the static page show.
fn figure_wording() -> String {
    let mut text = String::new();
    for path in every_report_file() {
        let report = try_load(&path).unwrap_or_else(|message| panic!("{message}"));
        text.push_str(&format!("# {}\n", shown(&path)));
        for figure in report.figures() {
            for (lang, tag) in [(Lang::Zh, "zh"), (Lang::En, "en")] {
                let worded: Vec<String> = COUNTED
                    .iter()
                    .map(|&fraction| {
                        let parts = format::figure(figure, lang, fraction);
                        format!("{}|{}|{}", parts.before, parts.number, parts.after)
                    })
                    .collect();
                text.push_str(&format!("{}\t{tag}\t{}\n", figure.id, worded.join("\t")));
            }
        }
    }
    text
}

#[test]
fn every_figure_is_worded_as_its_golden_file() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let golden = dir.join("figures.txt");
    let fresh = dir.join("figures.new.txt");
    let wording = figure_wording();
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        fs::write(&golden, &wording).unwrap();
    }
    if fs::read_to_string(&golden).unwrap_or_default() == wording {
        let _ = fs::remove_file(&fresh);
    } else {
        fs::write(&fresh, &wording).unwrap();
        panic!(
            "the figures' wording differs from {}: review {}; if it is right, run scripts/update-snapshots",
            golden.display(),
            fresh.display()
        );
    }
}
