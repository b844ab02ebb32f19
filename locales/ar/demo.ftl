# Not yet reviewed by a native speaker.

# وضع التدريب: مخزن تجريبي (passerelle demo)، شريط التطبيق.

training-banner = وضع التدريب — بيانات وهمية
training-banner-detail = كل الأشخاص وكل المرافقات هنا مختلَقة. لا تُدخل أي بيانات حقيقية.

## سطر الأوامر (passerelle demo)
cli-demo-size-unknown = حجم غير معروف «{ $size }»: اختر small أو stress.
cli-demo-generating = جارٍ إنشاء مخزن تدريبي ({ $size }، البذرة { $seed }): قد يستغرق ذلك بضع دقائق…
cli-demo-created = أُنشئ المخزن التدريبي «{ $structure }»، بيانات وهمية من { $from } إلى { $to }.
cli-demo-passphrase = عبارة المرور لكل أعضاء الفريق: { $passphrase }
cli-demo-coordinator = المنسّق: { $name }
cli-demo-staff = الفريق ({ $count }):
cli-demo-training = هذا المخزن موسوم «وضع التدريب — بيانات وهمية»؛ لا تُدخل أي بيانات حقيقية.
