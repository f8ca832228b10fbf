//! The web shell (wasm32 only): mounts the widget into an element, animates it and tears it down.
//!
//! JavaScript sees one way in, [`prepare`] and the steps of [`Mounting`], and one opaque handle,
//! [`Widget`]. Nothing crosses the boundary per frame: the animation loop runs in Rust on
//! `requestAnimationFrame`, and stops as soon as nothing moves. Each chart (and the KPI tiles)
//! animates the first time it scrolls into view; charts not yet seen wait at their first frame.

mod backend;
mod canvas;
mod dom;
mod instance;
mod measure;
mod shape;
mod tooltip;

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicBool, Ordering};

use serde::Deserialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    CustomEvent, CustomEventInit, DocumentFragment, Element, IntersectionObserver,
    IntersectionObserverEntry, IntersectionObserverInit, ResizeObserver,
};

use crate::markup::Markup;
use crate::model::Report;
use crate::options::{Motion, Options, RawOptions, TextSize, ThemeChoice};
use crate::theme::{forced_colors, Color, Theme, DARK, LIGHT};
use crate::validate;
use instance::Instance;

/// The event a widget's root dispatches once everything shows its final values.
const READY_EVENT: &str = "report-infographic:ready";
/// The event a widget's root dispatches when it cannot show the report.
const ERROR_EVENT: &str = "report-infographic:error";
/// The DOM events the widget listens to on its root, all handled by one callback.
const ROOT_EVENTS: [&str; 7] = [
    "pointermove",
    "pointerleave",
    "pointerdown",
    "click",
    "keydown",
    "focusin",
    "focusout",
];

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

/// Panics on purpose, to test that a panic reaches the reader as a message, not a frozen page.
#[wasm_bindgen(js_name = __simulatePanic)]
pub fn simulate_panic() {
    panic!("a panic simulated by a test");
}

/// The size of the module's linear memory in bytes, for memory tests and the benchmark.
#[wasm_bindgen(js_name = wasmMemoryBytes)]
pub fn wasm_memory_bytes() -> f64 {
    wasm_bindgen::memory()
        .unchecked_into::<js_sys::WebAssembly::Memory>()
        .buffer()
        .unchecked_into::<js_sys::ArrayBuffer>()
        .byte_length()
        .into()
}

/// Reads the options as JavaScript passes them: `{ sections, lang, theme, motion, text, src }`,
/// all strings, all optional (`undefined` or `null` for one not given), through
/// serde-wasm-bindgen.
fn js_options(options: JsValue) -> Result<RawOptions, String> {
    if options.is_undefined() || options.is_null() {
        return Ok(RawOptions::default());
    }
    RawOptions::deserialize(serde_wasm_bindgen::Deserializer::from(options.clone())).map_err(|e| {
        // serde-wasm-bindgen gives no path: every option is a string, so the first that is not
        // one is the option named.
        let wrong = js_sys::Object::keys(options.unchecked_ref::<js_sys::Object>())
            .iter()
            .find(|key| {
                let value = js_sys::Reflect::get(&options, key).unwrap_or_default();
                Option::<String>::deserialize(serde_wasm_bindgen::Deserializer::from(value))
                    .is_err()
            });
        let message = serde_message(e);
        match wrong.and_then(|key| key.as_string()) {
            Some(key) => format!("options.{key}: {message}"),
            None => format!("options: {message}"),
        }
    })
}

/// Reads a report from its text: the browser's `JSON.parse`, its shape checked against the
/// schema ([`shape`]), then serde-wasm-bindgen into the model. Problems name the field's path,
/// as natively ([`validate::parse`] does the same with serde_json).
pub(crate) fn read_report(json: &str) -> Result<Report, validate::Problem> {
    validate::check_size(json.len())?;
    let value = js_sys::JSON::parse(json).map_err(|e| validate::Problem {
        path: String::new(),
        message: format!(
            "the data file is not JSON: {}",
            validate::shortened_quotes(&describe(&e))
        ),
    })?;
    if let Some(problem) = shape::first_problem(&value) {
        return Err(problem);
    }
    Report::deserialize(serde_wasm_bindgen::Deserializer::from(value.clone()))
        .map_err(|e| chart_problem(&value, e))
}

