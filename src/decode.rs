//! From bytes to text: byte-order marks, UTF-8, Windows-1252 and the other
//! legacy encodings Swedish documents arrive in (feature `encoding`).

use crate::{Diagnostic, Severity, Span};
use std::borrow::Cow;

/// Text decoded from bytes, with the encoding it was read as and what had to
/// be guessed or replaced.
///
/// Spans of everything parsed from [`Decoded::text`] point into that text
/// (the decoded UTF-8), not into the original bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded<'a> {
    /// The text: borrowed when the bytes were valid UTF-8 without a BOM.
    pub text: Cow<'a, str>,
    /// The WHATWG name of the encoding read, in lower case: `"utf-8"`,
    /// `"utf-16le"`, `"windows-1252"`, `"macintosh"`, or `"ibm850"`.
    pub encoding: &'static str,
    /// Notes on guessing (`encoding_guessed`) and on bytes that could not be
    /// decoded (`invalid_bytes`), with spans into [`Decoded::text`].
    pub diagnostics: Vec<Diagnostic>,
}

/// The label given to [`decode_with`] names no encoding this crate reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownEncoding(pub String);

impl std::fmt::Display for UnknownEncoding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "unknown encoding {:?}", self.0)
    }
}

impl std::error::Error for UnknownEncoding {}

/// Decodes `bytes`, deciding the encoding from the bytes themselves:
///
/// 1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE) decides;
/// 2. valid UTF-8 is UTF-8;
/// 3. text that is UTF-8 but for a few broken sequences (at least four valid
///    multi-byte characters for every invalid byte) is UTF-8 with the broken
///    bytes replaced by U+FFFD and an `invalid_bytes` warning;
/// 4. otherwise it is a legacy 8-bit encoding: Windows-1252 (also covering
///    ISO-8859-1), Mac Roman or DOS code page 850. Each is tried and scored by
///    what Swedish text looks like (`å ä ö é` score, C1 controls and box
///    drawing characters cost); the best wins, and an `encoding_guessed`
///    note says which and why.
///
/// # Example
///
/// ```
/// use kommuntext::decode;
/// let d = decode(b"Sammantr\xe4desdatum 2020-12-15, V\xe5rd- och omsorgsn\xe4mnden");
/// assert_eq!(d.encoding, "windows-1252");
/// assert_eq!(d.text, "Sammanträdesdatum 2020-12-15, Vård- och omsorgsnämnden");
/// assert_eq!(d.diagnostics[0].code, "encoding_guessed");
///
/// let d = decode("Nära vård".as_bytes());
/// assert_eq!((d.encoding, d.text.as_ref()), ("utf-8", "Nära vård"));
/// assert!(d.diagnostics.is_empty());
/// ```
pub fn decode(bytes: &[u8]) -> Decoded<'_> {
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        return decode_as(bytes.get(bom..).unwrap_or(&[]), enc);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Decoded {
            text: Cow::Borrowed(text),
            encoding: "utf-8",
            diagnostics: Vec::new(),
        };
    }
    let (valid_multibyte, invalid) = utf8_census(bytes);
    if valid_multibyte >= 4 * invalid.max(1) {
        return decode_as(bytes, encoding_rs::UTF_8);
    }
    let candidates = [Legacy::Windows1252, Legacy::Macintosh, Legacy::Ibm850];
    let mut best = (i64::MIN, Legacy::Windows1252);
    for c in candidates {
        let score = score(bytes, c);
        if score > best.0 {
            best = (score, c);
        }
    }
    let chosen = best.1;
    let mut d = match chosen {
        Legacy::Windows1252 => decode_as(bytes, encoding_rs::WINDOWS_1252),
        Legacy::Macintosh => decode_as(bytes, encoding_rs::MACINTOSH),
        Legacy::Ibm850 => Decoded {
            text: Cow::Owned(bytes.iter().map(|&b| ibm850(b)).collect()),
            encoding: "ibm850",
            diagnostics: Vec::new(),
        },
    };
    let len = d.text.len();
    d.diagnostics.insert(
        0,
        Diagnostic::new(
            "encoding_guessed",
            Severity::Info,
            format!(
                "not UTF-8; read as {} (the legacy encoding whose letters look most like Swedish)",
                d.encoding
            ),
            Span::new(0, len),
        ),
    );
    d
}

/// Decodes `bytes` as the encoding named by `label` (a WHATWG label such as
/// `utf-8`, `windows-1252`, `latin1`, `macintosh`, `utf-16le`; or `ibm850` /
/// `cp850`), or decides on its own for `auto`.
///
/// ```
/// use kommuntext::decode_with;
/// let d = decode_with(b"V\x86rd", "cp850").unwrap();
/// assert_eq!(d.text, "Vård");
/// assert!(decode_with(b"x", "klingon").is_err());
/// ```
pub fn decode_with<'a>(bytes: &'a [u8], label: &str) -> Result<Decoded<'a>, UnknownEncoding> {
    let l = label.trim().to_ascii_lowercase();
    if l == "auto" {
        return Ok(decode(bytes));
    }
    if matches!(l.as_str(), "ibm850" | "cp850" | "850" | "ibm-850") {
        return Ok(Decoded {
            text: Cow::Owned(bytes.iter().map(|&b| ibm850(b)).collect()),
            encoding: "ibm850",
            diagnostics: Vec::new(),
        });
    }
    let enc = encoding_rs::Encoding::for_label(l.as_bytes())
        .ok_or_else(|| UnknownEncoding(label.to_owned()))?;
    Ok(decode_as(bytes, enc))
}

