# The gc module as benchmarks use it: disabling around a timed section, forcing collections.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
data = [[i] * 3 for i in range(1000)]
gc.enable()
print(gc.isenabled())
print(gc.collect(), gc.collect(0), gc.collect(generation=1))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
old = gc.get_threshold()
print(old)
gc.set_threshold(1000)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold(), gc.get_debug(), len(gc.get_count()))
print(gc.is_tracked(5), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked(data))
print(gc.garbage, gc.callbacks, gc.DEBUG_LEAK)
gc.freeze()
print(gc.get_freeze_count() >= 0)
gc.unfreeze()
print(len(data))
