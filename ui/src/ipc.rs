//! The only module that talks to the desktop shell. Each function is one Tauri command, typed
//! with `passerelle_api` structs; failures come back as `ApiError` (a code and a Fluent id).

use js_sys::{Function, Object, Promise, Reflect};
use passerelle_api::people::{cmd as pcmd, *};
use passerelle_api::store::{cmd as scmd, *};
use passerelle_api::{cmd, ApiError, AppInfo, DisplayPrefs, ErrorCode, SetDisplayPrefs};
use serde::{de::DeserializeOwned, Serialize};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Finds `window.__TAURI__.core.invoke`. Looking it up by reflection gives a clean error when the
/// page runs outside the app, where a static binding would leave the future hanging.
fn invoke_fn() -> Result<Function, ApiError> {
    let missing = || ApiError::new(ErrorCode::ShellUnavailable);
    let window = web_sys::window().ok_or_else(missing)?;
    let tauri = Reflect::get(&window, &JsValue::from_str("__TAURI__")).map_err(|_| missing())?;
    if tauri.is_undefined() || tauri.is_null() {
        return Err(missing());
    }
    let core = Reflect::get(&tauri, &JsValue::from_str("core")).map_err(|_| missing())?;
    Reflect::get(&core, &JsValue::from_str("invoke"))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .ok_or_else(missing)
}

async fn invoke<R: DeserializeOwned>(command: &str, args: JsValue) -> Result<R, ApiError> {
    let internal = || ApiError::new(ErrorCode::Internal);
    let promise: Promise = invoke_fn()?
        .call2(&JsValue::NULL, &JsValue::from_str(command), &args)
        .map_err(|_| internal())?
        .dyn_into()
        .map_err(|_| internal())?;
    match JsFuture::from(promise).await {
        Ok(value) => serde_wasm_bindgen::from_value(value).map_err(|_| internal()),
        // The shell rejects with a serialised ApiError; anything else is unexpected.
        Err(e) => Err(serde_wasm_bindgen::from_value::<ApiError>(e).unwrap_or_else(|_| internal())),
    }
}

/// Serialises named command arguments as a plain JS object (keys as Tauri expects them).
fn args<T: Serialize>(value: &T) -> Result<JsValue, ApiError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|_| ApiError::new(ErrorCode::Internal))
}

fn no_args() -> JsValue {
    Object::new().into()
}

pub async fn app_info() -> Result<AppInfo, ApiError> {
    invoke(cmd::APP_INFO, no_args()).await
}

pub async fn get_display_prefs() -> Result<DisplayPrefs, ApiError> {
    invoke(cmd::GET_DISPLAY_PREFS, no_args()).await
}

pub async fn set_display_prefs(prefs: DisplayPrefs) -> Result<(), ApiError> {
    #[derive(Serialize)]
    struct Args {
        req: SetDisplayPrefs,
    }
    invoke(
        cmd::SET_DISPLAY_PREFS,
        args(&Args {
            req: SetDisplayPrefs { prefs },
        })?,
    )
    .await
}

// ---- store screens ----

/// Calls a command that takes one `req` argument.
async fn call<Q: Serialize, R: DeserializeOwned>(command: &str, req: &Q) -> Result<R, ApiError> {
    #[derive(Serialize)]
    struct Args<'a, Q> {
        req: &'a Q,
    }
    invoke(command, args(&Args { req })?).await
}

pub async fn store_status() -> Result<StoreStatus, ApiError> {
    invoke(scmd::STORE_STATUS, no_args()).await
}

pub async fn setup_store(req: &SetupRequest) -> Result<SignedIn, ApiError> {
    call(scmd::SETUP_STORE, req).await
}

pub async fn recovery_sheet() -> Result<RecoverySheetView, ApiError> {
    invoke(scmd::RECOVERY_SHEET, no_args()).await
}

