using System.Globalization;
using System.Text;

namespace Liputan.Documents;

/// <summary>A 64-bit article id, shown as 16 lower-case hex digits.</summary>
public readonly record struct ArticleId(ulong Value)
{
    /// <summary>Id for a canonical URL when there is one, else for the content hash.</summary>
    public static ArticleId For(Uri? canonicalUrl, string contentHash) =>
        canonicalUrl is not null
            ? new(XxHash64.Hash(Encoding.UTF8.GetBytes("url:" + canonicalUrl.AbsoluteUri)))
            : new(XxHash64.Hash(Encoding.UTF8.GetBytes("hash:" + contentHash)));

    /// <summary>Parses the hex form; false when it is not 16 hex digits.</summary>
    public static bool TryParse(string? text, out ArticleId id)
    {
        id = default;
        if (text is null || text.Length != 16 || !ulong.TryParse(text, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v))
        {
            return false;
        }

        id = new ArticleId(v);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Value.ToString("x16", CultureInfo.InvariantCulture);
}
