//! The first pass: every line of a document gets a [`LineClass`].
//!
//! [`classify`] splits the text into [`Line`]s, finds the page furniture of
//! the whole text (see [`crate::find_furniture`]), then reads the lines top
//! to bottom and gives each one class, in this order of precedence:
//!
//! | class | when |
//! |---|---|
//! | [`LineClass::Blank`] | only white space |
//! | [`LineClass::Furniture`] | page number, running header/footer, signature box, separator, chrome |
//! | [`LineClass::TocTitle`] | `Innehållsförteckning`, `Ärendelista`, `Föredragningslista`, … |
//! | [`LineClass::TocLine`] | dotted leaders and a page number, or an entry shape inside a table of contents |
//! | [`LineClass::ParagraphHeading`] | a § heading; [`Strength::Weak`] candidates only with support (see below) |
//! | [`LineClass::SectionHeading`] | a vocabulary heading (`Beslut`, `Kommunstyrelsens förslag till beslut`) |
//! | [`LineClass::Label`] | a field label (`Plats och tid`, `Diariernr: …`) |
//! | [`LineClass::ListItem`] | `1.`, `1)`, `a)`, `1 ` (no stop), dash and bullet items; short lines under `Beslutsunderlag` or an expediering heading |
//! | [`LineClass::SectionHeading`] with [`Confidence::Low`] | a content sub-heading: a short capitalized line after a blank line, followed by body text (kind `övrigt`) |
//! | [`LineClass::Text`] | everything else |
//!
//! A weak § candidate (a bare number and a title, or OCR `S 12`) becomes a
//! [`LineClass::ParagraphHeading`] when it opens a page (first content line
//! after a form feed or page header, or a transcript page prefix `3 (28)`),
//! or when its number continues the previous § heading's number; otherwise
//! it is read as a list item or text.
//!
//! All spans in the result are absolute byte offsets into the classified
//! text, on character boundaries, inside the line they belong to.
//!
//! # Time complexity
//!
//! Linear in the input: each line is examined a bounded number of times,
//! long lines are only checked by prefix recognizers.

use crate::furniture::{detect, Furniture, FurnitureKind};
use crate::headings::{
    columns_of, is_organ_name, is_toc_title, label, label_in, labels, lower_eq, may_start_label,
    section_heading, section_heading_in, trim_span, Confidence, Label, SectionHeading, SectionKind,
};
use crate::lines::Line;
use crate::paragraph_heading::{
    paragraph_heading, paragraph_heading_in, ParagraphHeading, Strength,
};
use crate::rows::{Rows, TAG_BLANK, TAG_CONTENT};
use crate::Span;

/// A table-of-contents entry read from one line. Spans are absolute.
///
/// # Example
///
/// ```
/// use kommuntext::{classify, LineClass};
/// let text = "Innehållsförteckning\n§ 12 Budget 2024 ........ 5";
/// let c = classify(text);
/// let LineClass::TocLine(e) = c.get(1).unwrap().class else { panic!() };
/// assert_eq!((e.number, &text[e.title], e.page.map(|p| &text[p])), (Some(12), "Budget 2024", Some("5")));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TocLine {
    /// The entry's § or ärende number, if written.
    pub number: Option<u32>,
    /// The title (may still hold a diarienummer).
    pub title: Span,
    /// The page number at the end of the line.
    pub page: Option<Span>,
    /// Whether dotted leaders were seen.
    pub leaders: bool,
}

/// The marker of a list item.
///
/// # Example
///
/// ```
/// use kommuntext::{classify, LineClass, ListMarker};
/// let c = classify("- Informationen noteras.");
/// let LineClass::ListItem(item) = c.get(0).unwrap().class else { panic!() };
/// assert_eq!(item.marker, ListMarker::Dash);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ListMarker {
    /// `1.`, `1)` or `1 ` (Tyresö style, no stop).
    Numbered(u32),
    /// `a)`, `b.`.
    Letter(char),
    /// `-`, `–`, `—`.
    Dash,
    /// `•`, `·`, `▪`, `*`, the PUA bullet U+F0B7.
    Bullet,
    /// No marker: a short line under `Beslutsunderlag` or an expediering
    /// heading (a document or a recipient).
    Plain,
}

/// A list item. Spans are absolute.
///
/// # Example
///
/// ```
/// use kommuntext::{classify, LineClass, ListMarker};
/// let text = "1. Godkänna redovisningen.";
/// let LineClass::ListItem(item) = classify(text).get(0).unwrap().class else { panic!() };
/// assert_eq!(item.marker, ListMarker::Numbered(1));
/// assert_eq!(&text[item.body], "Godkänna redovisningen.");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ListItem {
    /// The kind of marker.
    pub marker: ListMarker,
    /// The marker as written (`None` for [`ListMarker::Plain`]).
    pub marker_span: Option<Span>,
    /// The item's text after the marker.
    pub body: Span,
}

/// The class of one line. Spans inside are absolute.
///
/// [`classify`] splits the text into [`Line`]s, finds the page furniture of
/// the whole text (see [`crate::find_furniture`]), then reads the lines top
/// to bottom and gives each one class, in this order of precedence:
///
/// | class | when |
/// |---|---|
/// | [`LineClass::Blank`] | only white space |
/// | [`LineClass::Furniture`] | page number, running header/footer, signature box, separator, chrome |
/// | [`LineClass::TocTitle`] | `Innehållsförteckning`, `Ärendelista`, `Föredragningslista`, … |
/// | [`LineClass::TocLine`] | dotted leaders and a page number, or an entry shape inside a table of contents |
/// | [`LineClass::ParagraphHeading`] | a § heading; [`Strength::Weak`] candidates only with support (see below) |
/// | [`LineClass::SectionHeading`] | a vocabulary heading (`Beslut`, `Kommunstyrelsens förslag till beslut`) |
/// | [`LineClass::Label`] | a field label (`Plats och tid`, `Diariernr: …`) |
/// | [`LineClass::ListItem`] | `1.`, `1)`, `a)`, `1 ` (no stop), dash and bullet items; short lines under `Beslutsunderlag` or an expediering heading |
/// | [`LineClass::SectionHeading`] with [`Confidence::Low`] | a content sub-heading: a short capitalized line after a blank line, followed by body text (kind `övrigt`) |
/// | [`LineClass::Text`] | everything else |
///
/// A weak § candidate (a bare number and a title, or OCR `S 12`) becomes a
/// [`LineClass::ParagraphHeading`] when it opens a page (first content line
/// after a form feed or page header, or a transcript page prefix `3 (28)`),
/// or when its number continues the previous § heading's number; otherwise
/// it is read as a list item or text.
///
/// All spans in the result are absolute byte offsets into the classified
/// text, on character boundaries, inside the line they belong to.
///
/// # Example
///
/// ```
/// use kommuntext::{classify, LineClass, SectionKind};
/// let c = classify("§ 176\nNära Vård\n\nBeslut\n");
/// assert!(matches!(c.get(0).unwrap().class, LineClass::ParagraphHeading(h) if h.number == 176));
/// assert!(matches!(c.get(3).unwrap().class, LineClass::SectionHeading(h) if h.kind == SectionKind::Decision));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LineClass {
    /// Only white space.
    Blank,
    /// Page furniture, left out of text values.
    Furniture(FurnitureKind),
    /// A § heading.
    ParagraphHeading(ParagraphHeading),
    /// A section heading (vocabulary, or a low-confidence content
    /// sub-heading of kind `övrigt`).
    SectionHeading(SectionHeading),
    /// A field label, with its value when on the same line.
    Label(Label),
    /// The title of a table of contents or agenda.
    TocTitle,
    /// A table-of-contents entry.
    TocLine(TocLine),
    /// A list item.
    ListItem(ListItem),
    /// Body text.
    Text,
}

/// One line and its class.
///
/// # Example
///
/// ```
/// use kommuntext::{classify, LineClass};
/// let text = "Beslutande\nAnna Ek (S)";
/// let c = classify(text);
/// assert_eq!(c.get(1).unwrap().text(text), "Anna Ek (S)");
/// assert_eq!(c.get(1).unwrap().class, LineClass::Text);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ClassifiedLine {
    /// The line (spans, page index).
    pub line: Line,
    /// Its class.
    pub class: LineClass,
}

impl ClassifiedLine {
    /// The line's content.
    ///
    /// ```
    /// use kommuntext::classify;
    /// let text = "  Jäv  ";
    /// assert_eq!(classify(text).get(0).unwrap().text(text), "  Jäv  ");
    /// ```
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        self.line.text(text)
    }
}

/// The result of the first pass: the rows of the text with their classes,
/// the furniture and the page count.
///
/// A row is a line, except that a run of blank lines on one page is one row
/// of class [`LineClass::Blank`]. The table keeps 12 bytes per row. The
/// classes of headings, labels, ToC entries and list items are kept as the
/// first pass computed them (packed to 28 bytes a row when they would not
/// fit otherwise), up to a quarter of the text's length plus 16 KiB; past
/// that budget, a row's class payload (a heading's spans, say)
/// is read again from the row's text when [`Classified::get`] or
/// [`Classified::iter`] hands the row out. So the first pass costs little
/// memory whatever the input, and a document's rows are not re-parsed.
///
/// # Example
///
/// ```
/// use kommuntext::classify;
/// let c = classify("Sida 1 (2)\n§ 1 Val av justerare\n\u{c}Sida 2 (2)\n§ 2 Budget");
/// assert_eq!(c.pages, 2);
/// assert_eq!(c.furniture.len(), 2);
/// assert_eq!(c.paragraph_headings().count(), 2);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Classified<'a> {
    rows: Rows<'a>,
    /// The classes of rows whose payload is costly to read again (headings,
    /// labels, ToC entries, list items), by row, within a budget of a
    /// quarter of the text's length plus 16 KiB: the assembler asks for most
    /// rows several times. Rows past the budget are read again as before.
    cache: ClassCache,
    /// Where in `cache` the last lookup ended: the assembler reads rows
    /// mostly in order, so the next entry is usually there or next to it.
    hint: CacheHint,
    /// The furniture rows (the same rows as those classed
    /// [`LineClass::Furniture`]), with trimmed spans.
    pub furniture: Vec<Furniture>,
    /// The number of pages (form feeds + 1; 0 for an empty text).
    pub pages: usize,
}

