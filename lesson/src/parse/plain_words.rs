//! The TOML mistakes of people who have never programmed, said in their words:
//! what they wrote, where, and what to write instead.
//!
//! The parser reports where it gave up and what it expected there. For these
//! mistakes that is a symptom, often far from the cause: an unclosed `'''` is
//! reported forty lines further down as "key with no value", and `[sites]` for
//! a second site as a "duplicate key". Each check below looks at the text
//! around the error for one known cause and, if it finds it, says that
//! instead. When none fits, `parse.rs` translates the parser's own message.

use std::ops::Range;

/// What a file's type says about its tables, for the mistakes that depend on
/// it (is `sites` a list of tables or one table? which table takes `name`?).
pub(super) enum Shape {
    /// Ask the type: `probe` deserializes a small file into it and returns
    /// serde's complaint, which names what the probed table takes.
    Probe(fn(&str) -> Option<String>),
    /// Without the type, nothing is known; the general messages are used.
    Unknown,
}

/// A `Shape::Probe` for the type `T`.
pub(super) fn probe<T: serde::de::DeserializeOwned>(file: &str) -> Option<String> {
    toml::from_str::<T>(file).err().map(|error| error.message().to_owned())
}

/// A field no table takes, so that serde names what the probed table does take.
const PROBE_FIELD: &str = "__probe__";

impl Shape {
    /// The fields of the table that `tables` (header lines, possibly none) opens.
    fn fields(&self, tables: &str) -> Option<Vec<String>> {
        let Shape::Probe(probe) = self else { return None };
        let complaint = probe(&format!("{tables}{PROBE_FIELD} = 1\n"))?;
        let expected = complaint.strip_prefix(&format!("unknown field `{PROBE_FIELD}`, expected "))?;
        Some(expected.split('`').skip(1).step_by(2).map(str::to_owned).collect())
    }

    /// Whether the header line `header`, below the header lines `tables`,
    /// opens something the type takes; `None` when the shape cannot tell.
    fn takes(&self, tables: &str, header: &str) -> Option<bool> {
        let Shape::Probe(probe) = self else { return None };
        // A table of the wrong kind is "invalid type: map, expected a
        // sequence" (or "…length", "…value"); anything else, such as the
        // unknown probe field or a missing field, came after the header was
        // accepted.
        probe(&format!("{tables}{header}\n{PROBE_FIELD} = 1\n")).map(|complaint| !complaint.starts_with("invalid "))
    }
}

/// A mistake explained: where to point, what is wrong, what to do.
pub(super) struct Plain {
    pub span: Range<usize>,
    pub message: String,
    pub help: String,
}

/// Explains `error` if it has one of the causes this module knows.
/// `kind` says serde's expected types ("a string", "u32") in plain words.
pub(super) fn explain(source: &str, error: &toml::de::Error, shape: &Shape, kind: fn(&str) -> String) -> Option<Plain> {
    let at = floor_char_boundary(source, error.span().map_or(0, |span| span.start));
    let message = error.message().trim();
    let file = Layout::of(source);
    // First, because an unclosed text makes every later line look wrong,
    // including lines with curly quotes in them.
    file.unclosed_long_text(source, at)
        .or_else(|| curly_quote(source, at, message))
        .or_else(|| file.field_below_its_table(source, at, message, shape))
        .or_else(|| file.wrong_brackets(source, at, message, shape))
        .or_else(|| file.table_for_a_value(source, at, message, kind))
}

/// Quote marks that word processors put in place of `"` and `'`.
const CURLY_QUOTES: [char; 4] = ['“', '”', '‘', '’'];

/// `title = “…”`: the parser says "string values must be quoted", which is
/// just what the author thinks they did. When the text opens with a straight
/// quote and closes with a curly one, the parser instead finds no closing
/// quote at the end of the line.
fn curly_quote(source: &str, at: usize, message: &str) -> Option<Plain> {
    let line = line_around(source, at);
    // Only where a value starts: a curly quote in a name or after a closed
    // text is a stray character, which the parser's own message covers.
    let value_starts = source[line.start..at].trim_end().ends_with(['=', '[', ',', '{']);
    let quote_at = if value_starts && source[at..].starts_with(CURLY_QUOTES) {
        at
    } else if message.starts_with("invalid basic string") || message.starts_with("invalid literal string") {
        let text = source[line.clone()].trim_end();
        line.start + text.len() - text.chars().next_back().filter(|c| CURLY_QUOTES.contains(c))?.len_utf8()
    } else {
        return None;
    };
    let quote = source[quote_at..].chars().next()?;
    let straight = straighten(&source[line]);
    let instead = if toml::from_str::<toml::Table>(&straight).is_ok() {
        format!("type straight quotes instead: `{}`", straight.trim())
    } else {
        "type the quote marks again as straight quotes: \"…\"".to_owned()
    };
    Some(Plain {
        span: quote_at..quote_at + quote.len_utf8(),
        message: format!(
            "`{quote}` here is a curly quote mark; around text, the kit only reads straight quotes (`\"`)."
        ),
        help: format!("{instead}. Word processors change \" into “ ”: write lessons in a plain text editor"),
    })
}

