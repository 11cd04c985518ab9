//! The search as a job: what one keystroke asks to be searched, the answer,
//! and the thread that works through the asks, so that typing never waits
//! on a large briefing. A newer ask makes the job drop an older one, even
//! half-way; a query typed on from the last one searched looks only at what
//! that one matched.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Weak};

use crate::briefing::Briefing;
use crate::briefing::search::{self, Found, Hit, Passage, TextHit};

/// How many results a search keeps to scroll through; the count says how
/// many matched in all.
pub const SEARCH_TOP: usize = 500;

/// Below this much source text a search takes well under a frame (about
/// a millisecond on the built-in briefing), so the update does it at once
/// and the screen never shows the results of the query before.
pub const INLINE_TEXT: usize = 1 << 20;

/// One search to run: the query as it stands after an edit, numbered so
/// that only the answer to the latest is taken.
#[derive(Debug, Clone)]
pub struct Request {
    pub generation: u64,
    pub briefing: Arc<Briefing>,
    pub query: String,
    /// Search the full text too: it has been asked for once (its count
    /// shows beside the quotes' from then on).
    pub text: bool,
    /// The sentences of `briefing`, if already made.
    pub passages: Option<Arc<Vec<Passage>>>,
}

impl PartialEq for Request {
    fn eq(&self, other: &Request) -> bool {
        self.generation == other.generation
            && Arc::ptr_eq(&self.briefing, &other.briefing)
            && self.query == other.query
            && self.text == other.text
    }
}

impl Eq for Request {}

/// What a search found: the best quotes, and the best passages when the
/// full text was searched, with the passages they index.
#[derive(Debug, Clone, PartialEq)]
pub struct Results {
    pub generation: u64,
    pub quotes: Found<Hit>,
    pub text: Option<(Arc<Vec<Passage>>, Found<TextHit>)>,
}

/// Runs `request`, or gives up (`None`) soon after `stop` says to.
pub fn run(request: &Request, stop: &search::Stop<'_>) -> Option<Results> {
    run_narrowed(request, &mut Memo::default(), stop)
}

/// Everything the last search matched, and what it searched: a query
/// that goes on from it (one more letter typed) need only look there.
#[derive(Debug, Default)]
pub struct Memo {
    /// Weak, so a briefing replaced by a reload is not kept for this.
    briefing: Weak<Briefing>,
    query: String,
    quotes: Vec<usize>,
    text: Option<(Weak<Vec<Passage>>, Vec<usize>)>,
}

/// `run`, looking only at what `memo` says can still match, and leaving
/// in it what this search matched.
pub fn run_narrowed(
    request: &Request,
    memo: &mut Memo,
    stop: &search::Stop<'_>,
) -> Option<Results> {
    let b = &request.briefing;
    let on = memo.briefing.upgrade().is_some_and(|m| Arc::ptr_eq(&m, b))
        && search::narrows(&memo.query, &request.query);
    let within = on.then_some(memo.quotes.as_slice());
    let (quotes, quotes_matched) =
        search::search_top_within(&b.quotes, &request.query, SEARCH_TOP, within, stop)?;
    let mut text_matched = None;
    let text = if request.text {
        let passages = match &request.passages {
            Some(p) => Arc::clone(p),
            None => Arc::new(search::passages(&b.sources)),
        };
        let within = match &memo.text {
            Some((of, matched))
                if on && of.upgrade().is_some_and(|p| Arc::ptr_eq(&p, &passages)) =>
            {
                Some(matched.as_slice())
            }
            _ => None,
        };
        let (found, matched) = search::search_text_top_within(
            &b.sources,
            &passages,
            &request.query,
            SEARCH_TOP,
            within,
            stop,
        )?;
        text_matched = Some((Arc::downgrade(&passages), matched));
        Some((passages, found))
    } else {
        None
    };
    *memo = Memo {
        briefing: Arc::downgrade(b),
        query: request.query.clone(),
        quotes: quotes_matched,
        text: text_matched,
    };
    Some(Results {
        generation: request.generation,
        quotes,
        text,
    })
}

/// A thread that runs searches one at a time, always the latest asked:
/// asks that arrive while one runs stop it, and only the newest of them
/// runs next. Answers go to `deliver` (which wakes the event loop).
pub struct Searcher {
    asks: Sender<Request>,
    latest: Arc<AtomicU64>,
}

impl Searcher {
    pub fn start(deliver: impl Fn(Results) + Send + 'static) -> Searcher {
        let (asks, inbox) = mpsc::channel();
        let latest = Arc::new(AtomicU64::new(0));
        let seen = Arc::clone(&latest);
        std::thread::Builder::new()
            .name("search".into())
            .spawn(move || work(&inbox, &seen, deliver))
            .expect("the search thread starts");
        Searcher { asks, latest }
    }

    pub fn ask(&self, request: Request) {
        self.latest.store(request.generation, Ordering::SeqCst);
        // The thread outlives every ask: it ends only when this sender is
        // dropped.
        let _ = self.asks.send(request);
    }
}

fn work(inbox: &Receiver<Request>, latest: &AtomicU64, deliver: impl Fn(Results)) {
    let mut memo = Memo::default();
    while let Ok(mut request) = inbox.recv() {
        while let Ok(newer) = inbox.try_recv() {
            request = newer;
        }
        let generation = request.generation;
        let stale = || latest.load(Ordering::SeqCst) != generation;
        if let Some(results) = run_narrowed(&request, &mut memo, &stale) {
            deliver(results);
        }
    }
}
