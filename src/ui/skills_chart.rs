//! The skills check's two figures, sitting by sitting, as an SVG chart with
//! a table of the same figures under it (the table is what a screen reader
//! and a trainer copying figures use). Discernment and mean trust get a panel
//! each, because a course can move one without the other.

use leptos::prelude::*;
use lesson::{Audience, CheckResult, DiscernmentChange, RatingPattern, SittingChange, Track, TrustChange};

use crate::records::SittingResult;
use crate::ui::words;

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

    /// This reader's words, from a pair of a pupil's words and the measure's.
    pub fn pick(self, (plain, exact): (&'static str, &'static str)) -> &'static str {
        if self == Reader::Pupil {
            plain
        } else {
            exact
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
            (Some(reliable), Some(unreliable), Some(gap)) => {
                words::skills_chart::pupil_gap(&figure(reliable, false), &figure(unreliable, false), &figure(gap, true))
            }
            _ => words::skills_chart::PUPIL_NO_GAP.to_owned(),
        };
        let average = result
            .mean_trust
            .map_or(String::new(), |mean| words::skills_chart::pupil_average(result.rated, &figure(mean, false)));
        return format!("{gap}{average}");
    }
    let means = match (result.mean_trust_reliable, result.mean_trust_unreliable, result.discernment) {
        (Some(reliable), Some(unreliable), Some(discernment)) => words::skills_chart::discernment(
            &figure(reliable, false),
            &figure(unreliable, false),
            &figure(discernment, true),
        ),
        _ => words::skills_chart::NO_DISCERNMENT.to_owned(),
    };
    let trust = result
        .mean_trust
        .map_or(String::new(), |mean| words::skills_chart::mean_trust(result.rated, &figure(mean, false)));
    format!("{means}{trust}")
}

/// What a sitting's ratings were, in a sentence, when they were all low,
/// all high or all alike (see `lesson::RatingPattern`); `None` when they
/// were mixed, or there were none. Shown before the figures.
pub fn pattern_words(sitting: &SittingResult, reader: Reader) -> Option<String> {
    let pupil = reader == Reader::Pupil;
    Some(match sitting.result.pattern()? {
        RatingPattern::TrustedNone => words::skills_chart::trusted_none(pupil, RatingPattern::DISTRUSTS_UP_TO),
        RatingPattern::TrustedAll => words::skills_chart::trusted_all(pupil, RatingPattern::TRUSTS_FROM),
        RatingPattern::AllAlike(rating) => words::skills_chart::all_alike(pupil, rating),
        RatingPattern::Mixed => return None,
    })
}

