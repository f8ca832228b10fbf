//! When a widget works: its animation frames (`requestAnimationFrame`), and the idle tasks that
//! show its hidden parts and draw its charts' first frames (`requestIdleCallback`).

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::{with_shared, Callbacks, PrimeRequest, Shared};

/// Makes the frame and idle callbacks of `shared`'s widget, into `callbacks`; they hold it
/// weakly.
pub(super) fn add_callbacks(shared: &Rc<Shared>, callbacks: &mut Callbacks) {
    let weak = Rc::downgrade(shared);
    callbacks.frame = Some(Closure::new(move |now_ms: f64| {
        with_shared(&weak, |shared| on_frame(shared, now_ms));
    }));

    let weak = Rc::downgrade(shared);
    callbacks.prime = Some(Closure::new(move || {
        with_shared(&weak, |shared| {
            shared.prime_request.set(None);
            let wait = shared.instance.borrow_mut().prime(shared.clock.as_ref());
            // A chart in view goes on with its animation in the next frames.
            request_frame(shared);
            // With nothing to do before the next frame, `on_frame` schedules the next step.
            if !(wait && shared.instance.borrow().frame_requested()) {
                schedule_priming(shared);
            }
        });
    }));
}

/// Asks for an animation frame, unless one is asked for or the widget is destroyed.
pub(super) fn request_frame(shared: &Rc<Shared>) {
    let mut instance = shared.instance.borrow_mut();
    if instance.destroyed() || instance.frame_requested() {
        return;
    }
    let callbacks = shared.callbacks.borrow();
    let Some(callback) = callbacks.frame.as_ref() else {
        return;
    };
    if let Ok(id) = shared
        .window
        .request_animation_frame(callback.as_ref().unchecked_ref())
    {
        instance.set_frame_request(id);
    }
}

/// Draws a frame within the frame's budget; asks for the next if anything still moves.
fn on_frame(shared: &Rc<Shared>, now_ms: f64) {
    // Without a clock, frames are not limited.
    let more = shared
        .instance
        .borrow_mut()
        .frame(now_ms, shared.clock.as_ref());
    if more {
        request_frame(shared);
    }
    schedule_priming(shared);
}

/// Asks the browser to show the next hidden part or draw a blank chart's first frame when it is
/// idle, if one waits and no request is pending (see
/// [`Instance::prime`](super::instance::Instance::prime)). Idle callbacks wait at
/// most 100 ms, so parts are shown and charts drawn soon even while others animate.
fn schedule_priming(shared: &Rc<Shared>) {
    if shared.prime_request.get().is_some() {
        return;
    }
    {
        let instance = shared.instance.borrow();
        if instance.destroyed() || !instance.needs_priming() {
            return;
        }
    }
    let callbacks = shared.callbacks.borrow();
    let Some(callback) = callbacks.prime.as_ref() else {
        return;
    };
    let window = &shared.window;
    let function = callback.as_ref().unchecked_ref();
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(100);
    let request = match window.request_idle_callback_with_options(function, &options) {
        Ok(id) => PrimeRequest::Idle(id),
        Err(_) => match window.set_timeout_with_callback_and_timeout_and_arguments_0(function, 0) {
            Ok(id) => PrimeRequest::Timeout(id),
            Err(_) => return,
        },
    };
    shared.prime_request.set(Some(request));
}

/// Cancels the widget's frame request `frame_request` and its idle task, on `destroy()`.
pub(super) fn cancel(shared: &Shared, frame_request: Option<i32>) {
    let window = &shared.window;
    if let Some(id) = frame_request {
        let _ = window.cancel_animation_frame(id);
    }
    match shared.prime_request.take() {
        Some(PrimeRequest::Idle(id)) => window.cancel_idle_callback(id),
        Some(PrimeRequest::Timeout(id)) => window.clear_timeout_with_handle(id),
        None => {}
    }
}
