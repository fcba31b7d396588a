//! Micro-benchmarks of the engine (divan): loading the questionnaires,
//! assessing one answer set, and reading one answers record. Run with
//! `cargo bench`; `bench/run.sh` times whole runs against other tools.

use backcheck::answers::file::{self, Format};
use backcheck::content::{self, Questionnaire};

fn main() {
    divan::main();
}

const DESK_WORKER: &str = include_str!("../tests/fixtures/people/desk-worker.toml");

fn shipped() -> Questionnaire {
    content::load_shipped().expect("shipped content")
}

/// Parsing and validating the embedded assessment, as every run does.
#[divan::bench]
fn load_shipped_assessment() -> Questionnaire {
    shipped()
}

/// Parsing the assessment from its TOML, with spans, and every check.
#[divan::bench]
fn load_assessment_from_toml() -> Questionnaire {
    content::load_str(
        "weekly-massage.toml",
        content::SHIPPED,
        &content::shipped_words("weekly-massage"),
    )
    .expect("valid")
}

/// The same for the check-in.
#[divan::bench]
fn load_shipped_checkin() -> Questionnaire {
    content::load_checkin().expect("check-in content")
}

/// Reading one person's TOML answers file.
#[divan::bench]
fn read_answers_toml(b: divan::Bencher) {
    let q = shipped();
    b.bench(|| {
        file::parse(&q, "a.toml", divan::black_box(DESK_WORKER), Format::Toml).expect("valid")
    });
}

/// Scoring one JSON Lines record as `backcheck score` does: read, check,
/// score, write the result line.
#[divan::bench]
fn score_one_record(b: divan::Bencher) {
    use backcheck::batch::{OutputFormat, RawRecord, Scorer, records::Body, sample};
    let q = shipped();
    let spec = q.assessment().expect("assessment");
    let scorer = Scorer::new(&q, spec, "bench.jsonl", OutputFormat::Jsonl, false);
    let mut line = Vec::new();
    sample::write_jsonl(&q, 1, 1, &mut line).expect("sample");
    let record = RawRecord {
        line: 1,
        body: Body::Json(String::from_utf8(line).expect("utf-8").trim().to_owned()),
    };
    let mut out = Vec::with_capacity(4096);
    b.bench_local(|| {
        out.clear();
        scorer
            .score_into(divan::black_box(&record), &mut out)
            .expect("scores");
    });
}

/// Assessing one answer set: factors, verdict, advice, therapist note.
#[divan::bench]
fn assess_one(b: divan::Bencher) {
    let q = shipped();
    let answers = file::parse(&q, "a.toml", DESK_WORKER, Format::Toml)
        .expect("valid")
        .answers;
    let spec = q.assessment().expect("assessment");
    b.bench(|| backcheck::rules::assess(&q, spec, divan::black_box(&answers)));
}

/// A hostile answers file: `keys` keys that are not questions, each
/// reported with its place and a suggestion. The time must grow with the
/// number of keys, not with its square (compare the three sizes).
#[divan::bench(args = [1_000, 4_000, 16_000])]
fn report_unknown_answer_keys(b: divan::Bencher, keys: usize) {
    let q = shipped();
    let text: String = (0..keys).map(|i| format!("x{i} = 1\n")).collect();
    b.bench(
        || match file::parse(&q, "a.toml", divan::black_box(&text), Format::Toml) {
            Ok(_) => panic!("every key is unknown"),
            Err(e) => e.to_string(),
        },
    );
}

/// A content file with `problems` bad questions, every one rendered with
/// its line: again linear, not quadratic.
#[divan::bench(args = [500, 2_000, 8_000])]
fn report_content_problems(b: divan::Bencher, problems: usize) {
    let mut text = String::from(content::SHIPPED);
    for i in 0..problems {
        text.push_str(&format!(
            "\n[[questions]]\nid = \"q{i}\"\ntype = \"bogus\"\n"
        ));
    }
    let words = content::shipped_words("weekly-massage");
    b.bench(
        || match content::load_str("c.toml", divan::black_box(&text), &words) {
            Ok(_) => panic!("every added question is bad"),
            Err(e) => e.to_string(),
        },
    );
}
