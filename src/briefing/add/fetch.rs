//! Getting a page or feed over HTTP(S), with the limits a command-line tool
//! owes its user: timeouts, a size cap, a bounded number of redirects, and an
//! error that says which address failed and why.

use std::fmt;
use std::time::Duration;

use ureq::ResponseExt;

/// Bigger than any article page; smaller than what would fill memory.
pub const MAX_BYTES: u64 = 10 * 1024 * 1024;
pub const MAX_REDIRECTS: u32 = 5;

#[derive(Debug, Clone)]
pub struct Limits {
    /// For connecting, and again for the whole exchange of one address.
    pub timeout: Duration,
    pub max_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            timeout: Duration::from_secs(30),
            max_bytes: MAX_BYTES,
        }
    }
}

/// What came back from an address.
#[derive(Debug)]
pub struct Fetched {
    /// Where the body came from, after redirects.
    pub address: String,
    /// The `Content-Type` header, if any.
    pub content_type: Option<String>,
    pub body: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchError {
    pub address: String,
    pub reason: String,
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.address, self.reason)
    }
}

pub struct Client {
    agent: ureq::Agent,
    limits: Limits,
}

impl Client {
    pub fn new(limits: Limits) -> Self {
        let config = ureq::Agent::config_builder()
            .timeout_connect(Some(limits.timeout))
            .timeout_global(Some(limits.timeout))
            .max_redirects(MAX_REDIRECTS)
            .user_agent(concat!("brief/", env!("CARGO_PKG_VERSION")))
            .accept("text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5")
            .http_status_as_error(false)
            .build();
        Self {
            agent: config.into(),
            limits,
        }
    }

    pub fn get(&self, address: &str) -> Result<Fetched, FetchError> {
        let fail = |reason: String| FetchError {
            address: address.to_string(),
            reason,
        };
        let mut response = self
            .agent
            .get(address)
            .call()
            .map_err(|e| fail(reason(&e, &self.limits)))?;
        let status = response.status();
        if !status.is_success() {
            let text = status.canonical_reason().unwrap_or("");
            return Err(fail(
                format!("HTTP {} {text}", status.as_u16())
                    .trim_end()
                    .to_string(),
            ));
        }
        let final_address = response.get_uri().to_string();
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let body = response
            .body_mut()
            .with_config()
            .limit(self.limits.max_bytes)
            .read_to_vec()
            .map_err(|e| fail(reason(&e, &self.limits)))?;
        Ok(Fetched {
            address: final_address,
            content_type,
            body,
        })
    }
}

/// Why a request failed, in the words a user would look for.
fn reason(e: &ureq::Error, limits: &Limits) -> String {
    use ureq::Error as E;
    match e {
        E::Timeout(_) => format!("timed out after {} s", limits.timeout.as_secs_f64()),
        E::HostNotFound => "host not found (DNS)".into(),
        E::ConnectionFailed => "connection failed".into(),
        E::TooManyRedirects => format!("more than {MAX_REDIRECTS} redirects"),
        E::RedirectFailed => "a redirect without a usable Location".into(),
        E::BodyExceedsLimit(_) => format!(
            "larger than the {} MB limit",
            limits.max_bytes / (1024 * 1024)
        ),
        E::BadUri(u) => format!("not a usable address ({u})"),
        E::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => {
            format!("timed out after {} s", limits.timeout.as_secs_f64())
        }
        E::Io(io) => format!("network error: {io}"),
        other => other.to_string(),
    }
}

/// The media type of a `Content-Type` header, lower-case, without parameters.
pub fn media_type(content_type: Option<&str>) -> Option<String> {
    let t = content_type?.split(';').next()?.trim().to_ascii_lowercase();
    (!t.is_empty()).then_some(t)
}

/// The `charset` parameter of a `Content-Type` header.
pub fn charset(content_type: Option<&str>) -> Option<String> {
    content_type?.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| v.trim().trim_matches('"').to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_type_parts() {
        let ct = Some("Text/HTML; charset=\"ISO-8859-1\"");
        assert_eq!(media_type(ct).as_deref(), Some("text/html"));
        assert_eq!(charset(ct).as_deref(), Some("ISO-8859-1"));
        assert_eq!(charset(Some("text/html")), None);
        assert_eq!(media_type(None), None);
    }
}
