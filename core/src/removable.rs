//! Removable drives (USB sticks, SD cards) plugged into this computer, and saving the recovery
//! sheet onto one.
//!
//! The recovery sheet opens the whole store on its own: it must not sit in the data folder or
//! anywhere on the computer's own disk, where a backup, a sync tool or the next user would find
//! it. Passerelle therefore offers only removable drives as destinations, and checks the
//! chosen folder again when saving (the list on screen may be stale).
//!
//! Linux only for now: mounts come from `/proc/self/mounts`, removability from sysfs. A drive
//! counts when it is mounted read-write under `/media/` or `/run/media/` (where the desktop
//! mounts what is plugged in) and its block device is removable or sits on a USB bus.

use crate::fsutil::{write_atomic_new, NewFileError};
use crate::store::StoreError;
use serde::Serialize;
use std::path::{Path, PathBuf};

/// A mounted removable drive, as the "save the recovery sheet" dialog lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RemovableDrive {
    /// The mount point.
    pub path: PathBuf,
    /// The volume's name as the desktop shows it (the mount point's last part).
    pub label: String,
}

/// Start of the recovery sheet's file name; the date and `.pdf` follow.
pub const SHEET_FILE_PREFIX: &str = "passerelle-feuille-de-recuperation-";

/// Removable drives mounted now, writable by this process.
pub fn removable_drives() -> Vec<RemovableDrive> {
    let Ok(text) = std::fs::read_to_string("/proc/self/mounts") else {
        return Vec::new();
    };
    drives_in(&text, Path::new("/sys"))
        .into_iter()
        .filter(|d| writable_dir(&d.path))
        .collect()
}

/// The removable drives among the mounts listed in `mounts_text` (the format of
/// `/proc/self/mounts`), with sysfs at `sys_root`.
fn drives_in(mounts_text: &str, sys_root: &Path) -> Vec<RemovableDrive> {
    let mut out: Vec<RemovableDrive> = Vec::new();
    for line in mounts_text.lines() {
        let mut f = line.split_whitespace();
        let (Some(device), Some(mount), Some(_fstype), Some(options)) =
            (f.next(), f.next(), f.next(), f.next())
        else {
            continue;
        };
        let mount = unescape(mount);
        if !(mount.starts_with("/media/") || mount.starts_with("/run/media/")) {
            continue;
        }
        if !options.split(',').any(|o| o == "rw") || !device.starts_with("/dev/") {
            continue;
        }
        // `/dev/mapper/name` and `/dev/disk/by-…/…` are links to the kernel's name (`dm-0`,
        // `sdb1`), which is what sysfs knows.
        let dev = std::fs::canonicalize(device).unwrap_or_else(|_| PathBuf::from(device));
        let Some(name) = dev.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if !is_removable(sys_root, name, 0) {
            continue;
        }
        let path = PathBuf::from(&mount);
        if out.iter().any(|d| d.path == path) {
            continue;
        }
        let label = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        out.push(RemovableDrive { path, label });
    }
    out
}

