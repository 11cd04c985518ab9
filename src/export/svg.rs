//! A screen as SVG: every cell at its column and row, with its colours and
//! attributes, readable in a browser and on a GitHub page.
//!
//! Each glyph is placed at the centre of its own cell, so columns line up
//! whatever monospace font the viewer has, and a wide character is centred
//! on the two columns it takes. Box-drawing lines and block elements are
//! drawn as shapes rather than glyphs, so borders join from row to row with
//! no gaps in any font.

use std::fmt::Write as _;

use ratatui::buffer::{Buffer, Cell};
use ratatui::style::{Color, Modifier};

use super::screen::row_cells;

/// Width of a cell in pixels (0.6 em, the advance of common monospace fonts).
pub const CELL_WIDTH: u32 = 9;
/// Height of a row in pixels.
pub const CELL_HEIGHT: u32 = 18;
const FONT_SIZE: u32 = 15;
/// From the top of a row to the baseline.
const BASELINE: u32 = 14;
/// Margin around the screen, in pixels.
pub const PADDING: u32 = 12;
/// Opacity of `DIM` text.
const DIM: f32 = 0.6;
const FONT_FAMILY: &str = "ui-monospace, 'SF Mono', 'Cascadia Mono', 'DejaVu Sans Mono', \
    Menlo, Consolas, 'Liberation Mono', monospace";

/// The terminal palette: a dark background and ratatui's named colours
/// mapped to soft, readable tones (after One Dark).
pub mod palette {
    pub const BACKGROUND: &str = "#1e2127";
    pub const FOREGROUND: &str = "#d7dae0";
    /// Black, Red, Green, Yellow, Blue, Magenta, Cyan, Gray, then the bright
    /// eight: DarkGray, LightRed, LightGreen, LightYellow, LightBlue,
    /// LightMagenta, LightCyan, White.
    pub const ANSI: [&str; 16] = [
        "#1e2127", "#e06c75", "#98c379", "#e5c07b", "#61afef", "#c678dd", "#56b6c2", "#abb2bf",
        "#5c6370", "#f2848d", "#b5e08f", "#f5d493", "#83c3f7", "#d69ce8", "#7cd0da", "#ffffff",
    ];
}

/// A colour as `#rrggbb`; `Reset` gives `default`.
fn hex(color: Color, default: &str) -> String {
    let ansi = |i: usize| palette::ANSI[i].to_string();
    match color {
        Color::Reset => default.to_string(),
        Color::Black => ansi(0),
        Color::Red => ansi(1),
        Color::Green => ansi(2),
        Color::Yellow => ansi(3),
        Color::Blue => ansi(4),
        Color::Magenta => ansi(5),
        Color::Cyan => ansi(6),
        Color::Gray => ansi(7),
        Color::DarkGray => ansi(8),
        Color::LightRed => ansi(9),
        Color::LightGreen => ansi(10),
        Color::LightYellow => ansi(11),
        Color::LightBlue => ansi(12),
        Color::LightMagenta => ansi(13),
        Color::LightCyan => ansi(14),
        Color::White => ansi(15),
        Color::Rgb(r, g, b) => format!("#{r:02x}{g:02x}{b:02x}"),
        Color::Indexed(i) => indexed(i),
    }
}

/// The xterm 256-colour table.
fn indexed(i: u8) -> String {
    match i {
        0..=15 => palette::ANSI[i as usize].to_string(),
        16..=231 => {
            let i = i - 16;
            let level = |v: u8| if v == 0 { 0 } else { 55 + v * 40 };
            let (r, g, b) = (level(i / 36), level(i / 6 % 6), level(i % 6));
            format!("#{r:02x}{g:02x}{b:02x}")
        }
        232..=255 => {
            let v = 8 + (i - 232) * 10;
            format!("#{v:02x}{v:02x}{v:02x}")
        }
    }
}

/// What a cell looks like once `REVERSED` and the defaults are resolved.
#[derive(Debug, Clone, PartialEq)]
struct Look {
    fg: String,
    /// `None`: the screen's own background.
    bg: Option<String>,
    bold: bool,
    italic: bool,
    dim: bool,
    hidden: bool,
    underline: Option<String>,
    crossed: bool,
}

