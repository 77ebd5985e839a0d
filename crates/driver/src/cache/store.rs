//! The cache's entries on disk: their format, verified reads, atomic
//! writes, the size bound and the eviction of the least recently used.
//!
//! Layout under the format directory (`<cache dir>/v1/`):
//!
//! ```text
//! objects/ab/cdef...   a compiled module (an object file), by object key
//! programs/ab/cdef...  a program's list of object keys, by program key
//! size                 the running total of the entries' sizes (an upper bound)
//! ```
//!
//! The first two hex digits of a key name a fan-out subdirectory, so no
//! directory grows past a few hundred entries per 65,536 of the cache.
//!
//! Every entry is `HEADER_LEN` bytes of header and then its payload:
//!
//! ```text
//!  0  magic "MGCACHE\0"
//!  8  format version, u32 little-endian
//! 12  kind (1 object, 2 program), then 3 zero bytes
//! 16  the entry's key, 32 bytes
//! 48  payload length, u64 little-endian
//! 56  BLAKE3 hash of the payload, 32 bytes
//! 88  payload
//! ```
//!
//! A read checks all of it: an entry that is truncated, padded, flipped,
//! of another format or kind, or stored under a name that is not its key,
//! is deleted and reported as absent, so the caller compiles again and a
//! damaged object is never linked or executed. A write goes to a
//! temporary file in the entry's own directory that is renamed over the
//! entry once complete: readers see the old entry or the new one, never
//! a part, and two processes filling the same entry at once each rename a
//! complete, identical file. A hit sets the entry's modification time to
//! now, which is the recency that eviction orders by.

use std::fs::{self, File};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, SystemTime};

/// A cache key: a BLAKE3 hash (`key.rs`).
pub(crate) type Key = [u8; 32];

const MAGIC: &[u8; 8] = b"MGCACHE\0";
/// The version of the entry format and of the keys' contents; a change of
/// either moves the cache to a new `vN` directory.
pub(crate) const FORMAT: u32 = 1;
const HEADER_LEN: usize = 88;
/// Temporary files older than this belong to a process that died while
/// writing; eviction removes them.
const STALE_TEMP: Duration = Duration::from_secs(3600);

/// What an entry holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// The object code of one module.
    Object = 1,
    /// A program's list of modules and object keys.
    Program = 2,
}

impl Kind {
    fn dir(self) -> &'static str {
        match self {
            Kind::Object => "objects",
            Kind::Program => "programs",
        }
    }
}

/// The hex form of a key.
pub(crate) fn hex(key: &Key) -> String {
    key.iter().map(|b| format!("{b:02x}")).collect()
}

/// The key a hex string spells, if it spells one.
pub(crate) fn parse_hex(s: &str) -> Option<Key> {
    if s.len() != 64 || !s.is_ascii() {
        return None;
    }
    let mut key = [0u8; 32];
    for (i, b) in key.iter_mut().enumerate() {
        *b = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(key)
}

/// One format directory of a cache: `<cache dir>/v1`.
pub(crate) struct Store {
    root: PathBuf,
    limit: u64,
}

/// The entries a walk of the store found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Usage {
    pub programs: u64,
    pub objects: u64,
    /// Bytes of all entries (headers included).
    pub bytes: u64,
}

/// One entry file met by a walk.
struct Found {
    path: PathBuf,
    kind: Kind,
    len: u64,
    used: SystemTime,
}

impl Store {
    /// The store under cache directory `dir`; nothing is created yet.
    pub(crate) fn new(dir: &Path, limit: u64) -> Store {
        Store {
            root: dir.join(format!("v{FORMAT}")),
            limit,
        }
    }

    /// Creates the store's directory (and the cache directory, tagged so
    /// that backup tools skip it).
    pub(crate) fn create(&self) -> std::io::Result<()> {
        fs::create_dir_all(&self.root)?;
        if let Some(dir) = self.root.parent() {
            let tag = dir.join("CACHEDIR.TAG");
            if !tag.exists() {
                let text = "Signature: 8a477f597d28d172789f06886806bc55\n\
                            # This file is a cache directory tag created by multigen.\n\
                            # For information about cache directory tags see https://bford.info/cachedir/\n";
                let _ = write_atomically(&tag, text.as_bytes());
            }
        }
        Ok(())
    }

