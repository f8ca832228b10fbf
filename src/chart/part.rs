//! A part drawn inside its whole (367 of 388.1亿元): the whole as a track, the part filling it,
//! and the part's share of the whole, marked as derived because the report does not state it.

use super::frame::Frame;
use crate::anim::clamp;
use crate::format;
use crate::model::{Figure, Lang};
use crate::numtext::fixed;
use crate::scene::{Align, Scene, Shape};
use crate::text::{
    bold_text_width, fit_size, fit_text, text_width, FigureSet, BOLD_WIDTH, FIGURE_LINE_EM,
};
use crate::theme::size;

const TRACK_CSS: f64 = 20.0;

/// The part's share of the whole in %, if both are numbers and the whole is positive.
pub fn share_percent(part: &Figure, whole: &Figure) -> Option<f64> {
    let (p, w) = (part.quantity()?.absolute, whole.quantity()?.absolute);
    (w > 0.0).then(|| clamp(p / w * 100.0, 0.0, 100.0))
}

/// A derived share as shown: one decimal, trailing zero dropped (94.6%, 54%).
pub fn percent_text(percent: f64) -> String {
    let rounded = (percent * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{}%", fixed(rounded, 0))
    } else {
        format!("{}%", fixed(rounded, 1))
    }
}

/// The note that marks a share as computed, not reported.
pub fn derived_note(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "推算",
        Lang::En => "derived",
    }
}

/// A part's share of its whole as shown: 占94.6% / 94.6% of the whole.
fn share_of_whole(lang: Lang, percent: &str) -> String {
    match lang {
        Lang::Zh => format!("占{percent}"),
        Lang::En => format!("{percent} of total"),
    }
}

/// Where everything of a part-of-whole chart goes at one width, decided on the final texts so
/// nothing moves while the numbers count.
struct Layout {
    /// The part's figure: its size and lines.
    value: FigureSet,
    /// The share's size.
    share_size: f64,
    /// Whether the share stands right of the part's figure, on its line; else on a line below.
    share_beside: bool,
    /// The middle of the share's line.
    share_y: f64,
    /// The top of the track.
    track_y: f64,
    /// The whole's line: its label, cut if need be, and its figure, never cut.
    whole_lines: Vec<String>,
    /// The size of the whole's lines.
    whole_size: f64,
    /// The middle of the whole's first line.
    whole_y: f64,
    /// The chart's height.
    height: f64,
}

/// The gap between two texts on one line.
const GAP_CSS: f64 = 12.0;

fn layout(part: &Figure, whole: &Figure, width: f64, lang: Lang) -> Layout {
    let value_parts = format::figure(part, lang, 1.0);
    let share = share_of_whole(
        lang,
        &percent_text(share_percent(part, whole).unwrap_or(0.0)),
    );
    let both = bold_text_width(&format!("{}{share}", value_parts.joined()), 1.0);
    let beside_size = ((width - GAP_CSS) / both).min(size::LEAD);
    let (value, share_size, share_beside) = if beside_size >= size::VALUE {
        let set = FigureSet {
            size: beside_size,
            split: false,
        };
        (set, beside_size, true)
    } else {
        let set = FigureSet::fit(&value_parts, true, size::LEAD, size::VALUE, width);
        let share_size = fit_size(&share, size::LEAD, size::NOTE, width / BOLD_WIDTH);
        (set, share_size, false)
    };
    let value_bottom = VALUE_Y + value.height() - value.size * FIGURE_LINE_EM + value.size / 2.0;
    let share_y = if share_beside {
        VALUE_Y
    } else {
        value_bottom + 6.0 + share_size / 2.0
    };
    let track_y = (share_y + share_size / 2.0).max(value_bottom) + 11.0;
    let whole_text = format::figure(whole, lang, 1.0).joined();
    let whole_label = whole.label.get(lang);
    let line = format!("{whole_label} {whole_text}");
    let value_width = text_width(&format!(" {whole_text}"), size::LABEL);
    let (whole_lines, whole_size) = if text_width(&line, size::LABEL) <= width {
        (vec![line], size::LABEL)
    } else if value_width <= width / 2.0 {
        let label = fit_text(whole_label, size::LABEL, width - value_width);
        (vec![format!("{label} {whole_text}")], size::LABEL)
    } else {
        let whole_parts = format::figure(whole, lang, 1.0);
        let set = FigureSet::fit(&whole_parts, false, size::LABEL, size::NOTE, width);
        let mut lines = vec![fit_text(whole_label, size::LABEL, width)];
        lines.extend(set.lines(&whole_parts));
        (lines, set.size.min(size::LABEL))
    };
    let whole_y = track_y + TRACK_CSS + 18.0;
    let whole_step = whole_size * FIGURE_LINE_EM;
    let height = whole_y + (whole_lines.len() - 1) as f64 * whole_step + 16.0;
    Layout {
        value,
        share_size,
        share_beside,
        share_y,
        track_y,
        whole_lines,
        whole_size,
        whole_y,
        height,
    }
}

