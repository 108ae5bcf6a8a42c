using System.Collections.Frozen;
using Liputan.Documents;
using Liputan.Resources;

namespace Liputan.Extraction.Metadata;

/// <summary>
/// The outlet table (<c>Resources/outlets.tsv</c>): domain → display name, with aliases as
/// they appear in datelines, bylines and sign-offs. Loaded once, immutable, thread-safe.
/// </summary>
public sealed class OutletDirectory
{
    private static readonly Lazy<OutletDirectory> Lazy = new(Load);
    private readonly FrozenDictionary<string, OutletEntry> _byDomain;
    private readonly FrozenDictionary<string, OutletEntry> _byAlias;

    private OutletDirectory(IEnumerable<OutletEntry> entries)
    {
        var byDomain = new Dictionary<string, OutletEntry>(StringComparer.OrdinalIgnoreCase);
        var byAlias = new Dictionary<string, OutletEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in entries)
        {
            byDomain.TryAdd(e.Domain, e);
            byAlias.TryAdd(AliasKey(e.Domain), e);
            byAlias.TryAdd(AliasKey(e.Name), e);
            foreach (var a in e.Aliases)
            {
                byAlias.TryAdd(AliasKey(a), e);
            }
        }

        _byDomain = byDomain.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _byAlias = byAlias.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The shared directory built from the embedded table.</summary>
    public static OutletDirectory Default => Lazy.Value;

    /// <summary>Every outlet of the table, in domain order.</summary>
    public IEnumerable<OutletEntry> Entries => _byDomain.Values.OrderBy(e => e.Domain, StringComparer.Ordinal);

    /// <summary>Number of outlets known.</summary>
    public int Count => _byDomain.Count;

    /// <summary>The entry for a host name, trying parent domains ("news.detik.com" → "detik.com").</summary>
    public OutletEntry? FindByHost(string host)
    {
        var h = host.Trim().TrimEnd('.').ToLowerInvariant();
        if (h.StartsWith("www.", StringComparison.Ordinal))
        {
            h = h[4..];
        }

        while (true)
        {
            if (_byDomain.TryGetValue(h, out var e))
            {
                return e;
            }

            var dot = h.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0 || h.IndexOf('.', dot + 1) < 0)
            {
                return null;
            }

            h = h[(dot + 1)..];
        }
    }

    /// <summary>The entry an alias names ("TRIBUNNEWS.COM", "Intisari - Online.com", "Kantor Berita Antara").</summary>
    public OutletEntry? FindByAlias(string alias)
    {
        var key = AliasKey(alias);
        if (key.Length == 0)
        {
            return null;
        }

        if (_byAlias.TryGetValue(key, out var e))
        {
            return e;
        }

        return LooksLikeDomain(key) ? FindByHost(key) : null;
    }

    /// <summary>An <see cref="Outlet"/> for a host, falling back to the host itself when unknown.</summary>
    public Outlet ForHost(string host, string evidence)
    {
        var e = FindByHost(host);
        if (e is not null)
        {
            return new Outlet(e.Name, e.Domain, evidence);
        }

        var h = host.ToLowerInvariant();
        if (h.StartsWith("www.", StringComparison.Ordinal))
        {
            h = h[4..];
        }

        return new Outlet(h, h, evidence);
    }

    /// <summary>True for "kompas.com", "bisnis.com", "intisari-online.com".</summary>
    public static bool LooksLikeDomain(string text)
    {
        var dot = text.LastIndexOf('.');
        if (dot <= 0 || dot == text.Length - 1)
        {
            return false;
        }

        var tld = text.AsSpan(dot + 1);
        foreach (var c in tld)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return tld.Length is >= 2 and <= 6;
    }

    // Aliases compare without case, spaces or spaced hyphens: "Intisari - Online.com" and
    // "intisari-online.com" are one key.
    private static string AliasKey(string text)
    {
        Span<char> buffer = stackalloc char[Math.Min(text.Length, 128)];
        var n = 0;
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, 128)))
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            buffer[n++] = char.ToLowerInvariant(c);
        }

        var key = new string(buffer[..n]);
        return key.StartsWith("www.", StringComparison.Ordinal) ? key[4..] : key;
    }

    private static OutletDirectory Load()
    {
        var entries = new List<OutletEntry>();
        var header = true;
        foreach (var line in ResourceFile.Lines("outlets.tsv"))
        {
            if (header)
            {
                header = false;
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length < 5)
            {
                continue;
            }

            var aliases = cols.Length > 5 ? cols[5].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            entries.Add(new OutletEntry(cols[0].Trim(), cols[1].Trim(), cols[2].Trim(), cols[3].Trim(), cols[4].Trim(), aliases));
        }

        return new OutletDirectory(entries);
    }
}

/// <summary>One row of the outlet table.</summary>
public sealed record OutletEntry(string Domain, string Name, string Country, string Language, string Kind, IReadOnlyList<string> Aliases);
