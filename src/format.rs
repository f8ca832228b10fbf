//! Wording figures in the report's own conventions: 773亿元, 增长1.2%, 40余场, 两万多名, 第一,
//! 连续4年 — and in English ones: 77.3 billion yuan, up 1.2%, more than 40, more than 20,000
//! people, No. 1, 4 years in a row. The hedge is part of the figure and is never dropped.
//!
//! A figure is split into [`Parts`] so the page can set the number large and the words around it
//! small, and so a count-up can replace only the number.

use crate::model::{Figure, FigureKind, Hedge, HedgePlace, Lang};
use crate::number::Quantity;
use crate::numtext::{fixed, group_thousands};
use crate::units::English;

/// A worded figure in three pieces: words before the number, the number, words after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parts {
    /// Hedges and kind words written before the number (`预计`, `增长`, `连续`).
    pub before: String,
    /// The number as written, or as counted so far.
    pub number: String,
    /// Magnitude, trailing hedge and unit (`万多名`, `亿元`, `%`).
    pub after: String,
}

impl Parts {
    /// The three pieces joined: the figure as a reader sees it.
    pub fn joined(&self) -> String {
        format!("{}{}{}", self.before, self.number, self.after)
    }
}

/// The figure worded in `lang` while its number counts up: `fraction` 0 shows zero, 1 (or more)
/// the exact value as the report writes it. Numbers written as Chinese numerals (两) are not
/// counted: they are shown as written.
///
/// The number is the one validation read ([`Figure::quantity`]); a figure without one (its
/// value is not a number, so it is never drawn) is shown as written.
pub fn figure(figure: &Figure, lang: Lang, fraction: f64) -> Parts {
    match (figure.quantity(), lang) {
        (Some(quantity), Lang::Zh) => chinese_parts(figure, quantity, fraction),
        (Some(quantity), Lang::En) => english_parts(figure, quantity, fraction),
        (None, _) => chinese_words(figure, figure.value.clone(), false, "", &figure.unit),
    }
}

/// Whether counting is done at `fraction`: the exact digits are shown.
fn is_done(fraction: f64) -> bool {
    fraction >= 1.0 || !fraction.is_finite()
}

/// `value` (not negative) at `fraction` of the way from zero, with `decimals` decimals.
fn counting(value: f64, decimals: usize, fraction: f64) -> String {
    fixed((value * fraction.max(0.0)).min(value), decimals)
}

/// The Chinese number: as written (a fall without its minus: 下降 says it), or counted so far.
fn chinese_number(figure: &Figure, quantity: &Quantity, fall: bool, fraction: f64) -> String {
    let written = if fall {
        figure.value.strip_prefix('-').unwrap_or(&figure.value)
    } else {
        &figure.value
    };
    if quantity.numeral || is_done(fraction) {
        return written.to_string();
    }
    let minus = if quantity.value < 0.0 && !fall {
        "-"
    } else {
        ""
    };
    let number = counting(quantity.value.abs(), quantity.decimals, fraction);
    format!("{minus}{number}")
}

/// Chinese wording of a figure whose value validation read.
fn chinese_parts(figure: &Figure, quantity: &Quantity, fraction: f64) -> Parts {
    let fall = figure.kind == FigureKind::Growth && quantity.negative;
    let number = chinese_number(figure, quantity, fall, fraction);
    chinese_words(figure, number, fall, quantity.magnitude, &quantity.unit)
}

