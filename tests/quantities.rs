//! Validation reads every figure's value once, into its quantity, for the wording and the charts:
//! for every report in `data/` and `data/examples/`, every figure has one, and it says what the
//! figure writes. Checked against the standard library's reading of the digits and the unit as
//! written, not against the crate's own number reading.
//!
//! That the wording made from the quantities is the wording from before is the golden file
//! `tests/snapshots/figures.txt` (tests/snapshots.rs).

mod common;

use common::{every_report_file, shown, try_load};
use report_infographic::model::{Chart, Figure, FigureKind, Text};
use report_infographic::number::MAGNITUDES;
use report_infographic::validate::{parse, validate};
use report_infographic::DEFAULT_REPORT_JSON;

/// The Chinese numerals the reports write, and their values.
const NUMERALS: [(&str, f64); 10] = [
    ("一", 1.0),
    ("二", 2.0),
    ("两", 2.0),
    ("三", 3.0),
    ("四", 4.0),
    ("五", 5.0),
    ("六", 6.0),
    ("七", 7.0),
    ("八", 8.0),
    ("九", 9.0),
];

/// Digits after the point of a plain decimal.
fn decimals(digits: &str) -> usize {
    digits.split_once('.').map_or(0, |(_, f)| f.len())
}

/// Whether `a` and `b` agree to the last few bits (a float product may round differently).
fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-12 * a.abs().max(b.abs())
}

/// What is wrong with `figure`'s quantity, compared with its value and unit as written.
fn quantity_problems(figure: &Figure) -> Vec<String> {
    let Some(q) = figure.quantity() else {
        return vec!["no quantity".into()];
    };
    let mut problems = Vec::new();
    let mut expect = |ok: bool, what: &str| {
        if !ok {
            problems.push(format!("{what}: {q:?}"));
        }
    };
    let written = figure.value.as_str();
    let unsigned = written.trim_start_matches('-');
    let numeral = NUMERALS.iter().find(|(n, _)| *n == written);
    match numeral {
        Some(&(_, value)) => {
            expect(q.numeral && q.value == value, "the numeral's value");
        }
        None => match written.parse::<f64>() {
            Ok(value) => expect(!q.numeral && q.value == value, "the value"),
            Err(_) => expect(false, "a numeral this test knows (add it to NUMERALS)"),
        },
    }
    expect(q.negative == written.starts_with('-'), "the minus");
    expect(q.decimals == decimals(unsigned), "the decimals");
    // The unit: its magnitude and the unit proper make the unit as written.
    expect(
        format!("{}{}", q.magnitude, q.unit) == figure.unit,
        "magnitude and unit proper",
    );
    let places = MAGNITUDES
        .iter()
        .find(|(m, _)| *m == q.magnitude)
        .map_or(0, |&(_, p)| p as i32);
    expect(
        close(q.absolute, q.value * 10f64.powi(places)),
        "the absolute quantity",
    );
    // English: the digits and their scale word state the same quantity.
    let scale = match q.scale {
        "" => 0,
        " million" => 6,
        " billion" => 9,
        " trillion" => 12,
        other => panic!("{}: scale word {other:?}", figure.id),
    };
    let english: f64 = q.english.text.parse().expect("English digits");
    expect(
        close(english * 10f64.powi(scale), q.absolute.abs()),
        "the English quantity",
    );
    expect(q.english.value == english, "the English value");
    expect(
        q.english.decimals == decimals(&q.english.text),
        "the English decimals",
    );
    problems
}

#[test]
fn validation_reads_every_figure_of_every_report() {
    let mut failures = Vec::new();
    let mut figures = 0;
    for path in every_report_file() {
        let report = try_load(&path).unwrap_or_else(|message| panic!("{message}"));
        for figure in report.figures() {
            figures += 1;
            for problem in quantity_problems(figure) {
                failures.push(format!("{} {}: {problem}", shown(&path), figure.id));
            }
        }
        for section in &report.sections {
            for chart in &section.charts {
                if let Chart::Ring {
                    out_of: Some(out_of),
                    ..
                } = chart
                {
                    let whole: f64 = out_of.value.parse().unwrap();
                    if out_of.number() != Some(whole) {
                        failures.push(format!("{}: out_of {whole}", shown(&path)));
                    }
                }
            }
        }
    }
    assert!(figures > 150, "only {figures} figures");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn values_are_read_by_validation_not_by_reading_the_file() {
    let mut report = parse(DEFAULT_REPORT_JSON).unwrap();
    assert!(report.figures().all(|f| f.quantity().is_none()));
    assert_eq!(validate(&mut report), Vec::new());
    assert!(report.figures().all(|f| f.quantity().is_some()));
}

#[test]
fn a_value_that_is_not_a_number_has_no_quantity() {
    let json = include_str!("../data/erqi-2020.json").replacen(
        "\"value\": \"773\"",
        "\"value\": \"7七3\"",
        1,
    );
    let mut report = parse(&json).unwrap();
    let problems = validate(&mut report);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].path.ends_with(".value"), "{problems:?}");
    let unread: Vec<&str> = report
        .figures()
        .filter(|f| f.quantity().is_none())
        .map(|f| f.value.as_str())
        .collect();
    assert_eq!(unread, ["7七3"]);
}

#[test]
fn a_figure_made_in_code_is_read_as_validation_reads_it() {
    let label = Text {
        zh: "人数".into(),
        en: "People".into(),
    };
    let made = Figure::new("f", label.clone(), "5.58", "万人", FigureKind::Count);
    let q = made.quantity().expect("a number");
    assert_eq!((q.value, q.negative, q.numeral), (5.58, false, false));
    assert_eq!((q.magnitude, q.unit.as_str()), ("万", "人"));
    assert_eq!((q.english.text.as_str(), q.scale), ("55800", ""));
    let fall = Figure::new("g", label, "-0.5", "%", FigureKind::Growth);
    let q = fall.quantity().expect("a number");
    assert_eq!((q.value, q.negative, q.decimals), (-0.5, true, 1));
    let report = try_load(&every_report_file()[0]).unwrap();
    for figure in report.figures() {
        let again = Figure::new(
            &figure.id,
            figure.label.clone(),
            &figure.value,
            &figure.unit,
            figure.kind,
        );
        assert_eq!(again.quantity(), figure.quantity(), "{}", figure.id);
    }
}
