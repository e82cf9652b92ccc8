//! Every word the kit's screens say, in English, in one place: labels,
//! buttons, headings, messages, what screen readers hear, and the sentences
//! built around numbers and names. Lesson text is not here: it comes from
//! the lesson files. Nor are class names, ids, addresses or key names.
//!
//! One module per screen, or per part of the kit several screens show,
//! named after what the learner sees: `words::catalogue::START_LESSON`.
//! A constant is named after what it says, or where it stands when it is a
//! sentence; a function builds a sentence from what it is given, and is
//! where plurals and word order live. What the lesson model's enums are
//! called (audiences, techniques, sittings) is in [`terms`].
//!
//! A second language, when one is wanted: move this file to `words/en.rs`,
//! copy it to `words/cy.rs` (say) and translate the strings. The compiler
//! checks that the copy has every word and function, with the same types.
//! Then this module chooses: at build time, one kit per language, with
//! `#[cfg(feature = "cy")] pub use cy::*;` and `pub use en::*;` otherwise;
//! or at start-up, from the learner's choice or the browser's language, by
//! turning each constant into a function that reads the language chosen
//! once (a `OnceLock`) and answers from `en` or `cy`. The screens do not
//! change either way. The teacher notes (`lesson/src/bin/teacher-notes/`)
//! have their own words, and the downloads (`records/csv.rs`) theirs.

/// What every screen shares: the kit's header, the tab's title, the way back
/// to the lessons, and the kit's own messages.
pub mod kit {
    pub const NAME: &str = "Second Look";
    pub const SKIP_TO_CONTENT: &str = "Skip to content";
    pub const TAGLINE: &str = "Training simulation: every site in this kit is made up";
    /// The header's navigation, as screen readers name it.
    pub const NAVIGATION: &str = "Kit";
    pub const YOUR_RECORDS: &str = "Your records";
    /// The browser tab's title for a screen.
    pub fn window_title(title: &str) -> String {
        format!("{title} · Second Look")
    }
    /// The breadcrumb back to the first screen, and the debrief's last button.
    pub const ALL_LESSONS: &str = "All lessons";
    pub const SEE_ALL_LESSONS: &str = "See all lessons";
    pub const DISMISS: &str = "Dismiss";
    /// The link in a notice about storage, to where the records are downloaded.
    pub const DOWNLOAD_RECORDS: &str = "Download your records to keep a copy.";
    pub const CANCEL: &str = "Cancel";
}

/// What the lesson model's enums are called on screen.
pub mod terms;

/// Problems in a lesson file, as its author sees them (the first screen, adding a lesson).
pub mod diagnostics {
    pub fn at(line: usize, column: usize) -> String {
        format!("Line {line}, column {column}: ")
    }
    pub const HOW_TO_FIX_IT: &str = "How to fix it: ";
}

/// Lesson text on any screen.
pub mod prose {
    /// Before the description of an image a lesson's Markdown shows (it never loads).
    pub const PICTURE: &str = "Picture: ";
}

/// A page shown on its own to judge, framed (projector mode, the skills check).
pub mod framed_page {
    /// The frame's scrolling view, as screen readers name it.
    pub const THE_PAGE: &str = "The page (scroll to read it all)";
}

/// The first screen: the lessons, each with the learner's status in it.
pub mod catalogue {
    /// The tab's title, and the heading of the list of lessons.
    pub const LESSONS: &str = "Lessons";
    pub const HEADING: &str = "Check before you trust";
    pub const INTRO: &str = "Each lesson puts you in a real situation with a made-up corner of the web. \
        Investigate the pages the way professional fact-checkers do: leave the page, \
        find out who is behind it, and see what other sources say. Nothing you do here leaves this computer.";
    pub const REMOVE_LESSON: &str = "Remove lesson";
    pub const REMOVE_WARNING: &str = "This removes the lesson from this browser (your file is not touched).";
    pub const YES_REMOVE_IT: &str = "Yes, remove it";
    /// After a lesson's facts, for a lesson added from a file.
    pub const IMPORTED: &str = " · imported from a file";
    /// Before the technique tags, for screen readers.
    pub const TECHNIQUES: &str = "Techniques:";
    /// "Classroom · about 15 minutes · 5 questions".
    pub fn lesson_facts(audience: &str, minutes: u32, questions: usize) -> String {
        format!("{audience} · about {minutes} minutes · {questions} questions")
    }
    pub const NOT_STARTED: &str = "Not started";
    pub const START_LESSON: &str = "Start lesson";
    pub fn finished(earned: u32, possible: u32) -> String {
        format!("Finished · scored {earned} out of {possible}")
    }
    pub const REVIEW_LESSON: &str = "Review lesson";
    pub fn in_progress(answered: usize, of: usize) -> String {
        format!("In progress: {answered} of {of} answered")
    }
    pub const CONTINUE_LESSON: &str = "Continue lesson";
    pub const BROKEN_LESSONS: &str = "Lessons that could not be opened";
}

/// Adding a lesson from a file, on the first screen.
pub mod import {
    pub const HEADING: &str = "Add a lesson from a file";
    pub const INTRO: &str = "Trainers write lessons as text files (see the authoring guide that comes with the kit). \
        A lesson you add is checked first, then kept in this browser on this computer.";
    pub const CHOOSE_FILES: &str = "Choose lesson files (.toml), with any images they use";
    pub const OR_DROP_THEM_HERE: &str = "or drop them here";
    /// The images that came with a lesson, after its file's name.
    pub fn with_images(images: &[String]) -> String {
        match images {
            [] => String::new(),
            [image] => format!(" with its image {image}"),
            _ => format!(" with its images {}", images.join(", ")),
        }
    }
    pub fn replaced(title: &str, file: &str, with: &str) -> String {
        format!("Replaced “{title}” with the lesson in {file}{with}. It is in the list of lessons above.")
    }
    pub fn added(title: &str, file: &str, with: &str) -> String {
        format!("Added “{title}” from {file}{with}. It is in the list of lessons above.")
    }
    pub fn not_added(file: &str) -> String {
        format!("{file} was not added. ")
    }
}

