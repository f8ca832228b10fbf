//! Horizontal bars comparing figures of one unit: a label above each bar, the exact figure at
//! its end. Bars grow one after another; lengths are proportional to the values from zero.

use super::{bold_text_width, fit_text, Align, Frame, Scene, Shape};
use crate::format::{figure_parts_at_in, figure_text_in};
use crate::model::Figure;
use crate::number::{absolute, parse_written};
use crate::theme::size;

/// Height of one bar's row: its label line and its bar.
const ROW_CSS: f64 = 50.0;
/// Thickness of a bar.
const BAR_CSS: f64 = 14.0;

/// The chart's height for `count` bars.
pub(super) fn height(count: usize) -> f64 {
    count as f64 * ROW_CSS + 4.0
}

pub(super) fn draw(frame: &Frame, figures: &[&Figure], scene: &mut Scene) {
    let theme = frame.theme;
    let values: Vec<f64> = figures
        .iter()
        .map(|f| parse_written(&f.value).map_or(0.0, |w| absolute(w.value, &f.unit).abs()))
        .collect();
    let max = values.iter().copied().fold(0.0, f64::max);
    let label_room = figures
        .iter()
        .map(|f| bold_text_width(&figure_text_in(f, frame.lang), size::VALUE))
        .fold(0.0, f64::max)
        + 12.0;
    // Values go at the bars' ends while that leaves the bars most of the width; long values
    // (English amounts on a phone) go at the end of the label line instead, over full-width bars.
    let stacked = frame.width_css - label_room < frame.width_css * 0.45;
    let track = if stacked {
        frame.width_css
    } else {
        frame.width_css - label_room
    };
    for (i, (figure, value)) in figures.iter().zip(&values).enumerate() {
        let progress = frame.progress(i);
        let top = i as f64 * ROW_CSS;
        let shown = figure_parts_at_in(figure, frame.lang, frame.counted(i)).joined();
        let label_room = if stacked {
            frame.width_css
                - bold_text_width(&figure_text_in(figure, frame.lang), size::VALUE)
                - 10.0
        } else {
            frame.width_css
        };
        scene.text(
            0.0,
            top + 10.0,
            fit_text(figure.label.get(frame.lang), size::LABEL, label_room),
            size::LABEL,
            false,
            theme.muted,
            Align::Start,
        );
        let bar_y = top + 22.0;
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
            [0.0, top, frame.width_css, ROW_CSS],
        );
        let (x, y, align) = if stacked {
            (frame.width_css, top + 10.0, Align::End)
        } else {
            (length + 8.0, bar_y + BAR_CSS / 2.0, Align::Start)
        };
        let ink = theme.ink.with_alpha(0.25 + 0.75 * progress);
        scene.text(x, y, shown, size::VALUE, true, ink, align);
    }
}
