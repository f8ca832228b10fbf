//! The static page: the whole report as plain HTML with SVG charts, rendered natively at build
//! time from the same core (and the same drawing code, through plotters' SVG backend).
//!
//! It is what a reader sees where WebAssembly is missing or fails to start, or scripts are off;
//! where the module runs, it replaces this markup with the live widget. Every text is escaped:
//! report data is untrusted input.

use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};
use plotters_svg::SVGBackend;

use crate::anim::clamp;
use crate::chart::{self, View};
use crate::markup::{escape, report_markup, Face};
use crate::model::{Chart, Lang, Report, Section};
use crate::numtext::fixed;
use crate::render::{draw_scene, Curve, Curves, Target};
use crate::scene::{Scene, Shape};
use crate::theme::{FONT_STACK, LIGHT};

/// The width static charts are laid out at, in CSS px; they scale to their container.
const CHART_WIDTH_CSS: f64 = 400.0;

/// The marker in a page template that the static widget replaces.
pub const MARKER: &str = "<!-- static widget -->";

/// Puts the static widget into `template` at [`MARKER`].
///
/// # Errors
/// Fails if the template has no marker.
pub fn fill_template(template: &str, report: &Report, lang: Lang) -> Result<String, String> {
    if !template.contains(MARKER) {
        return Err(format!("the template has no `{MARKER}` marker"));
    }
    Ok(template.replacen(MARKER, &report_html(report, lang), 1))
}

/// `template` for a report given by `src`, without a static widget: the root waits empty
/// (`data-state="loading"`) for the module, since a static widget would show the report
/// compiled in, which is not the one asked for. Its title names no report.
///
/// # Errors
/// Fails if the template lacks what it replaces.
pub fn page_without_report(template: &str) -> Result<String, String> {
    let root = "data-state=\"static\"";
    let (title_start, title_end) = title_span(template)?;
    if !template.contains(MARKER) || !template.contains(root) {
        return Err(format!(
            "the template has no `{MARKER}` marker in a static root"
        ));
    }
    let page = format!(
        "{}数据图解{}",
        &template[..title_start],
        &template[title_end..]
    );
    Ok(page
        .replacen(MARKER, "", 1)
        .replacen(root, "data-state=\"loading\"", 1))
}

/// Where the text of `template`'s `<title>` starts and ends.
fn title_span(template: &str) -> Result<(usize, usize), String> {
    match (template.find("<title>"), template.find("</title>")) {
        (Some(start), Some(end)) => Ok((start + "<title>".len(), end)),
        _ => Err("the template has no title".into()),
    }
}

/// The stand-alone static page of `report` in `lang`, for `report render`: the page template
/// of `www/` with the report's title and the whole report as HTML and SVG, and without the
/// scripts and switches of the page that is built with the widget (they would mount the report
/// compiled in). It needs `widget.css` and `page.css` beside it ([`STATIC_STYLES`]).
///
/// # Errors
/// Fails if the template lacks what it replaces.
pub fn static_page(report: &Report, lang: Lang) -> Result<String, String> {
    let template = include_str!("../www/index.template.html");
    let script = "<script type=\"module\" async src=\"main.js\"></script>\n";
    let (nav_start, nav_end) = match (template.find("  <nav"), template.find("</nav>\n")) {
        (Some(start), Some(end)) => (start, end + "</nav>\n".len()),
        _ => return Err("the page template has no switches to remove".into()),
    };
    let (title_start, title_end) = title_span(template)?;
    if !template.contains(script) {
        return Err("the page template has no script to remove".into());
    }
    let title = format!(
        "{} · {}",
        escape(report.meta.title.get(lang)),
        if lang == Lang::En {
            "Infographic"
        } else {
            "数据图解"
        }
    );
    let mut page = String::with_capacity(template.len());
    page.push_str(&template[..title_start]);
    page.push_str(&title);
    page.push_str(&template[title_end..nav_start]);
    page.push_str(&template[nav_end..]);
    let page = page
        .replace(script, "")
        .replace(
            "<html lang=\"zh-CN\">",
            &format!("<html lang=\"{}\">", lang.tag()),
        )
        .replace(
            "lang=\"zh-CN\" data-theme",
            &format!("lang=\"{}\" data-theme", lang.tag()),
        );
    let page: String = page
        .lines()
        .filter(|line| !line.starts_with("<meta name=\"description\""))
        .map(|line| format!("{line}\n"))
        .collect();
    fill_template(&page, report, lang)
}

