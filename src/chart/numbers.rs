//! Big-number tiles for single figures of mixed units: the exact figure, large, counting up, with
//! its label beneath.

use super::{bold_text_width, fit_size, wrap_text, Align, Frame, Scene, Shape, BOLD_WIDTH};
use crate::format::{figure_parts_at_in, figure_text_in};
use crate::model::{Figure, Lang};
use crate::theme::size;

const TILE_CSS: f64 = 88.0;
const GAP_CSS: f64 = 10.0;
/// Space between a tile's edge and its text.
const PAD_CSS: f64 = 12.0;

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
        .map(|f| bold_text_width(&figure_text_in(f, lang), size::VALUE))
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

/// The chart's height for `figures` at `width_css`.
pub(super) fn height(figures: &[&Figure], width_css: f64, lang: Lang) -> f64 {
    let rows = figures.len().div_ceil(columns(figures, width_css, lang));
    (rows as f64 * (TILE_CSS + GAP_CSS) - GAP_CSS).max(0.0)
}

pub(super) fn draw(frame: &Frame, figures: &[&Figure], scene: &mut Scene) {
    let theme = frame.theme;
    let cols = columns(figures, frame.width_css, frame.lang);
    let tile_w = tile_width(cols, frame.width_css);
    for (i, figure) in figures.iter().enumerate() {
        let progress = frame.progress(i);
        let (x, y) = (
            (i % cols) as f64 * (tile_w + GAP_CSS),
            (i / cols) as f64 * (TILE_CSS + GAP_CSS),
        );
        scene.push(Shape::Rect {
            x,
            y,
            w: tile_w,
            h: TILE_CSS,
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
        scene.mark(figure, [x, y, tile_w, TILE_CSS], [x, y, tile_w, TILE_CSS]);
        let inner = tile_w - 2.0 * PAD_CSS;
        // Size the number by its final text so it does not change size while counting.
        let big = fit_size(
            &figure_text_in(figure, frame.lang),
            size::BIG,
            size::VALUE,
            inner / BOLD_WIDTH,
        );
        scene.text(
            x + PAD_CSS,
            y + 28.0,
            figure_parts_at_in(figure, frame.lang, frame.counted(i)).joined(),
            big,
            true,
            theme.accent,
            Align::Start,
        );
        for (k, line) in wrap_text(figure.label.get(frame.lang), size::LABEL, inner, 2)
            .into_iter()
            .enumerate()
        {
            scene.text(
                x + PAD_CSS,
                y + 56.0 + k as f64 * 17.0,
                line,
                size::LABEL,
                false,
                theme.muted,
                Align::Start,
            );
        }
    }
}
