//! How hard a lesson's own words are to read: the Flesch–Kincaid grade level
//! of the prose the kit says to the learner (the briefing, every question,
//! option, hint and piece of feedback, and the debrief), not of the mock
//! pages, which are written as their sites would write them, nor of the
//! teacher notes.
//!
//! Grade = 0.39 × (words per sentence) + 11.8 × (syllables per word) − 15.59.
//! A grade of 6 (a reading age of about 11) suits the youngest classroom
//! learners; staff prose is held to 8, plain English as public bodies write it.
//! Syllables are counted by the usual rule of thumb (groups of
//! vowels, less a silent final "e"), which is what every published
//! implementation does; it is an estimate, and good enough to catch prose that
//! has drifted into long words and long sentences.

use crate::model::{ActivityKind, Audience, Lesson};

/// The highest grade a lesson may have for each audience. Classroom: ages
/// 11–16, so a reader of 11 must manage it. Staff: plain English as public
/// bodies write it.
pub fn limit(audience: Audience) -> f64 {
    match audience {
        Audience::Classroom => 6.0,
        Audience::Staff | Audience::General => 8.0,
    }
}

/// The words, sentences and syllables of some prose.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    pub words: usize,
    pub sentences: usize,
    pub syllables: usize,
}

impl Counts {
    /// The Flesch–Kincaid grade level; 0 for no words.
    pub fn grade(&self) -> f64 {
        if self.words == 0 {
            return 0.0;
        }
        let sentences = self.sentences.max(1) as f64;
        let words = self.words as f64;
        0.39 * words / sentences + 11.8 * self.syllables as f64 / words - 15.59
    }

    fn add(&mut self, other: Counts) {
        self.words += other.words;
        self.sentences += other.sentences;
        self.syllables += other.syllables;
    }
}

/// Counts plain text (not Markdown). Each paragraph, list item or line
/// without a closing full stop still ends a sentence: a heading or a list item
/// is read as one.
pub fn count(text: &str) -> Counts {
    let mut counts = Counts::default();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let mut in_sentence = false;
        for word in line.split_whitespace() {
            let letters: String = word.chars().filter(|c| c.is_alphabetic()).collect();
            if !letters.is_empty() {
                counts.words += 1;
                counts.syllables += syllables(&letters);
                in_sentence = true;
            } else if word.chars().any(|c| c.is_ascii_digit()) {
                // A number is read as a word of about two syllables.
                counts.words += 1;
                counts.syllables += 2;
                in_sentence = true;
            }
            if in_sentence && ends_sentence(word) {
                counts.sentences += 1;
                in_sentence = false;
            }
        }
        if in_sentence {
            counts.sentences += 1;
        }
    }
    counts
}

fn ends_sentence(word: &str) -> bool {
    let word = word.trim_end_matches(['"', '\'', ')', '”', '’', '*']);
    // "e.g." and "Dr." do not end a sentence; a word of two or more letters with a stop does.
    let stop = word.ends_with(['.', '!', '?', ':', ';']);
    let abbreviation =
        matches!(word.to_ascii_lowercase().as_str(), "e.g." | "i.e." | "dr." | "mr." | "mrs." | "ms." | "st.");
    stop && !abbreviation
}

/// Syllables in one word of letters: vowel groups, less a silent final "e", at least one.
pub fn syllables(word: &str) -> usize {
    let word = word.to_lowercase();
    let chars: Vec<char> = word.chars().collect();
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let mut groups = 0;
    let mut previous = false;
    for &c in &chars {
        let is = vowel(c);
        if is && !previous {
            groups += 1;
        }
        previous = is;
    }
    let n = chars.len();
    // "make", "share": a final e is silent; "table", "people": "-le" after a consonant is not.
    let silent_e = n > 2 && chars[n - 1] == 'e' && !vowel(chars[n - 2]);
    let consonant_le = n > 2 && chars[n - 2] == 'l' && !vowel(chars[n - 3]);
    if silent_e && !consonant_le {
        groups -= 1;
    }
    groups.max(1)
}

/// The learner-facing prose of a lesson, each piece as plain text.
pub fn learner_prose(lesson: &Lesson) -> Vec<String> {
    let plain = crate::markdown::to_plain_text;
    let mut prose = vec![plain(&lesson.briefing.text)];
    for activity in &lesson.activities {
        prose.push(plain(&activity.prompt));
        prose.extend(activity.hint.as_deref().map(plain));
        match &activity.kind {
            ActivityKind::SingleChoice { options }
            | ActivityKind::MultipleChoice { options }
            | ActivityKind::FindIt { options, .. } => {
                for option in options {
                    prose.push(plain(&option.text));
                    prose.push(plain(&option.feedback));
                }
            }
            ActivityKind::TrueFalse { feedback, .. } | ActivityKind::PutInOrder { feedback, .. } => {
                prose.push(plain(&feedback.right));
                prose.push(plain(&feedback.wrong));
            }
            ActivityKind::TrustRating { feedback, .. } => {
                prose.extend([&feedback.low, &feedback.middle, &feedback.high].map(|f| plain(f)));
            }
            ActivityKind::SpotTheClue { elements } => {
                for element in elements {
                    prose.push(plain(&element.label));
                    prose.push(plain(&element.feedback));
                }
            }
            ActivityKind::Reflection { feedback } => prose.push(plain(feedback)),
            ActivityKind::Report { feedback, .. } => {
                prose.extend([&feedback.reported, &feedback.not_reported, &feedback.after_a_click].map(|f| plain(f)));
            }
        }
    }
    let debrief = &lesson.debrief;
    prose.push(debrief.technique.clone());
    prose.push(plain(&debrief.text));
    for clue in &debrief.clues {
        prose.push(clue.detail.clone());
        prose.push(plain(&clue.explanation));
    }
    prose.extend(debrief.next_time.iter().cloned());
    prose.extend(debrief.handout.as_deref().map(plain));
    prose
}

/// The counts of a lesson's learner-facing prose, taken together.
pub fn of_lesson(lesson: &Lesson) -> Counts {
    let mut counts = Counts::default();
    for piece in learner_prose(lesson) {
        counts.add(count(&piece));
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_syllables_as_the_rule_of_thumb_does() {
        for (word, expected) in [
            ("cat", 1),
            ("make", 1),
            ("table", 2),
            ("hedgehog", 3), // an estimate: the rule of thumb hears "hedge-e-hog"
            ("discernment", 3),
            ("reliable", 3), // "ia" is one vowel group to the rule
            ("the", 1),
            ("organisation", 5),
        ] {
            assert_eq!(syllables(word), expected, "{word}");
        }
    }

    #[test]
    fn short_plain_sentences_score_low_and_long_ones_high() {
        let plain = count("The dog sat on the mat. It was warm. We went home.");
        assert_eq!((plain.words, plain.sentences), (12, 3));
        assert!(plain.grade() < 2.0, "{}", plain.grade());
        let dense = count(
            "Notwithstanding the aforementioned considerations, institutional accountability necessitates comprehensive documentation of organisational decision-making procedures.",
        );
        assert_eq!(dense.sentences, 1);
        assert!(dense.grade() > 14.0, "{}", dense.grade());
    }

    #[test]
    fn a_line_without_a_stop_is_a_sentence() {
        assert_eq!(count("Read the results\nThen choose one").sentences, 2);
        assert_eq!(count("e.g. this one. And Dr. Patel's.").sentences, 2);
    }
}
