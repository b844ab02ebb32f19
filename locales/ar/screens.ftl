# Not yet reviewed by a native speaker.
# Passerelle — شاشات المساحة المشفرة بالعربية. اللغة المصدر: الفرنسية (locales/fr).

## عناوين الشاشات والتنقل
page-title-loading = جارٍ التحميل
page-title-failed = لا يمكن تشغيل Passerelle
page-title-first-run = التثبيت الأول
page-title-sign-in = تسجيل الدخول
page-title-passphrase = عبارة المرور الخاصة بي
page-title-refused = دخول محدود
page-title-staff = الفريق
page-title-settings = إعدادات الهيكل
page-title-journal = سجل الدخول
nav-staff = الفريق
nav-settings = الإعدادات
nav-journal = السجل
nav-passphrase = عبارة المرور الخاصة بي
refused-text = هذه الشاشة مخصصة لمنسقي الهيكل. اطلب من منسق إذا كنت تحتاج إلى هذا الإجراء.
refused-home = العودة إلى الصفحة الرئيسية

## عناصر مشتركة في الاستمارات
form-required-mark = (إلزامي)
form-go-to-field = الذهاب إلى الحقل المطلوب تصحيحه
cancel = إلغاء
confirm-yes = نعم، تأكيد
confirm-no = لا، إلغاء
working = جارٍ العمل…
rekey-working = يعيد Passerelle تشفير البيانات. قد يستغرق ذلك دقيقة. لا تغلق Passerelle.

## الرأسية: الشخص المتصل
header-signed-in-as = الشخص المتصل:
header-recovery-key = فُتح بمفتاح الاسترداد
header-passphrase = عبارة المرور الخاصة بي
header-switch = تغيير الشخص
header-lock = قفل
header-lock-shortcut = قفل (Ctrl + Shift + L)

## الأدوار
role-coordinator = منسق أو منسقة
role-mediator = وسيط أو وسيطة
role-volunteer = متطوع
role-coordinator-hint = كل شيء: الفريق، الإعدادات، السجل، التقارير، خزنة الوثائق.
role-mediator-hint = مرافقة الأشخاص وفتح خزنة وثائقهم.
role-volunteer-hint = تسجيل المرافقات، دون الوصول إلى خزنة الوثائق.

## عبارة المرور
passphrase-new-label = عبارة مرور جديدة
passphrase-repeat-label = اكتبها مرة ثانية
passphrase-advice = 10 أحرف على الأقل. الأسهل: 4 كلمات عشوائية تفصل بينها مسافات، مثل «حصان دباسة بطارية صحيح». يمكنك لصق النص.
passphrase-mismatch = عبارتا المرور غير متطابقتين. اكتب العبارة نفسها في الحقلين.
passphrase-strength-empty = القوة: لم يُكتب شيء بعد.
passphrase-strength-too-short = القوة: قصيرة جدًا. يلزم 10 أحرف على الأقل.
passphrase-strength-weak = القوة: ضعيفة. أضف كلمات.
passphrase-strength-fair = القوة: متوسطة. كلمة إضافية تجعلها جيدة.
passphrase-strength-strong = القوة: جيدة.
passphrase-heading = عبارة المرور الخاصة بي
passphrase-intro = اختر عبارة مرور جديدة. العبارة القديمة لن تعمل بعد الآن.
passphrase-forced-intro = لقد دخلت بعبارة مرور مؤقتة. اختر الآن عبارة المرور الخاصة بك. أنت وحدك ستعرفها.
passphrase-rekey-note = سيعيد Passerelle تشفير البيانات بالعبارة الجديدة. يستغرق ذلك بضع ثوانٍ.
passphrase-submit = حفظ عبارة المرور الخاصة بي
passphrase-saved = تم حفظ عبارة المرور الخاصة بك.

## التثبيت الأول
first-run-step = الخطوة { $step } من { $steps }
first-run-heading = تثبيت Passerelle لهيكلك
first-run-intro = يحفظ Passerelle جميع البيانات مشفرة على هذا الحاسوب. املأ هذه الاستمارة مرة واحدة. يمكنك تعديل كل شيء لاحقًا في الإعدادات.
first-run-structure-legend = هيكلك
structure-name-label = اسم الهيكل
structure-name-hint = مثلًا: فضاء France Services في مونتروي، أو جمعية Le Lien.
first-run-places-legend = أماكن النشاط
first-run-places-hint = الأماكن التي ترافقون فيها الأشخاص. يمكنك تركها فارغة وإضافة الأماكن لاحقًا.
first-run-place-n = المكان { $n }
first-run-add-place = إضافة مكان آخر
first-run-coordinator-legend = المنسق الأول
first-run-coordinator-hint = هذا الشخص يدير الفريق والإعدادات، ثم يضيف باقي أعضاء الفريق.
first-run-create = إنشاء المساحة المشفرة
first-run-creating = جارٍ إنشاء المساحة المشفرة…
staff-name-label = الاسم واللقب