/// The stylesheets the static page links, by file name.
pub const STATIC_STYLES: [(&str, &str); 2] = [
    ("widget.css", include_str!("../www/widget.css")),
    ("page.css", include_str!("../www/page.css")),
];

/// The inner HTML of the widget's root: header, sections with final values and SVG charts,
/// source credit.
pub fn report_html(report: &Report, lang: Lang) -> String {
    let picture = |section: &Section, spec: &Chart| {
        let view = View {
            theme: &LIGHT,
            lang,
            width_css: CHART_WIDTH_CSS,
        };
        chart_svg(
            &chart::build(section, spec, view, f64::INFINITY),
            &escape(spec.title().get(lang)),
        )
    };
    report_markup(report, lang, &|_| true, &Face::Static { picture: &picture }).html
}

/// A chart scene as an inline SVG that scales to its container. The font stack comes from the
/// page's CSS rather than from every `<text>`, which keeps the page small.
fn chart_svg(scene: &Scene, title: &str) -> String {
    let mut svg = String::new();
    let radii = {
        let size = (
            scene.width_css.ceil() as u32,
            scene.height_css.ceil() as u32,
        );
        let mut backend = StaticSvg {
            svg: SVGBackend::with_string(&mut svg, size),
            radii: Vec::new(),
        };
        // Writing SVG into a String cannot fail.
        let _ = draw_scene(&mut backend, scene, Target::svg(FONT_STACK));
        backend.radii
    };
    // What the SVG writer repeats on every element but the page does not need: the font stack
    // (it comes from the page's CSS), default values, float noise in font sizes, absolute
    // coordinates for every corner of a curve, and the line breaks around every text.
    let font = format!(" font-family=\"{}\"", escape(FONT_STACK));
    let svg = compact_font_sizes(&compact_polygons(&round_rects(&svg, &radii)))
        .replace(&font, "")
        .replace(" opacity=\"1\"", "")
        .replace(" stroke=\"none\"", "")
        .replace(" stroke-width=\"1\"", "")
        .replace(" text-anchor=\"start\"", "")
        .replace("\n</text>", "</text>")
        .replace("\">\n", "\">");
    let open = format!(
        "<svg width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" xmlns=\"http://www.w3.org/2000/svg\">",
        w = scene.width_css.ceil() as u32,
        h = scene.height_css.ceil() as u32
    );
    let responsive = format!(
        "<svg class=\"ri-svg\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"{title}\" xmlns=\"http://www.w3.org/2000/svg\">",
        w = scene.width_css.ceil() as u32,
        h = scene.height_css.ceil() as u32
    );
    svg.replacen(&open, &responsive, 1).trim().to_string()
}

/// plotters' SVG writer, with a rounded rectangle written as a `<rect>` (its corners' radii kept
/// for [`round_rects`]) rather than as a polygon with a point every few degrees of each corner.
struct StaticSvg<'a> {
    svg: SVGBackend<'a>,
    /// The corner radius of every `<rect>` written, in order, in pixels.
    radii: Vec<f64>,
}

