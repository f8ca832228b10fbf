//! Big-number tiles for single figures of mixed units: the exact figure, large, counting up, with
//! its label beneath.

use super::frame::Frame;
use crate::format;
use crate::model::{Figure, Lang};
use crate::scene::{Align, Scene, Shape};
use crate::text::{bold_text_width, wrap_text, FigureSet, FIGURE_LINE_EM};
use crate::theme::size;

/// A tile's height with two label lines; each line more adds [`LINE_CSS`].
const TILE_CSS: f64 = 88.0;
const GAP_CSS: f64 = 10.0;
/// Space between a tile's edge and its text.
const PAD_CSS: f64 = 12.0;
/// The label's line height.
const LINE_CSS: f64 = 17.0;
/// The most lines a label takes: English labels on a phone need three to be read whole.
const MAX_LABEL_LINES: usize = 3;

/// The most columns (up to 4, fewer on narrow screens) at which every figure fits its tile at
/// the smallest number size.
fn columns(figures: &[&Figure], width_css: f64, lang: Lang) -> usize {
    let wanted = if width_css >= 560.0 {
        4
    } else if width_css >= 420.0 {
        3
    } else {
        2
    };
    let widest = figures
        .iter()
        .map(|f| bold_text_width(&format::figure(f, lang, 1.0).joined(), size::VALUE))
        .fold(0.0, f64::max);
    let fitting = (1..=wanted.min(figures.len().max(1)))
        .rev()
        .find(|&cols| tile_width(cols, width_css) - 2.0 * PAD_CSS >= widest)
        .unwrap_or(1);
    // Balance the rows: four tiles in three columns would leave one alone, so use two.
    let rows = figures.len().max(1).div_ceil(fitting);
    figures.len().max(1).div_ceil(rows)
}

fn tile_width(cols: usize, width_css: f64) -> f64 {
    (width_css - GAP_CSS * (cols as f64 - 1.0)) / cols as f64
}

/// Each figure's label in lines at most `inner` wide.
fn label_lines(figures: &[&Figure], inner: f64, lang: Lang) -> Vec<Vec<String>> {
    figures
        .iter()
        .map(|f| wrap_text(f.label.get(lang), size::LABEL, inner, MAX_LABEL_LINES))
        .collect()
}

/// Each figure's number set to fit `inner`: large, or smaller, or with its leading words on a
/// line of their own.
fn number_sets(figures: &[&Figure], inner: f64, lang: Lang) -> Vec<FigureSet> {
    figures
        .iter()
        .map(|f| {
            let parts = format::figure(f, lang, 1.0);
            FigureSet::fit(&parts, true, size::BIG, size::VALUE, inner)
        })
        .collect()
}

/// How far a second line of a number sets the label down.
fn number_extra(set: &FigureSet) -> f64 {
    (set.line_count() - 1) as f64 * set.size * FIGURE_LINE_EM
}

/// The tiles' height: room for the longest label, two lines at least, and the tallest number.
fn tile_height(labels: &[Vec<String>], numbers: &[FigureSet]) -> f64 {
    let lines = labels.iter().map(Vec::len).fold(2, usize::max);
    let extra = numbers.iter().map(number_extra).fold(0.0, f64::max);
    TILE_CSS + (lines - 2) as f64 * LINE_CSS + extra
}

/// The chart's height for `figures` at `width_css`.
pub(super) fn height(figures: &[&Figure], width_css: f64, lang: Lang) -> f64 {
    let cols = columns(figures, width_css, lang);
    let inner = tile_width(cols, width_css) - 2.0 * PAD_CSS;
    let tile = tile_height(
        &label_lines(figures, inner, lang),
        &number_sets(figures, inner, lang),
    );
    let rows = figures.len().div_ceil(cols);
    (rows as f64 * (tile + GAP_CSS) - GAP_CSS).max(0.0)
}

pub(super) fn draw(frame: &Frame, figures: &[&Figure], scene: &mut Scene) {
    let theme = frame.theme;
    let cols = columns(figures, frame.width_css, frame.lang);
    let tile_w = tile_width(cols, frame.width_css);
    let inner = tile_w - 2.0 * PAD_CSS;
    let labels = label_lines(figures, inner, frame.lang);
    let numbers = number_sets(figures, inner, frame.lang);
    let tile_h = tile_height(&labels, &numbers);
    for (i, ((figure, label), set)) in figures.iter().zip(labels).zip(&numbers).enumerate() {
        let progress = frame.progress(i);
        let (x, y) = (
            (i % cols) as f64 * (tile_w + GAP_CSS),
            (i / cols) as f64 * (tile_h + GAP_CSS),
        );
        scene.push(Shape::Rect {
            x,
            y,
            w: tile_w,
            h: tile_h,
            radius: 10.0,
            color: theme.panel,
        });
        scene.push(Shape::Rect {
            x,
            y: y + 14.0,
            w: 3.0,
            h: 26.0,
            radius: 1.5,
            color: theme.accent.with_alpha(progress),
        });
        scene.mark(figure, [x, y, tile_w, tile_h], [x, y, tile_w, tile_h]);
        let counting = format::figure(figure, frame.lang, frame.counted(i));
        for (k, line) in set.lines(&counting).into_iter().enumerate() {
            scene.text(
                x + PAD_CSS,
                y + 28.0 + k as f64 * set.size * FIGURE_LINE_EM,
                line,
                set.size,
                true,
                theme.accent,
                Align::Start,
            );
        }
        let label_top = y + 56.0 + number_extra(set);
        for (k, line) in label.into_iter().enumerate() {
            scene.text(
                x + PAD_CSS,
                label_top + k as f64 * LINE_CSS,
                line,
                size::LABEL,
                false,
                theme.muted,
                Align::Start,
            );
        }
    }
}
