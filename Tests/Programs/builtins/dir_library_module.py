import heapq, bisect, random, string
print([n for n in dir(heapq) if not n.startswith("_")])
print([n for n in dir(bisect) if not n.startswith("_")])
print("shuffle" in dir(random), "ascii_letters" in dir(string), dir(string) == sorted(dir(string)))
public = [name for name in dir(heapq) if callable(getattr(heapq, name)) and not name.startswith("_")]
print(public)
