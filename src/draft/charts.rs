//! The charts a draft proposes: bars for the figures of a section that share a unit and a kind.

use super::todo::TODO;
use crate::model::{Chart, Figure, FigureKind, Text};

/// Most charts proposed per section.
const MAX_PROPOSED_CHARTS: usize = 2;

/// Bars for the figures of a section that share a unit and a kind (counts, amounts or
/// growths; two or more, the largest groups first), titled with a placeholder: the editor
/// names them, or drops those that compare unlike things.
pub(super) fn proposed_charts(figures: &[Figure]) -> Vec<Chart> {
    let mut groups: Vec<Vec<&Figure>> = Vec::new();
    for figure in figures {
        if !matches!(
            figure.kind,
            FigureKind::Count | FigureKind::Amount | FigureKind::Growth
        ) {
            continue;
        }
        match groups
            .iter_mut()
            .find(|g| g[0].unit == figure.unit && g[0].kind == figure.kind)
        {
            Some(group) => group.push(figure),
            None => groups.push(vec![figure]),
        }
    }
    groups.retain(|g| g.len() >= 2);
    // The largest first; of equal size, the first in the text.
    groups.sort_by_key(|g| std::cmp::Reverse(g.len()));
    groups
        .into_iter()
        .take(MAX_PROPOSED_CHARTS)
        .map(|group| {
            let labels: Vec<&str> = group.iter().take(3).map(|f| f.label.zh.as_str()).collect();
            Chart::Bars {
                title: Text {
                    zh: format!("{TODO}: 图表标题，比较{}…", labels.join("、")),
                    en: format!("{TODO}: chart title"),
                },
                figures: group.iter().take(12).map(|f| f.id.clone()).collect(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::TODO;
    use crate::draft::draft;

    #[test]
    fn figures_of_one_unit_and_kind_are_proposed_as_bars_with_a_placeholder_title() {
        let mut report =
            draft("一、回顾\n\n新建学校3所、医院2所。新增企业30家、商户20家、工厂5家，增长5%。\n");
        let charts = &report.sections[0].charts;
        assert_eq!(charts.len(), 2);
        assert_eq!(
            charts[0].figure_ids(),
            ["overview_3", "overview_4", "overview_5"]
        );
        assert_eq!(charts[1].figure_ids(), ["overview_1", "overview_2"]);
        assert!(charts[0].title().zh.starts_with(TODO));
        assert!(crate::validate::validate(&mut report).is_empty());
    }
}
