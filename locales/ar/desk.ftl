# Not yet reviewed by a native speaker.

# مكتب الوسيط: الأشخاص والمرافقات.

page-title-people = الأشخاص المرافَقون
page-title-person-new = شخص جديد
page-title-person = ملف الشخص
page-title-session-new = مرافقة جديدة
nav-people = الأشخاص

people-heading = الأشخاص المرافَقون
people-new = تسجيل شخص جديد
people-anonymous-session = مرافقة مجهولة الهوية
people-search-label = البحث عن شخص
people-search-hint = الاسم، اللقب، الهاتف، البريد الإلكتروني أو سنة الميلاد. لا تهمّ الحركات ولا الأحرف الكبيرة ولا خطأ واحد في الكتابة.
people-found = { $count ->
    [0] لا أحد يطابق.
    [one] شخص واحد يطابق.
   *[other] { $count } أشخاص يطابقون.
}
people-results-heading = نتائج البحث
people-none-found = لا أحد يطابق. تحقّق من الكتابة، أو سجّل شخصًا جديدًا.
people-recent-heading = شوهدوا مؤخرًا
people-recent-empty = لا أحد حتى الآن.
people-approximate = (كتابة قريبة)
person-born = من مواليد { $year }

person-new-heading = تسجيل شخص جديد
person-new-intro = املأ فقط ما يقبل الشخص قوله. الاسم وحده يكفي للعثور عليه لاحقًا.
person-anonymous-label = شخص مجهول الهوية
person-anonymous-hint = بدون اسم ولا هاتف ولا بريد إلكتروني: تُحفظ فقط المعلومات المفيدة للإحصاءات.
person-first-name = الاسم
person-last-name = اللقب
person-birth-year = سنة الميلاد
person-birth-year-hint = 4 أرقام، مثلًا 1984. تُستنتج منها الفئة العمرية.
person-birth-year-invalid = اكتب سنة الميلاد بـ 4 أرقام، مثلًا 1984.
person-gender = الجنس
person-status = الوضع
person-residence = مكان الإقامة
person-phone = الهاتف
person-email = البريد الإلكتروني
person-languages = اللغات المحكية
person-languages-hint = رموز من حرفين أو ثلاثة تفصل بينها فواصل، مثلًا: fr, ar, uk.
person-notes = ملاحظات
person-notes-warning = لا تكتب أبدًا معلومات صحية ولا كلمات مرور.
person-save = تسجيل الشخص
person-save-anyway = ليس أيًّا من هؤلاء: تسجيل
person-duplicates-heading = ربما سُجّل هذا الشخص من قبل
person-duplicates-text = إن كان أحدهم، افتح ملفه. وإلا فسجّل شخصًا جديدًا بالزر أسفل الاستمارة.

person-anonymous-name = شخص مجهول الهوية
person-new-session = مرافقة جديدة
person-same-as-last-time = مثل المرة السابقة
person-profile-heading = المعلومات
person-profile-empty = لا توجد معلومات حتى الآن.
person-minor = قد يكون هذا الشخص قاصرًا: الموافقة يعطيها الوليّ القانوني.
person-sessions-heading = { $count ->
    [0] المرافقات
    [one] مرافقة واحدة
   *[other] { $count } مرافقات
}
person-no-sessions = لا توجد مرافقة مسجّلة.
session-duration = { $minutes } دقيقة
session-recorded-by = بواسطة { $name }
session-delete = حذف
session-delete-named = حذف مرافقة { $date }
session-deleted = حُذفت المرافقة.
session-undo = إلغاء الحذف
session-restored = عادت المرافقة.

session-new-heading = مرافقة جديدة
session-new-heading-for = مرافقة جديدة: { $name }
session-new-heading-anonymous = مرافقة جديدة مجهولة الهوية
session-date = التاريخ
session-duration-legend = المدة
duration-15 = 15 دقيقة
duration-30 = 30 دقيقة
duration-45 = 45 دقيقة
duration-60 = ساعة
duration-90 = ساعة ونصف
duration-120 = ساعتان
duration-other = مدة أخرى
session-duration-minutes = المدة بالدقائق
session-duration-invalid = اكتب المدة بالدقائق، مثلًا 20.
session-canal = مكان المرافقة
session-place = مكان النشاط
session-equipment = الجهاز المستعمل
session-themes = المواضيع
session-procedures = الإجراءات الإدارية
session-procedure-name = اسم الإجراء
session-procedure-name-hint = مثلًا: طلب بطاقة Vitale.
session-autonomy = استقلالية الشخص في النهاية
session-referral = التوجيه
session-referral-none = بدون توجيه
session-referral-to = إلى أي هيئة؟
session-tags = الوسوم
session-save = حفظ المرافقة
session-cancel = إلغاء
home-shortcut-people = استقبال شخص
home-shortcut-people-hint = ابحث عنه أو سجّله، ثم دوّن المرافقة.
session-save-hint = اختصار: Ctrl + Enter يحفظ من أي حقل.

