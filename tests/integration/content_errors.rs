//! Every kind of questionnaire problem: its message and its line:column.
//! Each case breaks the small example questionnaire in one way.

use backcheck::content::{ContentError, load_str};

use crate::harness::{Edit, fixture, fixture_words};

fn minimal() -> String {
    std::fs::read_to_string(fixture("content/minimal.toml")).expect("fixture")
}

/// Loads text and returns each problem as `line:col: message`.
fn problems(src: &str) -> Vec<String> {
    problems_in(src, &fixture_words("minimal"))
}

fn problems_in(src: &str, words: &backcheck::content::lang::ContentWords) -> Vec<String> {
    match load_str("t.toml", src, words) {
        Ok(_) => Vec::new(),
        Err(ContentError::Invalid { diagnostics, .. }) => diagnostics
            .iter()
            .map(|d| {
                let (l, c) = d.position(src);
                format!("{l}:{c}: {}", d.problem)
            })
            .collect(),
        Err(other) => panic!("unexpected error {other}"),
    }
}

fn minimal_words() -> String {
    std::fs::read_to_string(fixture("content/lang/en/minimal.ftl")).expect("fixture words")
}

/// `problems`, with other words than the fixture's.
fn problems_with(src: &str, ftl: &str) -> Vec<String> {
    problems_in(src, &crate::harness::words(ftl, "minimal"))
}

/// `minimal.toml` with one replacement, which must apply.
fn broken(from: &str, to: &str) -> String {
    let src = minimal();
    assert!(src.contains(from), "fixture lacks {from:?}");
    src.replacen(from, to, 1)
}

/// The 1-based line of the first occurrence of `needle` in the fixture after
/// a replacement.
fn line_of(src: &str, needle: &str) -> usize {
    src.lines()
        .position(|l| l.contains(needle))
        .expect("needle in source")
        + 1
}

#[test]
fn the_example_is_valid() {
    assert_eq!(problems(&minimal()), Vec::<String>::new());
}

#[test]
fn syntax_error_points_at_the_spot() {
    let src = broken("min = 0\n", "min = = 0\n");
    let p = problems(&src);
    assert!(
        p[0].starts_with(&format!("{}:7: extra `=`", line_of(&src, "min = = 0"))),
        "{p:?}"
    );
}

#[test]
fn unknown_top_level_key() {
    let src = broken("[benefit]", "colour = \"red\"\n[benefit]");
    assert_eq!(problems(&src), vec!["5:1: unknown top-level key `colour`"]);
}

#[test]
fn unknown_key_in_a_question() {
    let src = broken(
        "id = \"saddle\"\ntype = \"yes_no\"",
        "id = \"saddle\"\ntype = \"yes_no\"\nhlep = \"typo\"",
    );
    let p = problems(&src);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].contains("unknown field `hlep`"), "{p:?}");
    assert!(p[0].contains("expected one of"), "{p:?}");
}

#[test]
fn every_bad_element_is_reported_not_just_the_first() {
    let src = broken("type = \"yes_no\"", "type = \"yesno\"")
        .edit("kind = \"benefit\"", "kind = \"bonus\"");
    let p = problems(&src);
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(
        p.iter().any(|m| m.contains("unknown variant `bonus`")),
        "{p:?}"
    );
    assert!(
        p.iter().any(|m| m.contains("unknown variant `yesno`")),
        "{p:?}"
    );
}

#[test]
fn duplicate_question_id() {
    let src = broken("id = \"where\"", "id = \"saddle\"");
    let line = line_of(&src, "type = \"multi\"") - 1;
    assert_eq!(
        problems(&src),
        vec![format!(
            "{line}:6: duplicate question id `saddle` (first defined on line {})",
            line_of(&src, "id = \"saddle\"")
        )]
    );
}

#[test]
fn duplicate_factor_id() {
    let src = broken("id = \"tension\"", "id = \"numbness\"");
    let p = problems(&src);
    assert!(
        p.iter()
            .any(|m| m.contains("duplicate factor id `numbness`")),
        "{p:?}"
    );
}