/// A position in [`Classified::cache`] remembered between lookups (only a
/// starting guess: any value gives the same answers). Clones copy it;
/// it takes no part in equality.
#[derive(Debug, Default)]
struct CacheHint(std::sync::atomic::AtomicUsize);

impl CacheHint {
    fn get(&self) -> usize {
        self.0.load(std::sync::atomic::Ordering::Relaxed)
    }

    fn set(&self, k: usize) {
        self.0.store(k, std::sync::atomic::Ordering::Relaxed);
    }
}

impl Clone for CacheHint {
    fn clone(&self) -> Self {
        CacheHint(std::sync::atomic::AtomicUsize::new(self.get()))
    }
}

impl PartialEq for CacheHint {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for CacheHint {}

/// Row tags: how to read a row's class again from its text.
const T_TEXT: u8 = TAG_CONTENT;
const T_BLANK: u8 = TAG_BLANK;
const T_PARA: u8 = 2;
const T_SECTION: u8 = 3;
const T_SUBHEADING: u8 = 4;
const T_LABEL: u8 = 5;
const T_TOC_TITLE: u8 = 6;
const T_TOC_IN: u8 = 7;
const T_TOC_OUT: u8 = 8;
const T_TOC_FROM_HEADING: u8 = 9;
const T_ITEM: u8 = 10;
const T_ITEM_NO_BARE: u8 = 11;
const T_ITEM_PLAIN: u8 = 12;
const T_SUBJECT: u8 = 13;
const T_UTDRAG: u8 = 14;
const T_FURNITURE: u8 = 16;
/// Not stored: marks a repeated heading line while the first pass runs.
const T_REPEATED: u8 = 15;

const FURNITURE_KINDS: [FurnitureKind; 5] = [
    FurnitureKind::PageHeader,
    FurnitureKind::PageFooter,
    FurnitureKind::PageNumber,
    FurnitureKind::SignatureBox,
    FurnitureKind::Other,
];

fn furniture_tag(k: FurnitureKind) -> u8 {
    let i = FURNITURE_KINDS.iter().position(|&f| f == k).unwrap_or(4);
    T_FURNITURE + i as u8
}

impl<'a> Classified<'a> {
    /// The classified text.
    pub fn text(&self) -> &'a str {
        self.rows.text
    }

    /// The number of rows.
    ///
    /// ```
    /// use kommuntext::classify;
    /// // Three lines of text and a run of three blank lines.
    /// assert_eq!(classify("Beslut\n\n\n\nJäv\nÄrendet").len(), 4);
    /// ```
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether there are no rows (the text is empty, or longer than 4 GiB).
    pub fn is_empty(&self) -> bool {
        self.rows.len() == 0
    }

    /// Row `i` with its class; `None` past the end.
    ///
    /// ```
    /// use kommuntext::{classify, LineClass, SectionKind};
    /// let c = classify("§ 176\nNära Vård\n\nBeslut\n");
    /// assert!(matches!(c.get(0).unwrap().class, LineClass::ParagraphHeading(h) if h.number == 176));
    /// assert!(matches!(c.get(3).unwrap().class, LineClass::SectionHeading(h) if h.kind == SectionKind::Decision));
    /// assert!(c.get(4).is_none());
    /// ```
    #[inline]
    pub fn get(&self, i: usize) -> Option<ClassifiedLine> {
        let line = self.rows.line(i)?;
        Some(ClassifiedLine {
            line,
            class: self.class_of(i),
        })
    }

    /// The rows in order, with their classes.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = ClassifiedLine> + ExactSizeIterator + '_ {
        self.range(0, self.len())
    }

    /// Rows `from..to` (clamped to the table), with their classes.
    pub fn range(
        &self,
        from: usize,
        to: usize,
    ) -> impl DoubleEndedIterator<Item = ClassifiedLine> + ExactSizeIterator + '_ {
        let to = to.min(self.len());
        (from.min(to)..to).map(move |i| self.at(i))
    }

    /// Row `i` (an empty text row past the end).
    #[inline]
    pub(crate) fn at(&self, i: usize) -> ClassifiedLine {
        // (`get`, built in place rather than through an `Option` of the
        // 150-byte line.)
        match self.rows.line(i) {
            Some(line) => ClassifiedLine {
                line,
                class: self.class_of(i),
            },
            None => ClassifiedLine {
                line: Line {
                    span: Span::new(0, 0),
                    full: Span::new(0, 0),
                    index: i,
                    page: 0,
                    page_start: false,
                },
                class: LineClass::Text,
            },
        }
    }

    /// Row `i` as a [`Line`], without reading its class.
    pub fn line(&self, i: usize) -> Option<Line> {
        self.rows.line(i)
    }

    /// Whether row `i` is content: neither blank nor furniture.
    pub(crate) fn is_content(&self, i: usize) -> bool {
        self.rows
            .row(i)
            .is_some_and(|r| r.tag() != T_BLANK && r.tag() < T_FURNITURE)
    }

    /// Whether row `i` may be classed a [`LineClass::Label`]: only a label
    /// row's tag ([`T_LABEL`], [`T_SUBJECT`]) gives one, so no other row's
    /// class need be read to find a label.
    pub(crate) fn may_be_label(&self, i: usize) -> bool {
        self.rows
            .row(i)
            .is_some_and(|r| matches!(r.tag(), T_LABEL | T_SUBJECT))
    }

    /// Whether row `i` is a § heading.
    pub(crate) fn is_paragraph_heading(&self, i: usize) -> bool {
        self.rows.row(i).is_some_and(|r| r.tag() == T_PARA)
    }

    /// The class of row `i`: the cached one, or read again from its text
    /// by the recipe its tag names ([`LineClass::Text`] past the end).
    #[inline]
    fn class_of(&self, i: usize) -> LineClass {
        let Some(tag) = self.rows.row(i).map(|r| r.tag()) else {
            return LineClass::Text;
        };
        // Most rows are text, blank or furniture: their class is the tag
        // alone, read without touching the row's text or the cache (the
        // same answers as `read_class`).
        if let Some(c) = plain_class(tag) {
            debug_assert_eq!(c, self.read_class(i));
            return c;
        }
        self.cached_class(i, tag)
    }

    /// Row `i` with its class when its tag alone gives it (text, blank,
    /// furniture, a contents title), else with [`LineClass::Text`] standing
    /// in for it: for a reader that asks of such a row only what holds of
    /// every content row that is no label (its class is not read).
    pub(crate) fn at_or_text(&self, i: usize) -> ClassifiedLine {
        match self.rows.line(i) {
            Some(line) => ClassifiedLine {
                line,
                class: self
                    .rows
                    .row(i)
                    .and_then(|r| plain_class(r.tag()))
                    .unwrap_or(LineClass::Text),
            },
            None => self.at(i),
        }
    }

    /// The class of row `i` with a tag that has a payload: the cached one,
    /// or read again from its text.
    #[inline(never)]
    fn cached_class(&self, i: usize, tag: u8) -> LineClass {
        // An entry counts only if the row kept the tag it was classed with
        // (later rules retag a few rows). The class is copied once, from
        // the entry to the result: it is 104 bytes.
        if costly(tag) {
            match &self.cache {
                ClassCache::Full(v) => {
                    if let Some(e) = self.cached(v, i, |e| e.0).filter(|e| e.1 == tag) {
                        debug_assert_eq!(e.2, self.read_class(i));
                        return e.2;
                    }
                }
                ClassCache::Packed(v) => {
                    if let Some(e) = self.cached(v, i, |e| e.row).filter(|e| e.tag == tag) {
                        let base = self.rows.row(i).map_or(0, |r| r.span().start);
                        let c = e.class.unpack(base);
                        debug_assert_eq!(c, self.read_class(i));
                        return c;
                    }
                }
            }
        }
        self.read_class(i)
    }

    /// The entry of row `i` in `cache` (ordered by `row`), if any.
    #[inline]
    fn cached<'c, T>(&self, cache: &'c [T], i: usize, row: impl Fn(&T) -> u32) -> Option<&'c T> {
        let i = u32::try_from(i).ok()?;
        // The remembered entry or the one after it, else a search.
        let h = self.hint.get();
        let k = [h, h + 1]
            .into_iter()
            .find(|&k| cache.get(k).is_some_and(|e| row(e) == i))
            .or_else(|| cache.binary_search_by_key(&i, row).ok())?;
        self.hint.set(k);
        cache.get(k)
    }

    /// The class of row `i`, read again from its text by its tag.
    fn read_class(&self, i: usize) -> LineClass {
        let Some(r) = self.rows.row(i) else {
            return LineClass::Text;
        };
        let raw = self.rows.content(i);
        let base = r.span().start;
        let trimmed = || trim_span(raw).offset(base);
        let tag = r.tag();
        let class = match tag {
            T_BLANK => Some(LineClass::Blank),
            T_PARA => {
                paragraph_heading(raw).map(|h| LineClass::ParagraphHeading(offset_heading(h, base)))
            }
            T_SECTION => {
                section_heading(raw).map(|h| LineClass::SectionHeading(offset_section(h, base)))
            }
            T_SUBHEADING => Some(subheading(trimmed())),
            T_LABEL => first_label(raw).map(|l| LineClass::Label(offset_label(l, base))),
            T_TOC_TITLE => Some(LineClass::TocTitle),
            T_TOC_IN | T_TOC_OUT => toc_entry(raw, tag == T_TOC_IN).map(|e| {
                LineClass::TocLine(TocLine {
                    title: e.title.offset(base),
                    page: e.page.map(|p| p.offset(base)),
                    ..e
                })
            }),
            T_TOC_FROM_HEADING => paragraph_heading(raw).map(|h| {
                let end = r.span().end;
                let h = offset_heading(h, base);
                LineClass::TocLine(TocLine {
                    number: Some(h.number),
                    title: h.title.unwrap_or(Span::new(end, end)),
                    page: None,
                    leaders: false,
                })
            }),
            T_ITEM | T_ITEM_NO_BARE => list_item(raw, tag == T_ITEM).map(|item| {
                LineClass::ListItem(ListItem {
                    marker_span: item.marker_span.map(|m| m.offset(base)),
                    body: item.body.offset(base),
                    ..item
                })
            }),
            T_SUBJECT => Some(subject_label(trimmed())),
            T_UTDRAG => Some(LineClass::SectionHeading(SectionHeading {
                kind: SectionKind::Distribution,
                heading: trimmed(),
                organ: None,
                rest: None,
                confidence: Confidence::High,
            })),
            T_ITEM_PLAIN => Some(LineClass::ListItem(ListItem {
                marker: ListMarker::Plain,
                marker_span: None,
                body: trimmed(),
            })),
            t if t >= T_FURNITURE => FURNITURE_KINDS
                .get(usize::from(t - T_FURNITURE))
                .map(|&k| LineClass::Furniture(k)),
            _ => None,
        };
        class.unwrap_or(LineClass::Text)
    }

    /// The § headings with their rows.
    ///
    /// ```
    /// use kommuntext::classify;
    /// let c = classify("Kf § 93 Motion om cykelbanor\nKf § 94 Avsägelser");
    /// let nums: Vec<u32> = c.paragraph_headings().map(|(_, h)| h.number).collect();
    /// assert_eq!(nums, [93, 94]);
    /// ```
    pub fn paragraph_headings(
        &self,
    ) -> impl Iterator<Item = (ClassifiedLine, ParagraphHeading)> + '_ {
        (0..self.len())
            .filter(|&i| self.is_paragraph_heading(i))
            .filter_map(|i| {
                let l = self.get(i)?;
                match l.class {
                    LineClass::ParagraphHeading(h) => Some((l, h)),
                    _ => None,
                }
            })
    }

    /// The section headings with their rows.
    ///
    /// ```
    /// use kommuntext::{classify, SectionKind};
    /// let c = classify("Beslut\n\nÄrendet\n");
    /// let kinds: Vec<SectionKind> = c.section_headings().map(|(_, h)| h.kind).collect();
    /// assert_eq!(kinds, [SectionKind::Decision, SectionKind::Description]);
    /// ```
    pub fn section_headings(&self) -> impl Iterator<Item = (ClassifiedLine, SectionHeading)> + '_ {
        (0..self.len())
            .filter(|&i| {
                self.rows
                    .row(i)
                    .is_some_and(|r| matches!(r.tag(), T_SECTION | T_SUBHEADING | T_UTDRAG))
            })
            .filter_map(|i| {
                let l = self.get(i)?;
                match l.class {
                    LineClass::SectionHeading(h) => Some((l, h)),
                    _ => None,
                }
            })
    }
}

