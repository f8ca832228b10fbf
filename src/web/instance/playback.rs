//! When a widget's animations play: as charts and counters come into view, again on a replay
//! button, or not at all (`finish()` shows the final values).

use wasm_bindgen::JsCast;
use web_sys::Element;

use super::Instance;
use crate::timeline::{Phase, AT_END};

impl Instance {
    /// The elements whose first appearance starts an animation.
    pub fn reveal_targets(&self) -> Vec<Element> {
        let canvases = self
            .charts
            .iter()
            .map(|c| c.slot.canvas.clone().unchecked_into());
        self.groups
            .iter()
            .map(|g| g.list.clone())
            .chain(canvases)
            .collect()
    }

    /// Starts the animations of `targets`, which came into view.
    pub fn reveal(&mut self, targets: &[Element]) {
        for target in targets {
            for group in &mut self.groups {
                if group.phase == Phase::Waiting && &group.list == target {
                    group.phase = Phase::Pending;
                }
            }
            for chart in &mut self.charts {
                if chart.phase == Phase::Waiting
                    && chart.slot.canvas.unchecked_ref::<Element>() == target
                {
                    chart.phase = Phase::Pending;
                }
            }
        }
    }

    /// Shows everything at its final value on the next frame.
    pub fn finish(&mut self) {
        self.show_all_parts();
        for group in &mut self.groups {
            group.phase = AT_END;
        }
        for chart in &mut self.charts {
            chart.phase = AT_END;
        }
    }

    /// Plays the animations of section `section` again.
    pub(super) fn replay(&mut self, section: usize) {
        if !self.animate {
            return;
        }
        for group in self.groups.iter_mut().filter(|g| g.section == section) {
            group.phase = Phase::Pending;
        }
        for chart in self.charts.iter_mut().filter(|c| c.slot.section == section) {
            chart.phase = Phase::Pending;
        }
        self.tooltip.hide();
    }
}
