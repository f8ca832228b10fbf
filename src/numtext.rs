//! Numbers as text without float formatting or parsing: exact decimal shifts of written values
//! (773亿 → 77.3 billion), fixed decimals for counting numbers, thousands separators, and the
//! value of a decimal string.
//!
//! Working on digit strings keeps every figure exact (no 77.30000000001), and leaves the float
//! printing and parsing machinery of `core` out of the WebAssembly binary.

/// The most significant digits a decimal may have: below 2^53, so its digits are an exact `f64`.
pub const MAX_SIGNIFICANT_DIGITS: usize = 15;

/// The value of a plain decimal (`"773"`, `"-5.58"`, `"0.4"`), correctly rounded as
/// `str::parse::<f64>` would give it; `None` if `text` is not such a decimal or has more than
/// [`MAX_SIGNIFICANT_DIGITS`] digits after its leading zeros or more than 15 after the point.
pub fn decimal_value(text: &str) -> Option<f64> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty() || (digits.contains('.') && fraction.is_empty()) || fraction.len() > 15 {
        return None;
    }
    let mut mantissa: u64 = 0;
    let mut significant = 0;
    for c in whole.chars().chain(fraction.chars()) {
        let d = c.to_digit(10)?;
        if mantissa > 0 || d > 0 {
            significant += 1;
        }
        if significant > MAX_SIGNIFICANT_DIGITS {
            return None;
        }
        mantissa = mantissa * 10 + u64::from(d);
    }
    // An integer below 2^53 and a power of ten up to 10^15 are both exact, and one IEEE division
    // rounds correctly, so the quotient is the decimal's nearest f64.
    let value = mantissa as f64 / 10u64.pow(fraction.len() as u32) as f64;
    Some(if negative { -value } else { value })
}

/// `value` with `decimals` digits after the point, rounded half away from zero: 2.789, 2 → "2.79".
pub fn fixed(value: f64, decimals: usize) -> String {
    let decimals = decimals.min(9);
    if !value.is_finite() {
        return "0".into();
    }
    let scale = 10u64.pow(decimals as u32) as f64;
    let scaled = (value.abs() * scale).round();
    // Beyond 2^53 the value has no exact digits to show; clamp rather than wrap.
    let scaled = scaled.min(9.0e15) as u64;
    let digits = scaled.to_string();
    let text = if decimals == 0 {
        digits
    } else {
        let padded = format!("{digits:0>width$}", width = decimals + 1);
        let (whole, fraction) = padded
            .split_at_checked(padded.len() - decimals)
            .unwrap_or((&padded, ""));
        format!("{whole}.{fraction}")
    };
    if value < 0.0 && scaled != 0 {
        format!("-{text}")
    } else {
        text
    }
}

/// The decimal number written in `digits` (`"5.58"`, `"-12"`) moved `places` to the left
/// (negative `places` moves right): exact, trailing fractional zeros dropped.
/// `shift_left("773", 1)` → `"77.3"`; `shift_left("5.58", -4)` → `"55800"`.
pub fn shift_left(digits: &str, places: i32) -> String {
    let (negative, digits) = match digits.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, digits),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let (whole, fraction) = (whole.as_bytes(), fraction.as_bytes());
    let len = (whole.len() + fraction.len()) as i64;
    // The digit at place `i` of the whole's and fraction's digits in a row; zeros around them.
    let digit = |i: i64| -> char {
        let d = match usize::try_from(i) {
            Ok(i) if i < whole.len() => whole[i],
            Ok(i) => fraction.get(i - whole.len()).copied().unwrap_or(b'0'),
            Err(_) => b'0',
        };
        char::from(d)
    };
    // The point moves to after `point` of those digits.
    let point = whole.len() as i64 - i64::from(places);
    let mut text = String::new();
    for i in 0..point {
        let d = digit(i);
        if d != '0' || !text.is_empty() {
            text.push(d);
        }
    }
    if text.is_empty() {
        text.push('0');
    }
    let mut end = len;
    while end > point && digit(end - 1) == '0' {
        end -= 1;
    }
    if point < end {
        text.push('.');
        for i in point..end {
            text.push(digit(i));
        }
    }
    if negative && text != "0" {
        text.insert(0, '-');
    }
    text
}

/// Thousands separated by commas, English style: `"14830"` → `"14,830"`, `"1234.5"` → `"1,234.5"`.
pub fn group_thousands(number: &str) -> String {
    let (sign, number) = match number.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", number),
    };
    let (whole, fraction) = match number.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (number, None),
    };
    let mut grouped = String::with_capacity(whole.len() + whole.len() / 3);
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match fraction {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// Digits after the point in a decimal string.
pub fn decimals_of(number: &str) -> usize {
    number.split_once('.').map_or(0, |(_, f)| f.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_rounds_to_the_asked_decimals() {
        for (value, decimals, text) in [
            (2.789, 2, "2.79"),
            (2.0, 2, "2.00"),
            (0.05, 2, "0.05"),
            (386.5, 0, "387"),
            (0.0, 1, "0.0"),
            (-1.25, 1, "-1.3"),
            (-0.001, 1, "0.0"),
            (f64::NAN, 2, "0"),
            (773.0, 0, "773"),
        ] {
            assert_eq!(fixed(value, decimals), text, "{value} {decimals}");
        }
    }

    #[test]
    fn shifting_is_exact() {
        for (digits, places, text) in [
            ("773", 1, "77.3"),
            ("17.76", 1, "1.776"),
            ("5.9", -2, "590"),
            ("5.58", -4, "55800"),
            ("1.01", -4, "10100"),
            ("280", -4, "2800000"),
            ("36", 1, "3.6"),
            ("10", 1, "1"),
            ("0.0001", -8, "10000"),
            ("99.62", 0, "99.62"),
            ("-0.5", 0, "-0.5"),
            ("0", 3, "0"),
            ("120", 2, "1.2"),
            ("7", 3, "0.007"),
            ("0.050", -1, "0.5"),
            ("100", 2, "1"),
            ("-0.00", 1, "0"),
            ("1.2300", 0, "1.23"),
            ("-7", -3, "-7000"),
        ] {
            assert_eq!(shift_left(digits, places), text, "{digits} {places}");
        }
    }

    #[test]
    fn thousands_are_grouped() {
        for (number, text) in [
            ("14830", "14,830"),
            ("1054", "1,054"),
            ("999", "999"),
            ("1234567.25", "1,234,567.25"),
            ("-55800", "-55,800"),
            ("0", "0"),
        ] {
            assert_eq!(group_thousands(number), text);
        }
        assert_eq!(decimals_of("77.3"), 1);
        assert_eq!(decimals_of("55800"), 0);
    }
}
