//! A part drawn inside its whole (367 of 388.1亿元): the whole as a track, the part filling it,
//! and the part's share of the whole, marked as derived because the report does not state it.

use super::{fit_text, Align, Frame, Scene, Shape};
use crate::anim::clamp;
use crate::format::{figure_parts_at_in, figure_text_in};
use crate::model::{Figure, Lang};
use crate::number::{absolute, parse_written};
use crate::numtext::fixed;
use crate::theme::size;

/// The chart's height.
pub(super) const HEIGHT: f64 = 112.0;
const TRACK_CSS: f64 = 20.0;

/// The part's share of the whole in %, if both are numbers and the whole is positive.
pub fn share_percent(part: &Figure, whole: &Figure) -> Option<f64> {
    let p = parse_written(&part.value).ok()?;
    let w = parse_written(&whole.value).ok()?;
    let (p, w) = (
        absolute(p.value, &part.unit),
        absolute(w.value, &whole.unit),
    );
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

pub(super) fn draw(frame: &Frame, part: &Figure, whole: &Figure, scene: &mut Scene) {
    let theme = frame.theme;
    let width = frame.width_css;
    let progress = frame.progress(0);
    let counted = frame.counted(0);
    let share = share_percent(part, whole).unwrap_or(0.0);
    scene.text(
        0.0,
        10.0,
        fit_text(part.label.get(frame.lang), size::LABEL, width * 0.6),
        size::LABEL,
        false,
        theme.muted,
        Align::Start,
    );
    scene.text(
        0.0,
        36.0,
        figure_parts_at_in(part, frame.lang, counted).joined(),
        size::LEAD,
        true,
        theme.accent,
        Align::Start,
    );
    let share_text = share_of_whole(frame.lang, &percent_text(share * counted));
    scene.text(
        width,
        10.0,
        derived_note(frame.lang),
        size::NOTE,
        false,
        theme.muted,
        Align::End,
    );
    scene.text(
        width,
        36.0,
        share_text,
        size::LEAD,
        true,
        theme.ink,
        Align::End,
    );
    let track_y = 58.0;
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
            HEIGHT - track_y - TRACK_CSS,
        ],
    );
    let whole_line = format!(
        "{} {}",
        whole.label.get(frame.lang),
        figure_text_in(whole, frame.lang)
    );
    scene.text(
        0.0,
        96.0,
        fit_text(&whole_line, size::LABEL, width),
        size::LABEL,
        false,
        theme.muted,
        Align::Start,
    );
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
