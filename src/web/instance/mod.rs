//! One mounted widget's state: its DOM, its charts and counters with their timelines, and the
//! tooltip. Frames are drawn from the timelines; the browser callbacks live in `web/mod.rs`.
//! Pointer and keys are handled in `input`, downloads in `export`, and what tests and tools read
//! (`chartMarks()`, `chartTexts()`) in `inspect`.

mod export;
mod input;
mod inspect;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Event, HtmlElement};

use super::canvas::ChartCanvas;
use super::dom::{Built, ChartSlot, CounterView};
use super::errors::{describe, show_error};
use super::events::{dispatch, READY_EVENT};
use super::tooltip::Tooltip;
use crate::anim::{count_time, Tween, COUNT_UP};
use crate::budget;
use crate::chart::{self, View};
use crate::format::figure_parts_at_in;
use crate::model::{Lang, Report, Section};
use crate::options::Options;
use crate::scene::{Mark, Shape};
use crate::theme::Theme;
use crate::timeline::{chart_delay_ms, chart_frame_time, Phase, AT_END, TILE_STAGGER_MS};

/// Pause between tiles counting up, and between the charts of one section shown together.
/// The width of downloaded images in CSS px: a phone's, as images are shared to phones.
const IMAGE_WIDTH_CSS: f64 = 375.0;

/// Performance marks for the benchmark: the first chart frame drawn, and everything final.
const FIRST_FRAME_MARK: &str = "report-infographic:first-frame";
const READY_MARK: &str = "report-infographic:ready";

/// Marks `name` on the page's performance timeline, once per page: later widgets would only add
/// entries that nobody reads and the timeline keeps.
fn mark_performance(name: &str) {
    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else {
        return;
    };
    if performance.get_entries_by_name(name).length() == 0 {
        let _ = performance.mark(name);
    }
}

/// Time one idle task may spend having the browser lay out texts ahead, in ms, and how many
/// texts it lays out between looks at the clock.
const AHEAD_SLICE_MS: f64 = 8.0;
const AHEAD_CHUNK: usize = 4;
/// A chart whose texts took less than this in a task is drawn in the same task, rather than a
/// task later: its first frame shows sooner.
const AHEAD_QUICK_MS: f64 = 2.0;

/// The time one idle task has for laying out texts ahead.
struct Slice<'a> {
    clock: Option<&'a web_sys::Performance>,
    start_ms: f64,
    /// Whether any text was laid out in it: the first chunk always is, so work goes on even
    /// without a clock.
    worked: bool,
}

impl Slice<'_> {
    /// Whether its [`AHEAD_SLICE_MS`] are spent.
    fn over(&self) -> bool {
        self.worked && !self.spent_below(AHEAD_SLICE_MS)
    }

    /// Whether less than `ms` of it are spent (without a clock: whether nothing was done).
    fn spent_below(&self, ms: f64) -> bool {
        match &self.clock {
            Some(clock) => clock.now() < self.start_ms + ms,
            None => !self.worked,
        }
    }
}

/// One animation frame's budget for drawing charts (see [`crate::budget`]), on the page's clock,
/// read once per chart as reading it is a call out of the module.
pub struct FrameBudget<'a> {
    performance: &'a web_sys::Performance,
    budget: budget::FrameBudget,
}

impl<'a> FrameBudget<'a> {
    /// A budget starting now, on the clock of `performance`.
    pub fn start(performance: &'a web_sys::Performance) -> Self {
        FrameBudget {
            performance,
            budget: budget::FrameBudget::start(performance.now()),
        }
    }

    fn admit(&mut self, pixels: f64, cost_ms: f64) -> bool {
        self.budget.admit(pixels, cost_ms)
    }

    /// The time since the clock was last read, in ms.
    fn lap(&mut self) -> f64 {
        self.budget.lap(self.performance.now())
    }
}

