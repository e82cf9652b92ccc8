//! A certificate for a finished track, and its verification code.
//!
//! The code is [`stable_hash`] of a canonical text of every figure on the
//! certificate (name, date, track, each lesson's title and score, the
//! overall score), written in Crockford's base 32 as `SL-7Q4K-M2X9-PD3A`.
//! Edit any of them and the code no longer matches, so a trainer who types
//! what a certificate shows into "Check a certificate" finds out.
//!
//! What it does not prove: the kit runs offline and has no secret, so the
//! code is a check against editing, not a signature. Someone who reads this
//! source could compute a code for made-up figures; and it says nothing about
//! who sat at the keyboard.

use lesson::seeded::stable_hash;
use lesson::Score;

use super::TrackRecord;
use crate::calendar::CalendarDate;

/// Crockford's base 32: digits and letters without I, L, O and U, so a code
/// read aloud or copied from paper is hard to get wrong.
const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The version of the canonical text, part of it, so that a later kit can
/// change what a code covers without old codes matching new certificates.
const CANONICAL_VERSION: u32 = 1;

/// Everything a certificate shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Certificate {
    /// As the learner typed it, spaces tidied (see [`tidy_name`]).
    pub name: String,
    pub date: CalendarDate,
    /// The track's title.
    pub track: String,
    /// Each lesson's title and score, in the track's order.
    pub lessons: Vec<(String, Score)>,
    pub overall: Score,
}

impl Certificate {
    /// The certificate for a finished track; `None` until every lesson in it is done.
    pub fn for_track(name: &str, date: CalendarDate, track: &TrackRecord) -> Option<Certificate> {
        if !track.is_finished() || track.lessons.is_empty() {
            return None;
        }
        let lessons: Vec<(String, Score)> =
            track.lessons.iter().map(|lesson| Some((lesson.title.clone(), lesson.score?))).collect::<Option<_>>()?;
        Some(Certificate {
            name: tidy_name(name),
            date,
            track: track.title.clone(),
            lessons,
            overall: track.overall()?,
        })
    }

    /// One line per figure, each text quoted as JSON (so no title or name can
    /// run into the next line). What the verification code is computed over.
    pub fn canonical_text(&self) -> String {
        let quote = |text: &str| serde_json::Value::from(text).to_string();
        let score = |s: &Score| format!("{}/{}", s.earned, s.possible);
        let mut text = format!(
            "second-look-certificate {CANONICAL_VERSION}\nname {}\ndate {}\ntrack {}\n",
            quote(&tidy_name(&self.name)),
            self.date.iso(),
            quote(&self.track)
        );
        for (title, points) in &self.lessons {
            text.push_str(&format!("lesson {} {}\n", quote(title), score(points)));
        }
        text.push_str(&format!("overall {}\n", score(&self.overall)));
        text
    }
}

/// `SL-` and twelve characters of Crockford base 32, in groups of four: the
/// top 60 bits of the canonical text's stable hash.
pub fn verification_code(certificate: &Certificate) -> String {
    let hash = stable_hash(certificate.canonical_text().as_bytes()) >> 4;
    let characters: Vec<char> =
        (0..12).rev().map(|i| char::from(CROCKFORD[((hash >> (5 * i)) & 0x1f) as usize])).collect();
    let groups: Vec<String> = characters.chunks(4).map(|group| group.iter().collect()).collect();
    format!("SL-{}", groups.join("-"))
}

/// Whether a code typed by a person is `code`: case, spaces, dashes and the
/// `SL` prefix do not matter, and the letters Crockford leaves out read as
/// the digits they look like (O as 0, I and L as 1).
pub fn same_code(typed: &str, code: &str) -> bool {
    normal_code(typed).is_some_and(|typed| Some(typed) == normal_code(code))
}

fn normal_code(code: &str) -> Option<String> {
    let compact: String = code
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect();
    let compact = match compact.len() {
        14 if compact.starts_with("S1") => compact[2..].to_owned(),
        _ => compact,
    };
    (compact.len() == 12 && compact.bytes().all(|b| CROCKFORD.contains(&b))).then_some(compact)
}

