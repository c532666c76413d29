//! Swedish dates and clock times: values, and scanners that find them.
//!
//! The accepted grammars are quoted on [`find_dates`] and [`find_times`].

use crate::case_number::{
    byte, chunk_has_digit, fold, letter_len_before, scan_digits, scan_letters, skip_blanks, skip_to,
};
use crate::{Diagnostic, Severity, Span};
use core::fmt;
use core::str::FromStr;

/// A calendar date. In JSON (feature `serde`) the ISO string `"YYYY-MM-DD"`.
///
/// # Example
///
/// ```
/// use kommuntext::Date;
/// let d: Date = "2019-06-09".parse().unwrap();
/// assert_eq!((d.year, d.month, d.day), (2019, 6, 9));
/// assert_eq!(d.to_string(), "2019-06-09");
/// assert!(Date::new(2019, 2, 29).is_none());
/// assert!(Date::new(2020, 2, 29).is_some());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    /// Year, e.g. 2019.
    pub year: u16,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month, 1–31.
    pub day: u8,
}

/// Number of days in a month of a year (Gregorian), 0 for a month not 1–12.
const fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => {
            if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 {
                29
            } else {
                28
            }
        }
        _ => 0,
    }
}

impl Date {
    /// The date, or `None` when it is not in the calendar.
    ///
    /// ```
    /// use kommuntext::Date;
    /// assert!(Date::new(2019, 2, 30).is_none());
    /// ```
    pub const fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if day >= 1 && day <= days_in_month(year, month) {
            Some(Date { year, month, day })
        } else {
            None
        }
    }

    /// Day of the week, 0 = måndag … 6 = söndag.
    ///
    /// ```
    /// use kommuntext::Date;
    /// assert_eq!(Date::new(2019, 12, 4).unwrap().weekday(), 2); // onsdag
    /// ```
    pub fn weekday(&self) -> u8 {
        // Sakamoto's method, 0 = Sunday, then shifted to Monday = 0.
        const T: [i64; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
        let mut y = i64::from(self.year);
        if self.month < 3 {
            y -= 1;
        }
        let t = T
            .get(usize::from(self.month.saturating_sub(1)))
            .copied()
            .unwrap_or(0);
        let sun0 =
            (y + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400) + t + i64::from(self.day))
                .rem_euclid(7);
        ((sun0 + 6) % 7) as u8
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A string that is not an ISO date `YYYY-MM-DD` in the calendar (for
/// [`Date`]) or a time `HH:MM` (for [`Time`]).
///
/// # Example
///
/// ```
/// use kommuntext::Date;
/// assert!("2019-02-30".parse::<Date>().is_err());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseDateError(());

impl fmt::Display for ParseDateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not an ISO date YYYY-MM-DD in the calendar, or a time HH:MM")
    }
}

impl std::error::Error for ParseDateError {}

fn num(s: &[u8]) -> Option<u16> {
    if s.is_empty() || s.len() > 4 || !s.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(s.iter().fold(0u16, |v, &c| v * 10 + u16::from(c - b'0')))
}

