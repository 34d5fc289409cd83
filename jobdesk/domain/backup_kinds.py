"""What each kind of backup is called, and how often a running jobdesk makes one: plain names,
read by the window before the store (and peewee) are loaded."""

from __future__ import annotations

from datetime import timedelta

# What each kind of backup is kept for. Only automatic ones are rotated away; the others
# were asked for, or are the way back from an upgrade or a restore.
AUTOMATIC = "auto"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
BEFORE_SCHEMA = "before-schema"
# In the name of an upgrade's backup: "schema-9-before-upgrade-to-10-<stamp>.sqlite" holds
# the data at schema 9, as it was before the upgrade to 10. (Older backups were named
# "before-schema-10-<stamp>.sqlite", after the schema they preceded.)
BEFORE_UPGRADE = "before-upgrade-to"

# While jobdesk runs, changed data is backed up at most this often (and once more on quit).
BACKUP_EVERY = timedelta(minutes=30)
