//! The titles a source gives people, and how one title word compares
//! with another (`Gov.` is a governor).

use foldhash::{HashMap, HashSet};

/// A word that makes a title another office than its head alone: `Vice
/// President`, `Deputy Mayor`, `Chief Minister`, `Lt. Gov.`.
pub(super) fn is_rank(w: &str) -> bool {
    matches!(
        w,
        "vice"
            | "deputy"
            | "chief"
            | "prime"
            | "assistant"
            | "associate"
            | "under"
            | "lieutenant"
            | "lt."
            | "first"
    )
}

/// A title word as `role` compares it: `Gov.` is a governor, a premier a
/// (prime) minister.
pub(super) fn canon_title(w: &str) -> String {
    match w.to_lowercase().as_str() {
        "gov." | "gov" => "governor".into(),
        "sen." | "sen" => "senator".into(),
        "rep." | "rep" => "representative".into(),
        "gen." | "gen" => "general".into(),
        "premier" => "minister".into(),
        other => other.to_string(),
    }
}

/// The titles a source gives people, each (name, title) once with where it
/// first appears, found by title word and by name: a description asks about
/// its own title's holders only, so a text dense with titled mentions stays
/// linear.
#[derive(Default)]
pub(super) struct Titles {
    by_word: HashMap<String, Vec<(usize, String, Vec<String>)>>,
    by_name: HashMap<String, Vec<Vec<String>>>,
    seen: HashSet<(String, Vec<String>)>,
}

impl Titles {
    pub(super) fn add(&mut self, at: usize, name: &str, title: &[String]) {
        if !self.seen.insert((name.to_string(), title.to_vec())) {
            return;
        }
        let mut words: Vec<String> = title.iter().map(|w| canon_title(w)).collect();
        words.sort();
        words.dedup();
        for w in words {
            let entry = (at, name.to_string(), title.to_vec());
            self.by_word.entry(w).or_default().push(entry);
        }
        self.by_name
            .entry(name.to_string())
            .or_default()
            .push(title.to_vec());
    }

    /// Every (first position, name, title) whose title has the (canonical)
    /// word `word`.
    pub(super) fn with_word(&self, word: &str) -> &[(usize, String, Vec<String>)] {
        self.by_word.get(word).map_or(&[], Vec::as_slice)
    }

    /// Every title given to `name`.
    pub(super) fn of(&self, name: &str) -> &[Vec<String>] {
        self.by_name.get(name).map_or(&[], Vec::as_slice)
    }
}
