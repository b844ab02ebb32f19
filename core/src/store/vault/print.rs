//! Printing a document (issue 8, part 2). The bytes to print are those the viewer already
//! holds from [`Session::read_document`]; what `core` adds is the record: printing is one of
//! the two plaintext exits a user can ask for (the OS print spool keeps a copy for a while),
//! so each print request is journaled as `document.printed` with the document's id, before
//! the print dialog opens.

use super::super::error::StoreError;
use super::super::ids::DocumentId;
use super::super::journal::Action;
use super::super::session::Session;

impl Session {
    /// Journals that a shared document is being printed (`document.printed`, the document's
    /// id). Same access rules as viewing it; a private document is refused (staff never hold
    /// its bytes).
    pub fn document_printed(&mut self, id: DocumentId) -> Result<(), StoreError> {
        let d = self.accessible(id)?;
        if d.private {
            return Err(StoreError::DocumentPrivate);
        }
        self.write_journaled(Action::DocumentPrinted, |_| Ok(((), Some(id.to_string()))))
    }
}

#[cfg(test)]
mod print_tests {
    use super::super::super::journal::JournalFilter;
    use super::super::super::session::Session;
    use super::super::super::test_desk::setup;
    use super::super::tests::{input, pdf, person_with_vault};
    use super::super::DocumentCategory;

    fn printed(s: &Session) -> Vec<crate::store::journal::Entry> {
        s.journal_query(&JournalFilter {
            action: Some("document.printed".into()),
            ..Default::default()
        })
        .unwrap()
        .0
    }

    #[test]
    fn a_print_is_journaled_with_the_document_id_and_never_its_title() {
        let (_d, mut s) = setup();
        let person = person_with_vault(&mut s, "Diallo");
        let added = s
            .add_document(
                person,
                &input("avis-imposition-2025.pdf", DocumentCategory::Impots),
                &pdf("IMPOT-31415"),
            )
            .unwrap();
        let id = added.document.id;
        s.document_printed(id).unwrap();
        s.document_printed(id).unwrap();
        let rows = printed(&s);
        assert_eq!(rows.len(), 2, "one row per print");
        assert_eq!(rows[0].record_id.as_deref(), Some(id.to_string().as_str()));
        let text = format!("{:?}", rows[0]);
        assert!(
            !text.contains("imposition"),
            "no title in the journal: {text}"
        );
    }

    #[test]
    fn printing_an_unknown_document_is_refused_and_not_journaled() {
        let (_d, mut s) = setup();
        let unknown = crate::store::ids::DocumentId::new();
        assert!(s.document_printed(unknown).is_err());
        assert!(printed(&s).is_empty());
    }
}
