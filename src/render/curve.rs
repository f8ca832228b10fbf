//! Rounded rectangles and ring bands: whole, to a backend that draws curves itself, or else as
//! polygons that stray from the curve by less than the eye sees.

use plotters_backend::{BackendColor, BackendCoord, DrawingBackend, DrawingErrorKind};

use crate::anim::clamp;
use crate::scene::Shape;
use crate::theme::Color;

/// A shape a backend may draw as a curve, in scene units (CSS pixels): a rounded rectangle
/// ([`Shape::Rect`]) or a ring band ([`Shape::Band`]), with something to fill.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Curve<'a>(&'a Shape);

impl<'a> Curve<'a> {
    /// `shape` as a curve, if it is a rectangle or a band with an area and a visible colour.
    pub(super) fn of(shape: &'a Shape) -> Option<Self> {
        let visible = match shape {
            Shape::Rect { w, h, color, .. } => *w > 0.0 && *h > 0.0 && color.a > 0.0,
            Shape::Band {
                sweep_deg, color, ..
            } => *sweep_deg > 0.0 && color.a > 0.0,
            _ => false,
        };
        visible.then_some(Curve(shape))
    }

    /// The shape: a [`Shape::Rect`] or a [`Shape::Band`].
    pub fn shape(&self) -> &'a Shape {
        self.0
    }

    /// The fill.
    pub fn color(&self) -> BackendColor {
        match self.0 {
            Shape::Rect { color, .. } | Shape::Band { color, .. } => backend_color(*color),
            // Not a curve (never made by `Curve::of`): nothing to fill.
            _ => BackendColor {
                alpha: 0.0,
                rgb: (0, 0, 0),
            },
        }
    }

    /// The curve as a polygon in whole device pixels, `pixel_ratio` of them per unit. Only SVG,
    /// natively, draws curves so: the canvas draws them itself (see [`Curves`]).
    pub fn polygon(&self, pixel_ratio: f64) -> Vec<BackendCoord> {
        let points = match *self.0 {
            Shape::Rect {
                x, y, w, h, radius, ..
            } => rounded_rect(x, y, w, h, radius, pixel_ratio),
            Shape::Band {
                cx,
                cy,
                radius,
                thickness,
                start_deg,
                sweep_deg,
                ..
            } => band(
                (cx, cy),
                radius,
                thickness,
                (start_deg, sweep_deg.min(360.0)),
                pixel_ratio,
            ),
            _ => Vec::new(),
        };
        let k = pixel_ratio;
        points
            .iter()
            .map(|&(x, y)| ((x * k).round() as i32, (y * k).round() as i32))
            .collect()
    }
}

/// A backend that may draw [`Curve`]s itself; by default they are polygons, as plotters' trait
/// has no curves. A canvas draws a band from two `arc` calls, where its polygon takes a call per
/// point (a hundred for a ring) and a sine and a cosine for each point.
pub trait Curves: DrawingBackend {
    /// Fills `curve`, drawn `pixel_ratio` device pixels per unit.
    ///
    /// # Errors
    /// Passes on an error of the backend.
    fn fill_curve(
        &mut self,
        curve: Curve<'_>,
        pixel_ratio: f64,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.fill_polygon(curve.polygon(pixel_ratio), &curve.color())
    }
}

/// SVG documents keep polygons, which the static page's compaction expects.
#[cfg(not(target_arch = "wasm32"))]
impl Curves for plotters_svg::SVGBackend<'_> {}

/// A colour as plotters takes it.
pub(super) fn backend_color(c: Color) -> BackendColor {
    BackendColor {
        alpha: c.a,
        rgb: (c.r, c.g, c.b),
    }
}

/// How far a curve drawn as straight segments may stray from the true curve, in device pixels:
/// a quarter of a pixel, which the eye does not see. Fewer points are less to draw and to send.
const CURVE_TOLERANCE_PX: f64 = 0.25;

/// How many straight segments draw an arc of `degrees` on a circle of `radius_px` device pixels.
/// A segment spanning θ radians strays r·(1 − cos θ/2) ≈ r·θ²/8 from the circle.
fn arc_segments(degrees: f64, radius_px: f64) -> usize {
    let segment = (8.0 * CURVE_TOLERANCE_PX / radius_px.max(1.0)).sqrt();
    (degrees.to_radians() / segment).ceil().max(1.0) as usize
}

