//! What reads like a figure but is not one: dates (1月15日, 2021年), the names of meetings
//! (十一届十一次全会), phases (一期), numbers glued into names (1369, 二七) and counts of the
//! report's own parts (八个方面).

use super::chars::{is_numeral, Chars};
use crate::number::parse_written;

/// Words after a counted unit that make the number a count of the report's own parts or a
/// political formula rather than a figure (八个方面, 两个维护).
const NOT_COUNTED: [&str; 9] = [
    "方面", "维护", "确立", "意识", "自信", "全面", "务必", "代表", "坚持",
];

/// Dates, names and counts of the report's own parts, which read like figures.
pub(super) fn not_a_figure(
    chars: &Chars,
    written: &str,
    numeral: bool,
    rest: &str,
    end: usize,
    unit_end: usize,
) -> bool {
    let value = parse_written(written).map(|w| w.value).unwrap_or(0.0);
    let whole = !written.contains('.');
    let next = |word: &str| chars.starts(unit_end, word);
    match rest {
        // 2020年, 2020年以来; 五年来, 一年来.
        "年" if (whole && (1900.0..=2100.0).contains(&value) && !numeral)
            || next("来")
            || next("以来")
            || next("初")
            || next("底")
            || next("末")
            || next("度") =>
        {
            return true
        }
        // 1月15日, 12月: a month of the year (3个月 is a length of time).
        "月" if whole && value <= 12.0 => return true,
        // 十一届, 第四次会议 after 届.
        "届" => return true,
        "次" if next("全会") || next("会议") || next("全体会议") || next("党代会") => {
            return true
        }
        // 一期, 二期: phases of a project.
        "期" | "批" | "轮" if numeral => return true,
        _ => {}
    }
    if rest.is_empty() {
        return true;
    }
    // 8个方面, 两个维护.
    if NOT_COUNTED.iter().any(|w| next(w)) {
        return true;
    }
    // A number glued to the next one is a name: 1369, 二七.
    chars
        .at(end)
        .is_some_and(|c| c.is_ascii_digit() || (numeral && is_numeral(c)))
}

#[cfg(test)]
mod tests {
    use crate::draft::extract;

    #[test]
    fn dates_ordinals_names_and_parts_are_not_figures() {
        for text in [
            "1月15日,二七区委十一届十一次全会暨区委经济工作会议召开",
            "2020年是全面建成小康社会和“十三五”规划的收官之年",
            "从8个方面入手，聚力抓好八方面工作",
            "德化街入选第二批全国步行街改造提升试点，第一时间响应",
            "加快打造“三个二七”，二七广场周边区域，“一盘棋”",
            "PM10、PM2.5等主要污染指标持续下降，“1369”工作模式",
            "一期工程、二期工程全面启动，轨道交通4号线二期加快建设",
            "世界500强企业，齐礼阎7号院，百年德化，四大功能片区",
            "一年来，一方面，五年来，2020年以来，《2021年规划》",
            "——2025年1月14日在云江市第十六届人民代表大会第四次会议上",
        ] {
            assert_eq!(extract(text), Vec::new(), "{text}");
        }
    }
}