/// The tracks: on the first screen, each track's own page, and the way on
/// from a lesson's debrief.
pub mod tracks {
    pub const TRACKS: &str = "Tracks";
    pub const INTRO: &str = "A track is a set of lessons to take in order.";
    pub const START_TRACK: &str = "Start track";
    pub const CONTINUE_TRACK: &str = "Continue track";
    pub const REVIEW_TRACK: &str = "Review track";
    pub const WEEK_LATER_CHECK_READY: &str = "A week on: your last skills check for this track is ready. ";
    pub const TAKE_THE_WEEK_LATER_CHECK: &str = "Take the week-later check";
    pub const STARTS_WITH_A_CHECK: &str = "Starts with a 5-minute skills check, before the first lesson.";
    /// After a finished lesson's title on a track card.
    pub const DONE: &str = " ✓ Done";
    /// "Staff training · 2 lessons · about 30 minutes".
    pub fn track_facts(audience: &str, lessons: usize, minutes: u32) -> String {
        let plural = if lessons == 1 { "" } else { "s" };
        format!("{audience} · {lessons} lesson{plural} · about {minutes} minutes")
    }
    /// "1 of 2 lessons done", beside and inside the progress bar.
    pub fn lessons_done(done: usize, total: usize) -> String {
        let noun = if total == 1 { "lesson" } else { "lessons" };
        format!("{done} of {total} {noun} done")
    }
    pub const LESSONS_IN_THIS_TRACK: &str = "Lessons in this track";
    /// The way into the track's next lesson: "Continue: Title", or "Start: Title".
    pub fn next_lesson(started: bool, title: &str) -> String {
        let label = if started { "Continue" } else { "Start" };
        format!("{label}: {title}")
    }
    pub const START_WITH_THE_CHECK: &str = "Start with the skills check";
    pub const CARRY_ON_WITH_THE_CHECK: &str = "Carry on with the skills check";
    pub fn skip_the_check(next_lesson: &str) -> String {
        format!("Skip the check. {next_lesson}")
    }
    pub const SKIP_THE_CHECK_WARNING: &str = "The check takes about 5 minutes. Once you start a lesson, it can no longer be taken: it shows where you began.";
    pub const FINISHED_EVERY_LESSON: &str = "You have finished every lesson in this track.";
    pub const TAKE_THE_CHECK: &str = "Take the skills check";
    pub const TAKE_THE_CHECK_AGAIN: &str = "Take the skills check again";
    pub const TAKE_THE_WEEK_LATER_SKILLS_CHECK: &str = "Take the week-later skills check";
    pub const SKILLS_CHECK: &str = "Skills check";
    pub const SKILLS_CHECK_INTRO: &str = "Rate a few made-up pages for how far you would trust them: before the lessons, after them and a week later. It shows whether you get better at telling reliable pages from unreliable ones, not just more suspicious of everything.";
    /// A sitting's button, by where it stands.
    pub const TAKE_IT: &str = "Take it";
    pub const CARRY_ON: &str = "Carry on";
    pub const SEE_YOUR_RESULTS: &str = "See your results";
    pub const NEXT_LESSON_IN_THIS_TRACK: &str = "Next lesson in this track: ";
    pub fn track_finished(title: &str) -> String {
        format!("Track finished: back to “{title}”")
    }
    pub const TRACK_NOT_FOUND: &str = "Track not found";
    pub fn no_such_track(id: &str) -> String {
        format!("There is no track called “{id}” in this kit. It may have been removed or renamed.")
    }
}

/// A lesson's screen, around its stages.
pub mod lesson_page {
    pub const LESSON_NOT_FOUND: &str = "Lesson not found";
    pub fn no_such_lesson(id: &str) -> String {
        format!("There is no lesson called “{id}” in this kit. It may have been removed or renamed.")
    }
}

/// A lesson's briefing: the situation, and what the learner will do.
pub mod briefing {
    pub const BRIEFING: &str = "Briefing";
    pub const WHAT_YOU_WILL_DO: &str = "What you will do";
    pub const INVESTIGATE: &str =
        "Investigate the pages in a simulated browser. Every site in it is made up; no link leaves the kit.";
    pub fn answer_questions(questions: usize) -> String {
        format!("Answer {questions} questions. Each answer gets feedback that explains why.")
    }
    pub const READ_THE_DEBRIEF: &str = "Read the debrief: every misleading detail, and what to do next time.";
    pub const START_INVESTIGATING: &str = "Start investigating";
    pub const RUNNING_A_TEAM_SESSION: &str = "Running a team session? ";
    pub const TEACHING_A_CLASS: &str = "Teaching a class? ";
    pub const SHOW_ON_A_PROJECTOR: &str = "Show this lesson on a projector";
    pub const ON_A_PROJECTOR: &str = ": one question at a time, in large type, for a show of hands.";
    pub fn check_first(track: &str) -> String {
        format!(
            "This lesson is part of “{track}”, which starts with a 5-minute skills check. Once you start investigating, that check can no longer be taken. "
        )
    }
    pub const TAKE_THE_CHECK_FIRST: &str = "Take the skills check first";
}

/// The questions beside the simulated browser.
pub mod questions {
    pub const READ_THE_BRIEFING_AGAIN: &str = "Read the briefing again";
    /// "Question 2 of 5", here and in projector mode.
    pub fn question_of(number: usize, count: usize) -> String {
        format!("Question {number} of {count}")
    }
    /// The progress bar, as screen readers name it.
    pub const QUESTIONS_ANSWERED: &str = "Questions answered";
    pub fn answered(answered: usize, count: usize) -> String {
        format!(" {answered} of {count} answered")
    }
    pub const PREVIOUS_QUESTION: &str = "Previous question";
    pub const NEXT_QUESTION: &str = "Next question";
    pub const SEE_THE_DEBRIEF: &str = "See the debrief";
    pub const FIND_THE_PAGE_FIRST: &str = "Find the page first: open it in the simulated browser.";
    pub const WRITE_YOUR_ANSWER_FIRST: &str = "Write your answer first.";
    pub const CHOOSE_AT_LEAST_ONE_ANSWER_FIRST: &str = "Choose at least one answer first.";
    pub const CHOOSE_AN_ANSWER_FIRST: &str = "Choose an answer first.";
    pub const FOUND_THE_PAGE: &str = "You have found the page. Now answer.";
    pub const NOT_FOUND_YET: &str = "Not found yet: find the page in the simulated browser, then answer.";
    pub const NEED_A_HINT: &str = "Need a hint?";
    pub const SAVE_MY_ANSWER: &str = "Save my answer";
    pub const CHECK_ANSWER: &str = "Check answer";
    pub fn try_again(tries_left: u32) -> String {
        match tries_left {
            1 => "Try again (last try)".to_owned(),
            n => format!("Try again ({n} tries left)"),
        }
    }
    /// Before the title of the page a question is about.
    pub const ABOUT_THE_PAGE: &str = "About the page ";
    pub const IT_IS_OPEN: &str = "It is open in the simulated browser.";
    pub const OPEN_IT: &str = "Open it in the simulated browser";
}

/// The answer forms of the questions.
pub mod answers {
    pub const CHOOSE_ONE_ANSWER: &str = "Choose one answer";
    pub const TRUE: &str = "True";
    pub const FALSE: &str = "False";
    pub const TRUE_OR_FALSE: &str = "Is the statement true or false?";
    pub const HOW_FAR_DO_YOU_TRUST_IT: &str = "How far do you trust it? 1 means not at all, 7 means completely.";
    pub const CHOOSE_EVERY_ANSWER: &str = "Choose every answer that applies";
    pub const MARK_EVERY_WORRYING_PART: &str = "Mark every part of the page that should worry you";
    pub const LEAVE_IT: &str = "Leave it: I would not report it";
    /// "To report the message, open it in the mail and press its **Report**
    /// button", the mail's [`super::mock_web::REPORT`].
    pub const TO_REPORT_IT: &str = "To report the message, open it in the mail and press its ";
    pub const BUTTON: &str = " button.";
    /// The legend of the one choice beside reporting: leaving the message.
    pub const OR: &str = "Or";
    /// Beside the option the learner chose, once answered.
    pub const YOUR_ANSWER: &str = "Your answer";
    /// The ends of the trust scale.
    pub const NOT_AT_ALL: &str = "Not at all";
    pub const COMPLETELY: &str = "Completely";
    pub fn show_on_the_page(part: &str) -> String {
        format!("Show “{part}” on the page")
    }
    pub const SHOW_IT: &str = "Show it";
    pub const PUT_IN_ORDER: &str = "Put these in order, first at the top";
    /// Said when a step moves.
    pub fn moved(step: &str, number: usize, count: usize) -> String {
        format!("“{step}” is now number {number} of {count}.")
    }
    pub fn move_up(step: &str) -> String {
        format!("Move “{step}” up")
    }
    pub fn move_down(step: &str) -> String {
        format!("Move “{step}” down")
    }
    pub const UP: &str = "Up";
    pub const DOWN: &str = "Down";
    pub const YOUR_WRITTEN_ANSWER: &str = "Your answer (saved on this device, not marked)";
}

