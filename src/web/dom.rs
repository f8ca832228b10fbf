//! Building the widget's DOM: header, KPI tiles, section cards, figure lists.
//!
//! All report text is set with `textContent`, never as HTML: report data is untrusted input.

use wasm_bindgen::JsValue;
use web_sys::{Document, Element, HtmlCanvasElement};

use crate::format::{figure_parts_at_in, figure_text_in};
use crate::model::{Chart, Figure, Lang, Report, Section, SectionKind};
use crate::words;

/// Creates `<tag class="class">`.
pub fn el(doc: &Document, tag: &str, class: &str) -> Result<Element, JsValue> {
    let e = doc.create_element(tag)?;
    if !class.is_empty() {
        e.set_class_name(class);
    }
    Ok(e)
}

/// Creates `<tag class="class">text</tag>` and appends it to `parent`.
pub fn text_child(
    doc: &Document,
    parent: &Element,
    tag: &str,
    class: &str,
    text: &str,
) -> Result<Element, JsValue> {
    let e = el(doc, tag, class)?;
    e.set_text_content(Some(text));
    parent.append_child(&e)?;
    Ok(e)
}

/// Creates `<button type="button" class="class" data-…="value">text</button>` in `parent`, named
/// `label` for assistive technology when given; the widget finds what a click means from the data
/// attribute.
fn button(
    doc: &Document,
    parent: &Element,
    class: &str,
    text: &str,
    data: (&str, &str),
    label: Option<&str>,
) -> Result<Element, JsValue> {
    let button = text_child(doc, parent, "button", class, text)?;
    button.set_attribute("type", "button")?;
    button.set_attribute(data.0, data.1)?;
    if let Some(label) = label {
        button.set_attribute("aria-label", label)?;
    }
    Ok(button)
}

/// A number on the page that counts up to its figure.
pub struct CounterView {
    /// The span holding the number.
    pub number: Element,
    /// The list of tiles the number is in, whose appearance starts the count.
    pub list: Element,
    /// Index of the section in the report.
    pub section: usize,
    /// Index of the figure in its section.
    pub figure: usize,
}

/// A chart's canvas on the page.
pub struct ChartSlot {
    /// The canvas.
    pub canvas: HtmlCanvasElement,
    /// The `<figure>` around it, whose width the chart takes.
    pub container: Element,
    /// Index of the section in the report.
    pub section: usize,
    /// Index of the chart in its section.
    pub chart: usize,
}

/// What the page needs to animate once the DOM is built.
#[derive(Default)]
pub struct Built {
    /// Whether sections get a replay button (not when motion is off).
    pub replayable: bool,
    /// Numbers that count up.
    pub counters: Vec<CounterView>,
    /// Chart canvases.
    pub charts: Vec<ChartSlot>,
}

/// Builds the whole widget into `body`, showing the sections `shows` accepts.
pub fn build(
    doc: &Document,
    body: &Element,
    report: &Report,
    lang: Lang,
    shows: &dyn Fn(&str) -> bool,
    replayable: bool,
) -> Result<Built, JsValue> {
    let mut built = Built {
        replayable,
        ..Built::default()
    };
    let all = report.sections.iter().all(|s| shows(&s.id));
    if all {
        let node = header(doc, report, lang)?;
        body.append_child(&node)?;
    }
    for (si, section) in report.sections.iter().enumerate() {
        if !shows(&section.id) {
            continue;
        }
        let card = section_card(doc, section, si, lang, &mut built)?;
        body.append_child(&card)?;
    }
    let tools = el(doc, "div", "ri-tools")?;
    button(
        doc,
        &tools,
        "ri-download ri-download-all",
        words::DOWNLOAD_ALL.get(lang),
        ("data-ri-download", "all"),
        None,
    )?;
    body.append_child(&tools)?;
    let node = footer(doc, report, lang)?;
    body.append_child(&node)?;
    Ok(built)
}

