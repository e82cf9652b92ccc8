//! Draws every picture subject, chart option, altered copy and tell as SVG
//! files, for the authoring guide's thumbnails and for reviewing drawings.
//!
//!   cargo run -p drawing --example thumbnails                 # docs/pictures/*.svg
//!   cargo run -p drawing --example thumbnails -- --sheet F.html [GROUP]
//!       a contact sheet of every subject (or one group: Animals, People, …)
//!       in four variants, with tells, for a screenshot
//!   cargo run -p drawing --example thumbnails -- --ids F.html SUBJECT ID...
//!       one subject drawn for each id given: to find an id whose variant fits

use std::fmt::Write as _;
use std::path::Path;

use lesson::{Change, Chart, ChartKind, Look, Picture, Scale, Series, Subject, Tell};

fn picture(id: &str, look: Look) -> Picture {
    Picture { id: id.into(), description: id.into(), look, caption: None, tells: Vec::new() }
}

/// Words for the subjects that show them, so a thumbnail shows how they look.
fn sample_text(subject: Subject) -> Option<(String, Option<String>)> {
    let text = match subject.name() {
        "sign" => "ROAD CLOSED",
        "placard" => "SAVE OUR LIBRARY",
        "banner" => "GRAND OPENING SATURDAY",
        "poster" => "LOST CAT: have you seen Biscuit?",
        "post-screenshot" => "BREAKING: all exams cancelled this summer!! Share before they delete this",
        "message-screenshot" => "Your parcel could not be delivered. Pay £1.99 to rebook: parcel-help.example",
        "logo" => "NORTHMOOR EXAMS",
        "shop-front" => "CORNER BAKERY",
        "school" => "HOLLINSBY HIGH SCHOOL",
        "library" => "PUBLIC LIBRARY",
        "town-hall" => "TOWN HALL",
        "phone" => "Your account is locked. Tap to verify",
        "laptop" => "Sign in to your council account",
        "document" => "Annual report 2025",
        "letter" => "Dear resident,",
        "bottle" => "VITA-GLOW",
        "box" => "STAYWEIR PRO",
        "speaker" => "WELLMARSH COUNCIL",
        _ => return None,
    };
    let author = match subject.name() {
        "post-screenshot" => Some("Northmoor Exams @northmoor_exams".to_owned()),
        "message-screenshot" => Some("PARCELS".to_owned()),
        _ => None,
    };
    Some((text.to_owned(), author))
}

fn subject_picture(subject: Subject, id: &str) -> Picture {
    let (text, author) = sample_text(subject).map_or((None, None), |(t, a)| (Some(t), a));
    picture(id, Look::Drawn { subject, text, author })
}

fn chart(kind: ChartKind) -> Chart {
    Chart {
        kind,
        title: "Library visits a year".into(),
        x_label: Some("Year".into()),
        y_label: Some("Visits".into()),
        unit: Some("thousand".into()),
        labels: ["2019", "2020", "2021", "2022", "2023", "2024"].map(String::from).to_vec(),
        series: vec![Series { name: "Visits".into(), values: vec![52.0, 31.0, 40.0, 46.0, 49.0, 50.0], right: false }],
        source: Some("Source: Wexcombe library service, 2025".into()),
        scale: Scale::default(),
        right_scale: Scale::default(),
        window: None,
        three_d: false,
        hide_scale: false,
    }
}

/// Every chart option, by the name the guide gives it.
fn charts() -> Vec<(&'static str, Chart)> {
    let mut steep = chart(ChartKind::Bar);
    steep.title = "Library visits SOAR".into();
    steep.scale.from = Some(38.0);
    steep.window = Some((2, 5));
    steep.y_label = None;
    steep.unit = None;
    steep.x_label = None;
    steep.source = None;
    let mut two = chart(ChartKind::Line);
    two.title = "Visits and new members".into();
    two.series.push(Series { name: "New members".into(), values: vec![2.1, 1.2, 1.5, 1.9, 2.3, 2.6], right: true });
    let mut solid = chart(ChartKind::Bar);
    solid.three_d = true;
    let mut hidden = chart(ChartKind::Line);
    hidden.hide_scale = true;
    hidden.scale.from = Some(30.0);
    vec![
        ("chart-bar", chart(ChartKind::Bar)),
        ("chart-line", chart(ChartKind::Line)),
        ("chart-y-from-and-window", steep),
        ("chart-right-scale", two),
        ("chart-three-d", solid),
        ("chart-hide-scale", hidden),
    ]
}

fn tells() -> Vec<(&'static str, Picture)> {
    Tell::ALL
        .iter()
        .map(|&tell| {
            // Each tell on a subject that shows it well, as the gallery's Picture Desk does.
            let name = match tell {
                Tell::GarbledText | Tell::ExtraFinger => "placard",
                Tell::MismatchedEarrings => "portrait",
                Tell::MeltingBackground => "house",
                Tell::ImpossibleShadow => "fox",
            };
            let subject = Subject::named(name).expect("a subject");
            let mut p = subject_picture(subject, "tell-example");
            p.tells = vec![tell];
            (tell.name(), p)
        })
        .collect()
}

