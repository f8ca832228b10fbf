//! The headings of the text and the sections they give: numbered parts (一、…) and sections
//! ((一)…), Markdown headings, short lines of work (坚持…), and paragraph heads; where the
//! header ends; and each section's id by the words of its title.

use super::chars::{clip, is_numeral};

/// A heading of the text, and where its section's body starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Heading {
    /// The heading's words, without its number.
    pub(super) title: String,
    /// Where the heading starts, in characters.
    pub(super) at: usize,
    /// A top-level part (一、…), whose own text comes before its sections.
    pub(super) part: bool,
    /// Written as a heading of its own, not as the first words of a paragraph.
    pub(super) own_line: bool,
}

/// Words that open the paragraph heads of work reports when they stand on their own line.
const HEAD_VERBS: [&str; 12] = [
    "坚持", "聚焦", "着力", "加快", "深化", "推动", "持续", "全力", "突出", "强化", "推进", "扎实",
];

/// The headings of the text (in reading order), and where the header (headline, subtitle,
/// dateline, credit) ends.
pub(super) fn headings(text: &str) -> (Vec<Heading>, usize) {
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
pub(super) const OVERVIEW_WORDS: [&str; 7] =
    ["答卷", "成绩单", "指标", "数据", "回顾", "概览", "数读"];

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

/// The id of the section titled `title`, the `index`th: by the words of its title, or
/// `section-N`; with a number after it where one of `taken` has it already.
pub(super) fn section_id(title: &str, index: usize, taken: &[String]) -> String {
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