/// How the figures moved since an earlier sitting, in a sentence; `None`
/// if either sitting lacks both figures. A move smaller than the noise of a
/// sitting reads "about the same" (the rule is `lesson::SittingChange`).
pub fn change_words(earlier: &SittingResult, now: &SittingResult, reader: Reader) -> Option<String> {
    let change = SittingChange::between(&earlier.result, &now.result)?;
    let pupil = reader == Reader::Pupil;
    let gap_reading = match change.discernment_moved {
        DiscernmentChange::Better => reader.pick(words::skills_chart::GAP_BETTER).to_owned(),
        DiscernmentChange::Worse => reader.pick(words::skills_chart::GAP_WORSE).to_owned(),
        DiscernmentChange::AboutTheSame => {
            words::skills_chart::gap_about_the_same(pupil, &figure(SittingChange::DISCERNMENT_NOISE, false))
        }
        DiscernmentChange::UpWithoutTellingApart(pattern) => {
            words::skills_chart::gap_up_without_telling_apart(pupil, pattern).to_owned()
        }
    };
    let trust_reading = match change.mean_trust_moved {
        TrustChange::More => reader.pick(words::skills_chart::TRUST_MORE).to_owned(),
        TrustChange::Less => reader.pick(words::skills_chart::TRUST_LESS).to_owned(),
        TrustChange::AboutTheSame => {
            words::skills_chart::trust_about_the_same(pupil, &figure(SittingChange::MEAN_TRUST_NOISE, false))
        }
    };
    let (gap, trust) = (figure(change.discernment, true), figure(change.mean_trust, true));
    Some(words::skills_chart::change(pupil, earlier.sitting, &gap, &gap_reading, &trust, &trust_reading))
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
    let discernment = panel(&results, Panel::Discernment, reader);
    let trust = panel(&results, Panel::MeanTrust, reader);
    let rows = results
        .iter()
        .map(|sitting| {
            let cell = |value: Option<f64>, signed| value.map_or("–".to_owned(), |v| figure(v, signed));
            let r = &sitting.result;
            view! {
                <tr data-sitting=sitting.sitting.name()>
                    <th scope="row">{words::terms::sitting(sitting.sitting)}</th>
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
    let for_reader = |pair| reader.pick(pair);
    let key = view! {
        <p class="chart-key">
            <strong>{for_reader(words::skills_chart::GAP)}</strong>{for_reader(words::skills_chart::GAP_MEANS)}
            <strong>{for_reader(words::skills_chart::TRUST)}</strong>{for_reader(words::skills_chart::TRUST_MEANS)}
        </p>
    };
    view! {
        <figure class="skills-chart" id=id>
            <figcaption>{for_reader(words::skills_chart::CAPTION)}</figcaption>
            // One drawing per figure, side by side or, on a narrow screen, one above the other.
            <div class="chart-panels">
                <svg class="chart chart-discernment" viewBox=format!("0 0 {PANEL_WIDTH} 260") role="img"
                    aria-label=for_reader(words::skills_chart::GAP_CHART)>
                    {discernment}
                </svg>
                <svg class="chart chart-trust" viewBox=format!("0 0 {PANEL_WIDTH} 260") role="img"
                    aria-label=for_reader(words::skills_chart::TRUST_CHART)>
                    {trust}
                </svg>
            </div>
            {key}
            // A narrow screen scrolls the table, not the whole page.
            <div class="chart-figures-scroll" tabindex="0" role="region" aria-label=words::skills_chart::THE_FIGURES>
            <table class="chart-figures">
                <caption>{words::skills_chart::THE_FIGURES}</caption>
                <thead>
                    <tr>
                        <th scope="col">{for_reader(words::skills_chart::SITTING)}</th>
                        <th scope="col">{words::skills_chart::TAKEN_ON}</th>
                        <th scope="col">{for_reader(words::skills_chart::GAP)}</th>
                        <th scope="col">{for_reader(words::skills_chart::TRUST_COLUMN)}</th>
                        <th scope="col">{for_reader(words::skills_chart::TRUST_RELIABLE)}</th>
                        <th scope="col">{for_reader(words::skills_chart::TRUST_UNRELIABLE)}</th>
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
        reader.pick(match self {
            Panel::Discernment => words::skills_chart::GAP,
            Panel::MeanTrust => words::skills_chart::TRUST,
        })
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
            (Panel::Discernment, Reader::Pupil) => {
                [(LIMIT, words::skills_chart::BETTER), (0.0, "0"), (-LIMIT, words::skills_chart::WORSE)]
            }
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
                    {words::skills_chart::short(sitting.sitting)}
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
    use lesson::Sitting;

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

    /// A finished sitting of 4 reliable pages rated `reliable` and 4 unreliable ones rated `unreliable`.
    fn sitting(sitting: Sitting, reliable: [u8; 4], unreliable: [u8; 4]) -> SittingResult {
        let ratings = reliable.map(|r| (true, Some(r))).into_iter().chain(unreliable.map(|r| (false, Some(r))));
        SittingResult {
            sitting,
            taken_on: crate::calendar::CalendarDate::parse("2026-11-27").expect("a date"),
            result: CheckResult::from_ratings(ratings),
        }
    }

    /// Everything the results screen says in words of a sitting `now`, and of
    /// its change since `earlier` (if any), for `reader`.
    fn results_words(earlier: Option<&SittingResult>, now: &SittingResult, reader: Reader) -> String {
        let change = earlier.and_then(|earlier| change_words(earlier, now, reader));
        [pattern_words(now, reader), Some(figure_words(now, reader)), change]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn a_change_within_the_noise_reads_about_the_same() {
        // Discernment +1.0 then +2.75 (up 1.75); mean trust 4.0 then 4.125.
        let before = sitting(Sitting::Before, [5, 5, 4, 4], [4, 4, 3, 3]);
        let after = sitting(Sitting::After, [6, 6, 5, 5], [3, 3, 3, 2]);
        assert_eq!(
            change_words(&before, &after, Reader::Adult).as_deref(),
            Some("Since your check before the track: discernment +1.8 (about the same: a change of less than 2.0 can come from the different pages alone); mean trust +0.1 (about the same: less than 1.0).")
        );
        assert_eq!(
            change_words(&before, &after, Reader::Pupil).as_deref(),
            Some("Since your check before the track: the gap +1.8 (about the same: a change of less than 2.0 can happen just because you saw different pages); your average +0.1 (about the same).")
        );
        let same = sitting(Sitting::Later, [5, 5, 4, 4], [4, 4, 3, 3]);
        assert!(
            change_words(&before, &same, Reader::Adult).is_some_and(|w| w.contains("discernment 0.0 (about the same"))
        );
        let one_sided = SittingResult { result: CheckResult::from_ratings([(true, Some(4))]), ..same };
        assert_eq!(change_words(&before, &one_sided, Reader::Pupil), None);
    }

    #[test]
    fn a_change_beyond_the_noise_reads_better_or_worse() {
        // Discernment +1.0 then +3.0 (up 2.0); mean trust 4.0 then 3.0 (down 1.0).
        let before = sitting(Sitting::Before, [5, 5, 4, 4], [4, 4, 3, 3]);
        let after = sitting(Sitting::After, [5, 5, 4, 4], [2, 2, 1, 1]);
        assert_eq!(
            change_words(&before, &after, Reader::Adult).as_deref(),
            Some("Since your check before the track: discernment +2.0 (up: you now tell reliable and unreliable pages apart better); mean trust −1.0 (down: you are more sceptical of pages in general).")
        );
        assert_eq!(
            change_words(&before, &after, Reader::Pupil).as_deref(),
            Some("Since your check before the track: the gap +2.0 (up: you now tell trustworthy and untrustworthy pages apart better); your average −1.0 (down: you trust pages less than before).")
        );
        let later = sitting(Sitting::Later, [5, 5, 4, 4], [4, 4, 3, 3]);
        assert_eq!(
            change_words(&after, &later, Reader::Adult).as_deref(),
            Some("Since your check after the track: discernment −2.0 (down: you now tell reliable and unreliable pages apart less well); mean trust +1.0 (up: you trust pages more in general).")
        );
        assert_eq!(
            change_words(&after, &later, Reader::Pupil).as_deref(),
            Some("Since your check after the track: the gap −2.0 (down: this time you did less well at telling trustworthy and untrustworthy pages apart); your average +1.0 (up: you trust pages more than before).")
        );
    }

    #[test]
    fn every_page_rated_low_is_said_plainly_and_never_called_better() {
        // The reported bug: every page of the "after" check rated 1, after a
        // "before" whose reliable pages came out a little lower (−0.25).
        let before = sitting(Sitting::Before, [4, 4, 4, 4], [5, 4, 4, 4]);
        let all_low = sitting(Sitting::After, [1; 4], [1; 4]);
        assert_eq!(
            pattern_words(&all_low, Reader::Adult).as_deref(),
            Some("You trusted none of the pages, including the reliable ones: you rated every page 3 or lower. Checking well means trusting the pages that earn it as well as doubting the rest.")
        );
        assert_eq!(
            pattern_words(&all_low, Reader::Pupil).as_deref(),
            Some("You did not trust any of the pages, not even the trustworthy ones: you gave every page 3 or less. Checking well means trusting the pages that deserve it, too.")
        );
        let adult = change_words(&before, &all_low, Reader::Adult).expect("both figures");
        assert!(adult.starts_with("Since your check before the track: discernment +0.3 (about the same"), "{adult}");
        assert!(adult.contains("mean trust −3.1 (down: you are more sceptical"), "{adult}");
        // Backwards before (−2.5): up 2.5, beyond the noise, and still not better.
        let backwards = sitting(Sitting::Before, [3, 3, 2, 2], [5, 5, 5, 5]);
        assert_eq!(
            change_words(&backwards, &all_low, Reader::Pupil).as_deref(),
            Some("Since your check before the track: the gap +2.5 (up, but this time you did not trust any of the pages, so it does not show good checking); your average −2.8 (down: you trust pages less than before).")
        );
        // Nothing else on the screen says otherwise.
        for earlier in [&before, &backwards] {
            for reader in [Reader::Adult, Reader::Pupil] {
                let change = change_words(earlier, &all_low, reader).expect("both figures");
                assert!(!change.contains("better"), "{change}");
                let said = results_words(Some(earlier), &all_low, reader);
                assert!(!said.contains("apart better") && !said.contains("apart as well"), "{said}");
            }
        }
        // Low but not all alike is the same message.
        let wary = sitting(Sitting::After, [3, 3, 2, 3], [1, 1, 2, 1]);
        assert_eq!(pattern_words(&wary, Reader::Adult), pattern_words(&all_low, Reader::Adult));
    }

    #[test]
    fn every_page_rated_high_or_alike_is_said_plainly() {
        let all_high = sitting(Sitting::After, [7, 6, 7, 7], [5, 6, 7, 5]);
        assert_eq!(
            pattern_words(&all_high, Reader::Adult).as_deref(),
            Some("You trusted all of the pages, including the unreliable ones: you rated every page 5 or higher. Checking well means doubting the pages that give themselves away as well as trusting the rest.")
        );
        assert_eq!(
            pattern_words(&all_high, Reader::Pupil).as_deref(),
            Some("You trusted all of the pages, even the untrustworthy ones: you gave every page 5 or more. Checking well means spotting the pages that do not deserve it, too.")
        );
        let all_middle = sitting(Sitting::After, [4; 4], [4; 4]);
        assert_eq!(
            pattern_words(&all_middle, Reader::Adult).as_deref(),
            Some("You rated every page 4, so your ratings did not tell the reliable pages from the unreliable ones.")
        );
        assert_eq!(
            pattern_words(&all_middle, Reader::Pupil).as_deref(),
            Some("You gave every page the same rating, 4, so your ratings did not show which pages you thought were trustworthy.")
        );
        let backwards = sitting(Sitting::Before, [3, 3, 2, 2], [5, 5, 5, 5]);
        for now in [&all_high, &all_middle] {
            for reader in [Reader::Adult, Reader::Pupil] {
                let said = change_words(&backwards, now, reader).expect("both figures");
                assert!(said.contains("(up, but this time you") && !said.contains("better"), "{said}");
            }
        }
        // Mixed ratings need no such sentence.
        assert_eq!(pattern_words(&sitting(Sitting::After, [6, 5, 4, 7], [2, 4, 1, 3]), Reader::Pupil), None);
    }

    #[test]
    fn pupils_read_no_measures_names_on_the_results_or_the_chart() {
        // Every kind of sitting: mixed, all low, all high, all alike, backwards, one-sided.
        let sittings = [
            sitting(Sitting::Before, [5, 5, 4, 4], [4, 4, 3, 3]),
            sitting(Sitting::After, [1; 4], [1; 4]),
            sitting(Sitting::After, [7; 4], [7; 4]),
            sitting(Sitting::After, [4; 4], [4; 4]),
            sitting(Sitting::Later, [3, 3, 2, 2], [5, 5, 5, 5]),
            sitting(Sitting::Later, [7, 7, 6, 6], [1, 1, 2, 2]),
            sitting(Sitting::Later, [6, 6, 6, 6], [5, 5, 6, 5]),
            SittingResult {
                result: CheckResult::from_ratings([(true, Some(4)), (false, None)]),
                ..sitting(Sitting::Later, [4; 4], [4; 4])
            },
        ];
        let mut said: Vec<String> = Vec::new();
        for now in &sittings {
            for earlier in &sittings {
                said.push(results_words(Some(earlier), now, Reader::Pupil));
            }
        }
        // The chart: its caption, titles, key, what screen readers hear, the table, the scale.
        use words::skills_chart as chart;
        let pairs = [
            chart::CAPTION,
            chart::GAP,
            chart::TRUST,
            chart::GAP_MEANS,
            chart::TRUST_MEANS,
            chart::GAP_CHART,
            chart::TRUST_CHART,
            chart::SITTING,
            chart::TRUST_COLUMN,
            chart::TRUST_RELIABLE,
            chart::TRUST_UNRELIABLE,
        ];
        said.extend(pairs.map(|pair| Reader::Pupil.pick(pair).to_owned()));
        said.extend([chart::THE_FIGURES, chart::TAKEN_ON].map(str::to_owned));
        for panel in [Panel::Discernment, Panel::MeanTrust] {
            said.push(panel.title(Reader::Pupil).to_owned());
            for (_, label) in panel.ticks(Reader::Pupil) {
                assert!(!["+6", "−6"].contains(&label), "the gap's scale reads {label}");
                said.push(label.to_owned());
            }
        }
        // The rest of the results screen.
        use words::skills_check as check;
        for each in Sitting::ALL {
            said.extend([check::title(each), chart::short(each).to_owned(), words::terms::sitting(each).to_owned()]);
        }
        said.extend(
            [check::YOUR_RESULTS, check::BACK_TO_THE_TRACK, check::EVERY_PAGE_EXPLAINED, check::NEW_PAGES]
                .map(str::to_owned),
        );
        said.extend([check::verdict(true), check::verdict(false)].map(str::to_owned));
        said.extend([check::rated(Some(3)), check::rated(None), check::see_again(2), check::page_title(2, "A page")]);
        for words in &said {
            // A change of −6.0 in the average can be said; the gap's scale, −6 to +6, is not.
            for hard in ["discernment", "mean trust", "sitting", "scepticism", "sceptical", "−6 to +6", "from −6"] {
                assert!(!words.to_lowercase().contains(hard), "pupils read “{hard}” in: {words}");
            }
        }
        // The same figures, for staff, by name.
        let staff = results_words(Some(&sittings[0]), &sittings[5], Reader::Adult);
        assert!(staff.contains("discernment") && staff.contains("mean trust"), "{staff}");
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
