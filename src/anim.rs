//! Easing and timelines. Time is an argument (milliseconds since an animation started), never read
//! from a clock here, so every frame is a pure function of its time and can be tested.

/// Eases out with a cubic curve: fast start, gentle landing. `t ∈ [0,1] → [0,1]`, clamped.
pub fn ease_out_cubic(t: f64) -> f64 {
    let t = clamp01(t);
    1.0 - (1.0 - t).powi(3)
}

/// `value` limited to `low..=high`, and `low` for NaN. Unlike `f64::clamp` it never panics (when
/// `low > high` it gives `high`), and so it keeps that panic's float formatting out of the module.
pub fn clamp(value: f64, low: f64, high: f64) -> f64 {
    value.max(low).min(high)
}

/// Clamps to `[0, 1]`; NaN becomes 1 so a broken clock shows final values, never nothing.
pub fn clamp01(t: f64) -> f64 {
    if t.is_nan() {
        1.0
    } else {
        clamp(t, 0.0, 1.0)
    }
}

/// One eased transition on a timeline: it waits `delay_ms`, then runs for `duration_ms`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tween {
    /// Time from the timeline's start until this tween begins, in ms.
    pub delay_ms: f64,
    /// How long the tween runs, in ms.
    pub duration_ms: f64,
}

impl Tween {
    /// A tween that begins at once.
    pub const fn new(duration_ms: f64) -> Self {
        Tween {
            delay_ms: 0.0,
            duration_ms,
        }
    }

    /// The same tween, begun `delay_ms` later.
    pub fn delayed(self, delay_ms: f64) -> Self {
        Tween {
            delay_ms: self.delay_ms + delay_ms,
            ..self
        }
    }

    /// The `index`-th of a staggered series: each begins `step_ms` after the one before.
    pub fn staggered(self, index: usize, step_ms: f64) -> Self {
        self.delayed(index as f64 * step_ms)
    }

    /// When the tween ends, in ms from the timeline's start.
    pub fn end_ms(self) -> f64 {
        self.delay_ms + self.duration_ms
    }

    /// Linear progress at `elapsed_ms`, in `[0, 1]`.
    pub fn linear(self, elapsed_ms: f64) -> f64 {
        if self.duration_ms <= 0.0 {
            return if elapsed_ms >= self.delay_ms {
                1.0
            } else {
                0.0
            };
        }
        clamp01((elapsed_ms - self.delay_ms) / self.duration_ms)
    }

    /// Eased progress at `elapsed_ms`, in `[0, 1]`; exactly 1 from [`Tween::end_ms`] on.
    pub fn eased(self, elapsed_ms: f64) -> f64 {
        ease_out_cubic(self.linear(elapsed_ms))
    }
}

/// The time a number counts up for: long enough to see, short enough not to wait for.
pub const COUNT_UP: Tween = Tween::new(1200.0);
/// How often a counting number changes, in ms: about 30 times a second, which reads as counting,
/// and (a whole number of ms) keeps the times it shows exact.
pub const COUNT_STEP_MS: f64 = 32.0;

/// The time a counting number shows at `elapsed_ms`: the last step of [`COUNT_STEP_MS`] reached.
/// A number then takes one of a few dozen values while it counts, and each of those texts can be
/// laid out ahead of time rather than in an animation frame (a browser caches a text's layout,
/// and a new number every frame would miss that cache every time). ∞ stays ∞.
pub fn count_time(elapsed_ms: f64) -> f64 {
    if elapsed_ms.is_finite() {
        (elapsed_ms / COUNT_STEP_MS).floor() * COUNT_STEP_MS
    } else {
        elapsed_ms
    }
}

/// The time a chart's mark grows for.
pub const MARK_GROW: Tween = Tween::new(900.0);
/// The pause between marks of one chart.
pub const MARK_STAGGER_MS: f64 = 90.0;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn easing_maps_the_unit_interval_onto_itself_monotonically() {
        assert_eq!(ease_out_cubic(0.0), 0.0);
        assert_eq!(ease_out_cubic(1.0), 1.0);
        assert_eq!(ease_out_cubic(-3.0), 0.0);
        assert_eq!(ease_out_cubic(7.0), 1.0);
        assert_eq!(ease_out_cubic(f64::NAN), 1.0);
        let mut last = 0.0;
        for i in 1..=100 {
            let v = ease_out_cubic(f64::from(i) / 100.0);
            assert!(v > last, "not increasing at {i}");
            last = v;
        }
        assert!(
            ease_out_cubic(0.5) > 0.5,
            "eases out: more than half done at half time"
        );
    }

    #[test]
    fn tweens_wait_run_and_hold() {
        let t = Tween::new(1000.0).delayed(200.0);
        assert_eq!(t.eased(0.0), 0.0);
        assert_eq!(t.eased(200.0), 0.0);
        assert_eq!(t.linear(700.0), 0.5);
        assert_eq!(t.eased(1200.0), 1.0);
        assert_eq!(t.eased(1e9), 1.0);
        assert_eq!(t.end_ms(), 1200.0);
    }

    #[test]
    fn staggering_offsets_each_item() {
        let base = Tween::new(100.0);
        assert_eq!(base.staggered(3, 50.0).delay_ms, 150.0);
        assert_eq!(base.staggered(3, 50.0).end_ms(), 250.0);
    }

    #[test]
    fn counting_time_steps_down_to_whole_steps() {
        assert_eq!(count_time(0.0), 0.0);
        assert_eq!(count_time(31.9), 0.0);
        assert_eq!(count_time(32.0), 32.0);
        assert_eq!(count_time(100.0), 96.0);
        assert_eq!(count_time(f64::INFINITY), f64::INFINITY);
        for k in 0..200 {
            let t = f64::from(k) * COUNT_STEP_MS;
            assert_eq!(count_time(t), t, "a step's own time is exact");
        }
    }

    #[test]
    fn zero_length_tweens_jump() {
        let t = Tween::new(0.0).delayed(10.0);
        assert_eq!(t.eased(9.0), 0.0);
        assert_eq!(t.eased(10.0), 1.0);
    }
}
