//! What every part of the format uses: texts in both languages, the languages, and (for the
//! schema) ids and words; a field that may be `null`.

use serde::{Deserialize, Deserializer};

/// A reader-facing text in both languages the widget speaks.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Text {
    /// Chinese, as shown by default.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Words"))]
    pub zh: String,
    /// English, shown with `lang=en`.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Words"))]
    pub en: String,
}

/// Schema only: a text that is not blank and at most 600 characters long.
#[cfg(not(target_arch = "wasm32"))]
#[derive(schemars::JsonSchema)]
#[allow(dead_code)]
pub(super) struct Words(#[schemars(length(min = 1, max = 600), regex(pattern = r"\S"))] String);

/// Schema only: an id, lowercase ASCII letters, digits, `_` or `-`, starting with a letter.
#[cfg(not(target_arch = "wasm32"))]
#[derive(schemars::JsonSchema)]
#[allow(dead_code)]
pub(super) struct Id(#[schemars(regex(pattern = r"^[a-z][a-z0-9_-]{0,63}$"))] String);

/// The language the widget is shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// Simplified Chinese, the report's own language.
    #[default]
    Zh,
    /// English.
    En,
}

impl Lang {
    /// The BCP 47 tag for the `lang` attribute of the content.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }
}

impl Text {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// An optional field: absent, `null` or the value.
pub(super) fn nullable<'de, D: Deserializer<'de>, T: Deserialize<'de> + Default>(
    deserializer: D,
) -> Result<T, D::Error> {
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}
