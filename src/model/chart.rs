//! A section's charts: what each type draws, read from one object with a `type`.

use serde::Deserialize;

use super::figure::OutOf;
#[cfg(not(target_arch = "wasm32"))]
use super::shared::Id;
use super::shared::Text;

/// A chart of a section, naming the figures it shows by id.
///
/// In the data file a chart is one object with a `type` and the fields of that type
/// ([`ChartFields`]), read as a plain struct and then checked: an internally tagged enum would
/// have serde buffer every chart as a generic value first, which costs the module about 10 KB
/// gzip and loses the path of a wrong field.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(try_from = "ChartFields")]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[cfg_attr(
    not(target_arch = "wasm32"),
    schemars(
        with = "ChartFields",
        description = "A chart of the section: bars and numbers have `figures`, progress and ratio `part` and `whole`, ring `figure` and optionally `out_of`, areas only its title."
    )
)]
pub enum Chart {
    /// Horizontal bars comparing figures of one unit and kind.
    Bars {
        /// The chart's title.
        title: Text,
        /// The figures, top to bottom.
        figures: Vec<String>,
    },
    /// A part drawn inside its whole (same unit).
    Progress {
        /// The chart's title.
        title: Text,
        /// The part.
        part: String,
        /// The whole.
        whole: String,
    },
    /// A completion ratio between two counts; the share shown is derived.
    Ratio {
        /// The chart's title.
        title: Text,
        /// The completed part.
        part: String,
        /// The whole.
        whole: String,
    },
    /// A ring showing a share in %, or a figure out of a whole the report does not state.
    Ring {
        /// The chart's title.
        title: Text,
        /// The figure.
        figure: String,
        /// The whole of a derived share; absent when the figure is itself a %.
        out_of: Option<OutOf>,
    },
    /// Big-number tiles for single figures of mixed units.
    Numbers {
        /// The chart's title.
        title: Text,
        /// The figures, in reading order.
        figures: Vec<String>,
    },
    /// The section's named areas as a labelled diagram.
    Areas {
        /// The chart's title.
        title: Text,
    },
}

impl Chart {
    /// The chart's title.
    pub fn title(&self) -> &Text {
        match self {
            Chart::Bars { title, .. }
            | Chart::Progress { title, .. }
            | Chart::Ratio { title, .. }
            | Chart::Ring { title, .. }
            | Chart::Numbers { title, .. }
            | Chart::Areas { title } => title,
        }
    }

    /// The ids of the figures the chart shows, in order.
    pub fn figure_ids(&self) -> Vec<&str> {
        match self {
            Chart::Bars { figures, .. } | Chart::Numbers { figures, .. } => {
                figures.iter().map(String::as_str).collect()
            }
            Chart::Progress { part, whole, .. } | Chart::Ratio { part, whole, .. } => {
                vec![part.as_str(), whole.as_str()]
            }
            Chart::Ring { figure, .. } => vec![figure.as_str()],
            Chart::Areas { .. } => Vec::new(),
        }
    }

    /// The chart's type name as written in the data file.
    pub fn type_name(&self) -> &'static str {
        match self {
            Chart::Bars { .. } => "bars",
            Chart::Progress { .. } => "progress",
            Chart::Ratio { .. } => "ratio",
            Chart::Ring { .. } => "ring",
            Chart::Numbers { .. } => "numbers",
            Chart::Areas { .. } => "areas",
        }
    }
}

/// A chart as written in the data file: its `type` and the fields that type has.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct ChartFields {
    /// What the chart draws.
    #[serde(rename = "type")]
    pub chart_type: ChartType,
    /// The chart's title.
    pub title: Text,
    /// `bars` and `numbers`: the figures' ids, 1–12.
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<ChartIds>"))]
    pub figures: Option<Vec<String>>,
    /// `progress` and `ratio`: the part's id.
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<Id>"))]
    pub part: Option<String>,
    /// `progress` and `ratio`: the whole's id.
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<Id>"))]
    pub whole: Option<String>,
    /// `ring`: the figure's id.
    #[serde(default)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(with = "Option<Id>"))]
    pub figure: Option<String>,
    /// `ring`: the whole of a derived share, a number the report does not state.
    #[serde(default)]
    pub out_of: Option<OutOf>,
}

/// Schema only: the figures of a chart, 1–12 ids.
#[cfg(not(target_arch = "wasm32"))]
#[derive(schemars::JsonSchema)]
#[allow(dead_code)]
struct ChartIds(#[schemars(length(min = 1, max = 12))] Vec<Id>);

/// The types of chart, as `type` names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub enum ChartType {
    /// Horizontal bars.
    Bars,
    /// A part inside its whole.
    Progress,
    /// A completion ratio.
    Ratio,
    /// A ring.
    Ring,
    /// Big-number tiles.
    Numbers,
    /// The section's named areas.
    Areas,
}

impl TryFrom<ChartFields> for Chart {
    type Error = String;

    /// The chart of the type named, if it has that type's fields and no others.
    fn try_from(fields: ChartFields) -> Result<Chart, String> {
        let ChartFields {
            chart_type,
            title,
            figures,
            part,
            whole,
            figure,
            out_of,
        } = fields;
        let name = match chart_type {
            ChartType::Bars => "bars",
            ChartType::Progress => "progress",
            ChartType::Ratio => "ratio",
            ChartType::Ring => "ring",
            ChartType::Numbers => "numbers",
            ChartType::Areas => "areas",
        };
        let needs = |field: &str| format!("a {name} chart needs `{field}`");
        let given = [
            ("figures", figures.is_some()),
            ("part", part.is_some()),
            ("whole", whole.is_some()),
            ("figure", figure.is_some()),
            ("out_of", out_of.is_some()),
        ];
        let own: &[&str] = match chart_type {
            ChartType::Bars | ChartType::Numbers => &["figures"],
            ChartType::Progress | ChartType::Ratio => &["part", "whole"],
            ChartType::Ring => &["figure", "out_of"],
            ChartType::Areas => &[],
        };
        if let Some((field, _)) = given
            .iter()
            .find(|(field, is_given)| *is_given && !own.contains(field))
        {
            return Err(format!("a {name} chart has no field `{field}`"));
        }
        Ok(match chart_type {
            ChartType::Bars => Chart::Bars {
                title,
                figures: figures.ok_or_else(|| needs("figures"))?,
            },
            ChartType::Numbers => Chart::Numbers {
                title,
                figures: figures.ok_or_else(|| needs("figures"))?,
            },
            ChartType::Progress => Chart::Progress {
                title,
                part: part.ok_or_else(|| needs("part"))?,
                whole: whole.ok_or_else(|| needs("whole"))?,
            },
            ChartType::Ratio => Chart::Ratio {
                title,
                part: part.ok_or_else(|| needs("part"))?,
                whole: whole.ok_or_else(|| needs("whole"))?,
            },
            ChartType::Ring => Chart::Ring {
                title,
                figure: figure.ok_or_else(|| needs("figure"))?,
                out_of,
            },
            ChartType::Areas => Chart::Areas { title },
        })
    }
}
