//! An instance's life: made over the DOM the mounting steps built, then ended by `destroy()` or
//! by a failure it shows.

use wasm_bindgen::JsValue;
use web_sys::Element;

use super::counters::counter_groups;
use super::{ChartView, Instance};
use crate::model::Report;
use crate::options::Options;
use crate::theme::Theme;
use crate::timeline::{chart_delay_ms, Phase, AT_END};
use crate::web::canvas::ChartCanvas;
use crate::web::dom::Built;
use crate::web::errors::{describe, show_error};
use crate::web::tooltip::Tooltip;

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

        let groups = counter_groups(built.counters, start);
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

    /// Marks the widget destroyed; returns the pending frame request to cancel.
    pub fn destroy(&mut self) -> Option<i32> {
        self.destroyed = true;
        self.tooltip.remove();
        self.frame_request.take()
    }

    /// Shows that the widget could not be drawn, for `e`, and stops it.
    pub(super) fn fail(&mut self, e: &JsValue) {
        let message = describe(e);
        self.destroyed = true;
        show_error(
            &self.root,
            "The widget could not be drawn / 图表无法绘制",
            &[message],
        );
    }
}
