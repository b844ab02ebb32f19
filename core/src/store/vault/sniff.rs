//! What a document is, found by its content (never by its name), and whether it is whole.
//!
//! Accepted: PDF (it must parse), JPEG, PNG, GIF, WebP (their structure walked to the end, so a
//! 0-byte or truncated image is refused), HEIC/HEIF (boxes walked; stored without preview),
//! office documents (DOCX, XLSX, ODT, ODS: their zip directory must read; DOC, XLS: the
//! compound file is recognised), and plain text (valid UTF-8 without NUL). Anything else —
//! an executable renamed `.pdf`, an archive, HTML — is refused.

use super::super::error::StoreError;

pub const PDF: &str = "application/pdf";
pub const JPEG: &str = "image/jpeg";
pub const PNG: &str = "image/png";
pub const GIF: &str = "image/gif";
pub const WEBP: &str = "image/webp";
pub const HEIF: &str = "image/heif";
pub const DOCX: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
pub const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
pub const ODT: &str = "application/vnd.oasis.opendocument.text";
pub const ODS: &str = "application/vnd.oasis.opendocument.spreadsheet";
pub const DOC: &str = "application/msword";
pub const XLS: &str = "application/vnd.ms-excel";
pub const TEXT: &str = "text/plain";

/// Every media type the vault stores.
pub const ACCEPTED: &[&str] = &[
    PDF, JPEG, PNG, GIF, WEBP, HEIF, DOCX, XLSX, ODT, ODS, DOC, XLS, TEXT,
];

fn malformed(kind: &'static str) -> StoreError {
    StoreError::DocumentMalformed { kind }
}

/// The media type of `bytes`, or why they are refused.
pub fn sniff(bytes: &[u8]) -> Result<&'static str, StoreError> {
    if bytes.is_empty() {
        return Err(StoreError::DocumentEmpty);
    }
    // Signatures first, so a PNG signature on a 0-length body is "a damaged PNG", not text.
    if bytes.starts_with(b"\x89PNG") {
        return check_png(bytes).map(|_| PNG);
    }
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        check_jpeg(bytes)?;
        // The thumbnail module's walk through every scan to the end marker.
        if !crate::thumbnail::jpeg_is_complete(bytes) {
            return Err(malformed("JPEG"));
        }
        return Ok(JPEG);
    }
    let Some(kind) = infer::get(bytes) else {
        return check_text(bytes).map(|_| TEXT);
    };
    match kind.mime_type() {
        "application/pdf" => check_pdf(bytes).map(|_| PDF),
        "image/gif" => check_gif(bytes).map(|_| GIF),
        "image/webp" => check_webp(bytes).map(|_| WEBP),
        "image/heif" => check_bmff(bytes).map(|_| HEIF),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => {
            check_zip(bytes, "docx").map(|_| DOCX)
        }
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => {
            check_zip(bytes, "xlsx").map(|_| XLSX)
        }
        "application/vnd.oasis.opendocument.text" => check_zip(bytes, "odt").map(|_| ODT),
        "application/vnd.oasis.opendocument.spreadsheet" => check_zip(bytes, "ods").map(|_| ODS),
        // infer reads the compound file's directory to tell these apart.
        "application/msword" => Ok(DOC),
        "application/vnd.ms-excel" => Ok(XLS),
        _ => Err(StoreError::DocumentTypeRefused),
    }
}

/// The usual file extension of a stored media type (for export names later).
pub fn extension(media_type: &str) -> &'static str {
    match media_type {
        PDF => "pdf",
        JPEG => "jpg",
        PNG => "png",
        GIF => "gif",
        WEBP => "webp",
        HEIF => "heic",
        DOCX => "docx",
        XLSX => "xlsx",
        ODT => "odt",
        ODS => "ods",
        DOC => "doc",
        XLS => "xls",
        _ => "txt",
    }
}

fn check_text(bytes: &[u8]) -> Result<(), StoreError> {
    if bytes.contains(&0) || std::str::from_utf8(bytes).is_err() {
        return Err(StoreError::DocumentTypeRefused);
    }
    Ok(())
}

