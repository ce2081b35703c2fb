x: list[int] = []
y: int | None = None
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int])
print(int | None, int | str | None, (int | str) == (str | int), int | int)
print(list[int]((1, 2)), list[int].__origin__, list[int].__args__, list[int] == list[int])
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | None))
print(type(list[int]), type(int | str))
try: isinstance([], list[int])
except TypeError as e: print(e)
class A:
    def __class_getitem__(cls, item): return f"A[{item}]"
print(A[int])
class B(list[int]): pass
print(B.__mro__, B([1]))
import sys
print(dict[str, int].fromkeys([1]))
class Meta(type):
    def __instancecheck__(cls, inst): return inst == 42
class C(metaclass=Meta): pass
print(isinstance(42, C), isinstance(3, C))
try: int | 3
except TypeError as e: print(e)
print(hash(list[int]) == hash(list[int]), {int | str: 1}[str | int])
