//! Record an individual support session, with exactly the fields of the national activity
//! report. Built for the keyboard: today's date, 30 minutes, the place of activity and a
//! computer are already chosen; the themes come right after the date; a person's last session
//! can prefill everything ("same as last time"); Ctrl+Enter saves from any field; the
//! procedure fields appear only once "Aide aux démarches administratives" is ticked.

use crate::form::{
    submit_form, today_civil, vocab_options, CheckChoices, ErrorSummary, FormError, Options,
    PlaceSelect, RadioChoices, TagChoices, TextField,
};
use crate::i18n::t;
use crate::ipc;
use crate::route::{hash_param, person_href, Route};
use leptos::prelude::*;
use leptos::task::spawn_local;
use passerelle_api::people::{AddSessionRequest, SessionInput, TagView, UpdateSessionRequest};
use passerelle_api::store::PlaceView;
use passerelle_api::vocab::{
    Autonomy, Canal, Equipment, ProcedureTheme, ReferralCategory, Theme, DURATION_PRESETS,
};
use passerelle_locales::fluent_id;

fn codes<T: Copy>(v: &[T], code: fn(T) -> &'static str) -> Vec<String> {
    v.iter().map(|x| code(*x).to_owned()).collect()
}

fn parse_all<T>(v: &[String], parse: fn(&str) -> Option<T>) -> Vec<T> {
    v.iter().filter_map(|c| parse(c)).collect()
}

/// The form's state: one signal per field, as the inputs hold them.
#[derive(Clone, Copy)]
struct SessionFields {
    date: RwSignal<String>,
    duration: RwSignal<String>,
    custom_duration: RwSignal<String>,
    canal: RwSignal<String>,
    place: RwSignal<String>,
    equipment: RwSignal<Vec<String>>,
    themes: RwSignal<Vec<String>>,
    procedures: RwSignal<Vec<String>>,
    procedure_name: RwSignal<String>,
    autonomy: RwSignal<String>,
    referral: RwSignal<String>,
    referral_to: RwSignal<String>,
    partner: RwSignal<String>,
    tags: RwSignal<Vec<String>>,
    notes: RwSignal<String>,
}

impl SessionFields {
    fn new() -> Self {
        Self {
            date: RwSignal::new(today_civil()),
            duration: RwSignal::new("30".into()),
            custom_duration: RwSignal::new(String::new()),
            canal: RwSignal::new(Canal::Place.code().into()),
            place: RwSignal::new(String::new()),
            equipment: RwSignal::new(vec![Equipment::Computer.code().into()]),
            themes: RwSignal::new(Vec::new()),
            procedures: RwSignal::new(Vec::new()),
            procedure_name: RwSignal::new(String::new()),
            autonomy: RwSignal::new(String::new()),
            referral: RwSignal::new(String::new()),
            referral_to: RwSignal::new(String::new()),
            partner: RwSignal::new(String::new()),
            tags: RwSignal::new(Vec::new()),
            notes: RwSignal::new(String::new()),
        }
    }

    fn fill(&self, s: &SessionInput) {
        self.duration.set(s.duration_min.to_string());
        if !DURATION_PRESETS.contains(&s.duration_min) {
            self.duration.set("other".into());
            self.custom_duration.set(s.duration_min.to_string());
        }
        self.canal.set(s.canal.code().into());
        self.place.set(s.place.clone().unwrap_or_default());
        self.equipment.set(codes(&s.equipment, Equipment::code));
        self.themes.set(codes(&s.themes, Theme::code));
        self.procedures
            .set(codes(&s.procedure_themes, ProcedureTheme::code));
        self.procedure_name.set(s.procedure_name.clone());
        self.autonomy
            .set(s.autonomy.map(|a| a.code().to_owned()).unwrap_or_default());
        self.referral
            .set(s.referral.map(|r| r.code().to_owned()).unwrap_or_default());
        self.referral_to.set(s.referral_to.clone());
        self.partner.set(s.partner.clone().unwrap_or_default());
        self.tags.set(s.tags.clone());
    }

