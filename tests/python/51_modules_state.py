# Module-level state shared through imports; functions defined in one module used in another.
import mod_counter
from mod_counter import bump, snapshot

bump()
bump(5)
mod_counter.bump()
print(snapshot(), mod_counter.TOTAL, mod_counter.HISTORY)
mod_counter.TOTAL = 100
bump()
print(snapshot(), mod_counter.describe())
