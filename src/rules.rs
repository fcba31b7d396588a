//! Turns answers into an assessment: factors, verdict, reasons and advice.
//!
//! Pure: no I/O, no clock, no environment. The verdict follows a strict order
//! that nothing can outweigh: any emergency factor gives `emergency`; else any
//! red flag gives `see_doctor_first`; else any caution gives
//! `check_with_professional`; only then do benefit points decide between
//! `likely_to_help`, `may_help` and `unlikely_to_help`.

use crate::answer::{Answer, Answers};
use crate::answers;
use crate::content::{
    AssessmentSpec, Disposition, FactorKind, Level, Place, Questionnaire, Reference, ShownTier,
    Timing, VerdictText,
};
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

    /// Whether the benefit points decided it: no warning was triggered.
    pub fn decided_by_benefits(self) -> bool {
        matches!(
            self,
            VerdictId::LikelyToHelp | VerdictId::MayHelp | VerdictId::UnlikelyToHelp
        )
    }

    fn text(self, spec: &AssessmentSpec) -> &VerdictText {
        spec.verdict_text(self)
    }
}

impl AssessmentSpec {
    /// The words of a verdict.
    pub fn verdict_text(&self, id: VerdictId) -> &VerdictText {
        let v = &self.verdicts;
        match id {
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
    /// What to do about it beyond the when and where (optional).
    pub advice: Option<String>,
    /// When and where to act on it.
    pub disposition: Disposition,
    /// It in a few words, for merged advice.
    pub topic: String,
    /// What to do about it, in words: its disposition's headline, then its
    /// own advice.
    pub action: String,
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
    /// Lead-in for the instructions.
    pub cautions_intro: String,
    /// Labels of triggered cautions (kept for the JSON contract).
    pub cautions: Vec<String>,
    /// What the therapist should do about the triggered factors: "no deep
    /// work on the legs".
    pub instructions: Vec<String>,
    /// Closing line.
    pub closing: String,
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
    /// When and where to act: the most urgent of the triggered factors'.
    pub disposition: Disposition,
    /// The disposition in words, for the first lines of a report.
    pub headline: String,
    /// The region whose numbers the words use; `None` when unknown.
    pub region: Option<String>,
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
    /// How each level of a benefit factor reads: low, moderate, high.
    pub level_words: [String; 3],
    /// When a doctor should see the person first: one line naming the
    /// benefit factors for later. None when massage is not ruled out, in an
    /// emergency (where it would only distract), or with no benefits.
    pub later: Option<String>,
    /// The "Before you book" note, for the verdicts that benefit points
    /// decide: its heading and lines.
    pub before_you_book: Option<(String, Vec<String>)>,
    /// The "get help at once" list, for every verdict but `emergency`
    /// (whose whole summary is getting help); empty in an emergency.
    pub safety_net: Vec<ShownTier>,
}

impl Assessment {
    /// Triggered factors of one kind.
    pub fn triggered(&self, kind: FactorKind) -> impl Iterator<Item = &FactorResult> {
        self.factors
            .iter()
            .filter(move |f| f.triggered && f.kind == kind)
    }
}

/// The factors scored for a set of answers: what an assessment and a
/// check-in both start from. Answers to hidden questions are not used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evaluation {
    /// The answers used: shown questions only.
    pub used: Answers,
    /// Every factor, in content order.
    pub factors: Vec<FactorResult>,
    /// Sum of the benefit factors' level points.
    pub benefit_points: u32,
}

impl Evaluation {
    /// Triggered factors of one kind.
    pub fn triggered(&self, kind: FactorKind) -> impl Iterator<Item = &FactorResult> {
        self.factors
            .iter()
            .filter(move |f| f.triggered && f.kind == kind)
    }

    /// The most urgent kind of warning triggered, if any (benefits are not
    /// warnings).
    pub fn strongest(&self) -> Option<FactorKind> {
        [
            FactorKind::Emergency,
            FactorKind::RedFlag,
            FactorKind::Caution,
        ]
        .into_iter()
        .find(|k| self.triggered(*k).next().is_some())
    }
}

/// The numbers every result is decided from, for a single run and for batch
/// scoring alike: each factor's score, whether it was triggered, its level,
/// and the benefit points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scores {
    /// The answers that count: those to shown questions.
    pub used: Answers,
    /// Each factor, in content order.
    pub factors: Vec<FactorScore>,
    /// Sum of the benefit factors' level points.
    pub benefit_points: u32,
}

