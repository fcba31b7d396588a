//! Where output goes, and the one writer for every file backcheck writes:
//! reports, saved answers, exports, charts and the calendar file.
//!
//! A target is checked when the command line is read, before any question
//! is asked, so a run that could not keep what the person types says so
//! first. Then:
//! - `-` is standard output;
//! - a regular file, or none yet, is replaced atomically and user-only: the
//!   bytes go to a temporary file beside it, are synced, and the temporary
//!   file is renamed over it, so a reader never sees half a file;
//! - a symbolic link is followed, and the file it points to is replaced (the
//!   link stays a link);
//! - a named pipe, a device or any other file that is not a regular one is
//!   opened and written in place, never replaced;
//! - a folder, or a path whose folder does not exist, is refused.
//!
//! Messages name the path the person gave, never a temporary file.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::messages::system;
use crate::words::{t, ta};

/// How many symbolic links are followed before giving up (as Linux does).
const MAX_LINKS: usize = 40;

/// Where one output goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// The path as the person gave it, for messages.
    given: PathBuf,
    /// What is written.
    way: Way,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Way {
    Stdout,
    /// The real file (links followed) is replaced.
    Replace(PathBuf),
    /// The real file (links followed) is written in place.
    InPlace(PathBuf),
}

/// What a file holds, for the note that says it was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum What {
    /// The run's output (a report, an export): "wrote FILE".
    Output,
    /// Saved answers: "wrote your answers to FILE".
    Answers,
    /// The trend's chart: "wrote the chart to FILE".
    Chart,
}

impl What {
    fn id(self) -> &'static str {
        match self {
            What::Output => "output",
            What::Answers => "answers",
            What::Chart => "chart",
        }
    }
}

/// What was written, for the note that follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// To standard output: nothing to say.
    Stdout,
    /// A user-only file.
    Private,
    /// A pipe or a device, written in place.
    InPlace,
}

impl Target {
    /// Checks where `path` would be written, without writing anything.
    pub fn check(path: &Path) -> Result<Target, Error> {
        let given = path.to_owned();
        if path.as_os_str() == "-" {
            return Ok(Target {
                given,
                way: Way::Stdout,
            });
        }
        let fail = |problem: String| Error::Write {
            path: path.to_owned(),
            source: io::Error::other(problem),
        };
        let real = follow_links(path).map_err(|e| fail(system(&plain(e))))?;
        let way = match fs::metadata(&real) {
            Ok(m) if m.is_dir() => {
                return Err(fail(t("error-write-folder")));
            }
            Ok(m) if m.is_file() => Way::Replace(real),
            Ok(_) => Way::InPlace(real),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Way::Replace(real),
            Err(e) => return Err(fail(system(&plain(e)))),
        };
        if let Way::Replace(real) = &way {
            let dir = dir_of(real);
            match fs::metadata(dir) {
                Ok(m) if m.is_dir() => {}
                Ok(_) => {
                    return Err(fail(not_a_folder(dir)));
                }
                Err(e) if e.kind() == io::ErrorKind::NotFound => {
                    return Err(fail(ta(
                        "error-folder-missing",
                        &[("path", shown(dir).into())],
                    )));
                }
                Err(e) => return Err(fail(system(&plain(e)))),
            }
            // Can a file be made there? Try, and leave nothing behind.
            temp_beside(real).map_err(|e| {
                fail(ta(
                    "error-cannot-make-file",
                    &[
                        ("path", shown(dir).into()),
                        ("why", system(&plain(e)).into()),
                    ],
                ))
            })?;
        }
        Ok(Target { given, way })
    }

    /// Whether this is standard output.
    pub fn is_stdout(&self) -> bool {
        self.way == Way::Stdout
    }

    /// The path as given, for messages.
    pub fn path(&self) -> &Path {
        &self.given
    }

    /// Writes `bytes` there: the whole output at once.
    pub fn write(&self, bytes: &[u8]) -> Result<Written, Error> {
        let fail = |source: io::Error| Error::Write {
            path: self.given.clone(),
            source: plain(source),
        };
        match &self.way {
            Way::Stdout => {
                let mut out = io::stdout().lock();
                out.write_all(bytes)
                    .and_then(|()| out.flush())
                    .map_err(Error::Output)?;
                Ok(Written::Stdout)
            }
            Way::Replace(real) => {
                replace(real, bytes).map_err(fail)?;
                Ok(Written::Private)
            }
            Way::InPlace(real) => {
                let _writing = crate::interrupt::Writing::start();
                let mut file = OpenOptions::new().write(true).open(real).map_err(fail)?;
                file.write_all(bytes)
                    .and_then(|()| file.flush())
                    .map_err(fail)?;
                Ok(Written::InPlace)
            }
        }
    }

    /// Writes `bytes` there, then says where they went (on standard error).
    pub fn write_and_say(&self, bytes: &[u8], what: What) -> Result<(), Error> {
        let args = [
            ("kind", what.id().into()),
            ("path", shown(&self.given).into()),
        ];
        match self.write(bytes)? {
            Written::Stdout => {}
            Written::Private => crate::commands::note(&ta("note-wrote-private", &args)),
            Written::InPlace => crate::commands::note(&ta("note-wrote", &args)),
        }
        Ok(())
    }
}

