//! Parsing and validation of typed cells. Each function returns the
//! normalised value, or a lowercase message saying what is wrong.

/// Normalise an HS code: `8542.31`, `854231`, `8542 31 00` become digits.
/// 2 to 10 digits once dots and spaces are removed.
pub fn normalize_hs(s: &str) -> Result<String, String> {
    let digits: String = s.chars().filter(|c| *c != '.' && *c != ' ').collect();
    if digits.is_empty() {
        return Err("empty HS code".into());
    }
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("{s:?} is not an HS code (digits and dots, e.g. 8542.31)"));
    }
    if !(2..=10).contains(&digits.len()) {
        return Err(format!("{s:?} is not an HS code: {} digits, expected 2 to 10", digits.len()));
    }
    Ok(digits)
}

/// Validate an ISO 8601 calendar date `YYYY-MM-DD` (a real day of a real month).
pub fn validate_date(s: &str) -> Result<(), String> {
    let b = s.as_bytes();
    let well_formed = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !well_formed {
        return Err(format!("{s:?} is not an ISO date (YYYY-MM-DD, e.g. 2023-04-01)"));
    }
    let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().unwrap_or(0);
    let (y, m, d) = (num(0..4), num(5..7), num(8..10));
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Err(format!("{s:?} has no month {m}")),
    };
    if d == 0 || d > days {
        return Err(format!("{s:?} is not a day of that month"));
    }
    Ok(())
}

/// Validate a statistics period: a year `2022` or a month `2022-03`.
pub fn validate_period(s: &str) -> Result<(), String> {
    let ok = match s.len() {
        4 => s.bytes().all(|b| b.is_ascii_digit()),
        7 => {
            s.as_bytes()[4] == b'-'
                && s[..4].bytes().all(|b| b.is_ascii_digit())
                && matches!(s[5..].parse::<u32>(), Ok(1..=12))
        }
        _ => false,
    };
    if ok { Ok(()) } else { Err(format!("{s:?} is not a period (a year such as 2022 or a month such as 2022-03)")) }
}

/// The largest amount a record may give (a trillion): more is a unit or
/// column mistake, and sums of such values would lose all precision.
pub const MAX_AMOUNT: f64 = 1e12;

/// Parse a non-negative finite amount (value, quantity, share) up to [`MAX_AMOUNT`].
pub fn parse_amount(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if v > MAX_AMOUNT => Err(format!(
            "{s} is more than 1e12, larger than any one shipment, flow or quantity: check the column and its unit"
        )),
        Ok(v) if v.is_finite() && v >= 0.0 => Ok(v),
        Ok(_) => Err(format!("{s} is negative or not finite; amounts must be 0 or more")),
        Err(_) => Err(format!("{s:?} is not a number (use digits and a dot, no thousands separators)")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hs_codes_are_normalised_to_digits() {
        assert_eq!(normalize_hs("8542.31").unwrap(), "854231");
        assert_eq!(normalize_hs("8542.31.0000").unwrap(), "8542310000");
        assert_eq!(normalize_hs("85").unwrap(), "85");
        assert!(normalize_hs("8").is_err());
        assert!(normalize_hs("85423100001").is_err());
        assert!(normalize_hs("85A2").is_err());
        assert!(normalize_hs("").is_err());
    }

    #[test]
    fn dates_must_be_real_days() {
        assert!(validate_date("2024-02-29").is_ok());
        assert!(validate_date("2023-02-29").is_err());
        assert!(validate_date("2023-13-01").is_err());
        assert!(validate_date("2023-4-01").is_err());
        assert!(validate_date("01/04/2023").is_err());
        assert!(validate_date("2023-04-31").is_err());
    }

    #[test]
    fn periods_are_years_or_months() {
        assert!(validate_period("2022").is_ok());
        assert!(validate_period("2022-03").is_ok());
        assert!(validate_period("2022-13").is_err());
        assert!(validate_period("22").is_err());
    }

    #[test]
    fn amounts_are_non_negative_numbers() {
        assert_eq!(parse_amount("12.5").unwrap(), 12.5);
        assert!(parse_amount("-1").is_err());
        assert!(parse_amount("1,000").is_err());
        assert!(parse_amount("NaN").is_err());
        assert_eq!(parse_amount("1e12").unwrap(), 1e12);
        assert!(parse_amount("1e13").unwrap_err().contains("more than 1e12"));
    }
}
