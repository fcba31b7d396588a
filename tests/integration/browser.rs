//! Checks in a real browser and with independent readers: every test person's
//! HTML report and a trend printed by headless Chromium to A4 and Letter and
//! read back with poppler (issue 23, "Reports that print well"); the FHIR
//! Questionnaire filled in LHC-Forms, a real forms app (issue 22); and the
//! FHIR output read by the Python `fhir.resources` models.
//!
//! The tools come from `tests/browser/install.sh` (CI runs it first). Under
//! CI (`CI=true`) a missing tool fails the test; elsewhere the test says
//! "skipped: run tests/browser/install.sh" on stderr and returns.
//! The scripts in `tests/browser/` only measure (PDF pages and lines, what
//! the form shows); every judgement is here.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};

use crate::harness::{all_people, backcheck, checkin_lines, person, repo};

const CHROMIUM: &str = "/usr/bin/chromium";

/// A tool a check needs.
#[derive(Clone, Copy, PartialEq)]
enum Tool {
    /// Debian's Chromium and the npm packages (playwright-core, lforms).
    Browser,
    /// poppler-utils.
    Poppler,
    /// tests/browser/.venv with fhir.resources.
    Python,
}

fn browser_dir() -> PathBuf {
    repo("tests/browser")
}

fn python() -> PathBuf {
    browser_dir().join(".venv/bin/python")
}

fn runs(program: &str, arg: &str) -> bool {
    Command::new(program)
        .arg(arg)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Whether the tools are there. Under CI a missing one fails the test;
/// elsewhere the test is skipped, saying so.
fn ready(tools: &[Tool]) -> bool {
    let node_modules = browser_dir().join("node_modules");
    let mut missing = Vec::new();
    for tool in tools {
        let (there, what) = match tool {
            Tool::Browser => (
                Path::new(CHROMIUM).exists()
                    && runs("node", "--version")
                    && node_modules.join("playwright-core/package.json").exists()
                    && node_modules
                        .join("lforms/dist/lforms/webcomponent/main.js")
                        .exists(),
                "chromium, node and tests/browser/node_modules",
            ),
            Tool::Poppler => (runs("pdfinfo", "-v"), "poppler-utils"),
            Tool::Python => (python().exists(), "tests/browser/.venv"),
        };
        if !there {
            missing.push(what);
        }
    }
    if missing.is_empty() {
        return true;
    }
    let missing = missing.join(", ");
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "CI must run tests/browser/install.sh before the tests; missing: {missing}"
    );
    eprintln!("skipped: run tests/browser/install.sh (missing: {missing})");
    false
}

/// Runs a program, failing the test with its stderr when it fails.
fn run_tool(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?}: {}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

fn node(script: &str) -> Command {
    let mut cmd = Command::new("node");
    cmd.arg(browser_dir().join(script))
        .env("CHROMIUM", CHROMIUM);
    cmd
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

// ---------------------------------------------------------------------------
// Printing (issue 23)

/// Text without any white space and with ligatures spelt out, for finding
/// a sentence however the PDF broke its lines.
fn squeezed(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfkc().filter(|c| !c.is_whitespace()).collect()
}

/// The text of an HTML fragment: tags dropped, entities decoded.
fn plain(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    html_escape::decode_html_entities(&out).into_owned()
}

/// The HTML between `start` (included) and the end of its element `close`.
fn element<'a>(html: &'a str, start: &str, close: &str) -> Option<&'a str> {
    let at = html.find(start)?;
    let end = html[at..].find(close)? + at + close.len();
    Some(&html[at..end])
}

/// What a printed page must show, read from the page's HTML.
struct Expected {
    /// The verdict section's text (or the urgent box's and the verdict's).
    verdict: Vec<String>,
    /// The labels of the reasons under "Why" (the section after the verdict).
    reasons: Vec<String>,
    /// The consult text at the end.
    consult: String,
    /// The chart's caption, on a page with a chart.
    caption: Option<String>,
    /// The page margin the style asks for, in millimetres.
    margin_mm: f64,
}

