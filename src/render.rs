//! Drawing a [`Scene`] on a plotters [`DrawingBackend`]: the canvas in the browser, SVG natively.
//!
//! Scenes are in CSS pixels. This is the one place that turns them into device pixels: the web
//! shell sizes the canvas backing store to `css × pixel_ratio` and passes the same ratio here.
//! Rounded rectangles and ring bands are [`Curve`]s: a backend that draws curves itself (the
//! canvas, see [`Curves`]) gets them whole; others get polygons, because plotters' trait has no
//! curves.
//!
//! [`DrawingBackend`]: plotters_backend::DrawingBackend

mod curve;

use std::fmt;

use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendTextStyle, DrawingErrorKind, FontFamily, FontStyle,
};

use crate::anim::clamp;
use crate::scene::{Align, Scene, Shape, TextFont};
use curve::backend_color;
pub use curve::{Curve, Curves};

/// What the scene is drawn onto.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Target {
    /// Device pixels per CSS pixel.
    pub pixel_ratio: f64,
    /// Factor on font sizes; plotters' SVG backend writes `size / 1.24`, which this undoes.
    pub font_size_factor: f64,
    /// The font stack for texts.
    pub font_family: &'static str,
}

impl Target {
    /// An HTML canvas whose backing store has `pixel_ratio` device pixels per CSS pixel.
    pub fn canvas(pixel_ratio: f64, font_family: &'static str) -> Self {
        let pixel_ratio = if pixel_ratio.is_finite() && pixel_ratio > 0.0 {
            clamp(pixel_ratio, 0.5, 4.0)
        } else {
            1.0
        };
        Target {
            pixel_ratio,
            font_size_factor: 1.0,
            font_family,
        }
    }

    /// An SVG document in CSS pixels.
    pub fn svg(font_family: &'static str) -> Self {
        Target {
            pixel_ratio: 1.0,
            font_size_factor: 1.24,
            font_family,
        }
    }
}

/// Draws `scene`: its shapes in order, then its texts over them, grouped by font (in order of
/// first use). Setting a canvas font parses it, so switching once per size and weight rather
/// than once per text saves most of that work; texts never overlap one another, so their order
/// does not show.
///
/// # Errors
/// Passes on the first error of the backend.
pub fn draw_scene<B: Curves>(
    backend: &mut B,
    scene: &Scene,
    target: Target,
) -> Result<(), DrawingErrorKind<B::ErrorType>> {
    draw_shapes(backend, &scene.shapes, target, None).map(|_| ())
}

/// Draws `shapes` as [`draw_scene`] draws a scene's, starting with the texts in `lead_font` (the
/// font a canvas was left in, which then need not be set again). Returns the font of the last
/// text drawn.
///
/// # Errors
/// Passes on the first error of the backend.
pub fn draw_shapes<B: Curves>(
    backend: &mut B,
    shapes: &[Shape],
    target: Target,
    lead_font: Option<TextFont>,
) -> Result<Option<TextFont>, DrawingErrorKind<B::ErrorType>> {
    let (texts, shapes): (Vec<&Shape>, Vec<&Shape>) = shapes
        .iter()
        .partition(|shape| matches!(shape, Shape::Text { .. }));
    // The fonts in order of first use, the lead font first; a scene has a handful.
    let mut fonts: Vec<TextFont> = Vec::new();
    for font in texts.iter().filter_map(|text| text.font()) {
        if !fonts.contains(&font) {
            if Some(font) == lead_font {
                fonts.insert(0, font);
            } else {
                fonts.push(font);
            }
        }
    }
    let last_font = fonts.last().copied();
    let grouped = fonts.into_iter().flat_map(|font| {
        texts
            .iter()
            .copied()
            .filter(move |t| t.font() == Some(font))
    });
    // One call site, so the drawing code is generated once.
    for shape in shapes.into_iter().chain(grouped) {
        draw_shape(backend, shape, target)?;
    }
    Ok(last_font)
}

