//! Scoring records on every core while writing results in input order, in
//! constant memory.
//!
//! A reader thread cuts the input into chunks of records; worker threads
//! score whole chunks into bytes; the calling thread writes the chunks back
//! in order. At most `IN_FLIGHT` chunks exist at any time (a chunk is
//! admitted only when one has been written), so memory does not grow with
//! the input. Without `--keep-going` the first bad record stops everything:
//! the results before it are written, nothing after it.

use std::collections::BTreeMap;
use std::io::{BufRead, Write};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, sync_channel};
use std::sync::{Arc, Mutex};

use super::records::{RawRecord, Reader};
use super::{RecordError, Scorer};

/// Records per chunk.
const CHUNK: usize = 256;

/// What a run of `score` came to.
#[derive(Debug, Default)]
pub struct Summary {
    /// Records read (scored or not).
    pub records: usize,
    /// The records that could not be scored (all of them with
    /// `--keep-going`, else the first), in input order.
    pub errors: Vec<RecordError>,
}

/// Why a run stopped early, other than a bad record.
#[derive(Debug)]
pub enum Failure {
    /// Reading the input failed.
    Read(std::io::Error),
    /// Writing the results failed.
    Write(std::io::Error),
}

/// A scored chunk: its bytes, where each record's bytes end, and the errors.
struct Done {
    seq: u64,
    bytes: Vec<u8>,
    ends: Vec<usize>,
    errors: Vec<(usize, RecordError)>,
}

/// Scores everything `reader` gives and writes the results to `out`.
/// `progress` is called after each chunk is written with the records so
/// far and the input bytes read.
pub fn run<R: BufRead + Send>(
    reader: Reader<R>,
    scorer: &Scorer<'_>,
    keep_going: bool,
    out: &mut impl Write,
    progress: &dyn Fn(usize, u64),
) -> Result<Summary, Failure> {
    let workers = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .clamp(1, 8);
    let in_flight = workers * 4;
    let stop = AtomicBool::new(false);
    let bytes_read = AtomicU64::new(0);
    let mut summary = Summary::default();

    std::thread::scope(|s| {
        let (work_tx, work_rx) = sync_channel::<(u64, Vec<RawRecord>)>(in_flight);
        let (done_tx, done_rx) = sync_channel::<Done>(in_flight);
        // Tokens: a chunk may be read only when one is free.
        let (token_tx, token_rx) = sync_channel::<()>(in_flight);
        for _ in 0..in_flight {
            let _ = token_tx.send(());
        }
        let work_rx = Arc::new(Mutex::new(work_rx));

        let reading = {
            let stop = &stop;
            let bytes_read = &bytes_read;
            s.spawn(move || -> Result<(), std::io::Error> {
                let mut reader = reader;
                let mut seq = 0;
                loop {
                    if token_rx.recv().is_err() || stop.load(Ordering::Relaxed) {
                        return Ok(());
                    }
                    let mut chunk = Vec::with_capacity(CHUNK);
                    while chunk.len() < CHUNK {
                        match reader.next_record()? {
                            Some(r) => chunk.push(r),
                            None => break,
                        }
                    }
                    bytes_read.store(reader.bytes_read(), Ordering::Relaxed);
                    if chunk.is_empty() || work_tx.send((seq, chunk)).is_err() {
                        return Ok(());
                    }
                    seq += 1;
                }
            })
        };

        for _ in 0..workers {
            let work_rx = Arc::clone(&work_rx);
            let done_tx = done_tx.clone();
            s.spawn(move || work(&work_rx, &done_tx, scorer, keep_going));
        }
        drop(done_tx);

        // Write the chunks in order.
        let mut waiting: BTreeMap<u64, Done> = BTreeMap::new();
        let mut next = 0;
        let mut failure = None;
        for done in &done_rx {
            waiting.insert(done.seq, done);
            while let Some(done) = waiting.remove(&next) {
                next += 1;
                let _ = token_tx.send(());
                if stop.load(Ordering::Relaxed) {
                    continue;
                }
                let written = match done.errors.first().filter(|_| !keep_going) {
                    // Up to the first bad record, which ends the run.
                    Some((i, e)) => {
                        summary.records += i + 1;
                        summary.errors.push(e.clone());
                        stop.store(true, Ordering::Relaxed);
                        let end = if *i == 0 { 0 } else { done.ends[i - 1] };
                        out.write_all(&done.bytes[..end])
                    }
                    None => {
                        summary.records += done.ends.len();
                        summary
                            .errors
                            .extend(done.errors.into_iter().map(|(_, e)| e));
                        out.write_all(&done.bytes)
                    }
                };
                if let Err(e) = written {
                    failure = Some(Failure::Write(e));
                    stop.store(true, Ordering::Relaxed);
                }
                progress(summary.records, bytes_read.load(Ordering::Relaxed));
            }
        }
        drop(token_tx);
        let read = reading.join().unwrap_or_else(|_| {
            Err(std::io::Error::other(crate::words::t(
                "error-reading-stopped",
            )))
        });
        match (failure, read) {
            (Some(f), _) => Err(f),
            (None, Err(e)) => Err(Failure::Read(e)),
            (None, Ok(())) => Ok(()),
        }
    })?;
    out.flush().map_err(Failure::Write)?;
    Ok(summary)
}

/// A worker: scores chunks until there are none.
fn work(
    work_rx: &Mutex<Receiver<(u64, Vec<RawRecord>)>>,
    done_tx: &std::sync::mpsc::SyncSender<Done>,
    scorer: &Scorer<'_>,
    keep_going: bool,
) {
    loop {
        let job = match work_rx.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        let Ok((seq, chunk)) = job else { return };
        let mut bytes = Vec::with_capacity(chunk.len() * 512);
        let mut ends = Vec::with_capacity(chunk.len());
        let mut errors = Vec::new();
        for (i, record) in chunk.iter().enumerate() {
            if let Err(e) = scorer.score_into(record, &mut bytes) {
                if keep_going {
                    scorer.error_into(record, &e, &mut bytes);
                }
                errors.push((i, e));
            }
            ends.push(bytes.len());
        }
        if done_tx
            .send(Done {
                seq,
                bytes,
                ends,
                errors,
            })
            .is_err()
        {
            return;
        }
    }
}
