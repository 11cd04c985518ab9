//! Reading a briefing folder (or the built-in one) and validating it into a
//! `Briefing`. Every error names the file and, where there is one, the line.
//!
//! A large briefing takes a while (about a second for 10,000 articles), so
//! the loaders have forms that report progress: `from_dir_with`,
//! `read_dir_with` and `load_with` take `&dyn Fn(Progress) + Sync`, called
//! as each article is done with a `Stage` and `done` out of `total`. It may
//! be called from any thread (extraction runs on every core), often: pass
//! it on cheaply (an atomic, a channel, a progress bar). `Progress::label`
//! names the stage for a user, `Progress::fraction` gives the whole load's
//! share done.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

use chrono::DateTime;
use serde::Deserialize;
use toml::Spanned;

use super::model::{
    Anchor, Briefing, Deadline, Event, Issue, Quote, Side, Source, SpeakerBasis, Time,
};
use super::parallel;
use super::quotes;
use super::text::{LineIndex, find_loose, inert, line_of, sanitize, sanitize_owned};

/// One problem found while loading, located as precisely as the input allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

/// Inert: a message may quote a file name or a value of the briefing,
/// and goes to a terminal.
impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (file, message) = (inert(&self.file), inert(&self.message));
        match self.line {
            Some(line) => write!(f, "{file}:{line}: {message}"),
            None => write!(f, "{file}: {message}"),
        }
    }
}

/// How far a load has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub stage: Stage,
    /// Articles done in this stage, out of `total`.
    pub done: usize,
    pub total: usize,
}

/// The stages of a load, in order. Each goes over the articles once; the
/// last goes over those few whose speakers may change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Reading `sources/*.txt`.
    Reading,
    /// Finding quotes and the people each article names.
    Names,
    /// Attributing quotes to speakers.
    Speakers,
    /// Attributing again where a speaker found is a person another
    /// article's rules need to know about.
    Recheck,
}

impl Progress {
    /// The stage for a user: `attributing quotes`.
    pub fn label(&self) -> &'static str {
        match self.stage {
            Stage::Reading => "reading articles",
            Stage::Names => "finding quotes",
            Stage::Speakers => "attributing quotes",
            Stage::Recheck => "checking speakers",
        }
    }

    /// The share of the whole load done, 0 to 1, weighing each stage by
    /// what it roughly costs (reading is cheap, attribution is not).
    pub fn fraction(&self) -> f64 {
        let (before, weight) = match self.stage {
            Stage::Reading => (0.0, 0.1),
            Stage::Names => (0.1, 0.35),
            Stage::Speakers => (0.45, 0.5),
            Stage::Recheck => (0.95, 0.05),
        };
        let within = if self.total == 0 {
            1.0
        } else {
            self.done as f64 / self.total as f64
        };
        before + weight * within.min(1.0)
    }
}

/// A progress callback that does nothing.
fn quietly(_: Progress) {}

/// The raw files of a briefing, wherever they came from.
#[derive(Debug, Clone)]
pub struct Files {
    /// How to name the folder in messages (`data`, or the path given).
    pub root: String,
    pub toml: Option<Vec<u8>>,
    /// `(file name inside sources/, bytes)`, sorted by name.
    pub sources: Vec<(String, Vec<u8>)>,
    /// What was found but not read (dangling or looping links,
    /// directories named `*.txt`): `brief check` reports them.
    pub warnings: Vec<LoadError>,
}

macro_rules! builtin_sources {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../../data/sources/", $name)))),*]
    };
}

const BUILTIN_TOML: &str = include_str!("../../data/briefing.toml");
const BUILTIN_SOURCES: &[(&str, &str)] = builtin_sources!(
    "apec-meet-confirmed.txt",
    "elusive-deal.txt",
    "gyeongju-summit.txt",
    "kuala-lumpur-talks.txt",
    "what-each-side-wants.txt",
);