pub async fn removable_drives() -> Result<Vec<RemovableDriveView>, ApiError> {
    invoke(scmd::REMOVABLE_DRIVES, no_args()).await
}

pub async fn save_recovery_sheet(req: &SaveRecoverySheetRequest) -> Result<String, ApiError> {
    call(scmd::SAVE_RECOVERY_SHEET, req).await
}

pub async fn confirm_recovery_sheet() -> Result<(), ApiError> {
    invoke(scmd::CONFIRM_RECOVERY_SHEET, no_args()).await
}

pub async fn sign_in(req: &SignInRequest) -> Result<SignedIn, ApiError> {
    call(scmd::SIGN_IN, req).await
}

pub async fn sign_in_recovery(req: &RecoverySignInRequest) -> Result<SignedIn, ApiError> {
    call(scmd::SIGN_IN_RECOVERY, req).await
}

pub async fn lock(req: &LockRequest) -> Result<(), ApiError> {
    call(scmd::LOCK, req).await
}

pub async fn touch() -> Result<(), ApiError> {
    invoke(scmd::TOUCH, no_args()).await
}

pub async fn discard_draft() -> Result<(), ApiError> {
    invoke(scmd::DISCARD_DRAFT, no_args()).await
}

pub async fn change_own_passphrase(req: &ChangePassphraseRequest) -> Result<SignedIn, ApiError> {
    call(scmd::CHANGE_OWN_PASSPHRASE, req).await
}

pub async fn list_staff() -> Result<Vec<StaffCard>, ApiError> {
    invoke(scmd::LIST_STAFF, no_args()).await
}

pub async fn add_staff(req: &AddStaffRequest) -> Result<StaffCard, ApiError> {
    call(scmd::ADD_STAFF, req).await
}

pub async fn set_staff_role(req: &StaffRoleRequest) -> Result<(), ApiError> {
    call(scmd::SET_STAFF_ROLE, req).await
}

pub async fn disable_staff(req: &StaffRequest) -> Result<(), ApiError> {
    call(scmd::DISABLE_STAFF, req).await
}

pub async fn remove_staff(req: &StaffRequest) -> Result<(), ApiError> {
    call(scmd::REMOVE_STAFF, req).await
}

pub async fn reset_staff_passphrase(req: &ResetPassphraseRequest) -> Result<(), ApiError> {
    call(scmd::RESET_STAFF_PASSPHRASE, req).await
}

pub async fn get_settings() -> Result<SettingsView, ApiError> {
    invoke(scmd::GET_SETTINGS, no_args()).await
}

pub async fn save_settings(req: &SettingsInput) -> Result<(), ApiError> {
    call(scmd::SAVE_SETTINGS, req).await
}

pub async fn add_place(req: &PlaceInput) -> Result<String, ApiError> {
    call(scmd::ADD_PLACE, req).await
}

pub async fn update_place(req: &UpdatePlaceRequest) -> Result<(), ApiError> {
    call(scmd::UPDATE_PLACE, req).await
}

pub async fn set_device_binding(req: &DeviceBindingRequest) -> Result<(), ApiError> {
    call(scmd::SET_DEVICE_BINDING, req).await
}

pub async fn regenerate_recovery() -> Result<(), ApiError> {
    invoke(scmd::REGENERATE_RECOVERY, no_args()).await
}

pub async fn journal_query(req: &JournalQuery) -> Result<JournalPage, ApiError> {
    call(scmd::JOURNAL_QUERY, req).await
}

pub async fn choose_export_path(req: &ChooseExportPathRequest) -> Result<Option<String>, ApiError> {
    call(scmd::CHOOSE_EXPORT_PATH, req).await
}

pub async fn export_journal_csv(req: &ExportJournalRequest) -> Result<u64, ApiError> {
    call(scmd::EXPORT_JOURNAL_CSV, req).await
}

