//! What a chart's builder draws from: the section, theme, width, language and time of one
//! frame, and how far each mark has grown and counted by then.

use crate::anim::{count_time, Tween, MARK_GROW, MARK_STAGGER_MS};
use crate::model::{Figure, Lang, Section};
use crate::theme::Theme;

/// Everything a chart builder needs.
pub(super) struct Frame<'a> {
    /// The section whose figures the chart shows.
    pub(super) section: &'a Section,
    /// The theme to draw in.
    pub(super) theme: &'a Theme,
    /// The chart's width in CSS px.
    pub(super) width_css: f64,
    /// Time since the chart's animation started, in ms; `f64::INFINITY` for the final frame.
    pub(super) elapsed_ms: f64,
    /// The language of labels.
    pub(super) lang: Lang,
}

impl Frame<'_> {
    pub(super) fn figure(&self, id: &str) -> Option<&Figure> {
        self.section.figure(id)
    }

    pub(super) fn figures(&self, ids: &[String]) -> Vec<&Figure> {
        ids.iter().filter_map(|id| self.figure(id)).collect()
    }

    /// How far mark `index` has grown: its shapes follow this.
    pub(super) fn progress(&self, index: usize) -> f64 {
        mark_tween(index).eased(self.elapsed_ms)
    }

    /// How far mark `index`'s number has counted: texts follow this, a step of
    /// [`crate::anim::COUNT_STEP_MS`] at a time, so a chart shows only the texts of
    /// [`animation_texts`](super::animation_texts).
    pub(super) fn counted(&self, index: usize) -> f64 {
        mark_tween(index).eased(count_time(self.elapsed_ms))
    }
}

/// The tween of the `index`-th mark of a chart.
pub(super) fn mark_tween(index: usize) -> Tween {
    MARK_GROW.staggered(index, MARK_STAGGER_MS)
}
