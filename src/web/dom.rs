//! The widget's DOM: its markup (built by the core, `crate::markup`) parsed in one go and put
//! into the page in another, and the elements the widget animates found in it; small helpers for
//! the elements the shell adds (tooltip, error panel).
//!
//! Report text reaches the DOM only escaped (in the markup) or as `textContent`: report data is
//! untrusted input.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    Document, DocumentFragment, Element, HtmlCanvasElement, HtmlElement, HtmlTemplateElement,
};

use crate::markup::{report_markup, Face, Markup};
use crate::model::{Lang, Report};

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
    /// Numbers that count up.
    pub counters: Vec<CounterView>,
    /// Chart canvases.
    pub charts: Vec<ChartSlot>,
    /// The parts still hidden, the last first (see [`crate::markup::Face::Live`]).
    pub hidden: Vec<HtmlElement>,
}

/// The whole live widget's markup, showing the sections `shows` accepts.
pub fn compose(
    report: &Report,
    lang: Lang,
    shows: &dyn Fn(&str) -> bool,
    replayable: bool,
) -> Markup {
    report_markup(report, lang, shows, &Face::Live { replayable })
}

/// Parses the widget's `markup` into nodes outside the page: [`place`] puts them into the
/// widget's root. Composing, parsing and placing are steps of their own, so that none of them
/// makes a long task on a slow phone.
///
/// # Errors
/// Fails if the page refuses the markup (a host page enforcing Trusted Types does).
pub fn parse(doc: &Document, markup: Markup) -> Result<(DocumentFragment, Built), JsValue> {
    // A template's content is inert: nothing in it is styled, laid out or loaded yet.
    let template: HtmlTemplateElement = doc.create_element("template")?.unchecked_into();
    // Through `Reflect`, so that a refusal is an error here rather than an exception thrown
    // through the module.
    js_sys::Reflect::set(&template, &"innerHTML".into(), &markup.html.into())?;
    let root = template.content();
    let numbers = root.query_selector_all(".ri-number")?;
    let canvases = root.query_selector_all("canvas")?;
    if numbers.length() as usize != markup.counters.len()
        || canvases.length() as usize != markup.charts.len()
    {
        return Err("the page changed the widget's markup".into());
    }
    let mut built = Built::default();
    let hidden = root.query_selector_all("section[hidden],.ri-charts[hidden]")?;
    built.hidden = (0..hidden.length())
        .rev()
        .filter_map(|i| hidden.get(i))
        .map(JsCast::unchecked_into)
        .collect();
    for (i, (section, figure)) in markup.counters.into_iter().enumerate() {
        let number: Element = numbers.get(i as u32).ok_or("no number")?.unchecked_into();
        let list = number.closest(".ri-tiles")?.ok_or("no tiles")?;
        built.counters.push(CounterView {
            number,
            list,
            section,
            figure,
        });
    }
    for (i, (section, chart)) in markup.charts.into_iter().enumerate() {
        let canvas: HtmlCanvasElement = canvases.get(i as u32).ok_or("no canvas")?.unchecked_into();
        let container = canvas.closest(".ri-chart")?.ok_or("no figure")?;
        built.charts.push(ChartSlot {
            canvas,
            container,
            section,
            chart,
        });
    }
    Ok((root, built))
}

/// Puts the widget's parsed `nodes` into `root`, in place of what it showed.
///
/// # Errors
/// Fails if the page refuses the nodes.
pub fn place(root: &Element, nodes: &DocumentFragment) -> Result<(), JsValue> {
    root.set_text_content(None);
    root.append_child(nodes)?;
    Ok(())
}
