//! The safety net in every output, the global rating of change, the HTML
//! report and `--output`.

use std::path::Path;

use serde_json::Value;

use crate::harness::{Edit, PEOPLE, backcheck, checkin_lines, fixture, person};

/// A report's safety net as its JSON gives it: each tier's title and items.
fn tiers(json: &Value) -> Vec<(String, Vec<String>)> {
    json["safety_net_tiers"]
        .as_array()
        .expect("safety_net_tiers")
        .iter()
        .map(|t| {
            let items = t["items"]
                .as_array()
                .expect("items")
                .iter()
                .map(|i| i.as_str().expect("text").to_owned())
                .collect();
            (t["title"].as_str().expect("title").to_owned(), items)
        })
        .collect()
}

/// The title of the shipped safety net's first tier, as a UK report says it.
const NOW_TITLE: &str = "Call 999 now, or go to A&E, if";

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text of `out` from the safety net's first title on, flattened: the
/// tiers, then the consult text, and nothing else.
#[track_caller]
fn ends_with_the_net_then_the_consult(
    out: &str,
    tiers: &[(String, Vec<String>)],
    consult: &str,
    what: &str,
) {
    let text = flat(out)
        .replace("**", "")
        .replace("## ", "")
        .replace("- ", "");
    let first = &tiers.first().expect("a safety net").0;
    let at = text
        .rfind(first.as_str())
        .unwrap_or_else(|| panic!("{what}: no safety net in\n{out}"));
    let mut expected = String::new();
    for (title, items) in tiers {
        expected.push_str(title);
        for item in items {
            expected.push(' ');
            expected.push_str(item);
        }
        expected.push(' ');
    }
    let tail = text[at..].trim_end();
    let rest = tail
        .strip_prefix(expected.trim_end())
        .unwrap_or_else(|| panic!("{what}: the list is not whole:\n{tail}\nexpected {expected}"))
        .trim_start_matches(['-', ' ']);
    assert_eq!(
        rest,
        flat(consult),
        "{what}: the consult text follows the list, nothing else"
    );
}

const CONSULT: &str = "This is not a diagnosis. Talk to a doctor, physiotherapist or other healthcare professional about your back pain, and before you start a new treatment.";

#[test]
fn every_assessment_but_an_emergency_ends_with_the_safety_net() {
    for name in PEOPLE {
        let json = backcheck()
            .args(["--format", "json", "--answers"])
            .arg(person(name))
            .run()
            .code(0);
        let report: Value = serde_json::from_str(&json.stdout).expect("json");
        let emergency = report["verdict"]["id"] == "emergency";
        let tiers = tiers(&report);
        let net: Vec<String> = report["safety_net"]
            .as_array()
            .expect("safety_net")
            .iter()
            .map(|i| i.as_str().expect("text").to_owned())
            .collect();
        for format in ["text", "markdown", "html"] {
            let out = backcheck()
                .args(["--format", format, "--answers"])
                .arg(person(name))
                .run()
                .code(0)
                .stdout;
            if emergency {
                assert!(
                    !out.contains("now, or go to A&amp;E, if") && !out.contains(NOW_TITLE),
                    "{name} {format}: an emergency is all about getting help"
                );
            } else if format == "html" {
                assert!(out.contains("<section class=\"safety-net\">"), "{name}");
                assert!(out.contains(&tiers[0].1[0].replace('&', "&amp;")), "{name}");
            } else {
                ends_with_the_net_then_the_consult(
                    &out,
                    &tiers,
                    CONSULT,
                    &format!("{name} {format}"),
                );
            }
        }
        if emergency {
            assert!(net.is_empty() && tiers.is_empty(), "{name}: {net:?}");
        } else {
            // The flat list says each item with its tier's heading.
            let n: usize = tiers.iter().map(|(_, items)| items.len()).sum();
            assert_eq!(net.len(), n, "{name}");
            assert!(net[0].starts_with(&tiers[0].0), "{name}: {net:?}");
            assert_eq!(tiers[0].0, NOW_TITLE, "{name}");
        }
        // And in the FHIR narrative.
        let fhir = backcheck()
            .args(["--format", "fhir", "--answers"])
            .arg(person(name))
            .run()
            .code(0)
            .stdout;
        assert_eq!(
            fhir.contains("now, or go to A&amp;E, if"),
            !emergency,
            "{name}"
        );
    }
}

