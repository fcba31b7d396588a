//! Turns answers into an assessment: factors, verdict, reasons and advice.
//!
//! Pure: no I/O, no clock, no environment. The verdict follows a strict order
//! that nothing can outweigh: any emergency factor gives `emergency`; else any
//! red flag gives `see_doctor_first`; else any caution gives
//! `check_with_professional`; only then do benefit points decide between
//! `likely_to_help`, `may_help` and `unlikely_to_help`.

use crate::answers::{self, Answer, Answers};
use crate::content::{FactorKind, Level, Questionnaire, Reference, VerdictText};
use crate::flow;

/// The six verdicts, from most to least urgent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum VerdictId {
    /// Get help now.
    Emergency,
    /// See a doctor before trying massage.
    SeeDoctorFirst,
    /// Massage may be possible; check with a professional first.
    CheckWithProfessional,
    /// Several things massage may help with.
    LikelyToHelp,
    /// Some things massage may help with.
    MayHelp,
    /// Little that massage is known to help with.
    UnlikelyToHelp,
}

impl VerdictId {
    /// Every verdict, most urgent first.
    pub const ALL: [VerdictId; 6] = [
        VerdictId::Emergency,
        VerdictId::SeeDoctorFirst,
        VerdictId::CheckWithProfessional,
        VerdictId::LikelyToHelp,
        VerdictId::MayHelp,
        VerdictId::UnlikelyToHelp,
    ];

    /// The id used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            VerdictId::Emergency => "emergency",
            VerdictId::SeeDoctorFirst => "see_doctor_first",
            VerdictId::CheckWithProfessional => "check_with_professional",
            VerdictId::LikelyToHelp => "likely_to_help",
            VerdictId::MayHelp => "may_help",
            VerdictId::UnlikelyToHelp => "unlikely_to_help",
        }
    }

    /// Whether massage is still on the table with this verdict (perhaps after a check).
    pub fn allows_massage(self) -> bool {
        !matches!(self, VerdictId::Emergency | VerdictId::SeeDoctorFirst)
    }

    fn text(self, q: &Questionnaire) -> &VerdictText {
        let v = &q.verdicts;
        match self {
            VerdictId::Emergency => &v.emergency,
            VerdictId::SeeDoctorFirst => &v.see_doctor_first,
            VerdictId::CheckWithProfessional => &v.check_with_professional,
            VerdictId::LikelyToHelp => &v.likely_to_help,
            VerdictId::MayHelp => &v.may_help,
            VerdictId::UnlikelyToHelp => &v.unlikely_to_help,
        }
    }
}

/// The verdict with its words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    /// Which of the six.
    pub id: VerdictId,
    /// A few words.
    pub title: String,
    /// One or two sentences.
    pub summary: String,
}

/// An answer that moved a factor: "because you said ...".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    /// The question id.
    pub question: String,
    /// The question as asked.
    pub question_text: String,
    /// The answer as given.
    pub answer: Answer,
    /// The answer in words.
    pub answer_text: String,
    /// Points it added (benefit factors; 0 otherwise).
    pub points: u32,
}

/// One factor, scored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactorResult {
    /// The factor id.
    pub id: String,
    /// Its short name.
    pub label: String,
    /// What it does to the verdict.
    pub kind: FactorKind,
    /// Benefit points (benefit factors; 0 otherwise).
    pub score: u32,
    /// Level of a benefit factor; `None` for other kinds.
    pub level: Option<Level>,
    /// Whether any answer moved it.
    pub triggered: bool,
    /// The answers that moved it, in question order.
    pub reasons: Vec<Reason>,
    /// What it means: the level's text for benefits, else the explanation.
    pub explanation: String,
    /// What to do about it (not for benefits).
    pub advice: Option<String>,
}

/// An answer used for the assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GivenAnswer {
    /// The question id.
    pub question: String,
    /// The question as asked.
    pub question_text: String,
    /// The answer.
    pub answer: Answer,
    /// The answer in words.
    pub answer_text: String,
}

/// What to tell the massage therapist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TherapistNote {
    /// Heading.
    pub title: String,
    /// Where it hurts, in words (empty when not answered).
    pub locations: Vec<String>,
    /// Preferred pressure, in words.
    pub pressure: Option<String>,
    /// Lead-in for the cautions.
    pub cautions_intro: String,
    /// Labels of triggered cautions to mention.
    pub cautions: Vec<String>,
    /// Closing line.
    pub closing: String,
}