/// One factor's numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FactorScore {
    /// Points from the answers.
    pub score: u32,
    /// Whether any answer moved it.
    pub triggered: bool,
    /// Benefit factors only.
    pub level: Option<Level>,
}

impl Scores {
    /// The most urgent kind of warning triggered, if any.
    pub fn strongest(&self, questionnaire: &Questionnaire) -> Option<FactorKind> {
        let triggered = |kind| {
            self.factors
                .iter()
                .zip(&questionnaire.factors)
                .any(|(s, f)| s.triggered && f.kind == kind)
        };
        [
            FactorKind::Emergency,
            FactorKind::RedFlag,
            FactorKind::Caution,
        ]
        .into_iter()
        .find(|k| triggered(*k))
    }

    /// The verdict these numbers give: the one rule for every run.
    pub fn verdict(&self, questionnaire: &Questionnaire, spec: &AssessmentSpec) -> VerdictId {
        verdict_id(self.strongest(questionnaire), self.benefit_points, spec)
    }

    /// When and where, for a verdict these numbers gave: the same rule as
    /// `assess`.
    pub fn disposition(&self, questionnaire: &Questionnaire, verdict: VerdictId) -> Disposition {
        disposition(
            self.factors
                .iter()
                .zip(&questionnaire.factors)
                .filter(|(s, _)| s.triggered)
                .map(|(_, f)| (f.kind, f.disposition)),
            verdict,
        )
    }
}

/// The verdict for the most urgent warning and the benefit points.
fn verdict_id(
    strongest: Option<FactorKind>,
    benefit_points: u32,
    spec: &AssessmentSpec,
) -> VerdictId {
    match strongest {
        Some(FactorKind::Emergency) => VerdictId::Emergency,
        Some(FactorKind::RedFlag) => VerdictId::SeeDoctorFirst,
        Some(_) => VerdictId::CheckWithProfessional,
        None if benefit_points >= spec.benefit.likely_to_help => VerdictId::LikelyToHelp,
        None if benefit_points >= spec.benefit.may_help => VerdictId::MayHelp,
        None => VerdictId::UnlikelyToHelp,
    }
}

/// Calls `each` for every effect that applies to the used answers, with the
/// index of its factor, in question order.
fn applying<'q>(
    questionnaire: &'q Questionnaire,
    used: &'q Answers,
    mut each: impl FnMut(usize, &'q crate::content::Question, &'q Answer, &'q crate::content::Effect),
) {
    for (q, answer) in flow::in_order(questionnaire, used) {
        for effect in &q.effects {
            if !effect.applies(answer, used) {
                continue;
            }
            each(effect.factor_index, q, answer, effect);
        }
    }
}

/// Scores every factor for the answers: the numbers only, as batch scoring
/// needs them. `evaluate` adds the words on the same walk.
pub fn score(questionnaire: &Questionnaire, answers: &Answers) -> Scores {
    score_owned(questionnaire, answers.clone())
}

/// `score`, taking the answers (no copy: batch scoring's way).
pub fn score_owned(questionnaire: &Questionnaire, answers: Answers) -> Scores {
    let mut used = answers;
    flow::prune(questionnaire, &mut used);
    let mut factors = vec![
        FactorScore {
            score: 0,
            triggered: false,
            level: None,
        };
        questionnaire.factors.len()
    ];
    applying(questionnaire, &used, |i, _, _, effect| {
        factors[i].triggered = true;
        factors[i].score += effect.points;
    });
    let mut benefit_points = 0;
    for (result, factor) in factors.iter_mut().zip(&questionnaire.factors) {
        if let Some(scoring) = &factor.scoring {
            let level = scoring.level(result.score);
            result.level = Some(level);
            benefit_points += level.points();
        }
    }
    Scores {
        used,
        factors,
        benefit_points,
    }
}

/// Scores every factor for the answers, with the reasons and words a report
/// shows.
pub fn evaluate(questionnaire: &Questionnaire, answers: &Answers) -> Evaluation {
    let Scores {
        used,
        factors: numbers,
        benefit_points,
    } = score(questionnaire, answers);

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
            disposition: f.disposition,
            topic: f.topic.clone(),
            action: [
                questionnaire
                    .safety_net
                    .words(f.disposition)
                    .map(|w| w.headline.as_str()),
                f.advice.as_deref(),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" "),
        })
        .collect();

    applying(questionnaire, &used, |i, q, answer, effect| {
        let result = &mut factors[i];
        match result.reasons.iter_mut().find(|r| r.question == q.id) {
            Some(r) => r.points += effect.points,
            None => result.reasons.push(Reason {
                question: q.id.clone(),
                question_text: q.text.clone(),
                answer: answer.clone(),
                answer_text: answers::describe(q, &reason_answer(&effect.test, answer)),
                points: effect.points,
            }),
        }
    });

    for ((result, factor), n) in factors.iter_mut().zip(&questionnaire.factors).zip(&numbers) {
        result.score = n.score;
        result.triggered = n.triggered;
        result.level = n.level;
        if let (Some(scoring), Some(level)) = (&factor.scoring, n.level) {
            if result.triggered {
                result.explanation = format!("{} {}", factor.explanation, scoring.text(level))
                    .trim()
                    .to_owned();
            }
        }
    }
    Evaluation {
        used,
        factors,
        benefit_points,
    }
}

