//! Rings: a share in % (satisfaction 99.62%), a figure out of a whole the report does not state
//! (234 of 366 days), or a completion ratio (102 of 189 projects). Shares computed here are
//! marked as derived.

use super::frame::Frame;
use super::part::{derived_note, percent_text, share_percent};
use crate::anim::clamp;
use crate::format;
use crate::model::{Chart, Figure, Lang, OutOf, Section};
use crate::scene::{Align, Scene, Shape};
use crate::text::{
    fit_size, fit_text, text_width, wrap_text, FigureSet, BOLD_WIDTH, FIGURE_LINE_EM,
};
use crate::theme::size;

/// The chart's height.
pub(super) const HEIGHT: f64 = 150.0;
const RADIUS: f64 = 62.0;
const THICKNESS: f64 = 16.0;
/// Where the text beside the ring starts.
const TEXT_LEFT: f64 = 2.0 * RADIUS + 22.0;

/// The least room for the lines beside the ring; with less, they go beneath it.
const SIDE_MIN_ROOM: f64 = 110.0;

/// A line of text beside (or beneath) the ring.
struct Line {
    text: String,
    size: f64,
    bold: bool,
    muted: bool,
}

impl Line {
    fn new(text: impl Into<String>, size: f64, bold: bool, muted: bool) -> Self {
        Line {
            text: text.into(),
            size,
            bold,
            muted,
        }
    }

    fn height(&self) -> f64 {
        self.size * 1.45
    }
}

/// What to write beside the ring, before it is set to a width.
enum Item<'a> {
    /// Words that may be cut with `…` where they do not fit (their text alternative is whole).
    Words {
        text: String,
        size: f64,
        bold: bool,
        max_lines: usize,
    },
    /// A figure, never cut: it shrinks down to `min_size`, then breaks before its number.
    Figure {
        figure: &'a Figure,
        max_size: f64,
        min_size: f64,
        /// Whether its number counts up with the ring (the whole of a ratio stands still).
        counts: bool,
    },
    /// A label followed by a number that is never cut (the stated whole of a derived share).
    LabelledNumber { label: String, number: String },
}

impl Item<'_> {
    /// The item's lines in `room`, with the figure counted to `counted`.
    fn lines(&self, room: f64, lang: Lang, counted: f64) -> Vec<Line> {
        match self {
            Item::Words {
                text,
                size,
                bold,
                max_lines,
            } => {
                let width = if *bold { room / BOLD_WIDTH } else { room };
                wrap_text(text, *size, width, *max_lines)
                    .into_iter()
                    .map(|l| Line::new(l, *size, *bold, !*bold))
                    .collect()
            }
            Item::Figure {
                figure,
                max_size,
                min_size,
                counts,
            } => {
                let counted = if *counts { counted } else { 1.0 };
                let set = FigureSet::fit(
                    &format::figure(figure, lang, 1.0),
                    true,
                    *max_size,
                    *min_size,
                    room,
                );
                set.lines(&format::figure(figure, lang, counted))
                    .into_iter()
                    .map(|l| Line::new(l, set.size, true, false))
                    .collect()
            }
            Item::LabelledNumber { label, number } => {
                let number_width = text_width(&format!(" {number}"), size::LABEL);
                let size = fit_size(number, size::LABEL, 1.0, room);
                let line = if number_width <= room / 2.0 {
                    let label = fit_text(label, size::LABEL, room - number_width);
                    Line::new(format!("{label} {number}"), size::LABEL, false, true)
                } else {
                    Line::new(number.clone(), size, false, true)
                };
                vec![line]
            }
        }
    }
}

/// What the ring shows.
struct Ring<'a> {
    figure: &'a Figure,
    /// The share drawn, in %.
    share: f64,
    /// The text in the middle: the figure itself (a share), or a share derived here.
    centre: Centre<'a>,
    /// A second figure to mark beside the ring (the whole of a ratio).
    second: Option<&'a Figure>,
    /// What is written beside the ring.
    items: Vec<Item<'a>>,
    /// How many of the items belong to the first figure (the rest to the second).
    first_items: usize,
}

/// The text in the middle of a ring.
enum Centre<'a> {
    /// The figure, which is a share in %.
    Figure(&'a Figure),
    /// A share computed here, in %; marked as derived.
    Derived(f64),
}

/// Where a ring and its lines go at one width.
struct Placement {
    /// Whether the lines stand beside the ring; else beneath it.
    beside: bool,
    /// The left edge of the lines.
    text_left: f64,
    /// The ring's centre.
    cx: f64,
    cy: f64,
    /// The top of the lines.
    lines_top: f64,
    /// The chart's height.
    height: f64,
}

