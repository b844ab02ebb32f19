//! The recovery sheet as a PDF, rendered by `core::pdf` (one A4 page: the key as text and QR
//! code, plain instructions, the journal head).

use anyhow::Result;
use passerelle_core::store::seal::Anchor;
use passerelle_core::store::secret::RecoveryKey;

pub fn render(structure: &str, key: &RecoveryKey, head: &Anchor, lang: &str) -> Result<Vec<u8>> {
    let now = jiff::Zoned::now().datetime();
    let sheet = passerelle_core::pdf::RecoverySheet {
        structure_name: structure,
        created_at: now,
        recovery_key: key.expose_for_printing(),
        journal_head: (head.seq, head.hash.clone()),
        lang,
    };
    Ok(passerelle_core::pdf::recovery_sheet(&sheet)?)
}
