//! End-to-end harness for the real Passerelle app.
