//! The bridge to a learning management system, for the SCORM 1.2 packages
//! that `./kit scorm` builds (one per track, and one per lesson). At start the
//! kit looks for the LMS's `API` object in the frames around it; if there is
//! none it does nothing at all. If there is one, it reports the launched track
//! or lesson as one: status (`incomplete` until every lesson is finished, then
//! `passed`/`failed`, or `completed` if none has scored questions), the score
//! over all its lessons (see `mastery::reported_score`), and the learner's
//! place as `cmi.suspend_data`, restored for each lesson this computer has no
//! progress in.
//!
//! An LMS is outside the kit's control: every call is wrapped, and an API
//! that throws, answers "false" or lacks functions only logs to the console.

pub mod course;
pub mod mastery;
pub mod suspend;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use std::sync::Arc;

use js_sys::{Function, Object, Reflect};
use leptos::prelude::*;
use lesson::Lesson;
use wasm_bindgen::{JsCast, JsValue};

use crate::catalogue::Library;
use crate::progress::{LessonProgress, Progress};
use crate::route::Route;
use course::{launch_in_query, Launch};

/// How many frames up the kit looks for the API (SCORM's own advice is 7).
const MAX_FRAMES: usize = 10;
/// How long changes wait before one `LMSCommit` sends them all.
const COMMIT_AFTER_MS: u64 = 1000;
/// Problems logged before the kit stops repeating itself.
const MAX_LOGGED: u32 = 10;

fn launch_search() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// Run once before the app mounts: a launch address `kit.html?track=<id>` or
/// `kit.html?lesson=<id>` with no route in its hash opens that track or lesson.
pub fn open_launch() {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return;
    };
    let hash = location.hash().unwrap_or_default();
    if !matches!(hash.as_str(), "" | "#" | "#/") {
        return;
    }
    let route = match launch_in_query(&launch_search()) {
        Some(Launch::Lesson(id)) => Route::Lesson(id),
        Some(Launch::Track(id)) => Route::Track(id),
        None => return,
    };
    let _ = location.set_hash(&route.to_hash());
}

