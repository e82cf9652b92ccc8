//! A page that shows every picture of some lesson or skills-check files
//! beside its description and the pages that show it, for reviewing that
//! each drawing agrees with what the lesson says it shows.
//!
//!   cargo run -p drawing --example review -- OUT.html lessons/*.toml checks/*.toml

use std::fmt::Write as _;
use std::path::Path;

use drawing::svg::escape;
use lesson::{Look, MockWeb, Picture};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (out, files) = args.split_first().expect("usage: review OUT.html FILE...");
    let mut html = String::from(
        "<!doctype html><meta charset=utf-8><title>Picture review</title><style>body{font:13px sans-serif;margin:10px}\
         .pic{display:grid;grid-template-columns:330px 1fr;gap:10px;border-top:1px solid #ccc;padding:6px 0}\
         svg,img{width:320px;height:auto;border:1px solid #ddd}h2{margin:18px 0 4px}.where{color:#555}</style>",
    );
    for file in files {
        let source = std::fs::read_to_string(file).expect("readable file");
        let images = lesson::image_file::beside(Path::new(file));
        let (title, pictures, web): (String, Vec<Picture>, MockWeb) = if source.lines().any(|l| l.trim() == "[[items]]")
        {
            let check = lesson::parse_skills_check(file, &source).expect("a valid skills check");
            (check.title, check.pictures, check.web)
        } else {
            let lesson = lesson::parse_lesson_with_images(file, &source, &images).expect("a valid lesson");
            (lesson.title, lesson.pictures, lesson.web)
        };
        let _ = write!(html, "<h2>{} <small>({})</small></h2>", escape(&title), escape(file));
        for picture in &pictures {
            let shown = match &picture.look {
                Look::Image(image) => {
                    format!("<p>[image file {} {}×{}]</p>", escape(&image.file), image.width, image.height)
                }
                _ => drawing::draw(picture, &pictures)
                    .map(|d| drawing::svg::render(&d, &format!("{file}-{}", picture.id), &picture.description))
                    .unwrap_or_default(),
            };
            let kind = match &picture.look {
                Look::Drawn { subject, text, .. } => format!(
                    "subject {}{}",
                    subject.name(),
                    text.as_ref().map(|t| format!(", text “{t}”")).unwrap_or_default()
                ),
                Look::Chart(c) => format!("chart: {}", c.title),
                Look::Copy { of, changes } => format!("copy of {of}: {:?}", changes),
                Look::Image(_) => "image file".into(),
            };
            let pages: Vec<String> = web
                .sites
                .iter()
                .flat_map(|s| {
                    s.pages
                        .iter()
                        .filter(|p| p.pictures().contains(&picture.id.as_str()))
                        .map(move |p| format!("{}{}", s.domain, p.path))
                })
                .collect();
            let _ = write!(
                html,
                "<div class=pic>{shown}<div><b>{}</b> — {}<br>{}{}<p class=where>on: {}</p></div></div>",
                escape(&picture.id),
                escape(&kind),
                escape(&picture.description),
                picture.caption.as_ref().map(|c| format!("<br>caption strip: “{}”", escape(c))).unwrap_or_default(),
                escape(&pages.join(", "))
            );
            if !picture.tells.is_empty() {
                let tells: Vec<&str> = picture.tells.iter().map(|t| t.name()).collect();
                let _ = write!(html, "<p>tells: {}</p>", tells.join(", "));
            }
        }
    }
    std::fs::write(out, html).expect("write the review page");
    println!("wrote {out}");
}
