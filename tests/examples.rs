//! Every report in `data/` and `data/examples/` loads, validates and draws every chart in both
//! languages at phone, tablet and desktop widths; the fictional examples quote their articles
//! (`data/examples/<name>.txt`) verbatim.

mod common;

use std::fs;
use std::path::Path;

use common::{every_report_file, reports_in, shown, try_load};

use report_infographic::chart::{self, View};
use report_infographic::model::{Lang, Report};
use report_infographic::theme::LIGHT;

/// The widths the charts are checked at, in CSS px.
const WIDTHS: [f64; 5] = [280.0, 320.0, 375.0, 768.0, 1280.0];

fn load_file(path: &Path) -> Report {
    try_load(path).unwrap_or_else(|message| panic!("{message}"))
}

#[test]
fn the_data_folders_hold_the_reports_we_expect() {
    let names: Vec<String> = every_report_file()
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        [
            "erqi-2020.json",
            "sample-small.json",
            "city-2024.json",
            "county-2023.json",
            "textonly-2022.json"
        ]
    );
}

#[test]
fn every_report_file_loads_and_validates() {
    let failures: Vec<String> = every_report_file()
        .iter()
        .filter_map(|path| try_load(path).err())
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// What is wrong with the charts of a report, in both languages at every width: a chart that does
/// not build (nothing drawn, no size, a figure without a mark, a height that changes while it
/// plays). That each charted figure is shown whole is `tests/layout.rs`'s check, at every width.
fn chart_problems(path: &Path) -> Vec<String> {
    let report = match try_load(path) {
        Ok(report) => report,
        Err(message) => return vec![message],
    };
    let mut problems = Vec::new();
    for section in &report.sections {
        for spec in &section.charts {
            for lang in [Lang::Zh, Lang::En] {
                for width_css in WIDTHS {
                    let what = format!(
                        "{} {} {} {lang:?} {width_css}",
                        shown(path),
                        section.id,
                        spec.type_name()
                    );
                    let view = View {
                        theme: &LIGHT,
                        lang,
                        width_css,
                    };
                    let scene = chart::build(section, spec, view, f64::INFINITY);
                    if scene.shapes.is_empty() {
                        problems.push(format!("{what}: nothing drawn"));
                    }
                    if !(scene.height_css.is_finite() && scene.height_css > 0.0) {
                        problems.push(format!("{what}: height {}", scene.height_css));
                    }
                    if !(scene.width_css.is_finite() && scene.width_css > 0.0) {
                        problems.push(format!("{what}: width {}", scene.width_css));
                    }
                    // Every figure the chart shows has its mark.
                    for id in spec.figure_ids() {
                        if section.figure(id).is_none() {
                            problems.push(format!("{what}: no figure {id}"));
                        } else if !scene.marks.iter().any(|m| m.figure_id == id) {
                            problems.push(format!("{what}: no mark for {id}"));
                        }
                    }
                    // The first frame and a mid frame build too, at the final frame's height.
                    for elapsed_ms in [0.0, 400.0] {
                        let frame = chart::build(section, spec, view, elapsed_ms);
                        if frame.height_css != scene.height_css {
                            problems.push(format!("{what}: height changes at {elapsed_ms} ms"));
                        }
                    }
                }
            }
        }
    }
    problems
}

#[test]
fn every_chart_of_every_report_builds_in_both_languages_at_every_width() {
    let problems: Vec<String> = every_report_file()
        .iter()
        .flat_map(|path| chart_problems(path))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The example's article, as one line (quotes may not span its line breaks).
fn article(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data/examples")
        .join(format!("{name}.txt"));
    fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .replace(['\n', '\r'], "")
}

#[test]
fn every_example_quotes_its_article_verbatim() {
    // Read as plain JSON: the quotes are checked whether or not the widget accepts the file.
    for path in reports_in("data/examples") {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let text = article(&name);
        let json: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        let mut quotes = 0;
        for section in json["sections"].as_array().unwrap() {
            for figure in section["figures"].as_array().unwrap() {
                let quote = figure["quote"].as_str().unwrap();
                assert!(
                    text.contains(quote),
                    "{name}: {}: «{quote}» is not in {name}.txt",
                    figure["id"]
                );
                quotes += 1;
            }
            for area in section["areas"].as_array().into_iter().flatten() {
                let names =
                    std::iter::once(&area["name"]).chain(area["projects"].as_array().unwrap());
                for zh in names.map(|t| t["zh"].as_str().unwrap()) {
                    assert!(text.contains(zh), "{name}: «{zh}» is not in {name}.txt");
                }
            }
        }
        assert!(quotes > 0, "{name} has figures");
    }
}

#[test]
fn the_text_only_example_has_its_long_title_and_sections_without_figures() {
    let report =
        load_file(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data/examples/textonly-2022.json"));
    assert_eq!(report.meta.title.zh.chars().count(), 64);
    let text_only: Vec<&str> = report
        .sections
        .iter()
        .filter(|s| s.figures.is_empty() && s.charts.is_empty() && s.areas.is_empty())
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(text_only, ["safety", "government"]);
}

#[test]
fn the_examples_use_every_chart_type() {
    let mut types: Vec<&str> = Vec::new();
    let reports: Vec<Report> = reports_in("data/examples")
        .iter()
        .map(|p| load_file(p))
        .collect();
    for report in &reports {
        for section in &report.sections {
            for spec in &section.charts {
                if !types.contains(&spec.type_name()) {
                    types.push(spec.type_name());
                }
            }
        }
    }
    types.sort_unstable();
    assert_eq!(
        types,
        ["areas", "bars", "numbers", "progress", "ratio", "ring"]
    );
}
