//! Scenes: what charts produce and renderers consume. A scene is a plain list of shapes in CSS
//! pixels (`y` growing downwards), with the figures' marks for pointer, keyboard and tests, and
//! the boxes of its texts for layout checks. It knows nothing of charts or of any backend.

use crate::model::Figure;
use crate::theme::Color;

/// Horizontal alignment of a text on its anchor point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// The text starts at the anchor.
    Start,
    /// The text is centred on the anchor.
    Middle,
    /// The text ends at the anchor.
    End,
}

/// One thing to draw, in CSS pixels, `y` growing downwards.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// A filled rectangle with rounded corners.
    Rect {
        /// Left edge.
        x: f64,
        /// Top edge.
        y: f64,
        /// Width (≥ 0).
        w: f64,
        /// Height (≥ 0).
        h: f64,
        /// Corner radius, at most half the shorter side.
        radius: f64,
        /// Fill.
        color: Color,
    },
    /// A filled band of a ring: from `start_deg`, clockwise from twelve o'clock, over `sweep_deg`.
    Band {
        /// Centre x.
        cx: f64,
        /// Centre y.
        cy: f64,
        /// Outer radius.
        radius: f64,
        /// Band thickness, inwards from the outer radius.
        thickness: f64,
        /// Start angle in degrees.
        start_deg: f64,
        /// Sweep in degrees (0–360).
        sweep_deg: f64,
        /// Fill.
        color: Color,
    },
    /// A filled circle.
    Circle {
        /// Centre x.
        cx: f64,
        /// Centre y.
        cy: f64,
        /// Radius.
        r: f64,
        /// Fill.
        color: Color,
    },
    /// A straight line.
    Line {
        /// Start x.
        x1: f64,
        /// Start y.
        y1: f64,
        /// End x.
        x2: f64,
        /// End y.
        y2: f64,
        /// Stroke width.
        width: f64,
        /// Stroke colour.
        color: Color,
    },
    /// One line of text, vertically centred on `y`.
    Text {
        /// Anchor x.
        x: f64,
        /// Anchor y: the middle of the line.
        y: f64,
        /// The text.
        text: String,
        /// Font size.
        size: f64,
        /// Bold or regular.
        bold: bool,
        /// Fill.
        color: Color,
        /// Where the anchor is on the text.
        align: Align,
    },
}

/// A text's font, compared exactly: its weight and the bits of its size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextFont {
    /// Bold or regular.
    pub bold: bool,
    /// The bits of the size in px (`f64::to_bits`), so fonts compare exactly.
    pub size_bits: u64,
}

impl Shape {
    /// The font of a text; other shapes have none.
    pub fn font(&self) -> Option<TextFont> {
        match self {
            Shape::Text { bold, size, .. } => Some(TextFont {
                bold: *bold,
                size_bits: size.to_bits(),
            }),
            _ => None,
        }
    }
}

/// A figure's mark and where it is, for tooltips, keyboard focus and tests.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// The figure the mark shows.
    pub figure_id: String,
    /// The mark's box at its final size: left, top, width, height in CSS px.
    pub rect: [f64; 4],
    /// The area that answers the pointer: the mark with its labels, in CSS px.
    pub hit: [f64; 4],
}

/// Where a text of a scene is, in CSS px: its anchor, alignment and measured width give its box.
#[derive(Debug, Clone, PartialEq)]
pub struct TextBox {
    /// The text.
    pub text: String,
    /// Left edge.
    pub x: f64,
    /// Top edge: the text's line is one em tall, centred on its anchor.
    pub y: f64,
    /// Width, as measured.
    pub width: f64,
    /// Height: the font size.
    pub height: f64,
}

impl TextBox {
    /// Whether two boxes share any area (touching edges do not count).
    pub fn overlaps(&self, other: &TextBox) -> bool {
        self.x < other.x + other.width
            && other.x < self.x + self.width
            && self.y < other.y + other.height
            && other.y < self.y + self.height
    }
}

/// A chart frame: its size and what to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    /// Width in CSS px.
    pub width_css: f64,
    /// Height in CSS px.
    pub height_css: f64,
    /// The shapes, drawn in order.
    pub shapes: Vec<Shape>,
    /// The figures' marks.
    pub marks: Vec<Mark>,
}

impl Scene {
    /// An empty scene of this size.
    pub(crate) fn new(width_css: f64, height_css: f64) -> Self {
        Scene {
            width_css,
            height_css,
            shapes: Vec::new(),
            marks: Vec::new(),
        }
    }

    /// Every text of the scene, in drawing order.
    pub fn texts(&self) -> Vec<&str> {
        self.shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect()
    }

    /// The box of every text that is drawn (not transparent), with widths from `measure`
    /// (text, font size, bold) — the browser's own measure, or [`crate::text::estimated_width`] natively.
    pub fn text_boxes(&self, measure: impl Fn(&str, f64, bool) -> f64) -> Vec<TextBox> {
        self.shapes
            .iter()
            .filter_map(|shape| match shape {
                Shape::Text {
                    x,
                    y,
                    text,
                    size,
                    bold,
                    color,
                    align,
                } if color.a > 0.0 && !text.is_empty() => {
                    let width = measure(text, *size, *bold);
                    let left = match align {
                        Align::Start => *x,
                        Align::Middle => x - width / 2.0,
                        Align::End => x - width,
                    };
                    Some(TextBox {
                        text: text.clone(),
                        x: left,
                        y: y - size / 2.0,
                        width,
                        height: *size,
                    })
                }
                _ => None,
            })
            .collect()
    }

    /// Every way the scene's texts break the layout's rules, measured by `measure`: a text that
    /// leaves the chart, or two texts that overlap. Empty when the layout is sound.
    pub fn layout_faults(&self, measure: impl Fn(&str, f64, bool) -> f64) -> Vec<String> {
        let boxes = self.text_boxes(measure);
        let mut faults = Vec::new();
        // Half a pixel of slack: positions are rounded to device pixels when drawn.
        const SLACK: f64 = 0.5;
        for b in &boxes {
            if b.x < -SLACK
                || b.y < -SLACK
                || b.x + b.width > self.width_css + SLACK
                || b.y + b.height > self.height_css + SLACK
            {
                faults.push(format!(
                    "«{}» at x {:.1}–{:.1}, y {:.1}–{:.1} leaves the {:.0} × {:.0} chart",
                    b.text,
                    b.x,
                    b.x + b.width,
                    b.y,
                    b.y + b.height,
                    self.width_css,
                    self.height_css
                ));
            }
        }
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                if a.overlaps(b) {
                    faults.push(format!("«{}» overlaps «{}»", a.text, b.text));
                }
            }
        }
        faults
    }

    pub(crate) fn push(&mut self, shape: Shape) {
        self.shapes.push(shape);
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn text(
        &mut self,
        x: f64,
        y: f64,
        text: impl Into<String>,
        size: f64,
        bold: bool,
        color: Color,
        align: Align,
    ) {
        self.push(Shape::Text {
            x,
            y,
            text: text.into(),
            size,
            bold,
            color,
            align,
        });
    }

    pub(crate) fn mark(&mut self, figure: &Figure, rect: [f64; 4], hit: [f64; 4]) {
        self.marks.push(Mark {
            figure_id: figure.id.clone(),
            rect,
            hit,
        });
    }
}

/// Whether two texts have the same words, size and weight.
pub fn same_text(a: &Shape, b: &Shape) -> bool {
    match (a, b) {
        (Shape::Text { text, .. }, Shape::Text { text: other, .. }) => {
            text == other && a.font() == b.font()
        }
        _ => false,
    }
}
