//! Wording figures in the report's own conventions: 773亿元, 增长1.2%, 40余场, 两万多名, 第一,
//! 连续4年 — and in English ones: 77.3 billion yuan, up 1.2%, more than 40, more than 20,000
//! people, No. 1, 4 years in a row. The hedge is part of the figure and is never dropped.
//!
//! A figure is split into [`Parts`] so the page can set the number large and the words around it
//! small, and so a count-up can replace only the number.

use crate::model::{Figure, FigureKind, Hedge, Lang};
use crate::number::{parse_written, split_unit};
use crate::numtext::{decimal_value, decimals_of, fixed, group_thousands, shift_left};

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

/// The figure worded exactly as the report writes it.
pub fn figure_text(figure: &Figure) -> String {
    figure_parts(figure).joined()
}

/// The figure's pieces at its final value.
pub fn figure_parts(figure: &Figure) -> Parts {
    let negative_growth = figure.kind == FigureKind::Growth && figure.value.starts_with('-');
    let number = if negative_growth {
        figure.value.trim_start_matches('-').to_string()
    } else {
        figure.value.clone()
    };
    wrap_number(figure, number, negative_growth)
}

/// The figure's pieces while its number counts up: `fraction` 0 shows zero, 1 the exact value.
///
/// Numbers written as Chinese numerals (两) are not counted: they are shown as written.
pub fn figure_parts_at(figure: &Figure, fraction: f64) -> Parts {
    let Ok(written) = parse_written(&figure.value) else {
        return figure_parts(figure);
    };
    if fraction >= 1.0 || written.numeral || !fraction.is_finite() {
        return figure_parts(figure);
    }
    let negative_growth = figure.kind == FigureKind::Growth && written.value < 0.0;
    let shown = (written.value.abs() * fraction.max(0.0)).min(written.value.abs());
    let sign = if written.value < 0.0 && !negative_growth {
        "-"
    } else {
        ""
    };
    let number = format!("{sign}{}", fixed(shown, written.decimals));
    wrap_number(figure, number, negative_growth)
}

/// The figure worded in `lang`.
pub fn figure_text_in(figure: &Figure, lang: Lang) -> String {
    figure_parts_at_in(figure, lang, 1.0).joined()
}

/// The figure's pieces in `lang` while its number counts up (`fraction` 1 is the exact value).
pub fn figure_parts_at_in(figure: &Figure, lang: Lang, fraction: f64) -> Parts {
    match lang {
        Lang::Zh => figure_parts_at(figure, fraction),
        Lang::En => english_parts(figure, fraction),
    }
}

/// English wording: 万 and 亿 become digits or millions and billions, exactly; units are
/// translated where English names them (yuan, m², km, people, days, years) and otherwise left to
/// the label (个, 项, 家 …); hedges become words.
fn english_parts(figure: &Figure, fraction: f64) -> Parts {
    let Ok(written) = parse_written(&figure.value) else {
        return figure_parts(figure);
    };
    let digits = if written.numeral {
        fixed(written.value, 0)
    } else {
        figure.value.clone()
    };
    let negative = digits.starts_with('-');
    let unit = split_unit(&figure.unit);
    let places = match unit.magnitude {
        "万" => 4,
        "亿" => 8,
        _ => 0,
    };
    let absolute = shift_left(digits.trim_start_matches('-'), -places);
    let whole_digits = absolute.split('.').next().map_or(0, str::len);
    let (scaled, scale_word) = match places {
        0 => (absolute, ""),
        _ if whole_digits > 9 => (shift_left(&absolute, 9), " billion"),
        _ if whole_digits > 6 => (shift_left(&absolute, 6), " million"),
        _ => (absolute, ""),
    };
    let number = if fraction >= 1.0 || !fraction.is_finite() || written.numeral {
        group_thousands(&scaled)
    } else {
        let target = decimal_value(&scaled).unwrap_or(0.0);
        group_thousands(&fixed(target * fraction.max(0.0), decimals_of(&scaled)))
    };
    let one = scaled == "1";
    let unit_word = match unit.rest {
        "元" => " yuan",
        "平方米" => " m²",
        "公里" => " km",
        "人" | "名" => " people",
        "天" if one => " day",
        "天" => " days",
        "年" if one => " year",
        "年" => " years",
        "%" => "%",
        _ => "",
    };
    let mut before = String::from(match figure.hedge {
        Some(Hedge::Odd | Hedge::Plus) => "more than ",
        Some(Hedge::Over) => "over ",
        Some(Hedge::Nearly) => "nearly ",
        Some(Hedge::Expected) => "expected ",
        Some(Hedge::AtLeast) => "at least ",
        Some(Hedge::Planned) | None => "",
    });
    let mut after = format!("{scale_word}{unit_word}");
    match figure.kind {
        FigureKind::Growth => before.push_str(if negative { "down " } else { "up " }),
        FigureKind::Rank => before.push_str("No. "),
        FigureKind::Streak => after.push_str(" in a row"),
        FigureKind::Amount | FigureKind::Count | FigureKind::Share if negative => {
            before.push('-');
        }
        FigureKind::Amount | FigureKind::Count | FigureKind::Share => {}
    }
    if figure.hedge == Some(Hedge::Planned) {
        after.push_str(" (pending)");
    }
    Parts {
        before,
        number,
        after,
    }
}

