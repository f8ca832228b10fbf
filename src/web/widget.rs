//! The handle JavaScript keeps of a mounted widget: started over its instance, finished at once
//! for printing, read by tests, and torn down.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::prelude::*;

use super::errors::describe;
use super::instance::Instance;
use super::panic_hook::{self, panicked};
use super::{observe, schedule, Callbacks, Shared};

/// A mounted widget. Call `destroy()` before removing its element.
#[wasm_bindgen]
pub struct Widget {
    shared: Rc<Shared>,
}

/// Starts `instance` in `window`: its callbacks registered with the browser (what comes into
/// view watched only if it `animate`s), and its first frame asked for.
///
/// # Errors
/// Fails if the browser refuses an observer or a listener.
pub(super) fn start(
    window: web_sys::Window,
    instance: Instance,
    animate: bool,
) -> Result<Widget, JsValue> {
    let root = instance.root().clone();
    let shared = Rc::new(Shared {
        instance: RefCell::new(instance),
        callbacks: RefCell::new(Callbacks::default()),
        prime_request: Cell::new(None),
        clock: window.performance(),
        window,
    });
    let mut callbacks = Callbacks::default();
    schedule::add_callbacks(&shared, &mut callbacks);
    observe::observe(&shared, &root, animate, &mut callbacks)?;
    *shared.callbacks.borrow_mut() = callbacks;
    panic_hook::mounted(root);
    // No layout here: reading sizes now would force the browser to lay out the new DOM inside
    // this task. The resize observer's first callback comes after the browser's own layout.
    schedule::request_frame(&shared);
    Ok(Widget { shared })
}

#[wasm_bindgen]
impl Widget {
    /// Stops the animation, disconnects the observers, removes the listeners and releases the
    /// callbacks. The widget's DOM is left for the host to remove.
    pub fn destroy(&self) {
        let frame_request = self.shared.instance.borrow_mut().destroy();
        schedule::cancel(&self.shared, frame_request);
        let root = self.shared.instance.borrow().root().clone();
        panic_hook::unmounted(&root);
        let callbacks = std::mem::take(&mut *self.shared.callbacks.borrow_mut());
        observe::unobserve(&root, &callbacks);
    }

    /// Shows every number and chart at its final value at once, as if all had played. Draws
    /// synchronously, so it can run in a `beforeprint` handler.
    pub fn finish(&self) {
        if panicked() {
            return;
        }
        let mut instance = self.shared.instance.borrow_mut();
        if instance.destroyed() {
            return;
        }
        instance.finish();
        // Sizes may not have been read yet (the resize observer reports after layout); all is
        // drawn below.
        instance.layout();
        // The final frame does not depend on the time, and is drawn whole, now.
        instance.frame(0.0, None);
    }

    /// Whether every number and chart shows its final value.
    #[wasm_bindgen(getter)]
    pub fn ready(&self) -> bool {
        self.shared.instance.borrow().ready()
    }

    /// The marks of every chart as last drawn, in CSS px:
    /// `[{ section, chart, type, widthCss, marks: [{ figure_id, rect, hit }] }]`.
    /// For tests and tools; not needed to use the widget.
    #[wasm_bindgen(js_name = chartMarks)]
    pub fn chart_marks(&self) -> JsValue {
        self.shared.instance.borrow().chart_marks()
    }

    /// Every text of every chart's final frame with its box in CSS px, as the browser measures
    /// it: `[{ section, chart, type, widthCss, heightCss, texts: [{ text, x, y, width, height }] }]`.
    /// For tests and tools; not needed to use the widget.
    ///
    /// # Errors
    /// Fails if the browser gives no 2D canvas context to measure with.
    #[wasm_bindgen(js_name = chartTexts)]
    pub fn chart_texts(&self) -> Result<JsValue, JsError> {
        self.shared
            .instance
            .borrow()
            .chart_texts()
            .map_err(|e| JsError::new(&describe(&e)))
    }
}