/// A run with its own journal and a fixed today.
fn at(dir: &Path) -> crate::harness::Run {
    backcheck()
        .env(
            "BACKCHECK_JOURNAL",
            dir.join("journal.sqlite3").to_str().expect("utf-8"),
        )
        .env("BACKCHECK_TODAY", "2026-11-25")
}

/// Piped check-in lines: pain, limits, the warning signs (an urgent one or
/// none), no massage, and the rating of change (or nothing).
fn lines(pain: u8, limits: u8, urgent: bool, rating: &str) -> String {
    let yes: &[&str] = if urgent { &["saddle_numbness"] } else { &[] };
    checkin_lines(pain, limits, yes, &format!("n\n{rating}\n"))
}

#[test]
fn every_check_in_and_trend_but_an_urgent_one_ends_with_the_safety_net() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path();
    let calm = at(d)
        .args(["checkin", "--date", "2026-11-01"])
        .stdin(lines(4, 3, false, ""))
        .run()
        .code(0);
    let json = at(d)
        .args(["checkin", "--date", "2026-11-08", "--format", "json"])
        .stdin(lines(4, 3, false, ""))
        .run()
        .code(0);
    let j: Value = serde_json::from_str(&json.stdout).expect("json");
    let net = tiers(&j);
    assert_eq!(net[0].0, NOW_TITLE);
    ends_with_the_net_then_the_consult(&calm.stdout, &net, CONSULT, "check-in");
    let trend = at(d).arg("trend").run().code(0);
    ends_with_the_net_then_the_consult(&trend.stdout, &net, CONSULT, "trend");
    let md = at(d).args(["trend", "--format", "markdown"]).run().code(0);
    ends_with_the_net_then_the_consult(&md.stdout, &net, CONSULT, "trend markdown");

    // Urgent: the whole message is getting help.
    let urgent = at(d)
        .args(["checkin", "--date", "2026-11-15", "--format", "json"])
        .stdin(lines(4, 3, true, ""))
        .run()
        .code(0);
    let j: Value = serde_json::from_str(&urgent.stdout).expect("json");
    assert_eq!(j["safety_net"], serde_json::json!([]));
    let trend = at(d).args(["trend", "--format", "json"]).run().code(0);
    let t: Value = serde_json::from_str(&trend.stdout).expect("json");
    assert_eq!(t["verdict"]["id"], "urgent");
    assert_eq!(t["safety_net"], serde_json::json!([]));
    assert!(!at(d).arg("trend").run().code(0).stdout.contains(NOW_TITLE));
}

