//! Every activity type, in a real browser, by keyboard alone: the fixture
//! lesson `every-activity-type.toml` (imported as a trainer would) has one of
//! each, a pool, a hint, a retry and a page to find. Answers come from the
//! lesson data; which questions and option orders are on show comes from the
//! attempt's saved seed, through the lesson crate's own `Lesson::attempt`.

mod support;

use lesson::{ActivityKind, Answer, Lesson};
use serde_json::Value;
use support::{best_answer, headline_for, repo_root, wrong_answer, Browser, ENTER, SPACE};

fn fixture() -> (std::path::PathBuf, Lesson) {
    let path = repo_root().join("lesson/tests/fixtures/every-activity-type.toml");
    let source = std::fs::read_to_string(&path).expect("fixture");
    let lesson = lesson::parse_lesson("every-activity-type.toml", &source).expect("the fixture is valid");
    (path, lesson)
}

async fn import_and_start(browser: &Browser, path: &std::path::Path, lesson: &Lesson) {
    let input = browser.wait_for("input[type=file]").await;
    input.send_keys(&path.display().to_string()).await.expect("choose the file");
    browser.wait_for_text(".import-reports", &format!("Added “{}”", lesson.title)).await;
    browser.click(&format!("a[href='#/lesson/{}']", lesson.id)).await;
    browser.wait_for_text("h1", &lesson.title).await;
    browser.tab_to("Start investigating").await;
    browser.press(ENTER).await;
    browser.wait_for(".sim-browser").await;
}

/// The learner's saved progress in this lesson, as the kit stored it.
async fn saved_lesson(browser: &Browser, id: &str) -> Value {
    let stored = browser.script("return localStorage.getItem('second-look/progress');").await;
    let progress: Value = serde_json::from_str(stored.as_str().expect("progress is saved")).expect("saved as JSON");
    progress["lessons"][id].clone()
}

/// The option texts of the question on show, in screen order.
async fn options_on_screen(browser: &Browser) -> Vec<String> {
    browser.text_all(".activity-card fieldset label > span:first-of-type").await
}