fn header(doc: &Document, report: &Report, lang: Lang) -> Result<Element, JsValue> {
    let meta = &report.meta;
    let header = el(doc, "header", "ri-header")?;
    let kicker = format!(
        "{} · {} · {}",
        meta.city.get(lang),
        meta.district.get(lang),
        meta.year
    );
    text_child(doc, &header, "p", "ri-kicker", &kicker)?;
    text_child(doc, &header, "h1", "ri-title", meta.title.get(lang))?;
    text_child(doc, &header, "p", "ri-subtitle", meta.subtitle.get(lang))?;
    let when = format!("{} · {}", meta.meeting_date, meta.meeting.get(lang));
    text_child(doc, &header, "p", "ri-meeting", &when)?;
    Ok(header)
}

fn footer(doc: &Document, report: &Report, lang: Lang) -> Result<Element, JsValue> {
    let source = &report.meta.source;
    let footer = el(doc, "footer", "ri-source")?;
    let reporter = match lang {
        Lang::Zh => &source.reporter,
        Lang::En => &source.reporter_en,
    };
    text_child(
        doc,
        &footer,
        "span",
        "ri-source-label",
        words::SOURCE.get(lang),
    )?;
    text_child(doc, &footer, "cite", "ri-source-headline", &source.headline)?;
    text_child(doc, &footer, "span", "ri-source-reporter", reporter)?;
    Ok(footer)
}

fn section_card(
    doc: &Document,
    section: &Section,
    si: usize,
    lang: Lang,
    built: &mut Built,
) -> Result<Element, JsValue> {
    let kind_class = match section.kind {
        SectionKind::Kpi => "ri-section ri-kpi",
        SectionKind::Work => "ri-section ri-card",
    };
    let card = el(doc, "section", kind_class)?;
    card.set_attribute("data-section", &section.id)?;
    let heading_id = format!("ri-{}-{}", section.id, si);
    let head = el(doc, "div", "ri-section-head")?;
    let h2 = text_child(
        doc,
        &head,
        "h2",
        "ri-section-title",
        section.title.get(lang),
    )?;
    h2.set_id(&heading_id);
    if built.replayable && (section.kind == SectionKind::Kpi || !section.charts.is_empty()) {
        let index = si.to_string();
        let label = format!(
            "{}{}",
            words::REPLAY_LABEL.get(lang),
            section.title.get(lang)
        );
        button(
            doc,
            &head,
            "ri-replay",
            words::REPLAY.get(lang),
            ("data-ri-replay", &index),
            Some(&label),
        )?;
    }
    card.append_child(&head)?;
    card.set_attribute("aria-labelledby", &heading_id)?;
    text_child(doc, &card, "p", "ri-summary", section.summary.get(lang))?;
    if section.kind == SectionKind::Kpi {
        let node = kpi_tiles(doc, section, si, lang, built)?;
        card.append_child(&node)?;
    }
    if !section.charts.is_empty() {
        let charts = el(doc, "div", "ri-charts")?;
        for (ci, chart) in section.charts.iter().enumerate() {
            let node = chart_figure(doc, section, chart, (si, ci), lang, built)?;
            charts.append_child(&node)?;
        }
        card.append_child(&charts)?;
    }
    if !section.areas.is_empty() {
        let node = areas_list(doc, section, lang)?;
        // With a diagram of the areas, the list is its text alternative.
        if section.has_areas_chart() {
            node.class_list().add_1("ri-visually-hidden")?;
        }
        card.append_child(&node)?;
    }
    // Figures no chart shows are listed as text; charted ones are in each chart's data list.
    let rest = section.uncharted_figures();
    if !rest.is_empty() {
        text_child(
            doc,
            &card,
            "h3",
            "ri-figures-title",
            words::MORE_FIGURES.get(lang),
        )?;
        let node = figure_list(doc, &rest, lang)?;
        card.append_child(&node)?;
    }
    Ok(card)
}

