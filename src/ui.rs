//! The components, each named after what the learner sees.

pub mod activity_panel;
pub mod app;
pub mod briefing;
pub mod catalogue_page;
pub mod certificate_page;
pub mod confirm_button;
pub mod debrief;
pub mod diagnostic_list;
pub mod framed_page;
pub mod lesson_import;
pub mod lesson_page;
pub mod mock_page;
pub mod notices;
pub mod picture;
pub mod projector_page;
pub mod prose;
pub mod records_page;
pub mod simulated_browser;
pub mod skills_chart;
pub mod skills_check_page;
pub mod track_list;
pub mod track_next;
pub mod track_page;
pub mod track_progress_bar;
pub mod words;

use leptos::html::{ElementType, H1};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Puts keyboard and screen-reader focus on a screen's heading when it
/// appears, and names the browser tab after it, as a page load would.
pub fn announce_screen(heading: NodeRef<H1>, title: String) {
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            let _ = heading.focus();
            document().set_title(&words::kit::window_title(&title));
        }
    });
}

/// Moves focus to `target` whenever `value` changes (not when it first
/// renders): when a control replaces what had focus, keyboard and
/// screen-reader users land on the new content instead of the page's start.
/// A scrolling target also goes back to its top, as a new page would.
pub fn focus_when_changed<T, E>(value: Memo<T>, target: NodeRef<E>)
where
    T: PartialEq + Clone + Send + Sync + 'static,
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
{
    Effect::new(move |previous: Option<T>| {
        let now = value.get();
        if previous.is_some_and(|previous| previous != now) {
            if let Some(element) = target.get_untracked() {
                let element = element.unchecked_into::<web_sys::HtmlElement>();
                element.set_scroll_top(0);
                let _ = element.focus();
            }
        }
        now
    });
}

/// Why a file the learner chose was not read.
pub enum FileNotRead {
    /// Bigger than the caller accepts; not read at all.
    TooLarge { bytes: usize },
    /// The browser could not read it.
    Unreadable,
}

impl From<FileNotRead> for crate::catalogue::ImportProblem {
    fn from(problem: FileNotRead) -> Self {
        match problem {
            FileNotRead::TooLarge { bytes } => Self::TooLarge { bytes },
            FileNotRead::Unreadable => Self::NotText,
        }
    }
}

impl From<FileNotRead> for crate::records::restore::RestoreProblem {
    fn from(problem: FileNotRead) -> Self {
        match problem {
            FileNotRead::TooLarge { bytes } => Self::TooLarge { bytes },
            FileNotRead::Unreadable => Self::NotText,
        }
    }
}

/// Reads a chosen file's bytes, refusing one over `max_bytes` before reading it.
pub async fn read_chosen_file(file: &web_sys::File, max_bytes: usize) -> Result<Vec<u8>, FileNotRead> {
    let bytes = file.size() as usize;
    if bytes > max_bytes {
        return Err(FileNotRead::TooLarge { bytes });
    }
    let buffer =
        wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await.map_err(|_| FileNotRead::Unreadable)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
