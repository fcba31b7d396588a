//! Piped answers: one line per shown question.

use crate::harness::{PEOPLE, answers_of, as_lines, backcheck, person};

#[test]
fn piped_lines_give_the_same_report_as_the_answers_file() {
    for name in PEOPLE {
        let lines = as_lines(&answers_of(name));
        let piped = backcheck()
            .args(["--format", "json"])
            .stdin(lines)
            .run()
            .code(0);
        let file = backcheck()
            .args(["--format", "json", "--answers"])
            .arg(person(name))
            .run()
            .code(0);
        assert_eq!(piped.stdout, file.stdout, "{name}");
    }
}

/// The 0-based line of a question in a person's piped lines.
fn line(name: &str, id: &str) -> usize {
    backcheck::flow::shown(&crate::harness::shipped(), &answers_of(name))
        .iter()
        .position(|q| q.id == id)
        .expect("shown")
}

/// Answers for every shown question of a person, as lines to edit.
fn lines_of(name: &str) -> Vec<String> {
    as_lines(&answers_of(name))
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn comments_blank_lines_crlf_numbers_and_case_are_accepted() {
    let mut lines = lines_of("desk-worker");
    // pain_duration by number, a yes/no in capitals.
    lines[line("desk-worker", "pain_duration")] = "3".into();
    lines[0] = "No".into();
    let text = format!("# my answers\n\n{}\r\n", lines.join("\r\n\n"));
    let out = backcheck()
        .args(["--format", "json"])
        .stdin(text)
        .run()
        .code(0);
    let expected = backcheck()
        .args(["--format", "json", "--answers"])
        .arg(person("desk-worker"))
        .run();
    assert_eq!(out.stdout, expected.stdout);
}

#[test]
fn a_bad_line_names_its_line_question_and_what_is_accepted() {
    let mut lines = lines_of("desk-worker");
    let n = line("desk-worker", "pain_duration");
    lines[n] = "ages".into();
    let out = backcheck().stdin(lines.join("\n")).run().code(65);
    assert_eq!(out.stdout, "");
    assert_eq!(
        out.stderr,
        format!(
            "backcheck: line {0} (question {0}, `pain_duration`): `ages` is not an answer here; accepted: \
             one of under_6_weeks, 6_to_12_weeks, over_12_weeks (or its number, 1-3, or its words)\n",
            n + 1
        )
    );
}

#[test]
fn out_of_range_scale_and_bad_multi_are_refused() {
    let mut lines = lines_of("desk-worker");
    let n = line("desk-worker", "pain_intensity");
    lines[n] = "11".into();
    let out = backcheck().stdin(lines.join("\n")).run().code(65);
    assert!(
        out.stderr.contains(&format!(
            "line {0} (question {0}, `pain_intensity`): `11`",
            n + 1
        )),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("a whole number from 0 to 10"),
        "{}",
        out.stderr
    );

    let mut lines = lines_of("desk-worker");
    let multi = lines
        .iter()
        .position(|l| l == "none")
        .expect("diagnosed_conditions line");
    lines[multi] = "osteoporosis,7".into();
    let out = backcheck().stdin(lines.join("\n")).run().code(65);
    assert!(
        out.stderr
            .contains("`diagnosed_conditions`): `osteoporosis,7`"),
        "{}",
        out.stderr
    );
}

#[test]
fn skip_works_only_for_optional_questions() {
    let mut lines = lines_of("desk-worker");
    let n = lines.len();
    lines[n - 1] = "skip".into();
    lines[n - 2] = "skip".into();
    let out = backcheck()
        .args(["--format", "json"])
        .stdin(lines.join("\n"))
        .run()
        .code(0);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    assert!(json["answers"].get("pain_location").is_none());

    let mut lines = lines_of("desk-worker");
    lines[0] = "skip".into();
    let out = backcheck().stdin(lines.join("\n")).run().code(65);
    assert!(
        out.stderr
            .contains("line 1 (question 1, `saddle_numbness`): `skip`"),
        "{}",
        out.stderr
    );
}

#[test]
fn input_that_ends_early_names_the_next_question() {
    let lines = lines_of("desk-worker");
    let out = backcheck().stdin(lines[..3].join("\n")).run().code(65);
    assert!(
        out.stderr.starts_with(
            "backcheck: the answers ended after line 3, but question `sexual_problems` still needs an answer"
        ),
        "{}",
        out.stderr
    );
}

#[test]
fn optional_questions_at_the_end_may_be_left_out() {
    let lines = lines_of("desk-worker");
    let n = lines.len();
    backcheck().stdin(lines[..n - 2].join("\n")).run().code(0);
}

#[test]
fn lines_left_over_are_an_error() {
    let mut lines = lines_of("desk-worker");
    lines.push("yes".into());
    let n = lines.len();
    let out = backcheck().stdin(lines.join("\n")).run().code(65);
    assert!(
        out.stderr
            .starts_with(&format!("backcheck: line {n}: `yes` is left over")),
        "{}",
        out.stderr
    );
}

#[test]
fn a_hidden_question_takes_no_line() {
    // desk-worker's stiff back adds long_morning_stiffness; quiet-back's
    // back is not stiff, so it is not asked: one line fewer.
    let desk = lines_of("desk-worker");
    let quiet = lines_of("quiet-back");
    assert_eq!(desk.len(), quiet.len() + 1);
}

#[test]
fn empty_input_is_an_error_not_a_hang() {
    let out = backcheck().stdin("").run().code(65);
    assert!(
        out.stderr.contains("still needs an answer"),
        "{}",
        out.stderr
    );
}

#[test]
fn choices_may_be_piped_as_their_words_in_any_case() {
    let mut lines = lines_of("desk-worker");
    lines[line("desk-worker", "pain_duration")] = "more than 12 weeks".into();
    lines[line("desk-worker", "stress_level")] = "VERY".into();
    lines[line("desk-worker", "pain_location")] =
        "Left side of the lower back, lower_centre".into();
    let out = backcheck()
        .args(["--format", "json"])
        .stdin(lines.join("\n"))
        .run()
        .code(0);
    let expected = backcheck()
        .args(["--format", "json", "--answers"])
        .arg(person("desk-worker"))
        .run()
        .code(0);
    assert_eq!(out.stdout, expected.stdout);
}

/// The 1-based number of a question in the shipped questionnaire.
fn number(id: &str) -> usize {
    crate::harness::shipped()
        .questions
        .iter()
        .position(|q| q.id == id)
        .expect("question")
        + 1
}

#[test]
fn a_line_out_of_step_names_the_answer_that_added_a_question() {
    // desk-worker's stiff back adds long_morning_stiffness; leaving its line
    // out puts every later answer one question early.
    let mut lines = lines_of("desk-worker");
    lines.remove(line("desk-worker", "long_morning_stiffness"));
    let out = backcheck().stdin(lines.join("\n")).run().code(65);
    let note = format!(
        "  = note: question {} (`long_morning_stiffness`) was asked because of your answer to question {} (`stiffness`: “yes”)",
        number("long_morning_stiffness"),
        number("stiffness")
    );
    assert!(out.stderr.contains(&note), "{}", out.stderr);
}

#[test]
fn a_line_out_of_step_names_the_answer_that_hid_a_question() {
    // desk-worker has no skin problem, which hides new_rash; a line for it
    // pushes every later answer one question late.
    let mut lines = lines_of("desk-worker");
    lines.insert(line("desk-worker", "tender_knots"), "y".into());
    let out = backcheck().stdin(lines.join("\n")).run().code(65);
    let note = format!(
        "  = note: question {} (`new_rash`) took no line: it was not asked because of your answer to question {} (`skin_problem`: “no”)",
        number("new_rash"),
        number("skin_problem")
    );
    assert!(out.stderr.contains(&note), "{}", out.stderr);
}