#[test]
fn duplicate_option_value() {
    let src = broken("value = \"right\"", "value = \"left\"");
    let line = line_of(&minimal(), "value = \"right\"");
    assert_eq!(
        problems(&src),
        vec![format!(
            "{line}:13: duplicate option value `left` (first defined on line {})",
            line - 1
        )]
    );
}

#[test]
fn effect_naming_an_unknown_factor() {
    let src = broken(
        "{ factor = \"tension\", at_least = 4",
        "{ factor = \"tenson\", at_least = 4",
    );
    let line = line_of(&src, "tenson");
    assert_eq!(
        problems(&src),
        vec![format!("{line}:14: unknown factor `tenson`")]
    );
}

#[test]
fn effect_naming_an_unknown_option() {
    let src = broken(
        "condition = { question = \"tightness\", above = 0 }",
        "condition = { question = \"tightness\", above = 0 }\neffects = [{ factor = \"tension\", equals = \"middle\" }]",
    );
    let line = line_of(&src, "\"middle\"");
    assert_eq!(
        problems(&src),
        vec![format!(
            "{line}:43: `middle` is not an option of question `where`"
        )]
    );
}

#[test]
fn condition_naming_an_unknown_question() {
    let src = broken(
        "question = \"tightness\", above",
        "question = \"tigthness\", above",
    );
    let line = line_of(&src, "tigthness");
    assert_eq!(
        problems(&src),
        vec![format!("{line}:26: unknown question `tigthness`")]
    );
}

#[test]
fn condition_naming_a_later_question() {
    let src = broken(
        "id = \"saddle\"\ntype = \"yes_no\"",
        "id = \"saddle\"\ntype = \"yes_no\"\ncondition = { question = \"where\", equals = \"left\" }",
    );
    let line = line_of(&src, "question = \"where\"");
    assert_eq!(
        problems(&src),
        vec![format!(
            "{line}:26: condition looks at `where`, which is not asked before this question"
        )]
    );
}

#[test]
fn condition_comparing_with_a_value_of_the_wrong_type() {
    let src = broken("above = 0 }", "equals = \"high\" }");
    let line = line_of(&src, "equals = \"high\"");
    assert_eq!(
        problems(&src),
        vec![format!(
            "{line}:48: question `tightness` is scale, so \"high\" cannot be compared with its answer"
        )]
    );
}

#[test]
fn numeric_test_on_a_yes_no_question() {
    let src = broken("above = 0 }", "above = 0 }\n").edit(
        "question = \"tightness\", above = 0",
        "question = \"saddle\", at_least = 1",
    );
    let p = problems(&src);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].ends_with("`at_least` needs a scale or number question, but `saddle` is yes_no"),
        "{p:?}"
    );
}

#[test]
fn test_value_out_of_range() {
    let src = broken("at_least = 7", "at_least = 11");
    let line = line_of(&src, "at_least = 11");
    assert_eq!(
        problems(&src),
        vec![format!(
            "{line}:36: 11 is outside the range of `tightness` (0 to 10)"
        )]
    );
}

#[test]
fn condition_with_two_tests_or_none() {
    let two = broken("above = 0 }", "above = 0, below = 5 }");
    assert!(problems(&two)[0].ends_with("a condition needs exactly one test, found 2"));
    let none = broken(
        "condition = { question = \"tightness\", above = 0 }",
        "condition = { question = \"tightness\" }",
    );
    assert!(problems(&none)[0].ends_with("a condition needs exactly one test, found 0"));
}

#[test]
fn condition_mixing_question_and_combinators() {
    let src = broken(
        "condition = { question = \"tightness\", above = 0 }",
        "condition = { question = \"tightness\", not = { question = \"saddle\", equals = true } }",
    );
    let p = problems(&src);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].ends_with(
        "a condition is either `question` with one test, or one of `all`, `any`, `not`"
    ));
}