/// Octal escapes of `/proc/self/mounts` (`\040` for a space in a volume name).
fn unescape(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let octal = b.get(i + 1..i + 4).and_then(|d| {
            d.iter()
                .all(|c| (b'0'..=b'7').contains(c))
                .then(|| d.iter().fold(0u32, |acc, c| acc * 8 + u32::from(c - b'0')))
        });
        if let (b'\\', Some(v)) = (b[i], octal.and_then(|v| u8::try_from(v).ok())) {
            out.push(v);
            i += 4;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Whether the block device `name` is removable: its disk says so, or it hangs off a USB bus,
/// or (device mapper: an encrypted stick opened by the desktop) what it is built on is.
fn is_removable(sys_root: &Path, name: &str, depth: u32) -> bool {
    if depth > 4 || name.contains('/') || name.starts_with('.') {
        return false;
    }
    let Ok(root) = std::fs::canonicalize(sys_root) else {
        return false;
    };
    let Ok(real) = std::fs::canonicalize(sys_root.join("class/block").join(name)) else {
        return false;
    };
    let inside = real.strip_prefix(&root).unwrap_or(&real);
    if inside.to_string_lossy().contains("/usb") {
        return true;
    }
    let disk = if real.join("partition").exists() {
        real.parent()
            .map(Path::to_owned)
            .unwrap_or_else(|| real.clone())
    } else {
        real.clone()
    };
    let flag = std::fs::read_to_string(disk.join("removable")).unwrap_or_default();
    if flag.trim() == "1" {
        return true;
    }
    std::fs::read_dir(real.join("slaves"))
        .into_iter()
        .flatten()
        .flatten()
        .any(|e| {
            e.file_name()
                .to_str()
                .is_some_and(|n| is_removable(sys_root, n, depth + 1))
        })
}

/// Whether this process may write into `dir`, judged from its mode bits (so that listing the
/// drives never writes a probe file onto someone's stick). The owner of `/proc/self` is this
/// process's user.
fn writable_dir(dir: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let Ok(m) = std::fs::metadata(dir) else {
        return false;
    };
    if !m.is_dir() {
        return false;
    }
    let me = std::fs::metadata("/proc/self").map(|p| p.uid()).ok();
    let mode = m.mode();
    me == Some(0)
        || (me == Some(m.uid()) && mode & 0o200 != 0)
        // Group membership is not known here: a group-writable folder is offered, and a
        // refused write is reported when saving.
        || mode & 0o020 != 0
        || mode & 0o002 != 0
}

/// Saves the recovery sheet onto `drive`, which must be one of the removable drives plugged
/// in now. See [`save_recovery_sheet_in`].
pub fn save_recovery_sheet(drive: &Path, pdf: &[u8], date: &str) -> Result<PathBuf, StoreError> {
    save_recovery_sheet_in(drive, &removable_drives(), pdf, date)
}

/// Saves the recovery sheet as `passerelle-feuille-de-recuperation-<date>.pdf` at the top of
/// `drive`, which must be one of `allowed`; `date` is `YYYY-MM-DD`. An existing sheet is never
/// replaced: the new one is named `… (2).pdf`, `… (3).pdf`… Returns the file written.
pub fn save_recovery_sheet_in(
    drive: &Path,
    allowed: &[RemovableDrive],
    pdf: &[u8],
    date: &str,
) -> Result<PathBuf, StoreError> {
    if !allowed.iter().any(|d| d.path == drive) {
        return Err(StoreError::NotRemovableDrive);
    }
    // The date becomes part of a file name: only a real calendar date is accepted.
    if date.len() != 10 || date.parse::<jiff::civil::Date>().is_err() {
        return Err(StoreError::InvalidField { field: "date" });
    }
    for n in 1..=99u32 {
        let name = if n == 1 {
            format!("{SHEET_FILE_PREFIX}{date}.pdf")
        } else {
            format!("{SHEET_FILE_PREFIX}{date} ({n}).pdf")
        };
        let path = drive.join(name);
        match write_atomic_new(&path, pdf) {
            Ok(()) => {
                // Readable by its owner only where the file system keeps modes (a FAT stick
                // does not; the sheet's own advice is to keep the stick in a safe).
                #[cfg(unix)]
                {
                    use std::os::unix::fs::PermissionsExt;
                    let _ = std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600));
                }
                return Ok(path);
            }
            Err(NewFileError::Exists) => continue,
            Err(NewFileError::Core(e)) => return Err(StoreError::Core(e)),
        }
    }
    Err(StoreError::FileExists)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    /// A fake sysfs: `devices/…/block/<disk>[/<part>]` folders and `class/block/<name>` links.
    struct FakeSys {
        dir: tempfile::TempDir,
    }

    impl FakeSys {
        fn new() -> Self {
            let dir = tempfile::tempdir().unwrap();
            std::fs::create_dir_all(dir.path().join("class/block")).unwrap();
            Self { dir }
        }

        fn root(&self) -> &Path {
            self.dir.path()
        }

        /// A disk under `bus` (a path below `devices/`) with its `removable` flag and partitions.
        fn disk(&self, bus: &str, disk: &str, removable: bool, parts: &[&str]) {
            let d = self
                .root()
                .join("devices")
                .join(bus)
                .join("block")
                .join(disk);
            std::fs::create_dir_all(&d).unwrap();
            std::fs::write(d.join("removable"), if removable { "1\n" } else { "0\n" }).unwrap();
            symlink(&d, self.root().join("class/block").join(disk)).unwrap();
            for p in parts {
                std::fs::create_dir_all(d.join(p)).unwrap();
                std::fs::write(d.join(p).join("partition"), "1\n").unwrap();
                symlink(d.join(p), self.root().join("class/block").join(p)).unwrap();
            }
        }

        /// A device-mapper device built on `slave`.
        fn dm(&self, name: &str, slave: &str) {
            let d = self.root().join("devices/virtual/block").join(name);
            std::fs::create_dir_all(d.join("slaves")).unwrap();
            std::fs::write(d.join("removable"), "0\n").unwrap();
            std::fs::write(d.join("slaves").join(slave), "").unwrap();
            symlink(&d, self.root().join("class/block").join(name)).unwrap();
        }
    }

    const MOUNTS: &str = "\
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
/dev/nvme0n1p1 /boot/efi vfat rw,relatime 0 0
tmpfs /run tmpfs rw,nosuid 0 0
/dev/sda1 /media/camille/CLE\\040USB vfat rw,nosuid,nodev,relatime,uid=1000 0 0
/dev/sdb1 /media/camille/Sauvegarde ext4 rw,nosuid,nodev 0 0
/dev/sdc1 /run/media/camille/CARTE exfat rw,nosuid 0 0
/dev/sdd1 /media/camille/LECTURE vfat ro,nosuid 0 0
/dev/nvme0n1p3 /media/camille/Interne ext4 rw 0 0
/dev/dm-0 /media/camille/Chiffree ext4 rw 0 0
/dev/sda1 /media/camille/CLE\\040USB vfat rw,nosuid 0 0
";

    fn fake() -> FakeSys {
        let s = FakeSys::new();
        s.disk(
            "pci0000:00/0000:00:1d.0",
            "nvme0n1",
            false,
            &["nvme0n1p1", "nvme0n1p2", "nvme0n1p3"],
        );
        // A USB stick whose flag says "fixed", as many do: the bus decides.
        s.disk(
            "pci0000:00/0000:00:14.0/usb2/2-1/2-1:1.0/host6/target6:0:0/6:0:0:0",
            "sda",
            false,
            &["sda1"],
        );
        // A SATA disk: not removable, though mounted under /media.
        s.disk(
            "pci0000:00/0000:00:17.0/ata2/host1/target1:0:0/1:0:0:0",
            "sdb",
            false,
            &["sdb1"],
        );
        // A card reader that flags its media removable.
        s.disk("pci0000:00/0000:00:1c.0/mmc0", "sdc", true, &["sdc1"]);
        s.disk(
            "pci0000:00/0000:00:14.0/usb1/1-2/1-2:1.0/host7/target7:0:0/7:0:0:0",
            "sdd",
            true,
            &["sdd1"],
        );
        s.dm("dm-0", "sda1");
        s
    }

    #[test]
    fn only_writable_removable_drives_under_media_are_listed() {
        let s = fake();
        let drives = drives_in(MOUNTS, s.root());
        assert_eq!(
            drives,
            vec![
                RemovableDrive {
                    path: "/media/camille/CLE USB".into(),
                    label: "CLE USB".into()
                },
                RemovableDrive {
                    path: "/run/media/camille/CARTE".into(),
                    label: "CARTE".into()
                },
                RemovableDrive {
                    path: "/media/camille/Chiffree".into(),
                    label: "Chiffree".into()
                },
            ]
        );
    }

    #[test]
    fn a_missing_or_odd_sysfs_entry_is_not_removable() {
        let s = FakeSys::new();
        assert!(drives_in(MOUNTS, s.root()).is_empty());
        assert!(!is_removable(s.root(), "../../etc", 0));
        assert_eq!(unescape("a\\040b\\134c\\04"), "a b\\c\\04");
    }

    fn drive(dir: &Path) -> Vec<RemovableDrive> {
        vec![RemovableDrive {
            path: dir.to_owned(),
            label: "CLE".into(),
        }]
    }

    #[test]
    fn the_sheet_goes_only_to_a_listed_drive_and_never_replaces_a_file() {
        let d = tempfile::tempdir().unwrap();
        let stick = d.path().join("stick");
        std::fs::create_dir(&stick).unwrap();
        let allowed = drive(&stick);
        let elsewhere = d.path().join("disk");
        std::fs::create_dir(&elsewhere).unwrap();
        assert!(matches!(
            save_recovery_sheet_in(&elsewhere, &allowed, b"%PDF", "2026-11-21"),
            Err(StoreError::NotRemovableDrive)
        ));
        assert!(std::fs::read_dir(&elsewhere).unwrap().next().is_none());
        for bad in ["../x", "2026-11-31", "21/11/2026", "2026-11-21/../../a", ""] {
            assert!(
                matches!(
                    save_recovery_sheet_in(&stick, &allowed, b"%PDF", bad),
                    Err(StoreError::InvalidField { field: "date" })
                ),
                "{bad}"
            );
        }
        let first = save_recovery_sheet_in(&stick, &allowed, b"%PDF one", "2026-11-21").unwrap();
        assert_eq!(
            first,
            stick.join("passerelle-feuille-de-recuperation-2026-11-21.pdf")
        );
        let second = save_recovery_sheet_in(&stick, &allowed, b"%PDF two", "2026-11-21").unwrap();
        assert_eq!(
            second,
            stick.join("passerelle-feuille-de-recuperation-2026-11-21 (2).pdf")
        );
        let third = save_recovery_sheet_in(&stick, &allowed, b"%PDF three", "2026-11-21").unwrap();
        assert!(third.ends_with("passerelle-feuille-de-recuperation-2026-11-21 (3).pdf"));
        assert_eq!(std::fs::read(&first).unwrap(), b"%PDF one");
        assert_eq!(std::fs::read(&second).unwrap(), b"%PDF two");
        // The same folder written with a trailing slash is the same drive.
        let slash = PathBuf::from(format!("{}/", stick.display()));
        assert!(save_recovery_sheet_in(&slash, &allowed, b"%PDF", "2026-11-22").is_ok());
    }
}