/// A problem serde-wasm-bindgen finds in a report whose shape is right: one of a chart's own
/// rules (the fields its type needs, [`crate::model::Chart`]). It gives no path, so the chart is
/// found by reading each one alone.
fn chart_problem(report: &JsValue, error: serde_wasm_bindgen::Error) -> validate::Problem {
    let list = |value: &JsValue, key: &str| -> Vec<JsValue> {
        js_sys::Reflect::get(value, &key.into())
            .ok()
            .and_then(|v| v.dyn_into::<js_sys::Array>().ok())
            .map(|a| a.iter().collect())
            .unwrap_or_default()
    };
    for (i, section) in list(report, "sections").iter().enumerate() {
        for (j, chart) in list(section, "charts").into_iter().enumerate() {
            let read =
                crate::model::Chart::deserialize(serde_wasm_bindgen::Deserializer::from(chart));
            if let Err(e) = read {
                return validate::problem(format!("sections[{i}].charts[{j}]"), &serde_message(e));
            }
        }
    }
    validate::problem(String::new(), &serde_message(error))
}

/// Reads and checks a data file in the browser, as [`validate::load`] does natively: every
/// problem, with its path. The editor's module checks files with it.
///
/// # Errors
/// The first shape or type problem, or every rule the report breaks.
#[cfg(feature = "editor")]
pub(crate) fn load_report(json: &str) -> Result<Report, Vec<validate::Problem>> {
    let report = read_report(json).map_err(|p| vec![p])?;
    let problems = validate::validate(&report);
    if problems.is_empty() {
        Ok(report)
    } else {
        Err(problems)
    }
}

/// The message of a serde-wasm-bindgen error, without the `Error: ` its text starts with.
fn serde_message(error: serde_wasm_bindgen::Error) -> String {
    let value = JsValue::from(error);
    match value.dyn_ref::<js_sys::Error>() {
        Some(e) => e.message().into(),
        None => describe(&value),
    }
}

/// A mounted widget. Call `destroy()` before removing its element.
#[wasm_bindgen]
pub struct Widget {
    shared: Rc<Shared>,
}

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

/// A widget being mounted, in seven steps so that the page can fetch a report and let the
/// browser draw between them (`widget.js` runs each in a task of its own: the browser compiles
/// the module's code as it first runs, which would make one step a long task on a slow phone):
///
/// 1. `prepare(root, options)` reads the options;
/// 2. `read(text)` reads the report: the one at `src`, which the page fetched, or without `src`
///    the one compiled in;
/// 3. `check()` checks the report's figures and charts;
/// 4. `compose()` composes the widget's markup;
/// 5. `parse()` parses it into nodes, outside the page;
/// 6. `place()` puts them into `root`, in place of what `root` showed;
/// 7. `build()` starts the widget over them and returns its handle.
///
/// `options` is an object with optional string fields `sections` (comma-separated section ids),
/// `lang` (`zh` or `en`), `theme` (`auto`, `light` or `dark`), `motion` (`on` or `off`), `text`
/// (`normal` or `large`) and `src` (the URL of another report's data file).
///
/// A step that fails (options or report not valid, the report not fetched, the browser refusing
/// to draw) shows the reason inside `root`, logs it to the console, sets `data-state="error"` on
/// `root` and throws.
#[wasm_bindgen]
pub struct Mounting {
    root: Element,
    raw: RawOptions,
    options: Options,
    warnings: Vec<String>,
    report: Option<Report>,
    /// Whether `report` passed [`Mounting::check`].
    checked: bool,
    /// The widget's DOM as far as it has come, from [`Mounting::compose`] on.
    written: Option<Written>,
}