impl FromStr for Date {
    type Err = ParseDateError;
    fn from_str(s: &str) -> Result<Date, ParseDateError> {
        let b = s.as_bytes();
        if b.len() != 10 || byte(b, 4) != b'-' || byte(b, 7) != b'-' {
            return Err(ParseDateError(()));
        }
        let y = b.get(0..4).and_then(num);
        let m = b.get(5..7).and_then(num);
        let d = b.get(8..10).and_then(num);
        match (y, m, d) {
            (Some(y), Some(m), Some(d)) => Date::new(y, m as u8, d as u8).ok_or(ParseDateError(())),
            _ => Err(ParseDateError(())),
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// A clock time. In JSON (feature `serde`) the string `"HH:MM"`.
///
/// # Example
///
/// ```
/// use kommuntext::Time;
/// let t = Time::new(8, 30).unwrap();
/// assert_eq!(t.to_string(), "08:30");
/// assert_eq!("08:30".parse::<Time>().unwrap(), t);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Time {
    /// Hour, 0–24 (`24.00` is midnight at the end of a day).
    pub hour: u8,
    /// Minute, 0–59.
    pub minute: u8,
}

impl Time {
    /// The time, or `None` outside 00:00–24:00.
    ///
    /// ```
    /// use kommuntext::Time;
    /// assert!(Time::new(25, 0).is_none());
    /// ```
    pub const fn new(hour: u8, minute: u8) -> Option<Time> {
        if (hour < 24 && minute < 60) || (hour == 24 && minute == 0) {
            Some(Time { hour, minute })
        } else {
            None
        }
    }
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

impl FromStr for Time {
    type Err = ParseDateError;
    fn from_str(s: &str) -> Result<Time, ParseDateError> {
        let b = s.as_bytes();
        if b.len() != 5 || byte(b, 2) != b':' {
            return Err(ParseDateError(()));
        }
        match (b.get(0..2).and_then(num), b.get(3..5).and_then(num)) {
            (Some(h), Some(m)) => Time::new(h as u8, m as u8).ok_or(ParseDateError(())),
            _ => Err(ParseDateError(())),
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Time {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Time {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Time, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// A date found in a text. JSON: `{date, span}`.
///
/// # Example
///
/// ```
/// use kommuntext::find_dates;
/// let text = "Tisdagen den 4 december 2019";
/// let (found, _) = find_dates(text);
/// assert_eq!(found[0].date.to_string(), "2019-12-04");
/// assert_eq!(&text[found[0].span], text);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct DateMatch {
    /// The date.
    pub date: Date,
    /// Where it is written, weekday and `den` included.
    pub span: Span,
}

/// A clock time or time range found in a text. JSON: `{start, end, span}`.
///
/// # Example
///
/// ```
/// use kommuntext::find_times;
/// let (found, _) = find_times("Onsdag 25 maj 2019, klockan 08.30–14.20");
/// assert_eq!(found[0].start.to_string(), "08:30");
/// assert_eq!(found[0].end.map(|t| t.to_string()).as_deref(), Some("14:20"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct TimeMatch {
    /// The time, or the start of a range.
    pub start: Time,
    /// The end of a range.
    pub end: Option<Time>,
    /// Where it is written, the `kl.` label included.
    pub span: Span,
}

/// The months' full names, lower case (the forms [`MONTHS`] spells out).
pub(crate) const MONTH_NAMES: [&str; 12] = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];

const MONTHS: &[(&str, u8)] = &[
    ("januari", 1),
    ("jan", 1),
    ("februari", 2),
    ("feb", 2),
    ("febr", 2),
    ("mars", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("maj", 5),
    ("juni", 6),
    ("jun", 6),
    ("juli", 7),
    ("jul", 7),
    ("augusti", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("oktober", 10),
    ("okt", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

const WEEKDAYS: &[&str] = &[
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag",
];

fn month_of(word: &[u8]) -> Option<u8> {
    // Month names start with a, d, f, j, m, n, o or s.
    if !(3..=9).contains(&word.len())
        || !matches!(
            word.first().map(|c| c | 0x20),
            Some(b'a' | b'd' | b'f' | b'j' | b'm' | b'n' | b'o' | b's')
        )
    {
        return None;
    }
    let f = fold(word);
    MONTHS
        .iter()
        .find(|(m, _)| m.as_bytes() == &*f)
        .map(|&(_, n)| n)
}

fn weekday_of(word: &[u8]) -> Option<u8> {
    if word.len() > 10 {
        return None;
    }
    let f = fold(word);
    let f = f.strip_suffix(b"en").unwrap_or(&f);
    WEEKDAYS
        .iter()
        .position(|w| w.as_bytes() == f)
        .map(|p| p as u8)
}

/// The letters word before `i` (month and weekday words): up to 3 blanks, words up
/// to 40 bytes. See [`crate::case_number::word_back`].
fn word_back(b: &[u8], i: usize, floor: usize, sep: &[u8]) -> Option<(usize, usize)> {
    crate::case_number::word_back(b, i, floor, sep, 3, 40)
}

/// After a date: the next byte must not continue a number.
fn ends_cleanly(b: &[u8], e: usize) -> bool {
    let c = byte(b, e);
    if c == b'T' && byte(b, e + 1).is_ascii_digit() {
        // ISO date and time: 2019-06-14T13:00.
        return true;
    }
    if c.is_ascii_digit() || c.is_ascii_alphabetic() {
        return false;
    }
    !(matches!(c, b'-' | b'/' | b'.' | b':') && byte(b, e + 1).is_ascii_digit())
}

fn digits_val(b: &[u8], s: usize, e: usize) -> u16 {
    b.get(s..e).and_then(num).unwrap_or(0)
}

/// What one position in the text gives.
enum Found {
    Date(Date, Span),
    Invalid(Span),
}

/// Tries the date forms at the digit run `[s, e)`.
fn date_at(b: &[u8], s: usize, e: usize, floor: usize) -> Option<(Found, Option<u8>)> {
    let len = e - s;
    let prev = if s > 0 { byte(b, s - 1) } else { 0 };
    if matches!(prev, b'/' | b':' | b'.' | b'-' | b',') && s > floor {
        return None;
    }
    if len == 4 {
        // ISO, possibly spaced.
        let y = digits_val(b, s, e);
        if !(1900..=2099).contains(&y) {
            return None;
        }
        let p = skip_blanks(b, e, 2);
        if byte(b, p) != b'-' {
            return None;
        }
        let ms = skip_blanks(b, p + 1, 2);
        let me = scan_digits(b, ms);
        if !(1..=2).contains(&(me - ms)) {
            return None;
        }
        let q = skip_blanks(b, me, 2);
        if byte(b, q) != b'-' {
            return None;
        }
        let ds = skip_blanks(b, q + 1, 2);
        let de = scan_digits(b, ds);
        if !(1..=2).contains(&(de - ds)) || !ends_cleanly(b, de) {
            return None;
        }
        let span = Span::new(s, de);
        let m = digits_val(b, ms, me) as u8;
        let d = digits_val(b, ds, de) as u8;
        return Some((
            match Date::new(y, m, d) {
                Some(date) => Found::Date(date, span),
                None => Found::Invalid(span),
            },
            None,
        ));
    }
    if len == 6 || len == 8 {
        if !ends_cleanly(b, e) {
            return None;
        }
        // Compact, only after a label.
        let (ws, we) = word_back(b, s, floor, b":")?;
        let w = fold(b.get(ws..we).unwrap_or(&[]));
        if !(w.ends_with(b"datum") || w.ends_with(b"dag") || w.ends_with(b"date")) {
            return None;
        }
        let (y, rest) = if len == 6 {
            (2000 + digits_val(b, s, s + 2), s + 2)
        } else {
            (digits_val(b, s, s + 4), s + 4)
        };
        let y = if len == 6 && y > 2068 { y - 100 } else { y };
        let m = digits_val(b, rest, rest + 2) as u8;
        let d = digits_val(b, rest + 2, rest + 4) as u8;
        let span = Span::new(s, e);
        return Some((
            match Date::new(y, m, d) {
                Some(date) => Found::Date(date, span),
                None => Found::Invalid(span),
            },
            None,
        ));
    }
    if !(1..=2).contains(&len) {
        return None;
    }
    let day = digits_val(b, s, e) as u8;
    let c = byte(b, e);
    if c == b'.' || c == b'/' {
        // D.M.Y or D/M Y.
        let ms = e + 1;
        let me = scan_digits(b, ms);
        if !(1..=2).contains(&(me - ms)) {
            return None;
        }
        let sep2 = byte(b, me);
        let ys = if c == b'.' {
            if sep2 != b'.' {
                return None;
            }
            me + 1
        } else if sep2 == b'/' || sep2 == b'-' {
            me + 1
        } else {
            let y = skip_blanks(b, me, 1);
            if y == me {
                return None;
            }
            y
        };
        let ye = scan_digits(b, ys);
        if ye - ys != 4 || !ends_cleanly(b, ye) {
            return None;
        }
        let y = digits_val(b, ys, ye);
        if !(1900..=2099).contains(&y) {
            return None;
        }
        let m = digits_val(b, ms, me) as u8;
        let span = Span::new(s, ye);
        return Some((
            match Date::new(y, m, day) {
                Some(date) => Found::Date(date, span),
                None => Found::Invalid(span),
            },
            None,
        ));
    }
    // D month Y.
    let ws = skip_blanks(b, e, 2);
    if ws == e {
        return None;
    }
    let (we, _) = scan_letters(b, ws);
    let month = month_of(b.get(ws..we)?)?;
    let mut p = we;
    if byte(b, p) == b'.' {
        p += 1;
    }
    let ys = skip_blanks(b, p, 2);
    if ys == p {
        return None;
    }
    let ye = scan_digits(b, ys);
    if ye - ys != 4 || !ends_cleanly(b, ye) {
        return None;
    }
    let y = digits_val(b, ys, ye);
    if !(1900..=2099).contains(&y) {
        return None;
    }
    // Look back for `den` and a weekday.
    let mut start = s;
    let mut weekday = None;
    if let Some((a, z)) = word_back(b, start, floor, b"") {
        if &*fold(b.get(a..z).unwrap_or(&[])) == b"den" {
            start = a;
        }
    }
    if let Some((a, z)) = word_back(b, start, floor, b",") {
        if let Some(wd) = weekday_of(b.get(a..z).unwrap_or(&[])) {
            start = a;
            weekday = Some(wd);
        }
    }
    let span = Span::new(start, ye);
    Some((
        match Date::new(y, month, day) {
            Some(date) => Found::Date(date, span),
            None => Found::Invalid(span),
        },
        weekday,
    ))
}

/// Finds every date in a text, with `invalid_date` diagnostics for dates
/// not in the calendar.
///
/// # Grammar
///
/// `Y` four digits 1900–2099, `M` and `D` one or two
/// digits, `_` optional spaces (at most two):
///
/// | form | example |
/// |---|---|
/// | `Y_-_M_-_D` | `2020-12-15`, OCR `2019 - 06 - 14` |
/// | `[weekday[,]] [den] D month[.] Y` | `den 9 juni 2019`, `Tisdagen den 4 december 2019`, `Onsdag 25 maj 2019`, `9 juni 2019`, `3 jan. 2020` |
/// | `D/M Y`, `D/M-Y`, `D/M/Y` | `9/6 2019` |
/// | `D.M.Y` | `27.6.2019` (Finnish Swedish) |
/// | `YYMMDD`, `YYYYMMDD` after a label ending in `datum` or `dag` | `Sammanträdesdatum: 190317` |
///
/// Month names in full or abbreviated (`jan`, `feb`, `mars`, `apr`, `maj`,
/// `juni`, `juli`, `aug`, `sep`/`sept`, `okt`, `nov`, `dec`), any case. A
/// weekday (`måndag`, `måndagen`, …) is part of the span; one that does not
/// fit the date gives an `info` diagnostic `weekday_mismatch`. A well-formed
/// date that is not in the calendar (`2019-02-30`, `29 februari 2019`) gives
/// a `warning` diagnostic `invalid_date` and no value.
///
///
/// Results are in text order and never overlap.
///
/// # Time complexity
///
/// Linear: the scanner jumps from digit run to digit run and looks a bounded
/// number of bytes around each.
///
/// # Example
///
/// ```
/// use kommuntext::find_dates;
/// let (found, diags) = find_dates("Justerat 2019-06-14, anslaget 27.6.2019. Inte 2019-02-30.");
/// let dates: Vec<String> = found.iter().map(|d| d.date.to_string()).collect();
/// assert_eq!(dates, ["2019-06-14", "2019-06-27"]);
/// assert_eq!(diags[0].code, "invalid_date");
/// ```
pub fn find_dates(text: &str) -> (Vec<DateMatch>, Vec<Diagnostic>) {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut diags = Vec::new();
    let mut i = 0;
    let mut floor = 0;
    while i < b.len() {
        match skip_to(b, i, chunk_has_digit, |c| c.is_ascii_digit()) {
            Some(k) => i = k,
            None => break,
        }
        let e = scan_digits(b, i);
        if i > 0 && (byte(b, i - 1).is_ascii_alphabetic() || letter_len_before(b, i) > 0) {
            i = e;
            continue;
        }
        match date_at(b, i, e, floor) {
            Some((Found::Date(date, span), weekday)) => {
                if let Some(wd) = weekday {
                    if wd != date.weekday() {
                        diags.push(Diagnostic::new(
                            "weekday_mismatch",
                            Severity::Info,
                            format!(
                                "{date} is not a {}",
                                WEEKDAYS.get(usize::from(wd)).unwrap_or(&"")
                            ),
                            span,
                        ));
                    }
                }
                out.push(DateMatch { date, span });
                i = span.end;
                floor = i;
            }
            Some((Found::Invalid(span), _)) => {
                diags.push(Diagnostic::new(
                    "invalid_date",
                    Severity::Warning,
                    format!(
                        "`{}` is not a date in the calendar",
                        span.get(text).unwrap_or_default()
                    ),
                    span,
                ));
                i = span.end;
                floor = i;
            }
            None => i = e,
        }
    }
    (out, diags)
}

/// Reads `H[.:]MM` at `s` (digits run `[s, e)`); `spaced` allows blanks
/// around the separator. Returns (hour, minute, end), minute `None` when
/// there is no separator.
fn clock_at(b: &[u8], s: usize, e: usize, spaced: bool) -> Option<(u8, Option<u8>, usize)> {
    if !(1..=2).contains(&(e - s)) {
        return None;
    }
    let h = digits_val(b, s, e) as u8;
    let p = if spaced { skip_blanks(b, e, 1) } else { e };
    if matches!(byte(b, p), b'.' | b':') {
        let ms = if spaced {
            skip_blanks(b, p + 1, 1)
        } else {
            p + 1
        };
        let me = scan_digits(b, ms);
        if me - ms == 2
            && !(matches!(byte(b, me), b'.' | b':' | b',') && byte(b, me + 1).is_ascii_digit())
        {
            return Some((h, Some(digits_val(b, ms, me) as u8), me));
        }
        if me > ms {
            return None;
        }
    }
    Some((h, None, e))
}

/// Finds every clock time and time range in a text, with `invalid_time`
/// diagnostics for labelled times outside 00:00–24:00.
///
/// # Grammar
///
/// `H` one or two digits, `MM` two digits, `L` a
/// label `kl`, `kl.` or `klockan` (any case):
///
/// | form | example |
/// |---|---|
/// | `L H[.:]MM`, `L H` | `kl. 13.00`, `kl 9:00`, `klockan 9`, OCR `kl. 11 . 15` |
/// | `L H[.:MM]_–_H[.:MM]` | `kl 13-15`, `kl. 9–11.30` |
/// | `[L] H[.:]MM_–_H[.:]MM` (`-`, `–`, `—`) | `13.00–15.30`, `klockan 08.30–14.20` |
/// | `L H[.:]MM_H[.:]MM`, the second later | `kl 8:30 16:15` (the dash lost in extraction) |
/// | `HH:MM` | `13:15` |
///
/// A single `13.00` without a label is not a time (it reads as a decimal).
///
/// Results are in text order and never overlap.
///
/// # Time complexity
///
/// Linear, as [`find_dates`].
///
/// # Example
///
/// ```
/// use kommuntext::find_times;
/// let (found, _) = find_times("Måndag den 11 mars 2019, kl 9:00. Paus 13.00-13.30.");
/// let t: Vec<String> = found.iter().map(|t| t.start.to_string()).collect();
/// assert_eq!(t, ["09:00", "13:00"]);
/// ```
pub fn find_times(text: &str) -> (Vec<TimeMatch>, Vec<Diagnostic>) {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut diags = Vec::new();
    let mut i = 0;
    let mut floor = 0;
    while i < b.len() {
        match skip_to(b, i, chunk_has_digit, |c| c.is_ascii_digit()) {
            Some(k) => i = k,
            None => break,
        }
        let e = scan_digits(b, i);
        let prev = if i > 0 { byte(b, i - 1) } else { 0 };
        if i > floor
            && (prev.is_ascii_alphanumeric()
                || letter_len_before(b, i) > 0
                || matches!(prev, b'.' | b':' | b'/' | b',' | b'-'))
        {
            i = e;
            continue;
        }
        if e - i > 2 {
            i = e;
            continue;
        }
        // A label before? (`kl`, `kl.`, `klockan`: the last byte before the
        // blanks is `l`, `.` or `n`.)
        let mut j = i;
        while j > floor && matches!(byte(b, j - 1), b' ' | b'\t' | 0xA0 | 0xC2) {
            j -= 1;
        }
        let could_be_label = j > floor && matches!(byte(b, j - 1) | 0x20, b'l' | b'.' | b'n');
        let label = could_be_label
            .then(|| word_back(b, i, floor, b"."))
            .flatten()
            .and_then(|(a, z)| {
                let w = fold(b.get(a..z).unwrap_or(&[]));
                (&*w == b"kl" || &*w == b"klockan").then_some(a)
            });
        let Some((h, m, end1)) = clock_at(b, i, e, label.is_some()) else {
            i = e;
            continue;
        };
        // Whether a time ending at `at` ends there: no letter or digit goes
        // on, nor a number (`13.00 20.12.2019`).
        let ends_at = |at: usize| {
            let c = byte(b, at);
            let continues_number =
                matches!(c, b'.' | b':' | b'/' | b'-') && byte(b, at + 1).is_ascii_digit();
            !(c.is_ascii_alphanumeric() || continues_number)
        };
        // A range?
        let mut end = None;
        let mut span_end = end1;
        if m.is_some() || label.is_some() {
            let p = skip_blanks(b, end1, 2);
            let dash = match (byte(b, p), byte(b, p + 1), byte(b, p + 2)) {
                (b'-', _, _) => 1,
                (0xE2, 0x80, 0x93 | 0x94) => 3,
                _ => 0,
            };
            if dash > 0 {
                let q = skip_blanks(b, p + dash, 2);
                let qe = scan_digits(b, q);
                // `kl 13-15`: whole hours only after a label.
                match clock_at(b, q, qe, false) {
                    Some((h2, m2, e2))
                        if !byte(b, e2).is_ascii_digit() && (m2.is_some() || label.is_some()) =>
                    {
                        end = Some((h2, m2.unwrap_or(0)));
                        span_end = e2;
                    }
                    _ => {}
                }
            } else if label.is_some() && m.is_some() {
                // The dash lost in extraction (`kl 8:30 16:15`, `kl 17.00
                // 19.45`): a second clock time with minutes right after a
                // labelled one, later in the day, ends the range.
                let q = skip_blanks(b, end1, 2);
                let qe = scan_digits(b, q);
                match clock_at(b, q, qe, false) {
                    Some((h2, Some(m2), e2))
                        if q > end1
                            && ends_at(e2)
                            && (h2, m2) > (h, m.unwrap_or(0))
                            && h2 <= 24 =>
                    {
                        end = Some((h2, m2));
                        span_end = e2;
                    }
                    _ => {}
                }
            }
        }
        let accept = ends_at(span_end)
            && match (label, m, end) {
                (Some(_), _, _) => true,
                (None, Some(_), Some(_)) => true,
                (None, Some(_), None) => {
                    e - i == 2 && byte(b, e) == b':' && byte(b, span_end) != b':'
                }
                _ => false,
            };
        if !accept {
            i = span_end.max(e);
            continue;
        }
        let start_at = label.unwrap_or(i);
        let span = Span::new(start_at, span_end);
        let t1 = Time::new(h, m.unwrap_or(0));
        let t2 = end.map(|(h2, m2)| Time::new(h2, m2));
        match (t1, t2) {
            (Some(start), None) => out.push(TimeMatch {
                start,
                end: None,
                span,
            }),
            (Some(start), Some(Some(t))) => out.push(TimeMatch {
                start,
                end: Some(t),
                span,
            }),
            _ => {
                if label.is_some() || end.is_some() {
                    diags.push(Diagnostic::new(
                        "invalid_time",
                        Severity::Warning,
                        format!(
                            "`{}` is not a clock time",
                            span.get(text).unwrap_or_default()
                        ),
                        span,
                    ));
                }
            }
        }
        i = span_end;
        floor = i;
    }
    (out, diags)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_range_whose_dash_was_lost() {
        let range = |t: &str| {
            find_times(t)
                .0
                .first()
                .map(|m| (m.start.to_string(), m.end.map(|e| e.to_string())))
        };
        let some = |a: &str, b: Option<&str>| Some((a.to_string(), b.map(str::to_string)));
        assert_eq!(
            range("kl 8:30 16:15 Beslutande"),
            some("08:30", Some("16:15"))
        );
        assert_eq!(range("kl 17.00 19.45"), some("17:00", Some("19:45")));
        // Not an earlier time, not one without a label, not a date's part.
        assert_eq!(range("kl 17.00 09.45"), some("17:00", None));
        assert_eq!(range("Paus 13:15 14:00"), some("13:15", None));
        assert_eq!(range("kl 13.00 20.12.2019"), some("13:00", None));
    }

    #[test]
    fn month_names_are_the_months_in_order() {
        for (i, name) in MONTH_NAMES.iter().enumerate() {
            assert_eq!(month_of(name.as_bytes()), Some(i as u8 + 1), "{name}");
        }
    }
}
