//! Opens the explorer on the built-in briefing: `cargo run --example tui [RFC3339]`.

fn main() -> std::io::Result<()> {
    let briefing = match brief::briefing::load::builtin() {
        Ok(b) => b,
        Err(errors) => {
            for e in errors {
                eprintln!("{e}");
            }
            std::process::exit(2);
        }
    };
    let now = std::env::args()
        .nth(1)
        .map(|s| chrono::DateTime::parse_from_rfc3339(&s).expect("an RFC 3339 time"));
    let env = brief::style::ColorEnv::from_process();
    let colour = brief::style::use_color(brief::style::ColorWhen::Auto, &env, true);
    let ending = brief::tui::term::run(
        briefing,
        brief::tui::term::Options {
            now,
            colour,
            ..Default::default()
        },
    )?;
    if let brief::tui::term::Ending::Signal(signal) = ending {
        std::process::exit(128 + signal);
    }
    Ok(())
}