    fn input(&self, person: Option<String>) -> Result<SessionInput, passerelle_api::ApiError> {
        let minutes = match self.duration.get_untracked().as_str() {
            "other" => self.custom_duration.get_untracked(),
            preset => preset.to_owned(),
        };
        let duration_min = minutes.trim().parse::<u16>().map_err(|_| {
            crate::form::local_error("duration", fluent_id!("session-duration-invalid"))
        })?;
        Ok(SessionInput {
            person,
            date: self.date.get_untracked(),
            duration_min,
            canal: Canal::parse(&self.canal.get_untracked()).unwrap_or(Canal::Place),
            place: Some(self.place.get_untracked()).filter(|p| !p.is_empty()),
            equipment: parse_all(&self.equipment.get_untracked(), Equipment::parse),
            themes: parse_all(&self.themes.get_untracked(), Theme::parse),
            procedure_themes: parse_all(&self.procedures.get_untracked(), ProcedureTheme::parse),
            procedure_name: self.procedure_name.get_untracked(),
            autonomy: Autonomy::parse(&self.autonomy.get_untracked()),
            referral: ReferralCategory::parse(&self.referral.get_untracked()),
            referral_to: self.referral_to.get_untracked(),
            partner: Some(self.partner.get_untracked()).filter(|p| !p.is_empty()),
            tags: self.tags.get_untracked(),
            notes: self.notes.get_untracked(),
        })
    }
}

