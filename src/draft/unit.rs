//! The unit written after a number: its magnitude (万, 亿 …), a 余 or 多, and the unit proper.

use super::chars::Chars;
use crate::model::Hedge;
use crate::number::MAGNITUDES;

/// Units proper that work reports write after a number, besides those of [`crate::units`].
const EXTRA_UNITS: [&str; 9] = [
    "标准箱",
    "种",
    "户次",
    "架次",
    "辆次",
    "吨标准煤",
    "人/次",
    "％",
    "万千瓦时",
];

/// The longest unit proper the text writes at `i`, if any.
fn unit_at(chars: &Chars, i: usize) -> Option<String> {
    crate::units::known()
        .filter(|u| !u.is_empty())
        .chain(EXTRA_UNITS)
        .filter(|u| chars.starts(i, u))
        .max_by_key(|u| u.chars().count())
        .map(str::to_string)
}

/// The unit after the number that ends at `end`: its magnitude (万, 亿 …; for a Chinese
/// numeral only 万 and 亿, its own 十百千 being part of it), a 余 or 多, and the unit proper.
/// Returns the unit as data files write it (magnitude and unit proper), the hedge, and where
/// the unit ends.
pub(super) fn unit_after(
    chars: &Chars,
    end: usize,
    numeral: bool,
) -> Option<(String, Option<Hedge>, usize)> {
    let magnitudes = MAGNITUDES
        .iter()
        .map(|(m, _)| *m)
        .filter(|m| !numeral || matches!(*m, "万" | "亿" | "万亿"))
        .filter(|m| chars.starts(end, m))
        .chain([""]);
    for magnitude in magnitudes {
        let mut i = end + magnitude.chars().count();
        let hedge = match chars.at(i) {
            Some('余') => Some(Hedge::Odd),
            Some('多') => Some(Hedge::Plus),
            _ => None,
        };
        if hedge.is_some() {
            i += 1;
        }
        if let Some(unit) = unit_at(chars, i) {
            let unit_end = i + unit.chars().count();
            return Some((format!("{magnitude}{unit}"), hedge, unit_end));
        }
    }
    None
}
