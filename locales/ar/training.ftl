# Not yet reviewed by a native speaker.
# Training mode on the screens: the way in (sign-in screen), the banner, the way back.

training-open-heading = التدرّب بلا مخاطرة
training-open-intro = يحتوي فضاء التدريب على هيكل مُختلَق، بأشخاص ومرافقات وهمية. جرّب كل الشاشات: لا شيء يمسّ السجلات الحقيقية.
training-open-button = فتح فضاء التدريب
training-opening = جارٍ فتح فضاء التدريب… في المرة الأولى يستغرق ذلك بضع ثوانٍ.
training-passphrase = في فضاء التدريب، يدخل كل عضو في الفريق بعبارة المرور: { $passphrase }
training-leave-button = مغادرة وضع التدريب
