//! A figure as the report writes it: its value, unit, hedges and kind, and the value read once
//! by validation ([`Figure::quantity`]).

use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::Deserialize;

use super::shared::Text;
#[cfg(not(target_arch = "wasm32"))]
use super::shared::{Id, Words};
use crate::number::Quantity;

/// A qualifier the report puts on a figure. It is part of the figure: never dropped.
///
/// Each hedge has its place in the figure's wording ([`HedgePlace`]); a figure has at most one
/// status hedge (预计, 拟) and at most one approximation (the rest).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub enum Hedge {
    /// 余: "40-odd", written after the number (and after its 万/亿).
    #[serde(rename = "余")]
    Odd,
    /// 多: "20,000-plus", written after the number (and after its 万/亿).
    #[serde(rename = "多")]
    Plus,
    /// 近: "nearly", written before the number.
    #[serde(rename = "近")]
    Nearly,
    /// 超: "over", written before the number.
    #[serde(rename = "超")]
    Over,
    /// 约: "about", written before the number.
    #[serde(rename = "约")]
    About,
    /// 以上: "or more", written after the whole figure.
    #[serde(rename = "以上")]
    AtLeast,
    /// 左右: "around", written after the whole figure.
    #[serde(rename = "左右")]
    Around,
    /// 以内: "within", written after the whole figure.
    #[serde(rename = "以内")]
    Within,
    /// 预计: "expected", written before the figure and its growth word.
    #[serde(rename = "预计")]
    Expected,
    /// 拟: "planned, pending", written before the figure and its growth word.
    #[serde(rename = "拟")]
    Planned,
}

/// Where a hedge stands in a figure's Chinese wording:
/// `[预计] [增长] [近] 773 [万] [余] 元 [以上]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HedgePlace {
    /// Before the whole figure, its growth, rank or streak word included (预计增长1.2%).
    BeforeFigure,
    /// Right before the number (增长近10%).
    BeforeNumber,
    /// After the number and its magnitude, before the unit proper (两万多名, 40余场).
    AfterMagnitude,
    /// After the whole figure, unit included (5.5%左右, 1.5万人以上).
    AfterUnit,
}

impl Hedge {
    /// Every hedge, in the order of the enum.
    pub const ALL: [Hedge; 10] = [
        Hedge::Odd,
        Hedge::Plus,
        Hedge::Nearly,
        Hedge::Over,
        Hedge::About,
        Hedge::AtLeast,
        Hedge::Around,
        Hedge::Within,
        Hedge::Expected,
        Hedge::Planned,
    ];

    /// The hedge as the report writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Hedge::Odd => "余",
            Hedge::Plus => "多",
            Hedge::Nearly => "近",
            Hedge::Over => "超",
            Hedge::About => "约",
            Hedge::AtLeast => "以上",
            Hedge::Around => "左右",
            Hedge::Within => "以内",
            Hedge::Expected => "预计",
            Hedge::Planned => "拟",
        }
    }

    /// Where the hedge stands in the Chinese wording.
    pub fn place(self) -> HedgePlace {
        match self {
            Hedge::Expected | Hedge::Planned => HedgePlace::BeforeFigure,
            Hedge::Nearly | Hedge::Over | Hedge::About => HedgePlace::BeforeNumber,
            Hedge::Odd | Hedge::Plus => HedgePlace::AfterMagnitude,
            Hedge::AtLeast | Hedge::Around | Hedge::Within => HedgePlace::AfterUnit,
        }
    }

    /// Whether the hedge says what state the figure is in (预计, 拟) rather than how close the
    /// number is: a figure may have one of each kind.
    pub fn is_status(self) -> bool {
        self.place() == HedgePlace::BeforeFigure
    }
}

/// What sort of quantity a figure is; decides how it is worded and which checks apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub enum FigureKind {
    /// A measured quantity: money, area, length.
    Amount,
    /// A number of discrete things, people or times.
    Count,
    /// A growth rate, worded 增长 x%.
    Growth,
    /// A share of a whole or a rate, at most 100 %.
    Share,
    /// A rank, worded 第 x.
    Rank,
    /// A streak of years, worded 连续 x 年.
    Streak,
}

