//! The check-in journal: what it keeps (`record.rs`), how a check-in's
//! answers become a record and a status (`checkin.rs`, pure), storage
//! (`store/`, the only SQL), the trend verdict over it (`trend.rs`, pure),
//! and the export and import formats (`export.rs`; the FHIR Bundle read
//! back in `fhir.rs`).

pub mod checkin;
pub mod export;
pub mod fhir;
pub mod record;
pub mod store;
pub mod trend;

pub use store::{Journal, JournalError, ReplacedBaseline, StoredAssessment, StoredCheckIn};
