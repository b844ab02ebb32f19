# Not yet reviewed by a native speaker.

## البطاقة المطبوعة للمستفيد لفتح وثائقه الخاصة في الخزنة (ليست بطاقة هوية). لغة بسيطة.
## ملاحظة: ملفات PDF تُطبع حاليًا بالفرنسية لمن يختار العربية (انظر print_language).

pdf-vault-card-title = بطاقتك لوثائقك الخاصة
pdf-vault-card-subject = بطاقة شخصية لفتح الوثائق الخاصة في الخزنة الرقمية
pdf-vault-card-footer = بطاقة شخصية — احتفظ بها مع أوراقك المهمة
pdf-vault-card-keep = احتفظ بهذه البطاقة. بدونها وبدون رمزك السري، لا يستطيع أحد فتح وثائقك الخاصة، ولا حتى نحن.
pdf-vault-card-for = صاحب البطاقة: { $first_name }
pdf-vault-card-code-label = رمز البطاقة:
pdf-vault-card-code-hint = هذا الرمز مكوّن من حروف وأرقام. ليس هو رمزك السري.
pdf-vault-card-qr-caption = نفس الرمز، على شكل رمز QR
pdf-vault-card-what-heading = ما فائدة هذه البطاقة؟
pdf-vault-card-what-body = وثائقك الخاصة مقفلة. لفتحها تحتاج إلى شيئين: هذه البطاقة ورمزك السري. رمزك السري هو الأرقام التي اخترتها. أنت وحدك تعرفه.
pdf-vault-card-keep-heading = كيف تحتفظ بهذه البطاقة؟
pdf-vault-card-keep-safe = ضعها مع أوراقك المهمة، في مكان آمن.
pdf-vault-card-keep-pin-apart = لا تكتب رمزك السري على هذه البطاقة.
pdf-vault-card-keep-no-photo = لا تعطِ هذه البطاقة لشخص آخر. لا تصوّرها.
pdf-vault-card-lost-heading = إذا أضعت هذه البطاقة
pdf-vault-card-lost-body = إذا أضعت هذه البطاقة، تضيع وثائقك الخاصة. وإذا نسيت رمزك السري، فالأمر نفسه. لا يستطيع أحد فتحها من جديد، ولا حتى نحن. احتفظ أيضًا بنسخة من أهم أوراقك.
pdf-vault-card-found-heading = إذا وجد شخص هذه البطاقة
pdf-vault-card-found-body = بدون رمزك السري، هذه البطاقة وحدها لا تفتح شيئًا. تعال إلينا إذا أضعتها.
pdf-vault-card-issued = بطاقة صادرة عن { $structure } بتاريخ { $date }.
