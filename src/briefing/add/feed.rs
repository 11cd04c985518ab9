//! RSS, Atom and JSON feeds: the articles they link to, with the feed's own
//! title and dates for each.

use chrono::{DateTime, Utc};

#[derive(Debug, Clone)]
pub struct Feed {
    pub title: Option<String>,
    pub entries: Vec<Entry>,
}

#[derive(Debug, Clone)]
pub struct Entry {
    /// The article's address, made absolute against the feed's.
    pub link: Option<String>,
    pub title: Option<String>,
    /// feed-rs gives every feed date in UTC.
    pub published: Option<DateTime<Utc>>,
}

/// True when the bytes start like a feed: an `<rss>`, `<feed>` or `<rdf:RDF>`
/// root (after any XML declaration and comments), or a JSON Feed object.
pub fn looks_like_feed(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
    let head = head.trim_start_matches('\u{feff}').trim_start();
    if head.starts_with('{') {
        return head.contains("jsonfeed.org/version");
    }
    let mut rest = head;
    // Skip the declaration, comments and processing instructions before the root.
    while let Some(r) = rest.strip_prefix('<') {
        if r.starts_with('?') || r.starts_with('!') {
            let Some(end) = rest.find('>') else {
                return false;
            };
            rest = rest[end + 1..].trim_start();
            continue;
        }
        return r.starts_with("rss") || r.starts_with("feed") || r.starts_with("rdf:rdf");
    }
    false
}

pub fn parse(bytes: &[u8], address: Option<&str>) -> Result<Feed, String> {
    let parser = feed_rs::parser::Builder::new().base_uri(address).build();
    let feed = parser
        .parse(bytes)
        .map_err(|e| format!("not a readable feed: {e}"))?;
    let text = |t: Option<feed_rs::model::Text>| {
        t.map(|t| super::html::clean(&t.content))
            .filter(|s| !s.is_empty())
    };
    let entries = feed
        .entries
        .into_iter()
        .map(|e| Entry {
            link: article_link(&e.links),
            title: text(e.title),
            published: e.published,
        })
        .collect();
    Ok(Feed {
        title: text(feed.title),
        entries,
    })
}

/// The entry's page: the `alternate` link, or one with no `rel`, else the first.
fn article_link(links: &[feed_rs::model::Link]) -> Option<String> {
    links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .or_else(|| links.first())
        .map(|l| l.href.trim().to_string())
        .filter(|h| !h.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feeds_are_told_from_pages() {
        assert!(looks_like_feed(
            b"<?xml version=\"1.0\"?>\n<!-- x --><rss version=\"2.0\">"
        ));
        assert!(looks_like_feed(
            b"\xef\xbb\xbf<feed xmlns=\"http://www.w3.org/2005/Atom\">"
        ));
        assert!(looks_like_feed(
            b"{\"version\": \"https://jsonfeed.org/version/1.1\"}"
        ));
        assert!(!looks_like_feed(b"<!DOCTYPE html><html><head>"));
        assert!(!looks_like_feed(b"{\"name\": 1}"));
    }

    #[test]
    fn relative_links_resolve_against_the_feed_address() {
        let rss = r#"<rss version="2.0"><channel><title>World</title>
            <item><title>One</title><link>/a/one</link><pubDate>Fri, 24 Oct 2025 23:30:00 -0400</pubDate></item>
            </channel></rss>"#;
        let feed = parse(rss.as_bytes(), Some("http://127.0.0.1:9/feed.xml")).unwrap();
        assert_eq!(feed.title.as_deref(), Some("World"));
        let e = &feed.entries[0];
        assert_eq!(e.link.as_deref(), Some("http://127.0.0.1:9/a/one"));
        assert_eq!(
            e.published.unwrap().to_rfc3339(),
            "2025-10-25T03:30:00+00:00"
        );
    }

    #[test]
    fn a_json_feed_gives_its_items_links_and_dates() {
        let json = r#"{"version": "https://jsonfeed.org/version/1.1", "title": "J",
            "items": [{"id": "1", "url": "http://127.0.0.1:9/j", "title": "Jay",
                       "date_published": "2025-10-26T21:00:00+08:00"}]}"#;
        assert!(looks_like_feed(json.as_bytes()));
        let feed = parse(json.as_bytes(), None).unwrap();
        assert_eq!(feed.title.as_deref(), Some("J"));
        let e = &feed.entries[0];
        assert_eq!(e.link.as_deref(), Some("http://127.0.0.1:9/j"));
        assert_eq!(e.title.as_deref(), Some("Jay"));
        assert_eq!(
            e.published.unwrap().to_rfc3339(),
            "2025-10-26T13:00:00+00:00"
        );
    }

    #[test]
    fn a_broken_feed_is_an_error_not_a_panic() {
        let err = parse(b"not xml", None).unwrap_err();
        assert!(err.starts_with("not a readable feed"), "{err}");
    }
}