fn expected(html: &str) -> Expected {
    let section =
        |class: &str| element(html, &format!("<section class=\"{class}\">"), "</section>");
    let mut verdict = Vec::new();
    for class in ["urgent", "verdict"] {
        if let Some(s) = section(class)
            && let Some(h) = element(s, "<h2>", "</h2>")
        {
            verdict.push(plain(h));
        }
    }
    assert!(!verdict.is_empty(), "no verdict in the page");
    let after_verdict = &html[html.find("<section class=\"verdict\">").expect("verdict")..];
    let after_verdict = &after_verdict[after_verdict.find("</section>").expect("end")..];
    let why =
        element(after_verdict, "<section>", "</section>").expect("a section after the verdict");
    let mut reasons: Vec<String> = why
        .split("<strong>")
        .skip(1)
        .filter_map(|s| s.split_once("</strong>").map(|(label, _)| plain(label)))
        .collect();
    if reasons.is_empty() {
        reasons = why
            .split("<li>")
            .skip(1)
            .filter_map(|s| s.split_once("</li>").map(|(item, _)| plain(item)))
            .collect();
    }
    let consult = plain(element(html, "<div class=\"consult\">", "</div>").expect("consult"));
    let caption = element(html, "<figcaption>", "</figcaption>").map(plain);
    let page_rule = element(html, "@page {", "}").expect("an @page rule");
    let margin_mm = page_rule
        .split("margin:")
        .nth(1)
        .and_then(|m| m.trim().split("mm").next())
        .and_then(|n| n.trim().parse().ok())
        .expect("a margin in mm");
    Expected {
        verdict,
        reasons,
        consult,
        caption,
        margin_mm,
    }
}

/// The lines of each page, as poppler reads them.
fn page_lines(facts: &Value) -> Vec<Vec<(String, bool)>> {
    facts["pages"]
        .as_array()
        .expect("pages")
        .iter()
        .map(|p| {
            p["lines"]
                .as_array()
                .expect("lines")
                .iter()
                .map(|l| {
                    (
                        l["text"].as_str().expect("text").to_owned(),
                        l["heading"].as_bool().expect("heading"),
                    )
                })
                .collect()
        })
        .collect()
}

/// ISO dates (2026-10-08) in a text.
fn iso_dates(text: &str) -> Vec<String> {
    let b = text.as_bytes();
    (0..b.len().saturating_sub(9))
        .filter(|&i| {
            (i == 0 || !b[i - 1].is_ascii_digit())
                && b[i..i + 10].iter().enumerate().all(|(k, c)| {
                    if k == 4 || k == 7 {
                        *c == b'-'
                    } else {
                        c.is_ascii_digit()
                    }
                })
        })
        .map(|i| text[i..i + 10].to_owned())
        .collect()
}