#[test]
fn nested_conditions_are_checked_all_the_way_down() {
    let src = broken(
        "condition = { question = \"tightness\", above = 0 }",
        "condition = { all = [{ question = \"saddle\", equals = false }, { not = { any = [{ question = \"tightness\", below = 99 }] } }] }",
    );
    let p = problems(&src);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].ends_with("99 is outside the range of `tightness` (0 to 10)"),
        "{p:?}"
    );
}

#[test]
fn empty_all_list() {
    let src = broken(
        "condition = { question = \"tightness\", above = 0 }",
        "condition = { all = [] }",
    );
    assert!(problems(&src)[0].ends_with("`all` is empty"));
}

#[test]
fn scale_min_not_below_max() {
    let src = broken("min = 0\nmax = 10", "min = 10\nmax = 10");
    let line = line_of(&src, "min = 10");
    let p = problems(&src);
    assert!(
        p.contains(&format!("{line}:7: min (10) must be less than max (10)")),
        "{p:?}"
    );
}

#[test]
fn scale_without_labels_and_choice_without_options() {
    let ftl = minimal_words().edit("    .min = not at all\n", "");
    let p = problems_with(&minimal(), &ftl);
    assert_eq!(
        p,
        vec![format!(
            "{}:6: no words for question `tightness`: message `q-tightness.min` is not in lang/en/minimal.ftl",
            line_of(&minimal(), "id = \"tightness\"")
        )]
    );
    let src = broken(
        "options = [\n  { value = \"left\"  },\n  { value = \"right\"  },\n]\n",
        "",
    );
    let p = problems(&src);
    assert!(
        p.iter()
            .any(|m| m.ends_with("a multi question needs `options`")),
        "{p:?}"
    );
}

#[test]
fn key_not_for_the_question_type() {
    let src = broken(
        "id = \"saddle\"\ntype = \"yes_no\"",
        "id = \"saddle\"\ntype = \"yes_no\"\nmin = 1",
    );
    let line = line_of(&src, "min = 1");
    assert_eq!(
        problems(&src),
        vec![format!("{line}:7: a yes_no question does not take `min`")]
    );
}

#[test]
fn benefit_thresholds_out_of_order() {
    let src = broken(
        "thresholds = { moderate = 1, high = 3 }",
        "thresholds = { moderate = 3, high = 2 }",
    );
    let line = line_of(&src, "moderate = 3");
    assert_eq!(
        problems(&src),
        vec![format!(
            "{line}:14: thresholds out of order: need 1 <= moderate (3) < high (2)"
        )]
    );
}

#[test]
fn verdict_thresholds_out_of_order() {
    let src = broken(
        "may_help = 1\nlikely_to_help = 2",
        "may_help = 2\nlikely_to_help = 2",
    );
    let p = problems(&src);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].ends_with("need 1 <= may_help (2) < likely_to_help (2)"),
        "{p:?}"
    );
}

#[test]
fn empty_consult_text() {
    let ftl = minimal_words().edit(
        "consult = This is not a diagnosis. Talk to a healthcare professional.",
        "consult = {\"  \"}",
    );
    assert_eq!(
        problems_with(&minimal(), &ftl),
        vec!["2:6: `consult` must not be empty"]
    );
}

#[test]
fn missing_consult_text() {
    let ftl = minimal_words().edit(
        "consult = This is not a diagnosis. Talk to a healthcare professional.\n",
        "",
    );
    assert_eq!(
        problems_with(&minimal(), &ftl),
        vec![
            "2:6: no words for the questionnaire: message `consult` is not in lang/en/minimal.ftl"
        ]
    );
}

#[test]
fn emergency_factor_no_answer_can_trigger() {
    let src = broken("effects = [{ factor = \"numbness\" }]\n", "");
    let line = line_of(&src, "id = \"numbness\"");
    assert_eq!(
        problems(&src),
        vec![format!(
            "{line}:6: emergency factor `numbness` cannot be triggered by any answer"
        )]
    );
}