/// Runs `f` when the shell locks on its own (idle far past the limit). Listens through
/// `window.__TAURI__.event.listen`; outside the app there is nothing to listen to.
pub fn on_shell_locked(f: impl Fn() + 'static) {
    let Some(listen) = listen_fn() else {
        return;
    };
    let cb = wasm_bindgen::closure::Closure::<dyn Fn(JsValue)>::new(move |_| f());
    let _ = listen.call2(
        &JsValue::NULL,
        &JsValue::from_str(SHELL_LOCKED_EVENT),
        cb.as_ref(),
    );
    // The listener lives as long as the page.
    cb.forget();
}

/// `window.__TAURI__.event.listen`; `None` outside the app, where there is nothing to hear.
fn listen_fn() -> Option<Function> {
    web_sys::window()
        .and_then(|w| Reflect::get(&w, &JsValue::from_str("__TAURI__")).ok())
        .filter(|t| !t.is_undefined())
        .and_then(|t| Reflect::get(&t, &JsValue::from_str("event")).ok())
        .and_then(|e| Reflect::get(&e, &JsValue::from_str("listen")).ok())
        .and_then(|l| l.dyn_into::<Function>().ok())
}

/// Must match the shell's event name.
const SHELL_LOCKED_EVENT: &str = "session-locked";

// ---- the mediator's desk ----

pub async fn search_people(query: &str) -> Result<Vec<PersonCard>, ApiError> {
    call(
        pcmd::SEARCH_PEOPLE,
        &SearchPeopleRequest {
            query: query.to_owned(),
        },
    )
    .await
}

pub async fn recent_people() -> Result<Vec<PersonCard>, ApiError> {
    invoke(pcmd::RECENT_PEOPLE, no_args()).await
}

pub async fn get_person(id: &str) -> Result<PersonView, ApiError> {
    call(pcmd::GET_PERSON, &PersonRequest { id: id.to_owned() }).await
}

pub async fn add_person(req: &PersonInput) -> Result<String, ApiError> {
    call(pcmd::ADD_PERSON, req).await
}

pub async fn update_person(req: &UpdatePersonRequest) -> Result<(), ApiError> {
    call(pcmd::UPDATE_PERSON, req).await
}

pub async fn possible_duplicates(req: &PersonInput) -> Result<Vec<PersonCard>, ApiError> {
    call(pcmd::POSSIBLE_DUPLICATES, req).await
}

pub async fn add_session(req: &AddSessionRequest) -> Result<String, ApiError> {
    call(pcmd::ADD_SESSION, req).await
}

pub async fn update_session(req: &UpdateSessionRequest) -> Result<(), ApiError> {
    call(pcmd::UPDATE_SESSION, req).await
}

pub async fn delete_session(id: &str) -> Result<(), ApiError> {
    call(pcmd::DELETE_SESSION, &SessionRequest { id: id.to_owned() }).await
}

pub async fn restore_session(id: &str) -> Result<(), ApiError> {
    call(pcmd::RESTORE_SESSION, &SessionRequest { id: id.to_owned() }).await
}

pub async fn same_as_last_time(id: &str) -> Result<Option<SessionInput>, ApiError> {
    call(
        pcmd::SAME_AS_LAST_TIME,
        &PersonRequest { id: id.to_owned() },
    )
    .await
}

pub async fn list_tags() -> Result<Vec<TagView>, ApiError> {
    invoke(pcmd::LIST_TAGS, no_args()).await
}

pub async fn add_workshop(req: &AddWorkshopRequest) -> Result<String, ApiError> {
    call(pcmd::ADD_WORKSHOP, req).await
}

pub async fn list_workshops() -> Result<Vec<WorkshopView>, ApiError> {
    invoke(pcmd::LIST_WORKSHOPS, no_args()).await
}

pub async fn add_tag(name: &str) -> Result<String, ApiError> {
    call(
        pcmd::ADD_TAG,
        &AddTagRequest {
            name: name.to_owned(),
        },
    )
    .await
}

