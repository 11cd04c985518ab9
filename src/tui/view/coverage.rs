//! Coverage: issues by sources, the number of mentions in each cell, with
//! totals on both edges; an issue that rests on one source says so.

use ratatui::Frame;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::Theme;
use crate::briefing::Curated;
use crate::text::truncate;
use crate::tui::app::App;
use crate::tui::views::{COVERAGE_CELL, COVERAGE_LABEL};

pub fn render(app: &App, t: &Theme, frame: &mut Frame) {
    let v = app.view_panes();
    let b = &app.briefing;
    let block = super::pane(t, "Coverage · mentions by issue and source", true).title_bottom(
        Line::styled(
            " j/k issue · h/l source · Enter read · 1 src = one source only ",
            t.dim,
        )
        .right_aligned(),
    );
    frame.render_widget(block, v.main);
    if b.issues.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled(b.nothing_in(Curated::Issues), t.dim)),
            v.list,
        );
        return;
    }
    let c = &app.coverage;
    let cols: Vec<usize> = (app.cov_col_offset..b.sources.len())
        .take(app.coverage_columns())
        .collect();
    let cell = |s: String, style: Style| Span::styled(format!("{s:>w$}", w = COVERAGE_CELL), style);
    let mut lines = Vec::new();
    // Source columns by number; the key below names them.
    let mut head = vec![Span::styled(
        format!("{:<w$}", "issue", w = COVERAGE_LABEL),
        t.bold,
    )];
    for &s in &cols {
        let style = if s == app.cov_col {
            t.title_focus
        } else {
            t.bold
        };
        head.push(cell(format!("#{}", s + 1), style));
    }
    head.push(cell("total".into(), t.bold));
    lines.push(Line::from(head));
    for (i, issue) in b.issues.iter().enumerate() {
        let single = c.sources_of(i) == 1;
        let label = format!(
            "{}{}",
            truncate(&issue.title, COVERAGE_LABEL - 7),
            if single { " 1 src" } else { "" }
        );
        let row_style = if i == app.cov_row {
            t.selected_idle
        } else {
            t.text
        };
        let mut spans = vec![Span::styled(
            format!("{label:<w$}", w = COVERAGE_LABEL),
            if single { t.warning } else { row_style },
        )];
        for &s in &cols {
            let n = c.counts[i][s];
            let text = if n == 0 {
                "·".to_string()
            } else {
                n.to_string()
            };
            let style = if i == app.cov_row && s == app.cov_col {
                t.selected
            } else if n == 0 {
                t.dim
            } else {
                row_style
            };
            spans.push(cell(text, style));
        }
        spans.push(cell(c.issue_totals[i].to_string(), t.bold));
        lines.push(Line::from(spans));
    }
    let mut totals = vec![Span::styled(
        format!("{:<w$}", "total", w = COVERAGE_LABEL),
        t.bold,
    )];
    for &s in &cols {
        totals.push(cell(c.source_totals[s].to_string(), t.bold));
    }
    totals.push(cell(c.total().to_string(), t.bold));
    lines.push(Line::from(totals));
    lines.push(Line::raw(""));
    // The key: which source each column is.
    for &s in &cols {
        let src = &b.sources[s];
        let name = src.title.as_deref().unwrap_or(&src.id);
        let style = if s == app.cov_col {
            t.title_focus
        } else {
            t.dim
        };
        lines.push(Line::styled(
            truncate(
                &format!("#{} {} ({})", s + 1, name, src.id),
                v.list.width as usize,
            ),
            style,
        ));
    }
    // Keep the cursor's row in sight on a short screen.
    let skip = (app.cov_row + 2).saturating_sub(v.list.height as usize);
    frame.render_widget(
        Paragraph::new(lines.into_iter().skip(skip).collect::<Vec<_>>()),
        v.list,
    );
}
