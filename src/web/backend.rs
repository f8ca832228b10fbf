//! The browser side of the one drawing seam: plotters-canvas's [`plotters_canvas::CanvasBackend`]
//! draws the primitives on a chart's canvas, and this thin wrapper, on the same 2D context, adds
//! what it lacks: curves (ring bands as two `arc` calls, rounded bars as one `roundRect`),
//! texts laid out ahead of their drawing, and clearing. Coordinates arrive in device pixels from
//! [`crate::render`], the one place the pixel ratio applies.

use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::anim::clamp;
use crate::render::{Curve, Curves};
use crate::scene::Shape;

/// plotters-canvas's error (a type its crate does not name).
type CanvasError = <plotters_canvas::CanvasBackend as DrawingBackend>::ErrorType;

// The context's members web-sys binds only with an exception wrapper (these cannot throw:
// radii are never negative here), or not at all (`roundRect`; `measureText` without its
// metrics, which are not needed).
#[wasm_bindgen]
extern "C" {
    /// A [`CanvasRenderingContext2d`] seen for these members only.
    type CurveContext;
    #[wasm_bindgen(method)]
    fn arc(this: &CurveContext, x: f64, y: f64, r: f64, from: f64, to: f64, anticlockwise: bool);
    /// Newer browsers only (see [`CanvasBackend::round_rect`]).
    #[wasm_bindgen(method, js_name = roundRect)]
    fn round_rect(this: &CurveContext, x: f64, y: f64, w: f64, h: f64, r: f64);
    #[wasm_bindgen(method, js_name = measureText)]
    fn measure_text(this: &CurveContext, text: &str);
}

/// plotters-canvas's backend on a chart's canvas, with curves and texts laid out ahead.
pub struct CanvasBackend {
    canvas: plotters_canvas::CanvasBackend,
    /// The same 2D context plotters-canvas draws with.
    context: CanvasRenderingContext2d,
    /// Whether texts are measured rather than drawn (see [`CanvasBackend::set_measuring`]).
    measuring: bool,
    /// Whether the context has `roundRect` (browsers since 2022-23): one call for a rounded
    /// rectangle where arcs take four.
    round_rect: bool,
}

impl CanvasBackend {
    /// Draws onto `canvas` through `context`, its 2D context.
    ///
    /// # Errors
    /// Fails if plotters-canvas gets no 2D context for `canvas`.
    pub fn new(
        canvas: HtmlCanvasElement,
        context: CanvasRenderingContext2d,
    ) -> Result<Self, JsValue> {
        Ok(CanvasBackend {
            canvas: plotters_canvas::CanvasBackend::with_canvas_object(canvas)
                .ok_or_else(|| JsValue::from_str("the browser gave no 2D canvas context"))?,
            round_rect: js_sys::Reflect::has(&context, &JsValue::from_str("roundRect"))
                .unwrap_or(false),
            context,
            measuring: false,
        })
    }

    /// Measures texts instead of drawing them, in their fonts, when `on`: the browser lays each
    /// out and keeps the result, so drawing the same text in the same font later costs a
    /// fraction. Only texts are meant to reach a measuring backend.
    pub fn set_measuring(&mut self, on: bool) {
        self.measuring = on;
    }

    /// Clears the whole canvas, `(width, height)` device pixels.
    pub fn clear(&self, (w, h): (u32, u32)) {
        self.context
            .clear_rect(0.0, 0.0, f64::from(w), f64::from(h));
    }
}

/// A colour as plotters-canvas writes it.
fn css_color(color: BackendColor) -> String {
    let (r, g, b) = color.rgb;
    format!("rgba({r},{g},{b},{})", color.alpha)
}

impl Curves for CanvasBackend {
    fn fill_curve(
        &mut self,
        curve: Curve<'_>,
        k: f64,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        let color = curve.color();
        if color.alpha <= 0.0 {
            return Ok(());
        }
        let context: &CurveContext = self.context.unchecked_ref();
        match *curve.shape() {
            Shape::Rect {
                x, y, w, h, radius, ..
            } => {
                // Edges on whole device pixels, as a polygon's corners are, so they stay crisp.
                let (left, top) = ((x * k).round(), (y * k).round());
                let (right, bottom) = (((x + w) * k).round(), ((y + h) * k).round());
                let (w_px, h_px) = (right - left, bottom - top);
                let r = clamp(radius * k, 0.0, w_px.min(h_px) / 2.0);
                if r < 0.5 {
                    let corner = |x: f64, y: f64| (x as i32, y as i32);
                    return self.canvas.draw_rect(
                        corner(left, top),
                        corner(right, bottom),
                        &color,
                        true,
                    );
                }
                self.context.begin_path();
                if self.round_rect {
                    context.round_rect(left, top, w_px, h_px, r);
                } else {
                    // Each corner's arc is joined to the one before by a straight edge.
                    use std::f64::consts::{FRAC_PI_2, PI};
                    let corners = [
                        (left + w_px - r, top + r, -FRAC_PI_2),
                        (left + w_px - r, top + h_px - r, 0.0),
                        (left + r, top + h_px - r, FRAC_PI_2),
                        (left + r, top + r, PI),
                    ];
                    for (cx, cy, from) in corners {
                        context.arc(cx, cy, r, from, from + FRAC_PI_2, false);
                    }
                }
            }
            Shape::Band {
                cx,
                cy,
                radius,
                thickness,
                start_deg,
                sweep_deg,
                ..
            } => {
                // The canvas measures angles clockwise from three o'clock.
                let from = (start_deg - 90.0).to_radians();
                let to = from + sweep_deg.min(360.0).to_radians();
                let inner = (radius - thickness).max(0.0);
                let (cx, cy) = (cx * k, cy * k);
                self.context.begin_path();
                context.arc(cx, cy, radius.max(0.0) * k, from, to, false);
                context.arc(cx, cy, inner * k, to, from, true);
            }
            _ => return Ok(()), // Never a curve (see `Curve`).
        }
        self.context.close_path();
        self.context.set_fill_style_str(&css_color(color));
        self.context.fill();
        Ok(())
    }
}

impl DrawingBackend for CanvasBackend {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        self.canvas.get_size()
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.canvas.ensure_prepared()
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.canvas.present()
    }

    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.canvas.draw_pixel(point, color)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.canvas.draw_line(from, to, style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.canvas.draw_rect(upper_left, bottom_right, style, fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.canvas.draw_path(path, style)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.canvas.fill_polygon(vert, style)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.canvas.draw_circle(center, radius, style, fill)
    }

    /// Draws `text` through plotters-canvas, or, while measuring, has the browser lay it out
    /// in the font plotters-canvas will set for it.
    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if !self.measuring {
            return self.canvas.draw_text(text, style, pos);
        }
        self.context.set_font(&format!(
            "{} {}px {}",
            style.style().as_str(),
            style.size(),
            style.family().as_str()
        ));
        self.context
            .unchecked_ref::<CurveContext>()
            .measure_text(text);
        Ok(())
    }
}
