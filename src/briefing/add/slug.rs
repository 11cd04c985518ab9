//! File names for new sources: short, readable, typed easily as `brief read ID`.

/// Longest slug kept, in characters; titles run long and a file name need not.
const MAX: usize = 60;

/// A slug of `title`: lower-case letters and digits joined by single dashes,
/// cut at a word boundary. Letters outside ASCII are kept (an id is any string);
/// everything else separates words. Empty when nothing is left.
pub fn slugify(title: &str) -> String {
    let mut slug = String::new();
    for word in title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let word = word.to_lowercase();
        let extra = word.chars().count() + usize::from(!slug.is_empty());
        if slug.chars().count() + extra > MAX {
            if slug.is_empty() {
                slug = word.chars().take(MAX).collect();
            }
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(&word);
    }
    slug
}

/// `base`, or `base-2`, `base-3`, ... : the first one `taken` says is free.
pub fn unique(base: &str, taken: impl Fn(&str) -> bool) -> String {
    let base = if base.is_empty() { "article" } else { base };
    if !taken(base) {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|s| !taken(s))
        .expect("an unbounded range has a free number")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slug_is_lower_case_words_joined_by_dashes() {
        assert_eq!(
            slugify("Trump to meet China's Xi — in Gyeongju, Oct. 30!"),
            "trump-to-meet-china-s-xi-in-gyeongju-oct-30"
        );
    }

    #[test]
    fn slug_keeps_non_ascii_letters_and_drops_punctuation_only_titles() {
        assert_eq!(slugify("Élysée: l’été"), "élysée-l-été");
        assert_eq!(slugify(" -- !! "), "");
    }

    #[test]
    fn long_titles_are_cut_at_a_word_boundary() {
        let slug = slugify(&"word ".repeat(40));
        assert!(slug.chars().count() <= MAX);
        assert!(slug.ends_with("word"), "{slug}");
        let one = slugify(&"x".repeat(200));
        assert_eq!(one.chars().count(), MAX);
    }

    #[test]
    fn unique_numbers_a_taken_slug() {
        let taken = ["a", "a-2"];
        assert_eq!(unique("a", |s| taken.contains(&s)), "a-3");
        assert_eq!(unique("b", |s| taken.contains(&s)), "b");
        assert_eq!(unique("", |_| false), "article");
    }
}
