using System.Globalization;
using System.Text;
using Liputan.Documents;
using Liputan.Extraction;

namespace Liputan.Bench;

/// <summary>
/// Generates Indonesian-like news in publication order: about 57,000 articles a day; events of
/// 1 to ~40 articles (geometric, mean about 4) over one or two days, each with its own names,
/// place, numbers and topic words drawn from a Zipf vocabulary of 30,000 words; 150 to 400
/// words in 4 to 7 paragraphs; 3 % syndicated copies with two words changed.
/// </summary>
internal sealed class ArticleStream(int seed)
{
    private const int PerDay = 57_000;
    private static readonly string[] Syllables = ["ba", "ka", "ma", "sa", "ta", "ra", "la", "na", "pa", "da", "ga", "ja", "wa", "ha", "ya", "be", "ke", "me", "se", "te", "ri", "li", "ni", "pi", "di", "gi", "ju", "mu", "su", "tu", "ru", "lu", "nu", "pu", "du", "ngo", "kan", "an", "ang", "ung", "in", "ar", "er"];
    private static readonly string[] Function = ["yang", "di", "dan", "itu", "dengan", "untuk", "pada", "dari", "ini", "dalam", "akan", "tidak", "juga", "ke", "karena", "oleh", "sudah", "saat", "kata", "menurut"];
    private static readonly string[] Weekdays = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];
    private readonly Random _r = new(seed);
    private readonly string[] _vocabulary = BuildVocabulary(new Random(seed + 1), 30_000);
    private readonly double[] _zipf = Cumulative(30_000);

    public IEnumerable<Article> Generate(int count)
    {
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(7));
        var open = new List<Event>();
        var recent = new List<Article>();
        for (var i = 0; i < count; i++)
        {
            var published = start.AddSeconds(i * 86_400.0 / PerDay);
            open.RemoveAll(e => e.Remaining <= 0 || (published - e.Start).TotalDays > 2);
            if (recent.Count > 0 && _r.NextDouble() < 0.03)
            {
                yield return Copy(recent[_r.Next(recent.Count)], published, i);
                continue;
            }

            // A new event about one time in four; otherwise another report of an open event.
            Event ev;
            if (open.Count == 0 || _r.NextDouble() < 0.25)
            {
                ev = NewEvent(published);
                open.Add(ev);
            }
            else
            {
                ev = open[_r.Next(open.Count)];
            }

            ev.Remaining--;
            var article = Write(ev, published, i);
            if (recent.Count < 2_000)
            {
                recent.Add(article);
            }
            else
            {
                recent[_r.Next(recent.Count)] = article;
            }

            yield return article;
        }
    }

    private Event NewEvent(DateTimeOffset when)
    {
        var size = 1 + (int)Math.Min(40, -Math.Log(1 - _r.NextDouble()) * 3);
        string Name() => Capitalise(_vocabulary[_r.Next(5_000, 30_000)]);
        return new Event(
            when,
            Enumerable.Range(0, 12).Select(_ => _vocabulary[_r.Next(1_000, 30_000)]).ToArray(),
            Enumerable.Range(0, 4).Select(_ => Name() + " " + Name()).ToArray(),
            Name(),
            Enumerable.Range(0, 3).Select(_ => _r.Next(100, 99_999).ToString("N0", CultureInfo.GetCultureInfo("id-ID"))).ToArray())
        { Remaining = size };
    }

    private Article Write(Event ev, DateTimeOffset published, int i)
    {
        var paragraphs = new List<string>();
        var words = _r.Next(150, 400);
        var perParagraph = words / _r.Next(4, 8);
        var date = ev.Start;
        var first = true;
        while (words > 0)
        {
            var sb = new StringBuilder();
            if (first)
            {
                sb.Append(ev.Place.ToUpperInvariant()).Append(" — ");
            }

            for (var w = 0; w < perParagraph && words > 0; w++, words--)
            {
                var roll = _r.NextDouble();
                sb.Append(roll < 0.35 ? Function[_r.Next(Function.Length)]
                    : roll < 0.55 ? ev.Topic[_r.Next(ev.Topic.Length)]
                    : roll < 0.60 ? ev.Names[_r.Next(ev.Names.Length)]
                    : roll < 0.62 ? ev.Numbers[_r.Next(ev.Numbers.Length)]
                    : roll < 0.63 ? ev.Place
                    : _vocabulary[Zipf()]);
                sb.Append(w % 12 == 11 ? ". " : " ");
            }

            if (first)
            {
                sb.Append(string.Create(CultureInfo.InvariantCulture, $"pada {Weekdays[(int)date.DayOfWeek]} ({date.Day}/{date.Month}/{date.Year})."));
            }

            paragraphs.Add(sb.ToString().Trim());
            first = false;
        }

        var title = Capitalise(ev.Topic[0]) + " " + ev.Place + " " + Capitalise(ev.Topic[_r.Next(ev.Topic.Length)]) + " " + ev.Names[0];
        return Make(title, paragraphs, published, i);
    }

    private Article Copy(Article original, DateTimeOffset published, int i)
    {
        var words = original.Body.Split(' ');
        for (var k = 0; k < 2; k++)
        {
            words[_r.Next(words.Length)] = _vocabulary[Zipf()];
        }

        return Make("Salinan: " + original.Title, string.Join(' ', words).Split("\n\n"), published, i);
    }

    private static Article Make(string title, IEnumerable<string> paragraphs, DateTimeOffset published, int i)
    {
        var (body, spans) = ArticleAssembler.Join(paragraphs.Select(p => (p, ParagraphKind.Text)));
        var hash = ArticleAssembler.ContentHash(body);
        var url = new Uri(string.Create(CultureInfo.InvariantCulture, $"https://bench{i % 300}.id/berita/{i}"));
        return new Article
        {
            Id = ArticleId.For(url, hash),
            CanonicalUrl = url,
            Title = title,
            Body = body,
            Paragraphs = spans,
            ContentHash = hash,
            Published = new DateValue(published, true, true),
        };
    }

    private int Zipf()
    {
        var x = _r.NextDouble() * _zipf[^1];
        var i = Array.BinarySearch(_zipf, x);
        return Math.Min(_zipf.Length - 1, i < 0 ? ~i : i);
    }

    private static double[] Cumulative(int n)
    {
        var c = new double[n];
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            sum += 1.0 / (i + 1);
            c[i] = sum;
        }

        return c;
    }

    private static string[] BuildVocabulary(Random r, int n)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (set.Count < n)
        {
            var w = string.Concat(Enumerable.Range(0, r.Next(2, 5)).Select(_ => Syllables[r.Next(Syllables.Length)]));
            if (w.Length >= 4)
            {
                set.Add(w);
            }
        }

        return set.ToArray();
    }

    private static string Capitalise(string w) => char.ToUpperInvariant(w[0]) + w[1..];

    private sealed record Event(DateTimeOffset Start, string[] Topic, string[] Names, string Place, string[] Numbers)
    {
        public int Remaining { get; set; }
    }

    private static readonly string[] Outlets = ["Kabar Kota", "Warta Harian", "Suara Rakyat", "Berita Nusa", "Harian Pagi", "Portal Daerah", "Info Terkini", "Lensa Berita", "Media Pesisir", "Jurnal Nusantara"];

    /// <summary>
    /// The article as a saved text page, as a reader's browser would save it: outlet, menu, title,
    /// address, byline, time stamp, the paragraphs, tags and a footer (the extractor must find the
    /// article, its title and its date again).
    /// </summary>
    public static string Page(Article a, int index)
    {
        var outlet = Outlets[index % Outlets.Length];
        var published = a.Published!.Value;
        var sb = new StringBuilder(a.Body.Length + 600);
        sb.Append(outlet).Append('\n');
        sb.Append("Beranda   Nasional   Daerah   Ekonomi   Olahraga   Gaya Hidup\n\n");
        sb.Append(a.Title).Append('\n');
        sb.Append(a.CanonicalUrl!.AbsoluteUri).Append('\n');
        sb.Append(CultureInfo.InvariantCulture, $"Penulis: Redaksi {index % 97} | Editor: Redaksi {index % 89}\n");
        sb.Append(CultureInfo.InvariantCulture, $"{published:dd/MM/yyyy}, {published:HH:mm} WIB\n\n");
        foreach (var p in a.Paragraphs)
        {
            sb.Append(a.Body, p.Span.Start, p.Span.End - p.Span.Start).Append("\n\n");
        }

        sb.Append("Tag: berita daerah\n");
        sb.Append("Ikuti kami di Google News\n");
        sb.Append(CultureInfo.InvariantCulture, $"© {published.Year} {outlet}. All rights reserved.\n");
        return sb.ToString();
    }
}
