//! The KPI tiles' numbers, counting up to their figures as DOM text, a section's together.

use super::{Counter, CounterGroup, Instance};
use crate::anim::{count_time, COUNT_UP};
use crate::format;
use crate::timeline::{Phase, TILE_STAGGER_MS};
use crate::web::dom::CounterView;

/// The counters of `views` (in page order), in a group per section, each group at `start`.
pub(super) fn counter_groups(views: Vec<CounterView>, start: Phase) -> Vec<CounterGroup> {
    let mut groups: Vec<CounterGroup> = Vec::new();
    for view in views {
        if groups.last().is_none_or(|g| g.section != view.section) {
            groups.push(CounterGroup {
                section: view.section,
                list: view.list.clone(),
                phase: start,
                counters: Vec::new(),
            });
        }
        if let Some(group) = groups.last_mut() {
            let tween = COUNT_UP.staggered(group.counters.len(), TILE_STAGGER_MS);
            group.counters.push(Counter {
                view,
                tween,
                shown: String::new(),
                counted: f64::NAN,
            });
        }
    }
    groups
}

impl Instance {
    /// Sets every counter to its number at `now_ms`. Returns whether any still counts, and
    /// whether all show their final values.
    pub(super) fn count(&mut self, now_ms: f64) -> (bool, bool) {
        let mut moving = false;
        let mut all_final = true;
        for group in &mut self.groups {
            let elapsed = group.phase.elapsed(now_ms).unwrap_or(0.0);
            for counter in &mut group.counters {
                let figure =
                    &self.report.sections[counter.view.section].figures[counter.view.figure];
                let done = elapsed >= counter.tween.end_ms();
                // A step at a time, as the charts' numbers count (the final value once done).
                let counted = counter
                    .tween
                    .eased(if done { elapsed } else { count_time(elapsed) });
                if counted != counter.counted {
                    counter.counted = counted;
                    let number = format::figure(figure, self.lang, counted).number;
                    if number != counter.shown {
                        counter.view.number.set_text_content(Some(&number));
                        counter.shown = number;
                    }
                }
                moving |= group.phase != Phase::Waiting && !done;
                all_final &= done;
            }
        }
        (moving, all_final)
    }
}
