# input(prompt) writes the prompt to stdout without a newline (stdin is not a terminal here).

name = input("Name: ")
age = int(input("Age: "))
print(f"Hello {name}, next year you will be {age + 1}.")
color = input()
print("favourite color:", repr(color))
empty = input("Empty line? ")
print("got", repr(empty))
unicode_line = input("> ")
print(unicode_line[::-1], len(unicode_line))