#[test]
fn points_on_a_factor_that_is_not_a_benefit() {
    let src = broken(
        "effects = [{ factor = \"numbness\" }]",
        "effects = [{ factor = \"numbness\", points = 3 }]",
    );
    assert!(problems(&src)[0].ends_with("points 3 on factor `numbness` (emergency)"));
}

#[test]
fn effect_on_a_scale_question_without_a_test() {
    let src = broken(
        "{ factor = \"tension\", at_least = 4, points = 1 }",
        "{ factor = \"tension\", points = 1 }",
    );
    assert!(
        problems(&src)[0]
            .ends_with("an effect on a scale question needs a test saying which answers count")
    );
}

#[test]
fn benefit_factor_without_thresholds() {
    let src = broken("thresholds = { moderate = 1, high = 3 }\n", "");
    assert!(problems(&src)[0].ends_with("benefit factor `tension` needs `thresholds`"));
}

#[test]
fn an_emergency_that_is_not_now() {
    let src = broken(
        "kind = \"emergency\"\n",
        "kind = \"emergency\"\nwhen = \"today\"\n",
    );
    let line = line_of(&src, "when = \"today\"");
    let p = problems(&src);
    assert!(
        p[0].ends_with(&format!(
            "{line}:8: emergency factor `numbness` cannot have when = \"today\""
        )),
        "{p:?}"
    );
    let out = crate::harness::backcheck()
        .file("bad.toml", &src)
        .file("lang/en/bad.ftl", minimal_words())
        .args(["check", "bad.toml"])
        .run()
        .code(78);
    assert!(
        out.stderr
            .contains("a factor of this kind takes when = \"now\""),
        "{}",
        out.stderr
    );
}

#[test]
fn an_unknown_placeholder_in_any_text() {
    let ftl = minimal_words().edit(
        "    .advice = Go to an emergency department now.",
        "    .advice = Call { $emergency_numbr } now.",
    );
    let line = line_of(&ftl, "emergency_numbr");
    let out = crate::harness::backcheck()
        .file("m.toml", minimal())
        .file("lang/en/m.ftl", &ftl)
        .args(["check", "m.toml"])
        .run()
        .code(78);
    assert!(
        out.stderr.contains(&format!(
            "lang/en/m.ftl:{line}:6: `f-numbness.advice` uses `{{ $emergency_numbr }}`, which is not a placeholder backcheck fills"
        )),
        "{}",
        out.stderr
    );
}

#[test]
fn a_translation_is_checked_against_the_reference_words() {
    let es = minimal_words()
        .edit("q-saddle = Is the area you sit on numb?\n", "")
        .edit(
            "    .o-right = Right side",
            "    .o-right = Lado derecho\n    .o-middle = Centro",
        )
        .edit(
            "verdict-emergency = Get help now\n    .summary = Call your local emergency number.",
            "verdict-emergency = Pida ayuda ya\n    .summary = Llame al { $emergency_number }.",
        );
    let out = crate::harness::backcheck()
        .file("m.toml", minimal())
        .file("lang/en/m.ftl", minimal_words())
        .file("lang/es/m.ftl", &es)
        .args(["check", "m.toml"])
        .run()
        .code(78);
    let summary = line_of(&es, "Llame al");
    let middle = line_of(&es, ".o-middle");
    for expected in [
        "lang/es/m.ftl:1:1: `q-saddle` is missing (it is in lang/en/m.ftl)".to_owned(),
        format!(
            "lang/es/m.ftl:{middle}:6: `q-where.o-middle` is not in lang/en/m.ftl, so it is never used"
        ),
        format!(
            "lang/es/m.ftl:{summary}:6: `verdict-emergency.summary` uses `{{ $emergency_number }}`, which lang/en/m.ftl does not"
        ),
        "3 problems in the words".to_owned(),
    ] {
        assert!(out.stderr.contains(&expected), "{expected}\n{}", out.stderr);
    }
    // The same words, complete, pass.
    crate::harness::backcheck()
        .file("m.toml", minimal())
        .file("lang/en/m.ftl", minimal_words())
        .file("lang/es/m.ftl", minimal_words())
        .args(["check", "m.toml"])
        .run()
        .code(0);
}