/// The widget's DOM as far as it has come, and how it looks.
struct Written {
    dom: Dom,
    animate: bool,
    theme: Theme,
    /// The theme's name, for the root's `data-theme`.
    theme_name: &'static str,
}

/// The steps of the widget's DOM: its markup composed, parsed into nodes outside the page, and
/// placed in the page.
enum Dom {
    Composed(Markup),
    Parsed(DocumentFragment, dom::Built),
    Placed(dom::Built),
    /// A step failed half-way.
    Lost,
}

/// Starts mounting the widget into `root`: step 1 of [`Mounting`].
///
/// # Errors
/// Throws when the options are not valid, or the module stopped after an internal error.
#[wasm_bindgen]
pub fn prepare(root: Element, options: JsValue) -> Result<Mounting, JsError> {
    if PANICKED.load(Ordering::Relaxed) {
        return Err(fail(
            &root,
            "The infographic stopped after an internal error / 图表出现内部错误，已停止",
            vec!["reload the page to try again".into()],
        ));
    }
    // A static report keeps its state until the widget replaces it: changing it would make the
    // browser lay out the whole report (see widget.css) just before it goes.
    if root.get_attribute("data-state").as_deref() != Some("static") {
        let _ = root.set_attribute("data-state", "loading");
    }
    let raw = js_options(options).map_err(|e| {
        fail(
            &root,
            "The widget's options are not valid / 参数有误",
            vec![e],
        )
    })?;
    let (options, warnings) = Options::parse(&raw);
    Ok(Mounting {
        root,
        raw,
        options,
        warnings,
        report: None,
        checked: false,
        written: None,
    })
}

#[wasm_bindgen]
impl Mounting {
    /// The URL of the report to fetch, if not the one compiled in.
    #[wasm_bindgen(getter)]
    pub fn src(&self) -> Option<String> {
        self.options.src.clone()
    }

    /// The report at `src` could not be fetched: shows `reason`, and returns the error to throw.
    #[wasm_bindgen(js_name = cannotLoad)]
    pub fn cannot_load(&self, reason: String) -> JsError {
        fail(
            &self.root,
            "The report could not be loaded / 报告数据无法加载",
            vec![reason],
        )
    }

    /// Reads the report: `text`, fetched from `src`, or the one compiled in.
    ///
    /// # Errors
    /// Throws when the report is not JSON of the report's shape.
    pub fn read(&mut self, text: Option<String>) -> Result<(), JsError> {
        let json = text.as_deref().unwrap_or(crate::DEFAULT_REPORT_JSON);
        let report = read_report(json).map_err(|problem| self.not_valid(&[problem]))?;
        self.report = Some(report);
        self.checked = false;
        self.written = None;
        Ok(())
    }

    /// Checks the report read, and picks the sections to show.
    ///
    /// # Errors
    /// Throws when no report was read, or it is not valid.
    pub fn check(&mut self) -> Result<(), JsError> {
        let Some(report) = &self.report else {
            return Err(self.not_valid(&[]));
        };
        let problems = validate::validate(report);
        if !problems.is_empty() {
            return Err(self.not_valid(&problems));
        }
        let chosen = self.options.choose_sections(&self.raw, report);
        self.warnings.extend(chosen);
        for warning in &self.warnings {
            web_sys::console::warn_1(&JsValue::from_str(&format!(
                "report-infographic: {warning}"
            )));
        }
        self.checked = true;
        Ok(())
    }

    /// Shows that the report is not valid, with its `problems` (none: it was never read).
    fn not_valid(&self, problems: &[validate::Problem]) -> JsError {
        let source = self
            .options
            .src
            .as_deref()
            .unwrap_or("the report compiled in");
        let mut lines = vec![format!("{source}:")];
        lines.extend(problems.iter().map(ToString::to_string));
        if problems.is_empty() {
            lines.push("no report was read".into());
        }
        fail(
            &self.root,
            "The report data is not valid / 报告数据有误",
            lines,
        )
    }

