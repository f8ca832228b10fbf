//! The embedded Erqi 2020 data set: complete, valid, and faithful to the report's text.

use report_infographic::format;
use report_infographic::model::{Chart, FigureKind, Hedge, Lang, SectionKind};
use report_infographic::validate::load;
use report_infographic::DEFAULT_REPORT_JSON;

/// The published article the data set transcribes.
const SOURCE: &str = include_str!("fixtures/erqi-2020-source.txt");

fn source_one_line() -> String {
    SOURCE
        .chars()
        .filter(|c| *c != '\n' && *c != '\r')
        .collect()
}

#[test]
fn the_embedded_report_is_valid() {
    let report = load(DEFAULT_REPORT_JSON).unwrap_or_else(|problems| {
        panic!(
            "{}",
            problems
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        )
    });
    assert_eq!(report.meta.meeting_date, "2021-01-15");
    assert_eq!(report.meta.source.reporter, "记者 张改华");
    assert_eq!(report.meta.year, 2020);
}

#[test]
fn the_embedded_report_is_the_data_file_without_whitespace() {
    let file = include_str!("../data/erqi-2020.json");
    let parsed = |text: &str| serde_json::from_str::<serde_json::Value>(text).unwrap();
    assert_eq!(parsed(DEFAULT_REPORT_JSON), parsed(file));
    assert!(DEFAULT_REPORT_JSON.len() < file.len() * 2 / 3);
    assert!(!DEFAULT_REPORT_JSON.contains('\n'));
}

#[test]
fn sections_come_in_the_reports_order() {
    let report = load(DEFAULT_REPORT_JSON).unwrap();
    let ids: Vec<&str> = report.sections.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "kpi",
            "party",
            "epidemic",
            "economy",
            "planning",
            "urban",
            "reform",
            "ecology",
            "livelihood"
        ]
    );
    assert_eq!(report.sections[0].kind, SectionKind::Kpi);
    assert_eq!(report.sections[0].title.zh, "2020 二七答卷");
    assert!(report.sections[1..]
        .iter()
        .all(|s| s.kind == SectionKind::Work));
}

#[test]
fn section_titles_and_headline_are_the_reports_own() {
    let report = load(DEFAULT_REPORT_JSON).unwrap();
    let source = source_one_line();
    assert!(source.contains(&report.meta.source.headline));
    for section in &report.sections[1..] {
        assert!(source.contains(&section.title.zh), "{}", section.title.zh);
    }
}

#[test]
fn the_kpi_block_has_its_seven_figures_exactly() {
    let report = load(DEFAULT_REPORT_JSON).unwrap();
    let shown: Vec<String> = report.sections[0]
        .figures
        .iter()
        .map(|f| format::figure(f, Lang::Zh, 1.0).joined())
        .collect();
    assert_eq!(
        shown,
        [
            "预计773亿元",
            "预计增长1.2%",
            "增长11.1%",
            "增长4.7%",
            "55.2亿元",
            "480亿元",
            "连续4年"
        ]
    );
}

#[test]
fn about_a_hundred_figures_each_quoted_verbatim_from_the_report() {
    let report = load(DEFAULT_REPORT_JSON).unwrap();
    let source = source_one_line();
    let figures: Vec<_> = report.figures().collect();
    assert!(
        (90..=120).contains(&figures.len()),
        "{} figures",
        figures.len()
    );
    for figure in &figures {
        assert!(
            source.contains(&figure.quote),
            "{}: quote «{}» is not in the report",
            figure.id,
            figure.quote
        );
        // The number as written appears in the quote with its hedge.
        assert!(figure.quote.contains(&figure.value), "{}", figure.id);
        for hedge in &figure.hedges {
            assert!(
                figure.quote.contains(hedge.as_str()),
                "{} lost its hedge",
                figure.id
            );
        }
    }
}

#[test]
fn every_hedge_of_the_report_is_kept() {
    let report = load(DEFAULT_REPORT_JSON).unwrap();
    let shown: Vec<String> = report
        .figures()
        .map(|f| format::figure(f, Lang::Zh, 1.0).joined())
        .collect();
    for expected in [
        "预计773亿元",
        "预计增长1.2%",
        "40余场",
        "600余场",
        "6万余人次",
        "两万多名",
        "超10亿元",
        "4万多户",
        "100余条",
        "近200项",
        "120万余件",
        "13.2万余户",
        "拟47家",
        "500平方米以上",
    ] {
        assert!(shown.iter().any(|s| s == expected), "{expected} is missing");
    }
    let hedged = report.figures().filter(|f| !f.hedges.is_empty()).count();
    assert_eq!(hedged, 14);
    assert!(report.figures().any(|f| f.has_hedge(Hedge::Planned)));
}

#[test]
fn repeated_numbers_are_told_apart_by_their_labels() {
    let report = load(DEFAULT_REPORT_JSON).unwrap();
    for shown in ["280万平方米", "3条"] {
        let labels: Vec<&str> = report
            .figures()
            .filter(|f| format::figure(f, Lang::Zh, 1.0).joined() == shown)
            .map(|f| f.label.zh.as_str())
            .collect();
        assert_eq!(labels.len(), 2, "{shown}");
        assert_ne!(labels[0], labels[1], "{shown}");
    }
    for value in ["117", "13.2"] {
        let labels: Vec<&str> = report
            .figures()
            .filter(|f| f.value == value)
            .map(|f| f.label.zh.as_str())
            .collect();
        assert_eq!(labels.len(), 2, "{value}");
        assert_ne!(labels[0], labels[1], "{value}");
    }
}

#[test]
fn kinds_match_the_words_of_the_report() {
    let report = load(DEFAULT_REPORT_JSON).unwrap();
    for figure in report.figures() {
        match figure.kind {
            FigureKind::Growth => assert!(figure.quote.contains("增长"), "{}", figure.id),
            FigureKind::Streak => assert!(figure.quote.contains("连续"), "{}", figure.id),
            FigureKind::Rank => assert!(figure.quote.contains("第"), "{}", figure.id),
            FigureKind::Share => assert_eq!(figure.unit, "%", "{}", figure.id),
            FigureKind::Amount | FigureKind::Count => {}
        }
    }
}

#[test]
fn the_planning_section_carries_its_five_areas() {
    let report = load(DEFAULT_REPORT_JSON).unwrap();
    let planning = report.section("planning").unwrap();
    let names: Vec<&str> = planning.areas.iter().map(|a| a.name.zh.as_str()).collect();
    assert_eq!(
        names,
        [
            "二七商圈板块",
            "凤湖智能新区板块",
            "健康产业板块",
            "华侨城文旅板块",
            "建业文旅小镇板块"
        ]
    );
    let source = source_one_line();
    for area in &planning.areas {
        assert!(source.contains(&area.name.zh));
        assert!(area.projects.len() >= 2);
    }
    assert!(planning
        .charts
        .iter()
        .any(|c| matches!(c, Chart::Areas { .. })));
}

#[test]
fn every_section_has_a_chart() {
    let report = load(DEFAULT_REPORT_JSON).unwrap();
    for section in &report.sections {
        assert!(!section.charts.is_empty(), "{} has no chart", section.id);
    }
}
