//! Reading and writing the journal's rows: the baseline and the check-ins,
//! one transaction per write, one check-in per date.

use jiff::civil::Date;
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};

use super::file::retry_busy;
use super::{Journal, JournalError, StoredAssessment, StoredCheckIn, sqlite};
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

    /// Sets the baseline; returns the date of the one it replaced.
    pub fn set_baseline(
        &self,
        a: &StoredAssessment,
        recorded_at: &str,
    ) -> Result<Option<Date>, JournalError> {
        let previous = self.baseline()?.map(|b| b.assessment.date);
        retry_busy(|| insert_baseline(&self.conn, a, recorded_at))
            .map_err(|e| sqlite(&self.path, e))?;
        Ok(previous)
    }

    /// The recorded assessment, if any.
    pub fn baseline(&self) -> Result<Option<StoredAssessment>, JournalError> {
        let row = self
            .conn
            .query_row(
                "SELECT date, pain, pain_duration, verdict, answers, content_id, content_version,
                        activity_limits
                 FROM baseline WHERE id = 1",
                [],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, u8>(1)?,
                        r.get::<_, Option<String>>(2)?,
                        r.get::<_, String>(3)?,
                        r.get::<_, String>(4)?,
                        r.get::<_, String>(5)?,
                        r.get::<_, String>(6)?,
                        r.get::<_, Option<u8>>(7)?,
                    ))
                },
            )
            .optional()
            .map_err(|e| sqlite(&self.path, e))?;
        let Some((
            date,
            pain,
            pain_duration,
            verdict,
            answers,
            content_id,
            content_version,
            activity,
        )) = row
        else {
            return Ok(None);
        };
        Ok(Some(StoredAssessment {
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
        }))
    }

    /// Every check-in, ordered by date, then by when it was added.
    pub fn checkins(&self) -> Result<Vec<StoredCheckIn>, JournalError> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT date, pain, activity_limits, had_massage, massage_minutes, massage_kind,
                        side_effects, urgent, answers, content_id, content_version, warning_signs,
                        global_change
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
                signs,
                rating,
            ) = row.map_err(|e| sqlite(&self.path, e))?;
            let side_effects: Vec<String> =
                serde_json::from_str(&effects).map_err(|e| JournalError::BadValue {
                    path: self.path.clone(),
                    detail: format!("side effects {effects:?}: {e}"),
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
                    warning_signs: signs,
                    global_change: rating,
                    urgent,
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
        checkins: &[StoredCheckIn],
        recorded_at: &str,
    ) -> Result<(), JournalError> {
        let path = self.path.clone();
        let tx = self.conn.transaction().map_err(|e| sqlite(&path, e))?;
        if let Some(b) = baseline {
            insert_baseline(&tx, b, recorded_at).map_err(|e| sqlite(&path, e))?;
        }
        for c in checkins {
            insert_checkin(&tx, c, recorded_at).map_err(|e| sqlite(&path, e))?;
        }
        tx.commit().map_err(|e| sqlite(&path, e))
    }

    fn date(&self, text: &str) -> Result<Date, JournalError> {
        crate::date::parse(text).ok_or_else(|| JournalError::BadValue {
            path: self.path.clone(),
            detail: format!("date {text:?}"),
        })
    }

    fn json(&self, text: &str) -> Result<serde_json::Value, JournalError> {
        serde_json::from_str(text).map_err(|e| JournalError::BadValue {
            path: self.path.clone(),
            detail: format!("answers: {e}"),
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
             warning_signs, global_change)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
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
        ],
    )?;
    Ok(())
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