/// Feedback on an answer, and the answer in words (the debrief's recap too).
pub mod feedback {
    use lesson::{Judged, Verdict};

    pub fn verdict(verdict: Verdict) -> &'static str {
        match verdict {
            Verdict::Noted => "Noted.",
            Verdict::Good => "Correct.",
            Verdict::Partly => "Partly.",
            Verdict::NotQuite => "Not quite.",
        }
    }
    /// No options picked.
    pub const NONE: &str = "none";
    pub fn out_of_seven(rating: u8) -> String {
        format!("{rating} out of 7")
    }
    pub const YOU_REPORTED_IT: &str = "You reported the message";
    pub const YOU_LEFT_IT: &str = "You left the message without reporting it";
    pub const AFTER_TYPING: &str = ", after typing on the page its link opened";
    pub const AFTER_OPENING: &str = ", after opening its link";
    pub fn expected(answer: &str) -> String {
        format!("The answer we were looking for: {answer}")
    }
    pub const HOLDS_UP: &str = "This page holds up when you check it: a rating of 5 to 7 fits the evidence.";
    pub const DOES_NOT_HOLD_UP: &str =
        "This page does not hold up when you check it: a rating of 1 to 3 fits the evidence.";
    /// Here and in projector mode.
    pub fn the_statement_is(is_true: bool) -> String {
        format!("The statement is {}.", if is_true { "true" } else { "false" })
    }
    pub fn right_order(steps: &str) -> String {
        format!("The right order: {steps}.")
    }
    /// How a pick of several went, item by item.
    pub fn judged(judged: Judged) -> &'static str {
        match judged {
            Judged::RightPick => "You picked it, rightly.",
            Judged::WrongPick => "You picked it, but it is not one.",
            Judged::Missed | Judged::Whole => "You did not pick it, but it is one.",
        }
    }
    pub const HAVE_ANOTHER_LOOK: &str = "Have another look, then try again.";
}

/// The end of a lesson.
pub mod debrief {
    use lesson::ClueKind;

    /// The top of a printed debrief.
    pub fn printed(lesson: &str) -> String {
        format!("Second Look, a training simulation. Lesson: {lesson}.")
    }
    pub const DEBRIEF: &str = "Debrief";
    pub fn you_scored(earned: u32, possible: u32, not_marked: &str) -> String {
        format!("You scored {earned} out of {possible}.{not_marked}")
    }
    /// Why some questions earned no mark: those that asked for a first
    /// impression, and those that asked for the learner's own words.
    pub fn not_marked(impressions: usize, own_words: usize) -> String {
        let why = match (own_words, impressions) {
            (0, 1) => "it asked for your first impression",
            (1, 0) => "it asked for your own words",
            (0, _) => "they asked for your first impressions",
            (_, 0) => "they asked for your own words",
            _ => "they asked for your first impressions or your own words",
        };
        match impressions + own_words {
            0 => String::new(),
            1 => format!(" One question was not marked: {why}."),
            n => format!(" {n} questions were not marked: {why}."),
        }
    }
    pub const THE_TECHNIQUE: &str = "The technique: ";
    pub const NEXT_TIME: &str = "Next time";
    pub const A_HANDOUT: &str = "A handout to keep";
    pub const HANDOUT_BLANKS: &str =
        "Words in [square brackets] are for your organisation to fill in: ask your trainer for its printed copy.";
    pub const TEACHER_NOTES: &str = "Notes for teachers and trainers";
    pub const BACK_TO_THE_QUESTIONS: &str = "Back to the questions";
    pub const START_AGAIN: &str = "Start this lesson again";
    pub const START_AGAIN_WARNING: &str = "This clears your answers to this lesson.";
    pub const YES_START_AGAIN: &str = "Yes, start again";
    pub const YOUR_ANSWERS: &str = "Your answers";
    pub fn question(number: usize) -> String {
        format!("Question {number}. ")
    }
    pub const YOUR_ANSWER: &str = "Your answer: ";
    pub const NOT_ANSWERED: &str = "Not answered.";
    pub const HOW_YOU_INVESTIGATED: &str = "How you investigated";
    pub const WHAT_WAS_ON_THE_PAGES: &str = "What was on the pages";
    pub fn clue(kind: ClueKind) -> &'static str {
        match kind {
            ClueKind::Warning => "Warning sign",
            ClueKind::Reassuring => "Reassuring sign",
        }
    }
    pub const SHOW_IT_ON_THE_PAGE: &str = "Show it on the page";
}