impl TherapistNote {
    /// The note as one line, for formats that list advice as plain strings.
    pub fn sentence(&self) -> String {
        let mut parts = Vec::new();
        if !self.locations.is_empty() {
            parts.push(format!("where it hurts: {}", self.locations.join("; ")));
        }
        if let Some(p) = &self.pressure {
            parts.push(format!("pressure: {p}"));
        }
        if !self.cautions.is_empty() {
            parts.push(format!(
                "{} {}",
                self.cautions_intro.trim_end_matches(':'),
                self.cautions.join(", ")
            ));
        }
        parts.push(self.closing.clone());
        format!("{}: {}", self.title, parts.join("; "))
    }
}

/// The result of an assessment, ready to render.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    /// Questionnaire id.
    pub questionnaire_id: String,
    /// Questionnaire version.
    pub questionnaire_version: String,
    /// Questionnaire title.
    pub title: String,
    /// The verdict.
    pub verdict: Verdict,
    /// Every factor, in content order.
    pub factors: Vec<FactorResult>,
    /// Sum of the benefit factors' level points.
    pub benefit_points: u32,
    /// Next steps, most important first.
    pub advice: Vec<String>,
    /// The therapist note, when the verdict allows massage and the content has one.
    pub therapist: Option<TherapistNote>,
    /// What the research says.
    pub evidence: String,
    /// The consult-a-professional text.
    pub consult: String,
    /// The answers used (shown questions only), in question order.
    pub answers: Vec<GivenAnswer>,
    /// Sources.
    pub references: Vec<Reference>,
}

impl Assessment {
    /// Triggered factors of one kind.
    pub fn triggered(&self, kind: FactorKind) -> impl Iterator<Item = &FactorResult> {
        self.factors
            .iter()
            .filter(move |f| f.triggered && f.kind == kind)
    }
}