/// Every problem of one printed PDF, against what its page must show.
fn print_problems(name: &str, facts: &Value, want: &Expected) -> Vec<String> {
    let pages = page_lines(facts);
    let mut problems = Vec::new();
    let mut say = |p: String| problems.push(format!("{name}: {p}"));
    let text_of = |lines: &[(String, bool)]| {
        lines
            .iter()
            .map(|(t, _)| t.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    };
    let consult = squeezed(&want.consult);
    for (i, lines) in pages.iter().enumerate() {
        let no = i + 1;
        let text = squeezed(&text_of(lines));
        if text.is_empty() {
            say(format!("page {no} is blank"));
            continue;
        }
        if lines.iter().all(|(_, heading)| *heading) {
            say(format!("page {no} holds only a heading: {lines:?}"));
        }
        if lines.last().is_some_and(|(_, heading)| *heading) && no < pages.len() {
            say(format!("page {no} ends on a heading: {:?}", lines.last()));
        }
        if consult.contains(&text) {
            say(format!("page {no} holds only the consult text"));
        }
        let fill = facts["pages"][i]["fill"].as_f64().expect("fill");
        if no < pages.len() && fill < 0.5 {
            say(format!(
                "page {no} is only {:.0}% full before the page break (a block was pushed over)",
                fill * 100.0
            ));
        }
        let outside = &facts["pages"][i]["outside_margins"];
        if outside.as_array().is_some_and(|o| !o.is_empty()) {
            say(format!("page {no}: words past the margins: {outside}"));
        }
    }
    let first = squeezed(&pages.first().map(|l| text_of(l)).unwrap_or_default());
    for v in &want.verdict {
        if !first.contains(&squeezed(v)) {
            say(format!("the verdict {v:?} is not on page 1"));
        }
    }
    for r in &want.reasons {
        if !first.contains(&squeezed(r)) {
            say(format!("the reason {r:?} is not on page 1"));
        }
    }
    match facts["scale"].as_f64() {
        Some(scale) if scale < 0.97 => say(format!(
            "printed at {:.0}%: Chromium shrank the page to fit something too wide",
            scale * 100.0
        )),
        Some(_) => {}
        None => say(format!(
            "the title's font is not one check_pdf.py knows: {}",
            facts["font"]
        )),
    }
    // A date is never broken across two lines.
    let all: Vec<&str> = pages.iter().flatten().map(|(t, _)| t.as_str()).collect();
    let whole = squeezed(&all.join(" "));
    for date in iso_dates(&whole) {
        let in_text = whole.matches(&date).count();
        let on_a_line: usize = all.iter().map(|l| l.matches(&date).count()).sum();
        if on_a_line < in_text {
            say(format!("the date {date} is broken across lines"));
        }
    }
    if let Some(caption) = &want.caption {
        let times = whole.matches(&squeezed(caption)).count();
        if times != 1 {
            say(format!(
                "the chart's caption {caption:?} is printed {times} times"
            ));
        }
    }
    problems
}

/// Prints the pages (HTML, or SVG pictures only measured) and reads each
/// PDF: by page, its print facts and its SVG texts.
fn print_and_read(dir: &Path, pages: &[PathBuf]) -> (Value, Value, f64) {
    let printed = json(&run_tool(node("print.mjs").arg(dir).args(pages)));
    let mut pdfs = Vec::new();
    for p in pages {
        let entry = &printed[p.to_str().expect("utf-8")];
        for paper in ["a4", "letter"] {
            if let Some(pdf) = entry[paper].as_str() {
                pdfs.push(pdf.to_owned());
            }
        }
    }
    let html = pages
        .iter()
        .find(|p| p.extension().is_some_and(|e| e == "html"))
        .expect("a page");
    let margin = expected(&std::fs::read_to_string(html).expect("page")).margin_mm;
    let facts = json(&run_tool(
        Command::new("python3")
            .arg(browser_dir().join("check_pdf.py"))
            .args(["--margin-mm", &margin.to_string()])
            .args(&pdfs),
    ));
    (printed, facts, margin)
}

fn pages_of(facts: &Value, pdf: &str) -> usize {
    facts[pdf]["pages"].as_array().map_or(0, Vec::len)
}

#[test]
fn every_persons_report_prints_well_on_a4_and_letter() {
    if !ready(&[Tool::Browser, Tool::Poppler]) {
        return;
    }
    let dir = tempfile::tempdir().expect("dir");
    let mut pages = Vec::new();
    let mut wants = HashMap::new();
    for name in all_people() {
        let out = backcheck()
            .args(["--format", "html", "--date", "2026-01-15", "--answers"])
            .arg(person(&name))
            .run()
            .code(0);
        let path = dir.path().join(format!("{name}.html"));
        std::fs::write(&path, &out.stdout).expect("write");
        wants.insert(name.clone(), expected(&out.stdout));
        pages.push(path);
    }
    // A page too wide for the paper: the check of shrinking must see it.
    let wide = dir.path().join("too-wide.html");
    std::fs::write(
        &wide,
        format!(
            "<!DOCTYPE html><html><head><style>@page {{ size: auto; margin: 12mm; }} \
             body {{ font-family: system-ui, sans-serif; }} h1 {{ font-size: 16pt; }}</style></head><body><h1>A title</h1><pre>{}</pre></body></html>",
            "x".repeat(300)
        ),
    )
    .expect("write");
    pages.push(wide.clone());
    let (printed, facts, _) = print_and_read(dir.path(), &pages);
    let wide_pdf = printed[wide.to_str().expect("utf-8")]["a4"]
        .as_str()
        .expect("pdf");
    assert!(
        facts[wide_pdf]["scale"].as_f64().is_some_and(|s| s < 0.97),
        "the shrink check does not see a page too wide: {}",
        facts[wide_pdf]["scale"]
    );
    let mut problems = Vec::new();
    let mut counts = BTreeMap::new();
    for name in all_people() {
        let entry = &printed[dir
            .path()
            .join(format!("{name}.html"))
            .to_str()
            .expect("utf-8")];
        let mut pages_per_paper = Vec::new();
        for paper in ["a4", "letter"] {
            let pdf = entry[paper].as_str().expect("pdf");
            problems.extend(print_problems(
                &format!("{name} ({paper})"),
                &facts[pdf],
                &wants[&name],
            ));
            pages_per_paper.push(pages_of(&facts, pdf));
        }
        // A typical report (every test person's is) fits on three A4 pages.
        if pages_per_paper[0] > 3 {
            problems.push(format!("{name}: {} A4 pages", pages_per_paper[0]));
        }
        counts.insert(name, pages_per_paper);
    }
    eprintln!("pages (A4, Letter): {counts:?}");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A journal with an assessment (pain 5, activity limits 4) and the given
/// check-ins, weekly from 8 October 2026.
fn journal_with(dir: &Path, checkins: &[(u8, u8)]) {
    let journal = dir.join("journal.sqlite3");
    let at = || {
        backcheck()
            .env("BACKCHECK_JOURNAL", journal.to_str().expect("utf-8"))
            .env("BACKCHECK_TODAY", "2026-11-25")
    };
    at().args(["--record", "--date", "2026-10-01", "--answers"])
        .arg(person("desk-worker"))
        .run()
        .code(0);
    for (week, (pain, limits)) in checkins.iter().enumerate() {
        let date = jiff::civil::date(2026, 10, 8)
            .checked_add(jiff::Span::new().days(7 * week as i64))
            .expect("date");
        at().args(["checkin", "--date", &date.to_string()])
            .stdin(checkin_lines(*pain, *limits, &[], "y\n60\n1\nnone\n"))
            .run()
            .code(0);
    }
}

/// The trend of the journal in `dir`, as HTML, and its SVG picture.
fn trend_page(dir: &Path, name: &str) -> (PathBuf, PathBuf, String) {
    let svg = dir.join(format!("{name}.svg"));
    let out = backcheck()
        .env(
            "BACKCHECK_JOURNAL",
            dir.join("journal.sqlite3").to_str().expect("utf-8"),
        )
        .env("BACKCHECK_TODAY", "2026-11-25")
        .args(["trend", "--format", "html", "--svg"])
        .arg(&svg)
        .run()
        .code(0);
    let html = dir.join(format!("{name}.html"));
    std::fs::write(&html, &out.stdout).expect("write");
    (html, svg, out.stdout)
}

#[test]
fn the_trend_prints_well_and_its_chart_shows_everything() {
    if !ready(&[Tool::Browser, Tool::Poppler]) {
        return;
    }
    let dir = tempfile::tempdir().expect("dir");
    let (five, one) = (dir.path().join("five"), dir.path().join("one"));
    std::fs::create_dir_all(&five).expect("dir");
    std::fs::create_dir_all(&one).expect("dir");
    journal_with(&five, &[(5, 4), (4, 4), (4, 3), (3, 3), (3, 2)]);
    journal_with(&one, &[(5, 4)]);
    let (five_html, five_svg, five_text) = trend_page(&five, "five");
    let (one_html, one_svg, one_text) = trend_page(&one, "one");
    let pages = [five_html.clone(), one_html.clone(), five_svg, one_svg];
    let (printed, facts, _) = print_and_read(dir.path(), &pages);
    let checkin = backcheck::content::load_checkin().expect("check-in content");
    let words = &checkin.checkin().expect("a check-in").trend;
    // The activity limits' starting point is drawn and labelled.
    let activity_start = words.chart(
        "baseline_activity",
        &[("activity", 4u8.into()), ("date", "2026-10-01".into())],
    );
    let mut problems = Vec::new();
    for (html, text) in [(&five_html, &five_text), (&one_html, &one_text)] {
        let want = expected(text);
        assert!(want.caption.is_some(), "a chart in the trend page");
        let entry = &printed[html.to_str().expect("utf-8")];
        for paper in ["a4", "letter"] {
            let pdf = entry[paper].as_str().expect("pdf");
            let name = format!("{} ({paper})", html.display());
            problems.extend(print_problems(&name, &facts[pdf], &want));
            let lines: Vec<String> = page_lines(&facts[pdf])
                .into_iter()
                .flatten()
                .map(|(t, _)| t)
                .collect();
            if !squeezed(&lines.join(" ")).contains(&squeezed(&activity_start)) {
                problems.push(format!(
                    "{name}: the activity limits' starting point ({activity_start:?}) is not drawn"
                ));
            }
        }
    }
    // Every word of the picture (title, legend, labels) lies inside it,
    // in the page and in the SVG file alike, with one check-in or five.
    for page in &pages {
        for picture in printed[page.to_str().expect("utf-8")]["svg"]
            .as_array()
            .expect("pictures")
        {
            for t in picture["texts"].as_array().expect("texts") {
                if t["inside"] != true {
                    problems.push(format!(
                        "{}: the chart cuts off {:?}",
                        page.display(),
                        t["text"]
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// ---------------------------------------------------------------------------
// LHC-Forms (issue 22)

/// Runs steps (see tests/browser/lforms.mjs) on the Questionnaire in
/// LHC-Forms; one result per step.
fn in_lforms(questionnaire: &Value, steps: &[Value]) -> Vec<Value> {
    let dir = tempfile::tempdir().expect("dir");
    let q = dir.path().join("q.json");
    let s = dir.path().join("steps.json");
    std::fs::write(&q, questionnaire.to_string()).expect("write");
    std::fs::write(&s, Value::Array(steps.to_vec()).to_string()).expect("write");
    let results = json(&run_tool(node("lforms.mjs").arg(&q).arg(&s)));
    let results = results.as_array().expect("results").clone();
    assert_eq!(results.len(), steps.len());
    results
}

fn questionnaire() -> Value {
    json(
        &backcheck()
            .args(["questions", "--format", "fhir"])
            .run()
            .code(0)
            .stdout,
    )
}

/// Every item of a Questionnaire, nested ones too, by linkId.
fn all_items(q: &Value) -> HashMap<String, Value> {
    fn walk(v: &Value, out: &mut HashMap<String, Value>) {
        for item in v["item"].as_array().into_iter().flatten() {
            out.insert(
                item["linkId"].as_str().expect("linkId").into(),
                item.clone(),
            );
            walk(item, out);
        }
    }
    let mut out = HashMap::new();
    walk(q, &mut out);
    out
}

/// The answer an enableWhen asks for, as lforms.mjs takes it.
fn asked(when: &Value) -> Value {
    if let Some(b) = when.get("answerBoolean") {
        b.clone()
    } else if let Some(c) = when.get("answerCoding") {
        c["code"].clone()
    } else if let Some(n) = when.get("answerInteger") {
        let n = n.as_i64().expect("integer");
        json!(match when["operator"].as_str() {
            Some(">") => n + 1,
            Some("<") => n - 1,
            _ => n,
        })
    } else {
        panic!("an enableWhen this test cannot answer: {when}")
    }
}

/// Another answer than the one asked for: "no" where there is one.
fn other_than(item: &Value, asked: &Value) -> Value {
    if asked.is_boolean() {
        return json!(!asked.as_bool().expect("bool"));
    }
    let codes: Vec<&Value> = item["answerOption"]
        .as_array()
        .expect("options")
        .iter()
        .map(|o| &o["valueCoding"]["code"])
        .filter(|c| *c != asked)
        .collect();
    codes
        .iter()
        .find(|c| **c == "no")
        .or(codes.first())
        .map(|c| (*c).clone())
        .expect("another option")
}

/// Steps that answer `link` with `value`, first making its own question
/// shown (its enableWhen answered as asked), and remembering what is
/// answered in `state`.
fn answer_steps(
    items: &HashMap<String, Value>,
    state: &mut HashMap<String, Value>,
    link: &str,
    value: Value,
    steps: &mut Vec<Value>,
) {
    let item = &items[link];
    for when in item["enableWhen"].as_array().into_iter().flatten() {
        let question = when["question"].as_str().expect("question");
        answer_steps(items, state, question, asked(when), steps);
    }
    if state.get(link) != Some(&value) {
        steps.push(json!({"answer": link, "value": value}));
        state.insert(link.to_owned(), value);
    }
}

#[test]
fn the_form_shows_and_hides_questions_by_their_enable_when() {
    if !ready(&[Tool::Browser]) {
        return;
    }
    let q = questionnaire();
    let items = all_items(&q);
    // Every question shown only after an answer (not the urgent messages,
    // which the next test takes one by one).
    let mut conditional: Vec<&String> = items
        .iter()
        .filter(|(_, i)| i["enableWhen"].is_array() && i["type"] != "display")
        .map(|(link, _)| link)
        .collect();
    conditional.sort();
    assert!(
        !conditional.is_empty(),
        "no skip logic in the Questionnaire"
    );
    let mut steps = vec![json!({"load": true})];
    for link in &conditional {
        steps.push(json!({"shown": link}));
    }
    let mut state = HashMap::new();
    let mut checks = Vec::new();
    for link in &conditional {
        let item = &items[link.as_str()];
        let whens = item["enableWhen"].as_array().expect("enableWhen");
        let mut shown_by = Vec::new();
        for when in whens {
            let question = when["question"].as_str().expect("question");
            answer_steps(&items, &mut state, question, asked(when), &mut steps);
            shown_by.push((question, other_than(&items[question], &asked(when))));
        }
        checks.push((link, "shown", steps.len()));
        steps.push(json!({"wait_shown": link}));
        // One condition answered otherwise hides it again (with "all";
        // with "any", every one of them).
        let any = item["enableBehavior"] == "any";
        for (question, other) in shown_by.iter().take(if any { whens.len() } else { 1 }) {
            steps.push(json!({"answer": question, "value": other}));
            state.insert((*question).to_owned(), other.clone());
        }
        checks.push((link, "hidden", steps.len()));
        steps.push(json!({"wait_hidden": link}));
    }
    steps.push(json!({"errors": true}));
    let results = in_lforms(&q, &steps);
    let mut problems = Vec::new();
    for (i, result) in results.iter().enumerate() {
        if let Some(e) = result.get("error") {
            problems.push(format!("step {}: {e}", steps[i]));
        }
    }
    for (k, link) in conditional.iter().enumerate() {
        if results[1 + k]["shown"] != false {
            problems.push(format!("{link} is shown before its condition holds"));
        }
    }
    for (link, what, at) in checks {
        let ok = match what {
            "shown" => results[at]["shown"] == true,
            _ => results[at]["hidden"] == true,
        };
        if !ok {
            problems.push(format!("{link} is not {what} when it should be"));
        }
    }
    let errors = &results.last().expect("errors")["errors"];
    if errors.as_array().is_some_and(|e| !e.is_empty()) {
        problems.push(format!("the page raised errors: {errors}"));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The feature's test (issue 22, "the urgent message travels with the
/// form"): it fails until the Questionnaire has an urgent display item.
#[test]
fn every_urgent_message_shows_in_the_forms_app_when_its_sign_is_answered() {
    if !ready(&[Tool::Browser]) {
        return;
    }
    let q = questionnaire();
    let items = all_items(&q);
    // `<sign>.urgent` or `<sign>.urgent.<why>`: one per emergency and
    // urgent-today sign, shown by the sign's answer.
    let mut urgent: Vec<&String> = items
        .iter()
        .filter(|(link, i)| {
            i["type"] == "display" && (link.ends_with(".urgent") || link.contains(".urgent."))
        })
        .map(|(link, _)| link)
        .collect();
    urgent.sort();
    assert!(
        !urgent.is_empty(),
        "the Questionnaire has no urgent display items (linkId ending in .urgent): a forms app never shows the urgent message"
    );
    let mut steps = vec![json!({"load": true})];
    let mut state = HashMap::new();
    let mut checks = Vec::new();
    for link in &urgent {
        let item = &items[link.as_str()];
        let sign = link.split(".urgent").next().expect("sign");
        let whens = item["enableWhen"]
            .as_array()
            .expect("an urgent message has an enableWhen");
        let own = whens
            .iter()
            .find(|w| w["question"] == sign)
            .unwrap_or_else(|| panic!("{link} is not shown by {sign}"));
        // The sign answered otherwise, every other condition as asked:
        // the message is not there yet.
        let not_yet = other_than(&items[sign], &asked(own));
        answer_steps(&items, &mut state, sign, not_yet.clone(), &mut steps);
        for when in whens.iter().filter(|w| w["question"] != sign) {
            let question = when["question"].as_str().expect("question");
            answer_steps(&items, &mut state, question, asked(when), &mut steps);
        }
        checks.push((link, "before", steps.len()));
        steps.push(json!({"shown": link}));
        answer_steps(&items, &mut state, sign, asked(own), &mut steps);
        checks.push((link, "after", steps.len()));
        steps.push(json!({"wait_shown": link}));
    }
    let results = in_lforms(&q, &steps);
    let mut problems = Vec::new();
    for (i, result) in results.iter().enumerate() {
        if let Some(e) = result.get("error") {
            problems.push(format!("step {}: {e}", steps[i]));
        }
    }
    for (link, when, at) in checks {
        let r = &results[at];
        let text = items[link.as_str()]["text"].as_str().expect("text");
        match when {
            "before" if r["shown"] != false => {
                problems.push(format!("{link} is shown before its sign is answered"))
            }
            "after" if r["text"].as_str().map(squeezed) != Some(squeezed(text)) => {
                problems.push(format!(
                    "{link}: after its sign, the page shows {} instead of {text:?}",
                    r["text"]
                ))
            }
            _ => {}
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The answers of a test person as lforms.mjs takes them, for the
/// questions shown to that person, in order.
fn form_answers(name: &str, items: &HashMap<String, Value>) -> Vec<(String, Value)> {
    use backcheck::answer::Answer;
    let q = crate::harness::shipped();
    let answers = crate::harness::answers_of(name);
    backcheck::flow::shown(&q, &answers)
        .into_iter()
        .filter_map(|question| {
            let id = question.id.to_string();
            let item = &items[&id];
            let coded = item["type"] == "choice";
            let value = match answers.get(&question.id)? {
                Answer::Bool(b) if coded => json!(if *b { "yes" } else { "no" }),
                Answer::Bool(b) => json!(b),
                Answer::Unsure => json!("not_sure"),
                Answer::Int(n) => json!(n),
                Answer::Choice(v) => json!(v),
                // Nothing ticked is the `none` option where there is one,
                // and no answer where there is none.
                Answer::Multi(v) if v.is_empty() => {
                    let has_none = item["answerOption"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .any(|o| o["valueCoding"]["code"] == "none");
                    if !has_none {
                        return None;
                    }
                    json!(["none"])
                }
                Answer::Multi(v) => json!(v),
            };
            Some((id, value))
        })
        .collect()
}

#[test]
fn a_response_filled_in_lhc_forms_scores_as_the_same_answers_typed() {
    if !ready(&[Tool::Browser]) {
        return;
    }
    let q = questionnaire();
    let items = all_items(&q);
    let typed = |name: &str| {
        json(
            &backcheck()
                .args(["--format", "json", "--date", "2026-11-02", "--answers"])
                .arg(person(name))
                .run()
                .code(0)
                .stdout,
        )
    };
    // One person for each verdict, the first by name.
    let mut by_verdict: BTreeMap<String, String> = BTreeMap::new();
    for name in all_people() {
        let verdict = typed(&name)["verdict"]["id"]
            .as_str()
            .expect("id")
            .to_owned();
        by_verdict.entry(verdict).or_insert(name);
    }
    let chosen: Vec<&String> = by_verdict.values().collect();
    let mut steps = Vec::new();
    let mut responses = Vec::new();
    for name in &chosen {
        steps.push(json!({"load": true}));
        for (link, value) in form_answers(name, &items) {
            steps.push(json!({"answer": link, "value": value}));
        }
        responses.push(steps.len());
        steps.push(json!({"response": true}));
    }
    let results = in_lforms(&q, &steps);
    let mut problems = Vec::new();
    for (i, result) in results.iter().enumerate() {
        if let Some(e) = result.get("error") {
            problems.push(format!("step {}: {e}", steps[i]));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    for (name, at) in chosen.iter().zip(responses) {
        let response = &results[at];
        assert_eq!(response["resourceType"], "QuestionnaireResponse", "{name}");
        let out = backcheck()
            .file("lforms.json", response.to_string())
            .args([
                "--format",
                "json",
                "--date",
                "2026-11-02",
                "--answers",
                "lforms.json",
            ])
            .run();
        assert_eq!(
            out.code, 0,
            "{name}: backcheck does not read the response LHC-Forms wrote\n{}\n{response}",
            out.stderr
        );
        let back = json(&out.stdout);
        let want = typed(name);
        assert_eq!(back["verdict"], want["verdict"], "{name}");
        assert_eq!(back["disposition"], want["disposition"], "{name}");
        assert_eq!(back, want, "{name}: the report differs");
    }
}

// ---------------------------------------------------------------------------
// fhir.resources

#[test]
fn every_fhir_output_is_valid_for_the_python_fhir_resources_models() {
    if !ready(&[Tool::Python]) {
        return;
    }
    let dir = tempfile::tempdir().expect("dir");
    let mut files = Vec::new();
    let mut write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).expect("write");
        files.push(path);
    };
    for (name, args) in [
        ("questionnaire", &["questions", "--format", "fhir"][..]),
        (
            "checkin-questionnaire",
            &["questions", "--checkin", "--format", "fhir"],
        ),
        (
            "questionnaire-bundle",
            &["questions", "--format", "fhir", "--bundle"],
        ),
    ] {
        let out = backcheck().args(args).run().code(0);
        write(&format!("{name}.json"), &out.stdout);
    }
    for name in all_people() {
        let out = backcheck()
            .args(["--format", "fhir", "--date", "2026-11-02", "--answers"])
            .arg(person(&name))
            .run()
            .code(0);
        write(&format!("response-{name}.json"), &out.stdout);
    }
    let journal = tempfile::tempdir().expect("dir");
    journal_with(journal.path(), &[(5, 4), (4, 4), (3, 3)]);
    let export = backcheck()
        .env(
            "BACKCHECK_JOURNAL",
            journal
                .path()
                .join("journal.sqlite3")
                .to_str()
                .expect("utf-8"),
        )
        .args(["journal", "export", "--format", "fhir"])
        .run()
        .code(0);
    write("journal-bundle.json", &export.stdout);
    // The models refuse what is not FHIR: an unknown element, a missing
    // required one.
    write(
        "not-fhir-unknown.json",
        r#"{"resourceType":"Questionnaire","status":"active","colour":"red"}"#,
    );
    write(
        "not-fhir-missing.json",
        r#"{"resourceType":"Questionnaire"}"#,
    );
    let out = Command::new(python())
        .arg(browser_dir().join("check_fhir.py"))
        .args(&files)
        .output()
        .expect("python");
    let results = json(&String::from_utf8_lossy(&out.stdout));
    let mut problems = Vec::new();
    for file in &files {
        let name = file.file_name().expect("name").to_string_lossy();
        let result = &results[file.to_str().expect("utf-8")];
        let refused = result != "ok";
        if refused != name.starts_with("not-fhir") {
            problems.push(format!("{name}: {result}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(
        out.status.code(),
        Some(1),
        "check_fhir.py refuses the bad files"
    );
}
