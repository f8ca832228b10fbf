//! The web shell (wasm32 only): mounts the widget into an element, animates it and tears it down.
//!
//! JavaScript sees one function, [`mount`], and one opaque handle, [`Widget`]. Nothing crosses the
//! boundary per frame: the animation loop runs in Rust on `requestAnimationFrame`, and stops as
//! soon as every number and chart shows its final value.

mod canvas;
mod dom;

use std::cell::RefCell;
use std::rc::Rc;

use serde::Deserialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CustomEvent, CustomEventInit, Element, ResizeObserver};

use crate::anim::{Tween, COUNT_UP};
use crate::chart::{self, View};
use crate::format::figure_parts_at;
use crate::model::{Lang, Report};
use crate::options::{Motion, Options, RawOptions};
use crate::theme::LIGHT;
use crate::validate;
use canvas::ChartCanvas;
use dom::{ChartSlot, CounterView};

/// The event a widget's root dispatches once everything shows its final values.
const READY_EVENT: &str = "report-infographic:ready";
/// The event a widget's root dispatches when it cannot show the report.
const ERROR_EVENT: &str = "report-infographic:error";
/// Pause between tiles counting up, and between the charts of one section.
const TILE_STAGGER_MS: f64 = 80.0;
const CHART_STAGGER_MS: f64 = 150.0;

/// Logs panics to the console with their message instead of an opaque `unreachable`.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// Options as JavaScript passes them: `{ sections, lang, motion }`, all strings, all optional.
#[derive(Deserialize, Default)]
#[serde(default)]
struct JsOptions {
    sections: Option<String>,
    lang: Option<String>,
    motion: Option<String>,
}

/// A mounted widget. Call `destroy()` before removing its element.
#[wasm_bindgen]
pub struct Widget {
    shared: Rc<Shared>,
}

/// The `requestAnimationFrame` callback; it receives the frame's timestamp in ms.
type FrameCallback = Closure<dyn FnMut(f64)>;

/// State shared by the widget handle, the frame callback and the resize observer.
struct Shared {
    instance: RefCell<Instance>,
    frame_callback: RefCell<Option<FrameCallback>>,
    resize_callback: RefCell<Option<Closure<dyn FnMut()>>>,
    resize_observer: RefCell<Option<ResizeObserver>>,
}

struct ChartView {
    slot: ChartSlot,
    canvas: ChartCanvas,
    delay_ms: f64,
    final_drawn: bool,
}

struct CounterState {
    view: CounterView,
    tween: Tween,
    shown: String,
}

struct Instance {
    root: Element,
    report: Report,
    lang: Lang,
    animate: bool,
    counters: Vec<CounterState>,
    charts: Vec<ChartView>,
    start_ms: Option<f64>,
    frame_request: Option<i32>,
    ready: bool,
    destroyed: bool,
}

/// Mounts the widget into `root`, showing the report compiled into it.
///
/// `options` is an object with optional string fields `sections` (comma-separated section ids),
/// `lang` (`zh` or `en`) and `motion` (`on` or `off`).
///
/// # Errors
/// Fails when the report cannot be shown; the reason is then also shown inside `root`, logged to
/// the console, and `root` gets `data-state="error"`.
#[wasm_bindgen]
pub fn mount(root: Element, options: JsValue) -> Result<Widget, JsError> {
    mount_json(root, crate::DEFAULT_REPORT_JSON, options)
}

