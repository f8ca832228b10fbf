//! Pointer, touch and keyboard on a widget: replay and download buttons, and tooltips over a
//! chart's marks (which mark is hit, and where the keys move, is decided in `crate::interact`).

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, KeyboardEvent, MouseEvent};

use super::Instance;
use crate::interact::{hit_test, key_action, KeyAction};
use crate::web::events::PLOT_SHOWN_EVENT;

impl Instance {
    /// Handles a DOM event on the root: replay buttons, and tooltips by pointer, touch and
    /// keyboard. Returns whether a frame must be drawn.
    pub fn handle_event(&mut self, event: &Event) -> bool {
        let target = event.target().and_then(|t| t.dyn_into::<Element>().ok());
        let kind = event.type_();
        if kind == PLOT_SHOWN_EVENT {
            return target.is_some_and(|plot| self.plot_shown(event, &plot));
        }
        if kind == "click" {
            let download = target
                .as_ref()
                .and_then(|t| t.closest("[data-ri-download]").ok().flatten())
                .and_then(|b| b.get_attribute("data-ri-download"));
            if let Some(which) = download {
                if let Err(e) = self.download(&which) {
                    web_sys::console::error_1(&e);
                }
                return false;
            }
            let section = target
                .and_then(|t| t.closest("[data-ri-replay]").ok().flatten())
                .and_then(|b| b.get_attribute("data-ri-replay"))
                .and_then(|s| s.parse::<usize>().ok());
            if let Some(section) = section {
                self.replay(section);
                return true;
            }
            return false;
        }
        let canvas = target.and_then(|t| t.closest("canvas[data-ri-chart]").ok().flatten());
        let chart = canvas
            .as_ref()
            .and_then(|c| c.get_attribute("data-ri-chart"))
            .and_then(|s| s.parse::<usize>().ok())
            .filter(|&i| i < self.charts.len());
        let (Some(canvas), Some(chart)) = (canvas, chart) else {
            if kind.starts_with("pointer") {
                self.tooltip.hide();
            }
            return false;
        };
        match kind.as_str() {
            "pointermove" | "pointerdown" => {
                let Some(mouse) = event.dyn_ref::<MouseEvent>() else {
                    return false;
                };
                let bounds = canvas.get_bounding_client_rect();
                // Marks are in scene px; the pointer is in CSS px.
                let zoom = self.charts[chart].canvas.zoom();
                let (x, y) = (
                    (f64::from(mouse.client_x()) - bounds.left()) / zoom,
                    (f64::from(mouse.client_y()) - bounds.top()) / zoom,
                );
                match hit_test(&self.charts[chart].marks, x, y) {
                    Some(mark) => self.show_tooltip(&canvas, chart, mark),
                    None => self.tooltip.hide(),
                }
            }
            "focusin" => {
                let mark = self
                    .tooltip
                    .shown()
                    .filter(|s| s.0 == chart)
                    .map_or(0, |s| s.1);
                self.show_tooltip(&canvas, chart, mark);
            }
            "focusout" | "pointerleave" => self.tooltip.hide(),
            "keydown" => {
                let Some(key) = event.dyn_ref::<KeyboardEvent>().map(KeyboardEvent::key) else {
                    return false;
                };
                let count = self.charts[chart].marks.len();
                let current = self.tooltip.shown().filter(|s| s.0 == chart).map(|s| s.1);
                match key_action(&key, current, count) {
                    KeyAction::Show(next) => {
                        event.prevent_default();
                        self.show_tooltip(&canvas, chart, next);
                    }
                    KeyAction::Close => self.tooltip.hide(),
                    KeyAction::Ignore => {}
                }
            }
            _ => {}
        }
        false
    }

    pub(super) fn show_tooltip(&mut self, canvas: &Element, chart: usize, mark_index: usize) {
        let view = &self.charts[chart];
        let Some(mark) = view.marks.get(mark_index) else {
            return;
        };
        // The tooltip is placed in CSS px.
        let zoom = view.canvas.zoom();
        let mut mark = mark.clone();
        mark.rect = mark.rect.map(|v| v * zoom);
        let Some(figure) = self.report.sections[view.slot.section].figure(&mark.figure_id) else {
            return;
        };
        if self
            .tooltip
            .show(
                &self.root,
                canvas,
                (chart, mark_index),
                &mark,
                figure,
                self.lang,
            )
            .is_err()
        {
            self.tooltip.hide();
        }
    }
}