/// The triggered warnings that a result acts on, most urgent kind first:
/// with an emergency, the emergencies alone (nothing else should distract);
/// with a red flag, the red flags and the cautions; else the cautions.
fn acted_on(e: &Evaluation) -> Vec<&FactorResult> {
    let kinds: &[FactorKind] = match e.strongest() {
        Some(FactorKind::Emergency) => &[FactorKind::Emergency],
        Some(FactorKind::RedFlag) => &[FactorKind::RedFlag, FactorKind::Caution],
        Some(FactorKind::Caution) => &[FactorKind::Caution],
        _ => &[],
    };
    kinds.iter().flat_map(|k| e.triggered(*k)).collect()
}

/// The disposition of a result: the most urgent `when` among the triggered
/// warnings, its `where` from the first such factor, most urgent kind first
/// (`triggered` gives each triggered factor's kind and disposition, in
/// content order). With no warning, the benefit points decide: a massage
/// therapist when massage may help, nobody in particular when it is unlikely
/// to.
pub fn disposition(
    triggered: impl Iterator<Item = (FactorKind, Disposition)>,
    verdict: VerdictId,
) -> Disposition {
    let mut warnings: Vec<(FactorKind, Disposition)> = triggered
        .filter(|(kind, _)| *kind != FactorKind::Benefit)
        .collect();
    // Most urgent kind first, content order within a kind (a stable sort).
    warnings.sort_by_key(|(kind, _)| std::cmp::Reverse(*kind));
    let when = warnings.iter().map(|(_, d)| d.when).min();
    match warnings.iter().find(|(_, d)| Some(d.when) == when) {
        Some((_, d)) => *d,
        None if matches!(verdict, VerdictId::LikelyToHelp | VerdictId::MayHelp) => Disposition {
            when: Timing::Routine,
            place: Place::Therapist,
        },
        None => Disposition {
            when: Timing::None,
            place: Place::None,
        },
    }
}

/// Next steps, most important first: urgent notes ("tell an adult now");
/// one line per disposition of the warnings acted on, naming their topics
/// ("Before massage, ask your GP about: the clot, your bones"), so nobody is
/// told the same thing twice; each of those factors' own advice; `own` (the
/// verdict's or status's advice); and, only where massage is still open,
/// every other note that holds.
pub fn advice(questionnaire: &Questionnaire, e: &Evaluation, own: &[String]) -> Vec<String> {
    let mut advice: Vec<String> = Vec::new();
    let mut push = |s: &str| {
        let s = s.trim();
        if !s.is_empty() && !advice.iter().any(|a| a == s) {
            advice.push(s.to_owned());
        }
    };
    for note in questionnaire.notes.iter().filter(|n| n.urgent) {
        if note.condition.holds(&e.used) {
            push(&note.text);
        }
    }
    let acted = acted_on(e);
    let mut groups: Vec<(Disposition, Vec<&str>)> = Vec::new();
    for f in &acted {
        match groups.iter_mut().find(|(d, _)| *d == f.disposition) {
            Some((_, topics)) => topics.push(&f.topic),
            None => groups.push((f.disposition, vec![&f.topic])),
        }
    }
    // Most urgent first; the same timing keeps the order of the factors.
    groups.sort_by_key(|(d, _)| d.when);
    for (d, topics) in groups {
        if let Some(template) = questionnaire
            .safety_net
            .words(d)
            .and_then(|w| w.advice.as_ref())
        {
            push(&template.fill(&[("topics", topics.join(", "))]));
        }
    }
    for f in &acted {
        if let Some(a) = &f.advice {
            push(a);
        }
    }
    for a in own {
        push(a);
    }
    if !matches!(
        e.strongest(),
        Some(FactorKind::Emergency | FactorKind::RedFlag)
    ) {
        for note in questionnaire.notes.iter().filter(|n| !n.urgent) {
            if note.condition.holds(&e.used) {
                push(&note.text);
            }
        }
    }
    advice
}

