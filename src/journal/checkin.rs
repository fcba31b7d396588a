//! A check-in's answers, read through the roles its content names: the
//! record the journal keeps, the status (urgent, stop and get checked, tell
//! your therapist, saved) and the advice that goes with it. Pure.

use jiff::civil::Date;

use super::record::CheckIn;
use crate::answer::Answers;
use crate::content::{CheckInSpec, FactorKind, Questionnaire, ShownTier, Status};
use crate::rules::{self, Evaluation};

/// What a check-in comes to.
#[derive(Debug, Clone, PartialEq)]
pub struct Review {
    /// How urgent it is.
    pub status: Status,
    /// The factors scored for the answers.
    pub evaluation: Evaluation,
    /// Next steps, most important first.
    pub advice: Vec<String>,
    /// The "get help at once" list; empty when the status is urgent.
    pub safety_net: Vec<ShownTier>,
    /// The row to keep; `None` when pain or activity limits were not given
    /// (the person stopped at an urgent message before them).
    pub record: Option<CheckIn>,
}

/// The starting point a check-in is compared with at once: its pain and,
/// when known, its activity limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Start {
    /// Pain, 0-10.
    pub pain: u8,
    /// Activity limits, 0-10.
    pub activity: Option<u8>,
}

/// Points above the starting point, or a score out of 10, from which a
/// check-in is much worse.
const MUCH_WORSE_RISE: u8 = 3;
pub(crate) const MUCH_WORSE_SCORE: u8 = 8;

/// Whether pain or activity limits are much worse: 3 or more points above
/// the starting point, or 8 or more out of 10.
pub fn much_worse(pain: u8, activity: u8, start: Option<Start>) -> bool {
    let rose =
        |now: u8, then: Option<u8>| then.is_some_and(|t| now >= t.saturating_add(MUCH_WORSE_RISE));
    pain >= MUCH_WORSE_SCORE
        || activity >= MUCH_WORSE_SCORE
        || rose(pain, start.map(|s| s.pain))
        || rose(activity, start.and_then(|s| s.activity))
}