/// The label a label row is classed with, as the first pass reads it: the
/// label of the whole line when it is one column (its value running to the
/// end of the line, also past colon labels that [`labels`] cuts it at),
/// else the first of the line's labels. Reading a cached row again must
/// give the same.
fn first_label(raw: &str) -> Option<Label> {
    if one_column(raw) {
        label(raw)
    } else {
        labels(raw).next()
    }
}

/// Whether a row is read as one column of label and value (the rows
/// [`labels`] reads at all, at most 300 bytes, without column gaps).
fn one_column(raw: &str) -> bool {
    one_column_of(raw, crate::rows::trim(raw))
}

/// [`one_column`] of `raw`, trimmed to `s` already: the first pass and the
/// class read again from the row ask the same bound.
#[inline]
fn one_column_of(raw: &str, s: &str) -> bool {
    raw.len() <= 300 && one_column_trimmed(raw, s)
}

/// `columns_of(raw) <= 1`, with `s` the row trimmed: read on the bytes
/// of `s` when its white space is ASCII. A second column starts after a
/// run of three white-space characters or one holding a tab, and every
/// run inside `s` is followed by a character that is not white space; a
/// byte that may begin white space outside ASCII (0xC2, 0xE1 to 0xE3)
/// hands the line to [`columns_of`].
#[inline]
fn one_column_trimmed(raw: &str, s: &str) -> bool {
    let mut run = 0;
    for &x in s.as_bytes() {
        match x {
            b'\t' => return false,
            b'\n' | 0x0B | 0x0C | b'\r' | b' ' => {
                run += 1;
                if run >= 3 {
                    return false;
                }
            }
            0xC2 | 0xE1..=0xE3 => return columns_of(raw) <= 1,
            _ => run = 0,
        }
    }
    true
}

/// A lone `Ärende` between a § heading and its title: the title field of
/// a database export, on the trimmed span `t`.
fn subject_label(t: Span) -> LineClass {
    LineClass::Label(Label {
        kind: crate::LabelKind::Subject,
        label: t,
        value: None,
        layout: crate::LabelLayout::Alone,
    })
}

/// A low-confidence content sub-heading on the trimmed span `t`.
fn subheading(t: Span) -> LineClass {
    LineClass::SectionHeading(SectionHeading {
        kind: SectionKind::Other,
        heading: t,
        organ: None,
        rest: None,
        confidence: Confidence::Low,
    })
}

fn offset_heading(h: ParagraphHeading, by: usize) -> ParagraphHeading {
    ParagraphHeading {
        suffix: h.suffix.map(|s| s.offset(by)),
        code: h.code.map(|s| s.offset(by)),
        label: h.label.offset(by),
        title: h.title.map(|s| s.offset(by)),
        ..h
    }
}

fn offset_section(h: SectionHeading, by: usize) -> SectionHeading {
    SectionHeading {
        heading: h.heading.offset(by),
        organ: h.organ.map(|s| s.offset(by)),
        rest: h.rest.map(|s| s.offset(by)),
        ..h
    }
}

fn offset_label(l: Label, by: usize) -> Label {
    Label {
        label: l.label.offset(by),
        value: l.value.map(|s| s.offset(by)),
        ..l
    }
}

/// Whether [`list_item`] can read a marker on the trimmed line `s`: a
/// marker starts with a dash, a bullet, a digit, or a lower-case letter
/// before `)`, so a line starting with another ASCII letter (most lines)
/// has none.
fn may_be_list_item(s: &str) -> bool {
    match s.as_bytes() {
        [c, ..] if c.is_ascii_uppercase() => false,
        [c, rest @ ..] if c.is_ascii_lowercase() => rest.first() == Some(&b')'),
        _ => true,
    }
}

/// Reads a list marker at the start of a line (relative spans).
fn list_item(s: &str, allow_bare_number: bool) -> Option<ListItem> {
    let t = trim_span(s);
    let line = t.get(s)?;
    let mut chars = line.char_indices();
    let (_, c0) = chars.next()?;
    let body_after = |off: usize| -> Option<Span> {
        let rest = line.get(off..)?;
        let first = rest.chars().next()?;
        if !first.is_whitespace() {
            return None;
        }
        let b = Span::new(t.start + off, t.end).trim(s);
        (!b.is_empty()).then_some(b)
    };
    match c0 {
        '-' | '–' | '—' => {
            let body = body_after(c0.len_utf8())?;
            return Some(ListItem {
                marker: ListMarker::Dash,
                marker_span: Some(Span::new(t.start, t.start + c0.len_utf8())),
                body,
            });
        }
        '•' | '·' | '▪' | '◦' | '*' | '\u{f0b7}' | '\u{f0a7}' | '\u{2023}' | '\u{25cf}' => {
            let body = body_after(c0.len_utf8())?;
            return Some(ListItem {
                marker: ListMarker::Bullet,
                marker_span: Some(Span::new(t.start, t.start + c0.len_utf8())),
                body,
            });
        }
        _ => {}
    }
    let bytes = line.as_bytes();
    let mut d = 0;
    while bytes.get(d).is_some_and(u8::is_ascii_digit) {
        d += 1;
    }
    if (1..=2).contains(&d) {
        let n: u32 = line.get(..d)?.parse().ok()?;
        match bytes.get(d) {
            Some(b'.') | Some(b')') => {
                let body = body_after(d + 1)?;
                return Some(ListItem {
                    marker: ListMarker::Numbered(n),
                    marker_span: Some(Span::new(t.start, t.start + d + 1)),
                    body,
                });
            }
            Some(b' ') | Some(b'\t') if allow_bare_number => {
                let body = body_after(d)?;
                let first = body.get(s)?.chars().next()?;
                if first.is_uppercase() {
                    return Some(ListItem {
                        marker: ListMarker::Numbered(n),
                        marker_span: Some(Span::new(t.start, t.start + d)),
                        body,
                    });
                }
            }
            _ => {}
        }
        return None;
    }
    if c0.is_ascii_lowercase() && matches!(bytes.get(1), Some(b')')) {
        let body = body_after(2)?;
        return Some(ListItem {
            marker: ListMarker::Letter(c0),
            marker_span: Some(Span::new(t.start, t.start + 2)),
            body,
        });
    }
    None
}

