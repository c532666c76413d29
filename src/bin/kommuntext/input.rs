//! What is read: files, folders, standard input; and how bytes become text.

use std::io::Read;
use std::path::PathBuf;

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
