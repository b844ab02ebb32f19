//! Typed record ids: UUIDv7 (time-ordered, unique across installations). Every row also
//! carries the [`InstallationId`] of the installation that created it, so data can later be
//! consolidated or moved without renumbering.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use uuid::Uuid;

macro_rules! typed_id {
    ($(#[$m:meta])* $name:ident) => {
        $(#[$m])*
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(Uuid);

        impl $name {
            /// A new time-ordered id.
            pub fn new() -> Self {
                Self(Uuid::now_v7())
            }
            pub fn as_uuid(&self) -> &Uuid {
                &self.0
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, concat!(stringify!($name), "({})"), self.0)
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self)
            }
        }

        impl rusqlite::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(rusqlite::types::ToSqlOutput::from(self.0.to_string()))
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(v: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                let s = v.as_str()?;
                Uuid::parse_str(s)
                    .map(Self)
                    .map_err(|e| rusqlite::types::FromSqlError::Other(Box::new(e)))
            }
        }
    };
}

typed_id!(
    /// One installation (one data folder on one PC in this version).
    InstallationId
);
typed_id!(
    /// A staff member (coordinator, mediator, volunteer).
    StaffId
);
typed_id!(
    /// A place of activity of the structure.
    PlaceId
);
typed_id!(
    /// A person supported by the centre (named or anonymous).
    PersonId
);
typed_id!(
    /// One merge of two person records (kept to undo it).
    MergeId
);
typed_id!(
    /// An individual support session.
    SupportSessionId
);
typed_id!(
    /// One consent given by a person (or their guardian).
    ConsentId
);
typed_id!(
    /// A group workshop.
    WorkshopId
);
typed_id!(
    /// A next step or appointment planned with a person.
    FollowUpId
);
typed_id!(
    /// A partner service of the centre's directory.
    PartnerId
);
typed_id!(
    /// A label the centre defined for its sessions and workshops.
    TagId
);
typed_id!(
    /// A document of the vault.
    DocumentId
);
typed_id!(
    /// A generic record, for journal entries about records of later issues.
    RecordId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_v7_and_ordered() {
        let a = StaffId::new();
        let b = StaffId::new();
        assert_eq!(a.as_uuid().get_version_num(), 7);
        assert!(a <= b);
        assert_eq!(a.to_string().parse::<StaffId>().unwrap(), a);
    }
}
