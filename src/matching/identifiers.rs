//! Identifiers as lists and suppliers write them (INN, OGRN, LEI, tax and
//! registration numbers): split into scheme and value, several to a field,
//! and normalised for comparison.

/// A scheme's name as written, lower case, in Latin letters (`inn` for
/// `ИНН`); none if empty.
fn scheme_name(s: &str) -> Option<String> {
    let s = s.trim().to_lowercase();
    let s = match s.as_str() {
        "инн" => "inn".to_string(),
        "огрн" => "ogrn".to_string(),
        "огрнип" => "ogrnip".to_string(),
        "кпп" => "kpp".to_string(),
        "окпо" => "okpo".to_string(),
        _ => s,
    };
    (!s.is_empty()).then_some(s)
}

/// The scheme a column (or JSON key) is named by, if it is named by one:
/// `inn`, `ИНН`, `LEI`, `Tax ID`, `tax_id`, `Registration No.`, `company
/// number`, as spreadsheets head them; lower case, words joined by `_`.
pub fn scheme_of_column(header: &str) -> Option<String> {
    let words: Vec<String> = header
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect();
    let key = words.join("_");
    let scheme = match key.as_str() {
        "tax_number" | "tax_id" | "tax_no" | "tax_id_no" | "tax_id_number" | "tax_code" | "tin" => "tax_number",
        "registration_number"
        | "registration_no"
        | "reg_no"
        | "reg_number"
        | "company_number"
        | "company_no"
        | "company_registration_number"
        | "registration" => "registration_number",
        _ => return scheme_name(&key).filter(|s| SCHEMES.contains(&s.as_str()) && s != "tax" && s != "reg"),
    };
    Some(scheme.to_string())
}

/// The identifiers of a field, each split into its scheme, if named, and
/// its value: separated by `;` or `,`, each as [`split_identifier`] reads
/// it, or several named in one run of words as Russian forms and
/// registers write them (`ИНН 7728792756 КПП 772801001`, `INN: 7728792756
/// OGRN: 1111832003018`, `ИНН/КПП 7728792756/772801001`).
pub fn identifiers_in(text: &str) -> Vec<(Option<String>, String)> {
    let mut out = Vec::new();
    for part in text.split([';', ',']).filter(|x| !x.trim().is_empty()) {
        match named_identifiers(part) {
            Some(pairs) => out.extend(pairs),
            None => {
                let (scheme, value) = split_identifier(part);
                out.push((scheme, value.to_string()));
            }
        }
    }
    out
}

/// The identifiers of a run of words that names two schemes or more
/// (`INN 7728792756 KPP 772801001`, `ИНН/КПП 7728792756/772801001`), each
/// with the value after its name; none for a run that names fewer.
fn named_identifiers(text: &str) -> Option<Vec<(Option<String>, String)>> {
    // A word that names schemes known (`inn`, `инн/кпп`), with a colon or not.
    let schemes = |w: &str| -> Option<Vec<String>> {
        let names: Option<Vec<String>> =
            w.split('/').map(|s| scheme_name(s).filter(|s| SCHEMES.contains(&s.as_str()))).collect();
        names.filter(|n| !n.is_empty())
    };
    let spaced = text.replace(':', " ");
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let named: usize = words.iter().filter_map(|w| schemes(w)).map(|s| s.len()).sum();
    if named < 2 {
        return None;
    }
    let mut out: Vec<(Option<String>, String)> = Vec::new();
    let mut pending: Vec<String> = Vec::new();
    // Whether the last value may go on (`7701 234 567`).
    let mut open = false;
    for w in words {
        if let Some(s) = schemes(w) {
            (pending, open) = (s, false);
        } else if w.chars().any(|c| c.is_ascii_digit()) {
            let values: Vec<&str> = w.split('/').collect();
            if pending.len() > 1 && values.len() == pending.len() {
                out.extend(pending.drain(..).zip(values).map(|(s, v)| (Some(s), v.to_string())));
                open = false;
            } else if let (true, Some(last)) = (pending.is_empty() && open, out.last_mut()) {
                last.1.push_str(w);
            } else {
                let scheme = (!pending.is_empty()).then(|| pending.remove(0));
                out.push((scheme, w.to_string()));
                (pending, open) = (Vec::new(), true);
            }
        }
    }
    Some(out)
}

