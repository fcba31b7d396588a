//! Answers in the run's language: in Spanish, yes/no answers may be typed
//! `sí`, `si`, `s`, `no`, `n` (any case, with or without accents), "no sé"
//! where "not sure" is offered, `omitir` and `ninguna` for skip and none,
//! and an option by its Spanish label, accents or not. English keeps what it
//! accepts; answers files keep ids. And the prompts speak Spanish.

use std::time::Duration;

use backcheck::answer::Answer;
use expectrl::{Eof, Expect, Session};

use crate::harness::{PEOPLE, answers_of, backcheck, fixture, person, shipped};

/// Spanish labels, written without accents and in odd case, for the choice
/// and multi answers of the test people: (question, option id, typed words).
const LABELS: [(&str, &str, &str); 12] = [
    ("pain_duration", "over_12_weeks", "MAS de 12 semanas"),
    ("pain_duration", "6_to_12_weeks", "de 6 a 12 semanas"),
    ("pain_duration", "under_6_weeks", "menos de 6 semanas"),
    ("stress_level", "low", "poco"),
    ("stress_level", "moderate", "Algo"),
    ("stress_level", "high", "mucho"),
    ("pressure_preference", "light", "ligera"),
    ("pressure_preference", "not_sure", "todavia no lo se"),
    (
        "diagnosed_conditions",
        "herniated_disc",
        "una hernia de disco o un disco abultado",
    ),
    (
        "pain_location",
        "lower_left",
        "lado izquierdo de la parte baja de la espalda",
    ),
    ("pain_location", "buttocks", "nalgas"),
    ("pain_location", "hips", "CADERAS"),
];