/// The line with curly quotes made straight, for the help to show: “ ” and
/// ‘ become `"`, and so does ’ unless a letter follows it, as in "don’t".
fn straighten(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        let apostrophe = c == '’' && chars.peek().is_some_and(|next| next.is_alphanumeric());
        out.push(if CURLY_QUOTES.contains(&c) && !apostrophe { '"' } else { c });
    }
    out
}

/// A `[table]` or `[[table]]` line.
struct Header<'s> {
    /// Where its `[` is.
    at: usize,
    /// Where its line ends.
    end: usize,
    /// The line as written, up to the closing bracket: `[[sites.pages]]`.
    written: &'s str,
    /// What is between the brackets: `sites.pages`.
    name: &'s str,
    /// The keys of `name`: `sites`, `pages`.
    path: Vec<&'s str>,
    /// Written with double brackets.
    list: bool,
}

impl<'s> Header<'s> {
    /// Reads a line that starts with `[` as a header, if it is one.
    fn read(source: &'s str, at: usize, end: usize) -> Option<Self> {
        let line = source.get(at..end).filter(|line| line.starts_with('['))?;
        let list = line.starts_with("[[");
        let (open, close) = if list { ("[[", "]]") } else { ("[", "]") };
        let close_at = line.find(close)?;
        let rest = line[close_at + close.len()..].trim_start();
        if !(rest.is_empty() || rest.starts_with('#')) {
            return None;
        }
        let name = line[open.len()..close_at].trim();
        let path: Vec<&str> = name.split('.').map(|key| key.trim().trim_matches(['"', '\''])).collect();
        let bare = |key: &&str| key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
        if path.iter().any(|key| key.is_empty() || !bare(key)) {
            return None;
        }
        Some(Header { at, end, written: &line[..close_at + close.len()], name, path, list })
    }
}

/// A text between `'''` or `"""`, which may run over many lines.
struct LongText {
    /// Where its opening quotes are.
    open: usize,
    quotes: &'static str,
    /// Where its closing quotes are, if it has any.
    close: Option<usize>,
}

/// The headers and long texts of a file, found by a scan that knows just
/// enough TOML to skip comments and text: a `[` inside text or a list is not
/// a header.
struct Layout<'s> {
    headers: Vec<Header<'s>>,
    long_texts: Vec<LongText>,
}

impl<'s> Layout<'s> {
    fn of(source: &'s str) -> Self {
        let bytes = source.as_bytes();
        let mut layout = Layout { headers: Vec::new(), long_texts: Vec::new() };
        let (mut i, mut depth, mut line_start) = (0, 0usize, true);
        let end_of_line = |i: usize| source[i..].find('\n').map_or(source.len(), |n| i + n);
        while let Some(&b) = bytes.get(i) {
            if b == b'\n' {
                line_start = true;
            }
            if b.is_ascii_whitespace() {
                i += 1;
                continue;
            }
            if line_start && depth == 0 && b == b'[' {
                let end = end_of_line(i);
                layout.headers.extend(Header::read(source, i, end));
                i = end;
                continue;
            }
            line_start = false;
            match b {
                b'#' => i = end_of_line(i),
                b'[' | b'{' => depth += 1,
                b']' | b'}' => depth = depth.saturating_sub(1),
                b'"' | b'\'' => {
                    let quotes = if b == b'"' { "\"\"\"" } else { "'''" };
                    if bytes[i..].starts_with(quotes.as_bytes()) {
                        let close = find_unescaped(source, i + 3, quotes);
                        layout.long_texts.push(LongText { open: i, quotes, close });
                        match close {
                            Some(close) => i = close + 3,
                            None => break,
                        }
                        continue;
                    }
                    // Text on one line ends at its quote or, unclosed, at the end of the line.
                    i += 1;
                    while let Some(&c) = bytes.get(i) {
                        if c == b || c == b'\n' {
                            break;
                        }
                        i += if c == b'\\' && b == b'"' { 2 } else { 1 };
                    }
                    if bytes.get(i) == Some(&b) {
                        i += 1;
                    }
                    continue;
                }
                _ => {}
            }
            i += 1;
        }
        layout
    }