/// Whether `bytes` do not look like text: a NUL byte, or more than 1 % of
/// control bytes other than tab, line feed, carriage return and form feed
/// (checked in the first 64 KiB).
///
/// ```
/// assert!(kommuntext::looks_binary(b"%PDF-1.7\n\x00\x01\x02"));
/// assert!(!kommuntext::looks_binary("§ 176 Nära vård\r\n\x0c".as_bytes()));
/// ```
pub fn looks_binary(bytes: &[u8]) -> bool {
    let head = bytes.get(..bytes.len().min(64 << 10)).unwrap_or(bytes);
    if head.contains(&0) {
        // UTF-16 text has NULs; a BOM says it is text.
        return encoding_rs::Encoding::for_bom(bytes)
            .map_or(true, |(e, _)| e == encoding_rs::UTF_8);
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
        .count();
    controls * 100 > head.len()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Legacy {
    Windows1252,
    Macintosh,
    Ibm850,
}

fn decode_as<'a>(bytes: &'a [u8], enc: &'static encoding_rs::Encoding) -> Decoded<'a> {
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    let name: &'static str = match enc.name() {
        "UTF-8" => "utf-8",
        "UTF-16LE" => "utf-16le",
        "UTF-16BE" => "utf-16be",
        "windows-1252" => "windows-1252",
        "macintosh" => "macintosh",
        other => lower_name(other),
    };
    let mut diagnostics = Vec::new();
    if had_errors {
        for (i, _) in text.match_indices('\u{FFFD}') {
            diagnostics.push(Diagnostic::new(
                "invalid_bytes",
                Severity::Warning,
                format!("bytes that are not {name} were replaced by U+FFFD"),
                Span::new(i, i + '\u{FFFD}'.len_utf8()),
            ));
            if diagnostics.len() >= 100 {
                break;
            }
        }
    }
    Decoded {
        text,
        encoding: name,
        diagnostics,
    }
}

/// The lower-case WHATWG name of an encoding_rs encoding, for the ones
/// Swedish documents use; others keep encoding_rs's spelling.
fn lower_name(name: &'static str) -> &'static str {
    match name {
        "ISO-8859-15" => "iso-8859-15",
        "ISO-8859-2" => "iso-8859-2",
        "windows-1250" => "windows-1250",
        "windows-1251" => "windows-1251",
        "IBM866" => "ibm866",
        "KOI8-R" => "koi8-r",
        "UTF-16LE" => "utf-16le",
        "UTF-16BE" => "utf-16be",
        other => other,
    }
}

/// Valid multi-byte UTF-8 characters and invalid bytes in `bytes`.
fn utf8_census(mut bytes: &[u8]) -> (usize, usize) {
    let (mut valid, mut invalid) = (0, 0);
    loop {
        match std::str::from_utf8(bytes) {
            Ok(s) => {
                valid += s.chars().filter(|c| !c.is_ascii()).count();
                return (valid, invalid);
            }
            Err(e) => {
                let good = e.valid_up_to();
                if let Some(s) = bytes.get(..good).and_then(|b| std::str::from_utf8(b).ok()) {
                    valid += s.chars().filter(|c| !c.is_ascii()).count();
                }
                let bad = e.error_len().unwrap_or(bytes.len() - good).max(1);
                invalid += bad;
                bytes = bytes.get(good + bad..).unwrap_or(&[]);
            }
        }
    }
}

/// How Swedish the high bytes of `bytes` look in `enc`.
fn score(bytes: &[u8], enc: Legacy) -> i64 {
    let mut s = 0i64;
    for (i, &b) in bytes.iter().enumerate() {
        if b < 0x80 {
            continue;
        }
        let c = match enc {
            Legacy::Windows1252 => windows1252(b),
            Legacy::Macintosh => macintosh(b),
            Legacy::Ibm850 => ibm850(b),
        };
        let prev_letter = i > 0 && bytes.get(i - 1).is_some_and(u8::is_ascii_alphabetic);
        let next_letter = bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic);
        s += match c {
            'å' | 'ä' | 'ö' => 4,
            'Å' | 'Ä' | 'Ö' => {
                if next_letter || !prev_letter {
                    3
                } else {
                    -1
                }
            }
            'é' | 'ü' => 2,
            '–' | '—' | '’' | '”' | '“' | '•' | '§' | '\u{A0}' | '½' | '°' | '…' => {
                1
            }
            c if c.is_alphabetic() => {
                if prev_letter && next_letter {
                    0
                } else {
                    -1
                }
            }
            '\u{80}'..='\u{9F}' | '\u{FFFD}' => -8,
            '\u{2500}'..='\u{25FF}' => -4,
            _ => -2,
        };
    }
    s
}

fn windows1252(b: u8) -> char {
    let bytes = [b];
    let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&bytes);
    text.chars().next().unwrap_or('\u{FFFD}')
}