/// The simulated browser's frame and tools: tabs, address bar, "About this
/// site", the status line, and the page for addresses outside the lesson.
pub mod browser {
    pub const TRAINING_SIMULATION: &str = "Training simulation";
    /// After the badge, in the frame's heading.
    pub const SIMULATED_BROWSER: &str = " Simulated browser: every site here is made up, and no link leaves the kit.";
    /// A tab's title for an address outside the lesson's mock web.
    pub const NOT_PART_OF_THE_EXERCISE: &str = "Not part of the exercise";
    pub const OUTSIDE_HEADING: &str = "This page is not part of the exercise";
    /// After the address.
    pub const IS_OUTSIDE: &str = " is outside this lesson's made-up web. ";
    pub const NOTHING_WAS_LOADED: &str = "The kit never opens real websites, so nothing was loaded.";
    pub const USE_THE_BACK_BUTTON: &str = "Use the Back button to return to the page you were on, or ";
    pub const GO_TO_THE_START: &str = "go to the page the lesson started on";
    pub const TABS: &str = "Tabs of the simulated browser";
    pub const CLOSE_TAB: &str = "Close tab";
    pub const NEW_TAB: &str = "New tab";
    pub const TABS_HELP: &str = "Left and right arrow keys move between tabs. Delete closes a tab.";
    pub const BACK: &str = "Back";
    pub const FORWARD: &str = "Forward";
    pub const ABOUT_THIS_SITE: &str = "About this site";
    pub const ADDRESS: &str = "Address of the simulated page";
    /// The key that opens a link in a new tab, on a Mac and elsewhere.
    pub const MAC_COMMAND_KEY: &str = "⌘";
    pub const CTRL_KEY: &str = "Ctrl";
    pub fn click_for_a_new_tab(key: &str) -> String {
        format!("{key}+click or middle-click opens it in a new tab")
    }
    pub fn enter_for_a_new_tab(key: &str) -> String {
        format!("{key}+Enter opens it in a new tab")
    }
    /// "About this site" on the kit's search engine: "Quarry (**quarry.example**) is …".
    pub const QUARRY_IS: &str = "Quarry (";
    pub const QUARRY_IS_THE_KITS: &str = ") is the training kit's own search engine. \
        It searches only this lesson's made-up web, and nothing you type leaves your computer.";
    /// After an address outside the lesson's mock web.
    pub const NOTHING_TO_LOOK_UP: &str =
        " is not part of the exercise, so there is nothing to look up. The kit never opens real websites.";
    pub const CLOSE: &str = "Close";
    pub const REGISTERED_DOMAIN: &str = "Registered domain: ";
    pub const CONTROLS_EVERY_ADDRESS: &str = ". Whoever registered it controls every address that ends in it.";
    /// "Registered domain: **d**. Everything before it (`x.`) was chosen by whoever registered **d**, so …"
    pub const EVERYTHING_BEFORE_IT: &str = ". Everything before it (";
    pub const WAS_CHOSEN_BY: &str = ") was chosen by whoever registered ";
    pub const TELLS_YOU_NOTHING: &str = ", so it tells you nothing about who runs the site.";
    pub const THE_SITE_CALLS_ITSELF: &str = "The site calls itself “";
    pub fn registration_record(domain: &str) -> String {
        format!("Registration record for {domain}")
    }
    pub const REGISTERED: &str = "Registered";
    pub const REGISTRANT: &str = "Registrant";
    pub const COUNTRY: &str = "Country";
    pub const PRIVACY_SERVICE: &str = "Privacy service";
    pub const NO_RECORD: &str = "No registration record is available for this domain.";
    pub const YOU_ARE_ON: &str = "You are on ";
}

/// Quarry, the kit's own search engine, and its reverse image search.
pub mod quarry {
    use lesson::Change;

    pub const QUARRY: &str = "Quarry";
    pub const QUARRY_HOME: &str = "Quarry home";
    pub const SEARCH_QUARRY: &str = "Search Quarry";
    pub const SEARCH_THIS_LESSONS_WEB: &str = "Search this lesson's web";
    pub const SEARCH: &str = "Search";
    pub const FOOTER: &str = "Quarry is the Second Look training kit's own search engine. \
        It searches only this lesson's made-up web; nothing you type leaves your computer.";
    pub const DIG_A_LITTLE_DEEPER: &str = "Dig a little deeper.";
    /// A tab's title on Quarry's results.
    pub fn results_tab(words: &str) -> String {
        format!("{words} – Quarry")
    }
    pub const PICTURE_TAB: &str = "Pages with this picture – Quarry";
    pub fn results_for(words: &str) -> String {
        format!("Results for “{words}”")
    }
    /// How many results; nothing when there are none (a sentence says so).
    pub fn result_count(results: usize) -> String {
        match results {
            0 => String::new(),
            1 => "1 result".to_owned(),
            n => format!("{n} results"),
        }
    }
    pub fn no_results(words: &str) -> String {
        format!("No results: Quarry found no page that matches “{words}”. ")
    }
    pub const CHECK_THE_SPELLING: &str = "Check the spelling, or try fewer or different words.";
    pub const SPONSORED: &str = "Sponsored";
    pub const PAGES_WITH_THIS_PICTURE: &str = "Pages with this picture";
    pub const THE_PICTURE: &str = "The picture: ";
    /// What Quarry found of a picture, given whether it knows the picture at all.
    pub fn pages_found(known: bool, pages: usize) -> String {
        match (known, pages) {
            (false, _) => "Quarry has no record of this picture.".to_owned(),
            (true, 0) => "Quarry found no page with this picture.".to_owned(),
            (true, 1) => "Quarry found this picture on 1 page.".to_owned(),
            (true, n) => format!(
                "Quarry found this picture, or one like it, on {n} pages. Compare their dates and what each says it shows."
            ),
        }
    }
    pub const EXACT_MATCH: &str = "Exact match";
    pub fn similar(differences: &str) -> String {
        format!("Similar picture: {differences}")
    }
    /// A change the found copy has and the searched one does not.
    pub fn made(change: Change) -> &'static str {
        match change {
            Change::Crop => "cropped",
            Change::Mirror => "mirrored",
            Change::Recolour => "recoloured",
        }
    }
    /// A change the searched copy has and the found one does not.
    pub fn not_made(change: Change) -> &'static str {
        match change {
            Change::Crop => "shows more of the scene",
            Change::Mirror => "flipped the other way",
            Change::Recolour => "in other colours",
        }
    }
    pub const WITH_A_DIFFERENT_CAPTION: &str = "with a different caption";
    pub const WITHOUT_THE_CAPTION: &str = "without the caption";
    pub const THE_SAME_PHOTO: &str = "the same photo";
}

/// What the kit draws around a lesson's pages, in the look of their genre:
/// menus, search boxes, counts, and what screen readers hear of icons.
pub mod mock_web {
    use lesson::Genre;