pub async fn set_tag_archived(id: &str, archived: bool) -> Result<(), ApiError> {
    call(
        pcmd::SET_TAG_ARCHIVED,
        &TagArchivedRequest {
            id: id.to_owned(),
            archived,
        },
    )
    .await
}

pub async fn merge_preview(req: &MergeRequest) -> Result<MergePreviewView, ApiError> {
    call(pcmd::MERGE_PREVIEW, req).await
}

pub async fn merge_people(req: &MergeRequest) -> Result<String, ApiError> {
    call(pcmd::MERGE_PEOPLE, req).await
}

pub async fn unmerge_people(merge: &str) -> Result<String, ApiError> {
    call(
        pcmd::UNMERGE_PEOPLE,
        &UnmergeRequest {
            merge: merge.to_owned(),
        },
    )
    .await
}

pub async fn record_consent(req: &RecordConsentRequest) -> Result<(), ApiError> {
    call(pcmd::RECORD_CONSENT, req).await
}

pub async fn withdraw_consent(id: &str) -> Result<(), ApiError> {
    call(pcmd::WITHDRAW_CONSENT, &PersonRequest { id: id.to_owned() }).await
}

// ---- follow-ups, Today, partners, timeline ----

use passerelle_api::follow::{cmd as fcmd, *};

pub async fn add_follow_up(follow_up: FollowUpInput) -> Result<String, ApiError> {
    call(fcmd::ADD_FOLLOW_UP, &AddFollowUpRequest { follow_up }).await
}

pub async fn follow_up_done(id: &str) -> Result<(), ApiError> {
    call(fcmd::FOLLOW_UP_DONE, &FollowUpRequest { id: id.to_owned() }).await
}

pub async fn postpone_follow_up(req: &PostponeFollowUpRequest) -> Result<(), ApiError> {
    call(fcmd::POSTPONE_FOLLOW_UP, req).await
}

pub async fn today() -> Result<TodayView, ApiError> {
    invoke(fcmd::TODAY, no_args()).await
}

pub async fn follow_up_slip(id: &str) -> Result<FollowUpSlip, ApiError> {
    call(fcmd::FOLLOW_UP_SLIP, &FollowUpRequest { id: id.to_owned() }).await
}

pub async fn list_partners() -> Result<Vec<PartnerView>, ApiError> {
    invoke(fcmd::LIST_PARTNERS, no_args()).await
}

pub async fn add_partner(partner: PartnerInput) -> Result<String, ApiError> {
    call(fcmd::ADD_PARTNER, &AddPartnerRequest { partner }).await
}

pub async fn update_partner(req: &UpdatePartnerRequest) -> Result<(), ApiError> {
    call(fcmd::UPDATE_PARTNER, req).await
}

pub async fn person_timeline(req: &TimelineRequest) -> Result<TimelineView, ApiError> {
    call(fcmd::PERSON_TIMELINE, req).await
}

// ---- privacy rights ----

use passerelle_api::privacy::{cmd as prcmd, *};

pub async fn access_file_name(req: &AccessFileNameRequest) -> Result<String, ApiError> {
    call(prcmd::ACCESS_FILE_NAME, req).await
}

pub async fn export_person_access(req: &ExportAccessRequest) -> Result<AccessExported, ApiError> {
    call(prcmd::EXPORT_PERSON_ACCESS, req).await
}

pub async fn erase_person(id: &str) -> Result<ErasureDone, ApiError> {
    call(prcmd::ERASE_PERSON, &PersonRequest { id: id.to_owned() }).await
}

pub async fn retention_review() -> Result<RetentionReview, ApiError> {
    invoke(prcmd::RETENTION_REVIEW, no_args()).await
}

pub async fn retention_purge(people: Vec<String>) -> Result<RetentionPurged, ApiError> {
    call(prcmd::RETENTION_PURGE, &RetentionPurgeRequest { people }).await
}

