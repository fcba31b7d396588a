//! Any bytes as a check-in's answers, piped lines or a TOML answers file
//! (the first byte picks), then reviewed against a starting point it also
//! picks: an error or a review, never a panic. A review keeps a record only
//! with pain and activity limits, and its status is never calmer than an
//! urgent answer.
#![no_main]
use std::sync::OnceLock;

use backcheck::content::Status;
use libfuzzer_sys::fuzz_target;

fn questionnaire() -> &'static backcheck::content::Questionnaire {
    static Q: OnceLock<backcheck::content::Questionnaire> = OnceLock::new();
    Q.get_or_init(|| backcheck::content::load_checkin().expect("shipped check-in"))
}

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let q = questionnaire();
    let spec = q.checkin().expect("a check-in");
    let answers = if first & 1 == 0 {
        backcheck::answers::lines::read(q, rest)
    } else {
        let Ok(text) = std::str::from_utf8(rest) else {
            return;
        };
        backcheck::answers::file::parse(q, "fuzz", text, backcheck::answers::file::Format::Toml)
            .map(|loaded| loaded.answers)
    };
    let answers = match answers {
        Ok(answers) => answers,
        Err(e) => {
            let _ = e.to_string();
            return;
        }
    };
    let start = (first & 2 != 0).then(|| backcheck::journal::checkin::Start {
        pain: first >> 4,
        activity: Some((first >> 2) & 3),
    });
    let date = jiff::civil::Date::constant(2026, 11, 25);
    let review = backcheck::journal::checkin::review(q, spec, &answers, date, start);
    let urgent = spec
        .roles
        .urgent
        .iter()
        .any(|id| answers.get(id) == Some(&backcheck::answer::Answer::Bool(true)));
    if urgent {
        assert_eq!(review.status, Status::Urgent);
    }
    if let Some(record) = &review.record {
        assert!(record.pain <= 10 && record.activity_limits <= 10);
    }
});
