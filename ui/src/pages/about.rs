//! About: version, data folder and where it came from, the store's presence, licences.

use crate::i18n::{error_text, t, t_args};
use crate::shell::use_info;
use leptos::prelude::*;
use passerelle_api::DataDirSource;
use passerelle_locales::{fluent_id, Value};

fn source_id(s: DataDirSource) -> &'static str {
    match s {
        DataDirSource::Flag => fluent_id!("about-data-dir-source-flag"),
        DataDirSource::Environment => fluent_id!("about-data-dir-source-environment"),
        DataDirSource::Default => fluent_id!("about-data-dir-source-default"),
    }
}

#[component]
pub fn AboutPage() -> impl IntoView {
    let info = use_info();
    view! {
        <h1 tabindex="-1">{move || t("about-heading")}</h1>
        {move || match info.0.get() {
            None => view! { <p>{t("loading")}</p> }.into_any(),
            Some(Err(e)) => view! { <p class="error-text" role="alert">{error_text(&e)}</p> }.into_any(),
            Some(Ok(i)) => {
                let version = i.version.clone();
                view! {
                    <p class="lead" id="about-version">
                        {t_args("about-version", &[("version", Value::from(version))])}
                    </p>
                    <section class="card" aria-labelledby="about-facts">
                        <h2 id="about-facts">{t("about-facts-heading")}</h2>
                        <dl class="facts">
                            <dt>{t("about-version-label")}</dt>
                            <dd>{i.version.clone()}</dd>
                            <dt>{t("about-data-dir-label")}</dt>
                            <dd><code class="path" dir="ltr">{i.data_dir.clone()}</code></dd>
                            <dt>{t("about-data-dir-source-label")}</dt>
                            <dd>{t(source_id(i.data_dir_source))}</dd>
                            <dt>{t("about-store-label")}</dt>
                            <dd>{if i.store_exists { t("about-store-present") } else { t("about-store-absent") }}</dd>
                        </dl>
                    </section>
                    <section class="card" aria-labelledby="about-licence">
                        <h2 id="about-licence">{t("about-licence-heading")}</h2>
                        <p>{t("about-licence-text")}</p>
                    </section>
                    <section aria-labelledby="about-components">
                        <h2 id="about-components">{t("about-components-heading")}</h2>
                        <table class="data-table">
                            <caption>{t("about-components-caption")}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{t("about-component-name")}</th>
                                    <th scope="col">{t("about-component-licence")}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {i.components
                                    .iter()
                                    .map(|c| view! {
                                        <tr>
                                            <th scope="row"><bdi lang="en">{c.name.clone()}</bdi></th>
                                            <td><bdi>{c.licence.clone()}</bdi></td>
                                        </tr>
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                    </section>
                }
                .into_any()
            }
        }}
    }
}
