"""Float arithmetic: a small n-body simulation (five bodies, leapfrog-like
steps), plus the total energy as the check."""
from _harness import run, xrange

PI = 3.141592653589793
SOLAR_MASS = 4 * PI * PI
DAYS = 365.24


def bodies():
    # x, y, z, vx, vy, vz, mass (a sun and four made-up planets)
    b = [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS]]
    for k in xrange(1, 5):
        r = 5.0 * k
        v = (SOLAR_MASS / r) ** 0.5
        b.append([r, 0.1 * k, -0.05 * k, 0.01 * k, v, 0.001 * k,
                  SOLAR_MASS * 10.0 ** (-3 - k % 3)])
    return b


def energy(b):
    e = 0.0
    for i, (x, y, z, vx, vy, vz, m) in enumerate(b):
        e += 0.5 * m * (vx * vx + vy * vy + vz * vz)
        for (x2, y2, z2, _, _, _, m2) in b[i + 1:]:
            dx, dy, dz = x - x2, y - y2, z - z2
            e -= m * m2 / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def advance(b, dt, steps):
    pairs = [(b[i], b[j]) for i in xrange(len(b)) for j in xrange(i + 1, len(b))]
    for _ in xrange(steps):
        for (p1, p2) in pairs:
            dx = p1[0] - p2[0]
            dy = p1[1] - p2[1]
            dz = p1[2] - p2[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            m1 = p1[6] * mag
            m2 = p2[6] * mag
            p1[3] -= dx * m2
            p1[4] -= dy * m2
            p1[5] -= dz * m2
            p2[3] += dx * m1
            p2[4] += dy * m1
            p2[5] += dz * m1
        for p in b:
            p[0] += dt * p[3]
            p[1] += dt * p[4]
            p[2] += dt * p[5]


def work(n, b):
    advance(b, 0.01, n)
    return round(energy(b), 6)


if __name__ == "__main__":
    run("nbody", 24000, work, setup=bodies)