struct ChartView {
    slot: ChartSlot,
    canvas: ChartCanvas,
    delay_ms: f64,
    phase: Phase,
    /// The frame time last drawn (∞ for the final frame); `None` when a redraw is due.
    drawn_ms: Option<f64>,
    /// What its next drawing in a frame is expected to take, in ms (see [`budget::next_cost_ms`]).
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

impl Instance {
    /// The widget over the DOM the mounting steps put into `root` (see `Mounting`).
    ///
    /// # Errors
    /// Fails if the DOM refuses the tooltip.
    pub fn new(
        root: Element,
        built: Built,
        report: Report,
        options: &Options,
        animate: bool,
        theme: Theme,
    ) -> Result<Self, JsValue> {
        // Only now is the widget live: its state leaves `static` (a page's sign that the widget
        // runs) when it observes the page, not a task earlier with its markup.
        root.set_attribute("data-state", "loading")?;
        let doc = root.owner_document().ok_or("no document")?;
        let start = if animate { Phase::Waiting } else { AT_END };

        let mut groups: Vec<CounterGroup> = Vec::new();
        for view in built.counters {
            if groups.last().is_none_or(|g| g.section != view.section) {
                groups.push(CounterGroup {
                    section: view.section,
                    list: view.list.clone(),
                    phase: start,
                    counters: Vec::new(),
                });
            }
            if let Some(group) = groups.last_mut() {
                let tween = COUNT_UP.staggered(group.counters.len(), TILE_STAGGER_MS);
                group.counters.push(Counter {
                    view,
                    tween,
                    shown: String::new(),
                    counted: f64::NAN,
                });
            }
        }
        let mut charts: Vec<ChartView> = Vec::with_capacity(built.charts.len());
        for slot in built.charts {
            let index_in_section = charts
                .iter()
                .filter(|c| c.slot.section == slot.section)
                .count();
            let canvas = ChartCanvas::new(slot.canvas.clone());
            charts.push(ChartView {
                slot,
                canvas,
                delay_ms: chart_delay_ms(index_in_section),
                phase: start,
                drawn_ms: None,
                cost_ms: 0.0,
                scene_height: 0.0,
                marks: Vec::new(),
                texts_ahead: None,
            });
        }
        let tooltip = Tooltip::new(&doc, &root)?;
        let shown = report
            .sections
            .iter()
            .map(|s| options.shows(&s.id))
            .collect();
        Ok(Instance {
            root,
            report,
            lang: options.lang,
            theme,
            shown,
            zoom: options.text.scale(),
            animate,
            groups,
            charts,
            hidden: built.hidden,
            tooltip,
            frame_request: None,
            next_chart: 0,
            ready: false,
            first_frame_marked: false,
            framed: false,
            shown_since_frame: false,
            destroyed: false,
        })
    }

    /// The widget's root element.
    pub fn root(&self) -> &Element {
        &self.root
    }

    /// Whether `destroy()` was called.
    pub fn destroyed(&self) -> bool {
        self.destroyed
    }

    /// Whether every number and chart shows its final value.
    pub fn ready(&self) -> bool {
        self.ready
    }

    /// Whether a frame is already requested.
    pub fn frame_requested(&self) -> bool {
        self.frame_request.is_some()
    }

    /// Records the id of the requested frame.
    pub fn set_frame_request(&mut self, id: i32) {
        self.frame_request = Some(id);
    }

    /// Marks the widget destroyed; returns the pending frame request to cancel.
    pub fn destroy(&mut self) -> Option<i32> {
        self.destroyed = true;
        self.tooltip.remove();
        self.frame_request.take()
    }

    /// The elements whose first appearance starts an animation.
    pub fn reveal_targets(&self) -> Vec<Element> {
        let canvases = self
            .charts
            .iter()
            .map(|c| c.slot.canvas.clone().unchecked_into());
        self.groups
            .iter()
            .map(|g| g.list.clone())
            .chain(canvases)
            .collect()
    }

    /// Starts the animations of `targets`, which came into view.
    pub fn reveal(&mut self, targets: &[Element]) {
        for target in targets {
            for group in &mut self.groups {
                if group.phase == Phase::Waiting && &group.list == target {
                    group.phase = Phase::Pending;
                }
            }
            for chart in &mut self.charts {
                if chart.phase == Phase::Waiting
                    && chart.slot.canvas.unchecked_ref::<Element>() == target
                {
                    chart.phase = Phase::Pending;
                }
            }
        }
    }

    /// Shows everything at its final value on the next frame.
    pub fn finish(&mut self) {
        self.show_all_parts();
        for group in &mut self.groups {
            group.phase = AT_END;
        }
        for chart in &mut self.charts {
            chart.phase = AT_END;
        }
    }

    /// Plays the animations of section `section` again.
    fn replay(&mut self, section: usize) {
        if !self.animate {
            return;
        }
        for group in self.groups.iter_mut().filter(|g| g.section == section) {
            group.phase = Phase::Pending;
        }
        for chart in self.charts.iter_mut().filter(|c| c.slot.section == section) {
            chart.phase = Phase::Pending;
        }
        self.tooltip.hide();
    }

