//! A file's `[[pictures]]`, checked and built. Each picture is made from
//! exactly one thing (a subject, a chart, another picture, an image file);
//! the fields that go with one and not another are checked here, so that a
//! misplaced field says what it belongs to.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use toml::Spanned;

use super::{nearest, Checker};
use crate::image_file::{self, MAX_LESSON_IMAGE_BYTES};
use crate::model::{Change, Chart, ChartKind, ImageFile, Look, Picture, Scale, Series, Subject, Tell};
use crate::parse::{RawChart, RawPicture, Text};

/// Names of the twelve scenes of earlier kits that are not subjects now, and what to write instead.
const OLD_SCENES: [(&str, &str); 4] = [
    ("animal", "animals are named by kind: `hedgehog`, `fox`, `adder`, `hornet`, `bird`, `dog`, `cat`, `fish` or `otter`"),
    ("building", "buildings are named by what they are: `house`, `school`, `library`, `town-hall`, `shop-front`, `hospital`, `factory` or `office`"),
    ("product", "things are named by what they are, such as `bottle`, `box`, `phone`, `heater`, `earbuds` or `glasses`"),
    ("chart", "a chart is drawn from its numbers: add a `[pictures.chart]` table instead of `subject`"),
];

/// The most series one chart may draw; more cannot be told apart.
const MAX_SERIES: usize = 4;

pub(super) fn pictures(check: &mut Checker, raw: Vec<RawPicture>) -> Vec<Picture> {
    let mut ids = HashSet::new();
    let mut image_bytes = 0;
    let mut built = Vec::new();
    // Copies are checked once every picture is known: the original may come later in the file.
    let mut copies = Vec::new();
    for picture in raw {
        if !ids.insert(picture.id.get_ref().clone()) {
            check.report(
                picture.id.span(),
                format!("Two pictures have the id `{}`.", picture.id.get_ref()),
                Some("give each picture its own id; use one id on several pages to show the same picture".into()),
            );
        }
        let id_span = picture.id.span();
        let id = check.identifier(picture.id, "picture id");
        let description = check.text(picture.description, "picture description");
        let sources: Vec<(&str, Range<usize>)> = [
            ("subject", picture.subject.as_ref().map(Spanned::span)),
            ("chart", picture.chart.as_ref().map(Spanned::span)),
            ("copy_of", picture.copy_of.as_ref().map(Spanned::span)),
            ("file", picture.file.as_ref().map(Spanned::span)),
        ]
        .into_iter()
        .filter_map(|(name, span)| span.map(|span| (name, span)))
        .collect();
        if let [(first, _), (second, span), ..] = sources.as_slice() {
            check.report(
                span.clone(),
                format!("The picture `{id}` is made from both `{first}` and `{second}`; a picture is made from one."),
                Some("keep one of them, or make a second picture with its own id".into()),
            );
        }
        let kind = sources.first().map(|(name, _)| *name);
        misplaced(check, &picture.text, "text", kind, &["subject"]);
        misplaced(check, &picture.author, "author", kind, &["subject"]);
        misplaced(check, &picture.caption, "caption", kind, &["subject", "copy_of"]);
        misplaced(check, &picture.changes, "changes", kind, &["copy_of"]);
        misplaced(check, &picture.tells, "tells", kind, &["subject", "copy_of"]);

        let tells = picture.tells.as_ref().map(|tells| self::tells(check, tells)).unwrap_or_default();
        let caption = picture.caption.map(|c| check.text(c, "picture caption"));
        let look = if let Some(subject) = picture.subject {
            drawn(check, subject, picture.text, picture.author, &caption, &tells)
        } else if let Some(chart) = picture.chart {
            chart_of(check, chart.into_inner()).map(|chart| Look::Chart(Box::new(chart)))
        } else if let Some(of) = picture.copy_of {
            let changes = picture.changes.as_ref().map(|changes| self::changes(check, changes)).unwrap_or_default();
            // A misspelt change is reported as that, not also as "no change".
            let none_written = picture.changes.as_ref().is_none_or(|c| c.get_ref().is_empty());
            if none_written && caption.is_none() {
                check.report(
                    of.span(),
                    format!("The copy `{id}` is no different from `{}`.", of.get_ref()),
                    Some("list what was done to it, such as `changes = [\"crop\", \"mirror\"]`, or give it a new `caption`; to show the same picture again, use the original's id".into()),
                );
            }
            copies.push((built.len(), of.span(), picture.tells.as_ref().map(Spanned::span)));
            Some(Look::Copy { of: of.into_inner(), changes })
        } else if let Some(file) = picture.file {
            image(check, file, &mut image_bytes).map(Look::Image)
        } else {
            check.report(
                id_span,
                format!("The picture `{id}` does not say what it shows."),
                Some("add `subject = \"hedgehog\"` (the authoring guide lists every subject), a `[pictures.chart]` table, `copy_of = \"another-picture\"` or `file = \"screenshot.png\"`".into()),
            );
            None
        };
        built.push(Picture {
            id,
            description,
            // A broken picture is still listed, so pages that show it are not reported twice.
            look: look.unwrap_or(Look::Drawn {
                subject: Subject::Thing(crate::model::Thing::Document),
                text: None,
                author: None,
            }),
            caption,
            tells: tells.into_iter().map(|(tell, _)| tell).collect(),
        });
    }
    check_copies(check, &built, &copies);
    built
}

