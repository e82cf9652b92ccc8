//! The records file a learner downloads (JSON): what it is, which versions
//! wrote it, when, a summary a person or another system can read, the whole
//! saved progress (which [`restore`](super::restore) puts back), and an
//! integrity code over all of it.
//!
//! The integrity code is [`stable_hash`] (FNV-1a, 64 bits) of a canonical
//! form of the document. It **detects edits** (a changed score, answer, date
//! or title no longer matches the code), which is what catches a damaged file
//! or an innocent change in a text editor. It is **not a signature**: the kit
//! runs offline with no secret, so anyone who reads this source can change a
//! file and work out a new code. Treat a file that passes as "unchanged or
//! changed by someone who went to some trouble", never as proof.

use serde::Serialize;
use serde_json::Value;

use lesson::seeded::stable_hash;

use super::Records;
use crate::progress::SavedProgress;

/// What the `kind` of every records file says.
pub const KIND: &str = "second-look-record";

/// The version of this file's layout. A kit reads files of its own version
/// and refuses newer ones with "update the kit" (see `restore`).
pub const EXPORT_FORMAT: u32 = 1;

/// The integrity code's algorithm, written before the number so that a later
/// kit can change it and still recognise this one.
const INTEGRITY_PREFIX: &str = "fnv1a-64:";

/// A records file. Fields in the order a person reading it wants them.
#[derive(Serialize)]
struct RecordsFile<'a> {
    kind: &'static str,
    export_format: u32,
    /// The saved-progress format of `progress` (`progress::saved::FORMAT`).
    progress_format: u32,
    /// The kit that wrote the file, for a person reading it.
    kit_version: &'static str,
    /// When, as an ISO 8601 timestamp in UTC.
    exported_at: &'a str,
    /// Every track and lesson with its status and score. Read by people and
    /// other systems; restoring uses `progress` only.
    summary: &'a Records,
    /// The learner's saved progress, exactly as the kit keeps it.
    progress: &'a SavedProgress,
    #[serde(skip_serializing_if = "Option::is_none")]
    integrity: Option<String>,
}

/// The records file for `saved` progress (and its `records`), exported at
/// `exported_at` (an ISO 8601 timestamp), as pretty-printed JSON.
pub fn to_json(records: &Records, saved: &SavedProgress, exported_at: &str) -> String {
    let mut file = RecordsFile {
        kind: KIND,
        export_format: EXPORT_FORMAT,
        progress_format: crate::progress::FORMAT,
        kit_version: env!("CARGO_PKG_VERSION"),
        exported_at,
        summary: records,
        progress: saved,
        integrity: None,
    };
    // Plain maps, lists, strings and numbers always serialise; an empty
    // object is only a fallback, and restoring it says it is not a record.
    let Ok(unsealed) = serde_json::to_value(&file) else {
        return "{}".into();
    };
    file.integrity = Some(integrity_code(&unsealed));
    serde_json::to_string_pretty(&file).unwrap_or_else(|_| "{}".into())
}

/// The file name a download gets: `second-look-records-2025-03-12.json`.
pub fn file_name(exported_at: &str, extension: &str) -> String {
    let date = exported_at.get(..10).filter(|d| d.bytes().all(|b| b.is_ascii_digit() || b == b'-'));
    match date {
        Some(date) => format!("second-look-records-{date}.{extension}"),
        None => format!("second-look-records.{extension}"),
    }
}

/// The integrity code of a records file's content: every field but
/// `integrity` itself, in canonical form. Spacing and the order of fields do
/// not change it; any change to a value does.
pub fn integrity_code(document: &Value) -> String {
    let mut text = String::new();
    match document {
        Value::Object(fields) => {
            let content: serde_json::Map<String, Value> =
                fields.iter().filter(|(key, _)| *key != "integrity").map(|(k, v)| (k.clone(), v.clone())).collect();
            canonical(&Value::Object(content), &mut text);
        }
        other => canonical(other, &mut text),
    }
    format!("{INTEGRITY_PREFIX}{:016x}", stable_hash(text.as_bytes()))
}

/// JSON with no spaces and every object's keys in byte order, so that the
/// same content always gives the same text, whichever way it was written.
fn canonical(value: &Value, out: &mut String) {
    match value {
        Value::Object(fields) => {
            let mut keys: Vec<&String> = fields.keys().collect();
            keys.sort();
            out.push('{');
            for (i, key) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(key.clone()).to_string());
                out.push(':');
                if let Some(value) = fields.get(key) {
                    canonical(value, out);
                }
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                canonical(item, out);
            }
            out.push(']');
        }
        // Strings are escaped, and numbers written, by serde_json's one rule.
        scalar => out.push_str(&scalar.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::tests::exported;

    #[test]
    fn a_records_file_says_what_it_is_and_holds_the_whole_progress() {
        let (json, saved) = exported();
        let value: Value = serde_json::from_str(&json).expect("JSON");
        assert!(json.trim_start().starts_with("{\n  \"kind\": \"second-look-record\""), "{json}");
        assert_eq!(value["export_format"], EXPORT_FORMAT);
        assert_eq!(value["progress_format"], crate::progress::FORMAT);
        assert_eq!(value["exported_at"], "2025-03-12T14:03:00.000Z");
        assert_eq!(value["progress"], serde_json::to_value(&saved).expect("progress"));
        let lesson = &value["summary"]["tracks"][0]["lessons"][0];
        assert_eq!(lesson["status"], "finished");
        assert!(lesson["score"]["earned"].is_u64() && lesson["score"]["possible"].is_u64(), "{lesson}");
        assert_eq!(value["integrity"], integrity_code(&value));
        assert!(value["integrity"].as_str().is_some_and(|c| c.starts_with("fnv1a-64:") && c.len() == 9 + 16));
    }

    #[test]
    fn the_integrity_code_ignores_layout_but_not_content() {
        let (json, _) = exported();
        let value: Value = serde_json::from_str(&json).expect("JSON");
        let code = integrity_code(&value);
        // Written on one line, with the fields in another order: the same code.
        let compact = serde_json::to_string(&value).expect("JSON");
        assert_eq!(integrity_code(&serde_json::from_str(&compact).expect("JSON")), code);
        let mut edited = value.clone();
        edited["summary"]["tracks"][0]["lessons"][0]["score"]["earned"] = Value::from(99);
        assert_ne!(integrity_code(&edited), code, "a score");
        let mut edited = value.clone();
        edited["exported_at"] = Value::from("2025-03-13T14:03:00.000Z");
        assert_ne!(integrity_code(&edited), code, "the date");
        let mut edited = value;
        edited["progress"]["lessons"]["removed-lesson"]["stage"] = Value::from("briefing");
        assert_ne!(integrity_code(&edited), code, "the progress");
    }

    #[test]
    fn the_canonical_form_sorts_keys_and_escapes_strings() {
        let value: Value = serde_json::from_str(r#"{ "b": [1, {"z": "\"q\"", "a": null}], "a": "é" }"#).expect("JSON");
        let mut text = String::new();
        canonical(&value, &mut text);
        assert_eq!(text, r#"{"a":"é","b":[1,{"a":null,"z":"\"q\""}]}"#);
    }

    #[test]
    fn the_file_name_carries_the_date() {
        assert_eq!(file_name("2025-03-12T14:03:00.000Z", "csv"), "second-look-records-2025-03-12.csv");
        assert_eq!(file_name("", "json"), "second-look-records.json");
    }
}
