# Not yet reviewed by a native speaker.

## خزنة الوثائق: المجلدات حسب الفئة، أخطاء الإضافة والفتح، السجل.

vault-category-identite = الهوية
vault-category-titre-de-sejour = بطاقة الإقامة
vault-category-sante = الصحة
vault-category-logement = السكن
vault-category-impots = الضرائب
vault-category-revenus = المداخيل
vault-category-emploi = العمل
vault-category-famille = العائلة
vault-category-banque = البنك
vault-category-transport = النقل
vault-category-autre = أخرى

vault-expires-on = { $title }: تنتهي صلاحيتها في { $date }
vault-expired-on = { $title }: انتهت صلاحيتها في { $date }
vault-quota-warning = خزنة هذا الشخص ممتلئة تقريبًا: { $used_mb } ميغابايت مستخدمة من { $quota_mb } ميغابايت.

error-vault-consent-missing = موافقة هذا الشخص لا تشمل الخزنة. اطلب موافقته قبل فتح خزنته أو إضافة وثائق إليها.
error-document-empty = هذا الملف فارغ: لم تتم إضافة أي شيء.
error-document-type-refused = هذا النوع من الملفات غير مقبول. أضف ملف PDF أو صورة (JPEG أو PNG أو GIF أو WebP أو HEIC) أو مستندًا مكتبيًا (Word أو Excel أو LibreOffice) أو نصًا.
error-document-malformed = هذا الملف ({ $type }) تالف أو غير مكتمل: لم تتم إضافة أي شيء. امسحه ضوئيًا أو نزّله من جديد.
error-vault-quota-exceeded = خزنة هذا الشخص ممتلئة ({ $used_mb } ميغابايت مستخدمة من { $quota_mb } ميغابايت). احذف الوثائق التي لم تعد لازمة قبل إضافة غيرها.
error-file-name-not-utf8 = اسم هذا الملف يحتوي على أحرف غير مقروءة: أعد تسمية الملف ثم أضفه من جديد. لم تتم إضافة أي شيء.
error-document-not-found = هذه الوثيقة لم تعد موجودة (ربما حُذفت).
error-document-damaged = الملف المشفّر لهذه الوثيقة تالف: لا يمكن فتحه. الوثائق الأخرى سليمة. استرجع نسخة احتياطية.
error-document-file-missing = الملف المشفّر لهذه الوثيقة غير موجود في مجلد الخزنة. استرجع نسخة احتياطية.
error-document-private = هذه الوثيقة خاصة: لا يفتحها إلا صاحبها، ببطاقته ورمزه.
error-private-vault-not-enrolled = ليس لهذا الشخص فضاء خاص بعد (بطاقة ورمز).
error-private-vault-already-enrolled = لهذا الشخص فضاء خاص من قبل.
error-vault-secret-wrong = البطاقة أو الرمز غير مطابق.
error-pin-invalid = هذا الرمز غير مقبول: يجب أن يتكوّن من 4 إلى 8 أرقام، وألّا يكون سهلًا جدًا (مثل 0000 أو 1234 أو 1212).
error-vault-card-unreadable = رمز البطاقة غير مكتمل أو فيه خطأ في الكتابة: تحقّق منه حرفًا حرفًا.

journal-action-vault-opened = فُتحت الخزنة
journal-action-document-added = أُضيفت وثيقة
journal-action-document-viewed = عُرضت وثيقة
journal-action-document-changed = عُدّلت وثيقة
journal-action-document-deleted = حُذفت وثيقة
journal-action-document-printed = طُبعت وثيقة
journal-action-document-exported = صُدّرت وثيقة
journal-action-vault-private-enrolled = أُنشئ فضاء خاص
