//! The pressure and trust signals fakes lean on: badges, a drawn padlock,
//! "as seen on", a countdown, sponsored small print, testimonials, counts and datelines.

use std::time::Duration;

use leptos::prelude::*;
use lesson::BlockContent;

use super::{counts, icon, Icon};
use crate::ui::words;

pub(super) fn view(content: BlockContent) -> AnyView {
    match content {
        BlockContent::TrustBadges { labels } => view! {
            <ul class="trust-badges">
                {labels.into_iter().map(|label| view! { <li><Icon d=icon::SHIELD/>{label}</li> }).collect_view()}
            </ul>
        }
        .into_any(),
        BlockContent::Padlock { text } => view! { <p class="padlock"><Icon d=icon::LOCK/><span>{text}</span></p> }.into_any(),
        BlockContent::AsSeenOn { text, labels } => view! {
            <div class="as-seen-on">
                <p class="as-seen-on-lead">{text.unwrap_or_else(|| words::mock_web::AS_SEEN_ON.into())}</p>
                <ul>
                    {labels.into_iter().enumerate().map(|(i, label)| view! { <li class=format!("outlet outlet-{}", i % 4)>{label}</li> }).collect_view()}
                </ul>
            </div>
        }
        .into_any(),
        BlockContent::Countdown { text, seconds } => countdown(text, seconds).into_any(),
        BlockContent::Sponsored { text } => view! { <p class="sponsored">{text}</p> }.into_any(),
        BlockContent::Testimonials { items } => view! {
            <ul class="testimonials">
                {items.into_iter().map(|t| view! {
                    <li class="testimonial">
                        <blockquote><p>{format!("“{}”", t.text)}</p></blockquote>
                        <p class="testimonial-who">
                            {super::avatar(&t.name, None)}
                            <span><b>{t.name}</b>{t.detail.map(|d| view! { <span class="testimonial-detail">{d}</span> })}</span>
                        </p>
                    </li>
                }).collect_view()}
            </ul>
        }
        .into_any(),
        BlockContent::Engagement { likes, shares, comments } => {
            counts([
                (likes, icon::HEART, words::mock_web::LIKES),
                (shares, icon::REPOST, words::mock_web::SHARES),
                (comments, icon::REPLY, words::mock_web::COMMENTS),
            ])
            .into_any()
        }
        BlockContent::Dateline { text } => view! { <p class="dateline"><Icon d=icon::CLOCK/>{text}</p> }.into_any(),
        _ => ().into_any(),
    }
}

/// A duration as a countdown shows it: `mm:ss`, or `hh:mm:ss` when `long`.
pub(super) fn clock(seconds: u32, long: bool) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if long {
        format!("{h:02}:{m:02}:{s:02}")
    } else {
        format!("{:02}:{s:02}", seconds / 60)
    }
}

/// A countdown that ticks every second from `seconds`, starting again at every visit
/// (the page is drawn afresh), as the fakes' timers do. Screen readers are not
/// interrupted by the ticking; they get a fixed description and the time when they read it.
fn countdown(text: String, seconds: u32) -> impl IntoView {
    let left = RwSignal::new(seconds);
    if let Ok(handle) =
        set_interval_with_handle(move || left.update(|s| *s = s.saturating_sub(1)), Duration::from_secs(1))
    {
        on_cleanup(move || handle.clear());
    }
    let long = seconds >= 3600;
    let units: &[(&str, u32, u32)] = if long {
        &[(words::mock_web::HOURS, 3600, 100), (words::mock_web::MINUTES, 60, 60), (words::mock_web::SECONDS, 1, 60)]
    } else {
        &[(words::mock_web::MINUTES, 60, 1000), (words::mock_web::SECONDS, 1, 60)]
    };
    view! {
        <div class="countdown">
            <p class="countdown-text">{text}</p>
            <p class="visually-hidden">{words::mock_web::countdown_from(&clock(seconds, long))}</p>
            <p class="countdown-clock" role="timer" aria-live="off">
                {units.iter().map(|&(label, unit, wrap)| view! {
                    <span class="countdown-unit">
                        <span class="countdown-digits">{move || format!("{:02}", left.get() / unit % wrap)}</span>
                        <span class="countdown-label">{label}</span>
                    </span>
                }).collect_view()}
            </p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::clock;

    #[test]
    fn countdowns_show_minutes_and_seconds_or_hours_too() {
        assert_eq!(clock(600, false), "10:00");
        assert_eq!(clock(59, false), "00:59");
        assert_eq!(clock(0, false), "00:00");
        assert_eq!(clock(3599, false), "59:59");
        assert_eq!(clock(3600, true), "01:00:00");
        assert_eq!(clock(3599, true), "00:59:59");
        assert_eq!(clock(86399, true), "23:59:59");
    }
}