fn place(width_css: f64, lines_height: f64) -> Placement {
    let beside = width_css - TEXT_LEFT >= SIDE_MIN_ROOM;
    if beside {
        let height = HEIGHT.max(lines_height + 8.0);
        Placement {
            beside,
            text_left: TEXT_LEFT,
            cx: RADIUS + 2.0,
            cy: height / 2.0,
            lines_top: (height - lines_height) / 2.0,
            height,
        }
    } else {
        let ring_h = 2.0 * RADIUS + 4.0;
        Placement {
            beside,
            text_left: 0.0,
            cx: width_css / 2.0,
            cy: RADIUS + 2.0,
            lines_top: ring_h + 10.0,
            height: ring_h + 10.0 + lines_height + 6.0,
        }
    }
}

/// The room the lines get at `width_css`.
fn room(width_css: f64) -> f64 {
    if width_css - TEXT_LEFT >= SIDE_MIN_ROOM {
        width_css - TEXT_LEFT
    } else {
        width_css
    }
}

fn lines_height(lines: &[Line]) -> f64 {
    lines.iter().map(Line::height).sum()
}

/// The ring a ring or ratio chart draws, if its figures exist.
fn ring_for<'a>(section: &'a Section, chart: &'a Chart, lang: Lang) -> Option<Ring<'a>> {
    match chart {
        Chart::Ring { figure, out_of, .. } => {
            Some(share_ring(section.figure(figure)?, out_of.as_ref(), lang))
        }
        Chart::Ratio { part, whole, .. } => Some(ratio_ring(
            section.figure(part)?,
            section.figure(whole)?,
            lang,
        )),
        _ => None,
    }
}

/// The chart's height at `width_css`.
pub(super) fn height(section: &Section, chart: &Chart, width_css: f64, lang: Lang) -> f64 {
    let Some(ring) = ring_for(section, chart, lang) else {
        return HEIGHT;
    };
    let lines: Vec<Line> = ring
        .items
        .iter()
        .flat_map(|item| item.lines(room(width_css), lang, 1.0))
        .collect();
    place(width_css, lines_height(&lines)).height
}

/// A % figure, or a figure out of a stated whole.
fn share_ring<'a>(figure: &'a Figure, out_of: Option<&'a OutOf>, lang: Lang) -> Ring<'a> {
    let value = figure.quantity().map_or(0.0, |q| q.value);
    match out_of {
        None => Ring {
            figure,
            share: clamp(value, 0.0, 100.0),
            centre: Centre::Figure(figure),
            second: None,
            // The figure itself is in the middle; beside it, what it is and the report's words.
            items: vec![
                Item::Words {
                    text: figure.label.get(lang).to_owned(),
                    size: size::VALUE,
                    bold: true,
                    max_lines: 2,
                },
                Item::Words {
                    text: format!("「{}」", figure.quote),
                    size: size::NOTE + 1.0,
                    bold: false,
                    max_lines: 2,
                },
            ],
            first_items: 2,
        },
        Some(out_of) => {
            let whole = out_of.number().unwrap_or(0.0);
            let share = if whole > 0.0 {
                clamp(value / whole * 100.0, 0.0, 100.0)
            } else {
                0.0
            };
            Ring {
                figure,
                share,
                centre: Centre::Derived(share),
                second: None,
                items: vec![
                    Item::Words {
                        text: figure.label.get(lang).to_owned(),
                        size: size::LABEL,
                        bold: false,
                        max_lines: 1,
                    },
                    Item::Figure {
                        figure,
                        max_size: size::LEAD,
                        min_size: size::LABEL,
                        counts: true,
                    },
                    Item::LabelledNumber {
                        label: out_of.label.get(lang).to_owned(),
                        number: out_of.value.clone(),
                    },
                ],
                first_items: 3,
            }
        }
    }
}

/// A completed part of a whole counted in different units (102项 of 189个).
fn ratio_ring<'a>(part: &'a Figure, whole: &'a Figure, lang: Lang) -> Ring<'a> {
    let share = share_percent(part, whole).unwrap_or(0.0);
    Ring {
        figure: part,
        share,
        centre: Centre::Derived(share),
        second: Some(whole),
        items: vec![
            Item::Words {
                text: part.label.get(lang).to_owned(),
                size: size::LABEL,
                bold: false,
                max_lines: 1,
            },
            Item::Figure {
                figure: part,
                max_size: size::LEAD,
                min_size: size::LABEL,
                counts: true,
            },
            Item::Words {
                text: whole.label.get(lang).to_owned(),
                size: size::LABEL,
                bold: false,
                max_lines: 1,
            },
            Item::Figure {
                figure: whole,
                max_size: size::VALUE,
                min_size: size::NOTE,
                counts: false,
            },
        ],
        first_items: 2,
    }
}

