//! The trend's report: `text`, `markdown` and `json`, plus the chart as
//! terminal text (`chart.rs`) and as an SVG picture (`svg.rs`). `words.rs`
//! turns the trend's findings into the content's sentences. Every form ends
//! with the consult text.

pub mod chart;
mod html;
pub mod json;
mod markdown;
pub mod svg;
mod text;
mod words;

use std::io;

use super::{Document, Labels, RenderOptions};
use crate::content::{SafetyNet, ShownTier, TrendSpec};
use crate::journal::trend::Trend;

/// A trend, ready to print: the numbers and the content's words.
pub struct TrendReport<'a> {
    /// The trend.
    pub trend: &'a Trend,
    /// The trend's words and thresholds (from the check-in content).
    pub spec: &'a TrendSpec,
    /// The consult-a-professional text.
    pub consult: &'a str,
    /// Words for the ids the check-ins keep.
    pub labels: &'a Labels,
    /// The "get help at once" list (from the check-in content).
    pub safety_net: &'a SafetyNet,
    /// The region whose words are used, when known.
    pub region: Option<&'a str>,
    /// What the yardsticks rely on (from the check-in content).
    pub references: &'a [crate::content::Reference],
}

impl TrendReport<'_> {
    /// The verdict's title and summary, naming its real reason.
    pub fn verdict(&self) -> (String, String) {
        words::verdict(self.spec, self.labels, self.trend)
    }

    /// The "Why" list, in words.
    pub fn reasons(&self) -> Vec<String> {
        self.trend
            .findings
            .iter()
            .map(|f| words::reason(self.spec, self.labels, f))
            .collect()
    }

    /// The latest own rating of change, in the content's words: "Your own
    /// rating (2026-11-05): A little better".
    pub fn rating_line(&self) -> Option<String> {
        let (date, value) = self.trend.global_change.as_ref()?;
        Some(self.spec.chart(
            "rating",
            &[
                ("date", date.to_string().into()),
                ("rating", self.labels.global_change(value).into()),
            ],
        ))
    }

    /// The "get help at once" list, unless the trend is urgent (whose whole
    /// message is getting help).
    pub fn safety_net(&self) -> Vec<ShownTier> {
        if self.trend.verdict == crate::journal::trend::TrendVerdict::Urgent {
            Vec::new()
        } else {
            self.safety_net.shown(&[])
        }
    }

    /// The "What to do next" list, in words.
    pub fn advice(&self) -> Vec<String> {
        self.trend
            .advice
            .iter()
            .map(|a| words::advice(self.spec, *a))
            .collect()
    }
}

impl Document for TrendReport<'_> {
    fn html(&self, o: &RenderOptions, out: &mut Vec<u8>) -> Result<(), super::RenderError> {
        out.extend(html::render(self, o).into_bytes());
        Ok(())
    }

    fn text(&self, o: &RenderOptions, out: &mut Vec<u8>) -> io::Result<()> {
        text::render(self, o, out)
    }

    fn markdown(&self, o: &RenderOptions, out: &mut Vec<u8>) -> io::Result<()> {
        markdown::render(self, o, out)
    }

    fn json(&self, out: &mut Vec<u8>) -> io::Result<()> {
        json::render(self, out)
    }
}