/// Reviews a check-in's answers for the week of `date`, against the
/// starting point when there is one.
pub fn review(
    q: &Questionnaire,
    spec: &CheckInSpec,
    answers: &Answers,
    date: Date,
    start: Option<Start>,
) -> Review {
    let evaluation = rules::evaluate(q, answers);
    let r = &spec.roles;
    let a = &evaluation.used;
    let scale = |id: &str| a.int(id).and_then(|n| u8::try_from(n).ok());
    let worse = match (scale(&r.pain), scale(&r.activity_limits)) {
        (Some(pain), Some(activity)) => much_worse(pain, activity, start),
        _ => false,
    };
    let status = match evaluation.strongest() {
        Some(FactorKind::Emergency) => Status::Urgent,
        Some(FactorKind::RedFlag) => Status::StopAndGetChecked,
        _ if worse => Status::MuchWorse,
        Some(_) => Status::TellYourTherapist,
        None => Status::Saved,
    };
    let advice = rules::advice(q, &evaluation, &spec.statuses.get(status).advice);
    // The questions whose answers are warning signs, to name them later.
    let signs: Vec<String> = crate::flow::in_order(q, a)
        .filter(|(question, answer)| {
            question.effects.iter().any(|e| {
                e.applies(answer, a)
                    && matches!(
                        q.factors[e.factor_index].kind,
                        FactorKind::Emergency | FactorKind::RedFlag
                    )
            })
        })
        .map(|(question, _)| question.id.clone())
        .collect();
    // The loader makes sure the urgent questions are exactly those whose
    // "yes" triggers an emergency, so this agrees with the status.
    let urgent = r.urgent.iter().any(|id| a.bool(id) == Some(true));
    let record = (|| {
        Some(CheckIn {
            date,
            pain: scale(&r.pain)?,
            activity_limits: scale(&r.activity_limits)?,
            had_massage: a.bool(&r.had_massage),
            massage_minutes: r.massage_minutes.as_deref().and_then(|id| a.int(id)),
            massage_kind: r
                .massage_kind
                .as_deref()
                .and_then(|id| a.choice(id))
                .map(str::to_owned),
            side_effects: a.multi(&r.after_effects).to_vec(),
            warning_signs: r.warning_signs.as_deref().and_then(|id| a.bool(id)),
            global_change: r
                .global_change
                .as_ref()
                .and_then(|g| a.choice(&g.question))
                .map(str::to_owned),
            urgent,
            status: Some(status.as_str().to_owned()),
            signs,
        })
    })();
    let triggered: Vec<&str> = evaluation
        .factors
        .iter()
        .filter(|f| f.triggered)
        .map(|f| f.id.as_str())
        .collect();
    let safety_net = if status == Status::Urgent {
        Vec::new()
    } else {
        q.safety_net.shown(&triggered)
    };
    Review {
        status,
        evaluation,
        advice,
        safety_net,
        record,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::Answer;

    const CHECKIN: &str = include_str!("../../tests/fixtures/content/checkin-engine.toml");

    fn run(changes: &[(&str, Answer)]) -> Review {
        let q = crate::content::load_test("checkin-engine", CHECKIN).expect("fixture is valid");
        let mut a = Answers::default();
        a.insert("hurt", Answer::Int(4));
        a.insert("limits", Answer::Int(3));
        a.insert("alarm", Answer::Bool(false));
        a.insert("massaged", Answer::Bool(false));
        for (id, v) in changes {
            a.insert(id, v.clone());
        }
        review(
            &q,
            q.checkin().expect("a check-in"),
            &a,
            Date::constant(2026, 11, 20),
            None,
        )
    }

    fn effects(v: &[&str]) -> (&'static str, Answer) {
        (
            "effects",
            Answer::Multi(v.iter().map(|s| (*s).to_owned()).collect()),
        )
    }

    #[test]
    fn a_calm_week_is_saved_with_its_roles_read() {
        let r = run(&[]);
        assert_eq!(r.status, Status::Saved);
        let c = r.record.expect("record");
        assert_eq!(
            (c.pain, c.activity_limits, c.had_massage, c.urgent),
            (4, 3, Some(false), false)
        );
        assert!(r.advice.is_empty());
    }

    #[test]
    fn a_massage_week_keeps_minutes_kind_and_after_effects() {
        let r = run(&[
            ("massaged", Answer::Bool(true)),
            ("minutes", Answer::Int(45)),
            ("style", Answer::Choice("soft".into())),
            effects(&["sore"]),
        ]);
        assert_eq!(r.status, Status::TellYourTherapist);
        let c = r.record.expect("record");
        assert_eq!(c.massage_minutes, Some(45));
        assert_eq!(c.massage_kind.as_deref(), Some("soft"));
        assert_eq!(c.side_effects, ["sore"]);
        assert_eq!(r.advice, ["Ask: After-effects.", "Tell the therapist."]);
    }

    #[test]
    fn statuses_follow_the_most_urgent_factor() {
        let numb = run(&[("massaged", Answer::Bool(true)), effects(&["sore", "numb"])]);
        assert_eq!(numb.status, Status::StopAndGetChecked);
        assert_eq!(
            numb.advice,
            [
                "Soon: Numbness.",
                "Ask: After-effects.",
                "Stop and see a doctor.",
                "Tell the therapist.",
                "Book a visit."
            ]
        );
        let urgent = run(&[("alarm", Answer::Bool(true)), effects(&["numb"])]);
        assert_eq!(urgent.status, Status::Urgent);
        assert!(urgent.record.expect("record").urgent);
        assert_eq!(
            urgent.advice,
            ["Now: Alarm.", "Call for help now.", "Call now."]
        );
        assert!(urgent.safety_net.is_empty());
    }

    #[test]
    fn without_pain_or_limits_nothing_is_kept() {
        let q = crate::content::load_test("checkin-engine", CHECKIN).expect("fixture is valid");
        let mut a = Answers::default();
        a.insert("alarm", Answer::Bool(true));
        let r = review(
            &q,
            q.checkin().expect("a check-in"),
            &a,
            Date::constant(2026, 11, 20),
            None,
        );
        assert_eq!(r.status, Status::Urgent);
        assert_eq!(r.record, None);
    }
}
