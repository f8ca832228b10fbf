//! Rings: a share in % (satisfaction 99.62%), a figure out of a whole the report does not state
//! (234 of 366 days), or a completion ratio (102 of 189 projects). Shares computed here are
//! marked as derived.

use super::part::{derived_note, percent_text, share_percent};
use super::{fit_size, fit_text, wrap_text, Align, Frame, Scene, Shape, BOLD_WIDTH};
use crate::anim::clamp;
use crate::format::{figure_parts_at_in, figure_text_in};
use crate::model::{Figure, OutOf};
use crate::number::parse_written;
use crate::theme::size;

/// The chart's height.
pub(super) const HEIGHT: f64 = 150.0;
const RADIUS: f64 = 62.0;
const THICKNESS: f64 = 16.0;
/// Where the text beside the ring starts.
const TEXT_LEFT: f64 = 2.0 * RADIUS + 22.0;

/// A line of text beside the ring.
struct Line {
    text: String,
    size: f64,
    bold: bool,
    muted: bool,
}

impl Line {
    fn new(text: impl Into<String>, size: f64, bold: bool, muted: bool) -> Self {
        Line {
            text: text.into(),
            size,
            bold,
            muted,
        }
    }
}

/// What the ring shows.
struct Ring<'a> {
    figure: &'a Figure,
    /// The share drawn, in %.
    share: f64,
    /// The text in the middle.
    centre: String,
    /// Whether the share is computed here rather than stated by the report.
    derived: bool,
    /// A second figure to mark beside the ring (the whole of a ratio).
    second: Option<&'a Figure>,
}

/// A % figure, or a figure out of a stated whole.
pub(super) fn draw_share(
    frame: &Frame,
    figure: &Figure,
    out_of: Option<&OutOf>,
    scene: &mut Scene,
) {
    let progress = frame.progress(0);
    let counted = frame.counted(0);
    let value = parse_written(&figure.value).map_or(0.0, |w| w.value);
    let room = frame.width_css - TEXT_LEFT;
    match out_of {
        None => {
            // The figure itself is in the middle; beside it, what it is and the report's words.
            let mut lines: Vec<Line> = wrap_text(
                figure.label.get(frame.lang),
                size::VALUE,
                room / BOLD_WIDTH,
                2,
            )
            .into_iter()
            .map(|l| Line::new(l, size::VALUE, true, false))
            .collect();
            let quote = format!("「{}」", figure.quote);
            lines.extend(
                wrap_text(&quote, size::NOTE + 1.0, room, 2)
                    .into_iter()
                    .map(|l| Line::new(l, size::NOTE + 1.0, false, true)),
            );
            let ring = Ring {
                figure,
                share: clamp(value, 0.0, 100.0),
                centre: figure_parts_at_in(figure, frame.lang, counted).joined(),
                derived: false,
                second: None,
            };
            draw_ring(frame, &ring, progress, &lines, scene);
        }
        Some(out_of) => {
            let whole = parse_written(&out_of.value).map_or(0.0, |w| w.value);
            let share = if whole > 0.0 {
                clamp(value / whole * 100.0, 0.0, 100.0)
            } else {
                0.0
            };
            let lines = vec![
                Line::new(figure.label.get(frame.lang), size::LABEL, false, true),
                Line::new(
                    figure_parts_at_in(figure, frame.lang, counted).joined(),
                    size::LEAD,
                    true,
                    false,
                ),
                Line::new(
                    format!("{} {}", out_of.label.get(frame.lang), out_of.value),
                    size::LABEL,
                    false,
                    true,
                ),
            ];
            let ring = Ring {
                figure,
                share,
                centre: percent_text(share * counted),
                derived: true,
                second: None,
            };
            draw_ring(frame, &ring, progress, &lines, scene);
        }
    }
}

/// A completed part of a whole counted in different units (102项 of 189个).
pub(super) fn draw_ratio(frame: &Frame, part: &Figure, whole: &Figure, scene: &mut Scene) {
    let progress = frame.progress(0);
    let counted = frame.counted(0);
    let share = share_percent(part, whole).unwrap_or(0.0);
    let lines = vec![
        Line::new(part.label.get(frame.lang), size::LABEL, false, true),
        Line::new(
            figure_parts_at_in(part, frame.lang, counted).joined(),
            size::LEAD,
            true,
            false,
        ),
        Line::new(whole.label.get(frame.lang), size::LABEL, false, true),
        Line::new(figure_text_in(whole, frame.lang), size::VALUE, true, false),
    ];
    let ring = Ring {
        figure: part,
        share,
        centre: percent_text(share * counted),
        derived: true,
        second: Some(whole),
    };
    draw_ring(frame, &ring, progress, &lines, scene);
}

fn draw_ring(frame: &Frame, ring: &Ring, progress: f64, lines: &[Line], scene: &mut Scene) {
    let theme = frame.theme;
    let (cx, cy) = (RADIUS + 2.0, HEIGHT / 2.0);
    for (sweep_deg, color) in [
        (360.0, theme.track),
        (360.0 * ring.share / 100.0 * progress, theme.accent),
    ] {
        scene.push(Shape::Band {
            cx,
            cy,
            radius: RADIUS,
            thickness: THICKNESS,
            start_deg: 0.0,
            sweep_deg,
            color,
        });
    }
    let ring_box = [cx - RADIUS, cy - RADIUS, 2.0 * RADIUS, 2.0 * RADIUS];
    let inner = 2.0 * (RADIUS - THICKNESS) - 8.0;
    let centre_size = fit_size(&ring.centre, size::LEAD, size::LABEL, inner / BOLD_WIDTH);
    let centre_y = if ring.derived { cy - 6.0 } else { cy };
    scene.text(
        cx,
        centre_y,
        ring.centre.clone(),
        centre_size,
        true,
        theme.ink,
        Align::Middle,
    );
    if ring.derived {
        scene.text(
            cx,
            cy + 16.0,
            derived_note(frame.lang),
            size::NOTE,
            false,
            theme.muted,
            Align::Middle,
        );
    }
    let room = frame.width_css - TEXT_LEFT;
    let total: f64 = lines.iter().map(|l| l.size * 1.45).sum();
    let top = cy - total / 2.0;
    let mut y = top;
    for line in lines {
        let line_h = line.size * 1.45;
        let color = if line.muted { theme.muted } else { theme.ink };
        let width = if line.bold { room / BOLD_WIDTH } else { room };
        let size = fit_size(&line.text, line.size, line.size.min(size::LABEL), width);
        scene.text(
            TEXT_LEFT,
            y + line_h / 2.0,
            fit_text(&line.text, size, width),
            size,
            line.bold,
            color,
            Align::Start,
        );
        y += line_h;
    }
    match ring.second {
        None => scene.mark(ring.figure, ring_box, [0.0, 0.0, frame.width_css, HEIGHT]),
        Some(second) => {
            // The part answers on the ring and its own lines, the whole on the lower lines.
            let split = top + lines.iter().take(2).map(|l| l.size * 1.45).sum::<f64>();
            scene.mark(ring.figure, ring_box, [0.0, 0.0, frame.width_css, split]);
            scene.mark(
                second,
                [TEXT_LEFT, split, room, y - split],
                [TEXT_LEFT, split, room, HEIGHT - split],
            );
        }
    }
}
