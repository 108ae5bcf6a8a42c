using System.Globalization;
using System.Text.Json;

namespace Liputan.Eval;

/// <summary>Collects metric lines and checks them against eval/gates.json.</summary>
internal sealed class Report(Dictionary<string, double> gates)
{
    private readonly List<(string Name, double Value)> _metrics = [];

    public static Report Load(string path)
    {
        var gates = File.Exists(path)
            ? JsonSerializer.Deserialize<Dictionary<string, double>>(File.ReadAllText(path)) ?? []
            : [];
        return new Report(gates);
    }

    public IReadOnlyDictionary<string, double> Gates => gates;

    /// <summary>An item check line: PASS/FAIL id — detail.</summary>
    public static void Item(bool pass, string id, string detail) =>
        Console.WriteLine($"{(pass ? "PASS" : "FAIL")} {id} — {detail}");

    public void Metric(string name, double value)
    {
        // Printed truncated, not rounded, so that a gate copied from the output is never above the value.
        _metrics.Add((name, value));
        var gate = gates.TryGetValue(name, out var g) ? g : (double?)null;
        var status = gate is null ? "NOGATE" : value + 1e-9 >= gate ? "PASS" : "FAIL";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} {Math.Floor(value * 10000) / 10000:0.0000} {(gate is null ? "-" : gate.Value.ToString("0.0000", CultureInfo.InvariantCulture))} {status}"));
    }

    public int Failures => _metrics.Count(m => gates.TryGetValue(m.Name, out var g) && m.Value + 1e-9 < g);

    public IEnumerable<string> MissingMetrics => gates.Keys.Where(k => _metrics.All(m => m.Name != k));
}