/// A % figure, or a figure out of a stated whole.
pub(super) fn draw_share(
    frame: &Frame,
    figure: &Figure,
    out_of: Option<&OutOf>,
    scene: &mut Scene,
) {
    let ring = share_ring(figure, out_of, frame.lang);
    draw_ring(frame, &ring, scene);
}

/// A completed part of a whole counted in different units (102项 of 189个).
pub(super) fn draw_ratio(frame: &Frame, part: &Figure, whole: &Figure, scene: &mut Scene) {
    let ring = ratio_ring(part, whole, frame.lang);
    draw_ring(frame, &ring, scene);
}

fn draw_ring(frame: &Frame, ring: &Ring, scene: &mut Scene) {
    let theme = frame.theme;
    let progress = frame.progress(0);
    let counted = frame.counted(0);
    let room = room(frame.width_css);
    let per_item: Vec<Vec<Line>> = ring
        .items
        .iter()
        .map(|item| item.lines(room, frame.lang, counted))
        .collect();
    let lines: Vec<&Line> = per_item.iter().flatten().collect();
    let total: f64 = lines.iter().map(|l| l.height()).sum();
    let at = place(frame.width_css, total);
    let (cx, cy) = (at.cx, at.cy);
    for (sweep_deg, color) in [
        (360.0, theme.track),
        (360.0 * ring.share / 100.0 * progress, theme.accent),
    ] {
        scene.push(Shape::Band {
            cx,
            cy,
            radius: RADIUS,
            thickness: THICKNESS,
            start_deg: 0.0,
            sweep_deg,
            color,
        });
    }
    let ring_box = [cx - RADIUS, cy - RADIUS, 2.0 * RADIUS, 2.0 * RADIUS];
    let inner = 2.0 * (RADIUS - THICKNESS) - 8.0;
    match ring.centre {
        Centre::Figure(figure) => {
            let set = FigureSet::fit(
                &format::figure(figure, frame.lang, 1.0),
                true,
                size::LEAD,
                size::LABEL,
                inner,
            );
            let shown = set.lines(&format::figure(figure, frame.lang, counted));
            let step = set.size * FIGURE_LINE_EM;
            let first = cy - (shown.len() - 1) as f64 * step / 2.0;
            for (k, line) in shown.into_iter().enumerate() {
                let y = first + k as f64 * step;
                scene.text(cx, y, line, set.size, true, theme.ink, Align::Middle);
            }
        }
        Centre::Derived(share) => {
            let centre = percent_text(share * counted);
            let final_text = percent_text(share);
            let size = fit_size(&final_text, size::LEAD, size::NOTE, inner / BOLD_WIDTH);
            scene.text(cx, cy - 6.0, centre, size, true, theme.ink, Align::Middle);
            scene.text(
                cx,
                cy + 16.0,
                derived_note(frame.lang),
                size::NOTE,
                false,
                theme.muted,
                Align::Middle,
            );
        }
    }
    let mut y = at.lines_top;
    let mut split = at.lines_top;
    for (i, item_lines) in per_item.iter().enumerate() {
        if i == ring.first_items {
            split = y;
        }
        for line in item_lines {
            let color = if line.muted { theme.muted } else { theme.ink };
            scene.text(
                at.text_left,
                y + line.height() / 2.0,
                line.text.clone(),
                line.size,
                line.bold,
                color,
                Align::Start,
            );
            y += line.height();
        }
    }
    let full = [0.0, 0.0, frame.width_css, at.height];
    match ring.second {
        None => scene.mark(ring.figure, ring_box, full),
        Some(second) => {
            // The part answers on the ring and its own lines, the whole on the lower lines.
            let (first_hit, second_box, second_hit) = if at.beside {
                (
                    [0.0, 0.0, frame.width_css, split],
                    [at.text_left, split, room, y - split],
                    [at.text_left, split, room, at.height - split],
                )
            } else {
                (
                    [0.0, 0.0, frame.width_css, split],
                    [0.0, split, room, y - split],
                    [0.0, split, room, at.height - split],
                )
            };
            scene.mark(ring.figure, ring_box, first_hit);
            scene.mark(second, second_box, second_hit);
        }
    }
}
