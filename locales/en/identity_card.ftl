# Not yet reviewed by a native speaker.

## A beneficiary's printed card for their private vault documents (not an identity card).
## Plain English: short sentences, one idea per sentence, "you".

pdf-vault-card-title = Your card for your private documents
pdf-vault-card-subject = Personal card to open the private documents of the digital safe
pdf-vault-card-footer = Personal card — keep it with your important papers
pdf-vault-card-keep = Keep this card. Without it and without your secret code, nobody can open your private documents, not even us.
pdf-vault-card-for = Belongs to: { $first_name }
pdf-vault-card-code-label = Card code:
pdf-vault-card-code-hint = This code is made of letters and numbers. It is not your secret code.
pdf-vault-card-qr-caption = The same code, as a QR code
pdf-vault-card-what-heading = What is this card for?
pdf-vault-card-what-body = Your private documents are locked. To open them, you need 2 things: this card and your secret code. Your secret code is the numbers you chose. Only you know it.
pdf-vault-card-keep-heading = How to keep this card
pdf-vault-card-keep-safe = Keep it with your important papers, in a safe place.
pdf-vault-card-keep-pin-apart = Do not write your secret code on this card.
pdf-vault-card-keep-no-photo = Do not give this card to anyone else. Do not take a photo of it.
pdf-vault-card-lost-heading = If you lose this card
pdf-vault-card-lost-body = If you lose this card, your private documents are lost. If you forget your secret code, it is the same. Nobody can open them again, not even us. Also keep a copy of your most important papers.
pdf-vault-card-found-heading = If someone finds this card
pdf-vault-card-found-body = Without your secret code, this card alone opens nothing. Come and see us if you have lost it.
pdf-vault-card-issued = Card made by { $structure } on { $date }.
