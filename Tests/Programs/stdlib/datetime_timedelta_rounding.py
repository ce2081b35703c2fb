from datetime import timedelta
import random
random.seed(11)
vals = []
for _ in range(200):
    kw = {random.choice(["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"]): random.uniform(-1000, 1000) * random.choice([1, 1e-3, 1e-6, 1e3])}
    kw2 = {random.choice(["days", "seconds", "hours"]): random.randint(-50, 50)}
    kw.update(kw2) if list(kw2)[0] not in kw else None
    vals.append(repr(timedelta(**kw)))
print("\n".join(vals))