fn macintosh(b: u8) -> char {
    let bytes = [b];
    let (text, _) = encoding_rs::MACINTOSH.decode_without_bom_handling(&bytes);
    text.chars().next().unwrap_or('\u{FFFD}')
}

/// DOS code page 850 (Western Europe), which old Swedish PC files use and
/// encoding_rs does not read.
fn ibm850(b: u8) -> char {
    const HIGH: [char; 128] = [
        'Ç', 'ü', 'é', 'â', 'ä', 'à', 'å', 'ç', 'ê', 'ë', 'è', 'ï', 'î', 'ì', 'Ä', 'Å', //
        'É', 'æ', 'Æ', 'ô', 'ö', 'ò', 'û', 'ù', 'ÿ', 'Ö', 'Ü', 'ø', '£', 'Ø', '×', 'ƒ', //
        'á', 'í', 'ó', 'ú', 'ñ', 'Ñ', 'ª', 'º', '¿', '®', '¬', '½', '¼', '¡', '«', '»', //
        '░', '▒', '▓', '│', '┤', 'Á', 'Â', 'À', '©', '╣', '║', '╗', '╝', '¢', '¥', '┐', //
        '└', '┴', '┬', '├', '─', '┼', 'ã', 'Ã', '╚', '╔', '╩', '╦', '╠', '═', '╬', '¤', //
        'ð', 'Ð', 'Ê', 'Ë', 'È', 'ı', 'Í', 'Î', 'Ï', '┘', '┌', '█', '▄', '¦', 'Ì', '▀', //
        'Ó', 'ß', 'Ô', 'Ò', 'õ', 'Õ', 'µ', 'þ', 'Þ', 'Ú', 'Û', 'Ù', 'ý', 'Ý', '¯', '´', //
        '\u{AD}', '±', '‗', '¾', '¶', '§', '÷', '¸', '°', '¨', '·', '¹', '³', '²', '■', '\u{A0}',
    ];
    if b < 0x80 {
        char::from(b)
    } else {
        HIGH.get(usize::from(b - 0x80))
            .copied()
            .unwrap_or('\u{FFFD}')
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legacy_swedish_is_recognized_in_each_encoding() {
        let text = "Protokollet justerades på kommunkontoret. Vård- och omsorgsnämnden, Östra Göinge, Ärendet.";
        let (w, _, _) = encoding_rs::WINDOWS_1252.encode(text);
        assert_eq!(decode(&w).encoding, "windows-1252");
        assert_eq!(decode(&w).text, text);
        let (m, _, _) = encoding_rs::MACINTOSH.encode(text);
        assert_eq!(decode(&m).encoding, "macintosh");
        assert_eq!(decode(&m).text, text);
        let cp: Vec<u8> = text
            .chars()
            .map(|c| {
                if c.is_ascii() {
                    c as u8
                } else {
                    (0x80u8..=0xFF).find(|&b| ibm850(b) == c).unwrap()
                }
            })
            .collect();
        assert_eq!(decode(&cp).encoding, "ibm850");
        assert_eq!(decode(&cp).text, text);
    }

    #[test]
    fn mostly_utf8_with_a_broken_byte_stays_utf8() {
        let mut bytes = "Nämnden beslutar att återremittera ärendet till förvaltningen."
            .as_bytes()
            .to_vec();
        bytes.push(0xE4);
        bytes.extend_from_slice(" Slut.".as_bytes());
        let d = decode(&bytes);
        assert_eq!(d.encoding, "utf-8");
        assert!(d.text.contains('\u{FFFD}'));
        assert_eq!(d.diagnostics[0].code, "invalid_bytes");
        let span = d.diagnostics[0].span;
        assert_eq!(&d.text[span], "\u{FFFD}");
    }

    #[test]
    fn boms_decide() {
        let d = decode(b"\xEF\xBB\xBFabc");
        assert_eq!((d.encoding, d.text.as_ref()), ("utf-8", "abc"));
        let d = decode(b"\xFF\xFEa\x00\xe5\x00");
        assert_eq!((d.encoding, d.text.as_ref()), ("utf-16le", "aå"));
        assert!(!looks_binary(b"\xFF\xFEa\x00\xe5\x00"));
    }

    #[test]
    fn empty_and_binary() {
        assert_eq!(decode(b"").text, "");
        assert!(looks_binary(b"\x7fELF\x02\x01\x01\x00\x00"));
        assert!(!looks_binary(b""));
    }
}
