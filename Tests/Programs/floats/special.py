# inf and nan: arithmetic, comparisons, conversions and the errors around them.

inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, -nan, inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf)
print(inf == inf, inf > 10 ** 400, -inf < -(10 ** 400), nan == nan, nan != nan, nan < 1, nan > 1)
print(nan is nan, [nan] == [nan], nan in [nan], inf / inf, inf // 1, inf % 2, 5 % inf, -5 % inf)
print(max(1.0, inf), min(-inf, 0), abs(-inf), -(-inf), inf ** 0, nan ** 0, 1 ** nan)
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308, 2.0 ** 1023 * 2)
print(sorted([3.0, inf, -inf, 0.0, -1.5]))
print(str(inf), repr(-inf), str(nan), f"{inf}", f"{nan:>6}", float(str(inf)))

try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(float(2 ** 1024))
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(2 ** 1024 / 1)
except OverflowError as e:
    print("OverflowError:", e)
print(2 ** 1024 / 2 ** 1000, 10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399))
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
for text in ["abc", "", "1.2.3", "1e", "infinity and beyond", "0x10", "1__0"]:
    try:
        print(float(text))
    except ValueError as e:
        print("ValueError:", e)
try:
    print(float(None))
except TypeError as e:
    print("TypeError:", e)
try:
    print(float([1.5]))
except TypeError as e:
    print("TypeError:", e)
for v in [inf, -inf, nan]:
    try:
        print(int(v))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
