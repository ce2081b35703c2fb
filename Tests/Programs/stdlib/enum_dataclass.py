# An enum mixed with a dataclass: members built by the dataclass __init__, values shown by its repr.
from dataclasses import dataclass, field
from enum import Enum
@dataclass
class CreatureDataMixin:
    size: str
    legs: int
    tail: bool = field(repr=False, default=True)
class Creature(CreatureDataMixin, Enum):
    BEETLE = 'small', 6
    DOG = 'medium', 4
print(Creature.DOG, repr(Creature.DOG), Creature.DOG.legs, Creature.BEETLE.value, Creature.DOG == Creature.DOG)
print(list(Creature))
