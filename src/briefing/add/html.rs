//! A saved or fetched web page: its text decoded, the article body picked out
//! by readability, and the metadata the page itself states, each with where
//! it was found. Nothing is inferred: a field the page lacks stays `None`.

use dom_query::Document;
use dom_smoothie::{Config, Readability};
use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use serde_json::Value;

use super::plain::to_plain;

/// One piece of metadata and where it came from (`og:title`, `JSON-LD datePublished` ...).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub value: String,
    pub from: String,
}

#[derive(Debug, Clone)]
pub struct Page {
    pub title: Option<Field>,
    pub outlet: Option<Field>,
    /// `YYYY-MM-DD` as the page writes it; `from` quotes the full value.
    pub date: Option<Field>,
    /// The article's words, paragraphs separated by blank lines.
    pub text: String,
    /// Readability's cleaned-up title (it may drop a site name): for the file name only.
    pub name_hint: String,
}

/// The page's text, and the encoding it was read in. The order is the
/// browser's: a byte-order mark, then the charset the server declared, then a
/// `<meta>` charset in the first kilobytes; failing all, UTF-8 if the bytes
/// are valid UTF-8, else windows-1252 (what browsers assume for old pages).
pub fn decode(bytes: &[u8], declared: Option<&str>) -> (String, &'static str) {
    let encoding = Encoding::for_bom(bytes)
        .map(|(e, _)| e)
        .or_else(|| declared.and_then(|l| Encoding::for_label(l.trim().as_bytes())))
        .or_else(|| meta_charset(&bytes[..bytes.len().min(4096)]))
        .unwrap_or(if std::str::from_utf8(bytes).is_ok() {
            UTF_8
        } else {
            WINDOWS_1252
        });
    // A page declaring UTF-16 in <meta> is ASCII-compatible here by definition.
    let encoding = encoding.output_encoding();
    let (text, used, _) = encoding.decode(bytes);
    (text.into_owned(), used.name())
}

/// The charset of `<meta charset=...>` or `<meta http-equiv content="...; charset=...">`.
fn meta_charset(head: &[u8]) -> Option<&'static Encoding> {
    let lower = String::from_utf8_lossy(head).to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = lower[from..].find("<meta") {
        let start = from + at;
        let end = lower[start..].find('>').map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(c) = tag.find("charset=") {
            let label: String = tag[c + 8..]
                .trim_start_matches(['"', '\''])
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
                .collect();
            if let Some(e) = Encoding::for_label(label.as_bytes()) {
                return Some(e);
            }
        }
        from = end;
    }
    None
}

/// The article of an HTML page, or why there is none.
pub fn extract(html: &str, url: Option<&str>) -> Result<Page, String> {
    let doc = Document::from(html);
    let ld = json_ld_article(&doc);
    let title = meta(&doc, &["og:title"])
        .or_else(|| ld_string(ld.as_ref(), &["headline"], "JSON-LD headline"))
        .or_else(|| meta(&doc, &["twitter:title"]))
        .or_else(|| {
            let t = clean(&doc.select("head title").text());
            (!t.is_empty()).then(|| Field {
                value: t,
                from: "the HTML <title>".into(),
            })
        });
    let outlet = meta(&doc, &["og:site_name"]).or_else(|| {
        ld_string(
            ld.as_ref(),
            &["publisher", "name"],
            "JSON-LD publisher.name",
        )
    });
    let date = meta(&doc, &["article:published_time"])
        .or_else(|| ld_string(ld.as_ref(), &["datePublished"], "JSON-LD datePublished"))
        .and_then(|f| {
            partial_date(&f.value).map(|d| Field {
                from: format!("{} \"{}\"", f.from, f.value),
                value: d,
            })
        });

    // Readability wants an absolute address or none at all.
    let url = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let mut reader = Readability::new(html, url, Some(Config::default()))
        .map_err(|e| format!("cannot read the page: {e}"))?;
    let article = reader
        .parse()
        .map_err(|_| "no article text found in the page".to_string())?;
    let text = to_plain(&article.content);
    if text.trim().is_empty() {
        return Err("no article text found in the page".into());
    }
    Ok(Page {
        title,
        outlet,
        date,
        text,
        name_hint: clean(&article.title),
    })
}

