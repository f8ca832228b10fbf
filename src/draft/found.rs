//! A figure as found in the text, and the data file's figure it becomes.

use super::todo::{todo_text, TODO};
use crate::model::{Figure, FigureKind, Hedge, Lang};
use crate::number::split_unit;

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
        crate::format::figure(&figure(self, "found"), Lang::Zh, 1.0).joined()
    }
}

/// The data file's figure for `found`, with the id `id` and placeholders for its English.
pub(super) fn figure(found: &Found, id: &str) -> Figure {
    let rest = split_unit(&found.unit).rest;
    let unit_en = crate::units::english(rest).is_none().then(|| match rest {
        "％" => "%".to_string(),
        _ => format!("{TODO}: {rest} in English"),
    });
    Figure {
        unit_en,
        hedges: found.hedges.clone(),
        quote: found.quote.clone(),
        ..Figure::new(
            id,
            todo_text(
                &found.label,
                &format!("English label for “{}”", found.label),
            ),
            &found.value,
            &found.unit,
            found.kind,
        )
    }
}
