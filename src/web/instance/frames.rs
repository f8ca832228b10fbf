//! Animation frames: each draws the charts due, in turn, within the frame's budget on the page's
//! clock, then the counters; and a chart's redraw when it is resized or shown again.

use wasm_bindgen::JsValue;
use web_sys::{Element, Event};

use super::Instance;
use crate::budget;
use crate::chart::{self, View};
use crate::timeline::Phase;

/// One animation frame's budget for drawing charts (see [`crate::budget`]), on the page's clock,
/// read once per chart as reading it is a call out of the module.
struct FrameBudget<'a> {
    performance: &'a web_sys::Performance,
    budget: budget::FrameBudget,
}

impl<'a> FrameBudget<'a> {
    /// A budget starting now, on the clock of `performance`.
    fn start(performance: &'a web_sys::Performance) -> Self {
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

impl Instance {
    /// Whether a frame is already requested.
    pub fn frame_requested(&self) -> bool {
        self.frame_request.is_some()
    }

    /// Records the id of the requested frame.
    pub fn set_frame_request(&mut self, id: i32) {
        self.frame_request = Some(id);
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
    pub(super) fn plot_shown(&mut self, event: &Event, plot: &Element) -> bool {
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

    /// Draws the frame at `now_ms`, spending on charts no more than a frame's budget on `clock`
    /// allows (beyond one chart; without a clock, no limit); on failure shows the error and
    /// stops. Returns whether anything still moves or waits to be drawn.
    pub fn frame(&mut self, now_ms: f64, clock: Option<&web_sys::Performance>) -> bool {
        let budget = clock.map(FrameBudget::start);
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
        let (counting, counted) = self.count(now_ms);
        moving |= counting;
        all_final &= counted;
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
        self.mark_progress(all_final)?;
        Ok(moving)
    }

    /// Draws chart `i` at `frame_ms` on its timeline.
    pub(super) fn draw_chart(&mut self, i: usize, frame_ms: f64) -> Result<(), JsValue> {
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
}
