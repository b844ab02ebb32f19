//! Thumbnails of vault images, built in memory and never written to disk.
//!
//! An image is decoded with limits (a crafted header declaring a gigapixel image is refused
//! before anything is allocated), turned upright according to its EXIF orientation, scaled down
//! to at most [`MAX_SIDE`] pixels on its long side and re-encoded as a fresh JPEG. The new file
//! carries no metadata at all: the EXIF block of the original (GPS position, camera serial
//! number, date) does not survive.
//!
//! Types without a preview (PDF, HEIC, office documents, text) give `Ok(None)`: the documents
//! list shows an icon for them.

use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use std::io::Cursor;

/// The long side of a thumbnail, in pixels.
pub const MAX_SIDE: u32 = 320;
/// JPEG quality of thumbnails.
pub const QUALITY: u8 = 80;
/// Wider or taller images are refused (no camera or scanner makes them).
pub const MAX_DIMENSION: u32 = 16_384;
/// Memory the decoder may take for one image: a 100-megapixel RGBA photo fits, a declared
/// gigapixel does not.
pub const MAX_ALLOC: u64 = 400 * 1024 * 1024;

/// Why an image that should have a thumbnail has none. Each variant has a Fluent message, see
/// [`ThumbnailError::message_id`]; the documents list shows an icon instead.
#[derive(Debug, thiserror::Error)]
pub enum ThumbnailError {
    /// Not a readable image of its type: truncated, damaged, or another format.
    #[error("the image cannot be read: {0}")]
    Unreadable(String),
    /// Declared dimensions or memory beyond the limits.
    #[error("the image is too large to preview: {0}")]
    TooLarge(String),
    /// Encoding the thumbnail failed (a fault of the program).
    #[error("the thumbnail could not be encoded: {0}")]
    Encode(String),
}

impl ThumbnailError {
    /// The Fluent id of the message explaining this error to the user.
    pub fn message_id(&self) -> &'static str {
        match self {
            ThumbnailError::Unreadable(_) => "thumbnail-unreadable",
            ThumbnailError::TooLarge(_) => "thumbnail-too-large",
            ThumbnailError::Encode(_) => "thumbnail-encode-failed",
        }
    }

    /// Every message id, for the locale completeness test.
    pub const MESSAGE_IDS: &'static [&'static str] = &[
        "thumbnail-unreadable",
        "thumbnail-too-large",
        "thumbnail-encode-failed",
    ];
}

impl From<image::ImageError> for ThumbnailError {
    fn from(e: image::ImageError) -> Self {
        match e {
            image::ImageError::Limits(l) => ThumbnailError::TooLarge(l.to_string()),
            other => ThumbnailError::Unreadable(other.to_string()),
        }
    }
}

/// The image formats that get a thumbnail, by media type.
fn format_of(media_type: &str) -> Option<ImageFormat> {
    let essence = media_type.split(';').next().unwrap_or("").trim();
    match essence.to_ascii_lowercase().as_str() {
        "image/jpeg" | "image/jpg" | "image/pjpeg" => Some(ImageFormat::Jpeg),
        "image/png" => Some(ImageFormat::Png),
        "image/gif" => Some(ImageFormat::Gif),
        "image/webp" => Some(ImageFormat::WebP),
        _ => None,
    }
}

/// Whether documents of this media type get a thumbnail.
pub fn has_preview(media_type: &str) -> bool {
    format_of(media_type).is_some()
}

