//! Input with Windows line ends (`\r\n`) read as Unix ones (`\n`), so that
//! the line numbers the csv crate gives records are right: after a `\r\n`
//! it counts the next record on the line before (BurntSushi/rust-csv#395),
//! and the lists people screen against are often written on Windows. The
//! reader also notes where its lines end ([`LineStarts`]): after blank lines
//! the csv crate gives a record the line of the first blank one.

use std::io::{self, Read};
use std::path::Path;
use std::sync::{Arc, Mutex};

/// Text as UTF-8, or the line where it is not and what is wrong (`3`,
/// `byte 7: not UTF-8 text (a byte 0xE9 ...): save the file as UTF-8`):
/// files saved as Latin-1 (Windows-1252) or UTF-16 are common among those
/// screened.
pub fn utf8_text(bytes: Vec<u8>) -> Result<String, (u64, String)> {
    if let Some(what) = not_text(&bytes) {
        return Err((1, what.to_string()));
    }
    // With a byte-order mark, or without one: ASCII text in UTF-16 has a
    // zero byte beside each letter.
    let zeros = |parity: usize| {
        let head = &bytes[..bytes.len().min(64)];
        head.len() >= 4 && head.iter().skip(parity).step_by(2).all(|&b| b == 0)
    };
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) || zeros(0) || zeros(1) {
        return Err((1, "UTF-16 text, not UTF-8: save the file as UTF-8 (in Excel: CSV UTF-8)".into()));
    }
    String::from_utf8(bytes).map_err(|e| {
        let bytes = e.as_bytes();
        let at = e.utf8_error().valid_up_to();
        let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        let column = at - bytes[..at].iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1) + 1;
        // Words of bytes from 0xC0 up are Cyrillic in Windows-1251; an
        // accented letter among ASCII ones is Latin-1's.
        let cyrillic = bytes[at..].iter().take(64).take_while(|&&b| b >= 0x80).filter(|&&b| b >= 0xC0).count() >= 3;
        let perhaps = if cyrillic { "Windows-1251 (Cyrillic)" } else { "Latin-1 or Windows-1252" };
        let why = format!(
            "byte {column}: not UTF-8 text (a byte 0x{:02X}; {perhaps}, perhaps): \
             save the file as UTF-8 (in Excel: CSV UTF-8)",
            bytes[at]
        );
        (line as u64, why)
    })
}

/// What a file that is no text is, by its first bytes, and what to do: a
/// workbook, an archive, a compressed file, a database, a PDF.
pub fn not_text(head: &[u8]) -> Option<&'static str> {
    const KINDS: [(&[u8], &str); 5] = [
        (b"PK\x03\x04", "a ZIP archive (an Excel workbook, .xlsx, perhaps), not text: save it as CSV UTF-8"),
        (b"\xD0\xCF\x11\xE0", "an Excel 97-2003 workbook (.xls), not text: save it as CSV UTF-8"),
        (b"\x1F\x8B", "gzip-compressed, not text: decompress it first (gunzip FILE)"),
        (b"SQLite format 3\0", "a SQLite database, not text: a chokepoint database goes after --db"),
        (b"%PDF-", "a PDF, not text: export the table as CSV"),
    ];
    KINDS.iter().find(|(magic, _)| head.starts_with(magic)).map(|(_, what)| *what)
}

/// A whole text file (a mapping, weights, a query) as UTF-8, its encoding
/// told as for data files (`weights.toml:3: byte 7: not UTF-8 text ...`).
pub fn read_text(path: &std::path::Path) -> crate::Result<String> {
    let bytes = std::fs::read(path).map_err(|source| crate::Error::Io { path: path.to_path_buf(), error: source })?;
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).map(<[u8]>::to_vec).unwrap_or(bytes);
    utf8_text(bytes).map_err(|(line, message)| crate::Error::BadFile {
        path: format!("{}:{line}", path.display()),
        message: message.replace(" (in Excel: CSV UTF-8)", ""),
    })
}

/// Where the lines of a [`UnixLines`] stream end (the offsets of its `\n`
/// bytes, as read so far), to tell the line a record is on.
#[derive(Debug, Clone, Default)]
pub struct LineStarts(Arc<Mutex<Vec<u64>>>);