fn look(cell: &Cell) -> Look {
    let m = cell.modifier;
    let (mut fg, mut bg) = (
        hex(cell.fg, palette::FOREGROUND),
        (cell.bg != Color::Reset).then(|| hex(cell.bg, palette::BACKGROUND)),
    );
    if m.contains(Modifier::REVERSED) {
        let new_bg = fg.clone();
        fg = bg.unwrap_or_else(|| palette::BACKGROUND.to_string());
        bg = Some(new_bg);
    }
    let underline = m.contains(Modifier::UNDERLINED).then(|| {
        if cell.underline_color == Color::Reset {
            fg.clone()
        } else {
            hex(cell.underline_color, palette::FOREGROUND)
        }
    });
    Look {
        fg,
        bg,
        bold: m.contains(Modifier::BOLD),
        italic: m.contains(Modifier::ITALIC),
        dim: m.contains(Modifier::DIM),
        hidden: m.contains(Modifier::HIDDEN),
        underline,
        crossed: m.contains(Modifier::CROSSED_OUT),
    }
}

/// Escape text for XML, and keep characters XML 1.0 forbids out of it.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// The pixel width and height of the SVG for a buffer of this size.
pub fn size(cols: u16, rows: u16) -> (u32, u32) {
    (
        cols as u32 * CELL_WIDTH + 2 * PADDING,
        rows as u32 * CELL_HEIGHT + 2 * PADDING,
    )
}

/// The screen as a standalone SVG document.
pub fn to_svg(buf: &Buffer) -> String {
    let (width, height) = size(buf.area.width, buf.area.height);
    let mut svg = open(width, height);
    svg.push_str(&screen(buf));
    svg.push_str("</svg>\n");
    svg
}

/// The document's start: its size and the rounded background.
fn open(width: u32, height: u32) -> String {
    let mut svg = String::new();
    let _ = writeln!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}">"#
    );
    let _ = writeln!(
        svg,
        r#"<rect width="{width}" height="{height}" rx="8" fill="{}"/>"#,
        palette::BACKGROUND
    );
    svg
}

/// What one screen draws, inside the document.
fn screen(buf: &Buffer) -> String {
    let area = buf.area;
    let mut layers = Layers::default();
    for y in area.top()..area.bottom() {
        let top = PADDING + (y - area.top()) as u32 * CELL_HEIGHT;
        let cells: Vec<(u32, u32, &Cell, Look)> = row_cells(buf, y)
            .map(|(x, w, cell)| ((x - area.left()) as u32, w as u32, cell, look(cell)))
            .collect();
        layers.backgrounds(&cells, top);
        layers.lines(&cells, top);
        let spans = layers.glyphs(&cells, top);
        layers.text(&spans, top);
    }
    layers.finish()
}

/// Screens shown in turn: each `(start in ms, screen)` until the next
/// one's start, the last until `end`, then again from the first. Each
/// screen is a group whose opacity a CSS animation steps, so the text
/// stays text and no script runs.
pub fn animated(frames: &[(u64, Buffer)], end: u64) -> String {
    let Some((_, first)) = frames.first() else {
        return String::new();
    };
    let (width, height) = size(first.area.width, first.area.height);
    let total = end.max(1);
    let pct = |ms: u64| ms as f64 * 100.0 / total as f64;
    let mut svg = open(width, height);
    let _ = writeln!(
        svg,
        "<style>.f{{opacity:0;animation-duration:{}ms;animation-iteration-count:infinite;animation-timing-function:step-end}}",
        total
    );
    for (i, (start, _)) in frames.iter().enumerate() {
        let stop = frames.get(i + 1).map_or(total, |(next, _)| *next);
        let _ = write!(svg, "@keyframes k{i}{{");
        if *start == 0 {
            let _ = write!(svg, "0%{{opacity:1}}");
        } else {
            let _ = write!(svg, "0%{{opacity:0}}{:.3}%{{opacity:1}}", pct(*start));
        }
        if stop < total {
            let _ = write!(svg, "{:.3}%{{opacity:0}}100%{{opacity:0}}", pct(stop));
        } else {
            let _ = write!(svg, "100%{{opacity:1}}");
        }
        let _ = writeln!(svg, "}}");
    }
    svg.push_str("</style>\n");
    for (i, (_, buf)) in frames.iter().enumerate() {
        let _ = writeln!(svg, r#"<g class="f" style="animation-name:k{i}">"#);
        svg.push_str(&screen(buf));
        svg.push_str("</g>\n");
    }
    svg.push_str("</svg>\n");
    svg
}

/// A row's cells: column, width in columns, the cell and how it looks.
type RowCells<'a> = [(u32, u32, &'a Cell, Look)];

