# Not yet reviewed by a native speaker.
## The vault screens: a person's documents, adding them, the record and Today.

page-title-vault = الوثائق
vault-heading = وثائق { $name }
vault-back-to-record = العودة إلى الملف
vault-size-mb = { $size } ميغابايت
vault-size-kb = { $size } كيلوبايت
vault-kind-pdf = PDF
vault-kind-image = صورة
vault-kind-text = نص
vault-kind-office = مستند مكتبي
vault-usage = المساحة المستعملة: { $used } من { $quota }
vault-nearly-full = الخزنة ممتلئة تقريبًا. احذفوا الوثائق التي لم تعد لازمة.
vault-add-heading = إضافة وثائق
vault-drop-hint = ضعوا الملفات هنا، أو اختاروها من الحاسوب. يمكن إضافة عدة ملفات معًا.
vault-choose-files = أو اختاروا هنا (يبقى الأصل على الحاسوب)
vault-types-hint = PDF، صور (JPEG، PNG، GIF، WebP، HEIC)، مستندات Word أو Excel أو LibreOffice، نصوص.
vault-no-file = اختاروا أولًا ملفًا واحدًا على الأقل.
vault-too-big-for-room = هذه الملفات لا تتّسع في المساحة المتبقية. أزيلوا بعضها أو احذفوا وثائق لم تعد لازمة.
vault-title = العنوان
vault-category = المجلّد
vault-category-choose = أخرى (للتصنيف)
vault-issued-on = تاريخ الإصدار (اختياري)
vault-expires-on-label = تاريخ انتهاء الصلاحية (اختياري)
vault-expires-hint = يظهر تذكير قبل هذا التاريخ، في الملف وفي «اليوم».
vault-notes = ملاحظة (اختياري)
vault-remove-pending = إزالة
vault-remove-pending-named = إزالة { $name }
vault-add-submit = { $count ->
    [one] إضافة الوثيقة
   *[other] إضافة { $count } وثائق
}
vault-progress = جارٍ الإضافة: { $done } من { $count }
vault-added = { $count ->
    [one] أُضيفت الوثيقة وشُفّرت.
   *[other] أُضيفت { $count } وثائق وشُفّرت.
}
vault-added-some = أُضيف { $count }، ورُفض { $failed }: اقرؤوا الرسالة تحت كل ملف مرفوض.
vault-added-nearly-full = أُضيف { $count }. انتباه: الخزنة ممتلئة تقريبًا.
vault-delete-source-reminder = الملف الأصلي ما زال على هذا الحاسوب دون حماية. احذفوه الآن (مثلًا من مجلّد التنزيلات) وأفرغوا سلّة المحذوفات.
vault-list-heading = { $count ->
    [0] لا توجد وثائق
    [one] وثيقة واحدة
   *[other] { $count } وثائق
}
vault-empty = لا توجد وثائق حاليًا.
vault-added-on = أُضيفت في { $date }
vault-edit = تعديل
vault-edit-named = تعديل «{ $title }»
vault-delete = حذف
vault-delete-named = حذف «{ $title }»
vault-delete-confirm-label = تأكيد الحذف
vault-delete-confirm = حذف «{ $title }» نهائيًا؟ لا يمكن استرجاعه.
vault-delete-yes = نعم، احذف
vault-deleted = حُذفت «{ $title }».
vault-save = حفظ
vault-saved = عُدّلت الوثيقة.
vault-record-heading = الوثائق
vault-open = فتح الوثائق
today-expiring-heading = { $count ->
    [one] وثيقة تقترب من انتهاء صلاحيتها
   *[other] { $count } وثائق تقترب من انتهاء صلاحيتها
}
vault-private-heading = المساحة الخاصة
vault-private-what = الوثيقة الخاصة مشفّرة لهذا الشخص وحده: تُفتح ببطاقته ورمزه السرّي.
vault-private-staff = لا أحد في الفريق يستطيع فتحها، ولا حتى المنسّق.
vault-private-lost = إذا أضاع الشخص بطاقته أو نسي رمزه، تضيع وثائقه الخاصة إلى الأبد. لا أحد يستطيع استرجاعها.
vault-private-create = إنشاء المساحة الخاصة لهذا الشخص
vault-private-enrolled = لهذا الشخص مساحة خاصة. وثائقه الخاصة لا تُفتح إلا ببطاقته ورمزه.
vault-pin = الرمز السرّي للشخص (من 4 إلى 8 أرقام)
vault-pin-hint = يكتب الشخص رمزه بنفسه. تجنّبوا 0000 أو 1234 أو تاريخ ميلاده.
vault-pin-again = الرمز نفسه مرة أخرى
vault-pin-mismatch = الرمزان غير متطابقين. اكتبوهما من جديد.
vault-private-understood = فهم الشخص: بدون بطاقته ورمزه تضيع وثائقه الخاصة.
vault-private-must-understand = اشرحوا أولًا للشخص ما يحدث إذا أضاع بطاقته، ثم ضعوا علامة في الخانة.
vault-private-submit = إنشاء المساحة الخاصة
vault-private-created = أُنشئت المساحة الخاصة. اطبعوا البطاقة الآن: رمزها لن يظهر مرة أخرى أبدًا.
vault-card-heading = رمز البطاقة
vault-card-once = هذا الرمز يظهر مرة واحدة فقط. اطبعوا البطاقة وأعطوها للشخص.
vault-card-print = طباعة البطاقة
vault-card-after = بعد الطباعة، غادروا هذه الشاشة: يختفي الرمز.
vault-private-choice = وثيقة خاصة (الشخص وحده يستطيع فتحها)
vault-private-choice-hint = لن تستطيعوا أنتم ولا الفريق فتحها. بدون بطاقته ورمزه تضيع.
vault-private-badge = خاص
vault-pick-files = اختيار ملفات من الحاسوب…
vault-pick-hint = بعد الإضافة، يقترح Passerelle حذف الملفات الأصلية.
vault-originals-title = حذف الملفات الأصلية؟
vault-originals-why = أصبحت الآن مشفّرة في الخزنة. تبقى الملفات الأصلية مقروءة لكل من يستعمل هذا الحاسوب (مثلًا مسح ضوئي منسي في التنزيلات).
vault-originals-delete = حذف الملفات الأصلية
vault-originals-keep = الاحتفاظ بها
vault-originals-deleted = { $count ->
    [one] حُذف الملف الأصلي من الحاسوب.
   *[other] حُذفت { $count } ملفات أصلية من الحاسوب.
}
vault-settings-heading = خزنة الوثائق
vault-settings-quota-hint = بين 1 و100000 ميغابايت. يظهر تنبيه عند 90٪.
vault-settings-window-hint = بين 1 و366 يومًا. افتراضيًا: 60 يومًا.
vault-settings-number = اكتبوا عددًا صحيحًا، دون حروف أو مسافات.
vault-settings-save = حفظ إعدادات الخزنة
vault-settings-saved = حُفظت إعدادات الخزنة.
vault-export-heading = تصدير وثائق
vault-export-names = أسماء الملفات المصدَّرة
vault-export-button-label = { $count ->
    [0] تصدير الوثائق المختارة…
    [one] تصدير الوثيقة المختارة…
   *[other] تصدير { $count } وثائق مختارة…
}
vault-export-none = ضعوا أولًا علامة على الوثائق المراد تصديرها («اختيار للتصدير»).
vault-choose-for-export = اختيار «{ $title }» للتصدير