impl Curves for StaticSvg<'_> {
    fn fill_curve(
        &mut self,
        curve: Curve<'_>,
        k: f64,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let Shape::Rect {
            x, y, w, h, radius, ..
        } = *curve.shape()
        else {
            return self.fill_polygon(curve.polygon(k), &curve.color());
        };
        // Edges on whole pixels, as the polygon's corners are.
        let (left, top) = ((x * k).round(), (y * k).round());
        let (right, bottom) = (((x + w) * k).round(), ((y + h) * k).round());
        let r = clamp(radius * k, 0.0, (right - left).min(bottom - top) / 2.0);
        self.radii.push(r);
        let corner = |x: f64, y: f64| (x as i32, y as i32);
        self.svg.draw_rect(
            corner(left, top),
            corner(right, bottom),
            &curve.color(),
            true,
        )
    }
}

/// Everything else is plotters' SVG writer's own.
impl DrawingBackend for StaticSvg<'_> {
    type ErrorType = <SVGBackend<'static> as DrawingBackend>::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.svg.get_size()
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.svg.ensure_prepared()
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.svg.present()
    }

    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.svg.draw_pixel(point, color)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.svg.draw_line(from, to, style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        // Square corners: a radius for `round_rects` to match this `<rect>` with.
        self.radii.push(0.0);
        self.svg.draw_rect(upper_left, bottom_right, style, fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.svg.draw_path(path, style)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.svg.fill_polygon(vert, style)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.svg.draw_circle(center, radius, style, fill)
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.svg.draw_text(text, style, pos)
    }
}