fn kpi_tiles(
    doc: &Document,
    section: &Section,
    si: usize,
    lang: Lang,
    built: &mut Built,
) -> Result<Element, JsValue> {
    let list = el(doc, "ul", "ri-tiles")?;
    list.set_attribute("data-ri-counters", &si.to_string())?;
    for (fi, figure) in section.figures.iter().enumerate() {
        let tile = el(doc, "li", "ri-tile")?;
        let value = el(doc, "p", "ri-tile-value")?;
        // Screen readers read the final figure once; the counting digits are hidden from them.
        let counting = el(doc, "span", "ri-counting")?;
        counting.set_attribute("aria-hidden", "true")?;
        let parts = figure_parts_at_in(figure, lang, 1.0);
        text_child(doc, &counting, "span", "ri-before", &parts.before)?;
        let number = text_child(doc, &counting, "span", "ri-number", &parts.number)?;
        text_child(doc, &counting, "span", "ri-after", &parts.after)?;
        value.append_child(&counting)?;
        text_child(
            doc,
            &value,
            "span",
            "ri-visually-hidden",
            &figure_text_in(figure, lang),
        )?;
        tile.append_child(&value)?;
        text_child(doc, &tile, "p", "ri-tile-label", figure.label.get(lang))?;
        if let Some(hedge) = figure.hedge {
            tile.set_attribute("data-hedge", hedge.as_str())?;
        }
        list.append_child(&tile)?;
        built.counters.push(CounterView {
            number,
            list: list.clone(),
            section: si,
            figure: fi,
        });
    }
    Ok(list)
}

fn chart_figure(
    doc: &Document,
    section: &Section,
    chart: &Chart,
    (si, ci): (usize, usize),
    lang: Lang,
    built: &mut Built,
) -> Result<Element, JsValue> {
    let figure = el(doc, "figure", "ri-chart")?;
    figure.set_attribute("data-chart", chart.type_name())?;
    text_child(
        doc,
        &figure,
        "figcaption",
        "ri-chart-title",
        chart.title().get(lang),
    )?;
    let canvas: HtmlCanvasElement =
        wasm_bindgen::JsCast::unchecked_into(el(doc, "canvas", "ri-canvas")?);
    let index = built.charts.len().to_string();
    let label = format!(
        "{}{}",
        words::DOWNLOAD_CHART_LABEL.get(lang),
        chart.title().get(lang)
    );
    button(
        doc,
        &figure,
        "ri-download",
        words::DOWNLOAD_CHART.get(lang),
        ("data-ri-download", &index),
        Some(&label),
    )?;
    canvas.set_attribute("role", "img")?;
    canvas.set_attribute("data-ri-chart", &built.charts.len().to_string())?;
    // Focusable, so the keyboard can step through the chart's figures.
    canvas.set_attribute("tabindex", "0")?;
    canvas.set_attribute("aria-label", chart.title().get(lang))?;
    figure.append_child(&canvas)?;
    // The chart's figures as text: for screen readers, search, copy and the tests.
    let figures = section.chart_figures(chart);
    if !figures.is_empty() {
        let list = figure_list(doc, &figures, lang)?;
        list.set_class_name("ri-chart-data ri-visually-hidden");
        let list_id = format!("ri-{}-chart-{ci}", section.id);
        list.set_id(&list_id);
        canvas.set_attribute("aria-describedby", &list_id)?;
        figure.append_child(&list)?;
    }
    built.charts.push(ChartSlot {
        canvas,
        container: figure.clone(),
        section: si,
        chart: ci,
    });
    Ok(figure)
}

fn figure_list(doc: &Document, figures: &[&Figure], lang: Lang) -> Result<Element, JsValue> {
    let list = el(doc, "ul", "ri-figures")?;
    for figure in figures {
        let item = el(doc, "li", "ri-figure")?;
        item.set_attribute("data-figure", &figure.id)?;
        item.set_attribute("title", &figure.quote)?;
        text_child(
            doc,
            &item,
            "span",
            "ri-figure-value",
            &figure_text_in(figure, lang),
        )?;
        text_child(
            doc,
            &item,
            "span",
            "ri-figure-label",
            figure.label.get(lang),
        )?;
        list.append_child(&item)?;
    }
    Ok(list)
}

fn areas_list(doc: &Document, section: &Section, lang: Lang) -> Result<Element, JsValue> {
    let list = el(doc, "ol", "ri-areas")?;
    for area in &section.areas {
        let item = el(doc, "li", "ri-area")?;
        text_child(doc, &item, "h3", "ri-area-name", area.name.get(lang))?;
        let projects = el(doc, "ul", "ri-projects")?;
        for project in &area.projects {
            text_child(doc, &projects, "li", "ri-project", project.get(lang))?;
        }
        item.append_child(&projects)?;
        list.append_child(&item)?;
    }
    Ok(list)
}
