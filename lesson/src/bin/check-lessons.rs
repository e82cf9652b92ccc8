//! `check-lessons FILE...`: validates lesson files with the same code the kit
//! uses, and prints every problem with its line and column.

use std::io::IsTerminal;
use std::process::ExitCode;

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: check-lessons LESSON.toml...");
        return ExitCode::from(2);
    }
    let colour = std::io::stderr().is_terminal();
    let mut failed = 0;
    for file in &files {
        let source = match std::fs::read_to_string(file) {
            Ok(source) => source,
            Err(error) => {
                eprintln!("{file}: cannot read the file: {error}");
                failed += 1;
                continue;
            }
        };
        match lesson::parse_lesson(file, &source) {
            Ok(lesson) => println!(
                "ok  {file}: \"{}\" ({} sites, {} activities)",
                lesson.title,
                lesson.web.sites.len(),
                lesson.activities.len()
            ),
            Err(diagnostics) => {
                eprintln!("{}\n", lesson::report::render(&source, &diagnostics, colour));
                failed += 1;
            }
        }
    }
    if failed > 0 {
        eprintln!("{failed} of {} lesson files have problems.", files.len());
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
