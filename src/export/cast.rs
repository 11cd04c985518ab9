//! asciicast v2 recordings (<https://docs.asciinema.org/manual/asciicast/v2/>):
//! a header line of JSON, then one `[time, "o", data]` line per write to the
//! terminal. Times are kept in whole milliseconds, so a recording is the same
//! bytes on every run and every machine.

use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

/// The header line. No timestamp: a recording does not depend on when it
/// was made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    pub version: u32,
    pub width: u16,
    pub height: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// What the recorded program assumes of the terminal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env: Option<Env>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Env {
    #[serde(rename = "TERM")]
    pub term: String,
}

/// Output written to the terminal at a moment of the recording.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Milliseconds since the start.
    pub millis: u64,
    pub data: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cast {
    pub header: Header,
    pub events: Vec<Event>,
}

impl Cast {
    pub fn new(width: u16, height: u16, title: &str) -> Cast {
        Cast {
            header: Header {
                version: 2,
                width,
                height,
                title: Some(title.to_string()),
                env: Some(Env {
                    term: "xterm-256color".into(),
                }),
            },
            events: Vec::new(),
        }
    }

    /// Length of the recording in milliseconds.
    pub fn duration_millis(&self) -> u64 {
        self.events.last().map_or(0, |e| e.millis)
    }

    /// The file's text.
    pub fn to_text(&self) -> String {
        let mut out = serde_json::to_string(&self.header).expect("a header serializes");
        out.push('\n');
        for e in &self.events {
            let data = serde_json::to_string(&e.data).expect("a string serializes");
            let _ = writeln!(
                out,
                "[{}.{:03}, \"o\", {data}]",
                e.millis / 1000,
                e.millis % 1000
            );
        }
        out
    }

    /// Read a recording back (output events only; others are skipped).
    pub fn parse(text: &str) -> Result<Cast, String> {
        let mut lines = text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty());
        let (_, first) = lines.next().ok_or("empty recording")?;
        let header: Header =
            serde_json::from_str(first).map_err(|e| format!("line 1: bad header: {e}"))?;
        if header.version != 2 {
            return Err(format!("line 1: version {}, expected 2", header.version));
        }
        let mut events = Vec::new();
        let mut last = 0;
        for (i, line) in lines {
            let (time, kind, data): (f64, String, String) = serde_json::from_str(line)
                .map_err(|e| format!("line {}: bad event: {e}", i + 1))?;
            let millis = (time * 1000.0).round();
            if millis.is_nan() || millis < 0.0 {
                return Err(format!("line {}: negative time", i + 1));
            }
            let millis = millis as u64;
            if millis < last {
                return Err(format!("line {}: time goes backwards", i + 1));
            }
            last = millis;
            if kind == "o" {
                events.push(Event { millis, data });
            }
        }
        Ok(Cast { header, events })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_and_reads_back() {
        let mut cast = Cast::new(100, 30, "brief");
        cast.events.push(Event {
            millis: 0,
            data: "\u{1b}[2J\"é\"".into(),
        });
        cast.events.push(Event {
            millis: 1650,
            data: "x\n".into(),
        });
        let text = cast.to_text();
        assert_eq!(
            text,
            "{\"version\":2,\"width\":100,\"height\":30,\"title\":\"brief\",\"env\":{\"TERM\":\"xterm-256color\"}}\n\
             [0.000, \"o\", \"\\u001b[2J\\\"é\\\"\"]\n\
             [1.650, \"o\", \"x\\n\"]\n"
        );
        assert_eq!(Cast::parse(&text).unwrap(), cast);
        assert_eq!(cast.duration_millis(), 1650);
    }

    #[test]
    fn rejects_what_does_not_play() {
        assert!(Cast::parse("").is_err());
        assert!(Cast::parse("{\"version\":1,\"width\":1,\"height\":1}").is_err());
        let e = Cast::parse(
            "{\"version\":2,\"width\":1,\"height\":1}\n[1.0, \"o\", \"a\"]\n[0.5, \"o\", \"b\"]",
        )
        .unwrap_err();
        assert!(e.contains("line 3"), "{e}");
    }
}
