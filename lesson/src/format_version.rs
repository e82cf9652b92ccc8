//! The `format_version` line every kit file starts with, read before anything
//! else: a file written for a newer kit then gets "open it in a newer version"
//! instead of a list of fields this kit does not know.

use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::Diagnostic;

/// Only the version.
#[derive(Deserialize)]
struct VersionOnly {
    format_version: Option<Spanned<toml::Value>>,
}

/// Checks that a `what` file ("lesson", "track") states `format_version =
/// current`. A file that is not TOML at all gets the parser's own message.
pub(crate) fn check(file: &str, source: &str, what: &str, current: u32) -> Result<(), Diagnostic> {
    let version: VersionOnly = toml::from_str(source).map_err(|e| crate::parse::from_toml_error(file, source, &e))?;
    let Some(version) = version.format_version else {
        return Err(Diagnostic::new(file, source, 0..0, format!("The {what} does not say which format it uses."))
            .with_help(format!("add `format_version = {current}` as the first line")));
    };
    match version.get_ref().as_integer() {
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
