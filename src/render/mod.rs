//! Output: rows as an aligned table, CSV or JSON Lines. Data goes to the
//! writer given (standard output); nothing here logs or decides what to show.

use std::io::Write;

pub mod dot;

use serde::Serialize;
use serde_json::{Map, Value};

/// Output format of result rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// An aligned text table for people.
    #[default]
    Table,
    /// CSV with a header row.
    Csv,
    /// JSON Lines: one JSON object per row.
    Json,
}

/// Turn serialisable rows into JSON objects (field order kept).
pub fn to_objects<T: Serialize>(rows: &[T]) -> std::io::Result<Vec<Map<String, Value>>> {
    rows.iter()
        .map(|r| match serde_json::to_value(r)? {
            Value::Object(m) => Ok(m),
            other => Ok(Map::from_iter([("value".to_string(), other)])),
        })
        .collect()
}

/// A cell as text: strings bare, lists joined with `;`, floats with
/// `decimals` decimals in tables (`None`: as they are, for CSV).
fn cell(v: &Value, decimals: Option<usize>) -> String {
    match (v, decimals) {
        (Value::Null, _) => String::new(),
        (Value::String(s), _) => s.clone(),
        (Value::Number(n), Some(d)) if n.is_f64() => format!("{:.*}", d, n.as_f64().unwrap_or(0.0)),
        (Value::Array(items), _) => items.iter().map(|i| cell(i, decimals)).collect::<Vec<_>>().join(";"),
        (other, _) => other.to_string(),
    }
}

/// The decimals a table shows a column's floats with: two, or, in a column
/// of fractions (0 to 1), three when every one has three at most and one
/// needs three (thresholds of 0.9 and 0.905 show as 0.900 and 0.905;
/// similarities of 0.9214 as 0.92; sums of money keep two).
fn column_decimals<'a>(values: impl Iterator<Item = &'a Value>) -> usize {
    let floats: Vec<f64> = values.filter(|v| v.is_f64()).filter_map(Value::as_f64).collect();
    let exact = |x: f64, scale: f64| ((x * scale).round() - x * scale).abs() < 1e-9;
    let fractions = floats.iter().all(|x| x.abs() <= 1.0);
    let three = fractions && floats.iter().all(|&x| exact(x, 1000.0)) && floats.iter().any(|&x| !exact(x, 100.0));
    if three { 3 } else { 2 }
}

/// Write rows in the chosen format. An empty table prints `(no rows)` to
/// the writer in table format; CSV has its header row even with no row (the
/// columns of `T::default()`), for the scripts that read it.
pub fn write_rows<T: Serialize + Default>(out: &mut dyn Write, format: Format, rows: &[T]) -> std::io::Result<()> {
    let objects = to_objects(rows)?;
    let headers: Vec<String> = match objects.first() {
        Some(first) => first.keys().cloned().collect(),
        None => to_objects(&[T::default()])?.first().map(|r| r.keys().cloned().collect()).unwrap_or_default(),
    };
    write_objects_with(out, format, &headers, &objects)
}

/// Write JSON objects as rows; the columns are the first row's keys.
pub fn write_objects(out: &mut dyn Write, format: Format, rows: &[Map<String, Value>]) -> std::io::Result<()> {
    let headers: Vec<String> = rows.first().map(|r| r.keys().cloned().collect()).unwrap_or_default();
    write_objects_with(out, format, &headers, rows)
}

/// Write JSON objects as rows under the columns `headers`.
fn write_objects_with(
    out: &mut dyn Write,
    format: Format,
    headers: &[String],
    rows: &[Map<String, Value>],
) -> std::io::Result<()> {
    match format {
        Format::Json => {
            for r in rows {
                serde_json::to_writer(&mut *out, r)?;
                out.write_all(b"\n")?;
            }
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(&mut *out);
            w.write_record(headers)?;
            for r in rows {
                w.write_record(headers.iter().map(|h| r.get(h).map(|v| cell(v, None)).unwrap_or_default()))?;
            }
            w.flush()?;
        }
        Format::Table => {
            if rows.is_empty() {
                return writeln!(out, "(no rows)");
            }
            let decimals: Vec<usize> =
                headers.iter().map(|h| column_decimals(rows.iter().filter_map(|r| r.get(h)))).collect();
            let cells: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    let cells = headers.iter().zip(&decimals);
                    cells.map(|(h, &d)| r.get(h).map(|v| cell(v, Some(d))).unwrap_or_default()).collect()
                })
                .collect();
            let numeric: Vec<bool> = headers
                .iter()
                .map(|h| rows.iter().all(|r| matches!(r.get(h), None | Some(Value::Null) | Some(Value::Number(_)))))
                .collect();
            write_aligned(out, headers, &cells, &numeric)?;
        }
    }
    Ok(())
}

/// An aligned text table: columns of numbers right-aligned, text left-aligned.
pub fn write_table(out: &mut dyn Write, headers: &[String], rows: &[Vec<String>]) -> std::io::Result<()> {
    let numeric: Vec<bool> = (0..headers.len())
        .map(|i| {
            rows.iter().all(|r| r[i].is_empty() || r[i].trim_start_matches('$').replace(',', "").parse::<f64>().is_ok())
        })
        .collect();
    write_aligned(out, headers, rows, &numeric)
}

fn write_aligned(
    out: &mut dyn Write,
    headers: &[String],
    rows: &[Vec<String>],
    numeric: &[bool],
) -> std::io::Result<()> {
    use unicode_width::UnicodeWidthStr;
    let mut widths: Vec<usize> = headers.iter().map(|h| h.width()).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(c.width());
        }
    }
    let line = |cells: &[String]| {
        let mut s = String::new();
        for (i, c) in cells.iter().enumerate() {
            let pad = widths[i].saturating_sub(c.width());
            if i > 0 {
                s.push_str("  ");
            }
            if numeric[i] {
                s.push_str(&" ".repeat(pad));
                s.push_str(c);
            } else {
                s.push_str(c);
                if i + 1 < cells.len() {
                    s.push_str(&" ".repeat(pad));
                }
            }
        }
        s.truncate(s.trim_end().len());
        s
    };
    writeln!(out, "{}", line(headers))?;
    for r in rows {
        writeln!(out, "{}", line(r))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize, Default)]
    struct R {
        id: &'static str,
        value: f64,
        flags: Vec<&'static str>,
    }

    fn render(format: Format) -> String {
        let rows = [R { id: "E1", value: 1.5, flags: vec!["a", "b"] }, R { id: "Ж2", value: 10.0, flags: vec![] }];
        let mut out = Vec::new();
        write_rows(&mut out, format, &rows).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn formats_render_the_same_rows() {
        assert_eq!(render(Format::Csv), "id,value,flags\nE1,1.5,a;b\nЖ2,10.0,\n");
        assert_eq!(render(Format::Json).lines().next().unwrap(), r#"{"id":"E1","value":1.5,"flags":["a","b"]}"#);
        assert_eq!(render(Format::Table), "id  value  flags\nE1   1.50  a;b\nЖ2  10.00\n");
    }

    #[test]
    fn a_column_shows_three_decimals_when_one_needs_three_and_none_more() {
        let table = |values: &[f64]| {
            let rows: Vec<Map<String, Value>> =
                values.iter().map(|&v| Map::from_iter([("x".to_string(), Value::from(v))])).collect();
            let mut out = Vec::new();
            write_objects(&mut out, Format::Table, &rows).unwrap();
            String::from_utf8(out).unwrap()
        };
        assert_eq!(table(&[0.9, 0.905]), "    x\n0.900\n0.905\n");
        assert_eq!(table(&[0.905, 0.9214]), "   x\n0.91\n0.92\n");
        assert_eq!(table(&[0.9, 0.95]), "   x\n0.90\n0.95\n");
        // Money is shown in cents, even when a sum comes out in tenths of them.
        assert_eq!(table(&[12842036.69, 1.005]), "          x\n12842036.69\n       1.00\n");
    }
}
