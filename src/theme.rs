//! The one visual theme every chart and card uses: palette, type scale, font stack.
//!
//! Canvas charts take their colours from here; the page's CSS (`www/widget.css`) repeats the same
//! values as custom properties, so the two stay one design.

/// An sRGB colour with opacity.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Color {
    /// Red, 0–255.
    pub r: u8,
    /// Green, 0–255.
    pub g: u8,
    /// Blue, 0–255.
    pub b: u8,
    /// Opacity, 0–1.
    pub a: f64,
}

impl Color {
    /// An opaque colour from `0xRRGGBB`.
    pub const fn hex(rgb: u32) -> Self {
        Color {
            r: (rgb >> 16) as u8,
            g: (rgb >> 8) as u8,
            b: rgb as u8,
            a: 1.0,
        }
    }

    /// The same colour at opacity `a` (clamped to 0–1).
    pub fn with_alpha(self, a: f64) -> Self {
        Color {
            a: crate::anim::clamp01(a),
            ..self
        }
    }

    /// `#rrggbb`, for SVG and CSS.
    pub fn css_hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }
}

/// Colours and type of one theme.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    /// Main text: figures and labels (contrast ≥ 12:1 on `surface`).
    pub ink: Color,
    /// Secondary text (contrast ≥ 4.5:1 on `surface`).
    pub muted: Color,
    /// Marks: bars, rings, the accent of numbers (contrast ≥ 4.5:1 on `surface`).
    pub accent: Color,
    /// A second mark colour for the whole behind a part.
    pub accent_soft: Color,
    /// Empty tracks of bars and rings.
    pub track: Color,
    /// The card background the charts are drawn on.
    pub surface: Color,
    /// Tiles and panels inside a card.
    pub panel: Color,
    /// The CSS font stack, CJK first so Chinese never falls back to a serif face.
    pub font_family: &'static str,
}

/// The light theme, in the reds and golds of government publications.
pub const LIGHT: Theme = Theme {
    ink: Color::hex(0x1d2129),
    muted: Color::hex(0x5b6270),
    accent: Color::hex(0xb71c1c),
    accent_soft: Color::hex(0xf2c9c4),
    track: Color::hex(0xeeeff2),
    surface: Color::hex(0xffffff),
    panel: Color::hex(0xfbf5f2),
    font_family: FONT_STACK,
};

/// The dark theme: light text on a deep slate, a brighter red for marks.
pub const DARK: Theme = Theme {
    ink: Color::hex(0xeceef2),
    muted: Color::hex(0xaab1bd),
    accent: Color::hex(0xff7a6b),
    accent_soft: Color::hex(0x5c2c29),
    track: Color::hex(0x323741),
    surface: Color::hex(0x1d2027),
    panel: Color::hex(0x272b33),
    font_family: FONT_STACK,
};

impl Color {
    /// Reads a CSS colour as browsers serialise computed values: `rgb(r, g, b)` or
    /// `rgba(r, g, b, a)`. Returns `None` for anything else.
    pub fn from_css_rgb(text: &str) -> Option<Color> {
        let inner = text.trim().strip_prefix("rgb")?;
        let inner = inner.strip_prefix('a').unwrap_or(inner);
        let inner = inner.strip_prefix('(')?.strip_suffix(')')?;
        let mut parts = inner.split(',').map(str::trim);
        let mut channel = || parts.next()?.parse::<u8>().ok();
        Some(Color {
            r: channel()?,
            g: channel()?,
            b: channel()?,
            a: 1.0,
        })
    }
}

/// A theme from the system colours of forced-colours mode (Windows high contrast): text and
/// marks in the text colour, the ground in the background colour, tracks in the disabled-text
/// colour, so the charts follow the reader's chosen palette.
pub fn forced_colors(text: Color, background: Color, highlight: Color, gray: Color) -> Theme {
    Theme {
        ink: text,
        muted: text,
        accent: highlight,
        accent_soft: gray,
        track: gray,
        surface: background,
        panel: background,
        font_family: FONT_STACK,
    }
}

/// The font stack shared by canvas and CSS.
pub const FONT_STACK: &str = "\"PingFang SC\", \"Hiragino Sans GB\", \"Microsoft YaHei\", \"Noto Sans CJK SC\", \"Noto Sans SC\", \"Source Han Sans SC\", \"WenQuanYi Micro Hei\", sans-serif";

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG 2.1 relative luminance.
    fn luminance(c: Color) -> f64 {
        let channel = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.039_28 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    }

    fn contrast(a: Color, b: Color) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    #[test]
    fn computed_css_colours_are_read() {
        assert_eq!(
            Color::from_css_rgb("rgb(255, 0, 10)"),
            Some(Color::hex(0xff000a))
        );
        assert_eq!(
            Color::from_css_rgb(" rgba(1, 2, 3, 0.5) "),
            Some(Color::hex(0x010203))
        );
        for bad in ["", "red", "rgb(1, 2)", "rgb(300, 0, 0)", "#fff"] {
            assert_eq!(Color::from_css_rgb(bad), None, "{bad}");
        }
    }

    #[test]
    fn text_colours_meet_wcag_aa_on_their_backgrounds() {
        for theme in [LIGHT, DARK] {
            for background in [theme.surface, theme.panel] {
                assert!(contrast(theme.ink, background) >= 7.0);
                assert!(
                    contrast(theme.muted, background) >= 4.5,
                    "{:?}",
                    theme.muted
                );
                assert!(
                    contrast(theme.accent, background) >= 4.5,
                    "{:?}",
                    theme.accent
                );
            }
        }
    }
}

/// Type sizes in CSS px: one scale for every chart.
pub mod size {
    /// Small print: notes, the derived mark.
    pub const NOTE: f64 = 11.0;
    /// Labels of marks.
    pub const LABEL: f64 = 13.0;
    /// Values on marks.
    pub const VALUE: f64 = 15.0;
    /// Emphasised values: the centre of a ring, a part's figure.
    pub const LEAD: f64 = 22.0;
    /// Big numbers of tiles.
    pub const BIG: f64 = 26.0;
}
