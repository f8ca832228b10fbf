//! The placeholders a draft leaves for what the text cannot say: each starts with [`TODO`].

use crate::model::Text;

/// How every placeholder the draft leaves starts.
pub const TODO: &str = "TODO";

/// A text whose Chinese is `zh` and whose English is a placeholder asking for `en`.
pub(super) fn todo_text(zh: &str, en: &str) -> Text {
    Text {
        zh: zh.to_string(),
        en: format!("{TODO}: {en}"),
    }
}

/// A text whose Chinese and English are both placeholders asking for `what`.
pub(super) fn todo_both(what: &str) -> Text {
    Text {
        zh: format!("{TODO}: {what}"),
        en: format!("{TODO}: {what}"),
    }
}