fn wrap_number(figure: &Figure, number: String, negative_growth: bool) -> Parts {
    let unit = split_unit(&figure.unit);
    let mut before = String::new();
    let mut after = String::new();
    if let Some(hedge @ (Hedge::Nearly | Hedge::Over | Hedge::Expected | Hedge::Planned)) =
        figure.hedge
    {
        before.push_str(hedge.as_str());
    }
    before.push_str(match figure.kind {
        FigureKind::Growth if negative_growth => "下降",
        FigureKind::Growth => "增长",
        FigureKind::Rank => "第",
        FigureKind::Streak => "连续",
        FigureKind::Amount | FigureKind::Count | FigureKind::Share => "",
    });
    after.push_str(unit.magnitude);
    if let Some(hedge @ (Hedge::Odd | Hedge::Plus)) = figure.hedge {
        after.push_str(hedge.as_str());
    }
    after.push_str(unit.rest);
    if figure.hedge == Some(Hedge::AtLeast) {
        after.push_str(Hedge::AtLeast.as_str());
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

    fn figure(value: &str, unit: &str, hedge: Option<Hedge>, kind: FigureKind) -> Figure {
        Figure {
            id: "f".into(),
            label: Text {
                zh: "标签".into(),
                en: "label".into(),
            },
            value: value.into(),
            unit: unit.into(),
            hedge,
            kind,
            quote: String::new(),
            part_of: None,
        }
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
                figure_text(&figure(value, unit, hedge, kind)),
                expected,
                "{value} {unit} {hedge:?} {kind:?}"
            );
        }
    }

    #[test]
    fn count_up_keeps_decimals_hedge_and_unit_and_ends_exact() {
        let f = figure("5.58", "万人", None, FigureKind::Count);
        assert_eq!(figure_parts_at(&f, 0.0).joined(), "0.00万人");
        assert_eq!(figure_parts_at(&f, 0.5).joined(), "2.79万人");
        assert_eq!(figure_parts_at(&f, 1.0).joined(), "5.58万人");
        let g = figure("773", "亿元", Some(Hedge::Expected), FigureKind::Amount);
        assert_eq!(figure_parts_at(&g, 0.5).joined(), "预计387亿元");
        assert_eq!(figure_parts_at(&g, 2.0).joined(), "预计773亿元");
        assert_eq!(figure_parts_at(&g, f64::NAN).joined(), "预计773亿元");
        assert_eq!(figure_parts_at(&g, -1.0).joined(), "预计0亿元");
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
            let f = figure(value, unit, hedge, kind);
            assert_eq!(figure_text_in(&f, Lang::En), expected, "{value}{unit}");
        }
    }

    #[test]
    fn english_count_up_keeps_the_scale_and_ends_exact() {
        let f = figure("773", "亿元", Some(Hedge::Expected), FigureKind::Amount);
        assert_eq!(
            figure_parts_at_in(&f, Lang::En, 0.5).joined(),
            "expected 38.7 billion yuan"
        );
        assert_eq!(
            figure_parts_at_in(&f, Lang::En, 1.0).joined(),
            "expected 77.3 billion yuan"
        );
        let g = figure("14830", "套", None, FigureKind::Count);
        assert_eq!(figure_parts_at_in(&g, Lang::En, 0.5).joined(), "7,415");
        assert_eq!(figure_text_in(&g, Lang::Zh), "14830套");
    }

    #[test]
    fn numerals_are_not_counted() {
        let f = figure("两", "万名", Some(Hedge::Plus), FigureKind::Count);
        assert_eq!(figure_parts_at(&f, 0.3).joined(), "两万多名");
    }

    #[test]
    fn parts_put_words_around_the_number() {
        let f = figure("1.2", "%", Some(Hedge::Expected), FigureKind::Growth);
        let p = figure_parts(&f);
        assert_eq!(
            (p.before.as_str(), p.number.as_str(), p.after.as_str()),
            ("预计增长", "1.2", "%")
        );
    }
}
