//! Charts drawn from a lesson's numbers: bars or lines, a title, a scale with
//! its numbers, the labels along the bottom, a legend for more than one series
//! and a source line. Every misleading choice (a scale that does not start at
//! zero, a cherry-picked window, a second scale, 3-D bars, no numbers) is the
//! author's, stated in the file; nothing here chooses to mislead.

use lesson::{Chart, ChartKind, Scale};

use crate::path::{circle, number, poly, polyline, rect};
use crate::recipe::{group, line, named, shape};
use crate::{Anchor, Colour, Drawing, Label, Node};

const WIDTH: f32 = 400.0;
const HEIGHT: f32 = 250.0;
/// One colour per series, told apart by more than hue: dark blue, orange, teal, purple.
const SERIES: [&str; 4] = ["#1f5f99", "#d9822b", "#2a9d8f", "#7a4ca0"];
const INK: &str = "#2b3138";
const GRID: &str = "#dfe3e7";

/// A scale: where it starts and ends, and the numbers written along it.
#[derive(Debug, Clone, PartialEq)]
pub struct Axis {
    pub from: f64,
    pub to: f64,
    pub ticks: Vec<f64>,
}

/// A round step between about five ticks: 1, 2 or 5 times a power of ten.
fn step(range: f64) -> f64 {
    let rough = range / 5.0;
    let power = 10f64.powf(rough.log10().floor());
    [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * power).find(|s| *s >= rough).unwrap_or(power * 10.0)
}

/// The scale for `values`, honouring the ends the author fixed: from zero (or
/// below the lowest value, if one is negative) to a round number at or above the highest.
pub fn ticks(values: &[f64], scale: Scale) -> Axis {
    let low = values.iter().copied().fold(f64::INFINITY, f64::min);
    let high = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let (low, high) = if low.is_finite() { (low, high) } else { (0.0, 1.0) };
    let from = scale.from.unwrap_or(if low >= 0.0 { 0.0 } else { low });
    let to_guess = scale.to.unwrap_or(high).max(from + f64::EPSILON);
    let step = step(to_guess - from);
    let from = if scale.from.is_some() { from } else { (from / step).floor() * step };
    let to = scale.to.unwrap_or_else(|| ((high - from) / step).ceil().max(1.0) * step + from);
    // A scale the author starts above zero says where it starts, at its foot.
    let mut ticks = if scale.from.is_some() { vec![from] } else { Vec::new() };
    let mut tick = (from / step).ceil() * step;
    if ticks.first().is_some_and(|first| tick - first < step * 0.5) {
        tick += step;
    }
    while tick <= to + step * 1e-9 {
        // Rounded to the step's own precision, so 0.1 + 0.2 reads 0.3.
        let decimals = (-step.log10().floor()).max(0.0) as i32;
        let unit = 10f64.powi(decimals);
        ticks.push((tick * unit).round() / unit);
        tick += step;
    }
    Axis { from, to, ticks }
}

/// A number as a chart writes it: `3,412`, `2.5`, `-40`.
pub fn written(value: f64) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    let negative = rounded < 0.0;
    let whole = rounded.abs().trunc() as u64;
    let fraction = ((rounded.abs() - whole as f64) * 100.0).round() as u64;
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 && digits.len() > 4 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    // Four-figure numbers are grouped too, unless they look like years (no unit can tell; keep it simple).
    if digits.len() == 4 {
        grouped = format!("{},{}", &digits[..1], &digits[1..]);
    }
    let mut out = if negative { format!("-{grouped}") } else { grouped };
    if fraction > 0 {
        let decimals = format!("{fraction:02}");
        out.push('.');
        out.push_str(decimals.trim_end_matches('0'));
    }
    out
}

fn label(x: f32, y: f32, size: f32, anchor: Anchor, fill: &'static str, text: String, part: &'static str) -> Node {
    Node::Label(Label {
        x,
        y,
        size,
        bold: false,
        anchor,
        fill: Colour::Borrowed(fill),
        lines: vec![text],
        rotate: 0.0,
        part: Some(part),
    })
}

/// The chart's scales: the left, and the right if any series uses one. The
/// data table says the same, so both come from here.
pub fn axes(chart: &Chart) -> (Axis, Option<Axis>) {
    let shown: Vec<usize> = chart.shown().collect();
    let values = |right: bool| -> Vec<f64> {
        chart
            .series
            .iter()
            .filter(|s| s.right == right)
            .flat_map(|s| shown.iter().filter_map(|&i| s.values.get(i).copied()))
            .collect()
    };
    let left = ticks(&values(false), chart.scale);
    let right = chart.has_right_scale().then(|| ticks(&values(true), chart.right_scale));
    (left, right)
}

