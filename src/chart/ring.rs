//! Rings: a share in % (satisfaction 99.62%), a figure out of a whole the report does not state
//! (234 of 366 days), or a completion ratio (102 of 189 projects). Shares computed here are
//! marked as derived.

use super::part::{percent_text, share_percent, DERIVED_NOTE};
use super::{fit_text, mark_tween, Align, Frame, Scene, Shape};
use crate::format::{figure_parts_at, figure_text};
use crate::model::{Figure, OutOf};
use crate::number::parse_written;
use crate::theme::size;

/// The chart's height.
pub(super) const HEIGHT: f64 = 150.0;
const RADIUS: f64 = 62.0;
const THICKNESS: f64 = 16.0;

/// Lines of text beside the ring: (text, size, bold, muted).
type Line = (String, f64, bool, bool);

/// A % figure, or a figure out of a stated whole.
pub(super) fn draw_share(
    frame: &Frame,
    figure: &Figure,
    out_of: Option<&OutOf>,
    scene: &mut Scene,
) {
    let progress = mark_tween(0).eased(frame.elapsed_ms);
    let value = parse_written(&figure.value).map_or(0.0, |w| w.value);
    match out_of {
        None => {
            let share = value.clamp(0.0, 100.0);
            let centre = figure_parts_at(figure, progress).joined();
            let lines = vec![
                (
                    figure.label.get(frame.lang).to_string(),
                    size::LABEL,
                    false,
                    true,
                ),
                (figure_text(figure), size::LEAD, true, false),
            ];
            draw_ring(frame, figure, share, progress, &centre, None, &lines, scene);
        }
        Some(out_of) => {
            let whole = parse_written(&out_of.value).map_or(0.0, |w| w.value);
            let share = if whole > 0.0 {
                (value / whole * 100.0).clamp(0.0, 100.0)
            } else {
                0.0
            };
            let centre = percent_text(share * progress);
            let lines = vec![
                (
                    figure.label.get(frame.lang).to_string(),
                    size::LABEL,
                    false,
                    true,
                ),
                (
                    figure_parts_at(figure, progress).joined(),
                    size::LEAD,
                    true,
                    false,
                ),
                (
                    format!("{} {}", out_of.label.get(frame.lang), out_of.value),
                    size::LABEL,
                    false,
                    true,
                ),
            ];
            draw_ring(
                frame,
                figure,
                share,
                progress,
                &centre,
                Some(DERIVED_NOTE),
                &lines,
                scene,
            );
        }
    }
}

/// A completed part of a whole counted in different units (102项 of 189个).
pub(super) fn draw_ratio(frame: &Frame, part: &Figure, whole: &Figure, scene: &mut Scene) {
    let progress = mark_tween(0).eased(frame.elapsed_ms);
    let share = share_percent(part, whole).unwrap_or(0.0);
    let centre = percent_text(share * progress);
    let lines = vec![
        (
            part.label.get(frame.lang).to_string(),
            size::LABEL,
            false,
            true,
        ),
        (
            figure_parts_at(part, progress).joined(),
            size::LEAD,
            true,
            false,
        ),
        (
            whole.label.get(frame.lang).to_string(),
            size::LABEL,
            false,
            true,
        ),
        (figure_text(whole), size::VALUE, true, false),
    ];
    draw_ring(
        frame,
        part,
        share,
        progress,
        &centre,
        Some(DERIVED_NOTE),
        &lines,
        scene,
    );
}

#[allow(clippy::too_many_arguments)]
fn draw_ring(
    frame: &Frame,
    figure: &Figure,
    share: f64,
    progress: f64,
    centre: &str,
    note: Option<&str>,
    lines: &[Line],
    scene: &mut Scene,
) {
    let theme = frame.theme;
    let (cx, cy) = (RADIUS + 2.0, HEIGHT / 2.0);
    scene.push(Shape::Band {
        cx,
        cy,
        radius: RADIUS,
        thickness: THICKNESS,
        start_deg: 0.0,
        sweep_deg: 360.0,
        color: theme.track,
    });
    scene.push(Shape::Band {
        cx,
        cy,
        radius: RADIUS,
        thickness: THICKNESS,
        start_deg: 0.0,
        sweep_deg: 360.0 * share / 100.0 * progress,
        color: theme.accent,
    });
    scene.mark(
        figure,
        [cx - RADIUS, cy - RADIUS, 2.0 * RADIUS, 2.0 * RADIUS],
    );
    let inner = 2.0 * (RADIUS - THICKNESS) - 8.0;
    let centre_size = super::fit_size(centre, size::LEAD, size::LABEL, inner / super::BOLD_WIDTH);
    let centre_y = if note.is_some() { cy - 6.0 } else { cy };
    scene.text(
        cx,
        centre_y,
        centre,
        centre_size,
        true,
        theme.ink,
        Align::Middle,
    );
    if let Some(note) = note {
        scene.text(
            cx,
            cy + 16.0,
            note,
            size::NOTE,
            false,
            theme.muted,
            Align::Middle,
        );
    }
    let left = 2.0 * RADIUS + 20.0;
    let room = frame.width_css - left;
    let total: f64 = lines.iter().map(|l| l.1 * 1.45).sum();
    let mut y = cy - total / 2.0;
    for (text, size, bold, muted) in lines {
        let line_h = size * 1.45;
        let color = if *muted { theme.muted } else { theme.ink };
        let size = super::fit_size(text, *size, size.min(crate::theme::size::LABEL), room);
        scene.text(
            left,
            y + line_h / 2.0,
            fit_text(text, size, room),
            size,
            *bold,
            color,
            Align::Start,
        );
        y += line_h;
    }
}
