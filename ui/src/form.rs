//! Form building blocks: labelled fields with their hint and error linked by
//! `aria-describedby`, an error summary that names and links the field at fault, and the
//! passphrase strength hint.

use crate::i18n::{error_text, t};
use leptos::prelude::*;
use passerelle_api::store::SecretText;
use passerelle_api::{ApiError, ErrorCode};
use passerelle_locales::fluent_id;
use wasm_bindgen::JsCast;

/// The last refusal of a form, if any.
pub type FormError = RwSignal<Option<ApiError>>;

/// The field an `InvalidField` error names (a stable id from `core`).
pub fn field_of(e: &ApiError) -> Option<&str> {
    if e.code != ErrorCode::InvalidField && e.code != ErrorCode::PassphraseTooShort {
        return None;
    }
    e.args
        .iter()
        .find(|(k, _)| k == "field")
        .map(|(_, v)| v.as_str())
        .or(if e.code == ErrorCode::PassphraseTooShort {
            Some("passphrase")
        } else {
            None
        })
}

/// Focuses the first input marked invalid, else the element `id`.
fn focus_field(id: &str) {
    let doc = web_sys::window().and_then(|w| w.document());
    if let Some(el) = doc
        .as_ref()
        .and_then(|d| {
            d.query_selector("main [aria-invalid=\"true\"]")
                .ok()
                .flatten()
        })
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
        return;
    }
    focus_id(id);
}

pub fn focus_id(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// A refusal found by the screen itself (two passphrases that differ…), shown like the
/// shell's: linked to `field`, with its own message.
pub fn local_error(field: &str, message_id: &str) -> ApiError {
    ApiError {
        code: ErrorCode::InvalidField,
        message_id: message_id.to_owned(),
        args: vec![("field".to_owned(), field.to_owned())],
    }
}

/// Moves focus to the form's error summary once it is drawn.
pub fn focus_error_summary(summary_id: &'static str) {
    request_animation_frame(move || focus_id(summary_id));
}

/// A text input with its label, optional hint and error.
///
/// `fields` lists the `core` field ids this input answers for (its own id by default).
#[component]
pub fn TextField(
    #[prop(into)] id: String,
    label: &'static str,
    value: RwSignal<String>,
    error: FormError,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] fields: Option<Vec<String>>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional)] maxlength: Option<u32>,
    #[prop(optional)] required: bool,
    #[prop(optional)] dir_ltr: bool,
    /// A second hint that changes as the user types (e.g. passphrase strength).
    #[prop(optional, into)]
    live_hint: Option<Signal<String>>,
) -> impl IntoView {
    let answers_for = fields.unwrap_or_else(|| vec![id.clone()]);
    let mine = move |e: &ApiError| field_of(e).is_some_and(|f| answers_for.iter().any(|a| a == f));
    let has_error = {
        let mine = mine.clone();
        Memo::new(move |_| error.with(|e| e.as_ref().is_some_and(&mine)))
    };
    let hint_id = format!("{id}-hint");
    let live_id = format!("{id}-live");
    let err_id = format!("{id}-error");
    let described = {
        let (hint_id, live_id, err_id) = (hint_id.clone(), live_id.clone(), err_id.clone());
        move || {
            let mut ids = Vec::new();
            if has_error.get() {
                ids.push(err_id.clone());
            }
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if live_hint.is_some() {
                ids.push(live_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field" class:field-invalid=move || has_error.get()>
            <label for=id.clone()>
                {move || t(label)}
                {required.then(|| view! { <span class="required">" "{move || t("form-required-mark")}</span> })}
            </label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{move || t(h)}</p> })}
            <input
                id=id.clone()
                name=id.clone()
                type=input_type
                autocomplete=autocomplete
                inputmode=inputmode
                maxlength=maxlength
                required=required
                dir=dir_ltr.then_some("ltr")
                aria-invalid=move || has_error.get().then_some("true")
                aria-describedby=described
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
            {live_hint.map(|s| view! { <p class="hint hint-live" id=live_id.clone()>{move || s.get()}</p> })}
            <p class="field-error" id=err_id.clone() hidden=move || !has_error.get()>
                {move || error.with(|e| e.as_ref().filter(|e| mine(e)).map(error_text))}
            </p>
        </div>
    }
}

