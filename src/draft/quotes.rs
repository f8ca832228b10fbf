//! The clause a figure stands in, quoted verbatim, and the status hedge (预计, 拟) written
//! before it in its sentence or clause.

use super::chars::{is_clause_end, is_sentence_end, Chars};
use crate::model::Hedge;

/// A status hedge covering the figure that starts at `start`: 预计 earlier in its sentence
/// (预计完成773亿元, 同比增长1.2%), or 拟 earlier in its clause (拟新认定47家). Returns the
/// hedge and where it is written.
pub(super) fn status_before(chars: &Chars, start: usize) -> Option<(Hedge, usize)> {
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
pub(super) fn quote(
    chars: &Chars,
    start: usize,
    end: usize,
    from: Option<usize>,
    last_end: usize,
) -> String {
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

#[cfg(test)]
mod tests {
    use crate::draft::extract;
    use crate::draft::test_support::{hedges, one};

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
}
