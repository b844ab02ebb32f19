//! The webview keeps nothing on disk. Under WebDriver the shell cannot use an incognito context
//! (wry disables automation there), so this test starts the real app binary without any driver,
//! exactly as a user would, waits until the UI has rendered (the window title changes to the
//! home screen's), checks core dumps are off, stops it, and scans the whole temporary
//! HOME/XDG/TMPDIR root.

use anyhow::{bail, Context, Result};
use passerelle_e2e::{app_binary, start_xvfb, stop_gracefully, Root};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Stop(Vec<Child>);

impl Drop for Stop {
    fn drop(&mut self) {
        for c in self.0.iter_mut().rev() {
            stop_gracefully(c);
        }
    }
}

fn window_names(display: &str) -> Result<String> {
    let out = Command::new("xwininfo")
        .args(["-root", "-tree"])
        .env("DISPLAY", display)
        .output()
        .context("xwininfo (Debian package x11-utils)")?;
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn the_real_app_leaves_no_webview_cache_or_storage_on_disk() -> Result<()> {
    let root = Root::new()?;
    let (xvfb, display) = start_xvfb()?;
    let mut procs = Stop(vec![xvfb]);
    let mut cmd = Command::new(app_binary());
    cmd.env("DISPLAY", &display)
        .env("NO_AT_BRIDGE", "1")
        .env("GDK_BACKEND", "x11")
        .env_remove("TAURI_WEBVIEW_AUTOMATION")
        .env_remove("PASSERELLE_DATA_DIR")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    for (k, v) in root.env() {
        cmd.env(k, v);
    }
    let app = cmd.spawn().context("starting the app")?;
    let app_pid = app.id();
    procs.0.push(app);

    // The UI sets the window title to its first screen's once it has rendered: on a fresh data
    // folder that is the first-run screen.
    let end = Instant::now() + Duration::from_secs(60);
    loop {
        let names = window_names(&display)?;
        if names.contains("Première installation — Passerelle") {
            break;
        }
        if Instant::now() > end {
            bail!("the app never showed its first-run screen; windows:\n{names}");
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    // Core dumps are off in the running app (a crash must not write keys or data to disk).
    let limits = std::fs::read_to_string(format!("/proc/{app_pid}/limits"))?;
    let core = limits
        .lines()
        .find(|l| l.starts_with("Max core file size"))
        .context("no core limit line")?;
    let fields: Vec<&str> = core.split_whitespace().collect();
    assert_eq!(
        &fields[4..6],
        &["0", "0"],
        "core dumps not disabled: {core}"
    );

    // Give WebKit time to write whatever it would write (caches are written lazily).
    std::thread::sleep(Duration::from_secs(3));
    drop(procs);

    let files = root.files();
    assert!(
        root.data_dir().is_dir(),
        "the app should have created its data folder; files: {files:?}"
    );
    // Only two places may hold anything: the app's data folder, and the per-run scratch folder
    // in the (memory-backed) runtime directory where WebKit puts the salt of the context Tauri
    // creates but the incognito webview never uses. Nothing may land in HOME, XDG data, config,
    // cache or state, or TMPDIR.
    let elsewhere: Vec<_> = files
        .iter()
        .filter(|p| !p.starts_with("data/passerelle") && !p.starts_with("runtime"))
        .collect();
    assert!(
        elsewhere.is_empty(),
        "written outside the data folder: {elsewhere:?}"
    );
    // And the scratch folder holds no page content: nothing the screens showed.
    for p in files.iter().filter(|p| p.starts_with("runtime")) {
        let bytes = std::fs::read(root.path().join(p))?;
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains("Passerelle") && !text.contains("Accueil") && bytes.len() < 64 * 1024,
            "{} holds page content ({} bytes)",
            p.display(),
            bytes.len()
        );
    }
    Ok(())
}
