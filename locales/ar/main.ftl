# Not yet reviewed by a native speaker.
# Passerelle — نصوص الواجهة بالعربية. اللغة المصدر: الفرنسية (locales/fr).

## بيانات اللغة (تقرأها قائمة اللغات)
meta-language-name = العربية
meta-translation-status = unreviewed
meta-menu-label = العربية (ترجمة لم تُراجَع بعد)

## إطار التطبيق
app-name = Passerelle
app-tagline = نرافق الجميع في إجراءاتهم عبر الإنترنت
window-title = { $page } — Passerelle
skip-to-content = الانتقال إلى المحتوى
nav-label = التنقل الرئيسي
nav-home = الصفحة الرئيسية
nav-settings-display = العرض واللغة
nav-about = حول التطبيق
nav-accessibility = إمكانية الوصول
header-language-label = اللغة
footer-label = تذييل الصفحة
footer-version = Passerelle { $version }
footer-accessibility = إمكانية الوصول: غير مطابق
loading = جارٍ التحميل…

## الصفحة الرئيسية
page-title-home = الصفحة الرئيسية
home-heading = مرحبًا بك في Passerelle
home-intro = يساعد Passerelle الوسطاء الرقميين على مرافقة الأشخاص في إجراءاتهم عبر الإنترنت، وحفظ وثائقهم بأمان، وتقديم تقارير عن نشاطهم.
home-status-heading = حالة هذا الحاسوب
home-status-no-store = لم تُثبَّت أي مؤسسة على هذا الحاسوب بعد.
home-status-no-store-next = سيتم الإعداد الأول هنا (اسم المؤسسة، أول منسق، ورقة الاسترجاع).
home-status-store = توجد مؤسسة مثبتة على هذا الحاسوب. بياناتها مشفرة.
home-status-folder = تُحفَظ البيانات في هذا المجلد:
home-shortcuts-heading = للبدء
home-shortcut-display = ضبط اللغة وحجم النص والتباين
home-shortcut-display-hint = لقراءة أسهل، بمفردك أو مع الشخص الذي ترافقه.
home-shortcut-accessibility = قراءة بيان إمكانية الوصول
home-shortcut-accessibility-hint = ما يحترمه Passerelle حاليًا، وكيفية الإبلاغ عن مشكلة.

## الإعدادات: العرض واللغة
page-title-settings-display = العرض واللغة
settings-display-heading = العرض واللغة
settings-display-intro = تنطبق هذه الإعدادات على هذا الحاسوب كله. وتبقى محفوظة عند إغلاق Passerelle.
settings-language-legend = لغة الواجهة
settings-language-unreviewed = { $language }: ترجمة لم يراجعها بعد متحدث أصلي بهذه اللغة.
settings-text-size-legend = حجم النص
settings-text-size-option = { $percent }٪
settings-text-size-preview = معاينة: هذا هو حجم النص المختار.
settings-contrast-legend = التباين
settings-contrast-label = تباين عالٍ
settings-contrast-hint = نص أسود على خلفية بيضاء وألوان أوضح. مفيد لضعف البصر أو لشاشة تحت أشعة الشمس.
settings-saved = تم حفظ الإعداد.

## حول التطبيق
page-title-about = حول التطبيق
about-heading = حول Passerelle
about-version = الإصدار { $version }
about-facts-heading = هذا التثبيت
about-version-label = الإصدار
about-data-dir-label = مجلد البيانات
about-data-dir-source-label = طريقة اختيار المجلد
about-data-dir-source-flag = خيار ‎--data-dir عند التشغيل
about-data-dir-source-environment = متغير البيئة PASSERELLE_DATA_DIR
about-data-dir-source-default = المجلد الافتراضي للمستخدم
about-store-label = قاعدة البيانات المشفرة
about-store-present = موجودة
about-store-absent = لم تُنشأ بعد
about-licence-heading = الترخيص
about-licence-text = Passerelle برنامج حر، يوزَّع بموجب الترخيص العمومي للاتحاد الأوروبي (EUPL) الإصدار 1.2.
about-components-heading = المكونات الحرة المستخدمة
about-components-caption = المكونات الحرة المضمنة في Passerelle وتراخيصها
about-component-name = المكون
about-component-licence = الترخيص

