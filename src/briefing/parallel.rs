//! The same work over many articles, spread over the machine's cores.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

/// `f` over every item, on as many threads as there are cores, the results
/// in the items' order. `done(n)` is called, from any thread, as the `n`th
/// item is finished. A panic in `f` is the caller's, as if run in place.
pub(crate) fn map<T: Sync, R: Send>(
    items: &[T],
    f: impl Fn(&T) -> R + Sync,
    done: &(dyn Fn(usize) + Sync),
) -> Vec<R> {
    let threads = thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len());
    if threads <= 1 {
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            out.push(f(item));
            done(out.len());
        }
        return out;
    }
    // Items are handed out one at a time: articles differ in length, so
    // fixed shares would leave a core idle at the end.
    let next = AtomicUsize::new(0);
    let finished = AtomicUsize::new(0);
    let work = || {
        let mut out = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else {
                return out;
            };
            out.push((i, f(item)));
            done(finished.fetch_add(1, Ordering::Relaxed) + 1);
        }
    };
    let parts: Vec<Vec<(usize, R)>> = thread::scope(|s| {
        let helpers: Vec<_> = (1..threads).map(|_| s.spawn(work)).collect();
        let mut parts = vec![work()];
        for h in helpers {
            parts.push(h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
        }
        parts
    });
    let mut slots: Vec<Option<R>> = std::iter::repeat_with(|| None).take(items.len()).collect();
    for (i, r) in parts.into_iter().flatten() {
        slots[i] = Some(r);
    }
    slots.into_iter().flatten().collect()
}

/// `f` over every item, taking each by value, on as many threads as there
/// are cores in contiguous shares, the results in the items' order: for
/// work that consumes its input (a file's bytes becoming its text), so
/// input and output are never both held whole.
pub(crate) fn map_owned<T: Send, R: Send>(items: Vec<T>, f: impl Fn(T) -> R + Sync) -> Vec<R> {
    let threads = thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len());
    if threads <= 1 {
        return items.into_iter().map(f).collect();
    }
    let share = items.len().div_ceil(threads);
    let mut shares = Vec::new();
    let mut rest = items;
    while rest.len() > share {
        let tail = rest.split_off(share);
        shares.push(rest);
        rest = tail;
    }
    shares.push(rest);
    thread::scope(|s| {
        let f = &f;
        let handles: Vec<_> = shares
            .into_iter()
            .map(|share| s.spawn(move || share.into_iter().map(f).collect::<Vec<R>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[test]
    fn results_keep_the_items_order_and_every_item_is_counted() {
        let items: Vec<usize> = (0..1000).collect();
        let seen = Mutex::new(Vec::new());
        let out = map(&items, |n| n * 2, &|done| seen.lock().unwrap().push(done));
        assert_eq!(out, items.iter().map(|n| n * 2).collect::<Vec<_>>());
        let mut seen = seen.into_inner().unwrap();
        seen.sort();
        assert_eq!(seen, (1..=1000).collect::<Vec<_>>());
    }

    #[test]
    fn owned_items_come_back_in_order_whatever_the_count() {
        for n in [0, 1, 2, 3, 999] {
            let items: Vec<String> = (0..n).map(|i| i.to_string()).collect();
            let out = map_owned(items.clone(), |s| s + "!");
            let want: Vec<String> = items.into_iter().map(|s| s + "!").collect();
            assert_eq!(out, want);
        }
    }

    #[test]
    fn no_items_no_work() {
        let out: Vec<u8> = map(&[] as &[u8], |_| unreachable!(), &|_| unreachable!());
        assert!(out.is_empty());
    }
}
