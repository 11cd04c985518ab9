//! The article HTML that readability kept, as plain text: paragraphs separated
//! by blank lines, headings as their own paragraph, list items one per line.
//! Words are the page's own; only HTML's whitespace is collapsed, as a browser would.

use dom_query::{Document, NodeRef};

/// Elements whose text is never article text (captions, controls, embeds).
const DROPPED: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "aside",
    "figure",
    "figcaption",
    "button",
    "form",
    "svg",
    "iframe",
    "select",
    "input",
    "textarea",
    "object",
    "video",
    "audio",
    "canvas",
    "picture",
    "img",
];

/// Elements that start and end a block of text.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "blockquote",
    "pre",
    "table",
    "thead",
    "tbody",
    "tr",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "hr",
    "address",
    "details",
    "summary",
    "center",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "body",
    "html",
];

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Paragraph,
    Item,
}

#[derive(Default)]
struct Blocks {
    done: Vec<(String, Kind)>,
    current: String,
    /// Whitespace seen since the last character: one space, if a word follows.
    space: bool,
}

impl Blocks {
    fn text(&mut self, s: &str) {
        for c in s.chars() {
            if is_html_space(c) {
                self.space = true;
                continue;
            }
            if self.space && !self.current.is_empty() && !self.current.ends_with('\n') {
                self.current.push(' ');
            }
            self.space = false;
            self.current.push(c);
        }
    }

    fn line_break(&mut self) {
        self.current.push('\n');
        self.space = false;
    }

    fn end(&mut self, kind: Kind) {
        let lines: Vec<&str> = self
            .current
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        if !lines.is_empty() {
            self.done.push((lines.join("\n"), kind));
        }
        self.current.clear();
        self.space = false;
    }

    fn finish(mut self) -> String {
        self.end(Kind::Paragraph);
        let mut out = String::new();
        let mut last = None;
        for (text, kind) in &self.done {
            if let Some(prev) = last {
                out.push_str(if prev == Kind::Item && *kind == Kind::Item {
                    "\n"
                } else {
                    "\n\n"
                });
            }
            out.push_str(text);
            last = Some(*kind);
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out
    }
}

/// HTML's whitespace, the characters a browser collapses (not U+00A0).
fn is_html_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}')
}

pub fn to_plain(html: &str) -> String {
    let doc = Document::from(html);
    let mut blocks = Blocks::default();
    children(&doc.root(), &mut blocks);
    blocks.finish()
}

fn walk(node: &NodeRef, out: &mut Blocks) {
    if node.is_text() {
        out.text(&node.text());
        return;
    }
    if !node.is_element() {
        return;
    }
    let name = node
        .node_name()
        .map(|n| n.to_ascii_lowercase())
        .unwrap_or_default();
    if DROPPED.contains(&name.as_str()) || node.has_attr("hidden") {
        return;
    }
    match name.as_str() {
        "br" => out.line_break(),
        "li" => {
            out.end(Kind::Paragraph);
            children(node, out);
            out.end(Kind::Item);
        }
        n if BLOCKS.contains(&n) => {
            out.end(Kind::Paragraph);
            children(node, out);
            out.end(Kind::Paragraph);
        }
        _ => children(node, out),
    }
}

fn children(node: &NodeRef, out: &mut Blocks) {
    for child in node.children_it(false) {
        walk(&child, out);
    }
}

#[cfg(test)]
mod tests {
    use super::to_plain;

    #[test]
    fn paragraphs_are_separated_by_blank_lines_and_whitespace_collapsed() {
        let html = "<div><p>One   <b>bold</b>\n  word.</p><p>Two.</p></div>";
        assert_eq!(to_plain(html), "One bold word.\n\nTwo.\n");
    }

    #[test]
    fn headings_are_paragraphs_and_list_items_lines() {
        let html = "<h2>What each side wants</h2><p>Intro:</p><ul><li>Soybeans</li><li>Fentanyl</li></ul><p>After.</p>";
        assert_eq!(
            to_plain(html),
            "What each side wants\n\nIntro:\n\nSoybeans\nFentanyl\n\nAfter.\n"
        );
    }

    #[test]
    fn captions_scripts_and_buttons_are_dropped() {
        let html = "<p>Kept.</p><figure><img src=x><figcaption>Photo: Reuters</figcaption></figure>\
                    <script>var x = 1;</script><button>Share</button><p>Also kept.</p>";
        assert_eq!(to_plain(html), "Kept.\n\nAlso kept.\n");
    }

    #[test]
    fn a_line_break_splits_a_paragraph_into_lines_and_nbsp_is_kept() {
        let html = "<p>First line<br>second\u{a0}line</p>";
        assert_eq!(to_plain(html), "First line\nsecond\u{a0}line\n");
    }

    #[test]
    fn inline_elements_do_not_split_words() {
        let html = "<p>He <a href=#>said</a> it was \u{201c}<em>great</em>\u{201d}.</p>";
        assert_eq!(to_plain(html), "He said it was \u{201c}great\u{201d}.\n");
    }
}