/// Reads a table-of-contents entry (relative spans). Without `in_toc`,
/// only a line with dotted leaders and a page number is an entry.
fn toc_entry(s: &str, in_toc: bool) -> Option<TocLine> {
    let t = trim_span(s);
    let line = t.get(s)?;
    if line.len() > 300 {
        return None;
    }
    let b = line.as_bytes();
    // Trailing page number.
    let mut end = b.len();
    while end > 0 && b.get(end - 1).is_some_and(u8::is_ascii_digit) {
        end -= 1;
    }
    let digits = b.len() - end;
    let mut page = None;
    let mut head_end = b.len();
    let mut leaders = false;
    if (1..=4).contains(&digits) && end > 0 {
        // Walk back over leaders and spaces.
        let mut p = end;
        let mut dots = 0;
        let mut spaces = 0;
        while p > 0 {
            match b.get(p - 1) {
                Some(b'.') | Some(b'_') => {
                    dots += 1;
                    p -= 1;
                }
                Some(b' ') | Some(b'\t') => {
                    spaces += 1;
                    p -= 1;
                }
                Some(0xA6) if p >= 3 && b.get(p - 3..p) == Some("…".as_bytes()) => {
                    dots += 3;
                    p -= 3;
                }
                _ => break,
            }
        }
        leaders = dots >= 3;
        if leaders || (in_toc && spaces >= 1 && p < end && digits <= 3) {
            page = Some(Span::new(t.start + end, t.start + b.len()));
            head_end = p;
        }
    }
    if page.is_none() && !in_toc {
        return None;
    }
    // `Title § 40`: the number after the title is the §, not a page.
    let mut trailing = None;
    if let Some(pg) = page.filter(|_| !leaders) {
        let before = line.get(..head_end)?.trim_end();
        if let Some(rest) = before.strip_suffix('§') {
            trailing = pg.get(s).and_then(|d| d.parse::<u32>().ok());
            page = None;
            head_end = rest.trim_end().len();
        }
    }
    let head = line.get(..head_end)?;
    let head_t = trim_span(head);
    let head_s = head_t.get(head)?;
    if head_s.is_empty() {
        return None;
    }
    // Leading number: `§ 12`, `12`, `12.`, and a paragraph designation
    // with an organ code and a year (`KS 45/19`, `Kf § 12`, `§ 7/2019`).
    let (number, title_off) = {
        let mut p = organ_code_prefix(head_s);
        let hb = head_s.as_bytes();
        if head_s.get(p..).is_some_and(|r| r.starts_with('§')) {
            p += '§'.len_utf8();
            while hb.get(p) == Some(&b' ') {
                p += 1;
            }
        }
        let ds = p;
        while hb.get(p).is_some_and(u8::is_ascii_digit) {
            p += 1;
        }
        let de = p;
        // A year suffix `/19`, `/2019`; a number that is itself a year
        // (`KS 2019/12`) is a diarienummer, not a designation.
        if de > ds && hb.get(p) == Some(&b'/') {
            let ys = p + 1;
            let mut q = ys;
            while hb.get(q).is_some_and(u8::is_ascii_digit) {
                q += 1;
            }
            let year_like = de - ds == 4 && matches!(hb.get(ds), Some(b'1' | b'2'));
            if matches!(q - ys, 2 | 4) && !year_like {
                p = q;
            }
        }
        if de > ds && de - ds <= 4 && matches!(hb.get(p), Some(b' ') | Some(b'.') | Some(b'\t')) {
            let n: Option<u32> = head_s.get(ds..de).and_then(|x| x.parse().ok());
            if hb.get(p) == Some(&b'.') {
                p += 1;
            }
            (n, p)
        } else {
            (None, 0)
        }
    };
    let number = number.or(trailing);
    if page.is_none() && number.is_none() {
        return None;
    }
    let title = Span::new(title_off, head_s.len())
        .trim(head_s)
        .offset(head_t.start + t.start);
    if title.is_empty() {
        return None;
    }
    let title_s = title.get(s)?;
    let first = title_s.chars().next()?;
    if !(first.is_alphabetic() || first == '(' || first.is_ascii_digit()) {
        return None;
    }
    // A chapter of a law (`5 kap. Fullmäktige`, `3 kap 9 §`) is no item.
    if title_s.starts_with("kap.") || title_s.starts_with("kap ") {
        return None;
    }
    Some(TocLine {
        number,
        title,
        page,
        leaders,
    })
}

/// The length of a leading organ code and its space in a ToC entry's
/// paragraph designation (`KS ` in `KS 45/19 Title`, `Kf ` in `Kf § 12`):
/// one to five letters, the first upper-case, one space, then `§` or a
/// number with a `/` year; else 0 (`Dnr 12 …`, `Bilaga 1 …` keep theirs).
fn organ_code_prefix(head: &str) -> usize {
    let hb = head.as_bytes();
    if !hb.first().is_some_and(u8::is_ascii_uppercase) {
        return 0;
    }
    let mut p = 0;
    for c in head.chars() {
        if !c.is_alphabetic() {
            break;
        }
        p += c.len_utf8();
    }
    let letters = head.get(..p).map_or(0, |x| x.chars().count());
    if !(1..=5).contains(&letters) || hb.get(p) != Some(&b' ') {
        return 0;
    }
    let rest = head.get(p + 1..).unwrap_or("");
    let rb = rest.as_bytes();
    let digits = rb.iter().take_while(|b| b.is_ascii_digit()).count();
    if rest.starts_with('§') || (digits > 0 && rb.get(digits) == Some(&b'/')) {
        p + 1
    } else {
        0
    }
}

/// `s.chars().count() <= max`, settled by the length where it can be: a
/// character takes one to four bytes.
#[inline]
fn chars_at_most(s: &str, max: usize) -> bool {
    s.len() <= max || (s.len() <= 4 * max && s.chars().count() <= max)
}

/// Whether a line reads like body text (for the content sub-heading rule).
fn bodyish(s: &str) -> bool {
    let s = crate::rows::trim(s);
    let starts_upper = s.chars().next().is_some_and(char::is_uppercase);
    starts_upper && (s.chars().count() >= 50 || (s.ends_with('.') && s.contains(' ')))
}

/// A content sub-heading: short, capitalized, no sentence punctuation.
fn subheading_shape(s: &str) -> bool {
    let s = crate::rows::trim(s);
    if s.len() > 160 {
        return false;
    }
    // Every test below must pass; the cheap ones come first.
    let Some(first) = s.chars().next() else {
        return false;
    };
    if !first.is_uppercase() || s.ends_with(['.', ',', ';', ':', '!', '?', '-', '–']) {
        return false;
    }
    // The length in characters before the scans for marks (most body
    // lines are longer than 40 characters).
    let n = s.chars().count();
    if !(3..=40).contains(&n)
        || s.bytes().any(|b| b.is_ascii_digit())
        || s.contains(['(', ')', '@', '/', '§'])
        || s.split_whitespace().count() > 5
    {
        return false;
    }
    // A decision lead-in (`Kommunfullmäktige beslutar`) or a sentence led
    // by an organ is not a heading.
    let first_word = s.split_whitespace().next().unwrap_or("");
    let last_word = s.split_whitespace().next_back().unwrap_or("");
    if is_organ_name(first_word)
        || [
            "beslutar",
            "föreslår",
            "föreslås",
            "hemställer",
            "yrkar",
            "att",
            "och",
            "samt",
        ]
        .iter()
        .any(|w| lower_eq(last_word, w))
    {
        return false;
    }
    !is_organ_name(s)
}

/// Runs the first pass over a text: lines, furniture, and a class for every
/// line. Never panics; linear in the input.
///
/// # Example
///
/// ```
/// use kommuntext::{classify, LineClass, LabelKind, SectionKind};
/// let text = "Paragrafer12 – 22\n\n§ 12 Budget 2024\n\nBeslut\n\nKommunfullmäktige beslutar att anta budgeten.\n\nJusterandes signatur";
/// let c = classify(text);
/// assert!(matches!(c.get(0).unwrap().class, LineClass::Label(l) if l.kind == LabelKind::Paragraphs));
/// assert!(matches!(c.get(2).unwrap().class, LineClass::ParagraphHeading(h) if h.number == 12));
/// assert!(matches!(c.get(4).unwrap().class, LineClass::SectionHeading(h) if h.kind == SectionKind::Decision));
/// assert_eq!(c.get(6).unwrap().class, LineClass::Text);
/// assert_eq!(c.furniture.len(), 1);
/// ```
#[doc(alias = "klassificera")]
pub fn classify(text: &str) -> Classified<'_> {
    // Flattened lines (web transcripts) are split where their lines began.
    let (mut rows, hints) = crate::segment::segment(Rows::new(text));
    let mut kinds = detect(&rows);
    for (k, h) in kinds.iter_mut().zip(&hints) {
        if h.is_some() {
            *k = *h;
        }
    }
    drop(hints);
    let pages = rows.pages();
    let page_index = transcript_page_lines(&rows);
    let n = rows.len();
    let is_content =
        |rows: &Rows<'_>, j: usize| !rows.is_blank(j) && kinds.get(j).is_some_and(Option::is_none);
    // The next content (non-blank, non-furniture) row after the current one.
    let mut next_content: Option<usize> = (1..n).find(|&j| is_content(&rows, j));

    let mut tags: Vec<u8> = Vec::with_capacity(n);
    // The classes of costly rows as classed (see `Classified::cache`).
    let budget = text.len() / 4 + CACHE_EXTRA;
    let mut cache = ClassCache::default();
    let mut furniture = Vec::new();
    let mut in_toc = false;
    let mut toc_misses = 0usize;
    let mut toc_first: Option<u32> = None;
    let mut toc_trailing = false;
    let mut list_state = false;
    let mut title_pending = false;
    let mut list_items: Option<bool> = None;
    let mut page_fresh = true;
    let mut prev_blank = true;
    let mut last_number: Option<u32> = None;
    let mut cur_page = 0usize;
    // The previous content row's tag and trimmed text, and the furniture
    // item of the current run of repeated heading lines.
    let mut prev_content: Option<(u8, &str)> = None;
    let mut repeat_run: Option<usize> = None;
    // The next content row trimmed, kept for when it is read as the row.
    let mut next_trimmed: Option<(usize, &str)> = None;

    for i in 0..n {
        let Some(row) = rows.row(i) else { break };
        let raw = rows.content(i);
        // The row was trimmed as the row after the previous content row
        // when it is that row.
        let s = match next_trimmed {
            Some((j, t)) if j == i => t,
            _ => crate::rows::trim(raw),
        };
        let base = row.span().start;
        if row.page() != cur_page {
            cur_page = row.page();
            page_fresh = true;
            in_toc = false;
        }
        if next_content.is_some_and(|j| j <= i) {
            next_content = (i + 1..n).find(|&j| is_content(&rows, j));
        }
        let tag = if s.is_empty() {
            T_BLANK
        } else if let Some(k) = kinds.get(i).copied().flatten() {
            repeat_run = None;
            furniture.push(Furniture {
                kind: k,
                span: row.span().trim(text),
            });
            if matches!(k, FurnitureKind::PageHeader | FurnitureKind::PageNumber) {
                page_fresh = true;
            }
            furniture_tag(k)
        } else {
            let (t, class) = classify_content(
                raw,
                s,
                base,
                &mut Ctx {
                    in_toc: &mut in_toc,
                    toc_misses: &mut toc_misses,
                    toc_first: &mut toc_first,
                    toc_trailing: &mut toc_trailing,
                    list_state: &mut list_state,
                    title_pending: &mut title_pending,
                    list_items: &mut list_items,
                    last_number: &mut last_number,
                    page_fresh,
                    prev_blank,
                    page_index_line: page_index.get(i).copied().unwrap_or(false),
                    next: next_content.map(|j| match next_trimmed {
                        Some((k, t)) if k == j => t,
                        _ => {
                            let t = rows.trimmed(j);
                            next_trimmed = Some((j, t));
                            t
                        }
                    }),
                },
            );
            // A page may open with the § item's diarienummer alone
            // (`KSKF/2014:1`) above its number: the page is still fresh.
            page_fresh = page_fresh && t == T_TEXT && only_case_number(s);
            if costly(t) {
                if let Ok(r) = u32::try_from(i) {
                    cache.push(&rows, budget, (r, t, class), base, raw.len());
                }
            }
            // A heading line repeated with only blank lines between (text
            // the PDF draws twice, for fake bold or a shadow) is left out
            // like furniture; a run of them is one furniture item.
            let repeated = t == T_SECTION
                && prev_content
                    .is_some_and(|(pt, ps)| (pt == T_SECTION || pt == T_REPEATED) && ps == s);
            if repeated {
                let span = row.span().trim(text);
                match repeat_run.and_then(|f| furniture.get_mut(f)) {
                    Some(f) => f.span = Span::new(f.span.start, span.end),
                    None => {
                        repeat_run = Some(furniture.len());
                        furniture.push(Furniture {
                            kind: FurnitureKind::Other,
                            span,
                        });
                    }
                }
                prev_content = Some((T_REPEATED, s));
                furniture_tag(FurnitureKind::Other)
            } else {
                repeat_run = None;
                prev_content = Some((t, s));
                t
            }
        };
        prev_blank = tag == T_BLANK;
        tags.push(tag);
    }
    drop(page_index);
    drop(kinds);
    toc_headings_to_entries(&mut tags);
    for (r, t) in rows.rows.iter_mut().zip(tags) {
        r.set_tag(t);
    }
    Classified {
        rows,
        cache,
        hint: CacheHint::default(),
        furniture,
        pages,
    }
}

