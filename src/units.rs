//! The units Chinese work reports write, and how each reads in English.
//!
//! A unit proper (after its magnitude, see [`crate::number::split_unit`]) is either a word with
//! an English singular and plural (吨 → tonne, tonnes), a symbol (平方米 → m²), or a counter that
//! English does not say (个, 项, 家: the label says what is counted). A unit that is none of
//! these has no English form: the data file must give one (`unit_en`), or the report is invalid,
//! so a unit shown in Chinese is never silently dropped in English.

/// How a unit proper reads in English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum English {
    /// A word or symbol after the number, with a space: singular for exactly one, else plural.
    Word {
        /// For exactly one (`1 tonne`).
        one: &'static str,
        /// For any other number (`2.5 tonnes`).
        other: &'static str,
    },
    /// Written straight after the number, with no space (`%`).
    Suffix(&'static str),
    /// A counter English does not say (`1,054` for 1054个).
    Counter,
}

/// Units with an English word or symbol: Chinese, English singular, English plural.
const WORDS: &[(&str, &str, &str)] = &[
    ("元", "yuan", "yuan"),
    ("吨", "tonne", "tonnes"),
    ("公斤", "kg", "kg"),
    ("千克", "kg", "kg"),
    ("亩", "mu", "mu"),
    ("公顷", "hectare", "hectares"),
    ("平方米", "m²", "m²"),
    ("平方公里", "km²", "km²"),
    ("公里", "km", "km"),
    ("千米", "km", "km"),
    ("米", "m", "m"),
    ("立方米", "m³", "m³"),
    ("千瓦", "kW", "kW"),
    ("兆瓦", "MW", "MW"),
    ("千瓦时", "kWh", "kWh"),
    ("度", "kWh", "kWh"),
    ("微克/立方米", "μg/m³", "μg/m³"),
    ("人", "person", "people"),
    ("名", "person", "people"),
    ("位", "person", "people"),
    ("户", "household", "households"),
    ("天", "day", "days"),
    ("年", "year", "years"),
    ("个月", "month", "months"),
    ("月", "month", "months"),
    ("小时", "hour", "hours"),
    ("个百分点", "percentage point", "percentage points"),
    ("百分点", "percentage point", "percentage points"),
    ("倍", "time", "times"),
];

/// Counters: English counts the thing the label names, with no word for the counter.
const COUNTERS: &[&str] = &[
    "", "个", "项", "家", "所", "座", "条", "处", "套", "场", "次", "件", "台", "辆", "张", "间",
    "类", "批", "支", "只", "头", "棵", "株", "起", "宗", "份", "本", "部", "篇", "期", "届", "轮",
    "栋", "幢", "块", "片", "根", "人次", "床",
];

/// How `unit` (a unit proper, without magnitude) reads in English; `None` if the widget has no
/// English form for it.
pub fn english(unit: &str) -> Option<English> {
    if unit == "%" {
        return Some(English::Suffix("%"));
    }
    if COUNTERS.contains(&unit) {
        return Some(English::Counter);
    }
    WORDS
        .iter()
        .find(|(zh, _, _)| *zh == unit)
        .map(|&(_, one, other)| English::Word { one, other })
}

/// Whether `unit` is a unit proper the widget knows (with or without an English word).
pub fn is_known(unit: &str) -> bool {
    english(unit).is_some()
}

/// Every unit proper the widget knows, for documentation and tests.
pub fn known() -> impl Iterator<Item = &'static str> {
    WORDS
        .iter()
        .map(|(zh, _, _)| *zh)
        .chain(COUNTERS.iter().copied())
        .chain(["%"])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_read_in_english() {
        assert_eq!(
            english("吨"),
            Some(English::Word {
                one: "tonne",
                other: "tonnes"
            })
        );
        assert_eq!(english("%"), Some(English::Suffix("%")));
        assert_eq!(english("个"), Some(English::Counter));
        assert_eq!(english("标准箱"), None);
        assert!(is_known("微克/立方米"));
    }

    #[test]
    fn no_unit_is_listed_twice() {
        let all: Vec<&str> = known().collect();
        for (i, unit) in all.iter().enumerate() {
            assert!(!all[..i].contains(unit), "{unit} is listed twice");
        }
    }
}
