//! Reading numbers as the report writes them: Arabic digits (`773`, `5.58`, `-0.4`) or Chinese
//! numerals (`两`, `十二`), and the magnitude that leads a unit (`万人`, `亿元`, `万亿元`, `百万吨`).
//!
//! Validation reads each figure once into a [`Quantity`]; wording and charts use that, so no
//! animation frame reads text.

use crate::numtext::{decimal_value, decimals_of, fixed, shift_left, MAX_SIGNIFICANT_DIGITS};

/// A number read from its written form.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Written {
    /// The number's value, before any magnitude of the unit.
    pub value: f64,
    /// Digits after the decimal point as written; a count-up shows the same number.
    pub decimals: usize,
    /// True when written as a Chinese numeral (两, 十二), which is shown as written, never counted.
    pub numeral: bool,
}

/// The longest written value accepted, in bytes; longer input is not a number of a report.
const MAX_WRITTEN_LEN: usize = 24;

/// Reads a value as written in a report.
///
/// # Errors
/// Returns a message saying why `text` is not a number (empty, too long, stray characters).
pub fn parse_written(text: &str) -> Result<Written, String> {
    if text.is_empty() {
        return Err("is empty; expected a number such as \"773\", \"5.58\" or \"两\"".into());
    }
    if text.len() > MAX_WRITTEN_LEN {
        return Err(format!("is too long ({} bytes) to be a number", text.len()));
    }
    if text
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == '-')
    {
        return parse_arabic(text).map(|(value, decimals)| Written {
            value,
            decimals,
            numeral: false,
        });
    }
    parse_chinese(text)
        .map(|value| Written {
            value,
            decimals: 0,
            numeral: true,
        })
        .ok_or_else(|| format!("\"{text}\" is not a number; write digits (\"773\", \"5.58\") or a Chinese numeral (\"两\")"))
}

fn parse_arabic(text: &str) -> Result<(f64, usize), String> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = match digits.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (digits, None),
    };
    let well_formed = !whole.is_empty()
        && whole.chars().all(|c| c.is_ascii_digit())
        && (whole == "0" || !whole.starts_with('0'))
        && fraction.is_none_or(|f| !f.is_empty() && f.chars().all(|c| c.is_ascii_digit()));
    if !well_formed {
        return Err(format!(
            "\"{text}\" is not a well-formed number; write it like \"773\", \"5.58\" or \"-1.2\""
        ));
    }
    let value = decimal_value(text).ok_or_else(|| {
        format!("\"{text}\" has more than {MAX_SIGNIFICANT_DIGITS} digits; a report's figures have fewer")
    })?;
    Ok((value, fraction.map_or(0, str::len)))
}

fn digit(c: char) -> Option<f64> {
    Some(match c {
        '零' | '〇' => 0.0,
        '一' => 1.0,
        '二' | '两' => 2.0,
        '三' => 3.0,
        '四' => 4.0,
        '五' => 5.0,
        '六' => 6.0,
        '七' => 7.0,
        '八' => 8.0,
        '九' => 9.0,
        _ => return None,
    })
}

/// Reads Chinese numerals below ten thousand: 两, 十二, 二十, 三百零五, 两千.
fn parse_chinese(text: &str) -> Option<f64> {
    let mut total = 0.0;
    let mut pending: Option<f64> = None;
    let mut last_place = f64::INFINITY;
    for c in text.chars() {
        if let Some(d) = digit(c) {
            if pending.is_some() && d != 0.0 {
                return None; // two digits in a row (五五) is not how numerals are written
            }
            pending = (d != 0.0).then_some(d).or(pending);
            continue;
        }
        let place = match c {
            '十' => 10.0,
            '百' => 100.0,
            '千' => 1000.0,
            _ => return None,
        };
        if place >= last_place {
            return None;
        }
        last_place = place;
        // A leading 十 means 一十 (十二 = 12).
        total += pending.take().unwrap_or(1.0) * place;
    }
    let value = total + pending.unwrap_or(0.0);
    (value > 0.0 || text.chars().all(|c| c == '零' || c == '〇')).then_some(value)
}