/// The refusal of a form, read out at once (`role="alert"`), with a link to the field.
#[component]
pub fn ErrorSummary(id: &'static str, error: FormError) -> impl IntoView {
    move || {
        error.get().map(|e| {
            let target = field_of(&e).map(str::to_owned);
            view! {
                <div class="notice notice-error" role="alert" id=id tabindex="-1">
                    <p class="notice-title">{t("error-heading")}</p>
                    <p>{error_text(&e)}</p>
                    {target.map(|f| {
                        let href = format!("#{f}");
                        view! {
                            <p>
                                <a
                                    href=href
                                    on:click=move |ev| {
                                        ev.prevent_default();
                                        focus_field(&f);
                                    }
                                >
                                    {t("form-go-to-field")}
                                </a>
                            </p>
                        }
                    })}
                </div>
            }
        })
    }
}

/// How strong a passphrase looks, as a Fluent id: length counts most, and several words
/// separated by spaces are the advice. No composition rules: any character is fine.
pub fn strength_id(p: &str) -> &'static str {
    let chars = p.chars().count();
    let words = p
        .split_whitespace()
        .filter(|w| w.chars().count() >= 3)
        .count();
    let classes = [
        p.chars().any(|c| c.is_lowercase()),
        p.chars().any(|c| c.is_uppercase()),
        p.chars().any(|c| c.is_ascii_digit()),
        p.chars().any(|c| !c.is_alphanumeric()),
    ]
    .iter()
    .filter(|b| **b)
    .count();
    if chars == 0 {
        "passphrase-strength-empty"
    } else if chars < 10 {
        "passphrase-strength-too-short"
    } else if words >= 4 || chars >= 20 || (chars >= 14 && classes >= 3) {
        "passphrase-strength-strong"
    } else if words >= 3 || chars >= 14 {
        "passphrase-strength-fair"
    } else {
        "passphrase-strength-weak"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strength_favours_length_and_words() {
        assert_eq!(strength_id(""), "passphrase-strength-empty");
        assert_eq!(strength_id("Ab1!"), "passphrase-strength-too-short");
        assert_eq!(strength_id("abcdefghij"), "passphrase-strength-weak");
        assert_eq!(
            strength_id("cheval agrafe pile"),
            "passphrase-strength-fair"
        );
        assert_eq!(
            strength_id("cheval agrafe pile correct"),
            "passphrase-strength-strong"
        );
    }
}

/// A new passphrase typed twice: the pair of fields of the first run and of a passphrase
/// change, checked for a typo here before anything is sent.
#[derive(Clone, Copy)]
pub struct NewPassphrase {
    first: RwSignal<String>,
    repeat: RwSignal<String>,
}

impl NewPassphrase {
    pub fn new() -> Self {
        Self {
            first: RwSignal::new(String::new()),
            repeat: RwSignal::new(String::new()),
        }
    }

    /// The passphrase when both fields agree; otherwise the mismatch is shown, linked to the
    /// repeat field, and focus moves to the summary `summary_id`.
    pub fn checked(&self, error: FormError, summary_id: &'static str) -> Option<SecretText> {
        if self.first.get_untracked() != self.repeat.get_untracked() {
            error.set(Some(local_error(
                "passphrase2",
                fluent_id!("passphrase-mismatch"),
            )));
            focus_error_summary(summary_id);
            return None;
        }
        Some(SecretText::new(self.first.get_untracked()))
    }

    /// Empties both fields (after success: the webview keeps no passphrase around).
    pub fn clear(&self) {
        self.first.set(String::new());
        self.repeat.set(String::new());
    }
}

impl Default for NewPassphrase {
    fn default() -> Self {
        Self::new()
    }
}