/// Relaunches the app on the training data (or back on the real data).
pub async fn switch_training(enter: bool) -> Result<(), ApiError> {
    call(
        cmd::SWITCH_TRAINING,
        &passerelle_api::SwitchTrainingRequest { enter },
    )
    .await
}

// ---- import and export ----

use passerelle_api::exchange::{cmd as xcmd, *};

/// Sends a picked file's bytes as the raw body of the import command (not a JSON array), with
/// the kind and the file name as headers.
pub async fn import_file(
    kind: ImportKind,
    file_name: &str,
    bytes: &js_sys::Uint8Array,
) -> Result<ImportOutcome, ApiError> {
    let kind = match kind {
        ImportKind::People => "people",
        ImportKind::Activities => "activities",
    };
    invoke_raw_body(
        xcmd::IMPORT_FILE,
        bytes,
        &[("x-import-kind", kind), ("x-import-file-name", file_name)],
    )
    .await
}

/// Calls a command whose request body is `bytes` as they are (not a JSON array of numbers),
/// with `headers` beside it. Header values are ASCII: each travels percent-encoded.
async fn invoke_raw_body<R: DeserializeOwned>(
    command: &str,
    bytes: &js_sys::Uint8Array,
    headers: &[(&str, &str)],
) -> Result<R, ApiError> {
    let internal = || ApiError::new(ErrorCode::Internal);
    let h = Object::new();
    for (name, value) in headers {
        let encoded: String = js_sys::encode_uri_component(value).into();
        Reflect::set(&h, &(*name).into(), &encoded.into()).map_err(|_| internal())?;
    }
    let options = Object::new();
    Reflect::set(&options, &"headers".into(), &h).map_err(|_| internal())?;
    let promise: Promise = invoke_fn()?
        .call3(&JsValue::NULL, &JsValue::from_str(command), bytes, &options)
        .map_err(|_| internal())?
        .dyn_into()
        .map_err(|_| internal())?;
    match JsFuture::from(promise).await {
        Ok(value) => serde_wasm_bindgen::from_value(value).map_err(|_| internal()),
        Err(e) => Err(serde_wasm_bindgen::from_value::<ApiError>(e).unwrap_or_else(|_| internal())),
    }
}

/// Where import progress goes (the import screen while it is open).
type ProgressSink = Option<Box<dyn Fn(ImportProgress)>>;