/// The magnitudes a unit may start with, and their powers of ten; longest first where one
/// starts another (万亿 before 万).
pub const MAGNITUDES: [(&str, u32); 12] = [
    ("万亿", 12),
    ("千亿", 11),
    ("百亿", 10),
    ("十亿", 9),
    ("亿", 8),
    ("千万", 7),
    ("百万", 6),
    ("十万", 5),
    ("万", 4),
    ("千", 3),
    ("百", 2),
    ("十", 1),
];

/// A unit split into its leading magnitude and the rest: `万人` → 10⁴ × `人`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Unit<'a> {
    /// The magnitude as written (`万`, `亿`, `万亿`), or empty.
    pub magnitude: &'static str,
    /// The magnitude's power of ten (0 without one).
    pub places: u32,
    /// The factor of the magnitude, `10^places`.
    pub factor: f64,
    /// The unit proper after the magnitude (`人`, `元`, `%`).
    pub rest: &'a str,
}

/// Splits a unit as written into magnitude and unit proper.
///
/// A unit proper that itself starts like a magnitude is kept whole: 千瓦 is a kilowatt, not a
/// thousand 瓦, and 万千瓦 is ten thousand kilowatts. So the split that leaves a known unit
/// proper (the longest one) wins; for a unit the widget does not know, the longest magnitude.
pub fn split_unit(unit: &str) -> Unit<'_> {
    let whole = Unit {
        magnitude: "",
        places: 0,
        factor: 1.0,
        rest: unit,
    };
    let splits = MAGNITUDES.iter().filter_map(|&(magnitude, places)| {
        unit.strip_prefix(magnitude).map(|rest| Unit {
            magnitude,
            places,
            factor: 10f64.powi(places as i32),
            rest,
        })
    });
    let mut longest_magnitude = None;
    let mut best_known = crate::units::is_known(unit).then_some(whole);
    for split in splits {
        longest_magnitude = longest_magnitude.or(Some(split));
        if crate::units::is_known(split.rest)
            && best_known.is_none_or(|b: Unit| split.rest.len() > b.rest.len())
        {
            best_known = Some(split);
        }
    }
    best_known.or(longest_magnitude).unwrap_or(whole)
}

/// The absolute quantity of a value in a unit (`5.58`, `万人` → 55 800 persons).
pub fn absolute(value: f64, unit: &str) -> f64 {
    value * split_unit(unit).factor
}

/// A figure's value and unit as validation reads them: the number, its decimals as written (the
/// digits as written are the figure's value), the unit split, and the digits English shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// The number, sign included, before the unit's magnitude: 5.58 of 5.58万人.
    pub value: f64,
    /// The number times the magnitude, 55 800 of 5.58万人: what charts compare.
    pub absolute: f64,
    /// Whether the number is written with a minus (for a growth, a fall).
    pub negative: bool,
    /// Whether the number is a Chinese numeral (两): shown as written, never counted.
    pub numeral: bool,
    /// Digits after the point as written: a count-up in Chinese shows as many.
    pub decimals: usize,
    /// The number in English: the magnitude applied exactly on the digits, then scaled to
    /// [`Quantity::scale`] (773亿 → 77.3 billion, 5.58万 → 55800).
    pub english: Digits,
    /// The English scale word (` billion`), or empty; only a unit with a magnitude has one, so a
    /// plain 38921元 stays 38,921 yuan.
    pub scale: &'static str,
    /// The unit's magnitude as written (`万`, `亿`, `万亿`), or empty.
    pub magnitude: &'static str,
    /// The unit proper after the magnitude (`人`, `元`, `%`).
    pub unit: String,
}

/// A number's digits as the English wording shows them, and what counting up to them needs.
#[derive(Debug, Clone, PartialEq)]
pub struct Digits {
    /// The exact digits, shown once counting is done (`77.3`, `55800`).
    pub text: String,
    /// Their value, never negative: a count-up shows a fraction of it.
    pub value: f64,
    /// Digits after the point: a count-up shows as many.
    pub decimals: usize,
}

