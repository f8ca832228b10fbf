//! The named areas of a section (the five 板块 of planning) as a labelled diagram: a spine with
//! one numbered node per area, its name, and its projects wrapped beneath.

use super::frame::Frame;
use crate::model::{Lang, Section};
use crate::scene::{Align, Scene, Shape};
use crate::text::{fit_text_in, wrap_text};
use crate::theme::size;

const NODE_R: f64 = 13.0;
const TEXT_LEFT: f64 = 40.0;
const PROJECT_LINE: f64 = 18.0;
const MAX_PROJECT_LINES: usize = 3;

fn project_lines(section: &Section, index: usize, width_css: f64, lang: Lang) -> Vec<String> {
    let area = &section.areas[index];
    let joined = area
        .projects
        .iter()
        .map(|p| p.get(lang).to_owned())
        .collect::<Vec<_>>()
        .join(" · ");
    wrap_text(&joined, 12.0, width_css - TEXT_LEFT, MAX_PROJECT_LINES)
}

fn row_height(lines: usize) -> f64 {
    30.0 + lines as f64 * PROJECT_LINE + 10.0
}

/// The diagram's height at `width_css`.
pub(super) fn height(section: &Section, width_css: f64, lang: Lang) -> f64 {
    (0..section.areas.len())
        .map(|i| row_height(project_lines(section, i, width_css, lang).len()))
        .sum::<f64>()
        .max(1.0)
}

pub(super) fn draw(frame: &Frame, scene: &mut Scene) {
    let theme = frame.theme;
    let section = frame.section;
    let rows: Vec<(f64, Vec<String>)> = (0..section.areas.len())
        .map(|i| {
            let lines = project_lines(section, i, frame.width_css, frame.lang);
            (row_height(lines.len()), lines)
        })
        .collect();
    let mut top = 0.0;
    let last = rows.len().saturating_sub(1);
    for (i, (row_h, lines)) in rows.iter().enumerate() {
        let progress = frame.progress(i);
        let cy = top + 15.0;
        if i < last {
            // The spine to the next node grows with this node.
            scene.push(Shape::Line {
                x1: NODE_R,
                y1: cy,
                x2: NODE_R,
                y2: cy + row_h * progress,
                width: 2.0,
                color: theme.accent_soft,
            });
        }
        scene.push(Shape::Circle {
            cx: NODE_R,
            cy,
            r: NODE_R * (0.4 + 0.6 * progress),
            color: theme.accent,
        });
        scene.text(
            NODE_R,
            cy,
            (i + 1).to_string(),
            size::LABEL,
            true,
            theme.surface.with_alpha(progress),
            Align::Middle,
        );
        let area = &section.areas[i];
        scene.text(
            TEXT_LEFT,
            cy,
            fit_text_in(
                area.name.get(frame.lang),
                size::VALUE,
                true,
                frame.width_css - TEXT_LEFT,
            ),
            size::VALUE,
            true,
            theme.ink.with_alpha(progress),
            Align::Start,
        );
        for (k, line) in lines.iter().enumerate() {
            scene.text(
                TEXT_LEFT,
                cy + 24.0 + k as f64 * PROJECT_LINE,
                line.clone(),
                12.0,
                false,
                theme.muted.with_alpha(progress),
                Align::Start,
            );
        }
        top += row_h;
    }
}
