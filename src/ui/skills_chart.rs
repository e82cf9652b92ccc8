//! The skills check's two figures, sitting by sitting, as an SVG chart with
//! a table of the same figures under it (the table is what a screen reader
//! and a trainer copying figures use). Discernment and mean trust get a panel
//! each, because a course can move one without the other.

use leptos::prelude::*;
use lesson::{Audience, CheckResult, Sitting, Track};

use crate::records::SittingResult;

/// The largest discernment either way (the width of the 1–7 scale).
const LIMIT: f64 = CheckResult::DISCERNMENT_LIMIT;

// The drawing's geometry, in viewBox units: each panel's plot runs from
// `PLOT_TOP` to `PLOT_BOTTOM`, and from `PLOT_LEFT` across `PLOT_WIDTH`.
const PANEL_WIDTH: f64 = 320.0;
const PLOT_LEFT: f64 = 44.0;
const PLOT_WIDTH: f64 = 260.0;
const PLOT_TOP: f64 = 44.0;
const PLOT_BOTTOM: f64 = 224.0;
const BAR_WIDTH: f64 = 46.0;

/// Who reads the figures: pupils get plain words (no "discernment", "mean
/// trust", "sitting" or −6 to +6); everyone else the measures by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Reader {
    Pupil,
    #[default]
    Adult,
}

impl Reader {
    /// Pupils, for a track written for the classroom.
    pub fn of(track: &Track) -> Reader {
        if track.audience.contains(&Audience::Classroom) {
            Reader::Pupil
        } else {
            Reader::Adult
        }
    }
}

/// A figure as people read it: one decimal place, halves rounded up (4.25
/// reads 4.3, as people round), with a sign for discernment.
pub fn figure(value: f64, signed: bool) -> String {
    let text = format!("{:.1}", (value.abs() * 10.0).round() / 10.0);
    match (signed, value) {
        // Rounds to 0.0 either way: no sign.
        (true, v) if text == "0.0" || v == 0.0 => text,
        (true, v) if v > 0.0 => format!("+{text}"),
        (_, v) if v < 0.0 => format!("−{text}"),
        _ => text,
    }
}

/// One sitting's figures in a sentence or two.
pub fn figure_words(sitting: &SittingResult, reader: Reader) -> String {
    let result = &sitting.result;
    if reader == Reader::Pupil {
        let gap = match (result.mean_trust_reliable, result.mean_trust_unreliable, result.discernment) {
            (Some(reliable), Some(unreliable), Some(gap)) => format!(
                "You gave the trustworthy pages {} out of 7 on average, and the untrustworthy ones {}. The gap between them is {}: the bigger the gap, the better you told them apart. ",
                figure(reliable, false),
                figure(unreliable, false),
                figure(gap, true)
            ),
            _ => "You did not rate both kinds of page, so there is no gap to show. ".to_owned(),
        };
        let average = result.mean_trust.map_or(String::new(), |mean| {
            format!(
                "Over all {} pages, you gave {} out of 7 on average (1 means you trusted none of them, 7 that you trusted them all).",
                result.rated,
                figure(mean, false)
            )
        });
        return format!("{gap}{average}");
    }
    let means = match (result.mean_trust_reliable, result.mean_trust_unreliable, result.discernment) {
        (Some(reliable), Some(unreliable), Some(discernment)) => format!(
            "You trusted the reliable pages {} on average and the unreliable ones {}: a discernment of {} (from −6 to +6; above 0 means you trusted the reliable pages more). ",
            figure(reliable, false),
            figure(unreliable, false),
            figure(discernment, true)
        ),
        _ => "There were not ratings of both kinds of page, so there is no discernment figure. ".to_owned(),
    };
    let trust = result.mean_trust.map_or(String::new(), |mean| {
        format!(
            "Your mean trust over the {} pages you rated, the measure of scepticism, was {} (from 1, trusting nothing, to 7, trusting everything).",
            result.rated,
            figure(mean, false)
        )
    });
    format!("{means}{trust}")
}

