//! `passerelle bench --only vault`: the vault's crypto and image figures (issue 7, Measure).
//!
//! Encrypt and decrypt throughput of the age crate on 1, 10 and 100 MiB (in memory, and file to
//! file), the Debian `age` command on the same files, and raw single-core ChaCha20-Poly1305 in
//! 64 KiB chunks (the chunk size of age's STREAM); then the ratios. Then the decode + thumbnail
//! time of a 12-megapixel photo. Everything is printed, nothing asserted.
//!
//! The files are synthetic bytes in a temporary folder removed at the end.

use crate::bench::{ms, percentile, report, sample};
use anyhow::{Context, Result};
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const MIB: usize = 1024 * 1024;
const CHUNK: usize = 64 * 1024;

fn mib_s(bytes: usize, d: Duration) -> f64 {
    bytes as f64 / MIB as f64 / d.as_secs_f64()
}

/// Repetitions per size: enough for a stable median without minutes on 100 MiB.
fn reps(size: usize) -> u32 {
    match size / MIB {
        0..=1 => 20,
        2..=10 => 7,
        _ => 3,
    }
}

/// Incompressible-looking bytes (xorshift), cheaper than the OS random source.
fn synthetic(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed | 1;
    let mut v = Vec::with_capacity(len + 8);
    while v.len() < len {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        v.extend_from_slice(&x.to_le_bytes());
    }
    v.truncate(len);
    v
}

fn age_encrypt(recipient: &age::x25519::Recipient, plain: &[u8], out: impl Write) -> Result<()> {
    let enc = age::Encryptor::with_recipients(std::iter::once(recipient as &dyn age::Recipient))?;
    let mut w = enc.wrap_output(out)?;
    w.write_all(plain)?;
    w.finish()?;
    Ok(())
}

fn age_decryptor<R: std::io::BufRead>(
    identity: &age::x25519::Identity,
    input: R,
) -> Result<impl Read> {
    let d = age::Decryptor::new_buffered(input)?;
    Ok(d.decrypt(std::iter::once(identity as &dyn age::Identity))?)
}

/// One line: the median time and the throughput it gives.
fn line(name: &str, size: usize, sorted: &[Duration]) -> f64 {
    let med = percentile(sorted, 50.0);
    let rate = mib_s(size, med);
    println!(
        "{name:<54} median {:>10.3} ms   {:>8.0} MiB/s",
        ms(med),
        rate
    );
    rate
}

fn ratio(name: &str, a: f64, b: Option<f64>) {
    match b {
        Some(b) if b > 0.0 => println!("{name:<54} {:>10.2}×", a / b),
        _ => println!("{name:<54} {:>10}", "n/a"),
    }
}

/// Raw ChaCha20-Poly1305 over `buf` in 64 KiB chunks, one nonce per chunk (a counter).
fn chacha_chunks(
    cipher: &chacha20poly1305::ChaCha20Poly1305,
    buf: &mut [u8],
    tags: &mut Vec<[u8; 16]>,
) {
    use chacha20poly1305::aead::AeadInPlace;
    tags.clear();
    for (i, chunk) in buf.chunks_mut(CHUNK).enumerate() {
        let mut nonce = [0u8; 12];
        nonce[..8].copy_from_slice(&(i as u64).to_be_bytes());
        let tag = cipher
            .encrypt_in_place_detached(chacha20poly1305::Nonce::from_slice(&nonce), b"", chunk)
            .expect("chacha20poly1305 encryption");
        tags.push(tag.into());
    }
}

fn chacha_open(cipher: &chacha20poly1305::ChaCha20Poly1305, buf: &mut [u8], tags: &[[u8; 16]]) {
    use chacha20poly1305::aead::AeadInPlace;
    for (i, chunk) in buf.chunks_mut(CHUNK).enumerate() {
        let mut nonce = [0u8; 12];
        nonce[..8].copy_from_slice(&(i as u64).to_be_bytes());
        cipher
            .decrypt_in_place_detached(
                chacha20poly1305::Nonce::from_slice(&nonce),
                b"",
                chunk,
                chacha20poly1305::Tag::from_slice(&tags[i]),
            )
            .expect("chacha20poly1305 decryption");
    }
}