/// The first `<meta>` with one of `names` as its `property` or `name`, non-empty.
fn meta(doc: &Document, names: &[&str]) -> Option<Field> {
    for name in names {
        for attr in ["property", "name"] {
            let sel = doc.select(&format!("meta[{attr}=\"{name}\"]"));
            for node in sel.nodes() {
                let value = clean(&node.attr("content").unwrap_or_default());
                if !value.is_empty() {
                    return Some(Field {
                        value,
                        from: (*name).to_string(),
                    });
                }
            }
        }
    }
    None
}

/// The page's schema.org article in JSON-LD, wherever it sits: the top
/// object, an element of a top-level array, or a node of `@graph`.
fn json_ld_article(doc: &Document) -> Option<Value> {
    for node in doc.select("script[type=\"application/ld+json\"]").nodes() {
        let Ok(value) = serde_json::from_str::<Value>(node.text().trim()) else {
            continue;
        };
        let mut candidates = vec![value];
        while let Some(v) = candidates.pop() {
            match v {
                Value::Array(items) => candidates.extend(items.into_iter().rev()),
                Value::Object(ref map) => {
                    if is_article_type(map.get("@type")) {
                        return Some(v);
                    }
                    if let Some(graph) = map.get("@graph") {
                        candidates.push(graph.clone());
                    }
                }
                _ => {}
            }
        }
    }
    None
}

fn is_article_type(t: Option<&Value>) -> bool {
    let is = |s: &str| s.ends_with("Article") || s == "BlogPosting" || s == "LiveBlogPosting";
    match t {
        Some(Value::String(s)) => is(s),
        Some(Value::Array(v)) => v.iter().any(|t| t.as_str().is_some_and(is)),
        _ => false,
    }
}

fn ld_string(ld: Option<&Value>, path: &[&str], from: &str) -> Option<Field> {
    let mut v = ld?;
    for key in path {
        v = v.get(key)?;
    }
    let value = clean(v.as_str()?);
    (!value.is_empty()).then(|| Field {
        value,
        from: from.into(),
    })
}

/// The `YYYY-MM-DD` a timestamp starts with, if it starts with a real date.
/// The day is the one in the offset the page wrote, not converted.
pub fn partial_date(raw: &str) -> Option<String> {
    let day = raw.trim().get(..10)?;
    chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .ok()
        .map(|_| day.to_string())
}

/// One line of metadata: whitespace runs made single spaces, control characters dropped.
pub fn clean(s: &str) -> String {
    s.split_whitespace()
        .map(|w| w.chars().filter(|c| !c.is_control()).collect::<String>())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_follows_bom_then_declared_then_meta_then_utf8() {
        let latin1 = b"<meta charset=\"iso-8859-1\"><p>Caf\xe9</p>";
        let (text, enc) = decode(latin1, None);
        assert!(text.contains("Café"), "{text}");
        assert_eq!(enc, "windows-1252");
        let (text, enc) = decode("<p>Café</p>".as_bytes(), None);
        assert!(text.contains("Café"));
        assert_eq!(enc, "UTF-8");
        let (text, _) = decode(b"<p>Caf\xe9</p>", None);
        assert!(text.contains("Café"), "undeclared and not UTF-8: {text}");
        let (text, enc) = decode(
            "<meta charset=iso-8859-1><p>Café</p>".as_bytes(),
            Some("utf-8"),
        );
        assert!(text.contains("Café"));
        assert_eq!(enc, "UTF-8", "the server's header wins over <meta>");
    }

    #[test]
    fn http_equiv_content_type_declares_a_charset() {
        let page = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">\xcf\xf0\xe8";
        assert_eq!(decode(page, None).0.chars().rev().take(3).count(), 3);
        assert!(decode(page, None).0.ends_with("При"));
    }

    #[test]
    fn partial_date_takes_the_day_as_written() {
        assert_eq!(
            partial_date("2025-10-24T23:30:00-04:00").as_deref(),
            Some("2025-10-24")
        );
        assert_eq!(partial_date("2025-10-24").as_deref(), Some("2025-10-24"));
        assert_eq!(partial_date("2025-13-40T00:00"), None);
        assert_eq!(partial_date("Oct 24, 2025"), None);
    }

    #[test]
    fn clean_makes_one_line_without_control_characters() {
        assert_eq!(clean("  A\n\ttitle\u{1b}[31m  here "), "A title[31m here");
    }
}
