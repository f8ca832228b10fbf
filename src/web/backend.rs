//! plotters' [`DrawingBackend`] on a 2D canvas context: the browser side of the one drawing seam.
//!
//! In place of plotters-canvas, which sets the fill colour, font, alignment and baseline and
//! formats two strings (one of them from a float) for every text it draws: text is most of a
//! chart frame, so this backend remembers the context's state and sets only what changed, and
//! writes colours and font sizes without float formatting, which keeps that code out of the
//! module. Coordinates arrive in device pixels from [`crate::render`].

use std::borrow::Borrow;
use std::convert::Infallible;

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontStyle,
};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::anim::clamp;
use crate::numtext::fixed;
use crate::render::{Curve, Curves};
use crate::scene::Shape;

// The context's busiest members, bound for speed: strings the browser already holds (see
// [`Strings`]), where web-sys passes UTF-8 to be decoded at every call; and no exception
// wrapper, which web-sys puts around calls that can throw. These cannot: texts never throw,
// and radii are never negative here.
#[wasm_bindgen]
extern "C" {
    /// A [`CanvasRenderingContext2d`] seen for these members only.
    type FastContext;
    #[wasm_bindgen(method, setter = font)]
    fn set_font_value(this: &FastContext, font: &JsValue);
    #[wasm_bindgen(method, setter = textAlign)]
    fn set_text_align_value(this: &FastContext, align: &JsValue);
    #[wasm_bindgen(method, js_name = fillText)]
    fn fill_text_value(this: &FastContext, text: &JsValue, x: f64, y: f64);
    #[wasm_bindgen(method, js_name = measureText)]
    fn measure_text_value(this: &FastContext, text: &JsValue);
    #[wasm_bindgen(method)]
    fn arc(this: &FastContext, x: f64, y: f64, r: f64, from: f64, to: f64, anticlockwise: bool);
    /// Newer browsers only (see [`CanvasBackend::round_rect`]).
    #[wasm_bindgen(method, js_name = roundRect)]
    fn round_rect(this: &FastContext, x: f64, y: f64, w: f64, h: f64, r: f64);
}

/// The font a text is drawn in: size in device px (as bits, to compare exactly), weight, family.
#[derive(Clone, Copy, PartialEq)]
struct FontKey {
    size_bits: u64,
    bold: bool,
    family: *const u8,
}

/// A colour without its alpha, which is set apart as the context's global alpha: alphas change
/// every frame of a fade, and a number is set without the string a colour needs.
type Rgb = (u8, u8, u8);

/// The context state this backend has set, so that it is set again only when it changes.
/// `None` (or empty) means unknown: the canvas was just made or resized, which resets it.
#[derive(Default)]
struct ContextState {
    fill: Option<Rgb>,
    stroke: Option<(Rgb, u32)>,
    /// The bits of the global alpha.
    alpha: Option<u64>,
    font: Option<FontKey>,
    align: &'static str,
    baseline: &'static str,
}

/// A 2D canvas context as a plotters backend.
pub struct CanvasBackend {
    canvas: HtmlCanvasElement,
    context: CanvasRenderingContext2d,
    state: ContextState,
    /// Whether texts are measured rather than drawn (see [`CanvasBackend::set_measuring`]).
    measuring: bool,
    /// Whether the context has `roundRect` (browsers since 2022-23): one call for a rounded
    /// rectangle where arcs take four.
    round_rect: bool,
    /// The browser's copies of the strings passed so far.
    strings: Strings,
}

/// Browser strings made once each and kept: a string passed from the module is decoded anew at
/// every call, and a chart passes the same few dozen texts, colours and fonts frame after frame.
#[derive(Default)]
struct Strings {
    colors: Kept<Rgb>,
    fonts: Kept<FontKey>,
    texts: Kept<String>,
}

/// Strings of one kind kept at most: several charts' texts; past that the cache starts again.
const STRINGS_KEPT: usize = 512;

/// Browser strings of one kind by key, looked up from the one after the last found: a chart
/// passes its texts in the same order frame after frame, so that is usually the one wanted, and
/// a look through a hundred counted numbers of equal length is saved.
struct Kept<K> {
    items: Vec<(K, JsValue)>,
    next: usize,
}

impl<K> Default for Kept<K> {
    fn default() -> Self {
        Kept {
            items: Vec::new(),
            next: 0,
        }
    }
}

