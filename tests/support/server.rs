//! A real HTTP server on 127.0.0.1 for the network tests: a few routes over
//! `std::net::TcpListener`, one thread per connection, every wait bounded.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How long the slow routes keep the client waiting.
pub const SLOW: Duration = Duration::from_secs(3);

pub struct Server {
    pub base: String,
    /// Every path requested, in order.
    hits: Arc<Mutex<Vec<String>>>,
}

impl Server {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    // Not every test binary that includes this file counts requests.
    #[allow(dead_code)]
    pub fn hits_of(&self, path: &str) -> usize {
        self.hits
            .lock()
            .unwrap()
            .iter()
            .filter(|p| *p == path)
            .count()
    }
}

pub fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/add")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A fixture with `127.0.0.1:PORT` pointed at `base`.
pub fn fixture_at(name: &str, base: &str) -> Vec<u8> {
    String::from_utf8(fixture(name))
        .unwrap()
        .replace("http://127.0.0.1:PORT", base)
        .into_bytes()
}

/// Starts the server; it lives until the test process ends.
pub fn start() -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let hits = Arc::new(Mutex::new(Vec::new()));
    let (b, h) = (base.clone(), hits.clone());
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let (b, h) = (b.clone(), h.clone());
            std::thread::spawn(move || serve(stream, &b, &h));
        }
    });
    Server { base, hits }
}

fn serve(mut stream: TcpStream, base: &str, hits: &Mutex<Vec<String>>) {
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok();
    stream.set_write_timeout(Some(Duration::from_secs(5))).ok();
    let mut request = Vec::new();
    let mut buf = [0u8; 1024];
    while !request.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => request.extend_from_slice(&buf[..n]),
        }
    }
    let head = String::from_utf8_lossy(&request).into_owned();
    let path = head.split_whitespace().nth(1).unwrap_or("/").to_string();
    hits.lock().unwrap().push(path.clone());
    let html = "text/html; charset=utf-8";
    let (status, headers, body): (&str, Vec<String>, Vec<u8>) = match path.as_str() {
        "/og-article" | "/article" => ("200 OK", ct(html), fixture("og-article.html")),
        "/json-ld" => ("200 OK", ct(html), fixture("json-ld.html")),
        "/bare" => ("200 OK", ct(html), fixture("bare.html")),
        "/bare-untitled" => {
            let page = String::from_utf8(fixture("bare.html")).unwrap();
            let page = page.replace(
                "<title>What each side wants from the Trump-Xi summit</title>",
                "",
            );
            ("200 OK", ct(html), page.into_bytes())
        }
        "/cookie-banner" => ("200 OK", ct(html), fixture("cookie-banner.html")),
        // The header names the charset too, as servers of such pages do.
        "/windows-1252" => (
            "200 OK",
            ct("text/html; charset=windows-1252"),
            fixture("windows-1252.html"),
        ),
        "/feed.rss" => (
            "200 OK",
            ct("application/rss+xml"),
            fixture_at("feed.rss", base),
        ),
        "/feed.atom" => (
            "200 OK",
            ct("application/atom+xml"),
            fixture_at("feed.atom", base),
        ),
        "/slow" => {
            std::thread::sleep(SLOW);
            ("200 OK", ct(html), fixture("og-article.html"))
        }
        "/moved" => (
            "301 Moved Permanently",
            vec!["Location: /json-ld".into()],
            Vec::new(),
        ),
        "/loop" => ("302 Found", vec!["Location: /loop".into()], Vec::new()),
        "/image.png" => ("200 OK", ct("image/png"), b"\x89PNG\r\n\x1a\n".to_vec()),
        "/big" => return big(stream),
        p if p.starts_with("/delayed/") => {
            // A page that takes a while, for killing `brief add` half-way through a feed.
            std::thread::sleep(Duration::from_millis(400));
            let name = &p["/delayed/".len()..];
            ("200 OK", ct(html), fixture(&format!("{name}.html")))
        }
        "/delayed-feed.rss" => {
            let feed = delayed_feed(base);
            ("200 OK", ct("application/rss+xml"), feed.into_bytes())
        }
        _ => ("404 Not Found", ct("text/plain"), b"not found".to_vec()),
    };
    let mut response = format!(
        "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for h in headers {
        response.push_str(&h);
        response.push_str("\r\n");
    }
    response.push_str("\r\n");
    let _ = stream.write_all(response.as_bytes());
    let _ = stream.write_all(&body);
}

fn ct(t: &str) -> Vec<String> {
    vec![format!("Content-Type: {t}")]
}

/// An 11 MB page, over the 10 MB limit, sent until the client hangs up.
fn big(mut stream: TcpStream) {
    let size = 11 * 1024 * 1024;
    let head = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {size}\r\nConnection: close\r\n\r\n<html><body>"
    );
    if stream.write_all(head.as_bytes()).is_err() {
        return;
    }
    let chunk = vec![b'a'; 64 * 1024];
    let mut sent = 0;
    while sent < size {
        if stream.write_all(&chunk).is_err() {
            return;
        }
        sent += chunk.len();
    }
}

fn delayed_feed(base: &str) -> String {
    let items: String = [
        "og-article",
        "json-ld",
        "bare",
        "cookie-banner",
        "windows-1252",
    ]
    .iter()
    .map(|n| format!("<item><title>{n}</title><link>{base}/delayed/{n}</link></item>"))
    .collect();
    format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Delayed (test)</title>{items}</channel></rss>"
    )
}
