//! `brief add`: articles into a briefing folder from text files, saved web
//! pages, web addresses and feeds. Every word stays verbatim, metadata is
//! only what the page states (with a note of where), and the folder is never
//! left half-written: each article is checked in memory as `brief check`
//! would, then its file is written and `briefing.toml` replaced, each atomically.

pub mod entry;
pub mod feed;
pub mod fetch;
pub mod html;
mod plain;
pub mod slug;
pub mod write;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use toml_edit::DocumentMut;

use super::load::{self, Files, LoadError};
use entry::{Described, Entry};
use fetch::{Client, Limits};
use write::Disk;

#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Feed entries published before this day are left out.
    pub since: Option<NaiveDate>,
    /// At most this many entries of each feed.
    pub limit: Option<usize>,
    pub limits: Limits,
}

/// What happened to each input, as it happens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// More addresses are to be fetched (a feed's entries, once it is read).
    WillFetch(usize),
    Fetching(String),
    /// One address is done with, whatever came of it.
    Fetched,
    Added {
        input: String,
        file: String,
        title: Option<String>,
    },
    Skipped {
        input: String,
        reason: String,
    },
    Failed {
        input: String,
        reason: String,
        /// The input itself is wrong (no such file, not a page), not the network or disk.
        bad_input: bool,
    },
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub added: usize,
    pub skipped: usize,
    pub failed: usize,
    pub bad_input: usize,
}

/// One article ready to go in: its text and what is known about it.
struct Article {
    /// The input as the user named it (an address, a file, a feed entry's link).
    input: String,
    text: String,
    title: Option<String>,
    outlet: Option<String>,
    date: Option<String>,
    url: Option<String>,
    note: String,
    /// What to name the file after when there is no title.
    name_hint: String,
}

/// Adds every input to the briefing at `dir`, reporting through `on`. Fails
/// before writing anything if the folder is not a briefing that passes `brief check`.
pub fn add(
    dir: &Path,
    inputs: &[String],
    options: &Options,
    disk: &Disk,
    on: &mut dyn FnMut(Event),
) -> Result<Summary, Vec<LoadError>> {
    let mut folder = Folder::open(dir, disk)?;
    let client = Client::new(options.limits.clone());
    let mut run = Run {
        folder: &mut folder,
        client: &client,
        options,
        on,
        summary: Summary::default(),
    };
    let remote = inputs.iter().filter(|i| is_address(i)).count();
    if remote > 0 {
        (run.on)(Event::WillFetch(remote));
    }
    for input in inputs {
        run.input(input);
    }
    Ok(run.summary)
}

fn is_address(s: &str) -> bool {
    let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

struct Run<'a> {
    folder: &'a mut Folder<'a>,
    client: &'a Client,
    options: &'a Options,
    on: &'a mut dyn FnMut(Event),
    summary: Summary,
}