#[test]
fn a_safety_net_item_under_a_tier_its_factor_does_not_have() {
    let src = format!(
        "{}\n[[safety_net.tiers]]\nwhen = \"today\"\nitems = [{{ id = \"numb\", factors = [\"numbness\"] }}]\n",
        minimal()
    );
    let ftl = format!(
        "{}\ntier-today = Get seen today if\nsign-numb = it goes numb\n",
        minimal_words()
    );
    let p = problems_with(&src, &ftl);
    assert!(
        p.iter().any(|m| m
            .ends_with("factor `numbness` is `now`, but the safety net lists it under `today`")),
        "{p:?}"
    );
}

#[test]
fn option_values_that_piped_answers_could_not_tell_apart() {
    let src = broken("value = \"right\"", "value = \"none\"");
    assert!(problems(&src)[0].ends_with("option value `none` is reserved"));
    let src = broken("value = \"right\"", "value = \"2\"");
    assert!(problems(&src)[0].ends_with("option value `2` is reserved"));
}

#[test]
fn ids_with_spaces_or_capitals() {
    let src = broken("id = \"tightness\"", "id = \"Tight ness\"")
        .edit("question = \"tightness\"", "question = \"Tight ness\"");
    assert!(problems(&src)[0].ends_with("`Tight ness` is not a valid id"));
}

#[test]
fn questions_written_as_a_plain_table() {
    let src = minimal();
    let head = &src[..src.find("[[questions]]").expect("questions")];
    let src = head.edit("[benefit]", "questions = \"none\"\n[benefit]");
    let p = problems(&src);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p.iter()
            .any(|m| m.contains("`questions` must be an array of tables")),
        "{p:?}"
    );
}

#[test]
fn a_byte_order_mark_is_accepted_and_columns_still_match() {
    let src = format!("\u{feff}{}", broken("[benefit]", "colour = 1\n[benefit]"));
    assert_eq!(problems(&src), vec!["5:1: unknown top-level key `colour`"]);
}

#[test]
fn rendered_error_has_the_file_line_caret_and_hint() {
    let src = broken(
        "{ factor = \"tension\", at_least = 4",
        "{ factor = \"tenson\", at_least = 4",
    );
    let err = load_str("content/mini.toml", &src, &fixture_words("minimal")).expect_err("invalid");
    let line = line_of(&src, "tenson");
    insta::assert_snapshot!(err.to_string().replace(&format!("{line}"), "LINE"));
}

#[test]
fn a_condition_that_can_never_hold_hides_its_question_from_everyone() {
    let src = broken(
        "condition = { question = \"tightness\", above = 0 }",
        "condition = { all = [{ question = \"tightness\", above = 6 }, { question = \"tightness\", below = 7 }] }",
    );
    let line = line_of(&src, "below = 7");
    assert_eq!(
        problems(&src),
        vec![format!(
            "{line}:13: no answers can make this condition true, so `where` would never be asked"
        )]
    );
}

#[test]
fn an_emergency_only_behind_a_question_no_one_is_asked_cannot_be_triggered() {
    // Ask the saddle question only when it has been answered yes and no at once.
    let src = minimal().edit(
        "[[questions]]\nid = \"saddle\"",
        "[[questions]]\nid = \"gate\"\ntype = \"yes_no\"\n\n[[questions]]\nid = \"saddle\"\ncondition = { all = [{ question = \"gate\", equals = true }, { question = \"gate\", equals = false }] }");
    let p = problems(&src);
    assert!(
        p.iter()
            .any(|m| m.ends_with("so `saddle` would never be asked")),
        "{p:?}"
    );
    assert!(
        p.iter()
            .any(|m| m.ends_with("emergency factor `numbness` cannot be triggered by any answer")),
        "{p:?}"
    );
}
