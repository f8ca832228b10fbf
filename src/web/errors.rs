//! Showing why a widget cannot show the report: in the widget, in the console and to the host
//! page; and a JS error as a message.

use wasm_bindgen::{JsCast, JsError, JsValue};
use web_sys::Element;

use super::dom;
use super::events::{dispatch, ERROR_EVENT};

/// Shows why the widget cannot show the report: inside the widget, in the console, and as
/// `data-state="error"` with an error event, so a host page can react.
pub(super) fn show_error(root: &Element, title: &str, lines: &[String]) {
    web_sys::console::error_1(&JsValue::from_str(&format!(
        "report-infographic: {title}\n{}",
        lines.join("\n")
    )));
    let shown = (|| -> Result<(), JsValue> {
        let doc = root.owner_document().ok_or("no document")?;
        root.set_text_content(None);
        root.class_list().add_1("ri")?;
        let panel = dom::el(&doc, "div", "ri-error")?;
        panel.set_attribute("role", "alert")?;
        dom::text_child(&doc, &panel, "p", "ri-error-title", title)?;
        let list = dom::el(&doc, "ul", "ri-error-list")?;
        // At most a screenful: the console has them all.
        for line in lines.iter().take(12) {
            dom::text_child(&doc, &list, "li", "", line)?;
        }
        panel.append_child(&list)?;
        root.append_child(&panel)?;
        Ok(())
    })();
    if shown.is_err() {
        root.set_text_content(Some(title));
    }
    let _ = root.set_attribute("data-state", "error");
    dispatch(root, ERROR_EVENT, &JsValue::from_str(&lines.join("\n")));
}

/// Shows why the widget cannot be shown in `root` (see [`show_error`]); returns the error to
/// throw.
pub(super) fn fail(root: &Element, title: &str, lines: Vec<String>) -> JsError {
    show_error(root, title, &lines);
    JsError::new(&lines.join("\n"))
}

/// A JS error (or thrown value) as a message: `TypeError: …`.
pub(super) fn describe(error: &JsValue) -> String {
    error
        .as_string()
        .or_else(|| {
            error
                .dyn_ref::<js_sys::Error>()
                .map(|e| e.to_string().into())
        })
        .unwrap_or_else(|| "the browser threw an unknown error".into())
}
