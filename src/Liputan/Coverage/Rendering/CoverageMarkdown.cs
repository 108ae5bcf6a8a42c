using System.Text;

namespace Liputan.Coverage.Rendering;

/// <summary>The story coverage as Markdown: summary with numbered citations, timeline, outlets, events.</summary>
public static class CoverageMarkdown
{
    /// <summary>Renders the coverage.</summary>
    public static string Render(StoryCoverage c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var sb = new StringBuilder();
        var v = c.Story;
        var refs = new Dictionary<string, int>(StringComparer.Ordinal);
        int Ref(string articleId)
        {
            if (!refs.TryGetValue(articleId, out var n))
            {
                refs[articleId] = n = refs.Count + 1;
            }

            return n;
        }

        sb.Append("# ").Append(v.Title).Append("\n\n");
        sb.Append("Story `").Append(v.Id).Append("` · ").Append(v.Events.Count).Append(" event(s) · ")
            .Append(v.Events.Sum(e => e.Articles.Sum(a => 1 + a.AlsoPublishedAt.Count))).Append(" article(s) · ").Append(c.Outlets.Count).Append(" outlet(s)");
        if (v.First is not null)
        {
            sb.Append(" · ").Append(v.First).Append(v.Last != v.First ? " – " + v.Last : "");
        }

        sb.Append("\n\n## Summary\n\n");
        foreach (var s in c.Summary)
        {
            sb.Append("- ").Append(s.Text).Append(' ');
            sb.Append(string.Join("", s.Support.Select(x => $"[{Ref(x.ArticleId)}]"))).Append('\n');
        }

        if (c.Timeline.Count > 0)
        {
            sb.Append("\n## Timeline\n\n");
            foreach (var t in c.Timeline)
            {
                sb.Append("- **").Append(t.Value).Append("** (").Append(t.Kind).Append(") ").Append(t.Text).Append(' ')
                    .Append(string.Join("", t.Sources.Select(x => x.ArticleId).Distinct(StringComparer.Ordinal).Select(id => $"[{Ref(id)}]"))).Append('\n');
            }
        }

        if (c.Facts.Count > 0)
        {
            sb.Append("\n## Facts across outlets\n\n");
            foreach (var f in c.Facts)
            {
                sb.Append("- **").Append(f.Slot).Append("** (").Append(f.Verdict).Append(f.AcrossEvents ? ", across events" : "").Append(')');
                if (f.About.Count > 0)
                {
                    sb.Append(" — ").Append(string.Join(", ", f.About));
                }

                sb.Append(": ").Append(string.Join("; ", f.Values.Select(v => $"{v.Outlet}: {v.Quantity} [{Ref(v.Source.ArticleId)}]"))).Append('\n');
            }
        }

        if (c.Contradictions.Count > 0)
        {
            sb.Append("\n## One outlet against all others\n\n");
            foreach (var x in c.Contradictions)
            {
                sb.Append("- ").Append(x.Outlet).Append(" (").Append(x.Rule).Append(": ").Append(x.Detail).Append("): ").Append(x.Statement.Text)
                    .Append(" [").Append(Ref(x.Statement.ArticleId)).Append("] — others: ").Append(string.Join("", x.Others.Select(o => $"[{Ref(o.ArticleId)}]"))).Append('\n');
            }
        }

        if (c.OneSided.Count > 0)
        {
            sb.Append("\n## Claims made by one side only\n\n");
            foreach (var o in c.OneSided)
            {
                sb.Append("- ").Append(o.Side).Append(o.About is null ? "" : " about " + o.About).Append(o.UnconfirmedBy is null ? "" : ", not confirmed by " + o.UnconfirmedBy)
                    .Append(o.NoResponse is null ? "" : $" [{Ref(o.NoResponse.ArticleId)}]").Append('\n');
                foreach (var x in o.Claims)
                {
                    sb.Append("  - ").Append(x.Text).Append(" — ").Append(x.Outlet).Append(" [").Append(Ref(x.ArticleId)).Append("]\n");
                }
            }
        }

        if (c.Quotes.Count > 0)
        {
            sb.Append("\n## Quotes\n");
            foreach (var speaker in c.Quotes)
            {
                sb.Append("\n### ").Append(speaker.Speaker);
                if (speaker.Roles.Count > 0)
                {
                    sb.Append(" (").Append(string.Join("; ", speaker.Roles)).Append(')');
                }

                sb.Append("\n\n");
                foreach (var q in speaker.Quotes)
                {
                    var first = true;
                    foreach (var w in q.Wordings)
                    {
                        sb.Append(first ? "- " : "  - ").Append(w.Quote.Text).Append(" — ").Append(w.Outlet).Append(" [").Append(Ref(w.Quote.ArticleId)).Append("]\n");
                        first = false;
                    }
                }
            }
        }

        sb.Append("\n## Coverage by outlet\n\n| outlet | articles | first | latest | cites | photo credits |\n|---|---:|---|---|---|---|\n");
        foreach (var o in c.Outlets)
        {
            sb.Append("| ").Append(o.Name).Append(" | ").Append(o.Articles).Append(" | ").Append(o.First ?? "–").Append(" | ")
                .Append(o.Last ?? "–").Append(" | ")
                .Append(o.CitedMedia.Count == 0 ? "–" : string.Join(", ", o.CitedMedia.Select(m => m.Name + " " + string.Concat(m.Sources.Select(x => $"[{Ref(x.ArticleId)}]")))))
                .Append(" | ").Append(o.PhotoCredits.Count == 0 ? "–" : string.Join(", ", o.PhotoCredits)).Append(" |\n");
        }

        if (c.OnlyOneOutlet.Count > 0)
        {
            sb.Append("\n## Reported by one outlet only\n\n");
            foreach (var x in c.OnlyOneOutlet)
            {
                sb.Append("- ").Append(x.Outlet).Append(": ").Append(x.Source.Text).Append(" [").Append(Ref(x.Source.ArticleId)).Append("]\n");
            }
        }

        sb.Append("\n## Events\n\n");
        foreach (var e in v.Events)
        {
            sb.Append("### ").Append(e.Date ?? "(undated)").Append(" `").Append(e.Id).Append("`\n\n");
            foreach (var a in e.Articles)
            {
                sb.Append("- ").Append(a.Title ?? "(untitled)").Append(" — ").Append(a.Outlet ?? "unknown outlet");
                if (a.Published is not null)
                {
                    sb.Append(", ").Append(a.Published);
                }

                sb.Append('\n');
                foreach (var copy in a.AlsoPublishedAt)
                {
                    sb.Append("  - also published at ").Append(copy.Outlet ?? copy.Domain ?? "unknown outlet");
                    if (copy.Url is not null)
                    {
                        sb.Append(", ").Append(copy.Url);
                    }

                    sb.Append('\n');
                }
            }

            sb.Append('\n');
        }

        sb.Append("## Sources\n\n");
        var byId = v.Events.SelectMany(e => e.Articles).SelectMany(a => a.AlsoPublishedAt.Prepend(a)).GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var (id, n) in refs.OrderBy(kv => kv.Value))
        {
            var a = byId.GetValueOrDefault(id);
            sb.Append('[').Append(n).Append("] ").Append(a?.Title ?? id).Append(" — ").Append(a?.Outlet ?? "unknown outlet");
            if (a?.Url is not null)
            {
                sb.Append(", ").Append(a.Url);
            }
            else if (a?.Source is not null)
            {
                sb.Append(", ").Append(a.Source);
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }
}