## الأماكن
place-name-label = اسم المكان
place-name-hint = مثلًا: مكتبة جان جوريس.
place-address-label = العنوان
place-postal-code-label = الرمز البريدي
place-commune-label = البلدية
place-commune-col = البلدية
place-insee-label = رمز INSEE للبلدية
place-insee-hint = 5 أحرف، مثلًا 93048. لكورسيكا: 2A004. يُستعمل في التقارير.
place-state-col = الحالة
place-in-use = قيد الاستعمال
place-archived = مؤرشف
places-caption = أماكن النشاط: { $count }
places-none = لم يُسجَّل أي مكان بعد.
place-add-heading = إضافة مكان
place-add-submit = إضافة هذا المكان
place-added = تمت إضافة المكان «{ $name }».
place-edit = تعديل
place-edit-named = تعديل المكان { $name }
place-edit-heading = تعديل المكان «{ $name }»
place-archive-label = مكان مؤرشف
place-archive-hint = لم يعد المكان المؤرشف يُقترح للمرافقات الجديدة. المرافقات السابقة تحتفظ به.
place-save = حفظ المكان
place-saved = تم حفظ المكان «{ $name }».

## ربط الحساب بهذا الحاسوب
bind-device-label = ربط حسابي بهذا الحاسوب
bind-device-hint = لن تكفي عبارة مرورك في مكان آخر: يلزم هذا الحاسوب أيضًا. إذا ضاع الحاسوب أو أعيد تثبيته، على المنسق أن يعطيك عبارة مرور جديدة.
bind-device-unavailable = سلسلة مفاتيح هذا الحاسوب غير متاحة. لا يمكن إذن ربط حسابك بهذا الحاسوب: عبارة المرور وحدها تحمي الدخول.
bind-device-reason = السبب التقني:
bind-device-not-for-recovery = لا يمكن ربط مفتاح الاسترداد بحاسوب. سجّل الدخول باسمك لربط حسابك.
bind-device-is-bound = حسابك مرتبط بهذا الحاسوب: يلزم عبارة مرورك وهذا الحاسوب لفتحه.
bind-device-passphrase-label = عبارة مرورك الحالية
bind-device-submit = ربط حسابي بهذا الحاسوب
unbind-device-submit = فصل حسابي عن هذا الحاسوب
bind-done = حسابك الآن مرتبط بهذا الحاسوب.
unbind-done = حسابك لم يعد مرتبطًا بهذا الحاسوب.

## ورقة الاسترداد
sheet-heading = ورقة الاسترداد
sheet-intro = هذه الورقة هي الوسيلة الوحيدة لفتح البيانات إذا لم يعد أحد يعرف عبارة مروره. بدونها تضيع البيانات إلى الأبد.
sheet-rule-print = اطبعها الآن، أو احفظها على مفتاح USB.
sheet-rule-safe = ضعها في مكان مقفل، بعيدًا عن هذا الحاسوب.
sheet-rule-no-photo = لا تصوّرها ولا تحفظها على هذا الحاسوب.
sheet-print-title = ورقة استرداد Passerelle
sheet-structure = الهيكل
sheet-created = أُنشئت في
sheet-journal-head = آخر سطر في السجل
sheet-key-heading = مفتاح الاسترداد
sheet-qr-label = مفتاح الاسترداد على شكل رمز QR
sheet-how-to-use = لفتح البيانات بهذا المفتاح: في شاشة تسجيل الدخول، افتح «نسيت عبارة المرور؟» وانسخ المفتاح.
sheet-print-heading = الطباعة
sheet-print-text = ستُفتح نافذة الطباعة في الحاسوب. تُطبع الورقة وحدها.
sheet-print-button = طباعة الورقة
sheet-usb-heading = الحفظ على مفتاح USB
sheet-usb-warning = تنبيه: أي شخص يجد مفتاح USB يمكنه فتح كل البيانات. ضعه في مكان مقفل.
sheet-usb-find = البحث عن مفاتيح USB الموصولة
sheet-usb-none = لا يوجد مفتاح USB موصول. صِل مفتاحًا ثم ابحث من جديد.
sheet-usb-choose = على أي مفتاح USB تُحفظ الورقة؟
sheet-usb-save = حفظ الورقة على هذا المفتاح
sheet-usb-saved = حُفظت الورقة على مفتاح USB باسم «{ $file }».
sheet-confirm-label = طبعت ورقة الاسترداد أو حفظتها، وسأضعها في مكان آمن.
sheet-confirm-missing = ضع علامة في الخانة لتأكيد أن الورقة طُبعت أو حُفظت.
sheet-continue = متابعة
sheet-replaced = ورقة الاسترداد الجديدة جاهزة. الورقة القديمة لم تعد تفتح شيئًا: يمكنك إتلافها.