    /// The sections a site of this genre shows in its navigation bar.
    pub fn site_sections(genre: Genre) -> &'static [&'static str] {
        match genre {
            Genre::News => &["Home", "Local", "National", "Politics", "Money", "Health", "Opinion"],
            Genre::Blog => &["Home", "Archive", "About", "Contact"],
            Genre::Shop => &["All products", "New in", "Offers", "Basket (0)"],
            Genre::Campaign => &["About us", "Our work", "Get involved", "News", "Donate"],
            Genre::Official => &["Services", "Pay", "Apply", "Report", "Contact us"],
            Genre::Social => &["Home", "Explore", "Notifications", "Messages"],
            Genre::Email => &["Inbox", "Starred", "Sent", "Drafts", "Spam", "Bin"],
            Genre::Video => &["Home", "Trending", "Subscriptions", "Library"],
            Genre::Reviews => &["Categories", "Write a review", "For businesses"],
            Genre::Reference => &["Article", "Talk", "Read", "Edit", "View history"],
            Genre::Search => &["All", "News", "Images", "Videos", "Maps"],
            Genre::Lookup => &["Lookup", "Records", "Help"],
        }
    }

    /// The words in the site's own (decorative) search box, for genres that have one.
    pub fn site_search(genre: Genre) -> Option<&'static str> {
        match genre {
            Genre::Shop => Some("Search products"),
            Genre::Email => Some("Search mail"),
            Genre::Reviews => Some("Search companies"),
            Genre::Lookup => Some(ENTER_A_DOMAIN_NAME),
            Genre::Social | Genre::Video | Genre::Reference | Genre::Search => Some("Search"),
            Genre::News | Genre::Blog | Genre::Campaign | Genre::Official => None,
        }
    }

    pub const SEARCH_FOR_THIS_PICTURE: &str = "Search for this picture";
    /// A star rating, its number already written: "4.8 out of 5 stars".
    pub fn stars(rating: &str) -> String {
        format!("{rating} out of 5 stars")
    }
    pub const VERIFIED_ACCOUNT: &str = " (verified account)";
    /// What each count of a post or comment counts.
    pub const LIKES: &str = "likes";
    pub const SHARES: &str = "shares";
    pub const COMMENTS: &str = "comments";
    pub const REPLIES: &str = "replies";
    pub const ABOUT_THE_AUTHOR: &str = "About the author";
    // A domain lookup site's search box.
    pub const DOMAIN_TO_LOOK_UP: &str = "Domain to look up";
    pub const ENTER_A_DOMAIN_NAME: &str = "Enter a domain name";
    pub const LOOK_UP: &str = "Look up";
    pub const TYPE_A_DOMAIN: &str = "Type a domain, such as the part of an email address after the “@”.";
    pub fn no_record_for(domain: &str) -> String {
        format!("No record for “{domain}” in this exercise. Check the spelling, or use a link on this page.")
    }
    // Webmail.
    pub const REPORT: &str = "Report";
    /// After "Report", for screen readers.
    pub const AS_SUSPICIOUS: &str = " this message as suspicious";
    pub const REPORT_HINT: &str = "Report a message you think is phishing or spam.";
    pub const REPORTED: &str =
        "Reported. Thank you: it has gone to the team that checks suspicious messages, and it is out of your inbox.";
    pub const MESSAGES: &str = "Messages";
    pub const UNREAD: &str = "Unread: ";
    /// Whom a message was sent to: the learner, unless the lesson says.
    pub fn to(whom: Option<&str>) -> String {
        format!("to {}", whom.unwrap_or("me"))
    }
    // Video, shop, social media and the pressure a fake applies.
    pub const LENGTH: &str = "Length: ";
    pub const AS_SEEN_ON: &str = "As seen on";
    pub fn countdown_from(clock: &str) -> String {
        format!("A countdown timer, starting from {clock}.")
    }
    pub const HOURS: &str = "hours";
    pub const MINUTES: &str = "min";
    pub const SECONDS: &str = "sec";
    pub const PRICE: &str = "Price: ";
    /// Before a struck-out old price.
    pub const WAS: &str = "was ";
    pub const VERIFIED_PURCHASE: &str = "Verified purchase";
    pub fn joined(when: &str) -> String {
        format!("Joined {when}")
    }
    pub const FOLLOWING: &str = " Following";
    pub const FOLLOWERS: &str = " Followers";
    pub fn comment_count(comments: usize) -> String {
        match comments {
            1 => "1 comment".to_owned(),
            n => format!("{n} comments"),
        }
    }
}

/// A chart's numbers, behind "Show the numbers", and what its scale does.
pub mod charts {
    pub const SHOW_THE_NUMBERS: &str = "Show the numbers";
    pub const NO_NUMBERS_ON_ITS_SCALE: &str = "The chart shows no numbers on its scale.";
    /// "from 40% to 60%"; `unit` comes with its space, if it needs one.
    pub fn range(from: &str, to: &str, unit: &str) -> String {
        format!("from {from}{unit} to {to}{unit}")
    }
    /// "Its scale runs from 40 to 60, so it does not start at zero."
    pub fn scale_runs(two_scales: bool, range: &str, above_zero: bool) -> String {
        let scale = if two_scales { "Its left-hand scale runs" } else { "Its scale runs" };
        let zero = if above_zero { ", so it does not start at zero" } else { "" };
        format!("{scale} {range}{zero}.")
    }
    pub fn second_scale(series: &[&str], range: &str) -> String {
        format!("{} is drawn against a second scale, on the right, {range}.", series.join(" and "))
    }
    pub fn shows_only(first: &str, last: &str, from: &str, to: &str) -> String {
        format!("It shows {first} to {last} only, of {from} to {to}.")
    }
    pub const DRAWN_IN_3D: &str = "Its bars are drawn in 3-D.";
    pub const NO_SOURCE: &str = "It gives no source.";
}

/// Projector mode: one question at a time, for a show of hands.
pub mod projector {
    use lesson::{RATING_MAX, RATING_MIN};

    pub fn title(lesson: &str) -> String {
        format!("{lesson} (projector)")
    }
    pub const LEAVE: &str = "Leave projector mode";
    pub const REVEAL_THE_ANSWER: &str = "Reveal the answer";
    pub const THE_TECHNIQUE: &str = "The technique";
    pub const THE_ANSWER: &str = "The answer";
    /// After a lettered option, once revealed.
    pub const YES: &str = " – yes";
    pub const NO: &str = " – no";
    pub const HANDS_UP_FOR_EACH_LETTER: &str = "Hands up for A, then B, then C…";
    pub const HANDS_UP_FOR_EACH_PICK: &str = "Hands up for each one you would pick: more than one can be right.";
    pub const HANDS_UP_FOR_EACH_PART: &str = "Hands up for each part of the page that worries you.";
    pub const HANDS_UP_TRUE_OR_FALSE: &str = "Hands up for true, then for false.";
    pub fn trust_vote() -> String {
        format!(
            "How far would you trust it? Hands up for {RATING_MIN} to 3 (not much), 4 (not sure), 5 to {RATING_MAX} (a lot)."
        )
    }
    pub fn holds_up() -> String {
        format!("It holds up: 5 to {RATING_MAX} fits the evidence.")
    }
    pub fn does_not_hold_up() -> String {
        format!("It does not hold up: {RATING_MIN} to 3 fits the evidence.")
    }
    pub const WHICH_COMES_FIRST: &str = "Which comes first? Then which? Discuss, then vote.";
    pub const DISCUSS_IN_PAIRS: &str = "Discuss in pairs, then share with the class.";
    pub const WHO_WOULD_REPORT_IT: &str = "Hands up: who would report it? Who would open the link to check?";
    pub const REPORT_IT: &str = "Report it, with the mail's Report button.";
}

/// A sitting of a track's skills check.
pub mod skills_check {
    use lesson::Sitting;

    /// The screen's heading: "Skills check: before the track".
    pub fn title(sitting: Sitting) -> String {
        format!("Skills check: {}", super::terms::sitting(sitting).to_lowercase())
    }
    pub const NO_SKILLS_CHECK: &str = "This track has no skills check.";
    pub const NEW_PAGES: &str =
        "These are new pages: none of them was in your earlier checks, and what you read then still counts.";
    pub fn pages(pages: usize) -> String {
        format!("{pages} pages, one at a time, in about 5 minutes. Each is made up, like every site in this kit.")
    }
    pub const HOW_TO_RATE: &str =
        "Rate each from 1 (you would not trust it at all) to 7 (you would trust it completely).";
    pub const YOUR_OWN_JUDGEMENT: &str =
        "Go with your own judgement: nothing is said about any page until you have rated them all.";
    pub const START: &str = "Start the skills check";
    /// "Page 3 of 8": the page's heading, and its frame's name for screen readers.
    pub fn page_of(number: usize, count: usize) -> String {
        format!("Page {number} of {count}")
    }
    pub const HOW_FAR_WOULD_YOU_TRUST_IT: &str =
        "How far would you trust this page? 1 means not at all, 7 means completely.";
    pub const PAGES_RATED: &str = "Pages rated so far";
    pub const PREVIOUS_PAGE: &str = "Previous page";
    pub const NEXT_PAGE: &str = "Next page";
    pub const FINISH: &str = "Finish and see the explanations";
    pub const LINKS_ARE_OFF: &str = "Links and buttons on the page are switched off: judge it as you see it.";
    pub const CHOOSE_A_RATING: &str = "Choose a rating from 1 to 7 to go on.";
    pub const YOUR_RESULTS: &str = "Your results";
    pub const BACK_TO_THE_TRACK: &str = "Back to the track";
    pub const EVERY_PAGE_EXPLAINED: &str = "Every page explained";
    pub fn page_title(number: usize, title: &str) -> String {
        format!("Page {number}: {title}")
    }
    pub fn verdict(reliable: bool) -> &'static str {
        if reliable {
            "Reliable"
        } else {
            "Not reliable"
        }
    }
    pub fn rated(rating: Option<u8>) -> String {
        rating.map_or("You did not rate it.".to_owned(), |r| format!("You rated it {r}."))
    }
    pub fn see_again(number: usize) -> String {
        format!("See page {number} again")
    }
}