impl Run<'_> {
    fn input(&mut self, input: &str) {
        if is_address(input) {
            if let Some(file) = self.folder.file_with_url(input) {
                (self.on)(Event::Fetched);
                return self.skipped(input, format!("already added as sources/{file}"));
            }
            (self.on)(Event::Fetching(input.to_string()));
            let got = self.client.get(input);
            (self.on)(Event::Fetched);
            match got {
                Ok(got) => self.fetched(input, got, None),
                Err(e) => self.failed(input, e.reason, false),
            }
        } else {
            self.file(input);
        }
    }

    fn file(&mut self, input: &str) {
        let path = Path::new(input);
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => return self.failed(input, format!("cannot read it: {e}"), true),
        };
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| input.to_string());
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        let stem = path
            .file_stem()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if ext == "txt" {
            let text = match String::from_utf8(bytes) {
                Ok(t) => t,
                Err(e) => {
                    let valid = e.utf8_error().valid_up_to();
                    let line = e.as_bytes()[..valid]
                        .iter()
                        .filter(|&&b| b == b'\n')
                        .count()
                        + 1;
                    return self.failed(
                        &format!("{input}:{line}"),
                        format!("not valid UTF-8 (byte {valid})"),
                        true,
                    );
                }
            };
            let article = Article {
                input: input.to_string(),
                text,
                title: None,
                outlet: None,
                date: None,
                url: None,
                note: format!(
                    "Copied verbatim from {name}, which states no title, outlet or date."
                ),
                name_hint: stem,
            };
            return self.commit(article);
        }
        if feed::looks_like_feed(&bytes) {
            return self.feed(input, &bytes, None);
        }
        if matches!(ext.as_str(), "html" | "htm" | "xhtml") || looks_like_html(&bytes) {
            let (html, _) = html::decode(&bytes, None);
            return self.page_from(input, &html, None, None, stem, &name);
        }
        self.failed(
            input,
            "neither a .txt file, an HTML page nor an RSS, Atom or JSON feed".into(),
            true,
        )
    }

    /// A fetched body: a feed, a page, or neither.
    fn fetched(
        &mut self,
        input: &str,
        got: fetch::Fetched,
        entry: Option<(&feed::Feed, &feed::Entry)>,
    ) {
        let media = fetch::media_type(got.content_type.as_deref()).unwrap_or_default();
        if entry.is_none() && self.folder.file_with_url(&got.address).is_some() {
            let file = self.folder.file_with_url(&got.address).unwrap_or_default();
            return self.skipped(input, format!("already added as sources/{file}"));
        }
        if feed::looks_like_feed(&got.body) {
            if entry.is_some() {
                return self.failed(input, "links to a feed, not an article".into(), false);
            }
            return self.feed(input, &got.body, Some(&got.address));
        }
        let html_type =
            media.is_empty() || media == "text/html" || media == "application/xhtml+xml";
        if !html_type || !looks_like_html(&got.body) {
            let what = if media.is_empty() {
                "no content type".to_string()
            } else {
                media
            };
            return self.failed(input, format!("not an HTML page or a feed ({what})"), false);
        }
        let (page, _) = html::decode(
            &got.body,
            fetch::charset(got.content_type.as_deref()).as_deref(),
        );
        let hint = last_segment(&got.address);
        let mut origin = input.to_string();
        if got.address != input {
            origin = format!("{input} (redirected to {})", got.address);
        }
        self.page_from(input, &page, Some(&got.address), entry, hint, &origin);
    }

    fn page_from(
        &mut self,
        input: &str,
        html: &str,
        address: Option<&str>,
        entry: Option<(&feed::Feed, &feed::Entry)>,
        hint: String,
        origin: &str,
    ) {
        let page = match html::extract(html, address) {
            Ok(p) => p,
            Err(reason) => return self.failed(input, reason, address.is_none()),
        };
        let mut said = Vec::new();
        let mut unstated = Vec::new();
        let mut title = page.title.clone();
        let mut date = page.date.clone();
        if let Some((_, e)) = entry {
            if title.is_none() {
                title = e.title.clone().map(|value| html::Field {
                    value,
                    from: "the feed entry's title".into(),
                });
            }
            if date.is_none() {
                date = e.published.map(|p| html::Field {
                    value: p.date_naive().to_string(),
                    from: format!(
                        "the feed entry's published time {} (the feed's time in UTC)",
                        p.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
                    ),
                });
            }
        }
        for (name, field) in [("title", &title), ("outlet", &page.outlet), ("date", &date)] {
            match field {
                Some(f) => said.push(format!("{name} from {}", f.from)),
                None => unstated.push(name),
            }
        }
        let mut note = match entry {
            Some((feed, _)) => match &feed.title {
                Some(t) => format!("Added from {origin}, an entry of the feed \"{t}\"."),
                None => format!("Added from {origin}, an entry of a feed."),
            },
            None => format!("Added from {origin}."),
        };
        note.push_str(" Text: the article body as readability found it.");
        if !said.is_empty() {
            note.push_str(&format!(" Metadata: {}.", said.join("; ")));
        }
        if !unstated.is_empty() {
            note.push_str(&format!(" Not stated: {}.", unstated.join(", ")));
        }
        let name_hint = if page.name_hint.is_empty() {
            hint
        } else {
            page.name_hint.clone()
        };
        self.commit(Article {
            input: input.to_string(),
            text: page.text,
            title: title.map(|f| f.value),
            outlet: page.outlet.map(|f| f.value),
            date: date.map(|f| f.value),
            url: address.filter(|a| is_address(a)).map(|_| input.to_string()),
            note,
            name_hint,
        });
    }

    fn feed(&mut self, input: &str, bytes: &[u8], address: Option<&str>) {
        let parsed = match feed::parse(bytes, address) {
            Ok(f) => f,
            Err(reason) => return self.failed(input, reason, address.is_none()),
        };
        let mut chosen = Vec::new();
        for e in &parsed.entries {
            let label = e
                .link
                .clone()
                .or_else(|| e.title.clone())
                .unwrap_or_else(|| format!("an entry of {input}"));
            if let Some(since) = self.options.since {
                match e.published {
                    None => {
                        self.skipped(
                            &label,
                            format!("the feed gives no date to compare with --since {since}"),
                        );
                        continue;
                    }
                    Some(p) if p.date_naive() < since => continue,
                    Some(_) => {}
                }
            }
            if self.options.limit.is_some_and(|n| chosen.len() >= n) {
                break;
            }
            chosen.push((e, label));
        }
        let fetches = chosen
            .iter()
            .filter(|(e, _)| e.link.as_deref().is_some_and(is_address))
            .count();
        if fetches > 0 {
            (self.on)(Event::WillFetch(fetches));
        }
        for (e, label) in chosen {
            let Some(link) = e.link.as_deref().filter(|l| is_address(l)) else {
                self.failed(
                    &label,
                    "the feed entry has no web address to fetch".into(),
                    false,
                );
                continue;
            };
            if let Some(file) = self.folder.file_with_url(link) {
                (self.on)(Event::Fetched);
                self.skipped(link, format!("already added as sources/{file}"));
                continue;
            }
            (self.on)(Event::Fetching(link.to_string()));
            let got = self.client.get(link);
            (self.on)(Event::Fetched);
            match got {
                Ok(got) => self.fetched(link, got, Some((&parsed, e))),
                Err(err) => self.failed(link, err.reason, false),
            }
        }
    }

    fn commit(&mut self, article: Article) {
        let input = article.input.clone();
        match self.folder.commit(article) {
            Ok(Committed::Added { file, title }) => {
                self.summary.added += 1;
                (self.on)(Event::Added { input, file, title });
            }
            Ok(Committed::Same(reason)) => self.skipped(&input, reason),
            Err(reason) => self.failed(&input, reason, false),
        }
    }

    fn skipped(&mut self, input: &str, reason: String) {
        self.summary.skipped += 1;
        (self.on)(Event::Skipped {
            input: input.to_string(),
            reason,
        });
    }

    fn failed(&mut self, input: &str, reason: String, bad_input: bool) {
        if bad_input {
            self.summary.bad_input += 1;
        } else {
            self.summary.failed += 1;
        }
        (self.on)(Event::Failed {
            input: input.to_string(),
            reason,
            bad_input,
        });
    }
}

/// True when the bytes start like markup (after whitespace and a BOM).
fn looks_like_html(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_ascii_lowercase();
    let head = head.trim_start_matches('\u{feff}').trim_start();
    head.starts_with('<')
        && (head.contains("<html")
            || head.contains("<!doctype html")
            || head.contains("<body")
            || head.contains("<p")
            || head.contains("<head"))
}

/// The last path segment of an address, for a file name when a page has no title.
fn last_segment(address: &str) -> String {
    let path = address.split(['?', '#']).next().unwrap_or("");
    let path = path.split_once("://").map_or(path, |(_, rest)| rest);
    let seg = path.trim_end_matches('/').rsplit('/').next().unwrap_or("");
    let seg = seg.rsplit_once('.').map_or(seg, |(s, _)| s);
    seg.to_string()
}

enum Committed {
    Added {
        file: String,
        title: Option<String>,
    },
    /// Nothing written: the article is already there.
    Same(String),
}

/// The briefing folder as it stands, kept in step with what is written.
struct Folder<'a> {
    dir: PathBuf,
    files: Files,
    doc: DocumentMut,
    described: Described,
    disk: &'a Disk,
}

impl<'a> Folder<'a> {
    fn open(dir: &Path, disk: &'a Disk) -> Result<Self, Vec<LoadError>> {
        let files = load::read_dir(dir)?;
        let check = Files {
            warnings: Vec::new(),
            root: files.root.clone(),
            toml: files.toml.clone(),
            sources: files.sources.clone(),
        };
        load::load(check)?;
        let toml = String::from_utf8(files.toml.clone().unwrap_or_default()).unwrap_or_default();
        // load() has parsed this same text, so toml_edit can too.
        let doc = entry::parse(&toml).map_err(|message| {
            vec![LoadError {
                file: format!("{}/briefing.toml", files.root),
                line: None,
                message,
            }]
        })?;
        let described = entry::described(&doc);
        Ok(Self {
            dir: dir.to_path_buf(),
            files,
            doc,
            described,
            disk,
        })
    }

    fn file_with_url(&self, url: &str) -> Option<String> {
        self.described
            .urls
            .iter()
            .find(|(u, _)| u == url)
            .map(|(_, f)| f.clone())
    }

    fn commit(&mut self, article: Article) -> Result<Committed, String> {
        if let Some(file) = article.url.as_deref().and_then(|u| self.file_with_url(u)) {
            return Ok(Committed::Same(format!("already added as sources/{file}")));
        }
        if article.text.trim().is_empty() {
            return Err("no text to add".into());
        }
        let same = self
            .files
            .sources
            .iter()
            .find(|(_, bytes)| same_text(bytes, &article.text))
            .map(|(name, _)| name.clone());
        let (file, write_file) = match same {
            // An add interrupted between the two writes left the text without
            // its entry: finish it rather than skip it.
            Some(name) if !self.described.files.contains(&name) => (name, false),
            Some(name) => return Ok(Committed::Same(format!("same text as sources/{name}"))),
            None => {
                let base = slug::slugify(article.title.as_deref().unwrap_or(&article.name_hint));
                let base = if base.is_empty() {
                    slug::slugify(&article.name_hint)
                } else {
                    base
                };
                let sources = self.dir.join("sources");
                let name = slug::unique(&base, |s| {
                    let f = format!("{s}.txt");
                    self.described.ids.iter().any(|id| id == s)
                        || self
                            .files
                            .sources
                            .iter()
                            .any(|(n, _)| *n == f || n.strip_suffix(".txt") == Some(s))
                        || sources.join(&f).exists()
                });
                (format!("{name}.txt"), true)
            }
        };
        let id = file.strip_suffix(".txt").unwrap_or(&file).to_string();
        let entry = Entry {
            file: file.clone(),
            id,
            title: article.title.clone(),
            outlet: article.outlet,
            date: article.date,
            url: article.url,
            note: Some(article.note),
        };
        let mut doc = self.doc.clone();
        entry::append(&mut doc, &entry);
        let toml = doc.to_string();

        // Everything `brief check` would look at, before anything is written.
        let mut sources = self.files.sources.clone();
        if write_file {
            sources.push((file.clone(), article.text.as_bytes().to_vec()));
            sources.sort();
        }
        let prospective = Files {
            warnings: Vec::new(),
            root: self.files.root.clone(),
            toml: Some(toml.as_bytes().to_vec()),
            sources,
        };
        if let Err(errors) = load::load(prospective) {
            let first = errors.first().map(|e| e.to_string()).unwrap_or_default();
            return Err(format!(
                "would not pass brief check, so nothing was written: {first}"
            ));
        }

        let path = self.dir.join("sources").join(&file);
        if write_file {
            self.disk
                .create_new(&path, article.text.as_bytes())
                .map_err(|e| format!("cannot write sources/{file}: {e}"))?;
        }
        let toml_path = self.dir.join("briefing.toml");
        if let Err(e) = self.disk.replace(&toml_path, toml.as_bytes()) {
            if write_file {
                // Undo the first write so the folder is as it was.
                let _ = std::fs::remove_file(&path);
            }
            return Err(format!("cannot write briefing.toml: {e}"));
        }
        if write_file {
            self.files
                .sources
                .push((file.clone(), article.text.into_bytes()));
            self.files.sources.sort();
        }
        self.files.toml = Some(toml.into_bytes());
        self.doc = doc;
        self.described = entry::described(&self.doc);
        Ok(Committed::Added {
            file,
            title: article.title,
        })
    }
}

/// The same article text, whatever the line ends and surrounding blank space.
fn same_text(bytes: &[u8], text: &str) -> bool {
    let norm = |s: &str| s.replace("\r\n", "\n").trim().to_string();
    std::str::from_utf8(bytes).is_ok_and(|s| norm(s) == norm(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_segment_names_a_page_without_a_title() {
        assert_eq!(
            last_segment("https://x.org/world/trump-xi.html?utm=1"),
            "trump-xi"
        );
        assert_eq!(last_segment("https://x.org/a/b/"), "b");
        assert_eq!(last_segment("https://x.org"), "x");
    }
}