    /// Sizes every canvas to its container; a changed size is redrawn on the next frame, or at
    /// once with [`Instance::redraw_in_view`]. Returns the charts resized in view.
    pub fn layout(&mut self) -> Vec<usize> {
        let window = web_sys::window();
        let pixel_ratio = window
            .as_ref()
            .map_or(1.0, web_sys::Window::device_pixel_ratio);
        let view_height = window
            .and_then(|w| w.inner_height().ok())
            .and_then(|h| h.as_f64())
            .unwrap_or(f64::INFINITY);
        // Read every size before writing any: interleaving would force a reflow each time.
        let boxes: Vec<(f64, bool)> = self
            .charts
            .iter()
            .map(|view| {
                let container = &view.slot.container;
                let rect = container.get_bounding_client_rect();
                let in_view = rect.bottom() > 0.0 && rect.top() < view_height;
                (f64::from(container.client_width()), in_view)
            })
            .collect();
        let text_zoom = self.zoom;
        let mut resized = false;
        let mut resized_in_view = Vec::new();
        for (i, (view, (width, in_view))) in self.charts.iter_mut().zip(boxes).enumerate() {
            // Not laid out (a hidden host): keep the last size until it is. An unchanged width
            // keeps its height: a part shown below resizes the widget, not the charts above.
            // Large text draws the chart larger, built narrower and shown at the container's
            // width; but never narrower than the narrowest layout, which would not fit: in a
            // very narrow container the text is less large (or smaller) instead.
            let zoom = text_zoom.min(width / chart::MIN_WIDTH_CSS);
            if width <= 0.0 || view.canvas.sized_for(width, pixel_ratio, zoom) {
                continue;
            }
            let section = &self.report.sections[view.slot.section];
            let spec = &section.charts[view.slot.chart];
            view.scene_height = chart::height_css(section, spec, width / zoom, self.lang);
            if view
                .canvas
                .resize(width, view.scene_height * zoom, pixel_ratio, zoom)
            {
                view.drawn_ms = None;
                view.texts_ahead = None; // Listed for the old size.
                resized = true;
                if in_view && view.canvas.ever_drawn() {
                    resized_in_view.push(i);
                }
            }
        }
        if resized {
            self.tooltip.hide(); // It points at a place that moved.
        }
        resized_in_view
    }

    /// Draws `charts` now, at their frame times for `now_ms`: called with the charts a resize
    /// changed in view, before the browser paints the new size, so that a reader turning a phone
    /// never sees them blank or stretched, whatever the frames' budget.
    pub fn redraw_in_view(&mut self, charts: &[usize], now_ms: f64) {
        for &i in charts {
            let view = &mut self.charts[i];
            let frame_ms = view.frame_time(&self.report.sections[view.slot.section], now_ms);
            if let Err(e) = self.draw_chart(i, frame_ms) {
                return self.fail(&e);
            }
        }
    }

    /// Has the chart in `plot` redrawn in the next frame once the browser renders the plot
    /// again (`content-visibility: auto` skipped it out of view); returns whether a frame is
    /// needed. WebKit shows a canvas that comes back into view blank until it is drawn again.
    fn plot_shown(&mut self, event: &Event, plot: &Element) -> bool {
        let skipped = js_sys::Reflect::get(event, &JsValue::from_str("skipped"))
            .ok()
            .and_then(|v| v.as_bool());
        if skipped != Some(false) {
            return false;
        }
        let shown = self.charts.iter_mut().find(|view| {
            view.canvas.ever_drawn() && view.slot.canvas.parent_element().as_ref() == Some(plot)
        });
        match shown {
            Some(view) => {
                view.drawn_ms = None;
                true
            }
            None => false,
        }
    }

    /// Draws the frame at `now_ms`, spending on charts no more than `budget` allows (beyond
    /// one chart); on failure shows the error and stops. Returns whether anything still moves
    /// or waits to be drawn.
    pub fn frame(&mut self, now_ms: f64, budget: Option<FrameBudget<'_>>) -> bool {
        self.frame_request = None;
        self.shown_since_frame = false;
        match self.draw(now_ms, budget) {
            Ok(moving) => moving,
            Err(e) => {
                self.fail(&e);
                false
            }
        }
    }

