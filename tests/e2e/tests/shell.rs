//! The application shell, driven for real: every screen in every language passes axe-core, the
//! skip link comes first and reaches `main`, Arabic turns the page right to left, the About
//! screen shows the version `core` returns, and display preferences persist through `core`.

use anyhow::Result;
use fantoccini::key::Key;
use passerelle_e2e::{App, Root};
use std::time::Duration;

const SCREENS: &[(&str, &str)] = &[
    ("#/", "first-run"),
    ("#/settings/display", "settings-display"),
    ("#/about", "about"),
    ("#/accessibility", "accessibility"),
];

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_in_every_language_has_zero_axe_violations() -> Result<()> {
    let root = Root::new()?;
    let app = App::launch(&root).await?;
    let mut failures = Vec::new();
    for locale in passerelle_locales::LOCALES {
        app.switch_language(locale.code).await?;
        for (hash, name) in SCREENS {
            app.goto(hash).await?;
            app.screenshot(&format!("{}-{name}", locale.code)).await?;
            if let Err(e) = app
                .assert_accessible(&format!("{} {name}", locale.code))
                .await
            {
                failures.push(e.to_string());
            }
        }
    }
    // High contrast and the largest text, on the densest screen.
    app.switch_language("fr").await?;
    app.goto("#/settings/display").await?;
    app.choose("Contraste élevé").await?;
    app.choose("200\u{202f}%").await?;
    app.wait_until(
        "document.documentElement.dataset.theme === 'high-contrast'",
        Duration::from_secs(5),
    )
    .await?;
    app.screenshot("fr-settings-display-high-contrast-200")
        .await?;
    if let Err(e) = app
        .assert_accessible("fr settings high contrast 200%")
        .await
    {
        failures.push(e.to_string());
    }
    app.close().await?;
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn skip_link_is_the_first_tab_stop_and_moves_focus_to_main() -> Result<()> {
    let root = Root::new()?;
    let app = App::launch(&root).await?;
    app.js("document.activeElement && document.activeElement.blur(); window.focus();")
        .await?;
    app.press_key(Key::Tab).await?;
    let first = app.focused().await?;
    assert!(
        first.starts_with("a.skip-link"),
        "first Tab stop is {first}"
    );
    assert!(
        first.contains("Aller au contenu"),
        "skip link text: {first}"
    );
    app.press_key(Key::Enter).await?;
    app.wait_until(
        "document.activeElement && document.activeElement.id === 'main'",
        Duration::from_secs(3),
    )
    .await?;
    // The skip link must not have navigated away from the screen.
    assert_eq!(
        app.heading().await?,
        "Installer Passerelle pour votre structure"
    );
    app.close().await
}

#[tokio::test(flavor = "multi_thread")]
async fn arabic_sets_rtl_and_french_sets_it_back() -> Result<()> {
    let root = Root::new()?;
    let app = App::launch(&root).await?;
    assert_eq!(
        app.html_lang_dir().await?,
        ("fr".to_owned(), "ltr".to_owned())
    );
    app.switch_language("ar").await?;
    assert_eq!(
        app.html_lang_dir().await?,
        ("ar".to_owned(), "rtl".to_owned())
    );
    assert_eq!(app.heading().await?, "تثبيت Passerelle لهيكلك");
    let title = app.client.title().await?;
    assert!(
        title.contains("التثبيت الأول"),
        "window title in Arabic: {title}"
    );
    app.switch_language("fr").await?;
    assert_eq!(
        app.html_lang_dir().await?,
        ("fr".to_owned(), "ltr".to_owned())
    );
    app.close().await
}

#[tokio::test(flavor = "multi_thread")]
async fn about_shows_the_version_and_data_folder_from_core() -> Result<()> {
    let root = Root::new()?;
    let app = App::launch(&root).await?;
    app.press("À propos").await?;
    app.wait_for_css("#about-version", Duration::from_secs(5))
        .await?;
    let text = app.main_text().await?;
    let version = env!("CARGO_PKG_VERSION");
    assert!(
        text.contains(&format!("Version {version}")),
        "About text: {text}"
    );
    let data_dir = root.data_dir().display().to_string();
    assert!(
        text.contains(&data_dir),
        "About should show {data_dir}: {text}"
    );
    assert!(text.contains("Pas encore créée"), "no store yet: {text}");
    assert!(
        app.client.title().await?.starts_with("À propos"),
        "window title follows the screen"
    );
    app.close().await
}

#[tokio::test(flavor = "multi_thread")]
async fn display_preferences_persist_through_core() -> Result<()> {
    let root = Root::new()?;
    let app = App::launch(&root).await?;
    app.goto("#/settings/display").await?;
    app.choose("150\u{202f}%").await?;
    app.wait_for_status("Réglage enregistré.", Duration::from_secs(5))
        .await?;
    app.choose("Contraste élevé").await?;
    app.choose("العربية").await?;
    app.wait_until(
        "document.documentElement.dir === 'rtl'",
        Duration::from_secs(5),
    )
    .await?;
    app.wait_for_status("تم حفظ الإعداد", Duration::from_secs(5))
        .await?;
    app.close().await?;

    let saved = std::fs::read_to_string(root.data_dir().join("display.json"))?;
    assert!(
        saved.contains("\"ar\"") && saved.contains("150"),
        "saved preferences: {saved}"
    );

    let app = App::launch(&root).await?;
    app.wait_until(
        "document.documentElement.lang === 'ar'",
        Duration::from_secs(5),
    )
    .await?;
    let (size, theme): (String, String) = serde_json::from_value(
        app.js("return [document.documentElement.style.fontSize, document.documentElement.dataset.theme];")
            .await?,
    )?;
    assert_eq!((size.as_str(), theme.as_str()), ("150%", "high-contrast"));
    app.close().await?;

    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn data_dir_flag_overrides_the_default_folder() -> Result<()> {
    let root = Root::new()?;
    let custom = root.path().join("custom-folder");
    let app = App::launch_with_args(&root, &["--data-dir", custom.to_str().unwrap()]).await?;
    app.goto("#/about").await?;
    app.wait_for_css("#about-version", Duration::from_secs(5))
        .await?;
    let text = app.main_text().await?;
    assert!(text.contains(custom.to_str().unwrap()), "{text}");
    assert!(text.contains("Option --data-dir"), "{text}");
    app.close().await?;
    assert!(custom.is_dir(), "the app created the folder it was given");
    assert!(!root.data_dir().exists(), "the default folder was not used");
    Ok(())
}
