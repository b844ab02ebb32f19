# Not yet reviewed by a native speaker.

## عارض الوثائق: معاينة صورة أو ملف PDF مفكوك التشفير في الذاكرة، والطباعة.

viewer-open = عرض
viewer-open-named = عرض «{ $title }»
viewer-dialog-label = معاينة: { $title }
viewer-close = إغلاق
viewer-loading = جارٍ فك تشفير الوثيقة والتحقق منها…
viewer-rendering = جارٍ عرض الصفحة…
viewer-toolbar = أدوات المعاينة
viewer-zoom-in = تكبير
viewer-zoom-out = تصغير
viewer-zoom-reset = الحجم العادي
viewer-zoom-level = التكبير: { $percent } %
viewer-rotate = تدوير
viewer-previous = الصفحة السابقة
viewer-next = الصفحة التالية
viewer-page-of = الصفحة { $page } من { $count }
viewer-shortcuts = اختصارات لوحة المفاتيح: + تكبير، − تصغير، 0 الحجم العادي، R تدوير، → الصفحة السابقة، ← الصفحة التالية، Esc إغلاق.
viewer-page-text = نص الصفحة { $page }
viewer-stage-label = الوثيقة المعروضة
viewer-too-big = حجم هذه الوثيقة { $size }: ما يتجاوز { $cap } لا يُعرض هنا، كي يبقى الحاسوب سريعًا.
viewer-not-shown = لا يمكن عرض هذا النوع من الملفات ({ $kind }) هنا.
viewer-use-export = لفتحه، صدّره إلى مجلد ثم افتحه بالبرنامج المعتاد على الحاسوب.
viewer-export = تصدير هذه الوثيقة
viewer-failed = تعذّر عرض هذه الوثيقة.
viewer-print = طباعة
viewer-print-exit = تمرّ نسخة عبر خدمة الطباعة في الحاسوب.
viewer-print-preparing = جارٍ تحضير الطباعة…
viewer-print-ready = أُرسلت الوثيقة إلى نافذة الطباعة.
viewer-print-failed = تعذّر تحضير الطباعة.
