//! Canvases sized to their containers: every size read from the DOM before any is written.

use super::Instance;
use crate::chart;

impl Instance {
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
}
