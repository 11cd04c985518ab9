//! Pins: the quotes, mentions and lines a reader collects for a note, and
//! the citations made from them. Kept per briefing in the user's state
//! directory (never in the data folder), written atomically; a file that
//! does not parse is set aside, not fatal.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::model::Briefing;
use super::text::find_loose;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Quote,
    Mention,
    Line,
}

/// What was pinned: verbatim words of a source, where they stand, and who
/// said them when that is known.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pin {
    pub kind: Kind,
    /// The source's id.
    pub source: String,
    pub line: usize,
    pub text: String,
    pub speaker: Option<String>,
}

impl Pin {
    /// Whether the pinned words still stand in the briefing's source.
    pub fn resolves(&self, b: &Briefing) -> bool {
        b.source(&self.source)
            .is_some_and(|s| !find_loose(&s.text, &self.text).is_empty())
    }

    /// The pin as a Markdown citation: the verbatim words in quotes, the
    /// speaker, then the source as the data describes it and the line.
    pub fn citation(&self, b: &Briefing) -> String {
        let mut out = format!("> “{}”", self.text.trim());
        if let Some(speaker) = &self.speaker {
            out.push_str(&format!("\n> — {speaker}"));
        }
        let mut about: Vec<String> = Vec::new();
        match b.source(&self.source) {
            Some(s) => {
                if let Some(title) = &s.title {
                    about.push(format!("*{title}*"));
                }
                about.extend(s.outlet.clone());
                about.extend(s.date.clone());
                about.push(format!("`{}`, line {}", s.id, self.line));
            }
            None => about.push(format!("`{}`, line {}", self.source, self.line)),
        }
        out.push_str(&format!("\n\nSource: {}\n", about.join(", ")));
        out
    }
}

/// Every pin as Markdown citations, one after another.
pub fn markdown(b: &Briefing, pins: &[Pin]) -> String {
    pins.iter()
        .map(|p| p.citation(b))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Where a briefing's pins are kept.
#[derive(Debug, Clone)]
pub struct Store {
    pub path: PathBuf,
}

/// What loading found besides the pins: a file set aside.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    pub pins: Vec<Pin>,
    pub warning: Option<String>,
}

impl Store {
    /// The store of the briefing in `data` (None: the built-in one), under
    /// the user's state directory (`$XDG_STATE_HOME/brief`).
    pub fn for_briefing(data: Option<&Path>) -> Option<Store> {
        let dirs = directories::ProjectDirs::from("", "", "brief")?;
        let base = dirs
            .state_dir()
            .unwrap_or_else(|| dirs.data_local_dir())
            .join("pins");
        Some(Store {
            path: base.join(format!("{}.json", key(data))),
        })
    }

    /// The pins kept, or none. A file that does not parse is renamed aside
    /// (`.corrupt`) so nothing the user had is lost, and said so.
    pub fn load(&self) -> Loaded {
        let text = match std::fs::read_to_string(&self.path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Loaded {
                    pins: Vec::new(),
                    warning: None,
                };
            }
            Err(e) => {
                return Loaded {
                    pins: Vec::new(),
                    warning: Some(format!("cannot read {}: {e}", self.path.display())),
                };
            }
        };
        match serde_json::from_str(&text) {
            Ok(pins) => Loaded {
                pins,
                warning: None,
            },
            Err(e) => {
                let aside = self.path.with_extension("json.corrupt");
                let moved = std::fs::rename(&self.path, &aside);
                let what = match moved {
                    Ok(()) => format!("set aside as {}", aside.display()),
                    Err(m) => format!("left in place ({m})"),
                };
                Loaded {
                    pins: Vec::new(),
                    warning: Some(format!(
                        "{}:{}: pins file does not parse ({e}); {what}",
                        self.path.display(),
                        e.line()
                    )),
                }
            }
        }
    }

    /// Writes the pins: a temporary file beside the store, then a rename,
    /// so a failure half-way leaves the old file whole.
    pub fn save(&self, pins: &[Pin]) -> std::io::Result<()> {
        let json = serde_json::to_string_pretty(pins).map_err(std::io::Error::other)?;
        write_atomic(&self.path, json.as_bytes())
    }
}

/// `bytes` into `path` through a temporary file in the same folder and a
/// rename; the temporary file is removed if anything fails.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let name = path
        .file_name()
        .map_or("pins".into(), |n| n.to_string_lossy());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// A file name for a briefing: the folder's name and a hash of its full
/// path, so two folders of one name keep their own pins.
fn key(data: Option<&Path>) -> String {
    let Some(dir) = data else {
        return "builtin".into();
    };
    let full = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let name: String = full
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .take(40)
        .collect();
    // FNV-1a: stable across runs and versions, unlike std's hasher.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in full.to_string_lossy().bytes() {
        hash = (hash ^ b as u64).wrapping_mul(0x0100_0000_01b3);
    }
    format!("{name}-{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::load;

    fn pin(text: &str) -> Pin {
        Pin {
            kind: Kind::Quote,
            source: "elusive-deal".into(),
            line: 3,
            text: text.into(),
            speaker: Some("Donald Trump".into()),
        }
    }

    #[test]
    fn a_citation_gives_the_words_the_speaker_and_the_source() {
        let b = load::builtin().unwrap();
        let c = pin("a good deal").citation(&b);
        assert!(c.starts_with("> “a good deal”\n> — Donald Trump\n"), "{c}");
        assert!(c.contains("`elusive-deal`, line 3"), "{c}");
    }

    #[test]
    fn pins_round_trip_and_a_corrupt_file_is_set_aside() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store {
            path: dir.path().join("pins/x.json"),
        };
        assert_eq!(store.load().pins, []);
        let pins = vec![pin("one"), pin("two")];
        store.save(&pins).unwrap();
        assert_eq!(store.load().pins, pins);
        std::fs::write(&store.path, "[{not json").unwrap();
        let loaded = store.load();
        assert!(loaded.pins.is_empty());
        let warning = loaded.warning.unwrap();
        assert!(warning.contains("does not parse"), "{warning}");
        let aside = store.path.with_extension("json.corrupt");
        assert_eq!(std::fs::read_to_string(aside).unwrap(), "[{not json");
        assert!(!store.path.exists());
    }

    #[test]
    fn a_failed_save_leaves_the_old_pins_whole() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store {
            path: dir.path().join("x.json"),
        };
        store.save(&[pin("kept")]).unwrap();
        // A directory where the temporary file would go makes the write fail
        // half-way, after the old file was already there.
        let tmp = dir
            .path()
            .join(format!(".x.json.{}.tmp", std::process::id()));
        std::fs::create_dir(&tmp).unwrap();
        assert!(store.save(&[pin("lost")]).is_err());
        assert_eq!(store.load().pins, [pin("kept")]);
    }

    #[test]
    fn folders_get_their_own_key_and_the_builtin_one_too() {
        let a = tempfile::tempdir().unwrap();
        let b = tempfile::tempdir().unwrap();
        assert_ne!(key(Some(a.path())), key(Some(b.path())));
        assert_eq!(key(Some(a.path())), key(Some(a.path())));
        assert_eq!(key(None), "builtin");
    }
}