    /// `body = '''` never closed: the parser gives up at the end of the file,
    /// or, if a later text opens with `'''`, takes that as the close and gives
    /// up just after it. Either way the cause is where the text opened, and a
    /// `[table]` line inside a text is the sign of it.
    fn unclosed_long_text(&self, source: &str, at: usize) -> Option<Plain> {
        for text in self.long_texts.iter().take_while(|text| text.open <= at) {
            let q = text.quotes;
            let span = text.open..text.open + 3;
            let Some(close) = text.close else {
                return Some(Plain {
                    span,
                    message: format!(
                        "The text that starts here with `{q}` is never closed, so the rest of the file is read as part of it."
                    ),
                    help: format!("add `{q}` where the text ends"),
                });
            };
            let inside = text.open + 3..close;
            let header = source[inside.clone()]
                .split_inclusive('\n')
                .scan(inside.start, |start, line| {
                    let at = *start;
                    *start += line.len();
                    Some((at, line))
                })
                .filter(|&(start, _)| start < at)
                .find_map(|(start, line)| {
                    let indent = line.len() - line.trim_start().len();
                    let end = start + line.trim_end().len();
                    Header::read(source, start + indent, end)
                });
            if let Some(header) = header {
                let line = line_of(source, header.at);
                return Some(Plain {
                    span,
                    message: format!(
                        "The text that starts here with `{q}` is not closed before line {line} (`{}`), so everything up to the `{q}` on line {} is read as part of the text.",
                        header.written,
                        line_of(source, close)
                    ),
                    help: format!("add `{q}` where the text ends, above line {line}"),
                });
            }
        }
        None
    }

    /// `minutes = 5` below `[briefing]`, or a site's `name` below its
    /// `[[sites.pages]]`: TOML gives every line to the table above it, so the
    /// field is unknown there, though the author wrote it correctly. If a
    /// table further out takes it, the field only needs moving.
    fn field_below_its_table(&self, source: &str, at: usize, message: &str, shape: &Shape) -> Option<Plain> {
        let field = message.strip_prefix("unknown field `")?.split('`').next()?;
        if self.header_at(at).is_some() {
            return None;
        }
        let table = self.headers.iter().rev().find(|header| header.at <= at)?;
        // The tables around `table`, nearest first, down to the top of the file.
        let (outer, first_line_below) = (0..table.path.len()).rev().find_map(|depth| {
            let outer = match depth {
                0 => None,
                _ => Some(self.last_before(&table.path[..depth], table.at)?),
            };
            let tables = self.tables_around(&table.path[..depth], table.at);
            shape.fields(&tables)?.iter().any(|f| f == field).then_some(())?;
            let first_below = self.headers.iter().find(|h| outer.is_none_or(|outer| h.at > outer.at))?;
            Some((outer, first_below))
        })?;
        let above = line_of(source, first_line_below.at);
        let help = match outer {
            None => format!(
                "`{field}` belongs at the top of the file, before the first `[table]` line: move it above line {above}"
            ),
            Some(outer) => format!(
                "`{field}` belongs to the `{}` table on line {}: move it above line {above}",
                outer.written,
                line_of(source, outer.at)
            ),
        };
        Some(Plain {
            span: at..at + field.len(),
            message: format!(
                "There is no field `{field}` here, in the `{}` table that starts on line {}: every line below a `[table]` line belongs to that table.",
                table.written,
                line_of(source, table.at)
            ),
            help,
        })
    }

    /// `[sites]` for a second site, `[[briefing]]` for the briefing. To the
    /// parser, `[sites]` among `[[sites]]` is a "duplicate key", and `[sites]`
    /// alone a table where a list should be; `[[briefing]]` is a list where a
    /// table should be. Only the file's type knows which was meant.
    fn wrong_brackets(&self, source: &str, at: usize, message: &str, shape: &Shape) -> Option<Plain> {
        let header = self.header_at(at)?;
        let tables = self.tables_around(&header.path[..header.path.len() - 1], header.at);
        let name = header.name;
        let is_list = if message.starts_with("duplicate key") {
            // A table that can only be written once, written twice, is a
            // duplicate whatever its brackets; only a list can be the cause.
            shape.takes(&tables, &format!("[[{name}]]"))?.then_some(true)?
        } else if message.starts_with("invalid type") {
            // As written it is the wrong type; is the other way right?
            let other = if header.list { format!("[{name}]") } else { format!("[[{name}]]") };
            shape.takes(&tables, &other)?.then_some(!header.list)?
        } else {
            return None;
        };
        // The header in the wrong form: this one, or the nearest above with the same name.
        let wrong = if header.list != is_list {
            header
        } else {
            self.headers.iter().rev().find(|h| h.at < header.at && h.path == header.path && h.list != is_list)?
        };
        let right = if is_list { format!("[[{name}]]") } else { format!("[{name}]") };
        let like = if std::ptr::eq(wrong, header) { self.last_before(&header.path, header.at) } else { Some(header) }
            .filter(|other| other.list == is_list)
            .map(|other| format!(", like line {}", line_of(source, other.at)))
            .unwrap_or_default();
        let message = if is_list {
            format!(
                "`{}` here has single square brackets, but there can be several of these, so each one starts with double brackets: `{right}`.",
                wrong.written
            )
        } else {
            format!(
                "`{}` here has double square brackets, which start one more item of a list, but there can be only one of these, so it starts with single brackets: `{right}`.",
                wrong.written
            )
        };
        Some(Plain {
            span: wrong.at..wrong.at + wrong.written.len(),
            message,
            help: format!("change line {} to `{right}`{like}", line_of(source, wrong.at)),
        })
    }

