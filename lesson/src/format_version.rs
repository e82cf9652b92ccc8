//! The `format_version` line every kit file starts with, read before anything
//! else: a file written for a newer kit then gets "open it in a newer version"
//! instead of a list of fields this kit does not know.

use serde::de::DeserializeOwned;
use toml::de::{DeTable, DeValue};

use crate::diagnostic::Diagnostic;

/// Reads a `what` file ("lesson", "track") into `T`, parsing its TOML once:
/// the version is checked on the parsed document before `T` is read from it
/// (parsing twice, once for the version, was a third of an import's time).
/// `explain` says a TOML or serde error in plain words.
pub(crate) fn read<T: DeserializeOwned>(
    file: &str,
    source: &str,
    what: &str,
    current: u32,
    explain: impl Fn(&toml::de::Error) -> Diagnostic,
) -> Result<T, Diagnostic> {
    let document = DeTable::parse(source).map_err(|e| explain(&e))?;
    check(file, source, document.get_ref(), what, current)?;
    T::deserialize(toml::de::Deserializer::from(document)).map_err(|e| explain(&e))
}

/// Checks that the document states `format_version = current`.
fn check(file: &str, source: &str, document: &DeTable<'_>, what: &str, current: u32) -> Result<(), Diagnostic> {
    let Some((_, version)) = document.iter().find(|(key, _)| key.get_ref().as_ref() == "format_version") else {
        return Err(Diagnostic::new(file, source, 0..0, format!("The {what} does not say which format it uses."))
            .with_help(format!("add `format_version = {current}` as the first line")));
    };
    let number = match version.get_ref() {
        DeValue::Integer(integer) => i64::from_str_radix(integer.as_str(), integer.radix()).ok(),
        _ => None,
    };
    match number {
        Some(v) if v == i64::from(current) => Ok(()),
        Some(v) if v > i64::from(current) => Err(Diagnostic::new(
            file,
            source,
            version.span(),
            format!("This {what} uses format {v}, but this kit reads format {current}."),
        )
        .with_help("open it in a newer version of Second Look")),
        Some(v) => Err(Diagnostic::new(file, source, version.span(), format!("There is no {what} format {v}."))
            .with_help(format!("write `format_version = {current}`"))),
        None => {
            Err(Diagnostic::new(file, source, version.span(), "`format_version` must be a number, without quotes.")
                .with_help(format!("write `format_version = {current}`")))
        }
    }
}
