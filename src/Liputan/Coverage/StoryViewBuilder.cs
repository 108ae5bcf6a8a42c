using System.Globalization;
using Liputan.Documents;
using Liputan.Stories.Events;

namespace Liputan.Coverage;

/// <summary>Builds the story view from a story's groups and its articles.</summary>
public static class StoryViewBuilder
{
    /// <summary>The view; <paramref name="lookup"/> returns a stored article by id, <paramref name="copiesOf"/> an article's near-duplicate copies.</summary>
    public static StoryView Build(StoryGroup story, IReadOnlyList<EventGroup> events, Func<ArticleId, Article?> lookup, Func<ArticleId, IReadOnlyList<ArticleId>>? copiesOf = null)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(lookup);
        var eventViews = new List<EventView>();
        var outlets = new Dictionary<string, List<string?>>(StringComparer.Ordinal);
        string? title = null;
        foreach (var e in events.OrderBy(e => e.Date ?? DateOnly.MaxValue).ThenBy(e => e.Id, StringComparer.Ordinal))
        {
            var refs = new List<ArticleRef>();
            var copies = e.Articles.ToDictionary(id => id, id => copiesOf?.Invoke(id) ?? []);
            var isCopy = copies.Values.SelectMany(c => c).ToHashSet();
            foreach (var id in e.Articles.Where(id => !isCopy.Contains(id)))
            {
                var a = lookup(id);
                if (a is null)
                {
                    continue;
                }

                var published = a.Published?.ToIso();
                var also = copies[id].Select(lookup).OfType<Article>().Select(c => Ref(c)).ToList();
                refs.Add(Ref(a) with { AlsoPublishedAt = also });
                title ??= a.Title;
                var outlet = a.Outlet?.Name ?? "(unknown outlet)";
                if (!outlets.TryGetValue(outlet, out var dates))
                {
                    outlets[outlet] = dates = [];
                }

                dates.Add(published);
                foreach (var c in also)
                {
                    var o = c.Outlet ?? "(unknown outlet)";
                    if (!outlets.TryGetValue(o, out var cd))
                    {
                        outlets[o] = cd = [];
                    }

                    cd.Add(c.Published);
                }
            }

            eventViews.Add(new EventView(e.Id, e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), refs));
        }

        var outletViews = outlets
            .Select(kv =>
            {
                var known = kv.Value.Where(d => d is not null).Order(StringComparer.Ordinal).ToList();
                return new OutletView(kv.Key, kv.Value.Count, known.FirstOrDefault(), known.LastOrDefault());
            })
            .OrderByDescending(o => o.Articles).ThenBy(o => o.Name, StringComparer.Ordinal).ToList();
        // The story is named after the first report of its largest event.
        title = eventViews.OrderByDescending(e => e.Articles.Count).ThenBy(e => e.Date ?? "9999", StringComparer.Ordinal)
            .SelectMany(e => e.Articles.Where(a => a.Title is not null).OrderBy(a => a.Published ?? "9999", StringComparer.Ordinal))
            .Select(a => a.Title).FirstOrDefault() ?? title;
        var dated = eventViews.Where(e => e.Date is not null).Select(e => e.Date!).Order(StringComparer.Ordinal).ToList();
        return new StoryView(story.Id, title ?? string.Join(' ', story.TopTerms.Take(5)), dated.FirstOrDefault(), dated.LastOrDefault(), eventViews, outletViews, story.TopTerms);
    }

    private static ArticleRef Ref(Article a) =>
        new(a.Id.ToString(), a.Title, a.Outlet?.Name, a.Outlet?.Domain, a.Published?.ToIso(), a.CanonicalUrl?.AbsoluteUri, a.Source is null ? null : Path.GetFileName(a.Source));
}