thread_local! {
    static PROGRESS_SINK: std::cell::RefCell<ProgressSink> =
        const { std::cell::RefCell::new(None) };
    static PROGRESS_LISTENING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Sends each progress report of an import to `f` until [`stop_import_progress`]. The shell's
/// event is listened to once for the page's life.
pub fn on_import_progress(f: impl Fn(ImportProgress) + 'static) {
    PROGRESS_SINK.with(|s| *s.borrow_mut() = Some(Box::new(f)));
    if PROGRESS_LISTENING.with(|l| l.replace(true)) {
        return;
    }
    let Some(listen) = listen_fn() else {
        return;
    };
    let cb = wasm_bindgen::closure::Closure::<dyn Fn(JsValue)>::new(move |ev: JsValue| {
        if let Some(p) = Reflect::get(&ev, &JsValue::from_str("payload"))
            .ok()
            .and_then(|v| serde_wasm_bindgen::from_value::<ImportProgress>(v).ok())
        {
            PROGRESS_SINK.with(|s| {
                if let Some(f) = s.borrow().as_ref() {
                    f(p);
                }
            });
        }
    });
    let _ = listen.call2(
        &JsValue::NULL,
        &JsValue::from_str(xcmd::IMPORT_PROGRESS_EVENT),
        cb.as_ref(),
    );
    cb.forget();
}

/// The import screen closed: progress reports go nowhere.
pub fn stop_import_progress() {
    PROGRESS_SINK.with(|s| *s.borrow_mut() = None);
}

pub async fn export_sessions(req: &ExportSessionsRequest) -> Result<ExportSummary, ApiError> {
    call(xcmd::EXPORT_SESSIONS, req).await
}

pub async fn export_sessions_file_name(req: &ExportFileNameRequest) -> Result<String, ApiError> {
    call(xcmd::EXPORT_SESSIONS_FILE_NAME, req).await
}

// ---- activity dashboard ----

/// A period's figures and, with `compare_previous`, the previous period's (chosen by `core`).
pub async fn statistics(
    req: &passerelle_api::stats::StatisticsRequest,
) -> Result<passerelle_api::stats::PeriodStatistics, ApiError> {
    call(passerelle_api::stats::cmd::STATISTICS, req).await
}

// ---- document vault ----

use passerelle_api::vault::{cmd as vcmd, *};

/// Calls a command that answers with raw bytes (an ArrayBuffer), not JSON.
async fn invoke_bytes(command: &str, args: JsValue) -> Result<js_sys::Uint8Array, ApiError> {
    let internal = || ApiError::new(ErrorCode::Internal);
    let promise: Promise = invoke_fn()?
        .call2(&JsValue::NULL, &JsValue::from_str(command), &args)
        .map_err(|_| internal())?
        .dyn_into()
        .map_err(|_| internal())?;
    match JsFuture::from(promise).await {
        Ok(value) => Ok(js_sys::Uint8Array::new(&value)),
        Err(e) => Err(serde_wasm_bindgen::from_value::<ApiError>(e).unwrap_or_else(|_| internal())),
    }
}

pub async fn open_vault(person: &str) -> Result<VaultView, ApiError> {
    call(
        vcmd::OPEN_VAULT,
        &PersonRequest {
            id: person.to_owned(),
        },
    )
    .await
}

/// Sends a file's bytes as the raw body, its metadata as one (percent-encoded) JSON header.
pub async fn add_document(
    meta: &DocumentMeta,
    bytes: &js_sys::Uint8Array,
) -> Result<DocumentAdded, ApiError> {
    let json = serde_json::to_string(meta).map_err(|_| ApiError::new(ErrorCode::Internal))?;
    invoke_raw_body(vcmd::ADD_DOCUMENT, bytes, &[("x-document-meta", &json)]).await
}

fn document_args(id: &str) -> Result<JsValue, ApiError> {
    #[derive(Serialize)]
    struct Args<'a> {
        req: &'a DocumentRequest,
    }
    args(&Args {
        req: &DocumentRequest { id: id.to_owned() },
    })
}

/// A shared document's bytes, whole and authenticated.
pub async fn read_document(id: &str) -> Result<js_sys::Uint8Array, ApiError> {
    invoke_bytes(vcmd::READ_DOCUMENT, document_args(id)?).await
}

/// A document's thumbnail (JPEG); `None` when it has none.
pub async fn document_thumbnail(id: &str) -> Result<Option<js_sys::Uint8Array>, ApiError> {
    let bytes = invoke_bytes(vcmd::DOCUMENT_THUMBNAIL, document_args(id)?).await?;
    Ok((bytes.length() > 0).then_some(bytes))
}

pub async fn update_document(req: &UpdateDocumentRequest) -> Result<(), ApiError> {
    call(vcmd::UPDATE_DOCUMENT, req).await
}

pub async fn delete_document(id: &str) -> Result<(), ApiError> {
    call(
        vcmd::DELETE_DOCUMENT,
        &DocumentRequest { id: id.to_owned() },
    )
    .await
}

pub async fn expiring_documents() -> Result<Vec<ExpiringDocument>, ApiError> {
    call(
        vcmd::EXPIRING_DOCUMENTS,
        &ExpiringRequest { window_days: None },
    )
    .await
}

/// The default file name of a report (for the save dialog).
pub async fn report_file_name(
    req: &passerelle_api::report::ReportRequest,
) -> Result<passerelle_api::report::ReportFile, ApiError> {
    call(passerelle_api::report::cmd::REPORT_FILE_NAME, req).await
}

