namespace Liputan.Cli;

/// <summary>Process exit codes (DESIGN.md, Errors).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int Usage = 2;
    public const int SomeSkipped = 3;
}
