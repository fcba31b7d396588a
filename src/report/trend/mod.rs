//! The trend's report: its blocks (laid out as text, markdown and HTML by
//! `report/layout`) and `json`, plus the chart as
//! terminal text (`chart.rs`) and as an SVG picture (`svg.rs`). `words.rs`
//! turns the trend's findings into the content's sentences. Every form ends
//! with the consult text.

pub mod chart;
pub mod json;
pub mod svg;
mod words;

use std::io;

use super::blocks::{Block, Kind, On, Part, Section, Tone};
use super::{Document, Labels, RenderOptions, layout};
use crate::content::{SafetyNet, ShownTier, TrendSpec};
use crate::journal::trend::{Trend, TrendVerdict};
use crate::words::{t, ta};

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

impl TrendReport<'_> {
    /// The report, once, as blocks: the verdict, the chart (as wide as
    /// `width`, or an SVG picture too), the own rating, the check-ins (a
    /// table on paper, the after-effects at the terminal), why, what to do
    /// next, references on paper, the "get help at once" list, and the
    /// consult text.
    fn blocks(&self, o: &RenderOptions, width: Option<usize>, picture: bool) -> Vec<Block> {
        let t_ = self.trend;
        let (title, summary) = self.verdict();
        let mut out = vec![Block::Title {
            text: self.spec.title(),
            meta: ta(
                "report-date",
                &[("date", crate::words::long_date(&o.date).into())],
            ),
        }];
        out.extend(super::blocks::unreviewed());
        out.push(Block::Section(Section {
            kind: if t_.verdict == TrendVerdict::Urgent {
                Kind::Urgent
            } else {
                Kind::Verdict
            },
            heading: Some(ta("report-verdict", &[("verdict", title.into())])),
            tone: match t_.verdict {
                TrendVerdict::Urgent | TrendVerdict::SeeDoctor | TrendVerdict::Worse => {
                    Tone::Urgent
                }
                TrendVerdict::Improving => Tone::Good,
                TrendVerdict::NotEnoughData | TrendVerdict::NoMeaningfulChange => Tone::Strong,
            },
            parts: vec![Part::Text(summary)],
            on: On::All,
        }));
        let mut chart = vec![Part::Chart {
            lines: chart::lines(t_, self.spec, width),
            svg: picture.then(|| {
                (
                    svg::figure(t_, self.spec),
                    self.spec.chart("svg_heading", &[]),
                )
            }),
        }];
        if let Some(rating) = self.rating_line() {
            chart.push(Part::Text(rating));
        }
        out.push(Block::Section(Section {
            kind: Kind::Plain,
            heading: None,
            tone: Tone::Strong,
            parts: chart,
            on: On::All,
        }));
        if !t_.checkins.is_empty() {
            out.push(Block::Section(Section {
                kind: Kind::Plain,
                heading: None,
                tone: Tone::Strong,
                parts: vec![checkins_table(&t_.checkins, self.labels)],
                on: On::Paper,
            }));
        }
        let noted: Vec<String> = t_
            .checkins
            .iter()
            .filter(|c| !c.side_effects.is_empty())
            .map(|c| {
                ta(
                    "report-after-effects-on",
                    &[
                        ("date", c.date.to_string().into()),
                        (
                            "effects",
                            self.labels.after_effects(&c.side_effects, "; ").into(),
                        ),
                    ],
                )
            })
            .collect();
        if !noted.is_empty() {
            out.push(Block::Section(
                Section::new(
                    self.spec.chart("after_effects", &[]),
                    vec![Part::List(noted)],
                )
                .on(On::Terminal),
            ));
        }
        out.push(Block::Section(Section::new(
            t("report-why"),
            vec![Part::List(self.reasons())],
        )));
        out.push(Block::Section(Section::new(
            t("report-next"),
            vec![Part::List(self.advice())],
        )));
        if !self.references.is_empty() {
            out.push(Block::Section(
                Section::new(
                    t("report-references"),
                    vec![Part::References(self.references.to_vec())],
                )
                .on(On::Paper),
            ));
        }
        out.extend(super::assessment::safety_net(&self.safety_net()));
        out.push(Block::Consult(self.consult.to_owned()));
        out
    }
}

/// The check-ins as a table.
pub(crate) fn checkins_table(
    checkins: &[crate::journal::record::CheckIn],
    labels: &Labels,
) -> Part {
    let yes_no = |b: Option<bool>| match b {
        Some(true) => t("report-yes"),
        Some(false) => t("report-no"),
        None => String::new(),
    };
    Part::Table {
        header: [
            "column-date",
            "column-pain",
            "column-activity",
            "column-rating",
            "column-massage",
            "column-urgent",
            "column-after-effects",
        ]
        .iter()
        .map(|id| t(id))
        .collect(),
        rows: checkins
            .iter()
            .map(|c| {
                vec![
                    c.date.to_string(),
                    c.pain.to_string(),
                    c.activity_limits.to_string(),
                    c.global_change
                        .as_deref()
                        .map(|g| labels.global_change(g))
                        .unwrap_or_default(),
                    yes_no(c.had_massage),
                    if c.urgent {
                        t("report-yes")
                    } else {
                        String::new()
                    },
                    labels.after_effects(&c.side_effects, "; "),
                ]
            })
            .collect(),
    }
}

impl Document for TrendReport<'_> {
    fn html(&self, o: &RenderOptions, out: &mut Vec<u8>) -> Result<(), super::RenderError> {
        out.extend(layout::html::write(&self.blocks(o, None, true)).into_bytes());
        Ok(())
    }

    fn text(&self, o: &RenderOptions, out: &mut Vec<u8>) -> io::Result<()> {
        layout::text::write(&self.blocks(o, Some(o.width), false), o, out)
    }

    fn markdown(&self, o: &RenderOptions, out: &mut Vec<u8>) -> io::Result<()> {
        layout::markdown::write(&self.blocks(o, None, false), o, out)
    }

    fn json(&self, out: &mut Vec<u8>) -> io::Result<()> {
        json::render(self, out)
    }
}
