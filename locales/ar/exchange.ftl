# Not yet reviewed by a native speaker.

# الاستيراد والتصدير: الأشخاص والأنشطة السابقة من جدول بيانات، وتصدير المرافقات بترتيب أعمدة الأداة الوطنية.

error-file-too-large = هذا الملف كبير جدًا (أكثر من { $max_mb } ميغابايت). صدّر فترة أقصر، أو احفظه بصيغة XLSX الأصغر حجمًا.
error-unknown-file-format = يقرأ Passerelle ملفات CSV وXLSX. افتح هذا الملف في برنامج الجداول واحفظه بإحدى هاتين الصيغتين.
error-empty-file = لا يحتوي هذا الملف على أي سطر. تحقّق من أنك اخترت الملف الصحيح.
error-unreadable-file = تتعذّر قراءة هذا الملف: ربما هو تالف، أو ليس جدولًا. افتحه في برنامج الجداول ثم احفظه من جديد بصيغة CSV أو XLSX.

## مشكلات سطر (السطر والعمود مذكوران بجانبها)

exchange-problem-no-header = تعذّر العثور على سطر عناوين الأعمدة. للأشخاص يلزم عمود «Nom» أو «Prénom» على الأقل؛ وللأنشطة الأعمدة «Date» و«Type» و«Identifiant».
exchange-problem-missing-column = هذا العمود ناقص.
exchange-problem-invalid-row = هذا السطر مرفوض.
exchange-problem-name-missing = يلزم اسم العائلة أو الاسم الشخصي.
exchange-problem-too-long = هذا النص طويل جدًا.
exchange-problem-birth-year = يجب أن تكون سنة الميلاد من أربعة أرقام، من 1900 إلى هذه السنة.
exchange-problem-postal-code = يجب أن يتكون الرمز البريدي من خمسة أرقام.
exchange-problem-insee-code = يجب أن يتكون رمز INSEE من خمسة أحرف (مثل 93048، أو 2A004 في كورسيكا).
exchange-problem-phone = رقم الهاتف هذا غير صالح (من 6 إلى 20 رقمًا).
exchange-problem-email = عنوان البريد الإلكتروني هذا غير صالح.
exchange-problem-gender = جنس غير معروف: اكتب Féminin أو Masculin أو Non communiqué (أو F، H).
exchange-problem-status = وضع غير معروف: اكتب Retraité أو Sans emploi أو En emploi أو Scolarisé أو Non communiqué.
exchange-problem-age-bracket = فئة عمرية غير معروفة (مثل «25 à 39 ans»).
exchange-problem-date = تاريخ غير صالح: اكتبه يوم/شهر/سنة؛ ولا يمكن أن يكون في المستقبل ولا قبل سنة 2000.
exchange-problem-date-time = تاريخ ووقت غير صالحين: اكتبهما يوم/شهر/سنة ساعة:دقيقة.
exchange-problem-type = نوع غير معروف: اكتب Accompagnement individuel أو Atelier collectif.
exchange-problem-participants = يجب أن يكون عدد المشاركين عددًا صحيحًا، 500 على الأكثر.
exchange-problem-canal = قناة غير معروفة: اكتب Lieu d'activité أو À domicile أو À distance أو Autre lieu.
exchange-problem-duration = يجب أن تكون المدة عددًا من الدقائق، من 1 إلى 600.
exchange-problem-equipment = معدات غير معروفة، أو «Pas de matériel» مع معدات أخرى.
exchange-problem-themes = أحد المواضيع ليس في القائمة الوطنية.
exchange-problem-themes-missing = يلزم موضوع واحد على الأقل.
exchange-problem-tags = وسوم كثيرة جدًا (20 على الأكثر)، أو وسم طويل جدًا.
exchange-problem-level = مستوى غير معروف: اكتب 1/3 أو 2/3 أو 3/3.
exchange-problem-referral = اكتب Oui أو Non.
exchange-problem-identifier-missing = يلزم معرّف النشاط.
exchange-problem-inconsistent = لهذا السطر المعرّف نفسه الذي لسطر سابق، لكن ليس القيمة نفسها هنا.
exchange-problem-individual-several-rows = للمرافقة الفردية سطر واحد فقط: هذا المعرّف موجود في سطر سابق.

## تصدير المرافقات

exchange-sheet-name = المرافقات
exchange-exported-by = صدّره
exchange-exported-by-recovery = مفتاح الاسترداد
exchange-exported-at = تاريخ التصدير
exchange-filter-period = عامل التصفية: الفترة
exchange-filter-place = عامل التصفية: المكان
exchange-filter-mediator = عامل التصفية: الوسيط
exchange-filter-type = عامل التصفية: النوع
exchange-period-between = من { $from } إلى { $to }
exchange-period-from = ابتداءً من { $from }
exchange-period-to = حتى { $to }
exchange-period-all = كل التواريخ
exchange-place-all = كل الأماكن
exchange-mediator-all = الجميع
exchange-type-all = كل الأنواع
exchange-anonymous = مجهول الهوية
exchange-yes = نعم
exchange-no = لا

## سطر الأوامر

cli-import-checking = التحقق: { $done } سطرًا من { $total }…
cli-import-writing = الكتابة: { $done } من { $total }…
cli-import-problems = لم يُستورد شيء: { $count } مشكلات يجب تصحيحها في الملف.
cli-import-problem = السطر { $row }، العمود «{ $column }»: { $problem }
cli-import-problem-row = السطر { $row }: { $problem }
cli-import-more-problems = … و{ $count } مشكلات أخرى.
cli-import-people-done = الأشخاص المستوردون: { $created } (المسجلون سابقًا والمتجاهَلون: { $skipped }).
cli-import-activities-done = الأنشطة المستوردة: { $activities } ({ $sessions } مرافقات فردية، { $workshops } ورشات)، { $accompaniments } مرافقة في المجموع؛ الأشخاص المُنشَؤون: { $created }، والمعثور عليهم: { $matched }؛ الأماكن المُنشأة: { $places }؛ المستوردة سابقًا والمتجاهَلة: { $skipped }.
cli-export-done = صُدّر { $rows } سطرًا إلى { $path }.