/// Reports a field given for a kind of picture that does not take it.
fn misplaced<T>(check: &mut Checker, field: &Option<Spanned<T>>, name: &str, kind: Option<&str>, takes: &[&str]) {
    let (Some(field), Some(kind)) = (field, kind) else { return };
    if !takes.contains(&kind) {
        let with = takes.iter().map(|t| format!("`{t}`")).collect::<Vec<_>>().join(" or ");
        check.report(
            field.span(),
            format!("A picture made from `{kind}` has no `{name}`; `{name}` goes with a picture made from {with}."),
            Some(format!("remove `{name}`, or make this picture from {with}")),
        );
    }
}

fn drawn(
    check: &mut Checker,
    subject: Text,
    text: Option<Text>,
    author: Option<Text>,
    caption: &Option<String>,
    tells: &[(Tell, Range<usize>)],
) -> Option<Look> {
    let name = subject.get_ref().trim();
    let Some(found) = Subject::named(name) else {
        let help = OLD_SCENES
            .iter()
            .find(|(old, _)| *old == name)
            .map(|(_, instead)| (*instead).to_owned())
            .or_else(|| {
                nearest(name, Subject::all().into_iter().map(|s| s.name().to_owned()))
                    .map(|n| format!("did you mean `{n}`?"))
            })
            .unwrap_or_else(|| "use one of the subjects the authoring guide lists".into());
        check.report(subject.span(), format!("`{name}` is not a subject the kit can draw."), Some(help));
        return None;
    };
    if found.needs_text() && text.is_none() {
        check.report(
            subject.span(),
            format!("A `{name}` picture shows words: give them in `text`."),
            Some(format!("add `text = \"…\"` with what the {name} says")),
        );
    }
    if let Some(text) = &text {
        if !found.takes_text() {
            check.report(
                text.span(),
                format!("A `{name}` picture has nowhere to show words."),
                Some("put the words in `caption` (a strip across the picture), or use a subject that shows words, such as `sign`, `placard` or `phone`".into()),
            );
        }
    }
    let screenshot =
        matches!(found, Subject::Words(crate::model::Words::PostScreenshot | crate::model::Words::MessageScreenshot));
    if let (Some(author), false) = (&author, screenshot) {
        check.report(
            author.span(),
            format!("A `{name}` picture has no author to show."),
            Some("`author` goes with `post-screenshot` and `message-screenshot`: who posted or sent it".into()),
        );
    }
    for (tell, span) in tells {
        tell_fits(check, *tell, span.clone(), found, text.is_some() || caption.is_some());
    }
    let text = text.map(|t| check.text(t, "picture text"));
    let author = author.map(|a| check.text(a, "picture author"));
    Some(Look::Drawn { subject: found, text, author })
}