/// The skills check's figures: the chart, its table, and the sentences
/// under a sitting's results. Pupils get plain words; everyone else the
/// measures by name.
pub mod skills_chart {
    use lesson::{RatingPattern, Sitting};

    /// A sitting under its bar.
    pub fn short(sitting: Sitting) -> &'static str {
        match sitting {
            Sitting::Before => "Before",
            Sitting::After => "After",
            Sitting::Later => "Week later",
        }
    }
    /// One sitting's figures, already written, in words for a pupil.
    pub fn pupil_gap(reliable: &str, unreliable: &str, gap: &str) -> String {
        format!(
            "You gave the trustworthy pages {reliable} out of 7 on average, and the untrustworthy ones {unreliable}. The gap between them is {gap}: the bigger the gap, the better you told them apart. "
        )
    }
    pub const PUPIL_NO_GAP: &str = "You did not rate both kinds of page, so there is no gap to show. ";
    pub fn pupil_average(rated: usize, mean: &str) -> String {
        format!(
            "Over all {rated} pages, you gave {mean} out of 7 on average (1 means you trusted none of them, 7 that you trusted them all)."
        )
    }
    pub fn discernment(reliable: &str, unreliable: &str, discernment: &str) -> String {
        format!(
            "You rated the reliable pages {reliable} on average and the unreliable ones {unreliable}: a discernment of {discernment} (from −6 to +6; above 0 means you trusted the reliable pages more). "
        )
    }
    pub const NO_DISCERNMENT: &str =
        "There were not ratings of both kinds of page, so there is no discernment figure. ";
    pub fn mean_trust(rated: usize, mean: &str) -> String {
        format!(
            "Your mean trust over the {rated} pages you rated, the measure of scepticism, was {mean} (from 1, trusting nothing, to 7, trusting everything)."
        )
    }
    /// What a sitting's ratings were, when every one was low: said before the
    /// figures, plainly. `up_to` is the highest rating that distrusts a page.
    pub fn trusted_none(pupil: bool, up_to: u8) -> String {
        if pupil {
            format!(
                "You did not trust any of the pages, not even the trustworthy ones: you gave every page {up_to} or less. Checking well means trusting the pages that deserve it, too."
            )
        } else {
            format!(
                "You trusted none of the pages, including the reliable ones: you rated every page {up_to} or lower. Checking well means trusting the pages that earn it as well as doubting the rest."
            )
        }
    }
    /// When every rating was high; `from` is the lowest rating that trusts a page.
    pub fn trusted_all(pupil: bool, from: u8) -> String {
        if pupil {
            format!(
                "You trusted all of the pages, even the untrustworthy ones: you gave every page {from} or more. Checking well means spotting the pages that do not deserve it, too."
            )
        } else {
            format!(
                "You trusted all of the pages, including the unreliable ones: you rated every page {from} or higher. Checking well means doubting the pages that give themselves away as well as trusting the rest."
            )
        }
    }
    /// When every page had the same rating (and it was neither low nor high).
    pub fn all_alike(pupil: bool, rating: u8) -> String {
        if pupil {
            format!(
                "You gave every page the same rating, {rating}, so your ratings did not show which pages you thought were trustworthy."
            )
        } else {
            format!("You rated every page {rating}, so your ratings did not tell the reliable pages from the unreliable ones.")
        }
    }
    /// How the figures moved since an earlier sitting: for a pupil, the gap
    /// and their average; for everyone else, discernment and mean trust.
    pub fn change(
        pupil: bool,
        earlier: Sitting,
        gap: &str,
        gap_reading: &str,
        trust: &str,
        trust_reading: &str,
    ) -> String {
        let earlier = super::terms::sitting(earlier).to_lowercase();
        if pupil {
            format!(
                "Since your check {earlier}: the gap {gap} ({gap_reading}); your average {trust} ({trust_reading})."
            )
        } else {
            format!(
                "Since your check {earlier}: discernment {gap} ({gap_reading}); mean trust {trust} ({trust_reading})."
            )
        }
    }
    /// What a move in the gap (discernment) means, when it is at least the
    /// noise: up, or down. Each a pupil's words, then the measure's.
    pub const GAP_BETTER: (&str, &str) = (
        "up: you now tell trustworthy and untrustworthy pages apart better",
        "up: you now tell reliable and unreliable pages apart better",
    );
    pub const GAP_WORSE: (&str, &str) = (
        "down: this time you did less well at telling trustworthy and untrustworthy pages apart",
        "down: you now tell reliable and unreliable pages apart less well",
    );
    /// A move in the gap smaller than `noise` (the figure as shown).
    pub fn gap_about_the_same(pupil: bool, noise: &str) -> String {
        if pupil {
            format!("about the same: a change of less than {noise} can happen just because you saw different pages")
        } else {
            format!("about the same: a change of less than {noise} can come from the different pages alone")
        }
    }
    /// A rise in the gap as big as the noise, when this time's ratings were
    /// all low, all high or all alike: not called better.
    pub fn gap_up_without_telling_apart(pupil: bool, pattern: RatingPattern) -> &'static str {
        match (pattern, pupil) {
            (RatingPattern::TrustedNone, true) => {
                "up, but this time you did not trust any of the pages, so it does not show good checking"
            }
            (RatingPattern::TrustedNone, false) => {
                "up, but this time you trusted none of the pages, so it is no sign of skill"
            }
            (RatingPattern::TrustedAll, true) => {
                "up, but this time you trusted every page, so it does not show good checking"
            }
            (RatingPattern::TrustedAll, false) => "up, but this time you trusted every page, so it is no sign of skill",
            (RatingPattern::AllAlike(_), true) => {
                "up, but this time you gave every page the same rating, so it does not show good checking"
            }
            (RatingPattern::AllAlike(_), false) => {
                "up, but this time you gave every page the same rating, so it is no sign of skill"
            }
            // Ratings that tell pages apart make a rise better (see `lesson::SittingChange`).
            (RatingPattern::Mixed, pupil) => {
                if pupil {
                    GAP_BETTER.0
                } else {
                    GAP_BETTER.1
                }
            }
        }
    }
    /// What a move in the average (mean trust) means, when it is at least the
    /// noise. Each a pupil's words, then the measure's.
    pub const TRUST_MORE: (&str, &str) =
        ("up: you trust pages more than before", "up: you trust pages more in general");
    pub const TRUST_LESS: (&str, &str) =
        ("down: you trust pages less than before", "down: you are more sceptical of pages in general");
    /// A move in the average smaller than `noise` (the figure as shown).
    pub fn trust_about_the_same(pupil: bool, noise: &str) -> String {
        if pupil {
            "about the same".to_owned()
        } else {
            format!("about the same: less than {noise}")
        }
    }
    // The chart. Each pair: a pupil's words, then the measure's.
    /// The two figures: each panel's title, and the key's names for them.
    pub const GAP: (&str, &str) = ("The gap", "Discernment");
    pub const TRUST: (&str, &str) = ("Your average", "Mean trust");
    /// The key: what each figure means, after its name.
    pub const GAP_MEANS: (&str, &str) = (
        " is how much more you trusted the trustworthy pages than the untrustworthy ones: bigger is better. ",
        " is how much more you trusted the reliable pages than the unreliable ones: higher is better. ",
    );
    pub const TRUST_MEANS: (&str, &str) = (
        " is how much you trusted pages in general. If it goes down but the gap does not grow, you have started to doubt everything, good pages too.",
        " measures scepticism: how far you trusted pages in general, where lower is more sceptical. If it falls while discernment stays put, you have grown suspicious of everything, good pages too.",
    );
    pub const CAPTION: (&str, &str) =
        ("Your skills check, each time you took it", "Your skills check, sitting by sitting");
    pub const GAP_CHART: (&str, &str) = (
        "Bar chart of the gap for each check; the table below gives the same figures.",
        "Bar chart of discernment for each sitting; the table below gives the same figures.",
    );
    pub const TRUST_CHART: (&str, &str) = (
        "Bar chart of your average for each check; the table below gives the same figures.",
        "Bar chart of mean trust for each sitting; the table below gives the same figures.",
    );
    /// The table under the chart, and its columns.
    pub const THE_FIGURES: &str = "The figures in the chart";
    pub const SITTING: (&str, &str) = ("Check", "Sitting");
    pub const TAKEN_ON: &str = "Taken on";
    pub const TRUST_COLUMN: (&str, &str) = ("Your average", "Mean trust (scepticism)");
    pub const TRUST_RELIABLE: (&str, &str) = ("Average for trustworthy pages", "Mean trust in reliable pages");
    pub const TRUST_UNRELIABLE: (&str, &str) = ("Average for untrustworthy pages", "Mean trust in unreliable pages");
    /// The ends of the gap's scale, for a pupil: which way is better.
    pub const BETTER: &str = "better";
    pub const WORSE: &str = "worse";
}