/// Whether the Debian `age` command can be run.
fn age_command() -> Option<String> {
    let out = Command::new("age").arg("--version").output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

fn run_age(args: &[&std::ffi::OsStr]) -> Result<()> {
    let st = Command::new("age").args(args).status().context("run age")?;
    anyhow::ensure!(st.success(), "age exited with {st}");
    Ok(())
}

fn throughput(dir: &Path) -> Result<()> {
    use chacha20poly1305::aead::KeyInit;
    let identity = age::x25519::Identity::generate();
    let recipient = identity.to_public();
    let key_file = dir.join("bench-identity.txt");
    {
        use secrecy::ExposeSecret;
        std::fs::write(
            &key_file,
            format!("{}\n", identity.to_string().expose_secret()),
        )?;
    }
    let debian = age_command();
    match &debian {
        Some(v) => println!("vault: Debian age command {v}"),
        None => println!("vault: the `age` command is not installed: its figures are skipped"),
    }
    let chacha = chacha20poly1305::ChaCha20Poly1305::new(&[7u8; 32].into());

    for mib in [1usize, 10, 100] {
        let size = mib * MIB;
        let n = reps(size);
        let plain = synthetic(size, 0x5eed_0000 + mib as u64);
        let plain_path = dir.join(format!("plain-{mib}.bin"));
        let cipher_path = dir.join(format!("cipher-{mib}.age"));
        let out_path = dir.join(format!("out-{mib}.bin"));
        std::fs::write(&plain_path, &plain)?;
        println!("vault: {mib} MiB ({n} runs each, median)");

        // age crate, memory to memory.
        let mut cipher = Vec::new();
        let s = sample(n, || {
            cipher = Vec::with_capacity(size + size / CHUNK * 16 + 512);
            age_encrypt(&recipient, &plain, &mut cipher).expect("age encrypt");
        });
        let enc_mem = line(
            &format!("  age crate encrypt, memory ({mib} MiB)"),
            size,
            &s,
        );
        let s = sample(n, || {
            let mut out = Vec::with_capacity(size);
            age_decryptor(&identity, &cipher[..])
                .and_then(|mut r| Ok(r.read_to_end(&mut out)?))
                .expect("age decrypt");
            assert_eq!(out.len(), size);
        });
        let dec_mem = line(
            &format!("  age crate decrypt, memory ({mib} MiB)"),
            size,
            &s,
        );

        // age crate, file to file, streamed in 64 KiB buffers (what the Debian command does).
        let s = sample(n, || {
            let mut r = BufReader::with_capacity(CHUNK, std::fs::File::open(&plain_path).unwrap());
            let f = BufWriter::with_capacity(CHUNK, std::fs::File::create(&cipher_path).unwrap());
            let enc =
                age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
                    .expect("age encryptor");
            let mut w = enc.wrap_output(f).expect("age header");
            std::io::copy(&mut r, &mut w).expect("age encrypt to file");
            w.finish()
                .and_then(|mut f| f.flush())
                .expect("finish the file");
        });
        let enc_file = line(
            &format!("  age crate encrypt, file → file ({mib} MiB)"),
            size,
            &s,
        );
        let s = sample(n, || {
            let f = BufReader::with_capacity(CHUNK, std::fs::File::open(&cipher_path).unwrap());
            let mut r = age_decryptor(&identity, f).expect("age decryptor");
            let mut w = BufWriter::with_capacity(CHUNK, std::fs::File::create(&out_path).unwrap());
            std::io::copy(&mut r, &mut w).expect("age decrypt to file");
            w.flush().unwrap();
        });
        let dec_file = line(
            &format!("  age crate decrypt, file → file ({mib} MiB)"),
            size,
            &s,
        );
        anyhow::ensure!(
            std::fs::read(&out_path)? == plain,
            "round trip through files"
        );

        // The Debian command on the same files (a subprocess: its start-up is included).
        let (mut enc_cmd, mut dec_cmd) = (None, None);
        if debian.is_some() {
            let r = recipient.to_string();
            let cmd_cipher = dir.join(format!("cmd-{mib}.age"));
            let s = sample(n, || {
                run_age(&[
                    "-r".as_ref(),
                    r.as_ref(),
                    "-o".as_ref(),
                    cmd_cipher.as_os_str(),
                    plain_path.as_os_str(),
                ])
                .expect("age -r");
            });
            enc_cmd = Some(line(
                &format!("  Debian age -r, file → file ({mib} MiB)"),
                size,
                &s,
            ));
            let s = sample(n, || {
                run_age(&[
                    "-d".as_ref(),
                    "-i".as_ref(),
                    key_file.as_os_str(),
                    "-o".as_ref(),
                    out_path.as_os_str(),
                    cmd_cipher.as_os_str(),
                ])
                .expect("age -d");
            });
            dec_cmd = Some(line(
                &format!("  Debian age -d, file → file ({mib} MiB)"),
                size,
                &s,
            ));
            anyhow::ensure!(std::fs::read(&out_path)? == plain, "Debian age round trip");
            // Interoperability both ways: the crate reads the command's file and vice versa.
            let mut back = Vec::new();
            age_decryptor(&identity, BufReader::new(std::fs::File::open(&cmd_cipher)?))?
                .read_to_end(&mut back)?;
            anyhow::ensure!(back == plain, "the crate reads the command's file");
        }

        // Raw ChaCha20-Poly1305, one core, 64 KiB chunks, in place.
        let mut buf = plain.clone();
        let mut tags = Vec::with_capacity(size / CHUNK + 1);
        let s = sample(n, || {
            buf.copy_from_slice(&plain);
            chacha_chunks(&chacha, &mut buf, &mut tags);
        });
        let raw_enc = line(
            &format!("  raw ChaCha20-Poly1305 seal ({mib} MiB)"),
            size,
            &s,
        );
        let sealed = buf.clone();
        let s = sample(n, || {
            buf.copy_from_slice(&sealed);
            chacha_open(&chacha, &mut buf, &tags);
        });
        let raw_dec = line(
            &format!("  raw ChaCha20-Poly1305 open ({mib} MiB)"),
            size,
            &s,
        );
        anyhow::ensure!(buf == plain, "raw ChaCha round trip");

        ratio(
            &format!("  ratio encrypt: crate file / Debian age ({mib} MiB)"),
            enc_file,
            enc_cmd,
        );
        ratio(
            &format!("  ratio decrypt: crate file / Debian age ({mib} MiB)"),
            dec_file,
            dec_cmd,
        );
        ratio(
            &format!("  ratio encrypt: crate memory / Debian age ({mib} MiB)"),
            enc_mem,
            enc_cmd,
        );
        ratio(
            &format!("  ratio decrypt: crate memory / Debian age ({mib} MiB)"),
            dec_mem,
            dec_cmd,
        );
        ratio(
            &format!("  ratio encrypt: crate memory / raw ChaCha ({mib} MiB)"),
            enc_mem,
            Some(raw_enc),
        );
        ratio(
            &format!("  ratio decrypt: crate memory / raw ChaCha ({mib} MiB)"),
            dec_mem,
            Some(raw_dec),
        );

        for p in [&plain_path, &cipher_path, &out_path] {
            let _ = std::fs::remove_file(p);
        }
        let _ = std::fs::remove_file(dir.join(format!("cmd-{mib}.age")));
    }
    Ok(())
}

/// A 4000×3000 photo-like JPEG (gradients and grain, quality 90), built in memory.
fn photo_12mp() -> Result<Vec<u8>> {
    let (w, h) = (4000u32, 3000u32);
    let mut x: u32 = 0x9e37_79b9;
    let img = image::RgbImage::from_fn(w, h, |px, py| {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        let grain = (x & 15) as u8;
        image::Rgb([
            ((px * 255 / w) as u8).saturating_add(grain),
            ((py * 255 / h) as u8).saturating_add(grain),
            (((px + py) / 28) as u8).wrapping_add(grain),
        ])
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90).encode_image(&img)?;
    Ok(out)
}

fn thumbnails(photo: &[u8], built: Duration) -> Result<()> {
    println!(
        "vault: 12 MP test photo: 4000×3000 JPEG, {:.1} MiB (built in {:.0} ms)",
        photo.len() as f64 / MIB as f64,
        ms(built)
    );
    let s = sample(7, || {
        std::hint::black_box(
            image::load_from_memory_with_format(photo, image::ImageFormat::Jpeg)
                .expect("decode the photo"),
        );
    });
    report("vault: decode a 12 MP JPEG", &s);
    let mut size = 0;
    let s = sample(7, || {
        size = passerelle_core::thumbnail::thumbnail(photo, "image/jpeg")
            .expect("thumbnail")
            .expect("a JPEG has a thumbnail")
            .len();
    });
    report("vault: decode + thumbnail a 12 MP JPEG", &s);
    println!(
        "{:<48} {:>10.1} KB",
        "vault: thumbnail size",
        size as f64 / 1024.0
    );
    Ok(())
}

/// The whole intake of the photo through the store: type check, quota, thumbnail (shared
/// documents only), age encryption to a temp file, fsync, journaled row, rename, folder fsync.
fn intake(dir: &Path, photo: &[u8]) -> Result<()> {
    use passerelle_api::vocab::ConsentScope;
    use passerelle_core::store::secret::Passphrase;
    use passerelle_core::store::vault::{DocumentCategory, DocumentInput};
    use passerelle_core::store::{self, PersonInput};
    let p = Passphrase::new("phrase de passe du banc d'essai".to_owned());
    let (mut s, _recovery) = store::init(&dir.join("store"), "Banc d'essai", "Camille", &p)?;
    let person = s.add_person(&PersonInput {
        first_name: "Awa".into(),
        last_name: "Banc".into(),
        ..Default::default()
    })?;
    s.record_consent(person, &[ConsentScope::Record, ConsentScope::Vault], false)?;
    let mut input = DocumentInput {
        title: String::new(),
        category: DocumentCategory::Identite,
        original_name: "photo.jpg".into(),
        issued_on: None,
        expires_on: None,
        notes: String::new(),
        private: false,
    };
    let mut thumbs = 0;
    let t = sample(7, || {
        let added = s
            .add_document(person, &input, photo)
            .expect("add the photo");
        thumbs += usize::from(
            s.document_thumbnail(added.document.id)
                .ok()
                .flatten()
                .is_some(),
        );
    });
    report("vault: intake of a 12 MP photo, shared (+thumb)", &t);
    println!(
        "{:<48} {:>10}",
        "vault: thumbnails stored",
        format!("{thumbs}/7")
    );
    let e = sample(1, || {
        s.enrol_private_vault(person, "4821").expect("enrol");
    });
    report("vault: enrol a private vault (argon2id 64 MiB)", &e);
    input.private = true;
    let t = sample(7, || {
        s.add_document(person, &input, photo)
            .expect("add the private photo");
    });
    report("vault: intake of a 12 MP photo, private", &t);
    Ok(())
}

/// The vault section of the bench.
pub fn run() -> Result<()> {
    let dir = tempfile::Builder::new()
        .prefix("passerelle-bench-vault-")
        .tempdir()?;
    throughput(dir.path())?;
    let t = Instant::now();
    let photo = photo_12mp()?;
    thumbnails(&photo, t.elapsed())?;
    intake(dir.path(), &photo)?;
    Ok(())
}
