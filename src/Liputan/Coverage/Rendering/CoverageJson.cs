using System.Text.Encodings.Web;
using System.Text.Json;

namespace Liputan.Coverage.Rendering;

/// <summary>The story coverage as JSON (schema: docs/story-schema.md). Property names are snake_case.</summary>
public static class CoverageJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
    };

    /// <summary>Serialises the coverage.</summary>
    public static string Render(StoryCoverage coverage) => JsonSerializer.Serialize(coverage, Options);
}
