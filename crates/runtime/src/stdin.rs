//! Standard input as CPython's `sys.stdin` reads it: `input()`.
//!
//! CPython reads stdin through a text wrapper: bytes come in chunks of
//! 8 KiB, each chunk is decoded as UTF-8 as a whole (so an invalid byte
//! anywhere in the chunk raises `UnicodeDecodeError` on the first read that
//! needs the chunk, even if the line asked for lies before it), and on
//! POSIX systems lines end at `\n` only (`\r` stays in the text: CPython
//! creates `sys.stdin` with `newline="\n"`). The reader here
//! does the same, so that programs reading their input see the lines, the
//! errors and the end of input CPython's do. It is process-wide, like the
//! stdout buffer (`io.rs`), so that every way of reading stdin shares one
//! position.

use std::io::Read;
use std::mem::ManuallyDrop;
use std::os::fd::FromRawFd;
use std::sync::{Mutex, MutexGuard};

use crate::containers::value::new_str;
use crate::error::raise;
use crate::MgStr;

/// The size of the chunks read, `io.TextIOWrapper._CHUNK_SIZE`.
const CHUNK: usize = 8192;

/// Decoded input not read yet, of stdin or of a file opened in text mode
/// (`files.rs`).
pub(crate) struct Reader {
    /// Valid UTF-8 text.
    text: Vec<u8>,
    /// Where the unread text starts.
    pos: usize,
    /// The bytes of an incomplete UTF-8 sequence at the end of the last
    /// chunk, waiting for the next one.
    pending: Vec<u8>,
    /// End of input reached.
    eof: bool,
    /// Universal newlines: `\r\n` and `\r` read as `\n` (files opened
    /// with `newline=None`; never stdin).
    translate: bool,
}

static STDIN: Mutex<Reader> = Mutex::new(Reader::new(false));

/// Borrows file descriptor 0 as a `File`.
fn stdin_file() -> ManuallyDrop<std::fs::File> {
    // SAFETY: fd 0 stays open for the whole process; ManuallyDrop keeps
    // this `File` from closing it.
    ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(0) })
}

/// `\r\n` and lone `\r` replaced by `\n`.
fn translate_newlines(bytes: Vec<u8>) -> Vec<u8> {
    if !bytes.contains(&b'\r') {
        return bytes;
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\r' {
            out.push(b'\n');
            if bytes.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
        } else {
            out.push(bytes[i]);
        }
        i += 1;
    }
    out
}

/// Locks the reader; a poisoned lock leaves it consistent (see `io.rs`).
fn reader() -> MutexGuard<'static, Reader> {
    STDIN.lock().unwrap_or_else(|e| e.into_inner())
}

/// Why a chunk is not valid UTF-8, in the words of CPython's codec.
fn decode_error(bytes: &[u8], e: std::str::Utf8Error, at_eof: bool) -> Option<String> {
    let at = e.valid_up_to();
    let reason = match e.error_len() {
        // An incomplete sequence at the end waits for more input, unless
        // the input has ended.
        None if !at_eof => return None,
        None => "unexpected end of data",
        Some(_) if (0x80..0xc2).contains(&bytes[at]) || bytes[at] > 0xf4 => "invalid start byte",
        Some(_) => "invalid continuation byte",
    };
    Some(format!(
        "'utf-8' codec can't decode byte 0x{:02x} in position {at}: {reason}",
        bytes[at]
    ))
}

impl Reader {
    /// An empty reader at the start of its input.
    pub(crate) const fn new(translate: bool) -> Reader {
        Reader {
            text: Vec::new(),
            pos: 0,
            pending: Vec::new(),
            eof: false,
            translate,
        }
    }

    /// How many bytes of the input were read ahead of the position (the
    /// unread text and an incomplete sequence), for `tell` and `seek`.
    pub(crate) fn ahead(&self) -> usize {
        self.text.len() - self.pos + self.pending.len()
    }

    /// Unread text.
    fn unread(&self) -> &[u8] {
        &self.text[self.pos..]
    }

    /// Reads and decodes the next chunk of `src`; false at the end of input.
    fn fill(&mut self, src: &mut impl Read) -> bool {
        if self.eof {
            return false;
        }
        let mut chunk = vec![0u8; CHUNK];
        let n = loop {
            match src.read(&mut chunk) {
                Ok(n) => break n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                // A closed or unreadable stdin reads as empty, as CPython's
                // `input()` then sees the end of input.
                Err(_) => break 0,
            }
        };
        chunk.truncate(n);
        self.eof = n == 0;
        let mut bytes = std::mem::take(&mut self.pending);
        bytes.extend_from_slice(&chunk);
        let valid = match std::str::from_utf8(&bytes) {
            Ok(_) => bytes.len(),
            Err(e) => match decode_error(&bytes, e, self.eof) {
                Some(msg) => {
                    drop(bytes);
                    crate::error::raise("UnicodeDecodeError", &msg)
                }
                None => e.valid_up_to(),
            },
        };
        self.pending = bytes.split_off(valid);
        if self.translate {
            // A `\r` at the end of the chunk may start a `\r\n`: it waits
            // for the next chunk, as CPython's incremental decoder keeps it.
            if !self.eof && bytes.last() == Some(&b'\r') {
                bytes.pop();
                self.pending.insert(0, b'\r');
            }
            bytes = translate_newlines(bytes);
        }
        // Drop what was read already before appending.
        self.text.drain(..self.pos);
        self.pos = 0;
        self.text.extend_from_slice(&bytes);
        !bytes.is_empty() || !self.eof
    }

