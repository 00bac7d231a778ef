"""The Qt interface: widgets, item models over the store, dialogs. Only journal.app builds it."""
