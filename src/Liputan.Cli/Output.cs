using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;

namespace Liputan.Cli;

/// <summary>Where and how commands print.</summary>
internal static class Output
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    private static readonly JsonSerializerOptions Compact = new(Options) { WriteIndented = false };

    /// <summary>Console for tables and colour on stdout.</summary>
    public static IAnsiConsole Stdout { get; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });

    /// <summary>Console for progress on stderr, so stdout stays clean for data.</summary>
    public static IAnsiConsole Stderr { get; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    public static void Json<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, Options));

    public static void Json(JsonNode node) => Console.Out.WriteLine(node.ToJsonString(Options));

    public static void JsonLine(JsonNode node) => Console.Out.WriteLine(node.ToJsonString(Compact));

    public static int Error(string message, int code = ExitCodes.Failure)
    {
        Console.Error.WriteLine("liputan: " + message);
        return code;
    }
}
