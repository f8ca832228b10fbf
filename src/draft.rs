//! Drafting a data file from a report's plain text: the figures the text states, each with its
//! value exactly as written, its unit with its magnitude, its hedges, a guessed kind, the clause
//! it stands in and a Chinese label; the sections the text's headings give; and meta data from
//! the headline and the dateline.
//!
//! What the text cannot say (English labels, summaries, charts) is left as placeholders that
//! start with [`TODO`], for an editor to finish; `report check` lists those left.
//!
//! Not figures: dates (1月15日, 2021年), ordinals and names (第十一届, 二七, “十四五”, 4号线,
//! PM2.5), and counts of the report's own parts (八个方面).

use crate::model::{
    Chart, Figure, FigureKind, Hedge, Meta, Report, Section, SectionKind, Source, Text,
    FORMAT_VERSION,
};
use crate::number::{parse_written, split_unit, MAGNITUDES};

/// How every placeholder the draft leaves starts.
pub const TODO: &str = "TODO";

/// A figure the text states, as found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The number as written (`773`, `5.58`, `两`); negative for a fall (下降3.2% → `-3.2`).
    pub value: String,
    /// The unit as written, with its magnitude (`亿元`, `万人`); empty for a rank.
    pub unit: String,
    /// The hedges, status (预计, 拟) first.
    pub hedges: Vec<Hedge>,
    /// The kind guessed from the words around it.
    pub kind: FigureKind,
    /// A label from the words before it (and the thing counted after it).
    pub label: String,
    /// The clause the figure stands in, verbatim.
    pub quote: String,
    /// The line of the text the figure is on, from 1.
    pub line: usize,
    /// Where the figure starts, in characters from the start of the text.
    pub at: usize,
}

impl Found {
    /// The figure worded as the widget shows it (预计773亿元, 增长1.2%).
    pub fn text(&self) -> String {
        crate::format::figure_text(&figure(self, "found"))
    }
}

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

/// Characters of Chinese numerals.
const NUMERAL_CHARS: &str = "零〇一二两三四五六七八九十百千";

/// Words after a counted unit that make the number a count of the report's own parts or a
/// political formula rather than a figure (八个方面, 两个维护).
const NOT_COUNTED: [&str; 9] = [
    "方面", "维护", "确立", "意识", "自信", "全面", "务必", "代表", "坚持",
];

/// Clause boundaries: a figure's quote and label do not cross them.
fn is_clause_end(c: char) -> bool {
    matches!(
        c,
        '，' | ',' | '。' | '；' | ';' | '：' | ':' | '！' | '!' | '？' | '?' | '\n'
    )
}

/// Sentence boundaries: a 预计 covers the figures after it up to one.
fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '；' | ';' | '！' | '!' | '？' | '?' | '\n')
}

fn is_numeral(c: char) -> bool {
    NUMERAL_CHARS.contains(c)
}

/// The text as characters, with what the scan needs to know of each place.
struct Chars {
    chars: Vec<char>,
    /// Inside quotation marks (“…”, 「…」) or a title (《…》).
    quoted: Vec<bool>,
    /// Inside a title (《…》): nothing there is a figure.
    titled: Vec<bool>,
    /// The line of each character, from 1.
    line: Vec<usize>,
}

impl Chars {
    fn new(text: &str) -> Self {
        let chars: Vec<char> = text.chars().collect();
        let (mut quoted, mut titled, mut line) = (Vec::new(), Vec::new(), Vec::new());
        let (mut quote_depth, mut title_depth, mut n) = (0usize, 0usize, 1usize);
        for &c in &chars {
            match c {
                '“' | '「' => quote_depth += 1,
                '《' => title_depth += 1,
                _ => {}
            }
            quoted.push(quote_depth > 0 || title_depth > 0);
            titled.push(title_depth > 0);
            line.push(n);
            match c {
                '”' | '」' => quote_depth = quote_depth.saturating_sub(1),
                '》' => title_depth = title_depth.saturating_sub(1),
                // A quotation never spans paragraphs: an unbalanced mark ends at the line's end.
                '\n' => {
                    n += 1;
                    quote_depth = 0;
                    title_depth = 0;
                }
                _ => {}
            }
        }
        Chars {
            chars,
            quoted,
            titled,
            line,
        }
    }

    fn at(&self, i: usize) -> Option<char> {
        self.chars.get(i).copied()
    }

    fn before(&self, i: usize) -> Option<char> {
        i.checked_sub(1).and_then(|j| self.at(j))
    }

