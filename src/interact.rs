//! Pointer and keyboard over a chart's marks, without the browser: which mark a point hits, and
//! which mark a key moves the focus to. Coordinates are scene px (CSS px over the zoom).

use crate::scene::Mark;

/// The first mark whose hit area contains (`x`, `y`), if any.
pub fn hit_test(marks: &[Mark], x: f64, y: f64) -> Option<usize> {
    marks.iter().position(|m| {
        let [mx, my, mw, mh] = m.hit;
        x >= mx && x <= mx + mw && y >= my && y <= my + mh
    })
}

/// What a key does on a focused chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyAction {
    /// Show this mark's tooltip.
    Show(usize),
    /// Close the tooltip.
    Close,
    /// Nothing: the key is not the chart's.
    Ignore,
}

/// The action of `key` (a `KeyboardEvent.key`) on a chart of `count` marks whose tooltip shows
/// mark `current`, if any: arrows step through the marks and wrap, Home and End go to the first
/// and last, Escape closes. A first arrow shows the first mark.
pub fn key_action(key: &str, current: Option<usize>, count: usize) -> KeyAction {
    if count == 0 {
        return if key == "Escape" {
            KeyAction::Close
        } else {
            KeyAction::Ignore
        };
    }
    match key {
        "ArrowRight" | "ArrowDown" => KeyAction::Show(current.map_or(0, |i| (i + 1) % count)),
        "ArrowLeft" | "ArrowUp" => KeyAction::Show(current.map_or(0, |i| (i + count - 1) % count)),
        "Home" => KeyAction::Show(0),
        "End" => KeyAction::Show(count - 1),
        "Escape" => KeyAction::Close,
        _ => KeyAction::Ignore,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(hit: [f64; 4]) -> Mark {
        Mark {
            figure_id: "f".into(),
            rect: hit,
            hit,
        }
    }

    #[test]
    fn a_point_hits_the_first_mark_that_contains_it() {
        let marks = [
            mark([0.0, 0.0, 100.0, 50.0]),
            mark([0.0, 50.0, 100.0, 50.0]),
        ];
        assert_eq!(hit_test(&marks, 10.0, 10.0), Some(0));
        assert_eq!(hit_test(&marks, 10.0, 75.0), Some(1));
        // An edge belongs to the first mark that has it.
        assert_eq!(hit_test(&marks, 100.0, 50.0), Some(0));
        assert_eq!(hit_test(&marks, 101.0, 10.0), None);
        assert_eq!(hit_test(&[], 0.0, 0.0), None);
    }

    #[test]
    fn keys_step_through_the_marks_and_wrap() {
        assert_eq!(key_action("ArrowRight", None, 3), KeyAction::Show(0));
        assert_eq!(key_action("ArrowDown", Some(0), 3), KeyAction::Show(1));
        assert_eq!(key_action("ArrowRight", Some(2), 3), KeyAction::Show(0));
        assert_eq!(key_action("ArrowLeft", Some(0), 3), KeyAction::Show(2));
        assert_eq!(key_action("ArrowUp", None, 3), KeyAction::Show(0));
        assert_eq!(key_action("Home", Some(2), 3), KeyAction::Show(0));
        assert_eq!(key_action("End", None, 3), KeyAction::Show(2));
        assert_eq!(key_action("Escape", Some(1), 3), KeyAction::Close);
        assert_eq!(key_action("a", Some(1), 3), KeyAction::Ignore);
        assert_eq!(key_action("ArrowRight", None, 0), KeyAction::Ignore);
        assert_eq!(key_action("Escape", None, 0), KeyAction::Close);
    }
}
