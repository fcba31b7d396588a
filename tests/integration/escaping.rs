//! Hostile text in every format: content and answers full of markup and
//! control characters go through one escaper per format, and the outputs
//! are read back by parsers backcheck does not use itself (roxmltree for
//! SVG and XHTML, html5gum for HTML, pulldown-cmark for markdown): each is
//! well formed, and the text reads back as the same text, never as markup.

use crate::harness::{Edit, backcheck, checkin_lines, fixture, repo};

/// Markup of every format, a character reference, an XML end of data, and
/// the control characters that XML refuses or a terminal acts on.
const HOSTILE: &str =
    "<b>bold</b> &amp; *star* _under_ [link](http://x) `code` ]]> <!-- # \u{7}\u{1b}[2J\u{8}";

/// The visible form backcheck gives control characters.
fn visible() -> String {
    HOSTILE
        .replace('\u{7}', "\\u{7}")
        .replace('\u{1b}', "\\u{1b}")
        .replace('\u{8}', "\\u{8}")
}

fn no_controls(format: &str, out: &str) {
    for c in ['\u{7}', '\u{1b}', '\u{8}'] {
        assert!(!out.contains(c), "{format}: {c:?} reached the output");
    }
}

/// All text of an XML document, in order.
fn xml_text(xml: &str) -> String {
    let doc = roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("{e}:\n{xml}"));
    doc.descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join("")
}

/// The HTML's tags and text, read by html5gum.
fn html_tags_and_text(html: &str) -> (Vec<String>, String) {
    let mut tags = Vec::new();
    let mut text = String::new();
    for token in html5gum::Tokenizer::new(html).flatten() {
        match token {
            html5gum::Token::StartTag(tag) => {
                tags.push(String::from_utf8_lossy(&tag.name).into_owned());
            }
            html5gum::Token::String(s) => text.push_str(&String::from_utf8_lossy(&s)),
            html5gum::Token::Comment(c) => {
                panic!("a comment in the page: {}", String::from_utf8_lossy(&c))
            }
            _ => {}
        }
    }
    (tags, text)
}

/// The markdown's text and whether any markup other than the report's own
/// came out of it.
fn markdown_text(md: &str) -> (String, Vec<String>) {
    use pulldown_cmark::{Event, Parser, Tag};
    let mut text = String::new();
    let mut markup = Vec::new();
    for event in Parser::new(md) {
        match event {
            Event::Text(t) => text.push_str(&t),
            Event::Code(c) => markup.push(format!("code {c}")),
            Event::Html(h) | Event::InlineHtml(h) => markup.push(format!("html {h}")),
            Event::Start(Tag::Emphasis) => markup.push("emphasis".into()),
            Event::Start(Tag::Link { dest_url, .. }) if !dest_url.starts_with("http") => {
                markup.push(format!("link {dest_url}"));
            }
            Event::Start(Tag::Link { dest_url, .. }) if dest_url.as_ref() == "http://x" => {
                markup.push("link http://x".into());
            }
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            _ => {}
        }
    }
    (text, markup)
}

