# State machines with classes: (1) the State pattern, one class per state whose methods return the
# next state, for a traffic light and a vending machine; (2) a table-driven machine with guards and
# actions, transitions history, and errors for invalid transitions.

class State:
    name = "state"

    def on_enter(self, machine):
        machine.log.append("enter " + self.name)

    def handle(self, machine, event):
        raise InvalidTransition(self.name, event)

    def __repr__(self):
        return f"<{self.name}>"


class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(state, event)
        self.state = state
        self.event = event

    def __str__(self):
        return f"event {self.event!r} is not valid in state {self.state!r}"


class Machine:
    def __init__(self, initial):
        self.log = []
        self.state = None
        self.transition(initial)

    def transition(self, state):
        self.state = state
        state.on_enter(self)

    def send(self, event, *args):
        next_state = self.state.handle(self, event, *args)
        if next_state is not None and next_state is not self.state:
            self.transition(next_state)
        return self


# Traffic light: states as singletons.
class Red(State):
    name = "red"

    def handle(self, machine, event):
        if event == "timer":
            return GREEN
        return super().handle(machine, event)


class Green(State):
    name = "green"

    def handle(self, machine, event):
        if event == "timer":
            return YELLOW
        if event == "emergency":
            return RED
        return super().handle(machine, event)


class Yellow(State):
    name = "yellow"

    def handle(self, machine, event):
        if event in ("timer", "emergency"):
            return RED
        return super().handle(machine, event)


RED, GREEN, YELLOW = Red(), Green(), Yellow()
light = Machine(RED)
for ev in ["timer", "timer", "timer", "timer", "emergency", "timer", "emergency"]:
    light.send(ev)
print(light.state, light.log)
try:
    Machine(RED).send("emergency")
except InvalidTransition as e:
    print(type(e).__name__, e, e.state, e.event)


# Vending machine: states carrying data (credit) as instances.
class Idle(State):
    name = "idle"

    def handle(self, machine, event, *args):
        if event == "coin":
            return HasCredit(args[0])
        return super().handle(machine, event)


class HasCredit(State):
    def __init__(self, credit):
        self.credit = credit

    @property
    def name(self):
        return f"credit({self.credit})"

    def handle(self, machine, event, *args):
        if event == "coin":
            self.credit += args[0]
            machine.log.append("credit now " + str(self.credit))
            return self
        if event == "select":
            item, price = args
            if price > self.credit:
                machine.log.append(f"need {price - self.credit} more for {item}")
                return self
            machine.log.append(f"vend {item}, change {self.credit - price}")
            return IDLE
        if event == "refund":
            machine.log.append("refund " + str(self.credit))
            return IDLE
        return super().handle(machine, event)


IDLE = Idle()
vm = Machine(IDLE)
vm.send("coin", 50).send("select", "cola", 120).send("coin", 100).send("select", "cola", 120)
vm.send("coin", 20).send("refund")
print(vm.state, vm.log)
try:
    vm.send("select", "chips", 80)
except InvalidTransition as e:
    print(e)


# Table-driven machine with guards and actions.
class Transition:
    def __init__(self, source, event, target, guard=None, action=None):
        self.source, self.event, self.target = source, event, target
        self.guard = guard
        self.action = action

    def allowed(self, ctx):
        return self.guard is None or self.guard(ctx)


class TableMachine:
    def __init__(self, initial, transitions, **context):
        self.state = initial
        self.table = {}
        for t in transitions:
            self.table.setdefault((t.source, t.event), []).append(t)
        self.context = context
        self.history = [initial]

    def fire(self, event):
        candidates = self.table.get((self.state, event))
        if not candidates:
            raise InvalidTransition(self.state, event)
        for t in candidates:
            if t.allowed(self.context):
                if t.action:
                    t.action(self.context)
                self.state = t.target
                self.history.append(t.target)
                return True
        return False

    def available(self):
        return sorted(set([e for (s, e) in self.table if s == self.state]))


def inc_attempts(ctx):
    ctx["attempts"] += 1


door = TableMachine("locked", [
    Transition("locked", "unlock", "closed", guard=lambda c: c["code"] == "1234", action=inc_attempts),
    Transition("locked", "unlock", "locked", action=inc_attempts),
    Transition("closed", "open", "opened"),
    Transition("opened", "close", "closed"),
    Transition("closed", "lock", "locked"),
], code="0000", attempts=0)

print(door.fire("unlock"), door.state, door.context)
door.context["code"] = "1234"
print(door.fire("unlock"), door.state, door.available())
for ev in ["open", "close", "lock"]:
    door.fire(ev)
print(door.history, door.context["attempts"], door.available())
try:
    door.fire("open")
except InvalidTransition as e:
    print(type(e).__name__ + ":", e)
