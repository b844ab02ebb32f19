# Not yet reviewed by a native speaker.
# The privacy screens: right of access and erasure on a person's record, the retention review.

privacy-heading = حقوق الشخص في بياناته
privacy-access-intro = يمكن للشخص أن يطلب كل ما تحتفظون به عنه. تحفظ ملفًا مضغوطًا فيه ملخص مقروء (PDF) والبيانات نفسها للحاسوب (JSON). اسم الملف لا يحتوي على اسمه.
privacy-access-button = تصدير بياناته (حق الاطلاع)
privacy-access-done = { $sessions ->
    [one] صُدّرت البيانات، مع مرافقة واحدة. أعط الملف للشخص، ثم احذفه من هذا الحاسوب.
   *[other] صُدّرت البيانات، مع { $sessions } مرافقات. أعط الملف للشخص، ثم احذفه من هذا الحاسوب.
}
privacy-erase-heading = محو الشخص
privacy-erase-intro = يُمحى اسمه وبيانات الاتصال به وملاحظاته وموافقته وخطواته التالية إلى الأبد. تبقى مرافقاته محسوبة في الإحصاءات، بدون اسمه. لا يمكن التراجع.
privacy-erase-button = محو هذا الشخص…
privacy-erase-understood = فهمت: المحو نهائي.
privacy-erase-confirm-missing = ضع علامة في المربع لتأكيد المحو.
privacy-erase-confirm = المحو نهائيًا
privacy-erase-cancel = إلغاء
privacy-erased = { $sessions ->
    [0] مُحي الشخص.
    [one] مُحي الشخص. تبقى مرافقته محسوبة، بدون اسمه.
   *[other] مُحي الشخص. تبقى مرافقاته الـ { $sessions } محسوبة، بدون اسمه.
}

page-title-retention = مدة الاحتفاظ
nav-retention = الاحتفاظ
retention-heading = سجلات غير نشطة للمحو
retention-intro = تُقترح للمحو السجلات التي لا نشاط فيها منذ مدة أطول من المدة المختارة. تحقق من القائمة ثم امحها. تبقى المرافقات محسوبة، بدون الأسماء.
retention-period-heading = مدة الاحتفاظ
retention-months = عدد الأشهر بدون نشاط
retention-months-hint = بين 6 و120 شهرًا. 24 شهرًا افتراضيًا.
retention-months-invalid = اكتب عدد الأشهر، مثلًا 24.
retention-period-save = حفظ المدة
retention-period-saved = حُفظت مدة الاحتفاظ.
retention-list-heading = للمحو ({ $count })
retention-rule = المدة: { $months } شهرًا. تُقترح السجلات التي لا نشاط فيها منذ { $date }.
retention-none = لا يوجد سجل غير نشط. لا شيء للمحو.
retention-table-caption = سجلات بدون نشاط حديث، الأقدم أولًا
retention-col-person = الشخص
retention-col-last-activity = آخر نشاط
retention-col-sessions = المرافقات والورشات
retention-purge-warning = المحو نهائي. الشخص الذي عاد في الأثناء لا يُمحى.
retention-purge = { $count ->
    [one] محو هذا السجل
   *[other] محو هذه السجلات الـ { $count }
}
retention-purged = { $count ->
    [0] لم يُمحَ أي سجل.
    [one] مُحي سجل واحد.
   *[other] مُحيت { $count } سجلات.
}{ $skipped ->
    [0] {""}
   *[other] {" "}عاد { $skipped } في الأثناء وحُفظوا.
}
home-shortcut-retention = الاحتفاظ بالبيانات
home-shortcut-retention-hint = السجلات غير النشطة للتحقق منها ثم محوها.
