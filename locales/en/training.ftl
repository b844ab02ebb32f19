# Not yet reviewed by a native speaker.
# Training mode on the screens: the way in (sign-in screen), the banner, the way back.

training-open-heading = Practise safely
training-open-intro = The training space holds an invented centre, with fictitious people and support sessions. Try every screen: nothing touches the real records.
training-open-button = Open the training space
training-opening = Opening the training space… The first time takes a few seconds.
training-passphrase = In the training space, every team member signs in with the passphrase: { $passphrase }
training-leave-button = Leave training mode