/// A PDF must start with its header, end with `%%EOF` (a cut file loses it) and parse. An
/// encrypted PDF (a payslip with a password) parses up to its encryption: accepted.
fn check_pdf(bytes: &[u8]) -> Result<(), StoreError> {
    if !bytes.starts_with(b"%PDF-") {
        return Err(malformed("PDF"));
    }
    let tail = &bytes[bytes.len().saturating_sub(1024)..];
    if !tail.windows(5).any(|w| w == b"%%EOF") {
        return Err(malformed("PDF"));
    }
    match lopdf::Document::load_mem(bytes) {
        Ok(doc) => {
            if doc.catalog().is_err() {
                return Err(malformed("PDF"));
            }
            Ok(())
        }
        Err(
            lopdf::Error::Decryption(_)
            | lopdf::Error::InvalidPassword
            | lopdf::Error::UnsupportedSecurityHandler(_),
        ) => Ok(()),
        Err(_) => Err(malformed("PDF")),
    }
}

/// Walks every chunk (length, type, data, CRC): the file must end exactly after `IEND`.
fn check_png(bytes: &[u8]) -> Result<(), StoreError> {
    const SIG: &[u8] = b"\x89PNG\r\n\x1a\n";
    if !bytes.starts_with(SIG) {
        return Err(malformed("PNG"));
    }
    let mut pos = SIG.len();
    let mut first = true;
    loop {
        let Some(head) = bytes.get(pos..pos + 8) else {
            return Err(malformed("PNG"));
        };
        let len = u32::from_be_bytes([head[0], head[1], head[2], head[3]]) as usize;
        let kind = &head[4..8];
        if first && (kind != b"IHDR" || len != 13) {
            return Err(malformed("PNG"));
        }
        first = false;
        let end = pos
            .checked_add(12)
            .and_then(|p| p.checked_add(len))
            .ok_or_else(|| malformed("PNG"))?;
        if end > bytes.len() {
            return Err(malformed("PNG"));
        }
        if kind == b"IHDR" {
            let w = u32::from_be_bytes([
                bytes[pos + 8],
                bytes[pos + 9],
                bytes[pos + 10],
                bytes[pos + 11],
            ]);
            let h = u32::from_be_bytes([
                bytes[pos + 12],
                bytes[pos + 13],
                bytes[pos + 14],
                bytes[pos + 15],
            ]);
            if w == 0 || h == 0 {
                return Err(malformed("PNG"));
            }
        }
        if kind == b"IEND" {
            return Ok(());
        }
        pos = end;
    }
}

/// Walks the marker segments up to the start of scan, checks a frame header gave the size,
/// and that an end-of-image marker follows the scan (a cut file has none).
fn check_jpeg(bytes: &[u8]) -> Result<(), StoreError> {
    let bad = || malformed("JPEG");
    let mut pos = 2;
    let mut frame = false;
    loop {
        // Fill bytes (0xFF) may precede a marker.
        while bytes.get(pos) == Some(&0xFF) && bytes.get(pos + 1) == Some(&0xFF) {
            pos += 1;
        }
        let (Some(&0xFF), Some(&marker)) = (bytes.get(pos), bytes.get(pos + 1)) else {
            return Err(bad());
        };
        pos += 2;
        match marker {
            0xD8 | 0x01 | 0xD0..=0xD7 => continue,
            0xD9 => return Err(bad()),
            _ => {}
        }
        let len = bytes
            .get(pos..pos + 2)
            .map(|b| u16::from_be_bytes([b[0], b[1]]) as usize)
            .ok_or_else(bad)?;
        if len < 2 || pos + len > bytes.len() {
            return Err(bad());
        }
        if matches!(marker, 0xC0..=0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF) {
            let seg = &bytes[pos..pos + len];
            if seg.len() < 8 {
                return Err(bad());
            }
            let h = u16::from_be_bytes([seg[3], seg[4]]);
            let w = u16::from_be_bytes([seg[5], seg[6]]);
            if w == 0 || h == 0 {
                return Err(bad());
            }
            frame = true;
        }
        pos += len;
        if marker == 0xDA {
            break;
        }
    }
    if !frame {
        return Err(bad());
    }
    // End of image after the scan (padding after it is tolerated).
    let scan = &bytes[pos..];
    if scan.windows(2).any(|w| w == [0xFF, 0xD9]) {
        Ok(())
    } else {
        Err(bad())
    }
}

