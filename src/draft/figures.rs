//! Finding the figures the text states: the numbers, Arabic or Chinese; their units and hedges;
//! and the kind each is guessed to be (a growth, a share, a streak, a rank, an amount or a count).

use super::chars::{is_clause_end, is_numeral, Chars};
use super::found::Found;
use super::labels::label;
use super::not_figures::not_a_figure;
use super::quotes::{quote, status_before};
use super::unit::unit_after;
use crate::model::{FigureKind, Hedge};
use crate::number::{parse_written, split_unit};

/// Units of measured quantities: a figure in one of them is an `amount`.
const AMOUNT_UNITS: [&str; 18] = [
    "元",
    "平方米",
    "平方公里",
    "亩",
    "公顷",
    "公里",
    "千米",
    "米",
    "立方米",
    "吨",
    "公斤",
    "千克",
    "千瓦",
    "兆瓦",
    "千瓦时",
    "度",
    "微克/立方米",
    "吨标准煤",
];

/// Every figure the text states, in reading order.
pub fn extract(text: &str) -> Vec<Found> {
    let chars = Chars::new(text);
    let mut found: Vec<Found> = Vec::new();
    let mut i = 0;
    let mut last_end = 0;
    while i < chars.chars.len() {
        let c = chars.chars[i];
        let number_end = if c.is_ascii_digit() {
            arabic_end(&chars, i)
        } else if is_numeral(c) && !chars.before(i).is_some_and(is_numeral) {
            let mut j = i;
            while chars.at(j).is_some_and(is_numeral) {
                j += 1;
            }
            Some(j)
        } else {
            None
        };
        let Some(end) = number_end else {
            i += 1;
            continue;
        };
        match figure_at(&chars, i, end, &found, last_end) {
            Some((figure, figure_end)) => {
                last_end = figure_end;
                i = figure_end;
                found.push(figure);
            }
            None => i = end.max(i + 1),
        }
    }
    found
}