/// A JPEG thumbnail of an image (upright, ≤ [`MAX_SIDE`] px, no metadata), or `None` for a type
/// without a preview. The bytes are decoded as the given type, whatever they claim to be.
pub fn thumbnail(bytes: &[u8], media_type: &str) -> Result<Option<Vec<u8>>, ThumbnailError> {
    let Some(format) = format_of(media_type) else {
        return Ok(None);
    };
    // The JPEG decoder paints a cut-off file grey to the end rather than failing: refuse it
    // here, so a truncated photo is reported, not previewed half-grey.
    if format == ImageFormat::Jpeg && !jpeg_is_complete(bytes) {
        return Err(ThumbnailError::Unreadable("truncated JPEG".into()));
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_DIMENSION);
    limits.max_image_height = Some(MAX_DIMENSION);
    limits.max_alloc = Some(MAX_ALLOC);
    reader.limits(limits);
    let mut decoder = reader.into_decoder()?;
    // Checked here as well: the allocation limit is advisory for some decoders.
    let (w, h) = decoder.dimensions();
    if w == 0 || h == 0 {
        return Err(ThumbnailError::Unreadable("empty image".into()));
    }
    if w > MAX_DIMENSION || h > MAX_DIMENSION || decoder.total_bytes() > MAX_ALLOC {
        return Err(ThumbnailError::TooLarge(format!("{w}×{h}")));
    }
    // A damaged EXIF block must not cost the preview: it is then shown as stored.
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut img = DynamicImage::from_decoder(decoder)?;
    img.apply_orientation(orientation);
    let small = if img.width() > MAX_SIDE || img.height() > MAX_SIDE {
        img.thumbnail(MAX_SIDE, MAX_SIDE)
    } else {
        img
    };
    let rgb = flatten_on_white(small);
    let mut out = Vec::with_capacity(16 * 1024);
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, QUALITY)
        .encode_image(&rgb)
        .map_err(|e| ThumbnailError::Encode(e.to_string()))?;
    Ok(Some(out))
}

/// Whether a JPEG runs from its start marker through its segments and scans to an end marker.
/// Walks the marker structure (an EXIF block may hold a whole little JPEG of its own, so
/// looking for the bytes of an end marker anywhere is not enough). Bytes after the end marker
/// are allowed: phones append a second picture or their own data there.
pub fn jpeg_is_complete(b: &[u8]) -> bool {
    if b.len() < 4 || b[..2] != [0xFF, 0xD8] {
        return false;
    }
    let mut i = 2;
    loop {
        if i + 1 >= b.len() || b[i] != 0xFF {
            return false;
        }
        let m = b[i + 1];
        match m {
            0xFF => i += 1, // fill byte before a marker
            0xD9 => return true,
            0x01 | 0xD0..=0xD7 => i += 2, // markers without a length
            _ => {
                if i + 3 >= b.len() {
                    return false;
                }
                let len = usize::from(u16::from_be_bytes([b[i + 2], b[i + 3]]));
                if len < 2 {
                    return false;
                }
                i += 2 + len;
                if m == 0xDA {
                    // Entropy-coded data: 0xFF is stuffed as FF 00; FF D0..D7 are restarts.
                    loop {
                        if i + 1 >= b.len() {
                            return false;
                        }
                        if b[i] == 0xFF {
                            match b[i + 1] {
                                0x00 | 0xD0..=0xD7 => i += 2,
                                0xFF => i += 1,
                                _ => break,
                            }
                        } else {
                            i += 1;
                        }
                    }
                }
            }
        }
    }
}