    /// Composes the widget's markup.
    ///
    /// # Errors
    /// Throws when no report was read and checked.
    pub fn compose(&mut self) -> Result<(), JsError> {
        match &self.report {
            Some(report) if self.checked => {
                self.written = Some(compose(&self.root, report, &self.options));
                Ok(())
            }
            _ => Err(cannot_draw(&self.root, NOT_READ.to_string())),
        }
    }

    /// Parses the composed markup into nodes, outside the page.
    ///
    /// # Errors
    /// Throws when the markup was not composed, or the page refuses it.
    pub fn parse(&mut self) -> Result<(), JsError> {
        self.next_step(|root, _, _, dom| match dom {
            Dom::Composed(markup) => {
                let doc = root.owner_document().ok_or("no document")?;
                let (nodes, built) = dom::parse(&doc, markup)?;
                Ok(Dom::Parsed(nodes, built))
            }
            _ => Err("the widget's markup was not composed".into()),
        })
    }

    /// Puts the parsed nodes into `root`, in place of what it showed.
    ///
    /// # Errors
    /// Throws when the markup was not parsed, or the page refuses the nodes.
    pub fn place(&mut self) -> Result<(), JsError> {
        self.next_step(|root, options, theme_name, dom| match dom {
            Dom::Parsed(nodes, built) => {
                place(root, &nodes, theme_name, options)?;
                Ok(Dom::Placed(built))
            }
            _ => Err("the widget's markup was not parsed".into()),
        })
    }

    /// Takes the widget's DOM from one step to the next with `step`, which gets the root, the
    /// options, the theme's name and the DOM so far; a failure is shown in the root.
    fn next_step(
        &mut self,
        step: impl FnOnce(&Element, &Options, &str, Dom) -> Result<Dom, JsValue>,
    ) -> Result<(), JsError> {
        let Some(written) = &mut self.written else {
            return Err(cannot_draw(&self.root, NOT_READ.to_string()));
        };
        let dom = std::mem::replace(&mut written.dom, Dom::Lost);
        match step(&self.root, &self.options, written.theme_name, dom) {
            Ok(dom) => {
                written.dom = dom;
                Ok(())
            }
            Err(e) => Err(cannot_draw(&self.root, describe(&e))),
        }
    }

    /// Starts the widget over its DOM; returns its handle.
    ///
    /// # Errors
    /// Throws when the markup was not placed, or the browser refuses to draw.
    pub fn build(self) -> Result<Widget, JsError> {
        let Mounting {
            root,
            options,
            report,
            written,
            ..
        } = self;
        let built = match (report, written) {
            (Some(report), Some(written)) => {
                build(root.clone(), report, &options, written).map_err(|e| describe(&e))
            }
            _ => Err("the widget's markup was not placed".to_string()),
        };
        built.map_err(|message| cannot_draw(&root, message))
    }
}

/// Why the markup cannot be written: an earlier step did not run (or failed).
const NOT_READ: &str = "no report was read and checked";

/// Shows that the widget could not be drawn, for `message`; returns the error to throw.
fn cannot_draw(root: &Element, message: String) -> JsError {
    fail(
        root,
        "The widget could not be drawn / 图表无法绘制",
        vec![message],
    )
}

/// A JS error (or thrown value) as a message: `TypeError: …`.
fn describe(error: &JsValue) -> String {
    error
        .as_string()
        .or_else(|| {
            error
                .dyn_ref::<js_sys::Error>()
                .map(|e| e.to_string().into())
        })
        .unwrap_or_else(|| "the browser threw an unknown error".into())
}

/// Shows why the widget cannot be shown in `root` (see [`show_error`]); returns the error to
/// throw.
fn fail(root: &Element, title: &str, lines: Vec<String>) -> JsError {
    show_error(root, title, &lines);
    JsError::new(&lines.join("\n"))
}

