# ASCII Mandelbrot set with float arithmetic (no complex numbers), plus iteration statistics.

WIDTH, HEIGHT, MAX_ITER = 60, 24, 60
chars = " .:-=+*#%@"
total = 0
inside = 0
for row in range(HEIGHT):
    y0 = -1.2 + 2.4 * row / (HEIGHT - 1)
    line = []
    for col in range(WIDTH):
        x0 = -2.1 + 2.7 * col / (WIDTH - 1)
        x = y = 0.0
        it = 0
        while x * x + y * y <= 4.0 and it < MAX_ITER:
            x, y = x * x - y * y + x0, 2 * x * y + y0
            it += 1
        total += it
        if it == MAX_ITER:
            inside += 1
            line.append("@")
        else:
            line.append(chars[it % (len(chars) - 1)])
    print("".join(line).rstrip())
print("iterations:", total, "inside:", inside, "area estimate: %.4f" % (2.7 * 2.4 * inside / (WIDTH * HEIGHT)))