/// JPEG has no transparency: transparent pixels are painted on white, as a page would show
/// them, rather than on whatever colour the transparent pixels happen to hold.
fn flatten_on_white(img: DynamicImage) -> image::RgbImage {
    if !img.color().has_alpha() {
        return img.into_rgb8();
    }
    let rgba = img.into_rgba8();
    let (w, h) = rgba.dimensions();
    let mut rgb = image::RgbImage::new(w, h);
    for (dst, src) in rgb.pixels_mut().zip(rgba.pixels()) {
        let a = u16::from(src.0[3]);
        for c in 0..3 {
            dst.0[c] = ((u16::from(src.0[c]) * a + 255 * (255 - a) + 127) / 255) as u8;
        }
    }
    rgb
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{ImageEncoder, Rgb, RgbImage};

    /// A 60×20 image, red on the left third, the rest blue: landscape, with a known corner.
    fn landscape() -> RgbImage {
        RgbImage::from_fn(60, 20, |x, _| {
            if x < 20 {
                Rgb([255, 0, 0])
            } else {
                Rgb([0, 0, 255])
            }
        })
    }

    fn jpeg_of(img: &RgbImage) -> Vec<u8> {
        let mut out = vec![];
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 95)
            .encode_image(img)
            .unwrap();
        out
    }

    fn png_of(img: &DynamicImage) -> Vec<u8> {
        let mut out = vec![];
        img.write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
            .unwrap();
        out
    }

    /// An APP1 segment with a big-endian TIFF holding one tag: Orientation (0x0112) = `o`, and a
    /// made-up GPS-looking string so the test can look for it in the output.
    fn exif_app1(o: u16) -> Vec<u8> {
        let mut tiff = b"MM\0\x2a\0\0\0\x08".to_vec();
        tiff.extend_from_slice(&1u16.to_be_bytes()); // one entry
        tiff.extend_from_slice(&0x0112u16.to_be_bytes());
        tiff.extend_from_slice(&3u16.to_be_bytes()); // SHORT
        tiff.extend_from_slice(&1u32.to_be_bytes()); // count
        tiff.extend_from_slice(&o.to_be_bytes());
        tiff.extend_from_slice(&[0, 0]);
        tiff.extend_from_slice(&0u32.to_be_bytes()); // no next IFD
        tiff.extend_from_slice(b"GPS 48.8566N 2.3522E");
        let mut body = b"Exif\0\0".to_vec();
        body.extend_from_slice(&tiff);
        let mut seg = vec![0xFF, 0xE1];
        seg.extend_from_slice(&((body.len() + 2) as u16).to_be_bytes());
        seg.extend_from_slice(&body);
        seg
    }

    fn with_exif(jpeg: &[u8], o: u16) -> Vec<u8> {
        assert_eq!(&jpeg[..2], &[0xFF, 0xD8]);
        let mut out = jpeg[..2].to_vec();
        out.extend_from_slice(&exif_app1(o));
        out.extend_from_slice(&jpeg[2..]);
        out
    }

    fn decode(jpeg: &[u8]) -> RgbImage {
        image::load_from_memory_with_format(jpeg, ImageFormat::Jpeg)
            .unwrap()
            .into_rgb8()
    }

    #[test]
    fn exif_orientation_6_comes_out_rotated_and_without_exif() {
        let src = with_exif(&jpeg_of(&landscape()), 6);
        // The test image really carries the tag (the decoder sees it).
        let mut dec = ImageReader::with_format(Cursor::new(&src), ImageFormat::Jpeg)
            .into_decoder()
            .unwrap();
        assert_eq!(
            dec.orientation().unwrap(),
            image::metadata::Orientation::Rotate90
        );
        assert!(src.windows(4).any(|w| w == b"Exif"));

        let thumb = thumbnail(&src, "image/jpeg").unwrap().unwrap();
        let img = decode(&thumb);
        assert_eq!(img.dimensions(), (20, 60), "rotated to portrait");
        // Rotated 90° clockwise: the red left third is now the top third.
        let top = img.get_pixel(10, 5).0;
        let bottom = img.get_pixel(10, 55).0;
        assert!(top[0] > 200 && top[2] < 60, "{top:?}");
        assert!(bottom[2] > 200 && bottom[0] < 60, "{bottom:?}");
        assert!(!thumb.windows(4).any(|w| w == b"Exif"));
        assert!(!thumb.windows(3).any(|w| w == b"GPS"));
        assert!(
            !thumb.windows(2).any(|w| w == [0xFF, 0xE1]),
            "no APP1 segment"
        );

        // Without the tag, the same picture stays landscape.
        let plain = thumbnail(&jpeg_of(&landscape()), "image/jpeg")
            .unwrap()
            .unwrap();
        assert_eq!(decode(&plain).dimensions(), (60, 20));
    }

    #[test]
    fn large_images_are_scaled_to_320_on_the_long_side() {
        let big = RgbImage::from_fn(1200, 900, |x, y| Rgb([(x % 256) as u8, (y % 256) as u8, 9]));
        let t = thumbnail(&jpeg_of(&big), "image/jpeg").unwrap().unwrap();
        assert_eq!(decode(&t).dimensions(), (320, 240));
        let tall = DynamicImage::ImageRgb8(RgbImage::new(500, 2000));
        let t = thumbnail(&png_of(&tall), "image/png").unwrap().unwrap();
        assert_eq!(decode(&t).dimensions(), (80, 320));
        assert!(t.len() < 20_000, "{}", t.len());
    }

    #[test]
    fn png_gif_and_webp_get_a_jpeg_thumbnail_transparency_on_white() {
        let rgba = image::RgbaImage::from_fn(40, 30, |x, _| {
            if x < 20 {
                image::Rgba([0, 0, 0, 0])
            } else {
                image::Rgba([0, 128, 0, 255])
            }
        });
        let dynimg = DynamicImage::ImageRgba8(rgba);
        let t = thumbnail(&png_of(&dynimg), "image/png").unwrap().unwrap();
        let img = decode(&t);
        assert_eq!(img.dimensions(), (40, 30));
        assert!(img.get_pixel(5, 5).0.iter().all(|&c| c > 240), "white");
        assert!(img.get_pixel(35, 5).0[1] > 100);

        let mut gif = vec![];
        image::codecs::gif::GifEncoder::new(&mut gif)
            .encode(landscape().as_raw(), 60, 20, image::ExtendedColorType::Rgb8)
            .unwrap();
        let t = thumbnail(&gif, "image/gif").unwrap().unwrap();
        assert_eq!(decode(&t).dimensions(), (60, 20));

        let mut webp = vec![];
        image::codecs::webp::WebPEncoder::new_lossless(&mut webp)
            .write_image(landscape().as_raw(), 60, 20, image::ExtendedColorType::Rgb8)
            .unwrap();
        let t = thumbnail(&webp, "image/webp").unwrap().unwrap();
        assert_eq!(decode(&t).dimensions(), (60, 20));
        assert_eq!(&t[..3], &[0xFF, 0xD8, 0xFF]);
    }

    #[test]
    fn types_without_a_preview_give_none() {
        let jpeg = jpeg_of(&landscape());
        for t in [
            "application/pdf",
            "image/heic",
            "image/heif",
            "text/plain",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/msword",
            "",
        ] {
            assert!(thumbnail(&jpeg, t).unwrap().is_none(), "{t}");
            assert!(!has_preview(t));
        }
        assert!(has_preview("IMAGE/JPEG; charset=binary"));
    }

    #[test]
    fn truncated_empty_or_mislabelled_images_are_errors() {
        let jpeg = jpeg_of(&RgbImage::from_fn(64, 64, |x, y| {
            Rgb([x as u8 * 4, y as u8 * 4, 0])
        }));
        for cut in [jpeg.len() / 2, 100, 2] {
            let e = thumbnail(&jpeg[..cut], "image/jpeg").unwrap_err();
            assert!(matches!(e, ThumbnailError::Unreadable(_)), "{cut}: {e:?}");
            assert_eq!(e.message_id(), "thumbnail-unreadable");
        }
        assert!(thumbnail(&[], "image/png").is_err());
        assert!(thumbnail(&jpeg, "image/png").is_err());
        let png = png_of(&DynamicImage::ImageRgb8(landscape()));
        assert!(thumbnail(&png[..png.len() - 20], "image/png").is_err());
    }

    /// A PNG whose header declares `w`×`h` and whose (valid) zlib data is almost nothing.
    fn png_declaring(w: u32, h: u32) -> Vec<u8> {
        fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
            out.extend_from_slice(&(data.len() as u32).to_be_bytes());
            let start = out.len();
            out.extend_from_slice(kind);
            out.extend_from_slice(data);
            let crc = crc32(&out[start..]);
            out.extend_from_slice(&crc.to_be_bytes());
        }
        fn crc32(b: &[u8]) -> u32 {
            let mut c = 0xFFFF_FFFFu32;
            for &x in b {
                c ^= u32::from(x);
                for _ in 0..8 {
                    c = if c & 1 != 0 {
                        0xEDB8_8320 ^ (c >> 1)
                    } else {
                        c >> 1
                    };
                }
            }
            !c
        }
        let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
        let mut ihdr = vec![];
        ihdr.extend_from_slice(&w.to_be_bytes());
        ihdr.extend_from_slice(&h.to_be_bytes());
        ihdr.extend_from_slice(&[8, 2, 0, 0, 0]); // 8-bit RGB
        chunk(&mut out, b"IHDR", &ihdr);
        chunk(
            &mut out,
            b"IDAT",
            &[0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01],
        );
        chunk(&mut out, b"IEND", &[]);
        out
    }

    #[test]
    fn jpeg_completeness_walks_the_markers() {
        let jpeg = jpeg_of(&landscape());
        assert!(jpeg_is_complete(&jpeg));
        // Data appended after the end marker (phones do this) is fine.
        let mut tail = jpeg.clone();
        tail.extend_from_slice(b"trailing data");
        assert!(jpeg_is_complete(&tail));
        for cut in 0..jpeg.len() - 1 {
            assert!(!jpeg_is_complete(&jpeg[..cut]), "{cut}");
        }
        // A complete JPEG inside the EXIF block does not make a cut-off picture complete.
        let mut app1 = vec![0xFF, 0xE1];
        let mut body = b"Exif\0\0".to_vec();
        body.extend_from_slice(&jpeg);
        app1.extend_from_slice(&((body.len() + 2) as u16).to_be_bytes());
        app1.extend_from_slice(&body);
        let big = jpeg_of(&RgbImage::from_fn(64, 64, |x, y| {
            Rgb([x as u8, y as u8, 7])
        }));
        let mut nested = big[..2].to_vec();
        nested.extend_from_slice(&app1);
        nested.extend_from_slice(&big[2..]);
        assert!(jpeg_is_complete(&nested));
        assert!(!jpeg_is_complete(&nested[..nested.len() - 40]));
    }

    #[test]
    fn a_huge_declared_size_is_refused_before_allocating() {
        // Beyond the dimension limit, and within it but beyond the memory limit (15000² RGB is
        // 675 MB): both refused as too large, quickly, without the memory.
        for (w, h) in [(100_000, 100_000), (15_000, 15_000), (1, 1_000_000)] {
            let e = thumbnail(&png_declaring(w, h), "image/png").unwrap_err();
            assert!(matches!(e, ThumbnailError::TooLarge(_)), "{w}×{h}: {e:?}");
            assert_eq!(e.message_id(), "thumbnail-too-large");
        }
        // The same forged file with a small size is merely unreadable (no pixel data).
        let e = thumbnail(&png_declaring(10, 10), "image/png").unwrap_err();
        assert!(matches!(e, ThumbnailError::Unreadable(_)), "{e:?}");
        // A JPEG header declaring 65 000 × 65 000.
        let mut jpeg = jpeg_of(&landscape());
        let sof = jpeg.windows(2).position(|w| w == [0xFF, 0xC0]).unwrap();
        jpeg[sof + 5..sof + 7].copy_from_slice(&65_000u16.to_be_bytes());
        jpeg[sof + 7..sof + 9].copy_from_slice(&65_000u16.to_be_bytes());
        let e = thumbnail(&jpeg, "image/jpeg").unwrap_err();
        assert!(matches!(e, ThumbnailError::TooLarge(_)), "{e:?}");
    }

    #[test]
    fn every_error_has_a_message_in_every_locale() {
        for code in ["fr", "en", "ar"] {
            let text: String = passerelle_locales::sources(code)
                .filter(|(name, _)| name.starts_with("vault_key"))
                .map(|(_, t)| t)
                .collect();
            for id in ThumbnailError::MESSAGE_IDS {
                assert!(text.contains(&format!("\n{id} =")), "{code} {id}");
            }
        }
    }
}