pub(crate) fn draw(chart: &Chart) -> Drawing {
    let mut drawing = Drawing::new(WIDTH, HEIGHT, (Colour::Borrowed("#ffffff"), Colour::Borrowed("#ffffff")));
    let shown: Vec<usize> = chart.shown().collect();
    let (left, right) = axes(chart);
    let mut nodes = Vec::new();

    let mut title = label(WIDTH / 2.0, 22.0, 15.0, Anchor::Middle, INK, chart.title.clone(), "title");
    if let Node::Label(l) = &mut title {
        l.bold = true;
        l.lines = crate::text::fit(&chart.title, 15.0, true, WIDTH - 24.0, 20.0).1;
    }
    nodes.push(title);
    let legend = chart.series.len() > 1;
    let top = if legend { 56.0 } else { 40.0 };
    let plot_left = if chart.y_label.is_some() || chart.unit.is_some() { 64.0 } else { 48.0 };
    let plot_right = WIDTH - if right.is_some() { 52.0 } else { 16.0 };
    let source_space = if chart.source.is_some() { 16.0 } else { 0.0 };
    let x_label_space = if chart.x_label.is_some() { 16.0 } else { 0.0 };
    let bottom = HEIGHT - 26.0 - source_space - x_label_space;
    let (plot_w, plot_h) = (plot_right - plot_left, bottom - top);
    let y_of = |axis: &Axis, value: f64| -> f32 {
        let share = ((value - axis.from) / (axis.to - axis.from)).clamp(0.0, 1.0) as f32;
        bottom - share * plot_h
    };

    // The scale: grid lines and their numbers (unless the author hides them).
    let suffix = |unit: &Option<String>| if unit.as_deref() == Some("%") { "%" } else { "" };
    let mut grid = String::new();
    for &tick in &left.ticks {
        let y = y_of(&left, tick);
        grid.push_str(&format!("M{} {}H{}", number(plot_left), number(y), number(plot_right)));
        if !chart.hide_scale {
            nodes.push(label(
                plot_left - 6.0,
                y + 3.5,
                10.0,
                Anchor::End,
                INK,
                format!("{}{}", written(tick), suffix(&chart.unit)),
                "tick-label",
            ));
        }
    }
    if let Some(right) = &right {
        for &tick in &right.ticks {
            if !chart.hide_scale {
                let y = y_of(right, tick);
                nodes.push(label(
                    plot_right + 6.0,
                    y + 3.5,
                    10.0,
                    Anchor::Start,
                    INK,
                    written(tick),
                    "right-tick-label",
                ));
            }
        }
    }
    nodes.insert(0, line(Colour::Borrowed(GRID), 1.0, grid));
    let axis_title = match (&chart.y_label, &chart.unit) {
        (Some(name), Some(unit)) if unit != "%" => Some(format!("{name} ({unit})")),
        (Some(name), _) => Some(name.clone()),
        (None, Some(unit)) if unit != "%" => Some(format!("({unit})")),
        _ => None,
    };
    if let Some(axis_title) = axis_title {
        nodes.push(Node::Label(Label {
            x: 14.0,
            y: top + plot_h / 2.0,
            size: 10.0,
            bold: false,
            anchor: Anchor::Middle,
            fill: Colour::Borrowed(INK),
            lines: vec![axis_title],
            rotate: -90.0,
            part: Some("axis-title"),
        }));
    }

    // The data.
    let slot = plot_w / shown.len().max(1) as f32;
    let bars: Vec<_> = chart.series.iter().enumerate().collect();
    match chart.kind {
        ChartKind::Bar => {
            let width = slot * 0.72 / bars.len() as f32;
            for (n, (i, series)) in bars.iter().enumerate() {
                let axis = if series.right { right.as_ref().unwrap_or(&left) } else { &left };
                let colour = SERIES[*i % SERIES.len()];
                for (k, &index) in shown.iter().enumerate() {
                    let Some(&value) = series.values.get(index) else { continue };
                    let x = plot_left + k as f32 * slot + slot * 0.14 + n as f32 * width;
                    let y = y_of(axis, value);
                    let base = y_of(axis, axis.from.max(0.0).min(axis.to));
                    let (y0, y1) = (y.min(base), y.max(base));
                    if chart.three_d {
                        let depth = width * 0.45;
                        nodes.push(shape(
                            Colour::Borrowed("#0b2f4f"),
                            poly(&[
                                (x + width, y0),
                                (x + width + depth, y0 - depth),
                                (x + width + depth, y1 - depth),
                                (x + width, y1),
                            ]),
                        ));
                        nodes.push(shape(
                            Colour::Borrowed("#6fa3d6"),
                            poly(&[(x, y0), (x + depth, y0 - depth), (x + width + depth, y0 - depth), (x + width, y0)]),
                        ));
                    }
                    nodes.push(named(
                        "bar",
                        shape(Colour::Borrowed(colour), rect(x, y0, width * 0.96, (y1 - y0).max(0.0))),
                    ));
                }
            }
        }
        ChartKind::Line => {
            for (i, series) in &bars {
                let axis = if series.right { right.as_ref().unwrap_or(&left) } else { &left };
                let colour = SERIES[*i % SERIES.len()];
                let points: Vec<(f32, f32)> = shown
                    .iter()
                    .enumerate()
                    .filter_map(|(k, &index)| {
                        series.values.get(index).map(|&v| (plot_left + (k as f32 + 0.5) * slot, y_of(axis, v)))
                    })
                    .collect();
                nodes.push(named("line", line(Colour::Borrowed(colour), 2.6, polyline(&points))));
                for (x, y) in points {
                    nodes.push(named("point", shape(Colour::Borrowed(colour), circle(x, y, 3.2))));
                }
            }
        }
    }
    // The axes, over the data.
    nodes.push(line(
        Colour::Borrowed(INK),
        1.4,
        format!("M{} {}V{}H{}", number(plot_left), number(top - 4.0), number(bottom), number(plot_right)),
    ));
    if right.is_some() {
        nodes.push(line(
            Colour::Borrowed(INK),
            1.4,
            format!("M{} {}V{}", number(plot_right), number(top - 4.0), number(bottom)),
        ));
    }
    // Labels along the bottom: smaller, then every other one, rather than
    // letting "2015/16" run into "2016/17".
    let widest = |size: f32| {
        shown
            .iter()
            .filter_map(|&i| chart.labels.get(i))
            .map(|t| crate::text::text_width(t, size, false))
            .fold(0.0f32, f32::max)
    };
    let room = slot * 0.94;
    let label_size = if widest(10.0) <= room { 10.0 } else { 8.5 };
    let every = ((widest(label_size) / room).ceil() as usize).max(1);
    for (k, &index) in shown.iter().enumerate() {
        if k % every == 0 {
            if let Some(text) = chart.labels.get(index) {
                nodes.push(label(
                    plot_left + (k as f32 + 0.5) * slot,
                    bottom + 14.0,
                    label_size,
                    Anchor::Middle,
                    INK,
                    text.clone(),
                    "x-label",
                ));
            }
        }
    }
    if let Some(x_label) = &chart.x_label {
        nodes.push(label(
            plot_left + plot_w / 2.0,
            bottom + 30.0,
            10.0,
            Anchor::Middle,
            INK,
            x_label.clone(),
            "axis-title",
        ));
    }
    if let Some(source) = &chart.source {
        nodes.push(label(12.0, HEIGHT - 10.0, 9.0, Anchor::Start, "#5b636b", source.clone(), "source"));
    }
    if legend {
        let mut x = plot_left;
        for (i, series) in chart.series.iter().enumerate() {
            let name = if series.right { format!("{} (right scale)", series.name) } else { series.name.clone() };
            nodes.push(named("legend", shape(Colour::Borrowed(SERIES[i % SERIES.len()]), rect(x, 37.0, 10.0, 10.0))));
            let width = crate::text::text_width(&name, 10.0, false);
            nodes.push(label(x + 14.0, 46.0, 10.0, Anchor::Start, INK, name, "legend-name"));
            x += width + 30.0;
        }
    }
    drawing.nodes.push(named("chart", group(None, nodes)));
    drawing
}