fn copies() -> Vec<(&'static str, Vec<Picture>)> {
    let original = picture(
        "flood-2019",
        Look::Drawn { subject: Subject::named("flood").expect("flood"), text: None, author: None },
    );
    let copy = |name: &'static str, changes: Vec<Change>, caption: Option<&str>| {
        let mut p = picture(name, Look::Copy { of: "flood-2019".into(), changes });
        p.caption = caption.map(String::from);
        (name, vec![original.clone(), p])
    };
    vec![
        ("copy-original", vec![original.clone()]),
        copy("copy-crop", vec![Change::Crop], None),
        copy("copy-mirror", vec![Change::Mirror], None),
        copy("copy-recolour", vec![Change::Recolour], None),
        copy("copy-recaptioned", vec![], Some("PELLFORD THIS MORNING")),
    ]
}

fn svg_of(p: &Picture, all: &[Picture]) -> String {
    use std::sync::atomic::{AtomicUsize, Ordering};
    // Each picture's gradient needs an id of its own on the page.
    static KEYS: AtomicUsize = AtomicUsize::new(0);
    let drawing = drawing::draw(p, all).expect("a drawn picture");
    drawing::svg::render(&drawing, &format!("{}-{}", p.id, KEYS.fetch_add(1, Ordering::Relaxed)), &p.description)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(at) = args.iter().position(|a| a == "--ids") {
        let file = args.get(at + 1).expect("--ids FILE.html SUBJECT ID...");
        let subject = args.get(at + 2).and_then(|s| Subject::named(s)).expect("a subject");
        let mut html = String::from("<!doctype html><meta charset=utf-8><style>svg{width:240px;margin:4px}figure{display:inline-block;margin:0}</style>");
        for id in &args[at + 3..] {
            let _ = write!(
                html,
                "<figure>{}<figcaption>{id}</figcaption></figure>",
                svg_of(&subject_picture(subject, id), &[])
            );
        }
        std::fs::write(file, html).expect("write the page");
        return;
    }
    if let Some(at) = args.iter().position(|a| a == "--sheet") {
        let file = args.get(at + 1).expect("--sheet FILE.html");
        let only = args.get(at + 2);
        sheet(Path::new(file), only.map(String::as_str));
        return;
    }
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/pictures");
    std::fs::create_dir_all(&out).expect("docs/pictures");
    let mut written = 0;
    let mut write = |name: &str, svg: String| {
        std::fs::write(out.join(format!("{name}.svg")), svg).expect("write a thumbnail");
        written += 1;
    };
    for subject in Subject::all() {
        let p = subject_picture(subject, subject.name());
        write(subject.name(), svg_of(&p, &[]));
    }
    for (name, chart) in charts() {
        let p = picture(name, Look::Chart(Box::new(chart)));
        write(name, svg_of(&p, &[]));
    }
    for (name, all) in copies() {
        let p = all.last().expect("a picture");
        write(name, svg_of(p, &all));
    }
    for (name, p) in tells() {
        write(&format!("tell-{name}"), svg_of(&p, &[]));
    }
    println!("wrote {written} thumbnails to {}", out.display());
}

/// A page of every subject in four variants (ids), with each tell once, to look at.
fn sheet(file: &Path, only: Option<&str>) {
    let mut html = String::from(
        "<!doctype html><meta charset=utf-8><style>body{font:12px sans-serif;margin:8px;background:#fff}\
         .row{display:flex;gap:6px;margin-bottom:6px;align-items:center}.row b{width:110px}\
         svg{width:200px;height:auto;border:1px solid #ccc}</style>",
    );
    let ids = ["river-view", "mayor", "tuesday", "pell-42"];
    for subject in Subject::all().into_iter().filter(|&s| only.is_none_or(|g| g == group(s))) {
        let _ = write!(html, "<div class=row><b>{}</b>", subject.name());
        for id in ids {
            html.push_str(&svg_of(&subject_picture(subject, id), &[]));
        }
        let mut with_tells = subject_picture(subject, "tells");
        with_tells.tells = Tell::ALL
            .iter()
            .copied()
            .filter(|t| match t {
                Tell::ExtraFinger | Tell::MismatchedEarrings => subject.shows_a_person(),
                Tell::GarbledText => with_tells_has_words(subject),
                _ => true,
            })
            .collect();
        html.push_str(&svg_of(&with_tells, &[]));
        html.push_str("</div>");
    }
    if only.is_none() || only == Some("Charts") {
        html.push_str("<div class=row><b>charts</b>");
        for (name, chart) in charts() {
            html.push_str(&svg_of(&picture(name, Look::Chart(Box::new(chart))), &[]));
        }
        html.push_str("</div><div class=row><b>copies</b>");
        for (_, all) in copies() {
            html.push_str(&svg_of(all.last().expect("a picture"), &all));
        }
        html.push_str("</div>");
    }
    std::fs::write(file, html).expect("write the sheet");
    println!("wrote {}", file.display());
}

/// The group `--sheet` names to draw only some subjects.
fn group(subject: Subject) -> &'static str {
    match subject {
        Subject::Animal(_) => "Animals",
        Subject::People(_) => "People",
        Subject::Building(_) => "Buildings",
        Subject::Place(_) => "Places",
        Subject::Thing(_) => "Things",
        Subject::Words(_) => "Words",
    }
}

fn with_tells_has_words(subject: Subject) -> bool {
    sample_text(subject).is_some()
}