/// Bytes of class cache allowed beyond a quarter of the text's length (so
/// that a short document has every costly row cached).
const CACHE_EXTRA: usize = 16 << 10;

/// The classes of a text's costly rows ([`Classified::cache`]), ordered
/// by row: as they are while all of them fit half the budget (a short or
/// ordinary document: handed out as they are), else packed to about a
/// quarter of the size, so that a long document's costly rows fit it too
/// (handed out at the cost of unpacking, far below reading a row again).
#[derive(Clone, Debug, PartialEq, Eq)]
enum ClassCache {
    Full(Vec<(u32, u8, LineClass)>),
    Packed(Vec<Cached>),
}

impl Default for ClassCache {
    fn default() -> Self {
        ClassCache::Full(Vec::new())
    }
}

impl ClassCache {
    /// Adds the class of row `row` (starting at `base`, `len` bytes long),
    /// the rows in order, within `budget` bytes: entries as they are while
    /// they fit half of it, then all packed in a table of the whole budget
    /// (allocated once: with the unpacked entries it replaces, the cache
    /// never holds more than one and a half times the budget, as a table
    /// grown by doubling would). An entry that does not pack (a row of
    /// 64 KiB or more) is left out: read again, as past the budget.
    fn push(
        &mut self,
        rows: &Rows<'_>,
        budget: usize,
        e: (u32, u8, LineClass),
        base: usize,
        len: usize,
    ) {
        if let ClassCache::Full(v) = self {
            let max = budget / 2 / std::mem::size_of::<(u32, u8, LineClass)>();
            if v.len() < max {
                // Grown by doubling, but never past `max` entries.
                if v.len() == v.capacity() {
                    v.reserve_exact(v.capacity().max(16).min(max - v.len()));
                }
                v.push(e);
                return;
            }
            let mut packed = Vec::with_capacity(budget / std::mem::size_of::<Cached>());
            packed.extend(v.iter().filter_map(|&(row, tag, class)| {
                let r = rows.row(row as usize)?;
                let class = Packed::pack(class, r.span().start, r.span().len())?;
                Some(Cached { row, tag, class })
            }));
            *self = ClassCache::Packed(packed);
        }
        if let ClassCache::Packed(v) = self {
            if let Some(class) = Packed::pack(e.2, base, len).filter(|_| v.len() < v.capacity()) {
                v.push(Cached {
                    row: e.0,
                    tag: e.1,
                    class,
                });
            }
        }
    }
}

/// One entry of a packed [`ClassCache`]: a row, the tag it was classed
/// with, and its class packed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Cached {
    row: u32,
    tag: u8,
    class: Packed,
}

/// A span relative to its row's start, 16 bits an end; [`Rel::NONE`] is
/// `None`. Only rows shorter than `u16::MAX` bytes are packed, so no real
/// offset is the sentinel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Rel(u16, u16);

impl Rel {
    const NONE: Rel = Rel(u16::MAX, u16::MAX);

    /// `span` relative to `base` (the row's start; the span is inside a
    /// row of at most `u16::MAX - 1` bytes).
    fn of(span: Span, base: usize) -> Option<Rel> {
        let a = u16::try_from(span.start.checked_sub(base)?).ok()?;
        let b = u16::try_from(span.end.checked_sub(base)?).ok()?;
        (a < u16::MAX && b < u16::MAX).then_some(Rel(a, b))
    }

    fn of_opt(span: Option<Span>, base: usize) -> Option<Rel> {
        span.map_or(Some(Rel::NONE), |s| Rel::of(s, base))
    }

    fn span(self, base: usize) -> Span {
        Span::new(base + usize::from(self.0), base + usize::from(self.1))
    }

    fn opt(self, base: usize) -> Option<Span> {
        (self != Rel::NONE).then(|| self.span(base))
    }
}

/// A [`LineClass`] with a payload, its spans relative to the row's start
/// in 16 bits: 28 bytes instead of the 104 of a [`LineClass`], so the
/// cache's budget holds about four times as many rows (a long document's
/// costly rows all fit in it, as a short one's do).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Packed {
    Para {
        number: u32,
        year: Option<u16>,
        strength: Strength,
        suffix: Rel,
        code: Rel,
        label: Rel,
        title: Rel,
    },
    Section {
        kind: SectionKind,
        confidence: Confidence,
        heading: Rel,
        organ: Rel,
        rest: Rel,
    },
    Label {
        kind: crate::LabelKind,
        layout: crate::LabelLayout,
        label: Rel,
        value: Rel,
    },
    Toc {
        number: Option<u32>,
        leaders: bool,
        title: Rel,
        page: Rel,
    },
    Item {
        marker: ListMarker,
        marker_span: Rel,
        body: Rel,
    },
}

impl Packed {
    /// `class` of a row starting at `base` of `len` bytes; `None` when the
    /// row is too long to pack, or the class has no payload.
    fn pack(class: LineClass, base: usize, len: usize) -> Option<Packed> {
        if len >= usize::from(u16::MAX) {
            return None;
        }
        Some(match class {
            LineClass::ParagraphHeading(h) => Packed::Para {
                number: h.number,
                year: h.year,
                strength: h.strength,
                suffix: Rel::of_opt(h.suffix, base)?,
                code: Rel::of_opt(h.code, base)?,
                label: Rel::of(h.label, base)?,
                title: Rel::of_opt(h.title, base)?,
            },
            LineClass::SectionHeading(h) => Packed::Section {
                kind: h.kind,
                confidence: h.confidence,
                heading: Rel::of(h.heading, base)?,
                organ: Rel::of_opt(h.organ, base)?,
                rest: Rel::of_opt(h.rest, base)?,
            },
            LineClass::Label(l) => Packed::Label {
                kind: l.kind,
                layout: l.layout,
                label: Rel::of(l.label, base)?,
                value: Rel::of_opt(l.value, base)?,
            },
            LineClass::TocLine(e) => Packed::Toc {
                number: e.number,
                leaders: e.leaders,
                title: Rel::of(e.title, base)?,
                page: Rel::of_opt(e.page, base)?,
            },
            LineClass::ListItem(item) => Packed::Item {
                marker: item.marker,
                marker_span: Rel::of_opt(item.marker_span, base)?,
                body: Rel::of(item.body, base)?,
            },
            _ => return None,
        })
    }

    /// The class again, for a row starting at `base`.
    #[inline]
    fn unpack(self, base: usize) -> LineClass {
        match self {
            Packed::Para {
                number,
                year,
                strength,
                suffix,
                code,
                label,
                title,
            } => LineClass::ParagraphHeading(ParagraphHeading {
                number,
                suffix: suffix.opt(base),
                year,
                code: code.opt(base),
                label: label.span(base),
                title: title.opt(base),
                strength,
            }),
            Packed::Section {
                kind,
                confidence,
                heading,
                organ,
                rest,
            } => LineClass::SectionHeading(SectionHeading {
                kind,
                heading: heading.span(base),
                organ: organ.opt(base),
                rest: rest.opt(base),
                confidence,
            }),
            Packed::Label {
                kind,
                layout,
                label,
                value,
            } => LineClass::Label(Label {
                kind,
                label: label.span(base),
                value: value.opt(base),
                layout,
            }),
            Packed::Toc {
                number,
                leaders,
                title,
                page,
            } => LineClass::TocLine(TocLine {
                number,
                title: title.span(base),
                page: page.opt(base),
                leaders,
            }),
            Packed::Item {
                marker,
                marker_span,
                body,
            } => LineClass::ListItem(ListItem {
                marker,
                marker_span: marker_span.opt(base),
                body: body.span(base),
            }),
        }
    }
}

