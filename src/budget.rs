//! What one animation frame may spend drawing charts: script time, and canvas pixels changed
//! (the browser copies and composites every changed canvas after the script, which costs more
//! than drawing it). However many charts move at once (a reader scrolling fast), a frame stays
//! short: a chart is drawn only if its expected cost fits in the time left, the charts left over
//! are drawn on the next frames, in turn, and their animations skip a frame rather than the page
//! stutter. The clock is passed in; the web shell reads it once per chart.

/// Script time per frame for drawing charts, in ms: a phone with a quarter of a laptop's speed
/// still draws a frame in a few ms.
pub const FRAME_MS: f64 = 2.0;
/// Canvas device pixels changed per frame: about two charts on a phone.
pub const FRAME_PIXELS: f64 = 1_000_000.0;
/// How much of a chart's dearest drawing its cost estimate keeps from one frame to the next: a
/// chart costs more in frames where its numbers count on (new texts) than in those between, and
/// judged by a cheap frame it would overrun the budget.
pub const COST_MEMORY: f64 = 0.8;

/// One frame's budget.
#[derive(Debug, Clone, PartialEq)]
pub struct FrameBudget {
    end_ms: f64,
    /// When the clock was last read: the start, or the last lap.
    read_ms: f64,
    pixels_left: f64,
    drawn: u32,
}

impl FrameBudget {
    /// A budget starting at `now_ms`.
    pub fn start(now_ms: f64) -> Self {
        FrameBudget {
            end_ms: now_ms + FRAME_MS,
            read_ms: now_ms,
            pixels_left: FRAME_PIXELS,
            drawn: 0,
        }
    }

    /// Whether a chart of `pixels` device pixels whose drawing is expected to take `cost_ms` is
    /// drawn in this frame (as of the clock's last reading); the first chart of a frame always is.
    pub fn admit(&mut self, pixels: f64, cost_ms: f64) -> bool {
        if self.drawn > 0 && (pixels > self.pixels_left || self.read_ms + cost_ms > self.end_ms) {
            return false;
        }
        self.pixels_left -= pixels;
        self.drawn += 1;
        true
    }

    /// The time from the clock's last reading to `now_ms`, which becomes its last reading.
    pub fn lap(&mut self, now_ms: f64) -> f64 {
        let lap_ms = now_ms - self.read_ms;
        self.read_ms = now_ms;
        lap_ms
    }
}

/// A chart's expected cost after a drawing that took `drawn_ms`: that, or the fading memory of
/// its dearest (`previous_ms` × [`COST_MEMORY`]), whichever is more.
pub fn next_cost_ms(drawn_ms: f64, previous_ms: f64) -> f64 {
    drawn_ms.max(previous_ms * COST_MEMORY)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_chart_is_always_drawn_and_the_rest_while_time_and_pixels_last() {
        let mut budget = FrameBudget::start(100.0);
        assert!(
            budget.admit(FRAME_PIXELS * 2.0, 10.0),
            "the first, however dear"
        );
        let mut budget = FrameBudget::start(100.0);
        assert!(budget.admit(400_000.0, 0.5));
        assert!((budget.lap(100.6) - 0.6).abs() < 1e-9);
        assert!(budget.admit(400_000.0, 0.5));
        budget.lap(101.2);
        assert!(
            !budget.admit(400_000.0, 0.5),
            "pixels spent: 800 000 of a million"
        );
        assert!(budget.admit(100_000.0, 0.5));
        budget.lap(101.9);
        assert!(!budget.admit(10.0, 0.2), "time spent: 101.9 + 0.2 > 102");
    }

    #[test]
    fn a_chart_is_expected_to_cost_its_dearest_recent_drawing() {
        assert_eq!(next_cost_ms(1.0, 0.0), 1.0);
        assert_eq!(next_cost_ms(0.5, 2.0), 1.6);
        assert_eq!(next_cost_ms(3.0, 2.0), 3.0);
    }
}