/// The briefing compiled into the binary, as found in `data/`.
pub fn builtin_files() -> Files {
    Files {
        root: "data".into(),
        toml: Some(BUILTIN_TOML.as_bytes().to_vec()),
        sources: BUILTIN_SOURCES
            .iter()
            .map(|(name, text)| (name.to_string(), text.as_bytes().to_vec()))
            .collect(),
        warnings: Vec::new(),
    }
}

pub fn builtin() -> Result<Briefing, Vec<LoadError>> {
    load(builtin_files())
}

/// The largest file a briefing may hold: far above any article, far below
/// what would exhaust memory.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Why a file of the folder is not read.
enum Refusal {
    /// The briefing cannot be trusted with it: an error.
    Error(String),
    /// Nothing to read there, which `brief check` mentions: a warning.
    Skip(String),
}

/// Whether `path` (inside the folder whose canonical path is `base`) may be
/// read, and the path to read: only a regular file, and a symlink only when
/// it stays inside the folder. A FIFO would stall the load forever and a
/// device (`/dev/zero`) would read until memory runs out.
fn examine(base: &Path, path: &Path) -> Result<PathBuf, Refusal> {
    let meta = std::fs::symlink_metadata(path).map_err(|e| Refusal::Error(e.to_string()))?;
    let target = if meta.file_type().is_symlink() {
        let to = std::fs::read_link(path)
            .map(|t| t.display().to_string())
            .unwrap_or_default();
        let target = std::fs::canonicalize(path).map_err(|e| {
            Refusal::Skip(if e.kind() == std::io::ErrorKind::NotFound {
                format!("a symlink to {to}, which does not exist; skipped")
            } else {
                // A loop says "Too many levels of symbolic links".
                format!("a symlink to {to} that cannot be followed ({e}); skipped")
            })
        })?;
        if !target.starts_with(base) {
            return Err(Refusal::Error(format!(
                "a symlink to {}, outside the briefing folder; only links inside it are followed",
                target.display()
            )));
        }
        target
    } else {
        path.to_path_buf()
    };
    let meta = std::fs::metadata(&target).map_err(|e| Refusal::Error(e.to_string()))?;
    let kind = meta.file_type();
    if kind.is_dir() {
        return Err(Refusal::Skip("a directory, not a file; skipped".into()));
    }
    if !kind.is_file() {
        use std::os::unix::fs::FileTypeExt;
        let what = if kind.is_fifo() {
            "a FIFO (named pipe)"
        } else if kind.is_socket() {
            "a socket"
        } else if kind.is_char_device() || kind.is_block_device() {
            "a device"
        } else {
            "not a regular file"
        };
        return Err(Refusal::Error(format!(
            "{what}; only regular files are read"
        )));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_big());
    }
    Ok(target)
}

fn too_big() -> Refusal {
    Refusal::Error(format!(
        "larger than {} MB; a briefing's files are articles, far smaller",
        MAX_FILE_BYTES / (1024 * 1024)
    ))
}

/// Reads a file `examine` allowed, bounded: it may have changed since.
fn read_bounded(path: &Path) -> Result<Vec<u8>, Refusal> {
    use std::io::Read;
    use std::os::unix::fs::OpenOptionsExt;
    // Non-blocking, so a file swapped for a FIFO since cannot stall the open.
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
        .map_err(|e| Refusal::Error(e.to_string()))?;
    let size = match file.metadata() {
        Ok(m) if m.is_file() => m.len(),
        _ => {
            return Err(Refusal::Error(
                "not a regular file; only regular files are read".into(),
            ));
        }
    };
    // Room for the size stated and the byte that shows the end: the bytes
    // become the article's text as they are, so no slack is kept for good.
    let mut bytes = Vec::with_capacity(size.min(MAX_FILE_BYTES) as usize + 1);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Refusal::Error(e.to_string()))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big());
    }
    Ok(bytes)
}

/// Reads a briefing folder: `sources/*.txt` and, optionally, `briefing.toml`.
/// Only regular files inside the folder are read; what is skipped is in
/// `Files::warnings`.
pub fn read_dir(dir: &Path) -> Result<Files, Vec<LoadError>> {
    read_dir_with(dir, &quietly)
}

