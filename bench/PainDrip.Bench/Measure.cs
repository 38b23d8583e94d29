using System.Diagnostics;

namespace PainDrip.Bench;

internal static class Measure
{
    /// <summary>Runs <paramref name="work"/> (which does <paramref name="itemsPerCall"/> items) for about <paramref name="duration"/> after a warm-up, and prints and returns items per second.</summary>
    public static double Rate(string name, int itemsPerCall, TimeSpan duration, Action work)
    {
        for (var i = 0; i < 3; i++)
        {
            work();
        }
        var calls = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            work();
            calls++;
        }
        clock.Stop();
        var perSecond = calls * (double)itemsPerCall / clock.Elapsed.TotalSeconds;
        Console.WriteLine($"{name,-40} {perSecond,12:N0} /s   ({calls * (long)itemsPerCall:N0} in {clock.Elapsed.TotalSeconds:0.00} s)");
        return perSecond;
    }
}
