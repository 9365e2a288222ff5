using BenchmarkDotNet.Running;

namespace Intermunicipal.Benchmarks;

// Not top-level statements: the referenced web project already exposes a global public Program.
public static class Program
{
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
