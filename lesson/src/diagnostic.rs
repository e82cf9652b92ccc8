use std::fmt;
use std::ops::Range;

/// Where in a lesson file a problem is. Lines and columns count from 1;
/// columns count characters, as an editor's status bar does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// Byte range in the file, for reports that underline the text.
    pub span: Range<usize>,
}

impl Location {
    /// Locates a byte range of `source`. An out-of-range span is clamped
    /// rather than trusted, since it can come from a third-party parser.
    pub fn of_span(file: &str, source: &str, span: Range<usize>) -> Self {
        let start = floor_char_boundary(source, span.start.min(source.len()));
        let end = floor_char_boundary(source, span.end.clamp(start, source.len()));
        let before = &source[..start];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = source[line_start..start].chars().count() + 1;
        Location { file: file.to_owned(), line, column, span: start..end }
    }
}

fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    while index > 0 && !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

/// One problem in a lesson file: where it is, what is wrong, how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub location: Location,
    /// What is wrong, as a sentence.
    pub message: String,
    /// What to do about it, when there is more to say than the message.
    pub help: Option<String>,
}

impl Diagnostic {
    pub(crate) fn new(file: &str, source: &str, span: Range<usize>, message: impl Into<String>) -> Self {
        Diagnostic { location: Location::of_span(file, source, span), message: message.into(), help: None }
    }

    pub(crate) fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// The line of the file the problem is on, for showing beside the message.
    pub fn source_line<'a>(&self, source: &'a str) -> &'a str {
        source.lines().nth(self.location.line - 1).unwrap_or("")
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Location { file, line, column, .. } = &self.location;
        write!(f, "{file}:{line}:{column}: {}", self.message)?;
        if let Some(help) = &self.help {
            write!(f, " ({help})")?;
        }
        Ok(())
    }
}

/// Reads files of one kind, in order, one result a file; a file whose id an
/// earlier file already has fails, at its id (`read` gives the id's place).
/// `what` names the kind in the message ("track", "skills check").
pub(crate) fn read_with_unique_ids<T>(
    files: &[(&str, &str)],
    what: &str,
    read: impl Fn(&str, &str) -> Result<(T, Range<usize>), Vec<Diagnostic>>,
    id_of: impl Fn(&T) -> &str,
) -> Vec<Result<T, Vec<Diagnostic>>> {
    let mut seen: Vec<(String, &str)> = Vec::new();
    files
        .iter()
        .map(|&(file, source)| {
            let (value, id_span) = read(file, source)?;
            let id = id_of(&value);
            if let Some((_, first)) = seen.iter().find(|(seen_id, _)| seen_id == id) {
                return Err(vec![Diagnostic::new(
                    file,
                    source,
                    id_span,
                    format!("The {what} in `{first}` already has the id `{id}`."),
                )
                .with_help(format!("give each {what} its own id"))]);
            }
            seen.push((id.to_owned(), file));
            Ok(value)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_count_from_one_in_characters() {
        let source = "a = 1\nbé = \"x\"\n";
        let at = source.find("= \"x\"").unwrap();
        let location = Location::of_span("f.toml", source, at..at + 1);
        assert_eq!((location.line, location.column), (2, 4));
    }

    #[test]
    fn a_span_past_the_end_is_clamped() {
        let location = Location::of_span("f.toml", "abc", 10..20);
        assert_eq!((location.line, location.column, location.span), (1, 4, 3..3));
    }
}
