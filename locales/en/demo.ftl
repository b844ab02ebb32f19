# Not yet reviewed by a native speaker.

# Training mode: demo store (passerelle demo), the app's banner.

training-banner = Training mode — fictitious data
training-banner-detail = Every person and every session here is made up. Do not enter any real data.

## Command line (passerelle demo)
cli-demo-size-unknown = Unknown size “{ $size }”: choose small or stress.
cli-demo-generating = Creating a training store ({ $size }, seed { $seed }): this may take a few minutes…
cli-demo-created = Training store “{ $structure }” created, fictitious data from { $from } to { $to }.
cli-demo-passphrase = Passphrase of every staff member: { $passphrase }
cli-demo-coordinator = Coordinator: { $name }
cli-demo-staff = Staff ({ $count }):
cli-demo-training = This store is marked “Training mode — fictitious data”; do not enter any real data.
