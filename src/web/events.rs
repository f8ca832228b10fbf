//! The DOM events of a widget: those it dispatches on its root for the host page, and those it
//! listens to there.

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};

/// The event a widget's root dispatches once everything shows its final values.
pub(super) const READY_EVENT: &str = "report-infographic:ready";
/// The event a widget's root dispatches when it cannot show the report.
pub(super) const ERROR_EVENT: &str = "report-infographic:error";
/// The DOM events the widget listens to on its root, all handled by one callback.
pub(super) const ROOT_EVENTS: [&str; 7] = [
    "pointermove",
    "pointerleave",
    "pointerdown",
    "click",
    "keydown",
    "focusin",
    "focusout",
];
/// The event a plot (`content-visibility: auto`) gets when the browser starts or stops
/// rendering it; it does not bubble, so the root listens for it in the capture phase.
pub(super) const PLOT_SHOWN_EVENT: &str = "contentvisibilityautostatechange";

/// Dispatches `name` with `detail` on `root`, bubbling and composed, so that a host page hears it
/// from outside a shadow root too.
pub(super) fn dispatch(root: &Element, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = root.dispatch_event(&event);
    }
}
