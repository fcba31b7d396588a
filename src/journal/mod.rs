//! The check-in journal: storage (`store.rs`, the only SQL), the trend
//! verdict over it (`trend.rs`, pure), and the export and import formats
//! (`export.rs`).

pub mod export;
pub mod store;
pub mod trend;

pub use store::{Journal, JournalError, StoredAssessment, StoredCheckIn};