/// "Your records": results, downloads, and restoring progress from a file.
pub mod records {
    use lesson::Score;

    use crate::records::{percent, Status};

    pub const INTRO: &str =
        "What you have done in Second Look in this browser on this computer. It stays here unless you download it.";
    pub const NOTHING_YET: &str = "You have not started any lessons in this browser yet.";
    pub const LESSONS_NOT_IN_A_TRACK: &str = "Lessons not in a track";
    pub const FOR_TRAINERS: &str = "For trainers";
    /// After "Check a certificate".
    pub const CHECK_A_CERTIFICATE_HOW: &str =
        ": type the figures a certificate shows and its verification code, and see whether they match.";
    pub const FINISH_FOR_A_CERTIFICATE: &str = "Finish every lesson in this track to get a certificate.";
    /// A table's caption, for screen readers.
    pub fn lessons_in(track: &str) -> String {
        format!("Lessons in {track}")
    }
    pub const LESSON: &str = "Lesson";
    pub const STATUS: &str = "Status";
    pub const SCORE: &str = "Score";
    pub fn not_in_this_kit(title: &str) -> String {
        format!("{title} (not in this kit)")
    }
    pub fn status(status: Status) -> &'static str {
        match status {
            Status::NotStarted => "Not started",
            Status::InProgress => "In progress",
            Status::Finished => "Finished",
        }
    }
    /// "Finished on 12 March 2025".
    pub fn status_on(status: Status, day: &str) -> String {
        format!("{} on {day}", self::status(status))
    }
    /// "3 out of 4 (75%)"; without the percentage when nothing was scored.
    pub fn score(score: Score) -> String {
        match percent(score) {
            Some(percent) => format!("{} out of {} ({percent}%)", score.earned, score.possible),
            None => format!("{} out of {}", score.earned, score.possible),
        }
    }
    /// A lesson's score, and whether the learner reported its suspicious message.
    pub fn score_and_report(score: Score, reported: bool) -> String {
        if reported {
            format!("{}; reported the suspicious message", self::score(score))
        } else {
            format!("{}; did not report the suspicious message", self::score(score))
        }
    }
    pub const NOT_YET: &str = "Not yet";
    pub const DOWNLOAD_HEADING: &str = "Download your records";
    pub const DOWNLOAD_INTRO: &str =
        "Keep a copy, take your progress to another computer, or give your results to your trainer. \
        The JSON file holds everything, and can be restored here or on another computer; \
        the CSV file opens in a spreadsheet.";
    pub const DOWNLOAD_AS_JSON: &str = "Download as JSON";
    pub const DOWNLOAD_AS_CSV: &str = "Download as CSV";
    pub fn saving(file: &str) -> String {
        format!("Your browser is saving {file}: look in its downloads (often the Downloads folder).")
    }
    pub const CANNOT_SAVE: &str =
        "This browser did not let the kit save a file. Try another browser, such as a current Chrome, Edge or Firefox.";
    pub const RESTORE_HEADING: &str = "Restore from a file";
    pub const RESTORE_INTRO: &str =
        "Carry on where you were on another computer: choose a file you downloaded with “Download as JSON”. \
        The kit checks it and asks before it replaces anything.";
    pub const CHOOSE_A_RECORDS_FILE: &str = "Choose a records file (.json)";
    pub const NO_ROOM_FOR_A_COPY: &str = "There is no room in this browser's storage to keep a copy of your current progress, so the kit has not replaced it. Download your records as JSON first, then ask whoever looks after this computer to clear space.";
    pub fn not_restored(file: &str, problem: &str) -> String {
        format!("{file} was not restored. {problem} Your progress in this browser has not been changed.")
    }
    pub fn restored(file: &str, copy_key: Option<&str>) -> String {
        let kept = match copy_key {
            Some(key) => format!(" The progress it replaced is kept in this browser's storage under “{key}”."),
            None => String::new(),
        };
        format!("Your progress now comes from {file}.{kept}")
    }
    pub const UNDO: &str = "Undo: put back the progress I had";
    pub const UNDONE: &str = "Your progress is back as it was before the restore.";
    /// When a records file was exported, if it does not say.
    pub const ON_A_DAY_IT_DOES_NOT_SAY: &str = "on a day it does not say";
    pub fn replace_question(file: &str, exported: &str) -> String {
        format!("Replace your progress on this device with the progress from {file}, exported {exported}?")
    }
    pub fn file_has(contents: &str) -> String {
        format!("The file has {contents}. Your current progress will be kept as a copy in this browser.")
    }
    pub const YES_REPLACE: &str = "Yes, replace my progress";
}

