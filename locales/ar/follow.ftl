# Not yet reviewed by a native speaker.
# Follow-ups, the Today list, the printed slip, the partner directory and the timeline.

error-follow-up-not-found = هذه الخطوة التالية لم تعد موجودة. أعد تحميل الصفحة.
error-partner-not-found = هذا الشريك ليس في الدليل. أعد تحميل الصفحة.

## Soliguide categories (top level)
partner-category-welcome = الاستقبال
partner-category-activities = الأنشطة
partner-category-food = الغذاء
partner-category-counseling = الاستشارة (قانونية، عنوان بريدي، مرافقة اجتماعية، كاتب عمومي…)
partner-category-training-and-jobs = التكوين والعمل
partner-category-accomodation-and-housing = الإيواء والسكن
partner-category-hygiene-and-wellness = النظافة والرفاه
partner-category-equipment = المعدات
partner-category-health = الصحة
partner-category-technology = الرقمي (حواسيب، واي فاي، مقابس، هاتف)
partner-category-mobility = التنقل

## Today (home screen)
today-heading = اليوم
today-empty = لا شيء مقرر اليوم، ولا شيء متأخر.
today-due-heading = مقرر اليوم ({ $count })
today-overdue-heading = متأخر ({ $count })
today-done-heading = أُنجز اليوم ({ $count })

## Follow-ups
follow-up-heading = الخطوات التالية
follow-up-none = لا توجد خطوة تالية مقررة.
follow-up-add-heading = تحديد خطوة تالية
follow-up-what = ما هو مقرر
follow-up-what-hint = بكلمات بسيطة: يُطبع هذا النص للشخص. مثال: «العودة مع إشعار الضريبة».
follow-up-date = التاريخ
follow-up-time = ساعة الموعد (اختياري)
follow-up-time-hint = مثال: 14:00. بدون ساعة، هو شيء يُنجز في ذلك اليوم.
follow-up-bring = ما يجب إحضاره (ورقة في كل سطر، اختياري)
follow-up-place = المكان
follow-up-place-none = لا مكان محدد
follow-up-save = حفظ الخطوة التالية
follow-up-saved = حُفظت الخطوة التالية.
follow-up-at = { $date } على الساعة { $time }
follow-up-on = { $date }
follow-up-for = لـ { $name }
follow-up-postponed-times = { $count ->
    [one] أُجّل مرة واحدة
   *[other] أُجّل { $count } مرات
}
follow-up-done-at = أُنجز في { $date }
follow-up-mark-done = تم
follow-up-mark-done-named = تم: { $what }
follow-up-marked-done = سُجّل: الخطوة التالية أُنجزت.
follow-up-postpone = تأجيل
follow-up-postpone-named = تأجيل: { $what }
follow-up-postpone-legend = تأجيل «{ $what }»
follow-up-new-date = التاريخ الجديد
follow-up-new-time = الساعة الجديدة (اختياري)
follow-up-postpone-save = التأجيل إلى هذا التاريخ
follow-up-postpone-cancel = إلغاء
follow-up-postponed = أُجّلت الخطوة التالية إلى { $date }.
follow-up-print-slip = طباعة التذكير
follow-up-print-slip-named = طباعة التذكير: { $what }
follow-up-open-record = ملف { $name }

## The printed slip (easy-to-read)
page-title-slip = تذكير للطباعة
slip-intro = هذا هو التذكير الذي يُعطى للشخص. لا يُظهر إلا اسمه الأول.
slip-hello = مرحبًا { $name }،
slip-hello-nameless = مرحبًا،
slip-next = موعدك القادم:
slip-next-task = ما يجب فعله:
slip-when-time = يوم { $date }، على الساعة { $time }.
slip-when-day = يوم { $date }.
slip-where = المكان:
slip-bring = أحضر:
slip-bring-nothing = لا شيء خاص لإحضاره.
slip-footer = إذا لم تستطع الحضور، أخبرنا. سنجد موعدًا آخر.
slip-print = طباعة
slip-back = العودة إلى الملف

## Partners
page-title-partners = الشركاء
nav-partners = الشركاء
partners-intro = الخدمات التي توجّه إليها الأشخاص. يمكن أن تذكر المرافقة الشريك المختار.
partners-empty = لا يوجد شريك بعد. أضف الأول أدناه.
partners-list-heading = الدليل ({ $count })
partners-archived-heading = المؤرشفون ({ $count })
partner-add-heading = إضافة شريك
partner-edit-heading = تعديل: { $name }
partner-name = اسم الخدمة
partner-category = الفئة
partner-category-choose = اختر فئة
partner-address = العنوان
partner-phone = الهاتف
partner-email = البريد الإلكتروني
partner-hours = أوقات العمل
partner-hours-hint = مثال: من الاثنين إلى الجمعة، 9 – 12.
partner-notes = ملاحظات للفريق
partner-save = حفظ الشريك
partner-saved = حُفظ الشريك.
partner-edit = تعديل
partner-edit-named = تعديل { $name }
partner-cancel = إلغاء
partner-archive = أرشفة
partner-archive-named = أرشفة { $name }
partner-unarchive = إعادته إلى الدليل
partner-unarchive-named = إعادة { $name } إلى الدليل
partner-archived = أُرشف الشريك: لم يعد مقترحًا، والتوجيهات السابقة تحتفظ به.
partner-restored = أُعيد الشريك إلى الدليل.
partner-referrals = { $count ->
    [0] لا توجيه
    [one] توجيه واحد
   *[other] { $count } توجيهات
}
home-shortcut-partners = الشركاء
home-shortcut-partners-hint = دليل الخدمات التي توجّه إليها.

## Session form
session-partner = شريك من الدليل (اختياري)
session-partner-none = لا أحد
session-partner-hint = يُملأ الدليل في شاشة الشركاء.
session-referred-to = وُجّه إلى { $name }

## Timeline
timeline-heading = السجل ({ $count })
timeline-filter-legend = عرض
timeline-filter-sessions = المرافقات
timeline-filter-workshops = الورشات
timeline-filter-follow-ups = الخطوات التالية
timeline-filter-consent = الموافقة
timeline-empty = لا شيء للعرض بهذه الاختيارات.
timeline-workshop = ورشة: { $title }
timeline-follow-up = خطوة تالية: { $what }
timeline-follow-up-done = أُنجزت
timeline-follow-up-open = للإنجاز
timeline-consent-given = موافقة مُعطاة: { $scopes }
timeline-consent-withdrawn = سُحبت الموافقة
