//! `report draft` on report texts: the figures it finds against the data files made by hand.
//!
//! A figure matches when its value, unit and hedges are exactly those of a figure of the data
//! file (each figure of the file matched once). The Erqi report's 98 figures: at least 95 found,
//! at most 5 proposed that are not figures.

use report_infographic::draft::{draft, extract, Found};
use report_infographic::model::Report;
use report_infographic::validate::{load, validate};

/// How a figure is compared: value, unit and hedges as written.
fn key(value: &str, unit: &str, hedges: &[&str]) -> String {
    format!("{value}|{unit}|{}", hedges.join("+"))
}

fn found_key(f: &Found) -> String {
    let hedges: Vec<&str> = f.hedges.iter().map(|h| h.as_str()).collect();
    key(&f.value, &f.unit, &hedges)
}

/// The figures of `expected` that `found` missed, and those of `found` that are not in it.
fn score(found: &[Found], expected: &Report) -> (Vec<String>, Vec<String>) {
    let mut wanted: Vec<String> = expected
        .figures()
        .map(|f| {
            let hedges: Vec<&str> = f.hedges.iter().map(|h| h.as_str()).collect();
            key(&f.value, &f.unit, &hedges)
        })
        .collect();
    let mut extra = Vec::new();
    for f in found {
        let k = found_key(f);
        match wanted.iter().position(|w| *w == k) {
            Some(i) => {
                wanted.remove(i);
            }
            None => extra.push(format!("{k} (line {}: {})", f.line, f.quote)),
        }
    }
    (wanted, extra)
}

fn report_score(name: &str, text: &str, json: &str) -> (usize, usize, usize) {
    let expected = load(json).unwrap_or_else(|p| panic!("{name}: {p:?}"));
    let found = extract(text);
    let (missed, extra) = score(&found, &expected);
    let total = expected.figures().count();
    println!(
        "{name}: found {}/{total}, {} not figures",
        total - missed.len(),
        extra.len()
    );
    for m in &missed {
        println!("  missed: {m}");
    }
    for e in &extra {
        println!("  not a figure: {e}");
    }
    (total - missed.len(), total, extra.len())
}

#[test]
fn the_erqi_report_gives_at_least_95_of_its_98_figures() {
    let (found, total, extra) = report_score(
        "erqi-2020",
        include_str!("fixtures/erqi-2020-source.txt"),
        include_str!("../data/erqi-2020.json"),
    );
    assert_eq!(total, 98);
    assert!(found >= 95, "found {found} of {total}");
    assert!(extra <= 5, "{extra} proposed that are not figures");
}

#[test]
fn the_erqi_draft_is_a_valid_report_with_its_sections() {
    let report = draft(include_str!("fixtures/erqi-2020-source.txt"));
    assert_eq!(validate(&report), Vec::new());
    let titles: Vec<&str> = report
        .sections
        .iter()
        .map(|s| s.title.zh.as_str())
        .collect();
    println!("{titles:#?}");
    println!("{}", report_infographic::write::report_json(&report));
}