    fn draw(&mut self, now_ms: f64, mut budget: Option<FrameBudget<'_>>) -> Result<bool, JsValue> {
        let mut moving = false;
        let mut all_final = true;
        // Each chart's frame time now: ∞ for its final frame.
        let frame_times: Vec<f64> = self
            .charts
            .iter_mut()
            .map(|view| view.frame_time(&self.report.sections[view.slot.section], now_ms))
            .collect();
        // The charts to redraw, taken in turn from where the last frame stopped, until the
        // frame's budget is spent; the rest follow on the next frames. Blank canvases wait for
        // their first drawing in a task of its own, unless this frame has no budget (`finish()`
        // draws everything at once).
        let count = self.charts.len();
        let limited = budget.is_some();
        let due: Vec<usize> = (0..count)
            .map(|k| (self.next_chart + k) % count)
            .filter(|&i| {
                let view = &self.charts[i];
                view.drawn_ms != Some(frame_times[i])
                    && view.canvas.scene_width() > 0.0
                    && !(limited && view.blank())
            })
            .collect();
        let mut drawn = 0;
        for &i in &due {
            let view = &self.charts[i];
            let (pixels, cost_ms) = (view.canvas.device_pixels(), view.cost_ms);
            if budget.as_mut().is_some_and(|b| !b.admit(pixels, cost_ms)) {
                break;
            }
            self.draw_chart(i, frame_times[i])?;
            if let Some(budget) = &mut budget {
                // Drawing a chart costs more in the frames where its numbers count on (new
                // texts) than in those between: its cost is the last one or, if more, a fading
                // memory of its dearest, so the budget is not misled by a cheap frame.
                let view = &mut self.charts[i];
                view.cost_ms = budget::next_cost_ms(budget.lap(), view.cost_ms);
            }
            self.next_chart = (i + 1) % count;
            drawn += 1;
        }
        moving |= drawn < due.len();
        // The counting numbers are DOM text: set after the canvases are drawn, because setting
        // a canvas font makes the browser bring the page's style up to date first.
        for group in &mut self.groups {
            let elapsed = group.phase.elapsed(now_ms).unwrap_or(0.0);
            for counter in &mut group.counters {
                let figure =
                    &self.report.sections[counter.view.section].figures[counter.view.figure];
                let done = elapsed >= counter.tween.end_ms();
                // A step at a time, as the charts' numbers count (the final value once done).
                let counted = counter
                    .tween
                    .eased(if done { elapsed } else { count_time(elapsed) });
                if counted != counter.counted {
                    counter.counted = counted;
                    let number = figure_parts_at_in(figure, self.lang, counted).number;
                    if number != counter.shown {
                        counter.view.number.set_text_content(Some(&number));
                        counter.shown = number;
                    }
                }
                moving |= group.phase != Phase::Waiting && !done;
                all_final &= done;
            }
        }
        // Hidden parts are shown in idle tasks (see `prime`), but all at once in a frame without
        // a budget (`finish()`); after the canvases, like the counters.
        if !limited {
            self.show_all_parts();
        }
        self.framed = true;
        all_final &= self.hidden.is_empty();
        for view in &self.charts {
            let waiting = view.phase == Phase::Waiting;
            moving |= !waiting && view.drawn_ms != Some(f64::INFINITY);
            all_final &= view.drawn_ms == Some(f64::INFINITY);
        }
        if !self.first_frame_marked && self.charts.iter().any(|c| c.drawn_ms.is_some()) {
            self.first_frame_marked = true;
            mark_performance(FIRST_FRAME_MARK);
        }
        if all_final && !self.ready {
            self.ready = true;
            mark_performance(READY_MARK);
            self.root.set_attribute("data-state", "ready")?;
            dispatch(&self.root, READY_EVENT, &JsValue::UNDEFINED);
        }
        Ok(moving)
    }

    /// Shows every hidden part.
    fn show_all_parts(&mut self) {
        for part in self.hidden.drain(..) {
            part.set_hidden(false);
        }
    }

    /// Shows the next hidden part and sizes its charts; returns whether a part was hidden.
    /// Sizing reads the charts' widths, so the browser lays the part out in this task rather than
    /// in the next frame, which then only paints it.
    fn show_next_part(&mut self) -> bool {
        let Some(part) = self.hidden.pop() else {
            return false;
        };
        part.set_hidden(false);
        // Its charts are blank until primed: none is drawn now.
        self.layout();
        true
    }

    /// Draws chart `i` at `frame_ms` on its timeline.
    fn draw_chart(&mut self, i: usize, frame_ms: f64) -> Result<(), JsValue> {
        let view = &mut self.charts[i];
        let section = &self.report.sections[view.slot.section];
        let view_spec = View {
            theme: &self.theme,
            lang: self.lang,
            width_css: view.canvas.scene_width(),
        };
        let scene = chart::build_sized(
            section,
            &section.charts[view.slot.chart],
            view_spec,
            frame_ms,
            view.scene_height,
        );
        view.canvas.draw(&scene)?;
        view.marks = scene.marks;
        view.drawn_ms = Some(frame_ms);
        Ok(())
    }

    /// Whether a part waits to be shown or a chart for its first drawing.
    pub fn needs_priming(&self) -> bool {
        !self.hidden.is_empty() || self.charts.iter().any(ChartView::blank)
    }