fn mount_json(root: Element, json: &str, options: JsValue) -> Result<Widget, JsError> {
    let report = match validate::load(json) {
        Ok(report) => report,
        Err(problems) => {
            let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
            show_error(&root, "The report data is not valid / 报告数据有误", &lines);
            return Err(JsError::new(&lines.join("\n")));
        }
    };
    let raw = if options.is_undefined() || options.is_null() {
        JsOptions::default()
    } else {
        serde_wasm_bindgen::from_value(options).map_err(|e| {
            let message = format!("options must be an object of strings: {e}");
            show_error(
                &root,
                "The widget's options are not valid / 参数有误",
                std::slice::from_ref(&message),
            );
            JsError::new(&message)
        })?
    };
    let raw = RawOptions {
        sections: raw.sections,
        lang: raw.lang,
        motion: raw.motion,
    };
    let (options, warnings) = Options::parse(&raw, &report);
    for warning in &warnings {
        web_sys::console::warn_1(&JsValue::from_str(&format!(
            "report-infographic: {warning}"
        )));
    }
    match build(root.clone(), report, &options) {
        Ok(widget) => Ok(widget),
        Err(e) => {
            let message = e.as_string().unwrap_or_else(|| format!("{e:?}"));
            show_error(
                &root,
                "The widget could not be drawn / 图表无法绘制",
                std::slice::from_ref(&message),
            );
            Err(JsError::new(&message))
        }
    }
}

fn build(root: Element, report: Report, options: &Options) -> Result<Widget, JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let doc = window.document().ok_or("no document")?;
    let reduced_motion = window
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    let animate = options.motion == Motion::On && !reduced_motion;

    root.set_text_content(None);
    root.class_list().add_1("ri")?;
    root.set_attribute("lang", options.lang.tag())?;
    root.set_attribute("data-state", "loading")?;
    let built = dom::build(&doc, &root, &report, options.lang, &|id| options.shows(id))?;

    let counters = built
        .counters
        .into_iter()
        .enumerate()
        .map(|(i, view)| CounterState {
            view,
            tween: COUNT_UP.staggered(i, TILE_STAGGER_MS),
            shown: String::new(),
        })
        .collect();
    let mut charts = Vec::with_capacity(built.charts.len());
    let mut last_section = usize::MAX;
    let mut index_in_section = 0;
    for slot in built.charts {
        index_in_section = if slot.section == last_section {
            index_in_section + 1
        } else {
            0
        };
        last_section = slot.section;
        let canvas = ChartCanvas::new(slot.canvas.clone())?;
        charts.push(ChartView {
            slot,
            canvas,
            delay_ms: index_in_section as f64 * CHART_STAGGER_MS,
            final_drawn: false,
        });
    }
    let shared = Rc::new(Shared {
        instance: RefCell::new(Instance {
            root: root.clone(),
            report,
            lang: options.lang,
            animate,
            counters,
            charts,
            start_ms: None,
            frame_request: None,
            ready: false,
            destroyed: false,
        }),
        frame_callback: RefCell::new(None),
        resize_callback: RefCell::new(None),
        resize_observer: RefCell::new(None),
    });

    let weak = Rc::downgrade(&shared);
    *shared.frame_callback.borrow_mut() = Some(Closure::new(move |now_ms: f64| {
        if let Some(shared) = weak.upgrade() {
            on_frame(&shared, now_ms);
        }
    }));
    let weak = Rc::downgrade(&shared);
    let on_resize = Closure::<dyn FnMut()>::new(move || {
        if let Some(shared) = weak.upgrade() {
            shared.instance.borrow_mut().layout();
            request_frame(&shared);
        }
    });
    let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref())?;
    observer.observe(&root);
    *shared.resize_callback.borrow_mut() = Some(on_resize);
    *shared.resize_observer.borrow_mut() = Some(observer);

    shared.instance.borrow_mut().layout();
    request_frame(&shared);
    Ok(Widget { shared })
}

#[wasm_bindgen]
impl Widget {
    /// Stops the animation, disconnects observers and releases the callbacks. The DOM is left
    /// for the host to remove.
    pub fn destroy(&self) {
        let mut instance = self.shared.instance.borrow_mut();
        instance.destroyed = true;
        if let (Some(id), Some(window)) = (instance.frame_request.take(), web_sys::window()) {
            let _ = window.cancel_animation_frame(id);
        }
        drop(instance);
        if let Some(observer) = self.shared.resize_observer.borrow_mut().take() {
            observer.disconnect();
        }
        self.shared.resize_callback.borrow_mut().take();
        self.shared.frame_callback.borrow_mut().take();
    }

