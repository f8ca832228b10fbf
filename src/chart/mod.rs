//! Charts as scenes: a plain list of shapes in CSS pixels, built from a section, a chart, a width
//! and the time since the chart's animation started.
//!
//! Building a scene reads no clock, no DOM and no pixel ratio, so every frame can be tested
//! natively; [`crate::render`] draws a scene on any plotters backend. The final frame (any time at
//! or after [`duration_ms`]) shows the exact values; earlier frames only interpolate toward them.

mod areas;
mod bars;
mod numbers;
mod part;
pub mod poster;
mod ring;

use crate::anim::{clamp, count_time, COUNT_STEP_MS};
use crate::format::Parts;
use crate::model::{Chart, Figure, Lang, Section};
use crate::theme::{Color, Theme};

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

/// A text's font, compared exactly: bold or not, and the bits of its size.
pub type TextFont = (bool, u64);

impl Shape {
    /// The font of a text; other shapes have none.
    pub fn font(&self) -> Option<TextFont> {
        match self {
            Shape::Text { bold, size, .. } => Some((*bold, size.to_bits())),
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
    fn new(width_css: f64, height_css: f64) -> Self {
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
    /// (text, font size, bold) — the browser's own measure, or [`text_width`] natively.
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

    fn push(&mut self, shape: Shape) {
        self.shapes.push(shape);
    }

    #[allow(clippy::too_many_arguments)]
    fn text(
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

    fn mark(&mut self, figure: &Figure, rect: [f64; 4], hit: [f64; 4]) {
        self.marks.push(Mark {
            figure_id: figure.id.clone(),
            rect,
            hit,
        });
    }
}

/// Narrowest width a chart is laid out for, in CSS px; narrower containers are treated as this.
pub const MIN_WIDTH_CSS: f64 = 160.0;

/// The width a chart is laid out at: at least [`MIN_WIDTH_CSS`], and that for a width that is
/// not a number at all.
fn usable_width(width_css: f64) -> f64 {
    if width_css.is_finite() {
        width_css.max(MIN_WIDTH_CSS)
    } else {
        MIN_WIDTH_CSS
    }
}

/// Everything a chart builder needs.
pub struct Frame<'a> {
    /// The section whose figures the chart shows.
    pub section: &'a Section,
    /// The theme to draw in.
    pub theme: &'a Theme,
    /// The chart's width in CSS px.
    pub width_css: f64,
    /// Time since the chart's animation started, in ms; `f64::INFINITY` for the final frame.
    pub elapsed_ms: f64,
    /// The language of labels.
    pub lang: Lang,
}

impl Frame<'_> {
    fn figure(&self, id: &str) -> Option<&Figure> {
        self.section.figure(id)
    }

    fn figures(&self, ids: &[String]) -> Vec<&Figure> {
        ids.iter().filter_map(|id| self.figure(id)).collect()
    }

    /// How far mark `index` has grown: its shapes follow this.
    fn progress(&self, index: usize) -> f64 {
        mark_tween(index).eased(self.elapsed_ms)
    }

    /// How far mark `index`'s number has counted: texts follow this, a step of
    /// [`crate::anim::COUNT_STEP_MS`] at a time, so a chart shows only the texts of
    /// [`animation_texts`].
    fn counted(&self, index: usize) -> f64 {
        mark_tween(index).eased(count_time(self.elapsed_ms))
    }
}

/// The chart's height in CSS px at `width_css`, with labels in `lang`.
pub fn height_css(section: &Section, chart: &Chart, width_css: f64, lang: Lang) -> f64 {
    let width_css = usable_width(width_css);
    match chart {
        Chart::Bars { .. } => bars::height(&section.chart_figures(chart), width_css, lang),
        Chart::Progress { part, whole, .. } => {
            match (section.figure(part), section.figure(whole)) {
                (Some(p), Some(w)) => part::height(p, w, width_css, lang),
                _ => 0.0,
            }
        }
        Chart::Ratio { .. } | Chart::Ring { .. } => ring::height(section, chart, width_css, lang),
        Chart::Numbers { .. } => numbers::height(&section.chart_figures(chart), width_css, lang),
        Chart::Areas { .. } => areas::height(section, width_css, lang),
    }
}

/// How long the chart animates, in ms; frames from then on are the final frame.
pub fn duration_ms(section: &Section, chart: &Chart) -> f64 {
    let marks = match chart {
        Chart::Bars { figures, .. } | Chart::Numbers { figures, .. } => figures.len(),
        Chart::Progress { .. } | Chart::Ratio { .. } | Chart::Ring { .. } => 1,
        Chart::Areas { .. } => section.areas.len(),
    };
    mark_tween(marks.saturating_sub(1)).end_ms()
}

/// The tween of the `index`-th mark of a chart.
fn mark_tween(index: usize) -> crate::anim::Tween {
    crate::anim::MARK_GROW.staggered(index, crate::anim::MARK_STAGGER_MS)
}

/// What to build a chart frame for: everything but the section and chart.
#[derive(Debug, Clone, Copy)]
pub struct View<'a> {
    /// The theme to draw in.
    pub theme: &'a Theme,
    /// The language of labels.
    pub lang: Lang,
    /// The chart's width in CSS px.
    pub width_css: f64,
}

/// Builds the chart's frame at `elapsed_ms` (pass `f64::INFINITY` for the final frame).
pub fn build(section: &Section, chart: &Chart, view: View, elapsed_ms: f64) -> Scene {
    let height = height_css(section, chart, view.width_css, view.lang);
    build_sized(section, chart, view, elapsed_ms, height)
}

/// As [`build`], for a chart whose [`height_css`] at this width is known: measuring its texts
/// again in every animation frame would be wasted.
pub fn build_sized(
    section: &Section,
    chart: &Chart,
    view: View,
    elapsed_ms: f64,
    height_css: f64,
) -> Scene {
    let frame = Frame {
        section,
        theme: view.theme,
        width_css: usable_width(view.width_css),
        elapsed_ms,
        lang: view.lang,
    };
    let mut scene = Scene::new(frame.width_css, height_css);
    match chart {
        Chart::Bars { figures, .. } => bars::draw(&frame, &frame.figures(figures), &mut scene),
        Chart::Progress { part, whole, .. } => {
            if let (Some(p), Some(w)) = (frame.figure(part), frame.figure(whole)) {
                part::draw(&frame, p, w, &mut scene);
            }
        }
        Chart::Ratio { part, whole, .. } => {
            if let (Some(p), Some(w)) = (frame.figure(part), frame.figure(whole)) {
                ring::draw_ratio(&frame, p, w, &mut scene);
            }
        }
        Chart::Ring { figure, out_of, .. } => {
            if let Some(f) = frame.figure(figure) {
                ring::draw_share(&frame, f, out_of.as_ref(), &mut scene);
            }
        }
        Chart::Numbers { figures, .. } => {
            numbers::draw(&frame, &frame.figures(figures), &mut scene)
        }
        Chart::Areas { .. } => areas::draw(&frame, &mut scene),
    }
    scene
}

/// Every text chart `chart` draws while it animates and after (only after, unless `animated`),
/// once each by its words, size and weight (position and colour aside): what a browser must lay
/// out to draw any of its frames. Counting numbers change only every [`COUNT_STEP_MS`], so this
/// is the texts of one frame per step, a few dozen frames, and laying them out ahead of time
/// keeps that work out of animation frames.
pub fn animation_texts(section: &Section, chart: &Chart, view: View, animated: bool) -> Vec<Shape> {
    let steps = if animated {
        (duration_ms(section, chart) / COUNT_STEP_MS).ceil() as usize + 1
    } else {
        0
    };
    let times = (0..steps)
        .map(|k| k as f64 * COUNT_STEP_MS)
        .chain([f64::INFINITY]);
    let height = height_css(section, chart, view.width_css, view.lang);
    let mut texts: Vec<Shape> = Vec::new();
    for elapsed_ms in times {
        for shape in build_sized(section, chart, view, elapsed_ms, height).shapes {
            // A transparent text is not drawn.
            if let Shape::Text { color, .. } = &shape {
                if color.a > 0.0 && !texts.iter().any(|t| same_text(t, &shape)) {
                    texts.push(shape);
                }
            }
        }
    }
    texts
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

/// An estimate of a text's width in CSS px. The core cannot measure fonts, so it estimates from
/// character classes with a margin: CJK and full-width characters are one em, digits about 0.58
/// em, other ASCII about 0.55 em.
pub fn text_width(text: &str, size: f64) -> f64 {
    width_units(text) * size
}

/// A text's estimated width at size 1.
fn width_units(text: &str) -> f64 {
    text.chars().map(char_units).sum()
}

/// A character's estimated width at size 1.
fn char_units(c: char) -> f64 {
    match c {
        '0'..='9' => 0.58,
        '.' | ',' | ':' | ';' | '!' | '|' | 'i' | 'l' | 'j' | '\'' => 0.3,
        ' ' => 0.3,
        'A'..='Z' | 'm' | 'w' | '%' => 0.72,
        c if c.is_ascii() => 0.56,
        _ => 1.0,
    }
}

/// The estimated width of a text in its font: [`text_width`] or [`bold_text_width`].
pub fn estimated_width(text: &str, size: f64, bold: bool) -> f64 {
    if bold {
        bold_text_width(text, size)
    } else {
        text_width(text, size)
    }
}

/// An estimate of a bold text's width: bold glyphs run about a tenth wider.
pub fn bold_text_width(text: &str, size: f64) -> f64 {
    text_width(text, size) * BOLD_WIDTH
}

/// How much wider bold text runs than regular text.
pub const BOLD_WIDTH: f64 = 1.1;

/// The text cut to fit `max_width` at `size`, ending in `…` when cut.
pub fn fit_text(text: &str, size: f64, max_width: f64) -> String {
    if text_width(text, size) <= max_width {
        return text.to_string();
    }
    let budget = max_width - text_width("…", size);
    let mut out = String::new();
    let mut width = 0.0;
    for c in text.chars() {
        let w = text_width(c.encode_utf8(&mut [0; 4]), size);
        if width + w > budget {
            break;
        }
        width += w;
        out.push(c);
    }
    out.push('…');
    out
}

/// Line height of a figure set on more than one line, in ems.
pub const FIGURE_LINE_EM: f64 = 1.2;

/// How a figure's text is set in the room it has: a number is never cut, so it shrinks, and if
/// it must, the words before the number (预计增长, expected up) go on a line of their own. The
/// number never leaves its unit or hedge (`773亿元`, `77.3 billion yuan` stay whole).
///
/// A set is decided on the figure's final text, so the size and lines stay put while its
/// number counts.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureSet {
    /// The font size.
    pub size: f64,
    /// Whether the words before the number have a line of their own.
    pub split: bool,
}

impl FigureSet {
    /// The largest set of `parts` from `max_size` down: on one line if it fits at `min_size`
    /// or more; else on two lines; else, below `min_size`, as large as fits.
    pub fn fit(parts: &Parts, bold: bool, max_size: f64, min_size: f64, max_width: f64) -> Self {
        let factor = if bold { BOLD_WIDTH } else { 1.0 };
        let one = width_units(&parts.joined()) * factor;
        if one * min_size <= max_width || parts.before.trim().is_empty() {
            let size = if one > 0.0 { max_width / one } else { max_size };
            return FigureSet {
                size: size.min(max_size),
                split: false,
            };
        }
        let lines = figure_lines(parts, true);
        let widest = lines
            .iter()
            .map(|l| width_units(l) * factor)
            .fold(0.0, f64::max);
        FigureSet {
            size: (max_width / widest).min(max_size),
            split: true,
        }
    }

