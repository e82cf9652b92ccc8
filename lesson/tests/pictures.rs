//! Pictures in lesson files: a trainer's own image files (found by name,
//! checked by their bytes and their size), and tells that activities and
//! clues point at. Built on the minimal fixture, so each test shows the
//! lines it adds.

use std::sync::Arc;

use lesson::image_file::{MAX_IMAGE_BYTES, MAX_LESSON_IMAGE_BYTES};
use lesson::{parse_lesson_with_images, Diagnostic, ImageFormat, Lesson, Look};

const MINIMAL: &str = include_str!("fixtures/minimal.toml");

/// The smallest PNG header that says it is `width` × `height`.
fn png(width: u32, height: u32, size: usize) -> Vec<u8> {
    let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
    bytes.extend(width.to_be_bytes());
    bytes.extend(height.to_be_bytes());
    bytes.extend([8, 2, 0, 0, 0]);
    bytes.resize(size.max(bytes.len()), 0);
    bytes
}

/// The minimal lesson with `pictures` added, a picture block showing `shown` on its first page.
fn lesson_with(pictures: &str, shown: &[&str]) -> String {
    let blocks: String = shown
        .iter()
        .map(|id| format!("[[sites.pages.blocks]]\ntype = \"picture\"\nid = \"{id}-block\"\npicture = \"{id}\"\n\n"))
        .collect();
    let source = MINIMAL.replacen(
        "says every household can claim.\"\n\n[[sites]]",
        &format!("says every household can claim.\"\n\n{blocks}[[sites]]"),
        1,
    );
    format!("{}\n\n{pictures}", source.trim_end())
}

fn parse(source: &str, files: &[(&str, Vec<u8>)]) -> Result<Lesson, Vec<Diagnostic>> {
    let find = |name: &str| files.iter().find(|(n, _)| *n == name).map(|(_, bytes)| Arc::from(bytes.as_slice()));
    parse_lesson_with_images("image-lesson.toml", source, &find)
}

fn first_message(result: Result<Lesson, Vec<Diagnostic>>) -> String {
    let diagnostics = result.expect_err("the lesson should be refused");
    let first = &diagnostics[0];
    format!("{}:{}: {}", first.location.line, first.location.column, first.message)
}

const SCREENSHOT: &str = "[[pictures]]\nid = \"shot\"\nfile = \"redacted-email.png\"\ndescription = \"A screenshot of an email, names blacked out\"\n";

#[test]
fn an_image_file_chosen_with_the_lesson_is_read_and_kept() {
    let source = lesson_with(SCREENSHOT, &["shot"]);
    let lesson = parse(&source, &[("redacted-email.png", png(640, 400, 2000))]).expect("a valid lesson");
    let Look::Image(image) = &lesson.picture("shot").expect("the picture").look else { panic!("an image file") };
    assert_eq!((image.format, image.width, image.height, image.bytes.len()), (ImageFormat::Png, 640, 400, 2000));
}

#[test]
fn a_missing_fake_or_oversize_image_is_refused_where_the_lesson_names_it() {
    let source = lesson_with(SCREENSHOT, &["shot"]);
    let line = source.lines().position(|l| l.starts_with("file = ")).expect("the file line") + 1;
    let at = format!("{line}:8: ");
    let missing = first_message(parse(&source, &[]));
    assert!(missing.starts_with(&at) && missing.contains("`redacted-email.png` is missing"), "{missing}");
    let fake = first_message(parse(&source, &[("redacted-email.png", b"<svg onload=alert(1)>".to_vec())]));
    assert!(fake.starts_with(&at) && fake.contains("is not a PNG image"), "{fake}");
    let jpeg =
        first_message(parse(&source, &[("redacted-email.png", vec![0xFF, 0xD8, 0xFF, 0xC0, 0, 17, 8, 0, 9, 0, 9])]));
    assert!(jpeg.contains("really a JPEG image"), "{jpeg}");
    let big = first_message(parse(&source, &[("redacted-email.png", png(640, 400, MAX_IMAGE_BYTES + 1))]));
    assert!(big.starts_with(&at) && big.contains("at most 250 KB"), "{big}");
}

#[test]
fn a_lessons_images_together_have_a_limit() {
    let many: String = (0..4)
        .map(|i| {
            format!("[[pictures]]\nid = \"shot-{i}\"\nfile = \"shot-{i}.png\"\ndescription = \"Screenshot {i}\"\n\n")
        })
        .collect();
    let source = lesson_with(&many, &["shot-0", "shot-1", "shot-2", "shot-3"]);
    let each = MAX_LESSON_IMAGE_BYTES / 3 - 1;
    assert!(each < MAX_IMAGE_BYTES);
    let files: Vec<(String, Vec<u8>)> = (0..4).map(|i| (format!("shot-{i}.png"), png(10, 10, each))).collect();
    let files: Vec<(&str, Vec<u8>)> = files.iter().map(|(n, b)| (n.as_str(), b.clone())).collect();
    let message = first_message(parse(&source, &files));
    assert!(message.contains("may be at most 750 KB in all") && message.contains("shot-3.png"), "{message}");
}

const GENERATED: &str = "[[pictures]]\nid = \"protest\"\nsubject = \"placard\"\ntext = \"SAVE OUR BUSES\"\ntells = [\"extra-finger\", \"garbled-text\"]\ndescription = \"A placard with jumbled letters, held by a six-fingered hand\"\n";

fn spot_the_tells(tells: &[&str]) -> String {
    let elements: String = tells
        .iter()
        .map(|tell| {
            format!("[[activities.elements]]\nblock = \"protest-block\"\ntell = \"{tell}\"\nlabel = \"The {tell}\"\nworrying = true\nfeedback = \"A tell.\"\n\n")
        })
        .collect();
    let activity = format!(
        "[[activities]]\nid = \"spot\"\ntype = \"spot-the-clue\"\nprompt = \"What gives the picture away?\"\npage = \"https://daily-grant-news.example/\"\n\n{elements}"
    );
    let source = lesson_with(GENERATED, &["protest"]);
    source.replacen("[debrief]", &format!("{activity}[debrief]"), 1)
}

#[test]
fn spot_the_clue_can_point_at_each_tell_of_a_picture() {
    let lesson = parse(&spot_the_tells(&["extra-finger", "garbled-text"]), &[]).expect("valid");
    let spot = lesson.activity("spot").expect("the activity");
    let keys: Vec<String> = match &spot.kind {
        lesson::ActivityKind::SpotTheClue { elements } => elements.iter().map(|e| e.key()).collect(),
        _ => panic!("spot-the-clue"),
    };
    assert_eq!(keys, ["protest-block#extra-finger", "protest-block#garbled-text"]);
    let answer = lesson::Answer::Spotted { blocks: keys };
    assert_eq!(spot.assess(&answer).expect("assessed").points, 1);
}

#[test]
fn a_tell_the_picture_does_not_show_is_refused_with_the_ones_it_does() {
    let source = spot_the_tells(&["extra-finger", "mismatched-earrings"]);
    let diagnostics = parse(&source, &[]).expect_err("refused");
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    let first = &diagnostics[0];
    assert!(first.message.contains("does not show the tell `mismatched-earrings`"), "{first}");
    let help = first.help.clone().unwrap_or_default();
    assert!(help.contains("`extra-finger`") && help.contains("`garbled-text`"), "{help}");
    let line = source.lines().position(|l| l.contains("tell = \"mismatched-earrings\"")).expect("line") + 1;
    assert_eq!(first.location.line, line);
}