/// A tell must have something to be drawn on: a hand, an ear, some words.
fn tell_fits(check: &mut Checker, tell: Tell, span: Range<usize>, subject: Subject, has_words: bool) {
    let problem = match tell {
        Tell::ExtraFinger | Tell::MismatchedEarrings if !subject.shows_a_person() => Some(format!(
            "`{}` needs a person in the picture, and a `{}` picture has none.",
            tell.name(),
            subject.name()
        )),
        Tell::GarbledText if !has_words => {
            Some("`garbled-text` needs words to garble: give the picture `text` or a `caption`.".to_owned())
        }
        _ => None,
    };
    if let Some(problem) = problem {
        check.report(
            span,
            problem,
            Some("choose a tell the picture can show; the authoring guide says what each one needs".into()),
        );
    }
}

fn tells(check: &mut Checker, raw: &Spanned<Vec<Text>>) -> Vec<(Tell, Range<usize>)> {
    let mut seen = HashSet::new();
    raw.get_ref()
        .iter()
        .filter_map(|name| {
            let Some(tell) = Tell::named(name.get_ref().trim()) else {
                let help = nearest(name.get_ref(), Tell::ALL.iter().map(|t| t.name().to_owned()))
                    .map(|n| format!("did you mean `{n}`?"))
                    .unwrap_or_else(|| format!("the tells are {}", names(Tell::ALL.iter().map(|t| t.name()))));
                check.report(name.span(), format!("`{}` is not a tell the kit can draw.", name.get_ref()), Some(help));
                return None;
            };
            if !seen.insert(tell) {
                check.report(name.span(), format!("The tell `{}` is listed twice.", tell.name()), None);
            }
            Some((tell, name.span()))
        })
        .collect()
}

fn changes(check: &mut Checker, raw: &Spanned<Vec<Text>>) -> Vec<Change> {
    let mut found: Vec<Change> = Vec::new();
    for name in raw.get_ref() {
        match Change::ALL.into_iter().find(|c| c.name() == name.get_ref().trim()) {
            Some(change) if found.contains(&change) => {
                check.report(name.span(), format!("The change `{}` is listed twice.", change.name()), None)
            }
            Some(change) => found.push(change),
            None => {
                let help = nearest(name.get_ref(), Change::ALL.iter().map(|c| c.name().to_owned()))
                    .map(|n| format!("did you mean `{n}`?"))
                    .unwrap_or_else(|| {
                        format!(
                            "the changes are {}; a new caption is `caption = \"…\"`",
                            names(Change::ALL.iter().map(|c| c.name()))
                        )
                    });
                check.report(
                    name.span(),
                    format!("`{}` is not a change the kit can make.", name.get_ref()),
                    Some(help),
                );
            }
        }
    }
    found
}

fn names<'a>(names: impl Iterator<Item = &'a str>) -> String {
    names.map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
}

/// Copies must name another picture that is drawn (not a file), without a loop;
/// their tells must fit what the original shows.
/// A copy to check once every picture is read: its index, where `copy_of` is
/// written, and where its `tells` are, if it has any.
type PendingCopy = (usize, Range<usize>, Option<Range<usize>>);

fn check_copies(check: &mut Checker, pictures: &[Picture], copies: &[PendingCopy]) {
    let by_id: HashMap<&str, &Picture> = pictures.iter().map(|p| (p.id.as_str(), p)).collect();
    for (index, span, tells_span) in copies {
        let copy = &pictures[*index];
        let mut seen = vec![copy.id.as_str()];
        let mut current = copy;
        let mut has_words = copy.caption.is_some();
        let original = loop {
            let Some(of) = current.copy_of() else { break Some(current) };
            if seen.contains(&of) {
                check.report(
                    span.clone(),
                    format!("The picture `{}` is a copy of itself, through {}.", copy.id, names(seen.iter().copied())),
                    Some("make the first picture of the chain from a `subject` or a `chart`".into()),
                );
                break None;
            }
            let Some(next) = by_id.get(of) else {
                let help = nearest(of, pictures.iter().map(|p| p.id.clone()))
                    .map(|n| format!("did you mean `{n}`?"))
                    .unwrap_or_else(|| "name the `id` of another picture in this file".into());
                check.report(span.clone(), format!("There is no picture with the id `{of}` to copy."), Some(help));
                break None;
            };
            seen.push(of);
            has_words |= next.caption.is_some();
            current = next;
        };
        let Some(original) = original else { continue };
        match &original.look {
            Look::Image(_) => check.report(
                span.clone(),
                format!("`{}` is an image file; the kit can only copy the pictures it draws.", original.id),
                Some("save the changed image as a file of its own and name it with `file`".into()),
            ),
            Look::Drawn { subject, text, .. } => {
                for tell in &copy.tells {
                    tell_fits(
                        check,
                        *tell,
                        tells_span.clone().unwrap_or(span.clone()),
                        *subject,
                        has_words || text.is_some(),
                    );
                }
            }
            Look::Chart(_) if !copy.tells.is_empty() => check.report(
                tells_span.clone().unwrap_or(span.clone()),
                "A chart has no tells of a generated image to draw.",
                Some("remove `tells`, or copy a drawn picture instead".into()),
            ),
            Look::Chart(_) | Look::Copy { .. } => {}
        }
    }
}

