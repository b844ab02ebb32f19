// The document viewer's PDF side: pdf.js (npm pdfjs-dist, shipped in ui/dist/viewer/ by
// scripts/lib.sh) fed with bytes already decrypted and authenticated by core. No network, no
// eval (`isEvalSupported: false`), a worker of our own per document (terminated on close),
// and a text layer so screen readers read the page. Called from Rust (ui/src/pages/viewer.rs)
// through wasm-bindgen, which copies this file into the UI's snippets.

const BASE = "/viewer/";
let pdfjs = null;
let worker = null;
let pdfWorker = null;
let doc = null;
let renderTask = null;
let textLayer = null;
let generation = 0;
let session = 0;

async function library() {
  if (!pdfjs) {
    pdfjs = await import(BASE + "pdf.min.mjs");
  }
  return pdfjs;
}

/** Opens a PDF from its bytes; resolves to the number of pages. */
export async function openPdf(bytes) {
  await close();
  const mine = session;
  const lib = await library();
  if (mine !== session) {
    throw new Error("closed while opening");
  }
  // Our own module worker: pdf.js would otherwise wrap the worker in a blob: URL on the app's
  // custom scheme (its origin reads "null"), which the CSP rightly refuses.
  const w = new Worker(BASE + "pdf.worker.min.mjs", { type: "module" });
  const pw = new lib.PDFWorker({ port: w });
  worker = w;
  pdfWorker = pw;
  const stop = () => {
    pw.destroy();
    w.terminate();
    if (worker === w) {
      worker = null;
      pdfWorker = null;
    }
  };
  const task = lib.getDocument({
    data: bytes,
    worker: pw,
    isEvalSupported: false,
    // Everything comes from the app itself; nothing is fetched from elsewhere.
    cMapUrl: BASE + "cmaps/",
    cMapPacked: true,
    standardFontDataUrl: BASE + "standard_fonts/",
    wasmUrl: BASE + "wasm/",
    iccUrl: BASE + "iccs/",
    useSystemFonts: false,
    enableXfa: false,
    stopAtErrors: false,
  });
  let d;
  try {
    d = await task.promise;
  } catch (e) {
    stop();
    throw e;
  }
  if (mine !== session) {
    await d.destroy().catch(() => {});
    stop();
    throw new Error("closed while opening");
  }
  doc = d;
  return d.numPages;
}

function cancelRender() {
  if (renderTask) {
    renderTask.cancel();
    renderTask = null;
  }
  if (textLayer) {
    textLayer.cancel();
    textLayer = null;
  }
}

/**
 * Renders page `n` (from 1) into `canvasContainer` (a fresh canvas replaces the old one when
 * it is drawn) and its text into `textLayerContainer`. `scale` 1 fits the page to the width of
 * the scrolling stage around the container (at most 150 %); `rotation` is 0, 90, 180 or 270.
 * Resolves to the number of characters of the page's text layer.
 */
export async function renderPage(n, scale, rotation, canvasContainer, textLayerContainer) {
  if (!doc) {
    throw new Error("no document");
  }
  const lib = await library();
  cancelRender();
  const mine = ++generation;
  const page = await doc.getPage(n);
  const unit = page.getViewport({ scale: 1, rotation });
  const stage = canvasContainer.closest(".viewer-stage") || canvasContainer.parentElement;
  const room = Math.max(200, (stage ? stage.clientWidth : 800) - 32);
  const fit = Math.min(1.5 * lib.PixelsPerInch.PDF_TO_CSS_UNITS, room / unit.width);
  const viewport = page.getViewport({ scale: fit * scale, rotation });
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement("canvas");
  canvas.width = Math.floor(viewport.width * ratio);
  canvas.height = Math.floor(viewport.height * ratio);
  canvas.style.width = Math.floor(viewport.width) + "px";
  canvas.style.height = Math.floor(viewport.height) + "px";
  // The text layer below says what the page says; the drawing itself is decoration.
  canvas.setAttribute("aria-hidden", "true");
  const task = page.render({
    canvas,
    canvasContext: canvas.getContext("2d"),
    viewport,
    transform: ratio !== 1 ? [ratio, 0, 0, ratio, 0, 0] : null,
  });
  renderTask = task;
  try {
    await task.promise;
  } catch (e) {
    if (e && e.name === "RenderingCancelledException") {
      return -1;
    }
    throw e;
  }
  if (mine !== generation) {
    return -1;
  }
  renderTask = null;
  const frame = canvasContainer.parentElement;
  if (frame) {
    frame.style.width = Math.floor(viewport.width) + "px";
    frame.style.height = Math.floor(viewport.height) + "px";
  }
  canvasContainer.replaceChildren(canvas);
  canvasContainer.setAttribute("data-rendered-page", String(n));

  textLayerContainer.replaceChildren();
  textLayerContainer.style.setProperty("--total-scale-factor", String(viewport.scale));
  textLayerContainer.style.setProperty("--scale-factor", String(viewport.scale));
  textLayerContainer.style.setProperty("--scale-round-x", "1px");
  textLayerContainer.style.setProperty("--scale-round-y", "1px");
  const layer = new lib.TextLayer({
    textContentSource: page.streamTextContent({ includeMarkedContent: true }),
    container: textLayerContainer,
    viewport,
  });
  textLayer = layer;
  try {
    await layer.render();
  } catch (e) {
    if (mine !== generation) {
      return -1;
    }
    throw e;
  }
  if (textLayer === layer) {
    textLayer = null;
  }
  page.cleanup();
  return layer.textContentItemsStr.join("").length;
}