## تسجيل الدخول
sign-in-heading = تسجيل الدخول
sign-in-intro = اختر اسمك، ثم اكتب عبارة مرورك.
sign-in-who = من أنت؟
sign-in-other-name = اسمي ليس في القائمة
sign-in-name-label = اسمك
sign-in-choose-name = اختر اسمك من القائمة، أو اكتبه.
sign-in-passphrase-label = عبارة المرور
sign-in-submit = فتح
sign-in-opening = جارٍ الفتح…
sign-in-wait = محاولات كثيرة. يمكنك المحاولة من جديد بعد { $seconds } ثانية.
sign-in-wait-over = يمكنك المحاولة من جديد الآن.
forgotten-summary = نسيت عبارة المرور؟
forgotten-ask-coordinator = اطلب من منسق في الهيكل. في شاشة الفريق، يمكنه أن يعطيك عبارة مرور مؤقتة. ستغيّرها عند الدخول.
forgotten-recovery-intro = إذا لم يستطع أي منسق الدخول، استعمل ورقة الاسترداد المحفوظة في مكان آمن. انسخ المفتاح أدناه. ثم أعطِ عبارة مرور جديدة لكل شخص نسي عبارته.
recovery-key-label = مفتاح الاسترداد
recovery-key-hint = يبدأ بـ AGE-SECRET-KEY. المسافات والأسطر الجديدة لا تهم.
recovery-submit = الفتح بمفتاح الاسترداد

## القفل التلقائي
idle-warning-title = سيُقفل Passerelle
idle-warning-text = لم يستعمل أحد Passerelle منذ مدة. لحماية البيانات، سيُقفل Passerelle. ستُحفظ الاستمارة التي بدأتها.
idle-warning-countdown = القفل بعد { $seconds } ثانية.
idle-warning-continue = متابعة
idle-warning-lock-now = القفل الآن

## المسودات
draft-heading = استمارة بدأتها في انتظارك
draft-text = أُقفل Passerelle بينما كنت تملأ استمارة «{ $form }» ({ $when }). حُفظت مشفرة.
draft-resume = استئناف الاستمارة
draft-discard = حذف هذه المسودة
draft-form-place-new = إضافة مكان
draft-form-staff-new = إضافة عضو إلى الفريق
draft-form-settings-structure = إعدادات الهيكل
draft-form-other = استمارة

## الصفحة الرئيسية بعد الدخول
home-hello = مرحبًا { $name }
home-heading-recovery = فُتح بمفتاح الاسترداد
home-signed-in-intro = أنت تعمل لصالح { $structure }.
home-shortcut-staff = إدارة الفريق
home-shortcut-staff-hint = إضافة شخص، تغيير دور، إعطاء عبارة مرور جديدة.
home-shortcut-journal = قراءة سجل الدخول
home-shortcut-journal-hint = من فعل ماذا ومتى. تصدير لهيئة حماية البيانات.
home-shortcut-settings = إعدادات الهيكل
home-shortcut-settings-hint = الاسم، أماكن النشاط، القفل التلقائي، ورقة الاسترداد.