fn image(check: &mut Checker, file: Text, total: &mut usize) -> Option<ImageFile> {
    let name = file.get_ref().trim();
    if name.is_empty() || name.contains(['/', '\\']) || name.starts_with('.') {
        check.report(
            file.span(),
            format!("`{name}` should be the name of an image file beside the lesson file, with no folder."),
            Some("for example `file = \"redacted-email.png\"`; keep the image beside the lesson file, or in an `images` folder next to it".into()),
        );
        return None;
    }
    let Some(bytes) = check.image(name) else {
        check.report(
            file.span(),
            format!("The image file `{name}` is missing."),
            Some(format!("put `{name}` beside the lesson file or in an `images` folder next to it; when adding a lesson in the kit, choose the lesson file and its images together")),
        );
        return None;
    };
    match image_file::check(name, &bytes) {
        Ok(found) => {
            *total += bytes.len();
            if *total > MAX_LESSON_IMAGE_BYTES {
                check.report(
                    file.span(),
                    format!(
                        "With `{name}`, this lesson's images come to {} KB; a lesson's images may be at most {} KB in all.",
                        total.div_ceil(1024),
                        MAX_LESSON_IMAGE_BYTES / 1024
                    ),
                    Some("use fewer images, or save them smaller".into()),
                );
            }
            Some(ImageFile {
                file: name.to_owned(),
                format: found.format,
                width: found.width,
                height: found.height,
                bytes,
            })
        }
        Err(problem) => {
            check.report(file.span(), problem, None);
            None
        }
    }
}

