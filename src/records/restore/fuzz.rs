//! Fuzzing the records-file reader (`restore::read_bytes`, what the records
//! page runs on the file a learner picks) on the stable toolchain, with
//! proptest. The harness and the JSON mutations are the saved-progress
//! fuzzing's (`storage/document/fuzz.rs`); see `docs/hardening.md`.
//!
//! Inputs: records files exported by the kit's own code, changed by a few
//! edits to the JSON tree and then, mostly, sealed again with a matching
//! integrity code (as a newer kit, or someone who knows the algorithm,
//! would), so that the edits reach the progress reader behind the seal;
//! then a few edits to the text, a byte-order mark, another layout. Also
//! random JSON values as the `progress` of a sealed file, and random bytes.
//! For every input:
//!
//! - the reader returns (no panic) within `FUZZ_CASE_SECONDS` (default 10 s);
//! - a refusal is a [`RestoreProblem`] whose explanation says, in
//!   sentences, what is wrong and what to do; a file called not JSON is
//!   one that serde_json places a fault in, at a line and column;
//! - a file read is safe to use: its summary, its records and its progress
//!   (saved and read back unchanged, exported and restored unchanged).

use std::sync::{Arc, OnceLock};

use proptest::prelude::*;
use serde_json::Value;

use super::{read_bytes, RestoreProblem, MAX_RECORD_BYTES};
use crate::records::export::{integrity_code, to_json};
use crate::records::Records;
use crate::storage::document::fuzz::{
    apply_json, apply_text, fuzz, json, json_edit, kit, replay_kept, rich_progress, text_edit, use_progress, JsonEdit,
    Reading, TextEdit,
};

const DEFAULT_SEED: u64 = 0x5ec0_9d10_0c00_0003;

/// Records files as the kit exports them.
fn seeds() -> &'static [Value] {
    static SEEDS: OnceLock<Vec<Value>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let kit = kit();
        let (json, _) = crate::records::tests::exported();
        let rich = rich_progress();
        let empty = crate::progress::SavedProgress::default();
        let texts = [
            json,
            to_json(&Records::build(&kit.lessons, &kit.tracks, &rich), &rich, "2026-11-20T09:00:00.000Z"),
            to_json(&Records::build(&kit.lessons, &kit.tracks, &empty), &empty, "not a date"),
        ];
        texts.iter().map(|text| serde_json::from_str(text).expect("the kit's own JSON")).collect()
    })
}

#[derive(Clone, Debug)]
enum Case {
    Mutated {
        seed: usize,
        /// Whether the edits are made to the `progress` only, or anywhere in the file.
        in_progress: bool,
        edits: Vec<JsonEdit>,
        /// Whether the integrity code is made to match again after the edits.
        reseal: bool,
        text_edits: Vec<TextEdit>,
        byte_order_mark: bool,
        pretty: bool,
    },
    /// A sealed file with a node of its progress (picked by `node`, as
    /// [`JsonEdit`] does) replaced by any JSON value.
    Progress {
        node: usize,
        value: Value,
    },
    Bytes(Vec<u8>),
}

fn case() -> impl Strategy<Value = Case> {
    let mutated = (
        (0..seeds().len(), any::<bool>()),
        prop::collection::vec(json_edit(), 0..6),
        prop::bool::weighted(0.8),
        // Most text edits break the JSON or the seal: a few cases have them.
        prop::option::weighted(0.2, text_edit()),
        prop::bool::weighted(0.1),
        any::<bool>(),
    )
        .prop_map(|((seed, in_progress), edits, reseal, text_edit, byte_order_mark, pretty)| Case::Mutated {
            seed,
            in_progress,
            edits,
            reseal,
            text_edits: text_edit.into_iter().collect(),
            byte_order_mark,
            pretty,
        });
    prop_oneof![
        6 => mutated,
        2 => (any::<usize>(), json()).prop_map(|(node, value)| Case::Progress { node, value }),
        1 => prop::collection::vec(any::<u8>(), 0..512).prop_map(Case::Bytes),
    ]
}

fn sealed(mut value: Value) -> Value {
    if let Value::Object(members) = &mut value {
        members.remove("integrity");
    }
    let code = integrity_code(&value);
    if let Value::Object(members) = &mut value {
        members.insert("integrity".into(), Value::from(code));
    }
    value
}

fn bytes_of(case: &Case) -> Arc<[u8]> {
    let text = match case {
        Case::Mutated { seed, in_progress, edits, reseal, text_edits, byte_order_mark, pretty } => {
            let mut value = seeds()[*seed].clone();
            for edit in edits {
                match value.get_mut("progress") {
                    Some(progress) if *in_progress => apply_json(progress, edit),
                    _ => apply_json(&mut value, edit),
                }
            }
            if *reseal {
                value = sealed(value);
            }
            let mut text =
                if *pretty { serde_json::to_string_pretty(&value).unwrap_or_default() } else { value.to_string() };
            for edit in text_edits {
                apply_text(&mut text, edit);
            }
            if *byte_order_mark {
                text.insert(0, '\u{feff}');
            }
            text
        }
        Case::Progress { node, value: with } => {
            let mut value = seeds()[node % seeds().len()].clone();
            apply_json(&mut value["progress"], &JsonEdit::Replace { node: *node, with: with.clone() });
            sealed(value).to_string()
        }
        Case::Bytes(bytes) => return bytes.as_slice().into(),
    };
    text.into_bytes().into()
}

fn read(bytes: Arc<[u8]>) -> Reading {
    match read_bytes(&bytes) {
        Ok(restorable) => {
            if restorable.contents().trim().is_empty() {
                return Err("a restorable file with no summary of its contents".into());
            }
            use_progress(&restorable.progress).map(|()| None)
        }
        Err(problem) => {
            let explained = problem.explain();
            if explained.trim().is_empty() || !explained.ends_with('.') || explained.split(". ").count() < 2 {
                return Err(format!("{problem:?} is explained as {explained:?}: not what is wrong and what to do"));
            }
            let kind = match &problem {
                RestoreProblem::ProgressDamaged { reason } => {
                    let detail = reason.split(" (").nth(1).and_then(|d| d.split([',', '`', ')']).next());
                    format!("ProgressDamaged: {}", detail.unwrap_or(reason))
                }
                other => format!("{other:?}").split([' ', '{']).next().unwrap_or_default().to_owned(),
            };
            match problem {
                RestoreProblem::NotJson { .. } => {
                    let text = std::str::from_utf8(&bytes).unwrap_or_default().trim_start_matches('\u{feff}');
                    match serde_json::from_str::<Value>(text) {
                        Err(e) if e.line() >= 1 => {}
                        other => return Err(format!("called not JSON, but serde_json places no fault: {other:?}")),
                    }
                }
                RestoreProblem::NotText if std::str::from_utf8(&bytes).is_ok() => {
                    return Err("called not text, but it is UTF-8".into());
                }
                RestoreProblem::TooLarge { bytes: size } if size <= MAX_RECORD_BYTES => {
                    return Err(format!("called too large at {size} bytes"));
                }
                _ => {}
            }
            Ok(Some(kind))
        }
    }
}

#[test]
fn fuzz_records_file() {
    fuzz("records-file", DEFAULT_SEED, case(), bytes_of, read);
}

#[test]
fn every_kept_records_file_failure_is_read_safely() {
    replay_kept("records-file", read);
}

#[test]
fn the_seeds_restore_as_exported() {
    for seed in seeds() {
        let bytes: Arc<[u8]> = seed.to_string().into_bytes().into();
        assert_eq!(read(bytes), Ok(None), "{seed}");
    }
}