/// `svg` with the corners of its `<rect>`s rounded by `radii`, one for each in order (a radius
/// under half a pixel leaves them square, as on the canvas).
fn round_rects(svg: &str, radii: &[f64]) -> String {
    let mut out = String::with_capacity(svg.len());
    let mut radii = radii.iter();
    let mut rest = svg;
    while let Some(start) = rest.find("<rect ") {
        let (before, after) = rest.split_at(start + "<rect".len());
        out.push_str(before);
        match radii.next() {
            Some(&r) if r >= 0.5 => {
                let written = fixed(r, 1);
                out.push_str(" rx=\"");
                out.push_str(written.trim_end_matches(".0"));
                out.push('"');
            }
            _ => {}
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// `svg` with every `<polygon … points="x,y x,y …"/>` written as `<path … d="Mx yl…z"/>`:
/// relative steps between neighbouring points are small numbers that repeat, which compresses
/// to about half. Repeated points are dropped.
fn compact_polygons(svg: &str) -> String {
    const POINTS: &str = " points=\"";
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg;
    while let Some(start) = rest.find("<polygon ") {
        out.push_str(&rest[..start]);
        let element = &rest[start..];
        let (Some(points_at), Some(end)) = (element.find(POINTS), element.find("/>")) else {
            break;
        };
        let Some(path) = element
            .get(points_at + POINTS.len()..end)
            .and_then(|p| p.strip_suffix('"'))
            .and_then(relative_path)
        else {
            break;
        };
        out.push_str("<path ");
        out.push_str(&element["<polygon ".len()..points_at]);
        out.push_str(" d=\"");
        out.push_str(&path);
        out.push_str("\"/>");
        rest = &element[end + 2..];
    }
    out.push_str(rest);
    out
}

/// SVG path data for a closed polygon given as `x,y x,y …` in whole numbers; `None` if the
/// points are not that.
fn relative_path(points: &str) -> Option<String> {
    let mut corners = points.split_whitespace().map(|p| {
        let (x, y) = p.split_once(',')?;
        Some((x.parse::<i64>().ok()?, y.parse::<i64>().ok()?))
    });
    let (x0, y0) = corners.next()??;
    let mut d = format!("M{x0} {y0}l");
    let mut last = (x0, y0);
    let mut first_step = true;
    for corner in corners {
        let (x, y) = corner?;
        if (x, y) == last {
            continue;
        }
        for (i, n) in [x - last.0, y - last.1].into_iter().enumerate() {
            // A minus sign separates numbers by itself.
            if n >= 0 && !(first_step && i == 0) {
                d.push(' ');
            }
            d.push_str(&n.to_string());
        }
        first_step = false;
        last = (x, y);
    }
    d.push('z');
    Some(d)
}

/// `svg` with font sizes written with at most two decimals: the SVG writer divides sizes by a
/// factor that [`Target::svg`] multiplies them by, which leaves `13.000000000000002`.
fn compact_font_sizes(svg: &str) -> String {
    const SIZE: &str = "font-size=\"";
    let mut out = String::with_capacity(svg.len());
    let mut rest = svg;
    while let Some(start) = rest.find(SIZE) {
        let value_at = start + SIZE.len();
        let Some(len) = rest[value_at..].find('"') else {
            break;
        };
        out.push_str(&rest[..value_at]);
        let value = &rest[value_at..value_at + len];
        match value.parse::<f64>() {
            Ok(size) => {
                let written = fixed(size, 2);
                out.push_str(written.trim_end_matches('0').trim_end_matches('.'));
            }
            Err(_) => out.push_str(value),
        }
        rest = &rest[value_at + len..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::load;

    #[test]
    fn the_page_for_another_report_has_no_static_report_and_waits_for_the_module() {
        let template = include_str!("../www/embed.template.html");
        let page = page_without_report(template).unwrap();
        assert!(!page.contains(MARKER));
        assert!(page.contains("<title>数据图解</title>"), "{page}");
        assert!(
            page.contains("id=\"report\" class=\"report-infographic ri\" data-state=\"loading\"")
        );
        assert!(
            !page.contains("二七"),
            "no word of the report compiled in: {page}"
        );
        assert!(
            page.contains("embed-page.js"),
            "the script that mounts the widget stays"
        );
        assert!(page_without_report("<title>t</title><div>no marker</div>").is_err());
    }

    #[test]
    fn the_static_page_carries_every_figure_and_a_responsive_svg_per_chart() {
        let report = load(crate::DEFAULT_REPORT_JSON).unwrap();
        let html = report_html(&report, Lang::Zh);
        // The text a reader sees: tags removed.
        let mut text = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                _ if !in_tag => text.push(c),
                _ => {}
            }
        }
        for figure in report.figures() {
            assert!(
                text.contains(&escape(
                    &crate::format::figure(figure, Lang::Zh, 1.0).joined()
                )),
                "{}",
                figure.id
            );
        }
        let charts: usize = report.sections.iter().map(|s| s.charts.len()).sum();
        assert_eq!(html.matches("<svg class=\"ri-svg\"").count(), charts);
        assert!(!html.contains("font-family=\""), "fonts come from the CSS");
        assert!(!html.contains("<polygon"), "shapes are compact paths");
        assert!(!html.contains("00000"), "no float noise");
        assert!(
            !html.contains(" style="),
            "no inline styles: the strict CSP forbids them"
        );
    }

    #[test]
    fn polygons_become_relative_paths_through_the_same_points() {
        let svg = "<svg><polygon opacity=\"0.5\" fill=\"#B71C1C\" points=\"0,29 1,26 1,26 15,22 15,40 \"/>\n<text x=\"1\">a</text></svg>";
        let compact = compact_polygons(svg);
        assert_eq!(
            compact,
            "<svg><path opacity=\"0.5\" fill=\"#B71C1C\" d=\"M0 29l1-3 14-4 0 18z\"/>\n<text x=\"1\">a</text></svg>"
        );
        // The page's own polygons: walking each path gives back its polygon's corners.
        let report = load(crate::DEFAULT_REPORT_JSON).unwrap();
        let section = &report.sections[0];
        let view = View {
            theme: &LIGHT,
            lang: Lang::Zh,
            width_css: CHART_WIDTH_CSS,
        };
        let mut raw = String::new();
        {
            let scene = chart::build(section, &section.charts[0], view, f64::INFINITY);
            let mut backend = plotters_svg::SVGBackend::with_string(&mut raw, (400, 200));
            draw_scene(&mut backend, &scene, Target::svg(FONT_STACK)).unwrap();
        }
        let polygons: Vec<&str> = raw
            .split(" points=\"")
            .skip(1)
            .map(|p| p.split('"').next().unwrap())
            .collect();
        let compact = compact_polygons(&raw);
        let paths: Vec<&str> = compact
            .split(" d=\"")
            .skip(1)
            .map(|p| p.split('"').next().unwrap())
            .collect();
        assert!(!polygons.is_empty());
        assert_eq!(polygons.len(), paths.len());
        assert!(!compact.contains("<polygon"));
        for (polygon, path) in polygons.iter().zip(&paths) {
            let mut corners: Vec<(i64, i64)> = Vec::new();
            for p in polygon.split_whitespace() {
                let (x, y) = p.split_once(',').unwrap();
                let corner = (x.parse().unwrap(), y.parse().unwrap());
                if corners.last() != Some(&corner) {
                    corners.push(corner);
                }
            }
            let numbers: Vec<i64> = path
                .trim_start_matches('M')
                .trim_end_matches('z')
                .replace('l', " ")
                .replace('-', " -")
                .split_whitespace()
                .map(|n| n.parse().unwrap())
                .collect();
            let mut walked = vec![(numbers[0], numbers[1])];
            for step in numbers[2..].chunks(2) {
                let (x, y) = *walked.last().unwrap();
                walked.push((x + step[0], y + step[1]));
            }
            assert_eq!(walked, corners, "{path}");
        }
    }

    #[test]
    fn rects_get_their_corners_radii_in_order() {
        assert_eq!(
            round_rects(
                "<rect x=\"0\"/>\n<rect x=\"1\"/>\n<rect x=\"2\"/>",
                &[7.0, 0.2, 1.5]
            ),
            "<rect rx=\"7\" x=\"0\"/>\n<rect x=\"1\"/>\n<rect rx=\"1.5\" x=\"2\"/>"
        );
        // The page's bars and tiles: rounded rects, as the canvas draws them.
        let report = load(crate::DEFAULT_REPORT_JSON).unwrap();
        let html = report_html(&report, Lang::Zh);
        assert!(html.contains(
            "<rect rx=\"7\" x=\"0\" y=\"22\" width=\"31\" height=\"14\" fill=\"#B71C1C\"/>"
        ));
        assert!(!html.contains("\n</text>"));
    }

    #[test]
    fn font_sizes_lose_their_float_noise() {
        assert_eq!(
            compact_font_sizes("<text font-size=\"13.000000000000002\">a</text><text font-size=\"12.5\" font-size=\"x\">"),
            "<text font-size=\"13\">a</text><text font-size=\"12.5\" font-size=\"x\">"
        );
    }

    #[test]
    fn the_static_page_stands_alone() {
        let report = load(include_str!("../data/sample-small.json")).unwrap();
        for lang in [Lang::Zh, Lang::En] {
            let page = static_page(&report, lang).unwrap();
            assert!(
                !page.contains("<script"),
                "no module to mount the report compiled in"
            );
            assert!(!page.contains("<nav"));
            assert!(!page.contains(MARKER));
            assert!(page.contains(&format!("<title>{}", escape(report.meta.title.get(lang)))));
            assert!(page.contains(&format!("<html lang=\"{}\">", lang.tag())));
            assert!(!page.contains("二七"), "nothing of the report compiled in");
        }
    }

    #[test]
    fn templates_need_their_marker() {
        let report = load(crate::DEFAULT_REPORT_JSON).unwrap();
        assert!(fill_template("<div></div>", &report, Lang::Zh).is_err());
        let page = fill_template(&format!("<div>{MARKER}</div>"), &report, Lang::Zh).unwrap();
        assert!(page.starts_with("<div><header"));
    }
}
