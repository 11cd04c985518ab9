//! Puts the git commit into `brief --version` when built from a checkout.
//! Outside one (a crates.io tarball, no git installed) the version is the
//! package's alone; nothing here can fail the build.

use std::path::Path;
use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8(out.stdout).ok()?;
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let full = match git(&["rev-parse", "--short=10", "HEAD"]) {
        Some(commit) => {
            // Rebuild when HEAD moves: HEAD itself (a checkout), the branch it
            // points to (a commit), and packed-refs (a gc). Only files that
            // exist are named, since a missing one would rerun every build.
            let mut watch = vec![git(&["rev-parse", "--git-path", "HEAD"])];
            if let Some(branch) = git(&["symbolic-ref", "-q", "HEAD"]) {
                watch.push(git(&["rev-parse", "--git-path", &branch]));
            }
            watch.push(git(&["rev-parse", "--git-path", "packed-refs"]));
            for path in watch.into_iter().flatten() {
                if Path::new(&path).exists() {
                    println!("cargo:rerun-if-changed={path}");
                }
            }
            format!("{version} (commit {commit})")
        }
        None => version,
    };
    println!("cargo:rustc-env=BRIEF_VERSION={full}");
}