impl Quantity {
    /// Reads a figure's value and unit as written.
    ///
    /// # Errors
    /// Returns why `value` is not a number, as [`parse_written`] says it.
    pub fn read(value: &str, unit: &str) -> Result<Quantity, String> {
        let written = parse_written(value)?;
        let split = split_unit(unit);
        let digits = if written.numeral {
            fixed(written.value, 0)
        } else {
            value.strip_prefix('-').unwrap_or(value).to_string()
        };
        let absolute = shift_left(&digits, -(split.places as i32));
        let (scale, scale_places) = if split.places > 0 {
            scale_for(absolute.split('.').next().map_or(0, str::len))
        } else {
            ("", 0)
        };
        let scaled = shift_left(&absolute, scale_places);
        Ok(Quantity {
            value: written.value,
            absolute: written.value * split.factor,
            negative: value.starts_with('-'),
            numeral: written.numeral,
            decimals: written.decimals,
            english: Digits {
                value: decimal_value(&scaled).unwrap_or(0.0),
                decimals: decimals_of(&scaled),
                text: scaled,
            },
            scale,
            magnitude: split.magnitude,
            unit: split.rest.to_string(),
        })
    }
}

/// An English scale word for a number of `whole_digits` integer digits, and its power of ten:
/// the largest that leaves at least one integer digit, from a million up.
fn scale_for(whole_digits: usize) -> (&'static str, i32) {
    match whole_digits {
        13.. => (" trillion", 12),
        10.. => (" billion", 9),
        7.. => (" million", 6),
        _ => ("", 0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_values_keep_their_decimals() {
        for (text, value, decimals) in [
            ("773", 773.0, 0),
            ("5.58", 5.58, 2),
            ("99.62", 99.62, 2),
            ("0", 0.0, 0),
            ("0.5", 0.5, 1),
            ("-1.2", -1.2, 1),
            ("14830", 14830.0, 0),
        ] {
            let w = parse_written(text).unwrap();
            assert_eq!(
                (w.value, w.decimals, w.numeral),
                (value, decimals, false),
                "{text}"
            );
        }
    }

    #[test]
    fn chinese_numerals_are_read() {
        for (text, value) in [
            ("两", 2.0),
            ("一", 1.0),
            ("十", 10.0),
            ("十二", 12.0),
            ("二十", 20.0),
            ("三百零五", 305.0),
            ("两千", 2000.0),
            ("零", 0.0),
        ] {
            let w = parse_written(text).unwrap();
            assert_eq!((w.value, w.numeral), (value, true), "{text}");
        }
    }

    #[test]
    fn malformed_values_are_rejected_with_a_reason() {
        for text in [
            "", "7 73", "1.", ".5", "01", "1.2.3", "--1", "五五", "十百", "abc", "1e5", "NaN",
        ] {
            let err = parse_written(text).unwrap_err();
            assert!(!err.is_empty(), "{text}");
        }
        assert!(parse_written(&"9".repeat(400))
            .unwrap_err()
            .contains("too long"));
    }

    #[test]
    fn units_split_into_magnitude_and_rest() {
        assert_eq!(split_unit("万人").factor, 1e4);
        assert_eq!(split_unit("万亿元").magnitude, "万亿");
        assert_eq!(split_unit("万亿元").places, 12);
        assert_eq!(split_unit("百万吨").rest, "吨");
        assert_eq!(split_unit("千瓦").magnitude, "");
        assert_eq!(split_unit("千瓦时").rest, "千瓦时");
        assert_eq!(split_unit("万千瓦").magnitude, "万");
        assert_eq!(split_unit("万千瓦").rest, "千瓦");
        assert_eq!(split_unit("十万人").places, 5);
        assert_eq!(split_unit("个百分点").magnitude, "");
        // A unit the widget does not know still loses its magnitude.
        assert_eq!(split_unit("万标准箱").rest, "标准箱");
        assert_eq!(split_unit("万人").rest, "人");
        assert_eq!(split_unit("亿元").magnitude, "亿");
        assert_eq!(split_unit("%").factor, 1.0);
        assert_eq!(split_unit("").rest, "");
        assert_eq!(absolute(5.58, "万人").round(), 55800.0);
    }
}
