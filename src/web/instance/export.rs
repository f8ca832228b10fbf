//! Downloads: a chart, or the sections shown as one tall image, as PNG.

use wasm_bindgen::JsValue;

use super::Instance;
use crate::chart::{poster, View};

/// The width of downloaded images in CSS px: a phone's, as images are shared to phones.
const IMAGE_WIDTH_CSS: f64 = 375.0;

impl Instance {
    /// Downloads chart `which` (its index), or `all` sections shown as one tall image, as PNG.
    pub(super) fn download(&self, which: &str) -> Result<(), JsValue> {
        let doc = self.root.owner_document().ok_or("no document")?;
        let id = &self.report.meta.id;
        let (scene, name) = if which == "all" {
            let view = View {
                theme: &self.theme,
                lang: self.lang,
                width_css: IMAGE_WIDTH_CSS,
            };
            (
                poster::report_image(&self.report, &|i| self.shown[i], view),
                format!("{id}.png"),
            )
        } else {
            let index: usize = which.parse().map_err(|_| "no such chart")?;
            let view = self.charts.get(index).ok_or("no such chart")?;
            let section = &self.report.sections[view.slot.section];
            let spec = &section.charts[view.slot.chart];
            let width_css = view.canvas.scene_width().max(IMAGE_WIDTH_CSS);
            let image_view = View {
                theme: &self.theme,
                lang: self.lang,
                width_css,
            };
            let scene = poster::chart_image(&self.report, section, spec, image_view);
            (
                scene,
                format!("{id}-{}-{}.png", section.id, view.slot.chart + 1),
            )
        };
        crate::web::canvas::download_png(&doc, &scene, &name)
    }
}
