//! An embeddable, animated infographic of a district government's annual work report.
//!
//! The crate is a pure core, built and tested natively, and a thin web shell for wasm32:
//!
//! ```text
//! data/*.json ─▶ serde (serde_json natively, JSON.parse + serde-wasm-bindgen in the browser) + validate ─▶ Report (model)
//! Report + width + time ─▶ chart (a scene: shapes in CSS px) ─▶ render (any plotters backend)
//! web (wasm32 only): DOM cards, canvas sizing, animation ticker, mount API
//! ```

pub mod anim;
pub mod budget;
pub mod chart;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod check;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod draft;
#[cfg(all(target_arch = "wasm32", feature = "editor"))]
mod editor;
pub mod format;
pub mod interact;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod locate;
pub mod markup;
pub mod model;
pub mod number;
pub mod numtext;
pub mod options;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod render;
pub mod scene;
pub mod text;
pub mod theme;
pub mod timeline;
pub mod units;
pub mod validate;
pub mod words;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod write;

#[cfg(target_arch = "wasm32")]
mod web;

/// The report compiled into the widget: the Erqi District's 2020 work report
/// (`data/erqi-2020.json`, without the whitespace between tokens; see `build.rs`).
pub const DEFAULT_REPORT_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/report.json"));
