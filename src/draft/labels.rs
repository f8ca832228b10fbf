//! A figure's Chinese label from the words around it: the words before it in its clause and
//! the thing it counts when that follows it.

use super::chars::{is_clause_end, is_numeral, Chars};
use super::found::Found;
use crate::model::FigureKind;

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
pub(super) fn label(
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

#[cfg(test)]
mod tests {
    use crate::draft::extract;
    use crate::draft::test_support::one;

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
}