#[test]
fn the_rating_of_change_is_shown_beside_the_figures_and_only_much_worse_decides() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path();
    at(d)
        .args(["--record", "--date", "2026-10-01", "--answers"])
        .arg(person("desk-worker"))
        .run()
        .code(0);
    at(d)
        .args(["checkin", "--date", "2026-10-15"])
        .stdin(lines(3, 2, false, "a_little_worse"))
        .run()
        .code(0);
    let trend = || -> Value {
        serde_json::from_str(
            &at(d)
                .args(["trend", "--format", "json"])
                .run()
                .code(0)
                .stdout,
        )
        .expect("json")
    };
    // Pain fell from 5 to 2.5 and the person says "a little worse": the
    // figures decide, and the reasons say they disagree.
    at(d)
        .args(["checkin", "--date", "2026-10-22"])
        .stdin(lines(2, 2, false, "a_little_worse"))
        .run()
        .code(0);
    let t = trend();
    assert_eq!(t["verdict"]["id"], "improving");
    assert_eq!(
        t["verdict"]["reasons"],
        serde_json::json!(["pain", "activity"])
    );
    let reasons = t["reasons"].to_string();
    assert!(
        reasons.contains("but you rated your back worse"),
        "{reasons}"
    );
    // "Much worse" decides whatever the figures (its words work too, like
    // every choice's).
    at(d)
        .args(["checkin", "--replace", "--date", "2026-10-22"])
        .stdin(lines(2, 2, false, "Much worse"))
        .run()
        .code(0);
    let t = trend();
    assert_eq!(t["verdict"]["id"], "worse");
    assert_eq!(t["verdict"]["reasons"], serde_json::json!(["rating"]));
    let summary = t["verdict"]["summary"].as_str().expect("summary");
    assert!(summary.contains("much worse"), "{summary}");
    assert!(
        !summary.contains("pain is"),
        "names the real reason: {summary}"
    );
    assert_eq!(t["global_change"], "much_worse");
    assert_eq!(t["checkins"][0]["global_change"], "a_little_worse");
    let reasons = t["reasons"].to_string();
    assert!(
        reasons.contains("you rated your back much worse than at your starting point"),
        "{reasons}"
    );
    let text = at(d).arg("trend").run().code(0).stdout;
    assert!(
        text.contains("Your own rating (2026-10-22): Much worse"),
        "{text}"
    );
    let md = at(d)
        .args(["trend", "--format", "markdown"])
        .run()
        .code(0)
        .stdout;
    assert!(md.contains("| Your rating |"), "{md}");
    assert!(md.contains("| A little worse |"), "{md}");
    // `journal list` has a column for it, as wide as its longest label.
    let list = at(d).args(["journal", "list"]).run().code(0).stdout;
    let rows: Vec<&str> = list
        .lines()
        .skip_while(|l| !l.starts_with("Date"))
        .collect();
    assert_eq!(
        rows,
        [
            "Date        Pain  Limits  Massage  Urgent  Rating          After-effects",
            "2026-10-15     3       2  no               A little worse",
            "2026-10-22     2       2  no               Much worse",
        ],
        "{list}"
    );

    // It travels through export and import, JSON and CSV.
    let export = at(d).args(["journal", "export"]).run().code(0).stdout;
    assert!(
        export.contains("\"global_change\": \"much_worse\""),
        "{export}"
    );
    let csv = at(d)
        .args(["journal", "export", "--format", "csv"])
        .run()
        .code(0)
        .stdout;
    assert!(
        csv.lines()
            .last()
            .is_some_and(|l| l.contains(",much_worse,")),
        "{csv}"
    );
    let fresh = tempfile::tempdir().expect("dir");
    at(fresh.path())
        .file("e.json", &export)
        .args(["journal", "import", "e.json"])
        .run()
        .code(0);
    let again: Value = serde_json::from_str(
        &at(fresh.path())
            .args(["trend", "--format", "json"])
            .run()
            .code(0)
            .stdout,
    )
    .expect("json");
    assert_eq!(again["global_change"], "much_worse");
}

/// A tag: its name, its attributes, and whether it opens (or closes).
type Tag = (String, Vec<(String, String)>, bool);

/// Every tag and attribute of a page, by an HTML tokenizer.
fn tags(html: &str) -> Vec<Tag> {
    let mut out = Vec::new();
    for token in html5gum::Tokenizer::new(html).flatten() {
        match token {
            html5gum::Token::StartTag(tag) => {
                let attrs = tag
                    .attributes
                    .iter()
                    .map(|(k, v)| {
                        (
                            String::from_utf8_lossy(k).into_owned(),
                            String::from_utf8_lossy(v).into_owned(),
                        )
                    })
                    .collect();
                out.push((String::from_utf8_lossy(&tag.name).into_owned(), attrs, true));
            }
            html5gum::Token::EndTag(tag) => {
                out.push((
                    String::from_utf8_lossy(&tag.name).into_owned(),
                    Vec::new(),
                    false,
                ));
            }
            html5gum::Token::Error(e) => panic!("HTML error: {e:?}"),
            _ => {}
        }
    }
    out
}

