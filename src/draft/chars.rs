//! The text as characters for the scan: where clauses and sentences end, which characters are
//! Chinese numerals, and of each place whether it is quoted or in a title and which line it is
//! on; and a text clipped to a length.

/// Characters of Chinese numerals.
const NUMERAL_CHARS: &str = "零〇一二两三四五六七八九十百千";

/// Clause boundaries: a figure's quote and label do not cross them.
pub(super) fn is_clause_end(c: char) -> bool {
    matches!(
        c,
        '，' | ',' | '。' | '；' | ';' | '：' | ':' | '！' | '!' | '？' | '?' | '\n'
    )
}

/// Sentence boundaries: a 预计 covers the figures after it up to one.
pub(super) fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '；' | ';' | '！' | '!' | '？' | '?' | '\n')
}

/// Whether `c` is a Chinese numeral (一, 两, 十, 百 …).
pub(super) fn is_numeral(c: char) -> bool {
    NUMERAL_CHARS.contains(c)
}

/// The text as characters, with what the scan needs to know of each place.
pub(super) struct Chars {
    /// The characters of the text.
    pub(super) chars: Vec<char>,
    /// Inside quotation marks (“…”, 「…」) or a title (《…》).
    pub(super) quoted: Vec<bool>,
    /// Inside a title (《…》): nothing there is a figure.
    pub(super) titled: Vec<bool>,
    /// The line of each character, from 1.
    pub(super) line: Vec<usize>,
}

impl Chars {
    /// The characters of `text`, with the quotations, titles and lines they are in.
    pub(super) fn new(text: &str) -> Self {
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

    /// The character at `i`, if any.
    pub(super) fn at(&self, i: usize) -> Option<char> {
        self.chars.get(i).copied()
    }

    /// The character before `i`, if any.
    pub(super) fn before(&self, i: usize) -> Option<char> {
        i.checked_sub(1).and_then(|j| self.at(j))
    }

    /// Whether the text at `i` starts with `word`.
    pub(super) fn starts(&self, i: usize, word: &str) -> bool {
        (i..).zip(word.chars()).all(|(j, c)| self.at(j) == Some(c))
    }

    /// Whether the text ending at `end` (exclusive) ends with `word`.
    pub(super) fn ends(&self, end: usize, word: &str) -> bool {
        let len = word.chars().count();
        end >= len && self.starts(end - len, word)
    }

    /// The characters `from..to`, as a string (clamped to the text).
    pub(super) fn slice(&self, from: usize, to: usize) -> String {
        self.chars[from.min(to)..to.min(self.chars.len())]
            .iter()
            .collect()
    }

    /// The start of the clause (or, with `sentence`, the sentence) that `i` is in.
    pub(super) fn start_of(&self, i: usize, end: fn(char) -> bool) -> usize {
        let mut j = i;
        while j > 0 && !end(self.chars[j - 1]) {
            j -= 1;
        }
        j
    }

    /// The end (exclusive) of the clause that `i` is in.
    pub(super) fn end_of(&self, i: usize, end: fn(char) -> bool) -> usize {
        let mut j = i;
        while j < self.chars.len() && !end(self.chars[j]) {
            j += 1;
        }
        j
    }
}

/// `text` cut to at most `chars` characters.
pub(super) fn clip(text: &str, chars: usize) -> String {
    text.chars().take(chars).collect()
}