/// How the figures moved since an earlier sitting, in a sentence; `None`
/// if either sitting lacks both figures.
pub fn change_words(earlier: &SittingResult, now: &SittingResult, reader: Reader) -> Option<String> {
    let (before, after) = (&earlier.result, &now.result);
    let discernment = after.discernment? - before.discernment?;
    let trust = after.mean_trust? - before.mean_trust?;
    if reader == Reader::Pupil {
        let gap_reading = match figure(discernment, true).as_str() {
            "0.0" => "the same: you tell trustworthy and untrustworthy pages apart as well as before",
            text if text.starts_with('+') => "up: you now tell trustworthy and untrustworthy pages apart better",
            _ => "down: you told trustworthy and untrustworthy pages apart better before",
        };
        let average_reading = match figure(trust, true).as_str() {
            "0.0" => "the same",
            text if text.starts_with('+') => "up: you trust pages more than before",
            _ => "down: you trust pages less than before",
        };
        return Some(format!(
            "Since your check {}: the gap {} ({gap_reading}); your average {} ({average_reading}).",
            earlier.sitting.label().to_lowercase(),
            figure(discernment, true),
            figure(trust, true),
        ));
    }
    let discernment_reading = match figure(discernment, true).as_str() {
        "0.0" => "the same: you tell reliable and unreliable pages apart as well as you did",
        text if text.starts_with('+') => "up: you now tell reliable and unreliable pages apart better",
        _ => "down: you told reliable and unreliable pages apart better then",
    };
    let trust_reading = match figure(trust, true).as_str() {
        "0.0" => "the same",
        text if text.starts_with('+') => "up: you trust pages more in general",
        _ => "down: you are more sceptical of pages in general",
    };
    Some(format!(
        "Since your check {}: discernment {} ({discernment_reading}); mean trust {} ({trust_reading}).",
        earlier.sitting.label().to_lowercase(),
        figure(discernment, true),
        figure(trust, true),
    ))
}

/// A short name for a sitting under its bar.
fn short_label(sitting: Sitting) -> &'static str {
    match sitting {
        Sitting::Before => "Before",
        Sitting::After => "After",
        Sitting::Later => "Week later",
    }
}

