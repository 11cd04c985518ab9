//! Finding quoted spans: paragraphs, which marks open and which close, and
//! quotations that run over a paragraph break.
//!
//! Only double marks count. Single marks are left alone because the same
//! characters are apostrophes (`Trump’s`, `we’re`, `leaders'`) and primes
//! (`U.S.′`); inside a double-quoted span they are just part of the words.

use std::ops::Range;

/// A quoted span found in a source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Marked {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset just past the closing mark.
    pub end: usize,
    /// The quoted words, whitespace collapsed, paragraphs joined by a space.
    pub text: String,
    /// Indices of the first and last paragraph the span touches.
    pub paras: Range<usize>,
}

/// Splits a text into paragraphs (byte ranges without the line break).
///
/// Most articles put one paragraph on a line, but a hard-wrapped text (every
/// line short, blank lines between blocks) puts a paragraph on several
/// lines; there a lone line break is only a space.
pub(super) fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let mut at = 0;
    for line in text.split('\n') {
        lines.push(at..at + line.len());
        at += line.len() + 1;
    }
    let blank = |r: &Range<usize>| text[r.clone()].trim().is_empty();
    let filled: Vec<&Range<usize>> = lines.iter().filter(|r| !blank(r)).collect();
    let pairs: Vec<&[Range<usize>]> = lines
        .windows(2)
        .filter(|w| !blank(&w[0]) && !blank(&w[1]))
        .collect();
    // In a wrapped text most line breaks fall mid-sentence; in a text with
    // one paragraph a line, most lines end a sentence.
    let mid_sentence = pairs
        .iter()
        .filter(|w| {
            !text[w[0].clone()]
                .trim_end()
                .ends_with(['.', '!', '?', '"', '”', ':'])
        })
        .count();
    let blank_between = lines
        .windows(3)
        .any(|w| !blank(&w[0]) && blank(&w[1]) && !blank(&w[2]));
    let hard_wrapped = blank_between
        && filled.len() >= 4
        && filled
            .iter()
            .all(|r| text[(*r).clone()].chars().count() <= 100)
        && pairs.len() * 2 >= filled.len()
        && mid_sentence * 2 > pairs.len();

    let mut paras: Vec<Range<usize>> = Vec::new();
    let mut in_block = false;
    for line in &lines {
        if blank(line) {
            in_block = false;
        } else if in_block && (hard_wrapped || breaks_mid_sentence(text, paras.last(), line)) {
            paras.last_mut().expect("a block has begun").end = line.end;
        } else {
            paras.push(line.clone());
            in_block = true;
        }
    }
    paras
}

/// In a text of one paragraph a line, a line that a sentence runs over
/// into the next (`... and said the department` / `had turned “silent”`):
/// the page kept its own line break mid-sentence. The line before ends
/// with no stop and the next opens in lowercase.
fn breaks_mid_sentence(text: &str, before: Option<&Range<usize>>, line: &Range<usize>) -> bool {
    let Some(before) = before else {
        return false;
    };
    let open = text[before.clone()]
        .trim_end()
        .ends_with(|c: char| c.is_alphanumeric() || c == ',');
    open && text[line.clone()]
        .trim_start()
        .starts_with(|c: char| c.is_lowercase())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
    /// A straight mark whose neighbours do not say which way it faces.
    Either,
}

