namespace Liputan.Language.Entities;

/// <summary>The entity mentions of one article, with the body their spans point into.</summary>
/// <param name="ArticleId">The article's identifier (any stable string).</param>
/// <param name="Body">The article's body.</param>
/// <param name="Mentions">Its mentions, already merged within the article (<see cref="EntityRecognizer"/>).</param>
public sealed record ArticleEntities(string ArticleId, string Body, IReadOnlyList<EntityMention> Mentions);

/// <summary>One mention of a story entity: the article it stands in and the mention.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Mention">The mention.</param>
public sealed record StoryEntityMention(string ArticleId, EntityMention Mention);

/// <summary>
/// An entity across the articles of a story: its canonical name, its type, every spelling it
/// was written with, and its mentions.
/// </summary>
/// <param name="Canonical">The name shown for it.</param>
/// <param name="Type">Its type (the one most of its mentions carry).</param>
/// <param name="Aliases">The distinct names it was written with (surface forms and article-wide names), ordered.</param>
/// <param name="Mentions">Its mentions, in input order.</param>
public sealed record StoryEntity(string Canonical, EntityType Type, IReadOnlyList<string> Aliases, IReadOnlyList<StoryEntityMention> Mentions);

/// <summary>
/// Merges the entities of several articles of a story into one list: spelling variants of a
/// name ("Sergei Ivanenko" = "Sergey Ivanenko", by <see cref="EntityRecognizer.Key"/>), a surname
/// alone to the one full name of the story that ends with it ("Ivanenko"), an acronym to the
/// expansion another article gave it ("NATO" = "Pakta Pertahanan Atlantik Utara"), and names of
/// places, media and organisations in both languages through the gazetteers ("AS" = "Amerika
/// Serikat", "Jenewa" = "Geneva", "Gedung Putih" = "White House"). Persons merge only with
/// persons; organisations, places and media merge with each other (the tagger's type for
/// "Gedung Putih" wavers between the two), and the story entity takes the most common type.
/// </summary>
public sealed class StoryEntityResolver(Gazetteer gazetteer)
{
    /// <summary>The resolver over the embedded gazetteers.</summary>
    public static StoryEntityResolver Default { get; } = new(Gazetteer.Default);

