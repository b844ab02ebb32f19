//! The only module that talks to the desktop shell. Each function is one Tauri command, typed
//! with `passerelle_api` structs; failures come back as `ApiError` (a code and a Fluent id).

use js_sys::{Function, Object, Promise, Reflect};
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
