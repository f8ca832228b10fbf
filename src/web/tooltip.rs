//! The tooltip: one per widget, showing a figure as the report states it — the figure with its
//! unit and hedge, what it counts, and the report's own words — beside the mark it belongs to.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement};

use crate::format;
use crate::model::{Figure, Lang};
use crate::numtext::fixed;
use crate::scene::Mark;

use super::dom::{el, text_child};

/// The tooltip element and what it shows now.
pub struct Tooltip {
    element: HtmlElement,
    shown: Option<(usize, usize)>,
}

/// Space between a mark and its tooltip, in CSS px.
const GAP_CSS: f64 = 8.0;

impl Tooltip {
    /// Creates the (hidden) tooltip inside `root`.
    ///
    /// # Errors
    /// Fails if the DOM refuses the element.
    pub fn new(doc: &Document, root: &Element) -> Result<Self, JsValue> {
        let element: HtmlElement = el(doc, "div", "ri-tooltip")?.unchecked_into();
        // Announced politely, so keyboard users hear the figure they stepped to.
        element.set_attribute("role", "status")?;
        element.set_attribute("aria-live", "polite")?;
        element.set_hidden(true);
        root.append_child(&element)?;
        Ok(Tooltip {
            element,
            shown: None,
        })
    }

    /// The (chart, mark) shown, if any.
    pub fn shown(&self) -> Option<(usize, usize)> {
        self.shown
    }

    /// Shows `figure` for the `mark_index`-th mark of chart `chart_index`, drawn on `canvas`,
    /// placed above the mark (below it when there is no room above), inside `root`.
    #[allow(clippy::too_many_arguments)]
    pub fn show(
        &mut self,
        root: &Element,
        canvas: &Element,
        (chart_index, mark_index): (usize, usize),
        mark: &Mark,
        figure: &Figure,
        lang: Lang,
    ) -> Result<(), JsValue> {
        if self.shown != Some((chart_index, mark_index)) {
            let doc = root.owner_document().ok_or("no document")?;
            self.element.set_text_content(None);
            text_child(
                &doc,
                &self.element,
                "p",
                "ri-tip-value",
                &format::figure(figure, lang, 1.0).joined(),
            )?;
            text_child(
                &doc,
                &self.element,
                "p",
                "ri-tip-label",
                figure.label.get(lang),
            )?;
            let quote = match lang {
                Lang::Zh => format!("原文：「{}」", figure.quote),
                Lang::En => format!("Report: 「{}」", figure.quote),
            };
            text_child(&doc, &self.element, "p", "ri-tip-quote", &quote)?;
            self.shown = Some((chart_index, mark_index));
        }
        self.element.set_hidden(false);
        let root_box = root.get_bounding_client_rect();
        let canvas_box = canvas.get_bounding_client_rect();
        let (tip_w, tip_h) = (
            f64::from(self.element.offset_width()),
            f64::from(self.element.offset_height()),
        );
        let [x, y, w, h] = mark.rect;
        let left_in_root = canvas_box.left() - root_box.left();
        let top_in_root = canvas_box.top() - root_box.top();
        let centre = left_in_root + x + w.max(0.0) / 2.0;
        let left = (centre - tip_w / 2.0)
            .max(0.0)
            .min((root_box.width() - tip_w).max(0.0));
        let above = top_in_root + y - tip_h - GAP_CSS;
        let top = if above >= 0.0 {
            above
        } else {
            top_in_root + y + h + GAP_CSS
        };
        let style = self.element.style();
        style.set_property("left", &format!("{}px", fixed(left, 1)))?;
        style.set_property("top", &format!("{}px", fixed(top, 1)))?;
        Ok(())
    }

    /// Hides the tooltip.
    pub fn hide(&mut self) {
        self.element.set_hidden(true);
        self.shown = None;
    }

    /// Removes the tooltip from the page.
    pub fn remove(&self) {
        self.element.remove();
    }
}
