# Not yet reviewed by a native speaker.

# الأشخاص المرافَقون: الملف الشخصي (المفردات الوطنية للوساطة الرقمية).

gender-feminin = أنثى
gender-masculin = ذكر
gender-non-communique = غير مُصرَّح به

status-retraite = متقاعد أو متقاعدة
status-sans-emploi = بدون عمل
status-en-emploi = يعمل أو تعمل
status-scolarise = طالب أو طالبة
status-non-communique = غير مُصرَّح به

age-moins-de-douze = أقل من 12 سنة
age-douze-dix-huit = من 12 إلى 17 سنة
age-dix-huit-vingt-quatre = من 18 إلى 24 سنة
age-vingt-cinq-trente-neuf = من 25 إلى 39 سنة
age-quarante-cinquante-neuf = من 40 إلى 59 سنة
age-soixante-soixante-neuf = من 60 إلى 69 سنة
age-soixante-dix-plus = 70 سنة فأكثر
age-non-communique = غير مُصرَّح به

journal-action-person-created = تسجيل شخص
journal-action-person-changed = تعديل ملف شخص

error-person-not-found = هذا الشخص لم يعد في Passerelle. ربما دُمج ملفه مع ملف آخر: ابحث عنه من جديد.

## المرافقات (المفردات الوطنية)

activity-individuel = مرافقة فردية
activity-collectif = ورشة جماعية

canal-lieu-activite = مكان النشاط
canal-domicile = في المنزل
canal-a-distance = عن بُعد
canal-autre = مكان آخر

equipment-ordinateur = حاسوب
equipment-telephone = هاتف
equipment-tablette = جهاز لوحي
equipment-autre = جهاز آخر
equipment-aucun = بدون جهاز

theme-diagnostic-numerique = تقييم المهارات الرقمية
theme-prendre-en-main-du-materiel = التعرّف على الجهاز
theme-maintenance-de-materiel = صيانة الجهاز
theme-gere-ses-contenus-numeriques = إدارة المحتوى الرقمي
theme-navigation-sur-internet = تصفّح الإنترنت
theme-email = البريد الإلكتروني
theme-bureautique = البرامج المكتبية
theme-reseaux-sociaux = شبكات التواصل الاجتماعي
theme-sante = الصحة
theme-banque-et-achats-en-ligne = البنك والتسوّق عبر الإنترنت
theme-entrepreneuriat = ريادة الأعمال
theme-insertion-professionnelle = البحث عن عمل
theme-securite-numerique = الأمان الرقمي
theme-parentalite = الأبوّة والأمومة
theme-scolarite-et-numerique = الدراسة والرقمي
theme-creer-avec-le-numerique = الإبداع بالأدوات الرقمية
theme-culture-numerique = الثقافة الرقمية
theme-intelligence-artificielle = الذكاء الاصطناعي
theme-aide-aux-demarches-administratives = المساعدة في الإجراءات الإدارية

procedure-papiers-elections-citoyennete = الوثائق، الانتخابات، المواطنة
procedure-famille-scolarite = الأسرة، الدراسة
procedure-social-sante = الشؤون الاجتماعية، الصحة
procedure-travail-formation = العمل، التكوين
procedure-logement = السكن
procedure-transports-mobilite = النقل والتنقّل
procedure-argent-impots = المال، الضرائب
procedure-justice = العدالة
procedure-etrangers-europe = الأجانب، أوروبا
procedure-loisirs-sports-culture = الترفيه، الرياضة، الثقافة
procedure-associations = الجمعيات

autonomy-entierement-accompagne = بمرافقة كاملة
autonomy-partiellement-autonome = مستقل مع مرافقة عند الحاجة
autonomy-autonome = مستقل

referral-administration = الإدارة (البلدية، المحافظة…)
referral-mediation-numerique = الوساطة الرقمية
referral-operateur-ou-organisme-en-charge = الهيئة المسؤولة عن الإجراء
referral-aide-sociale = المساعدة الاجتماعية (مركز اجتماعي…)
referral-insertion-professionnelle = الإدماج المهني (France Travail، mission locale…)
referral-aide-aux-demarches-administratives = المساعدة في الإجراءات (France Services…)
referral-autre = أخرى

journal-action-session-record-created = تسجيل مرافقة
journal-action-session-record-changed = تعديل مرافقة
journal-action-session-record-deleted = حذف مرافقة
journal-action-session-record-restored = إلغاء حذف مرافقة
journal-action-tag-added = إنشاء وسم
journal-action-tag-changed = تعديل وسم

error-session-not-found = هذه المرافقة لم تعد موجودة: ربما حُذفت في الأثناء. أعد تحميل ملف الشخص.
journal-action-person-merged = دمج ملفين لنفس الشخص
journal-action-person-unmerged = إلغاء دمج الملفات

level-debutant = مبتدئ
level-intermediaire = متوسط
level-avance = متقدّم
journal-action-workshop-created = تسجيل ورشة

consent-scope-fiche = الاحتفاظ بملف باسمه لمتابعة إجراءاته
consent-scope-contact = التواصل معه بالهاتف أو البريد الإلكتروني (تذكير بالمواعيد)
consent-scope-coffre = الاحتفاظ بوثائقه في الخزنة الرقمية
journal-action-consent-given = تسجيل الموافقة
journal-action-consent-withdrawn = سحب الموافقة
