//! Watching the data folder: changes on disk, quiet for a moment, load the
//! folder again on a thread of its own, and hand the result to the loop as
//! an action. A burst of changes (an editor's save, `brief add` of a feed)
//! is one reload; typing never waits for one.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use notify::{EventKind, RecommendedWatcher, RecursiveMode, Watcher};

use super::reload::Reloaded;
use crate::briefing::load::{self, Progress};

/// How long the folder must stay still before it is loaded again.
pub const QUIET: Duration = Duration::from_millis(250);

/// One load of the folder on a thread of its own.
pub struct Loader {
    done: Receiver<Reloaded>,
}

impl Loader {
    pub fn start(dir: &Path) -> Loader {
        Loader::reporting(dir, |_| {})
    }

    /// A load that tells `progress` how far it has got, from its threads.
    fn reporting(dir: &Path, progress: impl Fn(Progress) + Sync + Send + 'static) -> Loader {
        let (tx, done) = channel();
        let dir = dir.to_path_buf();
        std::thread::spawn(move || {
            let _ = tx.send(Reloaded(Arc::new(load::from_dir_with(&dir, &progress))));
        });
        Loader { done }
    }

    /// The result once the load is over; `Err` while it runs, or if the
    /// thread died (then it never comes).
    fn poll(&self) -> Result<Reloaded, TryRecvError> {
        self.done.try_recv()
    }
}

pub struct Watch {
    dir: PathBuf,
    _watcher: RecommendedWatcher,
    changes: Receiver<()>,
    /// When the last change was seen, while a reload is owed.
    owed_since: Option<Instant>,
    loading: Option<Loader>,
}

/// The first load of a large folder, while the explorer already shows.
pub struct FirstLoad {
    loader: Option<Loader>,
    /// The load's latest report, until the loop takes it: however often
    /// the load reports, the screen is redrawn only as often as the loop
    /// looks.
    latest: Arc<Mutex<Option<Progress>>>,
}

impl FirstLoad {
    pub fn start(dir: Option<&Path>) -> FirstLoad {
        let latest = Arc::new(Mutex::new(None));
        let report = Arc::clone(&latest);
        let loader = dir.map(|dir| {
            Loader::reporting(dir, move |p| {
                if let Ok(mut latest) = report.lock() {
                    *latest = Some(p);
                }
            })
        });
        FirstLoad { loader, latest }
    }

    pub fn poll(&mut self) -> Option<Reloaded> {
        let result = self.loader.as_ref()?.poll();
        match result {
            Ok(done) => {
                self.loader = None;
                Some(done)
            }
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                self.loader = None;
                None
            }
        }
    }

    /// What the load has reported since last asked, while it runs.
    pub fn progress(&mut self) -> Option<Progress> {
        self.loader.as_ref()?;
        self.latest.lock().ok()?.take()
    }

    pub fn running(&self) -> bool {
        self.loader.is_some()
    }
}

impl Watch {
    pub fn start(dir: &Path) -> notify::Result<Watch> {
        let (tx, changes) = channel();
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                // Reading a file is no change; anything else might be.
                if event.is_ok_and(|e| !matches!(e.kind, EventKind::Access(_))) {
                    let _ = tx.send(());
                }
            })?;
        watcher.watch(dir, RecursiveMode::Recursive)?;
        Ok(Watch {
            dir: dir.to_path_buf(),
            _watcher: watcher,
            changes,
            owed_since: None,
            loading: None,
        })
    }

    /// A finished reload, if one is ready; starts one once the folder has
    /// been quiet long enough. Never blocks.
    pub fn poll(&mut self) -> Option<Reloaded> {
        while self.changes.try_recv().is_ok() {
            self.owed_since = Some(Instant::now());
        }
        if let Some(loader) = &self.loading {
            match loader.poll() {
                Ok(done) => {
                    self.loading = None;
                    return Some(done);
                }
                Err(TryRecvError::Empty) => return None,
                Err(TryRecvError::Disconnected) => self.loading = None,
            }
        }
        if self.owed_since.is_some_and(|t| t.elapsed() >= QUIET) {
            self.owed_since = None;
            self.loading = Some(Loader::start(&self.dir));
        }
        None
    }
}