impl<K> Kept<K> {
    /// The browser string for `key`, or made by `make` and kept.
    fn get<Q>(&mut self, key: &Q, make: impl FnOnce() -> String) -> &JsValue
    where
        Q: PartialEq + ToOwned<Owned = K> + ?Sized,
        K: Borrow<Q>,
    {
        let count = self.items.len();
        let found = (0..count)
            .map(|k| (self.next + k) % count)
            .find(|&i| self.items[i].0.borrow() == key);
        let index = match found {
            Some(index) => index,
            None => {
                if count >= STRINGS_KEPT {
                    self.items.clear();
                }
                self.items
                    .push((key.to_owned(), JsValue::from_str(&make())));
                self.items.len() - 1
            }
        };
        self.next = index + 1;
        &self.items[index].1
    }
}

impl CanvasBackend {
    /// Draws onto `canvas` through `context`, its 2D context.
    pub fn new(canvas: HtmlCanvasElement, context: CanvasRenderingContext2d) -> Self {
        CanvasBackend {
            canvas,
            state: ContextState::default(),
            measuring: false,
            round_rect: js_sys::Reflect::has(&context, &JsValue::from_str("roundRect"))
                .unwrap_or(false),
            context,
            strings: Strings::default(),
        }
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

    /// Forgets the context state: resizing a canvas resets it to the defaults.
    pub fn forget_state(&mut self) {
        self.state = ContextState::default();
    }

    fn set_fill(&mut self, color: BackendColor) {
        self.set_alpha(color.alpha);
        if self.state.fill != Some(color.rgb) {
            // The setter web-sys deprecated in favour of typed ones: a string made once is passed
            // as a value.
            #[allow(deprecated)]
            self.context
                .set_fill_style(css_color(&mut self.strings.colors, color.rgb));
            self.state.fill = Some(color.rgb);
        }
    }

    fn set_stroke(&mut self, color: BackendColor, width: u32) {
        self.set_alpha(color.alpha);
        let key = (color.rgb, width);
        if self.state.stroke != Some(key) {
            #[allow(deprecated)] // As for fills.
            self.context
                .set_stroke_style(css_color(&mut self.strings.colors, color.rgb));
            self.context.set_line_width(f64::from(width));
            self.state.stroke = Some(key);
        }
    }

    fn set_alpha(&mut self, alpha: f64) {
        // The canvas ignores an alpha outside 0–1 (or NaN), which would leave the last one set.
        let alpha = clamp(alpha, 0.0, 1.0);
        if self.state.alpha != Some(alpha.to_bits()) {
            self.context.set_global_alpha(alpha);
            self.state.alpha = Some(alpha.to_bits());
        }
    }

    /// Fills or strokes the current path in `style`.
    fn paint(&mut self, style: &impl BackendStyle, fill: bool) {
        if fill {
            self.set_fill(style.color());
            self.context.fill();
        } else {
            self.set_stroke(style.color(), style.stroke_width());
            self.context.stroke();
        }
    }

    fn trace(&self, points: impl IntoIterator<Item = BackendCoord>) -> bool {
        let mut points = points.into_iter();
        let Some((x, y)) = points.next() else {
            return false;
        };
        self.context.begin_path();
        self.context.move_to(f64::from(x), f64::from(y));
        for (x, y) in points {
            self.context.line_to(f64::from(x), f64::from(y));
        }
        true
    }
}

/// A colour in CSS, `#rrggbb`, as a browser string.
fn css_color(cache: &mut Kept<Rgb>, rgb: Rgb) -> &JsValue {
    let (r, g, b) = rgb;
    cache.get(&rgb, || format!("#{r:02x}{g:02x}{b:02x}"))
}

/// Moves a horizontal or vertical line onto the middle of its pixels, so a 1 px line is crisp.
fn crisp(from: BackendCoord, to: BackendCoord) -> ((f64, f64), (f64, f64)) {
    let (x1, y1, x2, y2) = (
        f64::from(from.0),
        f64::from(from.1),
        f64::from(to.0),
        f64::from(to.1),
    );
    if from.0 == to.0 {
        ((x1 + 0.5, y1), (x2 + 0.5, y2))
    } else if from.1 == to.1 {
        ((x1, y1 + 0.5), (x2, y2 + 0.5))
    } else {
        ((x1, y1), (x2, y2))
    }
}

impl Curves for CanvasBackend {
    fn fill_curve(&mut self, curve: Curve<'_>, k: f64) -> Result<(), DrawingErrorKind<Infallible>> {
        let color = curve.color();
        let context: &FastContext = self.context.unchecked_ref();
        match *curve.shape() {
            Shape::Rect {
                x, y, w, h, radius, ..
            } => {
                // Edges on whole device pixels, as a polygon's corners are, so they stay crisp.
                let (left, top) = ((x * k).round(), (y * k).round());
                let (w_px, h_px) = (((x + w) * k).round() - left, ((y + h) * k).round() - top);
                let r = clamp(radius * k, 0.0, w_px.min(h_px) / 2.0);
                if r < 0.5 {
                    self.set_fill(color);
                    self.context.fill_rect(left, top, w_px, h_px);
                    return Ok(());
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
        self.set_fill(color);
        self.context.fill();
        Ok(())
    }
}

impl DrawingBackend for CanvasBackend {
    /// Canvas calls fail silently (a non-finite coordinate draws nothing); none throws here.
    type ErrorType = Infallible;

    fn get_size(&self) -> (u32, u32) {
        (self.canvas.width(), self.canvas.height())
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Infallible>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<Infallible>> {
        Ok(())
    }

    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        if color.alpha > 0.0 {
            self.set_fill(color);
            self.context
                .fill_rect(f64::from(point.0), f64::from(point.1), 1.0, 1.0);
        }
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        if style.color().alpha > 0.0 {
            let ((x1, y1), (x2, y2)) = crisp(from, to);
            self.context.begin_path();
            self.context.move_to(x1, y1);
            self.context.line_to(x2, y2);
            self.paint(style, false);
        }
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        if style.color().alpha <= 0.0 {
            return Ok(());
        }
        let (x, y) = (f64::from(upper_left.0), f64::from(upper_left.1));
        let (w, h) = (
            f64::from(bottom_right.0 - upper_left.0),
            f64::from(bottom_right.1 - upper_left.1),
        );
        if fill {
            self.set_fill(style.color());
            self.context.fill_rect(x, y, w, h);
        } else {
            self.set_stroke(style.color(), style.stroke_width());
            self.context.stroke_rect(x, y, w, h);
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        if style.color().alpha > 0.0 && self.trace(path) {
            self.paint(style, false);
        }
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        if style.color().alpha > 0.0 && self.trace(vert) {
            self.context.close_path();
            self.paint(style, true);
        }
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        if style.color().alpha <= 0.0 {
            return Ok(());
        }
        self.context.begin_path();
        self.context.unchecked_ref::<FastContext>().arc(
            f64::from(center.0),
            f64::from(center.1),
            f64::from(radius),
            0.0,
            std::f64::consts::TAU,
            false,
        );
        self.paint(style, fill);
        Ok(())
    }

    /// Draws `text` unrotated (scenes never rotate text), anchored as its style says.
    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        let color = style.color();
        if color.alpha <= 0.0 && !self.measuring {
            return Ok(());
        }
        let family = style.family();
        let font = FontKey {
            size_bits: style.size().to_bits(),
            bold: matches!(style.style(), FontStyle::Bold),
            family: family.as_str().as_ptr(),
        };
        if self.state.font != Some(font) {
            let weight = if font.bold { "bold" } else { "normal" };
            let css = self.strings.fonts.get(&font, || {
                format!("{weight} {}px {}", fixed(style.size(), 2), family.as_str())
            });
            self.context
                .unchecked_ref::<FastContext>()
                .set_font_value(css);
            self.state.font = Some(font);
        }
        if self.measuring {
            let text_value = self.strings.texts.get(text, || text.to_owned());
            self.context
                .unchecked_ref::<FastContext>()
                .measure_text_value(text_value);
            return Ok(());
        }
        let anchor = style.anchor();
        let align = match anchor.h_pos {
            HPos::Left => "left",
            HPos::Center => "center",
            HPos::Right => "right",
        };
        if self.state.align != align {
            let value = self.strings.texts.get(align, || align.to_owned());
            self.context
                .unchecked_ref::<FastContext>()
                .set_text_align_value(value);
            self.state.align = align;
        }
        let baseline = match anchor.v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        };
        if self.state.baseline != baseline {
            self.context.set_text_baseline(baseline);
            self.state.baseline = baseline;
        }
        self.set_fill(color);
        let text_value = self.strings.texts.get(text, || text.to_owned());
        self.context.unchecked_ref::<FastContext>().fill_text_value(
            text_value,
            f64::from(pos.0),
            f64::from(pos.1),
        );
        Ok(())
    }
}