#[cfg(test)]
mod tests {
    use lesson::{Chart, ChartKind, Scale, Series};

    use super::*;

    fn chart() -> Chart {
        Chart {
            kind: ChartKind::Bar,
            title: "Library visits a year".into(),
            x_label: Some("Year".into()),
            y_label: Some("Visits".into()),
            unit: Some("thousand".into()),
            labels: ["2019", "2020", "2021", "2022", "2023", "2024"].map(String::from).to_vec(),
            series: vec![Series {
                name: "Visits".into(),
                values: vec![52.0, 31.0, 40.0, 46.0, 49.0, 50.0],
                right: false,
            }],
            source: Some("Source: Wexcombe library service".into()),
            scale: Scale::default(),
            right_scale: Scale::default(),
            window: None,
            three_d: false,
            hide_scale: false,
        }
    }

    fn texts(drawing: &Drawing, part: &str) -> Vec<String> {
        drawing
            .parts(part)
            .into_iter()
            .filter_map(|n| match n {
                Node::Label(l) => Some(l.lines.join(" ")),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn labels_along_the_bottom_never_run_into_each_other() {
        let mut ten_years = chart();
        ten_years.labels = (15..25).map(|y| format!("20{y}/{}", y + 1)).collect();
        ten_years.series[0].values = vec![5.0, 5.2, 5.2, 5.4, 5.4, 8.6, 5.6, 5.8, 5.8, 6.0];
        let drawing = draw(&ten_years);
        let labels: Vec<&Label> = drawing
            .parts("x-label")
            .into_iter()
            .filter_map(|n| match n {
                Node::Label(l) => Some(l),
                _ => None,
            })
            .collect();
        assert!(labels.len() >= 5, "at least every other year is named");
        for pair in labels.windows(2) {
            let half = |l: &Label| crate::text::text_width(&l.lines[0], l.size, false) / 2.0;
            assert!(
                pair[0].x + half(pair[0]) < pair[1].x - half(pair[1]),
                "{} runs into {}",
                pair[0].lines[0],
                pair[1].lines[0]
            );
        }
    }

    #[test]
    fn one_bar_per_value_and_one_label_per_bar() {
        let drawing = draw(&chart());
        assert_eq!(drawing.parts("bar").len(), 6);
        assert_eq!(texts(&drawing, "x-label"), ["2019", "2020", "2021", "2022", "2023", "2024"]);
        assert_eq!(texts(&drawing, "title"), ["Library visits a year"]);
        assert_eq!(texts(&drawing, "source"), ["Source: Wexcombe library service"]);
        assert_eq!(texts(&drawing, "axis-title"), ["Visits (thousand)", "Year"]);
    }

    #[test]
    fn a_zero_based_scale_starts_at_zero_and_its_ticks_are_its_numbers() {
        let drawing = draw(&chart());
        assert_eq!(texts(&drawing, "tick-label"), ["0", "20", "40", "60"]);
        let axis = ticks(&[52.0, 31.0], Scale::default());
        assert_eq!(axis.from, 0.0);
        assert_eq!(axis.ticks.first(), Some(&0.0));
        assert!(axis.to >= 52.0);
    }

    #[test]
    fn a_scale_the_author_starts_higher_starts_there() {
        let mut steep = chart();
        steep.scale = Scale { from: Some(38.0), to: None };
        steep.window = Some((2, 5));
        let drawing = draw(&steep);
        assert_eq!(drawing.parts("bar").len(), 4, "only the window");
        assert_eq!(texts(&drawing, "x-label"), ["2021", "2022", "2023", "2024"]);
        let ticks = texts(&drawing, "tick-label");
        assert_eq!(ticks.first().map(String::as_str), Some("38"), "{ticks:?}");
        assert!(!ticks.contains(&"0".to_owned()));
        // The bars of the window grow far faster than the numbers do: 40 → 50 is 25%, the bars more than 4×.
        let heights: Vec<f32> = drawing
            .parts("bar")
            .into_iter()
            .filter_map(|n| match n {
                Node::Shape(s) => s.d.split('v').nth(1).and_then(|h| h.split('h').next()).and_then(|h| h.parse().ok()),
                _ => None,
            })
            .collect();
        assert!(heights[3] > heights[0] * 4.0, "{heights:?}");
    }

    #[test]
    fn lines_hidden_scales_three_d_and_a_second_scale() {
        let mut lines = chart();
        lines.kind = ChartKind::Line;
        lines.hide_scale = true;
        let drawing = draw(&lines);
        assert_eq!(drawing.parts("line").len(), 1);
        assert_eq!(drawing.parts("point").len(), 6);
        assert!(texts(&drawing, "tick-label").is_empty());

        let mut two = chart();
        two.series.push(Series { name: "Loans".into(), values: vec![9.0, 3.0, 5.0, 7.0, 8.0, 9.5], right: true });
        let drawing = draw(&two);
        assert_eq!(drawing.parts("bar").len(), 12);
        assert!(!texts(&drawing, "right-tick-label").is_empty());
        assert_eq!(texts(&drawing, "legend-name"), ["Visits", "Loans (right scale)"]);

        let mut solid = chart();
        solid.three_d = true;
        assert!(draw(&solid).all().len() > draw(&chart()).all().len() + 6, "each bar has faces");
    }

    #[test]
    fn steps_and_numbers_are_round() {
        assert_eq!(ticks(&[3412.0], Scale::default()).ticks, [0.0, 1000.0, 2000.0, 3000.0, 4000.0]);
        assert_eq!(ticks(&[0.3], Scale::default()).ticks, [0.0, 0.1, 0.2, 0.3]);
        assert_eq!(ticks(&[-5.0, 12.0], Scale::default()).from, -5.0);
        assert_eq!(written(3412.0), "3,412");
        assert_eq!(written(2.5), "2.5");
        assert_eq!(written(120000.0), "120,000");
        assert_eq!(written(-40.0), "-40");
    }
}