/// Assesses the answers with an assessment's verdicts. Answers to hidden
/// questions are not used.
pub fn assess(
    questionnaire: &Questionnaire,
    spec: &AssessmentSpec,
    answers: &Answers,
) -> Assessment {
    let e = evaluate(questionnaire, answers);
    let id = verdict_id(e.strongest(), e.benefit_points, spec);
    let text = id.text(spec);
    let advice = advice(questionnaire, &e, &text.advice);

    let therapist = spec
        .therapist
        .as_ref()
        .filter(|_| id.allows_massage())
        .map(|t| {
            let answered = |qid: &Option<String>| {
                let q = questionnaire.question(qid.as_deref()?)?;
                Some((q, e.used.get(&q.id)?))
            };
            let locations = match answered(&t.location_question) {
                Some((q, Answer::Multi(values))) => values
                    .iter()
                    .map(|v| q.option(v).map_or_else(|| v.clone(), |o| o.label.clone()))
                    .collect(),
                _ => Vec::new(),
            };
            // Fragile bones or a bleeding risk mean light pressure, whatever
            // the person prefers.
            let light = t.light_pressure.as_ref().filter(|l| {
                e.factors
                    .iter()
                    .any(|f| f.triggered && l.factors.contains(&f.id))
            });
            let pressure = match light {
                Some(l) => Some(l.text.clone()),
                None => answered(&t.pressure_question).map(|(q, a)| answers::describe(q, a)),
            };
            TherapistNote {
                title: t.title.clone(),
                locations,
                pressure,
                cautions_intro: t.cautions_intro.clone(),
                cautions: e
                    .triggered(FactorKind::Caution)
                    .map(|f| f.label.clone())
                    .collect(),
                instructions: e
                    .factors
                    .iter()
                    .zip(&questionnaire.factors)
                    .filter(|(r, _)| r.triggered)
                    .filter_map(|(_, f)| f.therapist.clone())
                    .collect(),
                closing: t.closing.clone(),
            }
        });

    let given = flow::in_order(questionnaire, &e.used)
        .map(|(q, a)| GivenAnswer {
            question: q.id.clone(),
            question_text: q.text.clone(),
            answer: a.clone(),
            answer_text: answers::describe(q, a),
        })
        .collect();

    let later_factors: Vec<&str> = e
        .triggered(FactorKind::Benefit)
        .map(|f| f.label.as_str())
        .collect();
    let later = (!id.allows_massage() && id != VerdictId::Emergency && !later_factors.is_empty())
        .then(|| {
            spec.benefit
                .later
                .fill(&[("factors", later_factors.join("; "))])
        });

    let disposition = disposition(
        e.factors
            .iter()
            .filter(|f| f.triggered)
            .map(|f| (f.kind, f.disposition)),
        id,
    );
    let headline = questionnaire
        .safety_net
        .words(disposition)
        .map(|w| w.headline.clone())
        .unwrap_or_default();
    let triggered: Vec<&str> = e
        .factors
        .iter()
        .filter(|f| f.triggered)
        .map(|f| f.id.as_str())
        .collect();
    let safety_net = if id == VerdictId::Emergency {
        Vec::new()
    } else {
        questionnaire.safety_net.shown(&triggered)
    };
    let before_you_book = spec
        .before_you_book
        .as_ref()
        .filter(|_| id.decided_by_benefits())
        .map(|b| (b.title.clone(), b.items.clone()));

    Assessment {
        questionnaire_id: questionnaire.id.clone(),
        questionnaire_version: questionnaire.version.clone(),
        title: questionnaire.title.clone(),
        verdict: Verdict {
            id,
            title: text.title.clone(),
            summary: text.summary.clone(),
        },
        disposition,
        headline,
        region: questionnaire.region.clone(),
        factors: e.factors,
        benefit_points: e.benefit_points,
        advice,
        therapist,
        evidence: questionnaire.evidence.clone(),
        consult: questionnaire.consult.clone(),
        answers: given,
        references: questionnaire.references.clone(),
        level_words: spec.benefit.level_words.clone(),
        later,
        before_you_book,
        safety_net,
    }
}

