//! Text metrics and setting for the core, which cannot measure fonts: width estimates by
//! character class, cutting with `…`, fitting sizes, wrapping lines where the language allows,
//! and setting a figure so its number is never cut ([`FigureSet`]).

use crate::anim::clamp;
use crate::format::Parts;

/// An estimate of a text's width in CSS px. The core cannot measure fonts, so it estimates from
/// character classes with a margin: CJK and full-width characters are one em, digits about 0.58
/// em, other ASCII about 0.55 em.
pub fn text_width(text: &str, size: f64) -> f64 {
    width_units(text) * size
}

/// A text's estimated width at size 1.
fn width_units(text: &str) -> f64 {
    text.chars().map(char_units).sum()
}

/// A character's estimated width at size 1.
fn char_units(c: char) -> f64 {
    match c {
        '0'..='9' => 0.58,
        '.' | ',' | ':' | ';' | '!' | '|' | 'i' | 'l' | 'j' | '\'' => 0.3,
        ' ' => 0.3,
        'A'..='Z' | 'm' | 'w' | '%' => 0.72,
        c if c.is_ascii() => 0.56,
        _ => 1.0,
    }
}

/// The estimated width of a text in its font: [`text_width`] or [`bold_text_width`].
pub fn estimated_width(text: &str, size: f64, bold: bool) -> f64 {
    if bold {
        bold_text_width(text, size)
    } else {
        text_width(text, size)
    }
}

/// An estimate of a bold text's width: bold glyphs run about a tenth wider.
pub fn bold_text_width(text: &str, size: f64) -> f64 {
    text_width(text, size) * BOLD_WIDTH
}

/// How much wider bold text runs than regular text.
pub const BOLD_WIDTH: f64 = 1.1;

/// The text cut to fit `max_width` at `size`, ending in `…` when cut.
pub fn fit_text(text: &str, size: f64, max_width: f64) -> String {
    if text_width(text, size) <= max_width {
        return text.to_string();
    }
    let budget = max_width - text_width("…", size);
    let mut out = String::new();
    let mut width = 0.0;
    for c in text.chars() {
        let w = text_width(c.encode_utf8(&mut [0; 4]), size);
        if width + w > budget {
            break;
        }
        width += w;
        out.push(c);
    }
    out.push('…');
    out
}

/// Line height of a figure set on more than one line, in ems.
pub const FIGURE_LINE_EM: f64 = 1.2;

/// How a figure's text is set in the room it has: a number is never cut, so it shrinks, and if
/// it must, the words before the number (预计增长, expected up) go on a line of their own. The
/// number never leaves its unit or hedge (`773亿元`, `77.3 billion yuan` stay whole).
///
/// A set is decided on the figure's final text, so the size and lines stay put while its
/// number counts.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureSet {
    /// The font size.
    pub size: f64,
    /// Whether the words before the number have a line of their own.
    pub split: bool,
}

impl FigureSet {
    /// The largest set of `parts` from `max_size` down: on one line if it fits at `min_size`
    /// or more; else on two lines; else, below `min_size`, as large as fits.
    pub fn fit(parts: &Parts, bold: bool, max_size: f64, min_size: f64, max_width: f64) -> Self {
        let factor = if bold { BOLD_WIDTH } else { 1.0 };
        let one = width_units(&parts.joined()) * factor;
        if one * min_size <= max_width || parts.before.trim().is_empty() {
            let size = if one > 0.0 { max_width / one } else { max_size };
            return FigureSet {
                size: size.min(max_size),
                split: false,
            };
        }
        let lines = figure_lines(parts, true);
        let widest = lines
            .iter()
            .map(|l| width_units(l) * factor)
            .fold(0.0, f64::max);
        FigureSet {
            size: (max_width / widest).min(max_size),
            split: true,
        }
    }

    /// The lines of `parts` (the final text or a counting one) in this set.
    pub fn lines(&self, parts: &Parts) -> Vec<String> {
        figure_lines(parts, self.split)
    }

    /// How many lines the set takes.
    pub fn line_count(&self) -> usize {
        if self.split {
            2
        } else {
            1
        }
    }

    /// The set's height: its lines at [`FIGURE_LINE_EM`].
    pub fn height(&self) -> f64 {
        self.line_count() as f64 * self.size * FIGURE_LINE_EM
    }
}

/// A figure's text on one line, or split after the words before its number.
fn figure_lines(parts: &Parts, split: bool) -> Vec<String> {
    if split && !parts.before.trim().is_empty() {
        vec![
            parts.before.trim().to_string(),
            format!("{}{}", parts.number, parts.after),
        ]
    } else {
        vec![parts.joined()]
    }
}

