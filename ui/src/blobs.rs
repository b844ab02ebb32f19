//! Every object URL (`blob:`) the screens make for decrypted bytes — thumbnails, an image in
//! the viewer, PDF pages prepared for printing — goes through here, so a lock can revoke them
//! all at once before the page reloads (issue 8, part 4). A URL is revoked by whoever made it
//! when it leaves the screen; this registry is the backstop.

use std::cell::RefCell;
use std::collections::BTreeSet;

thread_local! {
    static LIVE: RefCell<BTreeSet<String>> = const { RefCell::new(BTreeSet::new()) };
}

/// A `blob:` URL for bytes held in memory, registered; the caller revokes it with [`revoke`].
pub fn object_url(bytes: &js_sys::Uint8Array, media_type: &str) -> Option<String> {
    let parts = js_sys::Array::of1(bytes);
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(media_type);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    register(url.clone());
    Some(url)
}

/// Registers a URL made elsewhere (by the viewer's JavaScript).
pub fn register(url: String) {
    LIVE.with(|l| l.borrow_mut().insert(url));
}

/// Revokes one URL and forgets it.
pub fn revoke(url: &str) {
    let _ = web_sys::Url::revoke_object_url(url);
    LIVE.with(|l| l.borrow_mut().remove(url));
}

/// Revokes every URL still registered; returns how many there were.
pub fn revoke_all() -> usize {
    let all = LIVE.with(|l| std::mem::take(&mut *l.borrow_mut()));
    for url in &all {
        let _ = web_sys::Url::revoke_object_url(url);
    }
    all.len()
}

/// How many registered URLs are alive.
pub fn live() -> usize {
    LIVE.with(|l| l.borrow().len())
}
