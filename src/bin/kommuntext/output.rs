//! Where records go: standard output, or a file written atomically.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// A sink for output. Writing to a closed pipe is reported as
/// [`Closed`](io::ErrorKind::BrokenPipe) so the caller can stop quietly.
pub enum Sink {
    /// Standard output, buffered.
    Stdout(BufWriter<io::Stdout>),
    /// A temporary file beside `target`, renamed to it by [`Sink::finish`].
    File {
        out: BufWriter<File>,
        tmp: PathBuf,
        target: PathBuf,
    },
}

impl Sink {
    /// Standard output, or an atomic file when `path` is given (and not `-`).
    pub fn open(path: Option<&Path>) -> io::Result<Sink> {
        match path {
            None => Ok(Sink::Stdout(BufWriter::with_capacity(
                1 << 16,
                io::stdout(),
            ))),
            Some(p) if p.as_os_str() == "-" => Ok(Sink::Stdout(BufWriter::with_capacity(
                1 << 16,
                io::stdout(),
            ))),
            Some(target) => {
                let dir = match target.parent() {
                    Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
                    _ => PathBuf::from("."),
                };
                let name = target
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| "output".to_owned());
                let tmp = dir.join(format!(".{name}.kommuntext-{}.tmp", std::process::id()));
                let file = File::create(&tmp)?;
                Ok(Sink::File {
                    out: BufWriter::with_capacity(1 << 16, file),
                    tmp,
                    target: target.to_path_buf(),
                })
            }
        }
    }

    /// Makes the output final: flushes standard output, or flushes, syncs and
    /// renames the temporary file over the target.
    pub fn finish(self) -> io::Result<()> {
        match self {
            Sink::Stdout(mut out) => out.flush(),
            Sink::File { out, tmp, target } => {
                let result = out
                    .into_inner()
                    .map_err(|e| e.into_error())
                    .and_then(|f| f.sync_all())
                    .and_then(|()| std::fs::rename(&tmp, &target));
                if result.is_err() {
                    let _ = std::fs::remove_file(&tmp);
                }
                result
            }
        }
    }

    /// Drops the output: removes the temporary file, if any.
    pub fn abandon(self) {
        if let Sink::File { tmp, out, .. } = self {
            drop(out);
            let _ = std::fs::remove_file(tmp);
        }
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Stdout(o) => o.write(buf),
            Sink::File { out, .. } => out.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            Sink::Stdout(o) => o.write_all(buf),
            Sink::File { out, .. } => out.write_all(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Stdout(o) => o.flush(),
            Sink::File { out, .. } => out.flush(),
        }
    }
}

/// Whether an error means the reader went away (`| head`).
pub fn is_closed_pipe(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::BrokenPipe
}

/// Escapes a token's text for one TSV cell: tab, newline, carriage return,
/// form feed and backslash become `\t`, `\n`, `\r`, `\f`, `\\`.
pub fn tsv_escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\u{c}' => out.push_str("\\f"),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
}

impl Sink {
    /// The temporary file being written, if any.
    pub fn temporary(&self) -> Option<PathBuf> {
        match self {
            Sink::File { tmp, .. } => Some(tmp.clone()),
            Sink::Stdout(_) => None,
        }
    }
}

/// On Ctrl-C, removes `tmp` and exits with status 130, so an interrupted
/// run leaves neither the target file nor a stray temporary.
pub fn remove_on_interrupt(tmp: PathBuf) {
    let _ = ctrlc::set_handler(move || {
        let _ = std::fs::remove_file(&tmp);
        std::process::exit(130);
    });
}
