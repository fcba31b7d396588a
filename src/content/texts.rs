//! Every text of a questionnaire, visited in one place: to fill in the
//! region's words (`{emergency_number}` and the rest) once content is
//! loaded, and to find placeholders that nothing fills.

use super::model::{Question, QuestionKind, Questionnaire};
use super::purpose::{Purpose, Template, VerdictText};
use super::region::Region;

impl Questionnaire {
    /// Calls `f` on every text a person may read.
    pub fn for_each_text(&mut self, f: &mut dyn FnMut(&mut String)) {
        for s in [
            &mut self.title,
            &mut self.intro,
            &mut self.consult,
            &mut self.evidence,
        ] {
            f(s);
        }
        for r in &mut self.references {
            f(&mut r.text);
        }
        for t in &mut self.safety_net.tiers {
            f(&mut t.title);
            for i in &mut t.items {
                f(&mut i.text);
            }
        }
        for d in &mut self.safety_net.dispositions {
            f(&mut d.headline);
            if let Some(a) = &mut d.advice {
                f(&mut a.0);
            }
        }
        for factor in &mut self.factors {
            for s in [
                &mut factor.label,
                &mut factor.explanation,
                &mut factor.topic,
            ] {
                f(s);
            }
            for s in [&mut factor.advice, &mut factor.therapist]
                .into_iter()
                .flatten()
            {
                f(s);
            }
            if let Some(scoring) = &mut factor.scoring {
                for s in [
                    &mut scoring.low_text,
                    &mut scoring.moderate_text,
                    &mut scoring.high_text,
                ] {
                    f(s);
                }
            }
        }
        for q in &mut self.questions {
            question_texts(q, f);
        }
        for n in &mut self.notes {
            f(&mut n.text);
        }
        match &mut self.purpose {
            Purpose::Assessment(spec) => {
                for s in &mut spec.benefit.level_words {
                    f(s);
                }
                f(&mut spec.benefit.later.0);
                let v = &mut spec.verdicts;
                for text in [
                    &mut v.emergency,
                    &mut v.see_doctor_first,
                    &mut v.check_with_professional,
                    &mut v.likely_to_help,
                    &mut v.may_help,
                    &mut v.unlikely_to_help,
                ] {
                    verdict_texts(text, f);
                }
                if let Some(t) = &mut spec.therapist {
                    for s in [&mut t.title, &mut t.cautions_intro, &mut t.closing] {
                        f(s);
                    }
                    if let Some(l) = &mut t.light_pressure {
                        f(&mut l.text);
                    }
                }
                if let Some(b) = &mut spec.before_you_book {
                    f(&mut b.title);
                    b.items.iter_mut().for_each(&mut *f);
                }
            }
            Purpose::CheckIn(spec) => {
                let s = &mut spec.statuses;
                for text in [
                    &mut s.urgent,
                    &mut s.stop_and_get_checked,
                    &mut s.much_worse,
                    &mut s.tell_your_therapist,
                    &mut s.saved,
                ] {
                    verdict_texts(text, f);
                }
                let m = &mut spec.messages;
                for s in [
                    &mut m.saved.0,
                    &mut m.massage_yes,
                    &mut m.massage_no,
                    &mut m.not_saved,
                    &mut m.next_step,
                    &mut m.for_date.0,
                    &mut m.reminder_title,
                    &mut m.reminder_text,
                    &mut m.reminder_note.0,
                ] {
                    f(s);
                }
                let t = &mut spec.trend;
                f(&mut t.title);
                for (_, v) in &mut t.verdicts {
                    verdict_texts(v, f);
                }
                for (_, Template(s)) in t
                    .reasons
                    .iter_mut()
                    .chain(&mut t.advice)
                    .chain(&mut t.chart)
                {
                    f(s);
                }
            }
        }
    }

    /// Fills in the region's words wherever content names them, and notes
    /// the region. Other placeholders are left for the renderers.
    pub fn fill_region(&mut self, region: &Region) {
        let values = region.values();
        self.for_each_text(&mut |s| {
            if s.contains('{') {
                *s = Template(std::mem::take(s)).fill_known(&values);
            }
        });
        self.region = region.code.clone();
    }

    /// Every `{name}` written in the texts, once each, in the order found.
    pub fn placeholder_names(&mut self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        self.for_each_text(&mut |s| {
            let mut rest = s.as_str();
            while let Some(open) = rest.find('{') {
                let after = &rest[open + 1..];
                let Some(close) = after.find('}') else { break };
                let name = super::purpose::plural(&after[..close]).0.to_owned();
                if !names.contains(&name) {
                    names.push(name);
                }
                rest = &after[close + 1..];
            }
        });
        names
    }
}

fn question_texts(q: &mut Question, f: &mut dyn FnMut(&mut String)) {
    f(&mut q.text);
    for s in [&mut q.help, &mut q.sign].into_iter().flatten() {
        f(s);
    }
    match &mut q.kind {
        QuestionKind::Choice { options } | QuestionKind::Multi { options } => {
            for o in options {
                f(&mut o.label);
            }
        }
        QuestionKind::Scale {
            min_label,
            max_label,
            ..
        } => {
            f(min_label);
            f(max_label);
        }
        QuestionKind::Number { unit: Some(u), .. } => f(u),
        QuestionKind::Number { unit: None, .. } | QuestionKind::YesNo { .. } => {}
    }
}

fn verdict_texts(v: &mut VerdictText, f: &mut dyn FnMut(&mut String)) {
    f(&mut v.title);
    f(&mut v.summary);
    for a in &mut v.advice {
        f(a);
    }
}
