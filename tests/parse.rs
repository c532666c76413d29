//! `parse`: the customer samples' acceptance facts, and the guarantees on
//! any input.

use kommuntext::{parse, DecisionKind, DocumentKind, FurnitureKind, Outcome, SectionKind, Span};
use proptest::prelude::*;

fn seed(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/fixtures/seeds/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// Issue 4's acceptance: the protokollsutdrag sample.
#[test]
fn seed_004_protokollsutdrag() {
    let text = seed("004_cb73796813b91dbf.txt");
    let doc = parse(&text);
    assert_eq!(doc.kind, DocumentKind::Protokollsutdrag);
    assert_eq!(doc.organ.as_deref(), Some("Socialnämnden"));
    assert_eq!(
        doc.meeting_date.map(|d| d.to_string()).as_deref(),
        Some("2020-12-15")
    );
    assert_eq!(doc.paragraphs.len(), 1);
    let p = &doc.paragraphs[0];
    assert_eq!(p.number, 176);
    assert_eq!(p.title.as_deref(), Some("Nära Vård"));
    assert_eq!(p.case_numbers.len(), 1);
    let cn = &p.case_numbers[0];
    assert_eq!(
        (
            cn.text.as_str(),
            cn.prefix.as_deref(),
            cn.year,
            cn.serial.as_str()
        ),
        ("SN/2020:223", Some("SN"), Some(2020), "223")
    );
    assert_eq!(&text[cn.span], "SN/2020:223");
    let kinds: Vec<(&str, SectionKind)> = p
        .sections
        .iter()
        .map(|s| (s.heading.as_ref(), s.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            ("Beslut", SectionKind::Decision),
            ("Ärendet", SectionKind::Description),
            ("Beslutsunderlag", SectionKind::DecisionBasis),
            ("Protokollsutdrag till", SectionKind::Distribution),
        ]
    );
    assert_eq!(p.decisions.len(), 1);
    let d = &p.decisions[0];
    assert_eq!(d.kind, DecisionKind::Beslut);
    assert_eq!(d.organ.as_deref(), Some("Socialnämnden"));
    assert_eq!(d.items.len(), 7);
    assert!(d.items[0]
        .text
        .starts_with("Godkänna den gemensamma målbilden"));
    assert!(d.items[6].text.starts_with("Erbjudna information"));
    assert_eq!(
        d.items.iter().map(|i| i.number).collect::<Vec<_>>(),
        (1..=7).map(Some).collect::<Vec<_>>()
    );
    // The bullet lists inside Ärendet are not decision items.
    assert!(d.items.iter().all(|i| !i.text.contains("Tillgänglighet")));
    // The page-header block in the middle of Ärendet is furniture, not text.
    let arendet = &p.sections[1];
    for line in ["Protokollsutdrag", "Sammanträdesdatum", "2020-12-15"] {
        assert!(!arendet.text.contains(line), "{line} in Ärendet text");
        assert!(
            doc.furniture
                .iter()
                .any(|f| &text[f.span] == line && f.kind == FurnitureKind::PageHeader),
            "{line} not furniture"
        );
    }
    assert!(doc
        .furniture
        .iter()
        .any(|f| &text[f.span] == "Socialnämnden"));
    assert!(arendet.text.starts_with("Det finns effektivitetsproblem"));
    assert!(arendet.text.contains("verksamhetsmässiga förutsättningar."));
    assert!(arendet.text.contains("En förutsättning för god samverkan"));
    assert!(arendet.text.ends_with("i varje medverkande organisation."));
    assert_eq!(
        p.attachments,
        [
            "Målbild för Nära Vård 2030",
            "Avsiktsförklaring Nära Vård",
            "Programdirektiv Nära Vård",
            "Vision 2025"
        ]
    );
    assert_eq!(p.recipients, ["KS", "Övriga nämnder"]);
    assert!(!p.immediately_adjusted);
    assert_eq!(doc.title.as_deref(), Some("Nära Vård"));
}

/// Issue 5's acceptance: the tjänsteskrivelse sample.
#[test]
fn seed_000_tjansteskrivelse() {
    let text = seed("000_b640cc7502d13700.txt");
    let doc = parse(&text);
    assert_eq!(doc.kind, DocumentKind::Tjansteskrivelse);
    assert_eq!(
        doc.document_date.map(|d| d.to_string()).as_deref(),
        Some("2021-12-01")
    );
    assert_eq!(doc.case_numbers.len(), 1);
    let cn = &doc.case_numbers[0];
    assert_eq!(
        (
            cn.text.as_str(),
            cn.prefix.as_deref(),
            cn.year,
            cn.serial.as_str()
        ),
        ("2021.231 VON", Some("VON"), Some(2021), "231")
    );
    assert_eq!(doc.organ.as_deref(), Some("Vård- och omsorgsnämnden"));
    assert_eq!(
        doc.title.as_deref(),
        Some("Färdplan – länsgemensam strategi för god och nära vård")
    );
    let officer = doc
        .people
        .iter()
        .find(|p| p.role.as_deref() == Some("handläggare"))
        .unwrap();
    assert_eq!(officer.name, "Elisabeth Olsson");
    let kinds: Vec<(&str, SectionKind)> = doc
        .sections
        .iter()
        .map(|s| (s.heading.as_ref(), s.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            ("Ärendebeskrivning", SectionKind::Description),
            ("Beredning", SectionKind::Preparation),
            ("Ekonomisk bedömning", SectionKind::Economy),
            ("Förslag till beslut", SectionKind::Proposal),
            ("Beslutet ska skickas till", SectionKind::Distribution),
        ]
    );
    assert_eq!(doc.decisions.len(), 1);
    let d = &doc.decisions[0];
    assert_eq!(d.kind, DecisionKind::Forslag);
    assert_eq!(d.items.len(), 2);
    assert!(d.items[0]
        .text
        .starts_with("Vård- och omsorgsnämnden godkänner remissvar"));
    assert_eq!(d.organ.as_deref(), Some("Vård- och omsorgsnämnden"));
    assert_eq!(doc.recipients, ["Barn-och ungdomsnämnden", "Socialnämnden"]);
    let signatories: Vec<(&str, Option<&str>)> = doc
        .people
        .iter()
        .filter(|p| p.role.as_deref() != Some("handläggare"))
        .map(|p| (p.name.as_ref(), p.role.as_deref()))
        .collect();
    assert_eq!(
        signatories,
        [
            ("Anita Hedström", Some("förvaltningschef")),
            ("Elisabeth Olsson", Some("utvecklingsledare"))
        ]
    );
    assert!(doc.paragraphs.is_empty());
}

/// Partial presence in attendance: every form reads into inclusive ranges
/// of the meeting's §, and no name holds the § text.
#[test]
fn presence_ranges_in_attendance() {
    let text = "Beslutande\n\
        Anna Berg (S), ordförande, ej §§ 3-4\n\
        Per Ek (M) tjänstgör från § 4\n\
        Eva Lund (C) §§ 1-2, 5\n\
        Tjänstgörande ersättare\n\
        Åsa Holm (M) för Per Ek (M) t.o.m. § 3\n\n\
        § 1\nVal av justerare\n\n§ 2\nDagordning\n\n§ 3\nBudget\n\n\
        § 4\nTaxor\n\n§ 5\nAvslutning\n";
    let doc = parse(text);
    let ranges = |name: &str, role: &str| -> Vec<(Option<u32>, Option<u32>)> {
        let p = doc
            .people
            .iter()
            .find(|p| p.name == name && p.role.as_deref() == Some(role))
            .unwrap_or_else(|| panic!("{name} ({role}) in {:?}", doc.people));
        p.presence.iter().map(|r| (r.from, r.to)).collect()
    };
    assert_eq!(
        ranges("Anna Berg", "ordförande"),
        [(Some(1), Some(2)), (Some(5), Some(5))]
    );
    assert_eq!(ranges("Per Ek", "ledamot"), [(Some(4), Some(5))]);
    assert_eq!(
        ranges("Eva Lund", "ledamot"),
        [(Some(1), Some(2)), (Some(5), Some(5))]
    );
    assert_eq!(
        ranges("Åsa Holm", "tjänstgörande ersättare"),
        [(Some(1), Some(3))]
    );
    // The person replaced is not one more tjänstgörande ersättare.
    assert!(!doc
        .people
        .iter()
        .any(|p| p.name == "Per Ek" && p.role.as_deref() == Some("tjänstgörande ersättare")));
    for p in &doc.people {
        assert!(!p.name.contains('§'));
        for r in &p.presence {
            assert!(text[r.span].contains('§'), "{:?}", &text[r.span]);
        }
    }
}

/// Roll calls in several layouts, with the tally derived where the prose
/// gives none.
#[test]
fn roll_calls_in_several_layouts() {
    let text = "§ 7\nBudget\n\nOmröstning\n\
        Ja för bifall, nej för avslag.\n\
        Ledamot              Ja    Nej   Avstår\n\
        Anna Berg (S)        X\n\
        Per Ek (M)                 X\n\
        Eva Lund (C)                     X\n\
        Summa                1     1     1\n\n\
        § 8\nTaxor\n\nOmröstning\n\
        Med 2 ja-röster mot 1 nej-röster beslutar nämnden att anta taxan.\n\
        Ja: Anna Berg (S), Eva Lund (C)\nNej: Per Ek (M)\n\n\
        § 9\nMotion\n\nOmröstning\nAnna Berg (S)   Nej\nPer Ek (M)      Ja\nEva Lund (C)    Frånvarande\n";
    let doc = parse(text);
    let v = &doc.paragraphs[0].votes;
    assert_eq!(v.len(), 1);
    assert_eq!(
        (v[0].yes, v[0].no, v[0].abstain),
        (Some(1), Some(1), Some(1))
    );
    assert_eq!(v[0].yes_means.as_deref(), Some("bifall"));
    let who: Vec<(&str, &str)> = v[0]
        .roll_call
        .iter()
        .map(|b| (b.name.as_ref(), b.vote.as_str()))
        .collect();
    assert_eq!(
        who,
        [
            ("Anna Berg", "ja"),
            ("Per Ek", "nej"),
            ("Eva Lund", "avstår")
        ]
    );
    let v = &doc.paragraphs[1].votes;
    assert_eq!(v.len(), 1, "the tally and the lists are one vote");
    assert_eq!(v[0].roll_call.len(), 3);
    assert_eq!(v[0].roll_call[2].party.as_deref(), Some("M"));
    let v = &doc.paragraphs[2].votes;
    assert_eq!(
        (v[0].yes, v[0].no, v[0].abstain, v[0].absent),
        (Some(1), Some(1), None, Some(1))
    );
    for p in &doc.paragraphs {
        for b in p.votes.iter().flat_map(|v| &v.roll_call) {
            assert!(p.span.contains(b.span) && text[b.span].contains(b.name.as_ref()));
        }
    }
}

#[test]
fn decisions_votes_and_adjustment() {
    let text = "Kommunfullmäktige\nSAMMANTRÄDESPROTOKOLL\nSammanträdesdatum 2019-06-17\n\n\
                § 88\nMotion om cykelvägar\nDnr KS 2019/112\n\n\
                Yrkanden\nAnna Berg (S) yrkar bifall till motionen.\n\n\
                Omröstning\nJa-röst för bifall till motionen, nej-röst för avslag.\n\
                Med 31 ja-röster mot 18 nej-röster, 2 avstår, beslutar fullmäktige enligt Anna Bergs yrkande.\n\n\
                Beslut\nKommunfullmäktige beslutar att\natt bifalla motionen,\natt uppdra åt kommunstyrelsen att återkomma.\n\n\
                Per Ek (M) reserverar sig mot beslutet.\n\n\
                Kerstin Nord (C) anmäler jäv och deltar inte i handläggningen.\n\n\
                Paragrafen förklaras omedelbart justerad.\n\n\
                § 89\nInformation om budgetläget\n\nBeslut\nInformationen noteras.\n";
    let doc = parse(text);
    assert_eq!(doc.kind, DocumentKind::Protokoll);
    assert_eq!(doc.organ.as_deref(), Some("Kommunfullmäktige"));
    assert_eq!(doc.paragraphs.len(), 2);
    let p = &doc.paragraphs[0];
    assert_eq!(p.case_numbers[0].text, "KS 2019/112");
    assert_eq!(p.title.as_deref(), Some("Motion om cykelvägar"));
    assert!(p.immediately_adjusted);
    assert_eq!(p.votes.len(), 1);
    let v = &p.votes[0];
    assert_eq!((v.yes, v.no, v.abstain), (Some(31), Some(18), Some(2)));
    assert_eq!(v.yes_means.as_deref(), Some("bifall till motionen"));
    assert_eq!(v.no_means.as_deref(), Some("avslag"));
    let items = &p.decisions[0].items;
    assert_eq!(items.len(), 2);
    assert_eq!((items[0].number, items[0].outcome), (None, Outcome::Bifall));
    assert_eq!(items[1].outcome, Outcome::Annat);
    assert_eq!(p.motions.len(), 1);
    assert_eq!(p.motions[0].people[0].name, "Anna Berg");
    assert_eq!(p.motions[0].people[0].party.as_deref(), Some("S"));
    assert_eq!(p.motions[0].proposes, kommuntext::MotionKind::Bifall);
    assert_eq!(p.reservations.len(), 1);
    assert_eq!(p.reservations[0].people[0].name, "Per Ek");
    assert_eq!(p.disqualified.len(), 1);
    assert_eq!(p.disqualified[0].name, "Kerstin Nord");
    assert!(p.notes.is_empty());
    let q = &doc.paragraphs[1];
    assert!(!q.immediately_adjusted);
    assert_eq!(q.decisions[0].items[0].outcome, Outcome::Noterad);
    assert_eq!(q.decisions[0].items[0].text, "Informationen noteras.");
}

#[test]
fn not_a_protocol_is_okand_with_a_diagnostic() {
    let doc =
        parse("Pressmeddelande\n\nKommunen bjuder in till öppet hus i stadshuset på lördag.\n");
    assert_eq!(doc.kind, DocumentKind::Okand);
    assert!(doc.diagnostics.iter().any(|d| d.code == "unknown_kind"));
    let doc = parse("");
    assert_eq!(doc.kind, DocumentKind::Okand);
}

/// Every span in a document is in bounds, on char boundaries, and says
/// what the item claims; paragraphs are ordered and do not overlap.
fn check(text: &str) -> Result<(), TestCaseError> {
    let doc = parse(text);
    let ok = |s: Span| s.start <= s.end && text.get(s.range()).is_some();
    let mut prev_end = 0;
    for p in &doc.paragraphs {
        prop_assert!(ok(p.span));
        prop_assert!(p.span.start >= prev_end, "paragraphs overlap");
        prev_end = p.span.end;
        prop_assert_eq!(&text[p.span][..0], "");
        for c in &p.case_numbers {
            prop_assert!(ok(c.span));
            prop_assert!(p.span.contains(c.span) || c.span.is_empty());
        }
        for s in &p.sections {
            prop_assert!(ok(s.span) && ok(s.heading_span));
            prop_assert_eq!(&text[s.heading_span], s.heading.as_ref());
        }
        for d in &p.decisions {
            prop_assert!(ok(d.span));
            for i in &d.items {
                prop_assert!(ok(i.span));
            }
        }
        for v in &p.votes {
            prop_assert!(ok(v.span));
            for b in &v.roll_call {
                prop_assert!(ok(b.span) && p.span.contains(b.span));
                prop_assert!(text[b.span].contains(b.name.as_ref()));
            }
        }
        prop_assert!(text[p.span].contains(p.label.as_ref()));
    }
    for c in &doc.case_numbers {
        prop_assert!(ok(c.span));
    }
    for f in &doc.furniture {
        prop_assert!(ok(f.span));
    }
    for s in &doc.sections {
        prop_assert!(ok(s.span));
        prop_assert_eq!(&text[s.heading_span], s.heading.as_ref());
    }
    for p in &doc.people {
        prop_assert!(ok(p.span));
        prop_assert!(!p.name.contains('§'));
        for r in &p.presence {
            prop_assert!(ok(r.span));
            prop_assert!(r.from.is_none() || r.to.is_none() || r.from <= r.to);
        }
    }
    for d in &doc.diagnostics {
        prop_assert!(ok(d.span));
    }
    for e in &doc.kind_evidence {
        prop_assert!(ok(e.span));
    }
    for t in &doc.toc {
        prop_assert!(ok(t.span));
    }
    Ok(())
}

fn protocolish() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        Just("§ 12".to_owned()),
        Just("Kf § 93 Budget".to_owned()),
        Just("Beslut".to_owned()),
        Just("Kommunstyrelsen beslutar att".to_owned()),
        Just("att anta budgeten".to_owned()),
        Just("1. Godkänna rapporten.".to_owned()),
        Just("- Informationen noteras.".to_owned()),
        Just("Beslutsunderlag".to_owned()),
        Just("Protokollsutdrag till".to_owned()),
        Just("Sammanträdesdatum".to_owned()),
        Just("2020-12-15".to_owned()),
        Just("Dnr KS 2019/12".to_owned()),
        Just("Justerandes signatur".to_owned()),
        Just("Sida 2 (3)".to_owned()),
        Just("Med 7 ja-röster mot 4 nej-röster, 2 avstår".to_owned()),
        Just("Omröstning".to_owned()),
        Just("Ledamot      Ja   Nej  Avstår".to_owned()),
        Just("Anna Berg (S)      X".to_owned()),
        Just("Per Ek (M)  Nej".to_owned()),
        Just("Ja: Eva Lund (C), Åsa Öberg (V)".to_owned()),
        Just("Summa   3   2  0".to_owned()),
        Just("3 JA 2 NEJ".to_owned()),
        Just("Beslutande".to_owned()),
        Just("Eva Lund (C) ersätter Per Ek (M) §§ 12-14, ej § 13".to_owned()),
        Just("Anna Berg (S) tjänstgör från § 5".to_owned()),
        Just("\u{c}".to_owned()),
        Just(String::new()),
        "[a-zåäöA-ZÅÄÖ§0-9 .,:/\\-–\u{a0}\u{ad}]{0,40}",
    ];
    prop::collection::vec(line, 0..40).prop_map(|v| v.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn parse_is_total_on_protocol_like_text(text in protocolish()) {
        check(&text)?;
    }

    #[test]
    fn parse_is_total_on_any_string(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn parse_is_total_on_mangled_seeds(cut in 0usize..2760, dup in 0usize..60, crlf in any::<bool>()) {
        let mut text = seed("004_cb73796813b91dbf.txt");
        if crlf {
            text = text.replace('\n', "\r\n");
        }
        let mut lines: Vec<&str> = text.split_inclusive('\n').collect();
        let n = lines.len();
        if n > 0 {
            let l = lines[dup % n];
            lines.insert(dup % n, l);
        }
        let joined: String = lines.concat();
        let cut = (0..=cut.min(joined.len())).rev().find(|&c| joined.is_char_boundary(c)).unwrap_or(0);
        check(&joined[..cut])?;
    }
}

/// Kind evidence: clues with spans, a note when they conflict (a full
/// protocol whose page header says "Utdrag ur sammanträdesprotokoll").
#[test]
fn kind_evidence_has_spans_and_notes_conflicts() {
    let text = "Utdrag ur sammanträdesprotokoll\nKommunstyrelsen\nSammanträdesdatum 2021-03-02\n\n\
                Beslutande\nAnna Berg (S), ordförande\n\n\
                § 1\nVal av justerare\n\nBeslut\nPer Ek utses att justera.\n\n\
                § 2\nBudget\n\nBeslut\nBudgeten antas.\n\n\
                § 3\nRapport\n\nBeslut\nRapporten noteras.\n\n\
                § 4\nAvslutning\n\nBeslut\nMötet avslutas.\n";
    let doc = parse(text);
    assert_eq!(doc.kind, DocumentKind::Protokoll);
    let clues: Vec<&str> = doc.kind_evidence.iter().map(|e| e.clue).collect();
    assert!(
        clues.contains(&"extract_word")
            && clues.contains(&"paragraph_heading")
            && clues.contains(&"front_page_label"),
        "{clues:?}"
    );
    for e in &doc.kind_evidence {
        assert!(
            text.get(e.span.range()).is_some_and(|s| !s.is_empty()),
            "{e:?}"
        );
    }
    let extract = doc
        .kind_evidence
        .iter()
        .find(|e| e.clue == "extract_word")
        .unwrap();
    assert_eq!(&text[extract.span], "Utdrag ur sammanträdesprotokoll");
    assert!(doc
        .diagnostics
        .iter()
        .any(|d| d.code == "kind_evidence_conflict" && d.span == extract.span));
    // One clue only: a weak decision is noted.
    let doc = parse("TJÄNSTESKRIVELSE\n\nNågot om parkering.\n");
    assert_eq!(doc.kind, DocumentKind::Tjansteskrivelse);
    assert!(doc
        .diagnostics
        .iter()
        .any(|d| d.code == "kind_evidence_weak"));
}

/// A kallelse's meeting time and place, from `Tid`/`Plats` labels or a
/// combined `Tid och plats` value.
#[test]
fn meeting_time_and_place() {
    let doc = parse("KALLELSE\nBarn- och ungdomsnämnden\n\nTid: Tisdag 22 oktober 2019 kl. 13.15\nPlats: Sammanträdesrummet Forsen, kommunhuset\n\n1 Val av justerare\n2 Budget\n");
    assert_eq!(doc.kind, DocumentKind::Kallelse);
    assert_eq!(
        doc.meeting_date.map(|d| d.to_string()).as_deref(),
        Some("2019-10-22")
    );
    assert_eq!(doc.meeting_time.as_deref(), Some("13:15"));
    assert_eq!(
        doc.meeting_place.as_deref(),
        Some("Sammanträdesrummet Forsen, kommunhuset")
    );
    let doc = parse("KALLELSE TILL KOMMUNFULLMÄKTIGE\n\nTid och plats: Torsdagen den 17 september 1998 kl 19.00 i Medborgarhuset, Gransjö\n\n1. Upprop\n2. Val av justerare\n");
    assert_eq!(doc.meeting_time.as_deref(), Some("19:00"));
    assert_eq!(
        doc.meeting_place.as_deref(),
        Some("Medborgarhuset, Gransjö")
    );
    let doc = parse("Kommunfullmäktige\nSAMMANTRÄDESPROTOKOLL\n\nPlats och tid   Folkets hus, Stora salen, kl 18.30–21.05\n\n§ 1\nVal av justerare\n");
    assert_eq!(doc.meeting_time.as_deref(), Some("18:30–21:05"));
    assert_eq!(
        doc.meeting_place.as_deref(),
        Some("Folkets hus, Stora salen")
    );
    // Reflowed: the value under the label, wrapped after a comma.
    let doc = parse("Socialnämnden\nSAMMANTRÄDESPROTOKOLL\n\nTid och plats\nOnsdag 18 november 2020, klockan 13.15–16.40, Stora rummet,\nRådhuset, Hammarsund\n\n§ 1\nVal av justerare\n");
    assert_eq!(doc.meeting_time.as_deref(), Some("13:15–16:40"));
    assert_eq!(
        doc.meeting_place.as_deref(),
        Some("Stora rummet, Rådhuset, Hammarsund")
    );
}

/// Regression: a § line that starts with a no-break space put the kind
/// evidence's span in the middle of `§` (found by the property test).
#[test]
fn evidence_span_of_an_indented_paragraph_heading() {
    let text = "\u{a0}§0\u{a0}A";
    let doc = parse(text);
    for e in &doc.kind_evidence {
        assert!(text.get(e.span.range()).is_some(), "{e:?}");
    }
    for d in &doc.diagnostics {
        assert!(text.get(d.span.range()).is_some(), "{d:?}");
    }
}

/// Regression (fuzz crash, fixtures/regressions/fuzz-parse-label-evidence.input):
/// the evidence of a front-page label on a later line was offset twice —
/// the first pass's label spans are absolute already.
#[test]
fn fuzz_regression_label_evidence_span() {
    let path = format!(
        "{}/fixtures/regressions/fuzz-parse-label-evidence.input",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = String::from_utf8(std::fs::read(path).unwrap()).unwrap();
    check(&text).unwrap();
}

/// Regression (fuzz crash, fixtures/regressions/fuzz-parse-bytes-long-label-row.input,
/// bytes decoded as the CLI reads them): a label row whose text is at most
/// 200 bytes but whose row, blanks included, is over 300 was classed as one
/// column of label and value by the first pass and read again by `labels`
/// from the cache's fallback, so the two disagreed (a debug assertion in
/// `Classified::cached_class`; in release, a class that depended on the
/// cache's budget).
#[cfg(feature = "encoding")]
#[test]
fn fuzz_regression_long_label_row() {
    let path = format!(
        "{}/fixtures/regressions/fuzz-parse-bytes-long-label-row.input",
        env!("CARGO_MANIFEST_DIR")
    );
    let bytes = std::fs::read(path).unwrap();
    let decoded = kommuntext::decode(&bytes);
    check(&decoded.text).unwrap();
}

/// "Att jämte ordföranden justera protokollet utses X": without a heading
/// or a lead-in, an "Att" line with its own passive decision verb is one
/// sentence and keeps its "Att"; after a lead-in, "att X utses …" is an
/// att-clause as always.
#[test]
fn an_inverted_att_sentence_is_not_an_att_clause() {
    let text = "§ 1 Val av justerare\n\nAtt jämte ordföranden justera dagens protokoll utses\nSven Olsson (c).\n\n\
                § 2 Val av ordförande\n\nKommunfullmäktige beslutar\natt Eva Lind utses till ordförande.\n\n\
                § 3 Rapport\n\natt lägga rapporten till handlingarna\n";
    let doc = parse(text);
    assert_eq!(doc.paragraphs.len(), 3, "{:?}", doc.paragraphs);
    let item = |i: usize| {
        doc.paragraphs[i]
            .decisions
            .first()
            .map(|d| d.items[0].text.to_string())
    };
    let first = item(0).unwrap();
    assert!(first.starts_with("Att jämte ordföranden"), "{first}");
    assert_eq!(
        &text[doc.paragraphs[0].decisions[0].items[0].span][..3],
        "Att"
    );
    let second = item(1).unwrap();
    assert!(second.starts_with("Eva Lind utses"), "{second}");
    // No verb of its own and no lead-in: not read as a decision.
    assert_eq!(item(2), None);
}
