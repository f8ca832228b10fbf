//! Nothing is hard-wired to Erqi or to eight sections: a smaller report of the same shape loads,
//! validates and draws every chart.

use report_infographic::chart::{self, View};
use report_infographic::format;
use report_infographic::model::Lang;
use report_infographic::theme::{DARK, LIGHT};
use report_infographic::validate::load;

const SAMPLE: &str = include_str!("../data/sample-small.json");

#[test]
fn the_small_sample_report_is_valid_and_different() {
    let report = load(SAMPLE).unwrap_or_else(|p| panic!("{p:?}"));
    assert_eq!(report.sections.len(), 2);
    assert_eq!(report.figures().count(), 8);
    assert_eq!(
        format::figure(&report.sections[0].figures[0], Lang::Zh, 1.0).joined(),
        "预计120.5亿元"
    );
    assert_eq!(
        format::figure(&report.sections[0].figures[2], Lang::Zh, 1.0).joined(),
        "8000余人"
    );
}

#[test]
fn every_chart_of_the_sample_draws_in_both_themes_and_languages() {
    let report = load(SAMPLE).unwrap();
    for theme in [&LIGHT, &DARK] {
        for lang in [Lang::Zh, Lang::En] {
            for section in &report.sections {
                for spec in &section.charts {
                    let scene = chart::build(
                        section,
                        spec,
                        View {
                            theme,
                            lang,
                            width_css: 320.0,
                        },
                        f64::INFINITY,
                    );
                    assert!(
                        !scene.shapes.is_empty(),
                        "{} {}",
                        section.id,
                        spec.type_name()
                    );
                    assert!(!scene.marks.is_empty());
                }
            }
        }
    }
}
