//! The real OS keyring (Secret Service through `keyring` 4) for "bind to this computer", run
//! inside a private D-Bus session with an unlocked gnome-keyring. Skipped, saying so, when
//! `dbus-run-session` or `gnome-keyring-daemon` is not installed.

use std::path::Path;
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_passerelle");
const COORD: &str = "phrase du coordinateur";

fn have(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Runs the given `passerelle` invocations, in order, inside one D-Bus session with a keyring
/// whose files live under `computer` (a stand-in for one PC's home folder).
fn in_keyring_session(computer: &Path, dir: &Path, steps: &[&str]) -> Output {
    let mut script = String::from(
        "set -e\nprintf 'test' | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1\n",
    );
    for s in steps {
        script.push_str(&format!("\"$BIN\" --data-dir \"$DIR\" {s}\n"));
    }
    Command::new("dbus-run-session")
        .args(["--", "sh", "-c", &script])
        .env("BIN", BIN)
        .env("DIR", dir)
        .env("HOME", computer)
        .env("XDG_DATA_HOME", computer.join("data"))
        .env("XDG_RUNTIME_DIR", computer)
        .env("PASSERELLE_PASSPHRASE", COORD)
        .env("PASSERELLE_LANG", "en")
        .env("PASSERELLE_DEBUG_HOOKS", "1")
        .env_remove("PASSERELLE_RECOVERY_KEY")
        .output()
        .unwrap()
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

#[test]
fn binding_needs_the_keyring_and_an_unavailable_keyring_is_reported() {
    if !have("dbus-run-session") || !have("gnome-keyring-daemon") {
        eprintln!("SKIPPED: dbus-run-session or gnome-keyring-daemon not installed");
        return;
    }
    let d = tempfile::tempdir().unwrap();
    let this_pc = tempfile::tempdir().unwrap();
    let other_pc = tempfile::tempdir().unwrap();
    let o = in_keyring_session(
        this_pc.path(),
        d.path(),
        &[
            "debug keyring-check",
            "init --structure Essai --coordinator Camille",
            "staff bind-device --as Camille",
            "unlock-test --as Camille",
        ],
    );
    let t = text(&o);
    assert!(o.status.success(), "{t}");
    assert!(t.contains("keyring: ok"), "{t}");
    assert!(t.contains("bound to this computer"), "{t}");
    // Binding rekeys: an older seal copy (passphrase-only slot) opens nothing current.
    assert!(t.contains("unlocked: generation 2"), "{t}");

    // Without a session bus there is no keyring: reported, never silently bypassed.
    let o = Command::new(BIN)
        .arg("--data-dir")
        .arg(d.path())
        .args(["unlock-test", "--as", "Camille"])
        .env("PASSERELLE_PASSPHRASE", COORD)
        .env("PASSERELLE_LANG", "en")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env("XDG_RUNTIME_DIR", d.path())
        .output()
        .unwrap();
    let t = text(&o);
    assert_eq!(o.status.code(), Some(2), "{t}");
    assert!(t.contains("error-keyring-unavailable"), "{t}");

    // The same computer again (a new session, as after a reboot): it opens.
    let o = in_keyring_session(this_pc.path(), d.path(), &["unlock-test --as Camille"]);
    assert!(o.status.success(), "{}", text(&o));
    // The folder copied to another computer: the passphrase alone opens nothing.
    let o = in_keyring_session(other_pc.path(), d.path(), &["unlock-test --as Camille"]);
    let t = text(&o);
    assert!(!o.status.success(), "{t}");
    assert!(t.contains("error-device-secret-missing"), "{t}");
}
