# Nested dicts and lists: records, inventories, lookups, deep updates and copies.

inventory = {
    "fruit": {"apple": 3, "banana": 6},
    "veg": {"carrot": 10},
    "tags": ["fresh", "local"],
}
inventory["fruit"]["cherry"] = 20
inventory["veg"]["carrot"] -= 4
inventory["tags"].append("organic")
inventory.setdefault("dairy", {})["milk"] = 2
print(inventory)
total = 0
for category, items in inventory.items():
    if isinstance(items, dict):
        subtotal = sum(items.values())
        total += subtotal
        print(f"{category:>6}: {subtotal:3d} {sorted(items)}")
print("total", total)
people = [
    {"name": "Ann", "age": 31, "langs": ["py", "c"]},
    {"name": "Bo", "age": 25, "langs": ["swift"]},
    {"name": "Cy", "age": 31, "langs": []},
]
by_age = {}
for p in people:
    by_age.setdefault(p["age"], []).append(p["name"])
print(by_age)
print(sorted(people, key=lambda p: (p["age"], p["name"]))[0]["name"], max(people, key=lambda p: len(p["langs"]))["name"])
index = {p["name"]: p for p in people}
index["Bo"]["age"] += 1
print(people[1], index["Bo"] is people[1])
shallow = dict(index)
shallow["Ann"]["age"] = 99
print(people[0]["age"])
matrix = {(r, c): r * c for r in range(3) for c in range(3)}
print(matrix[(2, 2)], matrix[1, 2], sum(matrix.values()), len(matrix))
tree = {"value": 1, "children": [{"value": 2, "children": []}, {"value": 3, "children": [{"value": 4, "children": []}]}]}
def tree_sum(node):
    return node["value"] + sum([tree_sum(c) for c in node["children"]])
def depth(node):
    if not node["children"]:
        return 1
    return 1 + max([depth(c) for c in node["children"]])
print(tree_sum(tree), depth(tree))
config = {"a": {"b": {"c": 1}}}
config["a"]["b"]["d"] = 2
del config["a"]["b"]["c"]
print(config, config["a"]["b"].get("c", "gone"))
