//! Reading a records file back: either the progress it holds, ready for the
//! learner to confirm, or a problem that says what is wrong and what to do.
//! Reading never changes anything; the records page replaces the learner's
//! progress only after they confirm (see `Progress::replace_all`).

use serde_json::Value;

use super::export::{integrity_code, EXPORT_FORMAT, KIND};
use crate::calendar::CalendarDate;
use crate::progress::{SavedProgress, FORMAT as PROGRESS_FORMAT};
use crate::storage::document;

/// Far larger than any real records file (a learner's whole progress is kept
/// in localStorage, a few megabytes at most); refuses a wrong file early.
pub const MAX_RECORD_BYTES: usize = 8 * 1024 * 1024;

/// A records file that can be restored.
#[derive(Clone, Debug, PartialEq)]
pub struct Restorable {
    pub progress: SavedProgress,
    /// The day it was exported, if the file says.
    pub exported: Option<CalendarDate>,
}

impl Restorable {
    /// "2 lessons started, 1 of them finished", and any skills checks taken.
    pub fn contents(&self) -> String {
        let started = self.progress.lessons.len();
        let finished = self.progress.lessons.values().filter(|l| l.is_finished()).count();
        let lessons = match started {
            0 => "no lessons started".to_owned(),
            1 => format!("1 lesson started{}", if finished == 1 { ", and finished" } else { "" }),
            _ => format!("{started} lessons started, {finished} of them finished"),
        };
        let sittings = self
            .progress
            .skills_checks
            .values()
            .flat_map(|track| track.sittings.values())
            .filter(|sitting| sitting.finished.is_some())
            .count();
        match sittings {
            0 => lessons,
            1 => format!("{lessons}; 1 skills check taken"),
            _ => format!("{lessons}; {sittings} skills checks taken"),
        }
    }
}

/// Why a file cannot be restored. The learner's progress is untouched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RestoreProblem {
    TooLarge {
        bytes: usize,
    },
    NotText,
    NotJson {
        line: usize,
        column: usize,
    },
    NotARecord,
    /// Written by a newer kit: `part` is "records" or "progress".
    Newer {
        part: &'static str,
        found: u64,
        reads: u32,
    },
    /// Written in a records format this kit no longer reads.
    Older {
        found: u64,
    },
    /// The content does not match its integrity code.
    Edited,
    /// The record is intact, but its progress cannot be read by this kit.
    ProgressDamaged {
        reason: String,
    },
}

impl RestoreProblem {
    /// What is wrong, and what to do, for the learner.
    pub fn explain(&self) -> String {
        const CHOOSE: &str =
            "Choose the file that “Download as JSON” saved: its name starts with “second-look-records” and ends in “.json”.";
        match self {
            RestoreProblem::TooLarge { bytes } => format!(
                "It is {} MB, far larger than any Second Look records file. {CHOOSE}",
                bytes.div_ceil(1024 * 1024)
            ),
            RestoreProblem::NotText => format!("It is not a text file, so it is not a Second Look records file. {CHOOSE}"),
            RestoreProblem::NotJson { line, column } => format!(
                "It is damaged, or not a Second Look records file (it is not valid JSON at line {line}, column {column}). {CHOOSE}"
            ),
            RestoreProblem::NotARecord => format!("It is not a Second Look records file. {CHOOSE}"),
            RestoreProblem::Newer { part, found, reads } => format!(
                "It was exported by a newer version of Second Look ({part} format {found}; this kit reads format {reads}). Update the kit, then restore the file there."
            ),
            RestoreProblem::Older { found } => format!(
                "It was exported by an older version of Second Look (records format {found}), which this kit cannot read. Restore it with the version of the kit that exported it."
            ),
            RestoreProblem::Edited => "This file has been changed since it was exported: its contents no longer match its integrity code, so the kit will not use it. Download a fresh copy with “Download as JSON” in the browser that has the progress, and do not edit it.".to_owned(),
            RestoreProblem::ProgressDamaged { reason } => {
                format!("The progress in it cannot be read: {reason}. Download a fresh copy with “Download as JSON” in the browser that has the progress.")
            }
        }
    }
}

