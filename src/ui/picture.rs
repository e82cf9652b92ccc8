//! A lesson's picture as the learner sees it: drawn by the `drawing` crate
//! (a subject, a chart, an altered copy), or a trainer's own image shown from
//! the kit's memory as a `data:` address, so no file path or web address ever
//! reaches the page. A chart comes with its numbers as a table a screen
//! reader can reach.

use std::sync::atomic::{AtomicU32, Ordering};

use base64::Engine as _;
use leptos::prelude::*;
use lesson::{Chart, ImageFile, Look, Picture};

use crate::ui::words;

pub use drawing::Vary;

/// A picture drawn or shown, named for screen readers by its description.
/// `pictures` are the lesson's, where a copy finds its original.
#[component]
pub fn ShownPicture(picture: Picture, pictures: std::sync::Arc<Vec<Picture>>) -> impl IntoView {
    static KEYS: AtomicU32 = AtomicU32::new(0);
    match &picture.look {
        Look::Image(image) => own_image(image, &picture.description).into_any(),
        Look::Drawn { .. } | Look::Chart(_) | Look::Copy { .. } => {
            let svg = drawing::draw(&picture, &pictures)
                .map(|d| {
                    drawing::svg::render(&d, &KEYS.fetch_add(1, Ordering::Relaxed).to_string(), &picture.description)
                })
                .unwrap_or_default();
            // The SVG is written by the drawing crate, which escapes every word a lesson gives it.
            view! { <span class="drawn-picture-frame" inner_html=svg></span> }.into_any()
        }
    }
}

fn own_image(image: &ImageFile, description: &str) -> impl IntoView {
    let src = format!(
        "data:{};base64,{}",
        image.format.mime_type(),
        base64::engine::general_purpose::STANDARD.encode(&image.bytes)
    );
    view! {
        <img class="drawn-picture own-image" src=src alt=description.to_owned()
            width=image.width.to_string() height=image.height.to_string()/>
    }
}

/// The chart a picture draws, if it draws one (a copy of a chart counts).
pub fn chart_of<'a>(picture: &'a Picture, pictures: &'a [Picture]) -> Option<&'a Chart> {
    let mut current = picture;
    for _ in 0..=pictures.len() {
        match &current.look {
            Look::Chart(chart) => return Some(chart),
            Look::Copy { of, .. } => current = pictures.iter().find(|p| &p.id == of)?,
            Look::Drawn { .. } | Look::Image(_) => return None,
        }
    }
    None
}

/// A chart's numbers, behind "Show the numbers": the table of what the chart
/// shows, and what its scale does, in words, so a learner who cannot see the
/// chart can still find a scale that does not start at zero.
#[component]
pub fn ChartNumbers(chart: Chart) -> impl IntoView {
    let shown: Vec<usize> = chart.shown().collect();
    let (left, right) = drawing::axes(&chart);
    let unit = chart.unit.clone().map(|u| if u == "%" { u } else { format!(" {u}") }).unwrap_or_default();
    let mut notes = Vec::new();
    if chart.hide_scale {
        notes.push(words::charts::NO_NUMBERS_ON_ITS_SCALE.to_owned());
    }
    let range =
        |axis: &drawing::Axis| words::charts::range(&drawing::written(axis.from), &drawing::written(axis.to), &unit);
    notes.push(words::charts::scale_runs(chart.has_right_scale(), &range(&left), left.from > 0.0));
    if let Some(right) = &right {
        let names: Vec<&str> = chart.series.iter().filter(|s| s.right).map(|s| s.name.as_str()).collect();
        notes.push(words::charts::second_scale(&names, &range(right)));
    }
    if let Some((first, last)) = chart.window {
        notes.push(words::charts::shows_only(
            &chart.labels[first],
            &chart.labels[last],
            &chart.labels.first().cloned().unwrap_or_default(),
            &chart.labels.last().cloned().unwrap_or_default(),
        ));
    }
    if chart.three_d {
        notes.push(words::charts::DRAWN_IN_3D.to_owned());
    }
    if chart.source.is_none() {
        notes.push(words::charts::NO_SOURCE.to_owned());
    }
    let heading = chart.x_label.clone().unwrap_or_default();
    let columns = chart.series.iter().map(|s| view! { <th scope="col">{s.name.clone()}</th> }).collect_view();
    let rows = shown
        .iter()
        .map(|&i| {
            let cells = chart
                .series
                .iter()
                .map(|s| view! { <td>{s.values.get(i).map(|v| drawing::written(*v)).unwrap_or_default()}</td> })
                .collect_view();
            view! { <tr><th scope="row">{chart.labels[i].clone()}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <details class="chart-numbers">
            <summary>{words::charts::SHOW_THE_NUMBERS}</summary>
            <table>
                <caption>{chart.title.clone()}{chart.unit.clone().map(|u| format!(" ({u})"))}</caption>
                <thead><tr><th scope="col">{heading}</th>{columns}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
            <p class="chart-numbers-scale">{notes.join(" ")}</p>
        </details>
    }
}
