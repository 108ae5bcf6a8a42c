using System.Text.RegularExpressions;

namespace Liputan.Tests.Architecture;

/// <summary>
/// Dependencies follow the data flow (DESIGN.md): Documents ← Extraction ← Language ← Stories ←
/// Coverage, with Pipeline, Storage and Workflows beside them. Reads every source file of the
/// library and fails on a reference that goes upstream.
/// </summary>
public sealed partial class LayeringTests
{
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Documents"] = [],
        ["Resources"] = [],
        ["Pipeline"] = ["Documents"],
        ["Ingestion"] = ["Documents"],
        ["Extraction"] = ["Documents", "Resources"],
        ["Language"] = ["Documents", "Resources", "Extraction", "Pipeline"],
        ["Stories"] = ["Documents", "Resources", "Extraction", "Pipeline", "Language"],
        ["Coverage"] = ["Documents", "Resources", "Extraction", "Pipeline", "Language", "Stories"],
        ["Storage"] = ["Documents", "Resources", "Extraction", "Pipeline", "Language", "Stories", "Coverage"],
        ["Workflows"] = ["Documents", "Resources", "Extraction", "Pipeline", "Language", "Stories", "Coverage", "Storage", "Ingestion"],
    };

    [Fact]
    public void Should_only_reference_layers_upstream_of_each_file()
    {
        var src = Path.Combine(EndToEnd.Cli.RepoRoot, "src", "Liputan");
        var violations = new List<string>();
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(src, file);
            if (rel.StartsWith("obj", StringComparison.Ordinal) || rel.StartsWith("bin", StringComparison.Ordinal))
            {
                continue;
            }

            var layer = rel.Split(Path.DirectorySeparatorChar)[0];
            Allowed.ContainsKey(layer).ShouldBeTrue($"{rel} is in no known layer folder");
            foreach (Match m in Reference().Matches(File.ReadAllText(file)))
            {
                var target = m.Groups[1].Value;
                if (target != layer && Allowed.ContainsKey(target) && !Allowed[layer].Contains(target))
                {
                    violations.Add($"{rel} ({layer}) references {target}");
                }
            }
        }

        violations.ShouldBeEmpty();
    }

    [GeneratedRegex(@"\bLiputan\.([A-Z][A-Za-z]+)\b")]
    private static partial Regex Reference();
}