#[component]
pub fn SkillsChart(
    /// The finished sittings, in order.
    results: Vec<SittingResult>,
    /// Unique on the screen (a records page shows one chart per track).
    #[prop(default = "skills-chart".into(), into)]
    id: String,
    /// Who reads it: pupils get plain words.
    #[prop(optional)]
    reader: Reader,
) -> impl IntoView {
    if results.is_empty() {
        return ().into_any();
    }
    let pupil = reader == Reader::Pupil;
    let discernment = panel(&results, Panel::Discernment, reader);
    let trust = panel(&results, Panel::MeanTrust, reader);
    let rows = results
        .iter()
        .map(|sitting| {
            let cell = |value: Option<f64>, signed| value.map_or("–".to_owned(), |v| figure(v, signed));
            let r = &sitting.result;
            view! {
                <tr data-sitting=sitting.sitting.name()>
                    <th scope="row">{sitting.sitting.label()}</th>
                    <td>{sitting.taken_on.words()}</td>
                    <td class="discernment">{cell(r.discernment, true)}</td>
                    <td class="mean-trust">{cell(r.mean_trust, false)}</td>
                    <td>{cell(r.mean_trust_reliable, false)}</td>
                    <td>{cell(r.mean_trust_unreliable, false)}</td>
                </tr>
            }
        })
        .collect_view();
    // Pupils' words and the measures' names, side by side, so both read the same chart.
    let words = |plain: &'static str, exact: &'static str| if pupil { plain } else { exact };
    let key = if pupil {
        view! {
            <p class="chart-key">
                <strong>"The gap"</strong>" is how much more you trusted the trustworthy pages than the untrustworthy ones: bigger is better. "
                <strong>"Your average"</strong>" is how much you trusted pages in general. If it goes down but the gap does not grow, you have started to doubt everything, good pages too."
            </p>
        }
        .into_any()
    } else {
        view! {
            <p class="chart-key">
                <strong>"Discernment"</strong>" is how much more you trusted the reliable pages than the unreliable ones: higher is better. "
                <strong>"Mean trust"</strong>" measures scepticism: how far you trusted pages in general, where lower is more sceptical. If it falls while discernment stays put, you have grown suspicious of everything, good pages too."
            </p>
        }
        .into_any()
    };
    view! {
        <figure class="skills-chart" id=id>
            <figcaption>{words("Your skills check, each time you took it", "Your skills check, sitting by sitting")}</figcaption>
            // One drawing per figure, side by side or, on a narrow screen, one above the other.
            <div class="chart-panels">
                <svg class="chart chart-discernment" viewBox=format!("0 0 {PANEL_WIDTH} 260") role="img"
                    aria-label=words("Bar chart of the gap for each check; the table below gives the same figures.", "Bar chart of discernment for each sitting; the table below gives the same figures.")>
                    {discernment}
                </svg>
                <svg class="chart chart-trust" viewBox=format!("0 0 {PANEL_WIDTH} 260") role="img"
                    aria-label=words("Bar chart of your average for each check; the table below gives the same figures.", "Bar chart of mean trust for each sitting; the table below gives the same figures.")>
                    {trust}
                </svg>
            </div>
            {key}
            // A narrow screen scrolls the table, not the whole page.
            <div class="chart-figures-scroll" tabindex="0" role="region" aria-label="The figures in the chart">
            <table class="chart-figures">
                <caption>"The figures in the chart"</caption>
                <thead>
                    <tr>
                        <th scope="col">{words("Check", "Sitting")}</th>
                        <th scope="col">"Taken on"</th>
                        <th scope="col">{words("The gap", "Discernment")}</th>
                        <th scope="col">{words("Your average", "Mean trust (scepticism)")}</th>
                        <th scope="col">{words("Average for trustworthy pages", "Mean trust in reliable pages")}</th>
                        <th scope="col">{words("Average for untrustworthy pages", "Mean trust in unreliable pages")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            </div>
        </figure>
    }
    .into_any()
}

#[derive(Clone, Copy, PartialEq)]
enum Panel {
    /// −6 to +6 around a zero line.
    Discernment,
    /// 1 to 7 from the bottom.
    MeanTrust,
}

impl Panel {
    fn title(self, reader: Reader) -> &'static str {
        match (self, reader) {
            (Panel::Discernment, Reader::Adult) => "Discernment",
            (Panel::MeanTrust, Reader::Adult) => "Mean trust",
            (Panel::Discernment, Reader::Pupil) => "The gap",
            (Panel::MeanTrust, Reader::Pupil) => "Your average",
        }
    }

    fn value(self, result: &CheckResult) -> Option<f64> {
        match self {
            Panel::Discernment => result.discernment,
            Panel::MeanTrust => result.mean_trust,
        }
    }

    /// Where a value sits on the plot, top to bottom.
    fn y(self, value: f64) -> f64 {
        let height = PLOT_BOTTOM - PLOT_TOP;
        match self {
            Panel::Discernment => PLOT_TOP + height / 2.0 - value.clamp(-LIMIT, LIMIT) * height / (2.0 * LIMIT),
            Panel::MeanTrust => PLOT_BOTTOM - (value.clamp(1.0, 7.0) - 1.0) * height / 6.0,
        }
    }

    /// Where bars start from: zero, or the bottom of the scale.
    fn base(self) -> f64 {
        match self {
            Panel::Discernment => self.y(0.0),
            Panel::MeanTrust => PLOT_BOTTOM,
        }
    }

    fn ticks(self, reader: Reader) -> [(f64, &'static str); 3] {
        match (self, reader) {
            (Panel::Discernment, Reader::Adult) => [(LIMIT, "+6"), (0.0, "0"), (-LIMIT, "−6")],
            // Which way is better, not a scale a pupil has to learn.
            (Panel::Discernment, Reader::Pupil) => [(LIMIT, "better"), (0.0, "0"), (-LIMIT, "worse")],
            (Panel::MeanTrust, _) => [(7.0, "7"), (4.0, "4"), (1.0, "1")],
        }
    }

    fn name(self) -> &'static str {
        match self {
            Panel::Discernment => "discernment",
            Panel::MeanTrust => "mean-trust",
        }
    }
}

