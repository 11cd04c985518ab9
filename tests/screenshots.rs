//! The committed screenshots and recording are what the app makes today, and
//! the writers behind them hold up: SVG cells where they belong, text equal
//! to the screen, recordings that replay to the same screen, byte for byte
//! on every run.
//!
//! The list of files is `screenshots/shots.txt`, read here and by
//! `screenshots/regenerate.sh`.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use assert_cmd::Command;
use brief::briefing::{Briefing, load};
use brief::export::script as keys;
use brief::export::{self, cast::Cast, screen, svg};
use brief::tui::app::App;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

const SIZE: (u16, u16) = (100, 30);

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn builtin() -> Briefing {
    static BUILTIN: OnceLock<Briefing> = OnceLock::new();
    BUILTIN
        .get_or_init(|| load::builtin().expect("the built-in briefing loads"))
        .clone()
}

/// One line of `screenshots/shots.txt`.
#[derive(Debug, Clone)]
struct Shot {
    name: String,
    keys: String,
}

fn shots() -> Vec<Shot> {
    let list = std::fs::read_to_string(root().join("screenshots/shots.txt"))
        .expect("screenshots/shots.txt");
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (name, keys) = l.split_once(char::is_whitespace).unwrap_or((l, ""));
            Shot {
                name: name.to_string(),
                keys: keys.trim().to_string(),
            }
        })
        .collect()
}

/// The files a line makes, each with the `brief` arguments that make it
/// (`--out` last, to be completed with a folder).
fn outputs(shot: &Shot) -> Vec<(String, Vec<String>)> {
    let args = |cmd: &str| vec![cmd.to_string(), "--keys".into(), shot.keys.clone()];
    if shot.name.ends_with(".cast") || shot.name.ends_with(".svg") {
        vec![(shot.name.clone(), args("record"))]
    } else {
        ["svg", "txt"]
            .iter()
            .map(|ext| (format!("{}.{ext}", shot.name), args("screenshot")))
            .collect()
    }
}

fn brief() -> Command {
    let mut cmd = Command::cargo_bin("brief").expect("the brief binary");
    cmd.env_remove("BRIEF_NOW").env_remove("NO_COLOR");
    cmd
}

/// Quoted for a POSIX shell.
fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