fn draw_shape<B: Curves>(
    backend: &mut B,
    shape: &Shape,
    target: Target,
) -> Result<(), DrawingErrorKind<B::ErrorType>> {
    let k = target.pixel_ratio;
    let px = |x: f64, y: f64| -> BackendCoord { ((x * k).round() as i32, (y * k).round() as i32) };
    match shape {
        Shape::Rect { .. } | Shape::Band { .. } => {
            if let Some(curve) = Curve::of(shape) {
                backend.fill_curve(curve, k)?;
            }
        }
        Shape::Circle { cx, cy, r, color } => {
            if color.a <= 0.0 {
                return Ok(());
            }
            let radius = (r * k).round().max(0.0) as u32;
            backend.draw_circle(px(*cx, *cy), radius, &backend_color(*color), true)?;
        }
        Shape::Line {
            x1,
            y1,
            x2,
            y2,
            width,
            color,
        } => {
            let style = LineStyle {
                color: backend_color(*color),
                width: (width * k).round().max(1.0) as u32,
            };
            backend.draw_line(px(*x1, *y1), px(*x2, *y2), &style)?;
        }
        Shape::Text {
            x,
            y,
            text,
            size,
            bold,
            color,
            align,
        } => {
            if text.is_empty() || color.a <= 0.0 {
                return Ok(());
            }
            let style = TextStyle {
                color: backend_color(*color),
                size: size * k * target.font_size_factor,
                bold: *bold,
                family: target.font_family,
                align: *align,
            };
            backend.draw_text(text, &style, px(*x, *y))?;
        }
    }
    Ok(())
}

struct LineStyle {
    color: BackendColor,
    width: u32,
}

impl plotters_backend::BackendStyle for LineStyle {
    fn color(&self) -> BackendColor {
        self.color
    }
    fn stroke_width(&self) -> u32 {
        self.width
    }
}

/// Texts are drawn by the backend itself (canvas `fillText`, SVG `<text>`), never rasterised by
/// plotters, so the style needs no font file and its glyph methods are never called.
struct TextStyle {
    color: BackendColor,
    size: f64,
    bold: bool,
    family: &'static str,
    align: Align,
}

/// Returned if a backend asks plotters to rasterise text itself, which ours never do.
#[derive(Debug)]
pub struct NoRasterFont;

impl fmt::Display for NoRasterFont {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("this backend must draw text itself")
    }
}

impl std::error::Error for NoRasterFont {}

impl BackendTextStyle for TextStyle {
    type FontError = NoRasterFont;

    fn color(&self) -> BackendColor {
        self.color
    }
    fn size(&self) -> f64 {
        self.size
    }
    fn style(&self) -> FontStyle {
        if self.bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        }
    }
    fn anchor(&self) -> Pos {
        let h_pos = match self.align {
            Align::Start => HPos::Left,
            Align::Middle => HPos::Center,
            Align::End => HPos::Right,
        };
        Pos::new(h_pos, VPos::Center)
    }
    fn family(&self) -> FontFamily<'_> {
        FontFamily::Name(self.family)
    }
    fn layout_box(&self, _text: &str) -> Result<((i32, i32), (i32, i32)), NoRasterFont> {
        Err(NoRasterFont)
    }
    fn draw<E, DrawFunc: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _text: &str,
        _pos: BackendCoord,
        _draw: DrawFunc,
    ) -> Result<Result<(), E>, NoRasterFont> {
        Err(NoRasterFont)
    }
}

#[cfg(test)]
mod tests {
    use plotters_backend::DrawingBackend;

    use super::*;
    use crate::theme::Color;

    #[test]
    fn texts_start_with_the_lead_font() {
        let text = |t: &str, size: f64, bold: bool| Shape::Text {
            x: 0.0,
            y: 0.0,
            text: t.into(),
            size,
            bold,
            color: crate::theme::LIGHT.ink,
            align: Align::Start,
        };
        let shapes = [
            text("a", 13.0, false),
            text("1", 15.0, true),
            text("b", 13.0, false),
        ];
        let order = |lead: Option<TextFont>| {
            let mut svg = String::new();
            let last = {
                let mut backend = plotters_svg::SVGBackend::with_string(&mut svg, (100, 50));
                draw_shapes(&mut backend, &shapes, Target::svg("serif"), lead).unwrap()
            };
            let words: String = ["a", "b", "1"]
                .iter()
                .map(|w| (svg.find(&format!("\n{w}\n")).unwrap(), *w))
                .collect::<std::collections::BTreeMap<_, _>>()
                .into_values()
                .collect();
            (words, last)
        };
        let font = |bold, size: f64| TextFont {
            bold,
            size_bits: size.to_bits(),
        };
        let (bold, plain) = (font(true, 15.0), font(false, 13.0));
        assert_eq!(order(None), ("ab1".into(), Some(bold)));
        assert_eq!(order(Some(bold)), ("1ab".into(), Some(plain)));
        assert_eq!(order(Some(font(true, 9.0))), ("ab1".into(), Some(bold)));
    }

