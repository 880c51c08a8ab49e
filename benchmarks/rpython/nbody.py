# args: 1000
"""Benchmark: n-body, the orbits of the Sun and the four outer planets.

Symplectic integration of the planets' orbits; the work is float
arithmetic on the attributes of a few objects, in tight nested loops.
Prints the system's energy before and after, to nine decimals.

Usage: nbody.py [STEPS]   (default 1000000: a few seconds on CPython)
The time spent is written to stderr as `time: SECONDS`."""
import math
import os
import time

PI = 3.141592653589793
SOLAR_MASS = 4.0 * PI * PI
DAYS_PER_YEAR = 365.24


class Planet:
    def __init__(self, x, y, z, vx, vy, vz, mass):
        self.x = x
        self.y = y
        self.z = z
        self.vx = vx * DAYS_PER_YEAR
        self.vy = vy * DAYS_PER_YEAR
        self.vz = vz * DAYS_PER_YEAR
        self.mass = mass * SOLAR_MASS


def solar_system():
    return [
        Planet(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0),
        Planet(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
               1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
               9.54791938424326609e-04),
        Planet(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
               -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
               2.85885980666130812e-04),
        Planet(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
               2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
               4.36624404335156298e-05),
        Planet(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
               2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
               5.15138902046611451e-05),
    ]


def offset_momentum(planets):
    px = 0.0
    py = 0.0
    pz = 0.0
    for p in planets:
        px += p.vx * p.mass
        py += p.vy * p.mass
        pz += p.vz * p.mass
    sun = planets[0]
    sun.vx = -px / SOLAR_MASS
    sun.vy = -py / SOLAR_MASS
    sun.vz = -pz / SOLAR_MASS


def energy(planets):
    total = 0.0
    n = len(planets)
    for i in range(n):
        p = planets[i]
        total += 0.5 * p.mass * (p.vx * p.vx + p.vy * p.vy + p.vz * p.vz)
        for j in range(i + 1, n):
            q = planets[j]
            dx = p.x - q.x
            dy = p.y - q.y
            dz = p.z - q.z
            total -= p.mass * q.mass / math.sqrt(dx * dx + dy * dy + dz * dz)
    return total


def advance(planets, dt, steps):
    n = len(planets)
    for step in range(steps):
        for i in range(n):
            p = planets[i]
            for j in range(i + 1, n):
                q = planets[j]
                dx = p.x - q.x
                dy = p.y - q.y
                dz = p.z - q.z
                dist2 = dx * dx + dy * dy + dz * dz
                mag = dt / (dist2 * math.sqrt(dist2))
                pm = p.mass * mag
                qm = q.mass * mag
                p.vx -= dx * qm
                p.vy -= dy * qm
                p.vz -= dz * qm
                q.vx += dx * pm
                q.vy += dy * pm
                q.vz += dz * pm
        for p in planets:
            p.x += dt * p.vx
            p.y += dt * p.vy
            p.z += dt * p.vz


def entry_point(argv):
    steps = 1000000
    if len(argv) > 1:
        steps = int(argv[1])
    planets = solar_system()
    offset_momentum(planets)
    start = time.time()
    print("%.9f" % energy(planets))
    advance(planets, 0.01, steps)
    print("%.9f" % energy(planets))
    elapsed = time.time() - start
    os.write(2, ("time: %f\n" % elapsed).encode("utf-8"))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