/// Composes the widget's markup for `root`, in the reader's theme and motion preference.
fn compose(root: &Element, report: &Report, options: &Options) -> Written {
    let window = web_sys::window();
    let matches = |query: &str| {
        window
            .as_ref()
            .and_then(|w| w.match_media(query).ok().flatten())
            .is_some_and(|m| m.matches())
    };
    let animate = options.motion == Motion::On && !matches("(prefers-reduced-motion: reduce)");
    let dark = match options.theme {
        ThemeChoice::Light => false,
        ThemeChoice::Dark => true,
        ThemeChoice::Auto => matches("(prefers-color-scheme: dark)"),
    };
    let forced = window.and_then(|w| forced_colors_theme(&w, root));
    let (theme, theme_name) = match forced {
        Some(theme) => (theme, "forced"),
        None if dark => (DARK, "dark"),
        None => (LIGHT, "light"),
    };
    let markup = dom::compose(report, options.lang, &|id| options.shows(id), animate);
    Written {
        dom: Dom::Composed(markup),
        animate,
        theme,
        theme_name,
    }
}

/// Puts the parsed DOM `nodes` into `root`, in the theme named `theme_name` and the language
/// and text size of `options`.
fn place(
    root: &Element,
    nodes: &DocumentFragment,
    theme_name: &str,
    options: &Options,
) -> Result<(), JsValue> {
    root.set_attribute("data-theme", theme_name)?;
    root.class_list().add_1("ri")?;
    root.set_attribute("lang", options.lang.tag())?;
    let text = match options.text {
        TextSize::Normal => "normal",
        TextSize::Large => "large",
    };
    root.set_attribute("data-text", text)?;
    dom::place(root, nodes)
}

/// Starts the widget over the DOM [`place`] put into `root`.
fn build(
    root: Element,
    report: Report,
    options: &Options,
    written: Written,
) -> Result<Widget, JsValue> {
    let Written {
        dom: Dom::Placed(built),
        animate,
        theme,
        ..
    } = written
    else {
        return Err("the widget's markup was not placed".into());
    };
    let window = web_sys::window().ok_or("no window")?;
    let instance = Instance::new(root.clone(), built, report, options, animate, theme)?;
    let shared = Rc::new(Shared {
        instance: RefCell::new(instance),
        callbacks: RefCell::new(Callbacks::default()),
        prime_request: Cell::new(None),
        clock: window.performance(),
        window,
    });
    let mut callbacks = Callbacks::default();

    let weak = Rc::downgrade(&shared);
    callbacks.frame = Some(Closure::new(move |now_ms: f64| {
        with_shared(&weak, |shared| on_frame(shared, now_ms));
    }));

    let weak = Rc::downgrade(&shared);
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

    let weak = Rc::downgrade(&shared);
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
    resize_observer.observe(&root);
    callbacks.resize = Some(on_resize);
    callbacks.resize_observer = Some(resize_observer);

    if animate {
        let weak = Rc::downgrade(&shared);
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

    let weak = Rc::downgrade(&shared);
    let on_event = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        with_shared(&weak, |shared| {
            let redraw = shared.instance.borrow_mut().handle_event(&event);
            if redraw {
                request_frame(shared);
            }
        });
    });
    for name in ROOT_EVENTS {
        root.add_event_listener_with_callback(name, on_event.as_ref().unchecked_ref())?;
    }
    root.add_event_listener_with_callback_and_bool(
        instance::PLOT_SHOWN_EVENT,
        on_event.as_ref().unchecked_ref(),
        true,
    )?;
    callbacks.event = Some(on_event);

    *shared.callbacks.borrow_mut() = callbacks;
    MOUNTED.with(|mounted| mounted.borrow_mut().push(root.clone()));
    // No layout here: reading sizes now would force the browser to lay out the new DOM inside
    // this task. The resize observer's first callback comes after the browser's own layout.
    request_frame(&shared);
    Ok(Widget { shared })
}