    /// <summary>The story's entities, the most mentioned first (ties by first appearance).</summary>
    public IReadOnlyList<StoryEntity> Resolve(IEnumerable<ArticleEntities> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var items = new List<(StoryEntityMention Mention, string Surface, string Name, string Node)>();
        foreach (var a in articles)
        {
            ArgumentNullException.ThrowIfNull(a);
            foreach (var m in a.Mentions)
            {
                if (m.Span.End > a.Body.Length)
                {
                    throw new ArgumentException($"a mention of article {a.ArticleId} ends at {m.Span.End}, beyond its body ({a.Body.Length} characters)", nameof(articles));
                }

                var surface = Clean(m.Span.TextOf(a.Body));
                var name = Standard(m.Canonical, m.Type);
                items.Add((new StoryEntityMention(a.ArticleId, m), surface, name, NodeOf(m.Type, name)));
            }
        }

        var sets = new UnionFind();
        foreach (var it in items)
        {
            sets.Add(it.Node);

            // An acronym written out in one article names the same body in the others.
            if (it.Mention.Mention.Type != EntityType.Person && IsAcronym(it.Surface))
            {
                sets.Union(it.Node, NodeOf(it.Mention.Mention.Type, Standard(it.Surface, it.Mention.Mention.Type)));
            }
        }

        // A surname alone joins the one full name of the story that ends with it (two people
        // sharing a surname keep it apart).
        var persons = items.Where(i => i.Mention.Mention.Type == EntityType.Person).ToList();
        var fullByLast = persons.Where(p => p.Name.Contains(' ', StringComparison.Ordinal))
            .GroupBy(p => EntityRecognizer.Key(p.Name.Split(' ')[^1]))
            .ToDictionary(g => g.Key, g => g.Select(p => sets.Find(p.Node)).Distinct().ToList());
        foreach (var p in persons.Where(p => !p.Name.Contains(' ', StringComparison.Ordinal)))
        {
            if (fullByLast.TryGetValue(EntityRecognizer.Key(p.Name), out var owners) && owners.Count == 1)
            {
                sets.Union(p.Node, owners[0]);
            }
        }

        // A shortened organisation name ("Organisasi Keamanan") joins the one longer name of the
        // story that holds its words in order and starts with the same word.
        var organisations = items.Where(i => i.Mention.Mention.Type == EntityType.Organisation).ToList();
        foreach (var o in organisations.Where(o => o.Surface.Contains(' ', StringComparison.Ordinal)))
        {
            var longer = organisations.Where(n => n.Surface.Length > o.Surface.Length && IsShortening(o.Surface, n.Surface))
                .Select(n => sets.Find(n.Node)).Where(n => n != sets.Find(o.Node)).Distinct().ToList();
            if (longer.Count == 1)
            {
                sets.Union(o.Node, longer[0]);
            }
        }

        var result = new List<(StoryEntity Entity, int First)>();
        foreach (var group in items.Select((it, index) => (it, index)).GroupBy(x => sets.Find(x.it.Node)))
        {
            var members = group.ToList();
            var type = members.GroupBy(x => x.it.Mention.Mention.Type).OrderByDescending(g => g.Count()).ThenBy(g => g.First().index).First().Key;
            var canonical = members.GroupBy(x => x.it.Name, StringComparer.Ordinal)
                .OrderByDescending(g => type == EntityType.Person ? g.Key.Count(c => c == ' ') : 0)
                .ThenByDescending(g => g.Count())
                .ThenBy(g => g.First().index)
                .First().Key;
            // Its names: as written, as merged in the article, with the stated title ("Gubernur
            // Jawa Barat Sari Wiratama"), and every name the gazetteers list for it.
            var aliases = members.SelectMany(x => new[] { x.it.Surface, x.it.Name, x.it.Mention.Mention.Canonical, x.it.Mention.Mention.Role is { Length: > 0 } role ? role + " " + x.it.Surface : string.Empty })
                .Concat(members.Select(x => x.it.Name).Distinct(StringComparer.Ordinal).SelectMany(n => gazetteer.NamesOf(n).Concat(OrganisationList.Default.NamesOf(n))))
                .Where(s => s.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList();
            result.Add((new StoryEntity(canonical, type, aliases, members.Select(x => x.it.Mention).ToList()), members[0].index));
        }

        return result.OrderByDescending(r => r.Entity.Mentions.Count).ThenBy(r => r.First).Select(r => r.Entity).ToList();
    }

    // The gazetteer's canonical name for a place, medium or organisation, else the name itself.
    private string Standard(string name, EntityType type)
    {
        var clean = Clean(name);
        if (type == EntityType.Person)
        {
            return clean;
        }

        return gazetteer.CanonicalOf(clean, GazetteerKind.Place)
            ?? gazetteer.CanonicalOf(clean, GazetteerKind.Media)
            ?? OrganisationList.Default.CanonicalOf(clean)
            ?? clean;
    }

    private static bool IsShortening(string shortName, string longName)
    {
        var a = shortName.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(EntityRecognizer.Key).ToArray();
        var b = longName.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(EntityRecognizer.Key).ToArray();
        if (a.Length >= b.Length || a[0] != b[0])
        {
            return false;
        }

        var k = 0;
        foreach (var w in b)
        {
            if (k < a.Length && w == a[k])
            {
                k++;
            }
        }

        return k == a.Length;
    }

    private static string NodeOf(EntityType type, string name) => (type == EntityType.Person ? "p:" : "n:") + EntityRecognizer.Key(name);

    private static bool IsAcronym(string w) => w.Length is >= 2 and <= 8 && !w.Contains(' ', StringComparison.Ordinal) && w.All(c => char.IsUpper(c) || char.IsDigit(c));

    private static string Clean(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private sealed class UnionFind
    {
        private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);

        public void Add(string x) => _parent.TryAdd(x, x);

        public string Find(string x)
        {
            Add(x);
            var root = x;
            while (_parent[root] != root)
            {
                root = _parent[root];
            }

            while (_parent[x] != root)
            {
                var next = _parent[x];
                _parent[x] = root;
                x = next;
            }

            return root;
        }

        public void Union(string a, string b)
        {
            var ra = Find(a);
            var rb = Find(b);
            if (ra != rb)
            {
                // The smaller key becomes the root, so the result does not depend on input order.
                if (string.CompareOrdinal(ra, rb) < 0)
                {
                    _parent[rb] = ra;
                }
                else
                {
                    _parent[ra] = rb;
                }
            }
        }
    }
}