/// The middle of the part's figure's first line.
const VALUE_Y: f64 = 36.0;

/// The chart's height at `width`.
pub(super) fn height(part: &Figure, whole: &Figure, width: f64, lang: Lang) -> f64 {
    layout(part, whole, width, lang).height
}

pub(super) fn draw(frame: &Frame, part: &Figure, whole: &Figure, scene: &mut Scene) {
    let theme = frame.theme;
    let width = frame.width_css;
    let progress = frame.progress(0);
    let counted = frame.counted(0);
    let share = share_percent(part, whole).unwrap_or(0.0);
    let at = layout(part, whole, width, frame.lang);
    let note = derived_note(frame.lang);
    scene.text(
        0.0,
        10.0,
        fit_text(
            part.label.get(frame.lang),
            size::LABEL,
            width - text_width(note, size::NOTE) - GAP_CSS,
        ),
        size::LABEL,
        false,
        theme.muted,
        Align::Start,
    );
    let counting = format::figure(part, frame.lang, counted);
    for (k, line) in at.value.lines(&counting).into_iter().enumerate() {
        scene.text(
            0.0,
            VALUE_Y + k as f64 * at.value.size * FIGURE_LINE_EM,
            line,
            at.value.size,
            true,
            theme.accent,
            Align::Start,
        );
    }
    scene.text(
        width,
        10.0,
        note,
        size::NOTE,
        false,
        theme.muted,
        Align::End,
    );
    let share_text = share_of_whole(frame.lang, &percent_text(share * counted));
    let (share_x, share_align) = if at.share_beside {
        (width, Align::End)
    } else {
        (0.0, Align::Start)
    };
    scene.text(
        share_x,
        at.share_y,
        share_text,
        at.share_size,
        true,
        theme.ink,
        share_align,
    );
    let track_y = at.track_y;
    scene.push(Shape::Rect {
        x: 0.0,
        y: track_y,
        w: width,
        h: TRACK_CSS,
        radius: TRACK_CSS / 2.0,
        color: theme.accent_soft,
    });
    let full = width * share / 100.0;
    scene.push(Shape::Rect {
        x: 0.0,
        y: track_y,
        w: full * progress,
        h: TRACK_CSS,
        radius: TRACK_CSS / 2.0,
        color: theme.accent,
    });
    scene.mark(
        part,
        [0.0, track_y, full, TRACK_CSS],
        [0.0, 0.0, width, track_y + TRACK_CSS],
    );
    scene.mark(
        whole,
        [0.0, track_y, width, TRACK_CSS],
        [
            0.0,
            track_y + TRACK_CSS,
            width,
            at.height - track_y - TRACK_CSS,
        ],
    );
    for (k, line) in at.whole_lines.into_iter().enumerate() {
        scene.text(
            0.0,
            at.whole_y + k as f64 * at.whole_size * FIGURE_LINE_EM,
            line,
            at.whole_size,
            false,
            theme.muted,
            Align::Start,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_percent_text() {
        assert_eq!(percent_text(94.561), "94.6%");
        assert_eq!(percent_text(53.97), "54%");
        assert_eq!(percent_text(100.0), "100%");
        assert_eq!(percent_text(0.0), "0%");
    }
}