    fn path(&self, kind: Kind, key: &Key) -> PathBuf {
        let h = hex(key);
        self.root.join(kind.dir()).join(&h[..2]).join(&h[2..])
    }

    /// The payload of entry `key`, if it is present and intact. A damaged
    /// entry is deleted. A hit marks the entry as just used.
    pub(crate) fn get(&self, kind: Kind, key: &Key) -> Option<Vec<u8>> {
        let path = self.path(kind, key);
        let mut file = File::open(&path).ok()?;
        let mut bytes = Vec::new();
        if file.read_to_end(&mut bytes).is_err() {
            return None;
        }
        match decode(&bytes, kind, key) {
            Some(range) => {
                // The recency eviction orders by; failing to record it
                // only makes the entry look older.
                let _ = file.set_modified(SystemTime::now());
                bytes.truncate(range.end);
                bytes.drain(..range.start);
                Some(bytes)
            }
            None => {
                // Another process may have replaced the damaged file with
                // a good one meanwhile; deleting that too only costs a
                // compilation.
                let _ = fs::remove_file(&path);
                None
            }
        }
    }

    /// Stores `payload` as entry `key`; false if the cache cannot be
    /// written (which is never an error of the compilation).
    pub(crate) fn put(&self, kind: Kind, key: &Key, payload: &[u8]) -> bool {
        let path = self.path(kind, key);
        let Some(dir) = path.parent() else {
            return false;
        };
        if fs::create_dir_all(dir).is_err() {
            return false;
        }
        let entry = encode(kind, key, payload);
        if write_atomically(&path, &entry).is_err() {
            return false;
        }
        self.add_size(entry.len() as u64);
        true
    }

    /// Adds `n` bytes to the running total and evicts when the total
    /// passes the limit. The total is kept in the `size` file under an
    /// advisory lock; it can only overestimate (an entry written twice is
    /// counted twice, a damaged one deleted is not subtracted), so the
    /// cache never grows past its bound unnoticed, and the walk that
    /// eviction does sets it to the exact value again.
    fn add_size(&self, n: u64) {
        let Ok(mut file) = fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(self.root.join("size"))
        else {
            return;
        };
        // Without a lock (a file system without them) the total may lose
        // an addition to a concurrent writer; it is still rebuilt by the
        // next eviction.
        let locked = file.lock().is_ok();
        let mut text = String::new();
        let _ = file.read_to_string(&mut text);
        // A missing or unreadable total is unknown: count from the limit,
        // which makes this write walk the store and set it right.
        let old = text.trim().parse::<u64>().unwrap_or(self.limit);
        let mut total = old.saturating_add(n);
        if total > self.limit {
            total = self.evict();
        }
        let _ = file.set_len(0);
        let _ = file.seek(SeekFrom::Start(0));
        let _ = file.write_all(total.to_string().as_bytes());
        if locked {
            let _ = file.unlock();
        }
    }

    /// Removes the least recently used entries until the store is at most
    /// nine tenths of its limit (so that a full cache is not walked at
    /// every write), and stale temporary files; returns the new total.
    fn evict(&self) -> u64 {
        let mut found = self.walk(true);
        let mut total: u64 = found.iter().map(|f| f.len).sum();
        let target = self.limit / 10 * 9;
        if total <= self.limit {
            return total;
        }
        found.sort_by_key(|f| f.used);
        for f in found {
            if total <= target {
                break;
            }
            if fs::remove_file(&f.path).is_ok() {
                total -= f.len;
            }
        }
        total
    }

    /// Every entry file of the store; with `reap`, temporary files left by
    /// dead writers are deleted on the way.
    fn walk(&self, reap: bool) -> Vec<Found> {
        let mut out = Vec::new();
        let now = SystemTime::now();
        for kind in [Kind::Object, Kind::Program] {
            let Ok(fans) = fs::read_dir(self.root.join(kind.dir())) else {
                continue;
            };
            for fan in fans.flatten() {
                let Ok(entries) = fs::read_dir(fan.path()) else {
                    continue;
                };
                for e in entries.flatten() {
                    let Ok(meta) = e.metadata() else { continue };
                    let used = meta.modified().unwrap_or(SystemTime::UNIX_EPOCH);
                    if e.file_name().to_string_lossy().starts_with(".tmp") {
                        let old = now.duration_since(used).unwrap_or_default() > STALE_TEMP;
                        if reap && old {
                            let _ = fs::remove_file(e.path());
                        }
                        continue;
                    }
                    out.push(Found {
                        path: e.path(),
                        kind,
                        len: meta.len(),
                        used,
                    });
                }
            }
        }
        out
    }