/// Assesses the answers. Answers to hidden questions are not used.
pub fn assess(questionnaire: &Questionnaire, answers: &Answers) -> Assessment {
    let mut used = answers.clone();
    flow::prune(questionnaire, &mut used);

    let mut factors: Vec<FactorResult> = questionnaire
        .factors
        .iter()
        .map(|f| FactorResult {
            id: f.id.clone(),
            label: f.label.clone(),
            kind: f.kind,
            score: 0,
            level: None,
            triggered: false,
            reasons: Vec::new(),
            explanation: f.explanation.clone(),
            advice: f.advice.clone(),
        })
        .collect();

    for (q, answer) in used.in_order(questionnaire) {
        for effect in &q.effects {
            if !flow::matches(&effect.test, answer) {
                continue;
            }
            let Some(result) = factors.iter_mut().find(|f| f.id == effect.factor) else {
                continue;
            };
            result.triggered = true;
            result.score += effect.points;
            if result.reasons.iter().all(|r| r.question != q.id) {
                result.reasons.push(Reason {
                    question: q.id.clone(),
                    question_text: q.text.clone(),
                    answer: answer.clone(),
                    answer_text: answers::describe(q, &reason_answer(&effect.test, answer)),
                    points: effect.points,
                });
            } else if let Some(r) = result.reasons.iter_mut().find(|r| r.question == q.id) {
                r.points += effect.points;
            }
        }
    }

    let mut benefit_points = 0;
    for (result, factor) in factors.iter_mut().zip(&questionnaire.factors) {
        if let Some(scoring) = &factor.scoring {
            let level = scoring.level(result.score);
            result.level = Some(level);
            benefit_points += level.points();
            if result.triggered {
                result.explanation = format!("{} {}", factor.explanation, scoring.text(level))
                    .trim()
                    .to_owned();
            }
        }
    }

    let any = |kind| factors.iter().any(|f| f.triggered && f.kind == kind);
    let id = if any(FactorKind::Emergency) {
        VerdictId::Emergency
    } else if any(FactorKind::RedFlag) {
        VerdictId::SeeDoctorFirst
    } else if any(FactorKind::Caution) {
        VerdictId::CheckWithProfessional
    } else if benefit_points >= questionnaire.benefit.likely_to_help {
        VerdictId::LikelyToHelp
    } else if benefit_points >= questionnaire.benefit.may_help {
        VerdictId::MayHelp
    } else {
        VerdictId::UnlikelyToHelp
    };
    let text = id.text(questionnaire);

    let mut advice: Vec<String> = Vec::new();
    let mut push = |s: &str| {
        let s = s.trim();
        if !s.is_empty() && !advice.iter().any(|a| a == s) {
            advice.push(s.to_owned());
        }
    };
    let advice_kinds: &[FactorKind] = match id {
        VerdictId::Emergency => &[FactorKind::Emergency],
        VerdictId::SeeDoctorFirst => &[FactorKind::RedFlag, FactorKind::Caution],
        VerdictId::CheckWithProfessional => &[FactorKind::Caution],
        _ => &[],
    };
    for kind in advice_kinds {
        for f in factors.iter().filter(|f| f.triggered && f.kind == *kind) {
            if let Some(a) = &f.advice {
                push(a);
            }
        }
    }
    for a in &text.advice {
        push(a);
    }
    // Notes are context for deciding about massage; in an emergency they
    // would only distract from getting help.
    if id != VerdictId::Emergency {
        for note in &questionnaire.notes {
            if flow::holds(&note.condition, &used) {
                push(&note.text);
            }
        }
    }

    let therapist = questionnaire
        .therapist
        .as_ref()
        .filter(|_| id.allows_massage())
        .map(|spec| {
            let words = |qid: &Option<String>| {
                let q = questionnaire.question(qid.as_deref()?)?;
                let a = used.get(&q.id)?;
                Some((q, a))
            };
            let locations = match words(&spec.location_question) {
                Some((q, Answer::Multi(values))) => values
                    .iter()
                    .map(|v| q.option(v).map_or_else(|| v.clone(), |o| o.label.clone()))
                    .collect(),
                _ => Vec::new(),
            };
            let pressure = words(&spec.pressure_question).map(|(q, a)| answers::describe(q, a));
            TherapistNote {
                title: spec.title.clone(),
                locations,
                pressure,
                cautions_intro: spec.cautions_intro.clone(),
                cautions: factors
                    .iter()
                    .filter(|f| f.triggered && f.kind == FactorKind::Caution)
                    .map(|f| f.label.clone())
                    .collect(),
                closing: spec.closing.clone(),
            }
        });

    let given = used
        .in_order(questionnaire)
        .map(|(q, a)| GivenAnswer {
            question: q.id.clone(),
            question_text: q.text.clone(),
            answer: a.clone(),
            answer_text: answers::describe(q, a),
        })
        .collect();

    Assessment {
        questionnaire_id: questionnaire.id.clone(),
        questionnaire_version: questionnaire.version.clone(),
        title: questionnaire.title.clone(),
        verdict: Verdict {
            id,
            title: text.title.clone(),
            summary: text.summary.clone(),
        },
        factors,
        benefit_points,
        advice,
        therapist,
        evidence: questionnaire.evidence.clone(),
        consult: questionnaire.consult.clone(),
        answers: given,
        references: questionnaire.references.clone(),
    }
}