/// The two fields of a [`NewPassphrase`], the first with the advice and the strength hint.
#[component]
pub fn NewPassphraseFields(pair: NewPassphrase, error: FormError) -> impl IntoView {
    let first = pair.first;
    let strength = Signal::derive(move || t(strength_id(&first.get())));
    view! {
        <TextField id="passphrase" label=fluent_id!("passphrase-new-label")
            hint=fluent_id!("passphrase-advice") value=pair.first error=error
            input_type="password" autocomplete="new-password" required=true
            live_hint=strength/>
        <TextField id="passphrase2" label=fluent_id!("passphrase-repeat-label")
            value=pair.repeat error=error input_type="password"
            autocomplete="new-password" required=true/>
    }
}

/// Sends one form: a second press while it is on its way does nothing, the previous
/// refusal is cleared, and a new refusal is shown in the summary `summary_id`, which takes
/// focus so a screen reader reads it first.
pub fn submit_form<T: 'static>(
    busy: RwSignal<bool>,
    error: FormError,
    summary_id: &'static str,
    call: impl std::future::Future<Output = Result<T, ApiError>> + 'static,
    on_ok: impl FnOnce(T) + 'static,
) {
    if busy.get_untracked() {
        return;
    }
    busy.set(true);
    error.set(None);
    leptos::task::spawn_local(async move {
        let result = call.await;
        // Free before `on_ok`, which may send a follow-up form of its own.
        busy.set(false);
        match result {
            Ok(v) => on_ok(v),
            Err(e) => {
                error.set(Some(e));
                focus_error_summary(summary_id);
            }
        }
    });
}

/// Options of a choice list: (stable code, Fluent id of the label).
pub type Options = Vec<(&'static str, &'static str)>;

fn group_error(
    error: FormError,
    field: &'static str,
) -> (Memo<bool>, impl Fn() -> Option<String> + Copy) {
    let has = Memo::new(move |_| error.with(|e| e.as_ref().and_then(field_of) == Some(field)));
    let text = move || {
        error.with(|e| {
            e.as_ref()
                .filter(|e| field_of(e) == Some(field))
                .map(error_text)
        })
    };
    (has, text)
}

/// The frame shared by choice lists: a fieldset named by its legend, the choices as a list,
/// and the refusal of `field` linked to the whole group.
fn choice_fieldset(
    group: &'static str,
    legend: &'static str,
    error: FormError,
    field: &'static str,
    inline: bool,
    items: impl IntoView + 'static,
) -> impl IntoView {
    let (has_error, text) = group_error(error, field);
    let err_id = format!("{group}-error");
    view! {
        <fieldset id=group class:field-invalid=move || has_error.get()
            aria-describedby=move || has_error.get().then(|| format!("{group}-error"))>
            <legend>{move || t(legend)}</legend>
            <ul class="choices" class:choices-inline=inline>{items}</ul>
            <p class="field-error" id=err_id hidden=move || !has_error.get()>{text}</p>
        </fieldset>
    }
}

/// One value among several (radio buttons in a fieldset); `field` is the `core` field id
/// whose refusal is shown here.
#[component]
pub fn RadioChoices(
    group: &'static str,
    legend: &'static str,
    options: Options,
    value: RwSignal<String>,
    error: FormError,
    field: &'static str,
    #[prop(optional)] inline: bool,
) -> impl IntoView {
    let items = options
        .into_iter()
        .map(|(code, label)| {
            let id = format!("{group}-{code}");
            view! {
                <li>
                    <input type="radio" name=group id=id.clone() value=code
                        prop:checked=move || value.get() == code
                        on:change=move |_| value.set(code.to_owned())/>
                    <label for=id>{move || t(label)}</label>
                </li>
            }
        })
        .collect_view();
    choice_fieldset(group, legend, error, field, inline, items)
}

/// Any number of values (checkboxes in a fieldset).
#[component]
pub fn CheckChoices(
    group: &'static str,
    legend: &'static str,
    options: Options,
    value: RwSignal<Vec<String>>,
    error: FormError,
    field: &'static str,
    #[prop(optional)] inline: bool,
) -> impl IntoView {
    let items = options
        .into_iter()
        .map(|(code, label)| {
            let id = format!("{group}-{code}");
            view! {
                <li>
                    <input type="checkbox" id=id.clone() value=code
                        prop:checked=move || value.with(|v| v.iter().any(|c| c == code))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            value.update(|v| {
                                v.retain(|c| c != code);
                                if on {
                                    v.push(code.to_owned());
                                }
                            });
                        }/>
                    <label for=id>{move || t(label)}</label>
                </li>
            }
        })
        .collect_view();
    choice_fieldset(group, legend, error, field, inline, items)
}