/// In forced-colours mode (Windows high contrast), the reader's system colours as a theme, read
/// from a probe element styled with CSS system colours; `None` otherwise.
fn forced_colors_theme(window: &web_sys::Window, root: &Element) -> Option<Theme> {
    let forced = window
        .match_media("(forced-colors: active)")
        .ok()
        .flatten()?
        .matches();
    if !forced {
        return None;
    }
    let doc = root.owner_document()?;
    let mut colors = Vec::new();
    for system in ["CanvasText", "Canvas", "Highlight", "GrayText"] {
        let probe: web_sys::HtmlElement = doc.create_element("span").ok()?.unchecked_into();
        probe.style().set_property("color", system).ok()?;
        root.append_child(&probe).ok()?;
        let computed = window
            .get_computed_style(&probe)
            .ok()
            .flatten()?
            .get_property_value("color")
            .ok();
        probe.remove();
        colors.push(Color::from_css_rgb(&computed?)?);
    }
    Some(forced_colors(colors[0], colors[1], colors[2], colors[3]))
}

/// Runs `f` if the widget still exists and has not been destroyed.
fn with_shared(weak: &Weak<Shared>, f: impl FnOnce(&Rc<Shared>)) {
    if PANICKED.load(Ordering::Relaxed) {
        return;
    }
    if let Some(shared) = weak.upgrade() {
        if !shared.instance.borrow().destroyed() {
            f(&shared);
        }
    }
}

#[wasm_bindgen]
impl Widget {
    /// Stops the animation, disconnects the observers, removes the listeners and releases the
    /// callbacks. The widget's DOM is left for the host to remove.
    pub fn destroy(&self) {
        let frame_request = self.shared.instance.borrow_mut().destroy();
        let window = &self.shared.window;
        if let Some(id) = frame_request {
            let _ = window.cancel_animation_frame(id);
        }
        match self.shared.prime_request.take() {
            Some(PrimeRequest::Idle(id)) => window.cancel_idle_callback(id),
            Some(PrimeRequest::Timeout(id)) => window.clear_timeout_with_handle(id),
            None => {}
        }
        let root = self.shared.instance.borrow().root().clone();
        MOUNTED.with(|mounted| mounted.borrow_mut().retain(|r| r != &root));
        let callbacks = std::mem::take(&mut *self.shared.callbacks.borrow_mut());
        if let Some(observer) = callbacks.resize_observer {
            observer.disconnect();
        }
        if let Some(observer) = callbacks.reveal_observer {
            observer.disconnect();
        }
        if let Some(on_event) = &callbacks.event {
            for name in ROOT_EVENTS {
                let _ = root
                    .remove_event_listener_with_callback(name, on_event.as_ref().unchecked_ref());
            }
            let _ = root.remove_event_listener_with_callback_and_bool(
                instance::PLOT_SHOWN_EVENT,
                on_event.as_ref().unchecked_ref(),
                true,
            );
        }
    }

    /// Shows every number and chart at its final value at once, as if all had played. Draws
    /// synchronously, so it can run in a `beforeprint` handler.
    pub fn finish(&self) {
        if PANICKED.load(Ordering::Relaxed) {
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

fn request_frame(shared: &Rc<Shared>) {
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

fn on_frame(shared: &Rc<Shared>, now_ms: f64) {
    // Without a clock, frames are not limited.
    let budget = shared.clock.as_ref().map(instance::FrameBudget::start);
    let more = shared.instance.borrow_mut().frame(now_ms, budget);
    if more {
        request_frame(shared);
    }
    schedule_priming(shared);
}

/// Asks the browser to show the next hidden part or draw a blank chart's first frame when it is
/// idle, if one waits and no request is pending (see [`Instance::prime`]). Idle callbacks wait at
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

/// talc rather than Rust's default dlmalloc: about 2 KB less to download.
// SAFETY: the module runs on one thread (no atomics, no workers), which is all `new_global` asks.
#[global_allocator]
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };
