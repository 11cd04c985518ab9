//! `brief add` through the library: the text kept and dropped from pages in
//! the styles of real news sites, the metadata and its note, feeds, the
//! network against a real server on 127.0.0.1, and failures half-way.

#[path = "support/server.rs"]
mod server;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use brief::briefing::add::{self, Event, Options, Summary, fetch::Limits, write::Disk};
use brief::briefing::{Briefing, Source, load, new};

fn fixture_path(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/add")
        .join(name)
        .display()
        .to_string()
}

fn seed(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("data/sources")
            .join(name),
    )
    .unwrap()
}

fn options() -> Options {
    Options {
        limits: Limits {
            timeout: Duration::from_secs(1),
            ..Limits::default()
        },
        ..Options::default()
    }
}

/// A new, empty briefing in a temporary folder.
fn briefing() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("story");
    new::create(&dir, Some("Test")).unwrap();
    (tmp, dir)
}

fn run(dir: &Path, inputs: &[&str], options: &Options, disk: &Disk) -> (Summary, Vec<Event>) {
    let inputs: Vec<String> = inputs.iter().map(|s| s.to_string()).collect();
    let mut events = Vec::new();
    let summary = add::add(dir, &inputs, options, disk, &mut |e| events.push(e)).unwrap();
    (summary, events)
}

fn add_ok(dir: &Path, inputs: &[&str]) -> (Summary, Vec<Event>) {
    run(dir, inputs, &options(), &Disk::new())
}

/// The folder passes `brief check`; its briefing.
fn checked(dir: &Path) -> Briefing {
    load::from_dir(dir).unwrap_or_else(|e| panic!("brief check fails: {e:?}"))
}

fn only_source(dir: &Path) -> Source {
    let b = checked(dir);
    assert_eq!(
        b.sources.len(),
        1,
        "{:?}",
        b.sources.iter().map(|s| &s.file).collect::<Vec<_>>()
    );
    b.sources[0].clone()
}

/// Every file under `dir` with its bytes: to show a folder is exactly as it was.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let name = p.strip_prefix(dir).unwrap().display().to_string();
                out.insert(name, std::fs::read(&p).unwrap());
            }
        }
    }
    out
}

/// Each paragraph kept is a line of the seed article, word for word.
fn assert_verbatim(text: &str, seed_text: &str) {
    let lines: Vec<&str> = seed_text.lines().map(str::trim).collect();
    for para in text.split("\n\n").flat_map(str::lines) {
        assert!(
            lines.contains(&para.trim()),
            "not in the seed article: {para:?}"
        );
    }
}

fn assert_dropped(text: &str, gone: &[&str]) {
    for g in gone {
        assert!(!text.contains(g), "{g:?} should have been dropped:\n{text}");
    }
}

// ------------------------------------------------------------ pages

#[test]
fn article_tag_with_og_tags_keeps_the_story_and_drops_the_chrome() {
    let (_t, dir) = briefing();
    add_ok(&dir, &[&fixture_path("og-article.html")]);
    let s = only_source(&dir);
    assert!(
        s.text
            .starts_with("US President Donald Trump will meet Chinese President Xi Jinping")
    );
    assert!(
        s.text
            .contains("\n\nWhite House finalizes Gyeongju summit plans\n\n"),
        "a heading is its own paragraph"
    );
    assert!(
        s.text
            .contains("Trump said, “I’ll be meeting with President Xi of China.")
    );
    assert_dropped(
        &s.text,
        &[
            "Share on X",
            "Email this article",
            "Photo caption",
            "Related stories",
            "Markets rally",
            "All rights reserved",
            "Business",
            "dataLayer",
            "display: flex",
        ],
    );
    assert_verbatim(&s.text, &seed("gyeongju-summit.txt"));
    assert_eq!(
        s.title.as_deref(),
        Some("Trump and Xi to meet in Gyeongju on 30 October")
    );
    assert_eq!(s.outlet.as_deref(), Some("Example Daily (test fixture)"));
    assert_eq!(s.date.as_deref(), Some("2025-10-24"));
    assert_eq!(s.url, None, "a saved file has no address");
    let note = s.note.unwrap();
    assert!(note.contains("title from og:title; outlet from og:site_name; date from article:published_time \"2025-10-24T09:15:00+01:00\""), "{note}");
    assert!(note.contains("og-article.html"), "{note}");
}

#[test]
fn json_ld_gives_headline_publisher_and_date_from_its_graph() {
    let (_t, dir) = briefing();
    add_ok(&dir, &[&fixture_path("json-ld.html")]);
    let s = only_source(&dir);
    assert_eq!(
        s.title.as_deref(),
        Some(
            "Trump to meet China's Xi for the first time in second term as trade deal remains elusive"
        )
    );
    assert_eq!(s.outlet.as_deref(), Some("Example Wire (test fixture)"));
    assert_eq!(s.date.as_deref(), Some("2025-10-27"));
    let note = s.note.unwrap();
    assert!(note.contains("title from JSON-LD headline; outlet from JSON-LD publisher.name; date from JSON-LD datePublished \"2025-10-27T01:02:03Z\""), "{note}");
    assert!(s.text.contains("\"I think we are going to come out very well and everyone's going to be very happy,\" Trump said on Oct. 23"));
    assert_dropped(
        &s.text,
        &[
            "Sign up for our newsletter",
            "Markets Politics",
            "Example Wire site",
        ],
    );
    assert_verbatim(&s.text, &seed("elusive-deal.txt"));
}

#[test]
fn a_page_with_no_metadata_gets_its_html_title_and_nothing_more() {
    let (_t, dir) = briefing();
    add_ok(&dir, &[&fixture_path("bare.html")]);
    let s = only_source(&dir);
    assert_eq!(
        s.title.as_deref(),
        Some("What each side wants from the Trump-Xi summit")
    );
    assert_eq!((s.outlet, s.date), (None, None), "nothing guessed");
    let note = s.note.unwrap();
    assert!(
        note.contains("title from the HTML <title>") && note.contains("Not stated: outlet, date."),
        "{note}"
    );
    assert!(
        s.text
            .contains("\n\nWhat America Seeks\n\nThe following outlines")
    );
    assert_dropped(&s.text, &["Front page", "Archive"]);
    assert_verbatim(&s.text, &seed("what-each-side-wants.txt"));
    // The file is named for the title.
    assert_eq!(s.file, "what-each-side-wants-from-the-trump-xi-summit.txt");
}

#[test]
fn cookie_banners_related_links_and_comments_are_left_out() {
    let (_t, dir) = briefing();
    add_ok(&dir, &[&fixture_path("cookie-banner.html")]);
    let s = only_source(&dir);
    assert!(s.text.starts_with(
        "President Donald Trump is expected to meet with Chinese President Xi Jinping"
    ));
    assert!(s.text.contains(
        "“On Thursday morning local time, President Trump will participate in a bilateral meeting"
    ));
    assert_dropped(
        &s.text,
        &[
            "We use cookies",
            "Accept all",
            "Manage preferences",
            "Trending",
            "Gold hits record",
            "Related articles",
            "Rare Earth Curbs Explained",
            "Log in to comment",
        ],
    );
    assert_verbatim(&s.text, &seed("apec-meet-confirmed.txt"));
}

#[test]
fn a_windows_1252_page_is_decoded_as_it_declares() {
    let (_t, dir) = briefing();
    add_ok(&dir, &[&fixture_path("windows-1252.html")]);
    let s = only_source(&dir);
    assert_eq!(
        s.title.as_deref(),
        Some("Can Trump and Xi Forge a New Trade Deal? What Kuala Lumpur Talks Reveal")
    );
    assert!(
        s.text
            .contains("aiming for a “productive meeting” to de-escalate"),
        "{}",
        s.text
    );
    assert!(!s.text.contains('\u{fffd}'));
    assert_verbatim(&s.text, &seed("kuala-lumpur-talks.txt"));
    // The text is stored as UTF-8 whatever the page's encoding.
    let bytes = std::fs::read(dir.join("sources").join(&s.file)).unwrap();
    assert!(String::from_utf8(bytes).is_ok());
}

#[test]
fn a_text_file_is_copied_byte_for_byte() {
    let (t, dir) = briefing();
    let txt = t.path().join("My Notes.txt");
    let text = "First line.\r\n\r\n“A quote,” she said.\tTabbed.\n";
    std::fs::write(&txt, text).unwrap();
    let (summary, _) = add_ok(&dir, &[txt.to_str().unwrap()]);
    assert_eq!(summary.added, 1);
    assert_eq!(
        std::fs::read_to_string(dir.join("sources/my-notes.txt")).unwrap(),
        text
    );
    let s = only_source(&dir);
    assert_eq!((s.title, s.outlet, s.date), (None, None, None));
    assert!(
        s.note
            .unwrap()
            .contains("Copied verbatim from My Notes.txt")
    );
}

#[test]
fn a_text_file_that_is_not_utf8_is_bad_input_naming_file_and_line() {
    let (t, dir) = briefing();
    let txt = t.path().join("latin.txt");
    std::fs::write(&txt, b"line one\ncaf\xe9\n").unwrap();
    let before = snapshot(&dir);
    let (summary, events) = add_ok(&dir, &[txt.to_str().unwrap()]);
    assert_eq!((summary.added, summary.bad_input), (0, 1));
    let Event::Failed {
        input,
        reason,
        bad_input: true,
    } = events.last().unwrap()
    else {
        panic!("{events:?}")
    };
    assert!(
        input.ends_with("latin.txt:2") && reason.contains("not valid UTF-8"),
        "{input}: {reason}"
    );
    assert_eq!(snapshot(&dir), before);
}

#[test]
fn something_that_is_neither_page_nor_feed_nor_text_is_refused() {
    let (t, dir) = briefing();
    let csv = t.path().join("data.csv");
    std::fs::write(&csv, "a,b\n1,2\n").unwrap();
    let (summary, events) = add_ok(&dir, &[csv.to_str().unwrap(), "no/such/file.html"]);
    assert_eq!(summary.bad_input, 2, "{events:?}");
    assert!(format!("{events:?}").contains("cannot read it"));
}

#[test]
fn control_characters_in_metadata_never_reach_the_briefing() {
    let (t, dir) = briefing();
    let page = String::from_utf8(server::fixture("og-article.html"))
        .unwrap()
        .replace(
            "content=\"Trump and Xi to meet in Gyeongju on 30 October\"",
            "content=\"Trump\u{1b}[2J and Xi\u{7}\"",
        );
    let path = t.path().join("evil.html");
    std::fs::write(&path, page).unwrap();
    add_ok(&dir, &[path.to_str().unwrap()]);
    let s = only_source(&dir);
    assert_eq!(s.title.as_deref(), Some("Trump[2J and Xi"));
    assert!(
        !std::fs::read_to_string(dir.join("briefing.toml"))
            .unwrap()
            .contains('\u{1b}')
    );
}

// ------------------------------------------------------------ repeats and what the user wrote

#[test]
fn the_same_page_or_the_same_text_twice_is_skipped() {
    let (t, dir) = briefing();
    let page = fixture_path("og-article.html");
    add_ok(&dir, &[&page]);
    let once = snapshot(&dir);
    // The same file again, and its text saved under another name.
    let copy = t.path().join("copy.txt");
    std::fs::write(&copy, &once[&format!("sources/{}", only_source(&dir).file)]).unwrap();
    let (summary, events) = add_ok(&dir, &[&page, copy.to_str().unwrap()]);
    assert_eq!((summary.added, summary.skipped), (0, 2), "{events:?}");
    assert!(
        format!("{events:?}")
            .contains("same text as sources/trump-and-xi-to-meet-in-gyeongju-on-30-october.txt")
    );
    assert_eq!(snapshot(&dir), once);
}

#[test]
fn an_existing_file_is_never_overwritten() {
    let (_t, dir) = briefing();
    // The user's own file has the name the page's title would give.
    let mine = dir.join("sources/trump-and-xi-to-meet-in-gyeongju-on-30-october.txt");
    std::fs::write(&mine, "My own notes on the summit.\n").unwrap();
    let (summary, _) = add_ok(&dir, &[&fixture_path("og-article.html")]);
    assert_eq!(summary.added, 1);
    assert_eq!(
        std::fs::read_to_string(&mine).unwrap(),
        "My own notes on the summit.\n"
    );
    let b = checked(&dir);
    let added = b
        .source("trump-and-xi-to-meet-in-gyeongju-on-30-october-2")
        .expect("a numbered name");
    assert!(added.text.starts_with("US President Donald Trump"));
}