/// An identifier as written, split into its scheme (lower case, `inn` for
/// `ИНН`), if it names one, and its value: `inn:7701234567`, `INN
/// 7701234567`, `ИНН: 7701234567`, `7701234567 (INN)`, or a bare value.
pub fn split_identifier<'a>(text: &'a str) -> (Option<String>, &'a str) {
    let text = text.trim();
    let scheme = scheme_name;
    let known = |s: &str| scheme(s).filter(|s| SCHEMES.contains(&s.as_str()));
    if let Some((s, v)) = text.split_once([':', '=']) {
        return (scheme(s), without_note(v.trim()));
    }
    if let Some(open) = text.rfind('(')
        && text.ends_with(')')
        && open > 0
    {
        // A note after a named number (`INN 7805592546 (Elprom LLC)`), or
        // the scheme after the number (`7701234567 (INN)`).
        let before = text[..open].trim();
        if let (Some(s), v) = split_identifier(before)
            && SCHEMES.contains(&s.as_str())
        {
            return (Some(s), v);
        }
        return (scheme(&text[open + 1..text.len() - 1]), before);
    }
    // A known scheme's name run into its number (`INN7701234567`, as
    // `ИНН7701234567` is read with the letters set aside).
    if let Some(cut) = text.find(|c: char| c.is_ascii_digit()).filter(|&i| i > 0)
        && let Some(s) = known(&text[..cut])
    {
        return (Some(s), &text[cut..]);
    }
    // A known scheme's name, then a value with a digit (`LEI 5299...`), or
    // a SWIFT code, of letters alone often (`SWIFT WXFDAEAD`); other
    // letters before a number are part of it (`HRB 123456`).
    if let Some((s, v)) = text.split_once(char::is_whitespace)
        && let Some(s) = scheme(s).filter(|s| SCHEMES.contains(&s.as_str()))
        && (v.chars().any(|c| c.is_ascii_digit())
            || (matches!(s.as_str(), "swift" | "bic")
                && matches!(v.trim().len(), 8 | 11)
                && v.trim().chars().all(|c| c.is_ascii_alphanumeric())))
    {
        // The word for a number after the scheme's name (`CR No. 2813066`,
        // `Registration Nr 123456`).
        // So is `ID` or `Code` after it (`Tax ID No. 7718989383`, as OFAC
        // writes it; `Tax Code 0101234567`).
        let after = |v: &'a str, words: &[&str]| -> &'a str {
            words
                .iter()
                .find_map(|w| {
                    let head = v.get(..w.len()).filter(|h| h.eq_ignore_ascii_case(w))?;
                    let rest = &v[head.len()..];
                    // A word of letters ends at a space (`VAT NO999999999MVA`
                    // is Norway's); one with a point or a sign may touch the number.
                    let ends =
                        if w.ends_with(|c: char| c.is_ascii_alphabetic()) { rest.starts_with(' ') } else { true };
                    (ends && !rest.trim().is_empty()).then(|| rest.trim())
                })
                .unwrap_or(v)
        };
        let v = after(v.trim(), &["id.", "id", "identification", "code"]);
        let v = after(v, &["no.", "no", "nr.", "nr", "number", "#", "№"]);
        return (Some(s), v);
    }
    (None, text)
}

/// Names of identifier schemes written before a number without a colon
/// (`INN 7701234567`, `CR No. 2813066`), lower case: Russia's, the
/// world's, and the company and tax numbers of Hong Kong (`CR`, `BRN`),
/// Turkey (`MERSIS`, `VKN`), the Emirates (`TRN`), Ukraine (`EDRPOU`),
/// Belarus (`UNP`), Kazakhstan (`BIN`, `IIN`) and India (`PAN`, `IEC`).
const SCHEMES: [&str; 30] = [
    "inn",
    "ogrn",
    "ogrnip",
    "kpp",
    "okpo",
    "lei",
    "imo",
    "mmsi",
    "vat",
    "ein",
    "duns",
    "swift",
    "bic",
    "tin",
    "tax",
    "reg",
    "crn",
    "brn",
    "uscc",
    "unp",
    "bin",
    "iin",
    "cr",
    "registration",
    "mersis",
    "vkn",
    "trn",
    "edrpou",
    "pan",
    "iec",
];

/// A value without a note in parentheses after it that holds no digit
/// (`7805592546 (Elprom)`).
fn without_note(v: &str) -> &str {
    match v.rfind('(') {
        Some(open) if open > 0 && v.ends_with(')') && !v[open..].chars().any(|c| c.is_ascii_digit()) => {
            v[..open].trim()
        }
        _ => v,
    }
}

/// A number a spreadsheet wrote as a decimal (`1650004741.0`) or in
/// scientific notation with every digit (`1.650004741E+09`), as its digits;
/// none for another value, or where the notation has lost digits.
pub fn spreadsheet_number(value: &str) -> Option<String> {
    let v = value.trim();
    if let Some((whole, zeros)) = v.split_once('.')
        && whole.len() >= 5
        && whole.bytes().all(|b| b.is_ascii_digit())
        && !zeros.is_empty()
        && zeros.bytes().all(|b| b == b'0')
    {
        return Some(whole.to_string());
    }
    let (mantissa, exponent) = v.split_once(['e', 'E'])?;
    let exponent: usize = exponent.strip_prefix('+').unwrap_or(exponent).parse().ok()?;
    let (first, rest) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{first}{rest}");
    let exact = first.len() == 1 && digits.bytes().all(|b| b.is_ascii_digit()) && digits.len() == exponent + 1;
    exact.then_some(digits)
}

/// Whether a value is a number in scientific notation (`1.65E+09`), as a
/// spreadsheet writes a long number in a cell not formatted as text.
pub fn in_scientific_notation(value: &str) -> bool {
    let v = value.trim();
    v.split_once(['e', 'E']).is_some_and(|(m, e)| {
        m.split_once('.').map_or(m.len() == 1, |(a, b)| a.len() == 1 && !b.is_empty())
            && m.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            && e.strip_prefix('+').unwrap_or(e).parse::<u32>().is_ok()
    })
}

/// Normalise an identifier value: letters and digits only, upper case.
pub fn normalize_identifier(value: &str) -> String {
    let value = spreadsheet_number(value).map_or(std::borrow::Cow::Borrowed(value), std::borrow::Cow::Owned);
    let v: String = value.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_uppercase()).collect();
    // An IMO ship number with its prefix or without (`IMO 9123456`, `9123456`).
    match v.strip_prefix("IMO") {
        Some(number) if number.len() == 7 && number.bytes().all(|b| b.is_ascii_digit()) => number.to_string(),
        _ => v,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_split_into_scheme_and_value() {
        let cases = [
            ("inn:7701234567", (Some("inn"), "7701234567")),
            ("INN 7701234567", (Some("inn"), "7701234567")),
            ("ИНН: 7701234567", (Some("inn"), "7701234567")),
            ("7701234567 (INN)", (Some("inn"), "7701234567")),
            ("LEI 529900T8BM49AURSDO55", (Some("lei"), "529900T8BM49AURSDO55")),
            ("IMO 9123456", (Some("imo"), "9123456")),
            ("7701234567", (None, "7701234567")),
            // Words without a digit are no scheme and value, and letters
            // that name no scheme are part of the number.
            ("HRB ABC", (None, "HRB ABC")),
            ("HRB 123456", (None, "HRB 123456")),
            // A SWIFT code of letters alone, of eight or eleven.
            ("SWIFT WXFDAEAD", (Some("swift"), "WXFDAEAD")),
            ("BIC WXFDAEADXXX", (Some("bic"), "WXFDAEADXXX")),
            ("SWIFT see bank", (None, "SWIFT see bank")),
            // The word for a number after the scheme is no part of it.
            ("CR No. 2813066", (Some("cr"), "2813066")),
            ("Tax ID No. 7718989383", (Some("tax"), "7718989383")),
            ("Tax ID 800149", (Some("tax"), "800149")),
            ("TAX CODE 0101234567", (Some("tax"), "0101234567")),
            ("PAN EACPA3965E", (Some("pan"), "EACPA3965E")),
            ("Tax Idaho 12", (Some("tax"), "Idaho 12")),
            ("CR No 2813066", (Some("cr"), "2813066")),
            ("CR 2813066", (Some("cr"), "2813066")),
            ("Registration Nr.2813066", (Some("registration"), "2813066")),
            ("MERSIS 0613-0759-7600-0001", (Some("mersis"), "0613-0759-7600-0001")),
            ("TRN 100234567800003", (Some("trn"), "100234567800003")),
            // Nor a word beginning so (`Nova`): the value as written.
            ("CR Nova 12", (Some("cr"), "Nova 12")),
            ("VAT NO999999999MVA", (Some("vat"), "NO999999999MVA")),
            // A known scheme's name run into the number, or given with `=`.
            ("INN1650004741", (Some("inn"), "1650004741")),
            ("OGRN1021602013971", (Some("ogrn"), "1021602013971")),
            ("inn=1650004741", (Some("inn"), "1650004741")),
            ("HRB123456", (None, "HRB123456")),
            // A note after the number is no part of it.
            ("INN: 7805592546 (Elprom)", (Some("inn"), "7805592546")),
            ("INN 7805592546 (Elprom LLC)", (Some("inn"), "7805592546")),
            ("7805592546 (Elprom LLC)", (Some("elprom llc"), "7805592546")),
        ];
        for (text, (scheme, value)) in cases {
            assert_eq!(split_identifier(text), (scheme.map(String::from), value), "{text}");
        }
    }

    #[test]
    fn columns_named_by_a_scheme() {
        for (header, scheme) in [
            ("INN", Some("inn")),
            ("ИНН", Some("inn")),
            ("Tax ID", Some("tax_number")),
            ("tax_id", Some("tax_number")),
            ("Registration No.", Some("registration_number")),
            ("Company number", Some("registration_number")),
            ("USCC", Some("uscc")),
            ("tax", None),
            ("name", None),
            ("taxonomy", None),
        ] {
            assert_eq!(scheme_of_column(header).as_deref(), scheme, "{header}");
        }
    }

    #[test]
    fn several_identifiers_named_in_one_field() {
        let pairs = |text: &str| -> Vec<(Option<String>, String)> { identifiers_in(text) };
        let named = |v: &[(&str, &str)]| -> Vec<(Option<String>, String)> {
            v.iter().map(|&(s, x)| (Some(s.to_string()), x.to_string())).collect()
        };
        let inn_kpp = named(&[("inn", "7728792756"), ("kpp", "772801001")]);
        assert_eq!(pairs("ИНН 7728792756 КПП 772801001"), inn_kpp);
        assert_eq!(pairs("ИНН/КПП 7728792756/772801001"), inn_kpp);
        assert_eq!(pairs("INN: 7728792756 KPP: 772801001"), inn_kpp);
        assert_eq!(
            pairs("ogrn 1111832003018 inn 1832090230"),
            named(&[("ogrn", "1111832003018"), ("inn", "1832090230")])
        );
        // A value written in groups goes on until the next scheme's name.
        assert_eq!(pairs("INN 7728 792 756 KPP 772801001"), named(&[("inn", "7728792756"), ("kpp", "772801001")]));
        // One scheme or none: as before, and `;` or `,` between them.
        assert_eq!(
            pairs("INN 7728792756; 1111832003018"),
            [(Some("inn".to_string()), "7728792756".to_string()), (None, "1111832003018".to_string())]
        );
        assert_eq!(pairs("HRB 123456"), [(None, "HRB 123456".to_string())]);
    }

    #[test]
    fn identifiers_keep_letters_and_digits() {
        assert_eq!(normalize_identifier("77-04 730655"), "7704730655");
        assert_eq!(normalize_identifier("hk-3141592"), "HK3141592");
        assert_eq!(normalize_identifier("IMO 9123456"), "9123456");
        assert_eq!(normalize_identifier("IMO12345678"), "IMO12345678");
        // Numbers a spreadsheet wrote as decimals or in scientific
        // notation, with every digit; not where digits were lost.
        assert_eq!(normalize_identifier("1650004741.0"), "1650004741");
        assert_eq!(normalize_identifier("1.650004741E+09"), "1650004741");
        assert_eq!(normalize_identifier("1.02160201E+12"), "102160201E12");
        assert!(in_scientific_notation("1.02160201E+12") && in_scientific_notation("1E+12"));
        assert!(!in_scientific_notation("HK1E5") && !in_scientific_notation("7701234567"));
        assert_eq!(normalize_identifier("12.0"), "120");
    }
}
