import logging
import sys
log = logging.getLogger("app")
log.warning("no handlers: last resort %d", 1)
log.info("dropped")
print(log, logging.getLogger(), log.getEffectiveLevel(), logging.getLevelName(20), logging.getLevelName("ERROR"), logging.getLevelName(25))
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(levelname)-8s %(name)s: %(message)s"))
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.debug("debug %s", "value")
log.info("info with dict %(a)s-%(b)s", {"a": 1, "b": 2})
child = logging.getLogger("app.db")
child.error("child error %r", [1, 2])
print(child.parent is log, child.getEffectiveLevel(), log.getChild("db") is child, child.name)
grand = logging.getLogger("app.db.pool")
grand.critical("deep")
child.propagate = False
child.warning("not propagated (no handler: nothing)")
child.propagate = True
class OnlyErrors(logging.Filter):
    def filter(self, record):
        return record.levelno >= logging.ERROR
handler.addFilter(OnlyErrors())
log.info("filtered out")
log.error("passes filter")
handler.filters.clear()
log.log(25, "custom level")
logging.addLevelName(25, "NOTICE")
log.log(25, "named custom level")
fmt2 = logging.Formatter("{levelname}|{name}|{message}", style="{")
handler.setFormatter(fmt2)
log.warning("brace style")
handler.setFormatter(logging.Formatter("$levelname/${name}: $message", style="$"))
log.warning("dollar style")
adapter = logging.LoggerAdapter(log, {"user": "bob"})
handler.setFormatter(logging.Formatter("%(user)s says %(message)s"))
adapter.info("hi from adapter")
handler.setFormatter(logging.Formatter("%(message)s"))
log.removeHandler(handler)
print(log.hasHandlers(), logging.root.handlers)
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
logging.info("root info")
logging.debug("root debug dropped")
log.info("app via root handler")
logging.disable(logging.WARNING)
logging.warning("disabled")
logging.error("still shown")
logging.disable(logging.NOTSET)
rec = logging.LogRecord("n", logging.INFO, "/x/y.py", 7, "m %s", ("a",), None)
print(rec.getMessage(), rec.filename, rec.module, rec.levelname, rec.lineno)
try:
    logging.Formatter("no fields")
except ValueError as e:
    print(e)
try:
    log.setLevel("LOUD")
except ValueError as e:
    print(e)
print(logging.INFO, logging.WARN, logging.FATAL, logging.BASIC_FORMAT)
logging.error("last line to stdout")
logging.basicConfig(force=True, format="%(levelname)s:%(message)s")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("math failed")
logging.exception("no active exception")
logging.error("final on stderr")
