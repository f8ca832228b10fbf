//! Property-based fuzzing: whatever the input, reading a data file, the validator, the number formatter
//! and the chart layout never panic, and what they return keeps its promises.
//!
//! A bounded run is part of `cargo test`; a longer one is
//! `PROPTEST_CASES=20000 cargo test --release --test fuzz` (see docs/testing.md).

use proptest::prelude::*;
use report_infographic::chart::{self, View};
use report_infographic::format;
use report_infographic::model::{Figure, FigureKind, Hedge, Lang, Text};
use report_infographic::number::parse_written;
use report_infographic::numtext::{decimal_value, MAX_SIGNIFICANT_DIGITS};
use report_infographic::scene::Shape;
use report_infographic::text;
use report_infographic::theme::LIGHT;
use report_infographic::validate::{load, validate};
use report_infographic::DEFAULT_REPORT_JSON;

/// Up to one status hedge (预计, 拟) and one approximation, as a valid figure has them.
fn hedges() -> impl Strategy<Value = Vec<Hedge>> {
    let status: Vec<Hedge> = Hedge::ALL.into_iter().filter(|h| h.is_status()).collect();
    let approximate: Vec<Hedge> = Hedge::ALL.into_iter().filter(|h| !h.is_status()).collect();
    (
        prop::option::of(prop::sample::select(status)),
        prop::option::of(prop::sample::select(approximate)),
    )
        .prop_map(|(status, approximate)| status.into_iter().chain(approximate).collect())
}

fn kind() -> impl Strategy<Value = FigureKind> {
    prop_oneof![
        Just(FigureKind::Amount),
        Just(FigureKind::Count),
        Just(FigureKind::Growth),
        Just(FigureKind::Share),
        Just(FigureKind::Rank),
        Just(FigureKind::Streak),
    ]
}

/// Values as reports write them, and arbitrary junk.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        "-?(0|[1-9][0-9]{0,12})(\\.[0-9]{1,4})?",
        "[一二两三四五六七八九十百千零]{1,4}",
        any::<String>(),
    ]
}

fn figure() -> impl Strategy<Value = Figure> {
    (
        value(),
        "(十|百|千|万|十万|百万|千万|亿|十亿|百亿|千亿|万亿)?([个人元%年次项场吨亩]{0,3}|千瓦|个百分点|倍)|.{0,8}",
        hedges(),
        kind(),
    )
        .prop_map(|(value, unit, hedges, kind)| {
            let label = Text {
                zh: "标签".into(),
                en: "label".into(),
            };
            let mut figure = Figure::new("f", label, &value, &unit, kind);
            figure.hedges = hedges;
            figure.quote = "引文".into();
            figure
        })
}

/// The Erqi data file with a few characters replaced, inserted or deleted.
fn mutated_json() -> impl Strategy<Value = String> {
    let len = DEFAULT_REPORT_JSON.chars().count();
    prop::collection::vec((0..len, any::<char>(), 0..3u8), 1..6).prop_map(|edits| {
        let mut chars: Vec<char> = DEFAULT_REPORT_JSON.chars().collect();
        for (at, c, op) in edits {
            let at = at.min(chars.len().saturating_sub(1));
            match op {
                0 => chars[at] = c,
                1 => chars.insert(at, c),
                _ => {
                    chars.remove(at);
                }
            }
        }
        chars.into_iter().collect()
    })
}

