//! The panic hook, and the roots of the mounted widgets it tells that the module stopped.

use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};

use wasm_bindgen::prelude::*;
use web_sys::Element;

use super::errors::show_error;

/// Set by the panic hook. Wasm can still be called after a panic, but its state may be half
/// changed, so every callback checks this first and does nothing.
static PANICKED: AtomicBool = AtomicBool::new(false);

thread_local! {
    /// The roots of the mounted widgets, so a panic can tell every one of them it stopped.
    static MOUNTED: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
}

/// Installs the panic hook: a panic is logged with its message (not an opaque `unreachable`),
/// every mounted widget shows that it stopped instead of freezing mid-animation, and every
/// callback does nothing from then on, so every animation loop stops.
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        PANICKED.store(true, Ordering::Relaxed);
        let message = info.to_string();
        web_sys::console::error_1(&JsValue::from_str(&format!(
            "report-infographic: internal error: {message}"
        )));
        MOUNTED.with(|mounted| {
            if let Ok(roots) = mounted.try_borrow() {
                for root in roots.iter() {
                    show_error(
                        root,
                        "The infographic stopped after an internal error / 图表出现内部错误，已停止",
                        std::slice::from_ref(&message),
                    );
                }
            }
        });
    }));
}

/// Whether the module panicked (see [`PANICKED`]).
pub(super) fn panicked() -> bool {
    PANICKED.load(Ordering::Relaxed)
}

/// Records the root of a widget just mounted.
pub(super) fn mounted(root: Element) {
    MOUNTED.with(|mounted| mounted.borrow_mut().push(root));
}

/// Forgets the root of a widget destroyed.
pub(super) fn unmounted(root: &Element) {
    MOUNTED.with(|mounted| mounted.borrow_mut().retain(|r| r != root));
}
