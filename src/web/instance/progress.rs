//! How far a widget has come, told to the page: `data-state="ready"` and the ready event once
//! everything is final, and performance marks for the benchmark.

use wasm_bindgen::JsValue;

use super::Instance;
use crate::web::events::{dispatch, READY_EVENT};

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

impl Instance {
    /// Whether every number and chart shows its final value.
    pub fn ready(&self) -> bool {
        self.ready
    }

    /// Marks a frame's progress after it is drawn: the first chart drawn, and, when `all_final`,
    /// the widget ready.
    pub(super) fn mark_progress(&mut self, all_final: bool) -> Result<(), JsValue> {
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
        Ok(())
    }
}