#[test]
fn committed_screenshots_are_fresh() {
    let dir = tempfile::tempdir().unwrap();
    let mut stale = Vec::new();
    for shot in shots() {
        for (file, args) in outputs(&shot) {
            let fresh = dir.path().join(&file);
            brief()
                .args(&args)
                .arg("--out")
                .arg(&fresh)
                .assert()
                .success();
            let committed = root().join("screenshots").join(&file);
            let same = std::fs::read(&committed).ok() == Some(std::fs::read(&fresh).unwrap());
            if !same {
                stale.push(format!(
                    "screenshots/{file} is stale or missing; refresh it with\n    \
                     cargo run --release -- {} --now {} --keys {} --out screenshots/{file}",
                    args[0],
                    export::DEFAULT_NOW,
                    sh_quote(&shot.keys)
                ));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "{}\n(or refresh every file with screenshots/regenerate.sh, then look at them before committing)",
        stale.join("\n")
    );
}

#[test]
fn every_committed_file_is_listed() {
    let listed: Vec<String> = shots()
        .iter()
        .flat_map(outputs)
        .map(|(file, _)| file)
        .collect();
    for entry in std::fs::read_dir(root().join("screenshots")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        let made = [".svg", ".txt", ".cast"].iter().any(|e| name.ends_with(e));
        if made && name != "shots.txt" {
            assert!(
                listed.contains(&name),
                "screenshots/{name} is not made by any line of screenshots/shots.txt; \
                 list it there or delete it"
            );
        }
    }
}

#[test]
fn the_shots_cover_the_four_views_and_a_tour() {
    let names: Vec<String> = shots().into_iter().map(|s| s.name).collect();
    for name in [
        "first-screen",
        "reader-rare-earths",
        "quote-search",
        "help",
        "demo.cast",
        "tour.svg",
    ] {
        assert!(names.iter().any(|n| n == name), "{name} in shots.txt");
    }
    for shot in shots() {
        keys::parse(&shot.keys).unwrap_or_else(|e| panic!("{}: {e}", shot.name));
    }
}

fn now() -> brief::briefing::Time {
    export::now_or_default(None)
}

fn screen(keys: &str) -> Buffer {
    let steps = keys::parse(keys).unwrap();
    let mut app = App::new(builtin(), now(), true);
    export::screenshot(&mut app, SIZE, &steps)
}

fn recording(keys: &str) -> Cast {
    let steps = keys::parse(keys).unwrap();
    let mut app = App::new(builtin(), now(), true);
    export::record(&mut app, SIZE, &steps, "brief")
}

fn nz(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("a screen has a size")
}

/// A recording played into a terminal emulator: the screen it ends on.
fn played(cast: &Cast) -> String {
    let mut parser = vt100::Parser::new(nz(cast.header.height), nz(cast.header.width), 0);
    for e in &cast.events {
        parser.process(e.data.as_bytes());
    }
    let mut out = String::new();
    for row in parser.screen().rows(0, cast.header.width) {
        out.push_str(row.trim_end_matches(' '));
        out.push('\n');
    }
    out
}

#[test]
fn a_recording_ends_on_the_screenshot_of_the_same_keys() {
    for shot in shots() {
        let keys = &shot.keys;
        let cast = recording(keys);
        assert_eq!(
            played(&cast),
            screen::text(&screen(keys)),
            "{}: the recording of {keys:?} played in vt100 against the TestBackend screen",
            shot.name
        );
    }
}

#[test]
fn committed_txt_is_the_screen() {
    let recorded = |s: &&Shot| s.name.ends_with(".cast") || s.name.ends_with(".svg");
    for shot in shots().iter().filter(|s| !recorded(s)) {
        let committed = root().join(format!("screenshots/{}.txt", shot.name));
        let committed = std::fs::read_to_string(committed).unwrap();
        assert_eq!(committed, screen::text(&screen(&shot.keys)));
        assert_eq!(committed.lines().count(), SIZE.1 as usize);
        assert!(committed.lines().all(|l| !l.ends_with(' ')));
    }
    let first = std::fs::read_to_string(root().join("screenshots/first-screen.txt")).unwrap();
    assert!(first.contains("Countdown") && first.contains("Rare earths"));
}

#[test]
fn recordings_are_byte_identical_and_headed_right() {
    let dir = tempfile::tempdir().unwrap();
    let keys = "<wait 1s> j <Enter> <wait 500ms> /rare <Down> <Enter> ? <Esc>";
    let mut runs = Vec::new();
    for i in 0..2 {
        let out = dir.path().join(format!("run{i}.cast"));
        brief()
            .args(["record", "--size", "90x28", "--keys", keys, "--out"])
            .arg(&out)
            .assert()
            .success();
        runs.push(std::fs::read(&out).unwrap());
    }
    assert_eq!(runs[0], runs[1], "two recordings of the same keys differ");

    let text = String::from_utf8(runs[0].clone()).unwrap();
    let header: serde_json::Value =
        serde_json::from_str(text.lines().next().unwrap()).expect("a JSON header line");
    assert_eq!(header["version"], 2);
    assert_eq!(header["width"], 90);
    assert_eq!(header["height"], 28);
    assert!(header["title"].as_str().unwrap().starts_with("brief"));
    assert!(header.get("timestamp").is_none(), "no wall-clock timestamp");
    for line in text.lines().skip(1) {
        let event: (f64, String, String) = serde_json::from_str(line).expect(line);
        assert_eq!(event.1, "o");
    }
    let cast = Cast::parse(&text).unwrap();
    // Typed characters (j / r a r e ?) 0.15 s each, other keys (Enter Down
    // Enter Esc) 0.6 s each, and the pauses: 7 × 0.15 + 4 × 0.6 + 1.5 = 4.95.
    assert_eq!(cast.duration_millis(), 4950);
    assert!(cast.events.windows(2).all(|w| w[0].millis <= w[1].millis));
}

#[test]
fn the_demo_is_a_20_to_40_second_tour() {
    let text = std::fs::read_to_string(root().join("screenshots/demo.cast")).unwrap();
    let cast = Cast::parse(&text).unwrap();
    assert_eq!((cast.header.width, cast.header.height), SIZE);
    let secs = cast.duration_millis() as f64 / 1000.0;
    assert!((20.0..=40.0).contains(&secs), "demo.cast lasts {secs} s");
    // It passes through every view: the frames it shows along the way.
    let mut parser = vt100::Parser::new(nz(SIZE.1), nz(SIZE.0), 0);
    let mut seen = String::new();
    for e in &cast.events {
        parser.process(e.data.as_bytes());
        seen.push_str(&parser.screen().contents());
    }
    for view in ["Countdown", "Issues", "Reader", "Search [quotes]", "Help"] {
        assert!(seen.contains(view), "the tour shows {view}");
    }
}

/// The SVG's glyphs put back on a grid of cells, by their positions.
fn svg_grid(svg: &str, cols: usize, rows: usize) -> Vec<String> {
    let mut grid = vec![vec![' '; cols]; rows];
    let mut rest = svg;
    while let Some(start) = rest.find("<text y=\"") {
        rest = &rest[start + 9..];
        let y: f64 = rest[..rest.find('"').unwrap()].parse().unwrap();
        let row = ((y - svg::PADDING as f64) / svg::CELL_HEIGHT as f64).floor() as usize;
        let end = rest.find("</text>").unwrap();
        let mut line = &rest[..end];
        while let Some(t) = line.find("<tspan x=\"") {
            line = &line[t + 10..];
            let xs: Vec<f64> = line[..line.find('"').unwrap()]
                .split(' ')
                .map(|x| x.parse().unwrap())
                .collect();
            let open = line.find('>').unwrap();
            let close = line.find("</tspan>").unwrap();
            let content = unescape(&line[open + 1..close]);
            let chars: Vec<char> = content.chars().collect();
            assert!(
                xs.len() == chars.len() || xs.len() == 1,
                "one x per character: {xs:?} {content:?}"
            );
            for (x, c) in xs.iter().zip(&chars) {
                let col = ((x - svg::PADDING as f64) / svg::CELL_WIDTH as f64).floor() as usize;
                assert_eq!(grid[row][col], ' ', "two glyphs in cell {col},{row}");
                grid[row][col] = *c;
            }
            line = &line[close..];
        }
        rest = &rest[end..];
    }
    grid.into_iter()
        .map(|r| r.into_iter().collect::<String>().trim_end().to_string())
        .collect()
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Tags open and close in order; `&` only starts an entity.
fn assert_well_formed(svg: &str) {
    let mut stack: Vec<String> = Vec::new();
    let mut rest = svg;
    while let Some(lt) = rest.find('<') {
        let text = &rest[..lt];
        for (i, _) in text.match_indices('&') {
            let entity = &text[i..text[i..].find(';').map_or(text.len(), |e| i + e + 1)];
            assert!(
                ["&lt;", "&gt;", "&amp;", "&quot;", "&apos;"].contains(&entity),
                "bare & in {text:?}"
            );
        }
        let gt = rest[lt..].find('>').expect("a tag closes") + lt;
        let tag = &rest[lt + 1..gt];
        assert!(!tag.contains('<'), "< inside a tag: {tag}");
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(stack.pop().as_deref(), Some(name), "closing {name}");
        } else if !tag.ends_with('/') {
            let name = tag.split_whitespace().next().unwrap().to_string();
            stack.push(name);
        }
        rest = &rest[gt + 1..];
    }
    assert!(stack.is_empty(), "unclosed: {stack:?}");
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
}

fn is_drawn_as_shape(c: char) -> bool {
    matches!(c, '─' | '━' | '│' | '┃' | '═' | '║')
        || ('\u{250c}'..='\u{254b}').contains(&c)
        || ('\u{2554}'..='\u{255d}').contains(&c)
        || ('\u{256d}'..='\u{2577}').contains(&c)
        || ('\u{2580}'..='\u{2593}').contains(&c)
}

#[test]
fn svg_puts_every_glyph_in_its_cell() {
    for keys in ["", "/rare", "?", "j <Enter>"] {
        let buf = screen(keys);
        let svg = svg::to_svg(&buf);
        assert_well_formed(&svg);
        let expected: Vec<String> = screen::text(&buf)
            .lines()
            .map(|l| {
                l.chars()
                    .map(|c| if is_drawn_as_shape(c) { ' ' } else { c })
                    .collect::<String>()
                    .trim_end()
                    .to_string()
            })
            .collect();
        assert_eq!(
            svg_grid(&svg, SIZE.0 as usize, SIZE.1 as usize),
            expected,
            "keys {keys:?}"
        );
    }
    for file in ["first-screen", "reader-rare-earths", "quote-search", "help"] {
        let svg = std::fs::read_to_string(root().join(format!("screenshots/{file}.svg"))).unwrap();
        assert_well_formed(&svg);
    }
}

#[test]
fn svg_wide_characters_take_two_columns_and_styles_show() {
    let mut buf = Buffer::empty(Rect::new(0, 0, 8, 2));
    buf.set_string(1, 0, "会議x", Style::new().fg(Color::Red));
    buf.set_string(
        0,
        1,
        "<&>",
        Style::new()
            .bg(Color::Blue)
            .add_modifier(Modifier::BOLD | Modifier::ITALIC | Modifier::UNDERLINED),
    );
    let s = svg::to_svg(&buf);
    assert_well_formed(&s);
    let (w, p) = (svg::CELL_WIDTH, svg::PADDING);
    // 会 covers columns 1-2 and is centred on them; 議 3-4; x is in column 5.
    let xs = format!("{} {} {}.5", p + 2 * w, p + 4 * w, p + 5 * w + w / 2);
    assert!(
        s.contains(&format!(
            "<tspan x=\"{xs}\" fill=\"{}\">会議x</tspan>",
            svg::palette::ANSI[1]
        )),
        "{s}"
    );
    assert!(s.contains("&lt;&amp;&gt;"), "escaped: {s}");
    assert!(s.contains(r#"font-weight="bold" font-style="italic""#));
    // The background, and the underline, over three cells of row 1.
    let row1 = p + svg::CELL_HEIGHT;
    assert!(s.contains(&format!(
        r#"<rect x="{p}" y="{row1}" width="{}" height="{}" fill="{}"/>"#,
        3 * w,
        svg::CELL_HEIGHT,
        svg::palette::ANSI[4]
    )));
    assert!(s.contains(&format!(r#"width="{}" height="1""#, 3 * w)));
    assert_eq!(screen::text(&buf), " 会議x\n<&>\n");
    let (width, height) = svg::size(8, 2);
    assert!(s.contains(&format!(r#"width="{width}" height="{height}""#)));
}

#[test]
fn bad_key_script_exits_2_naming_the_column() {
    let out = brief()
        .args(["screenshot", "--keys", "/rare <Entr>", "--out", "x.svg"])
        .assert()
        .code(2);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(err.contains("column 7"), "{err}");
    assert!(err.contains("<Entr>"), "{err}");
    assert!(!Path::new("x.svg").exists());

    let out = brief()
        .args(["record", "--keys", "j <wait 2 sec>", "--out", "x.cast"])
        .assert()
        .code(2);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(err.contains("column 3") && err.contains("pause"), "{err}");
}

#[test]
fn bad_output_names_and_sizes_exit_2() {
    for args in [
        ["screenshot", "--out", "x.png", "--size", "100x30"],
        ["record", "--out", "x.gif", "--size", "100x30"],
        ["screenshot", "--out", "x.txt", "--size", "100"],
        ["screenshot", "--out", "x.txt", "--size", "0x30"],
    ] {
        let out = brief().args(args).assert().code(2);
        let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
        assert!(err.contains("error:"), "{args:?}: {err}");
    }
}

#[test]
fn now_and_size_are_honoured() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("s.txt");
    brief()
        .args([
            "--now",
            "2025-11-02T08:00:00+08:00",
            "screenshot",
            "--size",
            "80x24",
        ])
        .arg("--out")
        .arg(&out)
        .assert()
        .success();
    let shot = std::fs::read_to_string(&out).unwrap();
    assert_eq!(shot.lines().count(), 24);
    assert!(shot.lines().all(|l| l.chars().count() <= 80));
    assert!(shot.contains("2025-11-02 08:00:00 +08:00"), "{shot}");

    // Without --now, the documented default moment; BRIEF_NOW counts as --now.
    brief()
        .env("BRIEF_NOW", "2025-10-30T09:00:00+09:00")
        .args(["screenshot", "--out"])
        .arg(&out)
        .assert()
        .success();
    let shot = std::fs::read_to_string(&out).unwrap();
    assert!(shot.contains("2025-10-30 09:00:00 +09:00"), "{shot}");
    assert_eq!(export::DEFAULT_NOW, "2025-10-28T12:00:00-04:00");
}

#[test]
fn the_animated_tour_has_one_frame_per_screen_change_and_is_reproducible() {
    let keys = "<wait 1s> j j <wait 1s> 2 <wait 1s> 2 <wait 2s>";
    let steps = keys::parse(keys).unwrap();
    let mut app = App::new(builtin(), now(), true);
    let (frames, end) = export::frames(&mut app, SIZE, &steps);
    // Start, j, j, then the timeline; pressing 2 again changes nothing.
    assert_eq!(frames.len(), 4, "one frame per screen change");
    assert!(
        frames
            .windows(2)
            .all(|w| w[0].0 < w[1].0 && w[0].1 != w[1].1)
    );
    assert_eq!(frames[0].0, 0);
    assert!(end > frames.last().unwrap().0);
    assert!(screen::text(&frames[3].1).contains("[2 Timeline]"));

    let dir = tempfile::tempdir().unwrap();
    let mut made = Vec::new();
    for i in 0..2 {
        let out = dir.path().join(format!("run{i}.svg"));
        brief()
            .args(["record", "--keys", keys, "--out"])
            .arg(&out)
            .assert()
            .success();
        made.push(std::fs::read_to_string(out).unwrap());
    }
    assert_eq!(made[0], made[1], "two runs give the same bytes");
    let svg = &made[0];
    assert_well_formed(svg);
    assert_eq!(svg.matches(r#"<g class="f""#).count(), frames.len());
    assert_eq!(svg.matches("@keyframes").count(), frames.len());
}