/// For a multi answer, only the options that made the test hold; the others
/// are not reasons for this factor.
fn reason_answer(test: &crate::content::Test, answer: &Answer) -> Answer {
    match answer {
        Answer::Multi(values) => Answer::Multi(
            values
                .iter()
                .filter(|v| test.matches(&Answer::Multi(vec![(*v).clone()])))
                .cloned()
                .collect(),
        ),
        other => other.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::QuestionKind;

    const ENGINE: &str = include_str!("../tests/fixtures/content/engine.toml");

    fn engine() -> Questionnaire {
        crate::content::load_test("engine", ENGINE).expect("fixture is valid")
    }

    fn run(q: &Questionnaire, answers: &Answers) -> Assessment {
        assess(q, q.assessment().expect("an assessment"), answers)
    }

    /// Every question answered "no", the first option, none or the lowest
    /// number: nothing triggered.
    fn calm(q: &Questionnaire) -> Answers {
        let mut a = Answers::default();
        for question in &q.questions {
            let answer = match &question.kind {
                QuestionKind::YesNo { .. } => Answer::Bool(false),
                QuestionKind::Choice { options } => Answer::Choice(options[0].value.clone()),
                QuestionKind::Multi { .. } => Answer::Multi(Vec::new()),
                QuestionKind::Scale { min, .. } | QuestionKind::Number { min, .. } => {
                    Answer::Int(*min)
                }
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

    fn multi(id: &'static str, values: &[&str]) -> (&'static str, Answer) {
        (
            id,
            Answer::Multi(values.iter().map(|v| (*v).to_owned()).collect()),
        )
    }

    /// Every benefit at its maximum.
    fn all_benefits() -> Vec<(&'static str, Answer)> {
        vec![
            yes("tight"),
            yes("spasm"),
            yes("strain"),
            ("pain", Answer::Int(10)),
        ]
    }

    #[test]
    fn nothing_triggered_is_unlikely_to_help() {
        let q = engine();
        let a = run(&q, &calm(&q));
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
        let q = engine();
        let points = |changes: &[(&str, Answer)]| {
            let a = run(&q, &with(calm(&q), changes));
            (a.benefit_points, a.verdict.id)
        };
        // Tension at 2 is moderate: 1 point, below may_help (2).
        assert_eq!(points(&[yes("tight")]), (1, VerdictId::UnlikelyToHelp));
        // Tension moderate and ease moderate: exactly may_help.
        assert_eq!(
            points(&[yes("tight"), ("pain", Answer::Int(4))]),
            (2, VerdictId::MayHelp)
        );
        // Tension high (2) and ease moderate (1): one short of likely_to_help.
        assert_eq!(
            points(&[yes("tight"), yes("spasm"), ("pain", Answer::Int(4))]),
            (3, VerdictId::MayHelp)
        );
        assert_eq!(points(&all_benefits()), (4, VerdictId::LikelyToHelp));
    }

    #[test]
    fn factor_levels_follow_their_thresholds() {
        let q = engine();
        let level = |answers: &Answers, id: &str| {
            let a = run(&q, answers);
            let f = a.factors.iter().find(|f| f.id == id).expect("factor");
            (f.score, f.level)
        };
        assert_eq!(level(&calm(&q), "tension"), (0, Some(Level::Low)));
        let one = with(calm(&q), &[yes("tight")]);
        assert_eq!(level(&one, "tension"), (2, Some(Level::Moderate)));
        let both = with(one, &[yes("spasm")]);
        assert_eq!(level(&both, "tension"), (4, Some(Level::High)));
        assert_eq!(level(&both, "alarm"), (0, None));
        let pain = |n| with(calm(&q), &[("pain", Answer::Int(n))]);
        assert_eq!(level(&pain(3), "ease"), (0, Some(Level::Low)));
        assert_eq!(level(&pain(4), "ease"), (1, Some(Level::Moderate)));
    }

    #[test]
    fn a_caution_outweighs_every_benefit() {
        let q = engine();
        let mut changes = all_benefits();
        changes.push(multi("care_list", &["thin"]));
        let a = run(&q, &with(calm(&q), &changes));
        assert_eq!(a.verdict.id, VerdictId::CheckWithProfessional);
        let therapist = a.therapist.expect("massage is still possible");
        assert_eq!(therapist.cautions, ["Care"]);
        assert_eq!(therapist.instructions, ["be careful"]);
        assert_eq!(a.advice[..2], ["Ask: the care.", "Ask about care."]);
        assert_eq!(
            a.disposition,
            Disposition {
                when: Timing::Routine,
                place: Place::Doctor
            }
        );
        assert_eq!(a.headline, "Routine.");
    }

    #[test]
    fn a_red_flag_outweighs_cautions_and_benefits() {
        let q = engine();
        let mut changes = all_benefits();
        changes.extend([multi("care_list", &["thin"]), yes("flag_q")]);
        let a = run(&q, &with(calm(&q), &changes));
        assert_eq!(a.verdict.id, VerdictId::SeeDoctorFirst);
        assert!(a.therapist.is_none());
        // One line per disposition, most urgent first, naming its topics;
        // then each factor's own advice; then the verdict's. The notes
        // about massage are not said beside a red flag.
        assert_eq!(
            a.advice,
            [
                "Today: Flag.",
                "Ask: the care.",
                "See a doctor about the flag.",
                "Ask about care.",
                "See a doctor soon.",
            ]
        );
        assert_eq!(a.disposition.when, Timing::Today);
        assert_eq!(a.disposition.place, Place::UrgentCare);
        assert_eq!(a.headline, "Today.");
    }

    #[test]
    fn warnings_with_the_same_disposition_share_one_line() {
        let q = engine();
        let answers = with(calm(&q), &[yes("alarm_a"), yes("alarm_b")]);
        let a = run(&q, &answers);
        assert_eq!(a.advice[0], "Now: Alarm.", "one factor, named once");
        let answers = with(calm(&q), &[yes("flag_q"), multi("care_list", &["broken"])]);
        let a = run(&q, &answers);
        assert_eq!(
            a.advice.iter().filter(|l| l.starts_with("Today:")).count(),
            1
        );
    }

    #[test]
    fn not_sure_about_an_emergency_sign_is_a_red_flag_for_today() {
        let q = engine();
        let a = run(&q, &with(calm(&q), &[("alarm_a", Answer::Unsure)]));
        assert_eq!(a.verdict.id, VerdictId::SeeDoctorFirst);
        assert_eq!(a.disposition.when, Timing::Today);
        let sure = run(&q, &with(calm(&q), &[yes("alarm_a")]));
        assert_eq!(sure.verdict.id, VerdictId::Emergency);
        assert_eq!(sure.disposition.when, Timing::Now);
    }

    #[test]
    fn benefit_verdicts_are_routine_with_a_therapist_or_nothing_urgent() {
        let q = engine();
        let likely = run(&q, &with(calm(&q), &all_benefits()));
        assert_eq!(likely.verdict.id, VerdictId::LikelyToHelp);
        assert_eq!(
            (likely.disposition.when, likely.disposition.place),
            (Timing::Routine, Place::Therapist)
        );
        let unlikely = run(&q, &calm(&q));
        assert_eq!(
            (unlikely.disposition.when, unlikely.disposition.place),
            (Timing::None, Place::None)
        );
        assert_eq!(unlikely.headline, "Nothing.");
    }

    #[test]
    fn the_safety_net_leaves_out_what_the_report_already_covers() {
        let q = engine();
        let calm_net = run(&q, &calm(&q)).safety_net;
        assert_eq!(calm_net[0].items, ["an alarm starts", "a fire starts"]);
        let flagged = run(&q, &with(calm(&q), &[yes("flag_q")])).safety_net;
        assert_eq!(flagged[0].items.len(), 2);
        let emergency = run(&q, &with(calm(&q), &[yes("alarm_b")]));
        assert!(
            emergency.safety_net.is_empty(),
            "an emergency is all about getting help"
        );
    }

    #[test]
    fn an_urgent_note_comes_first_even_in_an_emergency() {
        let q = engine();
        let answers = with(
            calm(&q),
            &[
                yes("alarm_b"),
                ("pain", Answer::Int(10)),
                ("duration", Answer::Choice("medium".into())),
            ],
        );
        let a = run(&q, &answers);
        assert_eq!(a.verdict.id, VerdictId::Emergency);
        assert_eq!(a.advice[0], "Worst pain: tell someone now.");
        assert!(!a.advice.iter().any(|s| s == "Severe pain."));
    }

    #[test]
    fn an_emergency_outweighs_everything_and_drops_the_notes() {
        let q = engine();
        for emergency in ["alarm_a", "alarm_b"] {
            let mut changes = all_benefits();
            changes.extend([
                multi("care_list", &["thin", "broken"]),
                yes("flag_q"),
                yes(emergency),
            ]);
            let a = run(&q, &with(calm(&q), &changes));
            assert_eq!(a.verdict.id, VerdictId::Emergency, "{emergency}");
            assert!(a.therapist.is_none());
            assert_eq!(
                a.advice,
                ["Now: Alarm.", "Call for help now.", "Call for help."]
            );
            assert_eq!(a.disposition.when, Timing::Now);
        }
    }

    #[test]
    fn reasons_name_the_answers_that_moved_each_factor() {
        let q = engine();
        let answers = with(
            calm(&q),
            &[yes("flag_q"), multi("care_list", &["thin", "broken"])],
        );
        let a = run(&q, &answers);
        let flag = a.factors.iter().find(|f| f.id == "flag").expect("factor");
        let questions: Vec<&str> = flag.reasons.iter().map(|r| r.question.as_str()).collect();
        assert_eq!(questions, ["flag_q", "care_list"]);
        // Only the option that made this factor fire is named as its reason.
        assert_eq!(flag.reasons[1].answer_text, "Broken");
        let care = a.factors.iter().find(|f| f.id == "care").expect("factor");
        assert_eq!(care.reasons[0].answer_text, "Thin");
    }

    #[test]
    fn answers_to_hidden_questions_are_not_used() {
        let q = engine();
        let answers = with(
            calm(&q),
            &[("duration", Answer::Choice("old".into())), yes("strain")],
        );
        let a = run(&q, &answers);
        let ease = a.factors.iter().find(|f| f.id == "ease").expect("factor");
        assert!(!ease.triggered);
        assert!(a.answers.iter().all(|g| g.question != "strain"));
    }

    #[test]
    fn one_answer_s_points_from_two_effects_add_up_in_its_reason() {
        // tightness 8 meets both `at_least = 4` (1 point) and `at_least = 7`
        // (2 points): one reason, worth 3.
        let q = crate::content::load_test(
            "minimal",
            include_str!("../tests/fixtures/content/minimal.toml"),
        )
        .expect("fixture is valid");
        let mut answers = Answers::default();
        answers.insert("saddle", Answer::Bool(false));
        answers.insert("tightness", Answer::Int(8));
        answers.insert("where", Answer::Multi(vec!["left".into()]));
        let a = run(&q, &answers);
        let tension = a
            .factors
            .iter()
            .find(|f| f.id == "tension")
            .expect("factor");
        assert_eq!(tension.reasons.len(), 1);
        assert_eq!(tension.reasons[0].points, 3);
    }

    #[test]
    fn advice_is_never_empty_and_never_said_twice() {
        let q = engine();
        // Every note, urgent or not, and every factor: the most advice the
        // fixture can give.
        for answers in [
            calm(&q),
            with(
                calm(&q),
                &[
                    ("pain", Answer::Int(10)),
                    ("duration", Answer::Choice("medium".into())),
                    multi("care_list", &["bleeds"]),
                ],
            ),
        ] {
            let a = run(&q, &answers);
            assert!(
                a.advice.iter().all(|s| !s.trim().is_empty()),
                "{:?}",
                a.advice
            );
            let mut seen = std::collections::HashSet::new();
            assert!(a.advice.iter().all(|s| seen.insert(s)), "{:?}", a.advice);
        }
        // Twice the same words are said once.
        let e = evaluate(&q, &calm(&q));
        let twice = advice(&q, &e, &["Same.".into(), " Same. ".into(), "  ".into()]);
        assert_eq!(
            twice.iter().filter(|s| s.as_str() == "Same.").count(),
            1,
            "{twice:?}"
        );
        assert!(twice.iter().all(|s| !s.trim().is_empty()), "{twice:?}");
    }

    #[test]
    fn the_therapist_note_carries_location_pressure_and_cautions() {
        let q = engine();
        let answers = with(
            calm(&q),
            &[
                multi("care_list", &["bleeds"]),
                multi("where", &["left", "right"]),
                ("pressure", Answer::Choice("light".into())),
            ],
        );
        let t = run(&q, &answers).therapist.expect("note");
        assert_eq!(t.locations, ["Left", "Right"]);
        assert_eq!(t.pressure.as_deref(), Some("Light"));
        assert_eq!(t.cautions, ["Care"]);
        assert_eq!(t.instructions, ["be careful"]);
    }

    #[test]
    fn notes_apply_by_their_conditions() {
        let q = engine();
        let new = run(&q, &calm(&q));
        assert!(new.advice.iter().any(|s| s == "New pain often settles."));
        let old = run(
            &q,
            &with(
                calm(&q),
                &[
                    ("duration", Answer::Choice("old".into())),
                    ("pain", Answer::Int(8)),
                ],
            ),
        );
        assert!(!old.advice.iter().any(|s| s == "New pain often settles."));
        assert!(old.advice.iter().any(|s| s == "Severe pain."));
    }

    #[test]
    fn strongest_names_the_most_urgent_warning_kind() {
        let q = engine();
        let e = |changes: &[(&str, Answer)]| evaluate(&q, &with(calm(&q), changes)).strongest();
        assert_eq!(e(&[]), None);
        assert_eq!(e(&all_benefits()), None, "benefits are not warnings");
        assert_eq!(
            e(&[multi("care_list", &["thin"])]),
            Some(FactorKind::Caution)
        );
        assert_eq!(
            e(&[multi("care_list", &["broken"])]),
            Some(FactorKind::RedFlag)
        );
        assert_eq!(
            e(&[yes("alarm_b"), yes("flag_q")]),
            Some(FactorKind::Emergency)
        );
    }

    #[test]
    fn verdict_ids_are_the_json_ids() {
        for v in VerdictId::ALL {
            assert_eq!(serde_json::to_value(v).expect("json"), v.as_str(), "{v:?}");
        }
    }

    #[test]
    fn only_the_benefit_verdicts_are_decided_by_benefits() {
        let q = engine();
        let spec = q.assessment().expect("an assessment");
        for points in 0..=20 {
            assert!(verdict_id(None, points, spec).decided_by_benefits());
            for kind in [
                FactorKind::Emergency,
                FactorKind::RedFlag,
                FactorKind::Caution,
            ] {
                assert!(!verdict_id(Some(kind), points, spec).decided_by_benefits());
            }
        }
    }

    #[test]
    fn triggered_lists_the_moved_factors_of_one_kind() {
        let q = engine();
        let a = run(
            &q,
            &with(calm(&q), &[yes("tight"), multi("care_list", &["thin"])]),
        );
        let ids = |kind| a.triggered(kind).map(|f| f.id.as_str()).collect::<Vec<_>>();
        assert_eq!(ids(FactorKind::Benefit), ["tension"]);
        assert_eq!(ids(FactorKind::Caution), ["care"]);
        assert!(ids(FactorKind::RedFlag).is_empty());
        assert!(ids(FactorKind::Emergency).is_empty());
    }

    #[test]
    fn scores_name_the_same_strongest_warning_as_the_assessment() {
        let q = engine();
        for changes in [
            vec![],
            all_benefits(),
            vec![multi("care_list", &["thin"])],
            vec![multi("care_list", &["broken"]), yes("tight")],
            vec![yes("alarm_b"), yes("flag_q")],
        ] {
            let answers = with(calm(&q), &changes);
            assert_eq!(
                score(&q, &answers).strongest(&q),
                evaluate(&q, &answers).strongest(),
                "{changes:?}"
            );
        }
        let answers = with(calm(&q), &[multi("care_list", &["thin"])]);
        assert_eq!(score(&q, &answers).strongest(&q), Some(FactorKind::Caution));
    }

    #[test]
    fn light_pressure_overrides_the_preference_only_when_its_factor_is_triggered() {
        let q = engine();
        let mut spec = q.assessment().expect("an assessment").clone();
        if let Some(t) = spec.therapist.as_mut() {
            t.light_pressure = Some(crate::content::LightPressure {
                factors: vec!["care".into()],
                text: "Light only".into(),
            });
        }
        let pressure = |changes: &[(&str, Answer)]| {
            let mut changes = changes.to_vec();
            changes.push(("pressure", Answer::Choice("firm".into())));
            assess(&q, &spec, &with(calm(&q), &changes))
                .therapist
                .expect("a note")
                .pressure
        };
        assert_eq!(pressure(&[]).as_deref(), Some("Firm"));
        assert_eq!(pressure(&[yes("tight")]).as_deref(), Some("Firm"));
        assert_eq!(
            pressure(&[multi("care_list", &["bleeds"])]).as_deref(),
            Some("Light only")
        );
    }

    #[test]
    fn benefits_are_kept_for_later_only_when_a_doctor_comes_first() {
        let q = engine();
        let later = |changes: &[(&str, Answer)]| run(&q, &with(calm(&q), changes)).later;
        let flag = multi("care_list", &["broken"]);
        let said = later(&[flag.clone(), yes("tight")]).expect("kept for later");
        assert!(said.contains("Tension"), "{said}");
        assert_eq!(
            later(std::slice::from_ref(&flag)),
            None,
            "no benefit to keep"
        );
        assert_eq!(later(&[yes("tight")]), None, "massage is on the table");
        assert_eq!(
            later(&[multi("care_list", &["thin"]), yes("tight")]),
            None,
            "a check, not a doctor first"
        );
        assert_eq!(
            later(&[yes("alarm_b"), yes("flag_q"), yes("tight")]),
            None,
            "an emergency says nothing of massage"
        );
    }
}