/// A finished track's certificate, and "Check a certificate" for trainers.
pub mod certificate {
    use lesson::Score;

    pub const GET_YOUR_CERTIFICATE: &str = "Get your certificate";
    /// What the saved name is called if the browser cannot keep it.
    pub const NAME_SAVED_AS: &str = "The name for your certificates";
    pub fn title(track: &str) -> String {
        format!("Certificate: {track}")
    }
    pub fn finish_first(lessons_done: &str) -> String {
        format!("Finish every lesson in this track first: {lessons_done}.")
    }
    pub const GO_TO_THE_TRACK: &str = "Go to the track";
    pub const YOUR_NAME: &str = "Your name, as it should appear on the certificate";
    pub const NAME_HINT: &str = "Your name is kept only in this browser on this computer. The verification code appears on the certificate once you type it.";
    pub const PRINT: &str = "Print the certificate";
    pub const KIT: &str = "Second Look · training in checking sources";
    pub const OF_COMPLETION: &str = "Certificate of completion";
    pub const THIS_IS_TO_CERTIFY: &str = "This is to certify that";
    pub const TYPE_YOUR_NAME: &str = "(type your name above)";
    pub const HAS_COMPLETED: &str = "has completed the track";
    /// Before the date.
    pub const ON: &str = "on ";
    pub const SCORES: &str = "Scores";
    pub const LESSON: &str = "Lesson";
    pub const SCORE: &str = "Score";
    pub const OVERALL: &str = "Overall";
    /// "3 out of 4".
    pub fn points(score: Score) -> String {
        format!("{} out of {}", score.earned, score.possible)
    }
    pub const VERIFICATION_CODE_IS: &str = "Verification code: ";
    pub const CODE_ONCE_NAMED: &str = "The verification code appears once you type your name.";
    pub const HOW_TO_CHECK: &str =
        "To check this certificate, open Second Look, choose “Your records”, then “Check a certificate”, \
        and type the name, date, track, scores and code shown here. The code shows that none of them has been \
        edited since the kit made the certificate. It is not a signature, and does not show who took the lessons.";
    // Check a certificate.
    pub const CHECK_A_CERTIFICATE: &str = "Check a certificate";
    pub const CHECK_LEAD: &str = "Type what the certificate shows, exactly as printed, with its verification code. \
        The kit works out the code those figures give and tells you whether it is the one printed.";
    pub const WHAT_A_MATCH_SHOWS: &str =
        "A match shows that nothing on the certificate has been edited since the kit made it. It is not a \
        signature: the kit works offline with no secret, so it cannot prove who took the lessons, and someone \
        who studies the kit could make a code for made-up figures. Check with the same version of the kit, \
        since the lessons' titles are part of the code.";
    pub const TRACK: &str = "Track";
    pub const NAME: &str = "Name";
    pub const DATE: &str = "Date";
    pub const DATE_HINT: &str = "As printed, for example 12 March 2025";
    pub const VERIFICATION_CODE: &str = "Verification code";
    pub const CODE_HINT: &str = "For example SL-7Q4K-M2X9-PD3A";
    pub const CHECK: &str = "Check";
    /// Each score: points, "out of", possible points.
    pub const POINTS: &str = "Points";
    pub const OUT_OF: &str = "out of";
    pub const TYPE_EVERY_FIGURE: &str = "Type every figure first. Missing or unreadable:";
    // What is missing.
    pub const THE_NAME: &str = "the name";
    pub const THE_DATE: &str = "the date, as printed (for example 12 March 2025)";
    pub fn the_score_for(lesson: &str) -> String {
        format!("both numbers of the score for “{lesson}”")
    }
    pub const THE_OVERALL_SCORE: &str = "both numbers of the overall score";
    pub const THE_CODE: &str = "the verification code";
    pub const DOES_NOT_MATCH: &str = "These figures do not match the code.";
    pub const WHY_NOT: &str =
        " Check that you typed every figure, the name and the date exactly as printed. If they are right, \
        something on the certificate has been changed since the kit made it (or another version of the kit made it).";
    pub fn matches(code: &str) -> String {
        format!("These figures match the code {code}.")
    }
    pub const NOTHING_EDITED: &str = " Nothing on the certificate has been edited since the kit made it.";
}

/// The kit's own notices (storage, saved progress), in words.
pub fn notice(notice: &crate::notices::Notice) -> String {
    use crate::notices::{Document, Notice};
    let what = |document: &Document| match document {
        Document::Progress => "Your saved progress",
        Document::ImportedLessons => "Your imported lessons",
        Document::CertificateName => certificate::NAME_SAVED_AS,
    };
    match notice {
        Notice::StorageUnavailable => "This browser does not let the kit keep anything (private browsing, or a locked-down browser). You can still do every lesson, but your progress will not be kept after you close this tab.".to_owned(),
        Notice::NotSaved(document) => format!(
            "{} could not be saved: this browser's storage is full or blocked. Nothing is lost while this tab stays open.",
            match document {
                Document::Progress => "Your progress",
                other => what(other),
            }
        ),
        Notice::Unreadable { document, reason, copy: Some(copy) } => format!(
            "{} could not be read: {reason}. A copy has been kept in this browser's storage under “{copy}”, and from now on the kit saves alongside it.",
            what(document)
        ),
        Notice::Unreadable { document, reason, copy: None } => format!(
            "{} could not be read: {reason}. There is no room to keep a copy, so the kit leaves it untouched and will not save over it in this session.",
            what(document)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lesson::Score;

    #[test]
    fn counts_of_one_are_singular() {
        assert_eq!(tracks::lessons_done(0, 2), "0 of 2 lessons done");
        assert_eq!(tracks::lessons_done(1, 1), "1 of 1 lesson done");
        assert_eq!(tracks::track_facts("Staff training", 1, 15), "Staff training · 1 lesson · about 15 minutes");
        assert_eq!(questions::try_again(1), "Try again (last try)");
        assert_eq!(questions::try_again(2), "Try again (2 tries left)");
        assert_eq!(mock_web::comment_count(1), "1 comment");
        assert_eq!(quarry::result_count(0), "");
    }

    #[test]
    fn unmarked_questions_say_why() {
        assert_eq!(debrief::not_marked(0, 0), "");
        assert_eq!(debrief::not_marked(1, 0), " One question was not marked: it asked for your first impression.");
        assert_eq!(
            debrief::not_marked(1, 2),
            " 3 questions were not marked: they asked for your first impressions or your own words."
        );
    }

    #[test]
    fn scores_read_with_their_percentage() {
        assert_eq!(records::score(Score { earned: 3, possible: 4 }), "3 out of 4 (75%)");
        assert_eq!(records::score(Score { earned: 2, possible: 3 }), "2 out of 3 (66%)");
        assert_eq!(records::score(Score { earned: 0, possible: 0 }), "0 out of 0");
    }

    #[test]
    fn a_sitting_reads_in_lower_case_inside_a_title() {
        assert_eq!(skills_check::title(lesson::Sitting::Later), "Skills check: a week later");
    }
}
