using Liputan.Coverage;
using Liputan.Documents;
using Liputan.Stories.Events;

namespace Liputan.Tests.Coverage;

/// <summary>Builds the coverage of small hand-written stories for the tests of this folder.</summary>
internal static class CoverageStories
{
    /// <summary>An article of <paramref name="outlet"/>, published <paramref name="hours"/> after <paramref name="day"/>.</summary>
    public static Article Article(string outlet, string body, string title, DateTimeOffset day, int hours) =>
        TestArticles.Make(body, title, day.AddHours(hours), $"https://{outlet}.id/{hours}") with { Outlet = new Outlet(outlet, outlet + ".id", "url") };

    /// <summary>The coverage of one story whose events are <paramref name="events"/> (event i dated <paramref name="first"/> + i days).</summary>
    public static StoryCoverage Coverage(DateOnly? first, params Article[][] events)
    {
        var groups = events.Select((e, i) => new EventGroup("e" + i, "s", e.Select(a => a.Id).ToList(), first?.AddDays(i), [])).ToList();
        var all = events.SelectMany(e => e).ToList();
        var view = StoryViewBuilder.Build(new StoryGroup("s", groups.Select(g => g.Id).ToList(), []), groups, id => all.First(a => a.Id == id));
        return new CoverageBuilder().Build(view, all);
    }
}
