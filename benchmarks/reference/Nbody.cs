// Hand-written C# version of benchmarks/rpython/nbody.py: the ceiling for
// the CLI backend on this benchmark (what C# written directly, compiled
// with mcs -optimize+, achieves against CPython on the same Mono).
//
// The same computation: the Sun and four planets as objects with double
// fields, advanced by the same symplectic steps, in a list walked by index.
//
// Usage: mono Nbody.exe [STEPS]   (default 1000000)
// Prints the same stdout as the Python version and `time: SECONDS` on
// stderr.
using System;
using System.Diagnostics;
using System.Globalization;

public sealed class Planet {
    public double x, y, z, vx, vy, vz, mass;

    public Planet(double x, double y, double z, double vx, double vy, double vz, double mass) {
        this.x = x;
        this.y = y;
        this.z = z;
        this.vx = vx * Nbody.DaysPerYear;
        this.vy = vy * Nbody.DaysPerYear;
        this.vz = vz * Nbody.DaysPerYear;
        this.mass = mass * Nbody.SolarMass;
    }
}

public static class Nbody {
    public const double Pi = 3.141592653589793;
    public const double SolarMass = 4.0 * Pi * Pi;
    public const double DaysPerYear = 365.24;

    static Planet[] SolarSystem() {
        return new Planet[] {
            new Planet(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0),
            new Planet(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
                       1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
                       9.54791938424326609e-04),
            new Planet(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
                       -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
                       2.85885980666130812e-04),
            new Planet(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
                       2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
                       4.36624404335156298e-05),
            new Planet(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
                       2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
                       5.15138902046611451e-05),
        };
    }

    static void OffsetMomentum(Planet[] planets) {
        double px = 0.0, py = 0.0, pz = 0.0;
        foreach (var p in planets) {
            px += p.vx * p.mass;
            py += p.vy * p.mass;
            pz += p.vz * p.mass;
        }
        planets[0].vx = -px / SolarMass;
        planets[0].vy = -py / SolarMass;
        planets[0].vz = -pz / SolarMass;
    }

    static double Energy(Planet[] planets) {
        double total = 0.0;
        int n = planets.Length;
        for (int i = 0; i < n; i++) {
            var p = planets[i];
            total += 0.5 * p.mass * (p.vx * p.vx + p.vy * p.vy + p.vz * p.vz);
            for (int j = i + 1; j < n; j++) {
                var q = planets[j];
                double dx = p.x - q.x, dy = p.y - q.y, dz = p.z - q.z;
                total -= p.mass * q.mass / Math.Sqrt(dx * dx + dy * dy + dz * dz);
            }
        }
        return total;
    }

    static void Advance(Planet[] planets, double dt, long steps) {
        int n = planets.Length;
        for (long step = 0; step < steps; step++) {
            for (int i = 0; i < n; i++) {
                var p = planets[i];
                for (int j = i + 1; j < n; j++) {
                    var q = planets[j];
                    double dx = p.x - q.x, dy = p.y - q.y, dz = p.z - q.z;
                    double dist2 = dx * dx + dy * dy + dz * dz;
                    double mag = dt / (dist2 * Math.Sqrt(dist2));
                    double pm = p.mass * mag, qm = q.mass * mag;
                    p.vx -= dx * qm;
                    p.vy -= dy * qm;
                    p.vz -= dz * qm;
                    q.vx += dx * pm;
                    q.vy += dy * pm;
                    q.vz += dz * pm;
                }
            }
            foreach (var p in planets) {
                p.x += dt * p.vx;
                p.y += dt * p.vy;
                p.z += dt * p.vz;
            }
        }
    }

    public static int Main(string[] args) {
        long steps = args.Length > 0 ? long.Parse(args[0]) : 1000000;
        var planets = SolarSystem();
        OffsetMomentum(planets);
        var clock = Stopwatch.StartNew();
        Console.WriteLine(Energy(planets).ToString("F9", CultureInfo.InvariantCulture));
        Advance(planets, 0.01, steps);
        Console.WriteLine(Energy(planets).ToString("F9", CultureInfo.InvariantCulture));
        double elapsed = clock.Elapsed.TotalSeconds;
        Console.Error.WriteLine("time: " + elapsed.ToString("F6", CultureInfo.InvariantCulture));
        return 0;
    }
}