/// Reads a records file's bytes, as a file picker gives them.
pub fn read_bytes(bytes: &[u8]) -> Result<Restorable, RestoreProblem> {
    if bytes.len() > MAX_RECORD_BYTES {
        return Err(RestoreProblem::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| RestoreProblem::NotText)?;
    read(text)
}

/// Reads a records file's text. Checks, in order: JSON, a Second Look record,
/// a records and progress format this kit reads, the integrity code, then the
/// progress itself with the same reader as the browser's saved progress.
pub fn read(text: &str) -> Result<Restorable, RestoreProblem> {
    // A text editor may add a byte-order mark when it saves.
    let text = text.trim_start_matches('\u{feff}');
    let value: Value = serde_json::from_str(text)
        .map_err(|error| RestoreProblem::NotJson { line: error.line(), column: error.column() })?;
    if value.get("kind").and_then(Value::as_str) != Some(KIND) {
        return Err(RestoreProblem::NotARecord);
    }
    let version = |field: &str| value.get(field).and_then(Value::as_u64);
    match version("export_format") {
        Some(found) if found > u64::from(EXPORT_FORMAT) => {
            return Err(RestoreProblem::Newer { part: "records", found, reads: EXPORT_FORMAT });
        }
        Some(found) if found < u64::from(EXPORT_FORMAT) => return Err(RestoreProblem::Older { found }),
        Some(_) => {}
        None => return Err(RestoreProblem::NotARecord),
    }
    if let Some(found) = version("progress_format").filter(|found| *found > u64::from(PROGRESS_FORMAT)) {
        return Err(RestoreProblem::Newer { part: "progress", found, reads: PROGRESS_FORMAT });
    }
    if value.get("integrity").and_then(Value::as_str) != Some(integrity_code(&value).as_str()) {
        return Err(RestoreProblem::Edited);
    }
    let progress = value.get("progress").ok_or(RestoreProblem::ProgressDamaged { reason: "it is missing".into() })?;
    let progress: SavedProgress = document::read(&progress.to_string(), PROGRESS_FORMAT)
        .map_err(|reason| RestoreProblem::ProgressDamaged { reason })?;
    let exported = value.get("exported_at").and_then(Value::as_str).and_then(CalendarDate::parse);
    Ok(Restorable { progress, exported })
}

#[cfg(test)]
mod fuzz;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::tests::exported;

    /// `json` changed by `edit`, with its integrity code made to match again,
    /// as someone who knows the algorithm could (or a newer kit would).
    fn resealed(json: &str, edit: impl FnOnce(&mut Value)) -> String {
        let mut value: Value = serde_json::from_str(json).expect("JSON");
        edit(&mut value);
        value["integrity"] = Value::from(integrity_code(&value));
        value.to_string()
    }

    #[test]
    fn an_exported_file_restores_the_same_progress() {
        let (json, saved) = exported();
        let restored = read(&json).expect("restorable");
        assert_eq!(restored.progress, saved);
        assert_eq!(restored.exported, CalendarDate::new(2025, 3, 12));
        assert_eq!(
            restored.contents(),
            format!("{} lessons started, 2 of them finished; 1 skills check taken", saved.lessons.len())
        );
        // Re-saved by an editor with a byte-order mark and other spacing: still the same file.
        let reformatted = format!(
            "\u{feff}{}",
            serde_json::to_string(&serde_json::from_str::<Value>(&json).expect("JSON")).expect("JSON")
        );
        assert_eq!(read_bytes(reformatted.as_bytes()).map(|r| r.progress), Ok(saved));
    }

    #[test]
    fn an_edited_file_is_refused() {
        let (json, _) = exported();
        let value: Value = serde_json::from_str(&json).expect("JSON");
        let earned = &value["summary"]["tracks"][0]["lessons"][0]["score"]["earned"];
        let edited = json.replacen(
            &format!("\"earned\": {earned}"),
            &format!("\"earned\": {}", earned.as_u64().unwrap_or(0) + 1),
            1,
        );
        assert_ne!(edited, json);
        assert_eq!(read(&edited), Err(RestoreProblem::Edited));
        let answer_changed = json.replacen("\"option\": 0", "\"option\": 1", 1);
        assert_ne!(answer_changed, json);
        assert_eq!(read(&answer_changed), Err(RestoreProblem::Edited));
        let mut value: Value = serde_json::from_str(&json).expect("JSON");
        if let Value::Object(fields) = &mut value {
            fields.remove("integrity");
        }
        assert_eq!(read(&value.to_string()), Err(RestoreProblem::Edited), "no code at all");
        assert!(RestoreProblem::Edited.explain().contains("changed since it was exported"));
    }

    #[test]
    fn newer_and_older_files_say_which_kit_to_use() {
        let (json, _) = exported();
        let newer = resealed(&json, |v| v["export_format"] = Value::from(2));
        let problem = read(&newer).expect_err("newer");
        assert_eq!(problem, RestoreProblem::Newer { part: "records", found: 2, reads: EXPORT_FORMAT });
        assert!(problem.explain().contains("exported by a newer version of Second Look"), "{}", problem.explain());
        assert!(problem.explain().contains("Update the kit"));
        // A newer kit may well compute its code another way: the version is checked first.
        let newer_unsealed = json.replacen("\"export_format\": 1", "\"export_format\": 7", 1);
        assert!(matches!(read(&newer_unsealed), Err(RestoreProblem::Newer { found: 7, .. })));
        let newer_progress = resealed(&json, |v| v["progress_format"] = Value::from(PROGRESS_FORMAT + 1));
        assert!(matches!(read(&newer_progress), Err(RestoreProblem::Newer { part: "progress", .. })));
        let older = resealed(&json, |v| v["export_format"] = Value::from(0));
        assert_eq!(read(&older), Err(RestoreProblem::Older { found: 0 }));
        assert!(RestoreProblem::Older { found: 0 }.explain().contains("older version"));
    }

    #[test]
    fn damaged_or_foreign_files_are_refused_with_a_reason() {
        let (json, saved) = exported();
        let half = &json[..json.len() / 2];
        // Where the JSON stops making sense: the end of the half that is there.
        let end = (half.lines().count(), half.lines().last().map_or(0, |l| l.chars().count()));
        assert!(
            matches!(read(half), Err(RestoreProblem::NotJson { line, column }) if (line, column) == end || line == end.0)
        );
        assert_eq!(read(""), Err(RestoreProblem::NotJson { line: 1, column: 0 }));
        let explained = RestoreProblem::NotJson { line: 3, column: 7 }.explain();
        assert!(explained.contains("not valid JSON at line 3, column 7"), "{explained}");
        assert_eq!(read_bytes(&[0xff, 0xfe, 0x00, 0x7b]), Err(RestoreProblem::NotText));
        assert_eq!(
            read_bytes(&vec![b' '; MAX_RECORD_BYTES + 1]),
            Err(RestoreProblem::TooLarge { bytes: MAX_RECORD_BYTES + 1 })
        );
        // The kit's own saved progress, or a lesson's suspend data, is not a records file.
        assert_eq!(read(&document::write(&saved)), Err(RestoreProblem::NotARecord));
        assert_eq!(read("[1,2]"), Err(RestoreProblem::NotARecord));
        assert_eq!(read("{\"kind\":\"second-look-record\"}"), Err(RestoreProblem::NotARecord));
        // Intact as a file, but its progress is not progress this kit can read.
        let damaged = resealed(&json, |v| v["progress"]["lessons"]["removed-lesson"]["stage"] = Value::from("flying"));
        match read(&damaged) {
            Err(RestoreProblem::ProgressDamaged { reason }) => assert!(reason.contains("damaged"), "{reason}"),
            other => panic!("{other:?}"),
        }
        let missing = resealed(&json, |v| {
            if let Value::Object(fields) = v {
                fields.remove("progress");
            }
        });
        assert!(matches!(read(&missing), Err(RestoreProblem::ProgressDamaged { .. })));
        for problem in
            [RestoreProblem::NotJson { line: 1, column: 1 }, RestoreProblem::NotARecord, RestoreProblem::NotText]
        {
            assert!(problem.explain().contains("Download as JSON"), "{}", problem.explain());
        }
    }
}