impl LineStarts {
    /// The line (from 1) a record at `position` is on: that of its first
    /// byte, past any blank lines the csv crate counts into the record; 0
    /// without a position.
    pub fn line(&self, position: Option<&csv::Position>) -> u64 {
        let Some(p) = position else { return 0 };
        let ends = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let mut i = ends.partition_point(|&x| x < p.byte());
        let mut at = p.byte();
        while ends.get(i) == Some(&at) {
            i += 1;
            at += 1;
        }
        i as u64 + 1
    }
}

use crate::error::{Error, Result};

/// A CSV reader built by `builder` over `input`, its line ends read as Unix
/// ones: every CSV reader of user files goes through here.
pub fn csv_reader<R: Read>(builder: &csv::ReaderBuilder, input: R) -> csv::Reader<UnixLines<R>> {
    builder.from_reader(UnixLines::new(input))
}

/// The name messages give an input: its path, or `standard input` for `-`.
pub fn input_name(path: &Path) -> String {
    if path.as_os_str() == "-" { "standard input".into() } else { path.display().to_string() }
}

/// A user's file opened; one that cannot be is an error naming it (and,
/// when missing, saying to check the path).
pub fn open_file(path: &Path) -> Result<std::fs::File> {
    std::fs::File::open(path)
        .map_err(|e| Error::BadFile { path: path.display().to_string(), message: crate::error::io_message(&e) })
}

/// [`csv_reader`] over a file opened by [`open_file`].
pub fn open_csv(
    path: &Path,
    builder: &csv::ReaderBuilder,
) -> Result<csv::Reader<UnixLines<io::BufReader<std::fs::File>>>> {
    Ok(csv_reader(builder, io::BufReader::new(open_file(path)?)))
}

/// The lines a record's fields run over past its first (a quoted field
/// holding line ends, or a quote left open), for [`quote_left_open_at_end`].
pub fn extra_lines(rec: &csv::StringRecord) -> u64 {
    rec.iter().map(|f| f.trim_end_matches('\n').matches('\n').count() as u64).sum()
}

/// A header naming twice a column that is read (`read`), which would leave
/// one of the two unread: an error naming it, for `file:1`.
pub fn repeated_column(file: &str, names: &[String], read: impl Fn(&str) -> bool) -> crate::Result<()> {
    for (i, n) in names.iter().enumerate() {
        if !n.is_empty() && read(n) && names[..i].contains(n) {
            return Err(crate::Error::BadFile {
                path: format!("{file}:1"),
                message: format!(
                    "header: column {n:?} comes twice (columns {} and {}); keep one, or rename the other",
                    names.iter().position(|x| x == n).unwrap_or(0) + 1,
                    i + 1
                ),
            });
        }
    }
    Ok(())
}

/// Warn that columns (or keys) of `file` are not read, so that a misspelt one
/// (`countrry`) or a file in another layout is not taken in silence; `what`
/// says what is read.
pub fn warn_unread(file: &str, kind: &str, unread: &[&str], what: &str) {
    if !unread.is_empty() {
        let s = if unread.len() == 1 { "" } else { "s" };
        log::warn!("{file}: {kind}{s} {} not read: {what}", unread.join(", "));
    }
}

/// Whether CSV text (from a record's start to the end of the input) ends
/// inside a quoted field: a quote opens a field only at its start, and
/// inside one a doubled quote is a quote (`Dock 5" Pier` is no quote).
pub fn quote_left_open(text: &[u8]) -> bool {
    let (mut quoted, mut field_start) = (false, true);
    let mut i = 0;
    while i < text.len() {
        let b = text[i];
        if quoted {
            if b == b'"' {
                if text.get(i + 1) == Some(&b'"') {
                    i += 1;
                } else {
                    quoted = false;
                }
            }
        } else if b == b'"' && field_start {
            quoted = true;
        }
        field_start = !quoted && (b == b',' || b == b'\n');
        i += 1;
    }
    quoted
}

