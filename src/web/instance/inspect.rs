//! What a widget shows, for tests and tools: every chart's marks and texts with their boxes in
//! CSS px, as JS objects through serde-wasm-bindgen.

use wasm_bindgen::JsValue;

use super::Instance;
use crate::chart::{self, View};

impl Instance {
    /// The marks of every chart as last drawn, as JS objects (through serde-wasm-bindgen).
    pub fn chart_marks(&self) -> JsValue {
        let charts: Vec<ChartMarks<'_>> = self
            .charts
            .iter()
            .map(|view| {
                let section = &self.report.sections[view.slot.section];
                ChartMarks {
                    section: &section.id,
                    chart: view.slot.chart,
                    chart_type: section.charts[view.slot.chart].type_name(),
                    width_css: view.canvas.scene_width(),
                    marks: view
                        .marks
                        .iter()
                        .map(|mark| MarkJs {
                            figure_id: &mark.figure_id,
                            rect: &mark.rect,
                            hit: &mark.hit,
                        })
                        .collect(),
                }
            })
            .collect();
        // Plain objects and arrays: nothing here fails to serialise.
        serde_wasm_bindgen::to_value(&charts).unwrap_or(JsValue::UNDEFINED)
    }

    /// Every text each chart draws in its final frame, with its box in CSS px as the browser
    /// measures it in the chart's font: `[{ section, chart, type, widthCss, heightCss,
    /// texts: [{ text, x, y, width, height }] }]`. For tests and tools, which check that no
    /// text leaves its chart or overlaps another at any width.
    pub fn chart_texts(&self) -> Result<JsValue, JsValue> {
        let measure = crate::web::measure::TextMeasure::new()?;
        let mut charts = Vec::new();
        for view in &self.charts {
            let section = &self.report.sections[view.slot.section];
            let spec = &section.charts[view.slot.chart];
            let zoom = view.canvas.zoom();
            let chart_view = View {
                theme: &self.theme,
                lang: self.lang,
                width_css: view.canvas.scene_width(),
            };
            let scene = chart::build(section, spec, chart_view, f64::INFINITY);
            let texts = scene
                .text_boxes(|text, size, bold| measure.width(text, size * zoom, bold) / zoom)
                .into_iter()
                .map(|b| TextBoxJs {
                    text: b.text,
                    x: b.x * zoom,
                    y: b.y * zoom,
                    width: b.width * zoom,
                    height: b.height * zoom,
                })
                .collect();
            charts.push(ChartTexts {
                section: &section.id,
                chart: view.slot.chart,
                chart_type: spec.type_name(),
                width_css: scene.width_css * zoom,
                height_css: scene.height_css * zoom,
                texts,
            });
        }
        serde_wasm_bindgen::to_value(&charts).map_err(JsValue::from)
    }
}

/// One chart's marks, as `chartMarks()` gives them.
#[derive(serde::Serialize)]
struct ChartMarks<'a> {
    section: &'a str,
    chart: usize,
    #[serde(rename = "type")]
    chart_type: &'static str,
    #[serde(rename = "widthCss")]
    width_css: f64,
    marks: Vec<MarkJs<'a>>,
}

/// A mark in CSS px: the figure it shows, its rectangle and the area that reacts to the pointer.
#[derive(serde::Serialize)]
struct MarkJs<'a> {
    figure_id: &'a str,
    rect: &'a [f64; 4],
    hit: &'a [f64; 4],
}

/// One chart's texts, as `chartTexts()` gives them.
#[derive(serde::Serialize)]
struct ChartTexts<'a> {
    section: &'a str,
    chart: usize,
    #[serde(rename = "type")]
    chart_type: &'static str,
    #[serde(rename = "widthCss")]
    width_css: f64,
    #[serde(rename = "heightCss")]
    height_css: f64,
    texts: Vec<TextBoxJs>,
}

/// A text's box in CSS px, as the browser measures it.
#[derive(serde::Serialize)]
struct TextBoxJs {
    text: String,
    x: f64,
    y: f64,
    width: f64,
    height: f64,
}
