//! The fuzzing harness the lesson crate's targets (`tests/fuzz.rs`) and the
//! app's (`src/storage/document/fuzz.rs`, `src/records/restore/fuzz.rs`)
//! share, included by path in both: how many cases, which seed, a time limit
//! per case, keeping a failing input and saying how a run ended. See
//! `docs/hardening.md`.

use std::fmt::Debug;
use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Cases per target: `FUZZ_CASES`, or `default` (the short run of `./kit test`).
pub fn cases(default: u32) -> u32 {
    std::env::var("FUZZ_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(default)
}

/// How long one case may take before it counts as a hang: `FUZZ_CASE_SECONDS`, or 10 s.
pub fn case_limit() -> Duration {
    Duration::from_secs(std::env::var("FUZZ_CASE_SECONDS").ok().and_then(|n| n.parse().ok()).unwrap_or(10))
}

/// The seed: `FUZZ_SEED` (a number, or `random`), or `default`, so that
/// `./kit test` reads the same inputs every time.
pub fn seed(default: u64) -> u64 {
    match std::env::var("FUZZ_SEED").ok().as_deref() {
        None | Some("") => default,
        Some("random") => {
            let time = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
            time.as_nanos() as u64 ^ u64::from(std::process::id())
        }
        Some(n) => n.parse().unwrap_or_else(|_| panic!("FUZZ_SEED must be a number or `random`, not `{n}`")),
    }
}

/// Runs `work` on its own thread and waits at most `limit`: a panic or a
/// hang becomes an error naming it. A hung thread is left behind; the run fails.
pub fn within<T: Send + 'static>(
    limit: Duration,
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<(T, Duration), String> {
    let (send, receive) = mpsc::channel();
    let started = Instant::now();
    let worker = std::thread::Builder::new()
        .spawn(move || {
            let _ = send.send(work());
        })
        .map_err(|e| format!("cannot start a thread: {e}"))?;
    match receive.recv_timeout(limit) {
        Ok(value) => {
            let _ = worker.join();
            Ok((value, started.elapsed()))
        }
        Err(mpsc::RecvTimeoutError::Timeout) => Err(format!("no answer within {limit:?}: a hang")),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            let payload = worker.join().err();
            let message = payload
                .as_ref()
                .and_then(|p| {
                    p.downcast_ref::<String>().cloned().or_else(|| p.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                })
                .unwrap_or_default();
            Err(format!("panicked: {message}"))
        }
    }
}

/// Keeps a failing input at `path`; proptest then shrinks it, so the last one kept is the smallest.
pub fn keep_failure(path: &Path, bytes: &[u8]) {
    if let Some(parent) = path.parent() {
        let _ = std::fs::create_dir_all(parent);
    }
    let _ = std::fs::write(path, bytes);
}

/// Ends a target's run: nothing if every case passed, otherwise a panic with
/// the smallest failing case, its seed and where its input was kept.
pub fn finish<T: Debug>(target: &str, seed: u64, result: Result<(), proptest::test_runner::TestError<T>>, kept: &Path) {
    use proptest::test_runner::TestError;
    match result {
        Ok(()) => {}
        Err(TestError::Fail(reason, case)) => panic!(
            "{target}: {reason}\nsmallest failing case (seed {seed}): {case:#?}\nits text is in {}",
            kept.display()
        ),
        Err(TestError::Abort(reason)) => panic!("{target}: proptest gave up: {reason}"),
    }
}
