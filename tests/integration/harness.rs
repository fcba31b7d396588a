//! A small builder over the real binary: a temp dir as working directory,
//! files written into it, standard input, arguments; then the exit code,
//! stdout and stderr. Every test that starts backcheck starts it through
//! `command` (or `shell`), so every run has the same clean environment.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use std::io::Write as _;

/// The path of a file under `tests/fixtures`.
pub fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

/// The path of a file of the repository.
pub fn repo(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// `text` with `from` replaced by `to`; fails the test when `from` is not
/// there, so an edit that no longer matches cannot pass as a no-op.
#[track_caller]
pub fn replaced(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from:?} is not in the text any more");
    text.replace(from, to)
}

/// Edits that must apply: `edit` is `replace` that fails the test when the
/// text it replaces is not there, so a hostile or broken input cannot
/// quietly turn back into the good one.
pub trait Edit {
    /// Replaces every `from` with `to`; `from` must occur.
    fn edit(&self, from: &str, to: &str) -> String;
}

impl Edit for str {
    #[track_caller]
    fn edit(&self, from: &str, to: &str) -> String {
        replaced(self, from, to)
    }
}

/// The answers file of one of the test people.
pub fn person(name: &str) -> PathBuf {
    fixture(&format!("people/{name}.toml"))
}

/// Every answers file in tests/fixtures/people, by name, sorted.
pub fn all_people() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(fixture("people"))
        .expect("people")
        .filter_map(|e| {
            let path = e.ok()?.path();
            (path.extension()? == "toml")
                .then(|| path.file_stem().map(|s| s.to_string_lossy().into_owned()))
                .flatten()
        })
        .collect();
    names.sort();
    assert!(names.len() >= 15, "{names:?}");
    names
}

/// Every test person, by name.
pub const PEOPLE: [&str; 8] = [
    "desk-worker",
    "emergency",
    "new-strain",
    "pregnant",
    "quiet-back",
    "red-flags",
    "sciatica",
    "weekend-gardener",
];

/// One run of backcheck, being set up.
pub struct Run {
    dir: tempfile::TempDir,
    args: Vec<OsString>,
    stdin: Vec<u8>,
    env: Vec<(String, String)>,
}

/// Starts setting up a run.
pub fn backcheck() -> Run {
    Run {
        dir: tempfile::tempdir().expect("temp dir"),
        args: Vec::new(),
        stdin: Vec::new(),
        env: Vec::new(),
    }
}

/// What a run did.
#[derive(Debug)]
pub struct Outcome {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    /// The run's working directory, kept alive to inspect files it wrote.
    pub dir: tempfile::TempDir,
}

impl Run {
    pub fn arg(mut self, arg: impl Into<OsString>) -> Self {
        self.args.push(arg.into());
        self
    }

    pub fn args<I: IntoIterator<Item = S>, S: Into<OsString>>(mut self, args: I) -> Self {
        self.args.extend(args.into_iter().map(Into::into));
        self
    }

    pub fn stdin(mut self, input: impl Into<Vec<u8>>) -> Self {
        self.stdin = input.into();
        self
    }

    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.env.push((key.into(), value.into()));
        self
    }

    /// Writes a file into the run's directory; args may name it relatively.
    pub fn file(self, name: &str, contents: impl AsRef<[u8]>) -> Self {
        let path = self.dir.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("make test folder");
        }
        std::fs::write(path, contents).expect("write test file");
        self
    }

    pub fn run(self) -> Outcome {
        let mut cmd = command();
        cmd.args(&self.args)
            .current_dir(self.dir.path())
            // Never the real journal: one in the run's own directory.
            .env("BACKCHECK_JOURNAL", self.dir.path().join("journal.sqlite3"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("spawn backcheck");
        let mut stdin = child.stdin.take().expect("stdin");
        let input = self.stdin.clone();
        // Write on a thread: a large input must not deadlock against output.
        let writer = std::thread::spawn(move || {
            let _ = stdin.write_all(&input);
        });
        let out = child.wait_with_output().expect("wait for backcheck");
        writer.join().expect("stdin writer");
        Outcome {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
            dir: self.dir,
        }
    }
}

impl Outcome {
    /// Asserts the exit code, showing the output when it differs.
    #[track_caller]
    pub fn code(self, expected: i32) -> Self {
        assert_eq!(
            self.code, expected,
            "exit code\n--- stdout:\n{}\n--- stderr:\n{}",
            self.stdout, self.stderr
        );
        assert!(
            !self.stderr.contains("panicked"),
            "panic on stderr: {}",
            self.stderr
        );
        self
    }
}

/// The environment every run starts from: no backtraces, no settings from
/// the machine running the tests, and the United Kingdom's numbers and words
/// unless a test asks for another region (or none: `BACKCHECK_REGION=`).
fn clean(cmd: &mut Command) -> &mut Command {
    cmd.env("RUST_BACKTRACE", "0")
        .env("BACKCHECK_REGION", "GB")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("BACKCHECK_LANG")
        .env_remove("BACKCHECK_CONTENT")
        .env_remove("BACKCHECK_CHECKIN_CONTENT")
        .env_remove("BACKCHECK_TODAY")
        .env_remove("BACKCHECK_JOURNAL")
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("ACCESSIBLE")
}

/// The backcheck binary, in the clean environment, for tests that need to
/// drive the process themselves (pipes closed early, concurrent runs).
pub fn command() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_backcheck"));
    clean(&mut cmd);
    cmd
}

