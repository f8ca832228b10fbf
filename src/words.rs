//! The widget's own words (not the report's), in both languages, shared by the live page and the
//! static page so they always agree.

use crate::model::Lang;

/// A word or phrase of the widget in Chinese and English.
#[derive(Debug, Clone, Copy)]
pub struct Word {
    zh: &'static str,
    en: &'static str,
}

impl Word {
    /// The word in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }
}

/// The heading of the figures no chart shows.
pub const MORE_FIGURES: Word = Word {
    zh: "更多数据",
    en: "More figures",
};
/// Before the source credit.
pub const SOURCE: Word = Word {
    zh: "来源：",
    en: "Source: ",
};
/// The replay button.
pub const REPLAY: Word = Word {
    zh: "重播",
    en: "Replay",
};
/// The replay button's accessible name, before the section title: it starts with the button's
/// visible words, so a reader who says what they see (voice control) names the button.
pub const REPLAY_LABEL: Word = Word {
    zh: "重播：",
    en: "Replay: ",
};
/// The button that downloads a chart as an image.
pub const DOWNLOAD_CHART: Word = Word {
    zh: "下载图片",
    en: "Download PNG",
};
/// The accessible name of that button, before the chart title (starting with its visible words).
pub const DOWNLOAD_CHART_LABEL: Word = Word {
    zh: "下载图片：",
    en: "Download PNG: ",
};
/// The button that downloads the whole report as one tall image.
pub const DOWNLOAD_ALL: Word = Word {
    zh: "下载长图",
    en: "Download as one image",
};