/// What the mark at byte `i` does, judged by its neighbours. Curly marks say
/// which way they face, but texts typed with the wrong curl exist, so a
/// curly mark whose neighbours clearly say the opposite follows them.
fn mark_at(text: &str, i: usize) -> Option<(Mark, usize)> {
    // Typewriter and wire copy write a double mark as two single ones:
    // ``...''. A lone single mark is still an apostrophe.
    if text[i..].starts_with("``") {
        return Some((Mark::Open, 2));
    }
    if text[i..].starts_with("''") {
        // Some copy opens with two single marks too: `''We can't ...,''
        // said X`. Before a word and after a space, they open.
        let prev = text[..i].chars().next_back();
        let next = text[i + 2..].chars().next();
        let opens = prev.is_none_or(|p| p.is_whitespace() || "([{—–".contains(p))
            && next.is_some_and(char::is_alphanumeric);
        return Some((if opens { Mark::Open } else { Mark::Close }, 2));
    }
    let c = text[i..].chars().next()?;
    // Every character of an article is asked about: answer for the many
    // that are no mark before looking at their neighbours.
    if !matches!(c, '"' | '“' | '«' | '”' | '»') {
        return None;
    }
    let prev = text[..i].chars().next_back();
    let next = text[i + c.len_utf8()..].chars().next();
    // `He added:”Europe will ...`: a colon with no space, then a word,
    // introduces the quotation whichever way the mark curls.
    let left = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p))
        || (prev == Some(':') && next.is_some_and(char::is_alphanumeric));
    let right = next.is_none_or(|n| n.is_whitespace() || ".,;:!?)]}—–-".contains(n));
    let shape = match (left, right) {
        (true, false) => Mark::Open,
        (false, true) => Mark::Close,
        _ => Mark::Either,
    };
    let mark = match c {
        '"' => shape,
        '“' | '«' if shape == Mark::Close => Mark::Close,
        '“' | '«' => Mark::Open,
        '”' | '»' if shape == Mark::Open => Mark::Open,
        '”' | '»' => Mark::Close,
        _ => return None,
    };
    Some((mark, c.len_utf8()))
}

/// Finds every quoted span, in order.
///
/// A span never crosses a paragraph break unless the next paragraph opens
/// with a mark (the English convention for a quotation running on); an
/// opening mark still open at a paragraph's end otherwise is dropped, so a
/// stray mark cannot swallow the rest of the article. A closing mark with
/// nothing open is ignored for the same reason.
pub(super) fn find(text: &str, paras: &[Range<usize>]) -> Vec<Marked> {
    struct Open {
        at: usize,
        /// The mark faces the words it opens (`“`, or `"` after a space):
        /// not a mark that could as well close.
        definite: bool,
        first_para: usize,
        pieces: Vec<Range<usize>>,
        from: usize,
    }
    let mut found = Vec::new();
    let mut open: Option<Open> = None;
    // Where scanning of the next paragraph starts (past a continuation mark).
    let mut resume: Option<usize> = None;
    for (pi, para) in paras.iter().enumerate() {
        let mut i = resume.take().unwrap_or(para.start);
        while i < para.end {
            // Only a mark's first byte can start one: `"`, `` ` ``, `'`, and
            // the lead bytes of `“ ”` (0xE2) and `« »` (0xC2). Skip to it.
            let skip = text.as_bytes()[i..para.end]
                .iter()
                .position(|b| matches!(b, b'"' | b'`' | b'\'' | 0xC2 | 0xE2));
            match skip {
                Some(k) => i += k,
                None => break,
            }
            let Some((mark, len)) = mark_at(text, i) else {
                i += text[i..].chars().next().map_or(1, char::len_utf8);
                continue;
            };
            let nest = match (&open, mark) {
                (Some(_), Mark::Open) => nested(text, i, len, para.end),
                _ => None,
            };
            match (open.take(), mark) {
                (Some(mut o), Mark::Close | Mark::Either) => {
                    o.pieces.push(o.from..i);
                    if let Some(q) = finish(text, o.at, i + len, &o.pieces, o.first_para..pi + 1) {
                        found.push(q);
                    }
                }
                // `“... clean it “serious garbage”. We don’t know,” he said`:
                // a curly opening inside a curly quotation whose close is
                // followed by a second close in the paragraph is nested.
                (Some(o), Mark::Open) if nest.is_some() => {
                    i = nest.map_or(i, |end| end - len);
                    open = Some(o);
                }
                // A new opening while one is open: the earlier one was never
                // closed, and only the newer one can still be trusted.
                (_, Mark::Open) | (None, Mark::Either) => {
                    open = Some(Open {
                        at: i,
                        definite: mark == Mark::Open,
                        first_para: pi,
                        pieces: Vec::new(),
                        from: i + len,
                    });
                }
                (None, Mark::Close) => {}
            }
            i += len;
        }
        if let Some(mut o) = open.take() {
            let next = paras.get(pi + 1).and_then(|p| {
                let lead = text[p.clone()].len() - text[p.clone()].trim_start().len();
                let at = p.start + lead;
                match mark_at(text, at) {
                    Some((Mark::Open, len)) => Some(at + len),
                    _ => None,
                }
            });
            if let Some(from) = next {
                o.pieces.push(o.from..para.end);
                o.from = from;
                open = Some(o);
                resume = Some(from);
            } else if pi + 1 == paras.len() && o.definite {
                // The text ends inside a quotation (an excerpt cut off, a
                // feed's summary): what is there is still quoted.
                o.pieces.push(o.from..para.end);
                found.extend(finish(
                    text,
                    o.at,
                    para.end,
                    &o.pieces,
                    o.first_para..pi + 1,
                ));
            }
        }
    }
    found
}

