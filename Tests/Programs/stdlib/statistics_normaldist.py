from statistics import NormalDist, StatisticsError
import statistics
n = NormalDist(100, 15)
print(n, n.mean, n.median, n.mode, n.stdev, n.variance, n.pdf(110), n.cdf(130), n.inv_cdf(0.975), n.zscore(85), n.quantiles(), n.quantiles(10))
print(NormalDist().inv_cdf(1e-10), NormalDist().inv_cdf(0.3), NormalDist().inv_cdf(0.999999), NormalDist().inv_cdf(1 - 1e-17 if False else 0.9999999999))
print(n + 5, n - NormalDist(10, 20), n * 2, 3 * n, n / 4, -n, +n, 1 - n, n == NormalDist(100.0, 15.0), hash(n) == hash(NormalDist(100, 15)))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), NormalDist(1, 2).overlap(NormalDist(5, 2)))
fs = NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]); print(fs, fs.mean, fs.stdev)
print(NormalDist(0, 1).samples(3, seed=42), len(n.samples(5)))
for bad in (lambda: NormalDist(0, -1), lambda: NormalDist(0, 0).pdf(1), lambda: NormalDist().inv_cdf(1.5), lambda: NormalDist.from_samples([1]), lambda: n.overlap(5)):
    try:
        bad()
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