#[test]
fn hostile_assessment_content_reads_back_as_itself_in_every_format() {
    let words = std::fs::read_to_string(fixture("content/lang/en/minimal.ftl"))
        .expect("fixture")
        .edit(
            "verdict-likely_to_help = Massage is likely to help",
            &format!("verdict-likely_to_help = {HOSTILE}"),
        )
        .edit(
            "f-tension = Muscle tension",
            &format!("f-tension = {HOSTILE}"),
        );
    let run = |format: &str| {
        backcheck()
            .file(
                "h.toml",
                std::fs::read(fixture("content/minimal.toml")).expect("fixture"),
            )
            .file("lang/en/h.ftl", &words)
            .args(["--content", "h.toml", "--format", format])
            .stdin("n\n8\n1\n")
            .run()
            .code(0)
            .stdout
    };
    let html = run("html");
    no_controls("html", &html);
    let (tags, text) = html_tags_and_text(&html);
    assert!(!tags.iter().any(|t| t == "b"), "markup got in: {tags:?}");
    assert!(text.contains(&visible()), "html text: {text}");

    let md = run("markdown");
    no_controls("markdown", &md);
    let (text, markup) = markdown_text(&md);
    assert!(markup.is_empty(), "markdown read markup: {markup:?}\n{md}");
    assert!(text.contains(&visible()), "markdown text: {text}\n{md}");

    let fhir: serde_json::Value = serde_json::from_str(&run("fhir")).expect("json");
    let div = fhir["text"]["div"].as_str().expect("a narrative");
    no_controls("fhir narrative", div);
    assert!(xml_text(div).contains(&visible()), "{div}");

    let text = run("text");
    no_controls("text", &text);
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat(&text).contains(&flat(&visible())), "{text}");
}

#[test]
fn hostile_check_in_content_makes_a_valid_chart_and_page() {
    let words = std::fs::read_to_string(repo("content/lang/en/checkin.ftl"))
        .expect("shipped")
        .edit(
            "trend-chart-svg-title = Back pain check-ins: pain and activity limits by week",
            &format!("trend-chart-svg-title = {HOSTILE}"),
        )
        .edit(
            "trend-chart-svg-pain = pain",
            &format!("trend-chart-svg-pain = {HOSTILE}"),
        )
        .edit(
            ".o-bruising = Bruising",
            &format!(".o-bruising = {HOSTILE}"),
        );
    let dir = tempfile::tempdir().expect("dir");
    let run = || {
        backcheck()
            .file(
                "c.toml",
                std::fs::read(repo("content/checkin.toml")).expect("shipped"),
            )
            .file("lang/en/c.ftl", &words)
            .env("BACKCHECK_CHECKIN_CONTENT", "c.toml")
            .env(
                "BACKCHECK_JOURNAL",
                dir.path().join("j.sqlite3").to_str().expect("utf-8"),
            )
            .env("BACKCHECK_TODAY", "2026-11-25")
    };
    run().arg("check").arg("c.toml").run().code(0);
    for (date, pain) in [("2026-11-01", 5), ("2026-11-08", 4)] {
        run()
            .args(["checkin", "--date", date])
            .stdin(checkin_lines(pain, 4, &[], "y\n60\n1\nbruising\n"))
            .run()
            .code(0);
    }
    let svg = dir.path().join("chart.svg");
    run().args(["trend", "--svg"]).arg(&svg).run().code(0);
    let svg = std::fs::read_to_string(&svg).expect("svg");
    no_controls("svg", &svg);
    assert!(xml_text(&svg).contains(&visible()), "{svg}");

    let html = run()
        .args(["trend", "--format", "html"])
        .run()
        .code(0)
        .stdout;
    no_controls("trend html", &html);
    let (tags, text) = html_tags_and_text(&html);
    assert!(!tags.iter().any(|t| t == "b"), "markup got in: {tags:?}");
    assert!(text.contains(&visible()), "{text}");

    let md = run()
        .args(["trend", "--format", "markdown"])
        .run()
        .code(0)
        .stdout;
    no_controls("trend markdown", &md);
    let (text, markup) = markdown_text(&md);
    assert!(markup.is_empty(), "markdown read markup: {markup:?}\n{md}");
    assert!(text.contains(&visible()), "{text}");

    let fhir = run()
        .args([
            "checkin",
            "--replace",
            "--date",
            "2026-11-08",
            "--format",
            "fhir",
        ])
        .stdin(checkin_lines(4, 4, &[], "y\n60\n1\nbruising\n"))
        .run()
        .code(0)
        .stdout;
    let fhir: serde_json::Value = serde_json::from_str(&fhir).expect("json");
    if let Some(div) = fhir["text"]["div"].as_str() {
        no_controls("check-in narrative", div);
        xml_text(div);
    }
}