/// `read_dir`, reporting each article read (`Stage::Reading`).
pub fn read_dir_with(
    dir: &Path,
    progress: &(dyn Fn(Progress) + Sync),
) -> Result<Files, Vec<LoadError>> {
    let root = dir.display().to_string();
    let problem = |file: String, message: String| LoadError {
        file,
        line: None,
        message,
    };
    let fail = |file: String, message: String| vec![problem(file, message)];
    if !dir.is_dir() {
        return Err(fail(root, "no such briefing folder".into()));
    }
    let base = std::fs::canonicalize(dir).map_err(|e| fail(root.clone(), e.to_string()))?;
    let sources_dir = dir.join("sources");
    let entries = std::fs::read_dir(&sources_dir).map_err(|e| {
        fail(
            format!("{root}/sources"),
            format!("cannot read the sources folder: {e}"),
        )
    })?;
    if !std::fs::canonicalize(&sources_dir).is_ok_and(|s| s.starts_with(&base)) {
        return Err(fail(
            format!("{root}/sources"),
            "a symlink to outside the briefing folder; only links inside it are followed".into(),
        ));
    }
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let read = |path: &Path| examine(&base, path).and_then(|p| read_bounded(&p));
    let mut take = |file: String, read: Result<Vec<u8>, Refusal>| -> Option<Vec<u8>> {
        match read {
            Ok(bytes) => Some(bytes),
            Err(Refusal::Error(m)) => {
                errors.push(problem(file, m));
                None
            }
            Err(Refusal::Skip(m)) => {
                warnings.push(problem(file, m));
                None
            }
        }
    };
    let mut paths = Vec::new();
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => return Err(fail(format!("{root}/sources"), e.to_string())),
        };
        let path = entry.path();
        if path.extension().is_some_and(|x| x == "txt") {
            paths.push((entry.file_name().to_string_lossy().into_owned(), path));
        }
    }
    paths.sort();
    let total = paths.len();
    // Every file is looked at (links resolved, kind and size checked) and
    // read on every core: a folder of 10,000 is mostly system calls.
    let reads = parallel::map(&paths, |(_, path)| read(path), &|done| {
        progress(Progress {
            stage: Stage::Reading,
            done,
            total,
        })
    });
    let mut sources = Vec::with_capacity(total);
    for ((name, _), read) in paths.into_iter().zip(reads) {
        if let Some(bytes) = take(format!("{root}/sources/{name}"), read) {
            sources.push((name, bytes));
        }
    }
    let toml_path = dir.join("briefing.toml");
    // A dangling link is not "no file": it is looked at, and reported.
    let toml = if std::fs::symlink_metadata(&toml_path).is_ok() {
        take(format!("{root}/briefing.toml"), read(&toml_path))
    } else {
        None
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Files {
        root,
        toml,
        sources,
        warnings,
    })
}

pub fn from_dir(dir: &Path) -> Result<Briefing, Vec<LoadError>> {
    from_dir_with(dir, &quietly)
}