/// The message for a last record (starting at `start` of `unix`, the
/// input as [`unix_text`] gives it, on `line`, its fields over `runs` more
/// lines) that a quote left open ran to the end of the input; none if it
/// did not.
pub fn quote_left_open_at_end(unix: &[u8], start: u64, line: u64, runs: u64) -> Option<String> {
    let read_as = if runs == 0 {
        "the rest of the line was read as one field".to_string()
    } else {
        format!("lines {line} to {} were read as one row", line + runs)
    };
    quote_left_open(unix.get(start as usize..).unwrap_or_default()).then(|| {
        format!(
            "a quote opened on this line is not closed, so {read_as}; close the quote, or double a quote \
             inside a field (\"\")"
        )
    })
}

/// `input` as [`UnixLines`] gives it (each `\r` before a `\n` dropped),
/// where the positions of the records it reads point.
pub fn unix_text(input: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    if !input.windows(2).any(|w| w == b"\r\n") {
        return std::borrow::Cow::Borrowed(input);
    }
    let mut unix = Vec::with_capacity(input.len());
    for (i, &b) in input.iter().enumerate() {
        if !(b == b'\r' && input.get(i + 1) == Some(&b'\n')) {
            unix.push(b);
        }
    }
    std::borrow::Cow::Owned(unix)
}

/// The message for a record (starting at `start` of `text`, as
/// [`unix_text`] gives it, on `line`, its fields over `runs` more lines)
/// whose quoted field runs over lines and is closed with more of the field
/// after the quote (`"Broken Co,RU` ... `"Delta Co",CN`): a quote left open
/// that the quote of a field on a later line closed, taking the rows
/// between into one field; none for a field that ends at its closing
/// quote, as one holding an address over lines does.
pub fn quote_closed_inside_field(text: &[u8], start: u64, line: u64, runs: u64) -> Option<String> {
    if runs == 0 {
        return None;
    }
    let text = text.get(start as usize..).unwrap_or_default();
    // A record after blank lines starts at the first of them (its `line`
    // is its own, past them).
    let ends = text.iter().take_while(|&&b| b == b'\n' || b == b'\r').count();
    let text = &text[ends..];
    let (mut quoted, mut field_start, mut spans, mut i) = (false, true, false, 0);
    while i < text.len() {
        let b = text[i];
        if quoted {
            if b == b'\n' {
                spans = true;
            }
            if b == b'"' {
                if text.get(i + 1) == Some(&b'"') {
                    i += 1;
                } else {
                    quoted = false;
                    // Spaces may stand between a quote and its comma.
                    let after = text[i + 1..].iter().find(|&&b| b != b' ' && b != b'\t').copied();
                    if spans && !matches!(after, None | Some(b',' | b'\n' | b'\r')) {
                        return Some(format!(
                            "a quote opened on this line is closed inside a field on a later line, so lines \
                             {line} to {} were read as one row; close the quote where its field ends, or double \
                             a quote inside a field (\"\")",
                            line + runs
                        ));
                    }
                }
            }
        } else if b == b'\n' {
            break;
        } else if b == b'"' && field_start {
            quoted = true;
            spans = false;
        }
        field_start = !quoted && b == b',';
        i += 1;
    }
    None
}

/// The `runs` lines after the first line of the record starting at
/// `start` of `text` (past blank lines before it), with the offset they
/// start at: the lines a quote left open on the first took into the record.
pub fn lines_after_first(text: &[u8], start: u64, runs: u64) -> (u64, &[u8]) {
    let from = (start as usize).min(text.len());
    let blank = text[from..].iter().take_while(|&&b| b == b'\n').count();
    let first_end = text[from + blank..].iter().position(|&b| b == b'\n').map_or(text.len(), |i| from + blank + i + 1);
    let mut end = first_end;
    for _ in 0..runs {
        match text[end..].iter().position(|&b| b == b'\n') {
            Some(i) => end += i + 1,
            None => {
                end = text.len();
                break;
            }
        }
    }
    (first_end as u64, &text[first_end..end])
}

