# copy and deepcopy of bytearrays and their subclasses.
import copy

ba = bytearray(b'abc')
s = copy.copy(ba)
d = copy.deepcopy(ba)
print(s, d, s == ba, s is ba, d is ba, type(s).__name__, type(d).__name__)
s.append(100)
print(ba, s)
print(copy.deepcopy(bytearray()), copy.copy(bytearray()))
pair = [ba, ba]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is ba)


class Buffer(bytearray):
    pass


b = Buffer(b'xyz')
bc = copy.copy(b)
bd = copy.deepcopy(b)
print(type(bc).__name__, bc, bc is b, type(bd).__name__, bd, bd is b)
print(copy.deepcopy(Buffer()), type(copy.copy(Buffer())).__name__)