/// The SVG's layers, each filled row by row, stacked in `finish`.
#[derive(Default)]
struct Layers {
    backgrounds: String,
    blocks: String,
    /// Line drawing, one path per colour, width and opacity.
    strokes: Vec<((String, String, String), String)>,
    text: String,
    lines: String,
}

impl Layers {
    /// One rectangle per run of the same background colour.
    fn backgrounds(&mut self, cells: &RowCells, top: u32) {
        for (start, end, bg) in runs(cells, |l| l.bg.clone()) {
            let _ = writeln!(
                self.backgrounds,
                r#"<rect x="{}" y="{top}" width="{}" height="{CELL_HEIGHT}" fill="{bg}"/>"#,
                PADDING + start * CELL_WIDTH,
                (end - start) * CELL_WIDTH,
            );
        }
    }

    /// Underlines and strike-throughs, one line per run.
    fn lines(&mut self, cells: &RowCells, top: u32) {
        let underlines = runs(cells, |l| l.underline.clone())
            .into_iter()
            .map(|run| (top + BASELINE + 2, run));
        let strikes = runs(cells, |l| l.crossed.then(|| l.fg.clone()))
            .into_iter()
            .map(|run| (top + CELL_HEIGHT / 2, run));
        for (line_y, (start, end, color)) in underlines.chain(strikes) {
            let _ = writeln!(
                self.lines,
                r#"<rect x="{}" y="{line_y}" width="{}" height="1" fill="{color}"/>"#,
                PADDING + start * CELL_WIDTH,
                (end - start) * CELL_WIDTH,
            );
        }
    }

