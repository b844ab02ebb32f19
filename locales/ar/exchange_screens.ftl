# Not yet reviewed by a native speaker.
# The import and export screen (coordinators).

page-title-exchange = الاستيراد والتصدير
nav-exchange = الاستيراد والتصدير
exchange-heading = الاستيراد والتصدير
exchange-intro = استورد أشخاص جدول بيانات والنشاط السابق من الأداة الوطنية، أو صدّر المرافقات لجهة ممولة. الاستيراد كل شيء أو لا شيء: إذا كان في سطر مشكلة، لا يُحفظ شيء وتُعرض كل مشكلة بسطرها وعمودها.
exchange-import-people-heading = استيراد أشخاص
exchange-import-people-intro = ملف CSV أو XLSX، شخص في كل سطر. يُتجاهل الأشخاص المسجلون من قبل (نفس الاسم ونفس سنة الميلاد).
exchange-import-people-columns = الأعمدة المقروءة: Nom، Prénom، Année de naissance، Commune، N° de téléphone، E-mail، Genre، Notes supplémentaires.
exchange-import-activities-heading = استيراد النشاط السابق (الأداة الوطنية)
exchange-import-activities-intro = ملف XLSX الذي تصدّره أداة النشاط الوطنية، سطر لكل مشارك. تُتجاهل الأنشطة المستوردة من قبل (نفس المعرّف): يبقى تقرير السنة صحيحًا.
exchange-import-activities-columns = الأعمدة المقروءة: أعمدة التصدير الوطني، بأي ترتيب (Date، Type، Participants، Bénéficiaire، Durée، Thématiques، Identifiant…).
exchange-file-label = الملف المراد استيراده
exchange-file-hint = CSV (فاصلة منقوطة أو فاصلة) أو XLSX، 50 ميغابايت على الأكثر.
exchange-file-missing = اختر ملفًا أولًا.
exchange-import-button = التحقق والاستيراد
exchange-progress-reading = قراءة الملف…
exchange-progress-checking = التحقق: { $done } سطرًا من { $total }…
exchange-progress-writing = الحفظ: { $done } من { $total }…
exchange-imported-heading = انتهى الاستيراد.
exchange-imported-rows = { $count ->
    [one] سطر واحد مقروء.
   *[other] { $count } أسطر مقروءة.
}
exchange-imported-people = أشخاص أُنشئوا: { $created }؛ معروفون من قبل، وُجدوا: { $matched }.
exchange-imported-activities = الأنشطة: { $activities } ({ $sessions } مرافقات فردية، { $workshops } ورشات)، أي { $accompaniments } مرافقة.
exchange-imported-skipped = موجودة من قبل، تُجوهلت: { $count }.
exchange-problems-heading = { $count ->
    [one] لم يُستورد شيء: مشكلة واحدة للتصحيح ({ $rows } أسطر مقروءة).
   *[other] لم يُستورد شيء: { $count } مشاكل للتصحيح ({ $rows } أسطر مقروءة).
}
exchange-problems-intro = صحّح هذه الخانات في جدولك، احفظ الملف، ثم استورده من جديد.
exchange-problems-caption = المشاكل الموجودة، سطرًا بسطر
exchange-col-row = السطر
exchange-col-column = العمود
exchange-col-problem = المشكلة
exchange-more-problems = … و{ $count } مشاكل أخرى.
exchange-export-heading = تصدير المرافقات
exchange-export-intro = سطر لكل مشارك، بترتيب أعمدة الأداة الوطنية، وفي الأعلى من صدّر ومتى وبأي مرشحات.
exchange-export-from = من
exchange-export-to = إلى
exchange-export-place = المكان
exchange-export-all-places = كل الأماكن
exchange-export-type = النوع
exchange-export-all-types = كل الأنواع
exchange-format-legend = الصيغة
exchange-format-xlsx = XLSX (جدول بيانات)
exchange-format-csv = CSV (UTF-8، فاصلة منقوطة)
exchange-export-warning = يحتوي الملف على أسماء: احفظه في مجلد آمن واحذفه عندما لا يعود مفيدًا.
exchange-export-button = اختيار مكان الحفظ والتصدير
exchange-exported = { $rows ->
    [0] حُفظ الملف: لا مرافقة في هذه الفترة.
    [one] حُفظ الملف: سطر واحد.
   *[other] حُفظ الملف: { $rows } أسطر.
}
home-shortcut-exchange = الاستيراد والتصدير
home-shortcut-exchange-hint = استيراد جدول أو الأداة الوطنية؛ التصدير لجهة ممولة.
