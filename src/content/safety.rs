//! The safety net: the two-tier get-help-at-once list, and what each
//! disposition (when and where) means in words. One file is shared by every
//! questionnaire that does not give its own (`content/safety-net.toml`); the
//! words are messages of its `.ftl` file: `tier-<when>`, `sign-<id>`, and
//! `disposition-<when>-<where>` with `.advice`.

use std::ops::Range;

use super::diagnostic::{Diagnostic, Problem};
use super::error::ContentError;
use super::lang::ContentWords;
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

/// A disposition's id in messages: `disposition-today-urgent-care`.
pub fn disposition_id(d: Disposition) -> String {
    format!(
        "disposition-{}-{}",
        d.when.as_str().replace('_', "-"),
        d.place.as_str().replace('_', "-")
    )
}

/// Converts a raw safety net, its words from `words` (the tiers' and signs'
/// words already filled in when it came with a questionnaire), with every
/// problem found and its place.
pub(super) fn convert(
    raw: &RawSafetyNet,
    span: Range<usize>,
    words: &ContentWords,
) -> (SafetyNet, Vec<Found>) {
    let mut problems = Vec::new();
    let mut tiers = Vec::new();
    let file = words.files.first().cloned().unwrap_or_default();
    let mut word = |id: String, at: &Range<usize>| {
        words.get(&id, &[]).unwrap_or_else(|| {
            problems.push((
                at.clone(),
                Problem::MissingWords {
                    what: "the safety net".into(),
                    id: id.clone(),
                    file: file.clone(),
                },
            ));
            id
        })
    };
    let mut timings = Vec::new();
    for t in &raw.tiers {
        let when = *t.when.get_ref();
        timings.push((t.when.span(), when));
        let at = t.when.span();
        let title = if t.title.is_empty() {
            word(format!("tier-{}", when.as_str().replace('_', "-")), &at)
        } else {
            t.title.clone()
        };
        let items = t
            .items
            .iter()
            .map(|i| SafetyItem {
                text: if i.text.is_empty() {
                    word(format!("sign-{}", i.id), &at)
                } else {
                    i.text.clone()
                },
                factors: i.factors.iter().map(|f| f.get_ref().clone()).collect(),
            })
            .collect::<Vec<_>>();
        tiers.push(SafetyTier {
            when,
            title: title.trim().to_owned(),
            items,
        });
    }
    for (at, when) in timings {
        if !matches!(when, Timing::Now | Timing::Today) {
            problems.push((
                at,
                Problem::TierTiming {
                    when: when.as_str(),
                },
            ));
        }
    }
    if tiers.is_empty() || tiers.iter().any(|t| t.items.is_empty()) {
        problems.push((span, Problem::EmptyText { key: "safety_net" }));
    }
    // The words of every disposition the words file has.
    let mut dispositions = Vec::new();
    for when in Timing::ALL {
        for place in Place::ALL {
            let disposition = Disposition { when, place };
            let id = disposition_id(disposition);
            let Some(headline) = words.get(&id, &[]) else {
                continue;
            };
            dispositions.push(DispositionWords {
                disposition,
                headline: headline.trim().to_owned(),
                // `{topics}` is filled when the report is written.
                advice: words
                    .attr(&id, "advice", &[("topics", "{topics}".into())])
                    .map(|a| Template(a.trim().to_owned())),
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

/// Reads and checks a safety-net file on its own (for `backcheck check`),
/// with its words: every problem with its place.
pub fn load_str(name: &str, src: &str, words: &ContentWords) -> Result<SafetyNet, ContentError> {
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
    let (net, problems) = convert(&raw, 0..0, words);
    if problems.is_empty() {
        Ok(net)
    } else {
        Err(invalid(problems))
    }
}

/// The shared safety net, in the run's language and region. A test holds
/// the shipped file and its words valid.
pub fn shipped() -> SafetyNet {
    shipped_in(crate::words::lang())
}

/// The shared safety net in a language, in the run's region.
pub fn shipped_in(lang: &crate::words::Lang) -> SafetyNet {
    let words = ContentWords::shipped("safety-net", lang)
        .with_args(&super::region::current().words(lang).args());
    match toml::from_str::<RawSafetyNet>(SAFETY_NET) {
        Ok(raw) => convert(&raw, 0..0, &words).0,
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
        let words = ContentWords::shipped("safety-net", &crate::words::Lang::english());
        let (net, problems) = convert(&raw, 0..0, &words);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            net.tiers.iter().map(|t| t.when).collect::<Vec<_>>(),
            [Timing::Now, Timing::Today]
        );
    }
}