/// The class a row with `tag` has when the tag alone gives it (text,
/// blank, furniture, a contents title: the same answers as
/// [`Classified::read_class`]), else `None`.
#[inline]
fn plain_class(tag: u8) -> Option<LineClass> {
    match tag {
        T_TEXT => Some(LineClass::Text),
        T_BLANK => Some(LineClass::Blank),
        T_TOC_TITLE => Some(LineClass::TocTitle),
        t if t >= T_FURNITURE => Some(
            FURNITURE_KINDS
                .get(usize::from(t - T_FURNITURE))
                .map_or(LineClass::Text, |&k| LineClass::Furniture(k)),
        ),
        _ => None,
    }
}

/// Tags whose class is worth keeping rather than reading again.
fn costly(tag: u8) -> bool {
    matches!(
        tag,
        T_PARA
            | T_SECTION
            | T_LABEL
            | T_TOC_IN
            | T_TOC_OUT
            | T_TOC_FROM_HEADING
            | T_ITEM
            | T_ITEM_NO_BARE
    )
}

/// A § heading row whose neighbouring content rows are table-of-contents
/// rows is a ToC entry whose leaders went to its wrapped second line
/// (`§ 102  KS 2012/0187  Svar på motion …` / `avgiftsfri … ..... 4`).
fn toc_headings_to_entries(tags: &mut [u8]) {
    let is_toc = |t: u8| matches!(t, T_TOC_IN | T_TOC_OUT | T_TOC_FROM_HEADING | T_TOC_TITLE);
    // A window over content rows: the one before, the current one.
    let mut prev: Option<u8> = None;
    let mut cur: Option<(usize, u8)> = None;
    for i in 0..tags.len() {
        let Some(&t) = tags.get(i) else { break };
        if t == T_BLANK || t >= T_FURNITURE {
            continue;
        }
        if let Some((c, mut ct)) = cur {
            if ct == T_PARA && prev.is_some_and(is_toc) && is_toc(t) {
                if let Some(x) = tags.get_mut(c) {
                    *x = T_TOC_FROM_HEADING;
                }
                ct = T_TOC_FROM_HEADING;
            }
            prev = Some(ct);
        }
        cur = Some((i, t));
    }
}

/// Whether a line is only a diarienummer (`92.014-805 Kfn`, `Dnr KS
/// 2019/12`): it stands between a § heading and its title.
/// Whether a bare number's title is a cover page's organ and § range:
/// one to three words of an organ's name (`Tekniska nämnden`,
/// `Socialnämnden`; no digits, no sentence stop), an optional `=` or `§§`,
/// and a range `N-M` of § numbers (below 1000, so no span of years) that
/// rises.
fn cover_range(t: &str) -> bool {
    // (A cover's line is short: a long title is read no further.)
    if t.len() > 80 {
        return false;
    }
    let mut words: Vec<&str> = t.split_whitespace().collect();
    // The range, written `24-33`, `24 - 33` or `24 -33`.
    let range = match words.as_slice() {
        [.., a, "-" | "–", b] => Some((*a, *b, 3)),
        [.., a, b] if b.starts_with(['-', '–']) => {
            Some((*a, b.trim_start_matches(['-', '–']), 2))
        }
        [.., r] => r.split_once(['-', '–']).map(|(a, b)| (a, b, 1)),
        [] => None,
    };
    let Some((a, b, n)) = range else { return false };
    let num = |x: &str| {
        (1..=3).contains(&x.len())
            && x.bytes().all(|c| c.is_ascii_digit())
            && x.parse::<u32>().ok().is_some()
    };
    if !(num(a) && num(b)) || a.parse::<u32>().ok() >= b.parse::<u32>().ok() {
        return false;
    }
    words.truncate(words.len() - n);
    if matches!(words.last(), Some(&"=" | &"§§")) {
        words.pop();
    }
    // An organ's words: capitalized, `och`, or an organ's last word.
    let organ_word = |w: &str| {
        w.starts_with(char::is_uppercase)
            || w == "och"
            || [
                "nämnden",
                "styrelsen",
                "utskottet",
                "fullmäktige",
                "beredningen",
            ]
            .iter()
            .any(|e| w.ends_with(e))
    };
    (1..=3).contains(&words.len())
        && words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words
            .iter()
            .all(|w| organ_word(w) && w.chars().all(|c| c.is_alphabetic() || c == '-'))
}

fn only_case_number(s: &str) -> bool {
    if s.len() > 60 {
        return false;
    }
    let (found, _) = crate::find_case_number_matches(s);
    found.first().is_some_and(|m| {
        let t = m.case_number.span;
        let before = s.get(..t.start).unwrap_or("").trim().trim_end_matches(':');
        let after = s.get(t.end..).unwrap_or("").trim();
        after.is_empty() && (before.is_empty() || lower_eq(before, "dnr"))
    })
}

/// Mutable state of the line loop.
struct Ctx<'s, 'a> {
    in_toc: &'s mut bool,
    toc_misses: &'s mut usize,
    toc_first: &'s mut Option<u32>,
    /// Whether the ToC's entries give the § after the title (`Title §
    /// 40`): a bare `§ 44` line in it is the number of a wrapped entry.
    toc_trailing: &'s mut bool,
    list_state: &'s mut bool,
    /// A § heading without a title was just read.
    title_pending: &'s mut bool,
    /// Once a plain list has started: whether it is tight.
    list_items: &'s mut Option<bool>,
    last_number: &'s mut Option<u32>,
    page_fresh: bool,
    prev_blank: bool,
    page_index_line: bool,
    next: Option<&'a str>,
}

/// Lines of a flattened transcript (one long line per page) that start
/// with the running page index `1 `, `2 `, `3 ` …: at least three
/// consecutive long lines whose leading numbers count up by one. Their
/// leading number is a page index, never a § number.
fn transcript_page_lines(rows: &Rows<'_>) -> Vec<bool> {
    let mut marks = vec![false; rows.len()];
    let mut run: Vec<usize> = Vec::new();
    let mut prev: Option<u32> = None;
    let flush = |run: &mut Vec<usize>, marks: &mut Vec<bool>| {
        if run.len() >= 3 {
            for &r in run.iter() {
                if let Some(m) = marks.get_mut(r) {
                    *m = true;
                }
            }
        }
        run.clear();
    };
    for i in 0..rows.len() {
        // A blank row (trimmed empty) is passed over; a row shorter than
        // 150 bytes before trimming is not trimmed.
        if rows.is_blank(i) {
            continue;
        }
        let raw = rows.content(i);
        let n: Option<u32> = if raw.len() >= 150 {
            let s = crate::rows::trim(raw);
            let digits = s.bytes().take_while(u8::is_ascii_digit).count();
            if s.len() >= 150 && (1..=4).contains(&digits) {
                s.get(..digits).and_then(|d| d.parse().ok())
            } else {
                None
            }
        } else {
            None
        };
        match (n, prev) {
            (Some(n), Some(p)) if n == p + 1 => run.push(i),
            (Some(_), _) => {
                flush(&mut run, &mut marks);
                run.push(i);
            }
            (None, _) => flush(&mut run, &mut marks),
        }
        prev = n;
    }
    flush(&mut run, &mut marks);
    marks
}

/// Whether [`paragraph_heading`] can read a § heading on the trimmed line
/// `s`: `false` only where it certainly reads none, from the first bytes
/// (most body lines start with a word longer than an organ code, or one
/// not followed by a `§`, `$` or a number). A heading starts with a digit
/// (a number or a transcript page prefix), `§` or `$`, or an organ code of
/// at most six letters (or the OCR `S`) followed by white space and one of
/// those; a line starting with a lower-case letter is none. Only ASCII
/// bytes are judged, but for the character after the code's white space:
/// a non-ASCII one there lets the line through only when it may be `§`
/// or white space.
pub(crate) fn may_be_paragraph_heading(s: &str) -> bool {
    let b = s.as_bytes();
    let ws = |c: u8| matches!(c, b'\t'..=b'\r' | b' ');
    match b.first() {
        None => false,
        Some(&c) if !c.is_ascii() || c.is_ascii_digit() || c == b'$' => true,
        Some(&c) if !c.is_ascii_uppercase() => false,
        Some(_) => {
            // The first word: at most six letters, then white space.
            let mut i = 1;
            while b.get(i).is_some_and(u8::is_ascii_alphabetic) {
                i += 1;
                if i > 6 {
                    return false;
                }
            }
            match b.get(i) {
                Some(&c) if !c.is_ascii() => return true,
                Some(&c) if ws(c) => {}
                _ => return false,
            }
            while b.get(i).is_some_and(|&c| ws(c)) {
                i += 1;
            }
            // After the code and its white space: a number, `$`, `§`
            // (0xC2 0xA7) or white space outside ASCII (lead bytes 0xC2,
            // 0xE1 to 0xE3), which `paragraph_heading` skips too; any other
            // character (`Det är`, `Att ställa`) starts no heading.
            b.get(i).is_some_and(|&c| {
                c.is_ascii_digit() || c == b'$' || matches!(c, 0xC2 | 0xE1..=0xE3)
            })
        }
    }
}

/// Whether a trimmed line can be a [`section_heading`], judged by its first
/// byte: an ASCII one that is not upper case (most body lines: lower case,
/// digits, marks) starts none, which `section_heading` would find only after
/// trimming the row again. `true` is only a maybe.
#[inline]
fn may_start_section_heading(s: &str) -> bool {
    !s.as_bytes()
        .first()
        .is_some_and(|b| b.is_ascii() && !b.is_ascii_uppercase())
}

