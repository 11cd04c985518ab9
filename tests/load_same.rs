//! A load gives the same quotes and speakers as it did before it was made
//! fast (issue 9). A generated corpus and the real evaluation articles,
//! loaded as one briefing so that names learnt in one article reach the
//! others, list the same quotes, lines, speakers and bases as the snapshot,
//! which was recorded with the load as it was before the change.

use std::path::Path;

use brief::briefing::load::{Files, load};

fn listing(files: Files) -> String {
    let b = load(files).expect("the corpus loads");
    let lines: Vec<String> = b
        .quotes
        .iter()
        .map(|q| {
            format!(
                "{}:{}\t{}\t{}\t{}",
                q.source,
                q.line,
                q.speaker.as_deref().unwrap_or("-"),
                q.speaker_basis.map_or("-", |b| b.label()),
                q.text
            )
        })
        .collect();
    lines.join("\n")
}

#[test]
fn a_generated_corpus_and_real_articles_load_as_before() {
    let mut sources: Vec<(String, Vec<u8>)> = brief::corpus::generate(120, 9)
        .into_iter()
        .map(|(name, text)| (name, text.into_bytes()))
        .collect();
    let eval = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/attribution");
    for set in ["articles", "heldout/articles", "final/articles"] {
        for entry in std::fs::read_dir(eval.join(set)).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let prefix = set.split('/').next().unwrap();
            sources.push((format!("{prefix}-{name}"), std::fs::read(&path).unwrap()));
        }
    }
    sources.sort();
    insta::assert_snapshot!(listing(Files {
        warnings: Vec::new(),
        root: "same".into(),
        toml: None,
        sources,
    }));
}