fn chart_of(check: &mut Checker, raw: RawChart) -> Option<Chart> {
    let kind_name = raw.kind.get_ref().trim();
    let kind = ChartKind::ALL.into_iter().find(|k| k.name() == kind_name);
    if kind.is_none() {
        check.report(
            raw.kind.span(),
            format!("`{kind_name}` is not a chart the kit can draw."),
            Some(
                nearest(kind_name, ChartKind::ALL.iter().map(|k| k.name().to_owned()))
                    .map(|n| format!("did you mean `{n}`?"))
                    .unwrap_or_else(|| "use `type = \"bar\"` or `type = \"line\"`".into()),
            ),
        );
    }
    let labels_span = raw.labels.span();
    let labels: Vec<String> = raw.labels.into_inner().into_iter().map(|l| check.text(l, "chart label")).collect();
    if labels.len() < 2 {
        check.report(
            labels_span.clone(),
            "A chart needs at least two labels.",
            Some("give one label per value, such as `labels = [\"2024\", \"2025\"]`".into()),
        );
    }
    if raw.series.is_empty() || raw.series.len() > MAX_SERIES {
        check.report(
            labels_span.clone(),
            format!("A chart needs between 1 and {MAX_SERIES} series of values; this one has {}.", raw.series.len()),
            Some("add a `[[pictures.chart.series]]` table with `name` and `values`".into()),
        );
    }
    let mut series = Vec::new();
    for raw_series in raw.series {
        let name = check.text(raw_series.name, "series name");
        let values_span = raw_series.values.span();
        let values: Vec<f64> = raw_series
            .values
            .into_inner()
            .into_iter()
            .map(|value| {
                if !value.get_ref().is_finite() {
                    check.report(
                        value.span(),
                        "A chart's values must be ordinary numbers.",
                        Some("write a number such as `12` or `4.5`".into()),
                    );
                }
                *value.get_ref()
            })
            .collect();
        if values.len() != labels.len() {
            check.report(
                values_span,
                format!("The series `{name}` has {} values, but the chart has {} labels.", values.len(), labels.len()),
                Some("give one value per label, in the same order".into()),
            );
        }
        series.push(Series { name, values, right: raw_series.right.is_some_and(|r| r.into_inner()) });
    }
    let label_index = |check: &mut Checker, text: &Option<Text>| -> Option<usize> {
        let text = text.as_ref()?;
        let found = labels.iter().position(|l| l == text.get_ref());
        if found.is_none() {
            let help = nearest(text.get_ref(), labels.iter().cloned())
                .map(|n| format!("did you mean `{n}`?"))
                .unwrap_or_else(|| "use one of the chart's `labels`, written the same way".into());
            check.report(text.span(), format!("`{}` is not one of the chart's labels.", text.get_ref()), Some(help));
        }
        found
    };
    let from = label_index(check, &raw.from);
    let to = label_index(check, &raw.to);
    let window = if raw.from.is_some() || raw.to.is_some() {
        let (first, last) = (from.unwrap_or(0), to.unwrap_or(labels.len().saturating_sub(1)));
        if last <= first {
            let span = raw.to.as_ref().or(raw.from.as_ref()).map_or(labels_span.clone(), Spanned::span);
            check.report(
                span,
                "A chart's `from` label must come before its `to` label, with at least two labels shown.",
                None,
            );
        }
        Some((first, last))
    } else {
        None
    };
    let has_right = series.iter().any(|s| s.right);
    for (field, name) in [(&raw.right_from, "right_from"), (&raw.right_to, "right_to")] {
        if let (Some(field), false) = (field, has_right) {
            check.report(
                field.span(),
                format!("`{name}` sets the right-hand scale, but no series is drawn against it."),
                Some("add `right = true` to the series that uses the right-hand scale, or remove the field".into()),
            );
        }
    }
    let scale = scale(check, &raw.y_from, &raw.y_to, "y");
    let right_scale = scale_of_right(check, &raw.right_from, &raw.right_to);
    let three_d = raw.three_d.map(|t| (t.span(), t.into_inner()));
    if let (Some((span, true)), Some(ChartKind::Line)) = (&three_d, kind) {
        check.report(
            span.clone(),
            "Only a bar chart can be drawn in 3-D.",
            Some("remove `three_d`, or use `type = \"bar\"`".into()),
        );
    }
    // A scale that starts above every value shows nothing at all: a mistake, not a trick.
    let shown: Vec<f64> = series.iter().filter(|s| !s.right).flat_map(|s| s.values.iter().copied()).collect();
    if let (Some(start), Some(highest)) = (scale.from, shown.iter().copied().reduce(f64::max)) {
        if start >= highest {
            if let Some(field) = &raw.y_from {
                check.report(
                    field.span(),
                    format!("The scale starts at {start}, at or above every value, so no bar or line would show."),
                    Some("start the scale below the lowest value you want to show".into()),
                );
            }
        }
    }
    Some(Chart {
        kind: kind?,
        title: check.text(raw.title, "chart title"),
        x_label: raw.x_label.map(|t| check.text(t, "chart's x_label")),
        y_label: raw.y_label.map(|t| check.text(t, "chart's y_label")),
        unit: raw.unit.map(|t| check.text(t, "chart's unit")),
        labels,
        series,
        source: raw.source.map(|t| check.text(t, "chart's source")),
        scale,
        right_scale,
        window,
        three_d: three_d.is_some_and(|(_, on)| on),
        hide_scale: raw.hide_scale,
    })
}

fn scale(check: &mut Checker, from: &Option<Spanned<f64>>, to: &Option<Spanned<f64>>, axis: &str) -> Scale {
    let scale = Scale { from: from.as_ref().map(|f| *f.get_ref()), to: to.as_ref().map(|t| *t.get_ref()) };
    if let (Some(low), Some(high), Some(span)) = (scale.from, scale.to, to.as_ref().map(Spanned::span)) {
        if low >= high {
            check.report(
                span,
                format!("The scale must end above where it starts: `{axis}_to` is not above `{axis}_from`."),
                None,
            );
        }
    }
    scale
}

fn scale_of_right(check: &mut Checker, from: &Option<Spanned<f64>>, to: &Option<Spanned<f64>>) -> Scale {
    scale(check, from, to, "right")
}