fn classify_content(raw: &str, s: &str, base: usize, cx: &mut Ctx<'_, '_>) -> (u8, LineClass) {
    let pending = *cx.title_pending;
    let (tag, class) = classify_content_inner(raw, s, base, cx);
    // A diarienummer line between the § heading and its title keeps the
    // title pending; any other content line ends the wait.
    let keeps = || {
        matches!(class, LineClass::Label(l) if matches!(l.kind, crate::LabelKind::CaseNumber | crate::LabelKind::Subject))
            || matches!(class, LineClass::ParagraphHeading(_))
            || (matches!(class, LineClass::Text) && only_case_number(s))
    };
    if pending && !keeps() {
        *cx.title_pending = false;
    }
    (tag, class)
}

fn classify_content_inner(
    raw: &str,
    s: &str,
    base: usize,
    cx: &mut Ctx<'_, '_>,
) -> (u8, LineClass) {
    // `s` is `raw` trimmed (`trim_span(raw)`): the recognizers below are
    // handed its span instead of trimming the row again.
    let off = (s.as_ptr() as usize).wrapping_sub(raw.as_ptr() as usize);
    let t = Span::new(off, off + s.len());
    debug_assert_eq!(t, trim_span(raw));
    // (No title is longer than 60 bytes trimmed; `s` is trimmed.)
    if s.len() <= 60 && is_toc_title(s) {
        *cx.in_toc = true;
        *cx.toc_misses = 0;
        *cx.toc_first = None;
        *cx.toc_trailing = false;
        *cx.list_state = false;
        return (T_TOC_TITLE, LineClass::TocTitle);
    }
    let was_in_toc = *cx.in_toc;
    // Outside a ToC an entry ends in its page number: a line (`s` is
    // trimmed as `toc_entry` trims it) not ending in a digit is none.
    let may_be_entry = was_in_toc || s.as_bytes().last().is_some_and(u8::is_ascii_digit);
    if let Some(e) = may_be_entry.then(|| toc_entry(raw, was_in_toc)).flatten() {
        let restart = *cx.in_toc && e.number.is_some() && e.number == *cx.toc_first && !e.leaders;
        if !restart {
            if cx.toc_first.is_none() {
                *cx.toc_first = e.number;
            }
            *cx.toc_misses = 0;
            *cx.toc_trailing |= was_in_toc
                && e.page.is_none()
                && e.number.is_some()
                && s.trim_end_matches(|c: char| c.is_ascii_digit())
                    .trim_end()
                    .ends_with('§');
            let tag = if was_in_toc { T_TOC_IN } else { T_TOC_OUT };
            return (
                tag,
                LineClass::TocLine(TocLine {
                    title: e.title.offset(base),
                    page: e.page.map(|p| p.offset(base)),
                    ..e
                }),
            );
        }
        *cx.in_toc = false;
    }
    let para = may_be_paragraph_heading(s)
        .then(|| paragraph_heading_in(raw, t))
        .flatten();
    // Read only when needed: an accepted § heading never uses it.
    let section_of = || {
        if s.len() <= 120 && may_start_section_heading(s) {
            section_heading_in(raw, t)
        } else {
            None
        }
    };
    let mut section: Option<Option<SectionHeading>> = None;
    if *cx.in_toc {
        // `Title … § 44` wrapped so that its `§ 44` stands alone.
        let wrapped_number = *cx.toc_trailing
            && para.is_some_and(|p| p.title.is_none() && p.code.is_none() && p.year.is_none());
        if wrapped_number {
            *cx.toc_misses = 0;
            return (T_TEXT, LineClass::Text);
        }
        if para.is_some_and(|p| p.strength == Strength::Strong)
            || section.get_or_insert_with(section_of).is_some()
            || label_in(raw, t).is_some()
        {
            *cx.in_toc = false;
        } else {
            *cx.toc_misses += 1;
            if *cx.toc_misses >= 3 {
                *cx.in_toc = false;
            }
            return (T_TEXT, LineClass::Text);
        }
    }
    if let Some(h) = para {
        let accept = match h.strength {
            Strength::Strong | Strength::Medium => true,
            Strength::Weak if cx.page_index_line && h.label.start == 0 => false,
            // A bare number before a contents title (`1 Ärendeförteckning
            // 39 Val av justerare …`) is the page's number, not a §.
            Strength::Weak
                if h.title
                    .and_then(|t| t.get(raw))
                    .is_some_and(|t| t.split_whitespace().next().is_some_and(is_toc_title)) =>
            {
                false
            }
            // A bare number before an organ and a § range (`1 Tekniska
            // nämnden = 24-33`, `1 Tekniska 29-38`) is a transcript's cover
            // page: its number is the page's, and the range the § it holds.
            Strength::Weak if h.title.and_then(|t| t.get(raw)).is_some_and(cover_range) => false,
            Strength::Weak => {
                let seq = cx
                    .last_number
                    .is_some_and(|n| h.number == n + 1 || (h.number == n && h.suffix.is_some()));
                let transcript = h.label.start > 0 && s.starts_with(|c: char| c.is_ascii_digit());
                seq || transcript || (cx.page_fresh && h.number > 0)
            }
        };
        // A bare `§ 12` (no title, no code, no suffix) directly followed by
        // another § heading has neither a title nor a body: a column of §
        // numbers (a flattened index), not an item. Nor has one followed by
        // a bare `§`: the column headers of an attendance and vote table
        // (`Närvaro` / `§ 4` / `§` / `§` / `Tjg` / `JA` / `NEJ`).
        let empty = h.title.is_none()
            && h.code.is_none()
            && h.suffix.is_none()
            && cx.next.is_some_and(|n| {
                n == "§" || paragraph_heading(n).is_some_and(|n| n.strength != Strength::Weak)
            });
        if accept && !empty {
            *cx.last_number = Some(h.number);
            *cx.list_state = false;
            // A title on the next lines is not a content sub-heading.
            let title_here = h.title.and_then(|t| t.get(raw)).is_some_and(|t| {
                !t.starts_with(|c: char| c.is_ascii_digit()) && !t.starts_with("Dnr")
            });
            *cx.title_pending = !title_here;
            return (T_PARA, LineClass::ParagraphHeading(offset_heading(h, base)));
        }
    }
    let section = section.unwrap_or_else(section_of);
    // A bare `Ärende`: a column header of an agenda table (`Ärende` /
    // `Dnr` / `Föredragande`), or the title field of a database export
    // between a § heading and its title; neither is a section heading.
    // (`ärende` starts with a non-ASCII letter; an ASCII one lower-cases
    // to an ASCII one.)
    let section = if !s.as_bytes().first().is_some_and(u8::is_ascii) && lower_eq(s, "ärende") {
        let column = cx.next.is_some_and(|n| {
            [
                "dnr",
                "diarienummer",
                "föredragande",
                "nr",
                "sid",
                "bilaga",
                "§",
            ]
            .iter()
            .any(|w| n.split_whitespace().next().is_some_and(|f| lower_eq(f, w)))
        });
        if *cx.title_pending && !column {
            let t = trim_span(raw);
            return (T_SUBJECT, subject_label(t.offset(base)));
        }
        section.filter(|_| !column)
    } else {
        section
    };
    let vocabulary = section.is_some();
    // A bare `Utdrag` inside a § (not at a page top, where it is the
    // document kind of a page header) followed by a short line heads the
    // list of recipients (database exports write it without a colon).
    let section = section.or_else(|| {
        // The cheap tests first: most lines are not `Utdrag`.
        let bare = lower_eq(s, "utdrag");
        let inside = || cx.last_number.is_some() && !cx.page_fresh;
        let short_next = || {
            cx.next.is_some_and(|n| {
                n.chars().count() <= 60 && !n.ends_with('.') && section_heading(n).is_none()
            })
        };
        (bare && inside() && short_next()).then(|| {
            let t = trim_span(raw);
            SectionHeading {
                kind: SectionKind::Distribution,
                heading: t,
                organ: None,
                rest: None,
                confidence: Confidence::High,
            }
        })
    });
    if let Some(h) = section {
        *cx.list_state = h.kind.lists_items();
        *cx.list_items = None;
        let tag = if vocabulary { T_SECTION } else { T_UTDRAG };
        return (tag, LineClass::SectionHeading(offset_section(h, base)));
    }
    if s.len() <= 200 {
        // The first of `labels(raw)`: when the line is one column, that is
        // the label of the whole line, read once.
        let first_label = |l: Label| {
            if one_column_of(raw, s) {
                Some(l)
            } else {
                labels(raw).next()
            }
        };
        // (The trie's first two steps settle most lines; `s` is `raw`
        // trimmed, as `label` trims it.)
        let l = may_start_label(s).then(|| label_in(raw, t)).flatten();
        if let Some(l) = l.and_then(first_label) {
            *cx.list_state = false;
            return (T_LABEL, LineClass::Label(offset_label(l, base)));
        }
    }
    if let Some(item) = may_be_list_item(s)
        .then(|| list_item(raw, !cx.page_index_line))
        .flatten()
    {
        let tag = if cx.page_index_line {
            T_ITEM_NO_BARE
        } else {
            T_ITEM
        };
        return (
            tag,
            LineClass::ListItem(ListItem {
                marker_span: item.marker_span.map(|m| m.offset(base)),
                body: item.body.offset(base),
                ..item
            }),
        );
    }
    if *cx.list_state {
        // A tight list (no blank lines between items) ends at a blank line:
        // a signature block may follow `Beslutet ska skickas till`.
        let first = cx.list_items.is_none();
        let ends = match *cx.list_items {
            Some(tight) => tight && cx.prev_blank,
            None => false,
        };
        let signature = || {
            cx.next
                .is_some_and(|n| crate::segment::signature_pair(s, n))
        };
        // A decision's lead-in run on after the documents ends the list.
        let deciding = || crate::assemble::starts_deciding(s);
        // (The tests are pure: the costly ones are asked last.)
        if !ends && chars_at_most(s, 100) && !s.ends_with(':') && !signature() && !deciding() {
            if first {
                *cx.list_items = Some(!cx.prev_blank);
            }
            return (
                T_ITEM_PLAIN,
                LineClass::ListItem(ListItem {
                    marker: ListMarker::Plain,
                    marker_span: None,
                    body: trim_span(raw).offset(base),
                }),
            );
        }
        *cx.list_state = false;
    }
    if !*cx.title_pending
        && cx.prev_blank
        && subheading_shape(s)
        && cx
            .next
            .is_some_and(|n| bodyish(n) && section_heading(n).is_none())
    {
        let t = trim_span(raw);
        return (T_SUBHEADING, subheading(t.offset(base)));
    }
    (T_TEXT, LineClass::Text)
}