## بيان إمكانية الوصول
page-title-accessibility = إمكانية الوصول
a11y-heading = بيان إمكانية الوصول
a11y-intro = يريد فريق Passerelle أن يتمكن الجميع من استخدام التطبيق: الوسطاء والمنسقون والأشخاص المرافَقون، بما في ذلك باستخدام قارئ الشاشة أو لوحة المفاتيح وحدها أو نص كبير.
a11y-status-heading = حالة المطابقة
a11y-status-text = لم يخضع Passerelle بعد لتدقيق وفق المرجع الفرنسي العام لتحسين إمكانية الوصول (RGAA 4.1). وفي غياب التدقيق، يُعلَن أنه غير مطابق.
a11y-checked-heading = ما نتحقق منه حاليًا
a11y-checked-axe = تُفحَص كل شاشة، بكل لغة، فحصًا آليًا (أداة axe-core، معايير WCAG 2.1 مستوى A وAA ومعايير RGAA) في كل إصدار.
a11y-checked-keyboard = كل شيء يعمل بلوحة المفاتيح؛ ورابط «الانتقال إلى المحتوى» هو العنصر الأول.
a11y-checked-zoom = يمكن تكبير النص حتى 200٪ دون فقدان أي معلومة.
a11y-checked-contrast = تباين الألوان 4.5 إلى 1 على الأقل، و7 إلى 1 في وضع التباين العالي.
a11y-checked-language = تتبع اللغةُ واتجاهُ القراءة (من اليمين إلى اليسار للعربية) اللغةَ المختارة.
a11y-limits-heading = حدود معروفة
a11y-limits-pdf = تقارير PDF غير مهيأة بعد لقارئات الشاشة: لكل تقرير أيضًا نسخة على شكل صفحة ميسرة وجدول بيانات.
a11y-limits-translations = بعض الترجمات لم يراجعها بعد متحدث أصلي. وتشير قائمة اللغات إلى ذلك.
a11y-report-heading = الإبلاغ عن مشكلة
a11y-report-text = إذا لم تتمكن من استخدام جزء من Passerelle، فأخبر منسق مؤسستك. سينقل المشكلة إلى فريق Passerelle الذي سيقترح عليك حلًا.
a11y-remedy-heading = طرق الطعن
a11y-remedy-text = إذا لم تحصل على رد، يمكنك التواصل مع المدافع عن الحقوق (Défenseur des droits): عبر استمارته على الإنترنت، أو لدى أحد مندوبيه في منطقتك، أو بالبريد المجاني على العنوان: Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.

## الأخطاء (كل رسالة تقول ما يجب فعله بعد ذلك)
error-heading = حدثت مشكلة
error-data-dir-unavailable = لا يستطيع Passerelle استخدام مجلد البيانات ({ $path }). تأكد من وجود هذا المجلد ومن أن لديك صلاحية الكتابة فيه، أو اطلب المساعدة من منسقك.
error-prefs-unreadable = تعذرت قراءة إعدادات العرض. تُستخدم الإعدادات الافتراضية؛ يمكنك اختيارها من جديد.
error-prefs-invalid = هذا الإعداد غير صالح. اختر إحدى القيم المقترحة.
error-disk-full = القرص ممتلئ: لم يُحفَظ أي شيء، وبياناتك السابقة سليمة. أفرغ بعض المساحة على الحاسوب، ثم أعد المحاولة.
error-shell-unavailable = يجب فتح هذه الصفحة داخل تطبيق Passerelle. أغلقها وشغّل Passerelle.
error-internal = حدث خطأ غير متوقع. لم يُفقَد أي شيء. أعد المحاولة؛ وإذا تكررت المشكلة، فأبلغ منسقك.