    /// The lines of `parts` (the final text or a counting one) in this set.
    pub fn lines(&self, parts: &Parts) -> Vec<String> {
        figure_lines(parts, self.split)
    }

    /// How many lines the set takes.
    pub fn line_count(&self) -> usize {
        if self.split {
            2
        } else {
            1
        }
    }

    /// The set's height: its lines at [`FIGURE_LINE_EM`].
    pub fn height(&self) -> f64 {
        self.line_count() as f64 * self.size * FIGURE_LINE_EM
    }
}

/// A figure's text on one line, or split after the words before its number.
fn figure_lines(parts: &Parts, split: bool) -> Vec<String> {
    if split && !parts.before.trim().is_empty() {
        vec![
            parts.before.trim().to_string(),
            format!("{}{}", parts.number, parts.after),
        ]
    } else {
        vec![parts.joined()]
    }
}

/// `text` cut to fit `max_width` in its font (bold or not), ending in `…` when cut.
pub fn fit_text_in(text: &str, size: f64, bold: bool, max_width: f64) -> String {
    if bold {
        fit_text(text, size, max_width / BOLD_WIDTH)
    } else {
        fit_text(text, size, max_width)
    }
}

/// The largest font size from `max_size` down to `min_size` at which `text` fits `max_width`.
pub fn fit_size(text: &str, max_size: f64, min_size: f64, max_width: f64) -> f64 {
    let at_one = text_width(text, 1.0);
    if at_one <= 0.0 {
        return max_size;
    }
    clamp(max_width / at_one, min_size, max_size)
}

/// Splits a text into lines no wider than `max_width`, at most `max_lines`; the last is cut with `…`.
pub fn wrap_text(text: &str, size: f64, max_width: f64, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    // The line's width at size 1, kept as characters are added (summed in the same order as
    // `text_width`, so the same lines result without measuring each line again per character).
    let mut units = 0.0;
    for (at, c) in text.char_indices() {
        if (units + char_units(c)) * size <= max_width || line.is_empty() {
            line.push(c);
            units += char_units(c);
            continue;
        }
        if lines.len() + 1 >= max_lines {
            let rest = text.get(at..).unwrap_or_default();
            lines.push(fit_text(&format!("{line}{rest}"), size, max_width));
            return lines;
        }
        // Latin words move whole to the next line; CJK text breaks between any characters.
        let word_start = if c.is_whitespace() || !c.is_ascii_alphanumeric() {
            None
        } else {
            line.rfind(' ').filter(|&i| i > 0)
        };
        match word_start {
            Some(i) => {
                let word = line.split_off(i + 1);
                lines.push(line.trim_end().to_string());
                line = word;
            }
            None => lines.push(std::mem::take(&mut line).trim_end().to_string()),
        }
        if !(line.is_empty() && c.is_whitespace()) {
            line.push(c);
        }
        units = width_units(&line);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_is_wider_than_digits() {
        assert!(text_width("二七", 10.0) > text_width("27", 10.0));
        assert_eq!(text_width("", 10.0), 0.0);
    }

    #[test]
    fn fitting_cuts_with_an_ellipsis() {
        let cut = fit_text("城乡接合部工程类项目完成情况", 13.0, 80.0);
        assert!(cut.ends_with('…'));
        assert!(text_width(&cut, 13.0) <= 80.0);
        assert_eq!(fit_text("短", 13.0, 80.0), "短");
    }

    #[test]
    fn fit_size_shrinks_long_numbers_within_bounds() {
        assert_eq!(fit_size("12", 26.0, 14.0, 500.0), 26.0);
        let s = fit_size("82.25万平方米", 26.0, 14.0, 120.0);
        assert!((14.0..26.0).contains(&s));
        assert_eq!(fit_size("82.25万平方米", 26.0, 14.0, 10.0), 14.0);
    }

    #[test]
    fn wrapping_respects_width_and_line_count() {
        let lines = wrap_text(
            "二七广场下穿隧道工程 · 德化街 · 二七特色商业区 · 二七广场周边区域",
            12.0,
            120.0,
            2,
        );
        assert_eq!(lines.len(), 2);
        for l in &lines {
            assert!(text_width(l, 12.0) <= 120.0, "{l}");
        }
        assert!(lines[1].ends_with('…'));
        assert_eq!(wrap_text("短句", 12.0, 120.0, 2), vec!["短句".to_string()]);
        // English breaks between words, not inside them.
        let lines = wrap_text(
            "Villages and communities that held elections",
            12.0,
            120.0,
            3,
        );
        assert_eq!(lines[0], "Villages and");
        assert!(
            lines
                .iter()
                .all(|l| !l.starts_with(' ') && text_width(l, 12.0) <= 120.0),
            "{lines:?}"
        );
    }
}