/// Replaces `path` atomically with `bytes`, user-only.
fn replace(path: &Path, bytes: &[u8]) -> io::Result<()> {
    // A signal waits for the write to finish: no temporary file is left.
    let _writing = crate::interrupt::Writing::start();
    let mut tmp = temp_beside(path)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Follows symbolic links to the path that is really written.
fn follow_links(path: &Path) -> io::Result<PathBuf> {
    let mut real = path.to_owned();
    for _ in 0..MAX_LINKS {
        match fs::symlink_metadata(&real) {
            Ok(m) if m.file_type().is_symlink() => {
                let to = fs::read_link(&real)?;
                real = if to.is_absolute() {
                    to
                } else {
                    dir_of(&real).join(to)
                };
            }
            Ok(_) => return Ok(real),
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(real),
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::other(t("error-too-many-links")))
}

/// An error as the system says it, without the temporary file's name that
/// `tempfile` adds.
pub fn plain(e: io::Error) -> io::Error {
    let code = e.raw_os_error().or_else(|| {
        e.get_ref()
            .and_then(|inner| inner.source())
            .and_then(|s| s.downcast_ref::<io::Error>())
            .and_then(io::Error::raw_os_error)
    });
    match code {
        Some(code) => io::Error::from_raw_os_error(code),
        None if e
            .get_ref()
            .is_some_and(|i| i.is::<tempfile::PathPersistError>()) =>
        {
            io::Error::from(e.kind())
        }
        None => e,
    }
}

fn shown(path: &Path) -> String {
    crate::sanitize::printable(&path.display().to_string()).into_owned()
}

/// "X is not a folder", for a path whose folder is a file.
pub fn not_a_folder(dir: &Path) -> String {
    ta("error-not-a-folder", &[("path", shown(dir).into())])
}

/// The directory a file goes in (`.` for a bare file name).
pub fn dir_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// A new, empty, user-only temporary file beside `path`, to be filled and
/// then persisted over (or next to) it. The one place backcheck makes a file
/// that will hold health data.
pub fn temp_beside(path: &Path) -> io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(".backcheck-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o600));
    }
    builder.tempfile_in(dir_of(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .expect("list")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_regular_file_is_replaced_atomically_and_user_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("answers.toml");
        fs::write(&path, "old").expect("seed");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).expect("chmod");
        let target = Target::check(&path).expect("check");
        assert_eq!(
            names(dir.path()),
            ["answers.toml"],
            "the check leaves nothing"
        );
        assert_eq!(target.write(b"new").expect("write"), Written::Private);
        assert_eq!(fs::read_to_string(&path).expect("read"), "new");
        let mode = fs::metadata(&path).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        assert_eq!(names(dir.path()), ["answers.toml"]);
    }

    #[test]
    fn a_link_is_followed_and_stays_a_link() {
        let dir = tempfile::tempdir().expect("temp dir");
        let real = dir.path().join("real.md");
        fs::write(&real, "old").expect("seed");
        let link = dir.path().join("link.md");
        std::os::unix::fs::symlink("real.md", &link).expect("link");
        Target::check(&link)
            .expect("check")
            .write(b"new")
            .expect("write");
        assert!(
            fs::symlink_metadata(&link)
                .expect("meta")
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read_to_string(&real).expect("read"), "new");
        // A link to a file not there yet makes it.
        let dangling = dir.path().join("next.md");
        std::os::unix::fs::symlink("made.md", &dangling).expect("link");
        Target::check(&dangling)
            .expect("check")
            .write(b"made")
            .expect("write");
        assert_eq!(
            fs::read_to_string(dir.path().join("made.md")).expect("read"),
            "made"
        );
    }

    #[test]
    fn a_device_is_written_in_place_never_replaced() {
        let target = Target::check(Path::new("/dev/null")).expect("check");
        assert_eq!(target.write(b"x").expect("write"), Written::InPlace);
        assert!(
            fs::metadata("/dev/null")
                .expect("meta")
                .file_type()
                .is_char_device_like()
        );
        let full = Target::check(Path::new("/dev/full")).expect("check");
        let e = full.write(b"x").expect_err("a full device");
        assert!(e.to_string().contains("/dev/full"), "{e}");
    }

    trait CharDevice {
        fn is_char_device_like(&self) -> bool;
    }

    impl CharDevice for fs::FileType {
        fn is_char_device_like(&self) -> bool {
            use std::os::unix::fs::FileTypeExt;
            self.is_char_device()
        }
    }

    #[test]
    fn a_folder_or_a_missing_folder_is_refused_without_temporary_names() {
        let dir = tempfile::tempdir().expect("temp dir");
        let e = Target::check(dir.path()).expect_err("a folder");
        assert!(e.to_string().contains("it is a folder"), "{e}");
        let missing = dir.path().join("no").join("report.md");
        let e = Target::check(&missing).expect_err("missing folder");
        let text = e.to_string();
        assert!(text.contains("does not exist"), "{text}");
        assert!(!text.contains(".backcheck-"), "{text}");
        assert!(names(dir.path()).is_empty());
    }

    #[test]
    fn a_dash_is_standard_output() {
        let target = Target::check(Path::new("-")).expect("check");
        assert!(target.is_stdout());
    }
}
