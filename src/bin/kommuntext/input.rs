//! What is read: files, folders, standard input; and how bytes become text.

use std::io::Read;
use std::path::{Path, PathBuf};

/// One input to process.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    /// Standard input (`-`, or no path at all).
    Stdin,
    /// A file.
    File(PathBuf),
}

impl Source {
    /// How the input is named in messages and in `source.path`.
    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "-".to_owned(),
            Source::File(p) => p.display().to_string(),
        }
    }
}

/// An input that could not be read as text, with the message shown as
/// `path: message`.
#[derive(Debug)]
pub struct InputError {
    pub source: Source,
    pub message: String,
}

/// The bytes of one input.
pub struct Loaded {
    pub bytes: Vec<u8>,
}

/// Reads an input, refusing more than `max_bytes` and what is not text.
pub fn load(source: &Source, max_bytes: u64) -> Result<Loaded, InputError> {
    let err = |message: String| InputError {
        source: source.clone(),
        message,
    };
    let mut bytes = Vec::new();
    match source {
        Source::Stdin => {
            std::io::stdin()
                .lock()
                .take(max_bytes + 1)
                .read_to_end(&mut bytes)
                .map_err(|e| err(e.to_string()))?;
        }
        Source::File(path) => {
            let meta = std::fs::metadata(path).map_err(|e| err(e.to_string()))?;
            if meta.is_dir() {
                return Err(err("is a directory".to_owned()));
            }
            if meta.len() > max_bytes {
                return Err(err(format!(
                    "larger than --max-bytes ({} > {max_bytes} bytes)",
                    meta.len()
                )));
            }
            let file = std::fs::File::open(path).map_err(|e| err(e.to_string()))?;
            file.take(max_bytes + 1)
                .read_to_end(&mut bytes)
                .map_err(|e| err(e.to_string()))?;
        }
    }
    if bytes.len() as u64 > max_bytes {
        return Err(err(format!("larger than --max-bytes ({max_bytes} bytes)")));
    }
    if kommuntext::looks_binary(&bytes) {
        return Err(err(
            "not text (NUL bytes or too many control bytes); convert it to text first, e.g. with pdftotext -layout"
                .to_owned(),
        ));
    }
    Ok(Loaded { bytes })
}

/// A small glob matcher for file names: `*` any run, `?` one character,
/// `{a,b}` alternatives. Matches the file name only.
pub fn glob_match(pattern: &str, name: &str) -> bool {
    if let (Some(open), Some(close)) = (pattern.find('{'), pattern.find('}')) {
        if open < close {
            let (head, rest) = pattern.split_at(open);
            let inner = rest.get(1..close - open).unwrap_or("");
            let tail = rest.get(close - open + 1..).unwrap_or("");
            return inner
                .split(',')
                .any(|alt| glob_match(&format!("{head}{alt}{tail}"), name));
        }
    }
    let p: Vec<char> = pattern.chars().collect();
    let n: Vec<char> = name.chars().collect();
    // Iterative matcher with one backtrack point for `*`: linear-ish, no recursion.
    let (mut pi, mut ni) = (0, 0);
    let (mut star, mut mark) = (None, 0);
    while ni < n.len() {
        match p.get(pi) {
            Some('*') => {
                star = Some(pi);
                mark = ni;
                pi += 1;
            }
            Some(&c) if c == '?' || Some(&c) == n.get(ni) => {
                pi += 1;
                ni += 1;
            }
            _ => match star {
                Some(s) => {
                    pi = s + 1;
                    mark += 1;
                    ni = mark;
                }
                None => return false,
            },
        }
    }
    while p.get(pi) == Some(&'*') {
        pi += 1;
    }
    pi == p.len()
}

/// Expands paths: files as they are, folders walked recursively for files
/// whose name matches `glob`, `-` as standard input. Folder contents are
/// sorted by name so runs are repeatable. Unreadable folders are reported.
pub fn expand(paths: &[PathBuf], glob: &str) -> (Vec<Source>, Vec<InputError>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Source::Stdin);
        } else if p.is_dir() {
            walk(p, glob, &mut out, &mut errors);
        } else {
            out.push(Source::File(p.clone()));
        }
    }
    (out, errors)
}

fn walk(dir: &Path, glob: &str, out: &mut Vec<Source>, errors: &mut Vec<InputError>) {
    // An explicit stack, not recursion: folder depth is the user's.
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = match std::fs::read_dir(&d) {
            Ok(e) => e,
            Err(e) => {
                errors.push(InputError {
                    source: Source::File(d.clone()),
                    message: e.to_string(),
                });
                continue;
            }
        };
        let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        let mut subdirs = Vec::new();
        for e in entries {
            if e.is_dir() {
                subdirs.push(e);
            } else if e
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| glob_match(glob, n))
            {
                out.push(Source::File(e));
            }
        }
        // Visit sub-folders in name order.
        stack.extend(subdirs.into_iter().rev());
    }
}

/// Reads a list of paths, one per line (or NUL-separated with `nul`).
pub fn read_list(path: &Path, nul: bool) -> std::io::Result<Vec<PathBuf>> {
    let bytes = if path.as_os_str() == "-" {
        let mut b = Vec::new();
        std::io::stdin().lock().read_to_end(&mut b)?;
        b
    } else {
        std::fs::read(path)?
    };
    let sep = if nul { b'\0' } else { b'\n' };
    Ok(bytes
        .split(|&b| b == sep)
        .map(|l| String::from_utf8_lossy(l).trim_end_matches('\r').to_owned())
        .filter(|l| !l.is_empty())
        .map(PathBuf::from)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::glob_match;

    #[test]
    fn globs() {
        assert!(glob_match("*.txt", "a.txt"));
        assert!(!glob_match("*.txt", "a.txt.bak"));
        assert!(glob_match("*.{txt,text}", "a.text"));
        assert!(glob_match("prot?.txt", "prot1.txt"));
        assert!(glob_match("*", ""));
        assert!(!glob_match("a*b*c", "aXbY"));
    }
}
