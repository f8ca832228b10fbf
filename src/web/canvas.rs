//! A chart's canvas: sized to its container in CSS pixels, its backing store in device pixels,
//! and drawn through [`CanvasBackend`]. The pixel ratio is read here and passed on to
//! [`crate::render`], the one place that scales scenes to device pixels.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use super::backend::CanvasBackend;
use crate::numtext::fixed;
use crate::render::{draw_scene, draw_shapes, Target};
use crate::scene::{Scene, Shape, TextFont};
use crate::theme::FONT_STACK;

/// A canvas with its size in CSS pixels and the pixel ratio its backing store was made for.
pub struct ChartCanvas {
    canvas: HtmlCanvasElement,
    /// Made at the first drawing, which is a task of its own, rather than with the widget.
    backend: Option<CanvasBackend>,
    width_css: f64,
    height_css: f64,
    pixel_ratio: f64,
    zoom: f64,
    /// The backing store's width and height in device pixels for the current size: reading them
    /// from the canvas is a call out of the module, and every frame's budget needs them.
    device_size: (u32, u32),
    /// The backing store's size as set on the canvas. Sizing a canvas clears it, so a new size
    /// is set with the next drawing: until then the last drawing stays, stretched to the new CSS
    /// size, rather than a blank chart for the frames before its turn to be redrawn.
    backing_size: (u32, u32),
    /// Whether the canvas holds a drawing: sizing a canvas clears it, and clearing a blank one
    /// would only make the browser allocate its pixels early.
    drawn: bool,
    /// Whether the canvas was ever drawn on: its first drawing makes the browser create it.
    ever_drawn: bool,
    /// The font of the last text drawn or measured: the next drawing starts with its texts.
    font: Option<TextFont>,
}

impl ChartCanvas {
    /// Wraps `canvas`.
    pub fn new(canvas: HtmlCanvasElement) -> Self {
        ChartCanvas {
            canvas,
            backend: None,
            width_css: 0.0,
            height_css: 0.0,
            pixel_ratio: 0.0,
            zoom: 1.0,
            device_size: (0, 0),
            backing_size: (0, 0),
            drawn: false,
            ever_drawn: false,
            font: None,
        }
    }

    /// The width scenes are built at: the CSS width divided by the zoom of large text.
    pub fn scene_width(&self) -> f64 {
        self.width_css / self.zoom
    }

    /// Whether the canvas was ever drawn on: a first drawing costs the browser several redraws.
    pub fn ever_drawn(&self) -> bool {
        self.ever_drawn
    }

    /// The size of the backing store in device pixels, as of its next drawing.
    pub fn device_pixels(&self) -> f64 {
        f64::from(self.device_size.0) * f64::from(self.device_size.1)
    }

    /// The zoom of large text: scene px × zoom = CSS px.
    pub fn zoom(&self) -> f64 {
        self.zoom
    }

    /// Whether the canvas is already sized for a container `width_css` wide at `pixel_ratio` and
    /// `zoom` (its height follows from these).
    pub fn sized_for(&self, width_css: f64, pixel_ratio: f64, zoom: f64) -> bool {
        width_css == self.width_css && pixel_ratio == self.pixel_ratio && zoom == self.zoom
    }

    /// Sizes the canvas to `width_css` × `height_css` at `pixel_ratio`, for scenes drawn `zoom`
    /// times larger than built: its CSS size now, its backing store with the next drawing.
    /// Returns whether anything changed; an unchanged size keeps the backing store (and its
    /// pixels).
    pub fn resize(&mut self, width_css: f64, height_css: f64, pixel_ratio: f64, zoom: f64) -> bool {
        if width_css == self.width_css
            && height_css == self.height_css
            && pixel_ratio == self.pixel_ratio
            && zoom == self.zoom
        {
            return false;
        }
        self.width_css = width_css;
        self.height_css = height_css;
        self.pixel_ratio = pixel_ratio;
        self.zoom = zoom;
        let style =
            wasm_bindgen::JsCast::unchecked_ref::<web_sys::HtmlElement>(&self.canvas).style();
        // The CSS size is set explicitly so the container's width never follows the canvas's.
        let _ = style.set_property("width", &format!("{}px", fixed(width_css, 2)));
        let _ = style.set_property("height", &format!("{}px", fixed(height_css, 2)));
        // Out of view the plot around the canvas is not rendered (`content-visibility: auto`)
        // and takes this height, so the page does not move when it is.
        if let Some(plot) = self.canvas.parent_element() {
            let plot: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(plot);
            let _ = plot.style().set_property(
                "contain-intrinsic-height",
                &format!("auto {}px", fixed(height_css, 2)),
            );
        }
        self.device_size = (
            (width_css * pixel_ratio).round() as u32,
            (height_css * pixel_ratio).round() as u32,
        );
        true
    }

