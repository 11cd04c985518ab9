//! Writes that are whole or absent: each goes to a temporary file beside its
//! target and is renamed into place, so a crash or a full disk half-way leaves
//! the old state. Temporary files end in `.tmp`, never `.txt`, so a leftover
//! one is no source.

use std::cell::Cell;
use std::io::{self, Write};
use std::path::Path;

use tempfile::NamedTempFile;

/// Where the writes go: the real file system, optionally with a quota that
/// makes it fail like a full disk (for the tests of failures half-way).
#[derive(Debug, Default)]
pub struct Disk {
    quota: Option<Cell<u64>>,
}

impl Disk {
    pub fn new() -> Self {
        Self::default()
    }

    /// A disk that is full once `bytes` more bytes have been written.
    pub fn with_quota(bytes: u64) -> Self {
        Self {
            quota: Some(Cell::new(bytes)),
        }
    }

    /// Writes a new file; fails with `AlreadyExists` rather than replace one.
    pub fn create_new(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        if path.exists() {
            return Err(already_exists(path));
        }
        let temp = self.staged(path, bytes, None)?;
        // The rename itself refuses to replace, in case the file appeared meanwhile.
        temp.persist_noclobber(path)
            .map_err(|e| match e.error.kind() {
                io::ErrorKind::AlreadyExists => already_exists(path),
                _ => e.error,
            })?;
        Ok(())
    }

    /// Replaces a file (or writes it if absent) in one rename, keeping its permissions.
    pub fn replace(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        let permissions = std::fs::metadata(path).ok().map(|m| m.permissions());
        let temp = self.staged(path, bytes, permissions)?;
        temp.persist(path).map_err(|e| e.error)?;
        Ok(())
    }

    fn staged(
        &self,
        path: &Path,
        bytes: &[u8],
        permissions: Option<std::fs::Permissions>,
    ) -> io::Result<NamedTempFile> {
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let mut builder = tempfile::Builder::new();
        builder.prefix(".brief-").suffix(".tmp");
        let permissions = permissions.or_else(default_permissions);
        if let Some(p) = permissions {
            builder.permissions(p);
        }
        let mut temp = builder.tempfile_in(dir)?;
        self.write_all(temp.as_file_mut(), bytes)?;
        temp.as_file().sync_all()?;
        Ok(temp)
    }

    fn write_all(&self, out: &mut impl Write, bytes: &[u8]) -> io::Result<()> {
        let Some(quota) = &self.quota else {
            return out.write_all(bytes);
        };
        let fits = bytes
            .len()
            .min(usize::try_from(quota.get()).unwrap_or(usize::MAX));
        out.write_all(&bytes[..fits])?;
        quota.set(quota.get() - fits as u64);
        if fits < bytes.len() {
            return Err(io::Error::new(
                io::ErrorKind::StorageFull,
                "no space left on device",
            ));
        }
        Ok(())
    }
}

fn already_exists(path: &Path) -> io::Error {
    io::Error::new(
        io::ErrorKind::AlreadyExists,
        format!("{} already exists; it is left as it is", path.display()),
    )
}

/// New files get the usual mode (before the umask) instead of a temporary file's 0600.
#[cfg(unix)]
fn default_permissions() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn default_permissions() -> Option<std::fs::Permissions> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn create_new_never_replaces_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "mine").unwrap();
        let err = Disk::new().create_new(&path, b"theirs").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "mine");
        assert_eq!(names(dir.path()), ["a.txt"]);
    }

    #[test]
    fn a_full_disk_half_way_leaves_no_file_and_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        let err = Disk::with_quota(5)
            .create_new(&path, b"0123456789")
            .unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::StorageFull);
        assert!(names(dir.path()).is_empty(), "{:?}", names(dir.path()));
    }

    #[test]
    fn a_failed_replace_keeps_the_old_contents() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("briefing.toml");
        std::fs::write(&path, "title = \"old\"\n").unwrap();
        let disk = Disk::with_quota(3);
        assert!(disk.replace(&path, b"title = \"new\"\n").is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "title = \"old\"\n");
        assert_eq!(names(dir.path()), ["briefing.toml"]);
        Disk::new().replace(&path, b"title = \"new\"\n").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "title = \"new\"\n");
    }

    #[cfg(unix)]
    #[test]
    fn replace_keeps_the_permissions_of_the_old_file() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("briefing.toml");
        std::fs::write(&path, "x = 1\n").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        Disk::new().replace(&path, b"x = 2\n").unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
    }
}
