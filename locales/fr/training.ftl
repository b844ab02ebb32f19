# Training mode on the screens: the way in (sign-in screen), the banner, the way back.

training-open-heading = Se former sans risque
training-open-intro = L'espace de formation contient une structure inventée, avec des personnes et des accompagnements fictifs. Essayez tous les écrans : rien ne touche aux vraies fiches.
training-open-button = Ouvrir l'espace de formation
training-opening = Ouverture de l'espace de formation… La première fois, cela prend quelques secondes.
training-passphrase = Dans l'espace de formation, chaque membre de l'équipe se connecte avec la phrase de passe : { $passphrase }
training-leave-button = Quitter le mode formation
