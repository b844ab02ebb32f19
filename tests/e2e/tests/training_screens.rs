//! Training mode, against the real app: a training store made by `passerelle demo` opens with
//! the banner on every screen (sign-in, home with its Today list, people, a fictitious
//! person's record), the shared training passphrase is given on the sign-in screen, and the
//! screens pass axe in French and Arabic with the banner on.

use anyhow::{ensure, Context, Result};
use passerelle_e2e::{app_binary, App, Root};
use std::process::Command;
use std::time::Duration;

#[tokio::test(flavor = "multi_thread")]
async fn training_mode_is_marked_on_every_screen() -> Result<()> {
    tokio::time::timeout(Duration::from_secs(600), flow())
        .await
        .context("the training flow did not finish in 10 minutes")?
}

async fn banner_shown(app: &App) -> Result<()> {
    app.wait_until(
        "!!document.querySelector('header #training-banner') && document.querySelector('#training-banner').innerText.includes('Mode formation')",
        Duration::from_secs(5),
    )
    .await
    .context("the training banner is on this screen")
}

async fn flow() -> Result<()> {
    let root = Root::new()?;
    let data = root.path().join("formation");
    let cli = app_binary().with_file_name("passerelle");
    ensure!(
        cli.is_file(),
        "the CLI {} is built with the app",
        cli.display()
    );
    let out = Command::new(&cli)
        .arg("--data-dir")
        .arg(&data)
        .args(["demo", "--size", "small", "--seed", "7"])
        .envs(root.env())
        .output()?;
    ensure!(
        out.status.success(),
        "demo: {}",
        String::from_utf8_lossy(&out.stderr)
    );

    let app = App::launch_with_args(&root, &["--data-dir", &data.display().to_string()]).await?;
    let mut failures = Vec::new();
    app.wait_for_heading("Se connecter", Duration::from_secs(10))
        .await?;
    banner_shown(&app).await?;
    let text = app.main_text().await?;
    ensure!(
        text.contains("formation passerelle"),
        "the training passphrase is given: {text}"
    );
    app.audit_fr_ar("training-sign-in", &mut failures).await?;

    // The first staff member listed, with the shared training passphrase.
    app.js("document.querySelector('#staff input[type=radio]').focus();")
        .await?;
    app.press_key(fantoccini::key::Key::Space).await?;
    app.fill("Phrase de passe", "formation passerelle").await?;
    app.press_key(fantoccini::key::Key::Enter).await?;
    app.wait_for_css(".today", Duration::from_secs(20))
        .await
        .context("signed in to the training home screen")?;
    banner_shown(&app).await?;
    app.audit_fr_ar("training-home", &mut failures).await?;

    app.goto("#/people").await?;
    app.wait_for_heading("Personnes accompagnées", Duration::from_secs(5))
        .await?;
    banner_shown(&app).await?;
    app.wait_for_css(".person-list a", Duration::from_secs(5))
        .await
        .context("fictitious people seen recently")?;
    app.js("document.querySelector('.person-list a').focus();")
        .await?;
    app.press_key(fantoccini::key::Key::Enter).await?;
    app.wait_for_css(".timeline li", Duration::from_secs(10))
        .await
        .context("a fictitious person's timeline")?;
    banner_shown(&app).await?;
    app.audit_fr_ar("training-person", &mut failures).await?;

    app.close().await?;
    ensure!(failures.is_empty(), "axe:\n{}", failures.join("\n"));
    Ok(())
}