/// After a screen replaced its heading (its data arrived), gives focus back to the new
/// heading if focus fell to the page itself: keyboard users keep their place.
pub fn refocus_heading_if_lost() {
    request_animation_frame(|| {
        let lost = web_sys::window()
            .and_then(|w| w.document())
            .map(|d| {
                d.active_element()
                    .is_none_or(|a| a.tag_name().eq_ignore_ascii_case("body"))
            })
            .unwrap_or(false);
        if lost {
            crate::shell::focus_heading();
        }
    });
}

/// Choice options of a vocabulary: each value's code and label id.
pub fn vocab_options<T: Copy>(
    all: &[T],
    code: fn(T) -> &'static str,
    label: fn(T) -> &'static str,
) -> Options {
    all.iter().map(|v| (code(*v), label(*v))).collect()
}

/// Today's civil date where the computer is, `YYYY-MM-DD` (what a date input holds).
pub fn today_civil() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// The centre's tags as checkboxes (nothing when it has none).
#[component]
pub fn TagChoices(
    tags: RwSignal<Vec<passerelle_api::people::TagView>>,
    value: RwSignal<Vec<String>>,
) -> impl IntoView {
    move || {
        (!tags.with(Vec::is_empty)).then(|| {
            let opts: Vec<(String, String)> =
                tags.get().into_iter().map(|t| (t.id, t.name)).collect();
            view! {
                <fieldset>
                    <legend>{t("session-tags")}</legend>
                    <ul class="choices choices-inline">
                        {opts.into_iter().map(|(id, name)| {
                            let input_id = format!("tag-{id}");
                            let (a, b) = (id.clone(), id);
                            view! {
                                <li>
                                    <input type="checkbox" id=input_id.clone()
                                        prop:checked=move || value.with(|v| v.contains(&a))
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            let c = b.clone();
                                            value.update(|v| {
                                                v.retain(|x| *x != c);
                                                if on {
                                                    v.push(c);
                                                }
                                            });
                                        }/>
                                    <label for=input_id>{name}</label>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </fieldset>
            }
        })
    }
}

/// The place of activity, offered only when the centre has more than one.
#[component]
pub fn PlaceSelect(
    places: RwSignal<Vec<passerelle_api::store::PlaceView>>,
    value: RwSignal<String>,
) -> impl IntoView {
    move || {
        places.with(|p| p.len() > 1).then(|| {
            view! {
                <div class="field">
                    <label for="place">{t("session-place")}</label>
                    <select id="place" prop:value=move || value.get()
                        on:change=move |ev| value.set(event_target_value(&ev))>
                        {places.get().into_iter().map(|p| view! {
                            <option value=p.id.clone()>{p.place.name.clone()}</option>
                        }).collect_view()}
                    </select>
                </div>
            }
        })
    }
}

/// The active places and tags a session or workshop form offers; the first place is chosen
/// when none is yet.
pub fn load_places_and_tags(
    places: RwSignal<Vec<passerelle_api::store::PlaceView>>,
    tags: RwSignal<Vec<passerelle_api::people::TagView>>,
    place: RwSignal<String>,
) {
    leptos::task::spawn_local(async move {
        if let Ok(s) = crate::ipc::get_settings().await {
            let active: Vec<_> = s.places.into_iter().filter(|p| !p.archived).collect();
            if place.get_untracked().is_empty() {
                if let Some(first) = active.first() {
                    place.set(first.id.clone());
                }
            }
            places.set(active);
        }
        if let Ok(all) = crate::ipc::list_tags().await {
            tags.set(all.into_iter().filter(|t| !t.archived).collect());
        }
    });
}