    /// Shows the next hidden part, or works toward the first drawings of blank charts, in a task
    /// of its own: charts in view first, then the hidden parts, then the other charts in page
    /// order. A part is laid out as it is shown, so no animation frame lays one out. A canvas's
    /// first drawing makes the browser create its pixels, and the frame that shows it copies them
    /// all, which would hold an animation frame too long.
    /// Before that, the browser lays out every text the chart will show
    /// ([`chart::animation_texts`]): a text laid out once is drawn later at a fraction of the
    /// cost, so neither the first drawing nor the animation's frames lay out text. Each call
    /// lays out the first chart's texts and, if that took less than [`AHEAD_QUICK_MS`], draws it
    /// at its frame time now on `clock`; otherwise it goes on with the next charts' texts, for at
    /// most [`AHEAD_SLICE_MS`] in all.
    ///
    /// The browser paints a part shown, and copies a canvas's first pixels for the compositor,
    /// in its next frame. With the next step asked for at once, that frame passed 50 ms at 4×
    /// slowdown in about one load in seven on a busy machine; so after showing a part or
    /// drawing a chart, the next step waits for [`Instance::frame`] (and, if called before it,
    /// only lays out texts). Returns whether there is nothing to do before that frame.
    pub fn prime(&mut self, clock: Option<&web_sys::Performance>) -> bool {
        let now_ms = clock.map_or(0.0, web_sys::Performance::now);
        let blank: Vec<usize> = (0..self.charts.len())
            .filter(|&i| self.charts[i].blank())
            .collect();
        let in_view = blank
            .iter()
            .find(|&&i| self.charts[i].phase != Phase::Waiting);
        // The first charts in view first, then the parts still hidden (once the first frame has
        // laid out the first section on its own), then the other charts. Charts coming into view
        // later wait for the parts: a reader scrolling fast reaches the widget's end sooner.
        let first_drawn = self.charts.iter().any(|c| c.canvas.ever_drawn());
        let may_show = !self.shown_since_frame;
        if may_show && (in_view.is_none() || first_drawn) && self.framed && self.show_next_part() {
            self.shown_since_frame = true;
            return true;
        }
        let Some(&first) = in_view.or(blank.first()) else {
            return self.shown_since_frame;
        };
        let mut slice = Slice {
            clock,
            start_ms: now_ms,
            worked: false,
        };
        // The first chart's texts, then (if they took little or nothing) its drawing, or else
        // the other charts' texts.
        let laid_out = match self.lay_out_texts_ahead(first, &mut slice) {
            Ok(laid_out) => laid_out,
            Err(e) => {
                self.fail(&e);
                return false;
            }
        };
        if may_show && laid_out && slice.spent_below(AHEAD_QUICK_MS) {
            let view = &mut self.charts[first];
            let frame_ms = view.frame_time(&self.report.sections[view.slot.section], now_ms);
            if let Err(e) = self.draw_chart(first, frame_ms) {
                self.fail(&e);
            }
            self.shown_since_frame = true;
            return true;
        }
        for i in blank.into_iter().filter(|&i| i != first) {
            match self.lay_out_texts_ahead(i, &mut slice) {
                Ok(true) => {}
                Ok(false) => break,
                Err(e) => {
                    self.fail(&e);
                    return false;
                }
            }
        }
        self.shown_since_frame && !slice.worked
    }

    /// Lays out chart `i`'s texts ahead of its first drawing within `slice`; returns whether
    /// all are laid out.
    fn lay_out_texts_ahead(&mut self, i: usize, slice: &mut Slice<'_>) -> Result<bool, JsValue> {
        let view = &mut self.charts[i];
        let section = &self.report.sections[view.slot.section];
        let spec = &section.charts[view.slot.chart];
        let chart_view = View {
            theme: &self.theme,
            lang: self.lang,
            width_css: view.canvas.scene_width(),
        };
        // A chart shown at its final frame (motion off, `finish()`) will not animate.
        let animated = view.phase != AT_END;
        let texts = view
            .texts_ahead
            .get_or_insert_with(|| chart::animation_texts(section, spec, chart_view, animated));
        while !texts.is_empty() {
            if slice.over() {
                return Ok(false);
            }
            let chunk = texts.split_off(texts.len().saturating_sub(AHEAD_CHUNK));
            view.canvas.lay_out_texts(&chunk)?;
            slice.worked = true;
        }
        Ok(true)
    }

    fn fail(&mut self, e: &JsValue) {
        let message = describe(e);
        self.destroyed = true;
        show_error(
            &self.root,
            "The widget could not be drawn / 图表无法绘制",
            &[message],
        );
    }
}
