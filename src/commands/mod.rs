//! One function per command, called by `lib::run`. Shared here: loading the
//! questionnaire, collecting answers from a file, a pipe or the prompts, and
//! the journal's path.

pub mod assess;
pub mod batch;
pub mod checkin;
pub mod journal;
pub mod remind;
pub mod tooling;
pub mod trend;

use std::io::{self, Write};
use std::path::Path;

use crate::answer::Answers;
use crate::answers::interview::PromptError;
use crate::answers::plain::Plain;
use crate::answers::prompt::Rich;
use crate::answers::{self};
use crate::content::{self, ContentError, Question, Questionnaire};
use crate::error::Error;
use crate::interrupt::{self, InterruptibleLines};
use crate::journal::export::Contents;
use crate::journal::{Journal, JournalError};
use crate::report::questions::QuestionsReport;
use crate::report::{self, Labels, RenderOptions};
use crate::rules::VerdictId;
use crate::sanitize;
use crate::settings::{ContentSource, Input, Settings};

/// Whether a line could not be written to standard error (other than to a
/// closed pipe): the run then exits 74.
static STDERR_FAILED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Prints `backcheck: MESSAGE` on standard error. A closed stderr (as in
/// `backcheck ... 2>&1 | head -1`) is not worth a panic: the line is
/// dropped; any other failure (a full disk) is remembered for the exit code.
pub fn note(message: &str) {
    if let Err(e) = writeln!(io::stderr().lock(), "backcheck: {message}") {
        if e.kind() != io::ErrorKind::BrokenPipe {
            STDERR_FAILED.store(true, std::sync::atomic::Ordering::SeqCst);
        }
    }
}

/// Whether a note could not be written.
pub fn stderr_failed() -> bool {
    STDERR_FAILED.load(std::sync::atomic::Ordering::SeqCst)
}

/// Loads a questionnaire of either purpose, with the region's words.
pub fn load(source: &ContentSource) -> Result<Questionnaire, Error> {
    Ok(match source {
        ContentSource::Shipped => content::load_shipped()?,
        ContentSource::ShippedCheckIn => content::load_checkin()?,
        ContentSource::File(path) => content::load_file(path)?,
    })
}

fn source_name(source: &ContentSource) -> String {
    match source {
        ContentSource::Shipped => content::SHIPPED_NAME.into(),
        ContentSource::ShippedCheckIn => content::CHECKIN_NAME.into(),
        ContentSource::File(path) => path.display().to_string(),
    }
}

/// Loads the assessment the settings name; a check-in file is refused.
pub fn load_assessment(settings: &Settings, command: &'static str) -> Result<Questionnaire, Error> {
    load_for(&settings.content, false, command)
}

/// Loads the check-in the settings name; an assessment file is refused.
pub fn load_checkin(settings: &Settings, command: &'static str) -> Result<Questionnaire, Error> {
    load_for(&settings.checkin_content, true, command)
}

fn load_for(
    source: &ContentSource,
    checkin: bool,
    command: &'static str,
) -> Result<Questionnaire, Error> {
    let q = load(source)?;
    if q.checkin().is_some() == checkin {
        return Ok(q);
    }
    let (expected, found) = if checkin {
        (
            "a check-in (a file with a [checkin] table)",
            "an assessment",
        )
    } else {
        ("an assessment", "a check-in")
    };
    Err(ContentError::WrongPurpose {
        path: source_name(source),
        command,
        expected,
        found,
        hint: "give an assessment with --content, and a check-in file with --checkin-content",
    }
    .into())
}

/// Words for the ids a journal keeps: the assessment's verdict titles and
/// the check-in's after-effect labels.
pub fn labels(assessment: &Questionnaire, checkin: &Questionnaire) -> Labels {
    let verdicts = assessment
        .assessment()
        .map(|spec| {
            VerdictId::ALL
                .iter()
                .map(|v| (v.as_str().to_owned(), spec.verdict_text(*v).title.clone()))
                .collect()
        })
        .unwrap_or_default();
    let after_effects = checkin
        .checkin()
        .and_then(|spec| checkin.question(&spec.roles.after_effects))
        .map(option_labels)
        .unwrap_or_default();
    let global_change = checkin
        .checkin()
        .and_then(|spec| spec.roles.global_change.as_ref())
        .and_then(|g| checkin.question(&g.question))
        .map(option_labels)
        .unwrap_or_default();
    let signs = checkin
        .questions
        .iter()
        .map(|q| (q.id.clone(), q.sign.clone().unwrap_or_else(|| q.id.clone())))
        .collect();
    Labels {
        verdicts,
        after_effects,
        global_change,
        signs,
    }
}

/// A question's option values with their labels, in content order.
fn option_labels(q: &Question) -> Vec<(String, String)> {
    q.options()
        .iter()
        .map(|o| (o.value.clone(), o.label.clone()))
        .collect()
}

/// What the journal holds, and whether there is a journal file at all
/// (a journal is not created just to be read).
pub fn read_journal(settings: &Settings) -> Result<(bool, Contents), Error> {
    Ok(match Journal::open_existing(journal_path(settings)?)? {
        Some(j) => (
            true,
            Contents {
                baseline: j.baseline()?,
                replaced: j.replaced_baselines()?,
                checkins: j.checkins()?,
            },
        ),
        None => (false, Contents::default()),
    })
}

/// `backcheck check`: loads the file (a questionnaire, the region table or
/// a safety net, told apart by their keys) and says how big it is.
pub fn check(settings: &Settings, out: &mut impl Write) -> Result<(), Error> {
    // The words are checked first, so their problems are listed even when
    // the rules have some too.
    let problems = match &settings.content {
        ContentSource::File(path) => content::lang::check_beside(path),
        _ => content::lang::check_shipped(),
    };
    let line = match check_rules(settings) {
        Ok(line) => line,
        Err(e) => {
            for p in &problems {
                note(&p.to_string());
            }
            return Err(e);
        }
    };
    if !problems.is_empty() {
        return Err(ContentError::Languages { problems }.into());
    }
    writeln!(out, "{line}").map_err(Error::Output)
}

fn check_rules(settings: &Settings) -> Result<String, Error> {
    Ok(match &settings.content {
        ContentSource::File(path) => {
            let text = crate::input::read(
                crate::input::Kind::Content,
                crate::input::Source::File(path),
                io::empty(),
            )
            .map_err(ContentError::from)?;
            let name = path.display().to_string();
            match content::FileKind::of(&text) {
                content::FileKind::Regions => {
                    let words = content::words_beside(path)?;
                    let table = content::region::load_with_words(&name, &text, &words)?;
                    format!("ok: a region table of {} regions", table.regions.len())
                }
                content::FileKind::SafetyNet => {
                    let words = content::words_beside(path)?;
                    let net = content::safety::load_str(&name, &text, &words)?;
                    format!(
                        "ok: a safety net of {} tiers and {} dispositions",
                        net.tiers.len(),
                        net.dispositions.len()
                    )
                }
                content::FileKind::Questionnaire => {
                    let words = content::words_beside(path)?;
                    questionnaire_size(&content::load_str(&name, &text, &words)?)
                }
            }
        }
        source => questionnaire_size(&load(source)?),
    })
}

fn questionnaire_size(q: &Questionnaire) -> String {
    format!(
        "ok: {} questions, {} factors",
        q.questions.len(),
        q.factors.len()
    )
}

/// `backcheck questions`: the questionnaire (or the check-in), for review.
pub fn questions(
    settings: &Settings,
    checkin: bool,
    bundle: bool,
    out: &mut impl Write,
) -> Result<(), Error> {
    let q = if checkin {
        load_checkin(settings, "questions --checkin")?
    } else {
        load(&settings.content)?
    };
    // FHIR carries every language in one Questionnaire.
    let mut others = Vec::new();
    if settings.format == report::Format::Fhir {
        let source = if checkin {
            &settings.checkin_content
        } else {
            &settings.content
        };
        for l in crate::words::SHIPPED {
            if l.tag == crate::words::lang().tag() {
                continue;
            }
            let Ok(lang) = crate::words::Lang::for_tag(l.tag) else {
                continue;
            };
            let other = match source {
                ContentSource::File(path) => content::load_in(None, Some(path), &lang),
                ContentSource::ShippedCheckIn => content::load_in(Some("checkin"), None, &lang),
                ContentSource::Shipped if checkin => content::load_in(Some("checkin"), None, &lang),
                ContentSource::Shipped => content::load_in(None, None, &lang),
            };
            // A file with no words in that language falls back to English:
            // nothing to add.
            if let Ok(other) = other {
                others.push((l.tag, other));
            }
        }
    }
    report::render(
        &QuestionsReport(&q, &others, bundle),
        settings.format,
        &options(settings, settings.today),
        out,
    )?;
    Ok(())
}

/// How the settings say to render, for a document about `date`.
pub fn options(settings: &Settings, date: jiff::civil::Date) -> RenderOptions {
    RenderOptions {
        color: settings.color,
        width: settings.width,
        date: date.to_string(),
    }
}

/// Answers from an answers file (warnings to stderr) or from piped lines.
pub fn read_answers(q: &Questionnaire, input: &Input) -> Result<Answers, Error> {
    match input {
        Input::File(path) => {
            let loaded = answers::file::read(q, path, io::stdin().lock())?;
            for w in &loaded.warnings {
                note(&sanitize::printable(w));
            }
            Ok(loaded.answers)
        }
        Input::Piped | Input::Interactive { .. } => {
            Ok(answers::lines::read(q, io::stdin().lock())?)
        }
    }
}

/// Runs `f` with the prompts the input asks for: dialoguer, or plain lines.
pub fn with_ui<T>(
    plain: bool,
    from_tty: bool,
    f: impl FnOnce(&mut dyn answers::interview::Ui) -> Result<T, Error>,
) -> Result<T, Error> {
    interrupt::save_terminal();
    interrupt::set_plain(plain);
    if plain {
        // Read on a thread, so that Ctrl-C ends a read at once.
        let lines = if from_tty {
            InterruptibleLines::new(open_tty()?)
        } else {
            InterruptibleLines::new(io::stdin())
        };
        f(&mut Plain::new(io::BufReader::new(lines), io::stderr()))
    } else {
        if from_tty {
            open_tty()?;
        }
        f(&mut Rich::new().map_err(prompt_error)?)
    }
}

/// The controlling terminal, for `--interactive` when standard input is a pipe.
fn open_tty() -> Result<std::fs::File, Error> {
    std::fs::File::open("/dev/tty").map_err(|e| {
        Error::Usage(crate::words::ta(
            "error-no-tty",
            &[("why", crate::messages::system(&e).into())],
        ))
    })
}

/// Ctrl-C (or the end of input) stops the run, unwinding to `main`; other
/// prompt errors are usage (no terminal) or terminal failures.
pub fn prompt_error(e: PromptError) -> Error {
    match e {
        PromptError::Interrupted => Error::Interrupted,
        PromptError::NoTerminal(why) => {
            Error::Usage(crate::words::ta("error-cannot-ask", &[("why", why.into())]))
        }
        PromptError::Io(e) => Error::Terminal(e),
    }
}

/// The journal's path, or why there is none.
pub fn journal_path(settings: &Settings) -> Result<&Path, Error> {
    settings
        .journal
        .as_deref()
        .ok_or(Error::Journal(JournalError::NoPath))
}

/// The moment something is written to the journal, for its `recorded_at`.
pub fn now() -> String {
    jiff::Timestamp::now().to_string()
}

pub use crate::journal::fhir::answers_json;

/// A path shown in a message.
pub fn shown(path: &Path) -> String {
    sanitize::printable(&path.display().to_string()).into_owned()
}
