//! The grammar of figures, checked as a property: whatever the value and magnitude, the English
//! wording states exactly the quantity the Chinese one does. Checked with decimal arithmetic of
//! the test's own (digits and a power of ten), so no float and no code under test decides it.

use proptest::prelude::*;
use report_infographic::format;
use report_infographic::model::{Figure, FigureKind, Lang, Text};
use report_infographic::number::MAGNITUDES;

/// A decimal as digits times a power of ten, normalised (no trailing zero in the digits).
#[derive(Debug, PartialEq, Eq)]
struct Decimal {
    digits: u128,
    exponent: i32,
}

impl Decimal {
    /// Reads `1,234.5` (commas allowed) and multiplies it by `10^exponent`.
    fn parse(text: &str, exponent: i32) -> Decimal {
        let plain: String = text.chars().filter(|&c| c != ',').collect();
        let (whole, fraction) = plain.split_once('.').unwrap_or((&plain, ""));
        let digits: u128 = format!("{whole}{fraction}").parse().expect("digits");
        let mut d = Decimal {
            digits,
            exponent: exponent - fraction.len() as i32,
        };
        while d.digits != 0 && d.digits % 10 == 0 {
            d.digits /= 10;
            d.exponent += 1;
        }
        if d.digits == 0 {
            d.exponent = 0;
        }
        d
    }
}

fn scale_exponent(word: &str) -> i32 {
    match word {
        "thousand" => panic!("thousand is not a scale word the widget uses"),
        "million" => 6,
        "billion" => 9,
        "trillion" => 12,
        _ => 0,
    }
}

fn figure(value: &str, unit: &str) -> Figure {
    let label = Text {
        zh: "金额".into(),
        en: "Amount".into(),
    };
    Figure::new("f", label, value, unit, FigureKind::Amount)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]

    /// A value never changes magnitude: the English number times its scale word equals the
    /// Chinese value times its magnitude, for every magnitude.
    #[test]
    fn english_states_the_same_quantity(
        value in "(0|[1-9][0-9]{0,5})(\\.[0-9]{1,4})?",
        magnitude in prop::sample::select(MAGNITUDES.to_vec()),
        unit in prop::sample::select(vec!["元", "吨", "人", "亩", "个"]),
    ) {
        let (magnitude, places) = magnitude;
        let f = figure(&value, &format!("{magnitude}{unit}"));
        prop_assert_eq!(format::figure(&f, Lang::Zh, 1.0).joined(), format!("{value}{magnitude}{unit}"));
        let english = format::figure(&f, Lang::En, 1.0).joined();
        let mut words = english.split(' ');
        let number = words.next().unwrap_or_default();
        let scale = words.next().map_or(0, scale_exponent);
        prop_assert_eq!(
            Decimal::parse(number, scale),
            Decimal::parse(&value, places as i32),
            "{} → {}", value, english
        );
        // The number reads naturally: at most three digits before the point with a scale word
        // (trillions aside: English has no larger one in use), and a scale word for every
        // quantity of a million or more.
        let whole_digits = number.split('.').next().unwrap_or_default().replace(',', "").len();
        if scale == 12 {
            prop_assert!(whole_digits >= 1, "{}", english);
        } else if scale > 0 {
            prop_assert!((1..=3).contains(&whole_digits), "{}", english);
        } else {
            prop_assert!(whole_digits <= 6, "{}", english);
        }
    }
}

#[test]
fn decimals_compare_exactly() {
    assert_eq!(Decimal::parse("77.3", 9), Decimal::parse("773", 8));
    assert_eq!(Decimal::parse("55,800", 0), Decimal::parse("5.58", 4));
    assert_ne!(Decimal::parse("7.73", 9), Decimal::parse("773", 8));
}