/// Where a nested quotation opened by the curly mark at `i` (`len` bytes)
/// ends: its own closing mark, when another closing mark follows it before
/// the paragraph ends (at `hi`) with no opening mark between.
fn nested(text: &str, i: usize, len: usize, hi: usize) -> Option<usize> {
    if !text[i..].starts_with(['“', '«']) {
        return None;
    }
    // A nested quotation is short: looking no further than this keeps a
    // paragraph dense with marks linear.
    let hi = hi.min(i + 600);
    let mut closes = Vec::new();
    let mut k = i + len;
    while k < hi && closes.len() < 2 {
        match mark_at(text, k) {
            Some((Mark::Open, _)) => return None,
            Some((Mark::Close, l)) => {
                closes.push(k + l);
                k += l;
            }
            Some((Mark::Either, l)) => k += l,
            None => k += text[k..].chars().next().map_or(1, char::len_utf8),
        }
    }
    (closes.len() == 2).then(|| closes[0])
}

fn finish(
    text: &str,
    open: usize,
    end: usize,
    pieces: &[Range<usize>],
    paras: Range<usize>,
) -> Option<Marked> {
    // The pieces' words, one space between each, written once.
    let mut words = String::with_capacity(pieces.iter().map(|r| r.len()).sum());
    for word in pieces
        .iter()
        .flat_map(|r| text[r.clone()].split_whitespace())
    {
        if !words.is_empty() {
            words.push(' ');
        }
        words.push_str(word);
    }
    // "...," said X: the comma belongs to the sentence around the quote.
    let kept = words.trim_end_matches(',').trim_end().len();
    words.truncate(kept);
    if words.is_empty() {
        return None;
    }
    Some(Marked {
        open,
        end,
        text: words,
        paras,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<String> {
        find(text, &paragraphs(text))
            .into_iter()
            .map(|q| q.text)
            .collect()
    }

    #[test]
    fn straight_marks() {
        assert_eq!(
            quotes("He said \"we won\" and \"we will win again.\""),
            ["we won", "we will win again."]
        );
    }

    #[test]
    fn curly_marks() {
        assert_eq!(
            quotes("The coach called it “a fair result,” then left."),
            ["a fair result"]
        );
    }

    #[test]
    fn nested_single_quotes_stay_inside() {
        assert_eq!(
            quotes("\"Press the 'start' button now,\" she said."),
            ["Press the 'start' button now"]
        );
        assert_eq!(
            quotes("“We call it ‘the plan’ here.”"),
            ["We call it ‘the plan’ here."]
        );
    }

    #[test]
    fn typewriter_double_marks() {
        assert_eq!(
            quotes("``We are go,'' said Ann Lee. ``Watch it.''"),
            ["We are go", "Watch it."]
        );
        assert!(quotes("Leaders' and players' wages.").is_empty());
    }

    #[test]
    fn apostrophes_and_primes_are_not_marks() {
        assert!(quotes("The U.S.′ view, Rome’s reply, we’re told, players' wages.").is_empty());
    }

    #[test]
    fn trailing_comma_is_trimmed() {
        assert_eq!(quotes("\"Yes, indeed,\" he said."), ["Yes, indeed"]);
    }

    #[test]
    fn quote_runs_over_a_paragraph_that_reopens() {
        let text = "“First part of it.\n“Second part,” she said.\n";
        let found = find(text, &paragraphs(text));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].text, "First part of it. Second part");
        assert_eq!(found[0].open, 0);
        assert_eq!(&text[found[0].end - "”".len()..found[0].end], "”");
        assert_eq!(found[0].paras, 0..2);
    }

    #[test]
    fn straight_quote_runs_over_blank_line_paragraphs() {
        let text = "\"One.\n\n\"Two.\"\n\nAfter.";
        assert_eq!(quotes(text), ["One. Two."]);
    }

    #[test]
    fn unclosed_quote_does_not_cross_into_a_plain_paragraph() {
        let text = "He said \"this never closes.\nNext paragraph \"has its own\" quote.";
        assert_eq!(quotes(text), ["has its own"]);
    }

    #[test]
    fn three_marks_in_a_line_do_not_swallow_the_article() {
        let text = "- \"A big day\" as both teams try to 'win' the cup\" for fans, said Ann Lee.\n\
                    Later paragraphs \"stay intact,\" he said.";
        assert_eq!(quotes(text), ["A big day", "stay intact"]);
    }

    #[test]
    fn stray_closing_mark_is_ignored() {
        let text = "the 'reset' button\" for them. \"Hello,\" he said.";
        assert_eq!(quotes(text), ["Hello"]);
    }

    #[test]
    fn a_second_opening_drops_the_unclosed_first() {
        assert_eq!(quotes("“never closed “but this is” ok"), ["but this is"]);
    }

    #[test]
    fn a_text_that_ends_inside_a_quotation_keeps_it() {
        let text = "She said \"we won.\"\n\n\"And the next part is cut off mid-wo";
        assert_eq!(
            quotes(text),
            ["we won.", "And the next part is cut off mid-wo"]
        );
        // Only at the text's end: elsewhere an unclosed mark still stops at
        // its paragraph (see above), and a mark that may close opens nothing.
        assert!(quotes("It ended 2-1 at the\" ").is_empty());
    }

    #[test]
    fn two_single_marks_open_as_well_as_close() {
        assert_eq!(
            quotes("''We can't say yet,'' said Ana Ruiz. It is ''fine''."),
            ["We can't say yet", "fine"]
        );
        // An apostrophe after a plural is no opening: `the players'' bus`
        // is rare, but `leaders'` alone stays a word.
        assert_eq!(quotes("the leaders' bus and ``this''."), ["this"]);
    }

    #[test]
    fn a_curly_quotation_nested_in_a_curly_quotation() {
        assert_eq!(
            quotes("“We must clean up “the mess” first. Then we talk,” she said. “Yes.”"),
            ["We must clean up “the mess” first. Then we talk", "Yes."]
        );
    }

    #[test]
    fn empty_quotes_are_skipped() {
        assert!(quotes("an empty \"\" pair").is_empty());
    }

    #[test]
    fn span_covers_both_marks() {
        let text = "Intro.\nShe said “hi” twice.";
        let q = &find(text, &paragraphs(text))[0];
        assert_eq!(&text[q.open..q.end], "“hi”");
    }

    #[test]
    fn one_line_per_paragraph_by_default() {
        let text = "One line.\nTwo line.\n\nThree.";
        assert_eq!(paragraphs(text).len(), 3);
    }

    #[test]
    fn short_lines_ending_sentences_are_not_wrapped() {
        let text = "Headline here\nOne short line.\nTwo \"short\" line.\nThree short.\n\nFour.\n";
        assert_eq!(paragraphs(text).len(), 5);
    }

    #[test]
    fn hard_wrapped_text_joins_lines_into_paragraphs() {
        let text = "\"This is a long\nquote,\" she said on\nthe day.\n\nNext para\nwraps too.\n\nThird\none.";
        let paras = paragraphs(text);
        assert_eq!(paras.len(), 3);
        assert_eq!(quotes(text), ["This is a long quote"]);
    }
}
