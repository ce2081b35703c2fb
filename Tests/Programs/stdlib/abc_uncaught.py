# Instantiating an abstract class, uncaught: the traceback's last line.
from abc import ABC, abstractmethod


class Reader(ABC):
    @abstractmethod
    def read(self):
        ...

    @abstractmethod
    def close(self):
        ...


class Partial(Reader):
    def read(self):
        return ""


print("before")
Partial()
print("not reached")