#[tokio::test(flavor = "multi_thread")]
async fn every_activity_type_is_completed_by_keyboard_and_the_seed_decides_the_attempt() {
    let (path, lesson) = fixture();
    let browser = Browser::open_kit().await;
    import_and_start(&browser, &path, &lesson).await;

    // The seed is saved as the attempt starts, and the attempt on screen is the one it gives.
    let seed = saved_lesson(&browser, &lesson.id).await["seed"].as_u64().expect("a seed is saved");
    let attempt = lesson.attempt(seed);
    let shown = attempt.activities();
    assert_eq!(shown.len(), lesson.activities.len() - 1, "the pool gives one of its two");
    let count = shown.len();

    for (index, activity) in shown.iter().enumerate() {
        browser.wait_for_text("#activity-heading", &format!("Question {} of {count}", index + 1)).await;
        let kind = activity.kind.name();
        // Options come in the order the seed gives.
        if !activity.kind.options().is_empty() {
            let expected: Vec<String> =
                attempt.option_order(activity).into_iter().map(|i| activity.kind.options()[i].text.clone()).collect();
            assert_eq!(options_on_screen(&browser).await, expected, "{kind}: options in the seed's order");
        }
        if let ActivityKind::PutInOrder { steps, .. } = &activity.kind {
            let expected: Vec<String> = attempt.starting_order(activity).iter().map(|&i| steps[i].clone()).collect();
            assert_eq!(browser.text_all(".order-step .order-text").await, expected, "steps start in the seed's order");
        }
        if let Some(hint) = &activity.hint {
            browser.tab_to("Need a hint?").await;
            browser.press(ENTER).await;
            browser.wait_for_text(".hint", &lesson::markdown::to_plain_text(hint)).await;
        }
        match &activity.kind {
            // A retry: wrong first, told to try again without the answer, then right.
            _ if activity.attempts > 1 => {
                let wrong = wrong_answer(activity);
                browser.give_answer_by_keyboard(activity, &wrong).await;
                browser.wait_for_text(".feedback-region", "Have another look").await;
                browser.assert_accessible_in("feedback with a retry", Some(".activity-panel")).await;
                browser.tab_to("Try again").await;
                browser.press(ENTER).await;
                // The wrong pick is still ticked: untick it, then give the best answer.
                for label in support::labels_to_pick(activity, &wrong) {
                    browser.tab_to(&format!("|{label}")).await;
                    browser.press(SPACE).await;
                }
                browser.give_answer_by_keyboard(activity, &best_answer(activity)).await;
                assert!(!browser.text(".activity-card").await.contains("Try again"), "no tries left after this one");
            }
            // A page to find: the form waits until the learner has reached it.
            ActivityKind::FindIt { target, .. } => {
                browser.wait_for_text(".find-status", "Not found yet").await;
                let disabled = browser
                    .script("return [...document.querySelectorAll('.activity-card input')].every(i => i.disabled);")
                    .await;
                assert_eq!(disabled, Value::Bool(true), "the options wait until the page is found");
                let link = browser.wait_for(&format!(".sim-viewport a.mock-link[data-target='{target}']")).await;
                link.click().await.expect("follow the link to the page");
                browser.wait_for_text(".find-status", "You have found the page").await;
                browser.give_answer_by_keyboard(activity, &best_answer(activity)).await;
            }
            _ => browser.give_answer_by_keyboard(activity, &best_answer(activity)).await,
        }
        browser.assert_accessible_in(&format!("{kind} answered"), Some(".activity-panel")).await;
        let next = if index + 1 < count { "Next question" } else { "See the debrief" };
        browser.tab_to(next).await;
        browser.press(ENTER).await;
    }

    // The debrief scores the attempt as the lesson's own scoring does, and
    // recalls the written reflection.
    let answers: Vec<(String, Answer)> = shown.iter().map(|a| (a.id.clone(), best_answer(a))).collect();
    let score = attempt.score(|id| answers.iter().find(|(a, _)| a == id).map(|(_, answer)| answer));
    assert_eq!(score.earned, score.possible);
    browser.wait_for_text(".score", &format!("You scored {} out of {}.", score.earned, score.possible)).await;
    let reflection = shown.iter().find(|a| matches!(a.kind, ActivityKind::Reflection { .. })).expect("a reflection");
    if let Answer::Reflection { text } = best_answer(reflection) {
        browser.wait_for_text(".recap", &text).await;
    }
    let saved = saved_lesson(&browser, &lesson.id).await;
    assert_eq!(saved["seed"].as_u64(), Some(seed), "the seed stays with the attempt");
    browser.assert_accessible("debrief").await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_saved_seed_brings_back_the_same_attempt_after_a_reload() {
    let (path, lesson) = fixture();
    let browser = Browser::open_kit().await;
    import_and_start(&browser, &path, &lesson).await;
    let seed = saved_lesson(&browser, &lesson.id).await["seed"].as_u64().expect("a seed is saved");
    // Walk through every question once, noting what is on screen.
    let mut first_visit = Vec::new();
    let count = lesson.attempt(seed).activities().len();
    for index in 0..count {
        browser.wait_for_text("#activity-heading", &format!("Question {} of {count}", index + 1)).await;
        first_visit.push((browser.text(".activity-card").await, options_on_screen(&browser).await));
        if index + 1 < count {
            browser.click_text(".activity-nav button", "Next question").await;
        }
    }
    browser.client.refresh().await.expect("reload");
    for index in (0..count).rev() {
        browser.wait_for_text("#activity-heading", &format!("Question {} of {count}", index + 1)).await;
        assert_eq!(options_on_screen(&browser).await, first_visit[index].1, "question {} after a reload", index + 1);
        if index > 0 {
            browser.click_text(".activity-nav button", "Previous question").await;
        }
    }
    // A headline check, so the test can fail on feedback too.
    let first = lesson.attempt(seed).activities()[0];
    browser.give_answer(first, &best_answer(first)).await;
    browser.wait_for_text(".feedback-headline", headline_for(first, &best_answer(first))).await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn projector_mode_shows_one_question_at_a_time_and_reveals_on_request() {
    let lessons = support::built_in_lessons();
    let lesson = lessons
        .iter()
        .find(|l| l.audience.contains(&lesson::Audience::Classroom))
        .expect("a classroom lesson is built in");
    let browser = Browser::open_kit().await;
    browser.click(&format!("a[href='#/lesson/{}']", lesson.id)).await;
    browser.tab_to("Show this lesson on a projector").await;
    browser.press(ENTER).await;
    browser.wait_for(".projector").await;
    let shown = lesson.attempt(0);
    let count = shown.activities().len();
    for (index, activity) in shown.activities().iter().enumerate() {
        browser.wait_for_text(".projector-count", &format!("Question {} of {count}", index + 1)).await;
        let prompt = lesson::markdown::to_plain_text(&activity.prompt);
        let first_words: String = prompt.split_whitespace().take(6).collect::<Vec<_>>().join(" ");
        browser.wait_for_text(".projector-prompt", &first_words).await;
        // The explanation waits for the teacher.
        let hidden = browser.script("return document.querySelector('.projector-answer').hidden;").await;
        assert_eq!(hidden, Value::Bool(true), "question {}: the answer is hidden until revealed", index + 1);
        if let Some(page) = &activity.page {
            if let Some((_, mock)) = lesson.web.page(page) {
                browser.wait_for_text(".framed-page .mock-page-title", &mock.title).await;
            }
        }
        browser.tab_to("Reveal the answer").await;
        browser.press(ENTER).await;
        let revealed = browser.text(".projector-answer").await;
        for option in activity.kind.options().iter().filter(|o| o.correct) {
            assert!(revealed.contains(&format!("{} – yes", option.text)), "the right option is named: {revealed}");
        }
        if index == 0 {
            let size = browser
                .script("return parseFloat(getComputedStyle(document.querySelector('.projector-prompt')).fontSize);")
                .await;
            assert!(size.as_f64().unwrap_or_default() >= 22.0, "large type for a classroom: {size}");
            browser.assert_accessible("projector, answer revealed").await;
        }
        if index + 1 < count {
            browser.tab_to("Next question").await;
            browser.press(ENTER).await;
        }
    }
    browser.wait_for_text(".projector-debrief", &lesson.debrief.technique).await;
    browser.close().await;
}
