//! One mounted widget's state: its DOM, its charts and counters with their timelines, and the
//! tooltip. The browser's callbacks (`web::schedule`, `web::observe`) drive it through methods
//! split by job: `lifecycle` (made, destroyed, failed), `layout` (canvases sized), `playback`
//! (when animations start), `frames` (drawn within a budget), `counters`, `progress` (ready,
//! performance marks), `prime` (idle tasks), `input`, `export` and `inspect`.

mod counters;
mod export;
mod frames;
mod input;
mod inspect;
mod layout;
mod lifecycle;
mod playback;
mod prime;
mod progress;

use web_sys::{Element, HtmlElement};

use super::canvas::ChartCanvas;
use super::dom::{ChartSlot, CounterView};
use super::tooltip::Tooltip;
use crate::anim::Tween;
use crate::chart;
use crate::model::{Lang, Report, Section};
use crate::scene::{Mark, Shape};
use crate::theme::Theme;
use crate::timeline::{chart_frame_time, Phase};

/// A chart on the page: its canvas, where it is on its timeline, and what it last drew.
struct ChartView {
    slot: ChartSlot,
    canvas: ChartCanvas,
    delay_ms: f64,
    phase: Phase,
    /// The frame time last drawn (∞ for the final frame); `None` when a redraw is due.
    drawn_ms: Option<f64>,
    /// What its next drawing in a frame is expected to take, in ms (see
    /// [`crate::budget::next_cost_ms`]).
    cost_ms: f64,
    /// Its height in scene px at its width ([`chart::height_css`]).
    scene_height: f64,
    marks: Vec<Mark>,
    /// The texts still to lay out before its first drawing (see [`Instance::prime`]); `None`
    /// until they are listed.
    texts_ahead: Option<Vec<Shape>>,
}

impl ChartView {
    /// Sized but never drawn: its first drawing waits for [`Instance::prime`].
    fn blank(&self) -> bool {
        !self.canvas.ever_drawn() && self.canvas.scene_width() > 0.0
    }

    /// Its frame time at `now_ms`: ∞ for its final frame, 0 while it waits to be seen.
    fn frame_time(&mut self, section: &Section, now_ms: f64) -> f64 {
        let duration_ms = chart::duration_ms(section, &section.charts[self.slot.chart]);
        chart_frame_time(&mut self.phase, self.delay_ms, duration_ms, now_ms)
    }
}

/// A KPI number counting up to its figure.
struct Counter {
    view: CounterView,
    tween: Tween,
    shown: String,
    /// How far the number shown has counted (NaN before the first frame): it changes only every
    /// count step, and not at all before the start or after the end, so most frames skip it.
    counted: f64,
}

/// The counting numbers of one KPI section, which start together.
struct CounterGroup {
    section: usize,
    list: Element,
    phase: Phase,
    counters: Vec<Counter>,
}

/// A mounted widget's state.
pub struct Instance {
    root: Element,
    report: Report,
    lang: Lang,
    theme: Theme,
    /// Whether each section of the report is shown.
    shown: Vec<bool>,
    /// How much larger than designed charts are drawn (large text).
    zoom: f64,
    animate: bool,
    groups: Vec<CounterGroup>,
    charts: Vec<ChartView>,
    /// Parts not shown yet (sections, and the charts of each), the last first: one more is
    /// shown in each idle task (see [`Instance::prime`]), so the browser lays the widget out a
    /// part at a time.
    hidden: Vec<HtmlElement>,
    /// Whether a frame has run since the widget was built: the browser lays out what the
    /// building task made right after the first frame's callback, so hidden parts are shown
    /// after it, and the first layout stays the first section's text.
    framed: bool,
    /// Whether a part was shown or a chart first drawn since the last frame (see
    /// [`Instance::prime`]).
    shown_since_frame: bool,
    tooltip: Tooltip,
    frame_request: Option<i32>,
    /// The chart a frame starts drawing at: the one after the last drawn, so every chart gets
    /// its turn when a frame cannot draw them all.
    next_chart: usize,
    ready: bool,
    first_frame_marked: bool,
    destroyed: bool,
}