    /// Gives the backing store the current size, if it has another: this clears the canvas and
    /// resets its context.
    fn size_backing_store(&mut self) {
        if self.backing_size == self.device_size {
            return;
        }
        self.backing_size = self.device_size;
        self.canvas.set_width(self.device_size.0);
        self.canvas.set_height(self.device_size.1);
        self.drawn = false;
        self.font = None;
    }

    /// Clears the canvas and draws `scene`.
    ///
    /// # Errors
    /// Fails when the canvas has no 2D context (the browser refused one), or passes on a drawing
    /// error of the canvas.
    pub fn draw(&mut self, scene: &Scene) -> Result<(), JsValue> {
        self.size_backing_store();
        let target = self.target();
        let cleared = self.drawn;
        self.drawn = true;
        self.ever_drawn = true;
        let font = self.font;
        let size = self.device_size;
        let backend = self.backend()?;
        if cleared {
            backend.clear(size);
        }
        let drawn = draw_shapes(backend, &scene.shapes, target, font);
        self.font = drawn.map_err(|e| JsValue::from_str(&format!("drawing failed: {e}")))?;
        Ok(())
    }

    /// Has the browser lay out `texts` in the fonts this canvas draws them in, without drawing,
    /// so that drawing them later reuses that layout.
    ///
    /// # Errors
    /// As [`ChartCanvas::draw`].
    pub fn lay_out_texts(&mut self, texts: &[Shape]) -> Result<(), JsValue> {
        let target = self.target();
        let font = self.font;
        let backend = self.backend()?;
        backend.set_measuring(true);
        let measured = draw_shapes(backend, texts, target, font);
        backend.set_measuring(false);
        self.font = measured.map_err(|e| JsValue::from_str(&format!("measuring failed: {e}")))?;
        Ok(())
    }

    /// How scenes are drawn on this canvas.
    fn target(&self) -> Target {
        Target::canvas(self.pixel_ratio * self.zoom, FONT_STACK)
    }

    /// The backend, made with the canvas's 2D context at first use.
    fn backend(&mut self) -> Result<&mut CanvasBackend, JsValue> {
        let backend = match self.backend.take() {
            Some(backend) => backend,
            None => CanvasBackend::new(self.canvas.clone(), context_2d(&self.canvas)?)?,
        };
        Ok(self.backend.insert(backend))
    }
}

/// The 2D context of `canvas`.
fn context_2d(canvas: &HtmlCanvasElement) -> Result<CanvasRenderingContext2d, JsValue> {
    canvas
        .get_context("2d")?
        .ok_or_else(|| JsValue::from_str("the browser gave no 2D canvas context"))
        .map(JsCast::unchecked_into)
}

/// Renders `scene` into a new canvas at twice its CSS size and downloads it as a PNG file.
///
/// # Errors
/// Fails if the browser refuses the canvas or the download link.
pub fn download_png(
    doc: &web_sys::Document,
    scene: &Scene,
    file_name: &str,
) -> Result<(), JsValue> {
    // Browsers cap a canvas side near 32 767 px: a very tall image is drawn at a lower ratio.
    let ratio = (32_000.0 / scene.height_css.max(1.0)).min(2.0);
    let canvas: HtmlCanvasElement = doc.create_element("canvas")?.unchecked_into();
    canvas.set_width((scene.width_css * ratio).ceil() as u32);
    canvas.set_height((scene.height_css * ratio).ceil() as u32);
    let mut backend = CanvasBackend::new(canvas.clone(), context_2d(&canvas)?)?;
    draw_scene(&mut backend, scene, Target::canvas(ratio, FONT_STACK))
        .map_err(|e| JsValue::from_str(&format!("drawing failed: {e}")))?;
    let link: web_sys::HtmlAnchorElement = doc.create_element("a")?.unchecked_into();
    link.set_href(&canvas.to_data_url_with_type("image/png")?);
    link.set_download(file_name);
    link.click();
    Ok(())
}