/// For a multi answer, only the options that made the test hold; the others
/// are not reasons for this factor.
fn reason_answer(test: &crate::content::Test, answer: &Answer) -> Answer {
    match answer {
        Answer::Multi(values) => Answer::Multi(
            values
                .iter()
                .filter(|v| flow::matches(test, &Answer::Multi(vec![(*v).clone()])))
                .cloned()
                .collect(),
        ),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Questionnaire, load_shipped};

    fn shipped() -> Questionnaire {
        load_shipped().expect("shipped content is valid")
    }

    /// Every shown required question answered "no", the lowest option or the
    /// lowest number: nothing triggered.
    fn calm(q: &Questionnaire) -> Answers {
        let mut a = Answers::default();
        for question in &q.questions {
            let answer = match &question.kind {
                crate::content::QuestionKind::YesNo => Answer::Bool(false),
                crate::content::QuestionKind::Choice { options } => {
                    Answer::Choice(options[0].value.clone())
                }
                crate::content::QuestionKind::Multi { .. } => Answer::Multi(Vec::new()),
                crate::content::QuestionKind::Scale { min, .. }
                | crate::content::QuestionKind::Number { min, .. } => Answer::Int(*min),
            };
            a.insert(&question.id, answer);
        }
        a
    }

    fn with(mut a: Answers, changes: &[(&str, Answer)]) -> Answers {
        for (id, answer) in changes {
            a.insert(id, answer.clone());
        }
        a
    }

    fn yes(id: &str) -> (&str, Answer) {
        (id, Answer::Bool(true))
    }

    /// Every benefit at its maximum.
    fn all_benefits() -> Vec<(&'static str, Answer)> {
        vec![
            ("muscle_tightness", Answer::Bool(true)),
            ("muscle_spasms", Answer::Bool(true)),
            ("stiffness", Answer::Bool(true)),
            ("limited_bending", Answer::Bool(true)),
            ("stress_level", Answer::Choice("high".into())),
            ("pain_duration", Answer::Choice("under_6_weeks".into())),
            ("recent_strain", Answer::Bool(true)),
            ("tender_knots", Answer::Bool(true)),
            ("pain_intensity", Answer::Int(10)),
        ]
    }

    #[test]
    fn nothing_triggered_is_unlikely_to_help() {
        let q = shipped();
        let a = assess(&q, &calm(&q));
        assert_eq!(a.verdict.id, VerdictId::UnlikelyToHelp);
        assert_eq!(a.benefit_points, 0);
        assert!(
            a.factors
                .iter()
                .all(|f| !f.triggered && f.reasons.is_empty())
        );
    }

    #[test]
    fn benefit_points_decide_between_the_three_benefit_verdicts() {
        let q = shipped();
        // One moderate factor (1 point): below may_help (2).
        let one = assess(&q, &with(calm(&q), &[yes("muscle_tightness")]));
        assert_eq!(
            (one.benefit_points, one.verdict.id),
            (1, VerdictId::UnlikelyToHelp)
        );
        // Two moderate factors: exactly may_help.
        let two = assess(
            &q,
            &with(calm(&q), &[yes("muscle_tightness"), yes("stiffness")]),
        );
        assert_eq!(
            (two.benefit_points, two.verdict.id),
            (2, VerdictId::MayHelp)
        );
        // 4 points: still may_help, one short of likely_to_help (5).
        let four = assess(
            &q,
            &with(
                calm(&q),
                &[
                    yes("muscle_tightness"),
                    yes("muscle_spasms"),
                    yes("tender_knots"),
                ],
            ),
        );
        assert_eq!(
            (four.benefit_points, four.verdict.id),
            (4, VerdictId::MayHelp)
        );
        let five = assess(
            &q,
            &with(
                calm(&q),
                &[
                    yes("muscle_tightness"),
                    yes("muscle_spasms"),
                    yes("tender_knots"),
                    yes("stiffness"),
                ],
            ),
        );
        assert_eq!(
            (five.benefit_points, five.verdict.id),
            (5, VerdictId::LikelyToHelp)
        );
    }

    #[test]
    fn factor_levels_follow_their_thresholds() {
        let q = shipped();
        let level = |answers: &Answers, id: &str| {
            let a = assess(&q, answers);
            let f = a.factors.iter().find(|f| f.id == id).expect("factor");
            (f.score, f.level)
        };
        assert_eq!(level(&calm(&q), "muscle_tension"), (0, Some(Level::Low)));
        let one = with(calm(&q), &[yes("muscle_tightness")]);
        assert_eq!(level(&one, "muscle_tension"), (2, Some(Level::Moderate)));
        let both = with(one, &[yes("muscle_spasms")]);
        assert_eq!(level(&both, "muscle_tension"), (4, Some(Level::High)));
        assert_eq!(level(&both, "nerve_emergency"), (0, None));
        let pain = |n| with(calm(&q), &[("pain_intensity", Answer::Int(n))]);
        assert_eq!(level(&pain(3), "pain_relief"), (0, Some(Level::Low)));
        assert_eq!(level(&pain(4), "pain_relief"), (1, Some(Level::Moderate)));
    }

    #[test]
    fn a_caution_outweighs_every_benefit() {
        let q = shipped();
        let mut changes = all_benefits();
        changes.push(yes("pregnant"));
        let a = assess(&q, &with(calm(&q), &changes));
        assert_eq!(a.verdict.id, VerdictId::CheckWithProfessional);
        let therapist = a.therapist.expect("massage is still possible");
        assert_eq!(therapist.cautions, ["Pregnancy"]);
    }

    #[test]
    fn a_red_flag_outweighs_cautions_and_benefits() {
        let q = shipped();
        let mut changes = all_benefits();
        changes.extend([yes("pregnant"), yes("fever")]);
        let a = assess(&q, &with(calm(&q), &changes));
        assert_eq!(a.verdict.id, VerdictId::SeeDoctorFirst);
        assert!(a.therapist.is_none());
        // The red flag's advice comes before the caution's.
        let fever = a.advice.iter().position(|s| s.contains("fever"));
        let pregnancy = a.advice.iter().position(|s| s.contains("midwife"));
        assert!(fever.is_some() && fever < pregnancy, "{:?}", a.advice);
    }

    #[test]
    fn an_emergency_outweighs_everything() {
        let q = shipped();
        for emergency in [
            "saddle_numbness",
            "bladder_bowel",
            "leg_weakness",
            "major_trauma",
            "chest_pain",
        ] {
            let mut changes = all_benefits();
            changes.extend([
                yes("pregnant"),
                yes("fever"),
                yes("cancer_history"),
                yes(emergency),
            ]);
            let a = assess(&q, &with(calm(&q), &changes));
            assert_eq!(a.verdict.id, VerdictId::Emergency, "{emergency}");
            assert!(a.therapist.is_none());
            assert!(
                a.advice[0].contains("999"),
                "urgent advice first: {:?}",
                a.advice
            );
            // Notes (such as "most new pain improves") are left out in an emergency.
            assert!(
                !a.advice.iter().any(|s| s.contains("fairly new")),
                "{:?}",
                a.advice
            );
        }
    }

    #[test]
    fn reasons_name_the_answers_that_moved_each_factor() {
        let q = shipped();
        let answers = with(
            calm(&q),
            &[
                yes("leg_numbness"),
                (
                    "diagnosed_conditions",
                    Answer::Multi(vec!["herniated_disc".into(), "osteoporosis".into()]),
                ),
            ],
        );
        let a = assess(&q, &answers);
        let nerve = a
            .factors
            .iter()
            .find(|f| f.id == "nerve_root")
            .expect("factor");
        let questions: Vec<&str> = nerve.reasons.iter().map(|r| r.question.as_str()).collect();
        assert_eq!(questions, ["leg_numbness", "diagnosed_conditions"]);
        // Only the option that made this factor fire is named as its reason.
        assert_eq!(
            nerve.reasons[1].answer_text,
            "A slipped or bulging (herniated) disc"
        );
        let bones = a
            .factors
            .iter()
            .find(|f| f.id == "fragile_bones")
            .expect("factor");
        assert_eq!(bones.reasons[0].answer_text, "Thin bones (osteoporosis)");
    }

    #[test]
    fn answers_to_hidden_questions_are_not_used() {
        let q = shipped();
        // recent_strain is only asked when the pain is under 12 weeks old.
        let answers = with(
            calm(&q),
            &[
                ("pain_duration", Answer::Choice("over_12_weeks".into())),
                yes("recent_strain"),
            ],
        );
        let a = assess(&q, &answers);
        let strain = a
            .factors
            .iter()
            .find(|f| f.id == "strain_recovery")
            .expect("factor");
        assert!(!strain.triggered);
        assert!(a.answers.iter().all(|g| g.question != "recent_strain"));
    }

    #[test]
    fn the_therapist_note_carries_location_pressure_and_cautions() {
        let q = shipped();
        let answers = with(
            calm(&q),
            &[
                yes("blood_thinners"),
                (
                    "pain_location",
                    Answer::Multi(vec!["lower_left".into(), "hips".into()]),
                ),
                ("pressure_preference", Answer::Choice("light".into())),
            ],
        );
        let a = assess(&q, &answers);
        let t = a.therapist.expect("note");
        assert_eq!(t.locations, ["Left side of the lower back", "Hips"]);
        assert_eq!(t.pressure.as_deref(), Some("Light"));
        assert_eq!(t.cautions, ["Blood thinners or a bleeding problem"]);
        assert!(
            t.sentence()
                .starts_with("For your massage therapist: where it hurts:")
        );
    }

    #[test]
    fn notes_apply_by_their_conditions() {
        let q = shipped();
        let new = assess(&q, &calm(&q));
        assert!(new.advice.iter().any(|s| s.contains("fairly new")));
        let old = assess(
            &q,
            &with(
                calm(&q),
                &[
                    ("pain_duration", Answer::Choice("over_12_weeks".into())),
                    ("pain_intensity", Answer::Int(8)),
                ],
            ),
        );
        assert!(!old.advice.iter().any(|s| s.contains("fairly new")));
        assert!(
            old.advice
                .iter()
                .any(|s| s.contains("more than three months"))
        );
        assert!(old.advice.iter().any(|s| s.contains("severe")));
    }
}