    /// Whether the text at `i` starts with `word`.
    fn starts(&self, i: usize, word: &str) -> bool {
        (i..).zip(word.chars()).all(|(j, c)| self.at(j) == Some(c))
    }

    /// Whether the text ending at `end` (exclusive) ends with `word`.
    fn ends(&self, end: usize, word: &str) -> bool {
        let len = word.chars().count();
        end >= len && self.starts(end - len, word)
    }

    fn slice(&self, from: usize, to: usize) -> String {
        self.chars[from.min(to)..to.min(self.chars.len())]
            .iter()
            .collect()
    }

    /// The start of the clause (or, with `sentence`, the sentence) that `i` is in.
    fn start_of(&self, i: usize, end: fn(char) -> bool) -> usize {
        let mut j = i;
        while j > 0 && !end(self.chars[j - 1]) {
            j -= 1;
        }
        j
    }

    /// The end (exclusive) of the clause that `i` is in.
    fn end_of(&self, i: usize, end: fn(char) -> bool) -> usize {
        let mut j = i;
        while j < self.chars.len() && !end(self.chars[j]) {
            j += 1;
        }
        j
    }
}

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

/// The longest unit proper the text writes at `i`, if any.
fn unit_at(chars: &Chars, i: usize) -> Option<String> {
    crate::units::known()
        .filter(|u| !u.is_empty())
        .chain(EXTRA_UNITS)
        .filter(|u| chars.starts(i, u))
        .max_by_key(|u| u.chars().count())
        .map(str::to_string)
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

/// The unit after the number that ends at `end`: its magnitude (万, 亿 …; for a Chinese
/// numeral only 万 and 亿, its own 十百千 being part of it), a 余 or 多, and the unit proper.
/// Returns the unit as data files write it (magnitude and unit proper), the hedge, and where
/// the unit ends.
fn unit_after(chars: &Chars, end: usize, numeral: bool) -> Option<(String, Option<Hedge>, usize)> {
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

/// Dates, names and counts of the report's own parts, which read like figures.
fn not_a_figure(
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

/// A status hedge covering the figure that starts at `start`: 预计 earlier in its sentence
/// (预计完成773亿元, 同比增长1.2%), or 拟 earlier in its clause (拟新认定47家). Returns the
/// hedge and where it is written.
fn status_before(chars: &Chars, start: usize) -> Option<(Hedge, usize)> {
    let sentence = chars.start_of(start, is_sentence_end);
    let clause = chars.start_of(start, is_clause_end);
    let mut i = start;
    while i > sentence {
        i -= 1;
        if chars.starts(i, "预计") {
            return Some((Hedge::Expected, i));
        }
        if i >= clause
            && chars.at(i) == Some('拟')
            && !matches!(chars.before(i), Some('模' | '虚' | '草'))
            && !matches!(chars.at(i + 1), Some('定' | '订'))
        {
            return Some((Hedge::Planned, i));
        }
    }
    None
}

/// Longest quote kept whole; a longer clause is cut to the list item the figure is in.
const MAX_QUOTE_CHARS: usize = 60;

/// The clause the figure at `start..end` stands in; from `from` on if a hedge covering it was
/// written before the clause.
fn quote(chars: &Chars, start: usize, end: usize, from: Option<usize>, last_end: usize) -> String {
    let mut first = chars.start_of(start, is_clause_end);
    let mut last = chars.end_of(end, is_clause_end);
    if last - first > MAX_QUOTE_CHARS {
        let item_end = |c: char| is_clause_end(c) || c == '、';
        first = chars.start_of(start, item_end);
        last = chars.end_of(end, item_end);
    }
    if last - first > MAX_QUOTE_CHARS {
        // A clause with no list in it: the words right around the figure.
        first = first.max(start.saturating_sub(MAX_QUOTE_CHARS / 2));
        last = last.min(end + MAX_QUOTE_CHARS / 4);
    }
    if let Some(from) = from {
        // The figure must come first after its hedge: not a figure before it in the clause.
        if last_end <= from {
            first = first.max(last_end);
        }
        first = first.min(from);
    }
    chars
        .slice(first, last)
        .trim_matches(|c: char| c.is_whitespace() || "、，,".contains(c))
        .to_string()
}

/// Words a label does not start with.
const LABEL_LEADS: [&str; 12] = [
    "其中", "同时", "全区", "全市", "全县", "全年", "以及", "并且", "和", "及", "并", "、",
];

/// Words a label does not end with: verbs and particles that stand before a number.
const LABEL_TAILS: [&str; 33] = [
    "以及",
    "和",
    "比上年",
    "稳定在",
    "提高到",
    "控制在",
    "保持在",
    "提升到",
    "增加到",
    "达到了",
    "的",
    "同比增长",
    "比上年增长",
    "比上年提高",
    "同比下降",
    "比上年下降",
    "增长",
    "提高",
    "下降",
    "完成",
    "达到",
    "实现",
    "突破",
    "超过",
    "预计",
    "分别",
    "同比",
    "共计",
    "共",
    "达",
    "为",
    "连续",
    "排名",
];

/// A Chinese label for the figure at `start..end`: the words before it in its clause (after
/// the figure before it, and after a list of examples ending in 等), and the thing it counts
/// when that follows it (成立174个临时党支部 → 成立临时党支部).
fn label(
    chars: &Chars,
    start: usize,
    end: usize,
    kind: FigureKind,
    found: &[Found],
    last_end: usize,
) -> String {
    let clause = chars.start_of(start, is_clause_end);
    let from = clause.max(last_end.min(start));
    let mut before = chars.slice(from, start);
    // Examples ending in 等 name the kind of thing; what follows them names it better
    // (…、万科水晶城等65个计划新开工项目), unless nothing does (…、志愿者等两万多名).
    let mut examples = String::new();
    if let Some((list, after_examples)) = before.rsplit_once('等') {
        examples = list.trim().to_string();
        before = after_examples.to_string();
    }
    let mut before = before.trim().to_string();
    loop {
        let trimmed = LABEL_LEADS
            .iter()
            .find_map(|w| before.strip_prefix(w))
            .or_else(|| LABEL_TAILS.iter().find_map(|w| before.strip_suffix(w)))
            .map(str::to_string);
        match trimmed {
            Some(t) => before = t,
            None => break,
        }
    }
    before = before
        .trim_matches(|c: char| c.is_whitespace() || "、“”()（）".contains(c))
        .trim_start_matches('的')
        .to_string();
    // The thing counted, when it follows the number: up to the clause's end or the next number.
    let mut after = String::new();
    let mut j = end;
    while let Some(c) = chars.at(j) {
        let hedged_number = matches!(c, '近' | '超' | '约')
            && chars
                .at(j + 1)
                .is_some_and(|n| n.is_ascii_digit() || is_numeral(n));
        if is_clause_end(c)
            || "、“”".contains(c)
            || c.is_ascii_digit()
            || is_numeral(c)
            || hedged_number
        {
            break;
        }
        after.push(c);
        j += 1;
    }
    let after = after
        .trim_start_matches('的')
        .trim_end_matches("以及")
        .trim_end_matches(['和', '及', '与'])
        .trim()
        .to_string();
    // A change of a rate in points is a change; of anything else, a growth rate.
    let growth = if chars.slice(start, end).contains("百分点") {
        "变化"
    } else {
        "增速"
    };
    if before.is_empty() && after.is_empty() {
        before = examples;
    }
    let mut label = match kind {
        FigureKind::Growth if before.is_empty() => found
            .last()
            .map(|f| {
                format!(
                    "{}{growth}",
                    f.label.trim_end_matches("增速").trim_end_matches("变化")
                )
            })
            .unwrap_or_default(),
        FigureKind::Growth => format!("{before}{growth}"),
        FigureKind::Streak if !after.is_empty() => after,
        FigureKind::Share | FigureKind::Rank | FigureKind::Streak => {
            if before.is_empty() {
                after
            } else {
                before
            }
        }
        _ if after.chars().count() <= 16 => format!("{before}{after}"),
        _ if before.is_empty() => after.chars().take(16).collect(),
        _ => before,
    };
    // A quotation the label cuts in two loses its marks: 一环十横十纵”一期工程 → 一环十横十纵一期工程.
    if label.matches('“').count() != label.matches('”').count() {
        label = label.replace(['“', '”'], "");
    }
    if label.trim().is_empty() {
        label = chars.slice(clause, end).trim().to_string();
    }
    let count = label.chars().count();
    if count > 40 {
        label = label.chars().skip(count - 40).collect();
    }
    label
}

/// A heading of the text, and where its section's body starts.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Heading {
    title: String,
    /// Where the heading starts, in characters.
    at: usize,
    /// A top-level part (一、…), whose own text comes before its sections.
    part: bool,
    /// Written as a heading of its own, not as the first words of a paragraph.
    own_line: bool,
}

/// Words that open the paragraph heads of work reports when they stand on their own line.
const HEAD_VERBS: [&str; 12] = [
    "坚持", "聚焦", "着力", "加快", "深化", "推动", "持续", "全力", "突出", "强化", "推进", "扎实",
];

/// The headings of the text (in reading order), and where the header (headline, subtitle,
/// dateline, credit) ends.
fn headings(text: &str) -> (Vec<Heading>, usize) {
    let mut headings = Vec::new();
    let mut at = 0usize;
    let mut header_end = None;
    let mut in_part: Option<usize> = None; // index of the part being read
    let mut part_has_subsections = false;
    let mut paragraph_heads: Vec<Heading> = Vec::new();
    for raw_line in text.split_inclusive('\n') {
        let line_at = at;
        at += raw_line.chars().count();
        let line = raw_line.trim();
        if line.is_empty() {
            continue;
        }
        let markdown = line.starts_with("##");
        let stripped = line.trim_start_matches('#').trim();
        if header_end.is_none() {
            // The header: the headline and lines up to the first paragraph of prose.
            let prose = stripped.chars().count() > 40
                || stripped.contains('。')
                || (stripped.contains('，') || stripped.contains(','))
                    && !stripped.starts_with("——");
            let numbered = numbered_heading(stripped).is_some();
            if !numbered && (!prose || line.starts_with('#') && !markdown) {
                continue;
            }
            header_end = Some(line_at);
        }
        let numbered = numbered_heading(stripped);
        if markdown {
            headings.push(Heading {
                title: clip(stripped, 60),
                at: line_at,
                part: false,
                own_line: true,
            });
            in_part = None;
        } else if let Some((title, sub)) = numbered {
            if !sub {
                flush_paragraph_heads(&mut headings, &mut paragraph_heads, part_has_subsections);
                in_part = Some(headings.len());
                part_has_subsections = false;
            } else {
                part_has_subsections = true;
            }
            headings.push(Heading {
                title,
                at: line_at,
                part: !sub,
                own_line: true,
            });
        } else if stripped.chars().count() <= 32
            && !stripped.contains(['。', '，', ',', '；', '：'])
            && HEAD_VERBS.iter().any(|v| stripped.starts_with(v))
        {
            headings.push(Heading {
                title: stripped.to_string(),
                at: line_at,
                part: false,
                own_line: true,
            });
        } else if in_part.is_some() {
            // A paragraph that opens with a short sentence of its own: 城市更新扎实推进。…
            if let Some((head, rest)) = stripped.split_once('。') {
                let short = head.chars().count() <= 20;
                let plain = !head.contains(|c: char| c.is_ascii_digit())
                    && !head.contains(['，', ',', '：', ':']);
                if short && plain && !rest.trim().is_empty() {
                    paragraph_heads.push(Heading {
                        title: head.to_string(),
                        at: line_at,
                        part: false,
                        own_line: false,
                    });
                }
            }
        }
    }
    flush_paragraph_heads(&mut headings, &mut paragraph_heads, part_has_subsections);
    headings.sort_by_key(|h| h.at);
    (headings, header_end.unwrap_or(0))
}

/// Paragraph heads become sections only in a part with no numbered sections of its own, and
/// only where there are two or more.
fn flush_paragraph_heads(headings: &mut Vec<Heading>, heads: &mut Vec<Heading>, has_subs: bool) {
    if !has_subs && heads.len() >= 2 {
        headings.append(heads);
    }
    heads.clear();
}

/// A numbered heading: `一、…` (a part) or `（一）…` (a section; its title ends at the first
/// 。). Returns the title and whether it is a section within a part.
fn numbered_heading(line: &str) -> Option<(String, bool)> {
    if let Some(rest) = line.strip_prefix('（').or_else(|| line.strip_prefix('(')) {
        let (number, title) = rest.split_once(['）', ')'])?;
        if number.is_empty() || !number.chars().all(is_numeral) {
            return None;
        }
        let title = title.split('。').next().unwrap_or(title).trim();
        return (!title.is_empty()).then(|| (title.to_string(), true));
    }
    let (number, title) = line.split_once('、')?;
    if number.is_empty() || number.chars().count() > 3 || !number.chars().all(is_numeral) {
        return None;
    }
    let title = title.trim();
    (!title.is_empty() && title.chars().count() <= 40 && !title.contains('。'))
        .then(|| (title.to_string(), false))
}

/// Words of a heading that make its section the report's overview (the KPI block).
const OVERVIEW_WORDS: [&str; 7] = ["答卷", "成绩单", "指标", "数据", "回顾", "概览", "数读"];

/// Section ids by the words of their titles, first match wins.
const SECTION_IDS: [(&str, &str); 26] = [
    ("答卷", "overview"),
    ("成绩单", "overview"),
    ("回顾", "overview"),
    ("目标", "targets"),
    ("安排", "plans"),
    ("党", "party"),
    ("疫情", "epidemic"),
    ("项目", "projects"),
    ("投资", "investment"),
    ("产业", "industry"),
    ("经济", "economy"),
    ("规划", "planning"),
    ("城市", "urban"),
    ("城乡", "urban"),
    ("改革", "reform"),
    ("开放", "reform"),
    ("创新", "innovation"),
    ("生态", "ecology"),
    ("环境", "ecology"),
    ("农业", "agriculture"),
    ("乡村", "rural"),
    ("民生", "livelihood"),
    ("人民", "livelihood"),
    ("教育", "education"),
    ("安全", "safety"),
    ("政府", "government"),
];

fn section_id(title: &str, index: usize, taken: &[String]) -> String {
    let base = SECTION_IDS
        .iter()
        .find(|(word, _)| title.contains(word))
        .map_or_else(
            || format!("section-{}", index + 1),
            |(_, id)| id.to_string(),
        );
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

fn todo_text(zh: &str, en: &str) -> Text {
    Text {
        zh: zh.to_string(),
        en: format!("{TODO}: {en}"),
    }
}

fn todo_both(what: &str) -> Text {
    Text {
        zh: format!("{TODO}: {what}"),
        en: format!("{TODO}: {what}"),
    }
}

/// A draft report from the text of a report: meta, sections and figures as found, with
/// placeholders (starting with [`TODO`]) for what the text cannot say.
pub fn draft(text: &str) -> Report {
    let text = text.replace("\r\n", "\n");
    let found = extract(&text);
    let (headings, header_end) = headings(&text);
    let meta = meta(&text, header_end);
    let body_start = headings.first().map_or(usize::MAX, |h| h.at);
    // Spans: text before the first heading (after the header), then each heading's.
    let mut spans: Vec<(Option<&Heading>, usize, usize)> = Vec::new();
    spans.push((None, header_end, body_start));
    for (k, heading) in headings.iter().enumerate() {
        let end = headings.get(k + 1).map_or(usize::MAX, |h| h.at);
        spans.push((Some(heading), heading.at, end));
    }
    let mut sections: Vec<Section> = Vec::new();
    let mut ids: Vec<String> = Vec::new();
    let mut kpi_given = false;
    for (heading, from, to) in spans {
        let figures: Vec<&Found> = found.iter().filter(|f| f.at >= from && f.at < to).collect();
        let title = match heading {
            Some(h) => h
                .title
                .trim_matches(|c: char| c.is_whitespace() || "，,。、：:；;".contains(c))
                .to_string(),
            None if figures.is_empty() => continue,
            None => format!("{} 主要数据", meta.year),
        };
        // The first section with figures is the KPI block if it is the report's overview (its
        // text before the first heading, a part's own text, or a heading of its own that is not
        // a line of work such as 坚持…).
        let overview = heading.is_none_or(|h| {
            h.part
                || OVERVIEW_WORDS.iter().any(|w| h.title.contains(w))
                || h.title.starts_with(|c: char| c.is_ascii_digit())
        });
        let kind = if !kpi_given && !figures.is_empty() && overview {
            kpi_given = true;
            SectionKind::Kpi
        } else {
            SectionKind::Work
        };
        if heading.is_some_and(|h| h.part)
            && figures.is_empty()
            && headings.iter().any(|h| h.at > from && h.at < from + 80)
        {
            continue; // A part heading right before its first section has no text of its own.
        }
        let id = if kind == SectionKind::Kpi {
            section_id("答卷", sections.len(), &ids)
        } else {
            section_id(&title, sections.len(), &ids)
        };
        let figures: Vec<Figure> = figures
            .iter()
            .enumerate()
            .map(|(n, f)| figure(f, &format!("{}_{}", id.replace('-', "_"), n + 1)))
            .collect();
        ids.push(id.clone());
        let charts = proposed_charts(&figures);
        sections.push(Section {
            id,
            kind,
            title: if title.is_empty() {
                todo_both("标题 / title")
            } else {
                todo_text(&title, &format!("English title for “{title}”"))
            },
            summary: todo_both("一两句话的摘要 / a summary in a sentence or two"),
            figures,
            charts,
            areas: Vec::new(),
        });
    }
    if sections.is_empty() {
        sections.push(Section {
            id: "overview".into(),
            kind: SectionKind::Work,
            title: todo_both("标题 / title"),
            summary: todo_both("一两句话的摘要 / a summary in a sentence or two"),
            figures: Vec::new(),
            charts: Vec::new(),
            areas: Vec::new(),
        });
    }
    Report {
        format: FORMAT_VERSION,
        meta,
        sections,
    }
}

/// The data file of a draft of `text` (see [`draft`]).
pub fn draft_json(text: &str) -> String {
    crate::write::report_json(&draft(text))
}

/// Most charts proposed per section.
const MAX_PROPOSED_CHARTS: usize = 2;

/// Bars for the figures of a section that share a unit and a kind (counts, amounts or
/// growths; two or more, the largest groups first), titled with a placeholder: the editor
/// names them, or drops those that compare unlike things.
fn proposed_charts(figures: &[Figure]) -> Vec<Chart> {
    let mut groups: Vec<Vec<&Figure>> = Vec::new();
    for figure in figures {
        if !matches!(
            figure.kind,
            FigureKind::Count | FigureKind::Amount | FigureKind::Growth
        ) {
            continue;
        }
        match groups
            .iter_mut()
            .find(|g| g[0].unit == figure.unit && g[0].kind == figure.kind)
        {
            Some(group) => group.push(figure),
            None => groups.push(vec![figure]),
        }
    }
    groups.retain(|g| g.len() >= 2);
    // The largest first; of equal size, the first in the text.
    groups.sort_by_key(|g| std::cmp::Reverse(g.len()));
    groups
        .into_iter()
        .take(MAX_PROPOSED_CHARTS)
        .map(|group| {
            let labels: Vec<&str> = group.iter().take(3).map(|f| f.label.zh.as_str()).collect();
            Chart::Bars {
                title: Text {
                    zh: format!("{TODO}: 图表标题，比较{}…", labels.join("、")),
                    en: format!("{TODO}: chart title"),
                },
                figures: group.iter().take(12).map(|f| f.id.clone()).collect(),
            }
        })
        .collect()
}

fn figure(found: &Found, id: &str) -> Figure {
    let rest = split_unit(&found.unit).rest;
    let unit_en = crate::units::english(rest).is_none().then(|| match rest {
        "％" => "%".to_string(),
        _ => format!("{TODO}: {rest} in English"),
    });
    Figure {
        id: id.to_string(),
        label: todo_text(
            &found.label,
            &format!("English label for “{}”", found.label),
        ),
        value: found.value.clone(),
        unit: found.unit.clone(),
        unit_en,
        hedges: found.hedges.clone(),
        kind: found.kind,
        quote: found.quote.clone(),
        part_of: None,
    }
}

/// Meta data from the header: the headline, a dateline (——2025年1月14日在…会议上, or
/// 1月15日,…会议召开), the credit (记者 …, …市长 …), and the district and year they name.
fn meta(text: &str, header_end: usize) -> Meta {
    let lines: Vec<&str> = text
        .lines()
        .map(|l| l.trim().trim_start_matches('#').trim())
        .filter(|l| !l.is_empty())
        .collect();
    let header: String = text.chars().take(header_end).collect();
    let header_lines: Vec<&str> = header
        .lines()
        .map(|l| l.trim().trim_start_matches('#').trim())
        .filter(|l| !l.is_empty())
        .collect();
    let first = clip(header_lines.first().copied().unwrap_or_default(), 120);
    let mut headline = first.clone();
    if let Some(dash) = header_lines.get(1).filter(|l| l.starts_with("——")) {
        headline.push_str(&clip(dash, 120));
    }
    let top: Vec<&str> = lines.iter().take(12).copied().collect();
    let dated = top.iter().find_map(|l| full_date(l));
    let short = top.iter().find_map(|l| month_day(l));
    let year = report_year(&top.join("\n"))
        .or(dated.map(|(y, _, _)| y.saturating_sub(1)))
        .unwrap_or(2000);
    let (meeting_year, month, day) = dated.unwrap_or_else(|| {
        let (m, d) = short.map_or((1, 1), |(m, d, _)| (m, d));
        (year + 1, m, d)
    });
    let meeting = top.iter().find_map(|l| meeting_name(l)).unwrap_or_default();
    let district = district(&top.join("\n")).unwrap_or_default();
    let reporter = top
        .iter()
        .find(|l| {
            l.chars().count() <= 24
                && (l.starts_with("记者")
                    || ["市长", "县长", "区长", "镇长", "乡长", "书记", "主任"]
                        .iter()
                        .any(|w| l.contains(w))
                        && !l.contains(['，', '。', ',']))
        })
        .map(|l| l.to_string());
    // The headline's first part is the title; the rest, if any, the subtitle.
    let (title_part, subtitle_part) = match first.split_once([' ', '：', ':']) {
        Some((t, s)) if !s.trim().is_empty() => (t.to_string(), Some(s.trim().to_string())),
        _ => (first.split("——").next().unwrap_or(&first).to_string(), None),
    };
    let mut title = title_part
        .trim_end_matches("出炉")
        .trim_end_matches("发布")
        .to_string();
    if !district.is_empty() && !title.contains(&district) {
        title = format!("{district}{year}年{title}");
    }
    let city = if district.ends_with('市') {
        district.clone()
    } else {
        String::new()
    };
    let or_todo = |zh: String, what: &str| {
        if zh.is_empty() {
            todo_both(what)
        } else {
            todo_text(&zh, &format!("English for “{zh}”"))
        }
    };
    Meta {
        id: format!("report-{year}"),
        district: or_todo(district.clone(), "区县名称 / the district"),
        city: or_todo(city, "所属城市 / the city"),
        year,
        title: or_todo(title, "标题 / title"),
        subtitle: or_todo(
            subtitle_part.unwrap_or_default(),
            "副标题 / a one-line subtitle",
        ),
        meeting_date: format!("{meeting_year:04}-{month:02}-{day:02}"),
        meeting: or_todo(meeting, "会议名称 / the meeting"),
        source: Source {
            headline: if headline.is_empty() {
                format!("{TODO}: 标题 / headline")
            } else {
                headline
            },
            reporter: reporter.unwrap_or_else(|| format!("{TODO}: 记者 / reporter")),
            reporter_en: format!("{TODO}: the reporter credit in English"),
        },
    }
}

/// `text` cut to at most `chars` characters.
fn clip(text: &str, chars: usize) -> String {
    text.chars().take(chars).collect()
}

/// The leading decimal digits of `text` and the rest.
fn digits(text: &str) -> Option<(u32, &str)> {
    let end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    Some((text.get(..end)?.parse().ok()?, text.get(end..)?))
}

/// The first full date `2025年1月14日` in `line`.
fn full_date(line: &str) -> Option<(u32, u32, u32)> {
    line.match_indices('年').find_map(|(i, _)| {
        let before = line.get(..i)?;
        let year_start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_ascii_digit())
            .last()?
            .0;
        let (year, _) = digits(before.get(year_start..)?)?;
        let (month, rest) = digits(line.get(i + '年'.len_utf8()..)?)?;
        let rest = rest.strip_prefix('月')?;
        let (day, rest) = digits(rest)?;
        rest.starts_with('日')
            .then_some((year, month, day))
            .filter(|(y, m, d)| {
                (1900..=2200).contains(y) && (1..=12).contains(m) && (1..=31).contains(d)
            })
    })
}

/// A dateline `1月15日,…` at the start of `line`: month, day and the rest of the line.
fn month_day(line: &str) -> Option<(u32, u32, &str)> {
    let (month, rest) = digits(line)?;
    let (day, rest) = digits(rest.strip_prefix('月')?)?;
    let rest = rest.strip_prefix('日')?;
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some((month, day, rest))
}

/// The meeting a dateline names: `在…会议上` or `1月15日,…召开`.
fn meeting_name(line: &str) -> Option<String> {
    if let Some(rest) = line.strip_prefix("——") {
        let (_, after) = rest.split_once('在')?;
        let name = after.strip_suffix('上').unwrap_or(after);
        return Some(name.trim().to_string());
    }
    let (_, _, rest) = month_day(line)?;
    let rest = rest.trim_start_matches([',', '，', ' ']);
    let name = rest.split([',', '，', '。']).next()?;
    let name = name.strip_suffix("召开").unwrap_or(name);
    (!name.is_empty()).then(|| name.to_string())
}

/// The year the report covers: `2020年工作`, `2023年工作回顾`, `报告2020年工作`.
fn report_year(text: &str) -> Option<u32> {
    text.match_indices("年工作")
        .chain(text.match_indices("年政府工作"))
        .find_map(|(i, _)| {
            let before = text.get(..i)?;
            let tail: String = before
                .chars()
                .rev()
                .take_while(char::is_ascii_digit)
                .collect();
            let year: u32 = tail.chars().rev().collect::<String>().parse().ok()?;
            (1900..=2200).contains(&year).then_some(year)
        })
}

/// The first district, county or city the header names (二七区, 禾丰县, 云江市).
fn district(text: &str) -> Option<String> {
    const NOT_NAMES: [&str; 15] = [
        "全区", "全市", "全县", "全镇", "全乡", "本市", "城市", "社区", "园区", "城区", "片区",
        "辖区", "县市", "各区", "乡镇",
    ];
    let chars: Vec<char> = text.chars().collect();
    (2..chars.len()).find_map(|i| {
        if !matches!(chars[i], '区' | '县' | '市' | '镇' | '乡') {
            return None;
        }
        // 海湾新区, 高新区: a 新区 takes one more character of name.
        let first = if chars[i - 1] == '新' && i >= 3 {
            i - 3
        } else {
            i - 2
        };
        let name: String = chars[first..=i].iter().collect();
        let pair: String = chars[i - 1..=i].iter().collect();
        let cjk = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
        let ok = chars[first..i].iter().all(|&c| cjk(c))
            && !NOT_NAMES.contains(&pair.as_str())
            && !NOT_NAMES.iter().any(|n| name.ends_with(n))
            && !"在于和与代表向的".contains(chars[first]);
        ok.then_some(name)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Found {
        let found = extract(text);
        assert_eq!(found.len(), 1, "{text}: {found:#?}");
        found.into_iter().next().unwrap()
    }

    fn hedges(f: &Found) -> Vec<&str> {
        f.hedges.iter().map(|h| h.as_str()).collect()
    }

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

    #[test]
    fn quotes_keep_the_status_hedge_of_their_sentence() {
        let found = extract("2020年,全区地区生产总值预计完成773亿元,同比增长1.2%\n");
        assert_eq!(found.len(), 2);
        assert_eq!(hedges(&found[1]), ["预计"]);
        assert_eq!(found[1].quote, "预计完成773亿元,同比增长1.2%");
        assert_eq!(found[1].label, "地区生产总值增速");
        let f = one("高新技术企业拟新认定47家");
        assert_eq!(hedges(&f), ["拟"]);
    }

    #[test]
    fn labels_name_the_thing_counted() {
        assert_eq!(one("成立174个临时党支部").label, "成立临时党支部");
        assert_eq!(
            one("发动区直机关人员、老党员、志愿者等两万多名").label,
            "发动区直机关人员、老党员、志愿者"
        );
        assert_eq!(
            extract("“一环十横十纵”一期工程3条道路以及17条区管道路")[0].label,
            "一环十横十纵一期工程道路"
        );
        assert_eq!(
            one("郑州丰捷创新科技园、万科水晶城等65个计划新开工项目顺利开工").label,
            "计划新开工项目顺利开工"
        );
        let found = extract("累计帮扶企业3078家、解决用工5.58万人、减免税费18.5亿元");
        let labels: Vec<&str> = found.iter().map(|f| f.label.as_str()).collect();
        assert_eq!(labels, ["累计帮扶企业", "解决用工", "减免税费"]);
    }

    #[test]
    fn figures_of_one_unit_and_kind_are_proposed_as_bars_with_a_placeholder_title() {
        let report =
            draft("一、回顾\n\n新建学校3所、医院2所。新增企业30家、商户20家、工厂5家，增长5%。\n");
        let charts = &report.sections[0].charts;
        assert_eq!(charts.len(), 2);
        assert_eq!(
            charts[0].figure_ids(),
            ["overview_3", "overview_4", "overview_5"]
        );
        assert_eq!(charts[1].figure_ids(), ["overview_1", "overview_2"]);
        assert!(charts[0].title().zh.starts_with(TODO));
        assert!(crate::validate::validate(&report).is_empty());
    }

    #[test]
    fn headings_give_sections() {
        let text = "某某区2021年工作报告\n\n1月5日,某某区委全会召开。这是一段导语，说明了报告的背景和要求。\n\n一、2021年工作回顾\n\n全区地区生产总值完成100亿元、增长5%。\n\n（一）坚持创新驱动，产业升级。新增企业30家。\n\n（二）坚持民生优先，福祉增进。新建学校3所。\n\n二、2022年主要目标\n\n地区生产总值增长6%左右。\n";
        let report = draft(text);
        let titles: Vec<&str> = report
            .sections
            .iter()
            .map(|s| s.title.zh.as_str())
            .collect();
        assert_eq!(
            titles,
            [
                "2021年工作回顾",
                "坚持创新驱动，产业升级",
                "坚持民生优先，福祉增进",
                "2022年主要目标"
            ]
        );
        assert_eq!(report.sections[0].kind, SectionKind::Kpi);
        assert_eq!(report.sections[0].figures.len(), 2);
        assert_eq!(report.meta.year, 2021);
        assert_eq!(report.meta.meeting_date, "2022-01-05");
        assert_eq!(report.meta.district.zh, "某某区");
        assert!(crate::validate::validate(&report).is_empty());
    }
}
