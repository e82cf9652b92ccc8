//! Reading and writing the kit's stored JSON documents. No web types, so
//! the rules for damaged or foreign values are tested natively.

use serde::de::DeserializeOwned;
use serde::Serialize;

/// Reads a stored document whose `format` must be `format`. Never panics;
/// the error says, in a learner's words, why it cannot be read.
pub fn read<T: DeserializeOwned>(stored: &str, format: u32) -> Result<T, String> {
    let value: serde_json::Value = serde_json::from_str(stored).map_err(|error| {
        format!("it is damaged (not valid JSON at line {}, column {})", error.line(), error.column())
    })?;
    match value.get("format").and_then(serde_json::Value::as_u64) {
        Some(found) if found == u64::from(format) => {}
        Some(found) if found > u64::from(format) => {
            return Err(format!("it was saved by a newer version of Second Look (format {found})"));
        }
        _ => return Err("it was not saved by this kit".to_owned()),
    }
    // Read again from the text rather than the value, so the message says
    // where the damage is ("… at line 1 column 40").
    serde_json::from_str(stored).map_err(|error| format!("part of it is damaged ({error})"))
}

pub fn write<T: Serialize>(document: &T) -> String {
    // Plain maps, lists and strings always serialise; `{}` is only a fallback.
    serde_json::to_string(document).unwrap_or_else(|_| "{}".into())
}

#[cfg(test)]
pub(crate) mod fuzz;

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Doc {
        format: u32,
        items: Vec<String>,
    }

    #[test]
    fn round_trips() {
        let doc = Doc { format: 3, items: vec!["a".into()] };
        assert_eq!(read::<Doc>(&write(&doc), 3), Ok(doc));
    }

    #[test]
    fn damaged_foreign_and_newer_documents_are_refused_with_a_reason() {
        let cases = [
            ("{\"format\":3,\"items\":[", "not valid JSON"),
            ("[1,2,3]", "not saved by this kit"),
            ("{\"format\":9}", "newer version"),
            ("{\"format\":3,\"items\":[1]}", "part of it is damaged"),
            ("\u{0}\u{1}garbage", "not valid JSON"),
            ("", "not valid JSON"),
        ];
        for (stored, expected) in cases {
            match read::<Doc>(stored, 3) {
                Err(reason) => assert!(reason.contains(expected), "{stored}: {reason}"),
                Ok(doc) => panic!("{stored} read as {doc:?}"),
            }
        }
    }
}
