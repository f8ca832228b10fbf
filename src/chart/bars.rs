//! Horizontal bars comparing figures of one unit: a label above each bar, the exact figure at
//! its end. Bars grow one after another; lengths are proportional to the values from zero.

use super::frame::Frame;
use crate::format;
use crate::model::{Figure, Lang};
use crate::scene::{Align, Scene, Shape};
use crate::text::{bold_text_width, fit_text, FigureSet, FIGURE_LINE_EM};
use crate::theme::size;

/// Height of one bar's row: its label line and its bar.
const ROW_CSS: f64 = 50.0;
/// Height of a stacked row (see [`stacked`]): its label line, its value line and its bar.
const STACKED_ROW_CSS: f64 = 68.0;
/// Thickness of a bar.
const BAR_CSS: f64 = 14.0;

/// Whether the values go on a line of their own between each label and its bar, over
/// full-width bars: when at the bars' ends (`value_room` wide) they would leave the bars under
/// half the width (English amounts on a phone). Beside the label they cut it to a few words.
fn stacked(width_css: f64, value_room: f64) -> bool {
    width_css - value_room < width_css * 0.45
}

/// The room the widest value takes at a bar's end.
fn value_room(figures: &[&Figure], lang: Lang) -> f64 {
    figures
        .iter()
        .map(|f| bold_text_width(&format::figure(f, lang, 1.0).joined(), size::VALUE))
        .fold(0.0, f64::max)
        + 12.0
}

/// How the values are set on their own lines in a stacked chart: one set for all, decided by
/// the widest, so every row is alike. A value too wide for the line shrinks, or puts its words
/// before the number on a line of their own; it is never cut.
fn stacked_set(figures: &[&Figure], width_css: f64, lang: Lang) -> FigureSet {
    figures
        .iter()
        .map(|f| {
            let parts = format::figure(f, lang, 1.0);
            FigureSet::fit(&parts, true, size::VALUE, size::NOTE, width_css)
        })
        .fold(
            FigureSet {
                size: size::VALUE,
                split: false,
            },
            |a, b| FigureSet {
                size: a.size.min(b.size),
                split: a.split || b.split,
            },
        )
}

/// How the rows are laid out at one width, decided once per frame from the final texts.
struct Rows {
    /// The room the widest value takes at a bar's end.
    value_room: f64,
    /// How the values are set when they have lines of their own; `None` at the bars' ends.
    stacked: Option<FigureSet>,
    /// A row's height: the label line, the value's lines when stacked, the bar.
    height: f64,
}

fn rows(figures: &[&Figure], width_css: f64, lang: Lang) -> Rows {
    let value_room = value_room(figures, lang);
    let stacked = stacked(width_css, value_room).then(|| stacked_set(figures, width_css, lang));
    let height = match &stacked {
        Some(set) => STACKED_ROW_CSS + (set.line_count() - 1) as f64 * set.size * FIGURE_LINE_EM,
        None => ROW_CSS,
    };
    Rows {
        value_room,
        stacked,
        height,
    }
}

/// The chart's height for `figures` at `width_css`.
pub(super) fn height(figures: &[&Figure], width_css: f64, lang: Lang) -> f64 {
    figures.len() as f64 * rows(figures, width_css, lang).height + 4.0
}

pub(super) fn draw(frame: &Frame, figures: &[&Figure], scene: &mut Scene) {
    let theme = frame.theme;
    let values: Vec<f64> = figures
        .iter()
        .map(|f| f.quantity().map_or(0.0, |q| q.absolute.abs()))
        .collect();
    let max = values.iter().copied().fold(0.0, f64::max);
    let rows = rows(figures, frame.width_css, frame.lang);
    let row_css = rows.height;
    let track = match rows.stacked {
        Some(_) => frame.width_css,
        None => frame.width_css - rows.value_room,
    };
    for (i, (figure, value)) in figures.iter().zip(&values).enumerate() {
        let progress = frame.progress(i);
        let top = i as f64 * row_css;
        let counting = format::figure(figure, frame.lang, frame.counted(i));
        scene.text(
            0.0,
            top + 10.0,
            fit_text(figure.label.get(frame.lang), size::LABEL, frame.width_css),
            size::LABEL,
            false,
            theme.muted,
            Align::Start,
        );
        // Stacked, the value's lines sit between the label and the bar.
        let bar_y = top
            + match rows.stacked {
                Some(_) => 40.0 + (row_css - STACKED_ROW_CSS),
                None => 22.0,
            };
        let full = if max > 0.0 { value / max * track } else { 0.0 };
        // A non-zero value always shows at least a sliver, so it never reads as zero.
        let full = if *value > 0.0 { full.max(BAR_CSS) } else { 0.0 };
        let length = full * progress;
        scene.push(Shape::Rect {
            x: 0.0,
            y: bar_y,
            w: length,
            h: BAR_CSS,
            radius: BAR_CSS / 2.0,
            color: theme.accent,
        });
        scene.mark(
            figure,
            [0.0, bar_y, full, BAR_CSS],
            [0.0, top, frame.width_css, row_css],
        );
        let ink = theme.ink.with_alpha(0.25 + 0.75 * progress);
        if let Some(set) = &rows.stacked {
            for (k, line) in set.lines(&counting).into_iter().enumerate() {
                let y = top + 28.0 + k as f64 * set.size * FIGURE_LINE_EM;
                scene.text(0.0, y, line, set.size, true, ink, Align::Start);
            }
        } else {
            let y = bar_y + BAR_CSS / 2.0;
            let shown = counting.joined();
            scene.text(length + 8.0, y, shown, size::VALUE, true, ink, Align::Start);
        }
    }
}
