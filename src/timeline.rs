//! Where each animation of the widget is in time: a chart or a KPI block waits to be seen, starts
//! on the frame after, and runs to its end; charts of a card start one after another, and so do
//! the counting numbers of the KPI block. Times are frame times in ms, passed in: this module
//! reads no clock.

/// How long after the previous chart of its card a chart starts, in ms.
pub const CHART_STAGGER_MS: f64 = 150.0;
/// How long after the previous tile of the KPI block a number starts counting, in ms.
pub const TILE_STAGGER_MS: f64 = 80.0;

/// Where an animation is on its timeline.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Phase {
    /// Not yet scrolled into view: shows its first frame.
    Waiting,
    /// Seen (or replayed): starts on the next frame.
    Pending,
    /// Started at this frame time, in ms; `-∞` shows the final frame at once.
    Started(f64),
}

/// A final phase from the start: for motion off, reduced motion and `finish()`.
pub const AT_END: Phase = Phase::Started(f64::NEG_INFINITY);

impl Phase {
    /// Time since the start at `now_ms`, starting a pending animation; `None` while waiting.
    pub fn elapsed(&mut self, now_ms: f64) -> Option<f64> {
        match *self {
            Phase::Waiting => None,
            Phase::Pending => {
                *self = Phase::Started(now_ms);
                Some(0.0)
            }
            Phase::Started(start) => Some(now_ms - start),
        }
    }

    /// Whether the animation has been seen (or was never to wait).
    pub fn is_waiting(self) -> bool {
        self == Phase::Waiting
    }
}

/// How long the `index`-th chart of a card waits after the card's start, in ms.
pub fn chart_delay_ms(index_in_section: usize) -> f64 {
    index_in_section as f64 * CHART_STAGGER_MS
}

/// A chart's frame time at `now_ms`: the time since its own start (its card's start less its
/// `delay_ms`), `0` while it waits to be seen or for its turn, and `∞` — its final frame — from
/// `duration_ms` on. Moves `phase` from pending to started.
pub fn chart_frame_time(phase: &mut Phase, delay_ms: f64, duration_ms: f64, now_ms: f64) -> f64 {
    let waiting = phase.is_waiting();
    let local = phase.elapsed(now_ms).map_or(0.0, |e| e - delay_ms);
    if !waiting && local >= duration_ms {
        f64::INFINITY
    } else {
        local.max(0.0)
    }
}

/// Whether a chart at frame time `frame_ms` is done: it shows its final frame.
pub fn is_done(frame_ms: f64) -> bool {
    frame_ms == f64::INFINITY
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chart_waits_then_starts_on_the_next_frame_and_ends_at_its_duration() {
        let mut phase = Phase::Waiting;
        assert_eq!(chart_frame_time(&mut phase, 0.0, 900.0, 5_000.0), 0.0);
        assert_eq!(phase, Phase::Waiting);
        phase = Phase::Pending;
        assert_eq!(chart_frame_time(&mut phase, 0.0, 900.0, 6_000.0), 0.0);
        assert_eq!(phase, Phase::Started(6_000.0));
        assert_eq!(chart_frame_time(&mut phase, 0.0, 900.0, 6_450.0), 450.0);
        assert!(is_done(chart_frame_time(&mut phase, 0.0, 900.0, 6_900.0)));
    }

    #[test]
    fn charts_of_a_card_start_one_after_another() {
        let mut phase = Phase::Started(1_000.0);
        let second = chart_delay_ms(1);
        assert_eq!(second, CHART_STAGGER_MS);
        // Before its turn it shows its first frame, then runs its own time.
        assert_eq!(chart_frame_time(&mut phase, second, 900.0, 1_100.0), 0.0);
        assert_eq!(chart_frame_time(&mut phase, second, 900.0, 1_250.0), 100.0);
        assert!(is_done(chart_frame_time(
            &mut phase,
            second,
            900.0,
            1_000.0 + second + 900.0
        )));
    }

    #[test]
    fn at_end_is_the_final_frame_at_once() {
        let mut phase = AT_END;
        assert!(is_done(chart_frame_time(&mut phase, 300.0, 900.0, 0.0)));
        assert!(!AT_END.is_waiting());
    }
}
