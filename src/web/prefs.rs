//! The reader's preferences the widget follows: reduced motion, a dark colour scheme, and the
//! system colours of forced-colours mode.

use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::options::{Motion, Options, ThemeChoice};
use crate::theme::{forced_colors, Color, Theme, DARK, LIGHT};

/// How the widget looks and moves for this reader.
pub(super) struct Prefs {
    pub(super) animate: bool,
    pub(super) theme: Theme,
    /// The theme's name, for the root's `data-theme`.
    pub(super) theme_name: &'static str,
}

/// The reader's preferences for a widget in `root`, where `options` leave them open.
pub(super) fn read(root: &Element, options: &Options) -> Prefs {
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
    Prefs {
        animate,
        theme,
        theme_name,
    }
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