/// The end of an Arabic number starting at `i` (`773`, `5.58`), or `None` where digits are part
/// of a name (PM2.5, G20, 5G) or of a longer number.
fn arabic_end(chars: &Chars, i: usize) -> Option<usize> {
    if chars
        .before(i)
        .is_some_and(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-' || c == '/')
    {
        return None;
    }
    let mut j = i;
    while chars.at(j).is_some_and(|c| c.is_ascii_digit()) {
        j += 1;
    }
    if chars.at(j) == Some('.') && chars.at(j + 1).is_some_and(|c| c.is_ascii_digit()) {
        j += 1;
        while chars.at(j).is_some_and(|c| c.is_ascii_digit()) {
            j += 1;
        }
    }
    if chars.at(j).is_some_and(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    Some(j)
}

/// The figure whose number is at `start..end`, and where it ends; `None` if it is not one.
fn figure_at(
    chars: &Chars,
    start: usize,
    end: usize,
    found: &[Found],
    last_end: usize,
) -> Option<(Found, usize)> {
    let written = chars.slice(start, end);
    let numeral = !written.starts_with(|c: char| c.is_ascii_digit());
    if chars.titled[start] {
        return None;
    }
    // 007, or more digits than a figure has: a code or a name.
    let parsed = parse_written(&written).ok()?;
    if numeral {
        // 百年, 千家万户, 零星: a numeral that starts with a place is a word.
        if written.starts_with(['百', '千', '零', '〇']) || chars.quoted[start] {
            return None;
        }
        let rank = chars.ends(start, "第");
        if parsed.value == 1.0 && !rank {
            return None; // 一年来, 一方面, 一期: 一 is hardly ever a figure in prose.
        }
    }
    // What stands before the number: an approximation, then the kind's word.
    let mut hedges: Vec<Hedge> = Vec::new();
    let mut before = start;
    if let Some(hedge) = chars.before(start).and_then(|c| match c {
        '近' => Some(Hedge::Nearly),
        '超' => Some(Hedge::Over),
        '约' => Some(Hedge::About),
        _ => None,
    }) {
        hedges.push(hedge);
        before -= 1;
    }
    let word_before = ["增长", "提高", "下降", "连续", "第"]
        .into_iter()
        .find(|w| chars.ends(before, w));
    if chars.ends(start, "第") {
        return rank_at(chars, start, end, &written, found, last_end);
    }
    if word_before == Some("第") {
        return None; // 第近12: not how a rank is written.
    }
    // Ordinals and the names of meetings: 十一届十一次全会.
    if chars.ends(start, "届") {
        return None;
    }
    let (unit, after_hedge, unit_end) = unit_after(chars, end, numeral)?;
    let rest = split_unit(&unit).rest.to_string();
    if not_a_figure(chars, &written, numeral, &rest, end, unit_end) {
        return None;
    }
    let mut figure_end = unit_end;
    if let Some(hedge) = after_hedge {
        if !hedges.is_empty() {
            return None; // 近12余个: two approximations, not how a figure is written.
        }
        hedges.push(hedge);
    }
    for (word, hedge) in [
        ("以上", Hedge::AtLeast),
        ("左右", Hedge::Around),
        ("以内", Hedge::Within),
    ] {
        if chars.starts(figure_end, word) && hedges.iter().all(|h| h.is_status()) {
            hedges.push(hedge);
            figure_end += word.chars().count();
        }
    }
    let value_num = parse_written(&written).map(|w| w.value).unwrap_or(0.0);
    // A growth's unit has no magnitude (a growth of 12百倍 is not one).
    let growth_unit = matches!(unit.as_str(), "%" | "倍");
    let point_unit = matches!(unit.as_str(), "个百分点" | "百分点");
    let (kind, value) = match word_before {
        // A growth in 倍 is a rise: 增长0倍 is not one.
        Some("增长") if growth_unit && (unit == "%" || value_num > 0.0) => {
            (FigureKind::Growth, written.clone())
        }
        Some("提高") if point_unit => (FigureKind::Growth, written.clone()),
        // A fall is written in % or points (下降x倍 is not a growth the widget words).
        Some("下降") if (unit == "%" || point_unit) && !numeral => {
            (FigureKind::Growth, format!("-{written}"))
        }
        Some("连续") if rest == "年" => (FigureKind::Streak, written.clone()),
        _ if rest == "%" => {
            if value_num <= 100.0 {
                (FigureKind::Share, written.clone())
            } else {
                (FigureKind::Count, written.clone())
            }
        }
        _ if AMOUNT_UNITS.contains(&rest.as_str()) => (FigureKind::Amount, written.clone()),
        _ => (FigureKind::Count, written.clone()),
    };
    let figure_start = if kind == FigureKind::Growth || kind == FigureKind::Streak {
        before - word_before.map_or(0, |w| w.chars().count())
    } else {
        before
    };
    let status = status_before(chars, figure_start);
    if let Some((hedge, _)) = status {
        hedges.insert(0, hedge);
    }
    let quote_from = status.map(|(_, at)| at);
    let mut figure = Found {
        value,
        unit,
        hedges,
        kind,
        label: label(chars, figure_start, figure_end, kind, found, last_end),
        quote: quote(chars, figure_start, figure_end, quote_from, last_end),
        line: chars.line[start],
        at: start,
    };
    if let Some((hedge, at)) = status {
        // The figure as worded must first occur after its hedge in the quote: where the same
        // words come before the hedge too, the quote starts at the hedge.
        let text = figure.text();
        let rest = text.strip_prefix(hedge.as_str()).unwrap_or(&text);
        let before_hedge = figure
            .quote
            .split(hedge.as_str())
            .next()
            .unwrap_or_default();
        if before_hedge.contains(rest) {
            figure.quote = quote(chars, figure_start, figure_end, Some(at), at);
        }
    }
    Some((figure, figure_end))
}

/// A rank: 第 and a number at the end of its clause, or followed by 名 or 位 (排名全市第一,
/// 居全省第3位); other ordinals (第十一届, 第二批, 第一时间) are not figures.
fn rank_at(
    chars: &Chars,
    start: usize,
    end: usize,
    written: &str,
    found: &[Found],
    last_end: usize,
) -> Option<(Found, usize)> {
    let mut after = end;
    if matches!(chars.at(after), Some('名' | '位')) {
        after += 1;
    }
    if !chars.at(after).is_none_or(is_clause_end) || chars.quoted[start] {
        return None;
    }
    let figure_start = start - 1;
    Some((
        Found {
            value: written.to_string(),
            unit: String::new(),
            hedges: Vec::new(),
            kind: FigureKind::Rank,
            label: label(
                chars,
                figure_start,
                after,
                FigureKind::Rank,
                found,
                last_end,
            ),
            quote: quote(chars, figure_start, after, None, last_end),
            line: chars.line[start],
            at: start,
        },
        after,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::test_support::{hedges, one};

    #[test]
    fn values_units_and_hedges_are_read_as_written() {
        let f = one("全区地区生产总值预计完成773亿元");
        assert_eq!((f.value.as_str(), f.unit.as_str()), ("773", "亿元"));
        assert_eq!(hedges(&f), ["预计"]);
        assert_eq!(f.kind, FigureKind::Amount);
        assert_eq!(f.label, "地区生产总值");
        let f = one("发动区直机关人员、老党员、志愿者等两万多名");
        assert_eq!((f.value.as_str(), f.unit.as_str()), ("两", "万名"));
        assert_eq!(hedges(&f), ["多"]);
        let f = one("累计办理各类审批及服务事项120万余件");
        assert_eq!((f.value.as_str(), f.unit.as_str()), ("120", "万件"));
        let f = one("农业机械总动力达到96.5万千瓦");
        assert_eq!(f.unit, "万千瓦");
        let f = one("新建分布式光伏装机容量8600千瓦");
        assert_eq!(f.unit, "千瓦");
        let f = one("城镇新增就业15万人以上");
        assert_eq!(hedges(&f), ["以上"]);
        let f = one("近200项材料可以容缺受理");
        assert_eq!(hedges(&f), ["近"]);
        assert_eq!(f.unit, "项");
        let f = one("地区生产总值增长6%左右");
        assert_eq!((f.kind, hedges(&f)), (FigureKind::Growth, vec!["左右"]));
    }

    #[test]
    fn kinds_are_guessed_from_the_words_around() {
        assert_eq!(one("同比下降3.2%").value, "-3.2");
        assert_eq!(one("同比下降3.2%").kind, FigureKind::Growth);
        assert_eq!(one("比上年提高1.2个百分点").kind, FigureKind::Growth);
        assert_eq!(one("跨境电商进出口额增长1.5倍").kind, FigureKind::Growth);
        assert_eq!(one("群众满意率达99.62%").kind, FigureKind::Share);
        assert_eq!(one("连续4年荣获优秀单位").kind, FigureKind::Streak);
        assert_eq!(one("连续两年晋级").value, "两");
        let rank = one("完成任务，排名全市第一。");
        assert_eq!((rank.kind, rank.value.as_str()), (FigureKind::Rank, "一"));
        assert_eq!(one("营商环境评价位居全市第二，").kind, FigureKind::Rank);
        assert_eq!(one("新增绿道50公里").kind, FigureKind::Amount);
        assert_eq!(one("新建休闲广场13座").kind, FigureKind::Count);
    }
}