#[test]
fn the_users_comments_order_and_curation_survive() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("mine");
    std::fs::create_dir_all(dir.join("sources")).unwrap();
    std::fs::write(
        dir.join("sources/notes.txt"),
        "The truce expires on Nov. 10.\n",
    )
    .unwrap();
    let toml = "\
# My briefing. Do not lose this comment.
title = \"Mine\"   # trailing comment

[[source]]
file = \"notes.txt\"   # my notes
note = \"typed by me\"

# deadlines below
[[deadline]]
id = \"truce\"
label = \"Truce ends\"
due = \"2025-11-10T00:01:00-05:00\"
anchors = [{ source = \"notes\", text = \"truce expires\" }]
";
    std::fs::write(dir.join("briefing.toml"), toml).unwrap();
    add_ok(
        &dir,
        &[&fixture_path("bare.html"), &fixture_path("og-article.html")],
    );
    let after = std::fs::read_to_string(dir.join("briefing.toml")).unwrap();
    assert!(after.starts_with("# My briefing. Do not lose this comment.\ntitle = \"Mine\"   # trailing comment\n\n[[source]]\nfile = \"notes.txt\"   # my notes\nnote = \"typed by me\"\n"), "{after}");
    assert!(
        after.ends_with(&toml[toml.find("# deadlines below").unwrap()..]),
        "{after}"
    );
    let b = checked(&dir);
    assert_eq!(b.sources.len(), 3);
    assert_eq!(b.deadlines.len(), 1);
    assert_eq!(
        b.sources[0].file, "notes.txt",
        "the user's order comes first"
    );
}

#[test]
fn a_briefing_that_fails_check_is_refused_before_anything_is_written() {
    let (_t, dir) = briefing();
    std::fs::write(
        dir.join("briefing.toml"),
        "title = \"x\"\n[[deadline]]\nid = \"d\"\n",
    )
    .unwrap();
    let before = snapshot(&dir);
    let inputs = vec![fixture_path("bare.html")];
    let errors = add::add(&dir, &inputs, &options(), &Disk::new(), &mut |_| {}).unwrap_err();
    assert!(
        errors[0].to_string().contains("briefing.toml"),
        "{errors:?}"
    );
    assert_eq!(snapshot(&dir), before);
}

// ------------------------------------------------------------ failures half-way

#[test]
fn a_disk_full_while_writing_the_text_leaves_the_folder_as_it_was() {
    let (_t, dir) = briefing();
    add_ok(&dir, &[&fixture_path("bare.html")]);
    let before = snapshot(&dir);
    let (summary, events) = run(
        &dir,
        &[&fixture_path("og-article.html")],
        &options(),
        &Disk::with_quota(100),
    );
    assert_eq!((summary.added, summary.failed), (0, 1));
    let Event::Failed { reason, .. } = events.last().unwrap() else {
        panic!("{events:?}")
    };
    assert!(
        reason.starts_with("cannot write sources/") && reason.contains("no space left"),
        "{reason}"
    );
    assert_eq!(snapshot(&dir), before, "no partial file, no temporary file");
    checked(&dir);
}

#[test]
fn a_disk_full_while_writing_briefing_toml_takes_the_new_text_back_out() {
    let (_t, dir) = briefing();
    let before = snapshot(&dir);
    // Room for the article's text but not for the whole briefing.toml after it.
    let text_len = {
        let (_t2, probe) = briefing();
        add_ok(&probe, &[&fixture_path("og-article.html")]);
        only_source(&probe).text.len() as u64
    };
    let (summary, events) = run(
        &dir,
        &[&fixture_path("og-article.html")],
        &options(),
        &Disk::with_quota(text_len + 50),
    );
    assert_eq!(summary.failed, 1, "{events:?}");
    assert!(format!("{events:?}").contains("cannot write briefing.toml"));
    assert_eq!(snapshot(&dir), before);
}

#[test]
fn a_failure_on_the_second_article_keeps_the_first_whole() {
    let (_t, dir) = briefing();
    let probe = {
        let (_t2, p) = briefing();
        add_ok(&p, &[&fixture_path("bare.html")]);
        snapshot(&p).values().map(|v| v.len() as u64).sum::<u64>()
    };
    let (summary, _) = run(
        &dir,
        &[&fixture_path("bare.html"), &fixture_path("og-article.html")],
        &options(),
        &Disk::with_quota(probe + 200),
    );
    assert_eq!((summary.added, summary.failed), (1, 1));
    let b = checked(&dir);
    assert_eq!(b.sources.len(), 1);
    assert_eq!(
        b.sources[0].title.as_deref(),
        Some("What each side wants from the Trump-Xi summit")
    );
}

#[test]
fn text_left_without_its_entry_by_an_interrupted_add_is_completed_on_the_next_run() {
    let (_t, dir) = briefing();
    // What a kill between the two renames leaves: the text, no [[source]] for it.
    let (_t2, probe) = briefing();
    add_ok(&probe, &[&fixture_path("json-ld.html")]);
    let s = only_source(&probe);
    std::fs::write(dir.join("sources").join(&s.file), &s.text).unwrap();
    checked(&dir);
    let (summary, _) = add_ok(&dir, &[&fixture_path("json-ld.html")]);
    assert_eq!(summary.added, 1);
    let again = only_source(&dir);
    assert_eq!(again.file, s.file);
    assert_eq!(again.outlet.as_deref(), Some("Example Wire (test fixture)"));
}

// ------------------------------------------------------------ network

#[test]
fn an_address_is_fetched_and_recorded_with_its_metadata() {
    let srv = server::start();
    let (_t, dir) = briefing();
    let url = srv.url("/og-article");
    let (summary, _) = add_ok(&dir, &[&url]);
    assert_eq!(summary.added, 1);
    let s = only_source(&dir);
    assert_eq!(s.url.as_deref(), Some(url.as_str()));
    assert!(s.note.unwrap().starts_with(&format!("Added from {url}.")));
    assert_eq!(s.outlet.as_deref(), Some("Example Daily (test fixture)"));
    // Added again: known by its address, not even fetched.
    let (summary, events) = add_ok(&dir, &[&url]);
    assert_eq!(summary.skipped, 1, "{events:?}");
    assert_eq!(srv.hits_of("/og-article"), 1);
}

#[test]
fn a_redirect_is_followed_and_noted() {
    let srv = server::start();
    let (_t, dir) = briefing();
    let (summary, _) = add_ok(&dir, &[&srv.url("/moved")]);
    assert_eq!(summary.added, 1);
    let s = only_source(&dir);
    assert_eq!(s.url, Some(srv.url("/moved")));
    assert!(
        s.note
            .unwrap()
            .contains(&format!("(redirected to {})", srv.url("/json-ld")))
    );
    // The page it led to is the same article: skipped by its final address.
    let (summary, _) = add_ok(&dir, &[&srv.url("/json-ld")]);
    assert_eq!(summary.skipped, 1);
}

fn failure(dir: &Path, url: &str, options: &Options) -> String {
    let (summary, events) = run(dir, &[url], options, &Disk::new());
    assert_eq!((summary.added, summary.failed), (0, 1), "{events:?}");
    events
        .iter()
        .find_map(|e| match e {
            Event::Failed {
                input,
                reason,
                bad_input: false,
            } if input == url => Some(reason.clone()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("{events:?}"))
}

#[test]
fn network_failures_name_the_reason_and_change_nothing() {
    let srv = server::start();
    let (_t, dir) = briefing();
    let before = snapshot(&dir);
    assert_eq!(
        failure(&dir, &srv.url("/missing"), &options()),
        "HTTP 404 Not Found"
    );
    assert_eq!(
        failure(&dir, &srv.url("/loop"), &options()),
        "more than 5 redirects"
    );
    assert_eq!(
        failure(&dir, &srv.url("/big"), &options()),
        "larger than the 10 MB limit"
    );
    assert_eq!(
        failure(&dir, &srv.url("/image.png"), &options()),
        "not an HTML page or a feed (image/png)"
    );
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}/", l.local_addr().unwrap())
    };
    let refused = failure(&dir, &closed, &options());
    assert!(refused.contains("onnect"), "{refused}");
    assert_eq!(snapshot(&dir), before);
}

#[test]
fn a_slow_server_times_out_and_the_other_inputs_are_still_added() {
    let srv = server::start();
    let (_t, dir) = briefing();
    let started = Instant::now();
    let slow = srv.url("/slow");
    let (summary, events) = add_ok(&dir, &[&slow, &srv.url("/bare")]);
    let took = started.elapsed();
    assert_eq!((summary.added, summary.failed), (1, 1), "{events:?}");
    assert!(
        format!("{events:?}").contains("timed out after 1 s"),
        "{events:?}"
    );
    assert!(
        took < server::SLOW,
        "the timeout did not cut the wait: {took:?}"
    );
}

#[test]
fn a_feed_adds_the_articles_it_links_to_with_the_feeds_fields_where_pages_are_silent() {
    let srv = server::start();
    let (_t, dir) = briefing();
    let (summary, events) = add_ok(&dir, &[&srv.url("/feed.rss")]);
    assert_eq!(summary.added, 3, "{events:?}");
    let b = checked(&dir);
    let by_url = |p: &str| {
        b.sources
            .iter()
            .find(|s| s.url.as_deref() == Some(srv.url(p).as_str()))
            .unwrap()
    };
    // The page's own metadata comes first...
    let og = by_url("/og-article");
    assert_eq!(
        og.title.as_deref(),
        Some("Trump and Xi to meet in Gyeongju on 30 October")
    );
    assert!(
        og.note
            .as_deref()
            .unwrap()
            .contains("an entry of the feed \"Example Daily: World (test fixture)\"")
    );
    // ...a relative link resolves against the feed's address...
    assert!(by_url("/json-ld").text.contains("Han Shen Lin"));
    // ...and the entry's title stands in for a page without one.
    let untitled = by_url("/bare-untitled");
    assert_eq!(
        untitled.title.as_deref(),
        Some("An entry without a date, about what each side wants")
    );
    assert!(
        untitled
            .note
            .as_deref()
            .unwrap()
            .contains("title from the feed entry's title")
    );
    assert_eq!(untitled.date, None, "neither page nor entry gives a date");
    // Again: every entry is known by its address and not fetched twice.
    let (summary, _) = add_ok(&dir, &[&srv.url("/feed.rss")]);
    assert_eq!((summary.added, summary.skipped), (0, 3));
    assert_eq!(srv.hits_of("/og-article"), 1);
}

#[test]
fn an_atom_feed_dates_entries_its_pages_leave_undated() {
    let srv = server::start();
    let (_t, dir) = briefing();
    let (summary, events) = add_ok(&dir, &[&srv.url("/feed.atom")]);
    assert_eq!(summary.added, 2, "{events:?}");
    let b = checked(&dir);
    let kl = b
        .sources
        .iter()
        .find(|s| s.url == Some(srv.url("/windows-1252")))
        .unwrap();
    assert!(
        kl.text.contains("“productive meeting”"),
        "the charset from the HTTP header"
    );
    // 2025-10-26T21:00:00+08:00 is 13:00 UTC the same day.
    assert_eq!(kl.date.as_deref(), Some("2025-10-26"));
    assert!(
        kl.note
            .as_deref()
            .unwrap()
            .contains("date from the feed entry's published time 2025-10-26T13:00:00Z"),
        "{:?}",
        kl.note
    );
}

#[test]
fn since_and_limit_bound_a_feed() {
    let srv = server::start();
    let (_t, dir) = briefing();
    let since = Options {
        since: chrono::NaiveDate::from_ymd_opt(2025, 10, 25),
        ..options()
    };
    let (summary, events) = run(&dir, &[&srv.url("/feed.rss")], &since, &Disk::new());
    // Oct 24 is before; Oct 27 is kept; the undated entry cannot be compared.
    assert_eq!((summary.added, summary.skipped), (1, 1), "{events:?}");
    assert_eq!(srv.hits_of("/og-article"), 0);
    assert_eq!(checked(&dir).sources[0].url, Some(srv.url("/json-ld")));

    let (_t2, dir2) = briefing();
    let one = Options {
        limit: Some(1),
        ..options()
    };
    let (summary, _) = run(&dir2, &[&srv.url("/feed.atom")], &one, &Disk::new());
    assert_eq!(summary.added, 1);
    assert_eq!(srv.hits_of("/cookie-banner"), 0);
}
