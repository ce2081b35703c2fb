import statistics as st
import random
datasets = [
    [1, 2, 3, 4, 4], [1, 2, 3], [2.5, 3.25, 5.5, 11.25, 1.0], [0.1, 0.2, 0.3], [1e50, 1, -1e50] * 10,
    [True, False, True], [3, 2.25, 4.5, -0.5, 0.25], [10**20, 1, 7], list(range(100)), [0.1] * 7,
    [5], [-1.5, -2.25, 7.125, 3.0],
]
random.seed(7)
datasets.append([random.random() * 100 for _ in range(57)])
datasets.append([random.randint(-50, 50) for _ in range(40)])
funcs = [st.mean, st.fmean, st.median, st.median_low, st.median_high, st.median_grouped, st.mode, st.multimode,
         st.variance, st.pvariance, st.stdev, st.pstdev, st.geometric_mean, st.harmonic_mean, st.quantiles]
for data in datasets:
    row = []
    for f in funcs:
        try:
            r = f(data)
        except (st.StatisticsError, ValueError, TypeError) as e:
            r = type(e).__name__ + ": " + str(e)
        row.append(f"{f.__name__}={r!r}")
    print(" ".join(row))
print(st.quantiles([1, 3, 5, 7, 9, 11], n=10, method="inclusive"), st.quantiles(range(20), n=5))
print(st.variance([1.5, 2.5, 2.5, 2.75], xbar=2.3125), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9], mu=5), st.stdev([1, 2], 1.5))
print(st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([0, 5]), st.fmean([1, 2, 3], weights=[0.25, 0.5, 0.25]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]; y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x[::-1]), st.linear_regression(x, [2 * v + 1 for v in x]), st.linear_regression(x, y, proportional=True).slope)
lr = st.linear_regression([1, 2, 3], [2, 4, 7]); print(lr.slope, lr.intercept, lr[0], tuple(lr))
for bad in ([], [1]):
    for f in (st.mean, st.variance, st.stdev, st.median, st.mode, st.pvariance, st.harmonic_mean, st.fmean):
        try:
            f(bad)
        except st.StatisticsError as e:
            print(f.__name__, "StatisticsError:", e)
try:
    st.harmonic_mean([1, -2])
except st.StatisticsError as e:
    print(e)
print(issubclass(st.StatisticsError, ValueError), st.mode(["a", "b", "b", "a", "c"]), st.multimode("aabbc"), st.median(["b", "a", "c"]))
print(st.mean(iter([1, 2, 3, 4])), st.variance(iter([1.0, 2.0, 4.0])), st.mean(x for x in [0.5, 0.25]))
print(st.mean([1.5, float("inf")]), st.variance([1.0, float("nan")]), st.median([float("inf"), 1]))
from fractions import Fraction as F
import statistics as st
data = [F(3, 7), F(1, 21), F(5, 3), F(1, 3)]
print(st.mean(data), st.variance(data), st.pvariance(data), st.stdev(data), st.median(data), st.harmonic_mean(data), st.mean([F(1, 2), 2]), st.mean([F(1, 2), 0.25]))
try:
    st.mean([F(1, 2), 1j])
except TypeError as e:
    print(e)
