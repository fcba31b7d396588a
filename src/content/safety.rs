//! The safety net: what each disposition (when and where) means in words,
//! and the two-tier get-help-at-once list. One file is shared by every
//! questionnaire that does not give its own (`content/safety-net.toml`).

use std::ops::Range;

use super::diagnostic::{Diagnostic, Problem};
use super::error::ContentError;
use super::model::{
    Disposition, DispositionWords, Factor, Place, SafetyItem, SafetyNet, SafetyTier, Timing,
};
use super::purpose::Template;
use super::raw::RawSafetyNet;

/// The shared safety net shipped inside the binary.
pub const SAFETY_NET: &str = include_str!("../../content/safety-net.toml");

/// The name the shared safety net is reported under in messages.
pub const SAFETY_NET_NAME: &str = "content/safety-net.toml";

/// A problem and where it is.
type Found = (Range<usize>, Problem);

/// Converts a raw safety net, with every problem found and its place.
pub(super) fn convert(raw: &RawSafetyNet, span: Range<usize>) -> (SafetyNet, Vec<Found>) {
    let mut problems = Vec::new();
    let mut tiers = Vec::new();
    for t in &raw.tiers {
        let when = *t.when.get_ref();
        if !matches!(when, Timing::Now | Timing::Today) {
            problems.push((
                t.when.span(),
                Problem::TierTiming {
                    when: when.as_str(),
                },
            ));
        }
        let empty = t.title.trim().is_empty()
            || t.items.is_empty()
            || t.items.iter().any(|i| i.text.trim().is_empty());
        if empty {
            problems.push((t.when.span(), Problem::EmptyText { key: "safety_net" }));
        }
        tiers.push(SafetyTier {
            when,
            title: t.title.trim().to_owned(),
            items: t
                .items
                .iter()
                .map(|i| SafetyItem {
                    text: i.text.trim().to_owned(),
                    factors: i.factors.iter().map(|f| f.get_ref().clone()).collect(),
                })
                .collect(),
        });
    }
    if tiers.is_empty() {
        problems.push((span.clone(), Problem::EmptyText { key: "safety_net" }));
    }
    let mut dispositions = Vec::new();
    for (when_key, places) in raw.dispositions.get_ref() {
        let when = Timing::ALL.into_iter().find(|t| t.as_str() == when_key);
        for (place_key, words) in places {
            let place = Place::ALL.into_iter().find(|p| p.as_str() == place_key);
            let (Some(when), Some(place)) = (when, place) else {
                problems.push((
                    words.span(),
                    Problem::UnknownDisposition {
                        key: format!("{when_key}.{place_key}"),
                    },
                ));
                continue;
            };
            let w = words.get_ref();
            if w.headline.trim().is_empty() {
                problems.push((words.span(), Problem::EmptyText { key: "headline" }));
            }
            dispositions.push(DispositionWords {
                disposition: Disposition { when, place },
                headline: w.headline.trim().to_owned(),
                advice: w.advice.as_ref().map(|a| Template(a.trim().to_owned())),
            });
        }
    }
    (
        SafetyNet {
            tiers,
            dispositions,
        },
        problems,
    )
}

/// Reads and checks a safety-net file on its own (for `backcheck check`):
/// every problem with its place.
pub fn load_str(name: &str, src: &str) -> Result<SafetyNet, ContentError> {
    let body = src.strip_prefix('\u{feff}').unwrap_or(src);
    let offset = src.len() - body.len();
    let invalid = |found: Vec<Found>| ContentError::Invalid {
        path: name.to_owned(),
        source_text: src.to_owned(),
        diagnostics: found
            .into_iter()
            .map(|(span, problem)| Diagnostic {
                span: span.start + offset..span.end + offset,
                problem,
            })
            .collect(),
    };
    let raw: RawSafetyNet = toml::from_str(body).map_err(|e| {
        invalid(vec![(
            e.span().unwrap_or(0..0),
            Problem::Shape {
                message: e.message().trim_end().to_owned(),
            },
        )])
    })?;
    let (net, problems) = convert(&raw, 0..0);
    if problems.is_empty() {
        Ok(net)
    } else {
        Err(invalid(problems))
    }
}

/// The shared safety net. A test holds the shipped file valid.
pub fn shipped() -> SafetyNet {
    match toml::from_str::<RawSafetyNet>(SAFETY_NET) {
        Ok(raw) => convert(&raw, 0..0).0,
        Err(_) => SafetyNet {
            tiers: Vec::new(),
            dispositions: Vec::new(),
        },
    }
}

/// What a safety net must say for these factors: words for the disposition
/// of every warning factor (with an advice line), and no item under a tier
/// whose timing differs from that of a factor it names. Each problem is
/// given with the factor it is about.
pub(super) fn mismatches(net: &SafetyNet, factors: &[Factor]) -> Vec<(String, Problem)> {
    let mut out = Vec::new();
    for f in factors {
        if f.kind == super::model::FactorKind::Benefit {
            continue;
        }
        let words = net.words(f.disposition);
        if words.is_none_or(|w| w.advice.is_none()) {
            out.push((
                f.id.clone(),
                Problem::NoDispositionWords {
                    factor: f.id.clone(),
                    key: format!(
                        "{}.{}",
                        f.disposition.when.as_str(),
                        f.disposition.place.as_str()
                    ),
                },
            ));
        }
        for tier in &net.tiers {
            let listed = tier.items.iter().any(|i| i.factors.contains(&f.id));
            if listed && tier.when != f.disposition.when {
                out.push((
                    f.id.clone(),
                    Problem::TierDisagrees {
                        factor: f.id.clone(),
                        factor_when: f.disposition.when.as_str(),
                        tier_when: tier.when.as_str(),
                    },
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_safety_net_is_valid() {
        let raw: RawSafetyNet = toml::from_str(SAFETY_NET).expect("shipped safety net reads");
        let (net, problems) = convert(&raw, 0..0);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            net.tiers.iter().map(|t| t.when).collect::<Vec<_>>(),
            [Timing::Now, Timing::Today]
        );
    }
}