/// What every page must be: one document, no script, nothing from elsewhere.
#[track_caller]
fn check_page(html: &str) {
    assert!(html.starts_with("<!DOCTYPE html>"), "{}", &html[..40]);
    let tags = tags(html);
    let count = |name: &str| {
        tags.iter()
            .filter(|(n, _, open)| n == name && *open)
            .count()
    };
    for name in ["html", "head", "body", "main", "h1", "style"] {
        assert_eq!(count(name), 1, "one <{name}>");
    }
    // The page's title, and one in each inline picture.
    assert_eq!(count("title"), 1 + count("svg"), "one <title>");
    assert_eq!(count("script"), 0, "no script");
    for (name, attrs, _) in &tags {
        for (k, v) in attrs {
            assert!(!k.starts_with("on"), "no event handler: <{name} {k}>");
            assert!(
                !["src", "href", "xmlns", "action", "srcset"].contains(&k.as_str()),
                "nothing loaded or linked: <{name} {k}={v:?}>"
            );
        }
    }
    assert!(!html.contains("url("), "no URL in the style");
    assert!(!html.contains("@import"), "no imported style");
    assert!(
        html.contains("Content-Security-Policy"),
        "the browser is told too"
    );
    assert!(
        html.contains("@media print") && html.contains("@page"),
        "print CSS"
    );
    // Tags are balanced (void elements aside).
    let mut stack = Vec::new();
    for (name, _, open) in &tags {
        if ["meta", "br", "rect", "line", "circle", "polyline"].contains(&name.as_str()) {
            continue;
        }
        if *open {
            stack.push(name.clone());
        } else {
            assert_eq!(stack.pop().as_deref(), Some(name.as_str()), "balanced tags");
        }
    }
    assert!(stack.is_empty(), "unclosed: {stack:?}");
}

#[test]
fn the_html_report_is_one_safe_page_with_everything_in_it() {
    let out = backcheck()
        .args(["--format", "html", "--date", "2026-11-02", "--answers"])
        .arg(person("sciatica"))
        .run()
        .code(0);
    let html = out.stdout;
    check_page(&html);
    let text = flat(&html);
    for part in [
        "Verdict: Massage may be possible, with some checks",
        "Your answers",
        "References",
        "Date: 2 November 2026",
        "Furlan",
        "Call 999 now, or go to A&amp;E, if",
        "Contact NHS 111 or your GP surgery the same day if",
    ] {
        assert!(text.contains(part), "{part}");
    }
    // The consult text is last.
    let consult = html.rfind("class=\"consult\"").expect("consult");
    assert!(html[consult..].contains("healthcare professional"));
    assert!(!html[consult..].contains("<section"));
}