#[cfg(test)]
mod tests {
    use super::{
        cover_range, list_item, may_be_list_item, may_be_paragraph_heading,
        may_start_section_heading, toc_entry, Cached, ClassCache, Packed,
    };
    use crate::{classify, paragraph_heading, section_heading};

    #[test]
    fn a_cover_page_range_is_no_title() {
        for t in [
            "Tekniska nämnden = 24-33",
            "Tekniska 29-38",
            "Socialnämnden §§ 1 - 12",
            "Kommunstyrelsen 101 -115",
        ] {
            assert!(cover_range(t), "{t}");
        }
        for t in [
            "Budget 2019-2021",
            "Val av representant 22-23",
            "Tekniska 38-29",
            "Tekniska nämnden",
            "Information 1-2 om budget",
        ] {
            assert!(!cover_range(t), "{t}");
        }
        // On a transcript's cover page, no § 1; the protocol's own § follow.
        let text = "1 Tekniska nämnden = 24-33\n\n2 Tekniska nämnden Sida 1 Plats och tid Tekniska kontoret kl 15 Beslutande Anita Skoglund (M), ordförande\n\n3 Tekniska nämnden Sida 2 24 Informationer Nämnden informeras.\n";
        let numbers: Vec<u32> = crate::parse(text)
            .paragraphs
            .iter()
            .map(|p| p.number)
            .collect();
        assert!(!numbers.contains(&1), "{numbers:?}");
    }

    /// Every § heading the gate is asked about passes it.
    fn gate_keeps(line: &str) {
        if paragraph_heading(line).is_some() {
            assert!(
                may_be_paragraph_heading(crate::span::trim(line)),
                "{line:?}"
            );
        }
    }

    #[test]
    fn paragraph_heading_gate_keeps_every_heading() {
        for line in [
            "§ 12 Budget 2024",
            "Kf § 93 Motion om cykelbanor",
            "KS 45/19 Val",
            "S 12 Val av justerare",
            "12 Val av justerare",
            "3 (28) 12 Budget",
            "Ksau § 4 Budget",
            "Miljö § 4 Budget",
            "TN\u{a0}12 Budget",
            "BUN  §\t31",
            "$ 12 Budget",
            "  Sn 49 Title  ",
            "ÄN § 3 Budget",
        ] {
            assert!(paragraph_heading(line).is_some(), "{line:?}");
            gate_keeps(line);
        }
        for line in [
            "Kommunstyrelsen beslutar",
            "beslut 12",
            "(12) Budget",
            "Beslut",
        ] {
            assert!(!may_be_paragraph_heading(line), "{line:?}");
        }
        for (_, text) in crate::test_fixtures::texts() {
            text.lines().for_each(gate_keeps);
        }
    }

    #[test]
    fn list_item_gate_keeps_every_item() {
        for line in [
            "a) Godkänna",
            "- Informationen noteras.",
            "1. Godkänna",
            "12 Budget",
            "• punkt",
            "\u{f0b7} punkt",
        ] {
            assert!(list_item(line, true).is_some(), "{line:?}");
            assert!(may_be_list_item(line), "{line:?}");
        }
        assert!(!may_be_list_item("Beslut"));
        assert!(!may_be_list_item("att godkänna"));
    }

    proptest::proptest! {
        #[test]
        fn paragraph_heading_gate_keeps_any_heading(line in "[A-ZÅÄÖa-zåäö§$0-9/()\u{a0}\u{2003} \t.:-]{0,16}") {
            gate_keeps(&line);
        }

        #[test]
        fn list_item_gate_keeps_any_item(line in "[ \t]?[A-Za-zÅÄÖåäö0-9•·*–—)(.-][A-Za-zåäö0-9).]?[ \t\u{a0}]?[A-Za-zÅÄÖ]{0,4}") {
            if list_item(&line, true).is_some() || list_item(&line, false).is_some() {
                proptest::prop_assert!(may_be_list_item(crate::span::trim(&line)), "{:?}", line);
            }
        }

        #[test]
        fn section_heading_gate_keeps_any_heading(line in "[ \t]?[A-Za-zÅÄÖåäö0-9(.:§-][A-Za-zåäöÅÄÖ (),:]{0,24}") {
            if section_heading(&line).is_some() {
                proptest::prop_assert!(may_start_section_heading(crate::span::trim(&line)), "{:?}", line);
            }
        }

        #[test]
        fn paragraph_heading_gate_keeps_coded_headings(line in "[A-ZÅÄÖ][A-Za-zåäöÅÄÖ]{0,7}[ \u{a0}\t]{1,2}[§$0-9SK][0-9 /]{0,4}[A-Za-zå ]{0,6}") {
            gate_keeps(&line);
        }
    }

    /// The first-byte gate before `section_heading` keeps the headings of
    /// every form: vocabulary, organ, qualified, colon and glued body.
    #[test]
    fn section_heading_gate_keeps_headings() {
        for line in [
            "Beslut",
            "ÄRENDET",
            "Ärendebeskrivning:",
            "Kommunstyrelsens förslag till beslut",
            "Socialnämndens beslut",
            "Reservation (M)",
            "Omröstning 1",
            "Exp: KS",
            "Beslutsunderlag: Tjänsteskrivelse 2021-01-01",
            "Jäv",
        ] {
            assert!(section_heading(line).is_some(), "{line:?}");
            assert!(may_start_section_heading(line), "{line:?}");
        }
        for line in ["beslut", "1 Beslut", "(Beslut)", "- Beslut"] {
            assert!(section_heading(line).is_none(), "{line:?}");
        }
        assert!(!may_start_section_heading("beslut fattades"));
    }

    #[test]
    fn packed_classes_are_small_and_unpack_to_the_same_class() {
        assert!(std::mem::size_of::<Cached>() <= 36);
        assert!(std::mem::size_of::<Packed>() <= 28);
        let text = "Innehållsförteckning\n§ 12 Budget 2024 ........ 5\n\nKf § 93 a Motion om cykelbanor\n\
                    Beslut\nPlats och tid: Stadshuset 2020-12-15\n- Informationen noteras.\n1. Godkänna.";
        let c = classify(text);
        let mut n = 0;
        for l in c.iter() {
            let base = l.line.span.start;
            if let Some(p) = Packed::pack(l.class, base, l.line.span.len()) {
                assert_eq!(p.unpack(base), l.class);
                n += 1;
            }
        }
        assert!(n >= 5, "{n}");
        // A row too long for 16-bit offsets is not packed.
        let long = format!("Beslut {}", "x".repeat(70_000));
        let c = classify(&long);
        let l = c.get(0).unwrap();
        assert_eq!(Packed::pack(l.class, 0, long.len()), None);
    }

    #[test]
    fn a_long_documents_cache_is_packed_and_gives_the_same_classes() {
        let mut text = String::new();
        for k in 1..2000 {
            text.push_str(&format!(
                "§ {k} Ärende nummer {k}\n\nBeslut\n- Godkänna.\nDnr: KS 2020/{k}\n\n"
            ));
        }
        let c = classify(&text);
        assert!(matches!(&c.cache, ClassCache::Packed(v) if v.len() > 500));
        for i in 0..c.len() {
            assert_eq!(c.get(i).unwrap().class, c.read_class(i), "row {i}");
        }
        let short = classify("§ 1 Budget\n\nBeslut\n- Godkänna.\n");
        assert!(matches!(&short.cache, ClassCache::Full(v) if v.len() == 3));
    }

    /// The byte reading of one column is [`columns_of`]'s.
    #[test]
    fn one_column_is_at_most_one_of_the_columns() {
        let same = |raw: &str| {
            let want = raw.len() <= 300 && crate::headings::columns_of(raw) <= 1;
            assert_eq!(super::one_column(raw), want, "{raw:?}");
        };
        for (_, text) in crate::test_fixtures::texts() {
            text.lines().for_each(same);
        }
        for raw in [
            "a  b",
            "a   b",
            "a\tb",
            " a   ",
            "a \u{a0} b",
            "a\u{2003}\u{2003}\u{2003}b",
            "a\u{b} \u{c}b",
            "",
        ] {
            same(raw);
        }
    }

    proptest::proptest! {
        #[test]
        fn one_column_on_any_line(raw in "[ \t\u{a0}\u{2003}\u{b}\u{85}]{0,2}[ab\u{e4}\u{2003}\u{a0} \t]{0,12}") {
            let want = raw.len() <= 300 && crate::headings::columns_of(&raw) <= 1;
            proptest::prop_assert_eq!(super::one_column(&raw), want);
        }
    }

    #[test]
    fn toc_entry_skips_law_chapters() {
        assert!(toc_entry("5 kap. Fullmäktige", true).is_none());
        assert!(toc_entry("3 kap 9 § Kommunallagen", true).is_none());
        assert!(toc_entry("5 Kapitalförvaltning", true).is_some());
    }

    #[test]
    fn toc_entry_reads_designations_with_organ_code_and_year() {
        let n = |s: &str| {
            toc_entry(s, true).map(|e| (e.number, e.title.get(s).unwrap_or("").to_owned()))
        };
        assert_eq!(
            n("KS 45/19    Val av justerare ........ 73"),
            Some((Some(45), "Val av justerare".to_owned()))
        );
        assert_eq!(
            n("Kf § 12 Budget 2020 .... 4"),
            Some((Some(12), "Budget 2020".to_owned()))
        );
        assert_eq!(n("§ 7/2019 Val 3"), Some((Some(7), "Val".to_owned())));
        // A diarienummer or a labelled number is no designation.
        assert_eq!(n("KS 2019/12 Budget .... 4").map(|x| x.0), Some(None));
        assert_eq!(n("Bilaga 1 Karta .... 4").map(|x| x.0), Some(None));
    }
}
