//! Desk adapter of the activity dashboard: a period and filters in, every figure out (the
//! statistics module owns what the figures mean).

use crate::desk::{api, Desk};
use passerelle_api::stats::{Statistics, StatsQuery};
use passerelle_api::ApiError;

impl Desk {
    /// The figures of one period; the dashboard asks twice to compare with the previous one.
    pub fn statistics(&mut self, query: &StatsQuery) -> Result<Statistics, ApiError> {
        self.session_mut()?.statistics(query).map_err(api)
    }
}
