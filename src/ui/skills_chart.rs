//! The skills check's two figures, sitting by sitting, as an SVG chart with
//! a table of the same figures under it (the table is what a screen reader
//! and a trainer copying figures use). Discernment and mean trust get a panel
//! each, because a course can move one without the other.

use leptos::prelude::*;
use lesson::{CheckResult, Sitting};

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

/// A figure as people read it: one decimal place, with a sign for discernment.
pub fn figure(value: f64, signed: bool) -> String {
    let text = format!("{:.1}", value.abs());
    match (signed, value) {
        // Rounds to 0.0 either way: no sign.
        (true, v) if text == "0.0" || v == 0.0 => text,
        (true, v) if v > 0.0 => format!("+{text}"),
        (_, v) if v < 0.0 => format!("−{text}"),
        _ => text,
    }
}

/// One sitting's figures in a sentence or two.
pub fn figure_words(sitting: &SittingResult) -> String {
    let result = &sitting.result;
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
) -> impl IntoView {
    if results.is_empty() {
        return ().into_any();
    }
    let discernment = panel(&results, Panel::Discernment);
    let trust = panel(&results, Panel::MeanTrust);
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
    view! {
        <figure class="skills-chart" id=id>
            <figcaption>"Your skills check, sitting by sitting"</figcaption>
            <svg class="chart" viewBox=format!("0 0 {} 260", PANEL_WIDTH * 2.0) role="img"
                aria-label="Bar charts of discernment and mean trust for each sitting; the table below gives the same figures.">
                <g class="chart-panel chart-discernment">{discernment}</g>
                <g class="chart-panel chart-trust" transform=format!("translate({PANEL_WIDTH} 0)")>{trust}</g>
            </svg>
            <p class="chart-key">
                <strong>"Discernment"</strong>" is how much more you trusted the reliable pages than the unreliable ones: higher is better. "
                <strong>"Mean trust"</strong>" measures scepticism: how far you trusted pages in general, where lower is more sceptical. If it falls while discernment stays put, you have grown suspicious of everything, good pages too."
            </p>
            <table class="chart-figures">
                <caption>"The figures in the chart"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Sitting"</th>
                        <th scope="col">"Taken on"</th>
                        <th scope="col">"Discernment"</th>
                        <th scope="col">"Mean trust"</th>
                        <th scope="col">"Mean trust in reliable pages"</th>
                        <th scope="col">"Mean trust in unreliable pages"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
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
    fn title(self) -> &'static str {
        match self {
            Panel::Discernment => "Discernment",
            Panel::MeanTrust => "Mean trust",
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

    fn ticks(self) -> [(f64, &'static str); 3] {
        match self {
            Panel::Discernment => [(LIMIT, "+6"), (0.0, "0"), (-LIMIT, "−6")],
            Panel::MeanTrust => [(7.0, "7"), (4.0, "4"), (1.0, "1")],
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
fn panel(results: &[SittingResult], panel: Panel) -> impl IntoView {
    let slot = PLOT_WIDTH / 3.0;
    let ticks = panel
        .ticks()
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
        <text class="chart-title" x=PLOT_LEFT y=22>{panel.title()}</text>
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
        assert_eq!(figure(2.25, true), "+2.2");
        assert_eq!(figure(-1.0, true), "−1.0");
        assert_eq!(figure(0.0, true), "0.0");
        assert_eq!(figure(-0.01, true), "0.0");
        assert_eq!(figure(4.0, false), "4.0");
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
