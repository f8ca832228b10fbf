//! Charts as scenes: a plain list of shapes in CSS pixels, built from a section, a chart, a width
//! and the time since the chart's animation started.
//!
//! Building a scene reads no clock, no DOM and no pixel ratio, so every frame can be tested
//! natively; [`crate::render`] draws a scene on any plotters backend. The final frame (any time at
//! or after [`duration_ms`]) shows the exact values; earlier frames only interpolate toward them.

mod areas;
mod bars;
mod frame;
mod numbers;
mod part;
pub mod poster;
mod ring;

use crate::anim::COUNT_STEP_MS;
use crate::model::{Chart, Lang, Section};
use crate::scene::{same_text, Scene, Shape};
use crate::theme::Theme;
use frame::{mark_tween, Frame};

/// Narrowest width a chart is laid out for, in CSS px; narrower containers are treated as this.
pub const MIN_WIDTH_CSS: f64 = 160.0;

/// The width a chart is laid out at: at least [`MIN_WIDTH_CSS`], and that for a width that is
/// not a number at all.
fn usable_width(width_css: f64) -> f64 {
    if width_css.is_finite() {
        width_css.max(MIN_WIDTH_CSS)
    } else {
        MIN_WIDTH_CSS
    }
}

/// The chart's height in CSS px at `width_css`, with labels in `lang`.
pub fn height_css(section: &Section, chart: &Chart, width_css: f64, lang: Lang) -> f64 {
    let width_css = usable_width(width_css);
    match chart {
        Chart::Bars { .. } => bars::height(&section.chart_figures(chart), width_css, lang),
        Chart::Progress { part, whole, .. } => {
            match (section.figure(part), section.figure(whole)) {
                (Some(p), Some(w)) => part::height(p, w, width_css, lang),
                _ => 0.0,
            }
        }
        Chart::Ratio { .. } | Chart::Ring { .. } => ring::height(section, chart, width_css, lang),
        Chart::Numbers { .. } => numbers::height(&section.chart_figures(chart), width_css, lang),
        Chart::Areas { .. } => areas::height(section, width_css, lang),
    }
}

/// How long the chart animates, in ms; frames from then on are the final frame.
pub fn duration_ms(section: &Section, chart: &Chart) -> f64 {
    let marks = match chart {
        Chart::Bars { figures, .. } | Chart::Numbers { figures, .. } => figures.len(),
        Chart::Progress { .. } | Chart::Ratio { .. } | Chart::Ring { .. } => 1,
        Chart::Areas { .. } => section.areas.len(),
    };
    mark_tween(marks.saturating_sub(1)).end_ms()
}

/// What to build a chart frame for: everything but the section and chart.
#[derive(Debug, Clone, Copy)]
pub struct View<'a> {
    /// The theme to draw in.
    pub theme: &'a Theme,
    /// The language of labels.
    pub lang: Lang,
    /// The chart's width in CSS px.
    pub width_css: f64,
}

/// Builds the chart's frame at `elapsed_ms` (pass `f64::INFINITY` for the final frame).
pub fn build(section: &Section, chart: &Chart, view: View, elapsed_ms: f64) -> Scene {
    let height = height_css(section, chart, view.width_css, view.lang);
    build_sized(section, chart, view, elapsed_ms, height)
}

/// As [`build`], for a chart whose [`height_css`] at this width is known: measuring its texts
/// again in every animation frame would be wasted.
pub fn build_sized(
    section: &Section,
    chart: &Chart,
    view: View,
    elapsed_ms: f64,
    height_css: f64,
) -> Scene {
    let frame = Frame {
        section,
        theme: view.theme,
        width_css: usable_width(view.width_css),
        elapsed_ms,
        lang: view.lang,
    };
    let mut scene = Scene::new(frame.width_css, height_css);
    match chart {
        Chart::Bars { figures, .. } => bars::draw(&frame, &frame.figures(figures), &mut scene),
        Chart::Progress { part, whole, .. } => {
            if let (Some(p), Some(w)) = (frame.figure(part), frame.figure(whole)) {
                part::draw(&frame, p, w, &mut scene);
            }
        }
        Chart::Ratio { part, whole, .. } => {
            if let (Some(p), Some(w)) = (frame.figure(part), frame.figure(whole)) {
                ring::draw_ratio(&frame, p, w, &mut scene);
            }
        }
        Chart::Ring { figure, out_of, .. } => {
            if let Some(f) = frame.figure(figure) {
                ring::draw_share(&frame, f, out_of.as_ref(), &mut scene);
            }
        }
        Chart::Numbers { figures, .. } => {
            numbers::draw(&frame, &frame.figures(figures), &mut scene)
        }
        Chart::Areas { .. } => areas::draw(&frame, &mut scene),
    }
    scene
}

/// Every text chart `chart` draws while it animates and after (only after, unless `animated`),
/// once each by its words, size and weight (position and colour aside): what a browser must lay
/// out to draw any of its frames. Counting numbers change only every [`COUNT_STEP_MS`], so this
/// is the texts of one frame per step, a few dozen frames, and laying them out ahead of time
/// keeps that work out of animation frames.
pub fn animation_texts(section: &Section, chart: &Chart, view: View, animated: bool) -> Vec<Shape> {
    let steps = if animated {
        (duration_ms(section, chart) / COUNT_STEP_MS).ceil() as usize + 1
    } else {
        0
    };
    let times = (0..steps)
        .map(|k| k as f64 * COUNT_STEP_MS)
        .chain([f64::INFINITY]);
    let height = height_css(section, chart, view.width_css, view.lang);
    let mut texts: Vec<Shape> = Vec::new();
    for elapsed_ms in times {
        for shape in build_sized(section, chart, view, elapsed_ms, height).shapes {
            // A transparent text is not drawn.
            if let Shape::Text { color, .. } = &shape {
                if color.a > 0.0 && !texts.iter().any(|t| same_text(t, &shape)) {
                    texts.push(shape);
                }
            }
        }
    }
    texts
}