/// `from_dir`, reporting its progress.
pub fn from_dir_with(
    dir: &Path,
    progress: &(dyn Fn(Progress) + Sync),
) -> Result<Briefing, Vec<LoadError>> {
    load_with(read_dir_with(dir, progress)?, progress)
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBriefing {
    title: Option<String>,
    as_of: Option<Spanned<String>>,
    as_of_note: Option<String>,
    #[serde(default)]
    source: Vec<RawSource>,
    #[serde(default)]
    deadline: Vec<RawDeadline>,
    #[serde(default)]
    issue: Vec<RawIssue>,
    #[serde(default)]
    event: Vec<RawEvent>,
    #[serde(default)]
    attribution: Vec<RawAttribution>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    file: Spanned<String>,
    id: Option<Spanned<String>>,
    title: Option<String>,
    outlet: Option<String>,
    date: Option<Spanned<String>>,
    /// The web address the text was taken from.
    url: Option<String>,
    /// Where the metadata came from, or a curator's remark on it.
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAnchor {
    source: Spanned<String>,
    text: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDeadline {
    id: Spanned<String>,
    label: String,
    due: Spanned<String>,
    assumed: Option<String>,
    anchors: Vec<RawAnchor>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIssue {
    id: Spanned<String>,
    title: String,
    side: Side,
    summary: String,
    #[serde(default)]
    keywords: Vec<String>,
    mentions: Vec<RawAnchor>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvent {
    date: Spanned<String>,
    label: String,
    anchors: Vec<RawAnchor>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAttribution {
    source: Spanned<String>,
    /// A verbatim excerpt of the quote to correct.
    quote: Spanned<String>,
    speaker: String,
}

/// Collects errors against `briefing.toml` so validation reports them all at once.
struct Checker {
    file: String,
    /// Line starts of `briefing.toml`, for every error's line.
    toml_lines: LineIndex,
    /// Line starts of each source an anchor was found in, by source id.
    source_lines: HashMap<String, LineIndex>,
    errors: Vec<LoadError>,
}

impl Checker {
    fn error_at<T>(&mut self, at: &Spanned<T>, message: String) {
        self.errors.push(LoadError {
            file: self.file.clone(),
            line: Some(self.toml_lines.line(at.span().start)),
            message,
        });
    }

    fn time(&mut self, field: &str, value: &Spanned<String>) -> Option<Time> {
        match DateTime::parse_from_rfc3339(value.get_ref()) {
            Ok(t) => Some(t),
            Err(e) => {
                self.error_at(
                    value,
                    format!(
                        "{field} {:?} is not an RFC 3339 time with offset, like \"2025-11-01T00:00:00-04:00\" ({e})",
                        value.get_ref()
                    ),
                );
                None
            }
        }
    }

    fn partial_date(&mut self, date: &Spanned<String>) {
        if !is_partial_date(date.get_ref()) {
            self.error_at(
                date,
                format!(
                    "date {:?} is not YYYY, YYYY-MM or YYYY-MM-DD",
                    date.get_ref()
                ),
            );
        }
    }

    fn unique(&mut self, seen: &mut HashSet<String>, kind: &str, id: &Spanned<String>) {
        if !seen.insert(id.get_ref().clone()) {
            self.error_at(id, format!("duplicate {kind} id {:?}", id.get_ref()));
        }
    }

    fn anchors(&mut self, sources: &[Source], raw: &[RawAnchor]) -> Vec<Anchor> {
        raw.iter().filter_map(|a| self.anchor(sources, a)).collect()
    }

    fn anchor(&mut self, sources: &[Source], raw: &RawAnchor) -> Option<Anchor> {
        let Some(source) = sources.iter().find(|s| &s.id == raw.source.get_ref()) else {
            self.error_at(
                &raw.source,
                format!("unknown source {:?}", raw.source.get_ref()),
            );
            return None;
        };
        match find_loose(&source.text, raw.text.get_ref())
            .into_iter()
            .next()
        {
            Some(span) => Some(Anchor {
                source: source.id.clone(),
                line: self
                    .source_lines
                    .entry(source.id.clone())
                    .or_insert_with(|| LineIndex::new(&source.text))
                    .line(span.start),
                span,
                text: raw.text.get_ref().clone(),
            }),
            None => {
                self.error_at(
                    &raw.text,
                    format!(
                        "anchor {:?} not found in sources/{}",
                        raw.text.get_ref(),
                        source.file
                    ),
                );
                None
            }
        }
    }
}

fn is_partial_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2) && (1..=12).contains(&m.parse().unwrap_or(0)),
        _ => chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok(),
    }
}

fn decode(root: &str, name: &str, bytes: Vec<u8>) -> Result<String, LoadError> {
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        // Up to `valid` the bytes are UTF-8 by definition.
        let before = std::str::from_utf8(&e.as_bytes()[..valid]).unwrap_or_default();
        let line = line_of(before, valid);
        LoadError {
            file: format!("{root}/{name}"),
            line: Some(line),
            message: format!("not valid UTF-8 (byte {valid})"),
        }
    })
}

/// Validates raw files into a briefing, or every error found.
pub fn load(files: Files) -> Result<Briefing, Vec<LoadError>> {
    load_with(files, &quietly)
}

/// `load`, reporting its progress.
pub fn load_with(
    files: Files,
    progress: &(dyn Fn(Progress) + Sync),
) -> Result<Briefing, Vec<LoadError>> {
    let root = files.root;
    let (texts, toml_text) = decode_all(&root, files.sources, files.toml)?;
    let toml_file = format!("{root}/briefing.toml");
    let mut raw = parse(&toml_file, toml_text.as_deref())?;
    make_inert(&mut raw);
    let mut check = Checker {
        file: toml_file,
        toml_lines: LineIndex::new(toml_text.as_deref().unwrap_or("")),
        source_lines: HashMap::new(),
        errors: Vec::new(),
    };
    let sources = check.sources(&root, &raw.source, texts);
    let as_of = raw.as_of.as_ref().and_then(|t| check.time("as_of", t));
    let deadlines = check.deadlines(&raw.deadline, &sources);
    let issues = check.issues(&raw.issue, &sources);
    let events = check.events(&raw.event, &sources);
    let mut quotes = quotes::extract_with(
        &sources
            .iter()
            .map(|s| (s.id.as_str(), s.text.as_str()))
            .collect::<Vec<_>>(),
        &|step, done, total| {
            let stage = match step {
                quotes::Step::Names => Stage::Names,
                quotes::Step::Speakers => Stage::Speakers,
                quotes::Step::Recheck => Stage::Recheck,
            };
            progress(Progress { stage, done, total })
        },
    );
    check.attributions(&raw.attribution, &mut quotes);
    if !check.errors.is_empty() {
        return Err(check.errors);
    }
    Ok(Briefing {
        title: raw.title.unwrap_or_else(|| inert(&folder_name(&root))),
        as_of,
        as_of_note: raw.as_of_note,
        sources,
        deadlines,
        issues,
        events,
        quotes,
        curated: toml_text.is_some(),
        warnings: files.warnings,
    })
}

/// `(file name, sanitised text)` of each source, and `briefing.toml`'s text.
type Decoded = (Vec<(String, String)>, Option<String>);

/// Every file as UTF-8 text, sources sanitised; or every file that is not.
fn decode_all(
    root: &str,
    sources: Vec<(String, Vec<u8>)>,
    toml: Option<Vec<u8>>,
) -> Result<Decoded, Vec<LoadError>> {
    let mut errors = Vec::new();
    let mut texts = Vec::new();
    let decoded = parallel::map_owned(sources, |(name, bytes)| {
        let text = decode(root, &format!("sources/{name}"), bytes)?;
        Ok((inert(&name), sanitize_owned(text)))
    });
    for text in decoded {
        match text {
            Ok(text) => texts.push(text),
            Err(e) => errors.push(e),
        }
    }
    let toml = match toml.map(|b| decode(root, "briefing.toml", b)) {
        Some(Ok(t)) => Some(t),
        Some(Err(e)) => {
            errors.push(e);
            None
        }
        None => None,
    };
    if errors.is_empty() {
        Ok((texts, toml))
    } else {
        Err(errors)
    }
}

/// Every string of `briefing.toml` made inert, where it enters the model:
/// a briefing is something people download and share, and nothing in it
/// may drive the terminal, whichever output shows it. Multi-line fields
/// keep their line breaks; anchors are matched against sanitised sources,
/// so they are sanitised the same way.
fn make_inert(raw: &mut RawBriefing) {
    fn one(s: &mut String) {
        *s = inert(s);
    }
    fn spanned(s: &mut Spanned<String>) {
        one(s.get_mut());
    }
    fn anchors(list: &mut [RawAnchor]) {
        for a in list {
            spanned(&mut a.source);
            *a.text.get_mut() = sanitize(a.text.get_ref());
        }
    }
    let lines = |s: &mut String| *s = sanitize(s);
    raw.title.iter_mut().for_each(one);
    raw.as_of.iter_mut().for_each(spanned);
    raw.as_of_note.iter_mut().for_each(lines);
    for s in &mut raw.source {
        spanned(&mut s.file);
        s.id.iter_mut().for_each(spanned);
        s.title.iter_mut().for_each(one);
        s.outlet.iter_mut().for_each(one);
        s.date.iter_mut().for_each(spanned);
    }
    for d in &mut raw.deadline {
        spanned(&mut d.id);
        one(&mut d.label);
        spanned(&mut d.due);
        d.assumed.iter_mut().for_each(one);
        anchors(&mut d.anchors);
    }
    for i in &mut raw.issue {
        spanned(&mut i.id);
        one(&mut i.title);
        lines(&mut i.summary);
        i.keywords.iter_mut().for_each(one);
        anchors(&mut i.mentions);
    }
    for e in &mut raw.event {
        spanned(&mut e.date);
        one(&mut e.label);
        anchors(&mut e.anchors);
    }
    for a in &mut raw.attribution {
        spanned(&mut a.source);
        *a.quote.get_mut() = sanitize(a.quote.get_ref());
        one(&mut a.speaker);
    }
}

/// `briefing.toml` as its sections; no file is a briefing with none.
fn parse(file: &str, toml: Option<&str>) -> Result<RawBriefing, Vec<LoadError>> {
    let Some(text) = toml else {
        return Ok(RawBriefing::default());
    };
    toml::from_str(text).map_err(|e| {
        vec![LoadError {
            file: file.to_string(),
            line: e.span().map(|s| line_of(text, s.start)),
            message: e.message().trim().to_string(),
        }]
    })
}

impl Checker {
    /// The sources the data describes, in its order, then the rest by name.
    fn sources(
        &mut self,
        root: &str,
        raw: &[RawSource],
        mut texts: Vec<(String, String)>,
    ) -> Vec<Source> {
        let mut sources: Vec<Source> = Vec::new();
        let mut described = HashSet::new();
        let mut ids = HashSet::new();
        // By name, so a briefing.toml describing thousands of files is not
        // a search of every file for each.
        let at: HashMap<String, usize> = texts
            .iter()
            .enumerate()
            .map(|(i, (name, _))| (name.clone(), i))
            .collect();
        for rs in raw {
            let Some((_, text)) = at.get(rs.file.get_ref()).map(|&i| &mut texts[i]) else {
                self.error_at(
                    &rs.file,
                    format!("source file {:?} not found in sources/", rs.file.get_ref()),
                );
                continue;
            };
            if !described.insert(rs.file.get_ref().clone()) {
                self.error_at(
                    &rs.file,
                    format!("source file {:?} described twice", rs.file.get_ref()),
                );
                continue;
            }
            if let Some(date) = &rs.date {
                self.partial_date(date);
            }
            let id = match &rs.id {
                Some(id) => {
                    self.unique(&mut ids, "source", id);
                    id.get_ref().clone()
                }
                None => {
                    let id = stem(rs.file.get_ref());
                    if !ids.insert(id.clone()) {
                        self.error_at(&rs.file, format!("duplicate source id {id:?}"));
                    }
                    id
                }
            };
            sources.push(Source {
                id,
                file: rs.file.get_ref().clone(),
                title: rs.title.clone(),
                outlet: rs.outlet.clone(),
                date: rs.date.as_ref().map(|d| d.get_ref().clone()),
                url: rs.url.clone(),
                note: rs.note.clone(),
                // Taken, not copied: the text is held once. A file described
                // twice is reported before this, so it is never taken twice.
                text: std::mem::take(text),
            });
        }
        for (name, text) in texts {
            if described.contains(&name) {
                continue;
            }
            let id = stem(&name);
            if !ids.insert(id.clone()) {
                self.errors.push(LoadError {
                    file: format!("{root}/sources/{name}"),
                    line: None,
                    message: format!("source id {id:?} is already used by another source"),
                });
            }
            sources.push(Source {
                id,
                file: name,
                title: None,
                outlet: None,
                date: None,
                url: None,
                note: None,
                text,
            });
        }
        sources
    }

    fn deadlines(&mut self, raw: &[RawDeadline], sources: &[Source]) -> Vec<Deadline> {
        let mut ids = HashSet::new();
        let mut deadlines = Vec::new();
        for rd in raw {
            self.unique(&mut ids, "deadline", &rd.id);
            let due = self.time("due", &rd.due);
            let anchors = self.anchors(sources, &rd.anchors);
            if let Some(due) = due {
                deadlines.push(Deadline {
                    id: rd.id.get_ref().clone(),
                    label: rd.label.clone(),
                    due,
                    assumed: rd.assumed.clone(),
                    anchors,
                });
            }
        }
        deadlines
    }

    /// Issues with their mentions in reading order: by source, then place.
    fn issues(&mut self, raw: &[RawIssue], sources: &[Source]) -> Vec<Issue> {
        let mut ids = HashSet::new();
        let mut issues = Vec::new();
        for ri in raw {
            self.unique(&mut ids, "issue", &ri.id);
            let mut mentions = self.anchors(sources, &ri.mentions);
            let order = |a: &Anchor| (sources.iter().position(|s| s.id == a.source), a.span.start);
            mentions.sort_by_key(order);
            issues.push(Issue {
                id: ri.id.get_ref().clone(),
                title: ri.title.clone(),
                side: ri.side,
                summary: ri.summary.clone(),
                keywords: ri.keywords.clone(),
                mentions,
            });
        }
        issues
    }

    /// Events in date order.
    fn events(&mut self, raw: &[RawEvent], sources: &[Source]) -> Vec<Event> {
        let mut events = Vec::new();
        for re in raw {
            self.partial_date(&re.date);
            events.push(Event {
                date: re.date.get_ref().clone(),
                label: re.label.clone(),
                anchors: self.anchors(sources, &re.anchors),
            });
        }
        events.sort_by(|a, b| a.date.cmp(&b.date));
        events
    }

    /// Applies the data's speaker corrections to the extracted quotes.
    fn attributions(&mut self, raw: &[RawAttribution], quotes: &mut [Quote]) {
        for fix in raw {
            let target = quotes.iter_mut().find(|q| {
                &q.source == fix.source.get_ref()
                    && !find_loose(&q.text, fix.quote.get_ref()).is_empty()
            });
            match target {
                Some(q) => {
                    q.speaker = Some(fix.speaker.clone());
                    q.speaker_basis = Some(SpeakerBasis::Correction);
                }
                None => self.error_at(
                    &fix.quote,
                    format!(
                        "no extracted quote in source {:?} contains {:?}",
                        fix.source.get_ref(),
                        fix.quote.get_ref()
                    ),
                ),
            }
        }
    }
}

fn stem(file: &str) -> String {
    Path::new(file)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| file.to_string())
}

