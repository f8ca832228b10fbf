//! What a widget watches: its size (a resize observer), its charts and counters coming into view
//! (an intersection observer), and the reader's pointer and keys on its root.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    Element, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit,
    ResizeObserver,
};

use super::events::{PLOT_SHOWN_EVENT, ROOT_EVENTS};
use super::schedule::request_frame;
use super::{with_shared, Callbacks, Shared};

/// Starts watching `shared`'s widget in `root` (what comes into view only if it `animate`s);
/// the callbacks go into `callbacks`, and hold the widget weakly.
///
/// # Errors
/// Fails if the browser refuses an observer or a listener.
pub(super) fn observe(
    shared: &Rc<Shared>,
    root: &Element,
    animate: bool,
    callbacks: &mut Callbacks,
) -> Result<(), JsValue> {
    let weak = Rc::downgrade(shared);
    let on_resize = Closure::<dyn FnMut()>::new(move || {
        with_shared(&weak, |shared| {
            let mut instance = shared.instance.borrow_mut();
            let resized_in_view = instance.layout();
            // The resize observer reports after layout and before paint: drawn now, the charts
            // in view are painted at their new size in this frame.
            let now_ms = shared.clock.as_ref().map_or(0.0, web_sys::Performance::now);
            instance.redraw_in_view(&resized_in_view, now_ms);
            drop(instance);
            request_frame(shared);
        });
    });
    let resize_observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref())?;
    resize_observer.observe(root);
    callbacks.resize = Some(on_resize);
    callbacks.resize_observer = Some(resize_observer);

    if animate {
        let weak = Rc::downgrade(shared);
        let on_reveal = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            with_shared(&weak, |shared| {
                let targets: Vec<Element> = entries
                    .iter()
                    .map(JsCast::unchecked_into::<IntersectionObserverEntry>)
                    .filter(IntersectionObserverEntry::is_intersecting)
                    .map(|entry| entry.target())
                    .collect();
                shared.instance.borrow_mut().reveal(&targets);
                if let Some(observer) = &shared.callbacks.borrow().reveal_observer {
                    for target in &targets {
                        observer.unobserve(target);
                    }
                }
                request_frame(shared);
            });
        });
        let init = IntersectionObserverInit::new();
        // A chart starts once it is a little way into the viewport, not at its very edge.
        init.set_root_margin("0px 0px -10% 0px");
        let observer =
            IntersectionObserver::new_with_options(on_reveal.as_ref().unchecked_ref(), &init)?;
        for target in shared.instance.borrow().reveal_targets() {
            observer.observe(&target);
        }
        callbacks.reveal = Some(on_reveal);
        callbacks.reveal_observer = Some(observer);
    }

    let weak = Rc::downgrade(shared);
    let on_event = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        with_shared(&weak, |shared| {
            let redraw = shared.instance.borrow_mut().handle_event(&event);
            if redraw {
                request_frame(shared);
            }
        });
    });
    for (name, capture) in root_listeners() {
        root.add_event_listener_with_callback_and_bool(
            name,
            on_event.as_ref().unchecked_ref(),
            capture,
        )?;
    }
    callbacks.event = Some(on_event);
    Ok(())
}

/// Stops watching the widget in `root`: disconnects the observers and removes the listeners
/// in `callbacks`.
pub(super) fn unobserve(root: &Element, callbacks: &Callbacks) {
    if let Some(observer) = &callbacks.resize_observer {
        observer.disconnect();
    }
    if let Some(observer) = &callbacks.reveal_observer {
        observer.disconnect();
    }
    if let Some(on_event) = &callbacks.event {
        for (name, capture) in root_listeners() {
            let _ = root.remove_event_listener_with_callback_and_bool(
                name,
                on_event.as_ref().unchecked_ref(),
                capture,
            );
        }
    }
}

/// The events the widget hears on its root, and whether in their capture phase (a plot's
/// visibility change does not bubble). One binding for both kinds: each binding the module
/// uses is an import of its own, in the module and in its glue.
fn root_listeners() -> impl Iterator<Item = (&'static str, bool)> {
    ROOT_EVENTS
        .into_iter()
        .map(|name| (name, false))
        .chain([(PLOT_SHOWN_EVENT, true)])
}
