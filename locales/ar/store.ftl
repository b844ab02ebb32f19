# Not yet reviewed by a native speaker.

## الخزنة المشفّرة والمفاتيح والسجل: رسائل الخطأ والحالة.
error-store-not-found = لا توجد مؤسسة مثبّتة في هذا المجلد. تحقّق من مجلد البيانات، أو ثبّت Passerelle لمؤسستك.
error-store-already-exists = توجد مؤسسة مثبّتة في هذا المجلد. لم يتغيّر شيء.
error-wrong-passphrase = عبارة المرور غير صحيحة. تحقّق من الأحرف الكبيرة وحاول مرة أخرى.
error-wrong-recovery-key = مفتاح الاسترداد هذا غير مطابق. انسخه مرة أخرى من ورقة الاسترداد دون إسقاط أي حرف، ثم حاول مرة أخرى.
error-too-many-attempts = محاولات فاشلة كثيرة. انتظر { $seconds } ثانية قبل المحاولة مرة أخرى. إذا نسيت عبارة المرور فاطلب المساعدة من منسّق.
error-seal-damaged = ملف المفاتيح تالف، ونسخته أيضًا. بياناتك لم تضِع: اطلب من المنسّق استعادة نسخة احتياطية.
error-seal-copy-damaged = كان أحد ملفَّي المفاتيح تالفًا. استخدم Passerelle النسخة وأصلح الملف. يمكنك المتابعة؛ أخبر المنسّق.
error-store-too-new = حُفظت هذه البيانات بإصدار أحدث من Passerelle. ثبّت أحدث إصدار من Passerelle ثم حاول مرة أخرى.
error-store-damaged = لا يمكن فتح بيانات المؤسسة: فهي تالفة أو لا تطابق ملف المفاتيح. لا تحذف شيئًا وأخبر المنسّق.
error-keyring-unavailable = سلسلة المفاتيح في هذا الحاسوب غير متاحة. افتح جلستك بعبارة المرور، أو اطلب المساعدة من المنسّق.
error-device-secret-missing = هذا الحساب مرتبط بحاسوب آخر. افتحه على ذلك الحاسوب، أو اطلب المساعدة من منسّق.
error-role-refused = دورك لا يسمح بهذا الإجراء. اطلب ذلك من منسّق.
error-locked = Passerelle مقفل. أدخل عبارة المرور للمتابعة.
error-staff-not-found = عضو الفريق هذا غير موجود. اختر اسمًا من القائمة.
error-staff-disabled = هذا الحساب معطَّل. اطلب المساعدة من منسّق.
error-last-coordinator = يجب أن يبقى منسّق نشط واحد على الأقل. عيّن منسّقًا آخر أولًا.
error-passphrase-too-short = عبارة المرور هذه قصيرة جدًا. استخدم { $min } حرفًا على الأقل، مثلًا عدة كلمات.
error-journal-broken = تم تعديل سجل الأمان بدءًا من الإدخال { $seq }. لا تحذف شيئًا وأخبر المنسّق.
error-invalid-field = هذه القيمة غير صالحة. صحّح الحقل المُشار إليه ثم حاول مرة أخرى.
error-store-busy = Passerelle مفتوح بالفعل على هذا الحاسوب (في نافذة أخرى أو في مهمة مجدولة). أغلقه أو انتظر انتهاء المهمة، ثم حاول مرة أخرى.
error-passphrase-change-required = عبارة المرور الخاصة بك مؤقتة: اختارها لك منسّق. اختر الآن عبارة مرور خاصة بك للمتابعة.
error-file-exists = يوجد ملف بهذا الاسم في هذا المكان. لم يُستبدل أي شيء. اختر اسمًا آخر أو مجلدًا آخر.
error-not-removable-drive = هذا المجلد ليس على مفتاح USB أو بطاقة ذاكرة موصولة. صِل مفتاح USB ثم اختره من القائمة.

## سجل الأمان: اسم كل إجراء (شاشة السجل، التصدير بصيغة CSV)
journal-action-store-created = تثبيت المؤسسة
journal-action-session-unlock = فتح جلسة
journal-action-session-recovery-unlock = فتح بمفتاح الاسترداد
journal-action-staff-added = إضافة عضو إلى الفريق
journal-action-staff-role-changed = تغيير دور عضو في الفريق
journal-action-staff-disabled = تعطيل عضو في الفريق
journal-action-staff-removed = إزالة عضو من الفريق
journal-action-staff-passphrase-changed = تغيير عبارة المرور
journal-action-staff-device-bound = ربط الحساب بهذا الحاسوب
journal-action-staff-device-unbound = فكّ ربط الحساب بهذا الحاسوب
journal-action-store-rekey = تشفير البيانات بمفتاح جديد
journal-action-store-recovery-regenerated = مفتاح استرداد جديد
journal-action-settings-changed = تعديل الإعدادات
journal-action-place-added = إضافة مكان
journal-action-place-changed = تعديل مكان
journal-action-journal-exported = تصدير السجل
journal-action-debug-write = كتابة تجريبية

## سجل الأمان: من قام بالإجراء، إن لم يكن عضوًا في الفريق
journal-actor-recovery = مفتاح الاسترداد
journal-actor-system = Passerelle (النظام)
journal-actor-removed = عضو أُزيل من الفريق

## سجل الأمان: عناوين أعمدة ملف CSV
journal-csv-seq = الرقم
journal-csv-time = التاريخ والوقت
journal-csv-actor = رمز الشخص
journal-csv-actor-name = الشخص
journal-csv-action = رمز الإجراء
journal-csv-action-label = الإجراء
journal-csv-record = العنصر المعني
journal-csv-hash = البصمة (SHA-256)

## سطر الأوامر (passerelle)
cli-prompt-passphrase = عبارة مرور { $name }:
cli-prompt-new-passphrase = عبارة مرور جديدة لـ { $name }:
cli-prompt-again = مرة أخرى:
cli-prompt-recovery-key = مفتاح الاسترداد:
cli-recovery-key-once = مفتاح الاسترداد — يُعرض مرة واحدة فقط. اطبعه أو انسخه واحفظه في خزنة:
cli-recovery-sheet-written = كُتبت ورقة الاسترداد: { $path }
cli-store-created = تم تثبيت المؤسسة «{ $structure }». المنسّق الأول: { $coordinator }.
cli-recovery-regenerated = مفتاح استرداد جديد (الجيل { $generation }). الورقة القديمة لم تعد تفتح شيئًا: أتلفها.
cli-staff-passphrase-temporary = عبارة المرور هذه مؤقتة: على { $name } أن يختار عبارته الخاصة عند تسجيل الدخول التالي.
cli-journal-exported = صُدِّر السجل إلى { $path } (عدد الأسطر: { $rows }).
cli-journal-shown = الإدخالات المعروضة: { $shown } من { $total }.
