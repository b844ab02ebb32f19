# Not yet reviewed by a native speaker.

## Document viewer: preview of an image or a PDF decrypted in memory, printing.

viewer-open = View
viewer-open-named = View “{ $title }”
viewer-dialog-label = Preview: { $title }
viewer-close = Close
viewer-loading = Decrypting and checking the document…
viewer-rendering = Showing the page…
viewer-toolbar = Preview tools
viewer-zoom-in = Zoom in
viewer-zoom-out = Zoom out
viewer-zoom-reset = Normal size
viewer-zoom-level = Zoom: { $percent } %
viewer-rotate = Rotate
viewer-previous = Previous page
viewer-next = Next page
viewer-page-of = Page { $page } of { $count }
viewer-shortcuts = Keyboard shortcuts: + zoom in, − zoom out, 0 normal size, R rotate, ← previous page, → next page, Esc close.
viewer-page-text = Text of page { $page }
viewer-stage-label = Document shown
viewer-too-big = This document weighs { $size }: above { $cap } it is not shown here, so the computer stays fast.
viewer-not-shown = This kind of file ({ $kind }) cannot be shown here.
viewer-use-export = To open it, export it to a folder, then open it with the computer's usual software.
viewer-export = Export this document
viewer-failed = This document could not be shown.
viewer-print = Print
viewer-print-exit = A copy goes through the computer's print service.
viewer-print-preparing = Preparing the print…
viewer-print-ready = Document sent to the print window.
viewer-print-failed = The print could not be prepared.
