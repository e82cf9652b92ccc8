//! The bridge to a learning management system, for the SCORM 1.2 packages
//! that `./kit scorm` builds (one per lesson). At start the kit looks for the
//! LMS's `API` object in the frames around it; if there is none it does
//! nothing at all. If there is one, it reports the launched lesson: status
//! (`incomplete`, then `passed`/`failed`, or `completed` for a lesson with no
//! scored questions), score in points, and the learner's place as
//! `cmi.suspend_data`, restored on a computer that has no progress of its own.
//!
//! An LMS is outside the kit's control: every call is wrapped, and an API
//! that throws, answers "false" or lacks functions only logs to the console.

pub mod mastery;
pub mod suspend;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use js_sys::{Function, Object, Reflect};
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::catalogue::Library;
use crate::progress::{LessonProgress, Progress, Stage};
use crate::route::Route;

/// How many frames up the kit looks for the API (SCORM's own advice is 7).
const MAX_FRAMES: usize = 10;
/// How long changes wait before one `LMSCommit` sends them all.
const COMMIT_AFTER_MS: u64 = 1000;
/// Problems logged before the kit stops repeating itself.
const MAX_LOGGED: u32 = 10;

/// The lesson a launch address asks for with `?lesson=<id>`, the SCO's launch
/// address in the kit's SCORM packages (an LMS may drop a `#/lesson/…` hash;
/// it keeps a query, and may add its own parameters to it).
pub fn lesson_in_query(search: &str) -> Option<&str> {
    search.trim_start_matches('?').split('&').find_map(|pair| {
        let id = pair.strip_prefix("lesson=")?;
        let valid = !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        valid.then_some(id)
    })
}

/// Run once before the app mounts: a launch address `kit.html?lesson=<id>`
/// with no route in its hash opens that lesson.
pub fn open_launch_lesson() {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return;
    };
    let hash = location.hash().unwrap_or_default();
    if !matches!(hash.as_str(), "" | "#" | "#/") {
        return;
    }
    let search = location.search().unwrap_or_default();
    if let Some(id) = lesson_in_query(&search) {
        let _ = location.set_hash(&Route::Lesson(id.to_owned()).to_hash());
    }
}

/// Finds the LMS and, if there is one, reports the launched lesson to it.
/// Needs the `Progress` and `Library` stores in context.
pub fn connect() {
    let Some(api) = find_api() else {
        return;
    };
    let lms = Lms { api, state: Rc::new(RefCell::new(State::default())) };
    lms.call_ok("LMSInitialize", &[""]);
    let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    let Route::Lesson(id) = Route::from_hash(&hash) else {
        lms.log("Second Look was launched without a lesson (kit.html?lesson=<id>), so it reports nothing.".into());
        return;
    };
    let progress = expect_context::<Progress>();
    let library = expect_context::<Library>();

    // Resume from the LMS when this browser has nothing for the lesson (a
    // learner on another computer, or one whose storage was cleared).
    if !progress.has_started(&id) {
        let stored = lms.get("cmi.suspend_data");
        if let Some(saved) = suspend::decode(&id, &stored) {
            progress.update_lesson(&id, |lesson| *lesson = saved);
        }
    }
    // A lesson the LMS already has as passed or completed is never reported
    // as incomplete again, even if the learner goes back over it.
    let status = lms.get("cmi.core.lesson_status");
    lms.state.borrow_mut().finished_before = matches!(status.as_str(), "passed" | "completed");
    // The LMS's own pass mark (from the manifest's masteryscore), in points.
    let lms_mastery = lms.get("cmi.student_data.mastery_score").trim().parse::<f64>().ok().filter(|m| m.is_finite());

    let reporter = lms.clone();
    Effect::new(move |_| {
        let Some(lesson) = library.lesson(&id) else {
            return;
        };
        if !progress.has_started(&id) {
            return;
        }
        let saved = progress.lesson(&id);
        reporter.report(&lesson, &id, &saved, lms_mastery);
    });

    let on_pagehide = Closure::<dyn FnMut()>::new(move || lms.finish());
    if let Some(window) = web_sys::window() {
        let _ = window.add_event_listener_with_callback("pagehide", on_pagehide.as_ref().unchecked_ref());
    }
    // Lives as long as the page.
    on_pagehide.forget();
}

/// The `API` object of the nearest frame that has one, then of the opener's.
fn find_api() -> Option<JsValue> {
    let window: JsValue = web_sys::window()?.into();
    if let Some(api) = api_above(window.clone()) {
        return Some(api);
    }
    let opener = Reflect::get(&window, &"opener".into()).ok()?;
    if opener.is_object() {
        return api_above(opener);
    }
    None
}

/// Looks in `window` and up to [`MAX_FRAMES`] of its parents. A frame of
/// another origin throws when read: that is caught, and the walk goes on up.
fn api_above(mut window: JsValue) -> Option<JsValue> {
    for _ in 0..=MAX_FRAMES {
        if let Some(api) = Reflect::get(&window, &"API".into()).ok().filter(is_api) {
            return Some(api);
        }
        let parent = Reflect::get(&window, &"parent".into()).ok().filter(JsValue::is_object)?;
        if Object::is(&parent, &window) {
            return None;
        }
        window = parent;
    }
    None
}

fn is_api(api: &JsValue) -> bool {
    api.is_object() && Reflect::get(api, &"LMSInitialize".into()).is_ok_and(|f| f.is_function())
}

#[derive(Default)]
struct State {
    /// The last value set for each element, so only changes are sent.
    sent: HashMap<&'static str, String>,
    commit_pending: bool,
    finished: bool,
    finished_before: bool,
    /// Set once the learner reaches the debrief this session.
    final_reported: bool,
    logged: u32,
}

