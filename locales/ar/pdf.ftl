# Not yet reviewed by a native speaker.

## Printed documents (PDF). Arabic PDFs are not shaped yet: the recovery sheet is printed in
## French for now; these strings are ready for when shaping lands.

pdf-page-number = الصفحة { $page } / { $pages }
pdf-creator = Passerelle

pdf-date = { $day } { $month } { $year }
pdf-time = { $hour }:{ $minute }
pdf-date-time = { $date } الساعة { $time }
pdf-month-1 = يناير
pdf-month-2 = فبراير
pdf-month-3 = مارس
pdf-month-4 = أبريل
pdf-month-5 = مايو
pdf-month-6 = يونيو
pdf-month-7 = يوليو
pdf-month-8 = أغسطس
pdf-month-9 = سبتمبر
pdf-month-10 = أكتوبر
pdf-month-11 = نوفمبر
pdf-month-12 = ديسمبر

## Recovery sheet.

pdf-recovery-title = ورقة الاسترداد
pdf-recovery-subject = مفتاح استرداد تثبيت Passerelle
pdf-recovery-intro = تسمح هذه الورقة بفتح بيانات Passerelle إذا لم يعد أحد قادرًا على تسجيل الدخول.
pdf-recovery-structure = الهيكل
pdf-recovery-created = أُنشئت الورقة في
pdf-recovery-key-heading = مفتاح الاسترداد
pdf-recovery-key-hint = انسخ المفتاح كما هو، مجموعة بعد مجموعة. المسافات والأسطر الجديدة لا تهم.
pdf-recovery-qr-caption = المفتاح نفسه، للمسح الضوئي
pdf-recovery-what-heading = ما فائدة هذه الورقة؟
pdf-recovery-what-body = هذا المفتاح يفتح كل بيانات الهيكل. يعمل حتى لو نسي الجميع كلمات المرور. استعمله فقط عند حدوث مشكلة.
pdf-recovery-keep-heading = أين تحفظ هذه الورقة؟
pdf-recovery-keep-safe = احفظ هذه الورقة في خزنة أو في خزانة مقفلة.
pdf-recovery-keep-away = لا تتركها أبدًا بجانب الحاسوب.
pdf-recovery-keep-no-photo = لا تصوّرها أبدًا. لا تمسحها ضوئيًا. لا ترسلها بالبريد الإلكتروني.
pdf-recovery-keep-who = أخبر منسقًا أو اثنين بمكان حفظها.
pdf-recovery-use-heading = كيف تستعملها؟
pdf-recovery-use-body = في شاشة تسجيل الدخول إلى Passerelle، اختر «مفتاح الاسترداد». اكتب المفتاح أو امسح الرمز.
pdf-recovery-lost-heading = إذا ضاعت الورقة أو سُرقت
pdf-recovery-lost-body = أخبر منسقًا فورًا. سيطبع ورقة جديدة من Passerelle. المفتاح القديم لن يعمل بعد ذلك.
pdf-recovery-journal = للتحقق من السجل: آخر إدخال رقم { $seq }، البصمة:
pdf-recovery-footer = وثيقة سرية — تُحفظ في مكان مقفل

error-pdf-render-failed = تعذّر إنشاء مستند PDF. حاول مرة أخرى. إذا تكرر ذلك، أخبر الشخص المسؤول عن Passerelle.