    /// What the store holds.
    pub(crate) fn usage(&self) -> Usage {
        let mut u = Usage::default();
        for f in self.walk(false) {
            match f.kind {
                Kind::Object => u.objects += 1,
                Kind::Program => u.programs += 1,
            }
            u.bytes += f.len;
        }
        u
    }

    /// Removes every entry; returns what was removed.
    pub(crate) fn clear(&self) -> std::io::Result<Usage> {
        let u = self.usage();
        match fs::remove_dir_all(&self.root) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(u),
        }
    }
}

/// The entry file for `payload`: header, then payload.
fn encode(kind: Kind, key: &Key, payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER_LEN + payload.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT.to_le_bytes());
    out.extend_from_slice(&[kind as u8, 0, 0, 0]);
    out.extend_from_slice(key);
    out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    out.extend_from_slice(blake3::hash(payload).as_bytes());
    out.extend_from_slice(payload);
    out
}

/// Where the payload of an intact entry file lies, or None if the file is
/// not exactly the entry `key` of kind `kind` with a payload matching its
/// checksum.
fn decode(bytes: &[u8], kind: Kind, key: &Key) -> Option<std::ops::Range<usize>> {
    if bytes.len() < HEADER_LEN || &bytes[..8] != MAGIC {
        return None;
    }
    let format = u32::from_le_bytes(bytes[8..12].try_into().ok()?);
    if format != FORMAT || bytes[12..16] != [kind as u8, 0, 0, 0] || &bytes[16..48] != key {
        return None;
    }
    let len = u64::from_le_bytes(bytes[48..56].try_into().ok()?);
    if len != (bytes.len() - HEADER_LEN) as u64 {
        return None;
    }
    let payload = &bytes[HEADER_LEN..];
    (blake3::hash(payload).as_bytes() == &bytes[56..88]).then_some(HEADER_LEN..bytes.len())
}

/// Writes `bytes` to `path` through a temporary file in the same directory
/// renamed over it, so that `path` is always absent, old or complete.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    static COUNT: AtomicU32 = AtomicU32::new(0);
    let dir = path.parent().unwrap_or(Path::new("."));
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap_or_default()
        .subsec_nanos();
    let tmp = dir.join(format!(
        ".tmp-{}-{}-{nanos}",
        std::process::id(),
        COUNT.fetch_add(1, Ordering::Relaxed)
    ));
    let result = File::create_new(&tmp)
        .and_then(|mut f| f.write_all(bytes))
        .and_then(|()| fs::rename(&tmp, path));
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_round_trip_and_damage_is_detected() {
        let key = [7u8; 32];
        let entry = encode(Kind::Object, &key, b"object code");
        let range = decode(&entry, Kind::Object, &key).expect("intact");
        assert_eq!(&entry[range], b"object code");
        // Truncated, padded, a flipped payload or header byte, another
        // kind or key: all refused.
        assert!(decode(&entry[..entry.len() - 1], Kind::Object, &key).is_none());
        assert!(decode(&entry[..40], Kind::Object, &key).is_none());
        let mut padded = entry.clone();
        padded.push(0);
        assert!(decode(&padded, Kind::Object, &key).is_none());
        for at in [0, 9, 13, 20, 50, 60, HEADER_LEN + 3] {
            let mut flipped = entry.clone();
            flipped[at] ^= 0x40;
            assert!(decode(&flipped, Kind::Object, &key).is_none(), "byte {at}");
        }
        assert!(decode(&entry, Kind::Program, &key).is_none());
        assert!(decode(&entry, Kind::Object, &[8u8; 32]).is_none());
    }

    #[test]
    fn hex_round_trips() {
        let key: Key = std::array::from_fn(|i| (i * 37) as u8);
        assert_eq!(parse_hex(&hex(&key)), Some(key));
        assert_eq!(parse_hex("zz"), None);
    }
}