/// One figure of the report, exactly as written.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Figure {
    /// A stable id, unique in the report.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Id"))]
    pub id: String,
    /// What the figure counts.
    pub label: Text,
    /// The number as written: Arabic digits (`773`, `5.58`) or a Chinese numeral (`两`).
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(
            length(max = 24),
            regex(pattern = r"^(-?(0|[1-9][0-9]*)(\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+)$")
        )
    )]
    pub value: String,
    /// The unit as written, with its leading magnitude (万, 亿, 万亿 …) if the report has one;
    /// may be empty.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(length(max = 12), regex(pattern = r"^[^0-9]*$"))
    )]
    pub unit: String,
    /// The unit in English, for a unit the widget has no English word for (`TEU`).
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<Words>"))]
    pub unit_en: Option<String>,
    /// The report's qualifiers, in the order written; empty for none. In the data file `hedge`
    /// is one string or a list of them.
    #[serde(rename = "hedge", default, deserialize_with = "hedges")]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<Hedges>"))]
    pub hedges: Vec<Hedge>,
    /// What sort of quantity this is.
    pub kind: FigureKind,
    /// The short phrase of the report that states the figure, verbatim.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Words"))]
    pub quote: String,
    /// The id of a figure this one is a part of (same unit), if the report says so.
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<Id>"))]
    pub part_of: Option<String>,
    /// `value` and `unit` as [`crate::validate::validate`] read them, for wording and charts
    /// without reading text again; not in the data file.
    #[serde(skip)]
    pub(crate) quantity: Option<Quantity>,
}

/// Schema only: the `hedge` field, one hedge or a list of one or two.
#[cfg(not(target_arch = "wasm32"))]
#[derive(schemars::JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
enum Hedges {
    One(Hedge),
    Some(#[schemars(length(min = 1, max = 2))] Vec<Hedge>),
}

/// Reads `hedge`: one hedge (`"预计"`), a list of them (`["预计", "左右"]`), or `null` for none.
/// A visitor of its own rather than an untagged enum, which would buffer the value and report
/// only that it matched neither form, without the path of the wrong item.
fn hedges<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Hedge>, D::Error> {
    struct OneOrList;
    impl<'de> Visitor<'de> for OneOrList {
        type Value = Vec<Hedge>;

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a hedge or a list of hedges")
        }

        fn visit_str<E: de::Error>(self, given: &str) -> Result<Self::Value, E> {
            match Hedge::ALL.into_iter().find(|h| h.as_str() == given) {
                Some(hedge) => Ok(vec![hedge]),
                None => Err(E::unknown_variant(given, &HEDGE_NAMES)),
            }
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Self::Value, A::Error> {
            let mut hedges = Vec::new();
            while let Some(hedge) = items.next_element()? {
                hedges.push(hedge);
            }
            Ok(hedges)
        }

        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(Vec::new())
        }

        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(Vec::new())
        }
    }
    deserializer.deserialize_any(OneOrList)
}

/// The hedges as written, for messages.
const HEDGE_NAMES: [&str; 10] = [
    "余", "多", "近", "超", "约", "以上", "左右", "以内", "预计", "拟",
];

/// A number that is not in the report, used as the whole of a derived share.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct OutOf {
    /// The whole, in Arabic digits.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        schemars(regex(pattern = r"^[0-9]+(\.[0-9]+)?$"))
    )]
    pub value: String,
    /// What the whole is.
    pub label: Text,
    /// `value` as [`crate::validate::validate`] read it; not in the data file.
    #[serde(skip)]
    pub(crate) number: Option<f64>,
}

impl OutOf {
    /// The whole's number, once validation has read it.
    pub fn number(&self) -> Option<f64> {
        self.number
    }
}

impl Figure {
    /// A figure made in code rather than read from a data file (a draft, a test), its value read
    /// at once as validation reads it; with no hedge, English unit, quote or whole, which may be
    /// set after.
    pub fn new(id: &str, label: Text, value: &str, unit: &str, kind: FigureKind) -> Figure {
        Figure {
            id: id.to_string(),
            label,
            value: value.to_string(),
            unit: unit.to_string(),
            unit_en: None,
            hedges: Vec::new(),
            kind,
            quote: String::new(),
            part_of: None,
            quantity: Quantity::read(value, unit).ok(),
        }
    }

    /// The value and unit as validation read them; `None` before validation, or for a value
    /// that is not a number (a report with one is not valid, and never drawn).
    pub fn quantity(&self) -> Option<&Quantity> {
        self.quantity.as_ref()
    }

    /// The figure's hedge at `place`, if it has one there.
    pub fn hedge_at(&self, place: HedgePlace) -> Option<Hedge> {
        self.hedges.iter().copied().find(|h| h.place() == place)
    }

    /// Whether the figure carries `hedge`.
    pub fn has_hedge(&self, hedge: Hedge) -> bool {
        self.hedges.contains(&hedge)
    }
}