/// A name with its spaces tidied: no spaces at either end, one between words.
/// Letters and their case are the learner's own.
pub fn tidy_name(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::{LessonRecord, Status};

    fn certificate() -> Certificate {
        Certificate {
            name: "Sam Okafor".into(),
            date: CalendarDate::new(2025, 3, 12).expect("a date"),
            track: "Council staff essentials".into(),
            lessons: vec![
                ("Should the council share this energy grant?".into(), Score { earned: 3, possible: 4 }),
                ("The flood-payment text".into(), Score { earned: 5, possible: 5 }),
            ],
            overall: Score { earned: 8, possible: 9 },
        }
    }

    #[test]
    fn the_code_is_stable() {
        let code = verification_code(&certificate());
        assert_eq!(code, verification_code(&certificate()));
        let shape = code.len() == 17
            && code.starts_with("SL-")
            && code[3..].split('-').all(|g| g.len() == 4 && g.bytes().all(|b| CROCKFORD.contains(&b)));
        assert!(shape, "{code}");
        // Pinned: a certificate printed today must still check in a later kit.
        assert_eq!(
            certificate().canonical_text(),
            "second-look-certificate 1\nname \"Sam Okafor\"\ndate 2025-03-12\ntrack \"Council staff essentials\"\n\
             lesson \"Should the council share this energy grant?\" 3/4\nlesson \"The flood-payment text\" 5/5\noverall 8/9\n"
        );
        assert_eq!(code, "SL-QBG1-8FYX-GP3H");
    }

    /// What is edited, and the edit.
    type Edit = (&'static str, fn(&mut Certificate));

    #[test]
    fn the_code_changes_when_any_figure_is_edited() {
        let original = verification_code(&certificate());
        let edits: Vec<Edit> = vec![
            ("a lesson's score", |c| c.lessons[0].1.earned = 4),
            ("a lesson's points possible", |c| c.lessons[1].1.possible = 6),
            ("the overall score", |c| c.overall.earned = 9),
            ("the name", |c| c.name = "Sam Okafar".into()),
            ("the name's case", |c| c.name = "sam okafor".into()),
            ("the date", |c| c.date = CalendarDate::new(2025, 3, 13).expect("a date")),
            ("the track", |c| c.track = "Council staff essentials 2".into()),
            ("a lesson's title", |c| c.lessons[1].0 = "The flood-payment email".into()),
            ("a lesson left out", |c| drop(c.lessons.pop())),
            ("two lessons swapped", |c| c.lessons.swap(0, 1)),
            ("a title run into the next line", |c| c.track = "Council staff essentials\"\nlesson \"x".into()),
        ];
        for (what, edit) in edits {
            let mut edited = certificate();
            edit(&mut edited);
            assert_ne!(verification_code(&edited), original, "editing {what} must change the code");
        }
        // Spaces around and between the words of a name are not an edit.
        let mut spaced = certificate();
        spaced.name = "  Sam   Okafor ".into();
        assert_eq!(verification_code(&spaced), original);
    }

    #[test]
    fn a_typed_code_matches_however_it_is_written() {
        let code = verification_code(&certificate());
        let bare: String = code[3..].chars().filter(|c| *c != '-').collect();
        assert!(same_code(&code, &code));
        assert!(same_code(&code.to_lowercase(), &code));
        assert!(same_code(&bare, &code));
        assert!(same_code(&format!(" sl {} ", code[3..].replace('-', " ")), &code));
        assert!(same_code(&code.replace('0', "O").replace('1', "l"), &code));
        assert!(!same_code(&code[..code.len() - 1], &code));
        assert!(!same_code("", &code));
        let mut other = code.clone().into_bytes();
        let last = other.len() - 1;
        other[last] = if other[last] == b'A' { b'B' } else { b'A' };
        assert!(!same_code(&String::from_utf8(other).expect("ascii"), &code));
    }

    #[test]
    fn only_a_finished_track_has_a_certificate() {
        let lesson = |status, score| LessonRecord {
            id: "a".into(),
            title: "A".into(),
            status,
            score,
            in_this_kit: true,
            finished_on: None,
            reported: None,
        };
        let mut track = TrackRecord {
            id: "t".into(),
            title: "T".into(),
            done: 1,
            total: 2,
            lessons: vec![
                lesson(Status::Finished, Some(Score { earned: 1, possible: 2 })),
                lesson(Status::InProgress, None),
            ],
            skills_check: Vec::new(),
        };
        let date = CalendarDate::new(2025, 1, 2).expect("a date");
        assert_eq!(Certificate::for_track("Sam", date, &track), None);
        track.done = 2;
        track.lessons[1] = lesson(Status::Finished, Some(Score { earned: 2, possible: 2 }));
        let certificate = Certificate::for_track("  Sam ", date, &track).expect("finished");
        assert_eq!(certificate.name, "Sam");
        assert_eq!(certificate.overall, Score { earned: 3, possible: 4 });
        assert_eq!(certificate.lessons.len(), 2);
    }
}
