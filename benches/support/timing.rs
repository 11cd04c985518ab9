//! Timing helpers shared by the benches: every run's time, and its median.
#![allow(dead_code)]

use std::time::{Duration, Instant};

/// Every run's time, sorted.
pub fn times(mut f: impl FnMut(), runs: usize) -> Vec<Duration> {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times
}

pub fn median(f: impl FnMut(), runs: usize) -> Duration {
    let t = times(f, runs);
    t[t.len() / 2]
}