/// A person's answers as piped lines in Spanish words: yes and no in turn
/// as `sí`, `Si`, `S`, `SÍ` and `no`, `N`, `No`; "no sé"; `omitir` and
/// `ninguna`; labels for the options in `LABELS`, ids for the others.
fn spanish_lines(name: &str) -> String {
    let answers = answers_of(name);
    let (mut yes, mut no) = (0, 0);
    let mut out = String::new();
    for question in backcheck::flow::shown(&shipped(), &answers) {
        let label = |v: &str| {
            LABELS
                .iter()
                .find(|(q, o, _)| *q == question.id && *o == v)
                .map_or_else(|| v.to_owned(), |(_, _, words)| (*words).to_owned())
        };
        let line = match answers.get(&question.id) {
            None => "omitir".to_owned(),
            Some(Answer::Bool(true)) => {
                yes += 1;
                ["sí", "Si", "S", "SÍ"][yes % 4].to_owned()
            }
            Some(Answer::Bool(false)) => {
                no += 1;
                ["no", "N", "No"][no % 3].to_owned()
            }
            Some(Answer::Unsure) => "No Se".to_owned(),
            Some(Answer::Int(n)) => n.to_string(),
            Some(Answer::Choice(v)) => label(v),
            Some(Answer::Multi(v)) if v.is_empty() => "Ninguna".to_owned(),
            Some(Answer::Multi(v)) => v.iter().map(|v| label(v)).collect::<Vec<_>>().join(", "),
        };
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// The JSON summary of piped lines in Spanish.
fn spanish_run(lines: &str) -> crate::harness::Outcome {
    backcheck()
        .args(["--format", "json"])
        .env("BACKCHECK_LANG", "es")
        .stdin(lines)
        .run()
}

/// The JSON summary of a person's answers file, in Spanish.
fn spanish_file(name: &str) -> String {
    backcheck()
        .args(["--format", "json", "--answers"])
        .arg(person(name))
        .env("BACKCHECK_LANG", "es")
        .run()
        .code(0)
        .stdout
}

#[test]
fn spanish_words_and_labels_give_the_same_summary_as_the_answers_file() {
    for name in PEOPLE {
        let lines = spanish_lines(name);
        let piped = spanish_run(&lines).code(0);
        assert_eq!(piped.stdout, spanish_file(name), "{name}:\n{lines}");
    }
}

#[test]
fn each_spanish_yes_is_yes() {
    // sciatica answers yes seven times; each form of sí in turn, in the
    // place of the first, gives the same summary.
    let lines = spanish_lines("sciatica");
    let expected = spanish_file("sciatica");
    let first = lines
        .lines()
        .position(|l| ["sí", "Si", "S", "SÍ"].contains(&l))
        .expect("a yes");
    for yes in ["sí", "si", "Sí", "SI", "Si", "S", "s", "SÍ", "  sí  "] {
        let mut edited: Vec<&str> = lines.lines().collect();
        edited[first] = yes;
        let out = spanish_run(&edited.join("\n")).code(0);
        assert_eq!(out.stdout, expected, "{yes:?}");
    }
}

#[test]
fn no_se_is_not_sure_where_not_sure_is_offered() {
    let file = std::fs::read_to_string(person("quiet-back")).expect("person");
    let file = crate::harness::replaced(
        &file,
        "saddle_numbness = false",
        "saddle_numbness = \"not_sure\"",
    );
    let expected = backcheck()
        .args(["--format", "json", "--answers", "unsure.toml"])
        .file("unsure.toml", &file)
        .env("BACKCHECK_LANG", "es")
        .run()
        .code(0)
        .stdout;
    let lines = spanish_lines("quiet-back");
    let rest: Vec<&str> = lines.lines().skip(1).collect();
    for unsure in ["no sé", "No se", "NO ESTOY SEGURO", "no estoy segura"] {
        let out = spanish_run(&format!("{unsure}\n{}", rest.join("\n"))).code(0);
        assert_eq!(out.stdout, expected, "{unsure:?}");
    }
}

#[test]
fn a_bad_spanish_answer_is_refused_in_spanish() {
    let out = spanish_run("sip\n").code(65);
    assert_eq!(
        out.stderr,
        "backcheck: línea 1 (pregunta 1, `saddle_numbness`): `sip` no es una respuesta válida aquí; \
         se acepta: s, sí, n, no o no estoy seguro\n"
    );
}

#[test]
fn english_runs_accept_what_they_did_and_not_spanish_words() {
    for word in ["sí", "si", "s", "no sé"] {
        let out = backcheck().stdin(format!("{word}\n")).run().code(65);
        assert!(
            out.stderr
                .contains("is not an answer here; accepted: y, yes, n, no or not sure"),
            "{word}: {}",
            out.stderr
        );
    }
    // A Spanish run still takes the English words.
    let english = crate::harness::as_lines(&answers_of("sciatica"));
    let out = spanish_run(&english).code(0);
    assert_eq!(out.stdout, spanish_file("sciatica"));
}

#[test]
fn answers_files_keep_ids_and_english_words() {
    // A Spanish yes in an answers file is not an answer, in any language.
    let file = std::fs::read_to_string(person("quiet-back")).expect("person");
    let file =
        crate::harness::replaced(&file, "saddle_numbness = false", "saddle_numbness = \"sí\"");
    let out = backcheck()
        .args(["--answers", "a.toml"])
        .file("a.toml", &file)
        .env("BACKCHECK_LANG", "es")
        .run()
        .code(65);
    assert!(
        out.stderr.contains("\"sí\" no es una respuesta válida para `saddle_numbness`; se acepta: true, false o \"not_sure\" (o \"yes\" o \"no\")"),
        "{}",
        out.stderr
    );
}

#[test]
fn the_plain_prompts_speak_spanish() {
    // Piped answers print no prompts, so the plain prompts are read at a
    // terminal (TERM=dumb chooses them): the small example questionnaire,
    // whose own words are English, with backcheck's words in Spanish.
    let dir = tempfile::tempdir().expect("dir");
    let content = fixture("content/minimal.toml");
    let script = format!(
        "BACKCHECK_LANG=es exec \"$BIN\" --content '{}' --format json > out.json",
        content.display()
    );
    let mut cmd = crate::harness::shell(&script);
    cmd.current_dir(dir.path())
        .env("TERM", "dumb")
        .env("BACKCHECK_JOURNAL", dir.path().join("journal.sqlite3"));
    let mut pty = Session::spawn(cmd).expect("spawn in a pty");
    pty.set_expect_timeout(Some(Duration::from_secs(60)));
    let mut step = |text: &str, line: Option<&str>| {
        if let Err(e) = pty.expect(text) {
            panic!("waiting for {text:?}: {e}");
        }
        if let Some(line) = line {
            pty.send_line(line).expect("send");
        }
    };
    step("Escriba atrás para volver a la pregunta anterior.", None);
    step("Pregunta 1 de 2: ", None);
    step(
        "Escriba s o n. Escriba atrás para volver a la pregunta anterior.",
        None,
    );
    step("> ", Some("quizás"));
    step(
        "Lo siento, esa respuesta no es válida aquí. Escriba s o n.",
        None,
    );
    step("> ", Some("N"));
    step("Pregunta 2 de 2: ", None);
    step("> ", Some("atrás"));
    step("Pregunta 1 de 2: ", None);
    step("Pulse Intro para mantener su respuesta: no.", None);
    step("> ", Some(""));
    step("> ", Some("8"));
    step("Pregunta 3 de 3: ", None);
    step(", o saltar.", None);
    step("> ", Some("left side"));
    step("Sus respuestas:", None);
    step("Su respuesta: no.", None);
    step("pulse Intro para ver su resumen:", Some(""));
    step("¿Guardar sus respuestas", None);
    step("Escriba s o n:", Some("n"));
    pty.expect(Eof).expect("end of output");
    let status = pty.get_process().wait().expect("wait");
    assert!(
        matches!(status, ptyprocess::WaitStatus::Exited(_, 0)),
        "{status:?}"
    );
    let json = crate::harness::read_json(&dir.path().join("out.json"));
    assert_eq!(json["answers"]["saddle"], false, "{json}");
    assert_eq!(json["answers"]["tightness"], 8, "{json}");
    assert_eq!(
        json["answers"]["where"],
        serde_json::json!(["left"]),
        "{json}"
    );
}
