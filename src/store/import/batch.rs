//! Validated rows in transit from the validating thread to the writing one.

use std::borrow::Cow;

use super::rows::{Bind, EntityChildren};
use crate::model::RecordKind;

/// What the validating thread needs to know about the file.
pub(super) struct FileContext<'a> {
    pub(super) name: &'a str,
    pub(super) kind: RecordKind,
    pub(super) idx: Vec<Option<usize>>,
    pub(super) header_len: usize,
    pub(super) file_id: i64,
    pub(super) file_index: u32,
    pub(super) bulk: bool,
    /// Where the file's lines end, for the line of a record.
    pub(super) starts: crate::store::unix_lines::LineStarts,
}

/// Rows per batch sent to the writing thread.
pub(super) const BATCH_ROWS: usize = 4096;

/// Validated rows in transit to the writing thread, their text in one buffer.
#[derive(Default)]
pub(super) struct Batch {
    pub(super) text: String,
    pub(super) binds: Vec<OwnedBind>,
    pub(super) rows: Vec<BatchRow>,
}

pub(super) struct BatchRow {
    /// End of this row's values in `Batch::binds` (the start is the previous row's end).
    pub(super) binds_end: usize,
    /// For entities: the id and the aliases, identifiers and lists to write.
    pub(super) children: Option<(String, EntityChildren)>,
}

/// A [`Bind`] whose text lives in `Batch::text` (byte range).
pub(super) enum OwnedBind {
    Null,
    Text(usize, usize),
    Real(f64),
    Int(i64),
}

impl OwnedBind {
    pub(super) fn as_bind<'b>(&self, text: &'b str) -> Bind<'b> {
        match *self {
            OwnedBind::Null => Bind::Null,
            OwnedBind::Text(a, b) => Bind::Text(Cow::Borrowed(&text[a..b])),
            OwnedBind::Real(v) => Bind::Real(v),
            OwnedBind::Int(v) => Bind::Int(v),
        }
    }
}

impl Batch {
    pub(super) fn push(&mut self, values: Vec<Bind<'_>>, children: Option<(String, EntityChildren)>) {
        for v in values {
            let owned = match v {
                Bind::Null => OwnedBind::Null,
                Bind::Text(t) => {
                    let start = self.text.len();
                    self.text.push_str(&t);
                    OwnedBind::Text(start, self.text.len())
                }
                Bind::Real(v) => OwnedBind::Real(v),
                Bind::Int(v) => OwnedBind::Int(v),
            };
            self.binds.push(owned);
        }
        self.rows.push(BatchRow { binds_end: self.binds.len(), children });
    }
}
