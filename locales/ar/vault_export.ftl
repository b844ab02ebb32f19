# Not yet reviewed by a native speaker.

## الخزنة: تصدير الوثائق إلى مجلد مختار، بطاقة الشخص، الإعدادات.

error-document-private-not-exported = إحدى الوثائق المختارة خاصة: لا يمكن تصديرها. لا يفتحها إلا صاحبها، ببطاقته ورمزه. لم يُكتب أي شيء.
error-export-folder-unusable = هذا المجلد غير موجود أو لا يمكن الوصول إليه. اختر مجلدًا آخر. لم يُكتب أي شيء.
error-export-folder-in-data-folder = هذا المجلد جزء من بيانات Passerelle: ستكون الوثائق المصدَّرة فيه غير مشفّرة. اختر مجلدًا آخر. لم يُكتب أي شيء.

vault-export-warning = الوثائق المصدَّرة لم تعد محمية: يستطيع قراءتها كل من يصل إلى هذا المجلد. احذفها عندما لا تعود بحاجة إليها.
vault-export-names-neutral = أسماء لا تتضمن اسم الشخص (الفئة والتاريخ)
vault-export-names-original = الأسماء الأصلية للملفات (غالبًا ما تتضمن اسم الشخص)
vault-export-done = { $count ->
    [zero] لم تُصدَّر أي وثيقة إلى { $folder }.
    [one] صُدِّرت وثيقة واحدة إلى { $folder }.
    [two] صُدِّرت وثيقتان إلى { $folder }.
    [few] صُدِّرت { $count } وثائق إلى { $folder }.
   *[other] صُدِّرت { $count } وثيقة إلى { $folder }.
}
vault-export-cancelled = أُلغي التصدير: لم يُكتب أي شيء.

vault-settings-quota-mb = المساحة لكل شخص (ميغابايت)
vault-settings-expiry-window-days = التنبيه إلى الوثائق التي تنتهي صلاحيتها خلال (أيام)
