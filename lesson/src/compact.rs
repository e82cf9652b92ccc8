//! The compact form of a lesson that has passed the checker: the build writes
//! every built-in lesson in it (build.rs), and the app reads it at start-up
//! instead of parsing and checking TOML again. Postcard, with a header that
//! names this form, so bytes of another kind are refused rather than misread.
//! Only the kit that wrote the bytes reads them (both come from one build), so
//! the form needs no versions beyond the header.

use crate::Lesson;

/// The first bytes of every lesson in the compact form.
const HEADER: &[u8] = b"second-look lesson 1\n";

/// A checked lesson in the compact form.
pub fn encode(lesson: &Lesson) -> Vec<u8> {
    let mut bytes = HEADER.to_vec();
    // Writing to a Vec only fails if the model cannot be written at all,
    // which the build would show at once.
    bytes.extend(
        postcard::to_allocvec(lesson).unwrap_or_else(|e| panic!("lesson {} cannot be encoded: {e}", lesson.id)),
    );
    bytes
}

/// Reads a lesson written by [`encode`]; says why if the bytes are not one.
pub fn decode(bytes: &[u8]) -> Result<Lesson, String> {
    let body = bytes.strip_prefix(HEADER).ok_or("these bytes are not a lesson in the kit's compact form")?;
    postcard::from_bytes(body).map_err(|e| format!("the compact lesson is damaged: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every built-in lesson reads back exactly as the checker made it.
    #[test]
    fn every_built_in_lesson_survives_the_round_trip() {
        let kit = crate::load_kit(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/..")));
        assert!(!kit.lessons.is_empty());
        for loaded in &kit.lessons {
            let bytes = encode(&loaded.item);
            assert_eq!(decode(&bytes).as_ref(), Ok(&loaded.item), "{}", loaded.file.name);
            assert!(bytes.len() < loaded.file.source.len(), "{} is smaller than its file", loaded.file.name);
        }
    }

    #[test]
    fn bytes_of_another_kind_are_refused_with_a_reason() {
        assert!(decode(b"format_version = 1").unwrap_err().contains("not a lesson"));
        let kit = crate::load_kit(std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/..")));
        let bytes = encode(&kit.lessons[0].item);
        assert!(decode(&bytes[..bytes.len() / 2]).unwrap_err().contains("damaged"));
    }
}
