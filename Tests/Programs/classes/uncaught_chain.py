# An uncaught exception of a KeyError subclass raised with `from` inside a method: the traceback
# shows both exceptions, and the last stderr line is the final one, formatted with KeyError's str
# (the repr of the single argument).

class ConfigKeyError(KeyError):
    pass


class Config:
    def __init__(self, values):
        self.values = values

    def require(self, key):
        try:
            return self.values[key]
        except KeyError as e:
            raise ConfigKeyError(key) from e


cfg = Config({"host": "localhost"})
print(cfg.require("host"))
try:
    cfg.require("user")
except KeyError as e:
    print("caught", type(e).__name__, e, repr(e), type(e.__cause__).__name__)
cfg.require("port")