## الفريق
staff-heading = الفريق
staff-intro = الأشخاص الذين يمكنهم فتح Passerelle. إزالة شخص أو تعطيله يعيد تشفير كل البيانات: عبارة مروره القديمة لم تعد تفتح شيئًا.
staff-list-heading = أعضاء الفريق
staff-caption = أعضاء الفريق: { $count }
staff-col-name = الاسم
staff-col-role = الدور
staff-col-state = الحالة
staff-col-actions = الإجراءات
staff-state-active = نشط
staff-state-temporary = عبارة مرور مؤقتة يجب تغييرها
staff-state-disabled = معطَّل
staff-manage = إدارة
staff-manage-named = إدارة { $name }
staff-manage-heading = إدارة: { $name }
staff-manage-close = إغلاق
staff-role-legend = الدور
staff-role-save = حفظ الدور
staff-role-saved = تم حفظ دور { $name }.
staff-reset-heading = عبارة مرور مؤقتة جديدة
staff-temp-passphrase-label = عبارة مرور مؤقتة
staff-temp-passphrase-hint = أخبر الشخص بها شفهيًا. عليه تغييرها عند أول دخول.
staff-reset-submit = إعطاء عبارة المرور هذه
staff-reset-done = لدى { $name } عبارة مرور مؤقتة جديدة.
staff-access-heading = الدخول
staff-access-hint = التعطيل يُبقي الاسم في القائمة وفي السجل. الإزالة تحذف الشخص من القائمة. في الحالتين، لا يستطيع الشخص فتح Passerelle بعد الآن.
staff-disable = تعطيل
staff-remove = إزالة من الفريق
staff-disable-confirm = تعطيل { $name }؟ لن يستطيع هذا الشخص فتح Passerelle بعد الآن.
staff-remove-confirm = إزالة { $name } من الفريق؟ لن يستطيع هذا الشخص فتح Passerelle بعد الآن.
staff-disabled-done = تم تعطيل { $name }. البيانات مشفرة بمفتاح جديد.
staff-removed-done = تمت إزالة { $name } من الفريق. البيانات مشفرة بمفتاح جديد.
staff-add-heading = إضافة شخص
staff-add-submit = إضافة إلى الفريق
staff-added = { $name } أصبح عضوًا في الفريق. أعطه عبارة مروره المؤقتة.

## إعدادات الهيكل
settings-heading = إعدادات الهيكل
settings-intro = هذه الإعدادات تسري على كل الفريق، على هذا الحاسوب.
settings-read-only = المنسقون وحدهم يمكنهم تعديل هذه الإعدادات. يمكنك قراءتها.
settings-structure-heading = الهيكل والقفل
settings-work-language-label = لغة عمل الهيكل
settings-work-language-hint = لغة الوثائق المطبوعة والتصديرات.
settings-idle-heading = القفل التلقائي
settings-idle-intro = عند عدم النشاط، يُقفل Passerelle لحماية البيانات. تظهر رسالة تحذير قبل 30 ثانية.
settings-staff-idle-label = حواسيب الفريق (بالدقائق)
settings-kiosk-idle-label = المحطة ذاتية الخدمة (بالدقائق)
settings-idle-hint = بين 1 و240 دقيقة.
settings-save = حفظ الإعدادات
settings-places-heading = أماكن النشاط
settings-device-heading = هذا الحاسوب
settings-recovery-heading = ورقة الاسترداد
settings-recovery-text = إذا ضاعت ورقة الاسترداد، أنشئ ورقة جديدة. القديمة لن تفتح شيئًا بعد الآن.
settings-recovery-button = إنشاء ورقة استرداد جديدة
settings-recovery-confirm = إنشاء ورقة جديدة؟ الورقة القديمة لن تفتح شيئًا بعد الآن. يجب طباعة الجديدة فورًا.
settings-display-link = ضبط العرض ولغة الشاشة

## سجل الدخول
journal-heading = سجل الدخول
journal-intro = يُسجَّل هنا كل إجراء حساس: الدخول، تغييرات الفريق، الإعدادات، التصديرات. لا يحتوي السجل على أي بيانات عن الأشخاص المرافَقين. لا يستطيع أحد حذف سطر دون أن يظهر ذلك.
journal-filters-heading = تصفية
journal-filter-actor = الشخص
journal-filter-action = الإجراء
journal-filter-from = من
journal-filter-to = إلى
journal-filter-all = الكل
journal-filter-submit = عرض
journal-export = تصدير بصيغة CSV
journal-export-file-name = passerelle-journal.csv
journal-exported = تم تصدير السجل: { $count } سطرًا.
journal-intact = السجل كامل: لم يُعدَّل أي سطر ولم يُحذف.
journal-broken = تنبيه: عُدِّل السجل أو حُذفت أسطر منه. أخبر المسؤول عن الهيكل.
journal-caption = { $count } سطرًا — الصفحة { $page } من { $pages }
journal-col-seq = الرقم
journal-col-time = التاريخ والوقت
journal-col-actor = الشخص
journal-col-action = الإجراء
journal-col-record = العنصر
journal-pages = صفحات السجل
journal-newer = الأحدث
journal-older = الأقدم