    /// Box drawing and blocks become shapes here; the rest comes back as
    /// runs of one look, each character centred on its cell (`x` doubled,
    /// so it stays an integer).
    fn glyphs<'a>(&mut self, cells: &'a RowCells, top: u32) -> Vec<(Look, Vec<(u32, &'a str)>)> {
        let mut spans: Vec<(Look, Vec<(u32, &str)>)> = Vec::new();
        // Whether the last span may take more glyphs: one x per character
        // only works for single characters, so anything else (combining
        // marks, emoji sequences) gets a span of its own.
        let mut open = false;
        let mut i = 0;
        while i < cells.len() {
            let (col, w, cell, look) = &cells[i];
            i += 1;
            let symbol = cell.symbol();
            if look.hidden || symbol.chars().all(char::is_whitespace) {
                continue;
            }
            let left = PADDING + col * CELL_WIDTH;
            // A horizontal line runs on over the cells that repeat it.
            let mut run = 1;
            if matches!(symbol, "─" | "━" | "═") {
                while i < cells.len() && cells[i].2.symbol() == symbol && cells[i].3 == *look {
                    run += 1;
                    i += 1;
                }
            }
            if let Some(shape) = shape(symbol, left, top, *w, run) {
                self.shape(shape, look);
                continue;
            }
            let centre2 = 2 * left + w * CELL_WIDTH;
            let mut chars = symbol.chars();
            let single =
                matches!((chars.next(), chars.next()), (Some(c), None) if (c as u32) < 0x10000);
            match spans.last_mut() {
                Some((l, glyphs)) if open && single && l == look => glyphs.push((centre2, symbol)),
                _ => spans.push((look.clone(), vec![(centre2, symbol)])),
            }
            open = single;
        }
        spans
    }

    fn shape(&mut self, shape: Shape, look: &Look) {
        let opacity = if look.dim { DIM } else { 1.0 };
        match shape {
            Shape::Fill(rect, alpha) => {
                let alpha = alpha * opacity;
                let _ = write!(self.blocks, "<rect {rect} fill=\"{}\"", look.fg);
                if alpha < 1.0 {
                    let _ = write!(self.blocks, " fill-opacity=\"{alpha}\"");
                }
                self.blocks.push_str("/>\n");
            }
            Shape::Stroke(d, width) => {
                let key = (look.fg.clone(), width.to_string(), opacity.to_string());
                match self.strokes.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, all)) => all.push_str(&d),
                    None => self.strokes.push((key, d)),
                }
            }
        }
    }

    /// A row's glyph runs as one `<text>` of `<tspan>`s.
    fn text(&mut self, spans: &[(Look, Vec<(u32, &str)>)], top: u32) {
        if spans.is_empty() {
            return;
        }
        let text = &mut self.text;
        let _ = write!(text, r#"<text y="{}">"#, top + BASELINE);
        for (look, glyphs) in spans {
            let xs: Vec<String> = glyphs.iter().map(|(c2, _)| half(*c2)).collect();
            let _ = write!(text, r#"<tspan x="{}" fill="{}""#, xs.join(" "), look.fg);
            if look.bold {
                text.push_str(r#" font-weight="bold""#);
            }
            if look.italic {
                text.push_str(r#" font-style="italic""#);
            }
            if look.dim {
                let _ = write!(text, r#" fill-opacity="{DIM}""#);
            }
            text.push('>');
            for (_, s) in glyphs {
                text.push_str(&escape(s));
            }
            text.push_str("</tspan>");
        }
        text.push_str("</text>\n");
    }

    /// The screen's groups: backgrounds, blocks, line drawing, text, then
    /// underlines on top.
    fn finish(self) -> String {
        let mut svg = String::new();
        let _ = writeln!(
            svg,
            "<g shape-rendering=\"crispEdges\">\n{}</g>",
            self.backgrounds
        );
        let _ = writeln!(
            svg,
            "<g shape-rendering=\"crispEdges\">\n{}</g>",
            self.blocks
        );
        svg.push_str("<g fill=\"none\" stroke-linecap=\"butt\" stroke-linejoin=\"miter\">\n");
        for ((color, width, opacity), d) in &self.strokes {
            let _ = write!(svg, r#"<path stroke="{color}" stroke-width="{width}""#);
            if opacity != "1" {
                let _ = write!(svg, r#" opacity="{opacity}""#);
            }
            let _ = writeln!(svg, r#" d="{d}"/>"#);
        }
        svg.push_str("</g>\n");
        let _ = writeln!(
            svg,
            r#"<g font-family="{FONT_FAMILY}" font-size="{FONT_SIZE}" text-anchor="middle" xml:space="preserve">"#
        );
        svg.push_str(&self.text);
        svg.push_str("</g>\n");
        let _ = writeln!(
            svg,
            "<g shape-rendering=\"crispEdges\">\n{}</g>",
            self.lines
        );
        svg
    }
}

fn half(n: u32) -> String {
    if n.is_multiple_of(2) {
        (n / 2).to_string()
    } else {
        format!("{}.5", n / 2)
    }
}

/// How a box-drawing character's arms look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Arm {
    None,
    Light,
    Heavy,
    Double,
}

/// Up, down, left, right, and whether the corner is rounded.
fn arms(c: char) -> Option<([Arm; 4], bool)> {
    use Arm::{Double as D, Heavy as H, Light as L, None as N};
    let a = match c {
        '─' => [N, N, L, L],
        '━' => [N, N, H, H],
        '│' => [L, L, N, N],
        '┃' => [H, H, N, N],
        '┌' | '╭' => [N, L, N, L],
        '┐' | '╮' => [N, L, L, N],
        '└' | '╰' => [L, N, N, L],
        '┘' | '╯' => [L, N, L, N],
        '┏' => [N, H, N, H],
        '┓' => [N, H, H, N],
        '┗' => [H, N, N, H],
        '┛' => [H, N, H, N],
        '├' => [L, L, N, L],
        '┤' => [L, L, L, N],
        '┬' => [N, L, L, L],
        '┴' => [L, N, L, L],
        '┼' => [L, L, L, L],
        '┣' => [H, H, N, H],
        '┫' => [H, H, H, N],
        '┳' => [N, H, H, H],
        '┻' => [H, N, H, H],
        '╋' => [H, H, H, H],
        '═' => [N, N, D, D],
        '║' => [D, D, N, N],
        '╔' => [N, D, N, D],
        '╗' => [N, D, D, N],
        '╚' => [D, N, N, D],
        '╝' => [D, N, D, N],
        '╴' => [N, N, L, N],
        '╵' => [L, N, N, N],
        '╶' => [N, N, N, L],
        '╷' => [N, L, N, N],
        _ => return None,
    };
    Some((a, matches!(c, '╭' | '╮' | '╯' | '╰')))
}

fn stroke(arm: Arm) -> f32 {
    match arm {
        Arm::Heavy => 2.0,
        _ => 1.0,
    }
}

/// A box-drawing or block character drawn as a shape.
#[derive(Debug, Clone, PartialEq)]
enum Shape {
    /// A rectangle's `x y width height` attributes, and its opacity.
    Fill(String, f32),
    /// Path data, and the stroke width.
    Stroke(String, f32),
}

/// A box-drawing or block character as a shape, or `None` to draw it as
/// text. `cells` repeats a horizontal line over that many cells.
fn shape(symbol: &str, left: u32, top: u32, width: u32, cells: u32) -> Option<Shape> {
    let mut chars = symbol.chars();
    let (c, None) = (chars.next()?, chars.next()) else {
        return None;
    };
    if width != 1 {
        return None;
    }
    let (x0, y0) = (left as f32, top as f32);
    let (x1, y1) = (x0 + (cells * CELL_WIDTH) as f32, y0 + CELL_HEIGHT as f32);
    // Centre on a half pixel, so a one-pixel line is crisp.
    let (cx, cy) = (
        x0 + (CELL_WIDTH / 2) as f32 + 0.5,
        y0 + (CELL_HEIGHT / 2) as f32 + 0.5,
    );

    if let Some((bx0, by0, bx1, by1, alpha)) = block(c) {
        let (w, h) = (CELL_WIDTH as f32, CELL_HEIGHT as f32);
        return Some(Shape::Fill(
            format!(
                r#"x="{}" y="{}" width="{}" height="{}""#,
                x0 + bx0 * w,
                y0 + by0 * h,
                (bx1 - bx0) * w,
                (by1 - by0) * h,
            ),
            alpha,
        ));
    }

    let ([up, down, l, r], rounded) = arms(c)?;
    let mut d = String::new();
    let mut width_px = 1.0f32;
    let has = |a: Arm| a != Arm::None;
    let all: Vec<Arm> = [up, down, l, r].into_iter().filter(|a| has(*a)).collect();
    let weight = all[0];
    let uniform = all.iter().all(|a| *a == weight);
    if !uniform {
        return None;
    }
    if weight == Arm::Double {
        // Double lines: straight, or a corner.
        let g = 1.5f32;
        match (has(up), has(down), has(l), has(r)) {
            (true, true, false, false) => {
                let _ = write!(d, "M{},{y0}V{y1}M{},{y0}V{y1}", cx - g, cx + g);
            }
            (false, false, true, true) => {
                let _ = write!(d, "M{x0},{}H{x1}M{x0},{}H{x1}", cy - g, cy + g);
            }
            (vu, vd, hl, hr) if (vu ^ vd) && (hl ^ hr) => {
                let sv = if vd { 1.0 } else { -1.0 };
                let sh = if hr { 1.0 } else { -1.0 };
                let ey = if vd { y1 } else { y0 };
                let ex = if hr { x1 } else { x0 };
                for s in [-1.0f32, 1.0] {
                    let _ = write!(d, "M{},{ey}V{}H{ex}", cx + s * sh * g, cy + s * sv * g);
                }
            }
            _ => return None,
        }
    } else {
        width_px = stroke(weight);
        let half_w = width_px / 2.0;
        match (has(up), has(down), has(l), has(r)) {
            (vu, vd, hl, hr) if (vu ^ vd) && (hl ^ hr) => {
                let ey = if vd { y1 } else { y0 };
                let ex = if hr { x1 } else { x0 };
                if rounded {
                    let rad = (CELL_WIDTH as f32 / 2.0).min(CELL_HEIGHT as f32 / 2.0);
                    let sv = if vd { 1.0 } else { -1.0 };
                    let sh = if hr { 1.0 } else { -1.0 };
                    let _ = write!(
                        d,
                        "M{cx},{ey}V{}Q{cx},{cy} {},{cy}H{ex}",
                        cy + sv * rad,
                        cx + sh * rad
                    );
                } else {
                    let _ = write!(d, "M{cx},{ey}V{cy}H{ex}");
                }
            }
            (vu, vd, hl, hr) => {
                if vu && vd {
                    let _ = write!(d, "M{cx},{y0}V{y1}");
                } else if vu {
                    let _ = write!(d, "M{cx},{y0}V{}", cy + if hl || hr { half_w } else { 0.0 });
                } else if vd {
                    let _ = write!(d, "M{cx},{y1}V{}", cy - if hl || hr { half_w } else { 0.0 });
                }
                if hl && hr {
                    let _ = write!(d, "M{x0},{cy}H{x1}");
                } else if hl {
                    let _ = write!(d, "M{x0},{cy}H{}", cx + if vu || vd { half_w } else { 0.0 });
                } else if hr {
                    let _ = write!(d, "M{x1},{cy}H{}", cx - if vu || vd { half_w } else { 0.0 });
                }
            }
        }
    }
    Some(Shape::Stroke(d, width_px))
}

/// Block elements as a rectangle in cell fractions (x0, y0, x1, y1) and an
/// opacity for the shades.
fn block(c: char) -> Option<(f32, f32, f32, f32, f32)> {
    Some(match c {
        '█' => (0.0, 0.0, 1.0, 1.0, 1.0),
        '▀' => (0.0, 0.0, 1.0, 0.5, 1.0),
        '▄' => (0.0, 0.5, 1.0, 1.0, 1.0),
        '▌' => (0.0, 0.0, 0.5, 1.0, 1.0),
        '▐' => (0.5, 0.0, 1.0, 1.0, 1.0),
        '░' => (0.0, 0.0, 1.0, 1.0, 0.25),
        '▒' => (0.0, 0.0, 1.0, 1.0, 0.5),
        '▓' => (0.0, 0.0, 1.0, 1.0, 0.75),
        '▁'..='▇' => {
            let n = (c as u32 - '▁' as u32 + 1) as f32;
            (0.0, 1.0 - n / 8.0, 1.0, 1.0, 1.0)
        }
        '▉'..='▏' => {
            let n = (8 - (c as u32 - '▉' as u32 + 1)) as f32;
            (0.0, 0.0, n / 8.0, 1.0, 1.0)
        }
        _ => return None,
    })
}

/// Column spans `(start, end, value)` over which `pick` gives the same
/// value for consecutive cells; cells where it gives `None` end a run.
fn runs(cells: &RowCells, pick: impl Fn(&Look) -> Option<String>) -> Vec<(u32, u32, String)> {
    let mut out: Vec<(u32, u32, String)> = Vec::new();
    let mut open = false;
    for (x, w, _, look) in cells {
        match pick(look) {
            Some(v) if open && out.last().is_some_and(|r| r.2 == v) => {
                if let Some(last) = out.last_mut() {
                    last.1 = x + w;
                }
            }
            Some(v) => {
                out.push((*x, x + w, v));
                open = true;
            }
            None => open = false,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use ratatui::layout::Rect;
    use ratatui::style::Style;

    use super::*;

    #[test]
    fn escapes_xml() {
        assert_eq!(
            escape("a<b>&\"'\u{1b}"),
            "a&lt;b&gt;&amp;&quot;&apos;\u{fffd}"
        );
    }

    #[test]
    fn indexed_colours_follow_xterm() {
        assert_eq!(indexed(16), "#000000");
        assert_eq!(indexed(231), "#ffffff");
        assert_eq!(indexed(196), "#ff0000");
        assert_eq!(indexed(232), "#080808");
        assert_eq!(indexed(9), palette::ANSI[9]);
    }

    #[test]
    fn reversed_swaps_and_resolves_defaults() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 2, 1));
        buf.set_string(0, 0, "a", Style::new().add_modifier(Modifier::REVERSED));
        let l = look(&buf[(0, 0)]);
        assert_eq!(l.fg, palette::BACKGROUND);
        assert_eq!(l.bg.as_deref(), Some(palette::FOREGROUND));
    }

    #[test]
    fn eighth_blocks() {
        assert_eq!(block('▁').unwrap().1, 1.0 - 1.0 / 8.0);
        assert_eq!(block('▇').unwrap().1, 1.0 - 7.0 / 8.0);
        assert_eq!(block('▉').unwrap().2, 7.0 / 8.0);
        assert_eq!(block('▏').unwrap().2, 1.0 / 8.0);
    }
}