/// Why a record (on `line`, its fields over `runs` more lines) of
/// `fields` fields is refused when the header has `header`.
pub fn fields_unlike_header(fields: usize, header: usize, line: u64, runs: u64) -> String {
    if runs > 0 {
        // A quote left open runs the row into the lines after it; or a
        // quoted field holds line ends, and the row is short or long.
        format!(
            "lines {line} to {} were read as one row, a quoted field running over them, and it has {fields} \
             fields where the header has {header}: close a quote left open, double a quote inside a field \
             (\"\"), or give every column",
            line + runs
        )
    } else {
        let s = if fields == 1 { "" } else { "s" };
        if fields < header {
            format!("{fields} field{s}, but the header has {header}: give every column, empty where unknown (a,,c)")
        } else {
            format!("{fields} field{s}, but the header has {header}; quote fields that hold commas")
        }
    }
}

/// A reader that drops each `\r` before a `\n` (a lone `\r` stays).
pub struct UnixLines<R> {
    inner: R,
    buf: Box<[u8]>,
    start: usize,
    end: usize,
    eof: bool,
    /// Bytes given so far.
    given: u64,
    ends: LineStarts,
}

impl<R: Read> UnixLines<R> {
    /// Wrap a reader.
    pub fn new(inner: R) -> UnixLines<R> {
        let buf = vec![0; 64 * 1024].into_boxed_slice();
        UnixLines { inner, buf, start: 0, end: 0, eof: false, given: 0, ends: LineStarts::default() }
    }

    /// Where its lines end, as read so far (shared: it grows as the reader reads).
    pub fn line_starts(&self) -> LineStarts {
        self.ends.clone()
    }