/// Writes a report to a new file at `path`; returns the file name written.
pub async fn save_report(
    report: passerelle_api::report::ReportRequest,
    path: String,
) -> Result<String, ApiError> {
    call(
        passerelle_api::stats::cmd::SAVE_REPORT,
        &passerelle_api::stats::SaveReportRequest { report, path },
    )
    .await
}

/// Creates the person's private space; the card code comes back once.
pub async fn enrol_private_vault(person: &str, pin: &str) -> Result<PrivateEnrolled, ApiError> {
    call(
        vcmd::ENROL_PRIVATE_VAULT,
        &EnrolPrivateRequest {
            person: person.to_owned(),
            pin: pin.to_owned(),
        },
    )
    .await
}

/// A private document's bytes, opened with the person's card code and PIN.
pub async fn open_private_document(
    id: &str,
    card_text: &str,
    pin: &str,
) -> Result<js_sys::Uint8Array, ApiError> {
    #[derive(Serialize)]
    struct Args<'a> {
        req: &'a OpenPrivateRequest,
    }
    let req = OpenPrivateRequest {
        id: id.to_owned(),
        card_text: card_text.to_owned(),
        pin: pin.to_owned(),
    };
    invoke_bytes(vcmd::OPEN_PRIVATE_DOCUMENT, args(&Args { req: &req })?).await
}

// ---- document viewer ----

/// The shell's command journaling a print (registered in src-tauri's main.rs).
const DOCUMENT_PRINTED: &str = "vault_document_printed";

/// Journals `document.printed` before the viewer opens the OS print dialog.
pub async fn document_printed(id: &str) -> Result<(), ApiError> {
    invoke(DOCUMENT_PRINTED, document_args(id)?).await
}

// ---- vault intake from the native dialog ----

use passerelle_api::vault::picked_cmd;

/// The native dialog: several files at once; empty when cancelled.
pub async fn pick_files() -> Result<Vec<PickedFile>, ApiError> {
    invoke(picked_cmd::PICK_FILES, no_args()).await
}

pub async fn add_picked(token: &str, meta: DocumentMeta) -> Result<DocumentAdded, ApiError> {
    call(
        picked_cmd::ADD_PICKED,
        &AddPickedRequest {
            token: token.to_owned(),
            meta,
        },
    )
    .await
}

/// Deletes the originals of picked files now in the vault; returns their names.
pub async fn delete_sources(tokens: Vec<String>) -> Result<Vec<String>, ApiError> {
    call(picked_cmd::DELETE_SOURCES, &DeleteSourcesRequest { tokens }).await
}

// ---- vault export, card, settings ----

/// Asks for a folder (native dialog) and exports the chosen shared documents there; `None`
/// when the dialog was cancelled (nothing written).
pub async fn export_documents(
    ids: Vec<String>,
    names: ExportNames,
) -> Result<Option<ExportedDocuments>, ApiError> {
    call(vcmd::EXPORT_DOCUMENTS, &ExportChosenRequest { ids, names }).await
}

/// The person's card as PDF bytes (to show and print; nothing written to disk).
pub async fn identity_card_pdf(
    person: &str,
    card_text: &str,
    lang: &str,
) -> Result<js_sys::Uint8Array, ApiError> {
    #[derive(Serialize)]
    struct Args<'a> {
        req: &'a IdentityCardRequest,
    }
    let req = IdentityCardRequest {
        person: person.to_owned(),
        card_text: card_text.to_owned(),
        lang: lang.to_owned(),
    };
    invoke_bytes(vcmd::IDENTITY_CARD_PDF, args(&Args { req: &req })?).await
}

pub async fn vault_settings() -> Result<VaultSettings, ApiError> {
    invoke(vcmd::VAULT_SETTINGS, no_args()).await
}

pub async fn set_vault_settings(req: &VaultSettings) -> Result<(), ApiError> {
    call(vcmd::SET_VAULT_SETTINGS, req).await
}
