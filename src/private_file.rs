//! Writes files that hold health answers: user-only (0600) and atomic.
//!
//! The bytes go to a temporary file in the same directory, are synced, and
//! the temporary file is renamed over the target. An interrupted write leaves
//! the old file as it was; a reader never sees half a file.

use std::io::{self, Write};
use std::path::Path;

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
        builder.permissions(std::fs::Permissions::from_mode(0o600));
    }
    builder.tempfile_in(dir_of(path))
}

/// Writes `bytes` to `path`, replacing it atomically, readable by the user only.
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut tmp = temp_beside(path)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_user_only_and_replaces_atomically() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("answers.toml");
        std::fs::write(&path, "old").expect("seed");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        }
        write(&path, b"new").expect("write");
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "new");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        // No temporary file is left behind.
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names, ["answers.toml"]);
    }

    #[test]
    fn a_failed_write_leaves_the_old_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("answers.toml");
        std::fs::write(&path, "old").expect("seed");
        // A directory that does not exist: the temporary file cannot be made.
        let bad = dir.path().join("missing").join("answers.toml");
        assert!(write(&bad, b"new").is_err());
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "old");
    }
}