    /// Whether every number and chart shows its final value.
    #[wasm_bindgen(getter)]
    pub fn ready(&self) -> bool {
        self.shared.instance.borrow().ready
    }
}

fn request_frame(shared: &Rc<Shared>) {
    let mut instance = shared.instance.borrow_mut();
    if instance.destroyed || instance.frame_request.is_some() {
        return;
    }
    let callback = shared.frame_callback.borrow();
    let (Some(callback), Some(window)) = (callback.as_ref(), web_sys::window()) else {
        return;
    };
    instance.frame_request = window
        .request_animation_frame(callback.as_ref().unchecked_ref())
        .ok();
}

fn on_frame(shared: &Rc<Shared>, now_ms: f64) {
    let more = {
        let mut instance = shared.instance.borrow_mut();
        instance.frame_request = None;
        if instance.destroyed {
            return;
        }
        match instance.tick(now_ms) {
            Ok(more) => more,
            Err(e) => {
                let message = e.as_string().unwrap_or_else(|| format!("{e:?}"));
                instance.destroyed = true;
                show_error(
                    &instance.root,
                    "The widget could not be drawn / 图表无法绘制",
                    &[message],
                );
                false
            }
        }
    };
    if more {
        request_frame(shared);
    }
}

impl Instance {
    /// Sizes every canvas to its container; a changed size is redrawn on the next frame.
    fn layout(&mut self) {
        let pixel_ratio = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio());
        for view in &mut self.charts {
            let width = f64::from(view.slot.container.client_width());
            if width <= 0.0 {
                continue; // Not laid out (hidden host): keep the last size until it is.
            }
            let section = &self.report.sections[view.slot.section];
            let spec = &section.charts[view.slot.chart];
            let height = chart::height_css(section, spec, width, self.lang);
            if view.canvas.resize(width, height, pixel_ratio) {
                view.final_drawn = false;
            }
        }
    }

    /// Draws the frame at `now_ms`. Returns whether anything is still moving.
    fn tick(&mut self, now_ms: f64) -> Result<bool, JsValue> {
        let start = *self.start_ms.get_or_insert(now_ms);
        let elapsed = if self.animate {
            now_ms - start
        } else {
            f64::INFINITY
        };
        let mut moving = false;
        for counter in &mut self.counters {
            let figure = &self.report.sections[counter.view.section].figures[counter.view.figure];
            let number = figure_parts_at(figure, counter.tween.eased(elapsed)).number;
            if number != counter.shown {
                counter.view.number.set_text_content(Some(&number));
                counter.shown = number;
            }
            moving |= elapsed < counter.tween.end_ms();
        }
        for view in &mut self.charts {
            if view.final_drawn {
                continue;
            }
            let section = &self.report.sections[view.slot.section];
            let spec = &section.charts[view.slot.chart];
            let local = elapsed - view.delay_ms;
            let done = local >= chart::duration_ms(section, spec);
            let frame_ms = if done { f64::INFINITY } else { local.max(0.0) };
            let view_spec = View {
                theme: &LIGHT,
                lang: self.lang,
                width_css: view.canvas.width_css(),
            };
            if view.canvas.width_css() > 0.0 {
                view.canvas
                    .draw(&chart::build(section, spec, view_spec, frame_ms))?;
                view.final_drawn = done;
            }
            moving |= !view.final_drawn;
        }
        if !moving && !self.ready {
            self.ready = true;
            self.root.set_attribute("data-state", "ready")?;
            dispatch(&self.root, READY_EVENT, &JsValue::UNDEFINED);
        }
        Ok(moving)
    }
}

fn dispatch(root: &Element, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = root.dispatch_event(&event);
    }
}

/// Shows why the widget cannot show the report: inside the widget, in the console, and as
/// `data-state="error"` with an error event, so a host page can react.
fn show_error(root: &Element, title: &str, lines: &[String]) {
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
