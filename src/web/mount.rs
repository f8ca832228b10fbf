//! Mounting a widget in steps (see [`Mounting`]): its options and report read and checked, its
//! markup composed, parsed and placed into the page, and the widget started over it.

use wasm_bindgen::prelude::*;
use web_sys::{DocumentFragment, Element};

use super::dom;
use super::errors::{describe, fail};
use super::instance::Instance;
use super::panic_hook::panicked;
use super::prefs::{self, Prefs};
use super::read::{js_options, Reading};
use super::widget::{self, Widget};
use crate::markup::Markup;
use crate::model::Report;
use crate::options::{Options, RawOptions, TextSize};
use crate::validate;

/// A widget being mounted, in seven steps (the second in slices) so that the page can fetch a
/// report and let the browser draw between them (`widget.js` runs each in a task of its own:
/// the browser compiles the module's code as it first runs, which would make one step a long
/// task on a slow phone):
///
/// 1. `prepare(root, options)` reads the options;
/// 2. `read(text)` parses the report: the one at `src`, which the page fetched, or without `src`
///    the one compiled in; then `readOn()`, called until it returns `true`, reads it into the
///    model a few milliseconds at a time;
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
    /// The report being read, from [`Mounting::read`] until [`Mounting::read_on`] ends.
    reading: Option<Reading>,
    report: Option<Report>,
    /// Whether `report` passed [`Mounting::check`].
    checked: bool,
    /// The widget's DOM as far as it has come, from [`Mounting::compose`] on.
    written: Option<Written>,
}

/// The widget's DOM as far as it has come, and how it looks.
struct Written {
    dom: Dom,
    prefs: Prefs,
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
    if panicked() {
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
        reading: None,
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

    /// Starts reading the report: `text`, fetched from `src`, or the one compiled in. The
    /// browser parses it; [`Mounting::read_on`] reads it into the model.
    ///
    /// # Errors
    /// Throws when the report is not JSON.
    pub fn read(&mut self, text: Option<String>) -> Result<(), JsError> {
        let reading = match text.as_deref() {
            Some(json) => Reading::start(json),
            None => Reading::compiled_in(),
        };
        self.reading = Some(reading.map_err(|problem| self.not_valid(&[problem]))?);
        self.report = None;
        self.checked = false;
        self.written = None;
        Ok(())
    }

    /// Reads the report on for a few milliseconds; returns whether it is read. Called in tasks
    /// of their own until it is, so that reading a report is never one long task.
    ///
    /// # Errors
    /// Throws when reading was not started, or the report is not of the report's shape.
    #[wasm_bindgen(js_name = readOn)]
    pub fn read_on(&mut self) -> Result<bool, JsError> {
        let Some(reading) = &mut self.reading else {
            return Err(self.not_valid(&[]));
        };
        let clock = web_sys::window().and_then(|w| w.performance());
        match reading.read_on(clock.as_ref()) {
            Ok(None) => Ok(false),
            Ok(Some(report)) => {
                self.reading = None;
                self.report = Some(report);
                Ok(true)
            }
            Err(problem) => {
                self.reading = None;
                Err(self.not_valid(&[problem]))
            }
        }
    }

    /// Checks the report read, and picks the sections to show.
    ///
    /// # Errors
    /// Throws when no report was read, or it is not valid.
    pub fn check(&mut self) -> Result<(), JsError> {
        let Some(report) = &mut self.report else {
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
        // The report's title, for the page around the widget (its own title is of the report
        // compiled in): the root's `data-title`.
        let title = self
            .report
            .as_ref()
            .map(|report| report.meta.title.get(self.options.lang).to_owned())
            .unwrap_or_default();
        self.next_step(|root, options, theme_name, dom| match dom {
            Dom::Parsed(nodes, built) => {
                place(root, &nodes, theme_name, options)?;
                root.set_attribute("data-title", &title)?;
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
        match step(&self.root, &self.options, written.prefs.theme_name, dom) {
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

/// Composes the widget's markup for `root`, in the reader's theme and motion preference.
fn compose(root: &Element, report: &Report, options: &Options) -> Written {
    let prefs = prefs::read(root, options);
    let markup = dom::compose(report, options.lang, &|id| options.shows(id), prefs.animate);
    Written {
        dom: Dom::Composed(markup),
        prefs,
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
        prefs,
    } = written
    else {
        return Err("the widget's markup was not placed".into());
    };
    let window = web_sys::window().ok_or("no window")?;
    let instance = Instance::new(root, built, report, options, prefs.animate, prefs.theme)?;
    widget::start(window, instance, prefs.animate)
}