fn folder_name(root: &str) -> String {
    Path::new(root)
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| root.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[test]
    fn a_load_reports_each_stage_to_its_end_in_order() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sources")).unwrap();
        for (name, text) in BUILTIN_SOURCES {
            std::fs::write(dir.path().join("sources").join(name), text).unwrap();
        }
        let seen = Mutex::new(Vec::new());
        let b = from_dir_with(dir.path(), &|p| seen.lock().unwrap().push(p)).unwrap();
        let seen = seen.into_inner().unwrap();
        let stages: Vec<Stage> = seen.iter().map(|p| p.stage).collect();
        assert!(stages.is_sorted_by_key(|s| *s as u8), "{stages:?}");
        for stage in [Stage::Reading, Stage::Names, Stage::Speakers] {
            let last = seen
                .iter()
                .filter(|p| p.stage == stage)
                .max_by_key(|p| p.done);
            assert_eq!(last.map(|p| (p.done, p.total)), Some((5, 5)), "{stage:?}");
        }
        let fractions: Vec<f64> = seen.iter().map(Progress::fraction).collect();
        assert!(fractions.iter().all(|f| (0.0..=1.0).contains(f)));
        assert!(fractions.last().unwrap() >= &0.95);
        assert_eq!(b.sources.len(), 5);
    }
}