/// Finds the LMS and, if there is one, reports the launched track or lesson
/// to it. Needs the `Progress` and `Library` stores in context.
pub fn connect() {
    let Some(api) = find_api() else {
        return;
    };
    let lms = Lms { api, state: Rc::new(RefCell::new(State::default())) };
    lms.call_ok("LMSInitialize", &[""]);
    let progress = expect_context::<Progress>();
    let library = expect_context::<Library>();
    // The launch address's query, not the hash: the hash follows the learner
    // from page to page, and some LMSs drop it.
    let Some(launch) = launch_in_query(&launch_search()) else {
        lms.log(
            "Second Look was launched without a track or lesson (kit.html?track=<id>), so it reports nothing.".into(),
        );
        return;
    };
    let lesson_ids = match &launch {
        Launch::Lesson(id) => vec![id.clone()],
        Launch::Track(id) => match library.track(id) {
            Some(track) => track.lessons.clone(),
            None => {
                lms.log(format!("this kit has no track `{id}`, so it reports nothing."));
                return;
            }
        },
    };

    // Resume from the LMS each lesson this browser has nothing for (a learner
    // on another computer, or one whose storage was cleared).
    let stored = lms.get("cmi.suspend_data");
    let lessons: Vec<Arc<Lesson>> = lesson_ids.iter().filter_map(|id| library.lesson(id)).collect();
    let lesson_refs: Vec<&Lesson> = lessons.iter().map(|l| l.as_ref()).collect();
    for (id, saved) in course::decode(&launch, &lesson_refs, &stored) {
        if !progress.has_started(&id) {
            progress.update_lesson(&id, |lesson| *lesson = saved);
        }
    }
    // A track or lesson the LMS already has as passed or completed is never
    // reported as incomplete again, even if the learner goes back over it.
    let status = lms.get("cmi.core.lesson_status");
    lms.state.borrow_mut().finished_before = matches!(status.as_str(), "passed" | "completed");
    // The LMS's own pass mark (from the manifest's masteryscore), in the unit of the score.
    let lms_mastery = lms.get("cmi.student_data.mastery_score").trim().parse::<f64>().ok().filter(|m| m.is_finite());

    let reporter = lms.clone();
    Effect::new(move |_| {
        let Some(lessons) = lesson_ids.iter().map(|id| library.lesson(id)).collect::<Option<Vec<_>>>() else {
            return;
        };
        if !lesson_ids.iter().any(|id| progress.has_started(id)) {
            return;
        }
        let course: Vec<(Arc<Lesson>, LessonProgress)> = lessons
            .into_iter()
            .map(|lesson| {
                let saved = progress.lesson(&lesson.id);
                (lesson, saved)
            })
            .collect();
        let started: Vec<(String, LessonProgress)> = course
            .iter()
            .filter(|(lesson, _)| progress.has_started(&lesson.id))
            .map(|(lesson, saved)| (lesson.id.clone(), saved.clone()))
            .collect();
        reporter.report(&course, lms_mastery);
        let lessons: Vec<&Lesson> = course.iter().map(|(lesson, _)| lesson.as_ref()).collect();
        reporter.report_place(&launch, &started, &lessons);
    });

    if let Some(window) = web_sys::window() {
        // Lives as long as the page.
        gloo_events::EventListener::new(&window, "pagehide", move |_| lms.finish()).forget();
    }
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
    sent: HashMap<String, String>,
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
    fn set(&self, element: &str, value: &str) {
        {
            let mut state = self.state.borrow_mut();
            if state.finished || state.sent.get(element).is_some_and(|sent| sent == value) {
                return;
            }
            state.sent.insert(element.to_owned(), value.to_owned());
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

    /// Status and score of the whole track (or lesson): final once every
    /// lesson is finished, with the points of all of them.
    fn report(&self, course: &[(Arc<Lesson>, LessonProgress)], lms_mastery: Option<f64>) {
        let finished = course.iter().all(|(_, saved)| saved.is_finished());
        if finished {
            let (earned, possible) = course.iter().fold((0, 0), |(earned, possible), (lesson, saved)| {
                let score = saved.score(lesson);
                (earned + score.earned, possible + score.possible)
            });
            let status = if possible == 0 {
                "completed"
            } else {
                let (raw, max) = mastery::reported_score(earned, possible);
                let pass_mark = lms_mastery.unwrap_or_else(|| f64::from(mastery::mastery_score(possible)));
                self.set("cmi.core.score.min", "0");
                self.set("cmi.core.score.max", &max.to_string());
                self.set("cmi.core.score.raw", &raw.to_string());
                if f64::from(raw) >= pass_mark {
                    "passed"
                } else {
                    "failed"
                }
            };
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
        self.set("cmi.core.exit", if finished { "" } else { "suspend" });
        self.report_reporting(course);
    }

    /// Whether the learner reported each lesson's suspicious message, as one
    /// SCORM interaction per such lesson (`report-<lesson id>`, true-false:
    /// `t` reported, `f` not; `correct` when reported). The report is a scored
    /// question too, so it is also in the score.
    fn report_reporting(&self, course: &[(Arc<Lesson>, LessonProgress)]) {
        let reports = course.iter().filter_map(|(lesson, saved)| {
            let attempt = saved.attempt(lesson);
            let reported = crate::progress::report::reported(attempt.activities().iter().copied(), |id| {
                saved.answers.get(id).cloned()
            })?;
            Some((lesson.id.clone(), reported))
        });
        for (n, (lesson, reported)) in reports.enumerate() {
            let at = |field: &str| format!("cmi.interactions.{n}.{field}");
            self.set(&at("id"), &format!("report-{lesson}"));
            self.set(&at("type"), "true-false");
            self.set(&at("student_response"), if reported { "t" } else { "f" });
            self.set(&at("result"), if reported { "correct" } else { "wrong" });
        }
    }

    /// The learner's place in every lesson they started, to resume anywhere.
    fn report_place(&self, launch: &Launch, started: &[(String, LessonProgress)], lessons: &[&Lesson]) {
        match course::encode(launch, started, lessons) {
            Some(data) => self.set("cmi.suspend_data", &data),
            None => {
                self.log("the learner's place does not fit in cmi.suspend_data; it is kept in this browser only".into())
            }
        }
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
