"""The same journal on several machines, through a folder the leader's own sync service (or a USB
stick) carries between them; no server of ours.

- :mod:`.clock`: a hybrid logical clock, so that "later" means later even between machines whose
  clocks differ.
- :mod:`.docs`: each synced thing (a reflection, the personal framework, an own criterion, ...)
  as a CRDT document (pycrdt, Yjs's engine in Rust): texts merge edit by edit, sets by member, the
  other values are the last written by the hybrid clock.
- :mod:`.folder`: the folder's layout and its change files (compressed, sealed with AES-GCM for
  an encrypted journal, checked either way).
- :mod:`.engine`: one round: what changed here goes out, what the others wrote comes in.
"""
