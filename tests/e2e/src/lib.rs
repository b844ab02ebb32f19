//! End-to-end harness for the real Passerelle app.
//!
//! Each [`App`] starts its own Xvfb, then tauri-driver (which starts WebKitWebDriver, which starts
//! the app binary), and drives the app's webview through WebDriver. The app runs with HOME, the
//! XDG folders and TMPDIR inside one temporary [`Root`], so a test can scan everything it wrote
//! and can relaunch the app on the same installation. Helpers cover what later screens need:
//! go to a screen, fill a labelled field, press by accessible name, read status messages, switch
//! language, press keys, take screenshots, and run axe-core.

pub mod docs;

use anyhow::{anyhow, bail, Context, Result};
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use fantoccini::wd::TimeoutConfiguration;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::io::{BufRead, BufReader};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The workspace folder (for the app binary, axe-core and the screenshot folder).
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("workspace root")
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace().join("target"))
}

/// The app binary under test: `PASSERELLE_APP_BIN`, else the debug build.
pub fn app_binary() -> PathBuf {
    std::env::var_os("PASSERELLE_APP_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| target_dir().join("debug/passerelle-app"))
}

/// Where screenshots go (`target/e2e-screenshots`).
pub fn screenshot_dir() -> PathBuf {
    target_dir().join("e2e-screenshots")
}

/// One installation's worth of user folders: HOME, XDG data/config/cache/state/runtime, TMPDIR.
pub struct Root {
    dir: tempfile::TempDir,
}

impl Root {
    pub fn new() -> Result<Self> {
        let dir = tempfile::Builder::new()
            .prefix("passerelle-e2e-")
            .tempdir()?;
        for sub in ["home", "data", "config", "cache", "state", "runtime", "tmp"] {
            std::fs::create_dir_all(dir.path().join(sub))?;
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(
                dir.path().join("runtime"),
                std::fs::Permissions::from_mode(0o700),
            )?;
        }
        Ok(Self { dir })
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// The app's default data folder under this root (`$XDG_DATA_HOME/passerelle`).
    pub fn data_dir(&self) -> PathBuf {
        self.path().join("data/passerelle")
    }

    /// The environment that confines the app to this root.
    pub fn env(&self) -> Vec<(&'static str, PathBuf)> {
        let p = self.path();
        vec![
            ("HOME", p.join("home")),
            ("XDG_DATA_HOME", p.join("data")),
            ("XDG_CONFIG_HOME", p.join("config")),
            ("XDG_CACHE_HOME", p.join("cache")),
            ("XDG_STATE_HOME", p.join("state")),
            ("XDG_RUNTIME_DIR", p.join("runtime")),
            ("TMPDIR", p.join("tmp")),
        ]
    }

    /// Every file under the root, relative to it (for "nothing written where it shouldn't" checks).
    pub fn files(&self) -> Vec<PathBuf> {
        fn walk(base: &Path, dir: &Path, out: &mut Vec<PathBuf>) {
            if let Ok(rd) = std::fs::read_dir(dir) {
                for e in rd.flatten() {
                    let p = e.path();
                    if p.is_dir() {
                        walk(base, &p, out);
                    } else {
                        out.push(p.strip_prefix(base).unwrap().to_owned());
                    }
                }
            }
        }
        let mut out = Vec::new();
        walk(self.path(), self.path(), &mut out);
        out.sort();
        out
    }

    /// Each `needle` found as plain bytes in a file under the root, as "needle in file".
    /// Refuses to call an empty scan clean: the root must hold bytes to look at.
    pub fn plaintext_leaks(&self, needles: &[&str]) -> Result<Vec<String>> {
        let named: Vec<(String, &[u8])> = needles
            .iter()
            .map(|n| (format!("{n:?}"), n.as_bytes()))
            .collect();
        self.byte_leaks(&named)
    }

    /// Like [`Root::plaintext_leaks`] for binary needles (a run of an image's bytes, a
    /// thumbnail's), each with a name for the report.
    pub fn byte_leaks(&self, needles: &[(String, &[u8])]) -> Result<Vec<String>> {
        let mut leaks = Vec::new();
        let mut scanned = 0usize;
        for rel in self.files() {
            // Sockets and the like cannot be read: they hold nothing at rest.
            let Ok(bytes) = std::fs::read(self.path().join(&rel)) else {
                continue;
            };
            scanned += bytes.len();
            for (name, n) in needles {
                if bytes.windows(n.len()).any(|w| w == *n) {
                    leaks.push(format!("{name} in {}", rel.display()));
                }
            }
        }
        if scanned == 0 {
            bail!("nothing to scan under {}", self.path().display());
        }
        Ok(leaks)
    }
}

#[cfg(test)]
mod scan_tests {
    use super::Root;

    #[test]
    fn the_plaintext_scan_finds_a_name_deep_under_the_root_and_only_there() {
        let root = Root::new().unwrap();
        assert!(
            root.plaintext_leaks(&["Hélène"]).is_err(),
            "an empty root is not clean"
        );
        let dir = root.path().join("home/.local/share/x");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("cache.bin"), "abc Hélène Lefèvre def").unwrap();
        let leaks = root.plaintext_leaks(&["Hélène", "Quintane"]).unwrap();
        assert_eq!(leaks.len(), 1, "{leaks:?}");
        assert!(leaks[0].contains("cache.bin"), "{leaks:?}");
    }
}

fn free_port() -> Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

fn wait_port(port: u16, timeout: Duration) -> Result<()> {
    let end = Instant::now() + timeout;
    while Instant::now() < end {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    bail!("nothing listens on port {port} after {timeout:?}")
}

/// Processes that must be stopped in order whatever happens to the test.
struct Processes {
    xvfb: Child,
    driver: Option<Child>,
}

/// Stops a child with SIGTERM, waits up to 5 s for it to exit, and only then kills it.
/// SIGTERM first matters: a killed tauri-driver orphans WebKitWebDriver, which then keeps its
/// port and breaks the next run; the app itself gets the chance to exit cleanly.
pub fn stop_gracefully(child: &mut Child) {
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let end = Instant::now() + Duration::from_secs(5);
    while Instant::now() < end && matches!(child.try_wait(), Ok(None)) {
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
}

impl Drop for Processes {
    fn drop(&mut self) {
        if let Some(mut d) = self.driver.take() {
            stop_gracefully(&mut d);
        }
        let _ = self.xvfb.kill();
        let _ = self.xvfb.wait();
    }
}

/// Starts Xvfb on a free display; `-displayfd` makes it print the display once it is ready.
pub fn start_xvfb() -> Result<(Child, String)> {
    let mut xvfb = Command::new("Xvfb")
        .args([
            "-displayfd",
            "1",
            "-screen",
            "0",
            "1280x900x24",
            "-nolisten",
            "tcp",
            "-noreset",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .context("starting Xvfb (Debian package xvfb)")?;
    let mut line = String::new();
    BufReader::new(xvfb.stdout.take().unwrap()).read_line(&mut line)?;
    let n = line.trim();
    if n.is_empty() {
        let _ = xvfb.kill();
        bail!("Xvfb did not report a display");
    }
    Ok((xvfb, format!(":{n}")))
}

/// One app at a time: the tests of a file run on parallel threads, and two apps, drivers and
/// WebKit processes at once would only fight for two cores.
static ONE_APP_AT_A_TIME: std::sync::LazyLock<std::sync::Arc<tokio::sync::Mutex<()>>> =
    std::sync::LazyLock::new(Default::default);

/// The running app under WebDriver.
pub struct App {
    pub client: Client,
    procs: Processes,
    pub root_path: PathBuf,
    // Declared last: released after the processes are stopped.
    _turn: tokio::sync::OwnedMutexGuard<()>,
}

/// A WCAG / RGAA violation reported by axe-core.
#[derive(Debug, Clone)]
pub struct Violation {
    pub id: String,
    pub impact: String,
    pub help: String,
    pub targets: Vec<String>,
}

impl std::fmt::Display for Violation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "[{}] {} ({}) at {}",
            self.impact,
            self.id,
            self.help,
            self.targets.join(", ")
        )
    }
}

/// The axe-core rule tags audited: WCAG 2.1 A and AA, the RGAA mapping, and axe's best practices.
pub const AXE_TAGS: &[&str] = &[
    "wcag2a",
    "wcag2aa",
    "wcag21a",
    "wcag21aa",
    "RGAAv4",
    "best-practice",
];

impl App {
    /// Launches the app on `root` and waits until the first screen has rendered.
    pub async fn launch(root: &Root) -> Result<Self> {
        Self::launch_with_args(root, &[]).await
    }

    pub async fn launch_with_args(root: &Root, args: &[&str]) -> Result<Self> {
        Self::launch_with(root, args, &[]).await
    }

    /// Launches with extra environment variables for the app (test hooks of debug builds).
    pub async fn launch_with(root: &Root, args: &[&str], env: &[(&str, &str)]) -> Result<Self> {
        let turn = ONE_APP_AT_A_TIME.clone().lock_owned().await;
        let bin = app_binary();
        if !bin.is_file() {
            bail!(
                "app binary {} missing: build it with `cargo build -p passerelle-app`",
                bin.display()
            );
        }
        let (xvfb, display) = start_xvfb()?;
        let mut procs = Processes { xvfb, driver: None };
        let (port, native_port) = (free_port()?, free_port()?);
        let mut cmd = Command::new("tauri-driver");
        cmd.args([
            "--port",
            &port.to_string(),
            "--native-port",
            &native_port.to_string(),
        ])
        .env("DISPLAY", &display)
        .env("NO_AT_BRIDGE", "1")
        .env("GDK_BACKEND", "x11")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("PASSERELLE_DATA_DIR")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
        for (k, v) in root.env() {
            cmd.env(k, v);
        }
        for (k, v) in env {
            cmd.env(k, v);
        }
        procs.driver = Some(
            cmd.spawn()
                .context("starting tauri-driver (cargo install tauri-driver)")?,
        );
        wait_port(port, Duration::from_secs(20))?;

        let caps = json!({
            "browserName": "wry",
            "tauri:options": { "application": bin, "args": args },
        });
        let caps = caps.as_object().unwrap().clone();
        let client = ClientBuilder::native()
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .context("opening a WebDriver session on the app")?;
        // A script that never calls back (a page reloaded under it) fails after a minute
        // instead of hanging the suite.
        client
            .update_timeouts(TimeoutConfiguration::new(
                Some(Duration::from_secs(60)),
                Some(Duration::from_secs(60)),
                None,
            ))
            .await
            .context("setting WebDriver timeouts")?;
        let app = Self {
            client,
            procs,
            root_path: root.path().to_owned(),
            _turn: turn,
        };
        app.wait_for_css("main h1", Duration::from_secs(30)).await?;
        Ok(app)
    }

    /// Ends the WebDriver session (closing the app), then stops the driver and Xvfb.
    pub async fn close(self) -> Result<()> {
        let App {
            client,
            procs,
            _turn,
            ..
        } = self;
        let r = client.close().await;
        drop(procs);
        r.map_err(|e| anyhow!("closing the session: {e}"))
    }

    pub async fn js(&self, script: &str) -> Result<Value> {
        self.client
            .execute(script, vec![])
            .await
            .map_err(|e| anyhow!("script failed: {e}"))
    }

    /// Waits until an element matching `css` exists.
    pub async fn wait_for_css(&self, css: &str, timeout: Duration) -> Result<()> {
        let end = Instant::now() + timeout;
        loop {
            if !self.client.find_all(Locator::Css(css)).await?.is_empty() {
                return Ok(());
            }
            if Instant::now() > end {
                bail!("no element matches {css} after {timeout:?}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until a JS expression is true.
    pub async fn wait_until(&self, expr: &str, timeout: Duration) -> Result<()> {
        let end = Instant::now() + timeout;
        loop {
            if self.js(&format!("return !!({expr});")).await? == json!(true) {
                return Ok(());
            }
            if Instant::now() > end {
                bail!("still false after {timeout:?}: {expr}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Goes to a screen by its address (`#/about`) and waits until it has rendered and its
    /// heading has received focus, as after any navigation.
    pub async fn goto(&self, hash: &str) -> Result<()> {
        let current = self.js("return window.location.hash;").await?;
        if current.as_str() == Some(hash) || (hash == "#/" && current.as_str() == Some("")) {
            return self.wait_for_css("main h1", Duration::from_secs(5)).await;
        }
        self.js(&format!("window.location.hash = {};", json!(hash)))
            .await?;
        self.wait_until(
            "document.querySelector('main h1') && document.activeElement === document.querySelector('main h1')",
            Duration::from_secs(5),
        )
        .await
    }

    /// The visible text of `main`, without the Unicode isolation marks Fluent puts around
    /// variables (they are right for screen readers and mixed directions, noise for asserts).
    pub async fn main_text(&self) -> Result<String> {
        let v = self
            .js("return document.querySelector('main').innerText.replace(/[\\u2066-\\u2069]/g, '');")
            .await?;
        Ok(v.as_str().unwrap_or_default().to_owned())
    }

    /// The text of the screen's main heading.
    pub async fn heading(&self) -> Result<String> {
        Ok(self
            .client
            .find(Locator::Css("main h1"))
            .await?
            .text()
            .await?)
    }

    /// Marks the first element matching a JS predicate so WebDriver can act on it for real.
    async fn mark(&self, finder: &str, what: &str) -> Result<fantoccini::elements::Element> {
        let found = self
            .js(&format!(
                "document.querySelectorAll('[data-e2e-target]').forEach(e => e.removeAttribute('data-e2e-target'));
                 const el = ({finder})();
                 if (!el) return false;
                 el.setAttribute('data-e2e-target', '1');
                 el.scrollIntoView({{ block: 'center', inline: 'nearest' }});
                 return true;"
            ))
            .await?;
        if found != json!(true) {
            bail!("no {what}");
        }
        Ok(self.client.find(Locator::Css("[data-e2e-target]")).await?)
    }

    /// Clicks the button or link whose accessible name is `name` (aria-label, else its text).
    pub async fn press(&self, name: &str) -> Result<()> {
        let finder = format!(
            "() => {{ const norm = s => (s || '').replace(/[\\u2066-\\u2069]/g, '').replace(/\\s+/g, ' ').trim(); const want = norm({});
              return [...document.querySelectorAll('button, a[href], [role=button], input[type=submit], input[type=button]')]
                .find(e => norm(e.getAttribute('aria-label') || e.innerText || e.value) === want); }}",
            json!(name)
        );
        self.mark(&finder, &format!("button or link named {name:?}"))
            .await?
            .click()
            .await?;
        Ok(())
    }

    /// Types into the field whose `<label>` reads `label` (replacing what it held).
    pub async fn fill(&self, label: &str, value: &str) -> Result<()> {
        let finder = format!(
            "() => {{ const norm = s => (s || '').replace(/[\\u2066-\\u2069]/g, '').replace(/\\s+/g, ' ').trim(); const want = norm({});
              const l = [...document.querySelectorAll('label')].find(l => norm(l.innerText) === want);
              return l && (l.control || document.getElementById(l.htmlFor)); }}",
            json!(label)
        );
        let field = self
            .mark(&finder, &format!("field labelled {label:?}"))
            .await?;
        field.clear().await?;
        // WebDriver's clear fires `change` only; the screens follow `input`, as for a person
        // who empties the field with the keyboard.
        self.js("const e = document.querySelector('[data-e2e-target]'); e.dispatchEvent(new Event('input', { bubbles: true }));")
            .await?;
        field.send_keys(value).await?;
        Ok(())
    }

    /// Focuses the button or link named `name` and presses Enter on it: the keyboard way.
    pub async fn activate(&self, name: &str) -> Result<()> {
        let finder = format!(
            "() => {{ const norm = s => (s || '').replace(/[\\u2066-\\u2069]/g, '').replace(/\\s+/g, ' ').trim(); const want = norm({});
              return [...document.querySelectorAll('button, a[href], [role=button]')]
                .find(e => norm(e.getAttribute('aria-label') || e.innerText) === want); }}",
            json!(name)
        );
        let el = self
            .mark(&finder, &format!("button or link named {name:?}"))
            .await?;
        el.send_keys(&char::from(Key::Enter).to_string()).await?;
        Ok(())
    }

    /// Focuses the radio button or checkbox labelled `label` and presses Space on it, then
    /// checks that it is checked.
    pub async fn toggle(&self, label: &str) -> Result<()> {
        let finder = format!(
            "() => {{ const norm = s => (s || '').replace(/[\\u2066-\\u2069]/g, '').replace(/\\s+/g, ' ').trim(); const want = norm({});
              const l = [...document.querySelectorAll('label')].find(l => norm(l.innerText) === want);
              return l && (l.control || document.getElementById(l.htmlFor)); }}",
            json!(label)
        );
        let el = self
            .mark(&finder, &format!("control labelled {label:?}"))
            .await?;
        el.send_keys(" ").await?;
        self.wait_until(
            "(() => { const c = document.querySelector('[data-e2e-target]'); return c && c.checked; })()",
            Duration::from_secs(3),
        )
        .await
        .with_context(|| format!("{label:?} did not become checked"))
    }

    /// The value of the field labelled `label`.
    pub async fn field_value(&self, label: &str) -> Result<String> {
        let v = self
            .js(&format!(
                "const norm = s => (s || '').replace(/[\\u2066-\\u2069]/g, '').replace(/\\s+/g, ' ').trim();
                 const l = [...document.querySelectorAll('label')].find(l => norm(l.innerText) === norm({}));
                 const c = l && (l.control || document.getElementById(l.htmlFor));
                 return c ? c.value : null;",
                json!(label)
            ))
            .await?;
        v.as_str()
            .map(str::to_owned)
            .with_context(|| format!("no field labelled {label:?}"))
    }

    /// Waits until the main heading reads `text`.
    pub async fn wait_for_heading(&self, text: &str, timeout: Duration) -> Result<()> {
        let end = Instant::now() + timeout;
        loop {
            let h = self
                .js("const h = document.querySelector('main h1'); return h ? h.innerText.replace(/[\\u2066-\\u2069]/g, '').trim() : '';")
                .await?;
            if h.as_str() == Some(text) {
                return Ok(());
            }
            if Instant::now() > end {
                let shot = self.screenshot("failed-heading").await?;
                bail!(
                    "heading is {h}, not {text:?} (screenshot {})",
                    shot.display()
                );
            }
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
    }

    /// Registers a person through the shell (as the People screen would) and returns their id.
    pub async fn add_person(&self, first: &str, last: &str, birth_year: u16) -> Result<String> {
        let v = self
            .invoke(
                "add_person",
                json!({ "req": {
                    "anonymous": false, "first_name": first, "last_name": last,
                    "birth_year": birth_year, "gender": "feminin", "social_status": null,
                    "commune": "", "postal_code": "", "insee_code": "", "languages": [],
                    "phone": "", "email": "", "notes": ""
                } }),
            )
            .await?;
        v["ok"]
            .as_str()
            .map(str::to_owned)
            .with_context(|| format!("add_person: {v}"))
    }

    /// The page's civil date `days` from today, `YYYY-MM-DD` (what a date input holds).
    pub async fn civil_day(&self, days: i64) -> Result<String> {
        let v = self
            .js(&format!(
                "const d = new Date(); d.setDate(d.getDate() + {days});
                 return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');"
            ))
            .await?;
        v.as_str().map(str::to_owned).context("the page's date")
    }

    /// Calls a shell command from the page, as the screens do, and returns its result or
    /// its error (`{"error": …}`), to test refusals at the command level.
    pub async fn invoke(&self, command: &str, args: Value) -> Result<Value> {
        let v = self
            .client
            .execute_async(
                "const [cmd, args, done] = arguments;
                 window.__TAURI__.core.invoke(cmd, args).then(v => done({ ok: v === undefined ? null : v }), e => done({ error: e }));",
                vec![json!(command), args],
            )
            .await?;
        Ok(v)
    }

    /// Checks the radio button or checkbox whose label reads `label`, by clicking the label as
    /// a person would (WebKitWebDriver refuses clicks on small native inputs), and checks that
    /// the control it labels is now checked.
    pub async fn choose(&self, label: &str) -> Result<()> {
        let finder = format!(
            "() => {{ const norm = s => (s || '').replace(/[\\u2066-\\u2069]/g, '').replace(/\\s+/g, ' ').trim(); const want = norm({});
              return [...document.querySelectorAll('label')].find(l => norm(l.innerText) === want); }}",
            json!(label)
        );
        let target = self.mark(&finder, &format!("label {label:?}")).await?;
        if let Err(e) = target.click().await {
            let shot = self.screenshot("failed-choose").await?;
            let rect = target.rectangle().await.ok();
            bail!(
                "clicking {label:?} at {rect:?}: {e:?} (screenshot {})",
                shot.display()
            );
        }
        self.wait_until(
            "(() => { const l = document.querySelector('[data-e2e-target]'); const c = l && (l.control || document.getElementById(l.htmlFor)); return c && c.checked; })()",
            Duration::from_secs(3),
        )
        .await
        .with_context(|| format!("{label:?} did not become checked"))
    }

    /// Picks `option` in the `<select>` whose `<label>` reads `label` (WebDriver's option
    /// selection, which fires `change` as the keyboard's arrows do).
    pub async fn select(&self, label: &str, option: &str) -> Result<()> {
        let finder = format!(
            "() => {{ const norm = s => (s || '').replace(/[\\u2066-\\u2069]/g, '').replace(/\\s+/g, ' ').trim(); const want = norm({});
              const l = [...document.querySelectorAll('label')].find(l => norm(l.innerText) === want);
              return l && (l.control || document.getElementById(l.htmlFor)); }}",
            json!(label)
        );
        self.mark(&finder, &format!("select labelled {label:?}"))
            .await?
            .select_by_label(option)
            .await
            .with_context(|| format!("no option {option:?} in {label:?}"))?;
        Ok(())
    }

    /// Sets up a store through the first-run screens (structure, coordinator, passphrase),
    /// confirms the recovery sheet, and waits for the coordinator's home screen.
    pub async fn set_up_store(
        &self,
        structure: &str,
        coordinator: &str,
        passphrase: &str,
    ) -> Result<()> {
        self.wait_for_heading(
            "Installer Passerelle pour votre structure",
            Duration::from_secs(10),
        )
        .await?;
        self.fill("Nom de la structure (obligatoire)", structure)
            .await?;
        self.fill("Nom du lieu", "Médiathèque Jean-Jaurès").await?;
        self.fill("Prénom et nom (obligatoire)", coordinator)
            .await?;
        self.fill("Nouvelle phrase de passe (obligatoire)", passphrase)
            .await?;
        self.fill("Écrivez-la une deuxième fois (obligatoire)", passphrase)
            .await?;
        self.activate("Créer l'espace chiffré").await?;
        self.wait_for_heading("La feuille de récupération", Duration::from_secs(30))
            .await?;
        self.toggle(
            "J'ai imprimé ou enregistré la feuille de récupération et je la range en lieu sûr.",
        )
        .await?;
        self.activate("Continuer").await?;
        self.wait_for_heading(&format!("Bonjour {coordinator}"), Duration::from_secs(10))
            .await
    }

    /// Texts of the page's status and alert regions that currently say something.
    pub async fn status_messages(&self) -> Result<Vec<String>> {
        let v = self
            .js(
                "return [...document.querySelectorAll('[role=status], [role=alert]')]
                   .map(e => e.innerText.replace(/[\\u2066-\\u2069]/g, '').trim()).filter(t => t.length > 0);",
            )
            .await?;
        Ok(serde_json::from_value(v)?)
    }

    /// Waits for a status or alert message containing `text`.
    pub async fn wait_for_status(&self, text: &str, timeout: Duration) -> Result<()> {
        let end = Instant::now() + timeout;
        loop {
            let msgs = self.status_messages().await?;
            if msgs.iter().any(|m| m.contains(text)) {
                return Ok(());
            }
            if Instant::now() > end {
                bail!("no status message containing {text:?}; saw {msgs:?}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Switches the interface language with the header menu and waits for `<html lang>`.
    pub async fn switch_language(&self, code: &str) -> Result<()> {
        self.client
            .find(Locator::Css("#language-select"))
            .await?
            .select_by_value(code)
            .await?;
        self.wait_until(
            &format!("document.documentElement.lang === {}", json!(code)),
            Duration::from_secs(5),
        )
        .await
    }

    /// `[lang, dir]` of the `<html>` element.
    pub async fn html_lang_dir(&self) -> Result<(String, String)> {
        let v = self
            .js("return [document.documentElement.lang, document.documentElement.dir];")
            .await?;
        Ok(serde_json::from_value(v)?)
    }

    /// Presses one key (as the keyboard would, on whatever has focus).
    pub async fn press_key(&self, key: Key) -> Result<()> {
        let k: char = key.into();
        let actions = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: k })
            .then(KeyAction::Up { value: k });
        self.client.perform_actions(actions).await?;
        Ok(())
    }

    /// Types `text` into whatever has focus, one key press per character, and returns how
    /// many keys were pressed.
    pub async fn type_keys(&self, text: &str) -> Result<usize> {
        let mut actions = KeyActions::new("keyboard".into());
        for c in text.chars() {
            actions = actions
                .then(KeyAction::Down { value: c })
                .then(KeyAction::Up { value: c });
        }
        self.client.perform_actions(actions).await?;
        Ok(text.chars().count())
    }

    /// Presses Ctrl and `key` together (one chord).
    pub async fn press_ctrl(&self, key: Key) -> Result<()> {
        self.press_ctrl_char(key.into()).await
    }

    /// Presses Ctrl and a character key together (Ctrl+A selects a field's text).
    pub async fn press_ctrl_char(&self, k: char) -> Result<()> {
        let ctrl: char = Key::Control.into();
        let actions = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: ctrl })
            .then(KeyAction::Down { value: k })
            .then(KeyAction::Up { value: k })
            .then(KeyAction::Up { value: ctrl });
        self.client.perform_actions(actions).await?;
        Ok(())
    }

    /// A short description of the focused element: `tag#id.class "text"`.
    pub async fn focused(&self) -> Result<String> {
        let v = self
            .js("const e = document.activeElement; if (!e) return '';
                 return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
                   (e.className ? '.' + String(e.className).split(' ').join('.') : '') +
                   ' \"' + (e.innerText || '').trim().slice(0, 40) + '\"';")
            .await?;
        Ok(v.as_str().unwrap_or_default().to_owned())
    }

    /// Saves a PNG of the window under `target/e2e-screenshots/NAME.png` and returns its path.
    pub async fn screenshot(&self, name: &str) -> Result<PathBuf> {
        // Shown with a failing test's output: where the run was.
        eprintln!("screenshot {name}");
        let png = self.client.screenshot().await?;
        let dir = screenshot_dir();
        std::fs::create_dir_all(&dir)?;
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png)?;
        Ok(path)
    }

    /// Runs axe-core (pinned npm package) on the current screen and returns its violations.
    pub async fn axe(&self) -> Result<Vec<Violation>> {
        if self.js("return typeof window.axe;").await? != json!("object") {
            let path = workspace().join("tests/e2e/node_modules/axe-core/axe.min.js");
            let src = std::fs::read_to_string(&path).with_context(|| {
                format!("{} missing: run `npm ci` in tests/e2e", path.display())
            })?;
            self.client
                .execute(&src, vec![])
                .await
                .map_err(|e| anyhow!("injecting axe: {e}"))?;
        }
        let script = format!(
            "const done = arguments[arguments.length - 1];
             axe.run(document, {{ runOnly: {{ type: 'tag', values: {} }}, resultTypes: ['violations'] }})
               .then(r => done(JSON.stringify(r.violations.map(v => ({{
                  id: v.id, impact: v.impact || '', help: v.help,
                  targets: v.nodes.map(n => n.target.join(' ') + ' :: ' + (n.failureSummary || '').replace(/\\s+/g, ' '))
               }})))))
               .catch(e => done('ERROR ' + e));",
            json!(AXE_TAGS)
        );
        let out = self
            .client
            .execute_async(&script, vec![])
            .await
            .map_err(|e| anyhow!("running axe: {e:?}"))?;
        let s = out.as_str().unwrap_or_default();
        if let Some(err) = s.strip_prefix("ERROR ") {
            bail!("axe-core failed: {err}");
        }
        let raw: Vec<Value> = serde_json::from_str(s)?;
        Ok(raw
            .into_iter()
            .map(|v| Violation {
                id: v["id"].as_str().unwrap_or_default().to_owned(),
                impact: v["impact"].as_str().unwrap_or_default().to_owned(),
                help: v["help"].as_str().unwrap_or_default().to_owned(),
                targets: serde_json::from_value(v["targets"].clone()).unwrap_or_default(),
            })
            .collect())
    }

    /// Screenshots and audits the current screen in French and in Arabic (right to left),
    /// collecting violations in `failures` so one run reports every screen; back to French.
    pub async fn audit_fr_ar(&self, name: &str, failures: &mut Vec<String>) -> Result<()> {
        for lang in ["fr", "ar"] {
            self.switch_language(lang).await?;
            self.screenshot(&format!("{lang}-{name}")).await?;
            eprintln!("axe {lang} {name}");
            if let Err(e) = self.assert_accessible(&format!("{lang} {name}")).await {
                failures.push(e.to_string());
            }
        }
        eprintln!("back to French after {name}");
        self.switch_language("fr").await
    }

    /// Fails with every violation listed when axe-core finds any on the current screen.
    pub async fn assert_accessible(&self, context: &str) -> Result<()> {
        let v = self.axe().await?;
        if !v.is_empty() {
            let list: Vec<String> = v.iter().map(|x| format!("  {x}")).collect();
            bail!(
                "{context}: {} axe violation(s):\n{}",
                v.len(),
                list.join("\n")
            );
        }
        Ok(())
    }
}