#[derive(Clone)]
struct Lms {
    api: JsValue,
    state: Rc<RefCell<State>>,
}

impl Lms {
    fn log(&self, message: String) {
        let logged = {
            let mut state = self.state.borrow_mut();
            state.logged += 1;
            state.logged
        };
        if logged < MAX_LOGGED {
            web_sys::console::warn_1(&format!("Second Look (LMS): {message}").into());
        } else if logged == MAX_LOGGED {
            web_sys::console::warn_1(&"Second Look (LMS): further problems with the LMS are not logged.".into());
        }
    }

    /// Calls an API function; its answer as text, or `None` (logged) if it
    /// is missing or throws.
    fn call(&self, name: &str, args: &[&str]) -> Option<String> {
        let function = match Reflect::get(&self.api, &name.into()) {
            Ok(f) if f.is_function() => f.unchecked_into::<Function>(),
            _ => {
                self.log(format!("the LMS's API has no {name} function"));
                return None;
            }
        };
        let result = match args {
            [] => function.call0(&self.api),
            [a] => function.call1(&self.api, &(*a).into()),
            [a, b, ..] => function.call2(&self.api, &(*a).into(), &(*b).into()),
        };
        match result {
            Ok(answer) => Some(
                answer
                    .as_string()
                    .or_else(|| answer.as_bool().map(|b| b.to_string()))
                    .or_else(|| answer.as_f64().map(|n| n.to_string()))
                    .unwrap_or_default(),
            ),
            Err(error) => {
                self.log(format!("{name}({args:?}) threw {error:?}"));
                None
            }
        }
    }

    /// Calls a function that answers "true" or "false"; logs anything else.
    fn call_ok(&self, name: &str, args: &[&str]) -> bool {
        match self.call(name, args) {
            Some(answer) if answer == "true" => true,
            Some(answer) => {
                let code = self.call("LMSGetLastError", &[]).unwrap_or_default();
                self.log(format!("{name}({args:?}) answered {answer:?} (LMS error code {code:?})"));
                false
            }
            None => false,
        }
    }

    fn get(&self, element: &str) -> String {
        self.call("LMSGetValue", &[element]).unwrap_or_default()
    }

    /// Sets an element if its value changed, and asks for a commit soon.
    fn set(&self, element: &'static str, value: &str) {
        {
            let mut state = self.state.borrow_mut();
            if state.finished || state.sent.get(element).is_some_and(|sent| sent == value) {
                return;
            }
            state.sent.insert(element, value.to_owned());
        }
        self.call_ok("LMSSetValue", &[element, value]);
        self.commit_soon();
    }

    fn commit_soon(&self) {
        if std::mem::replace(&mut self.state.borrow_mut().commit_pending, true) {
            return;
        }
        let lms = self.clone();
        set_timeout(
            move || {
                let finished = {
                    let mut state = lms.state.borrow_mut();
                    state.commit_pending = false;
                    state.finished
                };
                if !finished {
                    lms.call_ok("LMSCommit", &[""]);
                }
            },
            std::time::Duration::from_millis(COMMIT_AFTER_MS),
        );
    }

    fn report(&self, lesson: &lesson::Lesson, id: &str, saved: &LessonProgress, lms_mastery: Option<f64>) {
        if saved.stage == Stage::Debrief {
            let score = crate::ui::catalogue_page::lesson_score(lesson, saved);
            let status = if score.possible == 0 {
                "completed"
            } else {
                let pass_mark = lms_mastery.unwrap_or_else(|| f64::from(mastery::mastery_points(score.possible)));
                if f64::from(score.earned) >= pass_mark {
                    "passed"
                } else {
                    "failed"
                }
            };
            self.set("cmi.core.score.min", "0");
            self.set("cmi.core.score.max", &score.possible.to_string());
            self.set("cmi.core.score.raw", &score.earned.to_string());
            self.set("cmi.core.lesson_status", status);
            self.state.borrow_mut().final_reported = true;
        } else {
            let state = self.state.borrow();
            let keep = state.finished_before || state.final_reported;
            drop(state);
            if !keep {
                self.set("cmi.core.lesson_status", "incomplete");
            }
        }
        match suspend::encode(id, saved) {
            Some(data) => self.set("cmi.suspend_data", &data),
            None => {
                self.log("the learner's place does not fit in cmi.suspend_data; it is kept in this browser only".into())
            }
        }
        self.set("cmi.core.exit", if saved.stage == Stage::Debrief { "" } else { "suspend" });
    }

    /// Ends the session, once: what the learner did is committed, then `LMSFinish`.
    fn finish(&self) {
        if self.state.borrow().finished {
            return;
        }
        let seconds = web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now() / 1000.0) as u64;
        self.set(
            "cmi.core.session_time",
            &format!("{:02}:{:02}:{:02}", seconds / 3600, seconds / 60 % 60, seconds % 60),
        );
        self.state.borrow_mut().finished = true;
        self.call_ok("LMSCommit", &[""]);
        self.call_ok("LMSFinish", &[""]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_launch_query_names_a_lesson() {
        assert_eq!(lesson_in_query("?lesson=energy-grant"), Some("energy-grant"));
        assert_eq!(lesson_in_query("?lms_sid=4&lesson=hedgehog-count&x=1"), Some("hedgehog-count"));
        assert_eq!(lesson_in_query(""), None);
        assert_eq!(lesson_in_query("?lesson="), None);
        assert_eq!(lesson_in_query("?lesson=%3Cscript%3E"), None);
        assert_eq!(lesson_in_query("?mylesson=a"), None);
    }
}