/// `text` cut to fit `max_width` in its font (bold or not), ending in `…` when cut.
pub fn fit_text_in(text: &str, size: f64, bold: bool, max_width: f64) -> String {
    if bold {
        fit_text(text, size, max_width / BOLD_WIDTH)
    } else {
        fit_text(text, size, max_width)
    }
}

/// The largest font size from `max_size` down to `min_size` at which `text` fits `max_width`.
pub fn fit_size(text: &str, max_size: f64, min_size: f64, max_width: f64) -> f64 {
    let at_one = text_width(text, 1.0);
    if at_one <= 0.0 {
        return max_size;
    }
    clamp(max_width / at_one, min_size, max_size)
}

/// Whether `c` belongs to a word or number that a line must not break: ASCII letters and digits,
/// and a number's point, separator and percent sign.
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | ',' | '%')
}

/// Splits a text into lines no wider than `max_width`, at most `max_lines`; the last is cut with `…`.
pub fn wrap_text(text: &str, size: f64, max_width: f64, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    // The line's width at size 1, kept as characters are added (summed in the same order as
    // `text_width`, so the same lines result without measuring each line again per character).
    let mut units = 0.0;
    for (at, c) in text.char_indices() {
        if (units + char_units(c)) * size <= max_width || line.is_empty() {
            line.push(c);
            units += char_units(c);
            continue;
        }
        if lines.len() + 1 >= max_lines {
            let rest = text.get(at..).unwrap_or_default();
            lines.push(fit_text(&format!("{line}{rest}"), size, max_width));
            return lines;
        }
        // Latin words and numbers (9, 91.3%, 1,054) move whole to the next line, in Chinese text
        // too; CJK text breaks between any other characters. A word longer than a line breaks.
        let word_start = if is_word_char(c) {
            line.char_indices()
                .rev()
                .find(|&(_, ch)| !is_word_char(ch))
                .map(|(i, ch)| i + ch.len_utf8())
                .filter(|&i| i > 0 && i < line.len())
        } else {
            None
        };
        match word_start {
            Some(i) => {
                let word = line.split_off(i);
                lines.push(line.trim_end().to_string());
                line = word;
            }
            None => lines.push(std::mem::take(&mut line).trim_end().to_string()),
        }
        if !(line.is_empty() && c.is_whitespace()) {
            line.push(c);
        }
        units = width_units(&line);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_is_wider_than_digits() {
        assert!(text_width("二七", 10.0) > text_width("27", 10.0));
        assert_eq!(text_width("", 10.0), 0.0);
    }

    #[test]
    fn fitting_cuts_with_an_ellipsis() {
        let cut = fit_text("城乡接合部工程类项目完成情况", 13.0, 80.0);
        assert!(cut.ends_with('…'));
        assert!(text_width(&cut, 13.0) <= 80.0);
        assert_eq!(fit_text("短", 13.0, 80.0), "短");
    }

    #[test]
    fn fit_size_shrinks_long_numbers_within_bounds() {
        assert_eq!(fit_size("12", 26.0, 14.0, 500.0), 26.0);
        let s = fit_size("82.25万平方米", 26.0, 14.0, 120.0);
        assert!((14.0..26.0).contains(&s));
        assert_eq!(fit_size("82.25万平方米", 26.0, 14.0, 10.0), 14.0);
    }

    #[test]
    fn wrapping_respects_width_and_line_count() {
        let lines = wrap_text(
            "二七广场下穿隧道工程 · 德化街 · 二七特色商业区 · 二七广场周边区域",
            12.0,
            120.0,
            2,
        );
        assert_eq!(lines.len(), 2);
        for l in &lines {
            assert!(text_width(l, 12.0) <= 120.0, "{l}");
        }
        assert!(lines[1].ends_with('…'));
        assert_eq!(wrap_text("短句", 12.0, 120.0, 2), vec!["短句".to_string()]);
        // A number in Chinese text moves whole to the next line.
        let lines = wrap_text("「主要农作物耕种收综合机械化率达到91.3%」", 12.0, 215.0, 2);
        assert_eq!(lines, ["「主要农作物耕种收综合机械化率达到", "91.3%」"]);
        // English breaks between words, not inside them.
        let lines = wrap_text(
            "Villages and communities that held elections",
            12.0,
            120.0,
            3,
        );
        assert_eq!(lines[0], "Villages and");
        assert!(
            lines
                .iter()
                .all(|l| !l.starts_with(' ') && text_width(l, 12.0) <= 120.0),
            "{lines:?}"
        );
    }
}
