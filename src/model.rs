//! The report's data model: what a data file in `data/` contains, as Rust types.
//!
//! The types mirror the JSON one to one and [`crate::read`] reads them field by field, unknown
//! fields rejected; the format is documented in the README. Reading only checks shapes and types;
//! the rules that span fields (unique ids, part ≤ whole, shares ≤ 100 %) live in
//! [`crate::validate`].

/// The data format version this build reads.
pub const FORMAT_VERSION: u32 = 1;

/// A reader-facing text in both languages the widget speaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// Chinese, as shown by default.
    pub zh: String,
    /// English, shown with `lang=en`.
    pub en: String,
}

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

/// A whole report: its meta data and its sections in reading order.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The data format version; must equal [`FORMAT_VERSION`].
    pub format: u32,
    /// Who reported what, when, and where it was published.
    pub meta: Meta,
    /// The KPI block and the sections of work, in the report's order.
    pub sections: Vec<Section>,
}

/// The report's meta data, shown in the header and the source credit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meta {
    /// A stable id of the data set, e.g. `erqi-2020`.
    pub id: String,
    /// The district that reports.
    pub district: Text,
    /// The city the district belongs to.
    pub city: Text,
    /// The year the report covers.
    pub year: u32,
    /// The report's title.
    pub title: Text,
    /// A one-line subtitle.
    pub subtitle: Text,
    /// The date the report was given, `YYYY-MM-DD`.
    pub meeting_date: String,
    /// The meeting the report was given to.
    pub meeting: Text,
    /// The article the figures are taken from.
    pub source: Source,
}

/// The published article the data set transcribes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The article's headline, verbatim.
    pub headline: String,
    /// The reporter credit as printed, e.g. `记者 张改华`.
    pub reporter: String,
    /// The reporter credit in English.
    pub reporter_en: String,
}

/// How a section is presented.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionKind {
    /// The headline figures: big tiles whose numbers count up.
    Kpi,
    /// A section of work: a card with its charts and every figure it states.
    Work,
}

/// One section of the report.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// A stable id, e.g. `economy`; used by the `sections` embed option.
    pub id: String,
    /// How the section is presented.
    pub kind: SectionKind,
    /// The section's heading.
    pub title: Text,
    /// A short summary in the editors' own words.
    pub summary: Text,
    /// Every figure the section states, in the report's order.
    pub figures: Vec<Figure>,
    /// The charts that show the figures.
    pub charts: Vec<Chart>,
    /// Named areas with their projects, for sections that state few figures.
    pub areas: Vec<Area>,
}

/// A qualifier the report puts on a figure. It is part of the figure: never dropped.
///
/// Each hedge has its place in the figure's wording ([`HedgePlace`]); a figure has at most one
/// status hedge (预计, 拟) and at most one approximation (the rest).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hedge {
    /// 余: "40-odd", written after the number (and after its 万/亿).
    Odd,
    /// 多: "20,000-plus", written after the number (and after its 万/亿).
    Plus,
    /// 近: "nearly", written before the number.
    Nearly,
    /// 超: "over", written before the number.
    Over,
    /// 约: "about", written before the number.
    About,
    /// 以上: "or more", written after the whole figure.
    AtLeast,
    /// 左右: "around", written after the whole figure.
    Around,
    /// 以内: "within", written after the whole figure.
    Within,
    /// 预计: "expected", written before the figure and its growth word.
    Expected,
    /// 拟: "planned, pending", written before the figure and its growth word.
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    /// A stable id, unique in the report.
    pub id: String,
    /// What the figure counts.
    pub label: Text,
    /// The number as written: Arabic digits (`773`, `5.58`) or a Chinese numeral (`两`).
    pub value: String,
    /// The unit as written, with its leading magnitude (万, 亿, 万亿 …) if the report has one;
    /// may be empty.
    pub unit: String,
    /// The unit in English, for a unit the widget has no English word for (`TEU`).
    pub unit_en: Option<String>,
    /// The report's qualifiers, in the order written; empty for none. In the data file `hedge`
    /// is one string or a list of them.
    pub hedges: Vec<Hedge>,
    /// What sort of quantity this is.
    pub kind: FigureKind,
    /// The short phrase of the report that states the figure, verbatim.
    pub quote: String,
    /// The id of a figure this one is a part of (same unit), if the report says so.
    pub part_of: Option<String>,
}

/// A number that is not in the report, used as the whole of a derived share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutOf {
    /// The whole, in Arabic digits.
    pub value: String,
    /// What the whole is.
    pub label: Text,
}

/// A chart of a section, naming the figures it shows by id.
#[derive(Debug, Clone, PartialEq, Eq)]
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

/// A named area of work with its projects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Area {
    /// The area's name.
    pub name: Text,
    /// The named projects of the area.
    pub projects: Vec<Text>,
}

impl Figure {
    /// The figure's hedge at `place`, if it has one there.
    pub fn hedge_at(&self, place: HedgePlace) -> Option<Hedge> {
        self.hedges.iter().copied().find(|h| h.place() == place)
    }

    /// Whether the figure carries `hedge`.
    pub fn has_hedge(&self, hedge: Hedge) -> bool {
        self.hedges.contains(&hedge)
    }
}

impl Section {
    /// The figure with `id`, if the section has it.
    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.id == id)
    }

    /// The figures `chart` shows, in its order (ids the section lacks are skipped).
    pub fn chart_figures(&self, chart: &Chart) -> Vec<&Figure> {
        chart
            .figure_ids()
            .into_iter()
            .filter_map(|id| self.figure(id))
            .collect()
    }

    /// The figures of a section of work that no chart shows: they are listed as text.
    pub fn uncharted_figures(&self) -> Vec<&Figure> {
        if self.kind == SectionKind::Kpi {
            return Vec::new(); // The KPI tiles show every figure.
        }
        let charted: Vec<&str> = self.charts.iter().flat_map(Chart::figure_ids).collect();
        self.figures
            .iter()
            .filter(|f| !charted.contains(&f.id.as_str()))
            .collect()
    }

    /// Whether the section's areas are drawn as a diagram (then their list is its text alternative).
    pub fn has_areas_chart(&self) -> bool {
        self.charts.iter().any(|c| matches!(c, Chart::Areas { .. }))
    }
}

impl Report {
    /// All figures of the report, in reading order.
    pub fn figures(&self) -> impl Iterator<Item = &Figure> {
        self.sections.iter().flat_map(|s| s.figures.iter())
    }

    /// The section with `id`, if any.
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }
}
