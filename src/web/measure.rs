//! Measuring texts as the browser lays them out in the charts' font, for `chartTexts()`: the
//! boxes tests and tools check, with the browser's widths rather than the core's estimates.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::CanvasRenderingContext2d;

use crate::numtext::fixed;
use crate::theme::FONT_STACK;

/// A 2D context of a canvas of its own (never drawn on, never in the page) to measure with.
pub struct TextMeasure {
    context: CanvasRenderingContext2d,
}

impl TextMeasure {
    /// A measure on a new canvas.
    ///
    /// # Errors
    /// Fails if the browser gives no 2D context.
    pub fn new() -> Result<Self, JsValue> {
        let document = web_sys::window()
            .and_then(|w| w.document())
            .ok_or_else(|| JsValue::from_str("no document to measure texts in"))?;
        let canvas: web_sys::HtmlCanvasElement =
            document.create_element("canvas")?.unchecked_into();
        let context = canvas
            .get_context("2d")?
            .ok_or_else(|| JsValue::from_str("the browser gave no 2D canvas context"))?
            .unchecked_into();
        Ok(TextMeasure { context })
    }

    /// The width in CSS px of `text` at `size_css`, bold or not, in the charts' font stack (the
    /// font string the canvas backend sets).
    pub fn width(&self, text: &str, size_css: f64, bold: bool) -> f64 {
        let weight = if bold { "bold" } else { "normal" };
        self.context
            .set_font(&format!("{weight} {}px {FONT_STACK}", fixed(size_css, 2)));
        self.context.measure_text(text).map_or(0.0, |m| m.width())
    }
}
