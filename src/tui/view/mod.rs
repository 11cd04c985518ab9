//! The screen: one function per pane, all reading `App`, none changing it.

pub mod countdown;
pub mod coverage;
pub mod help;
pub mod info;
pub mod issues;
pub mod people;
pub mod pins;
pub mod reader;
pub mod search;
pub mod status;
pub mod theme;
pub mod timeline;

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Wrap};

use crate::briefing::load::Progress;
use crate::briefing::text::thousands;
use crate::text;
use crate::tui::app::{App, Overlay, View};
use crate::tui::layout;
use theme::Theme;

/// How wide the first load's bar is drawn.
const BAR: usize = 30;

/// The first load, while the panes wait for it: how far it has got, as a
/// bar over the whole load and the articles the stage has done.
fn loading(p: Progress, t: &Theme, frame: &mut Frame, body: Rect) {
    let filled = (p.fraction() * BAR as f64).round() as usize;
    let text = vec![
        Line::styled(
            format!(
                "loading {} {} …",
                thousands(p.total),
                if p.total == 1 { "article" } else { "articles" }
            ),
            t.title_focus,
        ),
        Line::from(vec![
            Span::styled("━".repeat(filled), t.title_focus),
            Span::styled("─".repeat(BAR - filled), t.dim),
            Span::raw(format!(" {:>3.0}%", p.fraction() * 100.0)),
        ]),
        Line::raw(format!(
            "{} {} / {}",
            p.label(),
            thousands(p.done),
            thousands(p.total)
        )),
        Line::styled("the panes fill once it is in; q quits", t.dim),
    ];
    let top = body.height.saturating_sub(text.len() as u16) / 2;
    let area = Rect {
        y: body.y + top,
        height: body.height - top,
        ..body
    };
    frame.render_widget(Paragraph::new(text).alignment(Alignment::Center), area);
}

pub fn view(app: &App, t: &Theme, frame: &mut Frame) {
    let area = frame.area();
    let Some(panes) = layout::panes(
        area,
        app.briefing.deadlines.len(),
        app.briefing.issues.len(),
    ) else {
        return too_small(t, frame, area);
    };
    header(app, t, frame, panes.header);
    tabs(app, t, frame);
    if let Some(progress) = app.loading {
        loading(progress, t, frame, panes.body);
        return status::render(app, t, frame, panes.status);
    }
    match app.view {
        View::Briefing => {
            countdown::render(app, t, frame, &panes);
            issues::render(app, t, frame, &panes);
            reader::render(app, t, frame, &panes);
        }
        View::Timeline => timeline::render(app, t, frame),
        View::Coverage => coverage::render(app, t, frame),
        View::People => people::render(app, t, frame),
        View::Pins => pins::render(app, t, frame),
    }
    status::render(app, t, frame, panes.status);
    match app.overlay {
        Overlay::None => {}
        Overlay::Search => search::render(app, t, frame, area),
        Overlay::Help => help::render(app, t, frame, layout::help_box(area)),
        Overlay::Errors => errors(app, t, frame, layout::help_box(area)),
        Overlay::Info => info::render(app, t, frame, layout::help_box(area)),
    }
}

fn too_small(t: &Theme, frame: &mut Frame, area: Rect) {
    let text = vec![
        Line::styled("terminal too small", t.warning),
        Line::from(format!(
            "need {}x{}, have {}x{}",
            layout::MIN_WIDTH,
            layout::MIN_HEIGHT,
            area.width,
            area.height
        )),
        Line::styled("q quits", t.dim),
    ];
    let top = area.height.saturating_sub(3) / 2;
    let area = Rect {
        y: area.y + top,
        height: area.height - top,
        ..area
    };
    frame.render_widget(
        Paragraph::new(text)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        area,
    );
}

/// Why the last reload did not take; the explorer shows the last good data.
fn errors(app: &App, t: &Theme, frame: &mut Frame, area: Rect) {
    let block = overlay(
        frame,
        t,
        "Reload failed · showing the last good briefing · Esc closes",
        area,
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let lines: Vec<Line> = app
        .load_errors
        .iter()
        .map(|e| Line::styled(e.clone(), t.warning))
        .collect();
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

/// The views as tabs; the one shown in `[brackets]`, not by colour alone.
fn tabs(app: &App, t: &Theme, frame: &mut Frame) {
    for (view, label, at) in app.tabs() {
        let style = if view == app.view {
            t.title_focus
        } else {
            t.dim
        };
        frame.render_widget(Paragraph::new(Span::styled(label, style)), at);
    }
}

/// Title on the left, the clock on the right: `now … (frozen)`, or the
/// moment time travel has moved to and how far, so it is never mistaken
/// for the live time.
fn header(app: &App, t: &Theme, frame: &mut Frame, area: Rect) {
    let clock = if app.shift.is_zero() {
        format!(
            "now {}{} ",
            app.now.format("%Y-%m-%d %H:%M:%S %:z"),
            if app.frozen { " (frozen)" } else { "" }
        )
    } else {
        format!(
            "at {} ({} · . returns) ",
            app.now.format("%Y-%m-%d %H:%M %:z"),
            travelled(app.shift)
        )
    };
    let room = (area.width as usize).saturating_sub(text::width(&clock) + 2);
    let title = text::truncate(&format!(" ◆ {}", app.briefing.title), room);
    let gap = (area.width as usize).saturating_sub(text::width(&title) + text::width(&clock));
    let line = Line::from(vec![
        Span::raw(title),
        Span::raw(" ".repeat(gap)),
        Span::raw(clock),
    ]);
    frame.render_widget(Paragraph::new(line).style(t.header), area);
}

/// A pane's frame. Focus shows in the border type and the title's text,
/// not in colour alone.
pub fn pane<'a>(t: &Theme, title: &str, focused: bool) -> Block<'a> {
    let block = Block::bordered();
    if focused {
        block
            .border_type(BorderType::Thick)
            .border_style(t.border_focus)
            .title(Span::styled(format!("[ {title} ]"), t.title_focus))
    } else {
        block
            .border_type(BorderType::Rounded)
            .border_style(t.border)
            .title(Span::styled(format!(" {title} "), t.title))
    }
}

/// An overlay's frame, drawn over whatever was under it.
pub fn overlay<'a>(frame: &mut Frame, t: &Theme, title: &str, area: Rect) -> Block<'a> {
    frame.render_widget(Clear, area);
    Block::bordered()
        .border_type(BorderType::Double)
        .border_style(t.border_focus)
        .title(Span::styled(format!(" {title} "), t.title_focus))
}

/// `+5d`, `-1d 3h`: how far time travel has moved the clock.
fn travelled(shift: chrono::TimeDelta) -> String {
    let secs = shift.num_seconds();
    let sign = if secs < 0 { '-' } else { '+' };
    let (d, h) = (secs.abs() / 86_400, secs.abs() % 86_400 / 3600);
    match (d, h) {
        (0, h) => format!("{sign}{h}h"),
        (d, 0) => format!("{sign}{d}d"),
        (d, h) => format!("{sign}{d}d {h}h"),
    }
}