#[component]
pub fn SessionNewPage() -> impl IntoView {
    let person = hash_param("person").filter(|p| !p.is_empty());
    let same = hash_param("same").is_some();
    // Editing a recorded session: the same form, filled with it.
    let editing = hash_param("edit").filter(|e| !e.is_empty());
    let f = SessionFields::new();
    let error: FormError = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let places = RwSignal::new(Vec::<PlaceView>::new());
    let tags = RwSignal::new(Vec::<TagView>::new());
    let partners = RwSignal::new(Vec::<passerelle_api::follow::PartnerView>::new());
    spawn_local(async move {
        if let Ok(all) = ipc::list_partners().await {
            partners.set(all);
        }
    });
    let who = RwSignal::new(None::<String>);

    crate::form::load_places_and_tags(places, tags, f.place);
    if let Some(pid) = person.clone() {
        let editing = editing.clone();
        spawn_local(async move {
            if let Ok(p) = ipc::get_person(&pid).await {
                who.set(Some(crate::pages::people::display_name(
                    &p.profile.first_name,
                    &p.profile.last_name,
                )));
                if let Some(s) = editing.and_then(|e| p.sessions.into_iter().find(|s| s.id == e)) {
                    f.fill(&s.session);
                    f.date.set(s.session.date.clone());
                    f.notes.set(s.session.notes.clone());
                }
            }
            if same {
                if let Ok(Some(last)) = ipc::same_as_last_time(&pid).await {
                    f.fill(&last);
                }
            }
        });
    }

    let back = person
        .as_deref()
        .map(person_href)
        .unwrap_or_else(|| Route::People.href().to_owned());
    let submit = {
        let person = person.clone();
        let editing = editing.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let input = match f.input(person.clone()) {
                Ok(i) => i,
                Err(e) => {
                    error.set(Some(e));
                    crate::form::focus_error_summary("session-errors");
                    return;
                }
            };
            let person = person.clone();
            let editing = editing.clone();
            submit_form(
                busy,
                error,
                "session-errors",
                async move {
                    match editing {
                        Some(id) => {
                            ipc::update_session(&UpdateSessionRequest { id, session: input })
                                .await
                                .map(|()| String::new())
                        }
                        None => ipc::add_session(&AddSessionRequest { session: input }).await,
                    }
                },
                move |_| {
                    let target = person
                        .as_deref()
                        .map(person_href)
                        .unwrap_or_else(|| format!("{}?saved=1", Route::People.href()));
                    if let Some(w) = web_sys::window() {
                        let _ = w.location().set_hash(&target);
                    }
                },
            );
        }
    };

    let durations: Options = vec![
        ("15", fluent_id!("duration-15")),
        ("30", fluent_id!("duration-30")),
        ("45", fluent_id!("duration-45")),
        ("60", fluent_id!("duration-60")),
        ("90", fluent_id!("duration-90")),
        ("120", fluent_id!("duration-120")),
        ("other", fluent_id!("duration-other")),
    ];
    let procedures_open = move || {
        f.themes.with(|v| {
            v.iter()
                .any(|c| c == Theme::AdministrativeProcedures.code())
        })
    };

    let is_edit = editing.is_some();
    view! {
        <h1 tabindex="-1">{move || match who.get() {
            Some(n) if is_edit => crate::i18n::t_args("session-edit-heading-for", &[("name", passerelle_locales::Value::from(n))]),
            Some(n) => crate::i18n::t_args("session-new-heading-for", &[("name", passerelle_locales::Value::from(n))]),
            None if person.is_none() => t("session-new-heading-anonymous"),
            None => t("session-new-heading"),
        }}</h1>
        <ErrorSummary id="session-errors" error=error/>
        <form class="card session-form" on:submit=submit novalidate aria-busy=move || busy.get().then_some("true")
            on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                // Ctrl+Enter saves from any field: a session is recorded while the person waits.
                if ev.key() == "Enter" && (ev.ctrl_key() || ev.meta_key()) {
                    ev.prevent_default();
                    if let Some(form) = ev
                        .current_target()
                        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlFormElement>(t).ok())
                    {
                        let _ = form.request_submit();
                    }
                }
            }>
            <TextField id="date" label=fluent_id!("session-date") value=f.date error=error
                input_type="date" required=true/>
            <CheckChoices group="themes" legend=fluent_id!("session-themes")
                options=vocab_options(Theme::ALL, Theme::code, Theme::label_id)
                value=f.themes error=error field="themes"/>
            {move || procedures_open().then(|| view! {
                <CheckChoices group="procedure_themes" legend=fluent_id!("session-procedures")
                    options=vocab_options(ProcedureTheme::ALL, ProcedureTheme::code, ProcedureTheme::label_id)
                    value=f.procedures error=error field="procedure_themes"/>
                <TextField id="procedure_name" label=fluent_id!("session-procedure-name")
                    hint=fluent_id!("session-procedure-name-hint") value=f.procedure_name
                    error=error autocomplete="off"/>
            })}
            <RadioChoices group="duration" legend=fluent_id!("session-duration-legend")
                options=durations value=f.duration error=error field="duration" inline=true/>
            {move || (f.duration.get() == "other").then(|| view! {
                <TextField id="custom_duration" label=fluent_id!("session-duration-minutes")
                    value=f.custom_duration error=error inputmode="numeric" maxlength=3
                    fields=vec!["duration".to_owned()]/>
            })}
            <RadioChoices group="canal" legend=fluent_id!("session-canal")
                options=vocab_options(Canal::ALL, Canal::code, Canal::label_id) value=f.canal
                error=error field="canal" inline=true/>
            {move || (f.canal.get() == Canal::Place.code()).then(|| view! {
                <PlaceSelect places=places value=f.place/>
            })}
            <CheckChoices group="equipment" legend=fluent_id!("session-equipment")
                options=vocab_options(Equipment::ALL, Equipment::code, Equipment::label_id)
                value=f.equipment error=error field="equipment" inline=true/>
            <RadioChoices group="autonomy" legend=fluent_id!("session-autonomy")
                options=vocab_options(Autonomy::ALL, Autonomy::code, Autonomy::label_id)
                value=f.autonomy error=error field="autonomy"/>
            <div class="field">
                <label for="referral">{move || t("session-referral")}</label>
                <select id="referral" prop:value=move || f.referral.get()
                    on:change=move |ev| f.referral.set(event_target_value(&ev))>
                    <option value="">{move || t("session-referral-none")}</option>
                    {ReferralCategory::ALL.iter().map(|r| {
                        let label = r.label_id();
                        view! { <option value=r.code()>{move || t(label)}</option> }
                    }).collect_view()}
                </select>
            </div>
            {move || (!f.referral.get().is_empty()).then(|| view! {
                {move || (!partners.with(Vec::is_empty)).then(|| view! {
                    <div class="field">
                        <label for="partner">{t("session-partner")}</label>
                        <p class="hint" id="partner-hint">{t("session-partner-hint")}</p>
                        <select id="partner" aria-describedby="partner-hint"
                            prop:value=move || f.partner.get()
                            on:change=move |ev| f.partner.set(event_target_value(&ev))>
                            <option value="">{t("session-partner-none")}</option>
                            // Archived partners stay offered only for a session that names one.
                            {partners.get().into_iter()
                                .filter(|p| !p.archived || f.partner.get_untracked() == p.id)
                                .map(|p| view! { <option value=p.id.clone()>{p.partner.name.clone()}</option> })
                                .collect_view()}
                        </select>
                    </div>
                })}
                <TextField id="referral_to" label=fluent_id!("session-referral-to")
                    value=f.referral_to error=error autocomplete="off"/>
            })}
            <TagChoices tags=tags value=f.tags/>
            <div class="field">
                <label for="notes">{move || t("person-notes")}</label>
                <p class="hint hint-warning" id="session-notes-hint">{move || t("person-notes-warning")}</p>
                <textarea id="notes" rows="3" aria-describedby="session-notes-hint"
                    prop:value=move || f.notes.get()
                    on:input=move |ev| f.notes.set(event_target_value(&ev))></textarea>
            </div>
            <div class="actions">
                <button type="submit" class="primary" aria-keyshortcuts="Control+Enter"
                    aria-describedby="session-save-hint">{move || t("session-save")}</button>
                <a class="button" href=back>{move || t("session-cancel")}</a>
            </div>
            <p class="hint" id="session-save-hint">{move || t("session-save-hint")}</p>
        </form>
    }
}