/**
 * Renders every page for printing at `dpi` into `target` (one image each, from a blob: URL
 * handed to `register` so the caller can revoke it). Resolves to the number of pages.
 */
export async function renderForPrint(target, dpi, rotation, register) {
  if (!doc) {
    throw new Error("no document");
  }
  const lib = await library();
  target.replaceChildren();
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: dpi / 72, rotation });
    const canvas = document.createElement("canvas");
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    await page.render({
      canvas,
      canvasContext: canvas.getContext("2d"),
      viewport,
      intent: "print",
    }).promise;
    const blob = await new Promise((ok, fail) =>
      canvas.toBlob((b) => (b ? ok(b) : fail(new Error("toBlob"))), "image/png"),
    );
    // Free the page's pixels at once: only the compressed image stays.
    canvas.width = 0;
    canvas.height = 0;
    const url = URL.createObjectURL(blob);
    register(url);
    const img = document.createElement("img");
    img.alt = "";
    img.className = "print-page";
    // CSS size of the page, so the print fits the sheet as the document says.
    img.style.aspectRatio = `${viewport.width} / ${viewport.height}`;
    img.src = url;
    target.appendChild(img);
    await img.decode().catch(() => {});
    page.cleanup();
  }
  return doc.numPages;
}

/**
 * Draws the image at `url` turned by `rotation` degrees into one page image in `target` (a new
 * blob: URL handed to `register`), so a turned photo prints as it is shown.
 */
export async function imageForPrint(url, rotation, target, register) {
  const img = new Image();
  img.src = url;
  await img.decode();
  const turned = rotation % 180 !== 0;
  const canvas = document.createElement("canvas");
  canvas.width = turned ? img.naturalHeight : img.naturalWidth;
  canvas.height = turned ? img.naturalWidth : img.naturalHeight;
  const ctx = canvas.getContext("2d");
  ctx.translate(canvas.width / 2, canvas.height / 2);
  ctx.rotate((rotation * Math.PI) / 180);
  ctx.drawImage(img, -img.naturalWidth / 2, -img.naturalHeight / 2);
  const blob = await new Promise((ok, fail) =>
    canvas.toBlob((b) => (b ? ok(b) : fail(new Error("toBlob"))), "image/jpeg", 0.92),
  );
  canvas.width = 0;
  canvas.height = 0;
  const out = URL.createObjectURL(blob);
  register(out);
  const page = document.createElement("img");
  page.alt = "";
  page.className = "print-page";
  page.src = out;
  target.replaceChildren(page);
  await page.decode().catch(() => {});
  return 1;
}

/** Closes the document and terminates its worker (which held its bytes). */
export async function close() {
  generation++;
  session++;
  cancelRender();
  const d = doc;
  doc = null;
  const w = worker;
  worker = null;
  const pw = pdfWorker;
  pdfWorker = null;
  try {
    if (d) {
      await d.destroy();
    }
  } catch {
    // Closing must never fail.
  }
  if (pw) {
    pw.destroy();
  }
  if (w) {
    w.terminate();
  }
}
