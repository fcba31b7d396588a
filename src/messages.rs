//! What every layer needs to say a problem in the run's language: the
//! system's words for a failed read or write, and a hint under a message.
//! The sentences themselves are in `content/lang/<tag>/messages.ftl`, looked
//! up with `words::t` and `words::ta`.

use std::io;

use crate::words;

/// An I/O error in words. English keeps the system's own words
/// ("No such file or directory (os error 2)"); another language says the
/// common ones its own way, and the rest as the system does. An error that
/// carries its own text (already in words) is said as it is.
pub fn system(e: &io::Error) -> String {
    use io::ErrorKind as K;
    let kind = if e.get_ref().is_some() {
        "other"
    } else {
        match e.kind() {
            K::NotFound => "not-found",
            K::PermissionDenied => "permission-denied",
            K::AlreadyExists => "already-exists",
            K::NotADirectory => "not-a-folder",
            K::IsADirectory => "is-a-folder",
            K::ReadOnlyFilesystem => "read-only",
            K::StorageFull => "disk-full",
            K::ResourceBusy => "busy",
            _ => "other",
        }
    };
    words::ta(
        "error-system",
        &[("kind", kind.into()), ("text", e.to_string().into())],
    )
}

/// A message with a hint on its own line under it: `MESSAGE\n  = hint: HINT`.
pub fn hinted(message: &str, hint: &str) -> String {
    format!("{message}\n  = {}: {hint}", words::t("hint-label"))
}

/// A path as messages show it: printable, as the person gave it.
pub fn path(path: &std::path::Path) -> String {
    crate::sanitize::printable(&path.display().to_string()).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_keeps_the_systems_words() {
        let e = io::Error::from_raw_os_error(2);
        assert_eq!(system(&e), e.to_string());
        let own = io::Error::other("it is a folder; give a file name");
        assert_eq!(system(&own), "it is a folder; give a file name");
    }

    #[test]
    fn a_hint_goes_on_its_own_line() {
        assert_eq!(hinted("bad", "do this"), "bad\n  = hint: do this");
    }
}