page-title-workshops = الورشات الجماعية
page-title-workshop-new = ورشة جديدة
nav-workshops = الورشات
workshops-heading = الورشات الجماعية
workshops-new = تسجيل ورشة
workshops-latest = آخر الورشات
workshops-none = لا توجد ورشة مسجّلة.
workshop-participants-count = { $count ->
    [one] مشارك واحد
   *[other] { $count } مشاركين
}
workshop-new-heading = تسجيل ورشة
workshop-title = عنوان الورشة
workshop-level = المستوى
workshop-participants = الأشخاص المسجّلون الذين حضروا
workshop-add-person = إضافة شخص (ابحث باسمه)
workshop-add-named = إضافة { $name }
workshop-remove-named = إزالة { $name }
workshop-participants-chosen = { $count ->
    [0] لم يُضف أي شخص مسجّل
    [one] شخص مسجّل واحد
   *[other] { $count } أشخاص مسجّلين
}
workshop-anonymous = مشاركون بدون ملف
workshop-anonymous-hint = عدد الذين حضروا دون تسجيل. فصّلهم أدناه إن كنت تعرف؛ الباقي يُحسب «غير مُصرَّح به».
workshop-by-gender = المشاركون بدون ملف، حسب الجنس
workshop-by-age = المشاركون بدون ملف، حسب الفئة العمرية
workshop-by-status = المشاركون بدون ملف، حسب الوضع
workshop-count-invalid = اكتب عددًا، مثلًا 4.
workshop-save = حفظ الورشة

tags-heading = الوسوم
tags-intro = وسومك الخاصة للمرافقات والورشات: مشروع محلي، برنامج جهة ممولة… تُستعمل للتصفية وللإحصاءات.
tags-none = لا توجد وسوم حتى الآن.
tag-name = وسم جديد
tag-name-hint = مثلًا: مستشار رقمي، دعوة مشاريع 2026.
tag-add = إنشاء الوسم
tag-added = أُنشئ الوسم «{ $name }».
tag-archived = (مؤرشف)
tag-archive-named = أرشفة { $name }
tag-restore-named = إعادة { $name } إلى الخدمة

merge-heading = هل لهذا الشخص ملفان؟
merge-intro = ابحث عن الملف الآخر: ستنتقل مرافقاته إلى هذا الملف ويختفي من البحث. يمكنك الإلغاء.
merge-search = البحث عن الملف الآخر
merge-choose = اختيار { $name }
merge-preview = ستنتقل مرافقات { $other } ({ $moving }) إلى ملف { $kept } الذي لديه { $existing }. سيختفي ملف { $other } من البحث.
merge-confirm = دمج الملفين
merge-done = دُمج الملفان.
merge-undo = إلغاء الدمج
merge-undone = أُلغي الدمج: عاد الملفان.

consent-heading = الموافقة
consent-none = لم تُسجَّل أي موافقة بعد. اقرأ الشرح مع الشخص قبل الاحتفاظ بأي معلومة باسمه.
consent-collect = تسجيل الموافقة
consent-change = تعديل الموافقة
consent-withdraw = سحب الموافقة
consent-withdraw-confirm = هل يسحب الشخص موافقته؟ تبقى مرافقاته محسوبة في الإحصاءات.
consent-given = أُعطيت الموافقة في { $date }.
consent-given-by = أُعطيت الموافقة في { $date }، سجّلها { $name }.
consent-by-guardian = أعطاها وليّ قانوني.
consent-recorded = سُجّلت الموافقة.
consent-withdrawn = سُحبت الموافقة.
consent-notice-heading = معلوماتك لدينا
consent-notice-1 = نحتفظ ببعض المعلومات عنك لمساعدتك في إجراءاتك: اسمك وما نقوم به معًا. تقول فقط ما تريد.
consent-notice-2 = تبقى هذه المعلومات على حاسوب الهيكل. هي مشفّرة: لا يستطيع أحد غيرنا قراءتها. لا نبيعها ولا نعطيها لأحد.
consent-notice-3 = يمكنك أن تطلب رؤيتها أو تصحيحها أو محوها، وأن تسحب موافقتك متى شئت. اسأل وسيطًا.
consent-notice-4 = في تقاريرنا، نعدّ المرافقات دون اسمك.
consent-print = طباعة الإشعار للشخص
consent-scopes = يوافق الشخص على:
consent-guardian = وليّ قانوني يعطي موافقته
consent-guardian-hint = ربما عمر الشخص أقل من 18 سنة: يجب أن يوافق أحد الوالدين أو الوصي.
consent-agree = الشخص موافق: حفظ
session-edit = تعديل
session-edit-named = تعديل مرافقة { $date }
session-edit-heading-for = تعديل المرافقة: { $name }
person-edit = تعديل الملف
person-edit-heading = تعديل الملف
person-save-changes = حفظ التعديلات

journal-action-follow-up-added = أضيفت متابعة
journal-action-follow-up-done = تمت المتابعة
journal-action-follow-up-postponed = أُجّلت المتابعة
journal-action-partner-added = أضيف شريك
journal-action-partner-changed = عُدّل شريك
journal-action-person-exported = صُدّرت بيانات شخص (حق الاطلاع)
journal-action-person-erased = مُحي شخص
journal-action-retention-purged = مُحيت سجلات غير نشطة (مدة الاحتفاظ)
journal-action-import-people = استُورد أشخاص
journal-action-import-activities = استُوردت أنشطة
journal-action-export-sessions = صُدّرت المرافقات
journal-action-demo-generated = أُنشئت بيانات تجريبية (وضع التدريب)