/// Header, logical screen, then blocks up to the trailer `;`.
fn check_gif(bytes: &[u8]) -> Result<(), StoreError> {
    let bad = || malformed("GIF");
    if bytes.len() < 13 || !(bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a")) {
        return Err(bad());
    }
    let flags = bytes[10];
    let mut pos = 13;
    if flags & 0x80 != 0 {
        pos += 3 << ((flags & 0x07) + 1);
    }
    let skip_sub_blocks = |mut p: usize| -> Option<usize> {
        loop {
            let n = *bytes.get(p)? as usize;
            p += 1;
            if n == 0 {
                return Some(p);
            }
            p += n;
        }
    };
    loop {
        match bytes.get(pos) {
            Some(0x3B) => return Ok(()),
            Some(0x21) => {
                // Extension: label, then sub-blocks.
                pos = skip_sub_blocks(pos + 2).ok_or_else(bad)?;
            }
            Some(0x2C) => {
                let desc = bytes.get(pos..pos + 10).ok_or_else(bad)?;
                let f = desc[9];
                pos += 10;
                if f & 0x80 != 0 {
                    pos += 3 << ((f & 0x07) + 1);
                }
                // LZW minimum code size, then the image data sub-blocks.
                pos = skip_sub_blocks(pos + 1).ok_or_else(bad)?;
            }
            _ => return Err(bad()),
        }
    }
}

/// RIFF container whose declared size matches the file, with an image chunk.
fn check_webp(bytes: &[u8]) -> Result<(), StoreError> {
    let bad = || malformed("WebP");
    if bytes.len() < 20 || &bytes[0..4] != b"RIFF" || &bytes[8..12] != b"WEBP" {
        return Err(bad());
    }
    let size = u32::from_le_bytes([bytes[4], bytes[5], bytes[6], bytes[7]]) as usize;
    if size + 8 > bytes.len() || size < 12 {
        return Err(bad());
    }
    let mut pos = 12;
    let end = size + 8;
    let mut image = false;
    while pos + 8 <= end {
        let kind = &bytes[pos..pos + 4];
        let len = u32::from_le_bytes([
            bytes[pos + 4],
            bytes[pos + 5],
            bytes[pos + 6],
            bytes[pos + 7],
        ]) as usize;
        let next = pos + 8 + len + (len & 1);
        if pos + 8 + len > end {
            return Err(bad());
        }
        if matches!(kind, b"VP8 " | b"VP8L" | b"VP8X") {
            image = true;
        }
        pos = next;
    }
    if image {
        Ok(())
    } else {
        Err(bad())
    }
}

/// ISO base media file (HEIC/HEIF): top-level boxes must tile the file exactly.
fn check_bmff(bytes: &[u8]) -> Result<(), StoreError> {
    let bad = || malformed("HEIC");
    let mut pos = 0usize;
    let mut meta = false;
    while pos < bytes.len() {
        let head = bytes.get(pos..pos + 8).ok_or_else(bad)?;
        let mut size = u32::from_be_bytes([head[0], head[1], head[2], head[3]]) as u64;
        let kind = &head[4..8];
        if size == 1 {
            let large = bytes.get(pos + 8..pos + 16).ok_or_else(bad)?;
            size = u64::from_be_bytes(large.try_into().map_err(|_| bad())?);
        } else if size == 0 {
            size = (bytes.len() - pos) as u64;
        }
        if size < 8 || pos as u64 + size > bytes.len() as u64 {
            return Err(bad());
        }
        if kind == b"meta" {
            meta = true;
        }
        pos += size as usize;
    }
    if meta {
        Ok(())
    } else {
        Err(bad())
    }
}

/// An office document in a zip: its central directory (at the end) must read.
fn check_zip(bytes: &[u8], kind: &'static str) -> Result<(), StoreError> {
    let kind_name = match kind {
        "docx" => "DOCX",
        "xlsx" => "XLSX",
        "odt" => "ODT",
        _ => "ODS",
    };
    zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map(|_| ())
        .map_err(|_| malformed(kind_name))
}