/// `sh -c SCRIPT` with `$BIN` set to backcheck, in the clean environment:
/// for pseudo-terminal runs and process groups.
pub fn shell(script: &str) -> Command {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(script)
        .env("BIN", env!("CARGO_BIN_EXE_backcheck"));
    clean(&mut cmd);
    cmd
}

/// The shipped questionnaire, through the library.
pub fn shipped() -> backcheck::content::Questionnaire {
    backcheck::content::load_shipped().expect("shipped content is valid")
}

/// The answers of a test person, through the library.
pub fn answers_of(name: &str) -> backcheck::answer::Answers {
    let q = shipped();
    let text = std::fs::read_to_string(person(name)).expect("person file");
    backcheck::answers::file::parse(&q, name, &text, backcheck::answers::file::Format::Toml)
        .expect("person answers are valid")
        .answers
}

/// The same answers as piped lines, one per shown question, in order.
pub fn as_lines(answers: &backcheck::answer::Answers) -> String {
    use backcheck::answer::Answer;
    let q = shipped();
    let mut out = String::new();
    for question in backcheck::flow::shown(&q, answers) {
        let line = match answers.get(&question.id) {
            None => "skip".to_owned(),
            Some(Answer::Bool(true)) => "yes".into(),
            Some(Answer::Bool(false)) => "no".into(),
            Some(Answer::Unsure) => "not sure".into(),
            Some(Answer::Int(n)) => n.to_string(),
            Some(Answer::Choice(v)) => v.clone(),
            Some(Answer::Multi(v)) if v.is_empty() => "none".into(),
            Some(Answer::Multi(v)) => v.join(","),
        };
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// Asserts that a file backcheck wrote is readable by its owner only.
#[track_caller]
pub fn assert_private(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).expect("file").permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "{} is not user-only", path.display());
    }
}

/// Reads a JSON file.
pub fn read_json(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The shipped check-in's yes/no warning-sign questions, in the order they
/// are asked.
pub const CHECKIN_SIGNS: [&str; 11] = [
    "saddle_numbness",
    "bladder_bowel",
    "both_legs_pain",
    "sexual_problems",
    "sudden_severe_pain",
    "short_of_breath",
    "leg_weakness",
    "calf_swelling",
    "fever",
    "new_injury",
    "new_warning_signs",
];

/// Piped lines for the shipped check-in: pain, activity limits, then an
/// answer to each warning sign ("y" for those in `yes`, "n" for the rest),
/// then `rest` as it stands (the massage questions and the rating).
pub fn checkin_lines(pain: u8, limits: u8, yes: &[&str], rest: &str) -> String {
    for sign in yes {
        assert!(CHECKIN_SIGNS.contains(sign), "no check-in sign {sign}");
    }
    let signs: String = CHECKIN_SIGNS
        .iter()
        .map(|s| if yes.contains(s) { "y\n" } else { "n\n" })
        .collect();
    format!("{pain}\n{limits}\n{signs}{rest}")
}

/// Content words from Fluent text, as if from `lang/en/NAME.ftl`.
pub fn words(ftl: &str, name: &str) -> backcheck::content::lang::ContentWords {
    let catalogue = backcheck::words::Catalogue::from_sources(&[("en", ftl)])
        .unwrap_or_else(|e| panic!("words of {name}: {e:?}"));
    backcheck::content::lang::ContentWords::new(catalogue, vec![format!("lang/en/{name}.ftl")])
}

/// The English words of a test fixture (`minimal`, `engine`, ...).
pub fn fixture_words(name: &str) -> backcheck::content::lang::ContentWords {
    let ftl = std::fs::read_to_string(fixture(&format!("content/lang/en/{name}.ftl")))
        .expect("fixture words");
    words(&ftl, name)
}