    /// Read more, so that at least two bytes are buffered (a `\r` and what
    /// follows it) unless the input ends.
    fn fill(&mut self) -> io::Result<()> {
        self.buf.copy_within(self.start..self.end, 0);
        self.end -= self.start;
        self.start = 0;
        while self.end < 2 && !self.eof {
            match self.inner.read(&mut self.buf[self.end..]) {
                Ok(0) => self.eof = true,
                Ok(n) => self.end += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }
}

impl<R: Read> Read for UnixLines<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let mut n = 0;
        while n < out.len() {
            if self.end - self.start < 2 && !self.eof {
                if n > 0 {
                    break; // give what is read before waiting for more
                }
                self.fill()?;
            }
            let Some(&b) = self.buf[self.start..self.end].first() else { break };
            self.start += 1;
            if b == b'\r' && self.buf[self.start..self.end].first() == Some(&b'\n') {
                continue;
            }
            out[n] = b;
            n += 1;
        }
        let newlines = out[..n].iter().enumerate().filter(|(_, b)| **b == b'\n');
        let offsets: Vec<u64> = newlines.map(|(i, _)| self.given + i as u64).collect();
        if !offsets.is_empty() {
            self.ends.0.lock().unwrap_or_else(|e| e.into_inner()).extend(offsets);
        }
        self.given += n as u64;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unix(input: &[u8], chunk: usize) -> Vec<u8> {
        // A reader that gives at most `chunk` bytes at a time, to cut a
        // `\r\n` across reads.
        struct Chunks<'a>(&'a [u8], usize);
        impl Read for Chunks<'_> {
            fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
                let n = self.0.len().min(self.1).min(out.len());
                out[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        let mut out = Vec::new();
        UnixLines::new(Chunks(input, chunk)).read_to_end(&mut out).unwrap();
        out
    }

    #[test]
    fn a_quote_closed_inside_a_later_field_is_told() {
        let told = |text: &[u8], runs| quote_closed_inside_field(text, 0, 3, runs).is_some();
        // Closed by the quote before `Delta Co`, with its field after it.
        assert!(told(b"\"Broken Co,RU\nGamma Co,CN\n\"Delta Co\",CN\n", 2));
        // A field over lines that ends at its quote; a doubled quote inside.
        assert!(!told(b"Kvarta,\"1 Dock Rd\nLeeds\"\nNext,x\n", 1));
        assert!(!told(b"Kvarta,\"Dock \"\"5\"\"\nLeeds\",GB\n", 1));
        // Text after a quote on one line (`"ACME" Ltd`) takes no rows, nor
        // do spaces between a quote and its comma.
        assert!(!told(b"\"ACME\" Ltd,\"1 Dock Rd\nLeeds\"\n", 1));
        assert!(!told(b"Kvarta,\"1 Dock Rd\nLeeds\" ,GB\n", 1));
        // After blank lines, where the record's position is the first.
        let text = b"\n\n\"Broken Co,RU\nGamma Co,CN\n\"Delta Co\",CN\n";
        let message = quote_closed_inside_field(text, 0, 5, 2).unwrap();
        assert!(message.contains("lines 5 to 7"), "{message}");
        assert_eq!(unix_text(b"a\r\nb\r").as_ref(), b"a\nb\r");
    }

    #[test]
    fn windows_line_ends_become_unix_ones_however_the_input_is_cut() {
        let input = b"name,country\r\nKvarta,DE\r\nlone\rcr,\"a\r\nb\"\r\n\r";
        for chunk in [1, 2, 3, 7, 1000] {
            assert_eq!(unix(input, chunk), b"name,country\nKvarta,DE\nlone\rcr,\"a\nb\"\n\r", "chunk {chunk}");
        }
        assert_eq!(unix(b"", 1), b"");
    }

    #[test]
    fn csv_line_numbers_are_right_after_windows_line_ends() {
        let input = b"name,country\r\nKvarta,DE\r\nVorta,CU\r\n";
        let mut rdr = csv::Reader::from_reader(UnixLines::new(&input[..]));
        let lines: Vec<u64> = rdr.records().map(|r| r.unwrap().position().unwrap().line()).collect();
        assert_eq!(lines, [2, 3]);
    }

    #[test]
    fn a_quote_left_open_is_told_from_quotes_in_fields() {
        assert!(quote_left_open(b"S3,\"Brelvik\nGmbH,Dock 5\n"));
        assert!(!quote_left_open(b"S3,\"Brelvik\nGmbH\",Dock 5\" Pier\n"));
        assert!(!quote_left_open(b"S1,\"Say \"\"hi\"\"\",x\n"));
        assert!(quote_left_open(b"S1,\"Say \"\"hi\"\",x\n"));
        // On the last line, with no line after it to run into.
        let message = quote_left_open_at_end(b"id,name\ns2,\"Broken,RU\n", 8, 2, 0).unwrap();
        assert!(message.contains("not closed, so the rest of the line"), "{message}");
        assert!(quote_left_open_at_end(b"id,name\ns2,\"Kvarta, Vorta\"\n", 8, 2, 0).is_none());
    }

    #[test]
    fn text_not_in_utf8_is_told_with_its_line() {
        assert_eq!(utf8_text(b"name\nKvarta".to_vec()).unwrap(), "name\nKvarta");
        let (line, why) = utf8_text(b"name\nCaf\xe9 Kvarta\n".to_vec()).unwrap_err();
        assert_eq!(line, 2);
        assert!(why.starts_with("byte 4: not UTF-8 text (a byte 0xE9"), "{why}");
        // Russian in Windows-1251, and UTF-16 without a byte-order mark.
        let (line, why) = utf8_text(b"name\n\xcd\xee\xe2\xe0\xf2\xee\xf0\n".to_vec()).unwrap_err();
        assert_eq!(line, 2);
        assert!(why.contains("Windows-1251 (Cyrillic), perhaps"), "{why}");
        let utf16: Vec<u8> = "name\nKvarta\n".encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert!(utf8_text(utf16).unwrap_err().1.starts_with("UTF-16 text"));
        let utf16: Vec<u8> = "name\nKvarta\n".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert!(utf8_text(utf16).unwrap_err().1.starts_with("UTF-16 text"));
        assert_eq!(utf8_text(b"name\n".to_vec()).unwrap(), "name\n");
        let (line, why) = utf8_text(vec![0xFF, 0xFE, b'n', 0]).unwrap_err();
        assert!(line == 1 && why.starts_with("UTF-16 text"), "{why}");
    }

    #[test]
    fn line_starts_give_the_line_past_blank_lines() {
        let input = b"name,country\r\nKvarta,DE\r\n\r\n\nVorta,CU\n\"a\nb\",XX\nLast,RU";
        let mut rdr = csv::Reader::from_reader(UnixLines::new(&input[..]));
        let starts = rdr.get_ref().line_starts();
        let lines: Vec<u64> = rdr.records().map(|r| starts.line(r.unwrap().position())).collect();
        assert_eq!(lines, [2, 5, 6, 8]);
    }
}