/// Points of a rectangle with rounded corners, clockwise from the top-left arc; `pixel_ratio`
/// device pixels per unit.
fn rounded_rect(x: f64, y: f64, w: f64, h: f64, radius: f64, pixel_ratio: f64) -> Vec<(f64, f64)> {
    let r = clamp(radius, 0.0, w.min(h) / 2.0);
    if r * pixel_ratio < 0.5 {
        return vec![(x, y), (x + w, y), (x + w, y + h), (x, y + h)];
    }
    let steps = arc_segments(90.0, r * pixel_ratio);
    let corners = [
        (x + r, y + r, 180.0),
        (x + w - r, y + r, 270.0),
        (x + w - r, y + h - r, 0.0),
        (x + r, y + h - r, 90.0),
    ];
    let mut points = Vec::with_capacity(4 * (steps + 1));
    for (cx, cy, from_deg) in corners {
        for i in 0..=steps {
            let a = (from_deg + 90.0 * i as f64 / steps as f64).to_radians();
            let (sin, cos) = a.sin_cos();
            points.push((cx + r * cos, cy + r * sin));
        }
    }
    points
}

/// Points of a ring band: the outer arc forwards, then the inner arc back. Angles run clockwise
/// from twelve o'clock; `pixel_ratio` device pixels per unit.
fn band(
    (cx, cy): (f64, f64),
    radius: f64,
    thickness: f64,
    (start_deg, sweep_deg): (f64, f64),
    pixel_ratio: f64,
) -> Vec<(f64, f64)> {
    let inner = (radius - thickness).max(0.0);
    let steps = arc_segments(sweep_deg, radius * pixel_ratio).max(2);
    let at = |r: f64, deg: f64| {
        let (sin, cos) = (deg - 90.0).to_radians().sin_cos();
        (cx + r * cos, cy + r * sin)
    };
    let mut points = Vec::with_capacity(2 * (steps + 1));
    for i in 0..=steps {
        points.push(at(radius, start_deg + sweep_deg * i as f64 / steps as f64));
    }
    for i in (0..=steps).rev() {
        points.push(at(inner, start_deg + sweep_deg * i as f64 / steps as f64));
    }
    points
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounded_rects_stay_inside_their_box() {
        for &(x, y) in &rounded_rect(10.0, 20.0, 100.0, 14.0, 7.0, 2.0) {
            assert!((10.0 - 1e-9..=110.0 + 1e-9).contains(&x));
            assert!((20.0 - 1e-9..=34.0 + 1e-9).contains(&y));
        }
        assert_eq!(rounded_rect(0.0, 0.0, 4.0, 4.0, 0.0, 2.0).len(), 4);
    }

    #[test]
    fn curves_stray_at_most_a_quarter_pixel_with_few_points() {
        for radius_px in [1.0, 4.0, 21.0, 60.0, 180.0, 900.0] {
            for degrees in [1.0, 90.0, 360.0] {
                let n = arc_segments(degrees, radius_px);
                let half = (degrees / n as f64 / 2.0).to_radians();
                let strays = radius_px * (1.0 - half.cos());
                assert!(
                    strays <= CURVE_TOLERANCE_PX,
                    "{radius_px} px, {degrees}°: {strays}"
                );
                // Not many more than needed: one segment fewer would stray too far.
                if n > 1 {
                    let wider = (degrees / (n - 1) as f64 / 2.0).to_radians();
                    assert!(radius_px * (1.0 - wider.cos()) > 0.8 * CURVE_TOLERANCE_PX);
                }
            }
        }
    }

    #[test]
    fn bands_start_at_twelve_and_run_clockwise() {
        let points = band((0.0, 0.0), 10.0, 2.0, (0.0, 90.0), 1.0);
        let first = points[0];
        assert!(
            first.0.abs() < 1e-9 && (first.1 + 10.0).abs() < 1e-9,
            "{first:?}"
        );
        let last_outer = points[points.len() / 2 - 1];
        assert!(
            (last_outer.0 - 10.0).abs() < 1e-9 && last_outer.1.abs() < 1e-9,
            "{last_outer:?}"
        );
    }
}
