# An exception raised while handling another ("During handling ... another exception occurred").

data = {}
try:
    print(data["missing"])
except KeyError:
    print("handling the KeyError")
    print(data["also missing"] + 1)
