//! Idle tasks between frames: the hidden parts shown one at a time, and each chart's texts laid
//! out and its first frame drawn ahead of its animation.

use wasm_bindgen::JsValue;

use super::{ChartView, Instance};
use crate::chart::{self, View};
use crate::timeline::{Phase, AT_END};

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

impl Instance {
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

    /// Shows every hidden part.
    pub(super) fn show_all_parts(&mut self) {
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
}
