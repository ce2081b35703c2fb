# Generated methods implement abstract methods of an ABC (abc.update_abstractmethods).
from abc import ABC, abstractmethod
from dataclasses import dataclass
class Shape(ABC):
    @abstractmethod
    def __repr__(self): ...
    @abstractmethod
    def area(self): ...
@dataclass
class Sq(Shape):
    side: float
    def area(self): return self.side ** 2
print(Sq(2), Sq(2).area(), sorted(Sq.__abstractmethods__))
@dataclass
class Half(Shape):
    side: float
print(sorted(Half.__abstractmethods__))
try:
    Half(1)
except TypeError as e:
    print(e)