    /// The next line with its `\n` (none at the end of input), or None at
    /// the end of input.
    pub(crate) fn line(&mut self, src: &mut impl Read) -> Option<Vec<u8>> {
        loop {
            let rest = self.unread();
            if let Some(i) = rest.iter().position(|&b| b == b'\n') {
                let line = rest[..=i].to_vec();
                self.pos += i + 1;
                return Some(line);
            }
            if !self.fill(src) {
                let rest = self.unread().to_vec();
                self.pos = self.text.len();
                return (!rest.is_empty()).then_some(rest);
            }
        }
    }

    /// Up to `n` characters (all the rest of the input when `n` is
    /// negative), fewer only at the end of input.
    pub(crate) fn chars(&mut self, n: i64, src: &mut impl Read) -> Vec<u8> {
        if n < 0 {
            while self.fill(src) {}
            let rest = self.unread().to_vec();
            self.pos = self.text.len();
            return rest;
        }
        let n = n as usize;
        loop {
            // The byte offset after `n` characters of the unread text, if
            // it holds that many (the text is valid UTF-8, so characters
            // start at the bytes that are not continuation bytes).
            let rest = self.unread();
            let mut seen = 0;
            let end = rest
                .iter()
                .enumerate()
                .filter(|(_, &b)| b & 0xc0 != 0x80)
                .find_map(|(i, _)| {
                    seen += 1;
                    (seen == n + 1).then_some(i)
                });
            let end = match end {
                Some(i) => Some(i),
                None if seen == n => Some(rest.len()),
                None => None,
            };
            if let Some(end) = end {
                let out = rest[..end].to_vec();
                self.pos += end;
                return out;
            }
            if !self.fill(src) {
                let rest = self.unread().to_vec();
                self.pos = self.text.len();
                return rest;
            }
        }
    }
}

runtime_interface! {
    STDIN_DECLS, stdin_symbols;
    fn mg_input(*const MgStr) -> *const MgStr;
    fn mg_stdin_readline() -> *const MgStr;
    fn mg_stdin_read(i64) -> *const MgStr;
}

/// `input(prompt)`: writes the prompt to stdout and flushes it, then reads
/// one line without its line end; `EOFError` at the end of input.
///
/// # Safety
/// `prompt` must be a valid string.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_input(prompt: *const MgStr) -> *const MgStr {
    crate::io::print_bytes(MgStr::bytes(prompt));
    crate::io::flush_stdout();
    let line = reader().line(&mut *stdin_file());
    match line {
        Some(mut l) => {
            if l.last() == Some(&b'\n') {
                l.pop();
            }
            new_str(&l)
        }
        None => raise("EOFError", "EOF when reading a line"),
    }
}

/// `sys.stdin.readline()`: the next line with its `\n`, or `''` at the
/// end of input (no `EOFError`, unlike `input()`).
#[no_mangle]
pub extern "C-unwind" fn mg_stdin_readline() -> *const MgStr {
    let line = reader().line(&mut *stdin_file()).unwrap_or_default();
    new_str(&line)
}

/// `sys.stdin.read(n)`: up to `n` characters, or all the rest of the input
/// when `n` is negative; `''` at the end of input.
#[no_mangle]
pub extern "C-unwind" fn mg_stdin_read(n: i64) -> *const MgStr {
    let text = reader().chars(n, &mut *stdin_file());
    new_str(&text)
}

#[cfg(test)]
mod tests {
    use super::decode_error;

    fn message(bytes: &[u8], at_eof: bool) -> Option<String> {
        let e = std::str::from_utf8(bytes).unwrap_err();
        decode_error(bytes, e, at_eof)
    }

    /// The messages of CPython's UTF-8 codec for each kind of bad input.
    #[test]
    fn decode_errors_read_like_cpython() {
        assert_eq!(
            message(b"ok\n\xff", false).unwrap(),
            "'utf-8' codec can't decode byte 0xff in position 3: invalid start byte"
        );
        assert_eq!(
            message(b"\x80", false).unwrap(),
            "'utf-8' codec can't decode byte 0x80 in position 0: invalid start byte"
        );
        assert_eq!(
            message(b"ab\xc3(", false).unwrap(),
            "'utf-8' codec can't decode byte 0xc3 in position 2: invalid continuation byte"
        );
        // An incomplete sequence waits for the next chunk, or is an error
        // at the end of input.
        assert_eq!(message(b"ab\xe2\x82", false), None);
        assert_eq!(
            message(b"ab\xe2\x82", true).unwrap(),
            "'utf-8' codec can't decode byte 0xe2 in position 2: unexpected end of data"
        );
    }
}
