//! Checks every built-in lesson with the same parser and validator the app
//! uses, and embeds them. A broken lesson fails the build with its file,
//! line, column and what to fix, exactly as `check-lessons` prints it.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let lessons_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
    println!("cargo::rerun-if-changed={}", lessons_dir.display());

    let mut files: Vec<_> = match std::fs::read_dir(&lessons_dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
            .collect(),
        Err(error) => fail(&format!("cannot read {}: {error}", lessons_dir.display())),
    };
    files.sort();

    let mut generated = String::from(
        "/// Every lesson in `lessons/`, checked at build time.\npub const BUILT_IN: &[BuiltInLesson] = &[\n",
    );
    let mut problems = Vec::new();
    for path in &files {
        println!("cargo::rerun-if-changed={}", path.display());
        let name = format!("lessons/{}", path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default());
        let source = std::fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("cannot read {name}: {e}")));
        if let Err(diagnostics) = lesson::parse_lesson(&name, &source) {
            problems.push(lesson::report::render(&source, &diagnostics, false));
        }
        let _ = writeln!(
            generated,
            "    BuiltInLesson {{ file: {name:?}, source: include_str!({:?}) }},",
            path.display().to_string()
        );
    }
    generated.push_str("];\n");
    if !problems.is_empty() {
        fail(&format!(
            "{}\n\n{} built-in lesson file(s) have problems; fix them or run `./kit check` for the same report.",
            problems.join("\n\n"),
            problems.len()
        ));
    }
    if files.is_empty() {
        fail("there are no lesson files in lessons/");
    }
    let out =
        Path::new(&std::env::var("OUT_DIR").unwrap_or_else(|_| fail("OUT_DIR is not set"))).join("built_in_lessons.rs");
    std::fs::write(&out, generated).unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", out.display())));
}

fn fail(message: &str) -> ! {
    eprintln!("\n{message}\n");
    std::process::exit(1);
}