    /// `[briefing.text]` or `title = { … }` where `text = "…"` is wanted:
    /// a table where text, a number or `true`/`false` should be.
    fn table_for_a_value(&self, source: &str, at: usize, message: &str, kind: fn(&str) -> String) -> Option<Plain> {
        let rest = message.strip_prefix("invalid type: ")?;
        let (found, expected) = rest.split_once(", expected ")?;
        let example = match expected.trim() {
            "a string" => "\"…\"",
            "a boolean" => "true",
            "u8" | "u16" | "u32" | "u64" | "usize" | "i64" | "f32" | "f64" | "a float" => "…",
            _ => return None,
        };
        let what = kind(expected);
        if let Some(header) = self.header_at(at) {
            // `[[a.b]]` would be reported as its first item, not as a list.
            if header.list && found != "sequence" {
                return None;
            }
            let (field, around) = header.path.split_last()?;
            let outer = if around.is_empty() { None } else { Some(self.last_before(around, header.at)?) };
            let above = self.headers.iter().find(|h| outer.is_none_or(|outer| h.at > outer.at))?;
            let place = match outer {
                None => "at the top of the file".to_owned(),
                Some(outer) => format!("in the `{}` table", outer.written),
            };
            return Some(Plain {
                span: header.at..header.at + header.written.len(),
                message: format!("`{field}` should be {what}, but `{}` here makes it a table.", header.written),
                help: format!(
                    "instead of the `{}` line, write `{field} = {example}` {place}, above line {}",
                    header.written,
                    line_of(source, above.at)
                ),
            });
        }
        // `title = { … }`: a table written on one line.
        if found != "map" || !source[at..].starts_with('{') {
            return None;
        }
        let line = line_around(source, at);
        let key = source[line.start..at].trim_end().strip_suffix('=')?.trim();
        let field = key.rsplit('.').next()?.trim().trim_matches(['"', '\'']);
        Some(Plain {
            span: at..at + 1,
            message: format!("`{field}` should be {what}, but the `{{ … }}` here makes it a table."),
            help: format!("write `{field} = {example}`, without {{ }}"),
        })
    }

    /// The header whose line holds `at`.
    fn header_at(&self, at: usize) -> Option<&Header<'s>> {
        self.headers.iter().find(|header| (header.at..header.end.max(header.at + 1)).contains(&at))
    }

    /// The last header named `path` before `at`.
    fn last_before(&self, path: &[&str], at: usize) -> Option<&Header<'s>> {
        self.headers.iter().rev().find(|header| header.at < at && header.path == path)
    }

    /// The header lines, as written, that open the table `path` as it stands
    /// at `at` (`[[sites]]` for `sites`), to probe a shape with.
    fn tables_around(&self, path: &[&str], at: usize) -> String {
        (1..=path.len())
            .filter_map(|depth| self.last_before(&path[..depth], at))
            .map(|header| format!("{}\n", header.written))
            .collect()
    }
}

/// Where the closing `quotes` are, from `from` on; in `"""` text a backslash
/// escapes the character after it.
fn find_unescaped(source: &str, from: usize, quotes: &str) -> Option<usize> {
    let bytes = source.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        if bytes[i..].starts_with(quotes.as_bytes()) {
            return Some(i);
        }
        i += if bytes[i] == b'\\' && quotes == "\"\"\"" { 2 } else { 1 };
    }
    None
}

/// The line, without its line break, that holds `at`.
fn line_around(source: &str, at: usize) -> Range<usize> {
    let start = source[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = source[at..].find('\n').map_or(source.len(), |i| at + i);
    start..end
}

/// The line number, counting from 1, of `at`.
fn line_of(source: &str, at: usize) -> usize {
    source.as_bytes()[..at.min(source.len())].iter().filter(|&&b| b == b'\n').count() + 1
}

fn floor_char_boundary(text: &str, index: usize) -> usize {
    let mut index = index.min(text.len());
    while index > 0 && !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}
