# Not yet reviewed by a native speaker.

## Privacy rights: the right of access, the right to erasure, retention. Arabic PDFs are not
## shaped yet: the summary is printed in French for now; these strings are ready for later.

privacy-pdf-title = معلوماتك المسجّلة
privacy-pdf-subject = كل المعلومات التي تحتفظ بها جهة عن شخص (حق الاطلاع)
privacy-pdf-intro = تحتفظ { $structure } بمعلومات عنك. هذه الوثيقة تعرضها كلها. من حقك أن تراها.
privacy-pdf-structure = الجهة
privacy-pdf-created = تاريخ إنشاء الوثيقة
privacy-pdf-footer = وثيقة شخصية — احتفظ بها لنفسك
privacy-pdf-not-given = غير مذكور

privacy-pdf-you-heading = من أنت
privacy-pdf-anonymous = أنت مسجّل بدون اسم. نحتفظ فقط بما يلزم لعدّ المرافقات.
privacy-pdf-last-name = اللقب
privacy-pdf-first-name = الاسم
privacy-pdf-birth-year = سنة الميلاد
privacy-pdf-gender = الجنس
privacy-pdf-status = الوضع
privacy-pdf-commune = البلدية
privacy-pdf-languages = اللغات
privacy-pdf-phone = الهاتف
privacy-pdf-email = البريد الإلكتروني
privacy-pdf-notes = ملاحظات
privacy-pdf-registered-on = تاريخ إنشاء الملف
privacy-pdf-last-seen = آخر زيارة

privacy-pdf-merged-heading = ملفاتك الأخرى
privacy-pdf-merged-body = كان لديك عدة ملفات. جمعناها في ملف واحد.

privacy-pdf-consent-heading = موافقتك
privacy-pdf-consent-none = لا توجد موافقة مسجّلة.
privacy-pdf-consent-given = أُعطيت في
privacy-pdf-consent-scopes = أنت موافق على
privacy-pdf-consent-withdrawn = سُحبت في
privacy-pdf-consent-in-force = ما زالت سارية
privacy-pdf-consent-guardian = أعطاها وليّك القانوني.

privacy-pdf-sessions-heading = مرافقاتك
privacy-pdf-sessions-none = لا توجد مرافقة مسجّلة.
privacy-pdf-sessions-count = { $count ->
    [one] مرافقة واحدة مسجّلة.
   *[other] { $count } مرافقات مسجّلة.
}
privacy-pdf-date = التاريخ
privacy-pdf-duration = المدة
privacy-pdf-what = ماذا فعلنا
privacy-pdf-minutes = { $minutes } دقيقة
privacy-pdf-deleted = (محذوفة)
privacy-pdf-referred = وُجّهت إلى: { $to }

privacy-pdf-workshops-heading = ورشاتك
privacy-pdf-workshops-none = لا توجد ورشة مسجّلة.
privacy-pdf-workshop = الورشة

privacy-pdf-follow-ups-heading = خطواتك القادمة
privacy-pdf-follow-ups-none = لا توجد خطوة مسجّلة.
privacy-pdf-follow-up-what = المطلوب
privacy-pdf-follow-up-bring = ما يجب إحضاره
privacy-pdf-follow-up-done = أُنجزت في
privacy-pdf-follow-up-not-done = ليس بعد

privacy-pdf-journal-heading = من كتب معلوماتك أو قرأها
privacy-pdf-journal-body = يسجّل Passerelle كل عملية مهمة على معلوماتك. هذه هي العمليات.
privacy-pdf-journal-none = لا توجد عملية مسجّلة.
privacy-pdf-journal-action = العملية
privacy-pdf-journal-by = بواسطة
privacy-pdf-actor-recovery = مفتاح الاسترجاع
privacy-pdf-actor-system = Passerelle

privacy-pdf-rights-heading = حقوقك
privacy-pdf-right-correct = هل هناك معلومة خاطئة؟ اطلب منا تصحيحها.
privacy-pdf-right-erase = يمكنك أن تطلب محو معلوماتك. تبقى مرافقاتك محسوبة، لكن بدون اسمك.
privacy-pdf-right-withdraw = يمكنك سحب موافقتك متى شئت.
privacy-pdf-right-complain = لست موافقًا على ما نفعله؟ يمكنك الكتابة إلى هيئة حماية المعطيات CNIL: www.cnil.fr.
privacy-pdf-json = الملف { $file } يحتوي على نفس المعلومات، بصيغة تقرؤها الحواسيب.

## Command line.

cli-privacy-exported = كُتب التصدير: { $path }
cli-privacy-erased = تم محو الشخص. مرافقات محفوظة بدون اسم: { $sessions }. مقاعد ورشات صارت مجهولة: { $seats }.
cli-privacy-erase-confirm = لمحو هذا الشخص، أعد التشغيل مع ‎--yes. لا يمكن التراجع عن ذلك.
cli-retention-none = لا يوجد ملف غير نشط منذ أكثر من { $months } شهرًا.
cli-retention-listed = { $count } ملفات بدون نشاط منذ { $date } (مدة الحفظ: { $months } شهرًا).
cli-retention-purged = ملفات محيت: { $erased }. ملفات بقيت لأنها نشطة من جديد: { $skipped }.
cli-retention-confirm = لمحو هذه الملفات، أعد التشغيل مع ‎--yes.