    /// Records the curves it is given, and counts polygons.
    #[derive(Default)]
    struct CurveRecorder {
        curves: Vec<(Shape, f64)>,
        polygons: usize,
    }

    impl DrawingBackend for CurveRecorder {
        type ErrorType = std::convert::Infallible;
        fn get_size(&self) -> (u32, u32) {
            (200, 200)
        }
        fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
            Ok(())
        }
        fn present(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
            Ok(())
        }
        fn draw_pixel(
            &mut self,
            _: BackendCoord,
            _: BackendColor,
        ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
            Ok(())
        }
        fn fill_polygon<S: plotters_backend::BackendStyle, I: IntoIterator<Item = BackendCoord>>(
            &mut self,
            _: I,
            _: &S,
        ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
            self.polygons += 1;
            Ok(())
        }
    }

    impl Curves for CurveRecorder {
        fn fill_curve(
            &mut self,
            curve: Curve<'_>,
            pixel_ratio: f64,
        ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
            self.curves.push((curve.shape().clone(), pixel_ratio));
            Ok(())
        }
    }

    #[test]
    fn bars_and_bands_reach_a_curve_drawing_backend_whole() {
        use crate::theme::LIGHT;
        let rect = |w: f64, color: Color| Shape::Rect {
            x: 1.0,
            y: 2.0,
            w,
            h: 14.0,
            radius: 7.0,
            color,
        };
        let band = |sweep_deg: f64| Shape::Band {
            cx: 60.0,
            cy: 70.0,
            radius: 62.0,
            thickness: 16.0,
            start_deg: 0.0,
            sweep_deg,
            color: LIGHT.accent,
        };
        let shapes = [
            rect(50.0, LIGHT.accent),
            rect(0.0, LIGHT.accent),
            rect(50.0, LIGHT.accent.with_alpha(0.0)),
            band(120.0),
            band(0.0),
        ];
        let mut backend = CurveRecorder::default();
        draw_shapes(&mut backend, &shapes, Target::canvas(2.0, "serif"), None).unwrap();
        // Empty and transparent shapes are not drawn; nothing falls back to a polygon.
        let (bar, ring) = (&shapes[0], &shapes[3]);
        assert_eq!(
            backend.curves,
            vec![(bar.clone(), 2.0), (ring.clone(), 2.0)]
        );
        assert_eq!(backend.polygons, 0);
        // A backend without curves of its own gets the polygon, in device pixels.
        let polygon = Curve::of(bar).unwrap().polygon(2.0);
        assert_eq!(polygon.first(), Some(&(2, 18)));
        assert!(polygon
            .iter()
            .all(|&(x, y)| (2..=102).contains(&x) && (4..=32).contains(&y)));
    }

    #[test]
    fn texts_go_over_shapes_grouped_by_font() {
        use crate::scene::Align;
        use crate::theme::LIGHT;
        let text = |label: &str, size: f64, bold: bool| Shape::Text {
            x: 0.0,
            y: 0.0,
            text: label.into(),
            size,
            bold,
            color: LIGHT.ink,
            align: Align::Start,
        };
        let scene = Scene {
            width_css: 100.0,
            height_css: 50.0,
            shapes: vec![
                text("a-13", 13.0, false),
                text("b-15-bold", 15.0, true),
                Shape::Rect {
                    x: 0.0,
                    y: 0.0,
                    w: 10.0,
                    h: 10.0,
                    radius: 0.0,
                    color: LIGHT.accent,
                },
                text("c-13", 13.0, false),
                text("d-12", 12.0, false),
            ],
            marks: Vec::new(),
        };
        let mut svg = String::new();
        {
            let mut backend = plotters_svg::SVGBackend::with_string(&mut svg, (100, 50));
            draw_scene(&mut backend, &scene, Target::svg("serif")).unwrap();
        }
        let at = |needle: &str| {
            svg.find(needle)
                .unwrap_or_else(|| panic!("{needle} in {svg}"))
        };
        let order = [
            at("<polygon"),
            at("a-13"),
            at("c-13"),
            at("b-15-bold"),
            at("d-12"),
        ];
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?} {svg}");
    }
}