#[test]
fn hostile_content_and_answers_are_escaped_in_html() {
    let words = std::fs::read_to_string(fixture("content/lang/en/minimal.ftl"))
        .expect("minimal")
        .edit(
            "title = Would a massage help my sore back?",
            "title = <script>alert(1)</script><img src=x onerror=alert(2)>",
        )
        .edit(
            ".o-left = Left side",
            ".o-left = <a href='https://evil.example'>Left</a> & \"side\"",
        );
    let hostile = std::fs::read_to_string(fixture("content/minimal.toml")).expect("minimal");
    let out = backcheck()
        .file("h.toml", &hostile)
        .file("lang/en/h.ftl", &words)
        .file(
            "a.toml",
            "saddle = false\ntightness = 5\nwhere = [\"left\"]\n",
        )
        .args([
            "--content",
            "h.toml",
            "--answers",
            "a.toml",
            "--format",
            "html",
        ])
        .run()
        .code(0);
    check_page(&out.stdout);
    assert!(
        out.stdout
            .contains("&lt;script&gt;alert(1)&lt;&#x2F;script&gt;"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains(
        "&lt;a href=&#x27;https:&#x2F;&#x2F;evil.example&#x27;&gt;Left&lt;&#x2F;a&gt; &amp; &quot;side&quot;"
    ));
}

#[test]
fn the_trend_html_has_the_chart_inline() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path();
    for (date, pain) in [("2026-10-01", 6), ("2026-10-08", 5), ("2026-10-15", 3)] {
        at(d)
            .args(["checkin", "--date", date])
            .stdin(lines(pain, 3, false, "a_little_better"))
            .run()
            .code(0);
    }
    let html = at(d)
        .args(["trend", "--format", "html"])
        .run()
        .code(0)
        .stdout;
    check_page(&html);
    assert!(html.contains("<svg width="), "the chart, inline");
    assert!(html.contains("<th>Your rating</th>"));
    assert!(html.contains("Call 999 now, or go to A&amp;E, if"));
    if let Some(browser) = headless_browser() {
        // Where the machine has a browser, it must lay the page out and
        // print it.
        let page = d.join("trend.html");
        std::fs::write(&page, &html).expect("write");
        let pdf = d.join("trend.pdf");
        let status = std::process::Command::new(&browser)
            .args(["--headless", "--disable-gpu", "--no-sandbox"])
            .arg(format!("--print-to-pdf={}", pdf.display()))
            .arg(&page)
            .status()
            .expect("run the browser");
        assert!(status.success(), "{browser} could not print the page");
        assert!(std::fs::metadata(&pdf).is_ok_and(|m| m.len() > 1000));
    } else {
        eprintln!(
            "no headless browser on this machine: the page was checked with an HTML tokenizer only"
        );
    }
}

/// A Chromium-type browser on PATH, for printing a page headless.
fn headless_browser() -> Option<String> {
    [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ]
    .iter()
    .find(|b| {
        std::process::Command::new(b)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    })
    .map(|b| (*b).to_owned())
}

#[test]
fn output_writes_any_report_to_a_private_file_at_once() {
    let plain = backcheck()
        .args(["--format", "json", "--answers"])
        .arg(person("desk-worker"))
        .run()
        .code(0)
        .stdout;
    let out = backcheck()
        .args(["--format", "json", "--output", "me.json", "--answers"])
        .arg(person("desk-worker"))
        .run()
        .code(0);
    assert_eq!(out.stdout, "");
    assert!(out.stderr.contains("wrote me.json"), "{}", out.stderr);
    let path = out.dir.path().join("me.json");
    assert_eq!(std::fs::read_to_string(&path).expect("written"), plain);
    crate::harness::assert_private(&path);
    // No temporary file left beside it.
    let names: Vec<_> = std::fs::read_dir(out.dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");

    // Other commands too.
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path();
    at(d)
        .args(["checkin", "--date", "2026-11-01", "--output"])
        .arg(d.join("c.txt"))
        .stdin(lines(4, 3, false, ""))
        .run()
        .code(0);
    assert!(
        std::fs::read_to_string(d.join("c.txt"))
            .expect("c")
            .contains("Check-in saved")
    );
    for (args, file) in [
        (&["trend", "--format", "markdown"][..], "t.md"),
        (&["questions", "--format", "fhir"], "q.json"),
        (&["journal", "export", "--format", "csv"], "e.csv"),
        (&["journal", "list"], "l.txt"),
    ] {
        let o = at(d)
            .args(args)
            .arg("--output")
            .arg(d.join(file))
            .run()
            .code(0);
        assert_eq!(o.stdout, "", "{args:?}");
        assert!(
            std::fs::metadata(d.join(file)).is_ok_and(|m| m.len() > 0),
            "{args:?}"
        );
    }
    // A place that cannot be written: exit 74, and nothing half-written.
    let bad = backcheck()
        .args([
            "--output",
            "no/such/dir/me.html",
            "--format",
            "html",
            "--answers",
        ])
        .arg(person("desk-worker"))
        .run()
        .code(74);
    assert!(bad.stderr.contains("no/such/dir/me.html"), "{}", bad.stderr);
    // Before a command it goes with the command (issue 23); before one that
    // writes no report it is a usage error.
    backcheck()
        .args(["--output", "x", "journal", "delete", "--yes"])
        .run()
        .code(2);
}