/// Any JSON value serde_json can write, nested a few levels.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value as J;
    let leaf = prop_oneof![
        Just(J::Null),
        any::<bool>().prop_map(J::Bool),
        any::<i64>().prop_map(J::from),
        any::<f64>()
            .prop_filter("JSON has no NaN or infinity", |f| f.is_finite())
            .prop_map(J::from),
        any::<String>().prop_map(J::String),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(J::Array),
            prop::collection::vec((any::<String>(), inner), 0..8)
                .prop_map(|members| J::Object(members.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn loading_any_json_value_never_panics(value in json_value()) {
        if let Err(problems) = load(&value.to_string()) {
            prop_assert!(!problems.is_empty());
            prop_assert!(problems.iter().all(|p| !p.message.is_empty()));
        }
    }

    #[test]
    fn reading_a_written_value_never_panics(text in any::<String>()) {
        if let Ok(w) = parse_written(&text) {
            prop_assert!(w.value.is_finite());
            prop_assert!(!w.numeral || w.value >= 0.0);
        }
    }

    #[test]
    fn arabic_values_read_back_exactly(text in "-?(0|[1-9][0-9]{0,8})(\\.[0-9]{1,6})?") {
        let w = parse_written(&text).unwrap();
        prop_assert_eq!(w.value, text.parse::<f64>().unwrap());
        prop_assert_eq!(w.decimals, text.split_once('.').map_or(0, |(_, f)| f.len()));
    }

    #[test]
    fn decimals_are_read_as_rust_parses_them(text in "-?(0|[1-9][0-9]{0,20})(\\.[0-9]{1,20})?") {
        let significant = text.chars().filter(char::is_ascii_digit).skip_while(|&c| c == '0').count();
        let fraction = text.split_once('.').map_or(0, |(_, f)| f.len());
        match decimal_value(&text) {
            Some(value) => prop_assert_eq!(value, text.parse::<f64>().unwrap()),
            None => prop_assert!(significant > MAX_SIGNIFICANT_DIGITS || fraction > 15),
        }
        if significant <= MAX_SIGNIFICANT_DIGITS && fraction <= 15 {
            prop_assert!(decimal_value(&text).is_some());
        }
    }

    #[test]
    fn formatting_keeps_value_and_hedge_and_ends_exact(figure in figure(), fraction in any::<f64>()) {
        let shown = format::figure(&figure, Lang::Zh, 1.0).joined();
        prop_assert!(shown.contains(figure.value.trim_start_matches('-')));
        for hedge in &figure.hedges {
            prop_assert!(shown.contains(hedge.as_str()));
        }
        let counting = format::figure(&figure, Lang::Zh, fraction).joined();
        if fraction >= 1.0 || fraction.is_nan() {
            prop_assert_eq!(counting, shown);
        }
    }

    #[test]
    fn loading_arbitrary_text_never_panics(text in any::<String>()) {
        if let Err(problems) = load(&text) {
            prop_assert!(!problems.is_empty());
            prop_assert!(problems.iter().all(|p| !p.message.is_empty()));
        }
    }

    #[test]
    fn loading_a_damaged_report_never_panics(json in mutated_json()) {
        match load(&json) {
            Ok(mut report) => prop_assert!(validate(&mut report).is_empty()),
            Err(problems) => prop_assert!(problems.iter().all(|p| !p.message.is_empty())),
        }
    }

    #[test]
    fn charts_lay_out_at_any_width_and_time(width in prop_oneof![Just(f64::NAN), Just(f64::INFINITY), -100.0..5000.0f64], ms in prop_oneof![Just(f64::NAN), -1e6..1e7f64]) {
        let report = load(DEFAULT_REPORT_JSON).unwrap();
        for section in &report.sections {
            for spec in &section.charts {
                let scene = chart::build(section, spec, View { theme: &LIGHT, lang: Lang::Zh, width_css: width }, ms);
                prop_assert!(scene.height_css.is_finite() && scene.height_css > 0.0);
                for shape in &scene.shapes {
                    let finite = match shape {
                        Shape::Rect { x, y, w, h, .. } => [*x, *y, *w, *h].iter().all(|v| v.is_finite()),
                        Shape::Band { cx, cy, sweep_deg, .. } => [*cx, *cy, *sweep_deg].iter().all(|v| v.is_finite()),
                        Shape::Circle { cx, cy, r, .. } => [*cx, *cy, *r].iter().all(|v| v.is_finite()),
                        Shape::Line { x1, y1, x2, y2, .. } => [*x1, *y1, *x2, *y2].iter().all(|v| v.is_finite()),
                        Shape::Text { x, y, size, .. } => [*x, *y, *size].iter().all(|v| v.is_finite()),
                    };
                    prop_assert!(finite, "{:?}", shape);
                }
            }
        }
    }

    #[test]
    fn text_fitting_never_panics(text in any::<String>(), size in 1.0..40.0f64, width in 0.0..800.0f64, lines in 1usize..5) {
        let cut = text::fit_text(&text, size, width);
        prop_assert!(cut.chars().count() <= text.chars().count() + 1);
        let wrapped = text::wrap_text(&text, size, width, lines);
        prop_assert!(wrapped.len() <= lines);
    }
}