/// One panel: its title, scale, base line, and a bar with its figure per sitting.
fn panel(results: &[SittingResult], panel: Panel, reader: Reader) -> impl IntoView {
    let slot = PLOT_WIDTH / 3.0;
    let ticks = panel
        .ticks(reader)
        .map(|(value, label)| {
            let y = panel.y(value);
            view! {
                <line class="chart-grid" x1=PLOT_LEFT x2=PLOT_LEFT + PLOT_WIDTH y1=y y2=y></line>
                <text class="chart-tick" x=PLOT_LEFT - 8.0 y=y + 5.0 text-anchor="end">{label}</text>
            }
        })
        .collect_view();
    let bars = results
        .iter()
        .enumerate()
        .map(|(index, sitting)| {
            let x = PLOT_LEFT + slot * index as f64 + (slot - BAR_WIDTH) / 2.0;
            let middle = x + BAR_WIDTH / 2.0;
            let value = panel.value(&sitting.result);
            let (bar, label_y, text) = match value {
                Some(value) => {
                    let (top, bottom) = {
                        let (a, b) = (panel.y(value), panel.base());
                        (a.min(b), a.max(b))
                    };
                    let below = panel == Panel::Discernment && value < 0.0;
                    let label_y = if below { bottom + 18.0 } else { top - 6.0 };
                    let bar = view! {
                        <rect class=format!("chart-bar chart-bar-{}", sitting.sitting.name())
                            x=x y=top width=BAR_WIDTH height=(bottom - top).max(1.0)></rect>
                    };
                    (Some(bar), label_y, figure(value, panel == Panel::Discernment))
                }
                None => (None, panel.base() - 6.0, "–".to_owned()),
            };
            view! {
                {bar}
                <text class="chart-value" x=middle y=label_y text-anchor="middle"
                    data-sitting=sitting.sitting.name() data-figure=panel.name()>{text}</text>
                <text class="chart-sitting" x=middle y=PLOT_BOTTOM + 26.0 text-anchor="middle">
                    {short_label(sitting.sitting)}
                </text>
            }
        })
        .collect_view();
    view! {
        <text class="chart-title" x=PLOT_LEFT y=22>{panel.title(reader)}</text>
        {ticks}
        <line class="chart-axis" x1=PLOT_LEFT x2=PLOT_LEFT + PLOT_WIDTH y1=panel.base() y2=panel.base()></line>
        {bars}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_have_one_decimal_and_discernment_a_sign() {
        assert_eq!(figure(2.25, true), "+2.3");
        assert_eq!(figure(3.75, false), "3.8");
        assert_eq!(figure(4.25, false), "4.3");
        assert_eq!(figure(-0.25, true), "−0.3");
        assert_eq!(figure(-1.0, true), "−1.0");
        assert_eq!(figure(0.0, true), "0.0");
        assert_eq!(figure(-0.01, true), "0.0");
        assert_eq!(figure(4.0, false), "4.0");
    }

    #[test]
    fn a_change_says_which_way_each_figure_went() {
        let sitting = |sitting, discernment, mean_trust| SittingResult {
            sitting,
            taken_on: crate::calendar::CalendarDate::parse("2026-11-27").expect("a date"),
            result: CheckResult {
                discernment,
                mean_trust,
                mean_trust_reliable: None,
                mean_trust_unreliable: None,
                rated: 8,
                of: 8,
            },
        };
        let before = sitting(Sitting::Before, Some(1.0), Some(4.5));
        let after = sitting(Sitting::After, Some(2.75), Some(4.0));
        assert_eq!(
            change_words(&before, &after, Reader::Adult).as_deref(),
            Some("Since your check before the track: discernment +1.8 (up: you now tell reliable and unreliable pages apart better); mean trust −0.5 (down: you are more sceptical of pages in general).")
        );
        assert_eq!(
            change_words(&before, &after, Reader::Pupil).as_deref(),
            Some("Since your check before the track: the gap +1.8 (up: you now tell trustworthy and untrustworthy pages apart better); your average −0.5 (down: you trust pages less than before).")
        );
        let same = sitting(Sitting::Later, Some(1.0), Some(4.5));
        assert!(change_words(&before, &same, Reader::Adult).is_some_and(|w| w.contains("discernment 0.0 (the same")));
        assert_eq!(change_words(&before, &sitting(Sitting::Later, None, Some(4.0)), Reader::Pupil), None);
    }

    #[test]
    fn the_scales_put_their_ends_at_the_plots_edges() {
        assert_eq!(Panel::Discernment.y(LIMIT), PLOT_TOP);
        assert_eq!(Panel::Discernment.y(-LIMIT), PLOT_BOTTOM);
        assert_eq!(Panel::Discernment.y(0.0), (PLOT_TOP + PLOT_BOTTOM) / 2.0);
        assert_eq!(Panel::MeanTrust.y(7.0), PLOT_TOP);
        assert_eq!(Panel::MeanTrust.y(1.0), PLOT_BOTTOM);
        // A damaged value cannot draw off the chart.
        assert_eq!(Panel::MeanTrust.y(9.0), PLOT_TOP);
    }
}
