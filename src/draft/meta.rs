//! Meta data from the header: the headline, the dateline and the meeting it names, the credit,
//! and the district and the year the report covers.

use super::chars::clip;
use super::todo::{todo_both, todo_text, TODO};
use crate::model::{Meta, Source};

/// Meta data from the header: the headline, a dateline (——2025年1月14日在…会议上, or
/// 1月15日,…会议召开), the credit (记者 …, …市长 …), and the district and year they name.
pub(super) fn meta(text: &str, header_end: usize) -> Meta {
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