/// Chinese wording around `number`: `[预计|拟] [增长|提高|下降|第|连续] [近|超|约] number
/// [magnitude] [余|多] unit [以上|左右|以内]`.
fn chinese_words(
    figure: &Figure,
    number: String,
    fall: bool,
    magnitude: &str,
    unit: &str,
) -> Parts {
    let mut before = String::new();
    let mut after = String::new();
    let hedge = |place| figure.hedge_at(place).map_or("", Hedge::as_str);
    before.push_str(hedge(HedgePlace::BeforeFigure));
    before.push_str(match figure.kind {
        FigureKind::Growth if fall => "下降",
        FigureKind::Growth if unit == "个百分点" || unit == "百分点" => "提高",
        FigureKind::Growth => "增长",
        FigureKind::Rank => "第",
        FigureKind::Streak => "连续",
        FigureKind::Amount | FigureKind::Count | FigureKind::Share => "",
    });
    before.push_str(hedge(HedgePlace::BeforeNumber));
    after.push_str(magnitude);
    after.push_str(hedge(HedgePlace::AfterMagnitude));
    after.push_str(unit);
    after.push_str(hedge(HedgePlace::AfterUnit));
    Parts {
        before,
        number,
        after,
    }
}

/// English wording: `[expected] [up|down|No.] [more than|over|nearly|about|around|at least|
/// within] number [million|billion|trillion] [unit] [in a row] [(pending)]`.
///
/// The number is the one validation scaled ([`Quantity::english`]: 773亿 → 77.3 billion, 5.58万
/// → 55,800). The unit comes from [`crate::units`] or the figure's `unit_en`; counters (个, 项)
/// read as nothing, and a unit with no English form is shown as written rather than dropped.
fn english_parts(figure: &Figure, quantity: &Quantity, fraction: f64) -> Parts {
    let digits = &quantity.english;
    let number = if quantity.numeral || is_done(fraction) {
        group_thousands(&digits.text)
    } else {
        group_thousands(&counting(digits.value, digits.decimals, fraction))
    };
    let negative = quantity.negative;
    let unit = quantity.unit.as_str();
    let one = digits.text == "1" && quantity.scale.is_empty();
    let unit_words = match (&figure.unit_en, crate::units::english(unit)) {
        (Some(unit_en), _) => format!(" {unit_en}"),
        (None, _) if figure.kind == FigureKind::Rank => String::new(),
        // 增长1.5倍 is a rise by one and a half times the base: "up 1.5-fold" (not "up 1.5
        // times", which reads as a multiple).
        (None, _) if figure.kind == FigureKind::Growth && unit == "倍" => "-fold".into(),
        (None, Some(English::Word { one: word, .. })) if one => format!(" {word}"),
        (None, Some(English::Word { other, .. })) => format!(" {other}"),
        (None, Some(English::Suffix(suffix))) => suffix.to_string(),
        (None, Some(English::Counter)) => String::new(),
        (None, None) => format!(" {unit}"),
    };
    let mut before = String::new();
    if figure.has_hedge(Hedge::Expected) {
        before.push_str("expected ");
    }
    match figure.kind {
        FigureKind::Growth if negative => before.push_str("down "),
        FigureKind::Growth => before.push_str("up "),
        FigureKind::Rank => before.push_str("No. "),
        FigureKind::Amount | FigureKind::Count | FigureKind::Share | FigureKind::Streak => {}
    }
    for hedge in &figure.hedges {
        before.push_str(match hedge {
            Hedge::Odd | Hedge::Plus => "more than ",
            Hedge::Over => "over ",
            Hedge::Nearly => "nearly ",
            Hedge::About => "about ",
            Hedge::Around => "around ",
            Hedge::AtLeast => "at least ",
            Hedge::Within => "within ",
            Hedge::Expected | Hedge::Planned => "",
        });
    }
    if negative && figure.kind != FigureKind::Growth {
        before.push('-');
    }
    let mut after = format!("{}{unit_words}", quantity.scale);
    if figure.kind == FigureKind::Streak {
        after.push_str(" in a row");
    }
    if figure.has_hedge(Hedge::Planned) {
        after.push_str(" (pending)");
    }
    Parts {
        before,
        number,
        after,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Text;

    fn given(value: &str, unit: &str, hedge: Option<Hedge>, kind: FigureKind) -> Figure {
        let label = Text {
            zh: "标签".into(),
            en: "label".into(),
        };
        Figure {
            hedges: hedge.into_iter().collect(),
            ..Figure::new("f", label, value, unit, kind)
        }
    }

    /// The figure's final wording in `lang`.
    fn worded(figure: &Figure, lang: Lang) -> String {
        super::figure(figure, lang, 1.0).joined()
    }

    #[test]
    fn figures_are_worded_as_the_report_writes_them() {
        use FigureKind::*;
        use Hedge::*;
        let table = [
            ("773", "亿元", Some(Expected), Amount, "预计773亿元"),
            ("773", "亿元", None, Amount, "773亿元"),
            ("5.58", "万人", None, Count, "5.58万人"),
            ("1054", "个", None, Count, "1054个"),
            ("1.2", "%", None, Growth, "增长1.2%"),
            ("-0.5", "%", None, Growth, "下降0.5%"),
            ("40", "场", Some(Odd), Count, "40余场"),
            ("两", "万名", Some(Plus), Count, "两万多名"),
            ("120", "万件", Some(Odd), Count, "120万余件"),
            ("4", "万户", Some(Plus), Count, "4万多户"),
            ("200", "项", Some(Nearly), Count, "近200项"),
            ("10", "亿元", Some(Over), Amount, "超10亿元"),
            ("47", "家", Some(Planned), Count, "拟47家"),
            ("500", "平方米", Some(AtLeast), Amount, "500平方米以上"),
            ("99.62", "%", None, Share, "99.62%"),
            ("一", "", None, Rank, "第一"),
            ("4", "年", None, Streak, "连续4年"),
            ("两", "年", None, Streak, "连续两年"),
            ("0", "个", None, Count, "0个"),
            ("-3", "个", None, Count, "-3个"),
        ];
        for (value, unit, hedge, kind, expected) in table {
            assert_eq!(
                worded(&given(value, unit, hedge, kind), Lang::Zh),
                expected,
                "{value} {unit} {hedge:?} {kind:?}"
            );
        }
    }

    #[test]
    fn count_up_keeps_decimals_hedge_and_unit_and_ends_exact() {
        let f = given("5.58", "万人", None, FigureKind::Count);
        assert_eq!(figure(&f, Lang::Zh, 0.0).joined(), "0.00万人");
        assert_eq!(figure(&f, Lang::Zh, 0.5).joined(), "2.79万人");
        assert_eq!(figure(&f, Lang::Zh, 1.0).joined(), "5.58万人");
        let g = given("773", "亿元", Some(Hedge::Expected), FigureKind::Amount);
        assert_eq!(figure(&g, Lang::Zh, 0.5).joined(), "预计387亿元");
        assert_eq!(figure(&g, Lang::Zh, 2.0).joined(), "预计773亿元");
        assert_eq!(figure(&g, Lang::Zh, f64::NAN).joined(), "预计773亿元");
        assert_eq!(figure(&g, Lang::Zh, -1.0).joined(), "预计0亿元");
    }

    #[test]
    fn figures_read_naturally_in_english() {
        use FigureKind::*;
        use Hedge::*;
        let table = [
            (
                "773",
                "亿元",
                Some(Expected),
                Amount,
                "expected 77.3 billion yuan",
            ),
            ("55.2", "亿元", None, Amount, "5.52 billion yuan"),
            ("5.9", "亿元", None, Amount, "590 million yuan"),
            ("17.76", "亿元", None, Amount, "1.776 billion yuan"),
            ("10", "亿元", Some(Over), Amount, "over 1 billion yuan"),
            ("5.58", "万人", None, Count, "55,800 people"),
            ("两", "万名", Some(Plus), Count, "more than 20,000 people"),
            ("6", "万人次", Some(Odd), Count, "more than 60,000"),
            ("120", "万件", Some(Odd), Count, "more than 1.2 million"),
            ("280", "万平方米", None, Amount, "2.8 million m²"),
            ("82.25", "万平方米", None, Amount, "822,500 m²"),
            ("600", "场", Some(Odd), Count, "more than 600"),
            ("14830", "套", None, Count, "14,830"),
            ("200", "项", Some(Nearly), Count, "nearly 200"),
            ("47", "家", Some(Planned), Count, "47 (pending)"),
            ("500", "平方米", Some(AtLeast), Amount, "at least 500 m²"),
            ("1.2", "%", None, Growth, "up 1.2%"),
            ("-0.5", "%", None, Growth, "down 0.5%"),
            ("99.62", "%", None, Share, "99.62%"),
            ("一", "", None, Rank, "No. 1"),
            ("4", "年", None, Streak, "4 years in a row"),
            ("两", "年", None, Streak, "2 years in a row"),
            ("50", "公里", None, Amount, "50 km"),
            ("234", "天", None, Count, "234 days"),
        ];
        for (value, unit, hedge, kind, expected) in table {
            let f = given(value, unit, hedge, kind);
            assert_eq!(worded(&f, Lang::En), expected, "{value}{unit}");
        }
    }

    fn hedged(value: &str, unit: &str, hedges: &[Hedge], kind: FigureKind) -> Figure {
        Figure {
            hedges: hedges.to_vec(),
            ..given(value, unit, None, kind)
        }
    }

    #[test]
    fn every_magnitude_unit_and_hedge_is_worded_in_both_languages() {
        use FigureKind::*;
        use Hedge::*;
        // Value, unit, hedges, kind, Chinese, English.
        type Row = (
            &'static str,
            &'static str,
            &'static [Hedge],
            FigureKind,
            &'static str,
            &'static str,
        );
        let table: &[Row] = &[
            (
                "1.23",
                "万亿元",
                &[],
                Amount,
                "1.23万亿元",
                "1.23 trillion yuan",
            ),
            (
                "388.1",
                "亿元",
                &[],
                Amount,
                "388.1亿元",
                "38.81 billion yuan",
            ),
            (
                "3.4",
                "亿元",
                &[About],
                Amount,
                "约3.4亿元",
                "about 340 million yuan",
            ),
            ("5.5", "%", &[Around], Share, "5.5%左右", "around 5.5%"),
            ("6", "%", &[Around], Growth, "增长6%左右", "up around 6%"),
            (
                "6",
                "%",
                &[Expected, Around],
                Growth,
                "预计增长6%左右",
                "expected up around 6%",
            ),
            (
                "1.5",
                "万人",
                &[AtLeast],
                Count,
                "1.5万人以上",
                "at least 15,000 people",
            ),
            ("3", "%", &[Within], Share, "3%以内", "within 3%"),
            ("-3.2", "%", &[], Growth, "下降3.2%", "down 3.2%"),
            (
                "1.2",
                "个百分点",
                &[],
                Growth,
                "提高1.2个百分点",
                "up 1.2 percentage points",
            ),
            (
                "-0.4",
                "个百分点",
                &[],
                Growth,
                "下降0.4个百分点",
                "down 0.4 percentage points",
            ),
            ("1.5", "倍", &[], Growth, "增长1.5倍", "up 1.5-fold"),
            ("2", "倍", &[], Count, "2倍", "2 times"),
            ("38921", "元", &[], Amount, "38921元", "38,921 yuan"),
            ("52.6", "万吨", &[], Amount, "52.6万吨", "526,000 tonnes"),
            (
                "3.5",
                "万亩",
                &[Nearly],
                Amount,
                "近3.5万亩",
                "nearly 35,000 mu",
            ),
            (
                "38",
                "微克/立方米",
                &[],
                Amount,
                "38微克/立方米",
                "38 μg/m³",
            ),
            ("1", "吨", &[], Amount, "1吨", "1 tonne"),
            ("5", "百万吨", &[], Amount, "5百万吨", "5 million tonnes"),
            ("12", "千瓦", &[], Amount, "12千瓦", "12 kW"),
            (
                "80",
                "万千瓦",
                &[Over],
                Amount,
                "超80万千瓦",
                "over 800,000 kW",
            ),
            ("4", "十亿元", &[], Amount, "4十亿元", "4 billion yuan"),
            ("2", "千万元", &[], Amount, "2千万元", "20 million yuan"),
            ("3", "十万人", &[], Count, "3十万人", "300,000 people"),
            ("7", "百亿元", &[], Amount, "7百亿元", "70 billion yuan"),
            (
                "1.1",
                "千亿元",
                &[],
                Amount,
                "1.1千亿元",
                "110 billion yuan",
            ),
            (
                "6",
                "千户",
                &[Odd],
                Count,
                "6千余户",
                "more than 6,000 households",
            ),
            ("9", "百", &[Plus], Count, "9百多", "more than 900"),
            ("5", "十", &[Odd], Count, "5十余", "more than 50"),
            (
                "120",
                "万件",
                &[Odd],
                Count,
                "120万余件",
                "more than 1.2 million",
            ),
            ("8000", "人次", &[], Count, "8000人次", "8,000"),
            ("30", "公顷", &[], Amount, "30公顷", "30 hectares"),
            ("3", "个月", &[], Count, "3个月", "3 months"),
            (
                "10",
                "年",
                &[Nearly],
                Streak,
                "连续近10年",
                "nearly 10 years in a row",
            ),
            (
                "20",
                "亿元",
                &[Planned, Over],
                Amount,
                "拟超20亿元",
                "over 2 billion yuan (pending)",
            ),
        ];
        for &(value, unit, hedges, kind, zh, en) in table {
            let f = hedged(value, unit, hedges, kind);
            assert_eq!(worded(&f, Lang::Zh), zh, "{value}{unit}");
            assert_eq!(worded(&f, Lang::En), en, "{value}{unit}");
        }
    }

    #[test]
    fn a_unit_without_english_word_is_never_dropped() {
        let mut f = given("2.3", "万标准箱", None, FigureKind::Count);
        assert_eq!(worded(&f, Lang::En), "23,000 标准箱");
        f.unit_en = Some("TEU".into());
        assert_eq!(worded(&f, Lang::En), "23,000 TEU");
    }

    #[test]
    fn english_count_up_keeps_the_scale_and_ends_exact() {
        let f = given("773", "亿元", Some(Hedge::Expected), FigureKind::Amount);
        assert_eq!(
            figure(&f, Lang::En, 0.5).joined(),
            "expected 38.7 billion yuan"
        );
        assert_eq!(
            figure(&f, Lang::En, 1.0).joined(),
            "expected 77.3 billion yuan"
        );
        let g = given("14830", "套", None, FigureKind::Count);
        assert_eq!(figure(&g, Lang::En, 0.5).joined(), "7,415");
        assert_eq!(worded(&g, Lang::Zh), "14830套");
    }

    #[test]
    fn a_fall_counts_without_its_minus_and_a_negative_count_with_it() {
        let fall = given("-3.2", "%", None, FigureKind::Growth);
        assert_eq!(figure(&fall, Lang::Zh, 0.5).joined(), "下降1.6%");
        assert_eq!(figure(&fall, Lang::En, 0.5).joined(), "down 1.6%");
        let count = given("-3", "个", None, FigureKind::Count);
        assert_eq!(figure(&count, Lang::Zh, 0.0).joined(), "-0个");
        assert_eq!(figure(&count, Lang::Zh, 0.5).joined(), "-2个");
        assert_eq!(figure(&count, Lang::En, 0.5).joined(), "-2");
        let zero = given("-0", "个", None, FigureKind::Count);
        assert_eq!(figure(&zero, Lang::Zh, 0.5).joined(), "0个");
        assert_eq!(figure(&zero, Lang::Zh, 1.0).joined(), "-0个");
    }

    #[test]
    fn numerals_are_not_counted() {
        let f = given("两", "万名", Some(Hedge::Plus), FigureKind::Count);
        assert_eq!(figure(&f, Lang::Zh, 0.3).joined(), "两万多名");
    }

    #[test]
    fn parts_put_words_around_the_number() {
        let f = given("1.2", "%", Some(Hedge::Expected), FigureKind::Growth);
        let p = figure(&f, Lang::Zh, 1.0);
        assert_eq!(
            (p.before.as_str(), p.number.as_str(), p.after.as_str()),
            ("预计增长", "1.2", "%")
        );
    }
}
