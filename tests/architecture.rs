//! Imports run one way: the domain (`briefing`) <- `text` <- `tui`,
//! `export`, `report` <- `cli` and the binary. A module reaching the wrong
//! way fails here, naming the file and the line.

use std::path::Path;

/// `(file, line number, line)` of every line under `dir` that names one of
/// `forbidden`.
fn offending(dir: &str, forbidden: &[&str]) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = Vec::new();
    let mut stack = vec![root.join(dir)];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            for entry in std::fs::read_dir(&path).unwrap() {
                stack.push(entry.unwrap().path());
            }
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            if forbidden.iter().any(|f| line.contains(f)) {
                out.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
            }
        }
    }
    out
}

#[test]
fn the_domain_knows_nothing_of_the_rest() {
    let bad = offending(
        "briefing",
        &[
            "ratatui",
            "crossterm",
            "crate::tui",
            "crate::export",
            "crate::report",
            "crate::cli",
            "crate::text",
        ],
    );
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn the_explorer_and_the_reports_do_not_reach_sideways_or_up() {
    let bad = offending("tui", &["crate::export", "crate::report", "crate::cli"]);
    assert!(bad.is_empty(), "{bad:#?}");
    for report in ["report.rs", "report"] {
        let bad = offending(
            report,
            &["crate::tui", "crate::export", "crate::cli", "ratatui"],
        );
        assert!(bad.is_empty(), "{bad:#?}");
    }
    let bad = offending("export", &["crate::report", "crate::cli"]);
    assert!(bad.is_empty(), "{bad:#?}");
}

/// Text measuring, colour and paging stand on nothing of ours but the domain.
#[test]
fn text_colour_and_paging_stand_beside_the_domain() {
    for file in ["text.rs", "style.rs", "pager.rs"] {
        let bad = offending(
            file,
            &[
                "ratatui",
                "crate::tui",
                "crate::export",
                "crate::report",
                "crate::cli",
            ],
        );
        assert!(bad.is_empty(), "{bad:#?}");
    }
}

#[test]
fn update_does_not_depend_on_the_view() {
    let bad = offending("tui/app.rs", &["tui::view", "view::", "Theme"]);
    assert!(bad.is_empty(), "{bad:#?}");
}
