# An event system: an emitter with subscribe/unsubscribe, callbacks of every kind (functions,
# lambdas, bound methods, callable objects, closures), once-only handlers, priorities, handlers
# that raise (collected, not fatal), event objects that can be cancelled, and a handler that
# subscribes another handler while the event is being dispatched.

class Event:
    def __init__(self, name, **data):
        self.name = name
        self.data = data
        self.cancelled = False

    def cancel(self):
        self.cancelled = True

    def __repr__(self):
        return f"Event({self.name!r}, {', '.join([k + '=' + repr(v) for k, v in sorted(self.data.items())])})"


class Subscription:
    def __init__(self, emitter, name, callback, priority, once):
        self.emitter = emitter
        self.name = name
        self.callback = callback
        self.priority = priority
        self.once = once

    def cancel(self):
        self.emitter.unsubscribe(self)


class Emitter:
    def __init__(self):
        self.handlers = {}
        self.errors = []

    def on(self, name, callback=None, priority=0, once=False):
        # Usable as a decorator too: @emitter.on("name")
        if callback is None:
            def decorator(fn):
                self.on(name, fn, priority, once)
                return fn
            return decorator
        sub = Subscription(self, name, callback, priority, once)
        subs = self.handlers.setdefault(name, [])
        subs.append(sub)
        subs.sort(key=lambda s: -s.priority)
        return sub

    def once(self, name, callback, priority=0):
        return self.on(name, callback, priority, once=True)

    def unsubscribe(self, sub):
        subs = self.handlers.get(sub.name, [])
        if sub in subs:
            subs.remove(sub)

    def emit(self, name, **data):
        event = Event(name, **data)
        for sub in list(self.handlers.get(name, [])):
            if event.cancelled:
                break
            if sub.once:
                self.unsubscribe(sub)
            try:
                sub.callback(event)
            except Exception as e:
                self.errors.append(f"{name}: {type(e).__name__}: {e}")
        return event

    def count(self, name):
        return len(self.handlers.get(name, []))


log = []
bus = Emitter()


def log_event(event):
    log.append(f"log_event {event!r}")


class Audit:
    def __init__(self):
        self.seen = []

    def record(self, event):
        self.seen.append(event.name)

    def __call__(self, event):
        self.seen.append("called:" + event.name)


def make_counter(label):
    count = 0

    def handler(event):
        nonlocal count
        count += 1
        log.append(f"{label} #{count}")
    return handler


audit = Audit()
bus.on("login", log_event)
bus.on("login", audit.record, priority=5)
bus.on("login", audit)
bus.on("login", lambda e: log.append("lambda sees " + e.data["user"]), priority=10)
bus.on("logout", make_counter("logout"))
bus.once("login", lambda e: log.append("first login only"), priority=7)


@bus.on("error", priority=1)
def on_error(event):
    raise RuntimeError("handler failed for " + event.data.get("code", "?"))


@bus.on("error")
def after_error(event):
    log.append("after_error still runs")


bus.emit("login", user="ann", ip="10.0.0.1")
bus.emit("login", user="bob")
bus.emit("logout", user="ann")
bus.emit("logout", user="bob")
bus.emit("error", code="E42")
bus.emit("nobody-listens")
print("\n".join(log))
print(audit.seen, bus.errors, bus.count("login"))


# Cancellation stops lower-priority handlers.
def guard(event):
    if event.data.get("amount", 0) > 100:
        log.append("guard cancels " + repr(event))
        event.cancel()


log.clear()
bus.on("pay", guard, priority=100)
sub = bus.on("pay", lambda e: log.append("paid " + str(e.data["amount"])))
print(bus.emit("pay", amount=50).cancelled, bus.emit("pay", amount=500).cancelled)
sub.cancel()
bus.emit("pay", amount=5)
print(log, bus.count("pay"))


# A handler that subscribes another handler during dispatch: the new one runs on the next emit.
log.clear()


def installer(event):
    log.append("installer runs")
    bus.on("tick", lambda e: log.append("installed handler runs"))


bus.once("tick", installer)
bus.emit("tick")
bus.emit("tick")
bus.emit("tick")
print(log, bus.count("tick"))
