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
