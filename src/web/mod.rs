//! The web shell (wasm32 only): mounts the widget into an element, animates it and tears it down.
//!
//! JavaScript sees one way in, [`mount::prepare`] and the steps of [`mount::Mounting`], and one
//! opaque handle, [`widget::Widget`]. Nothing crosses the boundary per frame: the animation loop
//! runs in Rust on `requestAnimationFrame`, and stops as soon as nothing moves. Each chart (and
//! the KPI tiles) animates the first time it scrolls into view; charts not yet seen wait at their
//! first frame.

mod backend;
mod canvas;
mod dom;
mod errors;
mod events;
mod instance;
mod measure;
mod mount;
mod observe;
mod panic_hook;
mod prefs;
mod read;
mod schedule;
mod shape;
mod test_hooks;
mod tooltip;
mod widget;

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use wasm_bindgen::prelude::*;
use web_sys::{IntersectionObserver, ResizeObserver};

use instance::Instance;
use panic_hook::panicked;
#[cfg(feature = "editor")]
pub(crate) use read::load_report;

/// The `requestAnimationFrame` callback; it receives the frame's timestamp in ms.
type FrameCallback = Closure<dyn FnMut(f64)>;

/// State shared by the widget handle and the browser's callbacks. The callbacks hold it weakly,
/// so dropping the handle (or `destroy()`) frees everything.
struct Shared {
    instance: RefCell<Instance>,
    callbacks: RefCell<Callbacks>,
    /// The scheduled idle-time drawing of charts not yet seen, to cancel on `destroy()`.
    prime_request: Cell<Option<PrimeRequest>>,
    /// The window and its clock, looked up once rather than in every frame and task.
    window: web_sys::Window,
    clock: Option<web_sys::Performance>,
}

/// An idle callback, or a timeout where the browser has no `requestIdleCallback` (Safari).
#[derive(Clone, Copy)]
enum PrimeRequest {
    Idle(u32),
    Timeout(i32),
}

/// Everything registered with the browser, kept to be released on `destroy()`.
#[derive(Default)]
struct Callbacks {
    frame: Option<FrameCallback>,
    resize: Option<Closure<dyn FnMut()>>,
    resize_observer: Option<ResizeObserver>,
    reveal: Option<Closure<dyn FnMut(js_sys::Array)>>,
    reveal_observer: Option<IntersectionObserver>,
    event: Option<Closure<dyn FnMut(web_sys::Event)>>,
    prime: Option<Closure<dyn FnMut()>>,
}

/// Runs `f` if the widget still exists and has not been destroyed.
fn with_shared(weak: &Weak<Shared>, f: impl FnOnce(&Rc<Shared>)) {
    if panicked() {
        return;
    }
    if let Some(shared) = weak.upgrade() {
        if !shared.instance.borrow().destroyed() {
            f(&shared);
        }
    }
}

/// talc rather than Rust's default dlmalloc: about 2 KB less to download.
// SAFETY: the module runs on one thread (no atomics, no workers), which is all `new_global` asks.
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };
