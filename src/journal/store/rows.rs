//! Reading and writing the journal's rows: the baseline and the check-ins,
//! one transaction per write, one check-in per date.

use jiff::civil::Date;
use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior, params};

use super::file::retry_busy;
use super::{Journal, JournalError, ReplacedBaseline, StoredAssessment, StoredCheckIn, sqlite};
use crate::journal::record::{CheckIn, RecordedAssessment};

impl Journal {
    /// Whether there is a check-in for this date.
    pub fn has_checkin(&self, date: Date) -> Result<bool, JournalError> {
        self.conn
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM checkins WHERE date = ?1)",
                [date.to_string()],
                |r| r.get(0),
            )
            .map_err(|e| sqlite(&self.path, e))
    }

    /// Adds one check-in, in its own transaction. There is one check-in per
    /// date: with `replace`, one already there for the date is replaced;
    /// without, it is an error and nothing changes. Returns whether one was
    /// replaced.
    pub fn add_checkin(
        &mut self,
        c: &StoredCheckIn,
        recorded_at: &str,
        replace: bool,
    ) -> Result<bool, JournalError> {
        let _writing = crate::interrupt::Writing::start();
        let date = c.checkin.date.to_string();
        let path = self.path.clone();
        let outcome = retry_busy(|| {
            // IMMEDIATE takes the write lock before looking, so two runs for
            // one date cannot both find it free.
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)?;
            let taken: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM checkins WHERE date = ?1)",
                [&date],
                |r| r.get(0),
            )?;
            if taken && !replace {
                return Ok(None);
            }
            if taken {
                tx.execute("DELETE FROM checkins WHERE date = ?1", [&date])?;
            }
            insert_checkin(&tx, c, recorded_at)?;
            tx.commit()?;
            Ok(Some(taken))
        })
        .map_err(|e| sqlite(&path, e))?;
        outcome.ok_or(JournalError::DateTaken {
            path,
            date: c.checkin.date,
        })
    }

    /// Keeps `a` as the starting point. An earlier one is not lost: it is
    /// kept, in the same transaction, with the time it was replaced.
    /// Returns the one replaced, if any.
    pub fn set_baseline(
        &self,
        a: &StoredAssessment,
        recorded_at: &str,
    ) -> Result<Option<StoredAssessment>, JournalError> {
        let _writing = crate::interrupt::Writing::start();
        let previous = self.baseline()?;
        retry_busy(|| {
            let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
            tx.execute(
                "INSERT INTO replaced_baselines (date, pain, activity_limits, pain_duration,
                     verdict, answers, content_id, content_version, recorded_at, replaced_at)
                 SELECT date, pain, activity_limits, pain_duration, verdict, answers, content_id,
                     content_version, recorded_at, ?1
                 FROM baseline WHERE id = 1",
                [recorded_at],
            )?;
            insert_baseline(&tx, a, recorded_at)?;
            tx.commit()
        })
        .map_err(|e| sqlite(&self.path, e))?;
        Ok(previous)
    }

    /// The starting points that were replaced, oldest first.
    pub fn replaced_baselines(&self) -> Result<Vec<ReplacedBaseline>, JournalError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT date, pain, pain_duration, verdict, answers, content_id, content_version,
                        activity_limits, replaced_at
                 FROM replaced_baselines ORDER BY replaced_at, id",
            )
            .map_err(|e| sqlite(&self.path, e))?;
        let rows = stmt
            .query_map([], |r| Ok((baseline_row(r)?, r.get::<_, String>(8)?)))
            .map_err(|e| sqlite(&self.path, e))?;
        let mut out = Vec::new();
        for row in rows {
            let (row, replaced_at) = row.map_err(|e| sqlite(&self.path, e))?;
            out.push(ReplacedBaseline {
                baseline: self.stored_baseline(row)?,
                replaced_at,
            });
        }
        Ok(out)
    }

    /// Takes away the check-in of a date; false when there is none.
    pub fn delete_checkin(&self, date: Date) -> Result<bool, JournalError> {
        let _writing = crate::interrupt::Writing::start();
        retry_busy(|| {
            self.conn
                .execute("DELETE FROM checkins WHERE date = ?1", [date.to_string()])
        })
        .map(|n| n > 0)
        .map_err(|e| sqlite(&self.path, e))
    }

    /// The starting point, if one was recorded.
    pub fn baseline(&self) -> Result<Option<StoredAssessment>, JournalError> {
        let row = self
            .conn
            .query_row(
                "SELECT date, pain, pain_duration, verdict, answers, content_id, content_version,
                        activity_limits
                 FROM baseline WHERE id = 1",
                [],
                baseline_row,
            )
            .optional()
            .map_err(|e| sqlite(&self.path, e))?;
        row.map(|row| self.stored_baseline(row)).transpose()
    }

    fn stored_baseline(&self, row: BaselineRow) -> Result<StoredAssessment, JournalError> {
        let (date, pain, pain_duration, verdict, answers, content_id, content_version, activity) =
            row;
        Ok(StoredAssessment {
            assessment: RecordedAssessment {
                date: self.date(&date)?,
                pain,
                activity_limits: activity,
                pain_duration,
                verdict,
            },
            answers: self.json(&answers)?,
            content_id,
            content_version,
        })
    }

    /// Every check-in, ordered by date, then by when it was added.
    pub fn checkins(&self) -> Result<Vec<StoredCheckIn>, JournalError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT date, pain, activity_limits, had_massage, massage_minutes, massage_kind,
                        side_effects, urgent, answers, content_id, content_version, warning_signs,
                        global_change, status, signs
                 FROM checkins ORDER BY date, id",
            )
            .map_err(|e| sqlite(&self.path, e))?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, u8>(1)?,
                    r.get::<_, u8>(2)?,
                    r.get::<_, Option<bool>>(3)?,
                    r.get::<_, Option<i64>>(4)?,
                    r.get::<_, Option<String>>(5)?,
                    r.get::<_, String>(6)?,
                    r.get::<_, bool>(7)?,
                    r.get::<_, String>(8)?,
                    r.get::<_, String>(9)?,
                    r.get::<_, String>(10)?,
                    r.get::<_, Option<bool>>(11)?,
                    r.get::<_, Option<String>>(12)?,
                    r.get::<_, Option<String>>(13)?,
                    r.get::<_, Option<String>>(14)?,
                ))
            })
            .map_err(|e| sqlite(&self.path, e))?;
        let mut out = Vec::new();
        for row in rows {
            let (
                date,
                pain,
                limits,
                massage,
                minutes,
                kind,
                effects,
                urgent,
                answers,
                cid,
                cver,
                warning_signs,
                rating,
                status,
                signs,
            ) = row.map_err(|e| sqlite(&self.path, e))?;
            let side_effects: Vec<String> =
                serde_json::from_str(&effects).map_err(|e| JournalError::BadValue {
                    path: self.path.clone(),
                    detail: value_words("side-effects", &effects, &e),
                })?;
            out.push(StoredCheckIn {
                checkin: CheckIn {
                    date: self.date(&date)?,
                    pain,
                    activity_limits: limits,
                    had_massage: massage,
                    massage_minutes: minutes,
                    massage_kind: kind,
                    side_effects,
                    warning_signs,
                    global_change: rating,
                    urgent,
                    status,
                    signs: match signs {
                        Some(text) => {
                            serde_json::from_str(&text).map_err(|e| JournalError::BadValue {
                                path: self.path.clone(),
                                detail: value_words("signs", &text, &e),
                            })?
                        }
                        None => Vec::new(),
                    },
                },
                answers: self.json(&answers)?,
                content_id: cid,
                content_version: cver,
            });
        }
        Ok(out)
    }

    /// Whether the journal holds nothing.
    pub fn is_empty(&self) -> Result<bool, JournalError> {
        let n: i64 = self
            .conn
            .query_row(
                "SELECT (SELECT count(*) FROM checkins) + (SELECT count(*) FROM baseline)",
                [],
                |r| r.get(0),
            )
            .map_err(|e| sqlite(&self.path, e))?;
        Ok(n == 0)
    }

    /// Adds a baseline and check-ins in one transaction: all or nothing.
    pub fn import(
        &mut self,
        baseline: Option<&StoredAssessment>,
        replaced: &[ReplacedBaseline],
        checkins: &[StoredCheckIn],
        recorded_at: &str,
    ) -> Result<(), JournalError> {
        let _writing = crate::interrupt::Writing::start();
        let path = self.path.clone();
        let tx = self.conn.transaction().map_err(|e| sqlite(&path, e))?;
        if let Some(b) = baseline {
            insert_baseline(&tx, b, recorded_at).map_err(|e| sqlite(&path, e))?;
        }
        for r in replaced {
            let b = &r.baseline;
            let a = &b.assessment;
            tx.execute(
                "INSERT INTO replaced_baselines (date, pain, activity_limits, pain_duration,
                     verdict, answers, content_id, content_version, recorded_at, replaced_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![
                    a.date.to_string(),
                    a.pain,
                    a.activity_limits,
                    a.pain_duration,
                    a.verdict,
                    b.answers.to_string(),
                    b.content_id,
                    b.content_version,
                    recorded_at,
                    r.replaced_at,
                ],
            )
            .map_err(|e| sqlite(&path, e))?;
        }
        for c in checkins {
            insert_checkin(&tx, c, recorded_at).map_err(|e| sqlite(&path, e))?;
        }
        tx.commit().map_err(|e| sqlite(&path, e))
    }

    fn date(&self, text: &str) -> Result<Date, JournalError> {
        crate::date::parse(text).ok_or_else(|| JournalError::BadValue {
            path: self.path.clone(),
            detail: crate::words::ta(
                "error-journal-value",
                &[
                    ("kind", "date".into()),
                    ("text", format!("{text:?}").into()),
                ],
            ),
        })
    }

    fn json(&self, text: &str) -> Result<serde_json::Value, JournalError> {
        serde_json::from_str(text).map_err(|e| JournalError::BadValue {
            path: self.path.clone(),
            detail: value_words("answers", "", &e),
        })
    }
}

pub(super) fn insert_checkin(
    conn: &Connection,
    c: &StoredCheckIn,
    recorded_at: &str,
) -> rusqlite::Result<()> {
    let k = &c.checkin;
    let effects = serde_json::to_string(&k.side_effects).unwrap_or_else(|_| "[]".into());
    conn.execute(
        "INSERT INTO checkins (date, pain, activity_limits, had_massage, massage_minutes,
             massage_kind, side_effects, urgent, answers, content_id, content_version, recorded_at,
             warning_signs, global_change, status, signs)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
        params![
            k.date.to_string(),
            k.pain,
            k.activity_limits,
            k.had_massage,
            k.massage_minutes,
            k.massage_kind,
            effects,
            k.urgent,
            c.answers.to_string(),
            c.content_id,
            c.content_version,
            recorded_at,
            k.warning_signs,
            k.global_change,
            k.status,
            serde_json::to_string(&k.signs).unwrap_or_else(|_| "[]".into()),
        ],
    )?;
    Ok(())
}

/// A baseline row as read: date, pain, pain duration, verdict, answers,
/// content id and version, activity limits.
type BaselineRow = (
    String,
    u8,
    Option<String>,
    String,
    String,
    String,
    String,
    Option<u8>,
);

fn baseline_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<BaselineRow> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
        r.get(6)?,
        r.get(7)?,
    ))
}

pub(super) fn insert_baseline(
    conn: &Connection,
    a: &StoredAssessment,
    recorded_at: &str,
) -> rusqlite::Result<()> {
    let r = &a.assessment;
    conn.execute(
        "INSERT OR REPLACE INTO baseline (id, date, pain, pain_duration, verdict, answers,
             content_id, content_version, recorded_at, activity_limits)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            r.date.to_string(),
            r.pain,
            r.pain_duration,
            r.verdict,
            a.answers.to_string(),
            a.content_id,
            a.content_version,
            recorded_at,
            r.activity_limits,
        ],
    )?;
    Ok(())
}

/// A stored value that cannot be read, in words: which, the value, and what
/// the JSON reader said.
fn value_words(kind: &str, text: &str, e: &serde_json::Error) -> String {
    crate::words::ta(
        "error-journal-value",
        &[
            ("kind", kind.into()),
            ("text", format!("{text:?}").into()),
            ("why", e.to_string().into()),
        ],
    )
}
